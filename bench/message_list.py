#!/usr/bin/python3
"""Message list benchmark (issue 3): the real window (offscreen) on a 100k-message folder of a
private dovecot, next to the raw-protocol read of the same folder measured in the same run.

  cold first screen    folder selected with an empty cache -> first screen of rows with text
  cold full list       ... -> every row listed, sync finished                (vs raw read)
  reopen full list     a new window on the filled cache -> every row listed
  scrolling            one screen at a time top to bottom through the proxy stack: data() of
                       every visible cell per page (the target), and with the viewport repainted
  memory               resident memory added by the window with the full list, per message

Targets: first screen <= 0.5 s; full list <= 2x raw; reopen <= 0.3 s (NeoMutt with its header
cache: about 2 s on this machine); scrolling < 16 ms per page; <= 250 bytes per message.
Usage: bench/message_list.py [--build-dir build/release] [--count 100000] [--repeat 3]
"""
import argparse
import json
import os
import subprocess
import sys

from benchlib import BASELINE_ITEMS, ROOT, Server, median_run


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build-dir", default=os.path.join(ROOT, "build", "release"))
    ap.add_argument("--count", type=int, default=100000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    binary = os.path.join(args.build_dir, "bench", "bench_message_list")
    if not os.path.exists(binary):
        sys.exit(f"{binary} is missing: cmake --build --preset release --target bench_message_list")

    with Server() as server:
        env = server.env
        user = "listbench"
        server.add_seeded_user(user, args.count)
        raw = median_run(lambda: server.raw_read(user, BASELINE_ITEMS), args.repeat)

        def run():
            work = os.path.join(server.work, "window")
            os.makedirs(work, exist_ok=True)
            out = subprocess.run([binary, env["HOST"], env["IMAPS_PORT"], user, env["CA_FILE"], work, str(args.count)],
                                 check=True, text=True, capture_output=True,
                                 env=dict(os.environ, POSTIER_PASSWORD=user + "pw", QT_QPA_PLATFORM="offscreen",
                                          XDG_CONFIG_HOME=work, XDG_CACHE_HOME=work))
            # Slow scroll steps, when POSTIER_BENCH_VERBOSE is set, say where the stalls are.
            sys.stderr.write("".join(l + "\n" for l in out.stderr.splitlines() if l.startswith("slow scroll")))
            r = json.loads(out.stdout.strip().splitlines()[-1])
            return (r["cold_full_list_s"], r)

        _, r = median_run(run, args.repeat)
        print()
        print(f"{'measure':<28} {'postier':>10} {'baseline':>14} {'target':>16}")
        print(f"{'raw read (imaplib), s':<28} {'':>10} {raw[0]:14.2f} {'':>16}")
        print(f"{'cold first screen, s':<28} {r['cold_first_screen_s']:10.3f} {'':>14} {'<= 0.5':>16}")
        print(f"{'cold full list, s':<28} {r['cold_full_list_s']:10.2f} {raw[0]:14.2f} "
              f"{'<= 2x raw':>16}   ratio {r['cold_full_list_s'] / raw[0]:.2f}")
        print(f"{'reopen full list, s':<28} {r['reopen_full_list_s']:10.3f} {'NeoMutt ~2':>14} {'<= 0.3':>16}")
        print(f"{'scroll data() page mean, ms':<28} {r['scroll_page_ms_mean']:10.2f} {'':>14} {'< 16':>16}")
        print(f"{'scroll data() p99 / max, ms':<28} {r['scroll_page_ms_p99']:6.2f}/{r['scroll_page_ms_max']:<6.2f}"
              f" {'':>11} {'< 16':>16}   ({r['scroll_steps']} pages)")
        print(f"{'scroll with paint mean, ms':<28} {r['scroll_paint_ms_mean']:10.2f} {'':>14} {'(no target)':>16}")
        print(f"{'scroll with paint p99/max':<28} {r['scroll_paint_ms_p99']:6.2f}/{r['scroll_paint_ms_max']:<6.2f}")
        print(f"{'memory per message, bytes':<28} {r['rss_per_message_b']:10.0f} {'':>14} {'<= 250':>16}")


if __name__ == "__main__":
    main()
