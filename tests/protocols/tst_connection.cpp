// Connection and its worker, driven over scripted IMAP conversations: queue order, the signal
// contract of Job, autoDelete, cancel (queued and running), timeouts, reconnects with back-off,
// and destruction with work still queued. The jobs here are test-local ImapJobs that send one
// made-up command (`XPROBE name`), so every script shows exactly which job ran and when.

#include "protocols/Connection.h"
#include "protocols/VmimePlatform.h"
#include "protocols/imap/ImapJob.h"
#include "protocols/imap/ImapSession.h"
#include "tests/support/ScriptedSocket.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <thread>

using namespace postier::protocols;
using namespace postier::test;

namespace {

constexpr int kWaitMs = 10000; // generous: only reached when something is broken

/// Sends `XPROBE <name>` and expects OK; or, when held, waits for release() before doing so.
class ProbeJob : public ImapJob
{
    Q_OBJECT
public:
    explicit ProbeJob(const QByteArray &name, Priority priority = Priority::Interactive)
        : m_name(name)
    {
        setPriority(priority);
    }

    [[nodiscard]] QString description() const override
    {
        return QStringLiteral("Probe %1").arg(QString::fromLatin1(m_name));
    }
    [[nodiscard]] bool isRetryable() const override { return m_retryable; }
    void setRetryable(bool retryable) { m_retryable = retryable; }

    /// run() then waits for release() before it sends its command, holding the queue.
    void hold() { m_hold = true; }
    void release() { m_gate.release(); }
    [[nodiscard]] bool hasStarted() const { return m_started.load(); }
    [[nodiscard]] int runs() const { return m_runs.load(); }

protected:
    void runImap(ImapSession &session) override
    {
        m_started = true;
        ++m_runs;
        if (m_hold) {
            while (!m_gate.tryAcquire(1, 5))
                session.throwIfCancelled();
        }
        session.executeOk("XPROBE " + m_name, QStringLiteral("run the probe"));
    }

private:
    QByteArray m_name;
    bool m_retryable = true;
    bool m_hold = false;
    QSemaphore m_gate;
    std::atomic_bool m_started = false;
    std::atomic_int m_runs = 0;
};

/// A job for a protocol that has no session (ManageSieve); it must never run.
class SieveJob : public Job
{
    Q_OBJECT
public:
    [[nodiscard]] Protocol protocol() const override { return Protocol::ManageSieve; }
    [[nodiscard]] QString description() const override { return QStringLiteral("Sieve probe"); }
    [[nodiscard]] bool hasRun() const { return m_ran; }

protected:
    void run(ProtocolSession &) override { m_ran = true; }

private:
    std::atomic_bool m_ran = false;
};

/// What a client does before any job: greeting, LOGIN (no AUTH= offered, so vmime falls back to
/// LOGIN after SASL finds no mechanism), vmime's LIST "" "" for the separator, and CAPABILITY
/// (vmime forgets the capabilities at login and asks again).
QByteArray loginPreamble()
{
    return QByteArrayLiteral("S: * OK [CAPABILITY IMAP4rev1 LITERAL+] Scripted IMAP ready\n"
                             "C: a001 LOGIN alice s3cret\n"
                             "S: a001 OK Logged in\n"
                             "C: a002 LIST \"\" \"\"\n"
                             "S: * LIST (\\Noselect) \"/\" \"\"\n"
                             "S: a002 OK List completed\n"
                             "C: a003 CAPABILITY\n"
                             "S: * CAPABILITY IMAP4rev1 LITERAL+\n"
                             "S: a003 OK Capability completed\n");
}

/// The clean end of a connection that is still healthy when the Connection goes away.
QByteArray logout(const char *tag = "a004")
{
    return QByteArray("C: ") + tag + " LOGOUT\nS: * BYE Logging out\nS: " + tag + " OK Logout completed\n";
}

QByteArray probe(const char *tag, const char *name)
{
    return QByteArray("C: ") + tag + " XPROBE " + name + "\nS: " + tag + " OK " + name + " done\n";
}

ServerEndpoint scriptedEndpoint(int timeoutMs = 10000)
{
    ServerEndpoint e;
    e.protocol = Protocol::Imap;
    e.security = Security::None;
    e.host = QStringLiteral("imap.example.test");
    e.port = 143;
    e.user = QStringLiteral("alice");
    e.timeoutMs = timeoutMs;
    return e;
}

bool waitFinished(Job *job, int timeoutMs = kWaitMs)
{
    if (job->isFinished())
        return true;
    QSignalSpy spy(job, &Job::finished);
    return spy.wait(timeoutMs) || job->isFinished();
}

/// Records the order of a job's completion signals.
struct SignalLog {
    QStringList events;
    void watch(Job *job, const QString &name)
    {
        QObject::connect(job, &Job::finished, job, [this, name] { events << name + QStringLiteral(":finished"); });
        QObject::connect(job, &Job::succeeded, job, [this, name] { events << name + QStringLiteral(":succeeded"); });
        QObject::connect(job, &Job::failed, job, [this, name](const Error &e) {
            events << name + QStringLiteral(":failed:") + Error::kindName(e.kind());
        });
    }
};

} // namespace

class TestConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // First: it needs a process in which no connection has run yet.
    void platformHandlerIsSetOnce();
    void interactiveRunsBeforeBackgroundFifoWithin();
    void signalsFinishedThenExactlyOneOutcome();
    void autoDelete();
    void cancelQueuedJobNeverRuns();
    void cancelRunningJobThatStalls();
    void stalledServerTimesOut();
    void timeoutAfterRetriesSaysSo();
    void slowButSteadyServerDoesNotTimeOut();
    void unexpectedCommandFailsTheScript();
    void reconnectsAfterCancel();
    void retriesAfterCutWithBackoff();
    void retryIsRequeuedNotSlept();
    void cancelWhileWaitingForRetry();
    void cancelWhileWaitingForRetry_data();
    void retriesAreBounded();
    void nonRetryableJobIsNotRetried();
    void destroyingCompletesQueuedJobsAsCancelled();
    void wrongProtocolIsUsageError();
    void protocolWithoutSessionFailsCleanly();
};

void TestConnection::platformHandlerIsSetOnce()
{
    // A thread that uses vmime without a connection (the composer on the UI thread) sets the
    // handler first; the first connection thread must keep it, not swap it under that thread.
    std::vector<std::thread> threads;
    for (int i = 0; i < 4; ++i)
        threads.emplace_back([] { ensureVmimePlatform(); });
    ensureVmimePlatform();
    for (auto &t : threads)
        t.join();
    const auto handler = vmime::platform::getHandler();
    QVERIFY(handler);

    auto factory = std::make_shared<ScriptedSocketFactory>();
    auto script = factory->addScript(Script::fromString(loginPreamble() + probe("p0001", "first") + logout(),
                                                        QStringLiteral("first connection")));
    ConnectionOptions options;
    options.socketFactory = factory;
    auto connection = std::make_unique<Connection>(scriptedEndpoint(), QStringLiteral("s3cret"), options);
    ProbeJob first("first");
    first.setAutoDelete(false);
    connection->enqueue(&first);
    QVERIFY2(waitFinished(&first), qPrintable(factory->problem()));
    QVERIFY2(first.error().isOk(), qPrintable(first.error().sentence()));
    connection.reset();
    POSTIER_VERIFY_SCRIPT(script);
    QCOMPARE(vmime::platform::getHandler().get(), handler.get());
}

void TestConnection::interactiveRunsBeforeBackgroundFifoWithin()
{
    auto factory = std::make_shared<ScriptedSocketFactory>();
    // The order of the XPROBE lines is the assertion: the held job first, then interactive ones
    // in FIFO order, then background ones in FIFO order.
    auto script = factory->addScript(Script::fromString(
        loginPreamble() + probe("p0001", "hold") + probe("p0002", "i1") + probe("p0003", "i2")
            + probe("p0004", "b1") + probe("p0005", "b2") + logout(),
        QStringLiteral("queue order")));
    ConnectionOptions options;
    options.socketFactory = factory;

    SignalLog log;
    auto *connection = new Connection(scriptedEndpoint(), QStringLiteral("s3cret"), options);
    auto *hold = new ProbeJob("hold");
    hold->hold();
    log.watch(hold, QStringLiteral("hold"));
    connection->enqueue(hold);
    QTRY_VERIFY2_WITH_TIMEOUT(hold->hasStarted(), qPrintable(factory->problem()), kWaitMs);

    QList<ProbeJob *> jobs{new ProbeJob("b1", Job::Priority::Background), new ProbeJob("i1"),
                           new ProbeJob("b2", Job::Priority::Background), new ProbeJob("i2")};
    for (ProbeJob *job : jobs) {
        job->setAutoDelete(false);
        log.watch(job, job->description().section(QLatin1Char(' '), 1));
        connection->enqueue(job);
    }
    hold->release();
    for (ProbeJob *job : jobs)
        QVERIFY2(waitFinished(job), qPrintable(factory->problem()));
    for (ProbeJob *job : jobs)
        QVERIFY2(job->error().isOk(), qPrintable(job->error().sentence()));

    QCOMPARE(log.events,
             (QStringList{QStringLiteral("hold:finished"), QStringLiteral("hold:succeeded"),
                          QStringLiteral("i1:finished"), QStringLiteral("i1:succeeded"),
                          QStringLiteral("i2:finished"), QStringLiteral("i2:succeeded"),
                          QStringLiteral("b1:finished"), QStringLiteral("b1:succeeded"),
                          QStringLiteral("b2:finished"), QStringLiteral("b2:succeeded")}));
    delete connection;
    qDeleteAll(jobs);
    POSTIER_VERIFY_SCRIPT(script);
    QCOMPARE(factory->connectionCount(), 1);
}

