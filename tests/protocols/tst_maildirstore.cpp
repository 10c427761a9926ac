#include "protocols/imap/MessageFlags.h"
#include "protocols/local/MaildirStore.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <vector>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace postier::protocols;

namespace {
QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}
} // namespace

class TestMaildirStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void openCreatesStandardLayout();
    void byteExactRoundTrip_data();
    void byteExactRoundTrip();
    void newMailGoesToNewWithoutInfo();
    void flagsRoundTrip();
    void setFlagsRenamesAndKeepsIdAndMtime();
    void mtimeIsTheArrivalDate();
    void streamingDeliveryIsInvisibleUntilCommit();
    void abortLeavesNothing();
    void streamingFromDeviceIsChunked();
    void uniqueNamesUnderRapidDelivery();
    void foldersAreMaildirPlusPlus();
    void invalidFolderNamesAreRefused();
    void readsForeignInfoSeparatorsAndHiddenFiles();
    void removeOnlyWhenAsked();
    void missingFolderIsASentence();
    void unwritableTreeIsASentence();
    void fullDiskLeavesNoPartialMessage();
    void flagBitsConversion();
};

void TestMaildirStore::openCreatesStandardLayout()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    MaildirStore store(tmp.filePath(QStringLiteral("mail/pop")));
    QVERIFY(!store.exists());
    Error error;
    QVERIFY2(store.open(&error), qPrintable(error.sentence()));
    QVERIFY(store.exists());
    for (const char *sub : {"cur", "new", "tmp"})
        QVERIFY(QFileInfo(tmp.filePath(QStringLiteral("mail/pop/")) + QLatin1String(sub)).isDir());
    QCOMPARE(store.folders(), QStringList{QStringLiteral("INBOX")});
    // Opening again is harmless and keeps what is there.
    const QString id = store.deliver(QStringLiteral("INBOX"), QByteArray("Subject: x\n\nbody\n"));
    QVERIFY(!id.isEmpty());
    QVERIFY(store.open(&error));
    QCOMPARE(store.messages(QStringLiteral("INBOX")).size(), 1);
}

void TestMaildirStore::byteExactRoundTrip_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("crlf") << QByteArray("From: a@b\r\nSubject: hi\r\n\r\nline\r\n.\r\n..dot\r\n");
    QTest::newRow("bare-lf-and-cr")
        << QByteArray("Subject: mixed\n\nbare LF\nbare CR\rend\r\n\n\n");
    QTest::newRow("nul-bytes") << QByteArray("Subject: nul\n\n\0\0binary\0tail", 27);
    QTest::newRow("no-final-newline") << QByteArray("Subject: x\n\nno newline at end");
    QTest::newRow("empty") << QByteArray();
    QByteArray all(256, '\0');
    for (int i = 0; i < 256; ++i)
        all[i] = char(i);
    QTest::newRow("every-byte") << all;
    QByteArray big(3 * 1024 * 1024 + 17, '\0');
    QRandomGenerator rng(42);
    for (auto &c : big)
        c = char(rng.bounded(256));
    QTest::newRow("3MB-random") << big;
}

void TestMaildirStore::byteExactRoundTrip()
{
    QFETCH(QByteArray, data);
    QTemporaryDir tmp;
    MaildirStore store(tmp.path());
    QVERIFY(store.open());

    Error error;
    const QString fromBytes = store.deliver(QStringLiteral("INBOX"), data, {}, 0, &error);
    QVERIFY2(!fromBytes.isEmpty(), qPrintable(error.sentence()));
    QCOMPARE(store.readMessage(QStringLiteral("INBOX"), fromBytes), data);

    QBuffer device(&data);
    QVERIFY(device.open(QIODevice::ReadOnly));
    const QString fromDevice
        = store.deliver(QStringLiteral("INBOX"), device, QStringLiteral("S"), 0, &error);
    QVERIFY2(!fromDevice.isEmpty(), qPrintable(error.sentence()));
    QVERIFY(fromDevice != fromBytes);
    QCOMPARE(store.readMessage(QStringLiteral("INBOX"), fromDevice), data);
    const auto m = store.message(QStringLiteral("INBOX"), fromDevice);
    QVERIFY(m.has_value());
    QCOMPARE(m->size, qint64(data.size()));
    QVERIFY(filesIn(tmp.filePath(QStringLiteral("tmp"))).isEmpty());
}

