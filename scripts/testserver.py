#!/usr/bin/python3
"""Postier's own mail server for tests and demos: a private dovecot on 127.0.0.1.

Everything lives under one directory (--dir); nothing touches system paths or the system dovecot.
Every listener gets a free port, so several instances run at once.

  start  --dir DIR --layout fs|maildir++ [--name NAME] [--keep]
                                                       start empty (stops a stale run in DIR
                                                       first; --keep keeps its users and mail)
  stop   --dir DIR                                       stop; exit 0 if nothing runs
  status --dir DIR                                       env and process state
  adduser --dir DIR USER [--password PW] [--quota 1M]    add or update a user (password USER+"pw")
  deliver --dir DIR --user USER [--folder F] FILE...|-   deliver RFC 822 files (LMTP for INBOX,
                                                         `doveadm save` for other folders)
  seed   --dir DIR --user USER --folder F --count N [--seed S] [--sizes small|mixed]
         [--flags none|seen|random]                      bulk messages written into the Maildir
  demo   --dir DIR                                       fs instance with users anna and ben

`start` writes DIR/env (and prints it): HOST IMAP_PORT IMAPS_PORT POP3_PORT POP3S_PORT SIEVE_PORT
SUBMISSION_PORT SUBMISSIONS_PORT LMTP_PORT RELAY_PORT CA_FILE PASSWD_FILE MAIL_ROOT CONF LAYOUT
DOVEADM. IMAP, POP3, ManageSieve and submission offer STARTTLS; IMAPS, POP3S and SUBMISSIONS are
implicit TLS. Clients trust CA_FILE explicitly (a self-signed certificate for localhost/127.0.0.1).

Users: `adduser` writes DIR/users/<user> (seen by dovecot at once) and a line in PASSWD_FILE
(`user:{PLAIN}pw::::::userdb_quota_rule=*:storage=1M`; lines appended by hand are seen within a
second). Log in with the bare user name; mail to <user>@<any domain> reaches that user, and mail
to unknown addresses is delivered to a mailbox of that name instead of bouncing.
Submission relays through scripts/smtp-relay.py to LMTP, so sent mail shows up in IMAP within
milliseconds; Sieve (vacation, ManageSieve) and the quota plugin (GETQUOTAROOT, per-user limits)
are on. There is no per-IP auth penalty: all tests share 127.0.0.1.
Demo: users anna / anna-demo and ben / ben-demo (anna@demo.postier, ben@demo.postier), with the
mail in scripts/demo-mail (manifest.json).
Logs: DIR/log/dovecot.log, DIR/log/relay.log, DIR/log/master.log.

Standard library only. The SMTP relay (scripts/smtp-relay.py) needs aiosmtpd and always runs with
/usr/bin/python3 (Debian's python3-aiosmtpd), whatever interpreter runs this script.
"""

import argparse
import base64
import email.utils
import fcntl
import grp
import hashlib
import json
import os
import pwd
import random
import re
import shutil
import signal
import smtplib
import socket
import subprocess
import sys
import time

SCRIPT_DIR = os.path.dirname(os.path.abspath(__file__))
RELAY_SCRIPT = os.path.join(SCRIPT_DIR, "smtp-relay.py")
DEMO_DATA = os.path.join(SCRIPT_DIR, "demo-mail")
RELAY_PYTHON = "/usr/bin/python3"
HOST = "127.0.0.1"
PORT_KEYS = ["IMAP_PORT", "IMAPS_PORT", "POP3_PORT", "POP3S_PORT", "SIEVE_PORT",
             "SUBMISSION_PORT", "SUBMISSIONS_PORT", "LMTP_PORT", "RELAY_PORT"]
ENV_ORDER = ["HOST"] + PORT_KEYS + ["CA_FILE", "PASSWD_FILE", "MAIL_ROOT", "CONF", "LAYOUT",
                                    "DOVEADM"]
START_TIMEOUT = 15.0
MAIL_DOMAIN = "postier.test"


class Failure(Exception):
    """A sentence for the user; main() prints it and exits 1."""


# --------------------------------------------------------------------------------------------
# Paths, env file, processes

class Paths:
    def __init__(self, directory):
        self.dir = os.path.abspath(directory)
        self.env = os.path.join(self.dir, "env")
        self.pids = os.path.join(self.dir, "pids")
        self.conf = os.path.join(self.dir, "dovecot.conf")
        self.ssl = os.path.join(self.dir, "ssl")
        self.cert = os.path.join(self.ssl, "cert.pem")
        self.key = os.path.join(self.ssl, "key.pem")
        self.ca = os.path.join(self.ssl, "ca.pem")
        self.dh = os.path.join(self.ssl, "dh.pem")
        self.passwd = os.path.join(self.dir, "passwd")
        self.users = os.path.join(self.dir, "users")
        self.mail = os.path.join(self.dir, "mail")
        self.home = os.path.join(self.dir, "home")
        self.state = os.path.join(self.dir, "state")
        self.log_dir = os.path.join(self.dir, "log")
        self.log = os.path.join(self.log_dir, "dovecot.log")
        self.master_log = os.path.join(self.log_dir, "master.log")
        self.relay_log = os.path.join(self.log_dir, "relay.log")
        # Unix sockets live in base_dir; sun_path holds 107 bytes, and dovecot's longest socket
        # name under base_dir is ~30 bytes. A deep DIR gets a short base_dir in /tmp instead.
        run = os.path.join(self.dir, "run")
        if len(run.encode()) > 70:
            run = "/tmp/postier-ts-" + hashlib.sha1(self.dir.encode()).hexdigest()[:12]
        self.run = run
        self.lmtp_socket = os.path.join(self.run, "lmtp")


