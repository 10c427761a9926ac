#include "ui/viewer/ElidedLabel.h"

#include "ui/viewer/ToolTip.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>

namespace postier::ui {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setWordWrap(false);
}

void ElidedLabel::setFullText(const QString &text)
{
    m_fullText = text;
    updateText();
    updateGeometry();
}

QSize ElidedLabel::sizeHint() const
{
    const QFontMetrics fm(font());
    return {fm.horizontalAdvance(m_fullText) + 2 * margin() + 4, QLabel::sizeHint().height()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    return {fontMetrics().horizontalAdvance(QLatin1Char('M')) * 4,
            QLabel::minimumSizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateText();
}

void ElidedLabel::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Copy"), this, [this] { QApplication::clipboard()->setText(m_fullText); });
    menu.exec(event->globalPos());
}

void ElidedLabel::updateText()
{
    const QString shown = fontMetrics().elidedText(
        m_fullText, Qt::ElideRight, std::max(0, contentsRect().width() - 2 * margin()));
    m_elided = shown != m_fullText;
    if (text() != shown)
        setText(shown);
    setToolTip(m_elided ? plainToolTip(m_fullText) : QString());
}

} // namespace postier::ui
