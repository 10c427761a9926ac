#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace postier::models {

/// The migration report as a mail message, for the copy the wizard keeps on the server.
///
/// build() gives RFC 5322 bytes (CRLF line ends): From and To the user's address, Date,
/// Message-ID, Subject "Postier migration report — <date>" (an encoded word when not ASCII),
/// MIME-Version and one text/plain; charset=utf-8 part in quoted-printable, so that any server
/// takes it whatever the report's language. Built by hand, without vmime, so that the UI thread
/// can build it.
class MigrationReportMail
{
    Q_DECLARE_TR_FUNCTIONS(postier::models::MigrationReportMail)
public:
    /// The folder the wizard appends the report to.
    [[nodiscard]] static QString folderName() { return QStringLiteral("Postier reports"); }
    [[nodiscard]] static QString subject(const QDateTime &when);
    [[nodiscard]] static QByteArray build(const QString &reportText, const QString &displayName,
                                          const QString &address, const QDateTime &when);

    /// Quoted-printable (RFC 2045) with CRLF line ends and soft breaks before 76 characters.
    [[nodiscard]] static QByteArray quotedPrintable(const QByteArray &utf8);
    /// The value of a header field: as is when printable ASCII, else RFC 2047 encoded words
    /// (UTF-8, base64), folded so that no line exceeds 78 characters.
    [[nodiscard]] static QByteArray headerValue(const QString &value);
};

} // namespace postier::models
