#include "models/autoconfig/AccountDiscovery.h"

#include "models/autoconfig/AutoconfigXml.h"
#include "models/autoconfig/DnsSrvResolver.h"
#include "models/autoconfig/ProviderTable.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

namespace postier::models {

namespace {

using protocols::Protocol;
using protocols::Security;

struct SrvService {
    const char *prefix;
    Protocol protocol;
    Security security;
};

// RFC 6186 section 3 and RFC 8314 section 5.1; the order is the order of the candidates.
// _imap, _pop3 and _submission mean STARTTLS: Postier never logs in over plain text found in DNS.
constexpr SrvService kSrvServices[] = {
    {"_imaps._tcp.", Protocol::Imap, Security::Tls},
    {"_imap._tcp.", Protocol::Imap, Security::StartTls},
    {"_pop3s._tcp.", Protocol::Pop3, Security::Tls},
    {"_pop3._tcp.", Protocol::Pop3, Security::StartTls},
    {"_submissions._tcp.", Protocol::Smtp, Security::Tls},
    {"_submission._tcp.", Protocol::Smtp, Security::StartTls},
};

QString seconds(int ms)
{
    return AccountDiscovery::tr("%n second(s)", nullptr, std::max(1, (ms + 999) / 1000));
}

} // namespace

AccountDiscovery::AccountDiscovery(const DiscoveryOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_network(new QNetworkAccessManager(this))
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<postier::models::DiscoveryResult>();
    qRegisterMetaType<postier::models::SrvRecord>();
    m_timer->setSingleShot(true);
    // Follows https → https redirects only; a redirect to plain http is refused.
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

AccountDiscovery::~AccountDiscovery()
{
    cancel();
}

QString AccountDiscovery::domainOf(const QString &emailAddress)
{
    const QString address = emailAddress.trimmed();
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1 || address.contains(QLatin1Char(' ')))
        return {};
    const QString domain = address.mid(at + 1).toLower();
    if (!domain.contains(QLatin1Char('.')) || domain.startsWith(QLatin1Char('.'))
        || domain.endsWith(QLatin1Char('.')))
        return {};
    const QByteArray ace = QUrl::toAce(domain);
    if (ace.isEmpty() || !AutoconfigXml::isPlausibleHost(QString::fromLatin1(ace)))
        return {};
    return domain;
}

QList<QUrl> AccountDiscovery::autoconfigUrls(const QString &emailAddress)
{
    const QString domain = domainOf(emailAddress);
    if (domain.isEmpty())
        return {};
    const QString query = QStringLiteral("emailaddress=")
        + QString::fromLatin1(QUrl::toPercentEncoding(emailAddress.trimmed()));
    QUrl first;
    first.setScheme(QStringLiteral("https"));
    first.setHost(QStringLiteral("autoconfig.") + domain);
    first.setPath(QStringLiteral("/mail/config-v1.1.xml"));
    first.setQuery(query);
    QUrl second;
    second.setScheme(QStringLiteral("https"));
    second.setHost(domain);
    second.setPath(QStringLiteral("/.well-known/autoconfig/mail/config-v1.1.xml"));
    second.setQuery(query);
    return {first, second};
}

void AccountDiscovery::start(const QString &emailAddress)
{
    cancel();
    m_running = true;
    m_address = emailAddress.trimmed();
    m_domain = domainOf(m_address);
    m_attempts.clear();
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation != m_generation)
            return;
        if (m_domain.isEmpty()) {
            finish(DiscoveryResult::Source::None, {});
            return;
        }
        runTable();
    });
}

void AccountDiscovery::cancel()
{
    ++m_generation; // every callback of the abandoned run checks this and returns
    m_running = false;
    m_timer->stop();
    m_timer->disconnect(this);
    abortAutoconfig();
    if (m_resolver) {
        m_resolver->disconnect(this);
        m_resolver->abortAll();
        m_resolver.reset();
    }
    m_srvPending.clear();
    m_srvAnswers.clear();
}

void AccountDiscovery::runTable()
{
    if (!m_options.useProviderTable) {
        runAutoconfig();
        return;
    }
    Q_EMIT progress(tr("Checking Postier’s list of providers for %1…").arg(m_domain));
    if (const auto settings = ProviderTable::lookup(m_address)) {
        finish(DiscoveryResult::Source::Table, *settings);
        return;
    }
    runAutoconfig();
}

