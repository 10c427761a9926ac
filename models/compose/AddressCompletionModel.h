#pragma once

#include <QStringListModel>

namespace postier::models {

class HeaderCache;

/// The people a To, Cc or Bcc field can complete to: "Name <addr>" strings from the offline
/// cache (HeaderCache::knownAddresses), newest first, for a QCompleter in unfiltered mode.
/// setPrefix() replaces the rows with the matches for what is being typed; it reads the local
/// cache only (a bounded query), never the network.
class AddressCompletionModel : public QStringListModel
{
    Q_OBJECT
public:
    explicit AddressCompletionModel(HeaderCache &cache, QObject *parent = nullptr);

    /// Rows become the people whose name, a word of it, or address starts with `prefix`. An empty
    /// prefix empties the model.
    void setPrefix(const QString &prefix);
    [[nodiscard]] QString prefix() const { return m_prefix; }
    void setMaximumRows(int rows) { m_maximumRows = rows; }

private:
    HeaderCache &m_cache;
    QString m_prefix;
    int m_maximumRows = 12;
};

} // namespace postier::models
