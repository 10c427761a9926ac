#include "tests/support/LocalHttpServer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace postier::test {

LocalHttpServer::LocalHttpServer()
{
    QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            serve(socket);
    });
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot listen on 127.0.0.1");
}

QUrl LocalHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void LocalHttpServer::serve(QTcpSocket *socket)
{
    auto buffer = std::make_shared<QByteArray>();
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
        *buffer += socket->readAll();
        if (!buffer->contains("\r\n\r\n"))
            return;
        const QByteArray requestLine = buffer->left(buffer->indexOf("\r\n"));
        buffer->clear();
        m_requests << QString::fromLatin1(requestLine);
        const QList<QByteArray> parts = requestLine.split(' ');
        const QString target = parts.size() > 1 ? QString::fromLatin1(parts.at(1)) : QString();
        const QString path = target.section(QLatin1Char('?'), 0, 0);
        const Answer answer = m_answers.value(path, Answer{404, "not here", 0, false});
        if (answer.silent)
            return;
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(answer.delayMs, socket, [guard, answer] {
            if (!guard)
                return;
            const QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status)
                + (answer.status == 200 ? " OK" : " Not Found")
                + "\r\nContent-Type: application/xml\r\nContent-Length: "
                + QByteArray::number(answer.body.size()) + "\r\nConnection: close\r\n\r\n";
            guard->write(head + answer.body);
            guard->disconnectFromHost();
        });
    });
}

} // namespace postier::test
