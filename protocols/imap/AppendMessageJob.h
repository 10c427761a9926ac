#pragma once

#include "protocols/imap/ImapJob.h"
#include "protocols/imap/MessageFlags.h"

#include <QByteArray>
#include <QVector>

#include <functional>
#include <memory>
#include <vector>

class QIODevice;

namespace postier::protocols {

/// Saves one or more complete messages into a folder (IMAP APPEND), keeping their flags and
/// INTERNALDATE, and reports for each message the UID the server gave it.
///
/// Each message is one `APPEND <folder> [(<flags>)] ["<date>"] {<size>}` with the message bytes
/// sent as they are, as a literal. With LITERAL+ (or LITERAL- for messages up to 4 KB) the
/// literal is sent at once as `{size+}`, otherwise after the server's `+`; either way the next
/// APPEND goes out while earlier ones still wait for their reply (up to pipelineDepth() at once),
/// and each tagged reply is matched to its message by tag, so a refusal of message k is message
/// k's. Message data comes from a QByteArray (implicitly shared, not copied) or is streamed in
/// 256 KB chunks from a QIODevice the job then owns (a QFile or QBuffer, read on the connection
/// thread, so nothing else may touch it meanwhile).
///
/// results() has one entry per addMessage(), in order: Appended (with uidValidity/uid from
/// APPENDUID when the server has UIDPLUS, else 0), Refused (with an Error: a full mailbox is
/// ErrorKind::QuotaExceeded), Unknown (sent, but the connection ended before the server
/// answered: it may or may not have been saved), or NotSent. A refusal does not stop the other
/// messages. The job succeeds when every message was appended; otherwise it fails with an Error
/// that sums up the refusals (for a single message, that message's Error), and results() still
/// says which messages were saved. Never retried automatically: running it twice could store
/// duplicates.
class AppendMessageJob : public ImapJob
{
    Q_OBJECT
public:
    enum class Outcome { NotSent, Appended, Refused, Unknown };
    struct Result {
        Outcome outcome = Outcome::NotSent;
        quint32 uidValidity = 0;
        quint32 uid = 0;
        Error error;
    };

    explicit AppendMessageJob(const QByteArray &rawFolderName, QObject *parent = nullptr);
    ~AppendMessageJob() override;

    /// Queues a message (raw RFC 822 bytes, CRLF line ends). internalDate is in seconds since the
    /// epoch; 0 lets the server use the time of saving. Returns the message's index in results().
    int addMessage(const QByteArray &message, const MessageFlags &flags = {}, qint64 internalDate = 0);
    /// Same, streamed from a device. size < 0 means device->size() (a random-access device). The
    /// device is opened read-only if it is not open yet.
    int addMessage(std::unique_ptr<QIODevice> device, qint64 size, const MessageFlags &flags = {},
                   qint64 internalDate = 0);
    /// Same, with the device opened only when the message is sent (and again if it must be sent
    /// a second time, after a refused MULTIAPPEND group): `open` runs on the connection thread
    /// and returns null with a sentence in *error when it cannot. `size` must be exact.
    using Opener = std::function<std::unique_ptr<QIODevice>(Error *error)>;
    int addMessage(Opener open, qint64 size, const MessageFlags &flags = {}, qint64 internalDate = 0);

    /// The message holds NUL bytes: where the server has BINARY (RFC 3516) it goes as a literal8
    /// (`~{n}`), which the server stores byte for byte; elsewhere servers replace each NUL.
    void setContainsNul(int index, bool on = true) { m_messages[size_t(index)].nul = on; }

    /// How many APPENDs may wait for their reply at once (default 16; 1 disables pipelining).
    void setPipelineDepth(int depth) { m_depth = depth < 1 ? 1 : depth; }
    /// With MULTIAPPEND and LITERAL+ on the server, send up to `messages` messages (and about
    /// 8 MB) in one APPEND command: the server stores them in one transaction (one disk commit
    /// instead of one per message). All or nothing: when the server refuses such a group, its
    /// messages are sent again one by one, so that results() still says which one was refused
    /// and why. 0 or 1 (the default) sends one message per command.
    void setMultiAppend(int messages) { m_multi = messages; }
    [[nodiscard]] int pipelineDepth() const { return m_depth; }

    [[nodiscard]] QString description() const override;
    [[nodiscard]] bool isRetryable() const override { return false; }
    [[nodiscard]] int count() const { return int(m_messages.size()); }
    [[nodiscard]] const QVector<Result> &results() const { return m_results; }
    [[nodiscard]] int appendedCount() const;

protected:
    void runImap(ImapSession &session) override;

private:
    struct Message {
        QByteArray data;
        std::unique_ptr<QIODevice> device;
        Opener opener;
        qint64 size = -1;
        bool nul = false;
        MessageFlags flags;
        qint64 internalDate = 0;
    };
    int add(Message message);
    void sendLiteral(ImapSession &session, int index, qint64 size, qint64 *sentTotal, qint64 total,
                     const QByteArray &after);
    [[nodiscard]] QByteArray appendArguments(int index, qint64 size, bool nonSynchronizing, bool binary) const;
    void appendAll(ImapSession &session, const QVector<int> &indices, const QVector<qint64> &sizes,
                   qint64 total, qint64 *sent, bool grouped);
    [[nodiscard]] Error summary(const QString &host) const;

    QByteArray m_folder;
    std::vector<Message> m_messages;
    QVector<Result> m_results;
    int m_depth = 16;
    int m_multi = 0;
};

} // namespace postier::protocols
