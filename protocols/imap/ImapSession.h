#pragma once

// Internal to protocols/: the connection-thread side of an IMAP connection.

#include "protocols/ProtocolSession.h"
#include "protocols/imap/FolderInfo.h"
#include "protocols/imap/ImapParser.h"

#include <vmime/net/imap/imap.hpp>

#include <functional>
#include <string_view>

namespace postier::protocols {

/// vmime's IMAPStore connects, sets up TLS (implicit or STARTTLS), logs in, reads the capabilities
/// and the hierarchy separator, and says LOGOUT at the end. Every command in between, CREATE,
/// RENAME, DELETE and APPEND included, goes as raw IMAP over the same (TLS-wrapped) socket,
/// through execute() and Postier's own parser: vmime lacks many commands (LIST-EXTENDED, STATUS
/// with HIGHESTMODSEQ, MOVE, UID EXPUNGE, IDLE) and parses FETCH slowly. The raw channel starts
/// once vmime's login has finished, when vmime has nothing buffered: IMAP is strictly
/// request/response, so after a tagged reply the stream is ours until the next command.
class ImapSession : public ProtocolSession
{
public:
    using UntaggedHandler = std::function<void(std::string_view response)>;

    ImapSession(const ServerEndpoint &endpoint, const QString &password, const ConnectionOptions &options);
    ~ImapSession() override;

    [[nodiscard]] vmime::shared_ptr<vmime::net::imap::IMAPStore> store() const;

    [[nodiscard]] const QByteArrayList &capabilities() const { return m_capabilities; }
    [[nodiscard]] bool hasCapability(const char *name) const;
    /// The hierarchy separator of the personal namespace ('/' or '.'), from LIST "" "".
    [[nodiscard]] QChar separator() const { return m_separator; }

    /// Sends `TAG command` and reads up to the tagged reply, handing each untagged response to
    /// onUntagged. NO and BAD are returned, not thrown; network failures and timeouts throw.
    imap::StatusResponse execute(const QByteArray &command, const UntaggedHandler &onUntagged = {});
    /// Like execute(), but a NO or BAD throws JobFailure with a sentence built from `what`
    /// ("list the folders").
    imap::StatusResponse executeOk(const QByteArray &command, const QString &what,
                                   const UntaggedHandler &onUntagged = {});

    /// An IMAP string argument for a command: a quoted string when possible, else a literal
    /// (`{n+}` with LITERAL+, or LITERAL- for up to 4096 bytes; `{n}` otherwise), which
    /// execute() and sendCommand() send correctly.
    [[nodiscard]] QByteArray astring(const QByteArray &value) const;

    /// The UIDs as compact sets ("1:3,5") for UID STORE/COPY/MOVE/EXPUNGE, cut so that each set
    /// stays below maxBytes (RFC 7162 asks for command lines under 8000 octets). Sorted, without
    /// duplicates or 0; empty for no UIDs.
    [[nodiscard]] static QByteArrayList uidSetChunks(QVector<quint32> uids, int maxBytes = 4000);

    /// Sends `tag command CRLF`. After each synchronizing literal marker (`{n}` before a CRLF, or
    /// at the very end of `command`) it waits for the server's `+` continuation, handing any other
    /// response that arrives meanwhile to onOther. Returns false, having stopped sending, when the
    /// server answered the tag instead of `+` (a refusal; onOther has seen that tagged reply).
    /// When `command` ends with a marker, the caller then sends the literal's bytes and CRLF.
    bool sendCommand(const QByteArray &tag, const QByteArray &command,
                     const UntaggedHandler &onOther = {});

    /// Lower-level pieces for commands with literals and for IDLE.
    [[nodiscard]] QByteArray nextTag();
    void sendRaw(const QByteArray &bytes);
    void sendRaw(const char *data, size_t size);
    /// Blocks (polling cancel and timeout) until one complete response is available.
    [[nodiscard]] std::string_view readResponse();
    /// Returns a response if one is already buffered or arrives within `waitMs`; never throws a
    /// timeout for that wait. For IDLE.
    [[nodiscard]] bool pollResponse(int waitMs, std::string_view *response);

    /// SELECT (or EXAMINE when readOnly) the mailbox, with CONDSTORE when the server has it.
    /// Always sends the command, so the counts and markers are current.
    const FolderStatus &select(const QByteArray &rawName, bool readOnly);
    [[nodiscard]] const QByteArray &selectedMailbox() const { return m_selected; }
    /// Called when a vmime operation may have changed the selection.
    void forgetSelection() { m_selected.clear(); }
    /// Whether the selected folder was opened with EXAMINE (CLOSE then expunges nothing).
    [[nodiscard]] bool selectedReadOnly() const { return m_selectedReadOnly; }

protected:
    vmime::shared_ptr<vmime::net::service> createService(
        const vmime::shared_ptr<vmime::net::session> &session,
        const vmime::shared_ptr<vmime::security::authenticator> &auth) override;
    void afterConnect() override;
    void beforeDisconnect() noexcept override;

private:
    [[nodiscard]] vmime::shared_ptr<vmime::net::socket> socket() const;
    void fill(int waitMs, bool throwOnTimeout);

    imap::ResponseBuffer m_buffer;
    quint32 m_tagCounter = 0;
    QByteArrayList m_capabilities;
    QChar m_separator = QLatin1Char('/');
    QByteArray m_selected;
    bool m_selectedReadOnly = false;
    FolderStatus m_selectedStatus;
};

} // namespace postier::protocols
