#include "protocols/imap/ImapParser.h"
#include "protocols/imap/ImapParserInternal.h"

#include <QString>

#include <algorithm>
#include <array>
#include <cstring>

// Values that appear inside responses and commands, both ways: internal dates, mailbox names in
// modified UTF-7, quoted strings and UID sets.

namespace postier::protocols::imap {

using namespace detail;

namespace {

// ---------------------------------------------------------------------------------------------
// Dates

constexpr std::array<const char *, 12> kMonths = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                  "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
constexpr std::array<const char *, 12> kMonthNames = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian calendar.
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

void civilFromDays(qint64 z, qint64 *y, unsigned *m, unsigned *d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = static_cast<qint64>(yoe) + era * 400 + (*m <= 2);
}

bool isLeap(qint64 y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned daysInMonth(qint64 y, unsigned m)
{
    static constexpr unsigned kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

// Exactly `n` digits.
bool fixedDigits(const char *s, int n, unsigned *value)
{
    unsigned v = 0;
    for (int i = 0; i < n; ++i) {
        if (!isDigit(s[i]))
            return false;
        v = v * 10 + static_cast<unsigned>(s[i] - '0');
    }
    *value = v;
    return true;
}

// ---------------------------------------------------------------------------------------------
// Modified UTF-7 (RFC 3501 5.1.3): base64 of UTF-16BE with ',' for '/', no padding.

constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";

constexpr std::array<signed char, 256> makeBase64Values()
{
    std::array<signed char, 256> t{};
    for (auto &v : t)
        v = -1;
    for (int i = 0; i < 64; ++i)
        t[static_cast<unsigned char>(kBase64[i])] = static_cast<signed char>(i);
    return t;
}
constexpr std::array<signed char, 256> kBase64Values = makeBase64Values();

// Decodes the base64 run between '&' and '-'. False when the run is not valid modified base64.
bool decodeMutf7Run(const char *s, const char *e, QString *out)
{
    quint32 bits = 0;
    int nbits = 0;
    bool any = false;
    for (; s < e; ++s) {
        const int v = kBase64Values[static_cast<unsigned char>(*s)];
        if (v < 0)
            return false;
        bits = (bits << 6) | static_cast<quint32>(v);
        nbits += 6;
        if (nbits >= 16) {
            nbits -= 16;
            out->append(QChar(static_cast<char16_t>((bits >> nbits) & 0xffff)));
            any = true;
        }
    }
    // Leftover bits are padding: fewer than 6 of them, all zero.
    return any && nbits < 6 && (bits & ((1u << nbits) - 1)) == 0;
}

void encodeMutf7Run(const QChar *s, const QChar *e, QByteArray *out)
{
    out->append('&');
    quint32 bits = 0;
    int nbits = 0;
    for (; s < e; ++s) {
        bits = (bits << 16) | s->unicode();
        nbits += 16;
        while (nbits >= 6) {
            nbits -= 6;
            out->append(kBase64[(bits >> nbits) & 0x3f]);
        }
    }
    if (nbits > 0)
        out->append(kBase64[(bits << (6 - nbits)) & 0x3f]);
    out->append('-');
}

} // namespace

qint64 parseInternalDate(std::string_view text)
{
    // Tolerate the surrounding quotes and a leading space from date-day-fixed.
    if (text.size() >= 2 && text.front() == '"' && text.back() == '"')
        text = text.substr(1, text.size() - 2);
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    // d-Mon-yyyy hh:mm:ss +zzzz (25 bytes) or dd-Mon-yyyy hh:mm:ss +zzzz (26 bytes)
    if (text.size() != 25 && text.size() != 26)
        return -1;
    const char *s = text.data();
    unsigned day = 0;
    const int dayDigits = text.size() == 26 ? 2 : 1;
    if (!fixedDigits(s, dayDigits, &day))
        return -1;
    s += dayDigits;
    if (s[0] != '-' || s[4] != '-')
        return -1;
    unsigned month = 0;
    for (unsigned m = 0; m < 12; ++m) {
        if (toUpperAscii(s[1]) == kMonths[m][0] && toUpperAscii(s[2]) == kMonths[m][1]
            && toUpperAscii(s[3]) == kMonths[m][2]) {
            month = m + 1;
            break;
        }
    }
    if (month == 0)
        return -1;
    s += 5;
    unsigned year = 0, hour = 0, minute = 0, second = 0, zh = 0, zm = 0;
    if (!fixedDigits(s, 4, &year) || s[4] != ' ' || !fixedDigits(s + 5, 2, &hour) || s[7] != ':'
        || !fixedDigits(s + 8, 2, &minute) || s[10] != ':' || !fixedDigits(s + 11, 2, &second)
        || s[13] != ' ' || (s[14] != '+' && s[14] != '-') || !fixedDigits(s + 15, 2, &zh)
        || !fixedDigits(s + 17, 2, &zm))
        return -1;
    if (day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 60
        || zm > 59)
        return -1;
    const qint64 offset = (static_cast<qint64>(zh) * 60 + zm) * 60 * (s[14] == '-' ? -1 : 1);
    const qint64 days = daysFromCivil(year, month, day);
    return days * 86400 + hour * 3600 + minute * 60 + second - offset;
}

QByteArray formatInternalDate(qint64 secondsSinceEpoch)
{
    // Years 0..9999 only: the format has four digits.
    constexpr qint64 kMin = -62167219200LL; // 0000-01-01T00:00:00Z
    constexpr qint64 kMax = 253402300799LL; // 9999-12-31T23:59:59Z
    if (secondsSinceEpoch < kMin || secondsSinceEpoch > kMax)
        return QByteArray();
    qint64 days = secondsSinceEpoch / 86400;
    qint64 rem = secondsSinceEpoch % 86400;
    if (rem < 0) {
        rem += 86400;
        --days;
    }
    qint64 y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days, &y, &m, &d);
    const unsigned hh = static_cast<unsigned>(rem / 3600);
    const unsigned mm = static_cast<unsigned>(rem / 60 % 60);
    const unsigned ss = static_cast<unsigned>(rem % 60);
    char buf[27];
    auto two = [](char *p, unsigned v) {
        p[0] = static_cast<char>('0' + v / 10);
        p[1] = static_cast<char>('0' + v % 10);
    };
    // date-day-fixed: a one-digit day is padded with a space.
    buf[0] = d < 10 ? ' ' : static_cast<char>('0' + d / 10);
    buf[1] = static_cast<char>('0' + d % 10);
    buf[2] = '-';
    std::memcpy(buf + 3, kMonthNames[m - 1], 3);
    buf[6] = '-';
    const unsigned year = static_cast<unsigned>(y);
    two(buf + 7, year / 100);
    two(buf + 9, year % 100);
    buf[11] = ' ';
    two(buf + 12, hh);
    buf[14] = ':';
    two(buf + 15, mm);
    buf[17] = ':';
    two(buf + 18, ss);
    std::memcpy(buf + 20, " +0000", 6);
    return QByteArray(buf, 26);
}

QString decodeMailboxName(const QByteArray &raw)
{
    const char *s = raw.constData();
    const char *end = s + raw.size();
    // Servers that ignore RFC 3501 (or speak UTF8=ACCEPT) send 8-bit names: those are UTF-8.
    for (const char *p = s; p < end; ++p) {
        if (static_cast<unsigned char>(*p) >= 0x80)
            return QString::fromUtf8(raw);
    }
    QString out;
    out.reserve(raw.size());
    while (s < end) {
        if (*s != '&') {
            out.append(QLatin1Char(*s));
            ++s;
            continue;
        }
        const char *dash = static_cast<const char *>(std::memchr(s + 1, '-', static_cast<size_t>(end - s - 1)));
        if (!dash)
            return QString::fromLatin1(raw); // not modified UTF-7 after all: show it as sent
        if (dash == s + 1) {
            out.append(QLatin1Char('&'));
        } else if (!decodeMutf7Run(s + 1, dash, &out)) {
            return QString::fromLatin1(raw);
        }
        s = dash + 1;
    }
    return out;
}

QByteArray encodeMailboxName(const QString &name)
{
    QByteArray out;
    out.reserve(name.size() + 8);
    const QChar *s = name.constData();
    const QChar *end = s + name.size();
    while (s < end) {
        const char16_t u = s->unicode();
        if (u == '&') {
            out.append("&-", 2);
            ++s;
        } else if (u >= 0x20 && u <= 0x7e) {
            out.append(static_cast<char>(u));
            ++s;
        } else {
            const QChar *runEnd = s;
            while (runEnd < end && (runEnd->unicode() < 0x20 || runEnd->unicode() > 0x7e))
                ++runEnd;
            encodeMutf7Run(s, runEnd, &out);
            s = runEnd;
        }
    }
    return out;
}

bool quoteString(const QByteArray &value, QByteArray *quoted)
{
    size_t extra = 0;
    for (const char ch : value) {
        const auto u = static_cast<unsigned char>(ch);
        if (u == 0 || u == '\r' || u == '\n' || u >= 0x80)
            return false;
        if (ch == '"' || ch == '\\')
            ++extra;
    }
    if (!quoted)
        return true;
    QByteArray r(value.size() + static_cast<qsizetype>(extra) + 2, Qt::Uninitialized);
    char *d = r.data();
    *d++ = '"';
    for (const char ch : value) {
        if (ch == '"' || ch == '\\')
            *d++ = '\\';
        *d++ = ch;
    }
    *d = '"';
    *quoted = std::move(r);
    return true;
}

QByteArray uidSet(QVector<quint32> uids)
{
    std::sort(uids.begin(), uids.end());
    uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
    // UID 0 does not exist; a server answers BAD to it.
    if (!uids.isEmpty() && uids.first() == 0)
        uids.removeFirst();
    QByteArray out;
    qsizetype i = 0;
    while (i < uids.size()) {
        qsizetype j = i;
        while (j + 1 < uids.size() && uids[j + 1] == uids[j] + 1)
            ++j;
        if (!out.isEmpty())
            out.append(',');
        out.append(QByteArray::number(uids[i]));
        if (j > i) {
            out.append(':');
            out.append(QByteArray::number(uids[j]));
        }
        i = j + 1;
    }
    return out;
}

} // namespace postier::protocols::imap
