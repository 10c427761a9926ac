#pragma once

#include "models/autoconfig/SrvResolver.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>

class QDnsLookup;

namespace postier::models {

/// SrvResolver over the system's DNS (QDnsLookup), as the product uses it.
class DnsSrvResolver : public SrvResolver
{
    Q_OBJECT
public:
    explicit DnsSrvResolver(QObject *parent = nullptr);
    ~DnsSrvResolver() override;

    void lookup(const QString &name) override;
    void abortAll() override;

private:
    void onFinished(QDnsLookup *lookup);

    QList<QPointer<QDnsLookup>> m_lookups;
};

} // namespace postier::models