void AccountDiscovery::runAutoconfig()
{
    Q_EMIT progress(tr("Looking up %1’s settings…").arg(m_domain));
    m_autoconfig.clear();
    const QList<QUrl> urls = autoconfigUrls(m_address);
    for (const QUrl &url : urls) {
        AutoconfigAttempt attempt;
        attempt.url = url;
        QUrl target = url;
        if (m_options.autoconfigServerOverride.isValid()) {
            target.setScheme(m_options.autoconfigServerOverride.scheme());
            target.setHost(m_options.autoconfigServerOverride.host());
            target.setPort(m_options.autoconfigServerOverride.port());
        }
        QNetworkRequest request(target);
        request.setHeader(QNetworkRequest::UserAgentHeader,
                          QStringLiteral("Postier/%1").arg(QLatin1String(POSTIER_VERSION)));
        request.setMaximumRedirectsAllowed(5);
        attempt.reply = m_network->get(request);
        m_autoconfig << attempt;
    }
    for (int i = 0; i < m_autoconfig.size(); ++i) {
        QNetworkReply *reply = m_autoconfig[i].reply;
        connect(reply, &QNetworkReply::readyRead, this, [this, i] {
            AutoconfigAttempt &a = m_autoconfig[i];
            a.body += a.reply->readAll();
            if (a.body.size() > AutoconfigXml::maxDocumentSize) {
                a.tooLarge = true;
                a.reply->abort(); // finished() follows, and reports the size
            }
        });
        connect(reply, &QNetworkReply::finished, this, [this, i] { onAutoconfigReply(i); });
    }
    m_timer->disconnect(this);
    connect(m_timer, &QTimer::timeout, this, &AccountDiscovery::onAutoconfigTimeout);
    m_timer->start(m_options.autoconfigTimeoutMs);
}

void AccountDiscovery::onAutoconfigReply(int index)
{
    AutoconfigAttempt &a = m_autoconfig[index];
    QNetworkReply *reply = a.reply;
    if (!reply || a.done)
        return;
    a.done = true;
    if (!a.tooLarge)
        a.body += reply->readAll();
    const QString host = a.url.host();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (a.tooLarge) {
        m_attempts << tr("The settings file at %1 is larger than %2 KB, so Postier did not read it.")
                          .arg(host)
                          .arg(AutoconfigXml::maxDocumentSize / 1024);
    } else if (status >= 400) {
        m_attempts << tr("%1 has no settings file for mail (HTTP %2).").arg(host).arg(status);
    } else if (reply->error() != QNetworkReply::NoError) {
        m_attempts << tr("%1 could not be reached (%2).").arg(host, reply->errorString());
    } else {
        QString error;
        if (AutoconfigXml::parse(a.body, m_address, &a.settings, &error))
            a.ok = true;
        else
            m_attempts << tr("The settings file at %1 could not be used: %2").arg(host, error);
    }
    reply->disconnect(this);
    reply->deleteLater();
    a.reply = nullptr;
    a.body.clear();
    evaluateAutoconfig();
}

void AccountDiscovery::onAutoconfigTimeout()
{
    for (AutoconfigAttempt &a : m_autoconfig) {
        if (a.done)
            continue;
        a.done = true;
        m_attempts << tr("%1 did not answer within %2.")
                          .arg(a.url.host(), seconds(m_options.autoconfigTimeoutMs));
    }
    abortAutoconfig();
    evaluateAutoconfig();
}

void AccountDiscovery::evaluateAutoconfig()
{
    // The first URL in order of preference that worked wins, but only once every URL before it
    // has failed: a slow autoconfig.<domain> still beats a quick .well-known answer.
    for (const AutoconfigAttempt &a : std::as_const(m_autoconfig)) {
        if (!a.done)
            return;
        if (a.ok) {
            const MailSettings settings = a.settings;
            const QUrl url = a.url;
            abortAutoconfig();
            finish(DiscoveryResult::Source::Autoconfig, settings, url);
            return;
        }
    }
    m_timer->stop();
    m_autoconfig.clear();
    runSrv();
}

void AccountDiscovery::abortAutoconfig()
{
    for (AutoconfigAttempt &a : m_autoconfig) {
        if (!a.reply)
            continue;
        // Deleting a reply stops its request. abort() would too, but it reports an error of its
        // own, which Qt warns about when the reply already has one queued (a 404 in flight).
        a.reply->disconnect(this);
        a.reply->deleteLater();
        a.reply = nullptr;
    }
}

void AccountDiscovery::runSrv()
{
    Q_EMIT progress(tr("Looking up %1’s mail servers in DNS…").arg(m_domain));
    m_resolver = m_options.srvResolverFactory ? m_options.srvResolverFactory()
                                              : std::make_unique<DnsSrvResolver>();
    connect(m_resolver.get(), &SrvResolver::resolved, this, &AccountDiscovery::onSrvResolved);
    m_srvPending.clear();
    m_srvAnswers.clear();
    const QString ace = QString::fromLatin1(QUrl::toAce(m_domain));
    for (const SrvService &s : kSrvServices)
        m_srvPending << QLatin1String(s.prefix) + ace;
    m_timer->disconnect(this);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_srvPending.isEmpty())
            m_attempts << tr("The DNS lookups for %1 did not finish within %2.")
                              .arg(m_domain, seconds(m_options.srvTimeoutMs));
        finishSrv();
    });
    m_timer->start(m_options.srvTimeoutMs);
    const QStringList names = m_srvPending;
    for (const QString &name : names)
        m_resolver->lookup(name);
}