void TestMaildirStore::newMailGoesToNewWithoutInfo()
{
    QTemporaryDir tmp;
    MaildirStore store(tmp.path());
    QVERIFY(store.open());
    const QString id = store.deliver(QStringLiteral("INBOX"), QByteArray("Subject: new\n\n"));
    QVERIFY(!id.isEmpty());
    QCOMPARE(filesIn(tmp.filePath(QStringLiteral("new"))), QStringList{id});
    QVERIFY(filesIn(tmp.filePath(QStringLiteral("cur"))).isEmpty());
    const auto m = store.message(QStringLiteral("INBOX"), id);
    QVERIFY(m.has_value());
    QVERIFY(m->isNew);
    QVERIFY(m->flags.isEmpty());
    QCOMPARE(m->folder, QStringLiteral("INBOX"));
    QCOMPARE(m->path, tmp.filePath(QStringLiteral("new/")) + id);
}

void TestMaildirStore::flagsRoundTrip()
{
    QTemporaryDir tmp;
    MaildirStore store(tmp.path());
    QVERIFY(store.open());
    // Unsorted, duplicated and invalid characters in; the spec's ASCII order out.
    const QString id
        = store.deliver(QStringLiteral("INBOX"), QByteArray("x"), QStringLiteral("TSRSP!F D1"));
    QVERIFY(!id.isEmpty());
    const QString expected = id + MaildirStore::infoSeparator() + QStringLiteral("2,DFPRST");
    QCOMPARE(filesIn(tmp.filePath(QStringLiteral("cur"))), QStringList{expected});
    const auto m = store.message(QStringLiteral("INBOX"), id);
    QVERIFY(m.has_value());
    QCOMPARE(m->flags, QStringLiteral("DFPRST"));
    QVERIFY(!m->isNew);
    QCOMPARE(m->id, id);

    // Keywords (lower case, as dovecot writes them) survive too.
    const QString withKeyword
        = store.deliver(QStringLiteral("INBOX"), QByteArray("y"), QStringLiteral("Sa"));
    QCOMPARE(store.message(QStringLiteral("INBOX"), withKeyword)->flags, QStringLiteral("Sa"));
    QCOMPARE(MaildirStore::normalizedFlags(QStringLiteral("zSaF")), QStringLiteral("FSaz"));
}

void TestMaildirStore::setFlagsRenamesAndKeepsIdAndMtime()
{
    QTemporaryDir tmp;
    MaildirStore store(tmp.path());
    QVERIFY(store.open());
    const qint64 date = QDateTime(QDate(2021, 3, 4), QTime(5, 6, 7), Qt::UTC).toSecsSinceEpoch();
    const QByteArray body("Subject: flags\n\nbody\n");
    const QString id = store.deliver(QStringLiteral("INBOX"), body, {}, date);
    QVERIFY(store.message(QStringLiteral("INBOX"), id)->isNew);

    Error error;
    QVERIFY2(store.setFlags(QStringLiteral("INBOX"), id, QStringLiteral("SR"), &error),
             qPrintable(error.sentence()));
    auto m = store.message(QStringLiteral("INBOX"), id);
    QVERIFY(m.has_value());
    QCOMPARE(m->flags, QStringLiteral("RS"));
    QVERIFY(!m->isNew);
    QCOMPARE(m->modified, date);
    QVERIFY(filesIn(tmp.filePath(QStringLiteral("new"))).isEmpty());
    QCOMPARE(filesIn(tmp.filePath(QStringLiteral("cur"))),
             QStringList{id + MaildirStore::infoSeparator() + QStringLiteral("2,RS")});

    // Clearing the flags keeps the message in cur/ with an empty info part.
    QVERIFY(store.setFlags(QStringLiteral("INBOX"), id, {}, &error));
    m = store.message(QStringLiteral("INBOX"), id);
    QVERIFY(m->flags.isEmpty());
    QVERIFY(!m->isNew);
    QCOMPARE(filesIn(tmp.filePath(QStringLiteral("cur"))),
             QStringList{id + MaildirStore::infoSeparator() + QStringLiteral("2,")});
    QCOMPARE(store.readMessage(QStringLiteral("INBOX"), id), body);

    QVERIFY(!store.setFlags(QStringLiteral("INBOX"), QStringLiteral("no-such-id"),
                            QStringLiteral("S"), &error));
    QCOMPARE(error.kind(), ErrorKind::NotFound);
    QVERIFY(error.sentence().contains(QLatin1String("no-such-id")));
}

