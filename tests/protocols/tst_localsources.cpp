#include "protocols/imap/MessageFlags.h"
#include "protocols/local/LocalMessageInfo.h"
#include "protocols/local/LocalSource.h"
#include "protocols/local/MaildirStore.h"
#include "protocols/local/MessageFilter.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

using namespace postier::protocols;
using postier::protocols::localsource::MessageFilter;

namespace {

QByteArray operator""_b(const char *s, size_t n)
{
    return QByteArray(s, static_cast<qsizetype>(n));
}

void writeFile(const QString &path, const QByteArray &data, qint64 mtime = 0)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(f.write(data), data.size());
    f.close();
    if (mtime > 0) {
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::fromSecsSinceEpoch(mtime),
                              QFileDevice::FileModificationTime));
    }
}

qint64 localTime(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::LocalTime).toSecsSinceEpoch();
}

qint64 utcTime(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toSecsSinceEpoch();
}

std::unique_ptr<LocalSource> openSource(const QString &spec, bool clean = false)
{
    Error error;
    LocalSourceOptions options;
    options.cleanMozillaHeaders = clean;
    auto source = LocalSource::open(spec, options, &error);
    if (!source)
        qWarning("%s", qPrintable(error.sentence()));
    return source;
}

QList<LocalSourceMessage> messagesOf(const LocalSource &source, const QString &folder)
{
    QList<LocalSourceMessage> out;
    Error error;
    const bool ok = source.forEachMessage(folder, [&](const LocalSourceMessage &m) {
        out << m;
        return true;
    }, &error);
    if (!ok)
        qWarning("%s", qPrintable(error.sentence()));
    return out;
}

// Reads the device in odd-sized steps, as an uploader would, and checks the device's contract
// (nothing available only at the end).
QByteArray readDevice(QIODevice &device, qint64 step = 4093)
{
    QByteArray out;
    QByteArray buffer(step, Qt::Uninitialized);
    for (;;) {
        if (device.atEnd())
            break;
        const qint64 n = device.read(buffer.data(), step);
        if (n <= 0)
            break;
        out.append(buffer.constData(), n);
    }
    return out;
}

QByteArray bytesOf(const LocalSource &source, const QString &folder, const QString &id,
                   qint64 step = 4093)
{
    Error error;
    auto device = source.openMessage(folder, id, &error);
    if (!device) {
        qWarning("%s", qPrintable(error.sentence()));
        return QByteArrayLiteral("<could not open>");
    }
    return readDevice(*device, step);
}

QStringList folderPaths(const LocalSource &source)
{
    Error error;
    QStringList out;
    for (const LocalSourceFolder &f : source.folders(&error))
        out << f.path + (f.specialUse.isEmpty() ? QString() : QLatin1Char(' ') + f.specialUse)
                + (f.holdsMessages ? QString() : QStringLiteral(" (levels only)"));
    return out;
}

// Every message of every folder: the bytes yielded are exactly `size`, and the header block is
// the start of those bytes up to the empty line.
void checkSizesAndHeaderBlocks(const LocalSource &source)
{
    Error error;
    for (const LocalSourceFolder &f : source.folders(&error)) {
        for (const LocalSourceMessage &m : messagesOf(source, f.path)) {
            const QByteArray bytes = bytesOf(source, f.path, m.id);
            QVERIFY2(bytes.size() == m.size,
                     qPrintable(QStringLiteral("%1 %2: %3 bytes, size says %4")
                                    .arg(f.path, m.id).arg(bytes.size()).arg(m.size)));
            const qsizetype blank = bytes.startsWith("\r\n") ? 0 : bytes.indexOf("\r\n\r\n");
            const QByteArray header = blank < 0 ? bytes : bytes.left(blank == 0 ? 0 : blank + 2);
            QCOMPARE(m.headerBlock, header.left(MessageFilter::kHeaderBlockCap));
            QCOMPARE(m.containsNul, bytes.contains('\0'));
        }
    }
}

#ifdef Q_OS_LINUX
qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}
#endif

} // namespace

class TestLocalSources : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void largeMessagesStream();
    void specialUseGuesses();
    void badSpecsAreSentences();
    void maildirPlusPlus();
    void nestedMaildir();
    void mboxSplittingAndQuoting();
    void mboxIdsAreStableAndChecked();
    void mboxLeadingBytesAreNotLost();
    void mboxDirectory();
    void thunderbirdAccountFolder();
    void thunderbirdProfile();
    void cleanMozillaHeadersOnAndOff();
    void emlTree();
    void hostileCorpus();
    void visitorCanStop();
    void readFailuresAreSentences();
};

void TestLocalSources::specialUseGuesses()
{
    const QList<std::pair<const char *, const char *>> table = {
        {"Sent", "\\Sent"},         {"sent items", "\\Sent"},    {"Envoyés", "\\Sent"},
        {"ENVOYES", "\\Sent"},      {"Gesendet", "\\Sent"},      {"Posta inviata", "\\Sent"},
        {"Brouillons", "\\Drafts"}, {"Entwürfe", "\\Drafts"},    {"Bozze", "\\Drafts"},
        {"Corbeille", "\\Trash"},   {"Papierkorb", "\\Trash"},   {"Cestino", "\\Trash"},
        {"Deleted Items", "\\Trash"}, {"Junk", "\\Junk"},        {"Spam", "\\Junk"},
        {"Courrier indésirable", "\\Junk"}, {"Archives", "\\Archive"},
        {"Archivio", "\\Archive"},  {"Templates", ""},           {"Unsent Messages", ""},
        {"Inbox", ""},               {"Sentinel", ""}};
    for (const auto &[name, use] : table)
        QCOMPARE(LocalSource::guessSpecialUse(QString::fromUtf8(name)), QLatin1String(use));
}

void TestLocalSources::badSpecsAreSentences()
{
    Error error;
    for (const char *spec : {"", "Mail", "pop3:/tmp", "maildir:", "imap://x"}) {
        error = Error();
        QVERIFY(!LocalSource::open(QLatin1String(spec), {}, &error));
        QCOMPARE(error.kind(), ErrorKind::Usage);
        QVERIFY2(error.sentence().contains(QLatin1String("maildir:PATH")), qPrintable(error.sentence()));
    }
    QTemporaryDir tmp;
    const QString missing = tmp.filePath(QStringLiteral("nothing-here"));
    QVERIFY(!LocalSource::open(QStringLiteral("mbox:") + missing, {}, &error));
    QCOMPARE(error.kind(), ErrorKind::LocalIo);
    QVERIFY(error.sentence().contains(missing));
    QVERIFY(error.sentence().contains(QLatin1String("does not exist")));
    // A directory that holds no mail of the kind asked for is refused with a sentence, not read
    // as an empty source (a typo must not "migrate" nothing successfully).
    writeFile(tmp.filePath(QStringLiteral("notes.txt")), "hello\n");
    for (const char *kind : {"maildir:", "mbox:", "thunderbird:", "eml:"}) {
        error = Error();
        QVERIFY(!LocalSource::open(QLatin1String(kind) + tmp.path(), {}, &error));
        QCOMPARE(error.kind(), ErrorKind::Usage);
        QVERIFY2(error.sentence().contains(tmp.path()), qPrintable(error.sentence()));
    }
}

