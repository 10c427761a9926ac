#include "ui/viewer/AttachmentListWidget.h"

#include "ui/viewer/ToolTip.h"

#include <QFileIconProvider>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMimeDatabase>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace postier::ui {

namespace {

constexpr int PositionRole = Qt::UserRole + 1;
constexpr int CellHeight = 46;
constexpr int MinCellWidth = 180;
constexpr int MaxCellWidth = 440; // longer names are elided in the middle, whole in the tool tip

QIcon iconFor(const QMimeType &type)
{
    static QFileIconProvider provider;
    if (type.isValid()) {
        QIcon icon = QIcon::fromTheme(type.iconName());
        if (icon.isNull())
            icon = QIcon::fromTheme(type.genericIconName());
        if (!icon.isNull())
            return icon;
    }
    return provider.icon(QAbstractFileIconProvider::File);
}

QMimeType mimeTypeOf(const QString &fileName, const QString &declared)
{
    const QMimeDatabase db;
    QMimeType type = db.mimeTypeForName(declared);
    if (!type.isValid() || type.isDefault())
        type = db.mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
    return type;
}

} // namespace

AttachmentListWidget::AttachmentListWidget(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_save(new QPushButton(tr("Save…"), this))
    , m_open(new QPushButton(tr("Open"), this))
{
    setObjectName(QStringLiteral("attachmentList"));
    m_summary->setTextFormat(Qt::PlainText);
    m_save->setObjectName(QStringLiteral("saveAttachmentButton"));
    m_open->setObjectName(QStringLiteral("openAttachmentButton"));
    m_save->setToolTip(tr("Save the selected attachment to a file"));

    m_list->setViewMode(QListView::ListMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setGridSize(QSize(MinCellWidth, CellHeight));
    m_list->setIconSize(QSize(32, 32));
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_summary, 1);
    top->addWidget(m_save);
    top->addWidget(m_open);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_list);

    connect(m_list, &QListWidget::itemSelectionChanged, this, &AttachmentListWidget::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int position = item->data(PositionRole).toInt();
        if (!isExecutable(m_attachments[position].fileName, m_attachments[position].mimeType))
            Q_EMIT openRequested(position);
    });
    connect(m_list, &QListWidget::customContextMenuRequested, this,
            &AttachmentListWidget::showContextMenu);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (currentPosition() >= 0)
            Q_EMIT saveRequested(currentPosition());
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (currentPosition() >= 0)
            Q_EMIT openRequested(currentPosition());
    });
    updateButtons();
}

void AttachmentListWidget::setAttachments(
    const QList<protocols::ParsedMessage::Attachment> &attachments)
{
    m_attachments = attachments;
    m_list->clear();
    qint64 total = 0;
    const QLocale locale;
    // One cell width for all, wide enough for the longest name so that names are shown whole.
    const QFontMetrics metrics(m_list->font());
    int widest = 0;
    for (const auto &a : attachments) {
        widest = std::max({widest, metrics.horizontalAdvance(a.fileName),
                           metrics.horizontalAdvance(locale.formattedDataSize(a.size))});
    }
    const QSize cell(std::clamp(widest + m_list->iconSize().width() + 32, MinCellWidth, MaxCellWidth),
                     CellHeight);
    m_list->setGridSize(cell);
    for (int i = 0; i < attachments.size(); ++i) {
        const auto &a = attachments[i];
        total += a.size;
        const QMimeType type = mimeTypeOf(a.fileName, a.mimeType);
        const QString size = locale.formattedDataSize(a.size);
        auto *item
            = new QListWidgetItem(iconFor(type), a.fileName + QLatin1Char('\n') + size, m_list);
        item->setData(PositionRole, i);
        item->setToolTip(plainToolTip(
            tr("%1\n%2, %3").arg(a.fileName, type.isValid() ? type.comment() : a.mimeType, size)));
        item->setSizeHint(cell - QSize(6, 4));
    }
    if (attachments.size() == 1)
        m_summary->setText(tr("1 attachment, %1").arg(locale.formattedDataSize(total)));
    else
        m_summary->setText(tr("%n attachments, %1", nullptr, int(attachments.size()))
                               .arg(locale.formattedDataSize(total)));
    if (!attachments.isEmpty())
        m_list->setCurrentRow(0);
    updateButtons();
    updateListHeight();
}

int AttachmentListWidget::count() const
{
    return m_list->count();
}

int AttachmentListWidget::currentPosition() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && item->isSelected() ? item->data(PositionRole).toInt() : -1;
}

