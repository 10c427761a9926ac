#include "ui/composer/NoticeBar.h"

#include "ui/mainwindow/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace postier::ui {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("noticeBar"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_close->setAutoRaise(true);
    m_close->setIcon(icon("cancel", "window-close"));
    m_close->setToolTip(tr("Hide this message"));
    m_close->setAccessibleName(tr("Hide this message"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_action, &QPushButton::clicked, this, &NoticeBar::actionTriggered);
    connect(m_close, &QToolButton::clicked, this, &NoticeBar::clear);
    hide();
}

void NoticeBar::showNotice(Kind kind, const QString &text, const QString &actionText)
{
    m_kind = kind;
    m_label->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QIcon icon = style()->standardIcon(
        kind == Kind::Error ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation);
    m_icon->setPixmap(icon.pixmap(size, size));
    // Scoped to this frame by object name, so children keep the normal style.
    setStyleSheet(
        kind == Kind::Error
            ? QStringLiteral("QFrame#noticeBar { background: #fdecea; border: 1px solid #e6a19b;"
                             " border-radius: 4px; } QFrame#noticeBar QLabel { color: #5f1a14; }")
            : QStringLiteral("QFrame#noticeBar { background: #e8f0fe; border: 1px solid #a8c1ee;"
                             " border-radius: 4px; } QFrame#noticeBar QLabel { color: #15315e; }"));
    show();
}

void NoticeBar::clear()
{
    m_label->clear();
    hide();
}

QString NoticeBar::text() const
{
    return m_label->text();
}

} // namespace postier::ui
