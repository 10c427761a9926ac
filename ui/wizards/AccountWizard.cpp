#include "ui/wizards/AccountWizard.h"

#include "models/accounts/AccountStore.h"
#include "ui/wizards/AccountDiscoveryPage.h"
#include "ui/wizards/AccountDonePage.h"
#include "ui/wizards/AccountIdentityPage.h"
#include "ui/wizards/AccountManualPage.h"
#include "ui/wizards/AccountTestPage.h"

#include <QAbstractButton>
#include <QPointer>

#include <memory>

namespace postier::ui {

AccountWizard::AccountWizard(models::AccountStore *store, QWidget *parent)
    : QWizard(parent)
    , m_store(store)
    , m_identityPage(new AccountIdentityPage(&m_state, this))
    , m_discoveryPage(new AccountDiscoveryPage(&m_state, this))
    , m_manualPage(new AccountManualPage(&m_state, this))
    , m_testPage(new AccountTestPage(&m_state, this))
    , m_donePage(new AccountDonePage(&m_state, this))
{
    setWindowTitle(tr("Add a Mail Account"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setPage(IdentityPageId, m_identityPage);
    setPage(DiscoveryPageId, m_discoveryPage);
    setPage(ManualPageId, m_manualPage);
    setPage(TestPageId, m_testPage);
    setPage(DonePageId, m_donePage);
    setStartId(IdentityPageId);
    setMinimumSize(560, 520);
    resize(680, 620);
}

AccountWizard::~AccountWizard() = default;

void AccountWizard::setDiscoveryOptions(const models::DiscoveryOptions &options)
{
    m_state.discoveryOptions = options;
}

void AccountWizard::setConnectionOptions(const protocols::ConnectionOptions &options)
{
    m_state.connectionOptions = options;
}

void AccountWizard::setPasswordWriter(PasswordWriter writer)
{
    m_passwordWriter = std::move(writer);
}

models::Account AccountWizard::account() const
{
    models::Account a;
    a.id = m_savedId;
    a.name = m_donePage->accountName();
    a.address = m_state.address;
    a.displayName = m_state.displayName;
    a.incoming = m_state.incoming;
    a.outgoing = m_state.outgoing;
    a.enabled = true;
    if (a.incoming.protocol == protocols::Protocol::Pop3)
        a.pop3 = m_state.pop3;
    return a;
}

void AccountWizard::accept()
{
    if (m_saving || !validateCurrentPage())
        return;
    if (!m_store) {
        QWizard::accept();
        return;
    }
    m_donePage->setError({});
    models::Account a = account();
    if (a.id.isEmpty())
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    if (!m_store->save(a, &error)) {
        m_donePage->setError(error);
        return;
    }
    // The same id on a second Finish replaces this entry instead of adding another.
    m_savedId = a.id;
    savePasswords(a);
}

void AccountWizard::savePasswords(const models::Account &account)
{
    QStringList keys{models::Account::passwordKey(account.incoming)};
    if (!account.outgoing.host.isEmpty()) {
        const QString outgoingKey = models::Account::passwordKey(account.outgoing);
        if (!keys.contains(outgoingKey))
            keys << outgoingKey;
    }
    if (!m_passwordWriter) {
        if (!m_passwordStore)
            m_passwordStore = new models::PasswordStore(this);
        m_passwordWriter = [store = QPointer<models::PasswordStore>(m_passwordStore)](
                               const QString &key, const QString &password,
                               models::PasswordStore::Callback callback) {
            if (store)
                store->write(key, password, std::move(callback));
        };
    }

    m_saving = true;
    m_keychainWarning.clear();
    if (QAbstractButton *finish = button(QWizard::FinishButton))
        finish->setEnabled(false);

    struct Progress {
        int pending = 0;
        QStringList errors;
        QString unavailable;
    };
    auto progress = std::make_shared<Progress>();
    progress->pending = int(keys.size());
    const QPointer<AccountWizard> self(this);
    for (const QString &key : std::as_const(keys)) {
        m_passwordWriter(key, m_state.password, [self, progress, account](const models::PasswordStore::Result &r) {
            if (!r.ok) {
                if (!r.available)
                    progress->unavailable = r.error;
                else if (!progress->errors.contains(r.error))
                    progress->errors << r.error;
            }
            if (--progress->pending > 0 || !self)
                return;
            self->m_saving = false;
            if (QAbstractButton *finish = self->button(QWizard::FinishButton))
                finish->setEnabled(true);
            if (!progress->errors.isEmpty()) {
                self->m_donePage->setError(
                    AccountWizard::tr("The account was saved, but its password could not be "
                                      "stored: %1 Click Finish to try again.")
                        .arg(progress->errors.join(QLatin1Char(' '))));
                return;
            }
            self->m_keychainWarning = progress->unavailable;
            Q_EMIT self->accountSaved(account);
            self->QWizard::accept();
        });
    }
}

} // namespace postier::ui