void TestMaildirStore::mtimeIsTheArrivalDate()
{
    QTemporaryDir tmp;
    MaildirStore store(tmp.path());
    QVERIFY(store.open());
    const qint64 date
        = QDateTime(QDate(2009, 12, 31), QTime(23, 59, 58), Qt::UTC).toSecsSinceEpoch();
    const QString id
        = store.deliver(QStringLiteral("INBOX"), QByteArray("x"), QStringLiteral("S"), date);
    const auto m = store.message(QStringLiteral("INBOX"), id);
    QCOMPARE(m->modified, date);
    QCOMPARE(QFileInfo(m->path).lastModified().toSecsSinceEpoch(), date);

    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const QString now = store.deliver(QStringLiteral("INBOX"), QByteArray("y"));
    const qint64 modified = store.message(QStringLiteral("INBOX"), now)->modified;
    QVERIFY(modified >= before - 1 && modified <= QDateTime::currentSecsSinceEpoch() + 1);
}

void TestMaildirStore::streamingDeliveryIsInvisibleUntilCommit()
{
    QTemporaryDir tmp;
    MaildirStore store(tmp.path());
    QVERIFY(store.open());
    Error error;
    auto delivery = store.beginDelivery(QStringLiteral("INBOX"), &error);
    QVERIFY2(delivery, qPrintable(error.sentence()));
    QVERIFY(delivery->write(QByteArray("Subject: partial\r\n\r\n")));
    QVERIFY(delivery->write(QByteArray(100000, 'a')));

    // Half written: only tmp/ has it, and no reader sees a message.
    QCOMPARE(filesIn(tmp.filePath(QStringLiteral("tmp"))).size(), 1);
    QVERIFY(QFileInfo::exists(delivery->temporaryPath()));
    QVERIFY(store.messages(QStringLiteral("INBOX")).isEmpty());
    QVERIFY(filesIn(tmp.filePath(QStringLiteral("new"))).isEmpty());

    QVERIFY(delivery->write(QByteArray("\r\nend\r\n")));
    QCOMPARE(delivery->bytesWritten(), qint64(20 + 100000 + 7));
    const QString id = delivery->commit();
    QVERIFY2(!id.isEmpty(), qPrintable(delivery->error().sentence()));
    QVERIFY(delivery->isCommitted());
    QVERIFY(filesIn(tmp.filePath(QStringLiteral("tmp"))).isEmpty());
    const auto all = store.messages(QStringLiteral("INBOX"));
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().id, id);
    QCOMPARE(all.first().size, qint64(20 + 100000 + 7));
    // Writing after the commit is refused and changes nothing.
    QVERIFY(!delivery->write(QByteArray("late")));
    delivery.reset();
    QCOMPARE(store.message(QStringLiteral("INBOX"), id)->size, qint64(20 + 100000 + 7));
}

