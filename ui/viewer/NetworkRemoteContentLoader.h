#pragma once

#include "ui/viewer/RemoteContentLoader.h"

#include <QHash>

class QNetworkAccessManager;
class QNetworkReply;

namespace postier::ui {

/// The RemoteContentLoader the viewer uses by default: QNetworkAccessManager, asynchronous.
///
/// Requests carry no cookies (none sent, none stored), no Referer and a plain "Postier"
/// User-Agent; redirects are followed only http->http(s) and https->https, at most 5. A response
/// larger than maximumSize() (16 MiB by default) is abandoned and reported as failed, as is one
/// that takes longer than 30 s without progress. Only http and https URLs are fetched.
class NetworkRemoteContentLoader : public RemoteContentLoader
{
    Q_OBJECT
public:
    explicit NetworkRemoteContentLoader(QObject *parent = nullptr);
    ~NetworkRemoteContentLoader() override;

    void load(const QUrl &url) override;
    void cancelAll() override;

    void setMaximumSize(qint64 bytes) { m_maximumSize = bytes; }
    [[nodiscard]] qint64 maximumSize() const { return m_maximumSize; }

private:
    void finish(QNetworkReply *reply);
    void failLater(const QUrl &url, const QString &reason);

    QNetworkAccessManager *m_manager;
    QHash<QNetworkReply *, QUrl> m_replies;
    qint64 m_maximumSize = 16 * 1024 * 1024;
    quint64 m_generation = 0; // bumped by cancelAll(), so queued answers of older loads are dropped
};

} // namespace postier::ui