def read_env(paths):
    if not os.path.exists(paths.env):
        raise Failure("No test server in %s (no env file): run `testserver.py start --dir %s` "
                      "first." % (paths.dir, paths.dir))
    env = {}
    with open(paths.env) as f:
        for line in f:
            line = line.strip()
            if line and "=" in line and not line.startswith("#"):
                k, v = line.split("=", 1)
                env[k] = v
    return env


def read_pids(paths):
    pids = {}
    try:
        with open(paths.pids) as f:
            for line in f:
                parts = line.split()
                if len(parts) == 2 and parts[1].isdigit():
                    pids[parts[0]] = int(parts[1])
    except FileNotFoundError:
        pass
    return pids


def proc_stat(pid):
    """(state, ppid) from /proc, or None if the process is gone."""
    try:
        with open("/proc/%d/stat" % pid, "rb") as f:
            data = f.read()
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return None
    # The command name is in parentheses and may contain spaces.
    rest = data[data.rfind(b")") + 2:].split()
    return rest[0].decode(), int(rest[1])


def alive(pid):
    """True if pid runs. A zombie counts as dead: in containers PID 1 may reap orphans late."""
    st = proc_stat(pid)
    return st is not None and st[0] not in ("Z", "X")


def cmdline(pid):
    try:
        with open("/proc/%d/cmdline" % pid, "rb") as f:
            return f.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def descendants(root):
    children = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            st = proc_stat(int(name))
            if st:
                children.setdefault(st[1], []).append(int(name))
    result, todo = [], [root]
    while todo:
        for child in children.get(todo.pop(), []):
            result.append(child)
            todo.append(child)
    return result


def ours(paths, role, pid):
    """Guards against PID reuse: the process must still be the one we started for this DIR."""
    line = cmdline(pid)
    if role == "dovecot":
        return paths.conf in line
    if role == "relay":
        return "smtp-relay.py" in line and (paths.lmtp_socket in line or paths.dir in line)
    return False


def wait_dead(pids, timeout):
    deadline = time.monotonic() + timeout
    while True:
        left = [p for p in pids if alive(p)]
        if not left or time.monotonic() >= deadline:
            return left
        time.sleep(0.005)


# --------------------------------------------------------------------------------------------
# stop / status

def stop_instance(paths, quiet=False):
    pids = read_pids(paths)
    victims = []
    master = pids.get("dovecot")
    if master and alive(master) and ours(paths, "dovecot", master):
        # Collect the children first: once the master dies they belong to PID 1.
        victims += descendants(master)
        victims.append(master)
        os.kill(master, signal.SIGTERM)
    relay = pids.get("relay")
    if relay and alive(relay) and ours(paths, "relay", relay):
        victims.append(relay)
        os.kill(relay, signal.SIGTERM)
    # The master passes TERM on to its children, which exit within milliseconds; the master
    # itself then waits about a second for its log process. Nothing left needs that grace.
    core = [p for p in victims if p != master and not cmdline(p).rstrip().endswith("/log")]
    wait_dead(core, 0.5)
    left = [p for p in victims if alive(p)]
    for pid in left:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    left = wait_dead(left, 2.0)
    # A zombie master would still "run" for dovecot's own check of master.pid at the next start.
    for leftover in (os.path.join(paths.run, "master.pid"), paths.pids):
        try:
            os.unlink(leftover)
        except FileNotFoundError:
            pass
    if left:
        raise Failure("Could not stop processes %s of the test server in %s." % (left, paths.dir))
    if not paths.run.startswith(paths.dir + os.sep):
        shutil.rmtree(paths.run, ignore_errors=True)  # the short base_dir in /tmp
    if not quiet:
        print("stopped %d process(es) in %s" % (len(victims), paths.dir) if victims
              else "nothing running in %s" % paths.dir)


def cmd_stop(args):
    stop_instance(Paths(args.dir))


def cmd_status(args):
    paths = Paths(args.dir)
    env = read_env(paths)
    for key in ENV_ORDER:
        if key in env:
            print("%s=%s" % (key, env[key]))
    pids = read_pids(paths)
    running = True
    for role in ("dovecot", "relay"):
        pid = pids.get(role)
        ok = bool(pid) and alive(pid) and ours(paths, role, pid)
        running &= ok
        print("# %s pid %s: %s" % (role, pid or "-", "running" if ok else "NOT running"))
    for key in PORT_KEYS:
        state = "open" if port_open(int(env[key])) else "closed"
        print("# %s %s: %s" % (key, env[key], state))
    return 0 if running else 3


# --------------------------------------------------------------------------------------------
# start

def port_open(port, timeout=0.2):
    try:
        with socket.create_connection((HOST, port), timeout=timeout):
            return True
    except OSError:
        return False


def reserve_ports(count):
    socks = []
    for _ in range(count):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.bind((HOST, 0))
        socks.append(s)
    return socks


def mail_owner():
    """(user, group, uid, gid) that owns the mail. Dovecot refuses mail access as root."""
    if os.geteuid() == 0:
        pw = pwd.getpwnam("nobody")
        try:
            gr = grp.getgrnam("nogroup")
        except KeyError:
            gr = grp.getgrgid(pw.pw_gid)
        return pw.pw_name, gr.gr_name, pw.pw_uid, gr.gr_gid
    pw = pwd.getpwuid(os.geteuid())
    gr = grp.getgrgid(os.getegid())
    return pw.pw_name, gr.gr_name, pw.pw_uid, gr.gr_gid


