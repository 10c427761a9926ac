#include "ui/migration/MigrationWidgets.h"

#include <QLabel>

namespace postier::ui::migration {

QLabel *sentenceLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *warningLabel(QWidget *parent)
{
    QLabel *label = sentenceLabel(parent);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(6);
    // The same tint as the account wizard's advice, readable in light and dark themes alike.
    label->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; }"));
    return label;
}

QLabel *headingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace postier::ui::migration
