#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace postier::models {

/// The text of a raw header value as people read it, for the full-text index: RFC 2047 encoded
/// words are decoded (adjacent words joined, a character split across two words reassembled), and
/// bytes outside encoded words are read as UTF-8 when valid, Latin-1 otherwise. Charsets Qt Core
/// does not know (windows-1252, ISO-8859-2...) fall back the same way, so non-ASCII letters of
/// those may come out wrong, but ASCII words always survive. Never fails.
[[nodiscard]] QString decodedHeaderText(const QByteArray &raw);

/// decodedHeaderText() as UTF-8, for the index. Returns `raw` itself, without copying, when it is
/// already plain UTF-8 (no encoded word): the common case, which syncs then pay nothing for.
[[nodiscard]] QByteArray searchableHeaderText(const QByteArray &raw);

/// Splits what a user typed into search terms: runs of letters, digits, combining marks and private
/// use characters, the characters SQLite's unicode61 tokenizer keeps. Everything else (quotes, `*`,
/// `-`, parentheses, `:`, `^`) separates terms and is dropped, so no input has a syntax meaning.
/// At most 16 terms are kept.
[[nodiscard]] QStringList searchTerms(const QString &userText);

/// An FTS5 MATCH expression for `userText`: each term of searchTerms() as a quoted prefix phrase,
/// all required (`"anna"* "report"*`). Words such as NEAR, AND, OR and NOT are searched for
/// literally. Empty when the input has no term.
[[nodiscard]] QString ftsMatchExpression(const QString &userText);

} // namespace postier::models
