#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace postier::models {

/// The only place passwords are kept: the operating system's keychain, through QtKeychain
/// (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows). Entries live
/// under the service "Postier" with the account key as name (see keyFor()). Nothing here
/// ever writes a password to a settings file or a log.
///
/// Every call is asynchronous and answers through the callback in the caller's thread, exactly
/// once. When no keyring is reachable (no D-Bus session, locked and no agent), the callback gets
/// `available = false` and a sentence saying why, so the caller can ask once per session.
class PasswordStore : public QObject
{
    Q_OBJECT
public:
    struct Result {
        bool ok = false;
        bool available = true; ///< false when there is no usable keyring at all
        bool notFound = false; ///< the keyring works but holds no entry for this key
        QString password;
        QString error;         ///< a sentence when !ok
    };
    using Callback = std::function<void(const Result &)>;

    explicit PasswordStore(QObject *parent = nullptr);

    /// Virtual so that tests can put an in-memory keychain in its place; an override must
    /// answer once, later, from the event loop, as the real keychain does.
    virtual void read(const QString &key, Callback callback);
    virtual void write(const QString &key, const QString &password, Callback callback);
    virtual void remove(const QString &key, Callback callback);

    /// For postier-cli only: runs a local event loop until the keychain answers.
    [[nodiscard]] static Result readAndWait(const QString &key);
    [[nodiscard]] static Result writeAndWait(const QString &key, const QString &password);
    [[nodiscard]] static Result removeAndWait(const QString &key);

    static constexpr const char *serviceName = "Postier";
};

} // namespace postier::models
