#include "models/compose/ComposeEngine.h"

#include "models/compose/AddressParser.h"
#include "models/compose/SpecialFolderLocator.h"
#include "models/local/LocalMail.h"

#include <algorithm>
#include "models/session/MailSession.h"
#include "protocols/imap/AppendMessageJob.h"
#include "protocols/imap/ExpungeJob.h"
#include "protocols/imap/StoreFlagsJob.h"
#include "protocols/smtp/SendMessageJob.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace postier::models {

namespace {

using protocols::Error;
using protocols::ErrorKind;
using protocols::MailAddress;

// An RFC 2047 display name, in encoded words of at most 45 bytes of UTF-8 each (75 characters
// once encoded), cut between characters.
QString encodedName(const QString &name)
{
    const bool plainAscii = std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f;
    });
    if (plainAscii)
        return {};
    QStringList words;
    QByteArray chunk;
    const QList<uint> codePoints = name.toUcs4();
    for (const uint cp : codePoints) {
        const char32_t c = cp;
        const QByteArray utf8 = QString::fromUcs4(&c, 1).toUtf8();
        if (chunk.size() + utf8.size() > 45) {
            words << QStringLiteral("=?UTF-8?B?") + QString::fromLatin1(chunk.toBase64())
                    + QStringLiteral("?=");
            chunk.clear();
        }
        chunk += utf8;
    }
    if (!chunk.isEmpty())
        words << QStringLiteral("=?UTF-8?B?") + QString::fromLatin1(chunk.toBase64())
                + QStringLiteral("?=");
    return words.join(QLatin1Char(' '));
}

