#include "models/accounts/AccountStore.h"

#include "models/compose/AddressParser.h"

#include <QCoreApplication>
#include <QSettings>
#include <algorithm>

namespace postier::models {

namespace {

const QString kIdentities = QStringLiteral("identities");

/// One entry of an account's "identities" array exactly as stored: every key, so an entry
/// that cannot be used is written back unchanged.
struct StoredIdentity {
    QString group; ///< "1", "2"... (QSettings arrays count from 1)
    QVariantMap values;
    [[nodiscard]] Identity identity(const QString &accountId) const
    {
        return Identity {accountId, values.value(QStringLiteral("name")).toString(),
                         values.value(QStringLiteral("address")).toString().trimmed(),
                         values.value(QStringLiteral("signature")).toString()};
    }
};

/// The entries in the array's order. Reads the groups that are there rather than trusting the
/// "size" key, which a hand edit may have left wrong.
QList<StoredIdentity> readStoredIdentities(QSettings &s)
{
    QList<StoredIdentity> out;
    s.beginGroup(kIdentities);
    QStringList groups = s.childGroups();
    std::sort(groups.begin(), groups.end(), [](const QString &a, const QString &b) {
        bool okA = false, okB = false;
        const int na = a.toInt(&okA), nb = b.toInt(&okB);
        if (okA != okB)
            return okA; // numbered entries first
        return okA ? na < nb : a < b;
    });
    for (const QString &group : std::as_const(groups)) {
        StoredIdentity entry;
        entry.group = group;
        s.beginGroup(group);
        const QStringList keys = s.allKeys();
        for (const QString &key : keys)
            entry.values.insert(key, s.value(key));
        s.endGroup();
        out << entry;
    }
    s.endGroup();
    return out;
}

/// Why `alias` cannot be one of `account`'s identities, as a sentence; empty when it can.
/// `taken` holds the lower-case addresses the account already has.
QString identityProblem(const Account &account, const Identity &alias, const QStringList &taken)
{
    const QString accountName = account.name.isEmpty() ? account.id : account.name;
    if (alias.address.isEmpty())
        return AccountStore::tr("An identity of the account “%1” in the settings has no address and was skipped.")
            .arg(accountName);
    if (!AddressParser::isValidAddress(alias.address))
        return AccountStore::tr("The identity “%1” of the account “%2” in the settings is not a valid e-mail address and was skipped.")
            .arg(alias.address, accountName);
    if (taken.contains(alias.address.toLower()))
        return AccountStore::tr("The identity “%1” of the account “%2” in the settings repeats an address the account already has and was skipped.")
            .arg(alias.address, accountName);
    return {};
}

/// Reads the aliases of the account whose group is current; entries that cannot be used go to
/// *skipped (and their sentences to *warnings).
void readAliases(QSettings &s, Account *account, QStringList *warnings,
                 QList<StoredIdentity> *skipped = nullptr)
{
    QStringList taken {account->address.toLower()};
    for (const StoredIdentity &entry : readStoredIdentities(s)) {
        const Identity alias = entry.identity(account->id);
        const QString problem = identityProblem(*account, alias, taken);
        if (!problem.isEmpty()) {
            if (warnings)
                *warnings << problem;
            if (skipped)
                *skipped << entry;
            continue;
        }
        taken << alias.address.toLower();
        account->aliases << alias;
    }
}

/// Replaces the array with `aliases`, then the entries that could not be read, unchanged.
void writeAliases(QSettings &s, const QList<Identity> &aliases, const QList<StoredIdentity> &kept)
{
    s.remove(kIdentities);
    s.beginWriteArray(kIdentities, int(aliases.size() + kept.size()));
    int i = 0;
    for (const Identity &alias : aliases) {
        s.setArrayIndex(i++);
        s.setValue(QStringLiteral("name"), alias.name);
        s.setValue(QStringLiteral("address"), alias.address);
        s.setValue(QStringLiteral("signature"), alias.signature);
    }
    for (const StoredIdentity &entry : kept) {
        s.setArrayIndex(i++);
        for (auto it = entry.values.cbegin(); it != entry.values.cend(); ++it)
            s.setValue(it.key(), it.value());
    }
    s.endArray();
}


void writeEndpoint(QSettings &s, const QString &prefix, const protocols::ServerEndpoint &e)
{
    s.setValue(prefix + QStringLiteral("/url"), Account::passwordKey(e));
    s.setValue(prefix + QStringLiteral("/caFile"), e.trust.extraCaFile);
    s.setValue(prefix + QStringLiteral("/pinnedSha256"), QString::fromLatin1(e.trust.pinnedSha256.toHex()));
}

bool readEndpoint(QSettings &s, const QString &prefix, protocols::ServerEndpoint *e, QString *error)
{
    const QString url = s.value(prefix + QStringLiteral("/url")).toString();
    if (url.isEmpty())
        return false;
    if (!protocols::ServerEndpoint::fromUrl(QUrl(url), e, error))
        return false;
    e->trust.extraCaFile = s.value(prefix + QStringLiteral("/caFile")).toString();
    e->trust.pinnedSha256 = QByteArray::fromHex(s.value(prefix + QStringLiteral("/pinnedSha256")).toString().toLatin1());
    return true;
}

void writePop3Options(QSettings &s, const Pop3Options &o)
{
    s.setValue(QStringLiteral("pop3/leaveOnServer"), o.leaveOnServer);
    s.setValue(QStringLiteral("pop3/removeAfterDays"), o.removeAfterDays);
    s.setValue(QStringLiteral("pop3/checkIntervalMinutes"), o.checkIntervalMinutes);
}

void readPop3Options(QSettings &s, Pop3Options *o)
{
    const Pop3Options defaults;
    o->leaveOnServer = s.value(QStringLiteral("pop3/leaveOnServer"), defaults.leaveOnServer).toBool();
    // Hand-edited settings out of range fall back to the defaults rather than to nonsense.
    bool ok = false;
    const int days = s.value(QStringLiteral("pop3/removeAfterDays"), defaults.removeAfterDays).toInt(&ok);
    o->removeAfterDays = ok && days >= 0 ? days : defaults.removeAfterDays;
    const int minutes = s.value(QStringLiteral("pop3/checkIntervalMinutes"), defaults.checkIntervalMinutes).toInt(&ok);
    o->checkIntervalMinutes = ok && minutes >= 0 ? minutes : defaults.checkIntervalMinutes;
}

} // namespace

AccountStore::AccountStore(const QString &settingsFile)
    : m_settings(settingsFile.isEmpty() ? new QSettings
                                        : new QSettings(settingsFile, QSettings::IniFormat))
{
}

AccountStore::~AccountStore()
{
    delete m_settings;
}

QList<Account> AccountStore::accounts() const
{
    m_warnings.clear();
    QList<Account> out;
    m_settings->beginGroup(QStringLiteral("accounts"));
    const QStringList ids = m_settings->childGroups();
    for (const QString &id : ids) {
        m_settings->beginGroup(id);
        Account a;
        a.id = id;
        a.name = m_settings->value(QStringLiteral("name")).toString();
        a.address = m_settings->value(QStringLiteral("address")).toString();
        a.displayName = m_settings->value(QStringLiteral("displayName")).toString();
        a.signature = m_settings->value(QStringLiteral("signature")).toString();
        a.enabled = m_settings->value(QStringLiteral("enabled"), true).toBool();
        QString error;
        const bool inOk = readEndpoint(*m_settings, QStringLiteral("incoming"), &a.incoming, &error);
        QString outError;
        if (!readEndpoint(*m_settings, QStringLiteral("outgoing"), &a.outgoing, &outError)
            && !outError.isEmpty() && inOk && !a.name.isEmpty()) {
            m_warnings << AccountStore::tr("The outgoing server of the account “%1” in the settings could not be read: %2")
                              .arg(a.name, outError);
        }
        readPop3Options(*m_settings, &a.pop3);
        QStringList aliasWarnings;
        readAliases(*m_settings, &a, &aliasWarnings);
        m_settings->endGroup();
        if (!inOk || a.name.isEmpty()) {
            m_warnings << AccountStore::tr("The account “%1” in the settings is incomplete and was skipped%2")
                              .arg(a.name.isEmpty() ? id : a.name,
                                   error.isEmpty() ? QStringLiteral(".") : QStringLiteral(": ") + error);
            continue;
        }
        m_warnings << aliasWarnings;
        out << a;
    }
    m_settings->endGroup();
    std::sort(out.begin(), out.end(), [](const Account &a, const Account &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

bool AccountStore::find(const QString &nameOrId, Account *out) const
{
    const auto all = accounts();
    for (const Account &a : all) {
        if (a.id == nameOrId || a.name.compare(nameOrId, Qt::CaseInsensitive) == 0) {
            *out = a;
            return true;
        }
    }
    return false;
}

bool AccountStore::save(const Account &input, QString *error)
{
    Account account = input;
    if (account.id.isEmpty())
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (const Account &other : accounts()) {
        if (other.id != account.id && other.name.compare(account.name, Qt::CaseInsensitive) == 0) {
            if (error)
                *error = AccountStore::tr("An account named “%1” already exists. Choose another name.").arg(account.name);
            return false;
        }
    }
    QStringList addresses {account.address.trimmed().toLower()};
    for (const Identity &alias : account.aliases) {
        if (!AddressParser::isValidAddress(alias.address)) {
            if (error)
                *error = AccountStore::tr("“%1” is not an e-mail address, so it cannot be an identity of the account “%2”.")
                             .arg(alias.address, account.name);
            return false;
        }
        if (addresses.contains(alias.address.toLower())) {
            if (error)
                *error = AccountStore::tr("The account “%1” has the address %2 more than once. Each identity needs its own address.")
                             .arg(account.name, alias.address);
            return false;
        }
        addresses << alias.address.toLower();
    }
    m_settings->beginGroup(QStringLiteral("accounts"));
    m_settings->beginGroup(account.id);
    // What is stored and cannot be read (an alias or an outgoing server edited by hand) is
    // written back as it is, never dropped because this save did not know it.
    Account stored;
    stored.id = account.id;
    stored.name = m_settings->value(QStringLiteral("name")).toString();
    stored.address = m_settings->value(QStringLiteral("address")).toString();
    QList<StoredIdentity> unreadable;
    readAliases(*m_settings, &stored, nullptr, &unreadable);
    protocols::ServerEndpoint storedOutgoing;
    QString outError;
    const bool keepStoredOutgoing = account.outgoing.host.isEmpty()
        && !readEndpoint(*m_settings, QStringLiteral("outgoing"), &storedOutgoing, &outError)
        && !outError.isEmpty();

    m_settings->setValue(QStringLiteral("name"), account.name);
    m_settings->setValue(QStringLiteral("address"), account.address);
    m_settings->setValue(QStringLiteral("displayName"), account.displayName);
    m_settings->setValue(QStringLiteral("signature"), account.signature);
    m_settings->setValue(QStringLiteral("enabled"), account.enabled);
    writeEndpoint(*m_settings, QStringLiteral("incoming"), account.incoming);
    if (!account.outgoing.host.isEmpty())
        writeEndpoint(*m_settings, QStringLiteral("outgoing"), account.outgoing);
    else if (!keepStoredOutgoing)
        m_settings->remove(QStringLiteral("outgoing"));
    writePop3Options(*m_settings, account.pop3);
    writeAliases(*m_settings, account.aliases, unreadable);
    m_settings->endGroup();
    m_settings->endGroup();
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        if (error)
            *error = AccountStore::tr("The settings file %1 could not be written.").arg(m_settings->fileName());
        return false;
    }
    return true;
}

bool AccountStore::remove(const QString &id)
{
    m_settings->beginGroup(QStringLiteral("accounts"));
    const bool existed = m_settings->childGroups().contains(id);
    m_settings->remove(id);
    m_settings->endGroup();
    if (defaultAccountId() == id)
        m_settings->remove(QStringLiteral("defaultAccount"));
    m_settings->sync();
    return existed;
}

QString AccountStore::defaultAccountId() const
{
    return m_settings->value(QStringLiteral("defaultAccount")).toString();
}

void AccountStore::setDefaultAccountId(const QString &id)
{
    m_settings->setValue(QStringLiteral("defaultAccount"), id);
    m_settings->sync();
}

} // namespace postier::models
