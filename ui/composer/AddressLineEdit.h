#pragma once

#include <QLineEdit>

class QCompleter;

namespace postier::models {
class AddressCompletionModel;
class HeaderCache;
} // namespace postier::models

namespace postier::ui {

/// A To, Cc or Bcc field: comma-separated addresses, and completion of the one being typed from
/// the people in the offline cache (models::AddressCompletionModel). Choosing a completion
/// replaces only the entry under the cursor and adds ", " so the next one can follow.
class AddressLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit AddressLineEdit(models::HeaderCache *cache, QWidget *parent = nullptr);

    [[nodiscard]] QCompleter *completer() const { return m_completer; }
    [[nodiscard]] models::AddressCompletionModel *completionModel() const { return m_model; }
    /// The entry being typed: the text between the last separator before the cursor and the cursor.
    [[nodiscard]] QString currentEntry() const;

private:
    void updateCompletions();
    void insertCompletion(const QString &completion);

    models::AddressCompletionModel *m_model = nullptr;
    QCompleter *m_completer = nullptr;
};

} // namespace postier::ui
