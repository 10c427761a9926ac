#pragma once

#include <QByteArray>
#include <functional>
#include <memory>

namespace vmime::net {
class socketFactory;
}

namespace postier::protocols {

/// Knobs for one Connection. Defaults are what the product uses.
struct ConnectionOptions {
    /// How often a job that failed because the connection dropped is tried again, with a back-off
    /// of reconnectBaseDelayMs, doubled each time.
    int maxReconnects = 3;
    int reconnectBaseDelayMs = 500;
    /// Test seam: vmime's service::setSocketFactory. Null means real TCP sockets.
    std::shared_ptr<vmime::net::socketFactory> socketFactory;
    /// Protocol trace, called on the connection thread with each line sent (outgoing = true) or
    /// received. Passwords never reach it: vmime hides its SASL exchanges, and ProtocolSession
    /// rewrites the IMAP LOGIN and POP3 PASS lines that vmime 0.9.2 would trace in clear.
    std::function<void(bool outgoing, const QByteArray &line)> trace;
};

} // namespace postier::protocols
