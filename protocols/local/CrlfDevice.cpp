#include "protocols/local/CrlfDevice.h"

#include <cstring>

namespace postier::protocols::localsource {

namespace {
constexpr qint64 kChunk = 64 * 1024;
}

CrlfDevice::CrlfDevice(std::unique_ptr<QIODevice> file, qint64 begin, qint64 end,
                       MessageFilter::Options options)
    : m_file(std::move(file))
    , m_remaining(end < 0 ? -1 : end - begin)
    , m_filter(options)
{
    QIODevice::open(QIODevice::ReadOnly);
    if (!m_file->seek(begin)) {
        m_failed = true;
        setErrorString(m_file->errorString());
        return;
    }
    refill();
}

CrlfDevice::~CrlfDevice() = default;

qint64 CrlfDevice::bytesAvailable() const
{
    return (m_out.size() - m_outPos) + QIODevice::bytesAvailable();
}

bool CrlfDevice::atEnd() const
{
    return m_outPos >= m_out.size() && (m_done || m_failed) && QIODevice::bytesAvailable() == 0;
}

bool CrlfDevice::refill()
{
    m_out.resize(0); // keeps the capacity: one allocation for the whole message
    m_outPos = 0;
    // A chunk can yield nothing (a dropped header line), so read until there is output.
    while (m_out.isEmpty() && !m_done) {
        const qint64 want = m_remaining < 0 ? kChunk : std::min(kChunk, m_remaining);
        m_in.resize(want);
        const qint64 n = want > 0 ? m_file->read(m_in.data(), want) : 0;
        if (n < 0) {
            m_failed = true;
            setErrorString(m_file->errorString());
            return false;
        }
        if (n == 0) {
            m_filter.finish(&m_out);
            m_done = true;
            break;
        }
        if (m_remaining > 0)
            m_remaining -= n;
        m_filter.feed(m_in.constData(), n, &m_out);
    }
    return true;
}

qint64 CrlfDevice::readData(char *data, qint64 maxSize)
{
    if (m_failed)
        return -1;
    qint64 copied = 0;
    while (copied < maxSize) {
        if (m_outPos >= m_out.size()) {
            if (m_done || !refill())
                break;
            continue;
        }
        const qint64 n = std::min<qint64>(maxSize - copied, m_out.size() - m_outPos);
        std::memcpy(data + copied, m_out.constData() + m_outPos, static_cast<size_t>(n));
        m_outPos += n;
        copied += n;
    }
    // Keep something ready so that bytesAvailable() only says 0 at the end.
    if (m_outPos >= m_out.size() && !m_done && !m_failed)
        refill();
    if (m_failed && copied == 0)
        return -1;
    return copied;
}

qint64 CrlfDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace postier::protocols::localsource
