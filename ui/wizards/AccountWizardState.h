#pragma once

#include "models/autoconfig/DiscoveryOptions.h"
#include "models/autoconfig/DiscoveryResult.h"
#include "models/accounts/Pop3Options.h"
#include "protocols/ConnectionOptions.h"
#include "protocols/ServerEndpoint.h"

#include <QString>

namespace postier::ui {

/// What the pages of AccountWizard fill in and read, owned by the wizard. Each page writes its
/// part in validatePage() and reads the others' in initializePage().
struct AccountWizardState {
    // AccountIdentityPage
    QString displayName;
    QString address;
    QString password;

    // AccountDiscoveryPage
    models::DiscoveryResult discovery;
    protocols::Protocol incomingProtocol = protocols::Protocol::Imap; ///< the user's choice

    // AccountDiscoveryPage or AccountManualPage; AccountTestPage adds certificate pins
    protocols::ServerEndpoint incoming;
    protocols::ServerEndpoint outgoing;
    models::Pop3Options pop3;

    // Set by the wizard's owner before the wizard is shown
    models::DiscoveryOptions discoveryOptions;
    protocols::ConnectionOptions connectionOptions;
};

} // namespace postier::ui
