#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace postier::ui {

/// A non-modal bar at the top of a window that says what happened, in a sentence, with at most
/// one action button ("Save Copy to Sent") and a close button. Info and progress notes are
/// neutral; errors are tinted. Hidden until showNotice().
class NoticeBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Error };

    explicit NoticeBar(QWidget *parent = nullptr);

    /// Shows the sentence; actionText empty: no action button.
    void showNotice(Kind kind, const QString &text, const QString &actionText = {});
    void clear();

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QString text() const;
    [[nodiscard]] QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void actionTriggered();

private:
    Kind m_kind = Kind::Info;
    QLabel *m_icon;
    QLabel *m_label;
    QPushButton *m_action;
    QToolButton *m_close;
};

} // namespace postier::ui
