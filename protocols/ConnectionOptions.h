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
    /// received. vmime masks the password of LOGIN/AUTH; we never pass it through ourselves.
    std::function<void(bool outgoing, const QByteArray &line)> trace;
};

} // namespace postier::protocols
