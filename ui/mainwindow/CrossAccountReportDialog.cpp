#include "ui/mainwindow/CrossAccountReportDialog.h"

#include "models/migration/CrossAccountCopy.h"
#include "ui/mainwindow/Icons.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace postier::ui {

CrossAccountReportDialog::CrossAccountReportDialog(const models::CrossAccountResult &result, bool files,
                                                   QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("crossAccountReport"));
    setWindowTitle(files ? tr("Import Report") : result.move ? tr("Move Report") : tr("Copy Report"));

    auto *warning = new QLabel(this);
    warning->setPixmap(icon("warning", "dialog-warning").pixmap(32, 32));
    warning->setAlignment(Qt::AlignTop);
    auto *summary = new QLabel(result.summary(), this);
    summary->setObjectName(QStringLiteral("summary"));
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = summary->font();
    bold.setBold(true);
    summary->setFont(bold);
    auto *top = new QHBoxLayout;
    top->addWidget(warning);
    top->addWidget(summary, 1);

    auto *details = new QPlainTextEdit(this);
    details->setObjectName(QStringLiteral("details"));
    details->setReadOnly(true);
    details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    details->setPlainText(result.details());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    save->setIcon(icon("save", "document-save-as"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const QString text = result.details();
    connect(save, &QPushButton::clicked, this, [this, text] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Save Report"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/postier-report.txt"),
            tr("Text files (*.txt)"));
        if (file.isEmpty())
            return;
        QSaveFile out(file);
        const QByteArray bytes = text.toUtf8();
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            QMessageBox::warning(this, tr("Save Report"),
                                 tr("The report could not be saved to %1: %2.").arg(file, out.errorString()));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(details, 1);
    layout->addWidget(buttons);
    resize(720, 460);
}

} // namespace postier::ui