void TestLocalSources::maildirPlusPlus()
{
    QTemporaryDir tmp;
    MaildirStore store(tmp.filePath(QStringLiteral("Maildir")));
    QVERIFY(store.open());
    for (const char *f : {"Sent", "Archive/2024", "Drafts"})
        QVERIFY(store.createFolder(QLatin1String(f)));
    const qint64 t1 = utcTime(2023, 5, 1, 12, 0, 0);
    const QString a = store.deliver(QStringLiteral("INBOX"), "Subject: a\n\nbare lf\n"_b, {}, t1);
    const QString b = store.deliver(QStringLiteral("INBOX"), "Subject: b\r\n\r\ncrlf\r\n"_b,
                                    QStringLiteral("SRFDP"), t1 + 60);
    const QString c = store.deliver(QStringLiteral("Archive/2024"), "Subject: c\n\nx"_b,
                                    QStringLiteral("Tab"), t1 + 120);
    QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
    // dovecot keeps names in modified UTF-7.
    const QString envoyes = tmp.filePath(QStringLiteral("Maildir/.Envoy&AOk-s"));
    for (const char *sub : {"/cur", "/new", "/tmp"})
        QVERIFY(QDir().mkpath(envoyes + QLatin1String(sub)));
    writeFile(envoyes + QStringLiteral("/cur/1700000000.M1P1.host:2,S"), "Subject: e\n\n\xe9\n"_b,
              t1 + 180);

    auto source = openSource(QStringLiteral("maildir:") + store.rootPath());
    QVERIFY(source);
    QVERIFY(source->description().contains(store.rootPath()));
    QCOMPARE(folderPaths(*source),
             (QStringList{QStringLiteral("INBOX"), QStringLiteral("Archive (levels only)"),
                          QStringLiteral("Archive/2024"), QStringLiteral("Drafts \\Drafts"),
                          QStringLiteral("Envoyés \\Sent"), QStringLiteral("Sent")}));

    const auto inbox = messagesOf(*source, QStringLiteral("INBOX"));
    QCOMPARE(inbox.size(), 2);
    for (const LocalSourceMessage &m : inbox) {
        if (m.id == a) {
            QCOMPARE(m.flags, quint8(0));
            QCOMPARE(m.internalDate, t1);
            QCOMPARE(bytesOf(*source, QStringLiteral("INBOX"), m.id), "Subject: a\r\n\r\nbare lf\r\n"_b);
            QCOMPARE(m.size, 23);
            QCOMPARE(m.headerBlock, "Subject: a\r\n"_b);
        } else {
            QCOMPARE(m.id, b);
            QCOMPARE(m.flags, quint8(FlagSeen | FlagAnswered | FlagFlagged | FlagDraft | FlagForwarded));
            QCOMPARE(m.internalDate, t1 + 60);
            QCOMPARE(bytesOf(*source, QStringLiteral("INBOX"), m.id), "Subject: b\r\n\r\ncrlf\r\n"_b);
        }
        QVERIFY(m.keywords.isEmpty());
    }
    const auto archived = messagesOf(*source, QStringLiteral("Archive/2024"));
    QCOMPARE(archived.size(), 1);
    QCOMPARE(archived.at(0).id, c);
    // T is shown as Deleted; keyword letters are not mapped.
    QCOMPARE(archived.at(0).flags, quint8(FlagDeleted));
    QVERIFY(archived.at(0).keywords.isEmpty());
    const auto sent = messagesOf(*source, QStringLiteral("Envoyés"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).id, QStringLiteral("1700000000.M1P1.host"));
    QCOMPARE(sent.at(0).flags, quint8(FlagSeen));
    QCOMPARE(messagesOf(*source, QStringLiteral("Archive")).size(), 0);
    checkSizesAndHeaderBlocks(*source);

    // The id survives a flag change (the file is renamed), and a second open lists the same ids.
    QVERIFY(store.setFlags(QStringLiteral("INBOX"), a, QStringLiteral("S")));
    // The listing's idea of where the file is is now stale: the message is still found.
    QCOMPARE(bytesOf(*source, QStringLiteral("INBOX"), a), "Subject: a\r\n\r\nbare lf\r\n"_b);
    // Opening without listing first works too.
    QCOMPARE(bytesOf(*openSource(QStringLiteral("maildir:") + store.rootPath()), QStringLiteral("INBOX"), b),
             "Subject: b\r\n\r\ncrlf\r\n"_b);
    auto again = openSource(QStringLiteral("maildir:") + store.rootPath());
    QStringList ids;
    for (const auto &m : messagesOf(*again, QStringLiteral("INBOX")))
        ids << m.id;
    ids.sort();
    QStringList expected{a, b};
    expected.sort();
    QCOMPARE(ids, expected);
    QCOMPARE(bytesOf(*again, QStringLiteral("INBOX"), a), "Subject: a\r\n\r\nbare lf\r\n"_b);
    Error error;
    QVERIFY(!again->openMessage(QStringLiteral("INBOX"), QStringLiteral("nope"), &error));
    QCOMPARE(error.kind(), ErrorKind::NotFound);
    QVERIFY(!again->forEachMessage(QStringLiteral("Nope"), [](const auto &) { return true; }, &error));
    QCOMPARE(error.kind(), ErrorKind::NotFound);
    QVERIFY(error.sentence().contains(QLatin1String("Nope")));
}

