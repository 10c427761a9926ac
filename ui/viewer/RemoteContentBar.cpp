#include "ui/viewer/RemoteContentBar.h"

#include "ui/viewer/ToolTip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace postier::ui {

RemoteContentBar::RemoteContentBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_show(new QPushButton(this))
    , m_always(new QPushButton(this))
    , m_content(new QBoxLayout(QBoxLayout::LeftToRight))
{
    setObjectName(QStringLiteral("remoteContentBar"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral(
        "#remoteContentBar { background: #fff4c4; border: 1px solid #e8d27c; border-radius: 4px; }"
        "#remoteContentBar QLabel { color: #3d3300; background: transparent; border: none; }"));

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);

    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_show->setObjectName(QStringLiteral("showRemoteContentButton"));
    m_show->setText(tr("Show remote content"));
    m_always->setObjectName(QStringLiteral("alwaysForSenderButton"));
    m_always->setText(tr("Always for this sender"));

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_show);
    buttons->addWidget(m_always);
    buttons->addStretch();
    m_content->setSpacing(8);
    m_content->addWidget(m_text, 1);
    m_content->addLayout(buttons);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 8, 6);
    layout->setSpacing(8);
    layout->addWidget(icon);
    layout->addLayout(m_content, 1);

    connect(m_show, &QPushButton::clicked, this, &RemoteContentBar::showRequested);
    connect(m_always, &QPushButton::clicked, this, &RemoteContentBar::alwaysForSenderRequested);
}

void RemoteContentBar::setBlocked(int count, const QString &senderAddress)
{
    m_text->setText(count == 1 ? tr("Postier blocked one remote image to protect your privacy.")
                               : tr("Postier blocked %n remote images to protect your privacy.",
                                    nullptr, count));
    m_text->setToolTip(tr("Remote images can tell the sender that, when and where you read this "
                          "message."));
    m_always->setVisible(!senderAddress.isEmpty());
    m_always->setToolTip(
        plainToolTip(tr("Always show remote content in messages from %1").arg(senderAddress)));
}

// Side by side when the sentence fits on one line next to the buttons, buttons below otherwise:
// a sentence squeezed into a narrow column next to them is hard to read.
void RemoteContentBar::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    const int needed = m_text->fontMetrics().horizontalAdvance(m_text->text())
        + m_show->sizeHint().width()
        + (m_always->isVisibleTo(this) ? m_always->sizeHint().width() : 0) + 80;
    const auto direction = width() >= needed ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_content->direction() != direction) {
        m_content->setDirection(direction);
        layout()->activate();
        updateGeometry(); // the height changes with the direction
    }
}

QString RemoteContentBar::message() const
{
    return m_text->text();
}

} // namespace postier::ui
