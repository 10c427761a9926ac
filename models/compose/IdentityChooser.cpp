#include "models/compose/IdentityChooser.h"

#include <QRegularExpression>

namespace postier::models {

namespace {

bool sameAddress(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

int IdentityChooser::indexOf(const QList<Identity> &identities, const QString &address,
                             const QString &accountId)
{
    const QString wanted = address.trimmed();
    int other = -1;
    for (int i = 0; i < identities.size(); ++i) {
        if (!sameAddress(identities.at(i).address, wanted))
            continue;
        if (accountId.isEmpty() || identities.at(i).accountId == accountId)
            return i;
        if (other < 0)
            other = i;
    }
    return other;
}

int IdentityChooser::primaryOf(const QList<Identity> &identities, const QString &accountId)
{
    for (int i = 0; i < identities.size(); ++i) {
        if (identities.at(i).accountId == accountId)
            return i;
    }
    return -1;
}

void IdentityChooser::removeOwnAddresses(protocols::OutgoingMessage *reply,
                                         const QList<Identity> &identities)
{
    const auto others = [&](const QList<protocols::MailAddress> &list) {
        QList<protocols::MailAddress> out;
        for (const protocols::MailAddress &a : list) {
            if (indexOf(identities, a.address) < 0)
                out << a;
        }
        return out;
    };
    QList<protocols::MailAddress> to = others(reply->to);
    QList<protocols::MailAddress> cc = others(reply->cc);
    if (to.isEmpty() && cc.isEmpty())
        return;
    if (to.isEmpty())
        std::swap(to, cc);
    reply->to = to;
    reply->cc = cc;
}

QStringList IdentityChooser::deliveredTo(const QByteArray &original)
{
    // Only the header block, up to the first empty line (whatever the line ends), so a large
    // body is never copied.
    qsizetype headerEnd = -1;
    for (qsizetype i = original.indexOf('\n'); i >= 0; i = original.indexOf('\n', i + 1)) {
        const qsizetype next = i + 1;
        if (next < original.size()
            && (original.at(next) == '\n'
                || (original.at(next) == '\r' && next + 1 < original.size()
                    && original.at(next + 1) == '\n'))) {
            headerEnd = i;
            break;
        }
    }
    const QString headers = QString::fromLatin1(headerEnd < 0 ? original : original.left(headerEnd));
    static const QRegularExpression unfold(QStringLiteral("\\r?\\n[ \\t]+"));
    QString unfolded = headers;
    unfolded.replace(unfold, QStringLiteral(" "));
    static const QRegularExpression field(QStringLiteral("^Delivered-To[ \\t]*:(.*)$"),
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::MultilineOption);
    QStringList out;
    auto it = field.globalMatch(unfolded);
    while (it.hasNext()) {
        QString value = it.next().captured(1).trimmed();
        if (value.startsWith(QLatin1Char('<')) && value.endsWith(QLatin1Char('>')))
            value = value.mid(1, value.size() - 2).trimmed();
        if (!value.isEmpty())
            out << value;
    }
    return out;
}

int IdentityChooser::forResponse(const QList<Identity> &identities, const QString &accountId,
                                 const protocols::ParsedMessage &parsed, const QByteArray &original)
{
    QStringList candidates;
    for (const auto *list : {&parsed.from, &parsed.to, &parsed.cc}) {
        for (const protocols::MailAddress &a : *list)
            candidates << a.address;
    }
    const QStringList delivered = deliveredTo(original);
    for (auto it = delivered.crbegin(); it != delivered.crend(); ++it)
        candidates << *it;

    for (const bool ownAccount : {true, false}) {
        for (const QString &address : std::as_const(candidates)) {
            for (int i = 0; i < identities.size(); ++i) {
                const Identity &identity = identities.at(i);
                if ((identity.accountId == accountId) == ownAccount
                    && sameAddress(identity.address, address.trimmed()))
                    return i;
            }
        }
    }
    const int primary = primaryOf(identities, accountId);
    if (primary >= 0)
        return primary;
    return identities.isEmpty() ? -1 : 0;
}

} // namespace postier::models
