#include "protocols/imap/SearchJob.h"

#include "protocols/imap/ImapSession.h"

#include <algorithm>
#include <cstring>

namespace postier::protocols {

namespace {

// RFC 3501 date: "1-Feb-1994", month names in English whatever the locale.
QByteArray searchDate(const QDate &day)
{
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return QByteArray::number(day.day()) + '-' + months[day.month() - 1] + '-'
        + QByteArray::number(day.year()).rightJustified(4, '0');
}

bool isValidKeyword(const QByteArray &keyword)
{
    if (keyword.isEmpty())
        return false;
    for (const char ch : keyword) {
        const auto c = static_cast<unsigned char>(ch);
        if (c <= 0x20 || c >= 0x7f || std::strchr("(){%*\"\\]", ch))
            return false;
    }
    return true;
}

// The search keys for the flags, positive ("SEEN") or negated ("UNSEEN").
QByteArray flagKeys(const MessageFlags &flags, bool set)
{
    struct Key {
        quint8 bit;
        const char *present;
        const char *absent;
    };
    static const Key keys[] = {
        {FlagSeen, " SEEN", " UNSEEN"},         {FlagAnswered, " ANSWERED", " UNANSWERED"},
        {FlagFlagged, " FLAGGED", " UNFLAGGED"}, {FlagDeleted, " DELETED", " UNDELETED"},
        {FlagDraft, " DRAFT", " UNDRAFT"},       {FlagRecent, " RECENT", " OLD"},
        {FlagForwarded, " KEYWORD $Forwarded", " UNKEYWORD $Forwarded"},
    };
    QByteArray out;
    for (const Key &k : keys) {
        if (flags.bits & k.bit)
            out += set ? k.present : k.absent;
    }
    for (const QByteArray &keyword : flags.keywords)
        out += (set ? " KEYWORD " : " UNKEYWORD ") + keyword;
    return out;
}

} // namespace

SearchJob::SearchJob(const QByteArray &rawFolderName, QObject *parent)
    : ImapJob(parent)
    , m_folder(rawFolderName)
{
}

void SearchJob::addText(Field field, const QString &text)
{
    m_texts.append({field, text});
}

QString SearchJob::description() const
{
    return tr("Searching “%1”").arg(imap::decodeMailboxName(m_folder));
}

void SearchJob::runImap(ImapSession &session)
{
    m_uids.clear();
    m_usedEsearch = false;
    for (const MessageFlags *flags : {&m_required, &m_excluded}) {
        for (const QByteArray &keyword : flags->keywords) {
            if (!isValidKeyword(keyword))
                throw JobFailure{Error(ErrorKind::Usage,
                                       tr("“%1” cannot be searched for as a message tag: tags may "
                                          "not contain spaces, brackets, quotes or accents.")
                                           .arg(QString::fromUtf8(keyword)))};
        }
    }

    QByteArray criteria;
    bool utf8 = false;
    for (const TextCriterion &t : std::as_const(m_texts)) {
        const QByteArray value = t.text.toUtf8();
        utf8 = utf8 || std::any_of(value.cbegin(), value.cend(),
                                   [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
        switch (t.field) {
        case Field::Text: criteria += " TEXT "; break;
        case Field::Subject: criteria += " SUBJECT "; break;
        case Field::From: criteria += " FROM "; break;
        case Field::To: criteria += " TO "; break;
        case Field::Cc: criteria += " CC "; break;
        case Field::Body: criteria += " BODY "; break;
        }
        criteria += session.astring(value);
    }
    if (m_since.isValid())
        criteria += " SINCE " + searchDate(m_since);
    if (m_before.isValid())
        criteria += " BEFORE " + searchDate(m_before);
    criteria += flagKeys(m_required, true);
    criteria += flagKeys(m_excluded, false);
    if (criteria.isEmpty())
        criteria = " ALL";

    QByteArray command = "UID SEARCH";
    if (session.hasCapability("ESEARCH"))
        command += " RETURN (ALL)";
    if (utf8)
        command += " CHARSET UTF-8";
    command += criteria;

    session.select(m_folder, true);
    session.executeOk(command, tr("search “%1”").arg(imap::decodeMailboxName(m_folder)),
                      [this](std::string_view response) {
        QVector<quint32> found;
        if (!imap::parseSearch(response, &found))
            return;
        if (response.size() > 9 && (response.substr(2, 7) == "ESEARCH" || response.substr(2, 7) == "esearch"))
            m_usedEsearch = true;
        m_uids += found;
    });
    std::sort(m_uids.begin(), m_uids.end());
    m_uids.erase(std::unique(m_uids.begin(), m_uids.end()), m_uids.end());
}

} // namespace postier::protocols
