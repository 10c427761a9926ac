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
import imaplib
import json
import os
import shutil
import ssl
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TESTSERVER = os.path.join(ROOT, "scripts", "testserver.py")


def sh(*args, **kw):
    return subprocess.run(list(args), check=True, text=True, capture_output=True, **kw).stdout


def raw_read(env, user, items):
    ctx = ssl.create_default_context(cafile=env["CA_FILE"])
    m = imaplib.IMAP4_SSL(env["HOST"], int(env["IMAPS_PORT"]), ssl_context=ctx)
    m.login(user, user + "pw")
    m.select("INBOX", readonly=True)
    t0 = time.perf_counter()
    typ, data = m.uid("FETCH", "1:*", items)
    seconds = time.perf_counter() - t0
    count = sum(1 for d in data if isinstance(d, tuple) or (isinstance(d, bytes) and b"FETCH" in d))
    m.logout()
    assert typ == "OK", typ
    return seconds, count


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

    work = tempfile.mkdtemp(prefix="postier-bench-")
    os.chmod(work, 0o755)  # dovecot runs mail processes as nobody: they must reach the maildirs
    server = os.path.join(work, "server")
    try:
        out = sh("/usr/bin/python3", TESTSERVER, "start", "--dir", server, "--layout", "fs")
        env = dict(line.split("=", 1) for line in out.splitlines() if "=" in line and not line.startswith("#"))
        print(f"# dovecot on {env['HOST']}:{env['IMAPS_PORT']} (IMAPS), {os.cpu_count()} cores")
        rows = []
        for n in [int(s) for s in args.sizes.split(",")]:
            user = f"bench{n}"
            sh("/usr/bin/python3", TESTSERVER, "adduser", "--dir", server, user)
            t0 = time.perf_counter()
            sh("/usr/bin/python3", TESTSERVER, "seed", "--dir", server, "--user", user,
               "--folder", "INBOX", "--count", str(n), "--flags", "random")
            print(f"# seeded {n} messages in {time.perf_counter() - t0:.1f} s", flush=True)
            raw_read(env, user, "(UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODY.PEEK[HEADER.FIELDS (REFERENCES)])")  # warm-up

            def med(f):
                vals = [f() for _ in range(args.repeat)]
                vals.sort(key=lambda v: v[0])
                return vals[len(vals) // 2]

            raw = med(lambda: raw_read(env, user, "(UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE)"))
            refs = med(lambda: raw_read(env, user, "(UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODY.PEEK[HEADER.FIELDS (REFERENCES)])"))
            cache = os.path.join(work, f"cache{n}.sqlite")
            post = med(lambda: native(binary, "postier", env, user, cache))
            vm = None
            if n <= args.skip_vmime_above:
                vm = med(lambda: native(binary, "vmime", env, user, cache))
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
    finally:
        subprocess.run(["/usr/bin/python3", TESTSERVER, "stop", "--dir", server], capture_output=True)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
