#pragma once

#include <QPointer>
#include <QTextDocument>

namespace postier::ui {

class MessageBrowser;

/// The document of a MessageBrowser. Its only job is to make MessageBrowser::loadResource() the
/// single source of resources: QTextDocument's own loadResource() falls back to reading files
/// for relative URLs and to decoding data: URLs itself, which a message must never trigger.
/// Nothing is cached here, so a resource refused before "Show remote content" is asked for again
/// after it.
class MessageDocument : public QTextDocument
{
    Q_OBJECT
public:
    explicit MessageDocument(MessageBrowser *browser);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    QPointer<MessageBrowser> m_browser;
};

} // namespace postier::ui
