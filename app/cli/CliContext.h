#pragma once

#include "protocols/ConnectionOptions.h"
#include "protocols/Error.h"
#include "protocols/ServerEndpoint.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <memory>

namespace postier::protocols {
class Connection;
}

namespace postier::cli {

/// The translation context of postier-cli's own texts.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(postier::cli::Cli)
};

/// What every postier-cli command shares: the common options, how an account argument becomes
/// an endpoint plus password, and how results and errors are printed (text or --json).
class CliContext
{
public:
    /// Adds --json, --ca-file, --password-file, --timeout, --trace and --help to a command's parser.
    static void addCommonOptions(QCommandLineParser &parser);

    /// Parses a command's arguments (args[0] is "postier-cli <command>") and reads the common
    /// options. --help prints the command's help and exits with status 0. An unknown option, an
    /// option without its value or a bad common option is a usage error: it is printed as a
    /// sentence (as JSON when --json is on the line) and parse() returns false; the command then
    /// returns ExitUsage. Never exits with QCommandLineParser::process()'s undocumented status 1.
    bool parse(QCommandLineParser &parser, const QStringList &args);

    /// Turns an IMAP/POP3/SMTP URL or an account name from the app's settings into an endpoint
    /// (for a name, `which` picks "incoming" or "outgoing"). Prints a sentence and returns false
    /// on failure.
    bool resolveEndpoint(const QString &urlOrName, protocols::ServerEndpoint *out,
                         const QString &which = QStringLiteral("incoming"));
    /// The password from, in order: --password-file, $POSTIER_PASSWORD, the keychain. Never from
    /// the command line. Returns ExitOk, or prints a sentence and returns the exit code: ExitLocal
    /// when the password file cannot be read, ExitAuth when no password is available.
    [[nodiscard]] int resolvePassword(const protocols::ServerEndpoint &endpoint, QString *password);
    /// A connection for the endpoint, with tracing to stderr when --trace was given.
    [[nodiscard]] std::unique_ptr<protocols::Connection> connect(const protocols::ServerEndpoint &endpoint,
                                                                 const QString &password) const;

    /// The options connect() uses (tracing), for engines that open their own connections.
    [[nodiscard]] protocols::ConnectionOptions connectionOptions() const;

    [[nodiscard]] bool json() const { return m_json; }
    /// Prints the error as a sentence (or as JSON) and returns its exit code.
    int fail(const protocols::Error &error) const;
    /// Prints a usage error and returns ExitUsage.
    int usage(const QString &sentence) const;
    void printJson(const QJsonObject &object) const;
    /// A line of progress on stderr, overwritten in place on a terminal.
    void progress(const QString &line) const;
    void endProgress() const;

private:
    bool readCommonOptions(const QCommandLineParser &parser);

    bool m_json = false;
    QString m_caFile;
    QString m_passwordFile;
    int m_timeoutMs = 30000;
    bool m_trace = false;
    mutable bool m_progressShown = false;
};

} // namespace postier::cli
