#include "ui/mainwindow/ServerSearchBar.h"

#include "models/search/ServerSearch.h"
#include "models/session/MailSession.h"
#include "ui/mainwindow/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace postier::ui {

ServerSearchBar::ServerSearchBar(models::MailSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_search(new models::ServerSearch(session, this))
    , m_label(new QLabel(this))
    , m_button(new QToolButton(this))
{
    setObjectName(QStringLiteral("serverSearchBar"));
    setAccessibleName(tr("Search on the server"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_button->setIcon(icon("search", "edit-find"));
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 0, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_button);
    // The same height with or without the button, so the list below does not jump.
    setMinimumHeight(m_button->sizeHint().height() + layout->contentsMargins().bottom());

    connect(m_button, &QToolButton::clicked, this, [this] {
        if (m_waiting)
            m_search->cancel();
        else
            search();
    });
    connect(m_search, &models::ServerSearch::finished, this, [this](const models::ServerSearch::Result &r) {
        if (!std::exchange(m_waiting, false))
            return; // the query changed meanwhile
        m_button->setText(tr("Search on Server"));
        m_button->setIcon(icon("search", "edit-find"));
        if (r.error) {
            m_label->setText(r.error.kind() == protocols::ErrorKind::Cancelled
                                 ? tr("The search on the server was stopped.")
                                 : r.error.sentence());
            m_button->show();
            return;
        }
        QString text = r.uids.isEmpty() ? tr("The server found no matching message.")
                                        : tr("%n message(s) found on the server.", nullptr, int(r.uids.size()));
        if (!r.fetched.isEmpty())
            text += QLatin1Char(' ') + tr("%n of them had not been downloaded yet.", nullptr, int(r.fetched.size()));
        m_label->setText(text);
        m_button->hide();
        Q_EMIT resultsReady(QSet<quint32>(r.uids.begin(), r.uids.end()), !r.fetched.isEmpty());
    });
    hide();
}

ServerSearchBar::~ServerSearchBar() = default;

void ServerSearchBar::setQuery(const QString &accountId, const QByteArray &folder, const QString &text,
                               int localMatches)
{
    const bool sameQuery = accountId == m_accountId && folder == m_folder && text == m_text;
    m_localMatches = localMatches;
    if (sameQuery && !isHidden())
        return;
    m_accountId = accountId;
    m_folder = folder;
    m_text = text;
    // A search for the previous text stops, and its answer is ignored.
    m_waiting = false;
    m_search->cancel();
    models::Account account;
    const bool imap = !accountId.isEmpty() && m_session.account(accountId, &account)
        && account.incoming.protocol == protocols::Protocol::Imap;
    setVisible(imap && !folder.isEmpty() && !text.trimmed().isEmpty());
    showOffer();
}

void ServerSearchBar::showOffer()
{
    m_label->setText(m_localMatches == 0
                         ? tr("No message on this computer matches.")
                         : tr("%n message(s) on this computer match.", nullptr, m_localMatches));
    m_button->setText(tr("Search on Server"));
    m_button->setIcon(icon("search", "edit-find"));
    m_button->setToolTip(tr("Ask the server too: it also searches the text of the messages, and "
                            "those not downloaded yet (Ctrl+Return)"));
    m_button->show();
}

void ServerSearchBar::search()
{
    if (isHidden() || m_waiting)
        return;
    m_label->setText(tr("Searching the server…"));
    m_button->setText(tr("Stop"));
    m_button->setIcon(icon("cancel", "process-stop"));
    m_button->setToolTip(tr("Stop searching the server"));
    m_waiting = true;
    m_search->start(m_accountId, m_folder, m_text);
}

bool ServerSearchBar::isSearching() const
{
    return m_waiting;
}

QString ServerSearchBar::message() const
{
    return m_label->text();
}

} // namespace postier::ui
