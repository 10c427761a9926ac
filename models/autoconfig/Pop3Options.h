#pragma once

namespace postier::models {

/// How a POP3 account fetches mail, as chosen in the account wizard. Account has no place for
/// these yet: the wizard hands them to its caller next to the Account.
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