// The Bcc list as a header value vmime parses back into an address list.
QString bccHeaderValue(const QList<MailAddress> &list)
{
    QStringList parts;
    for (const MailAddress &a : list) {
        const QString encoded = encodedName(a.name);
        parts << (encoded.isEmpty()
                      ? AddressParser::format(a)
                      : encoded + QStringLiteral(" <") + a.address + QLatin1Char('>'));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

ComposeEngine::ComposeEngine(MailSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_locator(new SpecialFolderLocator(session, this))
{
}

ComposeEngine::~ComposeEngine() = default;

void ComposeEngine::setFolderModel(FolderModel *model)
{
    m_locator->setFolderModel(model);
}

void ComposeEngine::setOriginal(const QString &accountId, const QByteArray &rawFolder, quint32 uid,
                                protocols::MessageFlag flag)
{
    m_originalAccount = accountId;
    m_originalFolder = rawFolder;
    m_originalUid = uid;
    m_originalFlag = flag;
}

void ComposeEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool ComposeEngine::buildDraft(const protocols::OutgoingMessage &message,
                               protocols::BuiltMessage *out, protocols::Error *error)
{
    protocols::OutgoingMessage m = message;
    if (!m.bcc.isEmpty())
        m.extraHeaders.append({QByteArrayLiteral("Bcc"), bccHeaderValue(m.bcc)});
    // The builder insists on a recipient for the envelope; a Bcc one adds no header field.
    if (m.envelopeRecipients().isEmpty())
        m.bcc = {m.from};
    protocols::ensureVmimePlatform();
    return protocols::OutgoingMessageBuilder::build(m, out, error);
}

void ComposeEngine::buildAsync(const protocols::OutgoingMessage &message, BuildCallback callback)
{
    // Attachments are read and encoded off the window's thread. The result comes back through the
    // application object, and only reaches this engine if it still exists.
    QPointer<ComposeEngine> self(this);
    QThreadPool::globalInstance()->start([self, message, callback = std::move(callback)]() mutable {
        protocols::BuiltMessage built;
        protocols::Error error;
        if (!buildDraft(message, &built, &error) && error.isOk())
            error = Error(ErrorKind::Usage, tr("The draft could not be put together."));
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self = std::move(self), built = std::move(built), error,
             callback = std::move(callback)] {
                if (self)
                    callback(built, error);
            },
            Qt::QueuedConnection);
    });
}

// ---- Sending -----------------------------------------------------------------------------------

void ComposeEngine::send(const QString &accountId, const protocols::OutgoingMessage &message)
{
    if (m_state != State::Idle)
        return;
    m_accountId = accountId;
    m_message = message;
    if (m_message.from.address.isEmpty()) {
        Account account;
        if (m_session.account(accountId, &account))
            m_message.from = {account.displayName, account.address};
    }
    m_sentBytes.clear();
    m_sentMessageId.clear();
    m_sendError = {};
    setState(State::Sending);
    auto *job = new protocols::SendMessageJob(m_message);
    connect(job, &protocols::Job::progress, this, &ComposeEngine::sendProgress);
    connect(job, &protocols::Job::finished, this, [this, job] { onSendFinished(job); });
    m_session.runOutgoing(accountId, job);
}

void ComposeEngine::onSendFinished(protocols::Job *job)
{
    auto *send = static_cast<protocols::SendMessageJob *>(job);
    const Error &error = send->error();
    if (error) {
        m_sendError = error;
        const ErrorKind kind = error.kind();
        if (kind == ErrorKind::Cancelled || kind == ErrorKind::Usage
            || kind == ErrorKind::LocalIo) {
            // Nothing reached the server, and the input itself is the problem (or the user
            // stopped): the composer still holds everything; a draft would fail the same way.
            setState(State::Idle);
            Q_EMIT sendFailed(error.sentence());
            return;
        }
        m_rescueRequest = saveDraft(m_accountId, m_message, DraftKind::Rescue);
        return;
    }
    m_goneOut = true;
    m_discarded = false;
    m_sentBytes = send->messageBytes();
    m_sentMessageId = send->messageId();
    // Drafts of this message are obsolete now, including one still being saved.
    if (m_current.isValid()) {
        m_stale.append(m_current);
        m_current = {};
    }
    m_draftQueue.clear();
    purgeStaleDrafts();
    markOriginal();
    setState(State::SavingSentCopy);
    appendToSent();
}

void ComposeEngine::appendToSent()
{
    const QString accountId = m_accountId;
    Account account;
    if (m_session.account(accountId, &account)
        && account.incoming.protocol != protocols::Protocol::Imap) {
        // A POP3 account keeps its Sent folder on this computer, with its other mail.
        Error error;
        m_session.local().append(accountId, QStringLiteral("Sent"), m_sentBytes, QStringLiteral("S"), &error);
        if (error) {
            setState(State::SentCopyMissing);
            Q_EMIT sentCopyFailed(
                tr("The message was sent, but its copy could not be saved in your Sent "
                   "folder: %1 Use “Save Copy to Sent” to try again.")
                    .arg(error.sentence()));
            return;
        }
        setState(State::Done);
        Q_EMIT sent();
        return;
    }
    auto fail = [this, accountId](const Error &error) {
        if (error.kind() == ErrorKind::NotFound)
            m_locator->forget(accountId);
        setState(State::SentCopyMissing);
        Q_EMIT sentCopyFailed(
            tr("The message was sent, but its copy could not be saved in your Sent "
               "folder: %1 Use “Save Copy to Sent” to try again.")
                .arg(error.sentence()));
    };
    m_locator->locate(accountId, protocols::SpecialUse::Sent,
                      [this, accountId, fail](const QByteArray &folder, const Error &error) {
                          if (error) {
                              fail(error);
                              return;
                          }
                          auto *job = new protocols::AppendMessageJob(folder);
                          protocols::MessageFlags flags;
                          flags.bits = protocols::FlagSeen;
                          job->addMessage(m_sentBytes, flags);
                          connect(job, &protocols::Job::finished, this, [this, job, folder, fail] {
                              if (job->error()) {
                                  fail(job->error());
                                  return;
                              }
                              m_sentFolder = folder;
                              m_sentUid = job->results().isEmpty() ? 0 : job->results().first().uid;
                              setState(State::Done);
                              Q_EMIT sent();
                          });
                          m_session.runIncoming(accountId, job);
                      });
}

void ComposeEngine::saveSentCopy()
{
    if (m_state != State::SentCopyMissing)
        return;
    setState(State::SavingSentCopy);
    appendToSent();
}

void ComposeEngine::markOriginal()
{
    if (m_originalUid == 0 || m_originalFolder.isEmpty())
        return;
    protocols::MessageFlags flags;
    flags.bits = quint8(m_originalFlag);
    auto *job = new protocols::StoreFlagsJob(m_originalFolder, {m_originalUid}, flags,
                                             protocols::StoreFlagsJob::Operation::Add);
    job->setPriority(protocols::Job::Priority::Background);
    m_session.runIncoming(m_originalAccount, job);
}

// ---- Drafts ------------------------------------------------------------------------------------

int ComposeEngine::saveDraft(const QString &accountId, const protocols::OutgoingMessage &message,
                             DraftKind kind)
{
    if (m_goneOut)
        return 0;
    DraftRequest request;
    request.id = m_nextRequestId++;
    request.accountId = accountId;
    request.message = message;
    request.kind = kind;
    if (request.message.from.address.isEmpty()) {
        Account account;
        if (m_session.account(accountId, &account))
            request.message.from = {account.displayName, account.address};
    }
    m_draftQueue.append(request);
    processDrafts();
    return request.id;
}

void ComposeEngine::processDrafts()
{
    if (m_draftRunning || m_draftQueue.isEmpty())
        return;
    m_draftRunning = true;
    const DraftRequest request = m_draftQueue.takeFirst();
    buildAsync(
        request.message, [this, request](const protocols::BuiltMessage &built, const Error &error) {
            if (error) {
                finishDraft(request, {}, error);
                return;
            }
            Account account;
            if (m_session.account(request.accountId, &account)
                && account.incoming.protocol != protocols::Protocol::Imap) {
                // A POP3 account's drafts are kept in its local Drafts folder.
                Error localError;
                SavedDraft saved;
                saved.accountId = request.accountId;
                saved.folder = QByteArrayLiteral("Drafts");
                saved.uid = m_session.local().append(request.accountId, QStringLiteral("Drafts"), built.bytes,
                                                     QStringLiteral("DS"), &localError);
                saved.local = true;
                finishDraft(request, localError ? SavedDraft() : saved, localError);
                return;
            }
            m_locator->locate(
                request.accountId, protocols::SpecialUse::Drafts,
                [this, request, bytes = built.bytes](const QByteArray &folder, const Error &error) {
                    if (error) {
                        finishDraft(request, {}, error);
                        return;
                    }
                    auto *job = new protocols::AppendMessageJob(folder);
                    protocols::MessageFlags flags;
                    flags.bits = protocols::FlagDraft | protocols::FlagSeen;
                    job->addMessage(bytes, flags);
                    connect(job, &protocols::Job::finished, this, [this, job, request, folder] {
                        if (job->error()) {
                            if (job->error().kind() == ErrorKind::NotFound)
                                m_locator->forget(request.accountId);
                            finishDraft(request, {}, job->error());
                            return;
                        }
                        SavedDraft saved;
                        saved.accountId = request.accountId;
                        saved.folder = folder;
                        if (!job->results().isEmpty()) {
                            saved.uidValidity = job->results().first().uidValidity;
                            saved.uid = job->results().first().uid;
                        }
                        finishDraft(request, saved, {});
                    });
                    m_session.runIncoming(request.accountId, job);
                });
        });
}

void ComposeEngine::finishDraft(const DraftRequest &request, const SavedDraft &saved,
                                const Error &error)
{
    m_draftRunning = false;
    if (!error) {
        // UIDs of an older UIDVALIDITY of the same folder name nothing any more.
        m_stale.removeIf([&](const SavedDraft &d) {
            return d.accountId == saved.accountId && d.folder == saved.folder && d.uidValidity != 0
                && saved.uidValidity != 0 && d.uidValidity != saved.uidValidity;
        });
        if (request.kind == DraftKind::Manual)
            m_userSavedDraft = true;
        const bool obsolete = m_goneOut || (m_discarded && !m_userSavedDraft);
        if (obsolete) {
            if (saved.isValid())
                m_stale.append(saved);
        } else {
            if (m_current.isValid())
                m_stale.append(m_current);
            m_current = saved;
        }
        purgeStaleDrafts();
    }

    if (request.kind == DraftKind::Rescue && request.id == m_rescueRequest) {
        m_rescueRequest = 0;
        const QString sentence = error
            ? tr("%1 It could not be saved in Drafts either: %2")
                  .arg(m_sendError.sentence(), error.sentence())
            : tr("%1 A copy is saved in your Drafts folder.").arg(m_sendError.sentence());
        setState(State::Idle);
        if (error)
            Q_EMIT draftFailed(request.id, request.kind, error.sentence());
        else
            Q_EMIT draftSaved(request.id, request.kind);
        Q_EMIT sendFailed(sentence);
    } else if (error) {
        Q_EMIT draftFailed(request.id, request.kind,
                           tr("The draft could not be saved: %1").arg(error.sentence()));
    } else {
        Q_EMIT draftSaved(request.id, request.kind);
    }
    processDrafts();
}

void ComposeEngine::discardDraft()
{
    m_discarded = true;
    m_draftQueue.removeIf([](const DraftRequest &r) { return r.kind == DraftKind::Auto; });
    if (!m_userSavedDraft && m_current.isValid()) {
        m_stale.append(m_current);
        m_current = {};
    }
    purgeStaleDrafts();
}

void ComposeEngine::purgeStaleDrafts()
{
    // One STORE + UID EXPUNGE per folder. The chain runs in the session's context, so a window
    // closed meanwhile still gets its old drafts removed.
    QList<QPair<QString, QByteArray>> folders;
    for (SavedDraft &d : m_stale) {
        if (d.deleting)
            continue;
        if (!folders.contains(qMakePair(d.accountId, d.folder)))
            folders.append({d.accountId, d.folder});
    }
    for (const auto &[accountId, folder] : folders) {
        QVector<quint32> uids;
        bool local = false;
        for (SavedDraft &d : m_stale) {
            if (!d.deleting && d.accountId == accountId && d.folder == folder) {
                d.deleting = true;
                uids.append(d.uid);
                local = local || d.local;
            }
        }
        if (local) {
            // Older local drafts go to the local Trash, like any message deleted there.
            m_session.local().transfer(accountId, QString::fromUtf8(folder), uids, QStringLiteral("Trash"), false);
            m_stale.erase(std::remove_if(m_stale.begin(), m_stale.end(),
                                         [&](const SavedDraft &d) {
                                             return d.accountId == accountId && d.folder == folder
                                                 && uids.contains(d.uid);
                                         }),
                          m_stale.end());
            continue;
        }
        QPointer<ComposeEngine> self(this);
        auto done = [self, accountId, folder, uids](bool ok) {
            if (!self)
                return;
            for (auto it = self->m_stale.begin(); it != self->m_stale.end();) {
                const bool mine
                    = it->accountId == accountId && it->folder == folder && uids.contains(it->uid);
                if (mine && ok) {
                    it = self->m_stale.erase(it);
                    continue;
                }
                if (mine)
                    it->deleting = false; // tried again after the next save
                ++it;
            }
        };
        protocols::MessageFlags deleted;
        deleted.bits = protocols::FlagDeleted;
        auto *store = new protocols::StoreFlagsJob(folder, uids, deleted,
                                                   protocols::StoreFlagsJob::Operation::Add);
        MailSession *session = &m_session;
        connect(store, &protocols::Job::finished, session,
                [session, store, accountId, folder, uids, done] {
                    if (store->error()) {
                        done(false);
                        return;
                    }
                    auto *expunge = new protocols::ExpungeJob(folder, uids);
                    QObject::connect(expunge, &protocols::Job::finished, session,
                                     [expunge, done] { done(!expunge->error()); });
                    session->runIncoming(accountId, expunge);
                });
        m_session.runIncoming(accountId, store);
    }
}

} // namespace postier::models
