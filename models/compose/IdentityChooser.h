#pragma once

#include "models/accounts/Identity.h"
#include "protocols/mime/ParsedMessage.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace postier::models {

/// Which identity a reply or a forward is written as. Pure functions, no settings, no network.
///
/// forResponse() looks at the original's own addresses in this order: From (a message the user
/// sent, from Sent, is answered as the identity that sent it), To, Cc, then Delivered-To from
/// the bottom up (the first delivery is the address the sender used; forwarding adds newer
/// Delivered-To lines above it). Addresses compare case-insensitively. The identities of the
/// account that holds the original are tried first, for every header, then those of the other
/// accounts; with no match it is the primary identity of the original's account, else the
/// first identity.
class IdentityChooser
{
public:
    /// The index in `identities` to answer `original` (its raw bytes and their parse) with,
    /// when it lives in the account `accountId`; -1 when `identities` is empty.
    [[nodiscard]] static int forResponse(const QList<Identity> &identities,
                                         const QString &accountId,
                                         const protocols::ParsedMessage &parsed,
                                         const QByteArray &original);
    /// The index of the identity with `address` (case-insensitive), preferring one of
    /// `accountId`; -1 when there is none.
    [[nodiscard]] static int indexOf(const QList<Identity> &identities, const QString &address,
                                     const QString &accountId = {});
    /// The index of the primary (first) identity of `accountId`; -1 when there is none.
    [[nodiscard]] static int primaryOf(const QList<Identity> &identities, const QString &accountId);
    /// Reply to all: removes every address of `identities` (the user's own, of every account)
    /// from To and Cc, as ReplyBuilder does for the identity it was given; Cc moves up to an
    /// emptied To. Nothing changes when that would leave no recipient (a note to oneself).
    static void removeOwnAddresses(protocols::OutgoingMessage *reply,
                                   const QList<Identity> &identities);
    /// The addresses of the Delivered-To header fields, top first, without angle brackets.
    [[nodiscard]] static QStringList deliveredTo(const QByteArray &original);
};

} // namespace postier::models
