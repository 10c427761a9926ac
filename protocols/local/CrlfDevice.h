#pragma once

#include "protocols/local/MessageFilter.h"

#include <QByteArray>
#include <QIODevice>

#include <memory>

namespace postier::protocols::localsource {

/// A sequential, read-only device that yields bytes [begin, end) of a file through a
/// MessageFilter (CRLF line ends, mboxrd unquoting, Mozilla headers dropped as asked), reading
/// the file in 64 KB steps: memory stays at a few chunks whatever the message size. The source
/// that created it computed the exact number of bytes it yields with the same filter.
/// bytesAvailable() is 0 only at the end, so `atEnd()` can be trusted before the first read.
class CrlfDevice : public QIODevice
{
    Q_OBJECT
public:
    /// Takes an open file; `end` < 0 means up to the end of the file. Opens itself read-only.
    CrlfDevice(std::unique_ptr<QIODevice> file, qint64 begin, qint64 end,
               MessageFilter::Options options);
    ~CrlfDevice() override;

    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] qint64 bytesAvailable() const override;
    [[nodiscard]] bool atEnd() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool refill();

    std::unique_ptr<QIODevice> m_file;
    qint64 m_remaining;  // file bytes still to read, -1 for "up to the end"
    MessageFilter m_filter;
    QByteArray m_in;
    QByteArray m_out;
    qsizetype m_outPos = 0;
    bool m_done = false;
    bool m_failed = false;
};

} // namespace postier::protocols::localsource