void TestConnection::signalsFinishedThenExactlyOneOutcome()
{
    auto factory = std::make_shared<ScriptedSocketFactory>();
    auto script = factory->addScript(Script::fromString(
        loginPreamble() + probe("p0001", "good")
            + "C: p0002 XPROBE bad\nS: p0002 NO [CANNOT] Probe refused\n" + probe("p0003", "after")
            + logout(),
        QStringLiteral("signals")));
    ConnectionOptions options;
    options.socketFactory = factory;
    Connection connection(scriptedEndpoint(), QStringLiteral("s3cret"), options);

    ProbeJob good("good"), bad("bad"), after("after");
    SignalLog log;
    for (auto [job, name] : {std::pair{&good, "good"}, std::pair{&bad, "bad"}, std::pair{&after, "after"}}) {
        job->setAutoDelete(false);
        log.watch(job, QString::fromLatin1(name));
    }
    QSignalSpy goodSucceeded(&good, &Job::succeeded);
    QSignalSpy goodFailed(&good, &Job::failed);
    QSignalSpy badSucceeded(&bad, &Job::succeeded);
    QSignalSpy badFailed(&bad, &Job::failed);
    QSignalSpy badFinished(&bad, &Job::finished);

    connection.enqueue(&good);
    connection.enqueue(&bad);
    connection.enqueue(&after);
    QVERIFY2(waitFinished(&after), qPrintable(factory->problem()));
    QVERIFY(good.isFinished());
    QVERIFY(bad.isFinished());

    QCOMPARE(log.events,
             (QStringList{QStringLiteral("good:finished"), QStringLiteral("good:succeeded"),
                          QStringLiteral("bad:finished"), QStringLiteral("bad:failed:server-refused"),
                          QStringLiteral("after:finished"), QStringLiteral("after:succeeded")}));
    QCOMPARE(goodSucceeded.count(), 1);
    QCOMPARE(goodFailed.count(), 0);
    QCOMPARE(badSucceeded.count(), 0);
    QCOMPARE(badFailed.count(), 1);
    QCOMPARE(badFinished.count(), 1);
    QCOMPARE(badFinished.first().first().value<Job *>(), static_cast<Job *>(&bad));

    // The failed() argument is the job's error: a refusal with the server's words and a sentence.
    const Error signalled = badFailed.first().first().value<Error>();
    QCOMPARE(signalled.kind(), ErrorKind::ServerRefused);
    QCOMPARE(bad.error().kind(), ErrorKind::ServerRefused);
    QCOMPARE(signalled.serverText(), bad.error().serverText());
    QVERIFY2(bad.error().serverText().contains(QStringLiteral("Probe refused")), qPrintable(bad.error().serverText()));
    QVERIFY2(bad.error().sentence().contains(QStringLiteral("imap.example.test")), qPrintable(bad.error().sentence()));
    QVERIFY(good.error().isOk());

    // Nothing fires twice later.
    QTest::qWait(50);
    QCOMPARE(goodSucceeded.count(), 1);
    QCOMPARE(badFailed.count(), 1);
    // A NO does not spoil the connection: the next job used the same one.
    QCOMPARE(factory->connectionCount(), 1);
}

void TestConnection::autoDelete()
{
    auto factory = std::make_shared<ScriptedSocketFactory>();
    auto script = factory->addScript(Script::fromString(
        loginPreamble() + probe("p0001", "auto") + probe("p0002", "kept") + logout(),
        QStringLiteral("autoDelete")));
    ConnectionOptions options;
    options.socketFactory = factory;
    Connection connection(scriptedEndpoint(), QStringLiteral("s3cret"), options);

    QPointer<ProbeJob> autoJob = new ProbeJob("auto");
    QVERIFY(autoJob->autoDelete()); // the default
    QSignalSpy autoSucceeded(autoJob.data(), &Job::succeeded);
    connection.enqueue(autoJob);
    QVERIFY2(autoSucceeded.wait(kWaitMs), qPrintable(factory->problem()));
    QTRY_VERIFY_WITH_TIMEOUT(autoJob.isNull(), kWaitMs);

    auto *kept = new ProbeJob("kept");
    kept->setAutoDelete(false);
    QPointer<ProbeJob> keptGuard = kept;
    connection.enqueue(kept);
    QVERIFY2(waitFinished(kept), qPrintable(factory->problem()));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!keptGuard.isNull());
    QVERIFY(kept->error().isOk());
    delete kept;
}

