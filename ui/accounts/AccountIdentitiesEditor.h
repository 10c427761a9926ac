#pragma once

#include "models/accounts/Identity.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace postier::ui {

/// The Identities page of AccountSettingsDialog: the account's identities in a list, the primary
/// one first, and the selected one's sender name, address and signature (plain text) beside it.
/// Add makes a new alias and puts the cursor in its address; Remove takes the selected alias
/// away (the primary identity cannot be removed). The primary identity's name and address are
/// the account's own: they are shown here, and changed on the General page (setPrimary()).
///
/// An address that cannot be used (empty, not an address, one the account already has) is
/// named in a sentence under the field as soon as the field is left, and by problem().
class AccountIdentitiesEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AccountIdentitiesEditor(QWidget *parent = nullptr);

    /// Primary identity first. Selects the primary identity.
    void setIdentities(const QList<models::Identity> &identities);
    [[nodiscard]] QList<models::Identity> identities() const { return m_identities; }
    /// The primary identity's name and address as the General page now has them.
    void setPrimary(const QString &name, const QString &address);
    void selectIdentity(int row);
    [[nodiscard]] int currentRow() const;
    /// The first of `identities` (primary first) that cannot be saved, as a sentence, and its
    /// row; empty when all can.
    [[nodiscard]] static QString problem(const QList<models::Identity> &identities, int *row = nullptr);
    /// Selects `row`, shows the sentence under its address and puts the cursor there.
    void showProblem(int row, const QString &sentence);

    [[nodiscard]] QListWidget *list() const { return m_list; }
    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }
    [[nodiscard]] QLineEdit *addressEdit() const { return m_address; }
    [[nodiscard]] QPlainTextEdit *signatureEdit() const { return m_signature; }
    [[nodiscard]] QPushButton *addButton() const { return m_add; }
    [[nodiscard]] QPushButton *removeButton() const { return m_remove; }
    [[nodiscard]] QLabel *problemLabel() const { return m_problem; }

    void addIdentity();
    void removeCurrentIdentity();

Q_SIGNALS:
    /// The user changed, added or removed an identity.
    void edited();

private:
    void showCurrent();
    void onFieldEdited();
    void updateItem(int row);
    void updateProblem();
    [[nodiscard]] static QString problemOf(const QList<models::Identity> &identities, int row);

    QList<models::Identity> m_identities;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QPlainTextEdit *m_signature;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_primaryHint;
    QLabel *m_problem;
    bool m_filling = false;
};

} // namespace postier::ui
