#include "models/accounts/PasswordStore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

namespace postier::models {

namespace {

PasswordStore::Result resultOf(const QKeychain::Job &job)
{
    PasswordStore::Result r;
    switch (job.error()) {
    case QKeychain::NoError:
        r.ok = true;
        break;
    case QKeychain::EntryNotFound:
        r.notFound = true;
        r.error = PasswordStore::tr("No password is stored in the keychain for %1.").arg(job.key());
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::NotImplemented:
        r.available = false;
        r.error = PasswordStore::tr("The system keychain is not available (%1). Postier will ask "
                                    "for the password once per session and will not save it to "
                                    "disk.")
                      .arg(job.errorString());
        break;
    default:
        r.error = PasswordStore::tr("The system keychain reported an error: %1.").arg(job.errorString());
        break;
    }
    return r;
}

template<typename JobT>
void start(JobT *job, PasswordStore::Callback callback, bool readsPassword)
{
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, job, [callback, readsPassword](QKeychain::Job *j) {
        PasswordStore::Result r = resultOf(*j);
        if (r.ok && readsPassword)
            r.password = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        callback(r);
    });
    job->start();
}

PasswordStore::Result waitFor(const std::function<void(PasswordStore::Callback)> &call)
{
    PasswordStore::Result result;
    bool done = false;
    QEventLoop loop;
    call([&](const PasswordStore::Result &r) {
        result = r;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return result;
}

} // namespace

PasswordStore::PasswordStore(QObject *parent)
    : QObject(parent)
{
}

void PasswordStore::read(const QString &key, Callback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(QLatin1String(serviceName), this);
    job->setKey(key);
    start(job, std::move(callback), true);
}

void PasswordStore::write(const QString &key, const QString &password, Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(QLatin1String(serviceName), this);
    job->setKey(key);
    job->setTextData(password);
    start(job, std::move(callback), false);
}

void PasswordStore::remove(const QString &key, Callback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(QLatin1String(serviceName), this);
    job->setKey(key);
    start(job, std::move(callback), false);
}

PasswordStore::Result PasswordStore::readAndWait(const QString &key)
{
    PasswordStore store;
    return waitFor([&](Callback cb) { store.read(key, std::move(cb)); });
}

PasswordStore::Result PasswordStore::writeAndWait(const QString &key, const QString &password)
{
    PasswordStore store;
    return waitFor([&](Callback cb) { store.write(key, password, std::move(cb)); });
}

PasswordStore::Result PasswordStore::removeAndWait(const QString &key)
{
    PasswordStore store;
    return waitFor([&](Callback cb) { store.remove(key, std::move(cb)); });
}

} // namespace postier::models
