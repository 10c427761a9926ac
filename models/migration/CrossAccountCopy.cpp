#include "models/migration/CrossAccountCopy.h"

#include "models/accounts/Account.h"
#include "models/accounts/PasswordStore.h"
#include "models/cache/HeaderCache.h"
#include "models/local/LocalMail.h"
#include "models/local/LocalStore.h"
#include "models/migration/FolderMapper.h"
#include "models/migration/MessageKey.h"
#include "models/migration/MigrationEngine.h"
#include "models/migration/SelectionSource.h"
#include "models/session/JobModel.h"
#include "models/session/MailSession.h"
#include "protocols/Connection.h"
#include "protocols/Job.h"
#include "protocols/imap/DeleteFolderJob.h"
#include "protocols/imap/ExpungeJob.h"
#include "protocols/imap/FolderStatusJob.h"
#include "protocols/imap/ImapFolderSource.h"
#include "protocols/imap/ImapParser.h"
#include "protocols/imap/StoreFlagsJob.h"
#include "protocols/local/MaildirStore.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>

namespace postier::models {

namespace {

// The drop's row in the JobModel: never queued on a connection, it only carries the
// description, the progress and the Cancel button of the status bar.
class DropJob final : public protocols::Job
{
public:
    explicit DropJob(QString description)
        : m_description(std::move(description))
    {
    }
    [[nodiscard]] protocols::Protocol protocol() const override { return protocols::Protocol::Imap; }
    [[nodiscard]] QString description() const override { return m_description; }
    void setProgress(qint64 done, qint64 total) { reportProgress(done, total); }

protected:
    void run(protocols::ProtocolSession &) override {}

private:
    QString m_description;
};

bool startsWithFromLine(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == "From ";
}

} // namespace

struct CrossAccountCopy::Task {
    std::shared_ptr<SelectionSource> source;
    QString journalKey; ///< MigrationSettings::sourceSpec: names the source for the journal
    QString label;      ///< for files: the file's name, put before the folder names in the report
};

bool CrossAccountResult::ok() const
{
    return error.isEmpty() && report.allVerified() && (!move || sourceRemoved);
}

QString CrossAccountResult::summary() const
{
    if (!error.isEmpty())
        return error;
    if (report.cancelled)
        return tr("The copy was stopped; what was copied stays there, and dropping the same messages again "
                  "copies only the rest.");
    QString text = report.summary();
    if (!moveNote.isEmpty())
        text += QLatin1Char(' ') + moveNote;
    return text;
}

QString CrossAccountResult::details() const
{
    if (!error.isEmpty())
        return error;
    QString text = report.toText();
    if (!moveNote.isEmpty())
        text += QLatin1Char('\n') + moveNote + QLatin1Char('\n');
    return text;
}

CrossAccountCopy::CrossAccountCopy(MailSession &session, CrossAccountRequest request, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_request(std::move(request))
{
    qRegisterMetaType<postier::models::CrossAccountResult>();
    if (m_request.kind == CrossAccountRequest::Kind::Files)
        m_request.move = false; // the user's own files are never deleted
    m_result.move = m_request.move;
}

CrossAccountCopy::~CrossAccountCopy()
{
    if (m_engine)
        m_engine->cancel();
    if (m_imapSource)
        m_imapSource->cancel(); // a download the engine waits for stops at once
    if (m_job && !m_job->isFinished())
        protocols::completeWithoutRunning(m_job, protocols::Error(protocols::ErrorKind::Cancelled, QString()));
}

QString CrossAccountCopy::description() const
{
    if (m_request.kind == CrossAccountRequest::Kind::Files)
        return tr("Importing into “%1” of %2").arg(m_targetLabel, m_targetAccountName);
    if (m_request.move)
        return tr("Moving to “%1” of %2").arg(m_targetLabel, m_targetAccountName);
    return tr("Copying to “%1” of %2").arg(m_targetLabel, m_targetAccountName);
}

QString CrossAccountCopy::fileSpec(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        QDirIterator it(path, {QStringLiteral("*.eml"), QStringLiteral("*.EML")}, QDir::Files,
                        QDirIterator::Subdirectories);
        return (it.hasNext() ? QStringLiteral("eml:") : QStringLiteral("mbox:")) + info.absoluteFilePath();
    }
    if (!info.isFile())
        return {};
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("eml"))
        return QStringLiteral("eml:") + info.absoluteFilePath();
    if (suffix == QLatin1String("mbox") || suffix == QLatin1String("mbx") || startsWithFromLine(path))
        return QStringLiteral("mbox:") + info.absoluteFilePath();
    return {};
}

