#include "ui/mainwindow/TrayNotifier.h"

#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

namespace postier::ui {

TrayNotifier::TrayNotifier(QObject *parent)
    : QObject(parent)
{
    updateIcon();
}

TrayNotifier::~TrayNotifier()
{
    delete m_menu; // a menu without a parent widget
}

void TrayNotifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
    updateIcon();
}

bool TrayNotifier::isShowingIcon() const
{
    return m_icon && m_icon->isVisible();
}

void TrayNotifier::setUnreadCount(int count)
{
    m_unread = count;
    if (m_icon) {
        m_icon->setToolTip(count > 0 ? tr("Postier: %n unread message(s)", nullptr, count)
                                     : tr("Postier: no unread messages"));
    }
}

void TrayNotifier::updateIcon()
{
    const bool wanted = m_enabled && QSystemTrayIcon::isSystemTrayAvailable();
    if (!wanted) {
        if (m_icon)
            m_icon->hide();
        return;
    }
    if (!m_icon) {
        m_icon = new QSystemTrayIcon(QIcon(QStringLiteral(":/postier.svg")), this);
        m_menu = new QMenu;
        connect(m_menu->addAction(tr("&Show Postier")), &QAction::triggered, this,
                [this] { Q_EMIT activated(QString()); });
        m_menu->addSeparator();
        connect(m_menu->addAction(tr("&Quit")), &QAction::triggered, this, &TrayNotifier::quitRequested);
        m_icon->setContextMenu(m_menu);
        connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                Q_EMIT activated(m_lastAccount);
        });
        connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] { Q_EMIT activated(m_lastAccount); });
        setUnreadCount(m_unread);
    }
    m_icon->show();
}

std::pair<QString, QString> TrayNotifier::notificationText(const QString &accountName, int count,
                                                           const QString &newestFrom, const QString &newestSubject)
{
    const QString subject = newestSubject.trimmed().isEmpty() ? tr("(no subject)") : newestSubject.trimmed();
    if (count == 1)
        return {newestFrom.isEmpty() ? tr("New message in %1").arg(accountName) : newestFrom, subject};
    return {tr("%n new message(s) in %1", nullptr, count).arg(accountName),
            newestFrom.isEmpty() ? subject : tr("The newest, from %1: %2").arg(newestFrom, subject)};
}

void TrayNotifier::notify(const QString &accountId, const QString &accountName, int count,
                          const QString &newestFrom, const QString &newestSubject)
{
    if (!m_enabled || count <= 0)
        return;
    m_lastAccount = accountId;
    m_last = notificationText(accountName, count, newestFrom, newestSubject);
    if (m_icon && m_icon->isVisible())
        m_icon->showMessage(m_last.first, m_last.second, QIcon(QStringLiteral(":/postier.svg")), 10000);
}

} // namespace postier::ui
