#include "ui/accounts/AccountServerBox.h"

#include "models/autoconfig/AutoconfigXml.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace postier::ui {

using protocols::Protocol;
using protocols::Security;
using protocols::ServerEndpoint;

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

AccountServerBox::AccountServerBox(Kind kind, const QString &title, QWidget *parent)
    : QGroupBox(title, parent)
    , m_kind(kind)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
    , m_user(new QLineEdit(this))
{
    const bool incoming = kind == Kind::Incoming;
    auto *grid = new QGridLayout(this);
    int row = 0;
    if (incoming) {
        m_protocol = new QComboBox(this);
        m_protocol->addItem(tr("IMAP (keeps mail on the server)"), int(Protocol::Imap));
        m_protocol->addItem(tr("POP3 (downloads mail to this computer)"), int(Protocol::Pop3));
        grid->addWidget(buddyLabel(tr("Pro&tocol:"), m_protocol, this), row, 0);
        grid->addWidget(m_protocol, row, 1, 1, 3);
        ++row;
        connect(m_protocol, &QComboBox::currentIndexChanged, this, &AccountServerBox::onKindChanged);
    }
    m_security->addItem(tr("SSL/TLS"), int(Security::Tls));
    m_security->addItem(tr("STARTTLS"), int(Security::StartTls));
    m_security->addItem(tr("None (unencrypted)"), int(Security::None));
    m_port->setRange(1, 65535);
    m_port->setAccessibleName(incoming ? tr("Incoming port") : tr("Outgoing port"));
    m_host->setPlaceholderText(incoming ? tr("mail.example.com") : tr("smtp.example.com"));
    m_host->setAccessibleName(incoming ? tr("Incoming server") : tr("Outgoing server"));
    m_user->setAccessibleName(incoming ? tr("Incoming user name") : tr("Outgoing user name"));

    // Distinct mnemonics for the two boxes, which share one dialog page.
    grid->addWidget(buddyLabel(incoming ? tr("&Server:") : tr("Se&rver:"), m_host, this), row, 0);
    grid->addWidget(m_host, row, 1);
    grid->addWidget(buddyLabel(incoming ? tr("P&ort:") : tr("&Port:"), m_port, this), row, 2);
    grid->addWidget(m_port, row, 3);
    ++row;
    grid->addWidget(buddyLabel(incoming ? tr("&User name:") : tr("User n&ame:"), m_user, this), row, 0);
    grid->addWidget(m_user, row, 1);
    grid->addWidget(buddyLabel(incoming ? tr("Se&curity:") : tr("Securit&y:"), m_security, this), row, 2);
    grid->addWidget(m_security, row, 3);
    grid->setColumnStretch(1, 1);

    connect(m_security, &QComboBox::currentIndexChanged, this, &AccountServerBox::onKindChanged);
    for (QLineEdit *edit : {m_host, m_user}) {
        connect(edit, &QLineEdit::textEdited, this, &AccountServerBox::edited);
    }
    connect(m_port, &QSpinBox::valueChanged, this, [this] {
        if (!m_filling)
            Q_EMIT edited();
    });
}

Protocol AccountServerBox::protocol() const
{
    if (!m_protocol)
        return Protocol::Smtp;
    return static_cast<Protocol>(m_protocol->currentData().toInt());
}

Security AccountServerBox::security() const
{
    return static_cast<Security>(m_security->currentData().toInt());
}

void AccountServerBox::setEndpoint(const ServerEndpoint &endpoint)
{
    m_filling = true;
    m_endpoint = endpoint;
    if (m_protocol) {
        const Protocol p = endpoint.protocol == Protocol::Pop3 ? Protocol::Pop3 : Protocol::Imap;
        m_protocol->setCurrentIndex(m_protocol->findData(int(p)));
    }
    m_security->setCurrentIndex(m_security->findData(int(endpoint.security)));
    m_host->setText(endpoint.host);
    m_port->setValue(endpoint.port ? endpoint.port : ServerEndpoint::defaultPort(protocol(), security()));
    m_user->setText(endpoint.user);
    m_defaultPort = ServerEndpoint::defaultPort(protocol(), security());
    m_filling = false;
}

void AccountServerBox::onKindChanged()
{
    if (m_filling)
        return;
    const quint16 newDefault = ServerEndpoint::defaultPort(protocol(), security());
    if (m_port->value() == m_defaultPort) {
        m_filling = true; // one edited() for the whole change
        m_port->setValue(newDefault);
        m_filling = false;
    }
    m_defaultPort = newDefault;
    Q_EMIT edited();
}

ServerEndpoint AccountServerBox::endpoint() const
{
    ServerEndpoint e = m_endpoint;
    e.protocol = protocol();
    e.security = security();
    e.host = m_host->text().trimmed();
    e.port = static_cast<quint16>(m_port->value());
    e.user = m_user->text().trimmed();
    if (e.host.compare(m_endpoint.host, Qt::CaseInsensitive) != 0)
        e.trust.pinnedSha256.clear();
    return e;
}

void AccountServerBox::focusField(bool host)
{
    QLineEdit *edit = host ? m_host : m_user;
    edit->setFocus();
    edit->selectAll();
}

QString AccountServerBox::problem(Kind kind, const ServerEndpoint &endpoint, bool *hostWrong)
{
    const bool incoming = kind == Kind::Incoming;
    const QString host = endpoint.host.trimmed();
    const auto at = [hostWrong](bool isHost) {
        if (hostWrong)
            *hostWrong = isHost;
    };
    if (host.isEmpty()) {
        at(true);
        return incoming ? tr("Enter the incoming server’s name, for example mail.example.com.")
                        : tr("Enter the outgoing server’s name, for example smtp.example.com.");
    }
    if (!models::AutoconfigXml::isPlausibleHost(host)) {
        at(true);
        return tr("“%1” is not a server name. Server names look like mail.example.com.").arg(host);
    }
    if (endpoint.user.trimmed().isEmpty()) {
        at(false);
        return incoming ? tr("Enter the user name for the incoming server; it is often your e-mail address.")
                        : tr("Enter the user name for the outgoing server; it is often your e-mail address.");
    }
    return {};
}

} // namespace postier::ui
