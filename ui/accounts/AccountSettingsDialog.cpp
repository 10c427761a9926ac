#include "ui/accounts/AccountSettingsDialog.h"

#include "models/accounts/AccountKeychain.h"
#include "models/accounts/AccountStore.h"
#include "models/accounts/PasswordStore.h"
#include "models/compose/AddressParser.h"
#include "ui/accounts/AccountIdentitiesEditor.h"
#include "ui/accounts/AccountServerBox.h"
#include "ui/composer/NoticeBar.h"
#include "ui/mainwindow/Icons.h"
#include "ui/wizards/AccountPop3OptionsWidget.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace postier::ui {

using protocols::Protocol;
using protocols::Security;

namespace {

QLabel *helpLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
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

AccountSettingsDialog::AccountSettingsDialog(models::AccountStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_notice(new NoticeBar(this))
    , m_list(new QListWidget(this))
    , m_remove(new QPushButton(icon("delete", "edit-delete"), tr("Remove Accou&nt…"), this))
    , m_tabs(new QTabWidget(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Account Settings"));

    m_list->setAccessibleName(tr("Accounts"));
    m_list->setIconSize(QSize(22, 22));
    m_list->setMinimumWidth(190);
    m_remove->setToolTip(tr("Remove the selected account from Postier; its mail on this "
                            "computer stays"));

    m_identities = new AccountIdentitiesEditor(this);
    m_pop3 = new AccountPop3OptionsWidget(this);
    m_pop3Page = new QWidget(this);
    auto *pop3Layout = new QVBoxLayout(m_pop3Page);
    pop3Layout->addWidget(m_pop3);
    pop3Layout->addStretch();

    m_tabs->addTab(buildGeneralPage(), tr("&General"));
    m_tabs->addTab(m_identities, tr("&Identities"));
    m_tabs->addTab(buildServersPage(), tr("Ser&vers"));
    m_tabs->addTab(m_pop3Page, tr("POP&3"));

    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Accounts"), this));
    left->addWidget(m_list, 1);
    left->addWidget(m_remove);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addWidget(m_tabs, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &AccountSettingsDialog::showEntry);
    connect(m_remove, &QPushButton::clicked, this, &AccountSettingsDialog::removeCurrentAccount);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountSettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &AccountSettingsDialog::save);
    connect(m_identities, &AccountIdentitiesEditor::edited, this, &AccountSettingsDialog::onEdited);
    for (AccountServerBox *box : {m_incoming, m_outgoing})
        connect(box, &AccountServerBox::edited, this, &AccountSettingsDialog::onEdited);
    connect(m_password, &QLineEdit::textEdited, this, &AccountSettingsDialog::onEdited);
    connect(m_enabled, &QCheckBox::toggled, this, &AccountSettingsDialog::onEdited);
    for (QCheckBox *box : {m_pop3->leaveOnServerBox(), m_pop3->removeAfterBox()})
        connect(box, &QCheckBox::toggled, this, &AccountSettingsDialog::onEdited);
    for (QSpinBox *box : {m_pop3->removeAfterDaysBox(), m_pop3->checkIntervalBox()})
        connect(box, &QSpinBox::valueChanged, this, &AccountSettingsDialog::onEdited);
    for (QLineEdit *edit : {m_accountName, m_displayName, m_address}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_identities->setPrimary(m_displayName->text().trimmed(), m_address->text().trimmed());
            onEdited();
        });
    }

    loadAccounts();
    resize(sizeHint().expandedTo(QSize(860, 580)));
}

AccountSettingsDialog::~AccountSettingsDialog() = default;

