#pragma once

#include <QByteArray>
#include <QByteArrayList>

namespace postier::models::MessageKey {

/// A message's identity for copying without duplicates, in the manner of imapsync: the same
/// message gets the same key on both sides of a copy, whether it is read from a local store or
/// listed on an IMAP server, and two different messages practically never share one.
///
/// The key hashes the identity header fields (Message-ID, Date, From, To, Subject) after
/// normalisation (names lower-cased, values unfolded, runs of white space collapsed, trimmed;
/// fields sorted by name, occurrences kept in order) together with the size of the message with
/// CRLF line ends. A message without a Message-ID still gets a stable key from the other fields
/// and its size. Two copies of a message in the same source folder share a key: callers count
/// keys (a multiset), they never merge them.

/// The header names to fetch: `BODY.PEEK[HEADER.FIELDS (<these>)]`.
[[nodiscard]] QByteArrayList headerFields();

/// Picks the identity fields out of a raw header section, with the semantics of IMAP's
/// HEADER.FIELDS: every occurrence, in order, folded lines included.
[[nodiscard]] QByteArray selectFields(const QByteArray &headerBlock);

/// The key (27 characters of URL-safe base64) of a message whose identity fields are `fields`
/// (as selectFields() or a server's HEADER.FIELDS returned them) and whose size is `size`.
[[nodiscard]] QByteArray compute(const QByteArray &fields, qint64 size);

/// The Message-ID in `fields` without its angle brackets, or empty; for reports.
[[nodiscard]] QByteArray messageId(const QByteArray &fields);

} // namespace postier::models::MessageKey
