#include "ui/viewer/NetworkRemoteContentLoader.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace postier::ui {

NetworkRemoteContentLoader::NetworkRemoteContentLoader(QObject *parent)
    : RemoteContentLoader(parent)
    , m_manager(new QNetworkAccessManager(this))
{
    m_manager->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

NetworkRemoteContentLoader::~NetworkRemoteContentLoader()
{
    cancelAll();
}

void NetworkRemoteContentLoader::load(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        failLater(url, tr("Only http and https addresses are loaded."));
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setTransferTimeout(30000);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Postier"));

    QNetworkReply *reply = m_manager->get(request);
    m_replies.insert(reply, url);
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, reply](qint64 received, qint64 total) {
                if (received > m_maximumSize || total > m_maximumSize) {
                    const QUrl original = m_replies.take(reply);
                    reply->disconnect(this);
                    reply->abort();
                    reply->deleteLater();
                    Q_EMIT failed(original,
                                  tr("The image is larger than %1 and was not loaded.")
                                      .arg(QLocale().formattedDataSize(m_maximumSize)));
                }
            });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply); });
}

void NetworkRemoteContentLoader::finish(QNetworkReply *reply)
{
    reply->deleteLater();
    if (!m_replies.contains(reply))
        return;
    const QUrl url = m_replies.take(reply);
    if (reply->error() != QNetworkReply::NoError) {
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const QString reason = status.isValid()
            ? tr("The server answered %1 %2.")
                  .arg(status.toInt())
                  .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
            : reply->errorString();
        Q_EMIT failed(url, reason);
        return;
    }
    Q_EMIT loaded(url, reply->readAll());
}

void NetworkRemoteContentLoader::failLater(const QUrl &url, const QString &reason)
{
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, url, reason, generation] {
            if (generation == m_generation)
                Q_EMIT failed(url, reason);
        },
        Qt::QueuedConnection);
}

void NetworkRemoteContentLoader::cancelAll()
{
    ++m_generation;
    const auto replies = m_replies.keys();
    m_replies.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace postier::ui