def dovecot_config(paths, layout, name, ports):
    user, group, _, _ = mail_owner()
    root = os.geteuid() == 0
    location = "maildir:%s/%%u" % paths.mail + (":LAYOUT=fs" if layout == "fs" else "")
    # As root, dovecot runs its internal and login processes as Debian's dovecot/dovenull users
    # and chroots the login processes. A normal user can do neither.
    if root:
        identity = "mail_uid = %s\nmail_gid = %s\n" % (user, group)
        login_chroot = ""
    else:
        identity = ("mail_uid = {u}\nmail_gid = {g}\ndefault_internal_user = {u}\n"
                    "default_internal_group = {g}\ndefault_login_user = {u}\n"
                    .format(u=user, g=group))
        login_chroot = "  chroot =\n"
    p = ports
    return """# Generated by scripts/testserver.py; rewritten at every start.
instance_name = {name}
base_dir = {run}
state_dir = {state}
log_path = {log}
info_log_path = {log}
listen = 127.0.0.1
protocols = imap pop3 lmtp sieve submission
hostname = localhost
postmaster_address = postmaster@localhost
{identity}
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
ssl_dh = <{dh}
disable_plaintext_auth = no
auth_mechanisms = plain login
# Tests of wrong passwords must not slow down anyone: no 2 s delay after a failed login (see
# also service anvil below).
auth_failure_delay = 0
# "anna", "Anna" and "anna@any.domain" are one user: IMAP logins and LMTP recipients alike.
auth_username_format = %Ln

# passwd-file re-reads a changed file at most once a second, so a user added right after a
# lookup would stay unknown for up to a second. `adduser` therefore also writes a file per user
# (users/<user>), which dovecot reads at the first lookup of that user. The shared passwd file
# keeps working for lines appended by hand.
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {users}/%u
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {passwd}
}}
# Users of the passwd files get their userdb_ fields (quota_rule); any other recipient still
# gets a mailbox, so mail to external-looking addresses lands somewhere instead of bouncing.
userdb {{
  driver = passwd-file
  args = {users}/%u
}}
userdb {{
  driver = passwd-file
  args = {passwd}
}}
userdb {{
  driver = static
  args = allow_all_users=yes
}}

mail_location = {location}
mail_home = {home}/%u
mail_plugins = $mail_plugins quota
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = subscribe
  }}
  mailbox Junk {{
    special_use = \\Junk
    auto = subscribe
  }}
}}

lda_mailbox_autocreate = yes
lda_mailbox_autosubscribe = yes
submission_relay_host = 127.0.0.1
submission_relay_port = {relay}
submission_relay_trusted = yes
submission_relay_ssl = no
submission_host = 127.0.0.1:{relay}

service imap-login {{
{login_chroot}  inet_listener imap {{
    port = {imap}
  }}
  inet_listener imaps {{
    port = {imaps}
    ssl = yes
  }}
}}
service pop3-login {{
{login_chroot}  inet_listener pop3 {{
    port = {pop3}
  }}
  inet_listener pop3s {{
    port = {pop3s}
    ssl = yes
  }}
}}
service managesieve-login {{
{login_chroot}  inet_listener sieve {{
    port = {sieve}
  }}
}}
service submission-login {{
{login_chroot}  inet_listener submission {{
    port = {submission}
  }}
  inet_listener submissions {{
    port = {submissions}
    ssl = yes
  }}
}}
service lmtp {{
  inet_listener lmtp {{
    port = {lmtp}
  }}
  unix_listener lmtp {{
    mode = 0666
  }}
}}
service anvil {{
{login_chroot}  # No auth penalty. It is per IP, and every test connects from 127.0.0.1, so one test of
  # a wrong password would delay all later logins by 2 to 15 s. The auth process looks for
  # this socket under its usual name, finds nothing and quietly does without penalties.
  unix_listener anvil-auth-penalty {{
    path = anvil-auth-penalty-disabled
  }}
}}

protocol imap {{
  mail_plugins = $mail_plugins imap_quota
}}
protocol lmtp {{
  mail_plugins = $mail_plugins sieve
}}
plugin {{
  quota = maildir:User quota
  quota_rule = *:storage=0
  sieve = file:~/sieve;active=~/.dovecot.sieve
  sieve_extensions = +vacation +vacation-seconds
  sieve_vacation_min_period = 0
  sieve_vacation_dont_check_recipient = yes
}}
""".format(name=name, run=paths.run, state=paths.state, log=paths.log, identity=identity,
           cert=paths.cert, key=paths.key, dh=paths.dh, passwd=paths.passwd, users=paths.users, location=location,
           home=paths.home, login_chroot=login_chroot, relay=p["RELAY_PORT"], imap=p["IMAP_PORT"],
           imaps=p["IMAPS_PORT"], pop3=p["POP3_PORT"], pop3s=p["POP3S_PORT"],
           sieve=p["SIEVE_PORT"], submission=p["SUBMISSION_PORT"],
           submissions=p["SUBMISSIONS_PORT"], lmtp=p["LMTP_PORT"])


def cert_fresh(paths):
    """Reuse the certificate of a previous run in DIR while it has more than 20 days left."""
    try:
        return (all(os.path.exists(p) for p in (paths.key, paths.ca, paths.dh))
                and time.time() - os.path.getmtime(paths.cert) < 10 * 86400)
    except OSError:
        return False


def make_dirs(paths, uid, gid):
    os.makedirs(paths.dir, exist_ok=True)
    os.chmod(paths.dir, 0o755)
    for d in (paths.ssl, paths.state, paths.log_dir, paths.run, paths.users):
        os.makedirs(d, exist_ok=True)
        os.chmod(d, 0o755)
    for d in (paths.mail, paths.home):
        os.makedirs(d, exist_ok=True)
        os.chmod(d, 0o755)
        if os.geteuid() == 0:
            os.chown(d, uid, gid)
    if not os.path.exists(paths.passwd):
        open(paths.passwd, "a").close()
    os.chmod(paths.passwd, 0o644)


def spawn(argv, log_path):
    """Starts a daemon: own session, no inherited pipes (CTest waits for its pipes to close)."""
    log = open(log_path, "ab")
    try:
        return subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                start_new_session=True, close_fds=True)
    finally:
        log.close()


def tail(path, lines=15):
    try:
        with open(path, errors="replace") as f:
            return "".join(f.readlines()[-lines:])
    except OSError:
        return ""