void TestLocalSources::nestedMaildir()
{
    QTemporaryDir tmp;
    const QString root = tmp.filePath(QStringLiteral("mbsync"));
    auto maildir = [&](const QString &rel) {
        for (const char *sub : {"/cur", "/new", "/tmp"})
            QVERIFY(QDir().mkpath(root + QLatin1Char('/') + rel + QLatin1String(sub)));
    };
    // mbsync "SubFolders Verbatim" with the Inbox inside the tree: the root is not a Maildir.
    maildir(QStringLiteral("Inbox"));
    maildir(QStringLiteral("Archive/2024"));
    maildir(QStringLiteral("Lists/qt/interest"));
    maildir(QStringLiteral("Gesendet"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/attachments/old"))); // no Maildir below
    writeFile(root + QStringLiteral("/Inbox/new/111.a.host"), "Subject: new\n\nn\n"_b, 1000000000);
    writeFile(root + QStringLiteral("/Lists/qt/interest/cur/222.b.host:2,FS"), "Subject: q\n\nq\n"_b,
              1100000000);
    writeFile(root + QStringLiteral("/Gesendet/cur/333.c.host:2,"), "Subject: g\n\ng\n"_b, 1200000000);

    auto source = openSource(QStringLiteral("maildir:") + root);
    QVERIFY(source);
    QCOMPARE(folderPaths(*source),
             (QStringList{QStringLiteral("INBOX"), QStringLiteral("Archive (levels only)"),
                          QStringLiteral("Archive/2024"), QStringLiteral("Gesendet \\Sent"),
                          QStringLiteral("Lists (levels only)"), QStringLiteral("Lists/qt (levels only)"),
                          QStringLiteral("Lists/qt/interest")}));
    const auto inbox = messagesOf(*source, QStringLiteral("INBOX"));
    QCOMPARE(inbox.size(), 1);
    QCOMPARE(inbox.at(0).id, QStringLiteral("111.a.host"));
    QCOMPARE(inbox.at(0).internalDate, 1000000000);
    const auto list = messagesOf(*source, QStringLiteral("Lists/qt/interest"));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).id, QStringLiteral("222.b.host"));
    QCOMPARE(list.at(0).flags, quint8(FlagSeen | FlagFlagged));
    QCOMPARE(messagesOf(*source, QStringLiteral("Gesendet")).at(0).flags, quint8(0));
    checkSizesAndHeaderBlocks(*source);

    // dovecot LAYOUT=fs: the root is the INBOX and folders are plain directories.
    const QString fs = tmp.filePath(QStringLiteral("fs"));
    for (const char *rel : {"", "/Trash", "/Work/Clients"})
        for (const char *sub : {"/cur", "/new", "/tmp"})
            QVERIFY(QDir().mkpath(fs + QLatin1String(rel) + QLatin1String(sub)));
    writeFile(fs + QStringLiteral("/cur/1.x:2,S"), "Subject: root\n\nr\n"_b);
    auto fsSource = openSource(QStringLiteral("maildir:") + fs);
    QVERIFY(fsSource);
    QCOMPARE(folderPaths(*fsSource),
             (QStringList{QStringLiteral("INBOX"), QStringLiteral("Trash \\Trash"),
                          QStringLiteral("Work (levels only)"), QStringLiteral("Work/Clients")}));
    QCOMPARE(messagesOf(*fsSource, QStringLiteral("INBOX")).size(), 1);
}

void TestLocalSources::mboxSplittingAndQuoting()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("archive.mbox"));
    const QByteArray mbox =
        "From anna@example.com Sat Jan  6 23:59:01 2001\n"
        "Subject: one\n"
        "Status: RO\n"
        "X-Status: AF\n"
        "\n"
        "From here on, a body line that is not an envelope.\n"
        ">From a quoted line\n"
        ">>From a twice quoted line\n"
        "\n"
        "From the meeting on Jul 4 2023 at 10:30\n"
        "\n"
        "From bob@example.com Sun Jan  7 08:00:00 2001\n"
        "Subject: two\r\n"
        "Status: O\r\n"
        "X-Status: DT\r\n"
        "Content-Length: 3\r\n"
        "\r\n"
        "crlf body that is longer than its Content-Length\r\n"
        "\r\n"
        "From carol@example.com Mon Jan  8 09:00:00 2001 +0100\n"
        "Subject: three, not preceded by an empty line\n"
        "\n"
        "ends without a blank\n"
        "From dave@example.com Tue Jan  9 10:00:00 2001\n"
        "Subject: four\n"
        "Date: Wed, 10 Jan 2001 00:00:00 +0000\n"
        "\n"
        "\n"
        "two blank lines above and one kept below\n"
        "\n"
        "\n"_b;
    writeFile(path, mbox, 1500000000);
    auto source = openSource(QStringLiteral("mbox:") + path);
    QVERIFY(source);
    // A single file is a top-level folder, so its name is guessed like any other.
    QCOMPARE(folderPaths(*source), QStringList{QStringLiteral("archive \\Archive")});
    const auto messages = messagesOf(*source, QStringLiteral("archive"));
    QCOMPARE(messages.size(), 4);
    QCOMPARE(messages.at(0).id, QStringLiteral("0-")
                 + QString::fromLatin1(localsource::envelopeHash(
                     "From anna@example.com Sat Jan  6 23:59:01 2001")));
    QCOMPARE(bytesOf(*source, QStringLiteral("archive"), messages.at(0).id),
             "Subject: one\r\nStatus: RO\r\nX-Status: AF\r\n\r\n"
             "From here on, a body line that is not an envelope.\r\n"
             "From a quoted line\r\n"
             ">From a twice quoted line\r\n"
             "\r\n"
             "From the meeting on Jul 4 2023 at 10:30\r\n"_b);
    QCOMPARE(messages.at(0).flags, quint8(FlagSeen | FlagAnswered | FlagFlagged));
    QCOMPARE(messages.at(0).internalDate, localTime(2001, 1, 6, 23, 59, 1));

    QCOMPARE(bytesOf(*source, QStringLiteral("archive"), messages.at(1).id),
             "Subject: two\r\nStatus: O\r\nX-Status: DT\r\nContent-Length: 3\r\n\r\n"
             "crlf body that is longer than its Content-Length\r\n"_b);
    QCOMPARE(messages.at(1).flags, quint8(FlagDeleted | FlagDraft));
    QCOMPARE(messages.at(1).headerBlock,
             "Subject: two\r\nStatus: O\r\nX-Status: DT\r\nContent-Length: 3\r\n"_b);

    QCOMPARE(bytesOf(*source, QStringLiteral("archive"), messages.at(2).id),
             "Subject: three, not preceded by an empty line\r\n\r\nends without a blank\r\n"_b);
    QCOMPARE(messages.at(2).internalDate, utcTime(2001, 1, 8, 8, 0, 0));
    QCOMPARE(messages.at(2).flags, quint8(0));

    QCOMPARE(bytesOf(*source, QStringLiteral("archive"), messages.at(3).id),
             "Subject: four\r\nDate: Wed, 10 Jan 2001 00:00:00 +0000\r\n\r\n\r\n"
             "two blank lines above and one kept below\r\n\r\n"_b);
    // The store's date wins over the Date header.
    QCOMPARE(messages.at(3).internalDate, localTime(2001, 1, 9, 10, 0, 0));
    checkSizesAndHeaderBlocks(*source);
    // Reading in one-byte steps gives the same bytes.
    QCOMPARE(bytesOf(*source, QStringLiteral("archive"), messages.at(0).id, 1),
             bytesOf(*source, QStringLiteral("archive"), messages.at(0).id));
}

