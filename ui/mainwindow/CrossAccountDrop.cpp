#include "ui/mainwindow/CrossAccountDrop.h"

#include "models/folders/FolderModel.h"
#include "models/session/MailSession.h"
#include "ui/mainwindow/CrossAccountReportDialog.h"
#include "ui/mainwindow/Icons.h"
#include "ui/mainwindow/MailController.h"

#include <QAction>
#include <QCursor>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>

namespace postier::ui {

CrossAccountDrop::CrossAccountDrop(models::MailSession &session, models::FolderModel &folders,
                                   MailController &controller, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_folders(folders)
    , m_controller(controller)
    , m_window(window)
{
}

QMenu *CrossAccountDrop::openMenu() const
{
    return m_menu;
}

void CrossAccountDrop::drop(models::CrossAccountRequest request)
{
    if (const QString why = models::CrossAccountCopy::whyNot(m_session, request); !why.isEmpty()) {
        Q_EMIT problem(why);
        return;
    }
    if (request.kind == models::CrossAccountRequest::Kind::Files) {
        request.move = false; // the user's files stay where they are
        start(request);
        return;
    }
    // As file managers do: Shift moves, Ctrl copies, a plain drop asks.
    const Qt::KeyboardModifiers modifiers = QGuiApplication::keyboardModifiers();
    if (modifiers & Qt::ShiftModifier) {
        request.move = true;
        start(request);
        return;
    }
    if (modifiers & Qt::ControlModifier) {
        request.move = false;
        start(request);
        return;
    }
    if (m_menu)
        m_menu->close();
    auto *menu = new QMenu(m_window);
    menu->setObjectName(QStringLiteral("crossAccountDropMenu"));
    QAction *move = menu->addAction(icon("move-to", "go-jump"), tr("&Move Here"));
    move->setObjectName(QStringLiteral("move"));
    move->setToolTip(tr("Copy, check every message on the other account, then delete the originals"));
    QAction *copy = menu->addAction(icon("copy-to", "edit-copy"), tr("&Copy Here"));
    copy->setObjectName(QStringLiteral("copy"));
    menu->addSeparator();
    QAction *cancel = menu->addAction(icon("cancel", "process-stop"), tr("C&ancel"));
    cancel->setObjectName(QStringLiteral("cancel"));
    connect(move, &QAction::triggered, this, [this, request]() mutable {
        request.move = true;
        start(request);
    });
    connect(copy, &QAction::triggered, this, [this, request]() mutable {
        request.move = false;
        start(request);
    });
    // Deleted once it closed, after the chosen action has been triggered.
    connect(menu, &QMenu::aboutToHide, menu, &QObject::deleteLater);
    m_menu = menu;
    menu->popup(QCursor::pos());
}

void CrossAccountDrop::start(const models::CrossAccountRequest &request)
{
    auto *copy = new models::CrossAccountCopy(m_session, request, this);
    copy->setPasswordStore(m_passwords);
    connect(copy, &models::CrossAccountCopy::finished, this, [this, copy](const models::CrossAccountResult &result) {
        done(copy->request(), result);
        copy->deleteLater();
    });
    copy->start();
}

bool CrossAccountDrop::showsFolder(const QString &accountId, const QByteArray &rawFolder) const
{
    return m_controller.accountId() == accountId && m_controller.folder() == rawFolder;
}

void CrossAccountDrop::done(const models::CrossAccountRequest &request, const models::CrossAccountResult &result)
{
    using Kind = models::CrossAccountRequest::Kind;
    if (!result.error.isEmpty()) {
        Q_EMIT problem(result.error);
    } else if (result.ok() || result.cancelled()) {
        Q_EMIT status(result.summary());
    } else {
        Q_EMIT problem(result.summary());
        auto *dialog = new CrossAccountReportDialog(result, request.kind == Kind::Files, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    }

    // The folder tree and the list follow: new folders on the target, a moved folder gone.
    const bool newFolders = request.kind == Kind::Folder
        || std::any_of(request.files.cbegin(), request.files.cend(), [](const QString &f) { return QFileInfo(f).isDir(); });
    const bool copiedSomething = result.report.total(&models::MigrationFolderReport::uploaded) > 0;
    if (newFolders && copiedSomething)
        m_folders.refresh(m_folders.indexFor(request.targetAccountId));
    else if (copiedSomething && showsFolder(request.targetAccountId, request.targetFolder))
        m_controller.refresh();
    if (result.removed > 0) {
        if (request.kind == Kind::Folder)
            m_folders.refresh(m_folders.indexFor(request.sourceAccountId));
        else if (showsFolder(request.sourceAccountId, request.sourceFolder))
            m_controller.refresh();
    }
    Q_EMIT finished(result);
}

} // namespace postier::ui