QWidget *AccountSettingsDialog::buildGeneralPage()
{
    auto *page = new QWidget(this);
    m_accountName = new QLineEdit(page);
    m_displayName = new QLineEdit(page);
    m_address = new QLineEdit(page);
    m_enabled = new QCheckBox(tr("&Use this account"), page);
    m_accountName->setPlaceholderText(tr("Work"));
    m_displayName->setPlaceholderText(tr("Anna Martin"));
    m_address->setPlaceholderText(tr("anna@example.com"));
    m_accountName->setAccessibleName(tr("Account name"));
    m_displayName->setAccessibleName(tr("Your name"));
    m_address->setAccessibleName(tr("E-mail address"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->addRow(tr("&Account name:"), m_accountName);
    form->addRow(QString(), helpLabel(tr("How Postier lists the account; postier-cli knows it by "
                                         "this name too."),
                                      page));
    form->addRow(tr("&Your name:"), m_displayName);
    form->addRow(QString(), helpLabel(tr("Shown to the people you write to."), page));
    form->addRow(tr("E-mai&l address:"), m_address);
    auto *enabledRow = new QWidget(page);
    auto *enabledLayout = new QVBoxLayout(enabledRow);
    enabledLayout->setContentsMargins(0, 0, 0, 0);
    enabledLayout->setSpacing(2);
    enabledLayout->addWidget(m_enabled);
    enabledLayout->addWidget(helpLabel(tr("A disabled account keeps its settings and its mail on "
                                          "this computer, but Postier neither checks it for new "
                                          "mail nor sends from it."),
                                       enabledRow));
    form->addRow(QString(), enabledRow);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch();
    return page;
}

QWidget *AccountSettingsDialog::buildServersPage()
{
    auto *page = new QWidget(this);
    m_incoming = new AccountServerBox(AccountServerBox::Kind::Incoming, tr("Incoming mail"), page);
    m_outgoing = new AccountServerBox(AccountServerBox::Kind::Outgoing, tr("Outgoing mail (SMTP)"), page);

    auto *passwordBox = new QGroupBox(tr("Password"), page);
    m_password = new QLineEdit(passwordBox);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Unchanged"));
    m_password->setAccessibleName(tr("New password"));
    m_showPassword = new QCheckBox(tr("S&how password"), passwordBox);
    auto *passwordLabel = new QLabel(tr("Pass&word:"), passwordBox);
    passwordLabel->setBuddy(m_password);
    auto *passwordGrid = new QGridLayout(passwordBox);
    passwordGrid->addWidget(passwordLabel, 0, 0);
    passwordGrid->addWidget(m_password, 0, 1);
    passwordGrid->addWidget(m_showPassword, 0, 2);
    passwordGrid->addWidget(helpLabel(tr("Postier keeps it in your system’s keychain, for both "
                                         "servers, never in a settings file. Leave the field "
                                         "empty to keep the saved password."),
                                      passwordBox),
                            1, 1, 1, 2);
    passwordGrid->setColumnStretch(1, 1);
    connect(m_showPassword, &QCheckBox::toggled, this, [this](bool show) {
        m_password->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });

    m_plainWarning = new QLabel(tr("Without encryption, your password and your mail cross the "
                                   "network where anyone on the way can read them, on a public "
                                   "Wi-Fi for example. Choose SSL/TLS or STARTTLS whenever your "
                                   "provider offers them."),
                                page);
    m_plainWarning->setWordWrap(true);
    m_plainWarning->setFrameShape(QFrame::StyledPanel);
    m_plainWarning->setMargin(8);
    m_plainWarning->setStyleSheet(QStringLiteral("QLabel { background: #fde7e9; color: #5c0011; }"));
    m_plainWarning->hide();

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_incoming);
    layout->addWidget(m_outgoing);
    layout->addWidget(passwordBox);
    layout->addWidget(m_plainWarning);
    layout->addStretch();
    return page;
}

void AccountSettingsDialog::loadAccounts()
{
    m_entries.clear();
    const QList<models::Account> accounts = m_store.accounts();
    for (const models::Account &a : accounts)
        m_entries.append(Entry {a, a, std::nullopt, false});
    const QStringList warnings = m_store.warnings();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (int row = 0; row < m_entries.size(); ++row) {
            new QListWidgetItem(icon("account", "user-identity"), QString(), m_list);
            updateListItem(row);
        }
    }
    if (!warnings.isEmpty())
        m_notice->showNotice(NoticeBar::Kind::Info, warnings.join(QLatin1Char(' ')));
    else if (m_entries.isEmpty())
        m_notice->showNotice(NoticeBar::Kind::Info,
                             tr("There is no account yet. Add one with File ▸ Add Account…"));
    m_current = -1;
    const int start = m_entries.isEmpty() ? -1 : 0;
    m_list->setCurrentRow(start);
    showEntry(start);
    if (!m_store.defaultAccountId().isEmpty())
        selectAccount(m_store.defaultAccountId());
}

