#pragma once

#include <Qt>

namespace postier::models {

/// How far a node of a lazy model has been loaded; exposed as Roles::FetchState so views can draw
/// "loading…" or "offline".
enum class FetchState { None, Loading, Done, Unavailable };

/// Every custom role of Postier's item models, in one place.
namespace Roles {
enum : int {
    FetchState = Qt::UserRole + 1, ///< int(models::FetchState) of the node
    Error,                         ///< QString: the sentence of the node's last failure

    // Accounts and folders (FolderModel)
    IsAccount = Qt::UserRole + 32, ///< bool: a top-level account row
    AccountId,                     ///< QString: models::Account::id
    FolderRawName,                 ///< QByteArray: the folder's name on the wire (modified UTF-7)
    FolderPath,                    ///< QString: decoded path with the server's separator
    FolderAttributes,              ///< int: protocols::FolderAttribute bits
    SpecialUse,                    ///< int(protocols::SpecialUse)
    IsGhost,                       ///< bool: listed but cannot hold mail (\Noselect, \NonExistent)
    UnreadCount,                   ///< int, -1 when unknown
    TotalCount,                    ///< int, -1 when unknown
    // Accounts (AccountModel; AccountId and IsAccount above too)
    AccountAddress,                ///< QString: the account's own address
    AccountProtocol,               ///< int(protocols::Protocol) of its incoming server
    AccountEnabled,                ///< bool: false for a switched-off account

    // Messages (MessageListModel)
    Uid = Qt::UserRole + 64,       ///< quint32
    Flags,                         ///< int: protocols::MessageFlag bits
    IsUnread,                      ///< bool
    IsFlagged,                     ///< bool
    IsAnswered,                    ///< bool
    Subject,                       ///< QString, decoded
    From,                          ///< QString, decoded display form
    To,                            ///< QString, decoded
    Date,                          ///< QDateTime (INTERNALDATE, local time)
    Size,                          ///< qint64 bytes
    MessageId,                     ///< QByteArray
    InReplyTo,                     ///< QByteArray
    References,                    ///< QByteArray
    ThreadSize,                    ///< int (ThreadingProxy): replies below the row, all levels; 0 flat
    ThreadDepth,                   ///< int (ThreadingProxy): 0 for a thread's root and when flat
};
} // namespace Roles

} // namespace postier::models
