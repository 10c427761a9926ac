#!/usr/bin/python3
"""Header sync benchmark (issue 2): seeds 10k and 100k messages into a private dovecot and measures,
in the same run and against the same server:

  raw       a minimal client (Python imaplib) reading
            UID FETCH 1:* (UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE)        <- the baseline
  raw+refs  the same plus BODY.PEEK[HEADER.FIELDS (REFERENCES)], i.e. exactly what Postier asks
  vmime     vmime's own fetchMessages(UID|FLAGS|SIZE|ENVELOPE), keeping the message objects
  postier   Postier's header sync: parse into compact structs and store into the SQLite cache

Each figure is the median of --repeat runs, after one warm-up read so that every contender finds
dovecot's index cache equally warm. Memory is the peak resident set added during the sync
(VmHWM after minus before), divided by the message count. Targets (issue 2): postier <= 2x raw at
100k, and <= 250 bytes per message.

Usage: bench/header_sync.py [--build-dir build/release] [--sizes 10000,100000] [--repeat 3]
Nothing here is a test: it never fails on time.
"""
import argparse
import json
import os
import subprocess
import sys
import time

from benchlib import BASELINE_ITEMS, POSTIER_ITEMS, ROOT, Server, median_run


def native(binary, mode, env, user, cache):
    args = [binary, mode, env["HOST"], env["IMAPS_PORT"], user, "INBOX", env["CA_FILE"]]
    if mode == "postier":
        args.append(cache)
    out = subprocess.run(args, check=True, text=True, capture_output=True,
                         env=dict(os.environ, POSTIER_PASSWORD=user + "pw"))
    result = json.loads(out.stdout.strip().splitlines()[-1])
    return result["seconds"], result["messages"], result["rss_added_kb"] * 1024


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build-dir", default=os.path.join(ROOT, "build", "release"))
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--skip-vmime-above", type=int, default=100000,
                    help="vmime at 100k takes a while and ~0.5 GB; skip it above this size")
    args = ap.parse_args()

    binary = os.path.join(args.build_dir, "bench", "bench_header_sync")
    if not os.path.exists(binary):
        sys.exit(f"{binary} is missing: build it first (cmake --preset release && "
                 f"cmake --build --preset release --target bench_header_sync)")

    with Server() as server:
        env = server.env
        print(f"# dovecot on {env['HOST']}:{env['IMAPS_PORT']} (IMAPS), {os.cpu_count()} cores")
        rows = []
        for n in [int(x) for x in args.sizes.split(",")]:
            user = f"bench{n}"
            server.add_seeded_user(user, n)
            raw = median_run(lambda: server.raw_read(user, BASELINE_ITEMS), args.repeat)
            refs = median_run(lambda: server.raw_read(user, POSTIER_ITEMS), args.repeat)
            cache = os.path.join(server.work, f"cache{n}.sqlite")
            post = median_run(lambda: native(binary, "postier", env, user, cache), args.repeat)
            vm = None
            if n <= args.skip_vmime_above:
                vm = median_run(lambda: native(binary, "vmime", env, user, cache), args.repeat)
            rows.append((n, raw, refs, vm, post))

        print()
        print(f"{'messages':>9} {'raw s':>7} {'raw+refs s':>10} {'vmime s':>8} {'postier s':>9} "
              f"{'postier/raw':>11} {'vmime/raw':>9} {'postier B/msg':>13} {'vmime B/msg':>11}")
        for n, raw, refs, vm, post in rows:
            vm_s = f"{vm[0]:8.2f}" if vm else f"{'-':>8}"
            vm_ratio = f"{vm[0] / raw[0]:9.2f}" if vm else f"{'-':>9}"
            vm_mem = f"{vm[2] / n:11.0f}" if vm else f"{'-':>11}"
            print(f"{n:>9} {raw[0]:7.2f} {refs[0]:10.2f} {vm_s} {post[0]:9.2f} "
                  f"{post[0] / raw[0]:11.2f} {vm_ratio} {post[2] / n:13.0f} {vm_mem}")
            assert post[1] == n, f"postier synced {post[1]} of {n} messages"
        print()
        print("targets: postier/raw <= 2.0 at 100k; postier <= 250 bytes per message "
              "(NeoMutt, for scale, opens the 100k folder cold in about 3.2x raw)")


if __name__ == "__main__":
    main()
