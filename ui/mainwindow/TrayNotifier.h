#pragma once

#include <QObject>
#include <QString>

#include <utility>

class QMenu;
class QSystemTrayIcon;

namespace postier::ui {

/// New-mail notifications on the desktop: Postier's icon in the system tray, its tool tip saying
/// how many messages are unread, and one desktop notification per announcement ("3 new messages in
/// Work", or the sender and subject of a single one). Clicking the notification or the icon emits
/// activated() with the account of the last announcement, for the window to come forward on that
/// account's Inbox.
///
/// Where there is no system tray (QSystemTrayIcon::isSystemTrayAvailable() false) nothing is shown
/// and nothing complains: the window title carries the unread count anyway. Turned off
/// (setEnabled(false)), the icon goes away and announcements are dropped.
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    explicit TrayNotifier(QObject *parent = nullptr);
    ~TrayNotifier() override;

    void setEnabled(bool enabled);
    [[nodiscard]] bool isEnabled() const { return m_enabled; }
    /// Whether a tray icon is shown (enabled, and the desktop has a tray).
    [[nodiscard]] bool isShowingIcon() const;
    void setUnreadCount(int count);

    /// The title and text of the notification for an announcement.
    [[nodiscard]] static std::pair<QString, QString> notificationText(const QString &accountName, int count,
                                                                      const QString &newestFrom,
                                                                      const QString &newestSubject);
    /// The last notification asked for (title, text), shown or not; for tests and accessibility.
    [[nodiscard]] std::pair<QString, QString> lastNotification() const { return m_last; }

public Q_SLOTS:
    void notify(const QString &accountId, const QString &accountName, int count, const QString &newestFrom,
                const QString &newestSubject);

Q_SIGNALS:
    /// The user clicked the notification or the icon: `accountId` is the last announced account
    /// (empty before any announcement).
    void activated(const QString &accountId);
    void quitRequested();

private:
    void updateIcon();

    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    bool m_enabled = true;
    int m_unread = 0;
    QString m_lastAccount;
    std::pair<QString, QString> m_last;
};

} // namespace postier::ui
