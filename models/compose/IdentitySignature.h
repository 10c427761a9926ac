#pragma once

#include <QString>

namespace postier::models {

/// Where an identity's signature goes in a plain-text message, and how it is swapped when the
/// user picks another identity. Pure functions on the text.
///
/// The signature goes below the text, after the RFC 3676 (4.3) delimiter "-- " on a line of
/// its own, with one empty line between the text and the delimiter (two in an empty message, so
/// there is a line to write on). The composer remembers the exact text it inserted; the
/// signature is swapped only while that text is still in the message as inserted, so one the
/// user changed (or removed) is never touched again.
class IdentitySignature
{
public:
    /// A change to a message text: replace `length` characters at `position` by `text`.
    struct Edit {
        qsizetype position = -1;
        qsizetype length = 0;
        QString text; ///< What the message now holds of the signature (for the next swap).
        [[nodiscard]] bool isValid() const { return position >= 0; }
        [[nodiscard]] QString applied(const QString &body) const
        {
            QString out = body;
            out.replace(position, length, text);
            return out;
        }
    };

    /// "-- \n" and the signature without trailing line ends (nor a delimiter line of its own at
    /// the start, which some people paste); empty when the signature is blank.
    [[nodiscard]] static QString block(const QString &signature);
    /// The edit that replaces `inserted` (what an earlier edit put into `body`; empty when
    /// nothing was) with `signature`, or appends it when nothing was inserted. Invalid when
    /// `inserted` is no longer in `body` unchanged, as whole lines: the user edited it.
    [[nodiscard]] static Edit swap(const QString &body, const QString &inserted,
                                   const QString &signature);
    /// What swap() would have inserted into `body` for `signature`, if it is found there (a
    /// draft opened again); empty otherwise.
    [[nodiscard]] static QString find(const QString &body, const QString &signature);
    /// The line ends swap() puts between `text` and the delimiter.
    [[nodiscard]] static QString separatorAfter(const QString &text);
};

} // namespace postier::models
