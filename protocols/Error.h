#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace postier::protocols {

/// What went wrong, in terms a caller can act on. The numeric values are stable: postier-cli maps
/// them to exit codes (see app/cli/ExitCodes.h).
enum class ErrorKind {
    None = 0,
    Auth,           ///< The server rejected the credentials.
    TlsUntrusted,   ///< The certificate did not verify; Error::certificate() says which one.
    TlsRequired,    ///< STARTTLS was requested but the server does not offer it, or it failed.
    Network,        ///< Could not reach the server, or the connection was cut.
    Timeout,        ///< The server stopped answering.
    ServerRefused,  ///< The server answered NO/BAD/-ERR/5xx; Error::serverText() has its words.
    QuotaExceeded,  ///< The server refused because the mailbox is full.
    RecipientRejected, ///< SMTP: the server refused one or more recipients.
    NotFound,       ///< A folder or message that does not exist (any more).
    Cancelled,      ///< The caller cancelled the job.
    Protocol,       ///< The server sent something we could not understand.
    LocalIo,        ///< A local file or store could not be read or written.
    Usage,          ///< The request itself was invalid (bad URL, missing argument).
};

/// The certificate a TLS handshake presented, as shown to the user before they decide to trust it.
struct CertificateInfo {
    enum class Problem { None, Untrusted, Expired, NotYetValid, WrongHost };

    Problem problem = Problem::None;
    QByteArray sha256;   ///< Raw SHA-256 digest of the DER encoding.
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString reason;      ///< Why it failed, as words for a sentence ("has expired"), translated
    QByteArray der;      ///< The certificate itself, so the user can pin exactly this one.

    /// "AB:CD:..." upper-case, colon-separated: the form browsers show.
    [[nodiscard]] QString fingerprintText() const;
    [[nodiscard]] bool isEmpty() const { return sha256.isEmpty(); }
};

/// A typed failure with a sentence for people. Values of this type cross threads freely.
class Error
{
public:
    Error() = default;
    Error(ErrorKind kind, QString sentence, QString serverText = {});

    [[nodiscard]] ErrorKind kind() const { return m_kind; }
    [[nodiscard]] bool isOk() const { return m_kind == ErrorKind::None; }
    explicit operator bool() const { return !isOk(); }

    /// A complete sentence that says what happened and, where we can, what to do.
    [[nodiscard]] QString sentence() const { return m_sentence; }
    /// The server's own words (vmime's command_error::response(), an IMAP NO text...), if any.
    [[nodiscard]] QString serverText() const { return m_serverText; }
    [[nodiscard]] const CertificateInfo &certificate() const { return m_certificate; }
    void setCertificate(const CertificateInfo &info) { m_certificate = info; }

    /// Stable identifier for scripts ("auth", "tls-untrusted", ...), used by --json output.
    [[nodiscard]] static QString kindName(ErrorKind kind);

private:
    ErrorKind m_kind = ErrorKind::None;
    QString m_sentence;
    QString m_serverText;
    CertificateInfo m_certificate;
};

} // namespace postier::protocols

Q_DECLARE_METATYPE(postier::protocols::Error)
