#include "ui/viewer/MessagePrinter.h"

#include "ui/viewer/MessageBrowser.h"
#include "ui/viewer/MessageHeaderWidget.h"
#include "ui/viewer/MessageView.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPointer>
#include <QPrinter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextTable>

namespace postier::ui {

namespace {

constexpr qreal kMinimumMarginMm = 12;

/// Resolves resources through the given function only: QTextDocument's own loadResource() would
/// read relative URLs as files and decode data: URLs itself (see MessageDocument).
class PrintDocument : public QTextDocument
{
public:
    explicit PrintDocument(MessagePrinter::ResourceFunction resources)
        : m_resources(std::move(resources))
        , m_refused(1, 1, QImage::Format_ARGB32)
    {
        m_refused.fill(Qt::transparent);
    }

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        QVariant result = m_resources ? m_resources(type, name) : QVariant();
        if (result.isNull() && type == QTextDocument::ImageResource)
            return m_refused; // an answer, so that nothing falls back to reading a file
        return result;
    }

private:
    MessagePrinter::ResourceFunction m_resources;
    QImage m_refused;
};

} // namespace

MessagePrinter::MessagePrinter(const protocols::ParsedMessage &message, const QTextDocument &body,
                               ResourceFunction resources)
    : m_document(std::make_unique<PrintDocument>(std::move(resources)))
    , m_title(message.subject.isEmpty() ? MessageHeaderWidget::tr("(no subject)") : message.subject)
{
    QTextDocument &doc = *m_document;
    doc.setUndoRedoEnabled(false);
    doc.setDefaultFont(body.defaultFont());
    doc.setDocumentMargin(0);
    doc.setMetaInformation(QTextDocument::DocumentTitle, m_title);
    QTextCursor cursor(&doc);

    QTextCharFormat subjectFormat;
    subjectFormat.setFontWeight(QFont::Bold);
    subjectFormat.setFontPointSize(body.defaultFont().pointSizeF() * 1.35);
    QTextBlockFormat subjectBlock;
    subjectBlock.setBottomMargin(6);
    cursor.setBlockFormat(subjectBlock);
    cursor.insertText(m_title, subjectFormat);

    const std::pair<QString, QString> fields[] = {
        {MessageHeaderWidget::tr("From:"), MessageHeaderWidget::formatAddresses(message.from)},
        {MessageHeaderWidget::tr("To:"), MessageHeaderWidget::formatAddresses(message.to)},
        {MessageHeaderWidget::tr("Cc:"), MessageHeaderWidget::formatAddresses(message.cc)},
        {MessageHeaderWidget::tr("Date:"), MessageHeaderWidget::formatDate(message.date)},
    };
    int rows = 0;
    for (const auto &field : fields)
        rows += field.second.isEmpty() ? 0 : 1;
    if (rows > 0) {
        QTextTableFormat table;
        table.setBorder(0);
        table.setCellPadding(1);
        table.setCellSpacing(0);
        QTextCharFormat nameFormat;
        nameFormat.setForeground(QColor(0x55, 0x55, 0x55));
        QTextCharFormat valueFormat;
        QTextTable *grid = cursor.insertTable(rows, 2, table);
        int row = 0;
        for (const auto &[name, value] : fields) {
            if (value.isEmpty())
                continue;
            QTextCursor nameCursor = grid->cellAt(row, 0).firstCursorPosition();
            QTextBlockFormat right;
            right.setAlignment(Qt::AlignRight);
            right.setRightMargin(6);
            nameCursor.setBlockFormat(right);
            nameCursor.insertText(name, nameFormat);
            grid->cellAt(row, 1).firstCursorPosition().insertText(value, valueFormat);
            ++row;
        }
        cursor = doc.rootFrame()->lastCursorPosition();
    }

    // A rule under the header, then the body as the viewer built it.
    QTextBlockFormat rule;
    rule.setTopMargin(4);
    rule.setBottomMargin(10);
    rule.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                     QTextLength(QTextLength::PercentageLength, 100));
    // Not the block right after the table: Qt lays a ruler block there out beside the table.
    cursor.insertBlock(rule);
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    cursor.insertFragment(QTextDocumentFragment(&body));
}

MessagePrinter::~MessagePrinter() = default;
MessagePrinter::MessagePrinter(MessagePrinter &&) noexcept = default;
MessagePrinter &MessagePrinter::operator=(MessagePrinter &&) noexcept = default;

MessagePrinter MessagePrinter::fromView(MessageView &view)
{
    QPointer<MessageBrowser> browser = view.browser();
    return MessagePrinter(view.message(), *browser->document(),
                          [browser](int type, const QUrl &name) {
                              return browser ? browser->loadedResource(type, name) : QVariant();
                          });
}

int MessagePrinter::print(QPrinter *printer, QString *error) const
{
    const auto fail = [&](const QString &sentence) {
        if (error)
            *error = sentence;
        return 0;
    };
    QPainter painter;
    if (!painter.begin(printer)) {
        if (printer->outputFormat() == QPrinter::PdfFormat && !printer->outputFileName().isEmpty())
            return fail(tr("Could not print “%1”: the file %2 could not be written.")
                            .arg(m_title, QDir::toNativeSeparators(printer->outputFileName())));
        return fail(tr("Could not print “%1”: the printer could not be started.").arg(m_title));
    }

    // Laid out for the printer itself: fonts and lengths scale to its resolution, and blocks that
    // would cross a page boundary move to the next page.
    QTextDocument &doc = *m_document;
    doc.documentLayout()->setPaintDevice(printer);
    QFont footerFont = doc.defaultFont();
    footerFont.setPointSizeF(qMax<qreal>(6, doc.defaultFont().pointSizeF() * 0.8));
    const QFontMetricsF footerMetrics(footerFont, printer);
    // The printer's margins, widened where they are narrower than a comfortable minimum (a PDF
    // printer has almost none).
    const qreal minimum = kMinimumMarginMm / 25.4 * printer->resolution();
    const QMarginsF margins = printer->pageLayout().marginsPixels(printer->resolution());
    const qreal left = qMax<qreal>(0, minimum - margins.left());
    const qreal top = qMax<qreal>(0, minimum - margins.top());
    const QRectF page(left, top, printer->width() - left - qMax<qreal>(0, minimum - margins.right()),
                      printer->height() - top - qMax<qreal>(0, minimum - margins.bottom()));
    const QSizeF body(page.width(), page.height() - 2 * footerMetrics.height());
    doc.setPageSize(body);
    const int pages = doc.pageCount();

    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !printer->newPage()) {
            painter.end();
            return fail(tr("Could not print “%1”: the printer refused page %2.").arg(m_title).arg(i + 1));
        }
        painter.save();
        const QRectF view(0, i * body.height(), body.width(), body.height());
        painter.translate(page.left(), page.top() - view.top());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black); // paper is white, whatever the theme
        doc.documentLayout()->draw(&painter, context);
        painter.restore();

        const QRectF footer(page.left(), page.bottom() - footerMetrics.height(), page.width(),
                            footerMetrics.height());
        const QString number = tr("Page %1 of %2").arg(i + 1).arg(pages);
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, number);
        const qreal room = page.width() - footerMetrics.horizontalAdvance(number) - footerMetrics.height() * 2;
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                         footerMetrics.elidedText(m_title, Qt::ElideRight, qMax<qreal>(0, room)));
    }
    painter.end();
    return pages;
}

} // namespace postier::ui
