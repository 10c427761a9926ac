#include "ui/wizards/AccountServerCheckWidget.h"

#include "models/autoconfig/MailSettings.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace postier::ui {

using protocols::ErrorKind;

namespace {

constexpr int kIconSize = 24;

QLabel *wrapped(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AccountServerCheckWidget::AccountServerCheckWidget(const QString &heading, QWidget *parent)
    : QWidget(parent)
    , m_heading(heading)
    , m_icon(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_title(new QLabel(this))
    , m_message(wrapped(this))
    , m_advice(wrapped(this))
    , m_certificateBox(new QGroupBox(tr("The certificate the server showed"), this))
    , m_subject(wrapped(m_certificateBox))
    , m_issuer(wrapped(m_certificateBox))
    , m_validity(wrapped(m_certificateBox))
    , m_fingerprint(wrapped(m_certificateBox))
    , m_trust(new QPushButton(tr("&Trust this certificate"), this))
    , m_retry(new QPushButton(tr("Try &again"), this))
{
    m_icon->setFixedSize(kIconSize, kIconSize);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(kIconSize, 8);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_advice->setFrameShape(QFrame::StyledPanel);
    m_advice->setMargin(6);
    m_advice->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; }"));

    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *certForm = new QFormLayout(m_certificateBox);
    certForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    certForm->addRow(tr("Issued to:"), m_subject);
    certForm->addRow(tr("Issued by:"), m_issuer);
    certForm->addRow(tr("Valid:"), m_validity);
    certForm->addRow(tr("SHA-256 fingerprint:"), m_fingerprint);
    auto *trustHelp = new QLabel(tr("“Trust this certificate” accepts exactly this certificate for "
                                    "this server, and no other."),
                                 m_certificateBox);
    trustHelp->setWordWrap(true);
    certForm->addRow(trustHelp);

    auto *iconColumn = new QVBoxLayout;
    iconColumn->addWidget(m_icon);
    iconColumn->addWidget(m_busy);
    iconColumn->addStretch();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_trust);
    buttons->addWidget(m_retry);
    buttons->addStretch();

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(m_title);
    text->addWidget(m_message);
    text->addWidget(m_advice);
    text->addWidget(m_certificateBox);
    text->addLayout(buttons);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(iconColumn);
    layout->addLayout(text, 1);

    // Never taller than its content: the page's spare room goes below both servers.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    connect(m_trust, &QPushButton::clicked, this, &AccountServerCheckWidget::trustRequested);
    connect(m_retry, &QPushButton::clicked, this, &AccountServerCheckWidget::retryRequested);
    setNotChecked();
}

void AccountServerCheckWidget::setIcon(QStyle::StandardPixmap pixmap)
{
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(kIconSize, kIconSize));
    m_icon->setVisible(true);
    m_busy->setVisible(false);
}

void AccountServerCheckWidget::setEndpoint(const protocols::ServerEndpoint &endpoint)
{
    m_title->setText(tr("%1: %2").arg(m_heading, models::MailSettings::describe(endpoint)));
}

void AccountServerCheckWidget::setRunning()
{
    m_status = Status::Running;
    m_icon->setVisible(false);
    m_busy->setVisible(true);
    m_message->setText(tr("Logging in…"));
    m_advice->setVisible(false);
    m_certificateBox->setVisible(false);
    m_trust->setVisible(false);
    m_retry->setVisible(false);
}

void AccountServerCheckWidget::setPassed()
{
    m_status = Status::Passed;
    setIcon(QStyle::SP_DialogApplyButton);
    m_icon->setAccessibleName(tr("Works"));
    m_message->setText(tr("Logged in. This server works."));
    m_advice->setVisible(false);
    m_certificateBox->setVisible(false);
    m_trust->setVisible(false);
    m_retry->setVisible(false);
}

void AccountServerCheckWidget::setNotChecked()
{
    m_status = Status::NotChecked;
    setIcon(QStyle::SP_MessageBoxInformation);
    m_icon->setAccessibleName(tr("Not checked"));
    m_message->setText(tr("Not checked."));
    m_advice->setVisible(false);
    m_certificateBox->setVisible(false);
    m_trust->setVisible(false);
    m_retry->setVisible(false);
}

void AccountServerCheckWidget::setFailed(const protocols::Error &error, const QString &advice)
{
    m_status = Status::Failed;
    const bool certificate = error.kind() == ErrorKind::TlsUntrusted && !error.certificate().isEmpty();
    setIcon(certificate ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxCritical);
    m_icon->setAccessibleName(tr("Failed"));
    m_message->setText(error.sentence());
    m_advice->setText(advice);
    m_advice->setVisible(!advice.isEmpty());

    m_certificateBox->setVisible(certificate);
    m_trust->setVisible(certificate);
    if (certificate) {
        const protocols::CertificateInfo &c = error.certificate();
        const QLocale locale;
        m_subject->setText(c.subject.isEmpty() ? tr("(no name)") : c.subject);
        m_issuer->setText(c.issuer.isEmpty() ? tr("(no name)") : c.issuer);
        m_validity->setText(tr("from %1 until %2")
                                .arg(locale.toString(c.notBefore.toLocalTime(), QLocale::ShortFormat),
                                     locale.toString(c.notAfter.toLocalTime(), QLocale::ShortFormat)));
        // Two lines of 16 bytes each: readable, and never truncated.
        const QString fp = c.fingerprintText();
        m_fingerprint->setText(fp.size() > 48 ? fp.left(47) + QLatin1Char('\n') + fp.mid(48) : fp);
    }
    const bool transient = error.kind() == ErrorKind::Network || error.kind() == ErrorKind::Timeout;
    m_retry->setVisible(transient);
}

} // namespace postier::ui
