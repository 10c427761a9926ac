#include "protocols/local/MessageFilter.h"

#include <algorithm>
#include <cstring>

namespace postier::protocols::localsource {

namespace {

constexpr qsizetype kValueCap = 4096;  // the fields we read are short; a hostile one is cut
constexpr qsizetype kFieldNameMax = 40; // longer than any field we look for

bool isFieldNameByte(char ch)
{
    const auto c = static_cast<unsigned char>(ch);
    return (c > 32 && c < 127) || c == ' ' || c == '\t';
}

} // namespace

MessageFilter::MessageFilter(Options options)
    : m_options(options)
{}

void MessageFilter::emitBytes(const char *data, qint64 size, QByteArray *out)
{
    if (size <= 0)
        return;
    m_size += size;
    if (!m_nul && std::memchr(data, 0, static_cast<size_t>(size)))
        m_nul = true;
    if (out)
        out->append(data, size);
    if (m_inHeaders && m_options.captureHeaders && m_headerBlock.size() < kHeaderBlockCap)
        m_headerBlock.append(data, std::min<qint64>(size, kHeaderBlockCap - m_headerBlock.size()));
}

void MessageFilter::capture(const char *data, qint64 size)
{
    QByteArray &value = m_values[m_field];
    if (size > 0 && value.size() < kValueCap)
        value.append(data, std::min<qint64>(size, kValueCap - value.size()));
}

void MessageFilter::closeField()
{
    if (m_field == NoField)
        return;
    const QByteArray value = m_values[m_field].trimmed();
    switch (m_field) {
    case Status:
        m_state.status = value;
        m_state.hasStatus = true;
        break;
    case XStatus:
        m_state.xStatus = value;
        m_state.hasStatus = true;
        break;
    case MozillaStatus:
        m_state.mozillaStatus = value;
        m_state.hasMozillaStatus = true;
        break;
    case MozillaStatus2: m_state.mozillaStatus2 = value; break;
    case MozillaKeys: m_state.mozillaKeys = value; break;
    case Date: m_date = value; break;
    case Received: m_received = value; break;
    default: break;
    }
    m_field = NoField;
}

bool MessageFilter::decide(bool atLineEnd, QByteArray *out)
{
    static_assert(sizeof m_head >= kFieldNameMax);
    const QByteArray head = QByteArray::fromRawData(m_head, m_headSize); // no copy
    if (m_gt > 0) {
        // mboxrd: ">From " -> "From ", ">>From " -> ">From ". Wait until "From " can be told.
        static const char from[] = "From ";
        if (!atLineEnd && m_headSize < 5
            && std::memcmp(m_head, from, static_cast<size_t>(m_headSize)) == 0)
            return false;
        static const char gts[] = ">>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>";
        qint64 left = m_gt - (head.startsWith(from) ? 1 : 0);
        while (left > 0) {
            const qint64 n = std::min<qint64>(left, sizeof gts - 1);
            emitBytes(gts, n, out);
            left -= n;
        }
        emitBytes(m_head, m_headSize, out);
        if (m_inHeaders) { // not a header field: it ends the one before
            closeField();
            m_dropField = false;
        }
        m_line = Line::Pass;
        return true;
    }
    if (!m_inHeaders) {
        emitBytes(m_head, m_headSize, out);
        m_line = Line::Pass;
        return true;
    }
    const char first = m_head[0];
    if (first == ' ' || first == '\t') { // continuation of the field before
        m_line = m_dropField ? Line::Drop : Line::Pass;
        if (m_line == Line::Pass)
            emitBytes(m_head, m_headSize, out);
        if (m_field != NoField)
            capture(m_head, m_headSize);
        return true;
    }
    const qsizetype colon = head.indexOf(':');
    if (colon < 0) {
        if (!atLineEnd && m_headSize < kFieldNameMax && isFieldNameByte(m_head[m_headSize - 1]))
            return false;
        closeField();
        m_dropField = false;
        m_line = Line::Pass;
        emitBytes(m_head, m_headSize, out);
        return true;
    }
    closeField();
    const QByteArray name = head.left(colon).trimmed();
    Field field = NoField;
    static const struct {
        const char *name;
        Field field;
    } known[] = {{"Status", Status},
                 {"X-Status", XStatus},
                 {"X-Mozilla-Status", MozillaStatus},
                 {"X-Mozilla-Status2", MozillaStatus2},
                 {"X-Mozilla-Keys", MozillaKeys},
                 {"Date", Date},
                 {"Received", Received}};
    for (const auto &k : known) {
        if (name.compare(k.name, Qt::CaseInsensitive) == 0)
            field = k.field;
    }
    m_dropField = m_options.dropMozillaHeaders
        && (field == MozillaStatus || field == MozillaStatus2 || field == MozillaKeys);
    if (field != NoField && !m_seen[field]) {
        m_seen[field] = true;
        m_field = field;
        capture(m_head + colon + 1, m_headSize - colon - 1);
    }
    m_line = m_dropField ? Line::Drop : Line::Pass;
    if (m_line == Line::Pass)
        emitBytes(m_head, m_headSize, out);
    return true;
}

void MessageFilter::endLine(QByteArray *out)
{
    if (m_line == Line::Start && m_gt == 0 && m_headSize == 0) {
        if (m_inHeaders) { // the empty line that ends the header section
            closeField();
            m_inHeaders = false;
        }
        emitBytes("\r\n", 2, out);
    } else if (m_line != Line::Drop) {
        emitBytes("\r\n", 2, out);
    }
    m_line = Line::Start;
    m_gt = 0;
    m_headSize = 0;
}

void MessageFilter::feed(const char *data, qint64 size, QByteArray *out)
{
    const char *p = data;
    const char *const end = data + size;
    while (p < end) {
        if (m_skipLf) {
            m_skipLf = false;
            if (*p == '\n') {
                ++p;
                continue;
            }
        }
        if (m_line == Line::Start) {
            const char c = *p++;
            if (c == '\r' || c == '\n') {
                if (m_gt > 0 || m_headSize > 0)
                    decide(true, out);
                endLine(out);
                m_skipLf = c == '\r';
            } else if (c == '>' && m_headSize == 0 && m_options.unquoteFrom) {
                ++m_gt;
            } else {
                m_head[m_headSize++] = c;
                decide(false, out);
            }
            continue;
        }
        const char *q = p;
        while (q < end && *q != '\n' && *q != '\r')
            ++q;
        if (m_line == Line::Pass)
            emitBytes(p, q - p, out);
        if (m_field != NoField)
            capture(p, q - p);
        p = q;
        if (p < end) {
            const char c = *p++;
            endLine(out);
            m_skipLf = c == '\r';
        }
    }
}

void MessageFilter::finish(QByteArray *out)
{
    if (m_line == Line::Start && (m_gt > 0 || m_headSize > 0))
        decide(true, out);
    closeField();
}

} // namespace postier::protocols::localsource
