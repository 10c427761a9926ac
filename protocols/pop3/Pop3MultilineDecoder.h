#pragma once

// Internal to protocols/pop3 (pure Qt, so tests can drive it byte by byte).

#include <QByteArray>

namespace postier::protocols {

/// Decodes the body of a POP3 multi-line answer (RETR), as bytes arrive: removes the
/// byte-stuffing of lines that start with a dot, stops at the terminating "." line, and turns
/// CRLF line ends into the LF of Maildir files (a CR not followed by LF is kept).
///
/// We do this ourselves because vmime 0.9.2's dotFilteredInputStream compacts its buffer in place
/// and then reads the previous characters from the compacted part: after the first stuffed line
/// in a read, the next ones keep their extra dot ("..." instead of ".."), corrupting messages.
class Pop3MultilineDecoder
{
public:
    /// Appends the decoded form of `data` to *out. Returns how many bytes of `data` were used:
    /// all of them, unless the terminator was reached (then isFinished() is true and the rest
    /// does not belong to this answer).
    qsizetype feed(const char *data, qsizetype size, QByteArray *out);
    [[nodiscard]] bool isFinished() const { return m_state == State::Finished; }

private:
    enum class State { Normal, Cr, Dot, DotCr, Finished };
    State m_state = State::Normal;
    bool m_lineStart = true;
};

} // namespace postier::protocols
