#pragma once

namespace postier::models {

/// How a POP3 account fetches mail: chosen in the account wizard, kept in Account::pop3.
struct Pop3Options {
    /// Keep the messages on the server after downloading them.
    bool leaveOnServer = true;
    /// With leaveOnServer: remove them from the server this many days after downloading them;
    /// 0 means never.
    int removeAfterDays = 14;
    /// How often to look for new mail, in minutes.
    int checkIntervalMinutes = 10;

    bool operator==(const Pop3Options &o) const = default;
};

} // namespace postier::models
