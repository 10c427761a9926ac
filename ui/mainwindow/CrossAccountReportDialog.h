#pragma once

#include <QDialog>

namespace postier::models {
struct CrossAccountResult;
}

namespace postier::ui {

/// The report of a copy or move between accounts that did not fully succeed: the sentence first,
/// then per folder what was copied, verified, refused and why, and what happened to the source.
/// Non-modal; Save keeps it as a text file.
class CrossAccountReportDialog : public QDialog
{
    Q_OBJECT
public:
    CrossAccountReportDialog(const models::CrossAccountResult &result, bool files, QWidget *parent = nullptr);
};

} // namespace postier::ui
