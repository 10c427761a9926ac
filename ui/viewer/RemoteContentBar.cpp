#include "ui/viewer/RemoteContentBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace postier::ui {

RemoteContentBar::RemoteContentBar(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_show(new QPushButton(this)),
      m_always(new QPushButton(this))
{
    setObjectName(QStringLiteral("remoteContentBar"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral(
        "#remoteContentBar { background: #fff4c4; border: 1px solid #e8d27c; border-radius: 4px; }"
        "#remoteContentBar QLabel { color: #3d3300; background: transparent; border: none; }"));

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);

    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_show->setObjectName(QStringLiteral("showRemoteContentButton"));
    m_show->setText(tr("Show remote content"));
    m_always->setObjectName(QStringLiteral("alwaysForSenderButton"));
    m_always->setText(tr("Always for this sender"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 8, 6);
    layout->setSpacing(8);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_show);
    layout->addWidget(m_always);

    connect(m_show, &QPushButton::clicked, this, &RemoteContentBar::showRequested);
    connect(m_always, &QPushButton::clicked, this, &RemoteContentBar::alwaysForSenderRequested);
}

void RemoteContentBar::setBlocked(int count, const QString &senderAddress)
{
    m_text->setText(count == 1
                        ? tr("Postier blocked one remote image to protect your privacy.")
                        : tr("Postier blocked %n remote images to protect your privacy.", nullptr, count));
    m_text->setToolTip(tr("Remote images can tell the sender that, when and where you read this "
                          "message."));
    m_always->setVisible(!senderAddress.isEmpty());
    m_always->setToolTip(tr("Always show remote content in messages from %1").arg(senderAddress));
}

QString RemoteContentBar::message() const
{
    return m_text->text();
}

} // namespace postier::ui