void TestConnection::cancelQueuedJobNeverRuns()
{
    auto factory = std::make_shared<ScriptedSocketFactory>();
    auto script = factory->addScript(Script::fromString(
        loginPreamble() + probe("p0001", "hold") + probe("p0002", "next") + logout(),
        QStringLiteral("cancel queued")));
    ConnectionOptions options;
    options.socketFactory = factory;
    Connection connection(scriptedEndpoint(), QStringLiteral("s3cret"), options);

    ProbeJob hold("hold"), victim("victim"), next("next");
    for (Job *j : {static_cast<Job *>(&hold), static_cast<Job *>(&victim), static_cast<Job *>(&next)})
        j->setAutoDelete(false);
    hold.hold();
    SignalLog log;
    log.watch(&victim, QStringLiteral("victim"));
    connection.enqueue(&hold);
    QTRY_VERIFY2_WITH_TIMEOUT(hold.hasStarted(), qPrintable(factory->problem()), kWaitMs);
    connection.enqueue(&victim);
    connection.enqueue(&next);
    victim.cancel();
    hold.release();

    QVERIFY2(waitFinished(&next), qPrintable(factory->problem()));
    QVERIFY(victim.isFinished());
    QCOMPARE(victim.error().kind(), ErrorKind::Cancelled);
    QVERIFY(!victim.error().sentence().isEmpty());
    QVERIFY(!victim.hasStarted());
    QCOMPARE(log.events, (QStringList{QStringLiteral("victim:finished"), QStringLiteral("victim:failed:cancelled")}));
    QVERIFY(hold.error().isOk());
    QVERIFY(next.error().isOk());
    QVERIFY(!script->clientBytes().contains("victim"));
    // A job cancelled before it ran does not cost a reconnect.
    QCOMPARE(factory->connectionCount(), 1);
}

