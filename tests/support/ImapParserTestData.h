#pragma once

// Helpers and sample data shared by the unit tests of protocols/imap/ImapParser
// (tst_imapparser: responses and the tokenizer, tst_imapfetchparser: FETCH and ENVELOPE,
// tst_imapvalues: dates, mailbox names, quoting, uid sets). Header-only.

#include "protocols/imap/ImapParser.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QFile>
#include <QList>

#include <string_view>

namespace postier::test {

inline std::string_view sv(const QByteArray &b)
{
    return std::string_view(b.constData(), static_cast<size_t>(b.size()));
}

inline QByteArray bytes(std::string_view v)
{
    return QByteArray(v.data(), static_cast<qsizetype>(v.size()));
}

// A compact, stable description of everything a FETCH filled, for readable comparisons.
inline QByteArray describe(const protocols::HeaderRecord &r)
{
    QByteArrayList parts;
    auto add = [&parts](const char *name, const QByteArray &value) {
        if (!value.isEmpty())
            parts << QByteArray(QByteArray(name) + '=' + value);
    };
    if (r.uid)
        add("uid", QByteArray::number(r.uid));
    if (r.size)
        add("size", QByteArray::number(r.size));
    if (r.internalDate)
        add("internaldate", QByteArray::number(r.internalDate));
    if (r.modseq)
        add("modseq", QByteArray::number(r.modseq));
    QByteArray flags = r.flags.toImapList();
    if (r.flags.bits & protocols::FlagRecent)
        flags += flags.isEmpty() ? "\\Recent" : " \\Recent";
    add("flags", flags);
    add("date", r.date);
    add("subject", r.subject);
    add("from", r.from);
    add("to", r.to);
    add("cc", r.cc);
    add("inreplyto", r.inReplyTo);
    add("messageid", r.messageId);
    add("references", r.references);
    return parts.join('|');
}

inline QByteArray readData(const char *name)
{
    QFile f(QStringLiteral(POSTIER_TEST_DATA "/imap/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

inline QList<QByteArray> cut(const QByteArray &stream)
{
    protocols::imap::ResponseBuffer buffer;
    buffer.append(stream.constData(), static_cast<size_t>(stream.size()));
    QList<QByteArray> out;
    std::string_view r;
    while (buffer.take(&r))
        out << bytes(r);
    return out;
}

// The RFC 3501 section 8 example, on one line as a server sends it.
inline constexpr char kRfc3501Fetch[] =
    "* 12 FETCH (FLAGS (\\Seen) INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" "
    "RFC822.SIZE 4286 ENVELOPE (\"Wed, 17 Jul 1996 02:23:25 -0700 (PDT)\" "
    "\"IMAP4rev1 WG mtg summary and minutes\" "
    "((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) "
    "((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) "
    "((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) "
    "((NIL NIL \"imap\" \"cac.washington.edu\")) "
    "((NIL NIL \"minutes\" \"CNRI.Reston.VA.US\")"
    "(\"John Klensin\" NIL \"KLENSIN\" \"MIT.EDU\")) NIL NIL "
    "\"<B27397-0100000@cac.washington.edu>\") "
    "BODY (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 3028 92))\r\n";

// What describe() gives for kRfc3501Fetch.
inline constexpr char kRfc3501Expected[] =
    "size=4286|internaldate=837596665|flags=\\Seen"
    "|date=Wed, 17 Jul 1996 02:23:25 -0700 (PDT)|subject=IMAP4rev1 WG mtg summary and minutes"
    "|from=Terry Gray <gray@cac.washington.edu>|to=imap@cac.washington.edu"
    "|cc=minutes@CNRI.Reston.VA.US, John Klensin <KLENSIN@MIT.EDU>"
    "|messageid=<B27397-0100000@cac.washington.edu>";

} // namespace postier::test
