#include "protocols/smtp/OutgoingMessageBuilder.h"

#include <vmime/vmime.hpp>

#include <QDir>
#include <algorithm>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <filesystem>
#include <fstream>

namespace postier::protocols {

namespace {

std::string utf8(const QString &s)
{
    return s.toStdString();
}

bool isAscii(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// Header text as vmime should encode it. vmime 0.9.2's text::newFromString() cuts a string into
// words by charset and puts the spaces between words outside the encoded words, where RFC 2047
// readers drop them: "Zoë Sender" went out as "=?utf-8?B?Wm/Dqw==?= =?us-ascii?Q?Sender?=",
// which Thunderbird shows as "ZoëSender"; and "test ✓" gained a second space before the fold.
// One UTF-8 word keeps every space inside the encoding; pure ASCII stays readable as it is.
vmime::text headerText(const QString &s)
{
    if (isAscii(s))
        return *vmime::text::newFromString(utf8(s), vmime::charsets::US_ASCII);
    return vmime::text(vmime::word(utf8(s), vmime::charsets::UTF_8));
}

vmime::mailbox toMailbox(const MailAddress &a)
{
    const vmime::emailAddress email(utf8(a.address));
    if (a.name.isEmpty())
        return vmime::mailbox(email);
    return vmime::mailbox(headerText(a.name), email);
}

vmime::addressList toAddressList(const QList<MailAddress> &list)
{
    vmime::addressList out;
    for (const auto &a : list)
        out.appendAddress(vmime::make_shared<vmime::mailbox>(toMailbox(a)));
    return out;
}

// Text given to vmime must already have CRLF line ends: 7bit and 8bit parts go out verbatim.
std::string crlfText(const QString &text)
{
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    t.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    return utf8(t);
}

std::filesystem::path nativePath(const QString &path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

} // namespace

QString OutgoingMessageBuilder::messageIdDomain(const QString &senderAddress)
{
    const int at = senderAddress.lastIndexOf(QLatin1Char('@'));
    const QString domain = at >= 0 ? senderAddress.mid(at + 1).trimmed() : QString();
    return domain.isEmpty() ? QStringLiteral("localhost") : domain;
}

QByteArray OutgoingMessageBuilder::canonicalCrlf(const QByteArray &data)
{
    QByteArray out;
    out.reserve(data.size() + data.size() / 40 + 2);
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (c == '\r') {
            out += "\r\n";
            if (i + 1 < data.size() && data.at(i + 1) == '\n')
                ++i;
        } else if (c == '\n') {
            out += "\r\n";
        } else {
            out += c;
        }
    }
    if (!out.endsWith("\r\n"))
        out += "\r\n";
    return out;
}

QByteArray OutgoingMessageBuilder::withoutBcc(const QByteArray &data)
{
    QByteArray out;
    out.reserve(data.size());
    qsizetype pos = 0;
    bool skipping = false;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        end = end < 0 ? data.size() : end + 1;
        const QByteArray line = data.mid(pos, end - pos);
        pos = end;
        if (line == "\r\n" || line == "\n") {
            out += line; // end of the header: the body follows untouched
            out += data.mid(pos);
            return out;
        }
        const bool continuation = line.startsWith(' ') || line.startsWith('\t');
        if (!continuation)
            skipping = line.size() >= 4 && qstrnicmp(line.constData(), "bcc:", 4) == 0;
        if (!skipping)
            out += line;
    }
    return out;
}

bool OutgoingMessageBuilder::build(const OutgoingMessage &m, BuiltMessage *out, Error *error)
{
    auto fail = [error](ErrorKind kind, const QString &sentence) {
        if (error)
            *error = Error(kind, sentence);
        return false;
    };
    if (m.from.address.isEmpty())
        return fail(ErrorKind::Usage, tr("The message has no sender address."));
    if (m.envelopeRecipients().isEmpty())
        return fail(ErrorKind::Usage,
                    tr("The message has no recipient. Add at least one address "
                       "in To, Cc or Bcc."));
    ensureVmimePlatform();
    try {
        vmime::messageBuilder mb;
        mb.setExpeditor(toMailbox(m.from));
        if (m.to.isEmpty() && m.cc.isEmpty()) {
            // Only Bcc: the usual empty group keeps To: valid without naming anyone.
            vmime::addressList undisclosed;
            undisclosed.appendAddress(
                vmime::make_shared<vmime::mailboxGroup>(vmime::text("undisclosed-recipients")));
            mb.setRecipients(undisclosed);
        } else {
            mb.setRecipients(toAddressList(m.to));
            mb.setCopyRecipients(toAddressList(m.cc));
        }
        mb.setSubject(headerText(m.subject));

        if (!m.htmlBody.isEmpty()) {
            mb.constructTextPart(
                vmime::mediaType(vmime::mediaTypes::TEXT, vmime::mediaTypes::TEXT_HTML));
            auto part = vmime::dynamicCast<vmime::htmlTextPart>(mb.getTextPart());
            part->setCharset(vmime::charsets::UTF_8);
            part->setText(vmime::make_shared<vmime::stringContentHandler>(crlfText(m.htmlBody)));
            part->setPlainText(
                vmime::make_shared<vmime::stringContentHandler>(crlfText(m.textBody)));
        } else {
            auto part = mb.getTextPart();
            part->setCharset(vmime::charsets::UTF_8);
            part->setText(vmime::make_shared<vmime::stringContentHandler>(crlfText(m.textBody)));
        }

        for (const auto &a : m.attachments) {
            const vmime::mediaType type(
                a.mimeType.isEmpty() ? std::string("application/octet-stream") : utf8(a.mimeType));
            vmime::shared_ptr<vmime::contentHandler> content;
            QString name = a.fileName;
            if (!a.filePath.isEmpty()) {
                const QFileInfo info(a.filePath);
                auto stream = std::make_unique<std::ifstream>(nativePath(a.filePath),
                                                              std::ios::in | std::ios::binary);
                if (!info.isFile() || !stream->is_open())
                    return fail(ErrorKind::LocalIo,
                                tr("Could not attach “%1”: the file cannot be read. The message "
                                   "was not sent.")
                                    .arg(QDir::toNativeSeparators(a.filePath)));
                // Read while the message is generated, not loaded beforehand.
                content = vmime::make_shared<vmime::streamContentHandler>(
                    vmime::make_shared<vmime::utility::inputStreamPointerAdapter>(stream.release(),
                                                                                  true),
                    size_t(info.size()));
                if (name.isEmpty())
                    name = info.fileName();
            } else {
                content = vmime::make_shared<vmime::stringContentHandler>(
                    std::string(a.data.constData(), size_t(a.data.size())));
            }
            if (name.isEmpty())
                name = tr("attachment");
            // A forwarded message (message/rfc822) may only be 7bit or 8bit (RFC 2046 5.2.1):
            // readers show it inline only then. It stays base64 only when its lines are too long
            // for SMTP, which would otherwise break it.
            const char *rfc822Encoding = nullptr;
            if (type.getType() == "message" && type.getSubType() == "rfc822" && a.filePath.isEmpty()) {
                int line = 0, longest = 0;
                bool eightBit = false;
                for (const char c : a.data) {
                    eightBit = eightBit || (static_cast<unsigned char>(c) & 0x80);
                    line = c == '\n' ? 0 : line + 1;
                    longest = std::max(longest, line);
                }
                if (longest <= 998 && !a.data.contains('\0'))
                    rfc822Encoding = eightBit ? vmime::encodingTypes::EIGHT_BIT : vmime::encodingTypes::SEVEN_BIT;
            }
            if (rfc822Encoding)
                mb.appendAttachment(vmime::make_shared<vmime::fileAttachment>(
                    content, vmime::word(utf8(name), vmime::charsets::UTF_8), type, vmime::text(),
                    vmime::encoding(rfc822Encoding)));
            else
                mb.appendAttachment(vmime::make_shared<vmime::fileAttachment>(
                    content, vmime::word(utf8(name), vmime::charsets::UTF_8), type));
        }

        auto msg = mb.construct();
        auto header = msg->getHeader();
        QByteArray id = m.messageId;
        if (id.startsWith('<') && id.endsWith('>'))
            id = id.mid(1, id.size() - 2);
        if (id.isEmpty()) {
            id = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + '@'
                + messageIdDomain(m.from.address).toUtf8();
        }
        header->MessageId()->setValue(vmime::messageId(id.toStdString()));
        header->UserAgent()->setValue(vmime::text(std::string("Postier/") + POSTIER_VERSION));

        for (const auto &[name, value] : m.extraHeaders) {
            const std::string fieldName = name.toStdString();
            if (fieldName.empty() || name.contains(':') || name.contains(' '))
                return fail(
                    ErrorKind::Usage,
                    tr("“%1” is not a valid header field name.").arg(QString::fromLatin1(name)));
            header->removeAllFields(fieldName);
            auto field = vmime::headerFieldFactory::getInstance()->create(fieldName);
            if (auto text = vmime::dynamicCast<vmime::text>(field->getValue())) {
                // Unstructured: any Unicode, encoded words where needed.
                field->setValue(headerText(value));
            } else {
                field = vmime::headerFieldFactory::getInstance()->create(fieldName, utf8(value));
            }
            header->appendField(field);
        }

        std::string generated;
        vmime::utility::outputStreamStringAdapter stream(generated);
        msg->generate(stream);
        out->bytes = canonicalCrlf(QByteArray(generated.data(), qsizetype(generated.size())));
        out->messageId = id;
        return true;
    } catch (const vmime::exception &e) {
        return fail(
            ErrorKind::Usage,
            tr("The message could not be put together: %1.").arg(QString::fromStdString(e.what())));
    } catch (const std::exception &e) {
        return fail(
            ErrorKind::Usage,
            tr("The message could not be put together: %1.").arg(QString::fromStdString(e.what())));
    }
}

} // namespace postier::protocols
