<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>postier::cli::Cli</name>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n folder</numerusform>
            <numerusform>%n folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n ghost(s)</source>
        <translation>
            <numerusform>, %n ghost</numerusform>
            <numerusform>, %n ghosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found; the server matched %1.</source>
        <translation>
            <numerusform>%n message found; the server matched %1.</numerusform>
            <numerusform>%n messages found; the server matched %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found in the local cache.</source>
        <translation>
            <numerusform>%n message found in the local cache.</numerusform>
            <numerusform>%n messages found in the local cache.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n recipient(s), Message-ID &lt;%1&gt;.</source>
        <translation>
            <numerusform>Sent to %n recipient, Message-ID &lt;%1&gt;.</numerusform>
            <numerusform>Sent to %n recipients, Message-ID &lt;%1&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n new message(s) into %1.</source>
        <translation>
            <numerusform>Downloaded %n new message into %1.</numerusform>
            <numerusform>Downloaded %n new messages into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were already here.</source>
        <translation>
            <numerusform>%n message was already here.</numerusform>
            <numerusform>%n messages were already here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted from the server.</source>
        <translation>
            <numerusform>%n message deleted from the server.</numerusform>
            <numerusform>%n messages deleted from the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::models::AccountDiscovery</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::models::CrossAccountCopy</name>
    <message numerus="yes">
        <source>%n message(s) of the local folder “%1” of %2</source>
        <translation>
            <numerusform>%n message of the local folder “%1” of %2</numerusform>
            <numerusform>%n messages of the local folder “%1” of %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n original message(s) were deleted from %1 once verified.</source>
        <translation>
            <numerusform>The %n original message was deleted from %1 once verified.</numerusform>
            <numerusform>The %n original messages were deleted from %1 once verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n original message(s) were moved to the local Trash of %1 once verified.</source>
        <translation>
            <numerusform>The %n original message was moved to the local Trash of %1 once verified.</numerusform>
            <numerusform>The %n original messages were moved to the local Trash of %1 once verified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::models::FolderModel</name>
    <message numerus="yes">
        <source>%1: %n message(s)</source>
        <translation>
            <numerusform>%1: %n message</numerusform>
            <numerusform>%1: %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n unread</numerusform>
            <numerusform>, %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::models::MigrationReport</name>
    <message numerus="yes">
        <source>Dry run: %n message(s) would be uploaded; nothing was changed on the server.</source>
        <translation>
            <numerusform>Dry run: %n message would be uploaded; nothing was changed on the server.</numerusform>
            <numerusform>Dry run: %n messages would be uploaded; nothing was changed on the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) have the same identity as another message of this folder; all were copied.</source>
        <translation>
            <numerusform>%n message has the same identity as another message of this folder; all were copied.</numerusform>
            <numerusform>%n messages have the same identity as another message of this folder; all were copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) marked deleted in the source program were not copied.</source>
        <translation>
            <numerusform>%n message marked deleted in the source program was not copied.</numerusform>
            <numerusform>%n messages marked deleted in the source program were not copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) already on the server got the flags they have here (read, answered, flagged).</source>
        <translation>
            <numerusform>%n message already on the server got the flags it has here (read, answered, flagged).</numerusform>
            <numerusform>%n messages already on the server got the flags they have here (read, answered, flagged).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::models::MigrationRun</name>
    <message numerus="yes">
        <source>The migration stopped after %n refused message(s); the last reason: %1</source>
        <translation>
            <numerusform>The migration stopped after %n refused message; the reason: %1</numerusform>
            <numerusform>The migration stopped after %n refused messages; the last reason: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::protocols::AppendMessageJob</name>
    <message numerus="yes">
        <source>Saving %n message(s) in “%1”</source>
        <translation>
            <numerusform>Saving %n message in “%1”</numerusform>
            <numerusform>Saving %n messages in “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::protocols::CopyMessagesJob</name>
    <message numerus="yes">
        <source>Copying %n message(s) to “%1”</source>
        <translation>
            <numerusform>Copying %n message to “%1”</numerusform>
            <numerusform>Copying %n messages to “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::protocols::Errors</name>
    <message numerus="yes">
        <source>%1 stopped answering for %n second(s). Check your connection and try again.</source>
        <translation>
            <numerusform>%1 stopped answering for %n second. Check your connection and try again.</numerusform>
            <numerusform>%1 stopped answering for %n seconds. Check your connection and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped answering, and Postier tried again %n time(s) without success. Check your connection and try again later.</source>
        <translation>
            <numerusform>%1 stopped answering, and Postier tried again %n time without success. Check your connection and try again later.</numerusform>
            <numerusform>%1 stopped answering, and Postier tried again %n times without success. Check your connection and try again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::protocols::FolderStatusJob</name>
    <message numerus="yes">
        <source>Counting the messages in %n folders</source>
        <translation>
            <numerusform>Counting the messages in %n folder</numerusform>
            <numerusform>Counting the messages in %n folders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::protocols::ImapFolderSource</name>
    <message numerus="yes">
        <source>%n message(s) of the folder “%1” of %2 on %3</source>
        <translation>
            <numerusform>%n message of the folder “%1” of %2 on %3</numerusform>
            <numerusform>%n messages of the folder “%1” of %2 on %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::protocols::MoveMessagesJob</name>
    <message numerus="yes">
        <source>Moving %n message(s) to “%1”</source>
        <translation>
            <numerusform>Moving %n message to “%1”</numerusform>
            <numerusform>Moving %n messages to “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::protocols::Pop3</name>
    <message numerus="yes">
        <source>%1 accepted the request to delete %n message(s) but still has %2 of them. They stay on the server; Postier will try again next time.</source>
        <translation>
            <numerusform>%1 accepted the request to delete %n message but still has it (%2). It stays on the server; Postier will try again next time.</numerusform>
            <numerusform>%1 accepted the request to delete %n messages but still has %2 of them. They stay on the server; Postier will try again next time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::protocols::Pop3DeleteJob</name>
    <message numerus="yes">
        <source>Deleting %n message(s) from the server</source>
        <translation>
            <numerusform>Deleting %n message from the server</numerusform>
            <numerusform>Deleting %n messages from the server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::protocols::Pop3RetrieveJob</name>
    <message numerus="yes">
        <source>Downloading %n message(s)</source>
        <translation>
            <numerusform>Downloading %n message</numerusform>
            <numerusform>Downloading %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Message %1 is not on %2 any more: the server holds %n message(s). List the messages again.</source>
        <translation>
            <numerusform>Message %1 is not on %2 any more: the server holds %n message. List the messages again.</numerusform>
            <numerusform>Message %1 is not on %2 any more: the server holds %n messages. List the messages again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::protocols::SendRawMessageJob</name>
    <message numerus="yes">
        <source>Sending a message to %n recipient(s)</source>
        <translation>
            <numerusform>Sending a message to %n recipient</numerusform>
            <numerusform>Sending a message to %n recipients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::protocols::StoreFlagsJob</name>
    <message numerus="yes">
        <source>Marking %n message(s) in “%1”</source>
        <translation>
            <numerusform>Marking %n message in “%1”</numerusform>
            <numerusform>Marking %n messages in “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountPop3OptionsWidget</name>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> minute(s)</source>
        <translation>
            <numerusform> minute</numerusform>
            <numerusform> minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::ui::AttachmentListWidget</name>
    <message numerus="yes">
        <source>%n attachments, %1</source>
        <translation>
            <numerusform>%n attachment, %1</numerusform>
            <numerusform>%n attachments, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::ui::FolderActions</name>
    <message numerus="yes">
        <source>Delete the folder “%1” and the %n message(s) in it from the server? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the folder “%1” and the message in it from the server? This cannot be undone.</numerusform>
            <numerusform>Delete the folder “%1” and the %n messages in it from the server? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::ui::JobStatusWidget</name>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n more)</numerusform>
            <numerusform>(+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread – Postier</source>
        <comment>window title: unread messages in the Inboxes</comment>
        <translation>
            <numerusform>%n unread – Postier</numerusform>
            <numerusform>%n unread – Postier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::ui::MessageActions</name>
    <message numerus="yes">
        <source>%n message(s) moved to %1.</source>
        <translation>
            <numerusform>%n message moved to %1.</numerusform>
            <numerusform>%n messages moved to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) copied to %1.</source>
        <translation>
            <numerusform>%n message copied to %1.</numerusform>
            <numerusform>%n messages copied to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::ui::RemoteContentBar</name>
    <message numerus="yes">
        <source>Postier blocked %n remote images to protect your privacy.</source>
        <translation>
            <numerusform>Postier blocked %n remote image to protect your privacy.</numerusform>
            <numerusform>Postier blocked %n remote images to protect your privacy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::ui::ServerSearchBar</name>
    <message numerus="yes">
        <source>%n message(s) found on the server.</source>
        <translation>
            <numerusform>%n message found on the server.</numerusform>
            <numerusform>%n messages found on the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them had not been downloaded yet.</source>
        <translation>
            <numerusform>%n of them had not been downloaded yet.</numerusform>
            <numerusform>%n of them had not been downloaded yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) on this computer match.</source>
        <translation>
            <numerusform>%n message on this computer matches.</numerusform>
            <numerusform>%n messages on this computer match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::ui::TrayNotifier</name>
    <message numerus="yes">
        <source>Postier: %n unread message(s)</source>
        <translation>
            <numerusform>Postier: %n unread message</numerusform>
            <numerusform>Postier: %n unread messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) in %1</source>
        <translation>
            <numerusform>%n new message in %1</numerusform>
            <numerusform>%n new messages in %1</numerusform>
        </translation>
    </message>
</context>
</TS>