void AccountSettingsDialog::updateListItem(int row)
{
    QListWidgetItem *item = m_list->item(row);
    if (!item || row >= m_entries.size())
        return;
    const models::Account &a = m_entries.at(row).edited;
    const QString name = a.name.isEmpty() ? tr("(no name)") : a.name;
    item->setText((a.enabled ? name : tr("%1 (disabled)").arg(name)) + QLatin1Char('\n') + a.address);
    item->setToolTip(a.address);
}

void AccountSettingsDialog::selectAccount(const QString &accountId)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).saved.id == accountId)
            m_list->setCurrentRow(row);
    }
}

QString AccountSettingsDialog::currentAccountId() const
{
    return m_current >= 0 ? m_entries.at(m_current).saved.id : QString();
}

bool AccountSettingsDialog::isModified() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return e.modified; });
}

void AccountSettingsDialog::showEntry(int row)
{
    m_current = row >= 0 && row < m_entries.size() ? row : -1;
    const models::Account a = m_current >= 0 ? m_entries.at(m_current).edited : models::Account();
    m_filling = true;
    m_accountName->setText(a.name);
    m_displayName->setText(a.displayName);
    m_address->setText(a.address);
    m_enabled->setChecked(a.enabled);
    m_identities->setIdentities(m_current >= 0 ? a.identities() : QList<models::Identity>());
    m_incoming->setEndpoint(a.incoming);
    m_outgoing->setEndpoint(a.outgoing);
    m_password->setText(m_current >= 0 ? m_entries.at(m_current).password.value_or(QString()) : QString());
    m_pop3->setOptions(a.pop3);
    m_filling = false;
    m_tabs->setEnabled(m_current >= 0);
    updatePlainWarning();
    updatePop3Page();
    updateButtons();
}

void AccountSettingsDialog::onEdited()
{
    if (m_filling || m_current < 0)
        return;
    Entry &e = m_entries[m_current];
    models::Account &a = e.edited;
    a.name = m_accountName->text().trimmed();
    a.displayName = m_displayName->text().trimmed();
    a.address = m_address->text().trimmed();
    a.enabled = m_enabled->isChecked();
    const QList<models::Identity> identities = m_identities->identities();
    a.signature = identities.isEmpty() ? QString() : identities.first().signature;
    a.aliases = identities.mid(1);
    a.incoming = m_incoming->endpoint();
    a.outgoing = m_outgoing->endpoint();
    if (a.incoming.protocol == Protocol::Pop3)
        a.pop3 = m_pop3->options();
    e.password = m_password->text().isEmpty() ? std::nullopt : std::optional<QString>(m_password->text());
    e.modified = true;
    updateListItem(m_current);
    updatePlainWarning();
    updatePop3Page();
    updateButtons();
}

void AccountSettingsDialog::updatePlainWarning()
{
    m_plainWarning->setVisible(m_incoming->endpoint().security == Security::None
                               || m_outgoing->endpoint().security == Security::None);
}

void AccountSettingsDialog::updatePop3Page()
{
    m_tabs->setTabVisible(Pop3Page, m_current >= 0 && m_incoming->endpoint().protocol == Protocol::Pop3);
}

void AccountSettingsDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(isModified() && !isBusy());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!isBusy());
    m_remove->setEnabled(m_current >= 0 && !isBusy());
}