void TestConnection::cancelRunningJobThatStalls()
{
    auto factory = std::make_shared<ScriptedSocketFactory>();
    auto script = factory->addScript(Script::fromString(
        loginPreamble() + "C: p0001 XPROBE slow\nS: * OK still thinking\nX: stall\n",
        QStringLiteral("cancel running")));
    ConnectionOptions options;
    options.socketFactory = factory;
    options.maxReconnects = 0;
    const int timeoutMs = 30000;
    Connection connection(scriptedEndpoint(timeoutMs), QStringLiteral("s3cret"), options);

    ProbeJob slow("slow");
    slow.setAutoDelete(false);
    connection.enqueue(&slow);
    QTRY_VERIFY2_WITH_TIMEOUT(script->clientBytes().contains("XPROBE slow\r\n"), qPrintable(factory->problem()), kWaitMs);

    QElapsedTimer timer;
    timer.start();
    slow.cancel();
    QVERIFY2(waitFinished(&slow, timeoutMs / 2), qPrintable(factory->problem()));
    // Cancellation is polled by the socket loop every few milliseconds; allow a wide margin for
    // a loaded machine, but stay far below the server timeout.
    QVERIFY2(timer.elapsed() < timeoutMs / 6, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(slow.error().kind(), ErrorKind::Cancelled);
    QVERIFY2(slow.error().sentence().contains(QStringLiteral("cancelled")), qPrintable(slow.error().sentence()));
    POSTIER_VERIFY_SCRIPT(script);
}

void TestConnection::stalledServerTimesOut()
{
    auto factory = std::make_shared<ScriptedSocketFactory>();
    auto script = factory->addScript(Script::fromString(
        loginPreamble() + "C: p0001 XPROBE slow\nX: stall\n", QStringLiteral("timeout")));
    ConnectionOptions options;
    options.socketFactory = factory;
    options.maxReconnects = 0;
    Connection connection(scriptedEndpoint(300), QStringLiteral("s3cret"), options);

    ProbeJob slow("slow");
    slow.setAutoDelete(false);
    QElapsedTimer timer;
    timer.start();
    connection.enqueue(&slow);
    QVERIFY2(waitFinished(&slow), qPrintable(factory->problem()));
    QCOMPARE(slow.error().kind(), ErrorKind::Timeout);
    QVERIFY(timer.elapsed() >= 300);
    // Not retried (maxReconnects is 0), so the sentence promises no retry.
    QCOMPARE(slow.error().sentence(),
             QStringLiteral("imap.example.test stopped answering for 1 second(s). Check your connection "
                            "and try again."));
    POSTIER_VERIFY_SCRIPT(script);
    QCOMPARE(factory->connectionCount(), 1);
}

void TestConnection::timeoutAfterRetriesSaysSo()
{
    auto factory = std::make_shared<ScriptedSocketFactory>();
    QList<std::shared_ptr<Script>> scripts;
    for (const char *tag : {"p0001", "p0002", "p0003"}) {
        scripts << factory->addScript(Script::fromString(loginPreamble() + "C: " + tag + " XPROBE slow\nX: stall\n",
                                                         QStringLiteral("stall at %1").arg(QLatin1String(tag))));
    }
    ConnectionOptions options;
    options.socketFactory = factory;
    options.maxReconnects = 2;
    options.reconnectBaseDelayMs = 10;
    Connection connection(scriptedEndpoint(200), QStringLiteral("s3cret"), options);

    ProbeJob slow("slow");
    slow.setAutoDelete(false);
    connection.enqueue(&slow);
    QVERIFY2(waitFinished(&slow), qPrintable(factory->problem()));
    QCOMPARE(slow.error().kind(), ErrorKind::Timeout);
    QCOMPARE(slow.runs(), 3);
    QCOMPARE(slow.error().sentence(),
             QStringLiteral("imap.example.test stopped answering, and Postier tried again 2 time(s) without "
                            "success. Check your connection and try again later."));
    for (const auto &script : std::as_const(scripts))
        POSTIER_VERIFY_SCRIPT(script);
}

void TestConnection::slowButSteadyServerDoesNotTimeOut()
{
    // The timeout measures silence, not the length of a command: three pauses of 200 ms each,
    // with a 400 ms timeout, are fine.
    auto factory = std::make_shared<ScriptedSocketFactory>();
    auto script = factory->addScript(Script::fromString(
        loginPreamble()
            + "C: p0001 XPROBE slow\n"
              "X: delay 200\nS: * OK working 1\n"
              "X: delay 200\nS: * OK working 2\n"
              "X: delay 200\nS: p0001 OK done\n"
            + logout(),
        QStringLiteral("slow but steady")));
    ConnectionOptions options;
    options.socketFactory = factory;
    options.maxReconnects = 0;
    auto connection = std::make_unique<Connection>(scriptedEndpoint(400), QStringLiteral("s3cret"), options);

    ProbeJob slow("slow");
    slow.setAutoDelete(false);
    QElapsedTimer timer;
    timer.start();
    connection->enqueue(&slow);
    QVERIFY2(waitFinished(&slow), qPrintable(factory->problem()));
    QVERIFY2(slow.error().isOk(), qPrintable(slow.error().sentence()));
    QVERIFY2(timer.elapsed() >= 600, qPrintable(QString::number(timer.elapsed())));
    connection.reset();
    POSTIER_VERIFY_SCRIPT(script);
}

void TestConnection::unexpectedCommandFailsTheScript()
{
    // The harness itself: a client that strays from the script is caught at the exact line, the
    // server hangs up, and the job sees a dropped connection.
    auto factory = std::make_shared<ScriptedSocketFactory>();
    auto script = factory->addScript(Script::fromString(
        loginPreamble() + probe("p0001", "expected"), QStringLiteral("strict")));
    ConnectionOptions options;
    options.socketFactory = factory;
    options.maxReconnects = 0;
    auto connection = std::make_unique<Connection>(scriptedEndpoint(), QStringLiteral("s3cret"), options);

    ProbeJob stray("stray");
    stray.setAutoDelete(false);
    connection->enqueue(&stray);
    QVERIFY(waitFinished(&stray));
    QCOMPARE(stray.error().kind(), ErrorKind::Network);
    connection.reset();

    QVERIFY(!script->isComplete());
    const QString failure = script->failure();
    QVERIFY2(failure.contains(QStringLiteral("strict line 10")), qPrintable(failure));
    QVERIFY2(failure.contains(QStringLiteral("C: p0001 XPROBE expected\\r\\n")), qPrintable(failure));
    QVERIFY2(failure.contains(QStringLiteral("C: p0001 XPROBE stray\\r\\n")), qPrintable(failure));
    QVERIFY(script->problem().contains(QStringLiteral("Transcript:")));
    QVERIFY(!factory->problem().isEmpty());
}

void TestConnection::reconnectsAfterCancel()
{
    auto factory = std::make_shared<ScriptedSocketFactory>();
    auto first = factory->addScript(Script::fromString(
        loginPreamble() + "C: p0001 XPROBE slow\nX: stall\n", QStringLiteral("first connection")));
    // A fresh connection: vmime's tags start again, the raw channel's keep counting.
    auto second = factory->addScript(Script::fromString(
        loginPreamble() + probe("p0002", "fresh") + logout(), QStringLiteral("second connection")));
    ConnectionOptions options;
    options.socketFactory = factory;
    auto connection = std::make_unique<Connection>(scriptedEndpoint(), QStringLiteral("s3cret"), options);

    ProbeJob slow("slow"), fresh("fresh");
    slow.setAutoDelete(false);
    fresh.setAutoDelete(false);
    connection->enqueue(&slow);
    QTRY_VERIFY2_WITH_TIMEOUT(first->clientBytes().contains("XPROBE slow\r\n"), qPrintable(factory->problem()), kWaitMs);
    slow.cancel();
    QVERIFY2(waitFinished(&slow), qPrintable(factory->problem()));
    QCOMPARE(slow.error().kind(), ErrorKind::Cancelled);
    QCOMPARE(slow.runs(), 1); // a cancelled job is never retried

    connection->enqueue(&fresh);
    QVERIFY2(waitFinished(&fresh), qPrintable(factory->problem()));
    QVERIFY2(fresh.error().isOk(), qPrintable(fresh.error().sentence()));
    QCOMPARE(factory->connectionCount(), 2);
    // The dirty connection was dropped by the client.
    QVERIFY(first->clientDisconnected());
    connection.reset();
    POSTIER_VERIFY_SCRIPT(first);
    POSTIER_VERIFY_SCRIPT(second);
    QVERIFY(second->clientDisconnected());
}

void TestConnection::retriesAfterCutWithBackoff()
{
    auto factory = std::make_shared<ScriptedSocketFactory>();
    auto first = factory->addScript(Script::fromString(
        loginPreamble() + "C: p0001 XPROBE flaky\nS: * OK half an ans\nX: close\n",
        QStringLiteral("cut connection")));
    auto second = factory->addScript(Script::fromString(
        loginPreamble() + probe("p0002", "flaky") + logout(), QStringLiteral("second connection")));
    ConnectionOptions options;
    options.socketFactory = factory;
    options.maxReconnects = 2;
    options.reconnectBaseDelayMs = 40;
    auto connection = std::make_unique<Connection>(scriptedEndpoint(), QStringLiteral("s3cret"), options);

    ProbeJob flaky("flaky");
    flaky.setAutoDelete(false);
    QSignalSpy finished(&flaky, &Job::finished);
    QElapsedTimer timer;
    timer.start();
    connection->enqueue(&flaky);
    QVERIFY2(waitFinished(&flaky), qPrintable(factory->problem()));
    QVERIFY2(flaky.error().isOk(), qPrintable(flaky.error().sentence()));
    QCOMPARE(finished.count(), 1); // the failed attempt was not reported
    QCOMPARE(flaky.runs(), 2);
    QVERIFY2(timer.elapsed() >= 40, qPrintable(QString::number(timer.elapsed()))); // the back-off
    QCOMPARE(factory->connectionCount(), 2);
    connection.reset();
    POSTIER_VERIFY_SCRIPT(first);
    POSTIER_VERIFY_SCRIPT(second);
}

void TestConnection::retryIsRequeuedNotSlept()
{
    // During the back-off the worker is free: a job queued meanwhile runs (on a new connection)
    // and finishes before the retry.
    auto factory = std::make_shared<ScriptedSocketFactory>();
    auto first = factory->addScript(Script::fromString(
        loginPreamble() + "C: p0001 XPROBE flaky\nX: close\n", QStringLiteral("cut connection")));
    auto second = factory->addScript(Script::fromString(
        loginPreamble() + probe("p0002", "other") + probe("p0003", "flaky") + logout(),
        QStringLiteral("second connection")));
    ConnectionOptions options;
    options.socketFactory = factory;
    options.maxReconnects = 1;
    options.reconnectBaseDelayMs = 300;
    auto connection = std::make_unique<Connection>(scriptedEndpoint(), QStringLiteral("s3cret"), options);

    ProbeJob flaky("flaky"), other("other");
    flaky.setAutoDelete(false);
    other.setAutoDelete(false);
    SignalLog log;
    log.watch(&flaky, QStringLiteral("flaky"));
    log.watch(&other, QStringLiteral("other"));
    connection->enqueue(&flaky);
    QTRY_VERIFY2_WITH_TIMEOUT(first->isComplete(), qPrintable(factory->problem()), kWaitMs);
    connection->enqueue(&other);
    QVERIFY2(waitFinished(&flaky), qPrintable(factory->problem()));
    QVERIFY2(flaky.error().isOk(), qPrintable(flaky.error().sentence()));
    QVERIFY2(other.error().isOk(), qPrintable(other.error().sentence()));
    QCOMPARE(flaky.runs(), 2);
    QCOMPARE(log.events, (QStringList{QStringLiteral("other:finished"), QStringLiteral("other:succeeded"),
                                      QStringLiteral("flaky:finished"), QStringLiteral("flaky:succeeded")}));
    connection.reset();
    POSTIER_VERIFY_SCRIPT(first);
    POSTIER_VERIFY_SCRIPT(second);
}

void TestConnection::cancelWhileWaitingForRetry_data()
{
    QTest::addColumn<bool>("cancelAll");
    QTest::newRow("Job::cancel") << false;
    QTest::newRow("Connection::cancelAll") << true;
}

void TestConnection::cancelWhileWaitingForRetry()
{
    // A job waiting out a long back-off completes as cancelled at once, not when its timer fires.
    QFETCH(bool, cancelAll);
    auto factory = std::make_shared<ScriptedSocketFactory>();
    auto first = factory->addScript(Script::fromString(
        loginPreamble() + "C: p0001 XPROBE flaky\nX: close\n", QStringLiteral("cut connection")));
    auto second = factory->addScript(Script::fromString(
        loginPreamble() + probe("p0002", "other") + logout(), QStringLiteral("second connection")));
    ConnectionOptions options;
    options.socketFactory = factory;
    options.maxReconnects = 3;
    const int backoffMs = 20000;
    options.reconnectBaseDelayMs = backoffMs;
    auto connection = std::make_unique<Connection>(scriptedEndpoint(), QStringLiteral("s3cret"), options);
    QSignalSpy pending(connection.get(), &Connection::pendingJobsChanged);

    ProbeJob flaky("flaky"), other("other");
    flaky.setAutoDelete(false);
    other.setAutoDelete(false);
    SignalLog log;
    log.watch(&flaky, QStringLiteral("flaky"));
    connection->enqueue(&flaky);
    connection->enqueue(&other);
    // The worker runs one job at a time: once the second job is done, the first is waiting.
    QVERIFY2(waitFinished(&other), qPrintable(factory->problem()));
    QVERIFY2(other.error().isOk(), qPrintable(other.error().sentence()));
    QVERIFY(!flaky.isFinished());

    QElapsedTimer timer;
    timer.start();
    if (cancelAll)
        connection->cancelAll();
    else
        flaky.cancel();
    QVERIFY2(waitFinished(&flaky, backoffMs / 4), qPrintable(factory->problem()));
    QVERIFY2(timer.elapsed() < backoffMs / 4, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(flaky.error().kind(), ErrorKind::Cancelled);
    QCOMPARE(flaky.runs(), 1);
    QCOMPARE(log.events, (QStringList{QStringLiteral("flaky:finished"), QStringLiteral("flaky:failed:cancelled")}));
    QTRY_COMPARE_WITH_TIMEOUT(pending.last().at(0).toInt(), 0, kWaitMs);
    connection.reset();
    QCOMPARE(factory->connectionCount(), 2); // no retry after the cancel
    POSTIER_VERIFY_SCRIPT(first);
    POSTIER_VERIFY_SCRIPT(second);
}

void TestConnection::retriesAreBounded()
{
    auto factory = std::make_shared<ScriptedSocketFactory>();
    QList<std::shared_ptr<Script>> scripts;
    const char *tags[] = {"p0001", "p0002", "p0003"};
    for (const char *tag : tags) {
        scripts << factory->addScript(Script::fromString(
            loginPreamble() + "C: " + tag + " XPROBE flaky\nX: close\n",
            QStringLiteral("cut at %1").arg(QLatin1String(tag))));
    }
    ConnectionOptions options;
    options.socketFactory = factory;
    options.maxReconnects = 2;
    options.reconnectBaseDelayMs = 30;
    auto connection = std::make_unique<Connection>(scriptedEndpoint(), QStringLiteral("s3cret"), options);

    ProbeJob flaky("flaky");
    flaky.setAutoDelete(false);
    QSignalSpy failed(&flaky, &Job::failed);
    QElapsedTimer timer;
    timer.start();
    connection->enqueue(&flaky);
    QVERIFY2(waitFinished(&flaky), qPrintable(factory->problem()));
    QCOMPARE(flaky.error().kind(), ErrorKind::Network);
    QVERIFY2(flaky.error().sentence().contains(QStringLiteral("imap.example.test")),
             qPrintable(flaky.error().sentence()));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(flaky.runs(), 3);              // the first try and maxReconnects retries
    QVERIFY(timer.elapsed() >= 30 + 60);     // back-off doubles: 30 ms, then 60 ms
    connection.reset();
    QCOMPARE(factory->connectionCount(), 3); // no fourth connection
    QVERIFY2(factory->problem().isEmpty(), qPrintable(factory->problem()));
}

void TestConnection::nonRetryableJobIsNotRetried()
{
    auto factory = std::make_shared<ScriptedSocketFactory>();
    auto script = factory->addScript(Script::fromString(
        loginPreamble() + "C: p0001 XPROBE once\nX: close\n", QStringLiteral("cut once")));
    ConnectionOptions options;
    options.socketFactory = factory;
    options.maxReconnects = 3;
    options.reconnectBaseDelayMs = 10;
    auto connection = std::make_unique<Connection>(scriptedEndpoint(), QStringLiteral("s3cret"), options);

    ProbeJob once("once");
    once.setAutoDelete(false);
    once.setRetryable(false);
    connection->enqueue(&once);
    QVERIFY2(waitFinished(&once), qPrintable(factory->problem()));
    QCOMPARE(once.error().kind(), ErrorKind::Network);
    QCOMPARE(once.runs(), 1);
    connection.reset();
    QCOMPARE(factory->connectionCount(), 1);
    POSTIER_VERIFY_SCRIPT(script);
}

void TestConnection::destroyingCompletesQueuedJobsAsCancelled()
{
    auto factory = std::make_shared<ScriptedSocketFactory>();
    auto script = factory->addScript(Script::fromString(
        loginPreamble() + "C: p0001 XPROBE slow\nX: stall\n", QStringLiteral("destroyed")));
    ConnectionOptions options;
    options.socketFactory = factory;
    auto *connection = new Connection(scriptedEndpoint(), QStringLiteral("s3cret"), options);

    auto *running = new ProbeJob("slow");
    QList<QPointer<ProbeJob>> queued;
    SignalLog log;
    log.watch(running, QStringLiteral("running"));
    connection->enqueue(running);
    QTRY_VERIFY2_WITH_TIMEOUT(script->clientBytes().contains("XPROBE slow\r\n"), qPrintable(factory->problem()), kWaitMs);
    for (int i = 0; i < 3; ++i) {
        auto *job = new ProbeJob("queued" + QByteArray::number(i),
                                 i == 1 ? Job::Priority::Background : Job::Priority::Interactive);
        log.watch(job, QStringLiteral("queued%1").arg(i));
        queued << job;
        connection->enqueue(job);
    }

    QElapsedTimer timer;
    timer.start();
    delete connection; // must not hang on the stalled server
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));

    // Every job completes exactly once, as cancelled, and then deletes itself (autoDelete).
    QTRY_COMPARE_WITH_TIMEOUT(log.events.size(), 8, kWaitMs);
    for (const QString &name : {QStringLiteral("running"), QStringLiteral("queued0"),
                                QStringLiteral("queued1"), QStringLiteral("queued2")}) {
        const qsizetype finishedAt = log.events.indexOf(name + QStringLiteral(":finished"));
        QVERIFY2(finishedAt >= 0, qPrintable(name));
        QCOMPARE(log.events.value(finishedAt + 1), name + QStringLiteral(":failed:cancelled"));
    }
    for (const auto &job : queued)
        QTRY_VERIFY_WITH_TIMEOUT(job.isNull(), kWaitMs);
    QVERIFY(!script->clientBytes().contains("queued"));
}