void TestLocalSources::mboxIdsAreStableAndChecked()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("inbox"));
    QByteArray mbox;
    for (int i = 0; i < 5; ++i)
        mbox += "From x@y Mon Jan  1 00:00:0" + QByteArray::number(i) + " 2024\nSubject: "
            + QByteArray::number(i) + "\n\nbody " + QByteArray::number(i) + "\n\n";
    writeFile(path, mbox);
    QStringList first, second;
    {
        auto source = openSource(QStringLiteral("mbox:") + path);
        QVERIFY(source);
        QCOMPARE(folderPaths(*source), QStringList{QStringLiteral("INBOX")});
        for (const auto &m : messagesOf(*source, QStringLiteral("INBOX")))
            first << m.id;
    }
    auto source = openSource(QStringLiteral("mbox:") + path);
    for (const auto &m : messagesOf(*source, QStringLiteral("INBOX")))
        second << m.id;
    QCOMPARE(first.size(), 5);
    QCOMPARE(first, second);
    QCOMPARE(QSet<QString>(first.cbegin(), first.cend()).size(), 5);
    QCOMPARE(bytesOf(*source, QStringLiteral("INBOX"), first.at(3)), "Subject: 3\r\n\r\nbody 3\r\n"_b);

    // The file changes under us (another message written at the start): the old ids now point
    // at the wrong place, and opening them says so instead of uploading the wrong bytes.
    writeFile(path, "From z@y Sun Dec 31 00:00:00 2023\nSubject: new\n\nnew\n\n"_b + mbox);
    Error error;
    QVERIFY(!source->openMessage(QStringLiteral("INBOX"), first.at(3), &error));
    QCOMPARE(error.kind(), ErrorKind::NotFound);
    QVERIFY2(error.sentence().contains(QLatin1String("List the folder again")), qPrintable(error.sentence()));
    for (const char *bad : {"", "12", "x-y", "-1-abc", "99999999-00000000"}) {
        QVERIFY(!source->openMessage(QStringLiteral("INBOX"), QLatin1String(bad), &error));
        QCOMPARE(error.kind(), ErrorKind::NotFound);
    }
}

void TestLocalSources::mboxLeadingBytesAreNotLost()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("broken.mbx"));
    writeFile(path, "\n\nSubject: no envelope\n\nlost?\n\nFrom a@b Mon Jan  1 00:00:00 2024\n"
                    "Subject: second\n\nok\n"_b, 1600000000);
    auto source = openSource(QStringLiteral("mbox:") + path);
    QVERIFY(source);
    const auto messages = messagesOf(*source, QStringLiteral("broken"));
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).id, QStringLiteral("2-da39a3ee"));
    QCOMPARE(messages.at(0).internalDate, 1600000000); // no envelope, no Date: the file time
    QCOMPARE(bytesOf(*source, QStringLiteral("broken"), messages.at(0).id),
             "Subject: no envelope\r\n\r\nlost?\r\n"_b);
    QCOMPARE(bytesOf(*source, QStringLiteral("broken"), messages.at(1).id), "Subject: second\r\n\r\nok\r\n"_b);
    checkSizesAndHeaderBlocks(*source);
}

void TestLocalSources::mboxDirectory()
{
    QTemporaryDir tmp;
    const QByteArray one = "From a@b Mon Jan  1 00:00:00 2024\nSubject: x\n\nx\n"_b;
    writeFile(tmp.filePath(QStringLiteral("Inbox")), one);
    writeFile(tmp.filePath(QStringLiteral("sent-mail")), one);
    writeFile(tmp.filePath(QStringLiteral("Sent")), one);
    writeFile(tmp.filePath(QStringLiteral("Lists/qt-interest.mbox")), one + one);
    writeFile(tmp.filePath(QStringLiteral("Lists/notes.txt")), "not mail\n"_b);
    writeFile(tmp.filePath(QStringLiteral("Lists/empty.mbox")), QByteArray());
    writeFile(tmp.filePath(QStringLiteral(".hidden")), one);
    writeFile(tmp.filePath(QStringLiteral("pictures/cat.jpg")), "\xff\xd8\xff"_b);
    writeFile(tmp.filePath(QStringLiteral("Old.sbd/Older")), one);
    auto source = openSource(QStringLiteral("mbox:") + tmp.path());
    QVERIFY(source);
    QCOMPARE(folderPaths(*source),
             (QStringList{QStringLiteral("INBOX"), QStringLiteral("Lists (levels only)"),
                          QStringLiteral("Lists/empty"), QStringLiteral("Lists/qt-interest"),
                          QStringLiteral("Old (levels only)"), QStringLiteral("Old/Older"),
                          QStringLiteral("Sent \\Sent"), QStringLiteral("sent-mail")}));
    QCOMPARE(messagesOf(*source, QStringLiteral("Lists/qt-interest")).size(), 2);
    QCOMPARE(messagesOf(*source, QStringLiteral("Lists/empty")).size(), 0);
    QCOMPARE(messagesOf(*source, QStringLiteral("inbox")).size(), 1);
}