QString CrossAccountCopy::whyNot(const MailSession &session, const CrossAccountRequest &request)
{
    Account target;
    if (!session.account(request.targetAccountId, &target))
        return tr("The account dropped on no longer exists.");
    if (target.incoming.protocol != protocols::Protocol::Imap)
        return tr("Messages can be copied to another account only into the folders of an IMAP account; "
                  "%1 keeps its mail on this computer.")
            .arg(target.name);
    if (request.kind == CrossAccountRequest::Kind::Files)
        return {};
    Account source;
    if (!session.account(request.sourceAccountId, &source))
        return tr("The account the messages come from no longer exists.");
    if (source.id == target.id)
        return tr("The messages are already in this account.");
    return {};
}

void CrossAccountCopy::fail(const QString &sentence)
{
    m_result.error = sentence;
    finish();
}

void CrossAccountCopy::prepareTargets()
{
    Account target;
    if (!m_session.account(m_request.targetAccountId, &target))
        return;
    m_targetAccountName = target.name;
    const protocols::FolderList known = m_session.cache().folderList(Account::passwordKey(target.incoming));
    protocols::FolderInfo folder;
    folder.rawName = m_request.targetFolder;
    folder.path = protocols::imap::decodeMailboxName(m_request.targetFolder);
    QChar separator;
    for (const protocols::FolderInfo &f : known) {
        if (separator.isNull() && !f.separator.isNull())
            separator = f.separator;
        if (f.rawName == m_request.targetFolder)
            folder = f;
    }
    if (!folder.separator.isNull())
        separator = folder.separator;
    m_targetLabel = folder.path.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0 ? tr("Inbox") : folder.path;
    // The engine's folder mapping puts the server's personal prefix ("INBOX." on Courier) back.
    const QString prefix = FolderMapper(known, separator).prefix();
    QString path = folder.path;
    if (!prefix.isEmpty() && path.startsWith(prefix))
        path = path.mid(prefix.size());
    m_targetPath = separator.isNull() ? path : path.split(separator).join(QLatin1Char('/'));
    if (folder.path.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0) {
        m_targetPath = QStringLiteral("INBOX");
        m_belowInboxByPrefix = !prefix.isEmpty();
    }
}