void TestConnection::wrongProtocolIsUsageError()
{
    // An IMAP job queued on an SMTP connection fails cleanly, without connecting at all.
    auto factory = std::make_shared<ScriptedSocketFactory>();
    ConnectionOptions options;
    options.socketFactory = factory;
    ServerEndpoint smtp = scriptedEndpoint();
    smtp.protocol = Protocol::Smtp;
    Connection connection(smtp, QStringLiteral("s3cret"), options);
    ProbeJob job("misplaced");
    job.setAutoDelete(false);
    connection.enqueue(&job);
    QVERIFY2(waitFinished(&job), qPrintable(factory->problem()));
    QCOMPARE(job.error().kind(), ErrorKind::Usage);
    QVERIFY2(job.error().sentence().contains(QStringLiteral("SMTP")), qPrintable(job.error().sentence()));
    QCOMPARE(factory->connectionCount(), 0);
}

void TestConnection::protocolWithoutSessionFailsCleanly()
{
    // ManageSieve has no ProtocolSession: its jobs fail with a sentence, nothing connects.
    auto factory = std::make_shared<ScriptedSocketFactory>();
    ConnectionOptions options;
    options.socketFactory = factory;
    ServerEndpoint sieve = scriptedEndpoint();
    sieve.protocol = Protocol::ManageSieve;
    sieve.port = 4190;
    Connection connection(sieve, QStringLiteral("s3cret"), options);
    SieveJob job;
    job.setAutoDelete(false);
    QSignalSpy failed(&job, &Job::failed);
    connection.enqueue(&job);
    QVERIFY2(waitFinished(&job), qPrintable(factory->problem()));
    QCOMPARE(job.error().kind(), ErrorKind::Usage);
    QCOMPARE(job.error().sentence(), QStringLiteral("Postier cannot open a ManageSieve connection to "
                                                    "imap.example.test: it does not support that protocol."));
    QCOMPARE(failed.count(), 1);
    QVERIFY(!job.hasRun());
    QCOMPARE(factory->connectionCount(), 0);

    // The connection stays usable for the next job, which fails the same way.
    SieveJob again;
    again.setAutoDelete(false);
    connection.enqueue(&again);
    QVERIFY(waitFinished(&again));
    QCOMPARE(again.error().kind(), ErrorKind::Usage);
}

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
