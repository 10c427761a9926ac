#include "models/compose/IdentitySignature.h"

#include <QStringList>

namespace postier::models {

namespace {
const QString kDelimiter = QStringLiteral("-- ");
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
        edit.position = body.lastIndexOf(inserted);
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
    const qsizetype at = body.lastIndexOf(wanted);
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
