#pragma once

// What the IMAP integration tests (tst_imap, tst_imapmessages) share: a fresh user on one of the
// CTest fixture's dovecot instances, test messages, the server's own view through doveadm, and
// flag and header-sync helpers. A test class inherits ImapFixture (after QObject) and calls
// start() from initTestCase(). Header-only, like CliRun.h.

#include "protocols/Connection.h"
#include "protocols/imap/MessageFlags.h"
#include "protocols/imap/SyncHeadersJob.h"
#include "tests/support/TestServer.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QDateTime>
#include <QHash>
#include <QTest>
#include <QVector>

#include <algorithm>
#include <memory>

namespace postier::test {

/// One fresh user on one instance, reached with one kind of security.
struct Account {
    TestServer server;
    QString user;
    protocols::ServerEndpoint endpoint;

    [[nodiscard]] std::unique_ptr<protocols::Connection>
    connect(const protocols::ConnectionOptions &options = {}) const
    {
        return std::make_unique<protocols::Connection>(endpoint, TestServer::passwordFor(user), options);
    }
};

/// A message with CRLF line ends, a Message-ID and the given subject and body.
inline QByteArray makeMessage(const QByteArray &subject, const QByteArray &body = "Hello.\r\n",
                              const QByteArray &from = "Alice <alice@example.com>",
                              const QByteArray &extraHeaders = {})
{
    static int counter = 0;
    return "From: " + from + "\r\nTo: Bob <bob@example.com>\r\nSubject: " + subject
        + "\r\nDate: Mon, 03 Mar 2025 10:00:00 +0100\r\nMessage-ID: <m" + QByteArray::number(++counter)
        + "@postier.test>\r\nMIME-Version: 1.0\r\n" + extraHeaders + "\r\n" + body;
}

inline qint64 utc(int y, int m, int d, int hh = 12, int mm = 0, int ss = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm, ss), Qt::UTC).toSecsSinceEpoch();
}

using Row = QHash<QByteArray, QByteArray>;

/// `doveadm -f tab fetch -u USER 'fields' mailbox FOLDER`, one row per message, by field name.
inline QVector<Row> doveadmFetch(const Account &a, const QString &folder, const QString &fields)
{
    bool ok = false;
    const QByteArray out = a.server.doveadm({QStringLiteral("-f"), QStringLiteral("tab"),
                                             QStringLiteral("fetch"), QStringLiteral("-u"), a.user,
                                             fields, QStringLiteral("mailbox"), folder},
                                            &ok);
    QVector<Row> rows;
    if (!ok)
        return rows;
    QByteArrayList lines = out.split('\n');
    if (lines.isEmpty())
        return rows;
    const QByteArrayList header = lines.takeFirst().split('\t');
    for (const QByteArray &line : std::as_const(lines)) {
        if (line.isEmpty())
            continue;
        const QByteArrayList cells = line.split('\t');
        Row row;
        for (int i = 0; i < header.size() && i < cells.size(); ++i)
            row.insert(header[i], cells[i]);
        rows.append(row);
    }
    return rows;
}

inline QByteArrayList doveadmSubjects(const Account &a, const QString &folder)
{
    QByteArrayList subjects;
    for (const Row &row : doveadmFetch(a, folder, QStringLiteral("uid hdr.subject")))
        subjects << row.value("hdr.subject");
    return subjects;
}

/// Flags as a sorted token list without \Recent, comparable between IMAP and doveadm.
inline QByteArrayList flagTokens(const protocols::MessageFlags &flags)
{
    QByteArrayList tokens = flags.toImapList().split(' ');
    tokens.removeAll(QByteArray());
    std::sort(tokens.begin(), tokens.end());
    return tokens;
}

inline QByteArrayList flagTokens(const QByteArray &doveadmFlags)
{
    QByteArrayList tokens = doveadmFlags.split(' ');
    tokens.removeAll(QByteArray());
    tokens.removeAll(QByteArrayLiteral("\\Recent"));
    std::sort(tokens.begin(), tokens.end());
    return tokens;
}

inline protocols::MessageFlags flags(quint8 bits, const QByteArrayList &keywords = {})
{
    protocols::MessageFlags f;
    f.bits = bits;
    f.keywords = keywords;
    return f;
}

inline protocols::HeaderBatch
syncAll(protocols::Connection &connection, const QByteArray &folder, protocols::Error *error,
        protocols::SyncHeadersJob::Mode mode = protocols::SyncHeadersJob::Mode::Full,
        quint64 changedSince = 0, protocols::FolderStatus *status = nullptr)
{
    protocols::HeaderBatch all;
    protocols::SyncHeadersJob job(folder);
    job.setMode(mode);
    job.setChangedSince(changedSince);
    job.setBatchSize(100);
    job.setSink([&all](protocols::HeaderBatch &&batch) { all += batch; });
    *error = protocols::runJobAndWait(connection, job);
    if (status)
        *status = job.folderStatus();
    return all;
}

/// The CTest fixture's two dovecot instances (LAYOUT=fs and maildir++), the data columns the
/// tests share, and fresh users on them.
class ImapFixture
{
protected:
    /// Empty when ready, else why not (for QVERIFY2).
    [[nodiscard]] QString start()
    {
        m_fs = TestServer::fromEnvironment(QStringLiteral("fs"));
        if (!m_fs.isValid())
            return m_fs.reason();
        m_maildirpp = TestServer::fromEnvironment(QStringLiteral("maildirpp"));
        if (!m_maildirpp.isValid())
            return m_maildirpp.reason();
        return {};
    }

    /// Data column "security": IMAPS and IMAP+STARTTLS.
    static void securities_data()
    {
        QTest::addColumn<protocols::Security>("security");
        QTest::newRow("imaps") << protocols::Security::Tls;
        QTest::newRow("starttls") << protocols::Security::StartTls;
    }

    /// Data column "instance": the fs and maildir++ layouts.
    static void layouts_data()
    {
        QTest::addColumn<QString>("instance");
        QTest::newRow("fs") << QStringLiteral("fs");
        QTest::newRow("maildir++") << QStringLiteral("maildirpp");
    }

    /// A fresh user (name starting with `prefix`) on `instance` ("fs" or "maildirpp").
    [[nodiscard]] Account account(const QString &prefix,
                                  protocols::Security security = protocols::Security::Tls,
                                  const QString &instance = QStringLiteral("fs"),
                                  const QString &quota = {}) const
    {
        Account a;
        a.server = instance == QLatin1String("fs") ? m_fs : m_maildirpp;
        a.user = a.server.addUser(prefix, quota);
        a.endpoint = a.server.endpoint(protocols::Protocol::Imap, security, a.user);
        return a;
    }

    TestServer m_fs;
    TestServer m_maildirpp;
};

} // namespace postier::test
