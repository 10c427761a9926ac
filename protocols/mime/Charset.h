#pragma once

#include <QByteArrayView>
#include <QString>

namespace postier::protocols {

/// Converts text in a MIME charset to a QString.
///
/// Contract:
/// - UTF-8, ISO-8859-1 and windows-1252 (ISO-8859-1 is read as its superset windows-1252, as
///   every mail program does) are decoded without vmime; every other charset goes through vmime's
///   charset conversion (ICU), ISO-2022-JP, Shift_JIS, KOI8-R, GB18030... included.
/// - No charset, "us-ascii" with 8-bit bytes, and a charset ICU does not know are read as UTF-8
///   when the bytes are valid UTF-8 and as windows-1252 otherwise; *known (when non-null) is set
///   to false for an unknown charset and true otherwise.
/// - Invalid sequences become U+FFFD (or ICU's substitute). Never throws; safe on any thread.
[[nodiscard]] QString decodeCharset(QByteArrayView bytes, QByteArrayView charset,
                                    bool *known = nullptr);

/// UTF-8 when `bytes` is valid UTF-8, windows-1252 otherwise: the reading of text whose charset
/// is missing or wrong.
[[nodiscard]] QString decodeUtf8OrWindows1252(QByteArrayView bytes);

} // namespace postier::protocols
