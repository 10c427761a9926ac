#pragma once

// Internal to protocols/: the one place where exceptions become typed Errors.

#include "protocols/CancelToken.h"
#include "protocols/Error.h"
#include "protocols/ServerEndpoint.h"

namespace postier::protocols {

class ProtocolSession;

/// Converts the exception being handled (call inside a catch block) into an Error with a
/// sentence, keeping the server's own words. Uses the session for the host name and for the
/// certificate that failed verification, and the token to tell a cancel from a timeout.
[[nodiscard]] Error translateCurrentException(const ProtocolSession &session, const CancelToken &token);

[[nodiscard]] Error cancelledError(const ServerEndpoint &endpoint);

/// The timeout of a job that was tried again `retries` times after the first, and timed out
/// each time.
[[nodiscard]] Error timeoutAfterRetries(const ServerEndpoint &endpoint, int retries);

/// Classifies a server refusal by its text and response code: quota, authentication, missing
/// mailbox, or a plain refusal. `what` says what we were doing ("save the message in Sent").
[[nodiscard]] Error serverRefusal(const ServerEndpoint &endpoint, const QString &what,
                                  const QString &serverText);

} // namespace postier::protocols
