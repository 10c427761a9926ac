#pragma once

// A keychain in memory for tests: it keeps entries, records every call, can pretend there is no
// keychain or that one key cannot be written, and answers from the event loop as the real one
// does. Header-only: only tests that link the models use it.

#include "models/accounts/PasswordStore.h"

#include <QHash>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace postier::test {

/// A keychain in memory that records every call and answers from the event loop.
class MemoryKeychain : public models::PasswordStore
{
public:
    QHash<QString, QString> entries;
    QStringList log; ///< "read KEY", "write KEY=PASSWORD", "remove KEY", in call order
    bool available = true;
    QString failingWriteKey; ///< writes to this key fail (the keychain works otherwise)

    void read(const QString &key, Callback callback) override
    {
        log << QStringLiteral("read ") + key;
        answer(std::move(callback), [this, key] {
            Result r = base();
            if (r.available && entries.contains(key)) {
                r.ok = true;
                r.password = entries.value(key);
            } else if (r.available) {
                r.notFound = true;
                r.error = QStringLiteral("No password is stored in the keychain for %1.").arg(key);
            }
            return r;
        });
    }
    void write(const QString &key, const QString &password, Callback callback) override
    {
        log << QStringLiteral("write ") + key + QLatin1Char('=') + password;
        answer(std::move(callback), [this, key, password] {
            Result r = base();
            if (r.available && key == failingWriteKey) {
                r.error = QStringLiteral("The system keychain reported an error: disk full.");
            } else if (r.available) {
                entries.insert(key, password);
                r.ok = true;
            }
            return r;
        });
    }
    void remove(const QString &key, Callback callback) override
    {
        log << QStringLiteral("remove ") + key;
        answer(std::move(callback), [this, key] {
            Result r = base();
            if (r.available && entries.remove(key) > 0) {
                r.ok = true;
            } else if (r.available) {
                r.notFound = true;
                r.error = QStringLiteral("No password is stored in the keychain for %1.").arg(key);
            }
            return r;
        });
    }

private:
    Result base() const
    {
        Result r;
        if (!available) {
            r.available = false;
            r.error = QStringLiteral("The system keychain is not available (no D-Bus session). "
                                     "Postier will ask for the password once per session and will "
                                     "not save it to disk.");
        }
        return r;
    }
    void answer(Callback callback, std::function<Result()> outcome)
    {
        QTimer::singleShot(0, this, [callback = std::move(callback), outcome = std::move(outcome)] {
            callback(outcome());
        });
    }
};

} // namespace postier::test
