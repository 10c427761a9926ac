// One measurement of bench/header_sync.py: syncs the headers of one folder and prints a JSON line
// with the wall time, the message count and the peak resident memory added (VmHWM after minus
// VmHWM before the sync, with the connection already open and logged in).
//
//   bench_header_sync postier HOST PORT USER FOLDER CAFILE CACHEFILE
//   bench_header_sync vmime   HOST PORT USER FOLDER CAFILE
//
// The password comes from $POSTIER_PASSWORD. "vmime" is vmime's own fetchMessages(UID | FLAGS |
// SIZE | ENVELOPE) keeping the message objects, as a client built on vmime naively would.

#include "models/accounts/Account.h"
#include "models/cache/HeaderCache.h"
#include "models/sync/FolderSynchronizer.h"
#include "protocols/Connection.h"
#include "protocols/VmimePlatform.h"
#include "protocols/imap/CapabilitiesJob.h"

#include <vmime/net/imap/imap.hpp>
#include <vmime/security/cert/X509Certificate.hpp>
#include <vmime/security/cert/defaultCertificateVerifier.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSslCertificate>
#include <cstdio>

namespace {

long peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// Resets VmHWM to the current RSS so the next reading measures only what follows.
void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

void report(const char *mode, qint64 count, double seconds, long rssBeforeKb, long rssAfterKb)
{
    std::printf("{\"mode\":\"%s\",\"messages\":%lld,\"seconds\":%.3f,\"rss_added_kb\":%ld}\n", mode,
                static_cast<long long>(count), seconds, rssAfterKb - rssBeforeKb);
}

int runPostier(const QStringList &a)
{
    using namespace postier;
    protocols::ServerEndpoint endpoint;
    endpoint.protocol = protocols::Protocol::Imap;
    endpoint.security = protocols::Security::Tls;
    endpoint.host = a[2];
    endpoint.port = quint16(a[3].toUInt());
    endpoint.user = a[4];
    endpoint.trust.extraCaFile = a[6];
    endpoint.timeoutMs = 120000;
    const QString folder = a[5];
    QFile::remove(a[7]);

    protocols::Connection connection(endpoint, qEnvironmentVariable("POSTIER_PASSWORD"));
    protocols::CapabilitiesJob login; // connect and log in outside the measurement
    if (const auto e = protocols::runJobAndWait(connection, login)) {
        std::fprintf(stderr, "%s\n", qPrintable(e.sentence()));
        return 1;
    }
    models::HeaderCache cache(a[7]);
    QString error;
    if (!cache.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    resetPeak();
    const long before = peakRssKb();
    QElapsedTimer timer;
    timer.start();
    models::FolderSynchronizer sync(connection, cache, models::Account::passwordKey(endpoint));
    const auto result = sync.syncAndWait(folder.toUtf8());
    const double seconds = timer.nsecsElapsed() / 1e9;
    const long after = peakRssKb();
    if (result.error) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error.sentence()));
        return 1;
    }
    report("postier", result.received, seconds, before, after);
    return 0;
}

class TrustFile : public vmime::security::cert::defaultCertificateVerifier
{
public:
    explicit TrustFile(const QString &caFile)
    {
        std::vector<vmime::shared_ptr<vmime::security::cert::X509Certificate>> roots;
        for (const auto &c : QSslCertificate::fromPath(caFile)) {
            const QByteArray der = c.toDer();
            roots.push_back(vmime::security::cert::X509Certificate::import(
                reinterpret_cast<const vmime::byte_t *>(der.constData()), size_t(der.size())));
        }
        setX509RootCAs(roots);
    }
};

int runVmime(const QStringList &a)
{
    postier::protocols::ensureVmimePlatform();
    auto session = vmime::net::session::create();
    auto store = session->getStore(vmime::utility::url("imaps", a[2].toStdString(), a[3].toInt()));
    store->setProperty("auth.username", a[4].toStdString());
    store->setProperty("auth.password", qEnvironmentVariable("POSTIER_PASSWORD").toStdString());
    store->setCertificateVerifier(vmime::make_shared<TrustFile>(a[6]));
    store->connect();
    auto folder = store->getFolder(vmime::net::folder::path::fromString(a[5].toStdString(), "/", vmime::charsets::UTF_8));
    folder->open(vmime::net::folder::MODE_READ_ONLY);

    resetPeak();
    const long before = peakRssKb();
    QElapsedTimer timer;
    timer.start();
    auto messages = folder->getMessages(vmime::net::messageSet::byNumber(1, -1));
    folder->fetchMessages(messages, vmime::net::fetchAttributes::UID | vmime::net::fetchAttributes::FLAGS
                                        | vmime::net::fetchAttributes::SIZE
                                        | vmime::net::fetchAttributes::ENVELOPE);
    const double seconds = timer.nsecsElapsed() / 1e9;
    const long after = peakRssKb();
    report("vmime", qint64(messages.size()), seconds, before, after);
    folder->close(false);
    store->disconnect();
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() >= 7 && a[1] == QLatin1String("vmime"))
        return runVmime(a);
    if (a.size() >= 8 && a[1] == QLatin1String("postier"))
        return runPostier(a);
    std::fprintf(stderr, "usage: bench_header_sync postier|vmime HOST PORT USER FOLDER CAFILE [CACHE]\n");
    return 2;
}
