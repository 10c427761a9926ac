#pragma once

// A small, fast parser for the IMAP responses that vmime parses slowly (FETCH: about 18x slower
// than the raw protocol) or not at all (LIST-EXTENDED, ESEARCH, CONDSTORE data). No vmime here:
// these functions work on bytes and are covered by tests/protocols/tst_imapparser.cpp.

#include "protocols/imap/FolderInfo.h"
#include "protocols/imap/HeaderRecord.h"

#include <QByteArray>
#include <QByteArrayList>
#include <string_view>

namespace postier::protocols::imap {

/// Collects bytes from the socket and cuts them into complete responses. A response is one line,
/// or several when it carries literals: `* 1 FETCH (BODY[] {12}\r\n<12 bytes>)\r\n` is one
/// response. Both `{n}` and `{n+}` are understood.
class ResponseBuffer
{
public:
    /// Appends raw bytes from the socket.
    void append(const char *data, size_t size);
    /// Takes the next complete response (including its final CRLF) if there is one. The view
    /// stays valid until the next call to append() or take().
    [[nodiscard]] bool take(std::string_view *response);
    /// Bytes buffered but not yet returned.
    [[nodiscard]] size_t pending() const;
    /// While a literal is being received: how many of its bytes are still missing (0 otherwise).
    /// Lets the reader ask the socket for the whole rest of a large literal at once.
    [[nodiscard]] size_t literalBytesMissing() const;

private:
    std::string m_buffer;
    size_t m_start = 0;   // first byte not yet returned
    size_t m_scan = 0;    // where the search for the end of the current response resumes
    size_t m_segment = 0; // start of the current line (after the last literal), for "{n}" checks
    size_t m_literalMissing = 0;
};

enum class ResponseKind { Untagged, Tagged, Continuation };

/// The status part of a tagged response, or of an untagged OK/NO/BAD/BYE/PREAUTH.
struct StatusResponse {
    QByteArray tag;         ///< Empty for untagged
    QByteArray status;      ///< "OK", "NO", "BAD", "BYE", "PREAUTH"
    QByteArray code;        ///< Inside [...], e.g. "APPENDUID 38505 3955", "OVERQUOTA", "ALERT"
    QByteArray text;        ///< Human text after the code
    [[nodiscard]] bool isOk() const { return status == "OK"; }
    /// The server's words for people and logs: "[CODE] text", or just the text.
    [[nodiscard]] QString serverWords() const
    {
        return QString::fromUtf8(code.isEmpty() ? text : '[' + code + "] " + text);
    }
};

[[nodiscard]] ResponseKind kindOf(std::string_view response);

/// Parses "TAG OK [CODE] text\r\n" or "* NO [CODE] text\r\n". Returns false when the response is
/// not a status response.
[[nodiscard]] bool parseStatus(std::string_view response, StatusResponse *out);

/// "* 12 FETCH (UID 5 FLAGS (\Seen) INTERNALDATE "..." RFC822.SIZE 42 ENVELOPE (...) MODSEQ (7)
/// BODY[HEADER.FIELDS (REFERENCES)] {n}\r\n...)". Fills what the response carries. A
/// `BODY[...]` literal other than HEADER.FIELDS with REFERENCES goes to *body (when non-null), and its section
/// text (e.g. "1.2" or "") to *section. Returns false and sets *error on malformed input; never
/// reads past the view.
[[nodiscard]] bool parseFetch(std::string_view response, quint32 *sequence, HeaderRecord *out,
                              QByteArray *body = nullptr, QByteArray *section = nullptr,
                              QByteArray *error = nullptr);

/// "* LIST (\HasNoChildren \Subscribed \Sent) "/" "Sent"" including LIST-EXTENDED forms, with the
/// name decoded from modified UTF-7. Also accepts "* LSUB ...".
[[nodiscard]] bool parseList(std::string_view response, FolderInfo *out);

/// "* STATUS "INBOX" (MESSAGES 3 UNSEEN 1 UIDNEXT 4 UIDVALIDITY 1 HIGHESTMODSEQ 9)".
[[nodiscard]] bool parseStatusData(std::string_view response, QByteArray *rawName, FolderStatus *out);

/// Untagged data seen after SELECT/EXAMINE: "* 3 EXISTS", "* OK [UIDVALIDITY 1]",
/// "* OK [UIDNEXT 4]", "* OK [HIGHESTMODSEQ 9]", "* 2 RECENT". Returns true if it used the line.
bool applySelectData(std::string_view response, FolderStatus *status);

/// "* CAPABILITY IMAP4rev1 IDLE ..." or the [CAPABILITY ...] code of a status response.
[[nodiscard]] QByteArrayList parseCapabilities(std::string_view textAfterKeyword);

/// "* SEARCH 1 2 3" and "* ESEARCH (TAG "a") UID ALL 1:3,5" into UIDs (ranges expanded).
[[nodiscard]] bool parseSearch(std::string_view response, QVector<quint32> *uids);

/// "* 4 EXISTS", "* 2 EXPUNGE", "* 3 RECENT": the number and the keyword.
[[nodiscard]] bool parseNumbered(std::string_view response, quint32 *number, QByteArray *keyword);

/// "APPENDUID 38505 3955" -> (38505, 3955); "COPYUID 38505 304,319:320 3956:3958" -> uid sets.
[[nodiscard]] bool parseAppendUid(const QByteArray &code, quint32 *uidValidity, quint32 *uid);
/// The same for MULTIAPPEND: "APPENDUID 38505 3955:3957" -> every UID, in the order sent.
[[nodiscard]] bool parseAppendUidSet(const QByteArray &code, quint32 *uidValidity, QVector<quint32> *uids);
[[nodiscard]] bool parseCopyUid(const QByteArray &code, quint32 *uidValidity,
                                QVector<quint32> *sourceUids, QVector<quint32> *destUids);

/// "17-Jul-1996 02:44:25 -0700" -> seconds since the epoch (UTC). -1 when malformed.
[[nodiscard]] qint64 parseInternalDate(std::string_view text);
/// The reverse, for APPEND.
[[nodiscard]] QByteArray formatInternalDate(qint64 secondsSinceEpoch);

/// Modified UTF-7 (RFC 3501 5.1.3) both ways.
[[nodiscard]] QString decodeMailboxName(const QByteArray &raw);
[[nodiscard]] QByteArray encodeMailboxName(const QString &name);

/// Writes a string argument as an atom-safe quoted string, or returns false when it needs a
/// literal (CR, LF, NUL or 8-bit bytes), in which case the caller sends {n}.
[[nodiscard]] bool quoteString(const QByteArray &value, QByteArray *quoted);

/// "1:3,5,7:9" for a sorted list of UIDs.
[[nodiscard]] QByteArray uidSet(QVector<quint32> uids);

} // namespace postier::protocols::imap
