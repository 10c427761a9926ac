#include "ui/mainwindow/MessageActions.h"

#include "models/Roles.h"
#include "models/cache/HeaderCache.h"
#include "models/folders/FolderModel.h"
#include "models/local/LocalMail.h"
#include "models/messages/MessageListModel.h"
#include "models/session/MailSession.h"
#include "protocols/imap/FolderInfo.h"
#include "protocols/imap/MoveMessagesJob.h"
#include "protocols/imap/CopyMessagesJob.h"
#include "protocols/imap/StoreFlagsJob.h"
#include "protocols/imap/ImapParser.h"
#include "ui/mainwindow/CrossAccountDrop.h"
#include "ui/mainwindow/Icons.h"
#include "ui/mainwindow/MailController.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace postier::ui {

MessageActions::MessageActions(models::MailSession &session, models::FolderModel &folders,
                               models::MessageListModel &messages, MailController &controller, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_folders(folders)
    , m_messages(messages)
    , m_controller(controller)
    , m_window(window)
    , m_crossAccount(new CrossAccountDrop(session, folders, controller, window))
{
    connect(m_crossAccount, &CrossAccountDrop::problem, this, &MessageActions::problem);
    connect(m_crossAccount, &CrossAccountDrop::status, this, &MessageActions::status);
    connect(&m_folders, &models::FolderModel::folderDropped, this,
            [this](const QString &sourceAccountId, const QByteArray &sourceFolder, const QString &accountId,
                   const QByteArray &rawFolder) {
                models::CrossAccountRequest request;
                request.kind = models::CrossAccountRequest::Kind::Folder;
                request.sourceAccountId = sourceAccountId;
                request.sourceFolder = sourceFolder;
                request.targetAccountId = accountId;
                request.targetFolder = rawFolder;
                m_crossAccount->drop(request);
            });
    connect(&m_folders, &models::FolderModel::filesDropped, this,
            [this](const QStringList &paths, const QString &accountId, const QByteArray &rawFolder) {
                models::CrossAccountRequest request;
                request.kind = models::CrossAccountRequest::Kind::Files;
                request.files = paths;
                request.targetAccountId = accountId;
                request.targetFolder = rawFolder;
                m_crossAccount->drop(request);
            });
    markRead = new QAction(icon("mail-read", "mail-mark-read"), tr("Mark as &Read"), this);
    markRead->setShortcut(QKeySequence(Qt::Key_R));
    markUnread = new QAction(icon("mail-unread", "mail-mark-unread"), tr("Mark as &Unread"), this);
    markUnread->setShortcut(QKeySequence(Qt::Key_U));
    toggleFlag = new QAction(icon("flag", "mail-mark-important"), tr("&Flag"), this);
    toggleFlag->setShortcut(QKeySequence(Qt::Key_S));
    toggleFlag->setToolTip(tr("Flag or unflag the selected messages (S)"));
    deleteMessages = new QAction(icon("delete", "edit-delete"), tr("&Delete"), this);
    deleteMessages->setShortcut(QKeySequence::Delete);
    deleteMessages->setToolTip(tr("Move the selected messages to the Trash (Del)"));
    archive = new QAction(icon("archive", "mail-archive"), tr("&Archive"), this);
    archive->setShortcut(QKeySequence(Qt::Key_A));
    saveAs = new QAction(icon("save", "document-save-as"), tr("&Save As…"), this);
    saveAs->setShortcut(QKeySequence::Save);
    viewSource = new QAction(icon("source", "text-x-generic"), tr("View &Source"), this);
    viewSource->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    undo = new QAction(icon("undo", "edit-undo"), tr("&Undo"), this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setEnabled(false);

    connect(markRead, &QAction::triggered, this, [this] { setFlag(protocols::FlagSeen, true); });
    connect(markUnread, &QAction::triggered, this, [this] { setFlag(protocols::FlagSeen, false); });
    connect(toggleFlag, &QAction::triggered, this, [this] {
        const int row = m_messages.rowForUid(m_selection.value(0));
        const bool flagged = row >= 0 && m_messages.index(row, 0).data(models::Roles::IsFlagged).toBool();
        setFlag(protocols::FlagFlagged, !flagged);
    });
    connect(deleteMessages, &QAction::triggered, this, [this] {
        const QByteArray trash = specialFolder(int(protocols::SpecialUse::Trash));
        if (trash.isEmpty()) {
            Q_EMIT problem(tr("This account has no Trash folder, so nothing was deleted. Create a "
                              "folder named Trash, or move the messages yourself."));
            return;
        }
        if (trash == m_controller.folder()) {
            Q_EMIT problem(tr("The messages are already in the Trash. Postier does not delete mail "
                              "for good from here; empty the Trash from its folder menu."));
            return;
        }
        moveTo(trash, tr("Undo delete"));
    });
    connect(archive, &QAction::triggered, this, [this] {
        QByteArray target = specialFolder(int(protocols::SpecialUse::Archive));
        if (target.isEmpty()) {
            Q_EMIT problem(tr("This account has no Archive folder. Create one (with the folder's "
                              "context menu) and Postier will use it."));
            return;
        }
        moveTo(target, tr("Undo archive"));
    });
    connect(saveAs, &QAction::triggered, this, [this] {
        const QByteArray bytes = m_controller.currentMessage();
        if (bytes.isEmpty())
            return;
        const QString file = QFileDialog::getSaveFileName(
            m_window, tr("Save Message"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/message.eml"),
            tr("E-mail messages (*.eml)"));
        if (file.isEmpty())
            return;
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            Q_EMIT problem(tr("The message could not be saved to %1: %2.").arg(file, out.errorString()));
        else
            Q_EMIT status(tr("Saved to %1.").arg(file));
    });
    connect(viewSource, &QAction::triggered, this, [this] {
        const QByteArray bytes = m_controller.currentMessage();
        if (bytes.isEmpty())
            return;
        auto *dialog = new QDialog(m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Message Source"));
        auto *text = new QPlainTextEdit(dialog);
        text->setReadOnly(true);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        text->setPlainText(QString::fromUtf8(bytes));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(dialog);
        layout->addWidget(text);
        layout->addWidget(buttons);
        dialog->resize(900, 650);
        dialog->show();
    });
    connect(undo, &QAction::triggered, this, [this] {
        if (m_undo.uids.isEmpty())
            return;
        const Undo u = std::exchange(m_undo, {});
        undo->setEnabled(false);
        if (u.local) {
            const auto back = m_session.local().transfer(u.accountId, QString::fromUtf8(u.from), u.uids,
                                                         QString::fromUtf8(u.to), false);
            if (m_controller.isLocal() && m_controller.accountId() == u.accountId) {
                if (m_controller.folder() == u.from)
                    m_messages.removeUids(back.sourceUids);
                else if (m_controller.folder() == u.to)
                    m_messages.reload();
            }
            if (back.error)
                Q_EMIT problem(back.error.sentence());
            return;
        }
        auto *job = new protocols::MoveMessagesJob(u.from, u.uids, u.to);
        connect(job, &protocols::Job::finished, this, [this, job] {
            if (job->error())
                Q_EMIT problem(job->error().sentence());
            else
                m_controller.refresh();
        });
        m_session.runIncoming(u.accountId, job);
    });
    updateEnabled();
}

void MessageActions::setSelection(const QVector<quint32> &uids)
{
    m_selection = uids;
    updateEnabled();
}

void MessageActions::updateEnabled()
{
    const bool any = !m_selection.isEmpty();
    for (QAction *a : {markRead, markUnread, toggleFlag, deleteMessages, archive})
        a->setEnabled(any);
    saveAs->setEnabled(m_selection.size() == 1);
    viewSource->setEnabled(m_selection.size() == 1);
}

QByteArray MessageActions::specialFolder(int specialUse) const
{
    const QModelIndex account = m_folders.indexFor(m_controller.accountId());
    std::function<QByteArray(const QModelIndex &)> find = [&](const QModelIndex &parent) -> QByteArray {
        for (int r = 0; r < m_folders.rowCount(parent); ++r) {
            const QModelIndex i = m_folders.index(r, 0, parent);
            if (i.data(models::Roles::SpecialUse).toInt() == specialUse && !i.data(models::Roles::IsGhost).toBool())
                return i.data(models::Roles::FolderRawName).toByteArray();
            const QByteArray hit = find(i);
            if (!hit.isEmpty())
                return hit;
        }
        return {};
    };
    return find(account);
}

void MessageActions::setFlag(quint8 flag, bool on)
{
    if (m_selection.isEmpty())
        return;
    protocols::MessageFlags flags;
    flags.bits = flag;
    const QVector<quint32> uids = m_selection;
    const qint64 folderId = m_controller.folderId();
    if (m_controller.isLocal()) {
        protocols::Error error;
        const auto changed = m_session.local().setFlag(m_controller.accountId(),
                                                       QString::fromUtf8(m_controller.folder()), uids,
                                                       flag, on, &error);
        for (const auto &[uid, bits] : changed)
            m_messages.setFlags(uid, bits);
        if (error)
            Q_EMIT problem(error.sentence());
        return;
    }
    auto *job = new protocols::StoreFlagsJob(m_controller.folder(), uids, flags,
                                             on ? protocols::StoreFlagsJob::Operation::Add
                                                : protocols::StoreFlagsJob::Operation::Remove);
    connect(job, &protocols::Job::finished, this, [this, job, uids, flag, on, folderId] {
        if (job->error()) {
            Q_EMIT problem(job->error().sentence());
            return;
        }
        QVector<QPair<quint32, protocols::MessageFlags>> changes;
        for (quint32 uid : uids) {
            const int row = m_messages.rowForUid(uid);
            if (row < 0)
                continue;
            quint8 bits = quint8(m_messages.index(row, 0).data(models::Roles::Flags).toInt());
            bits = on ? quint8(bits | flag) : quint8(bits & ~flag);
            if (folderId == m_messages.folderId())
                m_messages.setFlags(uid, bits);
            protocols::MessageFlags f;
            f.bits = bits;
            changes.append({uid, f});
        }
        (void)m_session.cache().updateFlags(folderId, changes, 0);
    });
    m_session.runIncoming(m_controller.accountId(), job);
}

void MessageActions::moveTo(const QByteArray &destination, const QString &undoText)
{
    if (m_selection.isEmpty())
        return;
    if (m_controller.isLocal()) {
        transferLocal(m_selection, destination, false, undoText);
        return;
    }
    const QVector<quint32> uids = m_selection;
    const QString accountId = m_controller.accountId();
    const QByteArray source = m_controller.folder();
    const qint64 folderId = m_controller.folderId();
    auto *job = new protocols::MoveMessagesJob(source, uids, destination);
    connect(job, &protocols::Job::finished, this, [=, this] {
        if (job->error()) {
            Q_EMIT problem(job->error().sentence());
            return;
        }
        // The server confirmed: only now do the list and the cache forget them.
        if (folderId == m_messages.folderId())
            m_messages.removeUids(uids);
        (void)m_session.cache().removeUids(folderId, uids);
        if (job->hasMapping()) {
            m_undo = {accountId, destination, source, QVector<quint32>(job->uidMapping().cbegin(), job->uidMapping().cend())};
            undo->setText(undoText);
            undo->setEnabled(true);
        }
        Q_EMIT status(tr("%n message(s) moved to %1.", nullptr, int(uids.size())).arg(folderLabel(destination)));
    });
    m_session.runIncoming(accountId, job);
}

void MessageActions::dropMessages(const QByteArray &mime, const QString &accountId, const QByteArray &rawFolder, bool copy)
{
    const QList<QByteArray> parts = mime.split('\n');
    if (parts.size() != 2 || parts[0].toLongLong() != m_controller.folderId())
        return;
    QVector<quint32> uids;
    for (const QByteArray &u : parts[1].split(',')) {
        if (const quint32 uid = u.toUInt())
            uids << uid;
    }
    if (uids.isEmpty() || (accountId == m_controller.accountId() && rawFolder == m_controller.folder()))
        return;
    if (accountId != m_controller.accountId()) {
        // Between accounts: the verified migration engine (move or copy is asked there).
        models::CrossAccountRequest request;
        request.kind = models::CrossAccountRequest::Kind::Messages;
        request.sourceAccountId = m_controller.accountId();
        request.sourceFolder = m_controller.folder();
        request.uids = uids;
        request.targetAccountId = accountId;
        request.targetFolder = rawFolder;
        m_crossAccount->drop(request);
        return;
    }
    if (copy && m_controller.isLocal()) {
        transferLocal(uids, rawFolder, true, QString());
        return;
    }
    if (copy) {
        auto *job = new protocols::CopyMessagesJob(m_controller.folder(), uids, rawFolder);
        connect(job, &protocols::Job::finished, this, [this, job, n = uids.size(), rawFolder] {
            if (job->error())
                Q_EMIT problem(job->error().sentence());
            else
                Q_EMIT status(tr("%n message(s) copied to %1.", nullptr, int(n)).arg(folderLabel(rawFolder)));
        });
        m_session.runIncoming(accountId, job);
        return;
    }
    const QVector<quint32> previous = std::exchange(m_selection, uids);
    moveTo(rawFolder, tr("Undo move"));
    m_selection = previous;
}

QString MessageActions::folderLabel(const QByteArray &rawFolder) const
{
    // The name the folder tree shows, without its unread count.
    const QModelIndex folder = m_folders.indexFor(m_controller.accountId(), rawFolder);
    if (m_controller.isLocal() && folder.isValid()) {
        const int unread = folder.data(models::Roles::UnreadCount).toInt();
        QString label = folder.data(Qt::DisplayRole).toString();
        if (unread > 0)
            label.chop(QStringLiteral(" (%1)").arg(unread).size());
        return label;
    }
    return m_controller.isLocal() ? QString::fromUtf8(rawFolder) : protocols::imap::decodeMailboxName(rawFolder);
}

void MessageActions::transferLocal(const QVector<quint32> &uids, const QByteArray &destination, bool copy,
                                   const QString &undoText)
{
    if (uids.isEmpty())
        return;
    const QString accountId = m_controller.accountId();
    const QByteArray source = m_controller.folder();
    const auto done = m_session.local().transfer(accountId, QString::fromUtf8(source), uids,
                                                 QString::fromUtf8(destination), copy);
    if (!copy) {
        if (m_controller.folderId() == m_messages.folderId())
            m_messages.removeUids(done.sourceUids);
        if (!done.targetUids.isEmpty()) {
            m_undo = {accountId, destination, source, done.targetUids, true};
            undo->setText(undoText);
            undo->setEnabled(true);
        }
    }
    if (!done.sourceUids.isEmpty()) {
        const QString where = folderLabel(destination);
        Q_EMIT status(copy ? tr("%n message(s) copied to %1.", nullptr, int(done.sourceUids.size())).arg(where)
                           : tr("%n message(s) moved to %1.", nullptr, int(done.sourceUids.size())).arg(where));
    }
    if (done.error)
        Q_EMIT problem(done.error.sentence());
}

} // namespace postier::ui