bool AttachmentListWidget::isExecutable(const QString &fileName, const QString &mimeType)
{
    static const QStringList suffixes
        = {QStringLiteral("exe"),        QStringLiteral("com"),
           QStringLiteral("bat"),        QStringLiteral("cmd"),
           QStringLiteral("scr"),        QStringLiteral("pif"),
           QStringLiteral("msi"),        QStringLiteral("msp"),
           QStringLiteral("vbs"),        QStringLiteral("vbe"),
           QStringLiteral("js"),         QStringLiteral("jse"),
           QStringLiteral("wsf"),        QStringLiteral("wsh"),
           QStringLiteral("ps1"),        QStringLiteral("psm1"),
           QStringLiteral("hta"),        QStringLiteral("cpl"),
           QStringLiteral("reg"),        QStringLiteral("lnk"),
           QStringLiteral("jar"),        QStringLiteral("sh"),
           QStringLiteral("bash"),       QStringLiteral("zsh"),
           QStringLiteral("csh"),        QStringLiteral("command"),
           QStringLiteral("run"),        QStringLiteral("appimage"),
           QStringLiteral("desktop"),    QStringLiteral("app"),
           QStringLiteral("py"),         QStringLiteral("pl"),
           QStringLiteral("rb"),         QStringLiteral("dll"),
           QStringLiteral("so"),         QStringLiteral("dylib"),
           QStringLiteral("deb"),        QStringLiteral("rpm"),
           QStringLiteral("pkg"),        QStringLiteral("dmg"),
           QStringLiteral("apk"),        QStringLiteral("scpt"),
           QStringLiteral("action"),     QStringLiteral("workflow"),
           QStringLiteral("url"),        QStringLiteral("website"),
           QStringLiteral("iso"),        QStringLiteral("img"),
           QStringLiteral("vhd"),        QStringLiteral("chm"),
           QStringLiteral("library-ms"), QStringLiteral("settingcontent-ms"),
           QStringLiteral("xll"),        QStringLiteral("gadget")};
    const QString suffix = fileName.section(QLatin1Char('.'), -1).toLower();
    if (fileName.contains(QLatin1Char('.')) && suffixes.contains(suffix))
        return true;
    const QMimeDatabase db;
    for (const QMimeType &type : {db.mimeTypeForName(mimeType),
                                  db.mimeTypeForFile(fileName, QMimeDatabase::MatchExtension)}) {
        if (!type.isValid())
            continue;
        for (const char *dangerous :
             {"application/x-executable", "application/x-sharedlib", "application/x-msdownload",
              "application/x-ms-dos-executable", "application/x-shellscript",
              "application/x-desktop", "application/x-msi", "application/java-archive",
              "application/javascript", "text/javascript", "application/x-perl", "text/x-python",
              "application/x-ms-shortcut", "application/vnd.microsoft.portable-executable"}) {
            if (type.inherits(QLatin1String(dangerous)))
                return true;
        }
    }
    return false;
}

void AttachmentListWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateListHeight();
}

void AttachmentListWidget::updateButtons()
{
    const int position = currentPosition();
    m_save->setEnabled(position >= 0);
    const bool executable = position >= 0
        && isExecutable(m_attachments[position].fileName, m_attachments[position].mimeType);
    m_open->setEnabled(position >= 0 && !executable);
    m_open->setToolTip(executable ? tr("Postier does not open programs or scripts sent by mail. "
                                       "Save the file if you trust it.")
                                  : tr("Open the selected attachment with its usual application"));
}

// At most two rows of attachments show at once; more scroll.
void AttachmentListWidget::updateListHeight()
{
    const int perRow
        = std::max(1,
                   (m_list->viewport()->width() > 0 ? m_list->viewport()->width() : width())
                       / m_list->gridSize().width());
    const int rows = std::clamp(int(std::ceil(double(m_list->count()) / perRow)), 1, 2);
    m_list->setFixedHeight(rows * m_list->gridSize().height() + 2 * m_list->frameWidth() + 2);
}

void AttachmentListWidget::showContextMenu(const QPoint &pos)
{
    QListWidgetItem *item = m_list->itemAt(pos);
    if (!item)
        return;
    m_list->setCurrentItem(item);
    const int position = item->data(PositionRole).toInt();
    QMenu menu(this);
    QAction *open
        = menu.addAction(tr("Open"), this, [this, position] { Q_EMIT openRequested(position); });
    open->setEnabled(
        !isExecutable(m_attachments[position].fileName, m_attachments[position].mimeType));
    menu.addAction(tr("Save…"), this, [this, position] { Q_EMIT saveRequested(position); });
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

} // namespace postier::ui