void CrossAccountCopy::start()
{
    prepareTargets();
    auto *job = new DropJob(description());
    m_job = job;
    m_session.jobs().track(job);
    auto *poll = new QTimer(this);
    poll->setInterval(150);
    connect(poll, &QTimer::timeout, this, [this] {
        if (m_job && m_job->cancelToken().isCancelled() && !m_cancelled)
            cancel();
    });
    poll->start();

    if (const QString why = whyNot(m_session, m_request); !why.isEmpty())
        return fail(why);
    Account target;
    (void)m_session.account(m_request.targetAccountId, &target);
    // A folder dropped on a folder goes below it; on the INBOX of a server whose personal
    // prefix is "INBOX." the engine's mapping puts it there by itself.
    const auto placeBelow = [this](const QString &name) {
        return m_belowInboxByPrefix ? name : m_targetPath + QLatin1Char('/') + name;
    };

    if (m_request.kind == CrossAccountRequest::Kind::Files) {
        QStringList problems;
        for (const QString &file : std::as_const(m_request.files)) {
            const QString spec = fileSpec(file);
            if (spec.isEmpty()) {
                problems << tr("%1 is neither an mbox file nor an .eml file, so it was not imported.")
                                .arg(QDir::toNativeSeparators(file));
                continue;
            }
            protocols::Error error;
            std::shared_ptr<protocols::LocalSource> source = protocols::LocalSource::open(spec, {}, &error);
            const QList<protocols::LocalSourceFolder> folders = source ? source->folders(&error) : QList<protocols::LocalSourceFolder>();
            if (!source || folders.isEmpty()) {
                problems << error.sentence();
                continue;
            }
            // One mbox file or one .eml file: its messages go into the folder dropped on; a folder
            // of them keeps its subfolders below it.
            const QString innerRoot = folders.size() == 1 ? folders.first().path : QString();
            auto task = std::make_unique<Task>();
            task->source = std::make_shared<SelectionSource>(source, innerRoot, m_targetPath);
            task->journalKey = QStringLiteral("drop:") + spec;
            task->label = QFileInfo(file).fileName();
            m_tasks.push_back(std::move(task));
        }
        if (m_tasks.empty())
            return fail(problems.isEmpty() ? tr("Nothing that was dropped can be imported.") : problems.join(QLatin1Char(' ')));
        m_result.report.error = problems.join(QLatin1Char(' '));
    } else {
        Account source;
        (void)m_session.account(m_request.sourceAccountId, &source);
        m_sourceAccountName = source.name;
        const bool local = source.incoming.protocol == protocols::Protocol::Pop3;
        const bool folderDrop = m_request.kind == CrossAccountRequest::Kind::Folder;
        if (local) {
            const QString root = LocalStore::rootFor(source.id);
            const QString folder = LocalStore::folderName(m_request.sourceFolder);
            protocols::Error error;
            std::shared_ptr<protocols::LocalSource> inner = protocols::LocalSource::open(QStringLiteral("maildir:") + root, {}, &error);
            if (!inner)
                return fail(error.sentence());
            const QString name = folder == protocols::MaildirStore::inboxName() ? tr("Inbox") : folder.section(QLatin1Char('/'), -1);
            auto task = std::make_unique<Task>();
            task->source = std::make_shared<SelectionSource>(inner, folder, folderDrop ? placeBelow(name) : m_targetPath);
            task->source->setDescription(folderDrop ? tr("the local folder “%1” of %2").arg(folder, source.name)
                                                    : tr("%n message(s) of the local folder “%1” of %2", nullptr,
                                                         int(m_request.uids.size()))
                                                          .arg(folder, source.name));
            if (!folderDrop) {
                const qint64 folderId = m_session.local().folderId(source.id, folder);
                QSet<QString> ids;
                for (const quint32 uid : std::as_const(m_request.uids)) {
                    if (const auto entry = m_session.cache().localEntry(folderId, uid))
                        ids.insert(entry->maildirId);
                }
                if (ids.isEmpty())
                    return fail(tr("The selected messages are no longer in the local folder “%1”.").arg(folder));
                task->source->restrict(folder, ids);
            }
            task->journalKey = QStringLiteral("drop:maildir:") + root;
            m_sourceLabel = folder;
            m_tasks.push_back(std::move(task));
        } else {
            // An IMAP source is read over a connection of its own, opened with the account's password.
            QString rootName;
            for (const protocols::FolderInfo &f : m_session.cache().folderList(Account::passwordKey(source.incoming))) {
                if (f.rawName == m_request.sourceFolder)
                    rootName = f.name();
            }
            if (rootName.isEmpty())
                rootName = protocols::imap::decodeMailboxName(m_request.sourceFolder).section(QLatin1Char('/'), -1);
            if (rootName.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0 && folderDrop)
                rootName = tr("Inbox");
            m_sourceLabel = protocols::imap::decodeMailboxName(m_request.sourceFolder);
            const QString outerRoot = folderDrop ? placeBelow(rootName) : m_targetPath;
            const QString key = QStringLiteral("drop:") + Account::passwordKey(source.incoming) + QLatin1Char('/') + m_sourceLabel;
            QPointer<CrossAccountCopy> self(this);
            m_session.openIncoming(source.id, [self, this, folderDrop, rootName, outerRoot, key](
                                                  std::unique_ptr<protocols::Connection> connection, const protocols::Error &error) {
                if (!self || m_finished)
                    return;
                if (!connection)
                    return fail(error.sentence());
                if (m_cancelled)
                    return finish();
                m_imapSource = std::make_shared<protocols::ImapFolderSource>(
                    std::move(connection), m_request.sourceFolder, rootName,
                    folderDrop ? protocols::ImapFolderSource::Scope::FolderAndSubfolders : protocols::ImapFolderSource::Scope::Folder);
                m_imapSource->setIdentityFields(MessageKey::headerFields());
                if (!folderDrop)
                    m_imapSource->setSelection(m_request.uids);
                auto task = std::make_unique<Task>();
                task->source = std::make_shared<SelectionSource>(m_imapSource, rootName, outerRoot);
                task->journalKey = key;
                m_tasks.push_back(std::move(task));
                readPassword();
            });
            return;
        }
    }
    readPassword();
}

