#include "protocols/local/LocalMessageInfo.h"

#include "protocols/imap/MessageFlags.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QTimeZone>

#include <cstring>

namespace postier::protocols::localsource {

namespace {

constexpr int kNoZone = 100000; // sentinel: the text named no zone

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

QList<QByteArray> tokens(const QByteArray &text, bool commasSeparate, bool comments = true)
{
    QList<QByteArray> out;
    QByteArray current;
    int depth = 0; // RFC 5322 comments: "(CEST)"
    for (const char c : text) {
        if (c == '(' && comments) {
            ++depth;
            continue;
        }
        if (c == ')' && depth > 0 && comments) {
            --depth;
            continue;
        }
        if (depth > 0)
            continue;
        if (isSpace(c) || (commasSeparate && c == ',')) {
            if (!current.isEmpty())
                out << current;
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

int monthNumber(const QByteArray &token)
{
    static const char *const names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    if (token.size() < 3)
        return 0;
    const QByteArray lower = token.left(3).toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower == names[i])
            return i + 1;
    }
    return 0;
}

bool isWeekday(const QByteArray &token)
{
    static const char *const names[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    if (token.size() < 3)
        return false;
    const QByteArray lower = token.left(3).toLower();
    for (const char *name : names) {
        if (lower == name)
            return true;
    }
    return false;
}

bool allDigits(const QByteArray &token)
{
    if (token.isEmpty())
        return false;
    for (const char c : token) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// "10:52", "10:52:37"; seconds since midnight or -1.
int parseTime(const QByteArray &token)
{
    const QList<QByteArray> parts = token.split(':');
    if (parts.size() < 2 || parts.size() > 3)
        return -1;
    int values[3] = {0, 0, 0};
    for (int i = 0; i < parts.size(); ++i) {
        if (!allDigits(parts.at(i)) || parts.at(i).size() > 2)
            return -1;
        values[i] = parts.at(i).toInt();
    }
    if (values[0] > 23 || values[1] > 59 || values[2] > 60)
        return -1;
    return values[0] * 3600 + values[1] * 60 + std::min(values[2], 59);
}

// A zone as minutes east of UTC, or kNoZone when the token is not one.
int parseZone(const QByteArray &token)
{
    if ((token.startsWith('+') || token.startsWith('-')) && token.size() >= 3) {
        QByteArray digits = token.mid(1);
        digits.replace(':', QByteArray());
        if (!allDigits(digits) || (digits.size() != 4 && digits.size() != 2))
            return kNoZone;
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() == 4 ? digits.mid(2).toInt() : 0;
        if (hours > 14 || minutes > 59)
            return kNoZone;
        const int total = hours * 60 + minutes;
        return token.startsWith('-') ? -total : total;
    }
    static const struct {
        const char *name;
        int minutes;
    } named[] = {{"ut", 0},        {"utc", 0},       {"gmt", 0},       {"z", 0},
                 {"est", -5 * 60}, {"edt", -4 * 60}, {"cst", -6 * 60}, {"cdt", -5 * 60},
                 {"mst", -7 * 60}, {"mdt", -6 * 60}, {"pst", -8 * 60}, {"pdt", -7 * 60},
                 {"cet", 60},      {"cest", 120},    {"bst", 60},      {"met", 60},
                 {"mest", 120},    {"eet", 120},     {"eest", 180}};
    const QByteArray lower = token.toLower();
    for (const auto &z : named) {
        if (lower == z.name)
            return z.minutes;
    }
    return kNoZone;
}

int fullYear(const QByteArray &token)
{
    const int y = token.toInt();
    if (token.size() == 4)
        return y;
    if (token.size() == 2)
        return y < 50 ? 2000 + y : 1900 + y; // RFC 5322 4.3
    if (token.size() == 3)
        return 1900 + y;
    return -1;
}

qint64 toSeconds(int year, int month, int day, int timeOfDay, int zoneMinutes, bool zoneLessIsLocal)
{
    const QDate date(year, month, day);
    if (!date.isValid() || timeOfDay < 0)
        return -1;
    const QTime time = QTime(0, 0).addSecs(timeOfDay);
    QDateTime dt;
    if (zoneMinutes != kNoZone)
        dt = QDateTime(date, time, QTimeZone(zoneMinutes * 60));
    else if (zoneLessIsLocal)
        dt = QDateTime(date, time, Qt::LocalTime);
    else
        dt = QDateTime(date, time, QTimeZone::utc());
    return dt.isValid() ? dt.toSecsSinceEpoch() : -1;
}

// ASCII atom characters IMAP accepts in a keyword (RFC 3501 atom minus the resp-specials).
bool isKeywordAtom(const QByteArray &token)
{
    if (token.isEmpty() || token.startsWith('\\'))
        return false;
    for (const char ch : token) {
        const auto c = static_cast<unsigned char>(ch);
        if (c <= 0x20 || c >= 0x7f || std::strchr("(){%*\"\\]", c))
            return false;
    }
    return true;
}

quint32 hexValue(const QByteArray &value, bool *ok)
{
    return value.trimmed().toUInt(ok, 16);
}

} // namespace

qint64 parseDateHeader(const QByteArray &value)
{
    const QList<QByteArray> parts = tokens(value, true);
    int day = 0, month = 0, year = -1, timeOfDay = -1, zone = kNoZone;
    for (const QByteArray &t : parts) {
        if (isWeekday(t) && !allDigits(t) && monthNumber(t) == 0)
            continue;
        if (month == 0 && monthNumber(t) > 0 && !allDigits(t)) {
            month = monthNumber(t);
            continue;
        }
        if (timeOfDay < 0 && t.contains(':') && parseTime(t) >= 0) {
            timeOfDay = parseTime(t);
            continue;
        }
        if (allDigits(t)) {
            if (day == 0 && t.size() <= 2 && t.toInt() >= 1 && t.toInt() <= 31)
                day = t.toInt();
            else if (year < 0)
                year = fullYear(t);
            continue;
        }
        if (zone == kNoZone)
            zone = parseZone(t);
    }
    if (day == 0 || month == 0 || year < 0)
        return -1;
    return toSeconds(year, month, day, timeOfDay < 0 ? 0 : timeOfDay, zone, false);
}

qint64 parseReceivedDate(const QByteArray &value)
{
    const qsizetype semicolon = value.lastIndexOf(';');
    return semicolon < 0 ? -1 : parseDateHeader(value.mid(semicolon + 1));
}

bool parseEnvelopeLine(const QByteArray &line, qint64 *seconds)
{
    if (!line.startsWith("From "))
        return false;
    const QList<QByteArray> t = tokens(line.mid(5), false);
    // The sender may be empty or hold spaces, so the date is found by its shape: the first
    // weekday followed by month, day, time, then the year with an optional zone before or after.
    for (qsizetype i = 0; i + 4 < t.size(); ++i) {
        if (!isWeekday(t.at(i)) || t.at(i).size() != 3)
            continue;
        const int month = monthNumber(t.at(i + 1));
        if (month == 0 || t.at(i + 1).size() != 3)
            continue;
        if (!allDigits(t.at(i + 2)) || t.at(i + 2).size() > 2)
            continue;
        const int day = t.at(i + 2).toInt();
        const int timeOfDay = parseTime(t.at(i + 3));
        if (timeOfDay < 0)
            continue;
        int zone = kNoZone;
        qsizetype yearAt = i + 4;
        if (!allDigits(t.at(yearAt))) {
            zone = parseZone(t.at(yearAt));
            ++yearAt;
            if (zone == kNoZone && t.at(yearAt - 1).size() <= 5) {
                // An alphabetic zone we do not know ("MSK"): keep local time rather than refuse.
                bool alpha = true;
                for (const char c : t.at(yearAt - 1))
                    alpha = alpha && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
                if (!alpha)
                    continue;
            }
        }
        if (yearAt >= t.size() || !allDigits(t.at(yearAt))
            || (t.at(yearAt).size() != 4 && t.at(yearAt).size() != 2))
            continue;
        const int year = fullYear(t.at(yearAt));
        if (zone == kNoZone && yearAt + 1 < t.size())
            zone = parseZone(t.at(yearAt + 1));
        const qint64 s = toSeconds(year, month, day, timeOfDay, zone, true);
        if (s < 0)
            continue;
        if (seconds)
            *seconds = s;
        return true;
    }
    return false;
}

QByteArray envelopeHash(const QByteArray &line)
{
    return QCryptographicHash::hash(line, QCryptographicHash::Sha1).toHex().left(8);
}

StoredState storedState(const StateHeaders &headers)
{
    StoredState state;
    bool mozilla = false;
    if (headers.hasMozillaStatus) {
        bool ok = false;
        const quint32 status = hexValue(headers.mozillaStatus, &ok);
        if (ok) {
            mozilla = true;
            // nsMsgMessageFlags: Read 0x1, Replied 0x2, Marked 0x4, Expunged 0x8,
            // Partial 0x400, Forwarded 0x1000.
            if (status & 0x0001)
                state.flags |= FlagSeen;
            if (status & 0x0002)
                state.flags |= FlagAnswered;
            if (status & 0x0004)
                state.flags |= FlagFlagged;
            if (status & 0x1000)
                state.flags |= FlagForwarded;
            state.expunged = (status & 0x0008) != 0;
            state.partial = (status & 0x0400) != 0;
            const quint32 status2 = hexValue(headers.mozillaStatus2, &ok);
            if (ok && (status2 & 0x00200000)) // IMAPDeleted: marked, not yet expunged
                state.flags |= FlagDeleted;
        }
    }
    if (!mozilla && headers.hasStatus) {
        // mutt and c-client: Status R read, r replied, O old; X-Status A answered, F flagged,
        // D deleted, T draft.
        for (const char c : headers.status) {
            if (c == 'R')
                state.flags |= FlagSeen;
            else if (c == 'r')
                state.flags |= FlagAnswered;
        }
        for (const char c : headers.xStatus) {
            if (c == 'A')
                state.flags |= FlagAnswered;
            else if (c == 'F')
                state.flags |= FlagFlagged;
            else if (c == 'D')
                state.flags |= FlagDeleted;
            else if (c == 'T')
                state.flags |= FlagDraft;
        }
    }
    QSet<QByteArray> seen;
    for (const QByteArray &t : tokens(headers.mozillaKeys, false, false)) {
        if (t.compare("$Forwarded", Qt::CaseInsensitive) == 0) {
            state.flags |= FlagForwarded;
            continue;
        }
        if (!isKeywordAtom(t) || seen.contains(t.toLower()))
            continue;
        seen.insert(t.toLower());
        state.keywords << QString::fromLatin1(t);
    }
    return state;
}

} // namespace postier::protocols::localsource