def wait_ready(paths, ports, procs, timeout):
    """Polls until IMAP greets and POP3, submission and the relay accept connections."""
    deadline = time.monotonic() + timeout
    pending = ["IMAP_PORT", "POP3_PORT", "SUBMISSION_PORT", "RELAY_PORT"]
    while pending:
        for role, proc in procs.items():
            if proc.poll() is not None:
                return "%s exited with status %s" % (role, proc.returncode)
        key = pending[0]
        try:
            with socket.create_connection((HOST, ports[key]), timeout=0.5) as s:
                if key == "IMAP_PORT":
                    s.settimeout(max(0.1, deadline - time.monotonic()))
                    greeting = s.recv(512)
                    if not greeting.startswith(b"* OK"):
                        return "unexpected IMAP greeting %r" % greeting
            pending.pop(0)
            continue
        except OSError:
            pass
        if time.monotonic() > deadline:
            return "%s (%d) does not accept connections after %.0f s" % (key, ports[key], timeout)
        time.sleep(0.005)
    return None


def reset(paths):
    """A start begins empty: no users, no mail, no state from an earlier run in DIR."""
    for d in (paths.mail, paths.home, paths.state, paths.log_dir, paths.users):
        shutil.rmtree(d, ignore_errors=True)
    for f in (paths.passwd, paths.env):
        try:
            os.unlink(f)
        except FileNotFoundError:
            pass