void CrossAccountCopy::readPassword()
{
    Account target;
    if (!m_session.account(m_request.targetAccountId, &target))
        return fail(tr("The account dropped on no longer exists."));
    if (!m_passwords) {
        m_ownPasswords = std::make_unique<PasswordStore>();
        m_passwords = m_ownPasswords.get();
    }
    QPointer<CrossAccountCopy> self(this);
    m_passwords->read(Account::passwordKey(target.incoming), [self, this, name = target.name](const PasswordStore::Result &r) {
        if (!self || m_finished)
            return;
        if (m_cancelled)
            return finish();
        if (!r.ok && r.notFound) {
            // Not saved: the password the session has (typed by the user, asked once if needed).
            const QString targetId = m_request.targetAccountId;
            m_session.withPassword(targetId, [self, this, name](const QString &password, const protocols::Error &error) {
                if (!self || m_finished)
                    return;
                if (m_cancelled)
                    return finish();
                if (password.isEmpty())
                    return fail(tr("Postier needs the password of %1 to copy into it, and could not read it from the "
                                   "keychain: %2")
                                    .arg(name, error ? error.sentence() : tr("no password is saved for this account.")));
                startEngine(password);
            });
            return;
        }
        if (!r.ok)
            return fail(tr("Postier needs the password of %1 to copy into it, and could not read it from the "
                           "keychain: %2")
                            .arg(name, r.error));
        startEngine(r.password);
    });
}

void CrossAccountCopy::startEngine(const QString &password)
{
    m_password = password;
    m_engine = new MigrationEngine(this);
    connect(m_engine, &MigrationEngine::progress, this, [this](const MigrationProgress &p) {
        const qint64 done = m_doneBefore + p.done;
        const qint64 total = m_doneBefore + p.total;
        if (auto *job = static_cast<DropJob *>(m_job.data()); job && total > 0)
            job->setProgress(done, total);
        Q_EMIT progress(done, total);
    });
    connect(m_engine, &MigrationEngine::finished, this, &CrossAccountCopy::taskFinished);
    runNext();
}

void CrossAccountCopy::runNext()
{
    if (m_cancelled || m_next >= m_tasks.size()) {
        removeSources();
        return;
    }
    Account target;
    if (!m_session.account(m_request.targetAccountId, &target))
        return fail(tr("The account dropped on no longer exists."));
    const Task &task = *m_tasks[m_next];
    MigrationSettings settings;
    settings.sourceSpec = task.journalKey;
    settings.source = task.source;
    settings.destination = target.incoming;
    settings.password = m_password;
    m_engine->start(settings);
}

void CrossAccountCopy::taskFinished(const MigrationReport &finished)
{
    const Task &task = *m_tasks[m_next++];
    MigrationReport report = finished;
    // The report names folders as the source does, not where the drop placed them.
    for (MigrationFolderReport &f : report.folders) {
        const bool root = f.source == m_targetPath;
        QString inner = task.source->innerPath(f.source);
        if (inner.isEmpty())
            inner = f.source;
        if (!task.label.isEmpty())
            inner = root ? task.label : task.label + QLatin1Char('/') + f.source.mid(m_targetPath.size() + 1);
        f.source = inner;
    }
    MigrationReport &merged = m_result.report;
    if (merged.source.isEmpty()) {
        const QString problems = merged.error;
        merged = report;
        if (!problems.isEmpty())
            merged.error = merged.error.isEmpty() ? problems : problems + QLatin1Char(' ') + merged.error;
    } else {
        merged.source += QStringLiteral("; ") + report.source;
        merged.folders += report.folders;
        merged.cancelled = merged.cancelled || report.cancelled;
        merged.resumed = merged.resumed || report.resumed;
        merged.elapsedMs += report.elapsedMs;
        if (!report.error.isEmpty())
            merged.error = merged.error.isEmpty() ? report.error : merged.error + QLatin1Char(' ') + report.error;
    }
    m_doneBefore += report.total(&MigrationFolderReport::sourceMessages);
    if (report.cancelled)
        m_cancelled = true;
    runNext();
}

void CrossAccountCopy::removeSources()
{
    if (!m_request.move || m_cancelled)
        return finish();
    if (!m_result.report.allVerified()) {
        m_result.moveNote = tr("Nothing was deleted from %1, because not every message could be verified on %2.")
                                .arg(m_sourceAccountName, m_targetAccountName);
        return finish();
    }
    if (m_imapSource)
        removeImap(m_tasks.front()->source->visitedFolders());
    else
        removeLocal();
}

