#pragma once

#include "protocols/ServerEndpoint.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace postier::test {

/// The private dovecot that scripts/testserver.py runs for the integration tests (the CTest
/// fixture starts one LAYOUT=fs and one maildir++ instance under $POSTIER_TEST_SERVER_DIR).
/// Tests keep apart by user: each creates its own users with addUser().
///
/// Every call that changes the server runs the script (with /usr/bin/python3, because the SMTP
/// relay needs Debian's aiosmtpd) and waits for it; failures are reported with qWarning() and a
/// false or empty result, never an exception.
class TestServer {
public:
    /// Reads $POSTIER_TEST_SERVER_DIR/<layout>/env (layout "fs" or "maildirpp"). isValid() false
    /// (and a reason) when the variable or file is missing.
    static TestServer fromEnvironment(const QString &layout = QStringLiteral("fs"));
    /// Reads DIR/env of an instance started with `testserver.py start --dir DIR`.
    static TestServer fromDirectory(const QString &dir);

    [[nodiscard]] bool isValid() const;
    [[nodiscard]] QString reason() const;

    [[nodiscard]] QString host() const; // 127.0.0.1
    /// A port from the env file, e.g. port("IMAPS_PORT"); 0 when unknown.
    [[nodiscard]] quint16 port(const char *key) const;
    [[nodiscard]] QString caFile() const;
    /// The common name (CN) of the server's certificate, e.g. "localhost"; empty if unreadable.
    [[nodiscard]] QString certificateCommonName() const;
    [[nodiscard]] QString dir() const;
    /// The maildir root: a user's mail is under mailRoot()/<user>.
    [[nodiscard]] QString mailRoot() const;
    /// "fs" or "maildir++" (the LAYOUT key of the env file).
    [[nodiscard]] QString layout() const;

    /// Creates a fresh user with a unique name (prefix + random suffix, lowercase), returns it;
    /// empty on failure. quota is a dovecot storage limit such as "1M" (empty: unlimited).
    [[nodiscard]] QString addUser(const QString &prefix, const QString &quota = {}) const;
    [[nodiscard]] static QString passwordFor(const QString &user); // user + "pw"
    /// scripts/testserver.py ($POSTIER_TESTSERVER_SCRIPT when set).
    [[nodiscard]] static QString scriptPath();
    /// The interpreter that runs it: /usr/bin/python3 (the relay needs Debian's aiosmtpd).
    [[nodiscard]] static QString python();

    /// Endpoint for the user with the CA trusted: protocol/security picks the port
    /// (Imap+Tls -> IMAPS_PORT, Imap+StartTls -> IMAP_PORT, Pop3..., Smtp+StartTls ->
    /// SUBMISSION_PORT, Smtp+Tls -> SUBMISSIONS_PORT, ManageSieve -> SIEVE_PORT).
    /// Security::None uses the STARTTLS ports, where dovecot also accepts plain text.
    [[nodiscard]] protocols::ServerEndpoint endpoint(protocols::Protocol protocol,
                                                     protocols::Security security,
                                                     const QString &user) const;

    /// Delivers one RFC822 message via LMTP (through the script). Returns false on failure,
    /// e.g. when the user's quota is exceeded. A folder other than INBOX is filled with
    /// `doveadm save` (created if missing), which bypasses Sieve.
    [[nodiscard]] bool deliver(const QString &user, const QByteArray &message,
                               const QString &folder = QStringLiteral("INBOX")) const;

    /// Runs `seed`; returns false on failure. Writes `count` generated messages (INTERNALDATE
    /// over past years, UID order = date order) straight into the folder's Maildir,
    /// deterministic for a given seed and user. sizes: "small" or "mixed" (2 KB to 2 MB).
    /// flags: "none", "seen" (all \Seen) or "random" (mostly \Seen, some \Answered and
    /// \Flagged, the newest mostly unread).
    [[nodiscard]] bool seed(const QString &user, const QString &folder, int count, int seed = 1,
                            const QString &sizes = QStringLiteral("small"),
                            const QString &flags = QStringLiteral("none")) const;

    /// Runs a doveadm command against this instance (e.g. {"mailbox","list","-u",user}) and
    /// returns stdout.
    QByteArray doveadm(const QStringList &args, bool *ok = nullptr) const;

private:
    bool runScript(const QStringList &args, const QByteArray &input = {},
                   QByteArray *output = nullptr) const;

    QString m_dir;
    QString m_reason;
    QHash<QString, QString> m_env;
};

} // namespace postier::test
