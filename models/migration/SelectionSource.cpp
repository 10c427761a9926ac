#include "models/migration/SelectionSource.h"

#include <QIODevice>
#include <QMutexLocker>

namespace postier::models {

SelectionSource::SelectionSource(std::shared_ptr<protocols::LocalSource> inner, const QString &innerRoot,
                                 const QString &outerRoot)
    : m_inner(std::move(inner))
    , m_innerRoot(innerRoot)
    , m_outerRoot(outerRoot)
{
}

void SelectionSource::restrict(const QString &innerFolder, const QSet<QString> &ids)
{
    m_restrictions.insert(innerFolder, ids);
}

QString SelectionSource::description() const
{
    return m_description.isEmpty() ? m_inner->description() : m_description;
}

QString SelectionSource::outerPath(const QString &innerPath) const
{
    if (m_innerRoot.isEmpty()) {
        if (isInboxName(innerPath))
            return m_outerRoot;
        return m_outerRoot + QLatin1Char('/') + innerPath;
    }
    if (innerPath == m_innerRoot)
        return m_outerRoot;
    const QString prefix = m_innerRoot + QLatin1Char('/');
    if (innerPath.startsWith(prefix))
        return m_outerRoot + QLatin1Char('/') + innerPath.mid(prefix.size());
    return {};
}

QString SelectionSource::innerPath(const QString &outerPath) const
{
    if (outerPath == m_outerRoot)
        return m_innerRoot.isEmpty() ? QStringLiteral("INBOX") : m_innerRoot;
    const QString prefix = m_outerRoot + QLatin1Char('/');
    if (!outerPath.startsWith(prefix))
        return {};
    const QString rest = outerPath.mid(prefix.size());
    return m_innerRoot.isEmpty() ? rest : m_innerRoot + QLatin1Char('/') + rest;
}

QList<protocols::LocalSourceFolder> SelectionSource::folders(protocols::Error *error) const
{
    protocols::Error failed;
    const QList<protocols::LocalSourceFolder> all = m_inner->folders(&failed);
    if (failed) {
        if (error)
            *error = failed;
        return {};
    }
    QList<protocols::LocalSourceFolder> out;
    bool rootFound = m_innerRoot.isEmpty();
    for (const protocols::LocalSourceFolder &f : all) {
        const QString outer = outerPath(f.path);
        if (outer.isEmpty())
            continue;
        rootFound = rootFound || f.path == m_innerRoot;
        out.append(protocols::LocalSourceFolder {outer, QString(), f.holdsMessages});
    }
    if (!rootFound) {
        if (error)
            *error = missingFolderError(m_innerRoot, description());
        return {};
    }
    return out;
}

bool SelectionSource::forEachMessage(const QString &folder,
                                     const std::function<bool(const protocols::LocalSourceMessage &)> &visit,
                                     protocols::Error *error) const
{
    const QString inner = innerPath(folder);
    if (inner.isEmpty()) {
        if (error)
            *error = missingFolderError(folder, description());
        return false;
    }
    const auto restriction = m_restrictions.constFind(inner);
    const bool restricted = restriction != m_restrictions.cend();
    QStringList handedOut;
    const bool ok = m_inner->forEachMessage(inner, [&](const protocols::LocalSourceMessage &m) {
        if (restricted && !restriction->contains(m.id))
            return true;
        handedOut.append(m.id);
        return visit(m);
    }, error);
    QMutexLocker lock(&m_mutex);
    if (!m_visited.contains(inner))
        m_visitedOrder.append(inner);
    m_visited.insert(inner, handedOut);
    return ok;
}

std::unique_ptr<QIODevice> SelectionSource::openMessage(const QString &folder, const QString &id,
                                                        protocols::Error *error) const
{
    return m_inner->openMessage(innerPath(folder), id, error);
}

qint64 SelectionSource::skippedDeleted(const QString &folder) const
{
    return m_inner->skippedDeleted(innerPath(folder));
}

QStringList SelectionSource::visited(const QString &innerFolder) const
{
    QMutexLocker lock(&m_mutex);
    return m_visited.value(innerFolder);
}

QStringList SelectionSource::visitedFolders() const
{
    QMutexLocker lock(&m_mutex);
    return m_visitedOrder;
}

} // namespace postier::models