void AccountDiscovery::onSrvResolved(const QString &name, const QList<SrvRecord> &records,
                                     const QString &error)
{
    const qsizetype i = m_srvPending.indexOf(name);
    if (i < 0)
        return;
    m_srvPending.removeAt(i);
    if (!error.isEmpty() && !m_attempts.contains(error))
        m_attempts << error;
    m_srvAnswers.insert(name, records);
    if (m_srvPending.isEmpty())
        finishSrv();
}

void AccountDiscovery::finishSrv()
{
    m_timer->stop();
    if (m_resolver) {
        m_resolver->disconnect(this);
        m_resolver->abortAll();
        m_resolver.release()->deleteLater(); // we may be inside its signal
    }
    MailSettings settings;
    settings.domains << m_domain;
    const QString ace = QString::fromLatin1(QUrl::toAce(m_domain));
    for (const SrvService &s : kSrvServices) {
        QList<SrvRecord> records = m_srvAnswers.value(QLatin1String(s.prefix) + ace);
        std::stable_sort(records.begin(), records.end(), [](const SrvRecord &a, const SrvRecord &b) {
            return a.priority != b.priority ? a.priority < b.priority : a.weight > b.weight;
        });
        for (const SrvRecord &r : std::as_const(records)) {
            QString host = r.target.trimmed().toLower();
            while (host.endsWith(QLatin1Char('.')))
                host.chop(1);
            // A target of "." says the service is deliberately not offered (RFC 2782).
            if (host.isEmpty() || r.port == 0 || !AutoconfigXml::isPlausibleHost(host))
                continue;
            ServerCandidate c;
            c.endpoint.protocol = s.protocol;
            c.endpoint.security = s.security;
            c.endpoint.host = host;
            c.endpoint.port = r.port;
            c.endpoint.user = m_address; // RFC 6186 section 4: the full address first
            (s.protocol == Protocol::Smtp ? settings.outgoing : settings.incoming) << c;
        }
    }
    m_srvAnswers.clear();
    m_srvPending.clear();
    if (settings.incoming.isEmpty()) {
        m_attempts << tr("%1 publishes no mail servers in DNS (SRV records).").arg(m_domain);
        finish(DiscoveryResult::Source::None, {});
        return;
    }
    finish(DiscoveryResult::Source::Srv, settings);
}

void AccountDiscovery::finish(DiscoveryResult::Source source, const MailSettings &settings,
                              const QUrl &url)
{
    DiscoveryResult r;
    r.source = source;
    r.emailAddress = m_address;
    r.domain = m_domain;
    r.settings = settings;
    r.sourceUrl = url;
    r.attempts = m_attempts;
    switch (source) {
    case DiscoveryResult::Source::Table:
        r.sentence = tr("Postier knows the settings of %1.").arg(settings.displayName);
        break;
    case DiscoveryResult::Source::Autoconfig:
        r.sentence = tr("%1 publishes its settings for mail programs at %2.").arg(m_domain, url.host());
        break;
    case DiscoveryResult::Source::Srv:
        r.sentence = settings.hasOutgoing()
            ? tr("Found the mail servers of %1 in its DNS records.").arg(m_domain)
            : tr("Found the incoming mail server of %1 in its DNS records, but no server for "
                 "sending. Enter the outgoing server yourself.")
                  .arg(m_domain);
        break;
    case DiscoveryResult::Source::None:
        r.sentence = m_domain.isEmpty()
            ? tr("“%1” is not a complete e-mail address, such as anna@example.com.").arg(m_address)
            : tr("Postier could not find the settings for %1. Enter them yourself: your "
                 "provider’s help pages list them.")
                  .arg(m_domain);
        break;
    }
    if (r.settings.notice.isEmpty()) {
        const auto best = r.settings.bestIncoming();
        if (best && best->requiresOAuth2())
            r.settings.notice = tr("%1 asks mail programs to sign in with OAuth, which Postier "
                                   "does not offer yet. Logging in with a password may be "
                                   "refused; an app password may work.")
                                    .arg(r.settings.displayName.isEmpty() ? m_domain
                                                                          : r.settings.displayName);
    }
    ++m_generation;
    m_running = false;
    m_timer->stop();
    m_result = r;
    Q_EMIT finished(r);
}

} // namespace postier::models
