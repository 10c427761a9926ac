#pragma once

#include "protocols/local/LocalMessageInfo.h"

#include <QByteArray>
#include <QtGlobal>

namespace postier::protocols::localsource {

/// Turns stored message bytes into the bytes to upload, in one streaming pass over chunks of any
/// size (a line may span chunks; nothing but a few bytes of the current line start is kept):
/// - bare LF and bare CR become CRLF, CRLF stays;
/// - with `unquoteFrom`, a line matching ^>+From  loses one '>' (mboxrd unquoting);
/// - with `dropMozillaHeaders`, the header fields X-Mozilla-Status, X-Mozilla-Status2 and
///   X-Mozilla-Keys (with their continuation lines and line ends) are left out.
/// The header section ends at the first empty line of the output. Run the same filter once to
/// count (out = nullptr) and once to produce, and both give the same bytes: that is how a local
/// source knows the exact size before uploading.
class MessageFilter
{
public:
    struct Options {
        bool unquoteFrom = false;
        bool dropMozillaHeaders = false;
        bool captureHeaders = false; ///< keep headerBlock() and stateHeaders()/dateHeader()
    };
    static constexpr qsizetype kHeaderBlockCap = 64 * 1024;

    explicit MessageFilter(Options options);

    /// Feeds stored bytes; the transformed bytes are appended to *out unless out is null.
    void feed(const char *data, qint64 size, QByteArray *out);
    /// Flushes what a last line without a line end left undecided. Call once, at the end.
    void finish(QByteArray *out);

    [[nodiscard]] qint64 outputSize() const { return m_size; }
    [[nodiscard]] bool containsNul() const { return m_nul; }
    /// The output up to and excluding the empty line, capped at kHeaderBlockCap.
    [[nodiscard]] const QByteArray &headerBlock() const { return m_headerBlock; }
    /// Raw values (first occurrence, continuations joined) of the state fields, whether or not
    /// they were dropped from the output.
    [[nodiscard]] const StateHeaders &stateHeaders() const { return m_state; }
    [[nodiscard]] const QByteArray &dateHeader() const { return m_date; }
    /// The first (topmost) Received field: the last hop, where the message arrived.
    [[nodiscard]] const QByteArray &receivedHeader() const { return m_received; }

private:
    enum class Line { Start, Pass, Drop };
    enum Field { NoField = -1, Status, XStatus, MozillaStatus, MozillaStatus2, MozillaKeys, Date,
                 Received, FieldCount };

    bool decide(bool atLineEnd, QByteArray *out);
    void endLine(QByteArray *out);
    void emitBytes(const char *data, qint64 size, QByteArray *out);
    void capture(const char *data, qint64 size);
    void closeField();

    Options m_options;
    Line m_line = Line::Start;
    bool m_skipLf = false;      // the last line ended with CR: a following LF belongs to it
    bool m_inHeaders = true;
    bool m_dropField = false;   // the current header field is being dropped
    Field m_field = NoField;    // the current header field is being captured
    bool m_seen[FieldCount] = {};
    qint64 m_gt = 0;            // '>' run at the start of the line, undecided
    // Undecided bytes after that run: never more than a field name, so no allocation per line.
    char m_head[48];
    qsizetype m_headSize = 0;
    qint64 m_size = 0;
    bool m_nul = false;
    QByteArray m_headerBlock;
    QByteArray m_values[FieldCount];
    StateHeaders m_state;
    QByteArray m_date;
    QByteArray m_received;
};

} // namespace postier::protocols::localsource
