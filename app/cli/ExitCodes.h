#pragma once

#include "protocols/Error.h"

namespace postier::cli {

/// postier-cli's exit codes. Stable: scripts depend on them (documented in --help and README).
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 2,          ///< bad arguments, unknown account, malformed URL
    ExitAuth = 3,           ///< the server rejected the credentials, or no password available
    ExitTls = 4,            ///< certificate not trusted, or STARTTLS unavailable
    ExitNetwork = 5,        ///< unreachable, connection lost, timeout
    ExitServerRefused = 6,  ///< NO/BAD/-ERR/5xx: quota, missing folder, rejected recipient...
    ExitPartial = 7,        ///< some items succeeded and some failed; see the report
    ExitLocal = 8,          ///< a local file, store or cache could not be read or written
    ExitCancelled = 9,      ///< interrupted (Ctrl+C)
    ExitProtocol = 10,      ///< the server said something we could not understand
};

[[nodiscard]] inline int exitCodeFor(const protocols::Error &error)
{
    using protocols::ErrorKind;
    switch (error.kind()) {
    case ErrorKind::None: return ExitOk;
    case ErrorKind::Auth: return ExitAuth;
    case ErrorKind::TlsUntrusted:
    case ErrorKind::TlsRequired: return ExitTls;
    case ErrorKind::Network:
    case ErrorKind::Timeout: return ExitNetwork;
    case ErrorKind::ServerRefused:
    case ErrorKind::QuotaExceeded:
    case ErrorKind::RecipientRejected:
    case ErrorKind::NotFound: return ExitServerRefused;
    case ErrorKind::Cancelled: return ExitCancelled;
    case ErrorKind::Protocol: return ExitProtocol;
    case ErrorKind::LocalIo: return ExitLocal;
    case ErrorKind::Usage: return ExitUsage;
    }
    return ExitProtocol;
}

} // namespace postier::cli