void CrossAccountCopy::removeImap(QStringList folders)
{
    while (!folders.isEmpty() && m_tasks.front()->source->visited(folders.first()).isEmpty())
        folders.removeFirst();
    if (folders.isEmpty()) {
        m_result.moveNote = tr("The %n original message(s) were deleted from %1 once verified.", nullptr, int(m_result.removed))
                                .arg(m_sourceAccountName);
        m_result.sourceRemoved = true;
        if (m_request.kind == CrossAccountRequest::Kind::Folder) {
            QStringList all;
            for (const protocols::LocalSourceFolder &f : m_imapSource->folders(nullptr))
                all << f.path;
            return deleteEmptyImapFolders(all);
        }
        return finish();
    }
    const QString folder = folders.takeFirst();
    QVector<quint32> uids;
    for (const QString &id : m_tasks.front()->source->visited(folder)) {
        if (const quint32 uid = protocols::ImapFolderSource::uidOf(id))
            uids << uid;
    }
    const QByteArray raw = m_imapSource->rawFolder(folder);
    // Exactly the verified messages: marked, then expunged by UID (never a plain EXPUNGE, which
    // would also take what someone else marked).
    auto *mark = new protocols::StoreFlagsJob(raw, uids, protocols::MessageFlags {protocols::FlagDeleted, {}},
                                              protocols::StoreFlagsJob::Operation::Add);
    QPointer<CrossAccountCopy> self(this);
    connect(mark, &protocols::Job::finished, this, [self, this, mark, raw, uids, folders] {
        if (mark->error()) {
            m_result.moveNote = tr("Every message was copied and verified, but the originals in “%1” could not be "
                                   "deleted: %2")
                                    .arg(protocols::imap::decodeMailboxName(raw), mark->error().sentence());
            return finish();
        }
        auto *expunge = new protocols::ExpungeJob(raw, uids);
        connect(expunge, &protocols::Job::finished, this, [self, this, expunge, raw, uids, folders] {
            if (expunge->error()) {
                m_result.moveNote = tr("Every message was copied and verified, but the originals in “%1” could not "
                                       "be deleted: %2")
                                        .arg(protocols::imap::decodeMailboxName(raw), expunge->error().sentence());
                return finish();
            }
            m_result.removed += uids.size();
            removeImap(folders);
        });
        m_session.runIncoming(m_request.sourceAccountId, expunge);
    });
    m_session.runIncoming(m_request.sourceAccountId, mark);
}

void CrossAccountCopy::deleteEmptyImapFolders(const QStringList &folders)
{
    // On a fresh connection: the window's own may still have one of these folders selected on
    // the server, and deleting the selected folder makes dovecot end that session.
    QPointer<CrossAccountCopy> self(this);
    m_session.openIncoming(m_request.sourceAccountId, [self, this, folders](std::unique_ptr<protocols::Connection> connection,
                                                                            const protocols::Error &error) {
        if (!self)
            return;
        if (!connection) {
            m_result.moveNote += QLatin1Char(' ') + tr("The emptied folders were left in place: %1").arg(error.sentence());
            return finish();
        }
        m_cleanup = std::move(connection);
        QByteArrayList raws;
        for (const QString &f : folders)
            raws << m_imapSource->rawFolder(f);
        auto *status = new protocols::FolderStatusJob(raws);
        connect(status, &protocols::Job::finished, this, [this, status, folders, raws] {
            if (status->error()) {
                m_result.moveNote += QLatin1Char(' ') + tr("The emptied folders were left in place: %1").arg(status->error().sentence());
                return finish();
            }
            // Deepest first, and only folders left empty with no kept folder below them: mail
            // that arrived meanwhile keeps its folder (and that folder's parents).
            QStringList kept;
            for (int i = 0; i < folders.size(); ++i) {
                const auto it = status->statuses().constFind(raws.at(i));
                // A folder without a status cannot hold mail (\Noselect): it goes with its children.
                if (it != status->statuses().cend() && it->messages > 0)
                    kept << folders.at(i);
            }
            m_doomed.clear();
            for (const QString &f : folders) {
                const bool keeps = std::any_of(kept.cbegin(), kept.cend(), [&f](const QString &k) {
                    return k == f || k.startsWith(f + QLatin1Char('/'));
                });
                if (!keeps)
                    m_doomed.prepend(f); // children come after their parents in `folders`
            }
            if (!kept.isEmpty())
                m_result.moveNote += QLatin1Char(' ')
                    + tr("“%1” was kept because it holds messages that arrived after the copy started.")
                          .arg(protocols::imap::decodeMailboxName(m_imapSource->rawFolder(kept.first())));
            m_rootGoes = !m_doomed.isEmpty() && m_doomed.last() == folders.first();
            deleteNextFolder();
        });
        m_session.jobs().track(status);
        m_cleanup->enqueue(status);
    });
}

