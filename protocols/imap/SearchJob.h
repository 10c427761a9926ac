#pragma once

#include "protocols/imap/ImapJob.h"
#include "protocols/imap/MessageFlags.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace postier::protocols {

/// Finds the UIDs of the messages in one folder that match every given criterion, on the server.
///
/// Opens the folder read-only (EXAMINE) and sends one `UID SEARCH` built from the criteria:
/// text in a field (TEXT, SUBJECT, FROM, TO, CC, BODY: case-insensitive substrings, as the
/// server matches them), `SINCE`/`BEFORE` dates (the date the server received the message,
/// INTERNALDATE, day precision), flags that must be set and flags that must not be (keywords
/// included). Criteria combine with AND; none at all means every message. Text that is not ASCII
/// is sent as UTF-8 in a literal with `CHARSET UTF-8`. With ESEARCH the command asks for
/// `RETURN (ALL)`, whose compact ranges matter in large folders. uids() is sorted ascending.
class SearchJob : public ImapJob
{
    Q_OBJECT
public:
    enum class Field { Text, Subject, From, To, Cc, Body };

    explicit SearchJob(const QByteArray &rawFolderName, QObject *parent = nullptr);

    /// Messages whose `field` contains `text`. Several calls combine with AND.
    void addText(Field field, const QString &text);
    /// Received on or after this day (server time zone).
    void setSince(const QDate &day) { m_since = day; }
    /// Received before this day.
    void setBefore(const QDate &day) { m_before = day; }
    /// Messages carrying all of these flags (\Recent included; keywords too).
    void setRequiredFlags(const MessageFlags &flags) { m_required = flags; }
    /// Messages carrying none of these flags.
    void setExcludedFlags(const MessageFlags &flags) { m_excluded = flags; }

    [[nodiscard]] QString description() const override;
    [[nodiscard]] const QVector<quint32> &uids() const { return m_uids; }
    /// Whether the server answered with ESEARCH.
    [[nodiscard]] bool usedEsearch() const { return m_usedEsearch; }

protected:
    void runImap(ImapSession &session) override;

private:
    struct TextCriterion {
        Field field;
        QString text;
    };

    QByteArray m_folder;
    QVector<TextCriterion> m_texts;
    QDate m_since;
    QDate m_before;
    MessageFlags m_required;
    MessageFlags m_excluded;
    QVector<quint32> m_uids;
    bool m_usedEsearch = false;
};

} // namespace postier::protocols
