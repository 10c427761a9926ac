#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QWidget>

class QLabel;
class QToolButton;

namespace postier::models {
class MailSession;
class ServerSearch;
} // namespace postier::models

namespace postier::ui {

/// The row under the quick filter while a search text is typed in an IMAP folder. It says how
/// many messages the copy on this computer matched and offers "Search on Server"
/// (models::ServerSearch: the server's own search, body text included, with the matches this
/// computer did not have yet brought into the cache). While the search runs the row says so and
/// its button stops it; afterwards it says what the server found, or why it could not search.
/// Hidden when there is no search text, no folder, or the account is not IMAP.
class ServerSearchBar : public QWidget
{
    Q_OBJECT
public:
    explicit ServerSearchBar(models::MailSession &session, QWidget *parent = nullptr);
    ~ServerSearchBar() override;

    /// The filter's text or folder changed: back to the offer (an old search is dropped).
    /// `localMatches` is how many messages the cache matched.
    void setQuery(const QString &accountId, const QByteArray &folder, const QString &text, int localMatches);
    /// Runs the search on the server for the current query (the button, or Ctrl+Enter).
    void search();
    [[nodiscard]] bool isSearching() const;
    [[nodiscard]] QString message() const;
    [[nodiscard]] QToolButton *button() const { return m_button; }

Q_SIGNALS:
    /// The server's matches for the current query; `cacheChanged` when some of them were fetched
    /// into the cache just now (the list must be reloaded to show them).
    void resultsReady(const QSet<quint32> &uids, bool cacheChanged);

private:
    void showOffer();

    models::MailSession &m_session;
    models::ServerSearch *m_search;
    QLabel *m_label;
    QToolButton *m_button;
    QString m_accountId;
    QByteArray m_folder;
    QString m_text;
    int m_localMatches = 0;
    bool m_waiting = false; // a search for the current query runs
};

} // namespace postier::ui