def start_instance(paths, layout, name, keep=False):
    t0 = time.monotonic()
    if os.path.exists(paths.pids):
        stop_instance(paths, quiet=True)
    if not keep:
        reset(paths)
    # Sockets of an earlier run would answer "connection refused" instead of "no such file".
    shutil.rmtree(paths.run, ignore_errors=True)
    dovecot = shutil.which("dovecot") or "/usr/sbin/dovecot"
    doveadm = shutil.which("doveadm") or "/usr/bin/doveadm"
    if not os.path.exists(dovecot):
        raise Failure("dovecot is not installed: run scripts/install-deps.sh.")
    if not os.path.exists(RELAY_PYTHON):
        raise Failure("%s is missing: run scripts/install-deps.sh (python3-aiosmtpd)."
                      % RELAY_PYTHON)
    _, _, uid, gid = mail_owner()
    make_dirs(paths, uid, gid)
    if name is None:
        base = re.sub(r"[^A-Za-z0-9]+", "-", os.path.basename(paths.dir)).strip("-") or "ts"
        name = "postier-%s-%s" % (base, hashlib.sha1(paths.dir.encode()).hexdigest()[:6])

    openssl = []
    if not cert_fresh(paths):
        openssl.append(subprocess.Popen(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30",
             "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
             "-keyout", paths.key, "-out", paths.cert],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
        openssl.append(subprocess.Popen(
            ["openssl", "genpkey", "-genparam", "-algorithm", "DH", "-pkeyopt",
             "dh_param:ffdhe2048", "-out", paths.dh],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))

    last_error = None
    for attempt in range(3):
        # Ports stay bound until just before each server binds them, so that a second instance
        # starting at the same moment cannot get the same ones.
        socks = reserve_ports(len(PORT_KEYS))
        ports = {k: s.getsockname()[1] for k, s in zip(PORT_KEYS, socks)}
        socks[PORT_KEYS.index("RELAY_PORT")].close()
        relay = spawn([RELAY_PYTHON, RELAY_SCRIPT, "--host", HOST, "--port",
                       str(ports["RELAY_PORT"]), "--lmtp", "unix:" + paths.lmtp_socket],
                      paths.relay_log)
        for proc in openssl:
            _, err = proc.communicate()
            if proc.returncode != 0:
                raise Failure("openssl failed: %s" % err.decode(errors="replace"))
        if openssl:
            shutil.copyfile(paths.cert, paths.ca)
            os.chmod(paths.key, 0o600)
            openssl = []
        with open(paths.conf, "w") as f:
            f.write(dovecot_config(paths, layout, name, ports))
        try:
            os.unlink(os.path.join(paths.run, "master.pid"))
        except FileNotFoundError:
            pass
        log_size = os.path.getsize(paths.log) if os.path.exists(paths.log) else 0
        for s in socks:
            s.close()
        master = spawn([dovecot, "-F", "-c", paths.conf], paths.master_log)
        with open(paths.pids, "w") as f:
            f.write("dovecot %d\nrelay %d\n" % (master.pid, relay.pid))
        error = wait_ready(paths, ports, {"dovecot": master, "relay": relay}, START_TIMEOUT)
        if error is None:
            break
        new_log = ""
        if os.path.exists(paths.log):
            with open(paths.log, errors="replace") as f:
                f.seek(log_size)
                new_log = f.read()
        stop_instance(paths, quiet=True)
        last_error = error
        retry = "Address already in use" in new_log or "Address already in use" in \
            tail(paths.relay_log, 5) + tail(paths.master_log, 5)
        if not retry:
            raise Failure("The test server in %s did not start: %s.\n%s%s%s" % (
                paths.dir, error, new_log[-3000:], tail(paths.master_log), tail(paths.relay_log)))
    else:
        raise Failure("The test server in %s did not start after 3 attempts: %s" %
                      (paths.dir, last_error))

    env = {"HOST": HOST}
    env.update({k: str(v) for k, v in ports.items()})
    env.update(CA_FILE=paths.ca, PASSWD_FILE=paths.passwd, MAIL_ROOT=paths.mail, CONF=paths.conf,
               LAYOUT=layout, DOVEADM=doveadm)
    text = "".join("%s=%s\n" % (k, env[k]) for k in ENV_ORDER)
    tmp = paths.env + ".tmp"
    with open(tmp, "w") as f:
        f.write(text)
    os.rename(tmp, paths.env)
    sys.stdout.write(text)
    sys.stdout.write("# started in %.2f s\n" % (time.monotonic() - t0))
    sys.stdout.flush()
    return env


def cmd_start(args):
    start_instance(Paths(args.dir), args.layout, args.name, args.keep)


# --------------------------------------------------------------------------------------------
# users and delivery

USER_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


def add_user(paths, user, password=None, quota=None):
    user = user.lower()
    if not USER_RE.match(user):
        raise Failure("Invalid user name %r: use lowercase letters, digits, '.', '_' and '-'."
                      % user)
    password = user + "pw" if password is None else password
    if any(c in password for c in ":\n\r"):
        raise Failure("A password cannot contain ':' or a line break.")
    extra = "userdb_quota_rule=*:storage=%s" % quota if quota else ""
    line = "%s:{PLAIN}%s::::::%s\n" % (user, password, extra)
    # Tests add users in parallel: lock, and replace the line of a user that exists already.
    with open(paths.passwd, "a+") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        f.seek(0)
        lines = f.readlines()
        kept = [l for l in lines if l.split(":", 1)[0] != user]
        if len(kept) == len(lines):
            f.write(line)
        else:
            f.seek(0)
            f.truncate()
            f.writelines(kept + [line])
        f.flush()
    # What dovecot reads first (see dovecot_config): a new file is seen at once. Changing an
    # existing user is seen from the next second on, so wait for it.
    own = os.path.join(paths.users, user)
    try:
        old_mtime = int(os.stat(own).st_mtime)
    except FileNotFoundError:
        old_mtime = None
    tmp = own + ".tmp"
    with open(tmp, "w") as f:
        f.write(line)
    os.chmod(tmp, 0o644)
    if old_mtime is not None:
        # dovecot compares mtime and size: make sure the mtime differs.
        t = max(int(time.time()), old_mtime + 1)
        os.utime(tmp, (t, t))
    os.rename(tmp, own)
    if old_mtime is not None:
        time.sleep(1.05 - (time.time() % 1.0))
    return user


def cmd_adduser(args):
    paths = Paths(args.dir)
    read_env(paths)
    user = add_user(paths, args.user, args.password, args.quota)
    print(user)


def doveadm(env, args, stdin=None, check=True):
    proc = subprocess.run([env["DOVEADM"], "-c", env["CONF"]] + args, input=stdin,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if check and proc.returncode != 0:
        raise Failure("doveadm %s failed (%d): %s" % (" ".join(args), proc.returncode,
                                                      proc.stderr.decode(errors="replace")))
    return proc


def ensure_mailbox(env, user, folder):
    if folder.upper() == "INBOX":
        return
    proc = doveadm(env, ["mailbox", "create", "-s", "-u", user, folder], check=False)
    err = proc.stderr.decode(errors="replace")
    if proc.returncode != 0 and "exists" not in err:
        raise Failure("Could not create folder %s for %s: %s" % (folder, user, err))


def envelope_sender(message):
    m = re.search(rb"^From:[^\n]*?<?([^\s<>@]+@[^\s<>]+?)>?\s*$", message,
                  re.MULTILINE | re.IGNORECASE)
    return m.group(1).decode(errors="replace") if m else "fixture@" + MAIL_DOMAIN


def cmd_deliver(args):
    paths = Paths(args.dir)
    env = read_env(paths)
    messages = []
    for name in args.files:
        if name == "-":
            messages.append(sys.stdin.buffer.read())
        else:
            with open(name, "rb") as f:
                messages.append(f.read())
    if args.folder.upper() == "INBOX":
        # LMTP, as real mail arrives: Sieve runs, Delivered-To and Received are added.
        with smtplib.LMTP(env["HOST"], int(env["LMTP_PORT"]), timeout=60) as lmtp:
            for message in messages:
                try:
                    lmtp.sendmail(envelope_sender(message), ["%s@%s" % (args.user, MAIL_DOMAIN)],
                                  message)
                except smtplib.SMTPException as e:
                    raise Failure("LMTP refused the message for %s: %s" % (args.user, e))
    else:
        ensure_mailbox(env, args.user, args.folder)
        for message in messages:
            doveadm(env, ["save", "-u", args.user, "-m", args.folder], stdin=message)
    print("delivered %d message(s) to %s/%s" % (len(messages), args.user, args.folder))


# --------------------------------------------------------------------------------------------
# Writing straight into a Maildir

def mailbox_dir(env, user, folder):
    """The folder's Maildir: asks dovecot, so fs and maildir++ (and mUTF-7 names) agree."""
    proc = doveadm(env, ["mailbox", "path", "-u", user, folder])
    path = proc.stdout.decode().strip()
    if not path:
        raise Failure("doveadm gives no path for %s/%s" % (user, folder))
    return path


class MaildirWriter:
    """Writes messages into cur/ with flags in the name, S=/W= sizes and mtime = INTERNALDATE.

    UIDs follow the order of the time stamps at the front of the names, which dovecot sorts on
    when it assigns UIDs to new files, so they also follow INTERNALDATE.
    """

    def __init__(self, env, user, folder):
        self.env, self.user, self.folder = env, user, folder
        ensure_mailbox(env, user, folder)
        self.path = mailbox_dir(env, user, folder)
        _, _, self.uid, self.gid = mail_owner()
        self.chown = os.geteuid() == 0
        for sub in ("cur", "new", "tmp"):
            self.makedirs(os.path.join(self.path, sub))
        self.tag = "P%dR%s" % (os.getpid(), base64.b32encode(os.urandom(5)).decode().lower())
        self.count = 0
        self.bytes = 0

    def makedirs(self, path):
        """Creates path and any missing parents, owned by the mail user like dovecot's own."""
        if os.path.isdir(path):
            return
        self.makedirs(os.path.dirname(path))
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            return
        if self.chown:
            os.chown(path, self.uid, self.gid)

    def add(self, data, flags, internaldate):
        self.count += 1
        vsize = len(data) + data.count(b"\n") - data.count(b"\r\n")
        sec = int(internaldate)
        base = "%d.M%dQ%d%s.postier,S=%d,W=%d" % (sec, int((internaldate - sec) * 1e6),
                                                  self.count, self.tag, len(data), vsize)
        tmp = os.path.join(self.path, "tmp", base)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, data)
            if self.chown:
                os.fchown(fd, self.uid, self.gid)
        finally:
            os.close(fd)
        os.utime(tmp, (internaldate, internaldate))
        os.rename(tmp, os.path.join(self.path, "cur", base + ":2," + "".join(sorted(flags))))
        self.bytes += len(data)

    def finish(self):
        doveadm(self.env, ["force-resync", "-u", self.user, self.folder])


# --------------------------------------------------------------------------------------------
# seed: realistic bulk mail

FIRST = ["Anna", "Ben", "Chloé", "David", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas",
         "Katarzyna", "Liam", "Marie", "Nils", "Olga", "Pedro", "Quentin", "Rosa", "Sven", "Tomás",
         "Ursula", "Victor", "Wen", "Xavier", "Yuki", "Zoë", "Léa", "Jürgen", "Søren", "Amélie"]
LAST = ["Martin", "Müller", "Dubois", "Rossi", "Schmidt", "García", "Bernard", "Nowak", "Jensen",
        "Moreau", "Fischer", "Kowalski", "Lefèvre", "Weber", "Tanaka", "O'Brien", "Smith", "Costa",
        "Lindqvist", "Petit"]
DOMAINS = ["example.com", "example.org", "example.net", "mail.example.de", "corp.example.fr",
           "uni.example.edu", "shop.example.com", "lists.example.org"]
SUBJECTS = [
    "Meeting notes from {day}", "Quarterly report draft", "Can you review the {thing}?",
    "Invoice {num} for {month}", "Your order {num} has shipped", "Lunch on {day}?",
    "Re-scheduling the {thing} review", "Question about the {thing}", "Holiday plans",
    "Photos from the weekend", "Reminder: {thing} deadline on {day}", "Budget {year}",
    "Welcome to the team!", "Server maintenance window {day}", "Minutes: {thing} sync",
    "Travel itinerary for {month}", "Feedback on the {thing} proposal", "Weekly digest #{num}",
    "Password policy update", "Conference call dial-in details", "Happy birthday!",
    "{thing} v{num} release candidate", "Moving the {thing} to the new office",
]
INTL_SUBJECTS = [
    "Réunion de l'équipe {day}", "Facture n°{num} — échéance en {month}",
    "Grüße aus München", "Änderung der Öffnungszeiten", "Frühstück am {day}?",
    "Prêt pour la présentation ?", "Überweisung {num} bestätigt", "日程の確認 ({num})",
    "Café crème et croissants ☕", "Straßenfest im Viertel",
]
THINGS = ["budget", "roadmap", "design", "contract", "website", "migration", "newsletter",
          "database", "onboarding", "security audit", "catalogue", "API", "backup plan"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
SENTENCES = [
    "Thanks for the quick reply.", "I have attached the latest version for your review.",
    "Could we move the meeting to next week?", "Let me know if anything is unclear.",
    "The numbers look good, but the second table needs another pass.",
    "I spoke with the team this morning and everyone agrees.",
    "Please find the details below.", "We still need a decision on the open points.",
    "The delivery is expected by the end of the month.",
    "I will be out of office from Thursday to Monday.",
    "Can you forward this to the rest of the group?", "Sounds like a plan to me.",
    "Here is a short summary of what we discussed.", "The link in the previous mail was broken.",
    "I think we should keep the original wording.", "Happy to help with the next steps.",
    "The invoice has been paid, reference attached.", "Looking forward to seeing you there.",
    "We have fixed the issue on the staging server.", "Nothing urgent, just keeping you posted.",
]
OFFSETS = ["+0000", "+0100", "+0200", "-0500", "-0800", "+0530", "+0900"]


def encoded_word(text, rng):
    """RFC 2047 encoded words for the whole text, B or Q, split at character boundaries.

    The white space between adjacent encoded words is not part of the text, so the words carry
    the spaces themselves.
    """
    b = rng.random() < 0.5
    words, chunk = [], ""
    for c in text:
        if len((chunk + c).encode("utf-8")) > 30:
            words.append(chunk)
            chunk = ""
        chunk += c
    words.append(chunk)
    out = []
    for w in words:
        raw = w.encode("utf-8")
        if b:
            out.append("=?UTF-8?B?%s?=" % base64.b64encode(raw).decode())
        else:
            out.append("=?UTF-8?Q?%s?=" % "".join(
                chr(x) if (48 <= x <= 57 or 65 <= x <= 90 or 97 <= x <= 122) else
                "_" if x == 32 else "=%02X" % x for x in raw))
    return " ".join(out)


def header_name(name, rng):
    """A display name: quoted or, when not ASCII, an RFC 2047 encoded word."""
    if all(ord(c) < 128 for c in name):
        return '"%s"' % name if "'" in name else name
    return encoded_word(name, rng)


def rfc2822_date(t, offset):
    sign = 1 if offset[0] == "+" else -1
    delta = sign * (int(offset[1:3]) * 3600 + int(offset[3:5]) * 60)
    tm = time.gmtime(t + delta)
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (
        ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[tm.tm_wday], tm.tm_mday,
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
         "Dec")[tm.tm_mon - 1], tm.tm_year, tm.tm_hour, tm.tm_min, tm.tm_sec, offset)


def pick_size(rng):
    """Mostly small, a long tail up to 2 MB (for upload benchmarks)."""
    r = rng.random()
    if r < 0.70:
        return rng.randint(2 * 1024, 10 * 1024)
    if r < 0.90:
        return rng.randint(10 * 1024, 100 * 1024)
    if r < 0.98:
        return rng.randint(100 * 1024, 1024 * 1024)
    return rng.randint(1024 * 1024, 2 * 1024 * 1024)


class Generator:
    def __init__(self, user, seed, sizes, flags):
        self.rng = random.Random(seed)
        self.seed = seed
        self.user = user
        self.sizes = sizes
        self.flags = flags
        rng = self.rng
        self.people = []
        for i in range(60):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            local = re.sub(r"[^a-z]", "", (first[0] + last).lower()
                           .translate(str.maketrans("éèüöäøçáóë", "eeuoaocaoe"))) or "user"
            self.people.append((first + " " + last, "%s%d@%s" % (local, i, rng.choice(DOMAINS))))
        self.recent = []  # (message-id, references, subject) of earlier messages, for threads

    def subject(self):
        rng = self.rng
        intl = rng.random() < 0.12
        template = rng.choice(INTL_SUBJECTS if intl else SUBJECTS)
        text = template.format(day=rng.choice(DAYS), thing=rng.choice(THINGS),
                               num=rng.randint(100, 99999), month=rng.choice(MONTHS),
                               year=rng.randint(2018, 2026))
        return text

    def body(self, lines):
        rng = self.rng
        out = []
        for _ in range(lines):
            out.append(" ".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 3))))
            if rng.random() < 0.3:
                out.append("")
        return "\n".join(out)

    def message(self, index, t):
        rng = self.rng
        sender = rng.choice(self.people)
        me = (self.user.capitalize(), "%s@%s" % (self.user, MAIL_DOMAIN))
        msgid = "<%d.%d.%x@%s>" % (self.seed, index, rng.getrandbits(40),
                                   sender[1].split("@")[1])
        headers = []
        refs = ""
        if self.recent and rng.random() < 0.25:
            parent_id, parent_refs, parent_subject = rng.choice(self.recent[-40:])
            subject = parent_subject if parent_subject.startswith("Re: ") else \
                "Re: " + parent_subject
            refs = (parent_refs + " " + parent_id).strip()
            headers.append("In-Reply-To: " + parent_id)
            headers.append("References: " + refs)
        else:
            subject = self.subject()
        self.recent.append((msgid, refs, subject))
        if len(self.recent) > 200:
            del self.recent[:100]
        if all(ord(c) < 128 for c in subject):
            subject_header = subject
        elif subject.startswith("Re: "):
            subject_header = "Re: " + encoded_word(subject[4:], rng)
        else:
            subject_header = encoded_word(subject, rng)
        date = rfc2822_date(t - rng.randint(5, 600), rng.choice(OFFSETS))
        lines = ["Return-Path: <%s>" % sender[1],
                 "From: %s <%s>" % (header_name(sender[0], rng), sender[1]),
                 "To: %s <%s>" % (me[0], me[1])]
        if rng.random() < 0.2:
            cc = rng.sample(self.people, rng.randint(1, 3))
            lines.append("Cc: " + ", ".join("%s <%s>" % (header_name(n, rng), a) for n, a in cc))
        lines += ["Subject: " + subject_header, "Date: " + date, "Message-ID: " + msgid]
        lines += headers
        lines.append("MIME-Version: 1.0")
        text = "Hello %s,\n\n%s\n\nBest regards,\n%s\n" % (
            me[0], self.body(rng.randint(2, 14)), sender[0])
        target = pick_size(rng) if self.sizes == "mixed" else 0
        head = "\n".join(lines) + "\n"
        if target and target > len(head) + len(text) + 600:
            boundary = "=_postier_%d_%x" % (index, rng.getrandbits(32))
            payload = base64.encodebytes(rng.randbytes(
                max(16, (target - len(head) - len(text) - 400) * 3 // 4))).decode()
            kind = rng.choice([("application/pdf", "report.pdf"), ("image/jpeg", "photo.jpg"),
                               ("application/zip", "archive.zip")])
            msg = (head + 'Content-Type: multipart/mixed; boundary="%s"\n\n'
                   "This is a multi-part message in MIME format.\n\n"
                   "--%s\nContent-Type: text/plain; charset=utf-8\n"
                   "Content-Transfer-Encoding: 8bit\n\n%s\n"
                   "--%s\nContent-Type: %s; name=\"%s\"\n"
                   "Content-Disposition: attachment; filename=\"%s\"\n"
                   "Content-Transfer-Encoding: base64\n\n%s\n--%s--\n"
                   % (boundary, boundary, text, boundary, kind[0], kind[1], kind[1], payload,
                      boundary))
        else:
            msg = (head + "Content-Type: text/plain; charset=utf-8\n"
                   "Content-Transfer-Encoding: 8bit\n\n" + text)
        if target and len(msg) < target:
            msg += "\n" + "-- \n" + ("%s\n" % sender[0]) * ((target - len(msg)) // 20 + 1)
        return msg.encode("utf-8")

    def message_flags(self, index, count):
        if self.flags == "none":
            return ""
        if self.flags == "seen":
            return "S"
        rng = self.rng
        newest = index >= count * 0.97
        flags = ""
        if rng.random() < (0.35 if newest else 0.93):
            flags += "S"
            if rng.random() < 0.12:
                flags += "R"
        if rng.random() < 0.04:
            flags += "F"
        return flags


def cmd_seed(args):
    t0 = time.monotonic()
    paths = Paths(args.dir)
    env = read_env(paths)
    gen = Generator(args.user, args.seed, args.sizes, args.flags)
    writer = MaildirWriter(env, args.user, args.folder)
    # INTERNALDATEs spread over the past years, oldest first, so UID order is date order.
    # Anchored to a fixed day per --seed for determinism (dates do not move between runs).
    end = 1748736000 - 86400 * (args.seed % 30)  # 2025-06-01 minus up to a month
    span = 86400 * 365 * max(1, args.years)
    step = span / max(1, args.count)
    for i in range(args.count):
        t = end - span + step * i + gen.rng.random() * step * 0.9
        writer.add(gen.message(i, t), gen.message_flags(i, args.count), t)
    writer.finish()
    print("seeded %d messages, %d bytes into %s/%s in %.2f s" % (
        writer.count, writer.bytes, args.user, args.folder, time.monotonic() - t0))


# --------------------------------------------------------------------------------------------
# demo

def parse_age(age):
    """'3d 09:14': 3 days ago at 09:14 local time; '5h': five hours ago; '2025-03-14 10:22'."""
    now = time.time()
    m = re.match(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)$", age)
    if m:
        return time.mktime(tuple(int(x) for x in m.groups()) + (0, 0, 0, -1))
    m = re.match(r"^\s*(\d+)([mhdwy])(?:\s+(\d\d):(\d\d))?\s*$", age)
    if not m:
        raise Failure("Bad age %r in the demo manifest" % age)
    n, unit = int(m.group(1)), m.group(2)
    t = now - n * {"m": 60, "h": 3600, "d": 86400, "w": 7 * 86400, "y": 365 * 86400}[unit]
    if m.group(3):
        tm = time.localtime(t)
        t = time.mktime((tm.tm_year, tm.tm_mon, tm.tm_mday, int(m.group(3)), int(m.group(4)), 0,
                         0, 0, -1))
    return min(t, now - 60)


def cmd_demo(args):
    """Users anna/anna-demo and ben/ben-demo (addresses @demo.postier), mail from demo-mail/."""
    paths = Paths(args.dir)
    with open(os.path.join(DEMO_DATA, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    env = start_instance(paths, "fs", args.name)
    for user, password in manifest["users"].items():
        add_user(paths, user, password)
        ensure_mailbox(env, user, "INBOX")
    entries = [(parse_age(e["age"]), i, e) for i, e in enumerate(manifest["messages"])]
    writers = {}
    # Oldest first: UIDs then follow the dates, as they would on a real server.
    for t, _, entry in sorted(entries, key=lambda x: (x[0], x[1])):
        key = (entry["user"], entry["folder"])
        if key not in writers:
            writers[key] = MaildirWriter(env, entry["user"], entry["folder"])
        with open(os.path.join(DEMO_DATA, entry["file"]), "rb") as f:
            data = f.read()
        # The Date in the files is a placeholder: the demo always looks recent.
        date = email.utils.formatdate(t - 37, localtime=True).encode()
        data = re.sub(rb"^Date: .*$", b"Date: " + date, data, count=1, flags=re.MULTILINE)
        writers[key].add(data, entry.get("flags", ""), t)
    for writer in writers.values():
        writer.finish()
    users = "   ".join("%s / %s" % kv for kv in manifest["users"].items())
    print("""
# Demo mail server ready: %d messages in %d folders.
#   IMAP   127.0.0.1:%s (STARTTLS)   IMAPS 127.0.0.1:%s
#   POP3   127.0.0.1:%s (STLS)       POP3S 127.0.0.1:%s
#   SMTP   127.0.0.1:%s (submission, STARTTLS)   127.0.0.1:%s (implicit TLS)
#   Sieve  127.0.0.1:%s (ManageSieve, STARTTLS)
#   Users  %s   (addresses user@demo.postier; log in with the bare user name)
#   Trust  %s (self-signed for localhost and 127.0.0.1)
# Mail to any address is delivered locally; nothing leaves this machine. Stop with:
#   %s stop --dir %s""" % (len(entries), len(writers), env["IMAP_PORT"], env["IMAPS_PORT"],
                            env["POP3_PORT"], env["POP3S_PORT"], env["SUBMISSION_PORT"],
                            env["SUBMISSIONS_PORT"], env["SIEVE_PORT"], users, env["CA_FILE"],
                            os.path.abspath(__file__), paths.dir))


# --------------------------------------------------------------------------------------------

def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("start", help="start an instance in DIR")
    p.add_argument("--dir", required=True)
    p.add_argument("--layout", choices=["fs", "maildir++"], default="fs")
    p.add_argument("--name", help="dovecot instance_name (default: derived from DIR)")
    p.add_argument("--keep", action="store_true",
                   help="keep the users and mail of an earlier run in DIR (default: start empty)")
    p.set_defaults(func=cmd_start)

    p = sub.add_parser("stop", help="stop the instance in DIR")
    p.add_argument("--dir", required=True)
    p.set_defaults(func=cmd_stop)

    p = sub.add_parser("status", help="print env and process state")
    p.add_argument("--dir", required=True)
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("adduser", help="add (or update) a user in the passwd-file")
    p.add_argument("--dir", required=True)
    p.add_argument("user")
    p.add_argument("--password", help="default: USER + 'pw'")
    p.add_argument("--quota", help="storage quota such as 1M or 500k (default: unlimited)")
    p.set_defaults(func=cmd_adduser)

    p = sub.add_parser("deliver", help="deliver RFC 822 files (or - for stdin)")
    p.add_argument("--dir", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--folder", default="INBOX")
    p.add_argument("files", nargs="+")
    p.set_defaults(func=cmd_deliver)

    p = sub.add_parser("seed", help="write N generated messages straight into a Maildir")
    p.add_argument("--dir", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--folder", required=True)
    p.add_argument("--count", type=int, required=True)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--sizes", choices=["small", "mixed"], default="small")
    p.add_argument("--flags", choices=["none", "seen", "random"], default="none")
    p.add_argument("--years", type=int, default=5, help="spread INTERNALDATE over N years")
    p.set_defaults(func=cmd_seed)

    p = sub.add_parser("demo", help="start an fs instance filled with demo mail")
    p.add_argument("--dir", required=True)
    p.add_argument("--name")
    p.set_defaults(func=cmd_demo)

    args = parser.parse_args(argv)
    try:
        return args.func(args) or 0
    except Failure as e:
        sys.stderr.write("testserver.py %s: %s\n" % (args.command, e))
        return 1


if __name__ == "__main__":
    sys.exit(main())
