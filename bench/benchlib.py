"""Shared pieces of Postier's benchmark drivers: a private dovecot, seeding, and the raw-protocol
baseline (a minimal imaplib client) that every result is printed next to."""
import imaplib
import os
import shutil
import ssl
import subprocess
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TESTSERVER = os.path.join(ROOT, "scripts", "testserver.py")
BASELINE_ITEMS = "(UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE)"
POSTIER_ITEMS = "(UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODY.PEEK[HEADER.FIELDS (REFERENCES)])"


def sh(*args):
    return subprocess.run(list(args), check=True, text=True, capture_output=True).stdout


class Server:
    """A dovecot of our own in a temporary folder, stopped and removed on exit."""

    def __enter__(self):
        self.work = tempfile.mkdtemp(prefix="postier-bench-")
        os.chmod(self.work, 0o755)  # dovecot's mail processes run as nobody: they must reach the maildirs
        self.dir = os.path.join(self.work, "server")
        out = sh("/usr/bin/python3", TESTSERVER, "start", "--dir", self.dir, "--layout", "fs")
        self.env = dict(line.split("=", 1) for line in out.splitlines() if "=" in line and not line.startswith("#"))
        return self

    def __exit__(self, *exc):
        subprocess.run(["/usr/bin/python3", TESTSERVER, "stop", "--dir", self.dir], capture_output=True)
        shutil.rmtree(self.work, ignore_errors=True)

    def add_seeded_user(self, name, count, sizes="small"):
        sh("/usr/bin/python3", TESTSERVER, "adduser", "--dir", self.dir, name)
        t0 = time.perf_counter()
        sh("/usr/bin/python3", TESTSERVER, "seed", "--dir", self.dir, "--user", name, "--folder", "INBOX",
           "--count", str(count), "--flags", "random", "--sizes", sizes)
        print(f"# seeded {count} messages for {name} in {time.perf_counter() - t0:.1f} s", flush=True)
        self.raw_read(name, POSTIER_ITEMS)  # warm dovecot's index cache for every contender

    def raw_read(self, user, items=BASELINE_ITEMS):
        """Seconds for one UID FETCH 1:* of `items`, read by imaplib, and the number of messages."""
        ctx = ssl.create_default_context(cafile=self.env["CA_FILE"])
        m = imaplib.IMAP4_SSL(self.env["HOST"], int(self.env["IMAPS_PORT"]), ssl_context=ctx)
        m.login(user, user + "pw")
        m.select("INBOX", readonly=True)
        t0 = time.perf_counter()
        typ, data = m.uid("FETCH", "1:*", items)
        seconds = time.perf_counter() - t0
        m.logout()
        assert typ == "OK", typ
        count = sum(1 for d in data if isinstance(d, tuple) or (isinstance(d, bytes) and b"FETCH" in d))
        return seconds, count


def median_run(f, repeat):
    """The run with the median first value among `repeat` runs of f()."""
    values = sorted((f() for _ in range(repeat)), key=lambda v: v[0])
    return values[len(values) // 2]
