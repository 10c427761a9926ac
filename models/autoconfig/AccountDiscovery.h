#pragma once

#include "models/autoconfig/DiscoveryOptions.h"
#include "models/autoconfig/DiscoveryResult.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace postier::models {

/// Finds the server settings for an e-mail address, without blocking, the way the account
/// wizard and postier-cli need it.
///
/// Contract: start() runs, in order, until one step finds a usable incoming server:
///  1. Postier's built-in provider table (ProviderTable);
///  2. the domain's autoconfig file in Thunderbird's format, from
///     https://autoconfig.<domain>/mail/config-v1.1.xml?emailaddress=<address> and
///     https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml?emailaddress=<address>,
///     both asked at once, within DiscoveryOptions::autoconfigTimeoutMs (8 s) altogether, with
///     certificates verified normally and never over plain http; the first URL wins when both
///     answer; files over AutoconfigXml::maxDocumentSize are cut off;
///  3. the domain's DNS SRV records (RFC 6186 and RFC 8314: _imaps, _imap, _pop3s, _pop3,
///     _submissions, _submission), within srvTimeoutMs;
/// and otherwise gives up with a sentence asking the user to enter the settings. Each step
/// emits progress() with a sentence first. finished() fires exactly once per start(), always
/// from the event loop (never from inside start()), unless cancel() or a new start() came first:
/// after those, nothing more is emitted for the abandoned run.
class AccountDiscovery : public QObject
{
    Q_OBJECT
public:
    explicit AccountDiscovery(const DiscoveryOptions &options = {}, QObject *parent = nullptr);
    ~AccountDiscovery() override;

    void start(const QString &emailAddress);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    /// The last finished run's result.
    [[nodiscard]] const DiscoveryResult &result() const { return m_result; }

    /// The two https addresses asked in step 2, in order of preference; empty for an address
    /// without a usable domain.
    [[nodiscard]] static QList<QUrl> autoconfigUrls(const QString &emailAddress);
    /// The domain of an address, lower case; empty when `emailAddress` is not an address.
    [[nodiscard]] static QString domainOf(const QString &emailAddress);

Q_SIGNALS:
    void progress(const QString &step);
    void finished(const postier::models::DiscoveryResult &result);

private:
    struct AutoconfigAttempt {
        QUrl url;                     ///< the logical https address
        QPointer<QNetworkReply> reply;
        QByteArray body;
        bool done = false;
        bool ok = false;
        bool tooLarge = false;
        MailSettings settings;
    };

    void runTable();
    void runAutoconfig();
    void onAutoconfigReply(int index);
    void onAutoconfigTimeout();
    void evaluateAutoconfig();
    void abortAutoconfig();
    void runSrv();
    void onSrvResolved(const QString &name, const QList<SrvRecord> &records, const QString &error);
    void finishSrv();
    void finish(DiscoveryResult::Source source, const MailSettings &settings, const QUrl &url = {});

    DiscoveryOptions m_options;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_timer = nullptr;
    std::unique_ptr<SrvResolver> m_resolver;
    bool m_running = false;
    quint64 m_generation = 0;
    QString m_address;
    QString m_domain;
    QStringList m_attempts;
    QList<AutoconfigAttempt> m_autoconfig;
    QStringList m_srvPending;
    QHash<QString, QList<SrvRecord>> m_srvAnswers;
    DiscoveryResult m_result;
};

} // namespace postier::models