bool AccountSettingsDialog::validate()
{
    // The selected account first: its problem is the one the user is looking at.
    QList<int> order;
    if (m_current >= 0)
        order << m_current;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (row != m_current)
            order << row;
    }
    for (const int row : std::as_const(order)) {
        const Entry &e = m_entries.at(row);
        if (!e.modified)
            continue;
        const models::Account &a = e.edited;
        QString sentence;
        int page = GeneralPage;
        QWidget *field = nullptr;
        bool nameTaken = false;
        for (const Entry &other : std::as_const(m_entries)) {
            if (&other != &e && other.edited.name.compare(a.name, Qt::CaseInsensitive) == 0)
                nameTaken = true;
        }
        int identityRow = -1;
        bool hostWrong = false;
        if (a.name.isEmpty()) {
            sentence = tr("Give the account a name, for example “Work”.");
            field = m_accountName;
        } else if (nameTaken) {
            sentence = tr("Another account is already named “%1”. Choose another name.").arg(a.name);
            field = m_accountName;
        } else if (a.address.isEmpty()) {
            sentence = tr("Enter the account’s e-mail address, for example anna@example.com.");
            field = m_address;
        } else if (!models::AddressParser::isValidAddress(a.address)) {
            sentence = tr("“%1” is not an e-mail address. Addresses look like anna@example.com.").arg(a.address);
            field = m_address;
        } else if (!(sentence = AccountIdentitiesEditor::problem(a.identities(), &identityRow)).isEmpty()) {
            page = IdentitiesPage;
        } else if (!(sentence = AccountServerBox::problem(AccountServerBox::Kind::Incoming, a.incoming, &hostWrong))
                        .isEmpty()) {
            page = ServersPage;
            field = m_incoming;
        } else if (!(a.outgoing.host.isEmpty() && e.saved.outgoing.host.isEmpty()) // set up by postier-cli
                   && !(sentence = AccountServerBox::problem(AccountServerBox::Kind::Outgoing, a.outgoing, &hostWrong))
                           .isEmpty()) {
            page = ServersPage;
            field = m_outgoing;
        } else {
            continue;
        }
        m_list->setCurrentRow(row);
        m_tabs->setCurrentIndex(page);
        m_notice->showNotice(NoticeBar::Kind::Error, sentence);
        if (page == IdentitiesPage) {
            m_identities->showProblem(identityRow, sentence);
        } else if (auto *box = qobject_cast<AccountServerBox *>(field)) {
            box->focusField(hostWrong);
        } else if (auto *edit = qobject_cast<QLineEdit *>(field)) {
            edit->setFocus();
            edit->selectAll();
        }
        return false;
    }
    return true;
}

bool AccountSettingsDialog::save()
{
    if (isBusy() || !validate())
        return false;
    m_notice->clear();
    m_keychainErrors.clear();
    m_newPasswords.clear();
    m_doneMessage = tr("The changes are saved.");
    ++m_pending; // the loop below: keychain answers that come at once must not finish early
    for (int row = 0; row < m_entries.size(); ++row) {
        Entry &e = m_entries[row];
        if (!e.modified)
            continue;
        QString error;
        if (!m_store.save(e.edited, &error)) {
            m_list->setCurrentRow(row);
            m_notice->showNotice(NoticeBar::Kind::Error, error);
            m_doneMessage.clear();
            break;
        }
        const models::Account before = e.saved;
        const models::Account after = e.edited;
        const std::optional<QString> typed = std::exchange(e.password, std::nullopt);
        e.saved = after;
        e.modified = false;
        m_anythingSaved = true;
        if (typed)
            m_newPasswords.append({after.id, *typed});
        ++m_pending;
        models::AccountKeychain::update(
            passwordStore(), before, after, typed, this,
            [this, after, typed](const models::AccountKeychain::Outcome &outcome) {
                if (!outcome.ok) {
                    m_keychainErrors << tr("The settings of “%1” are saved, but the keychain could "
                                           "not store the password: %2")
                                            .arg(after.name, outcome.error);
                }
                if (!typed && outcome.password)
                    m_newPasswords.append({after.id, *outcome.password});
                keychainDone();
            });
    }
    if (m_current >= 0 && !m_entries.at(m_current).password) {
        m_filling = true;
        m_password->clear();
        m_filling = false;
    }
    updateButtons();
    keychainDone();
    return !m_doneMessage.isEmpty();
}

