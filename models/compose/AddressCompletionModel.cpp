#include "models/compose/AddressCompletionModel.h"

#include "models/cache/HeaderCache.h"

namespace postier::models {

AddressCompletionModel::AddressCompletionModel(HeaderCache &cache, QObject *parent)
    : QStringListModel(parent)
    , m_cache(cache)
{
}

void AddressCompletionModel::setPrefix(const QString &prefix)
{
    const QString trimmed = prefix.trimmed();
    if (trimmed == m_prefix)
        return;
    m_prefix = trimmed;
    setStringList(trimmed.isEmpty() ? QStringList()
                                    : m_cache.knownAddresses(trimmed, m_maximumRows));
}

} // namespace postier::models
