#include "models/autoconfig/DnsSrvResolver.h"

#include <QDnsLookup>

namespace postier::models {

DnsSrvResolver::DnsSrvResolver(QObject *parent)
    : SrvResolver(parent)
{
}

DnsSrvResolver::~DnsSrvResolver()
{
    abortAll();
}

void DnsSrvResolver::lookup(const QString &name)
{
    auto *dns = new QDnsLookup(QDnsLookup::SRV, name, this);
    m_lookups << dns;
    connect(dns, &QDnsLookup::finished, this, [this, dns] { onFinished(dns); });
    dns->lookup();
}

void DnsSrvResolver::abortAll()
{
    for (const QPointer<QDnsLookup> &dns : std::as_const(m_lookups)) {
        if (!dns)
            continue;
        dns->disconnect(this);
        dns->abort();
        dns->deleteLater();
    }
    m_lookups.clear();
}

void DnsSrvResolver::onFinished(QDnsLookup *dns)
{
    m_lookups.removeAll(dns);
    dns->deleteLater();
    QList<SrvRecord> records;
    QString error;
    if (dns->error() == QDnsLookup::NoError) {
        for (const QDnsServiceRecord &r : dns->serviceRecords())
            records << SrvRecord{r.target(), r.port(), r.priority(), r.weight()};
    } else if (dns->error() != QDnsLookup::NotFoundError) {
        error = QCoreApplication::translate("postier::models::DnsSrvResolver",
                                            "The DNS lookup of %1 failed: %2.")
                    .arg(dns->name(), dns->errorString());
    }
    Q_EMIT resolved(dns->name(), records, error);
}

} // namespace postier::models
