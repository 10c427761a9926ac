#include "models/accounts/AccountStore.h"

#include <QCoreApplication>
#include <QSettings>
#include <algorithm>

namespace postier::models {

namespace {


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
        a.enabled = m_settings->value(QStringLiteral("enabled"), true).toBool();
        QString error;
        const bool inOk = readEndpoint(*m_settings, QStringLiteral("incoming"), &a.incoming, &error);
        readEndpoint(*m_settings, QStringLiteral("outgoing"), &a.outgoing, &error);
        readPop3Options(*m_settings, &a.pop3);
        m_settings->endGroup();
        if (!inOk || a.name.isEmpty()) {
            m_warnings << AccountStore::tr("The account “%1” in the settings is incomplete and was skipped%2")
                              .arg(a.name.isEmpty() ? id : a.name,
                                   error.isEmpty() ? QStringLiteral(".") : QStringLiteral(": ") + error);
            continue;
        }
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
    m_settings->beginGroup(QStringLiteral("accounts"));
    m_settings->beginGroup(account.id);
    m_settings->setValue(QStringLiteral("name"), account.name);
    m_settings->setValue(QStringLiteral("address"), account.address);
    m_settings->setValue(QStringLiteral("displayName"), account.displayName);
    m_settings->setValue(QStringLiteral("enabled"), account.enabled);
    writeEndpoint(*m_settings, QStringLiteral("incoming"), account.incoming);
    if (!account.outgoing.host.isEmpty())
        writeEndpoint(*m_settings, QStringLiteral("outgoing"), account.outgoing);
    else
        m_settings->remove(QStringLiteral("outgoing"));
    writePop3Options(*m_settings, account.pop3);
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
