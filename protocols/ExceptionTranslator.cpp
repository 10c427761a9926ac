#include "protocols/ExceptionTranslator.h"

#include "protocols/Job.h"
#include "protocols/ProtocolSession.h"

#include <QCoreApplication>
#include <algorithm>

namespace postier::protocols {

namespace {

class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(postier::protocols::Errors)
};


QString serverWords(const std::string &response)
{
    QString s = QString::fromStdString(response).trimmed();
    // IMAP responses start with a tag or '*'; keep only the human part after NO/BAD.
    static const QLatin1String markers[] = {QLatin1String(" NO "), QLatin1String(" BAD "),
                                            QLatin1String("-ERR ")};
    for (const auto &m : markers) {
        const int at = s.indexOf(m);
        if (at >= 0) {
            s = s.mid(at + m.size()).trimmed();
            break;
        }
    }
    return s.left(500);
}

bool looksLikeQuota(const QString &text)
{
    return text.contains(QLatin1String("OVERQUOTA"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("quota"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("552"))
        || text.contains(QLatin1String("mailbox is full"), Qt::CaseInsensitive);
}

Error authError(const ServerEndpoint &e, const QString &server)
{
    QString quoted = server;
    while (quoted.endsWith(QLatin1Char('.')))
        quoted.chop(1); // the sentence supplies its own full stop
    const QString sentence = server.isEmpty()
        ? ErrorText::tr("Could not log in to %1 as %2. Check the password, or use an app password "
                        "if your provider requires one.").arg(e.host, e.user)
        : ErrorText::tr("Could not log in to %1 as %2: the server said “%3”. Check the password, "
                        "or use an app password if your provider requires one.")
              .arg(e.host, e.user, quoted);
    return Error(ErrorKind::Auth, sentence, server);
}

Error timeoutError(const ProtocolSession &session)
{
    const int seconds = std::max(1, (session.effectiveTimeoutMs() + 999) / 1000);
    return Error(ErrorKind::Timeout,
                 ErrorText::tr("%1 stopped answering for %n second(s). Check your connection and "
                               "try again.", nullptr, seconds)
                     .arg(session.endpoint().host));
}

} // namespace

Error cancelledError(const ServerEndpoint &endpoint)
{
    return Error(ErrorKind::Cancelled,
                 ErrorText::tr("The operation on %1 was cancelled.").arg(endpoint.host));
}

Error timeoutAfterRetries(const ServerEndpoint &endpoint, int retries)
{
    return Error(ErrorKind::Timeout,
                 ErrorText::tr("%1 stopped answering, and Postier tried again %n time(s) without "
                               "success. Check your connection and try again later.", nullptr, retries)
                     .arg(endpoint.host));
}

Error serverRefusal(const ServerEndpoint &e, const QString &what, const QString &serverText)
{
    if (looksLikeQuota(serverText))
        return Error(ErrorKind::QuotaExceeded,
                     ErrorText::tr("%1 refused to %2 because the mailbox is full (“%3”). Delete or archive "
                        "some mail, or ask your provider for more space.")
                         .arg(e.host, what, serverText),
                     serverText);
    if (serverText.contains(QLatin1String("NONEXISTENT"), Qt::CaseInsensitive)
        || serverText.contains(QLatin1String("doesn't exist"), Qt::CaseInsensitive)
        || serverText.contains(QLatin1String("does not exist"), Qt::CaseInsensitive))
        return Error(ErrorKind::NotFound,
                     ErrorText::tr("%1 could not %2: the folder does not exist (“%3”).")
                         .arg(e.host, what, serverText),
                     serverText);
    if (serverText.contains(QLatin1String("AUTHENTICATIONFAILED"), Qt::CaseInsensitive))
        return authError(e, serverText);
    return Error(ErrorKind::ServerRefused,
                 ErrorText::tr("%1 refused to %2: the server said “%3”.").arg(e.host, what, serverText),
                 serverText);
}

Error translateCurrentException(const ProtocolSession &session, const CancelToken &token)
{
    const ServerEndpoint &e = session.endpoint();
    const QString host = e.host;
    try {
        throw;
    } catch (const JobFailure &f) {
        return f.error;
    } catch (const vmime::exceptions::operation_cancelled &) {
        return cancelledError(e);
    } catch (const vmime::exceptions::operation_timed_out &) {
        if (token.isCancelled())
            return cancelledError(e);
        return timeoutError(session);
    } catch (const vmime::security::cert::certificateException &) {
        const CertificateInfo &cert = session.lastCertificateFailure();
        Error err(ErrorKind::TlsUntrusted,
                  ErrorText::tr("The security certificate of %1 is %2, so Postier did not connect. "
                                "Its SHA-256 fingerprint is %3. Trust it only if your provider "
                                "confirms this fingerprint.")
                      .arg(host, cert.reason.isEmpty() ? ErrorText::tr("not trusted") : cert.reason,
                           cert.fingerprintText()));
        err.setCertificate(cert);
        return err;
    } catch (const vmime::exceptions::authentication_error &ex) {
        if (session.refusedPasswordLogin())
            return Error(ErrorKind::TlsRequired,
                         ErrorText::tr("%1 does not accept passwords over an unencrypted connection, so "
                                       "Postier did not send yours. Choose SSL/TLS or STARTTLS for this "
                                       "account.")
                             .arg(host));
        // After a refused SASL attempt vmime throws its own words ("all mechanisms failed"); the
        // server's answer is the refusal the session noted.
        if (!session.loginRefusal().isEmpty())
            return authError(e, serverWords(session.loginRefusal().toStdString()));
        const std::string response = ex.response();
        const bool vmimeWords = response.find("SASL") != std::string::npos
            || response.find("authentication methods") != std::string::npos;
        return authError(e, vmimeWords ? QString() : serverWords(response));
    } catch (const vmime::exceptions::sasl_exception &ex) {
        return authError(e, QString::fromStdString(ex.what()));
    } catch (const vmime::exceptions::no_auth_information &) {
        return authError(e, {});
    } catch (const vmime::exceptions::tls_exception &ex) {
        const CertificateInfo &cert = session.lastCertificateFailure();
        if (!cert.isEmpty()) {
            Error err(ErrorKind::TlsUntrusted,
                      ErrorText::tr("The security certificate of %1 is not trusted (%2). Its SHA-256 "
                         "fingerprint is %3.")
                          .arg(host, cert.reason, cert.fingerprintText()));
            err.setCertificate(cert);
            return err;
        }
        return Error(ErrorKind::TlsRequired,
                     ErrorText::tr("Could not set up an encrypted connection to %1 (%2). Postier does not "
                        "fall back to an unencrypted connection.")
                         .arg(host, QString::fromStdString(ex.what())));
    } catch (const vmime::exceptions::command_error &ex) {
        const QString server = serverWords(ex.response());
        const QString command = QString::fromStdString(ex.command());
        if (command.startsWith(QLatin1String("STARTTLS"), Qt::CaseInsensitive)
            || command.startsWith(QLatin1String("STLS"), Qt::CaseInsensitive))
            return Error(ErrorKind::TlsRequired,
                         ErrorText::tr("%1 refused to start encryption (STARTTLS): the server said “%2”. "
                            "Postier does not fall back to an unencrypted connection.")
                             .arg(host, server),
                         server);
        if (command.startsWith(QLatin1String("LOGIN"), Qt::CaseInsensitive)
            || command.startsWith(QLatin1String("AUTH"), Qt::CaseInsensitive)
            || command.startsWith(QLatin1String("USER"), Qt::CaseInsensitive)
            || command.startsWith(QLatin1String("PASS"), Qt::CaseInsensitive))
            return authError(e, server);
        return serverRefusal(e, ErrorText::tr("carry out %1").arg(command.section(QLatin1Char(' '), 0, 0)), server);
    } catch (const vmime::exceptions::unsupported_option &) {
        return Error(ErrorKind::TlsRequired,
                     ErrorText::tr("%1 does not offer encryption (STARTTLS), so Postier did not send your "
                        "password. Choose SSL/TLS on the secure port if your provider offers it.")
                         .arg(host));
    } catch (const vmime::exceptions::connection_greeting_error &ex) {
        return Error(ErrorKind::Protocol,
                     ErrorText::tr("%1 did not greet like a %2 server (“%3”). Check the port number.")
                         .arg(host, e.protocolName(), serverWords(ex.response())));
    } catch (const vmime::exceptions::invalid_response &ex) {
        return Error(ErrorKind::Protocol,
                     ErrorText::tr("%1 sent a reply Postier could not understand (“%2”).")
                         .arg(host, serverWords(ex.response())));
    } catch (const vmime::exceptions::folder_not_found &) {
        return Error(ErrorKind::NotFound, ErrorText::tr("The folder does not exist on %1.").arg(host));
    } catch (const vmime::exceptions::message_not_found &) {
        return Error(ErrorKind::NotFound, ErrorText::tr("The message no longer exists on %1.").arg(host));
    } catch (const vmime::exceptions::connection_error &ex) {
        return Error(ErrorKind::Network,
                     ErrorText::tr("Could not connect to %1 on port %2 (%3). Check the server name and your "
                        "connection.")
                         .arg(host)
                         .arg(e.port)
                         .arg(QString::fromStdString(ex.what())));
    } catch (const vmime::exceptions::socket_exception &ex) {
        if (token.isCancelled())
            return cancelledError(e);
        return Error(ErrorKind::Network,
                     ErrorText::tr("The connection to %1 was lost (%2).")
                         .arg(host, QString::fromStdString(ex.what())));
    } catch (const vmime::exceptions::not_connected &) {
        return Error(ErrorKind::Network, ErrorText::tr("The connection to %1 was lost.").arg(host));
    } catch (const vmime::exceptions::net_exception &ex) {
        return Error(ErrorKind::Network,
                     ErrorText::tr("A network error occurred with %1: %2.")
                         .arg(host, QString::fromStdString(ex.what())));
    } catch (const vmime::exception &ex) {
        // vmime's GnuTLS socket rethrows what its transport callbacks threw as a plain
        // vmime::exception: recover a cancel or a timeout from the token and the text.
        if (token.isCancelled())
            return cancelledError(e);
        const QString what = QString::fromStdString(ex.what());
        if (what.contains(QLatin1String("timed out"), Qt::CaseInsensitive))
            return timeoutError(session);
        // ... and a link cut under TLS ("ENOTCONN: not connected", "ECONNRESET: ...").
        static const char *const cut[] = {"ENOTCONN", "ECONNRESET", "EPIPE", "ECONNABORTED", "ENETDOWN",
                                          "ENETUNREACH", "EHOSTUNREACH", "ESHUTDOWN"};
        for (const char *name : cut) {
            if (what.contains(QLatin1String(name)))
                return Error(ErrorKind::Network,
                             ErrorText::tr("The connection to %1 was lost (%2).").arg(host, what));
        }
        return Error(ErrorKind::Protocol,
                     ErrorText::tr("An unexpected error occurred with %1: %2.")
                         .arg(host, QString::fromStdString(ex.what())));
    } catch (const std::exception &ex) {
        return Error(ErrorKind::Protocol,
                     ErrorText::tr("An unexpected error occurred with %1: %2.")
                         .arg(host, QString::fromStdString(ex.what())));
    } catch (...) {
        return Error(ErrorKind::Protocol, ErrorText::tr("An unexpected error occurred with %1.").arg(host));
    }
}

} // namespace postier::protocols
