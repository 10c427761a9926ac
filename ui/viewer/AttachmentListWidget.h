#pragma once

#include "protocols/mime/ParsedMessage.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace postier::ui {

/// The attachments of a message: an icon (from the MIME type, or the file name when the type is
/// application/octet-stream), the name and the size of each, with "Save…" and "Open" for the
/// selected one (also in a context menu; double-click or Enter opens). "Open" is disabled for
/// programs and scripts (executables, shell scripts, .desktop files...): Postier does not run
/// what a message sends; saving them stays possible.
class AttachmentListWidget : public QWidget
{
    Q_OBJECT
public:
    explicit AttachmentListWidget(QWidget *parent = nullptr);

    void setAttachments(const QList<protocols::ParsedMessage::Attachment> &attachments);
    [[nodiscard]] int count() const;
    [[nodiscard]] QListWidget *list() const { return m_list; }
    /// Position in the list given to setAttachments() of the selected item, or -1.
    [[nodiscard]] int currentPosition() const;

    /// Whether Postier refuses to open a file of this name and type (programs and scripts).
    [[nodiscard]] static bool isExecutable(const QString &fileName, const QString &mimeType);

Q_SIGNALS:
    /// `position` is the position in the list given to setAttachments().
    void saveRequested(int position);
    void openRequested(int position);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateButtons();
    void updateListHeight();
    void showContextMenu(const QPoint &pos);

    QLabel *m_summary;
    QListWidget *m_list;
    QPushButton *m_save;
    QPushButton *m_open;
    QList<protocols::ParsedMessage::Attachment> m_attachments;
};

} // namespace postier::ui
