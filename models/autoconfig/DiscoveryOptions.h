#pragma once

#include "models/autoconfig/SrvResolver.h"

#include <QUrl>

#include <functional>
#include <memory>

namespace postier::models {

/// Knobs for AccountDiscovery. The defaults are what the product uses.
struct DiscoveryOptions {
    /// Whether the built-in provider table is consulted first.
    bool useProviderTable = true;
    /// How long both autoconfig requests together may take.
    int autoconfigTimeoutMs = 8000;
    /// How long the DNS SRV lookups together may take.
    int srvTimeoutMs = 8000;
    /// Test seam: when set, every autoconfig request goes to this scheme, host and port instead
    /// of https://autoconfig.<domain> and https://<domain>, keeping its path and query (so a
    /// local http server on 127.0.0.1 can answer). Never set in the product: autoconfig is
    /// https only there.
    QUrl autoconfigServerOverride;
    /// Creates the SRV resolver; null means DnsSrvResolver (the system's DNS).
    std::function<std::unique_ptr<SrvResolver>()> srvResolverFactory;
};

} // namespace postier::models