namespace {
QByteArray tbMessage(const char *status, const char *keys, const QByteArray &subject,
                     const QByteArray &extra = {})
{
    QByteArray m = "From - Tue Mar 05 10:00:00 2024\r\nX-Mozilla-Status: "_b + status + "\r\n"
                   "X-Mozilla-Status2: 00000000\r\n" + extra;
    if (keys)
        m += "X-Mozilla-Keys: " + QByteArray(keys) + "                                         \r\n";
    m += "Subject: " + subject + "\r\nMessage-ID: <" + subject + "@example.com>\r\n\r\nBody of "
        + subject + "\r\n\r\n";
    return m;
}

// A Thunderbird account folder: Inbox with flags, keywords and an expunged message; special
// folders; .sbd nesting three levels deep; the files Thunderbird keeps beside its folders.
void writeThunderbirdAccount(const QString &dir)
{
    writeFile(dir + QStringLiteral("/Inbox"),
              tbMessage("0001", nullptr, "read") + tbMessage("0002", "$label1", "replied")
                  + tbMessage("0004", "$label2 custom-tag $Forwarded", "flagged")
                  + tbMessage("0009", nullptr, "expunged") + tbMessage("1000", nullptr, "forwarded")
                  + tbMessage("0000", "bad(atom) \xc3\xa9t\xc3\xa9 ok", "unread"));
    writeFile(dir + QStringLiteral("/Inbox.msf"), "// <!-- <mdb:mork:z v=\"1.4\"/> -->\n"_b);
    for (const char *name : {"Sent", "Drafts", "Trash", "Junk", "Archives", "Templates",
                             "Unsent Messages"}) {
        // Filed later: the envelope has the time of filing, Received the time of arrival.
        const QByteArray received = qstrcmp(name, "Archives") == 0
            ? "Received: from mx.example.com by pop.example.com;\r\n\tMon, 4 Mar 2024 08:30:00 +0000\r\n"_b
            : QByteArray();
        writeFile(dir + QLatin1Char('/') + QLatin1String(name), tbMessage("0001", nullptr, name, received));
        writeFile(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".msf"), "mork"_b);
    }
    writeFile(dir + QStringLiteral("/Projects"), QByteArray());
    writeFile(dir + QStringLiteral("/Projects.sbd/Alpha"), tbMessage("0001", nullptr, "alpha"));
    writeFile(dir + QStringLiteral("/Projects.sbd/Alpha.msf"), "mork"_b);
    // "Beta" has subfolders but no mbox file of its own (Thunderbird may leave it so).
    writeFile(dir + QStringLiteral("/Projects.sbd/Beta.sbd/Specs"), tbMessage("0005", nullptr, "spec"));
    writeFile(dir + QStringLiteral("/Projects.sbd/Beta.sbd/Specs.msf"), "mork"_b);
    writeFile(dir + QStringLiteral("/Projects.sbd/Beta.sbd/Specs.sbd/Drafts"),
              tbMessage("0008", nullptr, "gone") + tbMessage("0000", nullptr, "deep"));
    writeFile(dir + QStringLiteral("/Projects.sbd/Beta.sbd/Specs.sbd/Drafts.msf"), "mork"_b);
    writeFile(dir + QStringLiteral("/msgFilterRules.dat"), "version=\"9\"\n"_b);
    writeFile(dir + QStringLiteral("/popstate.dat"), "# POP3 State File\n"_b);
    writeFile(dir + QStringLiteral("/folderTree.json"), "{}"_b);
    writeFile(dir + QStringLiteral("/filterlog.html"), "<html>"_b);
}
} // namespace

void TestLocalSources::thunderbirdAccountFolder()
{
    QTemporaryDir tmp;
    const QString account = tmp.filePath(QStringLiteral("Mail/pop.example.com"));
    writeThunderbirdAccount(account);
    auto source = openSource(QStringLiteral("thunderbird:") + account);
    QVERIFY(source);
    QCOMPARE(folderPaths(*source),
             (QStringList{QStringLiteral("INBOX"), QStringLiteral("Archives \\Archive"),
                          QStringLiteral("Drafts \\Drafts"), QStringLiteral("Junk \\Junk"),
                          QStringLiteral("Projects"), QStringLiteral("Projects/Alpha"),
                          QStringLiteral("Projects/Beta (levels only)"),
                          QStringLiteral("Projects/Beta/Specs"),
                          QStringLiteral("Projects/Beta/Specs/Drafts"),
                          QStringLiteral("Sent \\Sent"), QStringLiteral("Templates"),
                          QStringLiteral("Trash \\Trash"), QStringLiteral("Unsent Messages")}));
    const auto inbox = messagesOf(*source, QStringLiteral("INBOX"));
    QStringList subjects;
    for (const auto &m : inbox)
        subjects << QString::fromLatin1(m.headerBlock.mid(m.headerBlock.indexOf("Subject: ") + 9).split('\r').at(0));
    QCOMPARE(subjects, (QStringList{QStringLiteral("read"), QStringLiteral("replied"),
                                    QStringLiteral("flagged"), QStringLiteral("forwarded"),
                                    QStringLiteral("unread")}));
    QCOMPARE(source->skippedDeleted(QStringLiteral("INBOX")), 1);
    QCOMPARE(inbox.at(0).flags, quint8(FlagSeen));
    QCOMPARE(inbox.at(1).flags, quint8(FlagAnswered));
    QCOMPARE(inbox.at(1).keywords, QStringList{QStringLiteral("$label1")});
    QCOMPARE(inbox.at(2).flags, quint8(FlagFlagged | FlagForwarded));
    QCOMPARE(inbox.at(2).keywords, (QStringList{QStringLiteral("$label2"), QStringLiteral("custom-tag")}));
    QCOMPARE(inbox.at(3).flags, quint8(FlagForwarded));
    QCOMPARE(inbox.at(4).flags, quint8(0));
    QCOMPARE(inbox.at(4).keywords, QStringList{QStringLiteral("ok")});
    for (const auto &m : inbox)
        QCOMPARE(m.internalDate, localTime(2024, 3, 5, 10, 0, 0));
    // Without cleaning, Thunderbird's headers travel with the message, byte for byte.
    QCOMPARE(bytesOf(*source, QStringLiteral("INBOX"), inbox.at(0).id),
             "X-Mozilla-Status: 0001\r\nX-Mozilla-Status2: 00000000\r\nSubject: read\r\n"
             "Message-ID: <read@example.com>\r\n\r\nBody of read\r\n"_b);

    const auto deep = messagesOf(*source, QStringLiteral("Projects/Beta/Specs/Drafts"));
    QCOMPARE(deep.size(), 1);
    QCOMPARE(source->skippedDeleted(QStringLiteral("Projects/Beta/Specs/Drafts")), 1);
    QVERIFY(deep.at(0).headerBlock.contains("Subject: deep"));
    QCOMPARE(messagesOf(*source, QStringLiteral("Projects/Beta/Specs")).at(0).flags,
             quint8(FlagSeen | FlagFlagged));
    QCOMPARE(messagesOf(*source, QStringLiteral("Projects")).size(), 0);
    QCOMPARE(source->skippedDeleted(QStringLiteral("Sent")), 0);
    QCOMPARE(messagesOf(*source, QStringLiteral("Archives")).at(0).internalDate,
             utcTime(2024, 3, 4, 8, 30, 0));
    checkSizesAndHeaderBlocks(*source);
}