void TestMaildirStore::abortLeavesNothing()
{
    QTemporaryDir tmp;
    MaildirStore store(tmp.path());
    QVERIFY(store.open());
    {
        auto delivery = store.beginDelivery(QStringLiteral("INBOX"));
        QVERIFY(delivery);
        QVERIFY(delivery->write(QByteArray("abandoned")));
        delivery->abort();
        QVERIFY(!QFileInfo::exists(delivery->temporaryPath()));
        QVERIFY(delivery->commit().isEmpty());
    }
    {
        // Destroying an uncommitted delivery (an exception unwinding a job) aborts it.
        auto delivery = store.beginDelivery(QStringLiteral("INBOX"));
        QVERIFY(delivery->write(QByteArray("dropped")));
    }
    QVERIFY(filesIn(tmp.filePath(QStringLiteral("tmp"))).isEmpty());
    QVERIFY(filesIn(tmp.filePath(QStringLiteral("new"))).isEmpty());
    QVERIFY(filesIn(tmp.filePath(QStringLiteral("cur"))).isEmpty());
}

void TestMaildirStore::streamingFromDeviceIsChunked()
{
    // A sequential device that hands out data in small pieces, like a socket.
    class Trickle : public QIODevice
    {
    public:
        explicit Trickle(QByteArray data)
            : m_data(std::move(data))
        {}
        bool isSequential() const override { return true; }
        bool atEnd() const override { return m_pos >= m_data.size() && QIODevice::atEnd(); }
        qint64 maxRead = 0;

    protected:
        qint64 readData(char *out, qint64 max) override
        {
            maxRead = std::max(maxRead, max);
            const qint64 n = std::min<qint64>({max, 777, m_data.size() - m_pos});
            memcpy(out, m_data.constData() + m_pos, size_t(n));
            m_pos += n;
            return n;
        }
        qint64 writeData(const char *, qint64) override { return -1; }

    private:
        QByteArray m_data;
        qint64 m_pos = 0;
    };
    QByteArray data(500000, '\0');
    for (int i = 0; i < data.size(); ++i)
        data[i] = char(i * 7);
    Trickle device(data);
    QVERIFY(device.open(QIODevice::ReadOnly | QIODevice::Unbuffered));

    QTemporaryDir tmp;
    MaildirStore store(tmp.path());
    QVERIFY(store.open());
    Error error;
    const QString id = store.deliver(QStringLiteral("INBOX"), device, {}, 0, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error.sentence()));
    QCOMPARE(store.readMessage(QStringLiteral("INBOX"), id), data);
    // The store asked for bounded chunks, never the whole message at once.
    QVERIFY(device.maxRead > 0);
    QVERIFY(device.maxRead <= 64 * 1024);
}

void TestMaildirStore::uniqueNamesUnderRapidDelivery()
{
    QTemporaryDir tmp;
    MaildirStore store(tmp.path());
    QVERIFY(store.open());
    constexpr int perThread = 250;
    constexpr int threads = 4;
    std::vector<QStringList> ids(threads);
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            MaildirStore own(tmp.path()); // one store object per thread, same tree
            for (int i = 0; i < perThread; ++i)
                ids[size_t(t)] << own.deliver(QStringLiteral("INBOX"),
                                              QByteArray::number(t * perThread + i));
        });
    }
    for (auto &w : workers)
        w.join();
    QSet<QString> unique;
    for (const auto &list : ids) {
        for (const QString &id : list) {
            QVERIFY(!id.isEmpty());
            unique.insert(id);
        }
    }
    QCOMPARE(unique.size(), threads * perThread);
    const auto all = store.messages(QStringLiteral("INBOX"));
    QCOMPARE(all.size(), threads * perThread);
    // Every message holds what was written for it.
    QSet<QByteArray> contents;
    for (const auto &m : all)
        contents.insert(store.readMessage(QStringLiteral("INBOX"), m.id));
    QCOMPARE(contents.size(), threads * perThread);
    // The names follow the Maildir convention: seconds.M<usec>P<pid>Q<counter>.host
    const QString sample = all.first().id;
    QVERIFY2(sample.contains(QLatin1String(".M")) && sample.contains(QLatin1Char('P'))
                 && sample.contains(QLatin1Char('Q')),
             qPrintable(sample));
    QVERIFY(sample.contains(QLatin1Char('P') + QString::number(QCoreApplication::applicationPid())
                            + QLatin1Char('Q')));
}

