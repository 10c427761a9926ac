#include "models/accounts/AccountKeychain.h"

#include "models/accounts/PasswordStore.h"

#include <QPointer>
#include <memory>

namespace postier::models {

namespace {

/// Runs one operation per key, all at once, and calls `finished` once with the first failure.
struct Batch {
    int pending = 0;
    AccountKeychain::Outcome outcome;
    std::function<void(const AccountKeychain::Outcome &)> finished;

    void record(const PasswordStore::Result &r, bool notFoundIsOk)
    {
        if (!r.ok && !(notFoundIsOk && r.notFound) && outcome.ok) {
            outcome.ok = false;
            outcome.unavailable = !r.available;
            outcome.error = r.error;
        }
        if (--pending == 0)
            finished(outcome);
    }
};

void forEachKey(PasswordStore &store, const QStringList &keys, const std::optional<QString> &password,
                std::function<void(const AccountKeychain::Outcome &)> finished)
{
    if (keys.isEmpty()) {
        finished({});
        return;
    }
    auto batch = std::make_shared<Batch>();
    batch->pending = int(keys.size());
    batch->finished = std::move(finished);
    for (const QString &key : keys) {
        if (password)
            store.write(key, *password, [batch](const PasswordStore::Result &r) { batch->record(r, false); });
        else
            store.remove(key, [batch](const PasswordStore::Result &r) { batch->record(r, true); });
    }
}

QStringList without(const QStringList &keys, const QStringList &removed)
{
    QStringList out;
    for (const QString &k : keys) {
        if (!removed.contains(k))
            out << k;
    }
    return out;
}

} // namespace

QStringList AccountKeychain::keysOf(const Account &account)
{
    QStringList keys;
    if (!account.incoming.host.isEmpty())
        keys << Account::passwordKey(account.incoming);
    if (!account.outgoing.host.isEmpty()) {
        const QString outgoing = Account::passwordKey(account.outgoing);
        if (!keys.contains(outgoing))
            keys << outgoing;
    }
    return keys;
}

void AccountKeychain::update(PasswordStore &store, const Account &before, const Account &after,
                             const std::optional<QString> &password, QObject *context, Done done)
{
    const QStringList oldKeys = keysOf(before);
    const QStringList newKeys = keysOf(after);
    const QStringList stale = without(oldKeys, newKeys);
    const QPointer<QObject> guard(context);
    const QPointer<PasswordStore> storeGuard(&store);

    // Step 2: once the new entries are in, the ones no longer used go.
    auto writeThenClean = [guard, storeGuard, stale, done](const QStringList &keys, const QString &value) {
        if (!storeGuard)
            return;
        forEachKey(*storeGuard, keys, value, [guard, storeGuard, stale, done, value](const Outcome &written) {
            if (!guard)
                return;
            if (!written.ok || !storeGuard) {
                done(written);
                return;
            }
            forEachKey(*storeGuard, stale, std::nullopt, [guard, done, value](Outcome removed) {
                if (!guard)
                    return;
                removed.password = value;
                done(removed);
            });
        });
    };

    if (password) {
        writeThenClean(newKeys, *password);
        return;
    }
    const QStringList added = without(newKeys, oldKeys);
    if (added.isEmpty() && stale.isEmpty()) {
        done({});
        return;
    }
    if (oldKeys.isEmpty()) {
        done({});
        return;
    }
    store.read(oldKeys.first(), [guard, writeThenClean, added, done](const PasswordStore::Result &r) {
        if (!guard)
            return;
        if (r.notFound) {
            done({}); // nothing to move: the session asks for the password when it needs it
            return;
        }
        if (!r.ok) {
            Outcome failed;
            failed.ok = false;
            failed.unavailable = !r.available;
            failed.error = r.error;
            done(failed);
            return;
        }
        writeThenClean(added, r.password);
    });
}

void AccountKeychain::forget(PasswordStore &store, const Account &account, QObject *context, Done done)
{
    const QPointer<QObject> guard(context);
    forEachKey(store, keysOf(account), std::nullopt, [guard, done](const Outcome &outcome) {
        if (guard)
            done(outcome);
    });
}

} // namespace postier::models
