#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace postier::test {

/// A minimal HTTP/1.1 server on 127.0.0.1 (a free port) with canned answers per path, for the
/// autoconfig lookups of the account wizard. It records every request line; a path it does not
/// know gets 404. An answer can be delayed, or "silent": accepted and never answered.
class LocalHttpServer
{
public:
    struct Answer {
        int status = 200;
        QByteArray body;
        int delayMs = 0;
        bool silent = false;
    };

    LocalHttpServer();

    void setAnswer(const QString &path, const Answer &answer) { m_answers.insert(path, answer); }
    /// 200 with this body.
    void setBody(const QString &path, const QByteArray &body) { setAnswer(path, Answer{200, body, 0, false}); }
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] QStringList requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket);

    QTcpServer m_server;
    QHash<QString, Answer> m_answers;
    QStringList m_requests;
};

} // namespace postier::test