void TestMaildirStore::foldersAreMaildirPlusPlus()
{
    QTemporaryDir tmp;
    MaildirStore store(tmp.path());
    QVERIFY(store.open());
    Error error;
    QVERIFY2(store.createFolder(QStringLiteral("Archive/2024"), &error),
             qPrintable(error.sentence()));
    QVERIFY(store.createFolder(QStringLiteral("Sent"), &error));
    QVERIFY(store.createFolder(QStringLiteral("Reçus"), &error));
    QVERIFY(store.createFolder(QStringLiteral("Sent"), &error)); // again: no-op
    QVERIFY(QFileInfo(tmp.filePath(QStringLiteral(".Archive.2024/cur"))).isDir());
    QVERIFY(QFileInfo(tmp.filePath(QStringLiteral(".Archive.2024/new"))).isDir());
    QVERIFY(QFileInfo(tmp.filePath(QStringLiteral(".Archive.2024/tmp"))).isDir());
    QVERIFY(QFileInfo(tmp.filePath(QStringLiteral(".Archive.2024/maildirfolder"))).isFile());
    QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("maildirfolder"))));
    QVERIFY(store.hasFolder(QStringLiteral("Archive/2024")));
    QVERIFY(!store.hasFolder(QStringLiteral("Archive")));
    QVERIFY(store.hasFolder(QStringLiteral("inbox")));

    // A stray file and an unrelated directory are not folders.
    QFile stray(tmp.filePath(QStringLiteral(".not-a-folder")));
    QVERIFY(stray.open(QIODevice::WriteOnly));
    QVERIFY(QDir(tmp.path()).mkdir(QStringLiteral(".empty")));
    const QStringList expected{QStringLiteral("INBOX"), QStringLiteral("Archive/2024"),
                               QStringLiteral("Reçus"), QStringLiteral("Sent")};
    QCOMPARE(store.folders(), expected);

    const QString id = store.deliver(QStringLiteral("Archive/2024"), QByteArray("archived"),
                                     QStringLiteral("S"));
    QVERIFY(!id.isEmpty());
    QCOMPARE(store.messages(QStringLiteral("Archive/2024")).size(), 1);
    QVERIFY(store.messages(QStringLiteral("INBOX")).isEmpty());
    QCOMPARE(store.readMessage(QStringLiteral("Archive/2024"), id), QByteArray("archived"));
    QVERIFY(!store.message(QStringLiteral("INBOX"), id).has_value());
}

