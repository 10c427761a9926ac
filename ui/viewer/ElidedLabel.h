#pragma once

#include <QLabel>

namespace postier::ui {

/// A one-line, selectable plain-text label that elides what does not fit, and then shows the
/// whole text as its tool tip; "Copy" in its context menu copies the whole text, elided or not.
/// Text is always plain (Qt::PlainText): header values come from the sender.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    [[nodiscard]] QString fullText() const { return m_fullText; }
    [[nodiscard]] bool isElided() const { return m_elided; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void updateText();

    QString m_fullText;
    bool m_elided = false;
};

} // namespace postier::ui