void TestLocalSources::thunderbirdProfile()
{
    QTemporaryDir tmp;
    const QString profile = tmp.filePath(QStringLiteral("abcd1234.default-release"));
    writeThunderbirdAccount(profile + QStringLiteral("/Mail/Local Folders"));
    writeFile(profile + QStringLiteral("/ImapMail/imap.example.com/INBOX"),
              tbMessage("0001", nullptr, "imap"));
    writeFile(profile + QStringLiteral("/ImapMail/imap.example.com/INBOX.msf"), "mork"_b);
    writeFile(profile + QStringLiteral("/ImapMail/imap.example.com/INBOX.sbd/Sent"),
              tbMessage("0001", nullptr, "imapsent"));
    writeFile(profile + QStringLiteral("/ImapMail/imap.example.com/INBOX.sbd/Sent.msf"), "mork"_b);
    writeFile(profile + QStringLiteral("/ImapMail/imap.example.com/[Gmail].sbd/Trash"),
              tbMessage("0001", nullptr, "gmailtrash"));
    writeFile(profile + QStringLiteral("/prefs.js"), "user_pref();\n"_b);
    QVERIFY(QDir().mkpath(profile + QStringLiteral("/Mail/smart mailboxes"))); // no folders
    auto source = openSource(QStringLiteral("thunderbird:") + profile);
    QVERIFY(source);
    QVERIFY(source->description().contains(profile));
    const QStringList paths = folderPaths(*source);
    QCOMPARE(paths.mid(0, 6),
             (QStringList{QStringLiteral("imap.example.com (levels only)"),
                          QStringLiteral("imap.example.com/[Gmail] (levels only)"),
                          QStringLiteral("imap.example.com/[Gmail]/Trash"),
                          QStringLiteral("imap.example.com/INBOX"),
                          QStringLiteral("imap.example.com/INBOX/Sent"),
                          QStringLiteral("Local Folders (levels only)")}));
    // Each special use goes to one folder: the account level first, then INBOX/[Gmail] children.
    QVERIFY(paths.contains(QStringLiteral("Local Folders/Sent \\Sent")));
    QVERIFY(paths.contains(QStringLiteral("Local Folders/Trash \\Trash")));
    QVERIFY(paths.contains(QStringLiteral("Local Folders/Projects/Beta/Specs/Drafts")));
    QVERIFY(paths.contains(QStringLiteral("Local Folders/Inbox")));
    QCOMPARE(paths.size(), 6 + 13);
    QCOMPARE(messagesOf(*source, QStringLiteral("Local Folders/Inbox")).size(), 5);
    QCOMPARE(source->skippedDeleted(QStringLiteral("Local Folders/Inbox")), 1);
    QCOMPARE(messagesOf(*source, QStringLiteral("imap.example.com/INBOX/Sent")).size(), 1);

    // Mail/ itself is understood too: its accounts become the top level.
    auto mail = openSource(QStringLiteral("thunderbird:") + profile + QStringLiteral("/Mail"));
    QVERIFY(mail);
    QCOMPARE(folderPaths(*mail).at(0), QStringLiteral("Local Folders (levels only)"));
    QVERIFY(folderPaths(*mail).contains(QStringLiteral("Local Folders/Sent \\Sent")));
}

void TestLocalSources::cleanMozillaHeadersOnAndOff()
{
    QTemporaryDir tmp;
    writeThunderbirdAccount(tmp.filePath(QStringLiteral("acct")));
    writeFile(tmp.filePath(QStringLiteral("eml/one.eml")),
              "X-Mozilla-Status: 0003\nX-Mozilla-Keys: later\nSubject: eml\n\nx\n"_b);
    for (bool clean : {false, true}) {
        auto source = openSource(QStringLiteral("thunderbird:") + tmp.filePath(QStringLiteral("acct")), clean);
        QVERIFY(source);
        checkSizesAndHeaderBlocks(*source);
        const auto inbox = messagesOf(*source, QStringLiteral("INBOX"));
        QCOMPARE(inbox.size(), 5);
        const QByteArray bytes = bytesOf(*source, QStringLiteral("INBOX"), inbox.at(2).id);
        QCOMPARE(bytes.contains("X-Mozilla-"), !clean);
        QCOMPARE(inbox.at(2).headerBlock.contains("X-Mozilla-"), !clean);
        // Cleaning changes neither what we learnt from those headers nor anything else.
        QCOMPARE(inbox.at(2).flags, quint8(FlagFlagged | FlagForwarded));
        QCOMPARE(inbox.at(2).keywords.size(), 2);
        if (clean) {
            QCOMPARE(bytes, "Subject: flagged\r\nMessage-ID: <flagged@example.com>\r\n\r\n"
                            "Body of flagged\r\n"_b);
            QCOMPARE(inbox.at(2).size, bytes.size());
        }
        auto eml = openSource(QStringLiteral("eml:") + tmp.filePath(QStringLiteral("eml")), clean);
        const auto m = messagesOf(*eml, QStringLiteral("INBOX"));
        QCOMPARE(m.size(), 1);
        QCOMPARE(m.at(0).flags, quint8(FlagSeen | FlagAnswered));
        QCOMPARE(m.at(0).keywords, QStringList{QStringLiteral("later")});
        QCOMPARE(bytesOf(*eml, QStringLiteral("INBOX"), m.at(0).id),
                 clean ? "Subject: eml\r\n\r\nx\r\n"_b
                       : "X-Mozilla-Status: 0003\r\nX-Mozilla-Keys: later\r\nSubject: eml\r\n\r\nx\r\n"_b);
        checkSizesAndHeaderBlocks(*eml);
    }
}