void TestMaildirStore::invalidFolderNamesAreRefused()
{
    QTemporaryDir tmp;
    MaildirStore store(tmp.path());
    QVERIFY(store.open());
    for (const QString &name :
         {QStringLiteral("a.b"), QStringLiteral("a//b"), QStringLiteral("/x"),
          QStringLiteral("../escape"), QStringLiteral("x:y"), QStringLiteral("tab\there")}) {
        Error error;
        QVERIFY2(!store.createFolder(name, &error), qPrintable(name));
        QCOMPARE(error.kind(), ErrorKind::Usage);
        QVERIFY2(error.sentence().contains(name), qPrintable(error.sentence()));
        QVERIFY(store.folderPath(name).isEmpty());
    }
    QCOMPARE(store.folders(), QStringList{QStringLiteral("INBOX")});
    QCOMPARE(
        QDir(tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(),
        3);
}

void TestMaildirStore::readsForeignInfoSeparatorsAndHiddenFiles()
{
    // Files written by other programs: ';' info (isync on Windows), dovecot's ,S= size field,
    // and dot files that Maildir readers must ignore.
    QTemporaryDir tmp;
    MaildirStore store(tmp.path());
    QVERIFY(store.open());
    auto write = [&](const QString &rel, const QByteArray &data) {
        QFile f(tmp.filePath(rel));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    };
    write(QStringLiteral("cur/1.M1P1.host,S=3:2,SF"), "abc");
    write(QStringLiteral("cur/2.M2P2.host;2,R"), "defg");
    write(QStringLiteral("cur/.hidden"), "nope");
    write(QStringLiteral("new/3.M3P3.host"), "h");
    const auto all = store.messages(QStringLiteral("INBOX"));
    QCOMPARE(all.size(), 3);
    const auto one = store.message(QStringLiteral("INBOX"), QStringLiteral("1.M1P1.host,S=3"));
    QVERIFY(one.has_value());
    QCOMPARE(one->flags, QStringLiteral("FS"));
    QCOMPARE(one->size, qint64(3));
    const auto two = store.message(QStringLiteral("INBOX"), QStringLiteral("2.M2P2.host"));
    QVERIFY(two.has_value());
    QCOMPARE(two->flags, QStringLiteral("R"));
    QCOMPARE(store.readMessage(QStringLiteral("INBOX"), QStringLiteral("2.M2P2.host")),
             QByteArray("defg"));
    QVERIFY(store.message(QStringLiteral("INBOX"), QStringLiteral("3.M3P3.host"))->isNew);
    QVERIFY(!store.message(QStringLiteral("INBOX"), QStringLiteral(".hidden")).has_value());
    QVERIFY(
        !store.message(QStringLiteral("INBOX"), QStringLiteral("../new/3.M3P3.host")).has_value());
    // A prefix of an id is not that id.
    QVERIFY(!store.message(QStringLiteral("INBOX"), QStringLiteral("1.M1P1")).has_value());

    int visited = 0;
    store.forEachMessage(QStringLiteral("INBOX"), [&visited](const MaildirMessage &) {
        ++visited;
        return false; // stop at once
    });
    QCOMPARE(visited, 1);
}

void TestMaildirStore::removeOnlyWhenAsked()
{
    QTemporaryDir tmp;
    MaildirStore store(tmp.path());
    QVERIFY(store.open());
    const QString a = store.deliver(QStringLiteral("INBOX"), QByteArray("a"), QStringLiteral("S"));
    const QString b = store.deliver(QStringLiteral("INBOX"), QByteArray("b"));
    Error error;
    QVERIFY2(store.removeMessage(QStringLiteral("INBOX"), a, &error), qPrintable(error.sentence()));
    QVERIFY(!store.message(QStringLiteral("INBOX"), a).has_value());
    QVERIFY(store.message(QStringLiteral("INBOX"), b).has_value());
    QVERIFY(!store.removeMessage(QStringLiteral("INBOX"), a, &error));
    QCOMPARE(error.kind(), ErrorKind::NotFound);
}

void TestMaildirStore::missingFolderIsASentence()
{
    QTemporaryDir tmp;
    MaildirStore store(tmp.path());
    QVERIFY(store.open());
    Error error;
    QVERIFY(store.deliver(QStringLiteral("Nowhere"), QByteArray("x"), {}, 0, &error).isEmpty());
    QCOMPARE(error.kind(), ErrorKind::NotFound);
    QVERIFY(error.sentence().contains(QLatin1String("Nowhere")));
    QVERIFY(error.sentence().endsWith(QLatin1Char('.')));
    QVERIFY(store.readMessage(QStringLiteral("INBOX"), QStringLiteral("1.x.y"), &error).isEmpty());
    QCOMPARE(error.kind(), ErrorKind::NotFound);
}

void TestMaildirStore::unwritableTreeIsASentence()
{
    QTemporaryDir tmp;
    MaildirStore store(tmp.path());
    QVERIFY(store.open());
    Error error;
#ifdef Q_OS_UNIX
    if (::geteuid() != 0) {
        // An ordinary user: take away the write permission.
        QVERIFY(QFile::setPermissions(tmp.filePath(QStringLiteral("tmp")),
                                      QFile::ReadOwner | QFile::ExeOwner));
        QVERIFY(store.deliver(QStringLiteral("INBOX"), QByteArray("x"), {}, 0, &error).isEmpty());
        QFile::setPermissions(tmp.filePath(QStringLiteral("tmp")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(error.kind(), ErrorKind::LocalIo);
        QVERIFY2(error.sentence().contains(QLatin1String("permission denied")),
                 qPrintable(error.sentence()));
        QVERIFY(store.messages(QStringLiteral("INBOX")).isEmpty());
        return;
    }
#endif
    // As root permissions do not apply; a file where tmp/ should be fails just as really.
    QVERIFY(QDir(tmp.filePath(QStringLiteral("tmp"))).removeRecursively());
    QFile blocker(tmp.filePath(QStringLiteral("tmp")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QVERIFY(store.deliver(QStringLiteral("INBOX"), QByteArray("x"), {}, 0, &error).isEmpty());
    QCOMPARE(error.kind(), ErrorKind::LocalIo);
    QVERIFY2(error.sentence().startsWith(QLatin1String("Could not save the message in ")),
             qPrintable(error.sentence()));
    QVERIFY(error.sentence().contains(QDir::toNativeSeparators(tmp.path())));
    QVERIFY(!error.serverText().isEmpty()); // the system's own words are kept
    QVERIFY(store.messages(QStringLiteral("INBOX")).isEmpty());
}

void TestMaildirStore::fullDiskLeavesNoPartialMessage()
{
#ifndef Q_OS_LINUX
    QSKIP("Simulating a full disk needs RLIMIT_FSIZE");
#else
    // The file size limit makes write() fail with EFBIG half way, which is what a full disk does
    // to a delivery: the tmp/ file must go and nothing may appear in new/ or cur/.
    QTemporaryDir tmp;
    MaildirStore store(tmp.path());
    QVERIFY(store.open());
    struct rlimit old {};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = old;
    small.rlim_cur = 64 * 1024;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);

    Error error;
    auto delivery = store.beginDelivery(QStringLiteral("INBOX"), &error);
    QVERIFY(delivery);
    bool ok = true;
    for (int i = 0; i < 10 && ok; ++i)
        ok = delivery->write(QByteArray(16 * 1024, 'x'));
    const QString id = delivery->commit();

    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);

    QVERIFY(!ok);
    QVERIFY(id.isEmpty());
    QCOMPARE(delivery->error().kind(), ErrorKind::LocalIo);
    QVERIFY2(delivery->error().sentence().contains(QLatin1String("the disk is full")),
             qPrintable(delivery->error().sentence()));
    QVERIFY(filesIn(tmp.filePath(QStringLiteral("tmp"))).isEmpty());
    QVERIFY(store.messages(QStringLiteral("INBOX")).isEmpty());
#endif
}

void TestMaildirStore::flagBitsConversion()
{
    const quint8 bits
        = FlagSeen | FlagAnswered | FlagFlagged | FlagDraft | FlagForwarded | FlagDeleted;
    QCOMPARE(MaildirStore::flagsFromBits(bits), QStringLiteral("DFPRST"));
    QCOMPARE(MaildirStore::bitsFromFlags(QStringLiteral("DFPRST")), bits);
    QCOMPARE(MaildirStore::flagsFromBits(FlagRecent), QString());
    QCOMPARE(MaildirStore::bitsFromFlags(QStringLiteral("Sa")), quint8(FlagSeen));
}

QTEST_GUILESS_MAIN(TestMaildirStore)
#include "tst_maildirstore.moc"
