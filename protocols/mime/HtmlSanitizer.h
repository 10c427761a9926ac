#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace postier::protocols {

/// Turns the untrusted HTML of a message into the safe subset that QTextBrowser shows.
///
/// It is a tokenizer (HTML5 rules for tags, attributes with or without quotes, comments, bogus
/// comments, CDATA, raw-text elements such as <script> and <style>, entities), not a set of
/// regular expressions, and it writes a new document from the tokens it accepted, so what the
/// viewer parses is only what was checked here:
/// - Dropped with their content: script, style expressions, iframe/frame/object/embed/applet,
///   svg/math, form controls (input, button, select, textarea), template, audio/video, title.
///   Dropped alone: meta (refresh included), link, base, form (its text stays), unknown tags
///   (their text stays; block-like HTML5 tags become <div>).
/// - Kept: text formatting, headings, lists, tables, font, div/span, links, images, <body> colours.
/// - Attributes come from an allow-list: every on* handler, srcset, target, formaction... is
///   gone. Links keep http, https, mailto and "#fragment" only; anything else (javascript:,
///   vbscript:, data:, file:, relative) loses its href, however it is disguised: entities
///   (`jav&#x61;script:`), case, tabs or newlines inside the scheme, leading control characters.
/// - Images keep cid: and data:image/{png,gif,jpeg,webp,bmp}. Remote (http/https) images, table
///   or body backgrounds and CSS url()s are resources that tell the sender the message was read:
///   unless remote content is allowed they are replaced by "postier-blocked:<n>" (images, so
///   the layout keeps its size) or removed (backgrounds, CSS), and counted.
/// - CSS (style attributes and <style> blocks) keeps an allow-list of properties; at-rules,
///   expression(), behaviors, bindings, escapes and unknown url()s are removed.
/// - Nesting is capped at 200 open elements; output is well-formed (every element closed).
/// Pure, re-entrant, linear in the input; needs QtCore only.
class HtmlSanitizer
{
public:
    struct Options {
        /// Keep remote http/https resources (the user chose "show remote content").
        bool allowRemoteContent = false;
        /// Write table rows as blocks and cells as inline runs (for very large messages: Qt lays
        /// out tables eagerly, taking seconds for a few megabytes, and everything else lazily).
        bool flattenTables = false;
    };

    struct Result {
        QString html;
        /// Distinct remote resource URLs found, in document order (blocked or not).
        QStringList remoteUrls;
        /// How many distinct remote resources were blocked; 0 when remote content is allowed.
        int blockedRemoteCount = 0;
    };

    /// The scheme of blocked-image placeholders: "postier-blocked:1", "postier-blocked:2"...
    [[nodiscard]] static QString blockedScheme() { return QStringLiteral("postier-blocked"); }

    [[nodiscard]] static Result sanitize(QStringView html, const Options &options);
    [[nodiscard]] static Result sanitize(QStringView html) { return sanitize(html, Options()); }
};

} // namespace postier::protocols
