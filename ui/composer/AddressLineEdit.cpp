#include "ui/composer/AddressLineEdit.h"

#include "models/compose/AddressCompletionModel.h"
#include "models/compose/AddressParser.h"

#include <QAbstractItemView>
#include <QCompleter>

namespace postier::ui {

AddressLineEdit::AddressLineEdit(models::HeaderCache *cache, QWidget *parent)
    : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    if (!cache)
        return;
    m_model = new models::AddressCompletionModel(*cache, this);
    m_completer = new QCompleter(m_model, this);
    // The model already holds only matches (by name, word or address), so the completer must not
    // filter again by the start of the whole string.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setWidget(this);
    connect(this, &QLineEdit::textEdited, this, &AddressLineEdit::updateCompletions);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &AddressLineEdit::insertCompletion);
}

QString AddressLineEdit::currentEntry() const
{
    const QStringList entries = models::AddressParser::splitEntries(text().left(cursorPosition()));
    return entries.isEmpty() ? QString() : entries.last();
}

void AddressLineEdit::updateCompletions()
{
    const QString entry = currentEntry();
    m_model->setPrefix(entry);
    if (entry.isEmpty() || m_model->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void AddressLineEdit::insertCompletion(const QString &completion)
{
    QStringList entries = models::AddressParser::splitEntries(text().left(cursorPosition()));
    if (!entries.isEmpty())
        entries.removeLast(); // the one being typed
    entries.removeAll(QString());
    // Completions read "Name <addr>" with the name as people write it; a comma in it must be
    // quoted, or the field would read two people.
    QString entry = completion;
    const qsizetype open = completion.lastIndexOf(QLatin1Char('<'));
    if (open > 0 && completion.endsWith(QLatin1Char('>'))) {
        entry = models::AddressParser::format(
            {completion.left(open).trimmed(),
             completion.mid(open + 1, completion.size() - open - 2)});
    }
    entries << entry;
    const QString inserted = entries.join(QStringLiteral(", ")) + QStringLiteral(", ");
    setText(inserted + text().mid(cursorPosition()).trimmed());
    setCursorPosition(int(inserted.size()));
    m_model->setPrefix(QString());
}

} // namespace postier::ui
