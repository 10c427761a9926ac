#include "ui/viewer/MessageDocument.h"

#include "ui/viewer/MessageBrowser.h"

namespace postier::ui {

MessageDocument::MessageDocument(MessageBrowser *browser)
    : QTextDocument(browser)
    , m_browser(browser)
{
}

QVariant MessageDocument::loadResource(int type, const QUrl &name)
{
    return m_browser ? m_browser->loadResource(type, name) : QVariant();
}

} // namespace postier::ui
