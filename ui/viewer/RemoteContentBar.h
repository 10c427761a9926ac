#pragma once

#include <QFrame>

class QBoxLayout;
class QLabel;
class QPushButton;

namespace postier::ui {

/// The non-modal bar above a message whose remote content was blocked: "Postier blocked N
/// remote images to protect your privacy. [Show remote content] [Always for this sender]".
/// Yellow with dark text in every colour scheme, so it reads the same in dark mode.
class RemoteContentBar : public QFrame
{
    Q_OBJECT
public:
    explicit RemoteContentBar(QWidget *parent = nullptr);

    /// `senderAddress` empty hides "Always for this sender".
    void setBlocked(int count, const QString &senderAddress);

    [[nodiscard]] QPushButton *showButton() const { return m_show; }
    [[nodiscard]] QPushButton *alwaysButton() const { return m_always; }
    [[nodiscard]] QString message() const;

Q_SIGNALS:
    void showRequested();
    void alwaysForSenderRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QLabel *m_text;
    QPushButton *m_show;
    QPushButton *m_always;
    QBoxLayout *m_content;
};

} // namespace postier::ui