void TestLocalSources::emlTree()
{
    QTemporaryDir tmp;
    const QString root = tmp.filePath(QStringLiteral("export"));
    writeFile(root + QStringLiteral("/b.eml"), "Date: Tue, 1 Jul 2003 10:52:37 +0200\nSubject: b\n\nb\n"_b, 1000);
    writeFile(root + QStringLiteral("/a.EML"), "Subject: a, no date\n\na\n"_b, 1234567890);
    writeFile(root + QStringLiteral("/readme.txt"), "ignored"_b);
    writeFile(root + QStringLiteral("/Work/2024/c.eml"),
              "From someone@example.com Mon Jan  1 00:00:00 2024\nDate: bad\nSubject: c\n\nc\n"_b,
              1300000000);
    writeFile(root + QStringLiteral("/Papierkorb/d.eml"), "Subject: d\n\nd\n"_b);
    QVERIFY(QDir().mkpath(root + QStringLiteral("/empty/deeper")));
    auto source = openSource(QStringLiteral("eml:") + root);
    QVERIFY(source);
    QCOMPARE(folderPaths(*source),
             (QStringList{QStringLiteral("INBOX"), QStringLiteral("Papierkorb \\Trash"),
                          QStringLiteral("Work (levels only)"), QStringLiteral("Work/2024")}));
    const auto inbox = messagesOf(*source, QStringLiteral("INBOX"));
    QCOMPARE(inbox.size(), 2);
    QCOMPARE(inbox.at(0).id, QStringLiteral("a.EML"));
    QCOMPARE(inbox.at(0).internalDate, 1234567890);
    QCOMPARE(inbox.at(1).id, QStringLiteral("b.eml"));
    QCOMPARE(inbox.at(1).internalDate, utcTime(2003, 7, 1, 8, 52, 37));
    const auto work = messagesOf(*source, QStringLiteral("Work/2024"));
    QCOMPARE(work.size(), 1);
    QCOMPARE(work.at(0).internalDate, 1300000000);
    // The envelope line some tools leave at the top is not part of the message.
    QCOMPARE(bytesOf(*source, QStringLiteral("Work/2024"), QStringLiteral("c.eml")),
             "Date: bad\r\nSubject: c\r\n\r\nc\r\n"_b);
    checkSizesAndHeaderBlocks(*source);
    Error error;
    QVERIFY(!source->openMessage(QStringLiteral("INBOX"), QStringLiteral("../Work/2024/c.eml"), &error));
    QCOMPARE(error.kind(), ErrorKind::NotFound);

    auto single = openSource(QStringLiteral("eml:") + root + QStringLiteral("/b.eml"));
    QVERIFY(single);
    QCOMPARE(folderPaths(*single), QStringList{QStringLiteral("INBOX")});
    QCOMPARE(bytesOf(*single, QStringLiteral("INBOX"), QStringLiteral("b.eml")),
             "Date: Tue, 1 Jul 2003 10:52:37 +0200\r\nSubject: b\r\n\r\nb\r\n"_b);
}

void TestLocalSources::hostileCorpus()
{
    QTemporaryDir tmp;
    const QByteArray longLine(5000, 'L');
    struct Case {
        QByteArray stored;
        QByteArray uploaded;
    };
    const QList<Case> cases = {
        {"Subject: =?utf-8?q?x?= \xc3\xa9\xff raw 8-bit\nFrom: J\xc3\xb6rg <j@x>\n\nok\n"_b,
         "Subject: =?utf-8?q?x?= \xc3\xa9\xff raw 8-bit\r\nFrom: J\xc3\xb6rg <j@x>\r\n\r\nok\r\n"_b},
        {"Subject: long\n\n" + longLine + "\n" + longLine, "Subject: long\r\n\r\n" + longLine + "\r\n" + longLine},
        {"Subject: nul\n\na\0b\n\0"_b, "Subject: nul\r\n\r\na\0b\r\n\0"_b},
        {"Subject: no id\rX: cr only\r\rbody\r"_b, "Subject: no id\r\nX: cr only\r\n\r\nbody\r\n"_b},
        {"Message-ID: <dup@x>\nSubject: first\n\none body\n"_b,
         "Message-ID: <dup@x>\r\nSubject: first\r\n\r\none body\r\n"_b},
        {"Message-ID: <dup@x>\r\nSubject: second\r\n\r\nanother body\r\n"_b,
         "Message-ID: <dup@x>\r\nSubject: second\r\n\r\nanother body\r\n"_b},
        {"no header at all, no empty line"_b, "no header at all, no empty line"_b},
        {"\n\nbody after an empty header\n"_b, "\r\n\r\nbody after an empty header\r\n"_b},
    };
    MaildirStore store(tmp.filePath(QStringLiteral("md")));
    QVERIFY(store.open());
    QByteArray mbox;
    QHash<QString, QByteArray> byMaildirId;
    for (int i = 0; i < cases.size(); ++i) {
        const QString id = store.deliver(QStringLiteral("INBOX"), cases.at(i).stored);
        byMaildirId.insert(id, cases.at(i).uploaded);
        writeFile(tmp.filePath(QStringLiteral("eml/%1.eml").arg(i)), cases.at(i).stored);
        // mbox stores a body's "From " lines quoted; the hostile bytes themselves stay.
        mbox += "From hostile@example.com Thu Feb  1 12:00:00 2024\n" + cases.at(i).stored;
        mbox += cases.at(i).stored.endsWith('\n') ? "\n" : "\n\n";
    }
    writeFile(tmp.filePath(QStringLiteral("hostile.mbox")), mbox);

    auto maildir = openSource(QStringLiteral("maildir:") + store.rootPath());
    const auto mdMessages = messagesOf(*maildir, QStringLiteral("INBOX"));
    QCOMPARE(mdMessages.size(), cases.size()); // nothing skipped, duplicates included
    for (const auto &m : mdMessages)
        QCOMPARE(bytesOf(*maildir, QStringLiteral("INBOX"), m.id), byMaildirId.value(m.id));
    checkSizesAndHeaderBlocks(*maildir);

    auto eml = openSource(QStringLiteral("eml:") + tmp.filePath(QStringLiteral("eml")));
    const auto emlMessages = messagesOf(*eml, QStringLiteral("INBOX"));
    QCOMPARE(emlMessages.size(), cases.size());
    for (const auto &m : emlMessages)
        QCOMPARE(bytesOf(*eml, QStringLiteral("INBOX"), m.id), cases.at(m.id.chopped(4).toInt()).uploaded);
    checkSizesAndHeaderBlocks(*eml);

    auto mboxSource = openSource(QStringLiteral("mbox:") + tmp.filePath(QStringLiteral("hostile.mbox")));
    const auto mboxMessages = messagesOf(*mboxSource, QStringLiteral("hostile"));
    QCOMPARE(mboxMessages.size(), cases.size());
    for (int i = 0; i < cases.size(); ++i) {
        QByteArray expected = cases.at(i).uploaded;
        // The only bytes an mbox cannot keep: the missing final line end of a message.
        if (!cases.at(i).stored.endsWith('\n') && !cases.at(i).stored.endsWith('\r'))
            expected += "\r\n";
        QCOMPARE(bytesOf(*mboxSource, QStringLiteral("hostile"), mboxMessages.at(i).id), expected);
        QCOMPARE(mboxMessages.at(i).containsNul, expected.contains('\0'));
    }
    checkSizesAndHeaderBlocks(*mboxSource);
}

