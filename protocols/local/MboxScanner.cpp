#include "protocols/local/MboxScanner.h"

#include "protocols/local/LocalMessageInfo.h"

#include <QIODevice>

#include <cstring>

namespace postier::protocols::localsource {

namespace {
constexpr qint64 kMaxChunk = 1024 * 1024;

QByteArray withoutLineEnd(const char *line, qsizetype size)
{
    while (size > 0 && (line[size - 1] == '\n' || line[size - 1] == '\r'))
        --size;
    return QByteArray(line, size);
}
} // namespace

MboxScanner::MboxScanner(QIODevice *file)
    : m_file(file)
{}

bool MboxScanner::readMore()
{
    if (m_pos > 0) {
        std::memmove(m_buf.data(), m_buf.constData() + m_pos, static_cast<size_t>(m_len - m_pos));
        m_bufOffset += m_pos;
        m_len -= m_pos;
        m_pos = 0;
    }
    if (m_buf.size() < m_len + m_chunk)
        m_buf.resize(m_len + m_chunk);
    const qint64 n = m_file->read(m_buf.data() + m_len, m_chunk);
    if (n < 0) {
        m_error = m_file->errorString();
        return false;
    }
    if (n == 0)
        m_eof = true;
    m_len += n;
    m_chunk = std::min(m_chunk * 2, kMaxChunk);
    return true;
}

bool MboxScanner::ensure(qsizetype bytes)
{
    while (m_len - m_pos < bytes && !m_eof) {
        if (!readMore())
            return false;
    }
    return true;
}

bool MboxScanner::scan(qint64 offset, Sink &sink)
{
    if (!m_file->seek(offset)) {
        m_error = m_file->errorString();
        return false;
    }
    m_bufOffset = offset;
    m_pos = m_len = 0;
    m_eof = false;

    bool inMessage = false;
    qint64 contentBegin = 0;
    QByteArray blank;            // an empty line that may be the separator before "From "
    qint64 blankOffset = -1;
    for (;;) {
        if (!ensure(kEnvelopeMax))
            return false;
        const qsizetype avail = m_len - m_pos;
        if (avail == 0)
            break;
        const char *line = m_buf.constData() + m_pos;
        const qint64 lineOffset = m_bufOffset + m_pos;
        const auto *nl = static_cast<const char *>(
            std::memchr(line, '\n', static_cast<size_t>(std::min(avail, kEnvelopeMax))));
        // The length of the line when it is short enough to look at whole, else -1.
        const qsizetype shortLength = nl ? nl - line + 1 : (m_eof && avail < kEnvelopeMax ? avail : -1);
        const bool isBlank = nl && (shortLength == 1 || (shortLength == 2 && line[0] == '\r'));

        if (shortLength >= 5 && std::memcmp(line, "From ", 5) == 0) {
            const QByteArray envelope = withoutLineEnd(line, shortLength);
            if (!inMessage || parseEnvelopeLine(envelope)) {
                if (inMessage && !sink.end(contentBegin, blankOffset >= 0 ? blankOffset : lineOffset))
                    return true;
                blankOffset = -1;
                if (!sink.begin(lineOffset, envelope))
                    return true;
                inMessage = true;
                contentBegin = lineOffset + shortLength;
                m_pos += shortLength;
                continue;
            }
        }
        if (!inMessage) {
            if (isBlank) { // blank lines before the first message are nobody's
                m_pos += shortLength;
                continue;
            }
            // Not an mbox start: keep these bytes as a message rather than lose them.
            if (!sink.begin(lineOffset, QByteArray()))
                return true;
            inMessage = true;
            contentBegin = lineOffset;
        }
        if (isBlank) {
            if (blankOffset >= 0)
                sink.content(blank.constData(), blank.size());
            blank = QByteArray(line, shortLength);
            blankOffset = lineOffset;
            m_pos += shortLength;
            continue;
        }
        if (blankOffset >= 0) {
            sink.content(blank.constData(), blank.size());
            blankOffset = -1;
        }
        for (;;) { // the line, streamed up to and including its LF
            const char *s = m_buf.constData() + m_pos;
            const qsizetype n = m_len - m_pos;
            const auto *e = static_cast<const char *>(std::memchr(s, '\n', static_cast<size_t>(n)));
            if (e) {
                sink.content(s, e - s + 1);
                m_pos += e - s + 1;
                break;
            }
            sink.content(s, n);
            m_pos = m_len;
            if (!readMore())
                return false;
            if (m_len == m_pos)
                break;
        }
    }
    if (inMessage)
        sink.end(contentBegin, blankOffset >= 0 ? blankOffset : m_bufOffset + m_pos);
    return true;
}

} // namespace postier::protocols::localsource
