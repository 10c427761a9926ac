#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

class QIODevice;

namespace postier::protocols::localsource {

/// Finds the messages of an mbox file in one streaming pass (see LocalSource for the rules: a
/// "From " line with an envelope date starts a message, the empty line before it belongs to no
/// message). Reads in chunks that grow from 16 KB to 1 MB; a line is never held whole, only its
/// first kEnvelopeMax bytes, so a 30 MB line costs no more memory than a short one.
class MboxScanner
{
public:
    static constexpr qsizetype kEnvelopeMax = 1024; ///< longer "From " lines are body text

    class Sink
    {
    public:
        virtual ~Sink() = default;
        /// A message starts at `offset`; `envelope` is its "From " line without the line end,
        /// or empty for bytes before the first "From " line. Return false to stop.
        virtual bool begin(qint64 offset, const QByteArray &envelope) = 0;
        /// The stored bytes of the message, in order, in pieces of any size.
        virtual void content(const char *data, qint64 size) = 0;
        /// The message's bytes were [contentBegin, contentEnd) of the file. Return false to stop.
        virtual bool end(qint64 contentBegin, qint64 contentEnd) = 0;
    };

    explicit MboxScanner(QIODevice *file);

    /// Scans from `offset` (a line start) to the end of the file or until the sink stops.
    /// False on a read error (errorString() says which).
    bool scan(qint64 offset, Sink &sink);
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    bool ensure(qsizetype bytes);
    bool readMore();

    QIODevice *m_file;
    QByteArray m_buf;
    qint64 m_bufOffset = 0; // file offset of m_buf[0]
    qsizetype m_pos = 0;
    qsizetype m_len = 0;
    qint64 m_chunk = 16 * 1024;
    bool m_eof = false;
    QString m_error;
};

} // namespace postier::protocols::localsource
