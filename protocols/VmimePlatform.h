#pragma once

namespace postier::protocols {

/// Makes sure vmime has its platform handler: sets the POSIX one unless a handler is already set.
/// Thread-safe and done once per process, whichever thread comes first: a connection thread
/// (ProtocolSession), or another thread that uses vmime without a connection (building or parsing
/// a message on the UI thread, tests, the CLI). Call it before any other use of vmime.
void ensureVmimePlatform();

} // namespace postier::protocols
