#pragma once

#include "protocols/mime/ParsedMessage.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QToolButton;
class QAction;

namespace postier::ui {

class ElidedLabel;

/// The header of a shown message: subject (wrapped, never cut), then From, To, Cc, Reply-To
/// (when it differs from From) and Date. Every value is selectable plain text; address lists that
/// do not fit are elided on one line with the whole list as tool tip. The date is shown in local
/// time, with the sender's own time and offset as tool tip.
class MessageHeaderWidget : public QWidget
{
    Q_OBJECT
public:
    explicit MessageHeaderWidget(QWidget *parent = nullptr);

    void setMessage(const protocols::ParsedMessage &message);
    void clear();
    /// Puts `action` as a small button at the top right (e.g. "Show Source").
    void addAction(QAction *action);

    [[nodiscard]] QString subjectText() const;
    [[nodiscard]] QString fromText() const;
    [[nodiscard]] QString toText() const;
    [[nodiscard]] QString ccText() const;
    [[nodiscard]] QString dateText() const;

    /// "Name <address>, ..." — the form the header shows and copies.
    [[nodiscard]] static QString formatAddresses(const QList<protocols::MailAddress> &list);
    /// The date in local time, as the header shows it ("Tuesday, 24 November 2026, 09:12").
    [[nodiscard]] static QString formatDate(const QDateTime &date);

private:
    void setRow(int row, const QString &value);

    QLabel *m_subject;
    QGridLayout *m_grid;
    QList<QLabel *> m_names;
    QList<ElidedLabel *> m_values;
    QWidget *m_buttons;
};

} // namespace postier::ui
