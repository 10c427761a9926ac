#include "ui/accounts/AccountIdentitiesEditor.h"

#include "models/compose/AddressParser.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace postier::ui {

namespace {

QLabel *smallLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    label->setFont(small);
    // A wrapped label in a form keeps a narrow preferred width unless it may grow.
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

AccountIdentitiesEditor::AccountIdentitiesEditor(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_signature(new QPlainTextEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_primaryHint(smallLabel(this))
    , m_problem(smallLabel(this))
{
    auto *intro = new QLabel(tr("The addresses you send from with this account, each with its "
                                "own name and signature. Replies are sent from the address the "
                                "message was written to."),
                             this);
    intro->setWordWrap(true);

    m_list->setAccessibleName(tr("Identities"));
    m_list->setMinimumWidth(200);
    m_add->setToolTip(tr("Add another address to send from"));
    m_remove->setToolTip(tr("Remove the selected address"));
    m_name->setPlaceholderText(tr("Anna Martin"));
    m_name->setAccessibleName(tr("Sender name"));
    m_address->setPlaceholderText(tr("sales@example.com"));
    m_address->setAccessibleName(tr("E-mail address"));
    m_signature->setAccessibleName(tr("Signature"));
    m_signature->setPlaceholderText(tr("Plain text, added below your messages after a line "
                                       "with “-- ”."));
    m_signature->setTabChangesFocus(true);
    m_primaryHint->setText(tr("This is the account’s own name and address; change them on the "
                              "General page."));
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; }"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(buttons);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->addRow(tr("&Sender name:"), m_name);
    form->addRow(tr("E-&mail address:"), m_address);
    m_problem->hide();
    auto *signatureLabel = new QLabel(tr("Signa&ture:"), this);
    signatureLabel->setBuddy(m_signature);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_primaryHint);
    right->addWidget(m_problem);
    right->addWidget(signatureLabel);
    right->addWidget(m_signature, 1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &AccountIdentitiesEditor::showCurrent);
    connect(m_name, &QLineEdit::textEdited, this, &AccountIdentitiesEditor::onFieldEdited);
    connect(m_address, &QLineEdit::textEdited, this, &AccountIdentitiesEditor::onFieldEdited);
    connect(m_signature, &QPlainTextEdit::textChanged, this, &AccountIdentitiesEditor::onFieldEdited);
    connect(m_address, &QLineEdit::editingFinished, this, &AccountIdentitiesEditor::updateProblem);
    connect(m_add, &QPushButton::clicked, this, &AccountIdentitiesEditor::addIdentity);
    connect(m_remove, &QPushButton::clicked, this, &AccountIdentitiesEditor::removeCurrentIdentity);
}

void AccountIdentitiesEditor::setIdentities(const QList<models::Identity> &identities)
{
    m_filling = true;
    m_identities = identities;
    m_list->clear();
    for (int row = 0; row < m_identities.size(); ++row) {
        new QListWidgetItem(m_list);
        updateItem(row);
    }
    m_filling = false;
    selectIdentity(0);
    showCurrent();
}

void AccountIdentitiesEditor::setPrimary(const QString &name, const QString &address)
{
    if (m_identities.isEmpty())
        return;
    m_identities.first().name = name;
    m_identities.first().address = address;
    updateItem(0);
    if (currentRow() == 0)
        showCurrent();
}

void AccountIdentitiesEditor::updateItem(int row)
{
    QListWidgetItem *item = m_list->item(row);
    if (!item)
        return;
    const models::Identity &identity = m_identities.at(row);
    const QString address = identity.address.isEmpty() ? tr("(no address yet)") : identity.address;
    // The primary identity says so on its first line.
    QString first = identity.name.isEmpty() ? address : identity.name;
    if (row == 0)
        first = tr("%1 (primary)").arg(first);
    item->setText(identity.name.isEmpty() ? first : first + QLatin1Char('\n') + address);
    item->setToolTip(identity.displayText());
}

void AccountIdentitiesEditor::selectIdentity(int row)
{
    m_list->setCurrentRow(row);
}

int AccountIdentitiesEditor::currentRow() const
{
    return m_list->currentRow();
}

void AccountIdentitiesEditor::showCurrent()
{
    const int row = currentRow();
    const bool valid = row >= 0 && row < m_identities.size();
    const bool primary = row == 0;
    m_filling = true;
    const models::Identity identity = valid ? m_identities.at(row) : models::Identity();
    m_name->setText(identity.name);
    m_address->setText(identity.address);
    m_signature->setPlainText(identity.signature);
    m_filling = false;
    m_name->setReadOnly(primary);
    m_address->setReadOnly(primary);
    m_name->setEnabled(valid);
    m_address->setEnabled(valid);
    m_signature->setEnabled(valid);
    m_primaryHint->setVisible(primary);
    m_remove->setEnabled(valid && !primary);
    m_problem->hide();
}

void AccountIdentitiesEditor::onFieldEdited()
{
    const int row = currentRow();
    if (m_filling || row < 0 || row >= m_identities.size())
        return;
    models::Identity &identity = m_identities[row];
    if (row > 0) {
        identity.name = m_name->text().trimmed();
        identity.address = m_address->text().trimmed();
    }
    identity.signature = m_signature->toPlainText();
    updateItem(row);
    if (!m_problem->isHidden())
        updateProblem();
    Q_EMIT edited();
}

void AccountIdentitiesEditor::updateProblem()
{
    const QString sentence = currentRow() > 0 ? problemOf(m_identities, currentRow()) : QString();
    m_problem->setText(sentence);
    m_problem->setVisible(!sentence.isEmpty());
}

QString AccountIdentitiesEditor::problemOf(const QList<models::Identity> &identities, int row)
{
    const QString address = identities.at(row).address;
    if (address.isEmpty())
        return tr("Enter the address this identity sends from, for example sales@example.com.");
    if (!models::AddressParser::isValidAddress(address))
        return tr("“%1” is not an e-mail address. Addresses look like sales@example.com.").arg(address);
    for (int other = 0; other < row; ++other) {
        if (identities.at(other).address.compare(address, Qt::CaseInsensitive) == 0)
            return tr("%1 is already an address of this account. Each identity needs its own "
                      "address.")
                .arg(address);
    }
    return {};
}

QString AccountIdentitiesEditor::problem(const QList<models::Identity> &identities, int *row)
{
    for (int r = 1; r < identities.size(); ++r) {
        const QString sentence = problemOf(identities, r);
        if (!sentence.isEmpty()) {
            if (row)
                *row = r;
            return sentence;
        }
    }
    return {};
}

void AccountIdentitiesEditor::showProblem(int row, const QString &sentence)
{
    selectIdentity(row);
    m_problem->setText(sentence);
    m_problem->setVisible(!sentence.isEmpty());
    m_address->setFocus();
    m_address->selectAll();
}

void AccountIdentitiesEditor::addIdentity()
{
    models::Identity identity;
    if (!m_identities.isEmpty()) {
        identity.accountId = m_identities.first().accountId;
        identity.name = m_identities.first().name;
    }
    m_identities << identity;
    new QListWidgetItem(m_list);
    updateItem(int(m_identities.size()) - 1);
    selectIdentity(int(m_identities.size()) - 1);
    m_address->setFocus();
    Q_EMIT edited();
}

void AccountIdentitiesEditor::removeCurrentIdentity()
{
    const int row = currentRow();
    if (row <= 0 || row >= m_identities.size())
        return;
    m_identities.removeAt(row);
    delete m_list->takeItem(row);
    selectIdentity(std::min(row, int(m_identities.size()) - 1));
    Q_EMIT edited();
}

} // namespace postier::ui
