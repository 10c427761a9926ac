#!/usr/bin/python3
"""Tiny SMTP server for the test and demo dovecot: every message it accepts goes to dovecot's LMTP.

Dovecot's `submission` service relays the mail that clients send (submission_relay_host/port), and
Sieve vacation sends its replies here too (submission_host). We deliver every recipient locally,
whatever its domain, so the test server is a closed loop: nothing ever leaves the machine.

Run with Debian's /usr/bin/python3 (python3-aiosmtpd). Started and stopped by testserver.py.

    smtp-relay.py --port 2525 --lmtp unix:/path/to/run/lmtp
    smtp-relay.py --port 2525 --lmtp 127.0.0.1:24
"""

import argparse
import asyncio
import signal
import smtplib
import socket
import sys
import time

from aiosmtpd.smtp import SMTP


def log(text):
    sys.stderr.write(time.strftime("%Y-%m-%d %H:%M:%S ") + text + "\n")
    sys.stderr.flush()


class LmtpHandler:
    """Delivers one envelope to LMTP, one recipient per transaction.

    smtplib's LMTP class reads a single reply after DATA, while LMTP sends one per recipient; with
    one recipient per transaction the replies stay in step and each recipient's fate is known.
    """

    def __init__(self, lmtp):
        self.lmtp = lmtp

    def _connect(self):
        if self.lmtp.startswith("unix:"):
            client = smtplib.LMTP(self.lmtp[len("unix:"):], timeout=60)
        else:
            host, _, port = self.lmtp.rpartition(":")
            client = smtplib.LMTP(host, int(port), timeout=60)
        return client

    def _deliver(self, mail_from, rcpts, content):
        failures = []
        try:
            client = self._connect()
        except OSError as e:
            return [("451 4.4.0 Cannot reach LMTP (%s)" % e, rcpts)]
        try:
            for rcpt in rcpts:
                try:
                    client.sendmail(mail_from, [rcpt], content)
                except smtplib.SMTPRecipientsRefused as e:
                    code, msg = e.recipients[rcpt]
                    failures.append(("%d %s" % (code, msg.decode(errors="replace")), [rcpt]))
                    client.rset()
                except smtplib.SMTPResponseException as e:
                    failures.append(("%d %s" % (e.smtp_code, e.smtp_error.decode(errors="replace")),
                                     [rcpt]))
                    try:
                        client.rset()
                    except smtplib.SMTPException:
                        client = self._connect()
        except (OSError, smtplib.SMTPException) as e:
            failures.append(("451 4.4.0 LMTP delivery failed (%s)" % e, rcpts))
        finally:
            try:
                client.quit()
            except (OSError, smtplib.SMTPException):
                pass
        return failures

    async def handle_DATA(self, server, session, envelope):
        content = envelope.original_content or envelope.content
        if isinstance(content, str):
            content = content.encode("utf-8", errors="surrogateescape")
        # Bounces and Sieve vacation replies have the null sender; smtplib writes "" as <>.
        mail_from = "" if envelope.mail_from in ("<>", None) else envelope.mail_from
        loop = asyncio.get_running_loop()
        failures = await loop.run_in_executor(None, self._deliver, mail_from,
                                              list(envelope.rcpt_tos), content)
        log("from=<%s> to=%s size=%d %s" % (mail_from, ",".join(envelope.rcpt_tos),
                                             len(content),
                                             "ok" if not failures else "FAILED %s" % failures))
        if not failures:
            return "250 Delivered"
        # SMTP has one reply for DATA: report the first failure. A real MTA would bounce the rest.
        reply = failures[0][0].replace("\r", " ").replace("\n", " ")
        if not reply[:3].isdigit():
            reply = "451 " + reply
        return reply


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--lmtp", required=True, help="unix:/path/to/socket or host:port")
    args = parser.parse_args()

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    handler = LmtpHandler(args.lmtp)

    def factory():
        return SMTP(handler, hostname="relay.postier.test", data_size_limit=64 * 1024 * 1024,
                    enable_SMTPUTF8=True, decode_data=False, ident="Postier test relay")

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((args.host, args.port))
    server = loop.run_until_complete(loop.create_server(factory, sock=sock, backlog=64))
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, loop.stop)
    log("listening on %s:%d, delivering to %s" % (args.host, args.port, args.lmtp))
    try:
        loop.run_forever()
    finally:
        server.close()
        log("stopped")


if __name__ == "__main__":
    main()
