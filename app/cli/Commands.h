#pragma once

#include <QStringList>

namespace postier::cli {

// Each command parses its own arguments (args[0] is "postier-cli <command>") and returns an
// exit code from ExitCodes.h.
int runFolders(const QStringList &args);
int runSync(const QStringList &args);
int runFetch(const QStringList &args);
int runSend(const QStringList &args);
int runPop3(const QStringList &args);
int runDemo(const QStringList &args);
int runAccounts(const QStringList &args);
int runSearch(const QStringList &args);
int runMigrate(const QStringList &args);

} // namespace postier::cli
