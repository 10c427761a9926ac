#include "protocols/pop3/Pop3MultilineDecoder.h"

namespace postier::protocols {

qsizetype Pop3MultilineDecoder::feed(const char *data, qsizetype size, QByteArray *out)
{
    qsizetype i = 0;
    while (i < size && m_state != State::Finished) {
        const char c = data[i];
        switch (m_state) {
        case State::Normal:
            if (c == '\r') {
                m_state = State::Cr;
            } else if (c == '\n') {
                *out += '\n';
                m_lineStart = true;
            } else if (m_lineStart && c == '.') {
                m_state = State::Dot;
                m_lineStart = false;
            } else {
                *out += c;
                m_lineStart = false;
            }
            ++i;
            break;
        case State::Cr:
            m_state = State::Normal;
            if (c == '\n') {
                *out += '\n';
                m_lineStart = true;
                ++i;
            } else {
                *out += '\r'; // a lone CR: keep it, and look at c again
                m_lineStart = false;
            }
            break;
        case State::Dot:
            if (c == '\r') {
                m_state = State::DotCr;
                ++i;
            } else if (c == '\n') {
                m_state = State::Finished; // ".\n": a lenient terminator
                ++i;
            } else {
                // "..": a stuffed dot. Anything else after a single dot is not valid POP3; keep
                // the dot rather than lose a byte.
                *out += '.';
                m_state = State::Normal;
                if (c == '.')
                    ++i;
            }
            break;
        case State::DotCr:
            if (c == '\n') {
                m_state = State::Finished;
                ++i;
            } else {
                *out += ".\r";
                m_state = State::Normal;
            }
            break;
        case State::Finished: break;
        }
    }
    return i;
}

} // namespace postier::protocols
