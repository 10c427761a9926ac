#include "ui/viewer/MessageHeaderWidget.h"

#include "ui/viewer/ElidedLabel.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace postier::ui {

namespace {

enum Row { From, To, Cc, ReplyTo, Date, RowCount };

} // namespace

MessageHeaderWidget::MessageHeaderWidget(QWidget *parent)
    : QWidget(parent)
    , m_subject(new QLabel(this))
    , m_grid(new QGridLayout)
    , m_buttons(new QWidget(this))
{
    setObjectName(QStringLiteral("messageHeader"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    m_subject->setObjectName(QStringLiteral("subject"));
    m_subject->setTextFormat(Qt::PlainText);
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subject->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    QFont subjectFont = m_subject->font();
    subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.35);
    subjectFont.setBold(true);
    m_subject->setFont(subjectFont);

    const QString names[RowCount]
        = {tr("From:"), tr("To:"), tr("Cc:"), tr("Reply to:"), tr("Date:")};
    const char *objectNames[RowCount] = {"from", "to", "cc", "replyTo", "date"};
    QPalette muted = palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    for (int row = 0; row < RowCount; ++row) {
        auto *name = new QLabel(names[row], this);
        name->setPalette(muted);
        name->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *value = new ElidedLabel(this);
        value->setObjectName(QLatin1String(objectNames[row]));
        m_grid->addWidget(name, row, 0);
        m_grid->addWidget(value, row, 1);
        m_names << name;
        m_values << value;
    }
    QFont fromFont = m_values[From]->font();
    fromFont.setBold(true);
    m_values[From]->setFont(fromFont);
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(2);

    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(4);

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(m_subject, 1);
    top->addWidget(m_buttons, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 10);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addLayout(m_grid);
    clear();
}

void MessageHeaderWidget::addAction(QAction *action)
{
    auto *button = new QToolButton(m_buttons);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    m_buttons->layout()->addWidget(button);
}

QString MessageHeaderWidget::formatAddresses(const QList<protocols::MailAddress> &list)
{
    QStringList parts;
    for (const auto &a : list) {
        if (a.name.isEmpty())
            parts << a.address;
        else if (a.address.isEmpty())
            parts << a.name;
        else
            parts << a.name + QStringLiteral(" <") + a.address + QLatin1Char('>');
    }
    return parts.join(QStringLiteral(", "));
}

QString MessageHeaderWidget::formatDate(const QDateTime &date)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = date.toLocalTime();
    return locale.toString(local.date(), QLocale::LongFormat) + QStringLiteral(", ")
        + locale.toString(local.time(), QLocale::ShortFormat);
}

void MessageHeaderWidget::setMessage(const protocols::ParsedMessage &m)
{
    m_subject->setText(m.subject.isEmpty() ? tr("(no subject)") : m.subject);
    setRow(From, formatAddresses(m.from));
    setRow(To, formatAddresses(m.to));
    setRow(Cc, formatAddresses(m.cc));
    const bool sameReply = m.replyTo.isEmpty()
        || (m.replyTo.size() == m.from.size()
            && formatAddresses(m.replyTo) == formatAddresses(m.from));
    setRow(ReplyTo, sameReply ? QString() : formatAddresses(m.replyTo));
    if (m.date.isValid()) {
        const QLocale locale;
        setRow(Date, formatDate(m.date));
        m_values[Date]->setToolTip(
            tr("Sent at %1 in the sender's time zone (UTC%2)")
                .arg(locale.toString(m.date, QLocale::ShortFormat),
                     m.date.timeZoneAbbreviation().remove(QStringLiteral("UTC"))));
    } else {
        setRow(Date, QString());
    }
}

void MessageHeaderWidget::clear()
{
    m_subject->clear();
    for (int row = 0; row < RowCount; ++row)
        setRow(row, QString());
}

void MessageHeaderWidget::setRow(int row, const QString &value)
{
    m_values[row]->setFullText(value);
    const bool visible = !value.isEmpty() || row == From;
    m_names[row]->setVisible(visible);
    m_values[row]->setVisible(visible);
}

QString MessageHeaderWidget::subjectText() const
{
    return m_subject->text();
}

QString MessageHeaderWidget::fromText() const
{
    return m_values[From]->fullText();
}

QString MessageHeaderWidget::toText() const
{
    return m_values[To]->fullText();
}

QString MessageHeaderWidget::ccText() const
{
    return m_values[Cc]->fullText();
}

QString MessageHeaderWidget::dateText() const
{
    return m_values[Date]->fullText();
}

} // namespace postier::ui