void AccountSettingsDialog::removeCurrentAccount()
{
    if (m_current < 0 || isBusy())
        return;
    const models::Account account = m_entries.at(m_current).saved;
    const QString title = tr("Remove the account “%1”?").arg(account.name);
    const QString text = tr("Postier forgets the settings of “%1” (%2) and deletes its password "
                            "from the keychain. The mail already on this computer is not deleted, "
                            "and nothing is deleted on the server.")
                             .arg(account.name, account.address);
    if (ask(title, text, tr("Remove Account")) != QMessageBox::Yes)
        return;
    // remove() says false when the entry was gone already: the goal is reached either way.
    (void)m_store.remove(account.id);
    const int row = m_current;
    m_entries.removeAt(row);
    {
        const QSignalBlocker blocker(m_list);
        delete m_list->takeItem(row);
    }
    m_current = -1;
    const int next = std::min(row, int(m_entries.size()) - 1);
    m_list->setCurrentRow(next);
    showEntry(next);

    m_notice->clear();
    m_keychainErrors.clear();
    m_newPasswords.clear();
    m_doneMessage = tr("The account “%1” is removed. Its mail on this computer is kept.").arg(account.name);
    m_anythingSaved = true;
    ++m_pending;
    updateButtons();
    models::AccountKeychain::forget(passwordStore(), account, this,
                                    [this, account](const models::AccountKeychain::Outcome &outcome) {
                                        if (!outcome.ok) {
                                            m_keychainErrors << tr("The account “%1” is removed, but "
                                                                   "its password could not be deleted "
                                                                   "from the keychain: %2")
                                                                    .arg(account.name, outcome.error);
                                        }
                                        keychainDone();
                                    });
}

void AccountSettingsDialog::keychainDone()
{
    if (--m_pending > 0)
        return;
    updateButtons();
    if (!m_keychainErrors.isEmpty())
        m_notice->showNotice(NoticeBar::Kind::Error, m_keychainErrors.join(QLatin1Char(' ')));
    else if (!m_doneMessage.isEmpty() && m_anythingSaved)
        m_notice->showNotice(NoticeBar::Kind::Info, m_doneMessage);
    const bool saved = std::exchange(m_anythingSaved, false);
    const bool failed = !m_keychainErrors.isEmpty() || m_doneMessage.isEmpty();
    if (saved) {
        Q_EMIT accountsChanged();
        for (const auto &[id, password] : std::as_const(m_newPasswords))
            Q_EMIT passwordChanged(id, password);
    }
    m_newPasswords.clear();
    Q_EMIT keychainFinished();
    if (std::exchange(m_acceptWhenDone, false) && !failed && !isModified())
        QDialog::accept();
}

void AccountSettingsDialog::accept()
{
    if (isBusy()) {
        m_acceptWhenDone = true;
        return;
    }
    if (!isModified()) {
        QDialog::accept();
        return;
    }
    m_acceptWhenDone = true;
    if (!save())
        m_acceptWhenDone = false;
}

void AccountSettingsDialog::reject()
{
    if (isBusy()) {
        m_notice->showNotice(NoticeBar::Kind::Info,
                             tr("One moment: the keychain has not answered yet."));
        return;
    }
    if (isModified()
        && ask(tr("Discard the changes?"),
               tr("The changes to your accounts are not saved. Close without saving them?"),
               tr("Discard Changes"))
            != QMessageBox::Yes)
        return;
    QDialog::reject();
}

models::PasswordStore &AccountSettingsDialog::passwordStore()
{
    if (m_passwordStore)
        return *m_passwordStore;
    if (!m_ownPasswordStore) {
        // Deleted later, not inside a keychain job's own signal.
        m_ownPasswordStore.reset(new models::PasswordStore, [](models::PasswordStore *s) { s->deleteLater(); });
    }
    return *m_ownPasswordStore;
}

void AccountSettingsDialog::setPasswordStore(models::PasswordStore *store)
{
    m_passwordStore = store;
}

QMessageBox::StandardButton AccountSettingsDialog::ask(const QString &title, const QString &text,
                                                       const QString &yesText)
{
    if (m_prompter)
        return m_prompter(title, text);
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, this);
    box.button(QMessageBox::Yes)->setText(yesText);
    box.setDefaultButton(QMessageBox::Cancel);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

} // namespace postier::ui
