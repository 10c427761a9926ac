#pragma once

#include "protocols/Error.h"
#include "protocols/ServerEndpoint.h"

#include <QStyle>
#include <QWidget>

class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace postier::ui {

/// One server's line on AccountTestPage: an icon, what is being checked, and the outcome as a
/// sentence. For an untrusted certificate it shows the certificate (subject, issuer, validity,
/// SHA-256 fingerprint) and a "Trust this certificate" button; for a network failure or a
/// timeout a "Try again" button. The widget only shows: the page decides what the buttons do.
class AccountServerCheckWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Status { NotChecked, Running, Passed, Failed };

    AccountServerCheckWidget(const QString &heading, QWidget *parent = nullptr);

    void setEndpoint(const protocols::ServerEndpoint &endpoint);
    void setRunning();
    void setPassed();
    /// advice: the provider's extra word on a refused login, or empty.
    void setFailed(const protocols::Error &error, const QString &advice);
    void setNotChecked();

    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] QLabel *messageLabel() const { return m_message; }
    [[nodiscard]] QLabel *adviceLabel() const { return m_advice; }
    [[nodiscard]] QGroupBox *certificateBox() const { return m_certificateBox; }
    [[nodiscard]] QLabel *fingerprintLabel() const { return m_fingerprint; }
    [[nodiscard]] QLabel *subjectLabel() const { return m_subject; }
    [[nodiscard]] QPushButton *trustButton() const { return m_trust; }
    [[nodiscard]] QPushButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    void trustRequested();
    void retryRequested();

private:
    void setIcon(QStyle::StandardPixmap pixmap);

    Status m_status = Status::NotChecked;
    QString m_heading;
    QLabel *m_icon;
    QProgressBar *m_busy;
    QLabel *m_title;
    QLabel *m_message;
    QLabel *m_advice;
    QGroupBox *m_certificateBox;
    QLabel *m_subject;
    QLabel *m_issuer;
    QLabel *m_validity;
    QLabel *m_fingerprint;
    QPushButton *m_trust;
    QPushButton *m_retry;
};

} // namespace postier::ui
