#include "protocols/imap/QuotaJob.h"

#include "protocols/imap/ImapParser.h"
#include "protocols/imap/ImapSession.h"

namespace postier::protocols {

namespace {

/// Reads the words of one QUOTA/QUOTAROOT response: atoms, quoted strings, literals and
/// parentheses, over a view that it never reads past.
class Tokens
{
public:
    explicit Tokens(std::string_view text)
        : m_text(text)
    {
    }

    void skipSpaces()
    {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\r' || m_text[m_pos] == '\n'))
            ++m_pos;
    }
    [[nodiscard]] bool atEnd()
    {
        skipSpaces();
        return m_pos >= m_text.size();
    }
    [[nodiscard]] bool take(char c)
    {
        skipSpaces();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    /// An atom, a quoted string or a literal; false at the end or before a parenthesis.
    bool astring(QByteArray *out)
    {
        skipSpaces();
        out->clear();
        if (m_pos >= m_text.size() || m_text[m_pos] == '(' || m_text[m_pos] == ')')
            return false;
        if (m_text[m_pos] == '"') {
            ++m_pos;
            while (m_pos < m_text.size() && m_text[m_pos] != '"') {
                if (m_text[m_pos] == '\\' && m_pos + 1 < m_text.size())
                    ++m_pos;
                out->append(m_text[m_pos++]);
            }
            if (m_pos >= m_text.size())
                return false;
            ++m_pos; // closing quote
            return true;
        }
        if (m_text[m_pos] == '{') {
            const size_t close = m_text.find('}', m_pos);
            if (close == std::string_view::npos)
                return false;
            bool ok = false;
            QByteArray digits(m_text.data() + m_pos + 1, qsizetype(close - m_pos - 1));
            digits.replace('+', QByteArray());
            const qint64 size = digits.toLongLong(&ok);
            size_t start = close + 1;
            if (start + 1 < m_text.size() && m_text[start] == '\r' && m_text[start + 1] == '\n')
                start += 2;
            if (!ok || size < 0 || start + size_t(size) > m_text.size())
                return false;
            *out = QByteArray(m_text.data() + start, qsizetype(size));
            m_pos = start + size_t(size);
            return true;
        }
        const size_t begin = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != ' ' && m_text[m_pos] != '(' && m_text[m_pos] != ')'
               && m_text[m_pos] != '\r' && m_text[m_pos] != '\n')
            ++m_pos;
        *out = QByteArray(m_text.data() + begin, qsizetype(m_pos - begin));
        return !out->isEmpty();
    }

private:
    std::string_view m_text;
    size_t m_pos = 0;
};

bool readNumber(Tokens &tokens, qint64 *out)
{
    QByteArray word;
    if (!tokens.astring(&word))
        return false;
    bool ok = false;
    *out = word.toLongLong(&ok);
    return ok && *out >= 0;
}

} // namespace

QuotaJob::QuotaJob(const QByteArray &rawFolderName, QObject *parent)
    : ImapJob(parent)
    , m_folder(rawFolderName)
{
}

QString QuotaJob::description() const
{
    return tr("Asking how much space the mailbox has");
}

bool QuotaJob::parseQuota(std::string_view response, QuotaRoot *out)
{
    Tokens tokens(response);
    QByteArray word;
    if (!tokens.take('*') || !tokens.astring(&word) || word.toUpper() != "QUOTA")
        return false;
    QuotaRoot root;
    QByteArray name;
    if (!tokens.astring(&name))
        return false;
    root.name = QString::fromUtf8(name);
    if (!tokens.take('('))
        return false;
    while (!tokens.take(')')) {
        QuotaResource resource;
        if (!tokens.astring(&resource.name) || !readNumber(tokens, &resource.usage)
            || !readNumber(tokens, &resource.limit))
            return false;
        resource.name = resource.name.toUpper();
        root.resources << resource;
    }
    *out = root;
    return true;
}

bool QuotaJob::parseQuotaRoot(std::string_view response, QStringList *roots)
{
    Tokens tokens(response);
    QByteArray word;
    if (!tokens.take('*') || !tokens.astring(&word) || word.toUpper() != "QUOTAROOT")
        return false;
    QByteArray mailbox;
    if (!tokens.astring(&mailbox))
        return false;
    roots->clear();
    QByteArray root;
    while (tokens.astring(&root))
        *roots << QString::fromUtf8(root);
    return tokens.atEnd();
}

void QuotaJob::runImap(ImapSession &session)
{
    // A retry after a cut asks again.
    m_roots.clear();
    m_refusal.clear();
    m_supported = session.hasCapability("QUOTA");
    if (!m_supported)
        return;
    const imap::StatusResponse status = session.execute("GETQUOTAROOT " + session.astring(m_folder),
                                                        [this](std::string_view response) {
        QuotaRoot root;
        if (parseQuota(response, &root))
            m_roots << root;
    });
    if (!status.isOk())
        m_refusal = status.serverWords();
}

const QuotaResource *QuotaJob::tightestStorage() const
{
    const QuotaResource *best = nullptr;
    for (const QuotaRoot &root : m_roots) {
        for (const QuotaResource &r : root.resources) {
            if (r.name != "STORAGE")
                continue;
            if (!best || r.limit - r.usage < best->limit - best->usage)
                best = &r;
        }
    }
    return best;
}

qint64 QuotaJob::storageUsed() const
{
    const QuotaResource *r = tightestStorage();
    return r ? r->usage * 1024 : -1;
}

qint64 QuotaJob::storageLimit() const
{
    const QuotaResource *r = tightestStorage();
    return r ? r->limit * 1024 : -1;
}

} // namespace postier::protocols
