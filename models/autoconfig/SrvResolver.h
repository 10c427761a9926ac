#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace postier::models {

/// One DNS SRV record (RFC 2782): a host and port offering a service.
struct SrvRecord {
    QString target;     ///< host name; "." means "this service is not offered here"
    quint16 port = 0;
    quint16 priority = 0; ///< lower is tried first
    quint16 weight = 0;   ///< among equal priorities, higher is preferred
};

/// Looks up SRV records, asynchronously. AccountDiscovery uses DnsSrvResolver (QDnsLookup);
/// tests inject their own answers through this interface.
///
/// Contract: every lookup() answers with exactly one resolved() for that name, later, from the
/// event loop (never from inside lookup()). "No such name" and "no records" answer with an empty
/// list and an empty error; a failure to ask (no DNS server, a timeout) answers with an empty
/// list and a sentence. abortAll() forgets every lookup in flight: no resolved() follows for them.
class SrvResolver : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void lookup(const QString &name) = 0;
    virtual void abortAll() = 0;

Q_SIGNALS:
    void resolved(const QString &name, const QList<postier::models::SrvRecord> &records,
                  const QString &error);
};

} // namespace postier::models

Q_DECLARE_METATYPE(postier::models::SrvRecord)
