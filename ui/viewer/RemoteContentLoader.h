#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

namespace postier::ui {

/// Fetches the remote resources (images) of a message that the user chose to show.
///
/// This is the only way the viewer reaches the network: MessageBrowser asks it for an http or
/// https URL only after the user clicked "Show remote content" (or allowed the sender), so a
/// message cannot tell its sender it was read. Implementations must not block: load() returns at
/// once and the answer comes later, from the event loop, as exactly one loaded() or failed() per
/// load() call, unless cancelAll() came first. Never emit from inside load() itself: the viewer
/// calls it while laying out the document.
class RemoteContentLoader : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// Starts fetching `url` (http or https).
    virtual void load(const QUrl &url) = 0;
    /// Abandons every fetch still running; none of them will be answered.
    virtual void cancelAll() = 0;

Q_SIGNALS:
    void loaded(const QUrl &url, const QByteArray &data);
    /// `reason` is a sentence for people ("The server answered 404 Not Found.").
    void failed(const QUrl &url, const QString &reason);
};

} // namespace postier::ui
