#include "models/compose/IdentitySignature.h"

#include <QStringList>

namespace postier::models {

namespace {

const QString kDelimiter = QStringLiteral("-- ");

/// The last place where `text` stands in `body` as whole lines: a word typed at the end of the
/// signature's last line makes it another signature.
qsizetype lastWholeLines(const QString &body, const QString &text)
{
    for (qsizetype at = body.lastIndexOf(text); at >= 0;
         at = at > 0 ? body.lastIndexOf(text, at - 1) : -1) {
        const qsizetype end = at + text.size();
        const bool startsLine = at == 0 || text.startsWith(QLatin1Char('\n'))
            || body.at(at - 1) == QLatin1Char('\n');
        const bool endsLine = end == body.size() || body.at(end) == QLatin1Char('\n');
        if (startsLine && endsLine)
            return at;
    }
    return -1;
}

} // namespace

QString IdentitySignature::block(const QString &signature)
{
    QString text = signature;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    if (!lines.isEmpty() && (lines.first() == kDelimiter || lines.first() == QStringLiteral("--")))
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return {};
    return kDelimiter + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

QString IdentitySignature::separatorAfter(const QString &text)
{
    if (text.isEmpty() || text.endsWith(QStringLiteral("\n\n")))
        return text.isEmpty() ? QStringLiteral("\n\n") : QString();
    return text.endsWith(QLatin1Char('\n')) ? QStringLiteral("\n") : QStringLiteral("\n\n");
}

IdentitySignature::Edit IdentitySignature::swap(const QString &body, const QString &inserted,
                                                const QString &signature)
{
    Edit edit;
    if (inserted.isEmpty()) {
        edit.position = body.size();
    } else {
        edit.position = lastWholeLines(body, inserted);
        if (edit.position < 0)
            return {};
        edit.length = inserted.size();
    }
    const QString newBlock = block(signature);
    if (!newBlock.isEmpty())
        edit.text = separatorAfter(body.left(edit.position)) + newBlock;
    return edit;
}

QString IdentitySignature::find(const QString &body, const QString &signature)
{
    const QString wanted = block(signature);
    if (wanted.isEmpty())
        return {};
    const qsizetype at = lastWholeLines(body, wanted);
    if (at < 0)
        return {};
    // The separator that swap() would have put before it, if that is what is there.
    for (qsizetype newlines = 2; newlines >= 0; --newlines) {
        const qsizetype start = at - newlines;
        if (start < 0)
            continue;
        const QString gap = body.mid(start, newlines);
        if (gap == QString(newlines, QLatin1Char('\n')) && separatorAfter(body.left(start)) == gap)
            return body.mid(start, newlines + wanted.size());
    }
    return {};
}

} // namespace postier::models