void CrossAccountCopy::deleteNextFolder()
{
    if (m_doomed.isEmpty()) {
        if (m_rootGoes)
            m_result.moveNote += QLatin1Char(' ') + tr("The emptied folder “%1” was deleted too.").arg(m_sourceLabel);
        return finish();
    }
    const QByteArray raw = m_imapSource->rawFolder(m_doomed.takeFirst());
    auto *remove = new protocols::DeleteFolderJob(raw);
    connect(remove, &protocols::Job::finished, this, [this, remove, raw] {
        if (remove->error()) {
            m_result.moveNote += QLatin1Char(' ') + tr("The folder “%1” was not deleted: %2")
                                                        .arg(protocols::imap::decodeMailboxName(raw), remove->error().sentence());
            return finish();
        }
        deleteNextFolder();
    });
    m_session.jobs().track(remove);
    m_cleanup->enqueue(remove);
}

void CrossAccountCopy::removeLocal()
{
    LocalMail &local = m_session.local();
    const QString trash = LocalStore::folderName(protocols::SpecialUse::Trash);
    const SelectionSource &selection = *m_tasks.front()->source;
    QStringList problems;
    bool inTrashAlready = false;
    for (const QString &folder : selection.visitedFolders()) {
        const QStringList ids = selection.visited(folder);
        if (ids.isEmpty())
            continue;
        if (folder == trash) {
            inTrashAlready = true;
            continue;
        }
        // The cache knows most files by UID (a move there keeps the list and the counts right);
        // a file it has not indexed yet is moved on the disk and found by the next scan.
        QHash<QString, quint32> uidOf;
        for (const HeaderCache::LocalEntry &e : m_session.cache().localEntries(local.folderId(m_request.sourceAccountId, folder)))
            uidOf.insert(e.maildirId, e.uid);
        QVector<quint32> uids;
        QStringList unindexed;
        for (const QString &id : ids) {
            if (const quint32 uid = uidOf.value(id))
                uids << uid;
            else
                unindexed << id;
        }
        if (!uids.isEmpty()) {
            const LocalMail::Transfer done = local.transfer(m_request.sourceAccountId, folder, uids, trash, false);
            m_result.removed += done.sourceUids.size();
            if (done.error)
                problems << done.error.sentence();
        }
        if (!unindexed.isEmpty()) {
            protocols::MaildirStore store(LocalStore::rootFor(m_request.sourceAccountId));
            for (const QString &id : std::as_const(unindexed)) {
                protocols::Error error;
                if (store.moveMessage(folder, id, trash, QString(), &error))
                    ++m_result.removed;
                else
                    problems << error.sentence();
            }
            local.rescan(m_request.sourceAccountId, folder);
            local.rescan(m_request.sourceAccountId, trash);
        }
    }
    QStringList notes;
    notes << tr("The %n original message(s) were moved to the local Trash of %1 once verified.", nullptr,
                int(m_result.removed))
                 .arg(m_sourceAccountName);
    if (inTrashAlready)
        notes << tr("Those that were in the local Trash stay there.");
    if (m_request.kind == CrossAccountRequest::Kind::Folder)
        notes << tr("The local folder “%1” stays, empty.").arg(LocalStore::folderName(m_request.sourceFolder));
    if (!problems.isEmpty())
        notes << problems;
    m_result.sourceRemoved = problems.isEmpty();
    m_result.moveNote = notes.join(QLatin1Char(' '));
    finish();
}

void CrossAccountCopy::cancel()
{
    if (m_cancelled || m_finished)
        return;
    m_cancelled = true;
    m_result.report.cancelled = true;
    if (m_engine)
        m_engine->cancel();
    if (m_imapSource)
        m_imapSource->cancel();
}

void CrossAccountCopy::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_cancelled)
        m_result.report.cancelled = true;
    if (m_job && !m_job->isFinished()) {
        protocols::completeWithoutRunning(m_job, m_cancelled ? protocols::Error(protocols::ErrorKind::Cancelled, QString())
                                                             : protocols::Error());
    }
    Q_EMIT finished(m_result);
}

} // namespace postier::models