void TestLocalSources::largeMessagesStream()
{
    // 30 MB of base64 written and checked line by line: neither the test nor the source ever
    // holds the message whole.
    QTemporaryDir tmp;
    constexpr int kLines = 30 * 1024 * 1024 / 77;
    auto line = [](int i) {
        QByteArray l = QByteArray::number(i).toBase64().leftJustified(76, 'A');
        return l;
    };
    const QByteArray head = "Subject: big\nContent-Type: application/octet-stream\n"
                            "Content-Transfer-Encoding: base64\n\n"_b;
    QCryptographicHash expected(QCryptographicHash::Sha256);
    expected.addData(QByteArray(head).replace("\n", "\r\n"));
    qint64 expectedSize = head.size() + head.count('\n');
    const QString mboxPath = tmp.filePath(QStringLiteral("big.mbox"));
    const QString mdRoot = tmp.filePath(QStringLiteral("md"));
    QVERIFY(QDir().mkpath(mdRoot + QStringLiteral("/cur")) && QDir().mkpath(mdRoot + QStringLiteral("/new")));
    QFile mbox(mboxPath);
    QFile md(mdRoot + QStringLiteral("/cur/1.big.host:2,S"));
    QVERIFY(mbox.open(QIODevice::WriteOnly) && md.open(QIODevice::WriteOnly));
    mbox.write("From big@example.com Fri Mar  1 00:00:00 2024\n" + head);
    md.write(head);
    QByteArray block;
    for (int i = 0; i < kLines; ++i) {
        const QByteArray l = line(i);
        block += l + '\n';
        expected.addData(QByteArray(l + "\r\n"));
        expectedSize += l.size() + 2;
        if (block.size() > 1024 * 1024 || i == kLines - 1) {
            mbox.write(block);
            md.write(block);
            block.clear();
        }
    }
    mbox.write("\nFrom next@example.com Fri Mar  1 00:00:01 2024\nSubject: after\n\nsmall\n");
    mbox.close();
    md.close();
    QVERIFY(expectedSize > 30 * 1000 * 1000);

    const QStringList specs{QStringLiteral("mbox:") + mboxPath, QStringLiteral("maildir:") + mdRoot};
    for (const QString &spec : specs) {
        auto source = openSource(spec);
        QVERIFY(source);
        const QString folder = source->folders(nullptr).at(0).path;
        const auto messages = messagesOf(*source, folder);
        QVERIFY(!messages.isEmpty());
        QCOMPARE(messages.at(0).size, expectedSize);
        Error error;
        auto device = source->openMessage(folder, messages.at(0).id, &error);
        QVERIFY2(device, qPrintable(error.sentence()));
#ifdef Q_OS_LINUX
        const qint64 baseline = residentBytes();
        qint64 peak = baseline;
#endif
        QCryptographicHash actual(QCryptographicHash::Sha256);
        QByteArray chunk(64 * 1024, Qt::Uninitialized);
        qint64 total = 0;
        for (int reads = 0; !device->atEnd(); ++reads) {
            const qint64 n = device->read(chunk.data(), chunk.size());
            QVERIFY(n > 0);
            actual.addData(QByteArrayView(chunk.constData(), n));
            total += n;
#ifdef Q_OS_LINUX
            if (reads % 16 == 0)
                peak = std::max(peak, residentBytes());
#endif
        }
        QCOMPARE(total, expectedSize);
        QCOMPARE(actual.result(), expected.result());
#ifdef Q_OS_LINUX
        // Reading 30 MB may not cost anywhere near 30 MB of memory.
        QVERIFY2(peak - baseline < 8 * 1024 * 1024,
                 qPrintable(QStringLiteral("resident memory grew by %1 bytes").arg(peak - baseline)));
#endif
        if (spec.startsWith(QLatin1String("mbox:"))) {
            QCOMPARE(messages.size(), 2);
            QCOMPARE(bytesOf(*source, folder, messages.at(1).id), "Subject: after\r\n\r\nsmall\r\n"_b);
        }
    }
}

void TestLocalSources::visitorCanStop()
{
    QTemporaryDir tmp;
    QByteArray mbox;
    for (int i = 0; i < 10; ++i)
        mbox += "From a@b Mon Jan  1 00:00:00 2024\nX-Mozilla-Status: 0008\n\nx\n\n"
                "From a@b Mon Jan  1 00:00:00 2024\nSubject: s\n\ny\n\n";
    writeFile(tmp.filePath(QStringLiteral("m")), mbox);
    auto source = openSource(QStringLiteral("mbox:") + tmp.filePath(QStringLiteral("m")));
    int seen = 0;
    Error error;
    QVERIFY(source->forEachMessage(QStringLiteral("m"), [&](const LocalSourceMessage &) {
        return ++seen < 3;
    }, &error));
    QCOMPARE(seen, 3);
    QCOMPARE(messagesOf(*source, QStringLiteral("m")).size(), 10);
    QCOMPARE(source->skippedDeleted(QStringLiteral("m")), 10);
}

void TestLocalSources::readFailuresAreSentences()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("inbox"));
    writeFile(path, "From a@b Mon Jan  1 00:00:00 2024\nSubject: s\n\ny\n"_b);
    auto source = openSource(QStringLiteral("mbox:") + path);
    QVERIFY(source);
    QVERIFY(QFile::remove(path));
    Error error;
    QVERIFY(!source->forEachMessage(QStringLiteral("INBOX"), [](const auto &) { return true; }, &error));
    QCOMPARE(error.kind(), ErrorKind::LocalIo);
    QVERIFY2(error.sentence().contains(path) && error.sentence().contains(QLatin1String("does not exist")),
             qPrintable(error.sentence()));
#ifdef Q_OS_LINUX
    if (geteuid() == 0)
        QSKIP("root reads everything: the permission case cannot be produced");
#endif
    writeFile(path, "From a@b Mon Jan  1 00:00:00 2024\nSubject: s\n\ny\n"_b);
    QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
    QVERIFY(!source->forEachMessage(QStringLiteral("INBOX"), [](const auto &) { return true; }, &error));
    QVERIFY2(error.sentence().contains(QLatin1String("permission denied")), qPrintable(error.sentence()));
    QVERIFY(!LocalSource::open(QStringLiteral("mbox:") + path, {}, &error));
    QCOMPARE(error.kind(), ErrorKind::LocalIo);
}

QTEST_GUILESS_MAIN(TestLocalSources)
#include "tst_localsources.moc"
