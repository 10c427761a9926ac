#pragma once

#include "protocols/imap/ImapJob.h"

namespace postier::protocols {

/// Subscribes to or unsubscribes from one folder.
///
/// Sends `SUBSCRIBE <name>` or `UNSUBSCRIBE <name>` with a raw (modified UTF-7) name. Servers
/// may accept a subscription to a folder that does not exist (it then lists as \NonExistent
/// \Subscribed, a ghost); unsubscribing from such a ghost is how it is removed. Errors carry the
/// server's words.
class SubscribeFolderJob : public ImapJob
{
    Q_OBJECT
public:
    SubscribeFolderJob(const QByteArray &rawFolderName, bool subscribe, QObject *parent = nullptr);

    [[nodiscard]] QString description() const override;
    [[nodiscard]] bool subscribes() const { return m_subscribe; }

protected:
    void runImap(ImapSession &session) override;

private:
    QByteArray m_folder;
    bool m_subscribe;
};

} // namespace postier::protocols
