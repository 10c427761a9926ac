<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>postier</name>
    <message>
        <source>Postier, the mail client that moves your mail without losing any.</source>
        <translation>Postier, das E-Mail-Programm, das Ihre Nachrichten verschiebt, ohne eine einzige zu verlieren.</translation>
    </message>
    <message>
        <source>Postier</source>
        <translation>Postier</translation>
    </message>
    <message>
        <source>Postier cannot open its offline cache: %1</source>
        <translation>Postier kann seinen Offline-Cache nicht öffnen: %1</translation>
    </message>
</context>
<context>
    <name>postier::cli::Cli</name>
    <message>
        <source>Print machine-readable JSON on stdout.</source>
        <translation>Maschinenlesbares JSON auf der Standardausgabe ausgeben.</translation>
    </message>
    <message>
        <source>Also trust the CA certificate(s) in this PEM file. There is no option to turn certificate checks off.</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen. Die Zertifikatsprüfung lässt sich nicht abschalten.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Read the password from the first line of this file (else $POSTIER_PASSWORD, else the keychain).</source>
        <translation>Das Passwort aus der ersten Zeile dieser Datei lesen (sonst aus $POSTIER_PASSWORD, sonst aus dem Schlüsselbund).</translation>
    </message>
    <message>
        <source>Give up when the server is silent this many seconds (default 30).</source>
        <translation>Aufgeben, wenn der Server so viele Sekunden lang nicht antwortet (Standard: 30).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Print the protocol conversation on stderr (passwords are masked).</source>
        <translation>Den Protokollverkehr auf der Standardfehlerausgabe ausgeben (Passwörter werden unkenntlich gemacht).</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>--timeout takes a whole number of seconds greater than zero.</source>
        <translation>--timeout erwartet eine ganze Zahl von Sekunden größer als null.</translation>
    </message>
    <message>
        <source>The address %1 has no user name. Write it as scheme://user@host.</source>
        <translation>Die Adresse %1 enthält keinen Benutzernamen. Schreiben Sie sie in der Form schema://benutzer@host.</translation>
    </message>
    <message>
        <source>There is no account named “%1”. Use a server address such as imaps://anna@mail.example.com, or see “postier-cli accounts list”.</source>
        <translation>Es gibt kein Konto namens „%1“. Verwenden Sie eine Serveradresse wie imaps://anna@mail.example.com oder sehen Sie in „postier-cli accounts list“ nach.</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2.</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>No password for %1: %2 Give one with --password-file or the POSTIER_PASSWORD environment variable.</source>
        <translation>Kein Passwort für %1: %2 Geben Sie eines mit --password-file oder der Umgebungsvariablen POSTIER_PASSWORD an.</translation>
    </message>
    <message>
        <source>postier-cli: %1</source>
        <translation>postier-cli: %1</translation>
    </message>
    <message>
        <source>Manages the accounts stored in Postier&apos;s settings (the same ones the app shows).
  list
  add NAME --address A [--incoming URL] [--outgoing URL] [--display-name N] [--pop3]
      Without --incoming/--outgoing, the servers are found the way the account wizard finds them (provider table, autoconfig, DNS SRV). The password is read from --password-file or $POSTIER_PASSWORD and saved in the keychain.
  remove NAME   (also removes its keychain entries)</source>
        <translation>Verwaltet die in den Einstellungen von Postier gespeicherten Konten (dieselben, die das Programm anzeigt).
  list
  add NAME --address A [--incoming URL] [--outgoing URL] [--display-name N] [--pop3]
      Ohne --incoming/--outgoing werden die Server so gesucht, wie es der Kontoassistent tut (Anbieterliste, Autoconfig, DNS-SRV). Das Passwort wird aus --password-file oder $POSTIER_PASSWORD gelesen und im Schlüsselbund gespeichert.
  remove NAME   (entfernt auch die zugehörigen Einträge im Schlüsselbund)</translation>
    </message>
    <message>
        <source>list, add or remove</source>
        <translation>list, add oder remove</translation>
    </message>
    <message>
        <source>The e-mail address.</source>
        <translation>Die E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>The sender name.</source>
        <translation>Der Absendername.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>IMAP or POP3 server URL.</source>
        <translation>URL des IMAP- oder POP3-Servers.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>SMTP server URL.</source>
        <translation>URL des SMTP-Servers.</translation>
    </message>
    <message>
        <source>When detecting, prefer POP3 to IMAP.</source>
        <translation>Bei der Erkennung POP3 statt IMAP bevorzugen.</translation>
    </message>
    <message>
        <source>accounts needs an action: list, add or remove.</source>
        <translation>accounts braucht eine Aktion: list, add oder remove.</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with “postier-cli accounts add”.</source>
        <translation>Noch keine Konten. Fügen Sie eines mit „postier-cli accounts add“ hinzu.</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>(deaktiviert)</translation>
    </message>
    <message>
        <source>Usage: accounts add NAME --address A [--incoming URL] [--outgoing URL]</source>
        <translation>Aufruf: accounts add NAME --address A [--incoming URL] [--outgoing URL]</translation>
    </message>
    <message>
        <source>Give the servers with --incoming and --outgoing.</source>
        <translation>Geben Sie die Server mit --incoming und --outgoing an.</translation>
    </message>
    <message>
        <source>Added the account “%1”.</source>
        <translation>Das Konto „%1“ wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Usage: accounts remove NAME</source>
        <translation>Aufruf: accounts remove NAME</translation>
    </message>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>Es gibt kein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>Removed the account “%1” and its saved passwords. Mail stored on this computer was kept.</source>
        <translation>Das Konto „%1“ und seine gespeicherten Passwörter wurden entfernt. Die auf diesem Computer gespeicherten Nachrichten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Unknown action “%1”: use list, add or remove.</source>
        <translation>Unbekannte Aktion „%1“: Verwenden Sie list, add oder remove.</translation>
    </message>
    <message>
        <source>Starts a local demo mail server (dovecot on 127.0.0.1, with realistic demo mail) and adds two demo accounts, “Demo Anna” and “Demo Ben”, to Postier&apos;s settings, with their passwords in the keychain. Nothing leaves this computer.</source>
        <translation>Startet einen lokalen Demo-Mailserver (dovecot auf 127.0.0.1, mit realistischen Demo-Nachrichten) und fügt den Einstellungen von Postier zwei Demo-Konten hinzu, „Demo Anna“ und „Demo Ben“, mit ihren Passwörtern im Schlüsselbund. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Where the demo server keeps its files.</source>
        <translation>Wo der Demo-Server seine Dateien ablegt.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Verz</translation>
    </message>
    <message>
        <source>Stop the demo server.</source>
        <translation>Den Demo-Server beenden.</translation>
    </message>
    <message>
        <source>The demo server script (testserver.py) was not found. Set POSTIER_SCRIPTS_DIR to the scripts folder of the Postier sources.</source>
        <translation>Das Skript des Demo-Servers (testserver.py) wurde nicht gefunden. Setzen Sie POSTIER_SCRIPTS_DIR auf den Ordner scripts der Postier-Quellen.</translation>
    </message>
    <message>
        <source>The demo server runs on %1 (files in %2).</source>
        <translation>Der Demo-Server läuft auf %1 (Dateien in %2).</translation>
    </message>
    <message>
        <source>Accounts “Demo Anna” (anna / anna-demo) and “Demo Ben” (ben / ben-demo) are set up.</source>
        <translation>Die Konten „Demo Anna“ (anna / anna-demo) und „Demo Ben“ (ben / ben-demo) sind eingerichtet.</translation>
    </message>
    <message>
        <source>Until then, pass the password in the environment, e.g. POSTIER_PASSWORD=anna-demo.</source>
        <translation>Bis dahin übergeben Sie das Passwort über die Umgebung, z. B. POSTIER_PASSWORD=anna-demo.</translation>
    </message>
    <message>
        <source>Try: postier-cli folders &quot;Demo Anna&quot;</source>
        <translation>Probieren Sie: postier-cli folders &quot;Demo Anna&quot;</translation>
    </message>
    <message>
        <source>Stop it with: postier-cli demo --stop</source>
        <translation>Beenden mit: postier-cli demo --stop</translation>
    </message>
    <message>
        <source>Writes one message, byte for byte as the server stores it, to stdout (or one MIME part with --section). Reading does not mark it as read.</source>
        <translation>Schreibt eine Nachricht Byte für Byte so, wie der Server sie speichert, auf die Standardausgabe (oder mit --section einen einzelnen MIME-Teil). Das Lesen markiert sie nicht als gelesen.</translation>
    </message>
    <message>
        <source>An IMAP URL or an account name.</source>
        <translation>Eine IMAP-URL oder ein Kontoname.</translation>
    </message>
    <message>
        <source>The folder, e.g. INBOX.</source>
        <translation>Der Ordner, z. B. INBOX.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>The message&apos;s UID.</source>
        <translation>Die UID der Nachricht.</translation>
    </message>
    <message>
        <source>uid</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Only this MIME part, e.g. 1.2.</source>
        <translation>Nur dieser MIME-Teil, z. B. 1.2.</translation>
    </message>
    <message>
        <source>section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Usage: postier-cli fetch URL|ACCOUNT --folder FOLDER --uid N (N a positive number)</source>
        <translation>Aufruf: postier-cli fetch URL|KONTO --folder ORDNER --uid N (N eine positive Zahl)</translation>
    </message>
    <message>
        <source>fetch needs an IMAP account (imaps:// or imap+starttls://).</source>
        <translation>fetch braucht ein IMAP-Konto (imaps:// oder imap+starttls://).</translation>
    </message>
    <message>
        <source>The message could not be written to standard output.</source>
        <translation>Die Nachricht konnte nicht auf die Standardausgabe geschrieben werden.</translation>
    </message>
    <message>
        <source>Lists the folders of an IMAP account as a tree, with their attributes. Ghost folders (\Noselect, \NonExistent) are marked: they are listed but cannot hold mail.</source>
        <translation>Listet die Ordner eines IMAP-Kontos als Baum mit ihren Attributen auf. Geisterordner (\Noselect, \NonExistent) sind gekennzeichnet: Sie werden aufgeführt, können aber keine Nachrichten enthalten.</translation>
    </message>
    <message>
        <source>folders takes exactly one account: postier-cli folders imaps://anna@host</source>
        <translation>folders erwartet genau ein Konto: postier-cli folders imaps://anna@host</translation>
    </message>
    <message>
        <source>folders needs an IMAP account (imaps:// or imap+starttls://).</source>
        <translation>folders braucht ein IMAP-Konto (imaps:// oder imap+starttls://).</translation>
    </message>
    <message>
        <source>(ghost: cannot hold mail)</source>
        <translation>(Geisterordner: kann keine Nachrichten enthalten)</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n Ordner</numerusform>
            <numerusform>%n Ordner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n ghost(s)</source>
        <translation>
            <numerusform>, %n Geisterordner</numerusform>
            <numerusform>, %n Geisterordner</numerusform>
        </translation>
    </message>
    <message>
        <source>fetch</source>
        <translation>fetch</translation>
    </message>
    <message>
        <source>A POP3 URL or an account name.</source>
        <translation>Eine POP3-URL oder ein Kontoname.</translation>
    </message>
    <message>
        <source>Keep the messages on the server.</source>
        <translation>Die Nachrichten auf dem Server belassen.</translation>
    </message>
    <message>
        <source>With --leave-on-server: delete from the server what was downloaded more than this many days ago.</source>
        <translation>Mit --leave-on-server: vom Server löschen, was vor mehr als so vielen Tagen heruntergeladen wurde.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>--delete-after-days takes a number of days above zero, together with --leave-on-server.</source>
        <translation>--delete-after-days erwartet eine Anzahl Tage größer als null, zusammen mit --leave-on-server.</translation>
    </message>
    <message>
        <source>pop3 fetch needs a POP3 account (pop3s:// or pop3+starttls://).</source>
        <translation>pop3 fetch braucht ein POP3-Konto (pop3s:// oder pop3+starttls://).</translation>
    </message>
    <message>
        <source>%1 of %2 messages</source>
        <translation>%1 von %2 Nachrichten</translation>
    </message>
    <message>
        <source>Finds messages of an account by words of their subject, sender or recipients in the local cache (filled by “postier-cli sync”), newest first. With --server, or when the folder is not in the cache yet, the server is searched too (IMAP SEARCH TEXT: the whole message, body included) and the results are merged. Prints one line per message: FOLDER, UID, DATE, FROM and SUBJECT, separated by tabs.</source>
        <translation>Sucht Nachrichten eines Kontos nach Wörtern in Betreff, Absender oder Empfängern im lokalen Cache (gefüllt von „postier-cli sync“), die neuesten zuerst. Mit --server oder wenn der Ordner noch nicht im Cache ist, wird auch auf dem Server gesucht (IMAP SEARCH TEXT: die ganze Nachricht einschließlich Text), und die Ergebnisse werden zusammengeführt. Gibt eine Zeile pro Nachricht aus: ORDNER, UID, DATUM, ABSENDER und BETREFF, durch Tabulatoren getrennt.</translation>
    </message>
    <message>
        <source>The words to look for.</source>
        <translation>Die gesuchten Wörter.</translation>
    </message>
    <message>
        <source>query…</source>
        <translation>Suchbegriffe…</translation>
    </message>
    <message>
        <source>Only this folder, e.g. INBOX or Archive/2024.</source>
        <translation>Nur dieser Ordner, z. B. INBOX oder Archive/2024.</translation>
    </message>
    <message>
        <source>Also search on the server (in --folder, default INBOX).</source>
        <translation>Auch auf dem Server suchen (in --folder, standardmäßig INBOX).</translation>
    </message>
    <message>
        <source>The cache file (default: Postier&apos;s own cache).</source>
        <translation>Die Cache-Datei (Standard: der Cache von Postier).</translation>
    </message>
    <message>
        <source>Show at most this many messages (default %1).</source>
        <translation>Höchstens so viele Nachrichten anzeigen (Standard: %1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Usage: postier-cli search URL|ACCOUNT QUERY [--folder F] [--server]</source>
        <translation>Aufruf: postier-cli search URL|KONTO SUCHBEGRIFFE [--folder F] [--server]</translation>
    </message>
    <message>
        <source>--limit takes a whole number greater than zero.</source>
        <translation>--limit erwartet eine ganze Zahl größer als null.</translation>
    </message>
    <message>
        <source>The query “%1” has no word to search for.</source>
        <translation>Die Suche „%1“ enthält kein Wort, nach dem gesucht werden kann.</translation>
    </message>
    <message>
        <source>search needs an IMAP account (imaps:// or imap+starttls://).</source>
        <translation>search braucht ein IMAP-Konto (imaps:// oder imap+starttls://).</translation>
    </message>
    <message>
        <source>No message matches “%1”.</source>
        <translation>Keine Nachricht passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found; the server matched %1.</source>
        <translation>
            <numerusform>%n Nachricht gefunden; der Server fand %1.</numerusform>
            <numerusform>%n Nachrichten gefunden; der Server fand %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found in the local cache.</source>
        <translation>
            <numerusform>%n Nachricht im lokalen Cache gefunden.</numerusform>
            <numerusform>%n Nachrichten im lokalen Cache gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sends a plain-text message through an SMTP submission server (STARTTLS on 587, or TLS on 465). --to, --cc, --bcc and --attach may be repeated.</source>
        <translation>Sendet eine Nachricht als reinen Text über einen SMTP-Submission-Server (STARTTLS auf Port 587 oder TLS auf 465). --to, --cc, --bcc und --attach dürfen mehrfach angegeben werden.</translation>
    </message>
    <message>
        <source>An SMTP URL or an account name.</source>
        <translation>Eine SMTP-URL oder ein Kontoname.</translation>
    </message>
    <message>
        <source>The sender, e.g. &quot;Anna &lt;anna@example.com&gt;&quot;.</source>
        <translation>Der Absender, z. B. &quot;Anna &lt;anna@example.com&gt;&quot;.</translation>
    </message>
    <message>
        <source>A recipient.</source>
        <translation>Ein Empfänger.</translation>
    </message>
    <message>
        <source>A copy recipient.</source>
        <translation>Ein Kopie-Empfänger (CC).</translation>
    </message>
    <message>
        <source>A hidden recipient.</source>
        <translation>Ein Blindkopie-Empfänger (BCC).</translation>
    </message>
    <message>
        <source>The subject.</source>
        <translation>Der Betreff.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>A UTF-8 text file with the body; - for stdin.</source>
        <translation>Eine UTF-8-Textdatei mit dem Nachrichtentext; - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>A file to attach.</source>
        <translation>Eine anzuhängende Datei.</translation>
    </message>
    <message>
        <source>Also write the exact bytes sent to this file.</source>
        <translation>Die gesendeten Bytes zusätzlich unverändert in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>Usage: postier-cli send SMTP-URL|ACCOUNT --from A --to B [--subject S] --body-file FILE</source>
        <translation>Aufruf: postier-cli send SMTP-URL|KONTO --from A --to B [--subject S] --body-file DATEI</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The body file %1 cannot be read: %2.</source>
        <translation>Die Textdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The attachment %1 cannot be read.</source>
        <translation>Der Anhang %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>send needs an SMTP server (smtp+starttls:// or smtps://).</source>
        <translation>send braucht einen SMTP-Server (smtp+starttls:// oder smtps://).</translation>
    </message>
    <message>
        <source>The message was sent, but its copy could not be written to %1.</source>
        <translation>Die Nachricht wurde gesendet, aber ihre Kopie konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n recipient(s), Message-ID &lt;%1&gt;.</source>
        <translation>
            <numerusform>An %n Empfänger gesendet, Message-ID &lt;%1&gt;.</numerusform>
            <numerusform>An %n Empfänger gesendet, Message-ID &lt;%1&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Brings the local cache of one folder up to date: all headers the first time, then only what changed (new mail, flags, deletions). Progress goes to stderr.</source>
        <translation>Bringt den lokalen Cache eines Ordners auf den neuesten Stand: beim ersten Mal alle Kopfzeilen, danach nur, was sich geändert hat (neue Nachrichten, Flags, Löschungen). Der Fortschritt erscheint auf der Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>The folder, e.g. INBOX or Archive/2024.</source>
        <translation>Der Ordner, z. B. INBOX oder Archive/2024.</translation>
    </message>
    <message>
        <source>Usage: postier-cli sync URL|ACCOUNT --folder FOLDER</source>
        <translation>Aufruf: postier-cli sync URL|KONTO --folder ORDNER</translation>
    </message>
    <message>
        <source>sync needs an IMAP account (imaps:// or imap+starttls://).</source>
        <translation>sync braucht ein IMAP-Konto (imaps:// oder imap+starttls://).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 messages</source>
        <translation>%1: %2 von %3 Nachrichten</translation>
    </message>
    <message>
        <source>%1: %2 messages (%3 unread). Fetched %4 headers, refreshed %5 flags, removed %6, in %7 s.</source>
        <translation>%1: %2 Nachrichten (%3 ungelesen). Kopfzeilen abgerufen: %4, Flags aktualisiert: %5, entfernt: %6, in %7 s.</translation>
    </message>
    <message>
        <source>The server renumbered the folder, so its cache was rebuilt.</source>
        <translation>Der Server hat den Ordner neu nummeriert, daher wurde sein Cache neu aufgebaut.</translation>
    </message>
    <message>
        <source>postier-cli: unknown command “%1”. Run postier-cli --help for the list.</source>
        <translation>postier-cli: unbekannter Befehl „%1“. postier-cli --help zeigt die Liste.</translation>
    </message>
    <message>
        <source>The account “%1” has no outgoing server.</source>
        <translation>Das Konto „%1“ hat keinen Postausgangsserver.</translation>
    </message>
    <message>
        <source>The account “%1” has no incoming server.</source>
        <translation>Das Konto „%1“ hat keinen Posteingangsserver.</translation>
    </message>
    <message>
        <source>The demo server could not be started: python3 is missing. scripts/install-deps.sh installs it.</source>
        <translation>Der Demo-Server konnte nicht gestartet werden: python3 fehlt. scripts/install-deps.sh installiert es.</translation>
    </message>
    <message>
        <source>The demo server could not be started in %1; the lines above say why. scripts/install-deps.sh installs dovecot and python3-aiosmtpd if they are missing.</source>
        <translation>Der Demo-Server konnte in %1 nicht gestartet werden; die Zeilen darüber nennen den Grund. scripts/install-deps.sh installiert dovecot und python3-aiosmtpd, falls sie fehlen.</translation>
    </message>
    <message>
        <source>Where the mail is now.</source>
        <translation>Wo die E-Mails jetzt liegen.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>The IMAP account to copy it into.</source>
        <translation>Das IMAP-Konto, in das sie kopiert werden.</translation>
    </message>
    <message>
        <source>A file of “source folder = server folder” lines that overrides the automatic mapping.</source>
        <translation>Eine Datei mit Zeilen „Quellordner = Serverordner“, die die automatische Zuordnung ersetzt.</translation>
    </message>
    <message>
        <source>Show what would be copied; change nothing.</source>
        <translation>Zeigen, was kopiert würde; nichts ändern.</translation>
    </message>
    <message>
        <source>Do not upload Thunderbird&apos;s X-Mozilla-Status headers.</source>
        <translation>Die X-Mozilla-Status-Kopfzeilen von Thunderbird nicht hochladen.</translation>
    </message>
    <message>
        <source>Where to keep the record of the copy (default: in Postier&apos;s data folder).</source>
        <translation>Wo das Protokoll der Kopie gespeichert wird (Standard: im Datenordner von Postier).</translation>
    </message>
    <message>
        <source>Copy only this source folder (repeatable).</source>
        <translation>Nur diesen Quellordner kopieren (wiederholbar).</translation>
    </message>
    <message>
        <source>Usage: postier-cli migrate --from SOURCE --to IMAP-URL [--dry-run] [--json]</source>
        <translation>Aufruf: postier-cli migrate --from QUELLE --to IMAP-URL [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>--from takes maildir:PATH, mbox:PATH, thunderbird:PATH, eml:PATH or the name of a POP3 account; “%1” is none of these.</source>
        <translation>--from erwartet maildir:PFAD, mbox:PFAD, thunderbird:PFAD, eml:PFAD oder den Namen eines POP3-Kontos; „%1“ ist nichts davon.</translation>
    </message>
    <message>
        <source>The folder map %1 cannot be read: %2</source>
        <translation>Die Ordnerzuordnung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>migrate copies into an IMAP account (imaps:// or imap+starttls://).</source>
        <translation>migrate kopiert in ein IMAP-Konto (imaps:// oder imap+starttls://).</translation>
    </message>
    <message>
        <source>pop3 fetch URL|ACCOUNT [--into DIR] [--leave-on-server] [--delete-after-days N]
Downloads new messages from a POP3 account into a Maildir folder on this computer. Each message is written safely to disk before anything else happens; only then, and only without --leave-on-server, is it deleted from the server. Running it again downloads nothing twice.</source>
        <translation>pop3 fetch URL|KONTO [--into VERZ] [--leave-on-server] [--delete-after-days N]
Lädt neue Nachrichten eines POP3-Kontos in einen Maildir-Ordner auf diesem Computer herunter. Jede Nachricht wird zuerst sicher auf die Festplatte geschrieben; erst danach, und nur ohne --leave-on-server, wird sie vom Server gelöscht. Ein erneuter Aufruf lädt nichts doppelt herunter.</translation>
    </message>
    <message>
        <source>The local Maildir (created if missing); for an account name, its own local folders by default.</source>
        <translation>Das lokale Maildir (wird angelegt, falls es fehlt); bei einem Kontonamen standardmäßig dessen eigene lokale Ordner.</translation>
    </message>
    <message>
        <source>Usage: postier-cli pop3 fetch URL|ACCOUNT [--into DIR] [--leave-on-server]</source>
        <translation>Aufruf: postier-cli pop3 fetch URL|KONTO [--into ORDNER] [--leave-on-server]</translation>
    </message>
    <message>
        <source>pop3 fetch needs --into DIR, or the name of a POP3 account.</source>
        <translation>pop3 fetch braucht --into ORDNER oder den Namen eines POP3-Kontos.</translation>
    </message>
    <message>
        <source>Usage: postier-cli COMMAND [options]

Commands:
  folders URL|ACCOUNT                    the folder tree with attributes; ghosts marked
  sync URL|ACCOUNT --folder F            headers into the local cache, progress on stderr
  fetch URL|ACCOUNT --folder F --uid N   the raw message on stdout
  search URL|ACCOUNT QUERY [--folder F] [--server]
                                         messages in the local cache (and on the server)
  send SMTP-URL|ACCOUNT --from A --to B --subject S --body-file FILE
  pop3 fetch URL|ACCOUNT [--into DIR] [--leave-on-server]
  migrate --from SOURCE --to IMAP-URL    copy a local store (maildir:, mbox:,
                                         thunderbird:, eml:) into an IMAP account,
                                         verified and resumable
  accounts list|add|remove               accounts in the app&apos;s settings
  demo [--dir DIR]                       start a local demo server with two accounts

Servers are URLs: imaps://anna@host[:port], imap+starttls://…, pop3s://…,
pop3+starttls://…, smtps://…, smtp+starttls://…  (+plain only when asked for by name).
The password comes from --password-file, $POSTIER_PASSWORD or the keychain; never
from the command line. --ca-file trusts an extra CA; certificate checks cannot be
turned off. Every command takes --json, --timeout, --trace and --help.

Exit codes: 0 success, 2 usage, 3 authentication, 4 TLS/certificate, 5 network or
timeout, 6 server refused, 7 partial failure, 8 local file error, 9 cancelled,
10 protocol error.
</source>
        <translation>Aufruf: postier-cli BEFEHL [Optionen]

Befehle:
  folders URL|KONTO                      Ordnerbaum samt Attributen und Geisterordnern
  sync URL|KONTO --folder O              Kopfzeilen in den Cache, Fortschritt auf stderr
  fetch URL|KONTO --folder O --uid N     die Rohnachricht auf stdout
  search URL|KONTO SUCHBEGRIFFE [--folder O] [--server]
                                         Nachrichten im Cache (und auf dem Server)
  send SMTP-URL|KONTO --from A --to B --subject S --body-file DATEI
  pop3 fetch URL|KONTO [--into VERZ] [--leave-on-server]
  migrate --from QUELLE --to IMAP-URL    kopiert einen lokalen Speicher (maildir:,
                                         mbox:, thunderbird:, eml:) in ein IMAP-Konto,
                                         geprüft und fortsetzbar
  accounts list|add|remove               die Konten in den Einstellungen des Programms
  demo [--dir VERZ]                      lokaler Demo-Server mit zwei Konten

Server werden als URLs angegeben: imaps://anna@host[:port], imap+starttls://…,
pop3s://…, pop3+starttls://…, smtps://…, smtp+starttls://… (+plain nur, wenn
ausdrücklich verlangt). Das Passwort stammt aus --password-file,
$POSTIER_PASSWORD oder dem Schlüsselbund, nie von der Befehlszeile. --ca-file
vertraut einer zusätzlichen Zertifizierungsstelle; die Zertifikatsprüfung lässt
sich nicht abschalten. Jeder Befehl kennt --json, --timeout, --trace und --help.

Rückgabewerte: 0&#xa0;Erfolg, 2&#xa0;Aufruffehler, 3&#xa0;Anmeldung, 4&#xa0;TLS/Zertifikat,
5&#xa0;Netzwerk oder Zeitüberschreitung, 6&#xa0;vom Server abgelehnt, 7&#xa0;teilweise
fehlgeschlagen, 8&#xa0;Fehler bei lokaler Datei, 9&#xa0;abgebrochen, 10&#xa0;Protokollfehler.
</translation>
    </message>
    <message>
        <source>migrate --from SOURCE --to IMAP-URL|ACCOUNT [--folder-map FILE] [--dry-run] [--clean-mozilla-headers] [--journal FILE]
Copies every message of a local store into an IMAP account, folder by folder, with its exact bytes, flags and date, then checks that each one is on the server. The source is only read. Running it again uploads nothing twice and continues where an interrupted run stopped. SOURCE is maildir:PATH, mbox:PATH, thunderbird:PROFILE-FOLDER, eml:PATH, the name of a POP3 account, or an IMAP folder (imaps://user@host/Folder, with its subfolders). Exit status 0 only when every message is verified.</source>
        <translation>migrate --from QUELLE --to IMAP-URL|KONTO [--folder-map DATEI] [--dry-run] [--clean-mozilla-headers] [--journal DATEI]
Kopiert jede Nachricht eines lokalen Speichers Ordner für Ordner in ein IMAP-Konto, mit ihren exakten Bytes, Markierungen und ihrem Datum, und prüft dann, dass jede auf dem Server ist. Die Quelle wird nur gelesen. Ein erneuter Aufruf lädt nichts doppelt hoch und macht dort weiter, wo ein unterbrochener Lauf aufgehört hat. QUELLE ist maildir:PFAD, mbox:PFAD, thunderbird:PROFILORDNER, eml:PFAD, der Name eines POP3-Kontos oder ein IMAP-Ordner (imaps://benutzer@host/Ordner, mit seinen Unterordnern). Exit-Status 0 nur, wenn jede Nachricht überprüft ist.</translation>
    </message>
    <message>
        <source>For an IMAP source: the file whose first line is its password (else $POSTIER_SOURCE_PASSWORD, else the keychain).</source>
        <translation>Für eine IMAP-Quelle: die Datei, deren erste Zeile ihr Passwort ist (sonst $POSTIER_SOURCE_PASSWORD, sonst der Schlüsselbund).</translation>
    </message>
    <message>
        <source>Name the folder to copy after the server: imaps://user@host/INBOX.</source>
        <translation>Geben Sie den zu kopierenden Ordner nach dem Server an: imaps://benutzer@host/INBOX.</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 Run “%2 --help” for the options.</source>
        <translation>%1 „%2 --help“ zeigt die Optionen.</translation>
    </message>
    <message>
        <source>Added the account “%1”, but its password could not be saved in the keychain: %2 Give it with --password-file or $POSTIER_PASSWORD when you use the account.</source>
        <translation>Das Konto „%1“ wurde hinzugefügt, aber sein Passwort konnte nicht im Schlüsselbund gespeichert werden: %2 Geben Sie es bei der Verwendung des Kontos mit --password-file oder $POSTIER_PASSWORD an.</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n new message(s) into %1.</source>
        <translation>
            <numerusform>%n neue Nachricht nach %1 heruntergeladen.</numerusform>
            <numerusform>%n neue Nachrichten nach %1 heruntergeladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were already here.</source>
        <translation>
            <numerusform>%n Nachricht war bereits hier.</numerusform>
            <numerusform>%n Nachrichten waren bereits hier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted from the server.</source>
        <translation>
            <numerusform>%n Nachricht vom Server gelöscht.</numerusform>
            <numerusform>%n Nachrichten vom Server gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo server in %1 is stopped.</source>
        <translation>Der Demo-Server in %1 ist beendet.</translation>
    </message>
    <message>
        <source>No demo server was running in %1.</source>
        <translation>In %1 lief kein Demo-Server.</translation>
    </message>
</context>
<context>
    <name>postier::models::AccountDiscovery</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking Postier’s list of providers for %1…</source>
        <translation>Postiers Anbieterliste wird nach %1 durchsucht…</translation>
    </message>
    <message>
        <source>Looking up %1’s settings…</source>
        <translation>Die Einstellungen von %1 werden gesucht…</translation>
    </message>
    <message>
        <source>The settings file at %1 is larger than %2 KB, so Postier did not read it.</source>
        <translation>Die Einstellungsdatei unter %1 ist größer als %2 KB, daher hat Postier sie nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 has no settings file for mail (HTTP %2).</source>
        <translation>%1 bietet keine Einstellungsdatei für E-Mail an (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 could not be reached (%2).</source>
        <translation>%1 ist nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>The settings file at %1 could not be used: %2</source>
        <translation>Die Einstellungsdatei unter %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>%1 did not answer within %2.</source>
        <translation>%1 hat nicht innerhalb von %2 geantwortet.</translation>
    </message>
    <message>
        <source>Looking up %1’s mail servers in DNS…</source>
        <translation>Die Mailserver von %1 werden im DNS gesucht…</translation>
    </message>
    <message>
        <source>The DNS lookups for %1 did not finish within %2.</source>
        <translation>Die DNS-Abfragen für %1 wurden nicht innerhalb von %2 fertig.</translation>
    </message>
    <message>
        <source>%1 publishes no mail servers in DNS (SRV records).</source>
        <translation>%1 veröffentlicht keine Mailserver im DNS (SRV-Einträge).</translation>
    </message>
    <message>
        <source>Postier knows the settings of %1.</source>
        <translation>Postier kennt die Einstellungen von %1.</translation>
    </message>
    <message>
        <source>%1 publishes its settings for mail programs at %2.</source>
        <translation>%1 veröffentlicht seine Einstellungen für E-Mail-Programme unter %2.</translation>
    </message>
    <message>
        <source>Found the mail servers of %1 in its DNS records.</source>
        <translation>Die Mailserver von %1 wurden in seinen DNS-Einträgen gefunden.</translation>
    </message>
    <message>
        <source>Found the incoming mail server of %1 in its DNS records, but no server for sending. Enter the outgoing server yourself.</source>
        <translation>Der Posteingangsserver von %1 wurde in seinen DNS-Einträgen gefunden, aber kein Server zum Senden. Geben Sie den Postausgangsserver selbst ein.</translation>
    </message>
    <message>
        <source>“%1” is not a complete e-mail address, such as anna@example.com.</source>
        <translation>„%1“ ist keine vollständige E-Mail-Adresse wie anna@example.com.</translation>
    </message>
    <message>
        <source>Postier could not find the settings for %1. Enter them yourself: your provider’s help pages list them.</source>
        <translation>Postier hat die Einstellungen für %1 nicht gefunden. Geben Sie sie selbst ein: Die Hilfeseiten Ihres Anbieters nennen sie.</translation>
    </message>
    <message>
        <source>%1 asks mail programs to sign in with OAuth, which Postier does not offer yet. Logging in with a password may be refused; an app password may work.</source>
        <translation>%1 verlangt von E-Mail-Programmen eine Anmeldung über OAuth, die Postier noch nicht anbietet. Die Anmeldung mit Passwort wird möglicherweise abgelehnt; ein App-Passwort kann funktionieren.</translation>
    </message>
</context>
<context>
    <name>postier::models::AccountModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 — %2 (switched off)</source>
        <translation>%1 – %2 (ausgeschaltet)</translation>
    </message>
</context>
<context>
    <name>postier::models::AccountStore</name>
    <message>
        <source>The account “%1” in the settings is incomplete and was skipped%2</source>
        <translation>Das Konto „%1“ in den Einstellungen ist unvollständig und wurde übersprungen%2</translation>
    </message>
    <message>
        <source>An account named “%1” already exists. Choose another name.</source>
        <translation>Ein Konto namens „%1“ existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>An identity of the account “%1” in the settings has no address and was skipped.</source>
        <translation>Eine Identität des Kontos „%1“ in den Einstellungen hat keine Adresse und wurde übersprungen.</translation>
    </message>
    <message>
        <source>The identity “%1” of the account “%2” in the settings is not a valid e-mail address and was skipped.</source>
        <translation>Die Identität „%1“ des Kontos „%2“ in den Einstellungen ist keine gültige E-Mail-Adresse und wurde übersprungen.</translation>
    </message>
    <message>
        <source>The identity “%1” of the account “%2” in the settings repeats an address the account already has and was skipped.</source>
        <translation>Die Identität „%1“ des Kontos „%2“ in den Einstellungen wiederholt eine Adresse, die das Konto bereits hat, und wurde übersprungen.</translation>
    </message>
    <message>
        <source>The outgoing server of the account “%1” in the settings could not be read: %2</source>
        <translation>Der Postausgangsserver des Kontos „%1“ in den Einstellungen konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address, so it cannot be an identity of the account “%2”.</source>
        <translation>„%1“ ist keine E-Mail-Adresse und kann daher keine Identität des Kontos „%2“ sein.</translation>
    </message>
    <message>
        <source>The account “%1” has the address %2 more than once. Each identity needs its own address.</source>
        <translation>Das Konto „%1“ hat die Adresse %2 mehr als einmal. Jede Identität braucht ihre eigene Adresse.</translation>
    </message>
</context>
<context>
    <name>postier::models::AccountTester</name>
    <message>
        <source>Postier cannot check a %1 server here.</source>
        <translation>Postier kann hier keinen %1-Server prüfen.</translation>
    </message>
</context>
<context>
    <name>postier::models::AutoconfigXml</name>
    <message>
        <source>The settings file is too large (%1 KB) to be an autoconfig file, so Postier did not read it.</source>
        <translation>Die Einstellungsdatei ist zu groß (%1 KB) für eine Autoconfig-Datei, daher hat Postier sie nicht gelesen.</translation>
    </message>
    <message>
        <source>The settings file contains a document type declaration, which autoconfig files never have, so Postier did not use it.</source>
        <translation>Die Einstellungsdatei enthält eine Dokumenttyp-Deklaration, die Autoconfig-Dateien nie haben, daher hat Postier sie nicht verwendet.</translation>
    </message>
    <message>
        <source>The settings file is not valid XML (%1 at line %2).</source>
        <translation>Die Einstellungsdatei ist kein gültiges XML (%1 in Zeile %2).</translation>
    </message>
    <message>
        <source>no root element</source>
        <translation>kein Wurzelelement</translation>
    </message>
    <message>
        <source>The settings file is not an autoconfig file: it starts with &lt;%1&gt; instead of &lt;clientConfig&gt;.</source>
        <translation>Die Einstellungsdatei ist keine Autoconfig-Datei: Sie beginnt mit &lt;%1&gt; statt mit &lt;clientConfig&gt;.</translation>
    </message>
    <message>
        <source>The settings file lists more than %1 servers, so Postier did not use it.</source>
        <translation>Die Einstellungsdatei nennt mehr als %1 Server, daher hat Postier sie nicht verwendet.</translation>
    </message>
    <message>
        <source>The settings file describes no mail provider (&lt;emailProvider&gt; is missing).</source>
        <translation>Die Einstellungsdatei beschreibt keinen E-Mail-Anbieter (&lt;emailProvider&gt; fehlt).</translation>
    </message>
    <message>
        <source>The settings file lists no IMAP or POP3 server that Postier can use.</source>
        <translation>Die Einstellungsdatei nennt keinen IMAP- oder POP3-Server, den Postier verwenden kann.</translation>
    </message>
</context>
<context>
    <name>postier::models::ComposeEngine</name>
    <message>
        <source>The draft could not be put together.</source>
        <translation>Der Entwurf konnte nicht zusammengestellt werden.</translation>
    </message>
    <message>
        <source>The message was sent, but its copy could not be saved in your Sent folder: %1 Use “Save Copy to Sent” to try again.</source>
        <translation>Die Nachricht wurde gesendet, aber ihre Kopie konnte nicht in Ihrem Ordner „Gesendet“ gespeichert werden: %1 Verwenden Sie „Kopie in Gesendet speichern“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>%1 It could not be saved in Drafts either: %2</source>
        <translation>%1 Sie konnte auch nicht in „Entwürfe“ gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 A copy is saved in your Drafts folder.</source>
        <translation>%1 Eine Kopie ist in Ihrem Ordner „Entwürfe“ gespeichert.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>postier::models::CrossAccountCopy</name>
    <message>
        <source>Importing into “%1” of %2</source>
        <translation>Import in „%1“ von %2</translation>
    </message>
    <message>
        <source>Moving to “%1” of %2</source>
        <translation>Verschieben nach „%1“ von %2</translation>
    </message>
    <message>
        <source>Copying to “%1” of %2</source>
        <translation>Kopieren nach „%1“ von %2</translation>
    </message>
    <message>
        <source>The account dropped on no longer exists.</source>
        <translation>Das Konto, auf das Sie gezogen haben, gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Messages can be copied to another account only into the folders of an IMAP account; %1 keeps its mail on this computer.</source>
        <translation>Nachrichten lassen sich in ein anderes Konto nur in die Ordner eines IMAP-Kontos kopieren; %1 bewahrt seine E-Mails auf diesem Computer auf.</translation>
    </message>
    <message>
        <source>%1 is neither an mbox file nor an .eml file, so it was not imported.</source>
        <translation>%1 ist weder eine mbox- noch eine .eml-Datei und wurde daher nicht importiert.</translation>
    </message>
    <message>
        <source>Nothing that was dropped can be imported.</source>
        <translation>Nichts von dem, was Sie hierher gezogen haben, lässt sich importieren.</translation>
    </message>
    <message>
        <source>The account the messages come from no longer exists.</source>
        <translation>Das Konto, aus dem die Nachrichten stammen, gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The messages are already in this account.</source>
        <translation>Die Nachrichten sind bereits in diesem Konto.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>the local folder “%1” of %2</source>
        <translation>der lokale Ordner „%1“ von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of the local folder “%1” of %2</source>
        <translation>
            <numerusform>%n Nachricht des lokalen Ordners „%1“ von %2</numerusform>
            <numerusform>%n Nachrichten des lokalen Ordners „%1“ von %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected messages are no longer in the local folder “%1”.</source>
        <translation>Die ausgewählten Nachrichten sind nicht mehr im lokalen Ordner „%1“.</translation>
    </message>
    <message>
        <source>Postier needs the password of %1 to copy into it, and could not read it from the keychain: %2</source>
        <translation>Postier braucht das Passwort von %1, um dorthin zu kopieren, und konnte es nicht aus dem Schlüsselbund lesen: %2</translation>
    </message>
    <message>
        <source>no password is saved for this account.</source>
        <translation>Für dieses Konto ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was deleted from %1, because not every message could be verified on %2.</source>
        <translation>Aus %1 wurde nichts gelöscht, weil nicht jede Nachricht auf %2 überprüft werden konnte.</translation>
    </message>
    <message numerus="yes">
        <source>The %n original message(s) were deleted from %1 once verified.</source>
        <translation>
            <numerusform>%n Originalnachricht wurde nach der Überprüfung aus %1 gelöscht.</numerusform>
            <numerusform>Die %n Originalnachrichten wurden nach der Überprüfung aus %1 gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every message was copied and verified, but the originals in “%1” could not be deleted: %2</source>
        <translation>Alle Nachrichten wurden kopiert und überprüft, aber die Originale in „%1“ konnten nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>The emptied folders were left in place: %1</source>
        <translation>Die geleerten Ordner wurden belassen: %1</translation>
    </message>
    <message>
        <source>“%1” was kept because it holds messages that arrived after the copy started.</source>
        <translation>„%1“ wurde behalten, weil er Nachrichten enthält, die nach Beginn des Kopierens ankamen.</translation>
    </message>
    <message>
        <source>The emptied folder “%1” was deleted too.</source>
        <translation>Der geleerte Ordner „%1“ wurde ebenfalls gelöscht.</translation>
    </message>
    <message>
        <source>The folder “%1” was not deleted: %2</source>
        <translation>Der Ordner „%1“ wurde nicht gelöscht: %2</translation>
    </message>
    <message numerus="yes">
        <source>The %n original message(s) were moved to the local Trash of %1 once verified.</source>
        <translation>
            <numerusform>%n Originalnachricht wurde nach der Überprüfung in den lokalen Papierkorb von %1 verschoben.</numerusform>
            <numerusform>Die %n Originalnachrichten wurden nach der Überprüfung in den lokalen Papierkorb von %1 verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Those that were in the local Trash stay there.</source>
        <translation>Die Nachrichten, die im lokalen Papierkorb waren, bleiben dort.</translation>
    </message>
    <message>
        <source>The local folder “%1” stays, empty.</source>
        <translation>Der lokale Ordner „%1“ bleibt leer bestehen.</translation>
    </message>
</context>
<context>
    <name>postier::models::CrossAccountResult</name>
    <message>
        <source>The copy was stopped; what was copied stays there, and dropping the same messages again copies only the rest.</source>
        <translation>Das Kopieren wurde angehalten; was bereits kopiert wurde, bleibt dort, und wenn Sie dieselben Nachrichten erneut hierher ziehen, wird nur der Rest kopiert.</translation>
    </message>
</context>
<context>
    <name>postier::models::DnsSrvResolver</name>
    <message>
        <source>The DNS lookup of %1 failed: %2.</source>
        <translation>Die DNS-Abfrage für %1 ist fehlgeschlagen: %2.</translation>
    </message>
</context>
<context>
    <name>postier::models::FolderMapper</name>
    <message>
        <source>“%1” was renamed “%2”: the server does not allow the separator “%3”, the characters * and %, control characters or very long names in folder names.</source>
        <translation>„%1“ wurde in „%2“ umbenannt: Der Server erlaubt in Ordnernamen weder das Trennzeichen „%3“ noch die Zeichen * und %, Steuerzeichen oder sehr lange Namen.</translation>
    </message>
    <message>
        <source>Line %1 of the folder map is not “source folder = server folder”: %2</source>
        <translation>Zeile %1 der Ordnerzuordnung hat nicht die Form „Quellordner = Serverordner“: %2</translation>
    </message>
</context>
<context>
    <name>postier::models::FolderMappingModel</name>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Goes into the server’s own folder for this purpose, “%1”.</source>
        <translation>Kommt in den Ordner, den der Server dafür vorsieht: „%1“.</translation>
    </message>
    <message>
        <source>“%1” already exists on the server: the messages are added to it.</source>
        <translation>„%1“ gibt es auf dem Server bereits: Die Nachrichten werden dort hinzugefügt.</translation>
    </message>
    <message>
        <source>“%1” is created on the server.</source>
        <translation>„%1“ wird auf dem Server angelegt.</translation>
    </message>
    <message>
        <source>cannot be copied</source>
        <translation>kann nicht kopiert werden</translation>
    </message>
    <message>
        <source>%1 (%2 already there)</source>
        <translation>%1 (%2 bereits vorhanden)</translation>
    </message>
    <message>
        <source>%1: %2 messages, %3</source>
        <translation>%1: %2 Nachrichten, %3</translation>
    </message>
    <message>
        <source>%1 holds only folders.</source>
        <translation>%1 enthält nur Ordner.</translation>
    </message>
    <message>
        <source>Folder on this computer</source>
        <translation>Ordner auf diesem Computer</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Folder on the server</source>
        <translation>Ordner auf dem Server</translation>
    </message>
    <message>
        <source>To upload</source>
        <translation>Hochzuladen</translation>
    </message>
</context>
<context>
    <name>postier::models::FolderModel</name>
    <message>
        <source>The folders of POP3 accounts are kept on this computer.</source>
        <translation>Die Ordner von POP3-Konten liegen auf diesem Computer.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>“%1” is listed by the server but cannot hold mail (a ghost folder).</source>
        <translation>„%1“ wird vom Server aufgeführt, kann aber keine Nachrichten enthalten (ein Geisterordner).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s)</source>
        <translation>
            <numerusform>%1: %n Nachricht</numerusform>
            <numerusform>%1: %n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n ungelesen</numerusform>
            <numerusform>, %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>%1: mail downloaded with POP3, kept on this computer in %2</source>
        <translation>%1: per POP3 abgerufene E-Mails, auf diesem Computer gespeichert in %2</translation>
    </message>
</context>
<context>
    <name>postier::models::FolderSynchronizer</name>
    <message>
        <source>The update was cancelled.</source>
        <translation>Die Aktualisierung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>postier::models::HeaderCache</name>
    <message>
        <source>SQLite said: “%1”.</source>
        <translation>SQLite meldete: „%1“.</translation>
    </message>
    <message>
        <source>The cache file is damaged; Postier will rebuild it the next time it opens it, and nothing will be lost.</source>
        <translation>Die Cache-Datei ist beschädigt; Postier baut sie beim nächsten Öffnen neu auf, und nichts geht verloren.</translation>
    </message>
    <message>
        <source>The offline cache %1 is not open.</source>
        <translation>Der Offline-Cache %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The offline cache %1 has no folder with the id %2.</source>
        <translation>Der Offline-Cache %1 enthält keinen Ordner mit der ID %2.</translation>
    </message>
    <message>
        <source>SQLite reported “%1”</source>
        <translation>SQLite meldete „%1“</translation>
    </message>
    <message>
        <source>an earlier read found it damaged</source>
        <translation>ein früherer Lesevorgang hat sie als beschädigt erkannt</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the offline cache. Check that it is on a writable disk.</source>
        <translation>Der Ordner %1 für den Offline-Cache konnte nicht angelegt werden. Prüfen Sie, ob er auf einem beschreibbaren Datenträger liegt.</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>sie ist keine Datei</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed, so the offline cache cannot be opened. Install the Qt 6 SQLite plugin (libqt6sql6-sqlite on Debian).</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert, daher kann der Offline-Cache nicht geöffnet werden. Installieren Sie das SQLite-Plugin für Qt 6 (libqt6sql6-sqlite unter Debian).</translation>
    </message>
    <message>
        <source>Could not open the offline cache %1.</source>
        <translation>Der Offline-Cache %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The offline cache %1 could not switch to write-ahead logging (the file system may not support it); it will work, but more slowly.</source>
        <translation>Der Offline-Cache %1 konnte nicht auf Write-Ahead-Logging umschalten (das Dateisystem unterstützt es möglicherweise nicht); er funktioniert, aber langsamer.</translation>
    </message>
    <message>
        <source>it was written by a newer version of Postier (schema %1; this version knows %2)</source>
        <translation>sie wurde von einer neueren Version von Postier geschrieben (Schema %1; diese Version kennt %2)</translation>
    </message>
    <message>
        <source>Could not update the offline cache %1 to the current format.</source>
        <translation>Der Offline-Cache %1 konnte nicht auf das aktuelle Format umgestellt werden.</translation>
    </message>
    <message>
        <source>Could not set up the search index of the offline cache %1.</source>
        <translation>Der Suchindex des Offline-Caches %1 konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>it has a search index, but this SQLite library has no full-text search (FTS5)</source>
        <translation>sie hat einen Suchindex, aber diese SQLite-Bibliothek bietet keine Volltextsuche (FTS5)</translation>
    </message>
    <message>
        <source>The offline cache %1 was recreated but still cannot be used: %2.</source>
        <translation>Der Offline-Cache %1 wurde neu angelegt, ist aber weiterhin nicht verwendbar: %2.</translation>
    </message>
    <message>
        <source>The offline cache %1 could not be used: %2. It was renamed to %3 and a new one was created. Nothing is lost: messages will be downloaded again.</source>
        <translation>Der Offline-Cache %1 war nicht verwendbar: %2. Er wurde in %3 umbenannt und ein neuer angelegt. Nichts geht verloren: Die Nachrichten werden erneut heruntergeladen.</translation>
    </message>
    <message>
        <source>The offline cache %1 could not be used: %2. It could not be moved aside either (%3). Delete the file; nothing will be lost.</source>
        <translation>Der Offline-Cache %1 ist nicht verwendbar: %2. Er konnte auch nicht beiseitegelegt werden (%3). Löschen Sie die Datei; nichts geht verloren.</translation>
    </message>
    <message>
        <source>Could not record the folder %1 of %2 in the offline cache %3.</source>
        <translation>Der Ordner %1 von %2 konnte nicht im Offline-Cache %3 erfasst werden.</translation>
    </message>
    <message>
        <source>Could not save the folder list of %1 in the offline cache %2.</source>
        <translation>Die Ordnerliste von %1 konnte nicht im Offline-Cache %2 gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not read the folder list of %1 from the offline cache %2.</source>
        <translation>Die Ordnerliste von %1 konnte nicht aus dem Offline-Cache %2 gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read the state of a folder from the offline cache %1.</source>
        <translation>Der Zustand eines Ordners konnte nicht aus dem Offline-Cache %1 gelesen werden.</translation>
    </message>
    <message>
        <source>Could not clear a folder whose UIDVALIDITY changed in the offline cache %1.</source>
        <translation>Ein Ordner, dessen UIDVALIDITY sich geändert hat, konnte im Offline-Cache %1 nicht geleert werden.</translation>
    </message>
    <message>
        <source>Could not save the state of a folder in the offline cache %1.</source>
        <translation>Der Zustand eines Ordners konnte nicht im Offline-Cache %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not save the HIGHESTMODSEQ of a folder in the offline cache %1.</source>
        <translation>Der HIGHESTMODSEQ eines Ordners konnte nicht im Offline-Cache %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not save new message headers in the offline cache %1.</source>
        <translation>Neue Nachrichtenkopfzeilen konnten nicht im Offline-Cache %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not save changed message flags in the offline cache %1.</source>
        <translation>Geänderte Nachrichten-Flags konnten nicht im Offline-Cache %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not remove deleted messages from the offline cache %1.</source>
        <translation>Gelöschte Nachrichten konnten nicht aus dem Offline-Cache %1 entfernt werden.</translation>
    </message>
    <message>
        <source>Could not read the message list of a folder from the offline cache %1.</source>
        <translation>Die Nachrichtenliste eines Ordners konnte nicht aus dem Offline-Cache %1 gelesen werden.</translation>
    </message>
    <message>
        <source>Could not count the messages of a folder in the offline cache %1.</source>
        <translation>Die Nachrichten eines Ordners im Offline-Cache %1 konnten nicht gezählt werden.</translation>
    </message>
    <message>
        <source>Could not read a message header from the offline cache %1.</source>
        <translation>Eine Nachrichtenkopfzeile konnte nicht aus dem Offline-Cache %1 gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read message headers from the offline cache %1.</source>
        <translation>Nachrichtenkopfzeilen konnten nicht aus dem Offline-Cache %1 gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read the message threads of a folder from the offline cache %1.</source>
        <translation>Die Themen eines Ordners konnten nicht aus dem Offline-Cache %1 gelesen werden.</translation>
    </message>
    <message>
        <source>Could not store the body of message %1 in the offline cache %2: its header is not stored.</source>
        <translation>Der Inhalt der Nachricht %1 konnte nicht im Offline-Cache %2 gespeichert werden: Ihre Kopfzeilen sind dort nicht gespeichert.</translation>
    </message>
    <message>
        <source>Could not store the body of message %1 in the offline cache %2.</source>
        <translation>Der Inhalt der Nachricht %1 konnte nicht im Offline-Cache %2 gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not read the body of message %1 from the offline cache %2.</source>
        <translation>Der Inhalt der Nachricht %1 konnte nicht aus dem Offline-Cache %2 gelesen werden.</translation>
    </message>
    <message>
        <source>Could not search the offline cache %1.</source>
        <translation>Der Offline-Cache %1 konnte nicht durchsucht werden.</translation>
    </message>
    <message>
        <source>Could not read addresses from the offline cache %1.</source>
        <translation>Adressen konnten nicht aus dem Offline-Cache %1 gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read the list of local messages from the offline cache %1.</source>
        <translation>Die Liste der lokalen Nachrichten konnte nicht aus dem Offline-Cache %1 gelesen werden.</translation>
    </message>
    <message>
        <source>Could not add local messages to the offline cache %1.</source>
        <translation>Lokale Nachrichten konnten nicht zum Offline-Cache %1 hinzugefügt werden.</translation>
    </message>
    <message>
        <source>A local folder of the offline cache %1 has run out of message numbers. Delete the cache file; Postier will number the messages again and nothing will be lost.</source>
        <translation>Einem lokalen Ordner im Offline-Cache %1 sind die Nachrichtennummern ausgegangen. Löschen Sie die Cache-Datei; Postier nummeriert die Nachrichten neu, und nichts geht verloren.</translation>
    </message>
    <message>
        <source>Could not save changed local messages in the offline cache %1.</source>
        <translation>Geänderte lokale Nachrichten konnten nicht im Offline-Cache %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>postier::models::LocalMail</name>
    <message>
        <source>A message is no longer in the local folder “%1”; the list is being brought up to date.</source>
        <translation>Eine Nachricht ist nicht mehr im lokalen Ordner „%1“; die Liste wird aktualisiert.</translation>
    </message>
</context>
<context>
    <name>postier::models::MailSession</name>
    <message>
        <source>This account no longer exists.</source>
        <translation>Dieses Konto existiert nicht mehr.</translation>
    </message>
    <message>
        <source>No password is saved for %1.</source>
        <translation>Für %1 ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>No password was given for %1.</source>
        <translation>Für %1 wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>The account %1 has no outgoing (SMTP) server.</source>
        <translation>Das Konto %1 hat keinen Postausgangsserver (SMTP).</translation>
    </message>
    <message>
        <source>The account %1 has no incoming server.</source>
        <translation>Das Konto %1 hat keinen Posteingangsserver.</translation>
    </message>
</context>
<context>
    <name>postier::models::MailSettings</name>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <source>%1, %2, port %3, %4</source>
        <translation>%1, %2, Port %3, %4</translation>
    </message>
</context>
<context>
    <name>postier::models::MessageListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>postier::models::MigrationJournal</name>
    <message>
        <source>The migration journal %1 could not be written: %2.</source>
        <translation>Das Migrationsprotokoll %1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The migration journal %1 could not be opened: %2.</source>
        <translation>Das Migrationsprotokoll %1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>The migration journal %1 belongs to another migration (from %2 to %3).</source>
        <translation>Das Migrationsprotokoll %1 gehört zu einer anderen Migration (von %2 nach %3).</translation>
    </message>
</context>
<context>
    <name>postier::models::MigrationPreflight</name>
    <message>
        <source>Counting the messages of “%1”…</source>
        <translation>Die Nachrichten von „%1“ werden gezählt…</translation>
    </message>
    <message>
        <source>Counting the messages on this computer and asking %1 for its folders…</source>
        <translation>Die Nachrichten auf diesem Computer werden gezählt und %1 wird nach seinen Ordnern gefragt…</translation>
    </message>
</context>
<context>
    <name>postier::models::MigrationPreflightResult</name>
    <message>
        <source>less than a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message>
        <source>about %1 minutes</source>
        <translation>etwa %1 Minuten</translation>
    </message>
    <message>
        <source>about %1 hours</source>
        <translation>etwa %1 Stunden</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>postier::models::MigrationReport</name>
    <message numerus="yes">
        <source>Dry run: %n message(s) would be uploaded; nothing was changed on the server.</source>
        <translation>
            <numerusform>Probelauf: %n Nachricht würde hochgeladen; auf dem Server wurde nichts geändert.</numerusform>
            <numerusform>Probelauf: %n Nachrichten würden hochgeladen; auf dem Server wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 messages verified: each one is on the server.</source>
        <translation>Alle %1 Nachrichten überprüft: Jede ist auf dem Server.</translation>
    </message>
    <message>
        <source>The migration was stopped before its end; run it again to continue where it stopped.</source>
        <translation>Die Migration wurde vor dem Ende angehalten; starten Sie sie erneut, um dort weiterzumachen, wo sie aufgehört hat.</translation>
    </message>
    <message>
        <source>%1 of %2 messages are not on the server; the list below says which and why.</source>
        <translation>%1 von %2 Nachrichten sind nicht auf dem Server; die Liste unten nennt sie und den Grund.</translation>
    </message>
    <message>
        <source>Some folders could not be copied; the list below says why.</source>
        <translation>Einige Ordner konnten nicht kopiert werden; die Liste unten nennt den Grund.</translation>
    </message>
    <message>
        <source>Migration from %1 to %2</source>
        <translation>Migration – Quelle: %1; Ziel: %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 messages; %2 uploaded, %3 already there, %4 refused</source>
        <translation>%1 Nachrichten; %2 hochgeladen, %3 schon vorhanden, %4 abgelehnt</translation>
    </message>
    <message>
        <source>%1 verified on the server</source>
        <translation>%1 auf dem Server überprüft</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) have the same identity as another message of this folder; all were copied.</source>
        <translation>
            <numerusform>%n Nachricht hat dieselbe Identität wie eine andere Nachricht dieses Ordners; alle wurden kopiert.</numerusform>
            <numerusform>%n Nachrichten haben dieselbe Identität wie eine andere Nachricht dieses Ordners; alle wurden kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) marked deleted in the source program were not copied.</source>
        <translation>
            <numerusform>%n im Ursprungsprogramm als gelöscht markierte Nachricht wurde nicht kopiert.</numerusform>
            <numerusform>%n im Ursprungsprogramm als gelöscht markierte Nachrichten wurden nicht kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing: %1 (%2): %3</source>
        <translation>Fehlt: %1 (%2): %3</translation>
    </message>
    <message>
        <source>no Message-ID</source>
        <translation>keine Message-ID</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) already on the server got the flags they have here (read, answered, flagged).</source>
        <translation>
            <numerusform>%n Nachricht, die schon auf dem Server war, hat die Markierungen erhalten, die sie hier hat (gelesen, beantwortet, markiert).</numerusform>
            <numerusform>%n Nachrichten, die schon auf dem Server waren, haben die Markierungen erhalten, die sie hier haben (gelesen, beantwortet, markiert).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::models::MigrationReportMail</name>
    <message>
        <source>Postier migration report — %1</source>
        <translation>Postier-Migrationsbericht – %1</translation>
    </message>
</context>
<context>
    <name>postier::models::MigrationRun</name>
    <message>
        <source>Reading %1</source>
        <translation>Wird gelesen: %1</translation>
    </message>
    <message>
        <source>Continuing an interrupted copy</source>
        <translation>Eine unterbrochene Kopie wird fortgesetzt</translation>
    </message>
    <message>
        <source>Listing the folders on %1</source>
        <translation>Ordner auf %1 werden aufgelistet</translation>
    </message>
    <message>
        <source>The connection was lost; going on with “%1” where it stopped.</source>
        <translation>Die Verbindung wurde unterbrochen; „%1“ wird dort fortgesetzt, wo es aufgehört hat.</translation>
    </message>
    <message>
        <source>Checking every message on the server</source>
        <translation>Jede Nachricht auf dem Server wird überprüft</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The server refused to create the folder “%1”: %2</source>
        <translation>Der Server hat das Anlegen des Ordners „%1“ abgelehnt: %2</translation>
    </message>
    <message>
        <source>“%1” was renamed “%2” because the server refused the name: %3</source>
        <translation>„%1“ wurde in „%2“ umbenannt, weil der Server den Namen abgelehnt hat: %3</translation>
    </message>
    <message>
        <source>The folder “%1” on the server could not be read: %2</source>
        <translation>Der Ordner „%1“ auf dem Server konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>The migration stopped after %n refused message(s); the last reason: %1</source>
        <translation>
            <numerusform>Die Migration wurde nach %n abgelehnten Nachricht angehalten; der letzte Grund: %1</numerusform>
            <numerusform>Die Migration wurde nach %n abgelehnten Nachrichten angehalten; der letzte Grund: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>It is not on the server after the copy.</source>
        <translation>Sie ist nach dem Kopieren nicht auf dem Server.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be checked: %2</source>
        <translation>Der Ordner „%1“ konnte nicht überprüft werden: %2</translation>
    </message>
</context>
<context>
    <name>postier::models::PasswordStore</name>
    <message>
        <source>No password is stored in the keychain for %1.</source>
        <translation>Im Schlüsselbund ist kein Passwort für %1 gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Postier will ask for the password once per session and will not save it to disk.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Postier fragt einmal pro Sitzung nach dem Passwort und speichert es nicht auf der Festplatte.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1.</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet: %1.</translation>
    </message>
</context>
<context>
    <name>postier::models::ProviderTable</name>
    <message>
        <source>Gmail does not accept your usual Google password in mail programs. Turn on 2-Step Verification in your Google Account, create an app password at myaccount.google.com/apppasswords, and enter that app password here. Postier does not offer Google sign-in (OAuth) yet.</source>
        <translation>Gmail akzeptiert Ihr übliches Google-Passwort in E-Mail-Programmen nicht. Aktivieren Sie die Bestätigung in zwei Schritten in Ihrem Google-Konto, erstellen Sie unter myaccount.google.com/apppasswords ein App-Passwort und geben Sie dieses hier ein. Postier bietet die Anmeldung über Google (OAuth) noch nicht an.</translation>
    </message>
    <message>
        <source>Microsoft requires OAuth sign-in (Modern Auth) for Outlook.com in mail programs, and Postier does not offer it yet, so logging in with a password may be refused. If your account has two-step verification, an app password from account.microsoft.com/security may work. IMAP and POP access must also be switched on in Outlook.com under Settings, Mail, Forwarding and IMAP.</source>
        <translation>Microsoft verlangt für Outlook.com in E-Mail-Programmen eine Anmeldung über OAuth (Modern Auth), die Postier noch nicht anbietet; die Anmeldung mit Passwort wird daher möglicherweise abgelehnt. Wenn Ihr Konto die Überprüfung in zwei Schritten nutzt, kann ein App-Passwort von account.microsoft.com/security funktionieren. Außerdem muss der IMAP- und POP-Zugriff in Outlook.com unter Einstellungen, E-Mail, Weiterleitung und IMAP eingeschaltet sein.</translation>
    </message>
    <message>
        <source>Yahoo Mail needs an app password for mail programs: in your Yahoo account, open Account Security, choose “Generate app password”, and enter that password here instead of your usual one.</source>
        <translation>Yahoo Mail braucht für E-Mail-Programme ein App-Passwort: Öffnen Sie in Ihrem Yahoo-Konto die Kontosicherheit, wählen Sie „App-Passwort generieren“ und geben Sie dieses Passwort hier statt Ihres üblichen ein.</translation>
    </message>
    <message>
        <source>GMX lets mail programs in only after you allow it: in the GMX web mail, open the settings, choose “POP3 &amp; IMAP”, and switch on access by POP3 and IMAP.</source>
        <translation>GMX lässt E-Mail-Programme erst zu, wenn Sie es erlauben: Öffnen Sie im GMX-Webmailer die Einstellungen, wählen Sie „POP3 &amp; IMAP“ und schalten Sie den Zugriff per POP3 und IMAP ein.</translation>
    </message>
</context>
<context>
    <name>postier::models::ReplyBuilder</name>
    <message>
        <source>Forwarded message</source>
        <translation>Weitergeleitete Nachricht</translation>
    </message>
    <message>
        <source>%1 wrote:</source>
        <translation>%1 schrieb:</translation>
    </message>
    <message>
        <source>On %1, %2 wrote:</source>
        <translation>Am %1 schrieb %2:</translation>
    </message>
    <message>
        <source>-------- Forwarded Message --------</source>
        <translation>-------- Weitergeleitete Nachricht --------</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>CC: %1</translation>
    </message>
</context>
<context>
    <name>postier::models::ServerSearch</name>
    <message>
        <source>Type the words to search for first.</source>
        <translation>Geben Sie zuerst die gesuchten Wörter ein.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Dieses Konto existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The account %1 keeps its mail on this computer (POP3): everything it has is already searched here.</source>
        <translation>Das Konto %1 speichert seine E-Mails auf diesem Computer (POP3): Alles davon wird bereits hier durchsucht.</translation>
    </message>
    <message>
        <source>The search on the server was cancelled.</source>
        <translation>Die Suche auf dem Server wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>postier::models::SpecialFolderLocator</name>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Dieses Konto existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The account %1 receives mail by POP3, so it has no %2 folder on the server.</source>
        <translation>Das Konto %1 empfängt E-Mails per POP3 und hat daher keinen Ordner „%2“ auf dem Server.</translation>
    </message>
    <message>
        <source>There is no %1 folder, and it could not be created: %2</source>
        <translation>Es gibt keinen Ordner „%1“, und er konnte nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>postier::protocols::AppendMessageJob</name>
    <message numerus="yes">
        <source>Saving %n message(s) in “%1”</source>
        <translation>
            <numerusform>%n Nachricht wird in „%1“ gespeichert</numerusform>
            <numerusform>%n Nachrichten werden in „%1“ gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Postier could not read message %1 while saving it in “%2” (%3). Nothing of it was kept on the server.</source>
        <translation>Postier konnte die Nachricht %1 beim Speichern in „%2“ nicht lesen (%3). Davon wurde nichts auf dem Server behalten.</translation>
    </message>
    <message>
        <source>Postier could not open message %1 to save it in “%2” (%3).</source>
        <translation>Postier konnte die Nachricht %1 nicht öffnen, um sie in „%2“ zu speichern (%3).</translation>
    </message>
    <message>
        <source>Message %1 for “%2” comes from a stream of unknown length, which IMAP cannot save.</source>
        <translation>Die Nachricht %1 für „%2“ stammt aus einem Datenstrom unbekannter Länge, den IMAP nicht speichern kann.</translation>
    </message>
    <message>
        <source>save the message in “%1”</source>
        <translation>die Nachricht in „%1“ zu speichern</translation>
    </message>
    <message>
        <source>save message %1 of %2 in “%3”</source>
        <translation>Nachricht %1 von %2 in „%3“ zu speichern</translation>
    </message>
    <message>
        <source>Message %1 was not saved in “%2” on %3: sending it was interrupted.</source>
        <translation>Die Nachricht %1 wurde nicht in „%2“ auf %3 gespeichert: Die Übertragung wurde unterbrochen.</translation>
    </message>
    <message>
        <source>The connection to %1 ended before the server confirmed message %2 in “%3”: it may or may not have been saved.</source>
        <translation>Die Verbindung zu %1 endete, bevor der Server die Nachricht %2 in „%3“ bestätigt hat: Sie wurde möglicherweise gespeichert, möglicherweise auch nicht.</translation>
    </message>
    <message>
        <source>%1 of %2 messages could not be saved in “%3” on %4; the others were. The first problem: %5</source>
        <translation>%1 von %2 Nachrichten konnten nicht in „%3“ auf %4 gespeichert werden; die übrigen schon. Das erste Problem: %5</translation>
    </message>
    <message>
        <source>Postier could not open message %1 to save it in “%2”.</source>
        <translation>Postier konnte Nachricht %1 nicht öffnen, um sie in „%2“ zu speichern.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::CapabilitiesJob</name>
    <message>
        <source>Checking the server’s capabilities</source>
        <translation>Fähigkeiten des Servers werden geprüft</translation>
    </message>
</context>
<context>
    <name>postier::protocols::CertificateVerifier</name>
    <message>
        <source>not issued by an authority this computer trusts</source>
        <translation>nicht von einer Stelle ausgestellt, der dieser Computer vertraut</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not valid yet</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>issued for another server name</source>
        <translation>für einen anderen Servernamen ausgestellt</translation>
    </message>
</context>
<context>
    <name>postier::protocols::Connection</name>
    <message>
        <source>This operation cannot run on a %1 connection.</source>
        <translation>Dieser Vorgang ist über eine %1-Verbindung nicht möglich.</translation>
    </message>
    <message>
        <source>Postier cannot open a %1 connection to %2: it does not support that protocol.</source>
        <translation>Postier kann keine %1-Verbindung zu %2 öffnen: Dieses Protokoll wird nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::CopyMessagesJob</name>
    <message numerus="yes">
        <source>Copying %n message(s) to “%1”</source>
        <translation>
            <numerusform>%n Nachricht wird nach „%1“ kopiert</numerusform>
            <numerusform>%n Nachrichten werden nach „%1“ kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>copy messages from “%1” to “%2”</source>
        <translation>Nachrichten von „%1“ nach „%2“ zu kopieren</translation>
    </message>
</context>
<context>
    <name>postier::protocols::CreateFolderJob</name>
    <message>
        <source>Creating the folder “%1”</source>
        <translation>Ordner „%1“ wird angelegt</translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation>Ein Ordner braucht einen Namen.</translation>
    </message>
    <message>
        <source>create the folder “%1”</source>
        <translation>den Ordner „%1“ anzulegen</translation>
    </message>
</context>
<context>
    <name>postier::protocols::DeleteFolderJob</name>
    <message>
        <source>Deleting the folder “%1”</source>
        <translation>Ordner „%1“ wird gelöscht</translation>
    </message>
    <message>
        <source>%1 did not delete the folder “%2” because it still contains subfolders. Delete or move its subfolders first (the server said “%3”).</source>
        <translation>%1 hat den Ordner „%2“ nicht gelöscht, weil er noch Unterordner enthält. Löschen oder verschieben Sie zuerst seine Unterordner (der Server meldete „%3“).</translation>
    </message>
    <message>
        <source>delete the folder “%1”</source>
        <translation>den Ordner „%1“ zu löschen</translation>
    </message>
</context>
<context>
    <name>postier::protocols::EmlSource</name>
    <message>
        <source>the folder of .eml files %1</source>
        <translation>der Ordner mit .eml-Dateien %1</translation>
    </message>
    <message>
        <source>No .eml file was found in %1.</source>
        <translation>In %1 wurde keine .eml-Datei gefunden.</translation>
    </message>
    <message>
        <source>the .eml file %1</source>
        <translation>die .eml-Datei %1</translation>
    </message>
</context>
<context>
    <name>postier::protocols::Errors</name>
    <message>
        <source>Could not log in to %1 as %2. Check the password, or use an app password if your provider requires one.</source>
        <translation>Die Anmeldung bei %1 als %2 ist fehlgeschlagen. Prüfen Sie das Passwort oder verwenden Sie ein App-Passwort, falls Ihr Anbieter eines verlangt.</translation>
    </message>
    <message>
        <source>Could not log in to %1 as %2: the server said “%3”. Check the password, or use an app password if your provider requires one.</source>
        <translation>Die Anmeldung bei %1 als %2 ist fehlgeschlagen: Der Server meldete „%3“. Prüfen Sie das Passwort oder verwenden Sie ein App-Passwort, falls Ihr Anbieter eines verlangt.</translation>
    </message>
    <message>
        <source>The operation on %1 was cancelled.</source>
        <translation>Der Vorgang auf %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 refused to %2 because the mailbox is full (“%3”). Delete or archive some mail, or ask your provider for more space.</source>
        <translation>%1 hat es abgelehnt, %2, weil das Postfach voll ist („%3“). Löschen oder archivieren Sie einige Nachrichten oder bitten Sie Ihren Anbieter um mehr Speicherplatz.</translation>
    </message>
    <message>
        <source>%1 could not %2: the folder does not exist (“%3”).</source>
        <translation>Auf %1 war es nicht möglich, %2: Der Ordner existiert nicht („%3“).</translation>
    </message>
    <message>
        <source>%1 refused to %2: the server said “%3”.</source>
        <translation>%1 hat es abgelehnt, %2: Der Server meldete „%3“.</translation>
    </message>
    <message>
        <source>The security certificate of %1 is %2, so Postier did not connect. Its SHA-256 fingerprint is %3. Trust it only if your provider confirms this fingerprint.</source>
        <translation>Das Sicherheitszertifikat von %1 ist %2, daher hat Postier keine Verbindung aufgebaut. Sein SHA-256-Fingerabdruck lautet %3. Vertrauen Sie ihm nur, wenn Ihr Anbieter diesen Fingerabdruck bestätigt.</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>The security certificate of %1 is not trusted (%2). Its SHA-256 fingerprint is %3.</source>
        <translation>Das Sicherheitszertifikat von %1 ist nicht vertrauenswürdig (%2). Sein SHA-256-Fingerabdruck lautet %3.</translation>
    </message>
    <message>
        <source>Could not set up an encrypted connection to %1 (%2). Postier does not fall back to an unencrypted connection.</source>
        <translation>Es konnte keine verschlüsselte Verbindung zu %1 aufgebaut werden (%2). Postier weicht nicht auf eine unverschlüsselte Verbindung aus.</translation>
    </message>
    <message>
        <source>%1 refused to start encryption (STARTTLS): the server said “%2”. Postier does not fall back to an unencrypted connection.</source>
        <translation>%1 hat es abgelehnt, die Verschlüsselung zu starten (STARTTLS): Der Server meldete „%2“. Postier weicht nicht auf eine unverschlüsselte Verbindung aus.</translation>
    </message>
    <message>
        <source>carry out %1</source>
        <translation>%1 auszuführen</translation>
    </message>
    <message>
        <source>%1 does not offer encryption (STARTTLS), so Postier did not send your password. Choose SSL/TLS on the secure port if your provider offers it.</source>
        <translation>%1 bietet keine Verschlüsselung (STARTTLS) an, daher hat Postier Ihr Passwort nicht gesendet. Wählen Sie SSL/TLS auf dem sicheren Port, falls Ihr Anbieter das anbietet.</translation>
    </message>
    <message>
        <source>%1 did not greet like a %2 server (“%3”). Check the port number.</source>
        <translation>%1 hat sich nicht wie ein %2-Server gemeldet („%3“). Prüfen Sie die Portnummer.</translation>
    </message>
    <message>
        <source>%1 sent a reply Postier could not understand (“%2”).</source>
        <translation>%1 hat eine Antwort gesendet, die Postier nicht verstanden hat („%2“).</translation>
    </message>
    <message>
        <source>The folder does not exist on %1.</source>
        <translation>Der Ordner existiert auf %1 nicht.</translation>
    </message>
    <message>
        <source>The message no longer exists on %1.</source>
        <translation>Die Nachricht existiert auf %1 nicht mehr.</translation>
    </message>
    <message>
        <source>Could not connect to %1 on port %2 (%3). Check the server name and your connection.</source>
        <translation>Es konnte keine Verbindung zu %1 auf Port %2 hergestellt werden (%3). Prüfen Sie den Servernamen und Ihre Verbindung.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2).</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen (%2).</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen.</translation>
    </message>
    <message>
        <source>A network error occurred with %1: %2.</source>
        <translation>Bei %1 ist ein Netzwerkfehler aufgetreten: %2.</translation>
    </message>
    <message>
        <source>An unexpected error occurred with %1: %2.</source>
        <translation>Bei %1 ist ein unerwarteter Fehler aufgetreten: %2.</translation>
    </message>
    <message>
        <source>An unexpected error occurred with %1.</source>
        <translation>Bei %1 ist ein unerwarteter Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>open the folder “%1”</source>
        <translation>den Ordner „%1“ zu öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped answering for %n second(s). Check your connection and try again.</source>
        <translation>
            <numerusform>%1 hat %n Sekunde lang nicht mehr geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</numerusform>
            <numerusform>%1 hat %n Sekunden lang nicht mehr geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped answering, and Postier tried again %n time(s) without success. Check your connection and try again later.</source>
        <translation>
            <numerusform>%1 antwortet nicht mehr; Postier hat es %n Mal vergeblich erneut versucht. Prüfen Sie Ihre Verbindung und versuchen Sie es später erneut.</numerusform>
            <numerusform>%1 antwortet nicht mehr; Postier hat es %n Mal vergeblich erneut versucht. Prüfen Sie Ihre Verbindung und versuchen Sie es später erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not accept passwords over an unencrypted connection, so Postier did not send yours. Choose SSL/TLS or STARTTLS for this account.</source>
        <translation>%1 nimmt über eine unverschlüsselte Verbindung keine Passwörter an, daher hat Postier Ihres nicht gesendet. Wählen Sie für dieses Konto SSL/TLS oder STARTTLS.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::ExpungeJob</name>
    <message>
        <source>Removing deleted messages from “%1”</source>
        <translation>Gelöschte Nachrichten werden aus „%1“ entfernt</translation>
    </message>
    <message>
        <source>%1 cannot remove chosen messages only (it lacks UIDPLUS), and removing every deleted message in “%2” might remove mail that another program marked. Nothing was removed.</source>
        <translation>%1 kann nicht nur ausgewählte Nachrichten entfernen (UIDPLUS fehlt), und alle gelöschten Nachrichten in „%2“ zu entfernen könnte Nachrichten treffen, die ein anderes Programm markiert hat. Es wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>remove deleted messages from “%1”</source>
        <translation>gelöschte Nachrichten aus „%1“ zu entfernen</translation>
    </message>
</context>
<context>
    <name>postier::protocols::FetchIdentityJob</name>
    <message>
        <source>Listing the messages of “%1”</source>
        <translation>Nachrichten von „%1“ werden aufgelistet</translation>
    </message>
    <message>
        <source>list the messages of “%1”</source>
        <translation>die Nachrichten von „%1“ aufzulisten</translation>
    </message>
</context>
<context>
    <name>postier::protocols::FetchMessageJob</name>
    <message>
        <source>Downloading a message from “%1”</source>
        <translation>Eine Nachricht aus „%1“ wird heruntergeladen</translation>
    </message>
    <message>
        <source>Postier asked for an invalid message part (UID %1, part “%2”) in “%3”.</source>
        <translation>Postier hat einen ungültigen Nachrichtenteil angefordert (UID %1, Teil „%2“) in „%3“.</translation>
    </message>
    <message>
        <source>download message %1 from “%2”</source>
        <translation>die Nachricht %1 aus „%2“ herunterzuladen</translation>
    </message>
    <message>
        <source>Message %1 no longer exists in “%2” on %3. It may have been moved or deleted by another program.</source>
        <translation>Die Nachricht %1 existiert nicht mehr in „%2“ auf %3. Möglicherweise hat ein anderes Programm sie verschoben oder gelöscht.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::FolderStatusJob</name>
    <message>
        <source>Counting the messages in “%1”</source>
        <translation>Nachrichten in „%1“ werden gezählt</translation>
    </message>
    <message numerus="yes">
        <source>Counting the messages in %n folders</source>
        <translation>
            <numerusform>Nachrichten in %n Ordner werden gezählt</numerusform>
            <numerusform>Nachrichten in %n Ordnern werden gezählt</numerusform>
        </translation>
    </message>
    <message>
        <source>read the message counts of the folder “%1”</source>
        <translation>die Nachrichtenzahlen des Ordners „%1“ abzurufen</translation>
    </message>
    <message>
        <source>%1 accepted the request for the message counts of “%2” but sent none.</source>
        <translation>%1 hat die Anfrage nach den Nachrichtenzahlen von „%2“ angenommen, aber keine gesendet.</translation>
    </message>
    <message>
        <source>close the folder “%1”</source>
        <translation>den Ordner „%1“ zu schließen</translation>
    </message>
</context>
<context>
    <name>postier::protocols::IdleJob</name>
    <message>
        <source>Watching “%1” for new mail</source>
        <translation>„%1“ wird auf neue Nachrichten überwacht</translation>
    </message>
    <message>
        <source>watch “%1” for new mail</source>
        <translation>„%1“ auf neue Nachrichten zu überwachen</translation>
    </message>
</context>
<context>
    <name>postier::protocols::ImapFolderSource</name>
    <message numerus="yes">
        <source>%n message(s) of the folder “%1” of %2 on %3</source>
        <translation>
            <numerusform>%n Nachricht des Ordners „%1“ von %2 auf %3</numerusform>
            <numerusform>%n Nachrichten des Ordners „%1“ von %2 auf %3</numerusform>
        </translation>
    </message>
    <message>
        <source>the folder “%1” of %2 on %3 with its subfolders</source>
        <translation>der Ordner „%1“ von %2 auf %3 mit seinen Unterordnern</translation>
    </message>
    <message>
        <source>the folder “%1” of %2 on %3</source>
        <translation>der Ordner „%1“ von %2 auf %3</translation>
    </message>
    <message>
        <source>The folder “%1” is no longer on %2; it may have been renamed or deleted by another program.</source>
        <translation>Der Ordner „%1“ ist nicht mehr auf %2; vielleicht wurde er von einem anderen Programm umbenannt oder gelöscht.</translation>
    </message>
    <message>
        <source>Message %1 of “%2” on %3 did not arrive whole (%4 of %5 bytes); it was not copied.</source>
        <translation>Die Nachricht %1 aus „%2“ auf %3 kam nicht vollständig an (%4 von %5 Bytes); sie wurde nicht kopiert.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::ListFoldersJob</name>
    <message>
        <source>Listing folders</source>
        <translation>Ordner werden aufgelistet</translation>
    </message>
    <message>
        <source>list the folders</source>
        <translation>die Ordner aufzulisten</translation>
    </message>
</context>
<context>
    <name>postier::protocols::LocalSource</name>
    <message>
        <source>Could not read %1: it does not exist.</source>
        <translation>%1 konnte nicht gelesen werden: Der Pfad existiert nicht.</translation>
    </message>
    <message>
        <source>Could not read %1: permission denied. Check that your user account may read it.</source>
        <translation>%1 konnte nicht gelesen werden: Zugriff verweigert. Prüfen Sie, ob Ihr Benutzerkonto es lesen darf.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 has no folder “%2”.</source>
        <translation>%1 enthält keinen Ordner „%2“.</translation>
    </message>
    <message>
        <source>The message %1 is no longer in the folder “%2”: %3 changed since the folder was listed. List the folder again.</source>
        <translation>Die Nachricht %1 ist nicht mehr im Ordner „%2“: %3 hat sich geändert, seit der Ordner aufgelistet wurde. Lesen Sie den Ordner erneut ein.</translation>
    </message>
    <message>
        <source>“%1” is not a mail source Postier can read: write maildir:PATH, mbox:PATH, thunderbird:PATH or eml:PATH.</source>
        <translation>„%1“ ist keine Mailquelle, die Postier lesen kann: Schreiben Sie maildir:PFAD, mbox:PFAD, thunderbird:PFAD oder eml:PFAD.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::MaildirDelivery</name>
    <message>
        <source>save the message</source>
        <translation>die Nachricht zu speichern</translation>
    </message>
</context>
<context>
    <name>postier::protocols::MaildirSource</name>
    <message>
        <source>the Maildir %1</source>
        <translation>das Maildir %1</translation>
    </message>
    <message>
        <source>%1 is not a Maildir: neither it nor any folder below it has the cur and new folders of a Maildir.</source>
        <translation>%1 ist kein Maildir: Weder dieser Ordner noch ein Ordner darunter enthält die Ordner cur und new eines Maildirs.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::MaildirStore</name>
    <message>
        <source>create the folder</source>
        <translation>den Ordner anzulegen</translation>
    </message>
    <message>
        <source>The folder name “%1” has an empty level.</source>
        <translation>Der Ordnername „%1“ enthält eine leere Ebene.</translation>
    </message>
    <message>
        <source>The folder name “%1” contains a dot, which local folders cannot have: choose another character.</source>
        <translation>Der Ordnername „%1“ enthält einen Punkt, den lokale Ordner nicht haben dürfen: Wählen Sie ein anderes Zeichen.</translation>
    </message>
    <message>
        <source>The folder name “%1” contains the character “%2”, which local folders cannot have.</source>
        <translation>Der Ordnername „%1“ enthält das Zeichen „%2“, das lokale Ordner nicht haben dürfen.</translation>
    </message>
    <message>
        <source>The local folder “%1” does not exist in %2.</source>
        <translation>Der lokale Ordner „%1“ existiert nicht in %2.</translation>
    </message>
    <message>
        <source>Could not read the message to save into “%1”: %2.</source>
        <translation>Die in „%1“ zu speichernde Nachricht konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The message %1 is no longer in the local folder “%2”.</source>
        <translation>Die Nachricht %1 ist nicht mehr im lokalen Ordner „%2“.</translation>
    </message>
    <message>
        <source>read the message</source>
        <translation>die Nachricht zu lesen</translation>
    </message>
    <message>
        <source>change the flags of a message</source>
        <translation>die Flags einer Nachricht zu ändern</translation>
    </message>
    <message>
        <source>delete a message</source>
        <translation>eine Nachricht zu löschen</translation>
    </message>
    <message>
        <source>Could not %1 in %2: the disk is full. Free some space, then try again; nothing was lost.</source>
        <translation>Es war nicht möglich, in %2 %1: Der Datenträger ist voll. Schaffen Sie Platz und versuchen Sie es dann erneut; es ging nichts verloren.</translation>
    </message>
    <message>
        <source>Could not %1 in %2: permission denied. Check that your user account may write there.</source>
        <translation>Es war nicht möglich, in %2 %1: Zugriff verweigert. Prüfen Sie, ob Ihr Benutzerkonto dort schreiben darf.</translation>
    </message>
    <message>
        <source>Could not %1 in %2: %3.</source>
        <translation>Es war nicht möglich, in %2 %1: %3.</translation>
    </message>
    <message>
        <source>move a message</source>
        <translation>eine Nachricht zu verschieben</translation>
    </message>
</context>
<context>
    <name>postier::protocols::MboxSource</name>
    <message>
        <source>the folder of mbox files %1</source>
        <translation>der Ordner mit mbox-Dateien %1</translation>
    </message>
    <message>
        <source>No mbox file was found in %1: an mbox file starts with a “From ” line or has a name ending in .mbox.</source>
        <translation>In %1 wurde keine mbox-Datei gefunden: Eine mbox-Datei beginnt mit einer „From “-Zeile oder hat einen Namen, der auf .mbox endet.</translation>
    </message>
    <message>
        <source>the mbox file %1</source>
        <translation>die mbox-Datei %1</translation>
    </message>
</context>
<context>
    <name>postier::protocols::MessageParser</name>
    <message>
        <source>A header section ended without the blank line that should follow it.</source>
        <translation>Ein Kopfbereich endete ohne die Leerzeile, die ihm folgen sollte.</translation>
    </message>
    <message>
        <source>The header was too large and was only partly read.</source>
        <translation>Der Kopfbereich war zu groß und wurde nur teilweise gelesen.</translation>
    </message>
    <message>
        <source>A part had a Content-Type that could not be read; it was shown as plain text.</source>
        <translation>Ein Teil hatte einen nicht lesbaren Content-Type; er wurde als reiner Text angezeigt.</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>The message has too many parts; only the first %1 were read.</source>
        <translation>Die Nachricht hat zu viele Teile; nur die ersten %1 wurden gelesen.</translation>
    </message>
    <message>
        <source>Parts nested more than %1 deep were not opened; they are listed as attachments.</source>
        <translation>Teile, die tiefer als %1 Ebenen verschachtelt sind, wurden nicht geöffnet; sie werden als Anhänge aufgeführt.</translation>
    </message>
    <message>
        <source>A multipart section had no readable parts (its boundary is missing or wrong); it is shown as plain text.</source>
        <translation>Ein Multipart-Abschnitt hatte keine lesbaren Teile (seine Begrenzung fehlt oder ist falsch); er wird als reiner Text angezeigt.</translation>
    </message>
    <message>
        <source>The message ends before its last MIME boundary; it may have been cut off.</source>
        <translation>Die Nachricht endet vor ihrer letzten MIME-Begrenzung; sie wurde möglicherweise abgeschnitten.</translation>
    </message>
    <message>
        <source>A part uses the unknown transfer encoding &quot;%1&quot;; it is kept as it was sent.</source>
        <translation>Ein Teil verwendet die unbekannte Transferkodierung „%1“; er bleibt so, wie er gesendet wurde.</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>A text part uses the unknown transfer encoding &quot;%1&quot;; it is shown as it was sent.</source>
        <translation>Ein Textteil verwendet die unbekannte Transferkodierung „%1“; er wird so angezeigt, wie er gesendet wurde.</translation>
    </message>
    <message>
        <source>The text is in a character set Postier does not know (&quot;%1&quot;); it may show wrong characters.</source>
        <translation>Der Text verwendet einen Zeichensatz, den Postier nicht kennt („%1“); manche Zeichen werden möglicherweise falsch angezeigt.</translation>
    </message>
    <message>
        <source>The message has no header.</source>
        <translation>Die Nachricht hat keinen Kopfbereich.</translation>
    </message>
    <message>
        <source>The message could not be read completely (%1).</source>
        <translation>Die Nachricht konnte nicht vollständig gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The message could not be read completely.</source>
        <translation>Die Nachricht konnte nicht vollständig gelesen werden.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::MoveMessagesJob</name>
    <message numerus="yes">
        <source>Moving %n message(s) to “%1”</source>
        <translation>
            <numerusform>%n Nachricht wird nach „%1“ verschoben</numerusform>
            <numerusform>%n Nachrichten werden nach „%1“ verschoben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot move messages safely (it offers neither MOVE nor UIDPLUS), so Postier left “%2” unchanged. Copy the messages instead and delete them yourself.</source>
        <translation>%1 kann Nachrichten nicht sicher verschieben (der Server bietet weder MOVE noch UIDPLUS), daher hat Postier „%2“ unverändert gelassen. Kopieren Sie die Nachrichten stattdessen und löschen Sie sie selbst.</translation>
    </message>
    <message>
        <source>move messages from “%1” to “%2”</source>
        <translation>Nachrichten von „%1“ nach „%2“ zu verschieben</translation>
    </message>
</context>
<context>
    <name>postier::protocols::OutgoingMessageBuilder</name>
    <message>
        <source>The message has no sender address.</source>
        <translation>Die Nachricht hat keine Absenderadresse.</translation>
    </message>
    <message>
        <source>The message has no recipient. Add at least one address in To, Cc or Bcc.</source>
        <translation>Die Nachricht hat keinen Empfänger. Fügen Sie mindestens eine Adresse unter An, Kopie (CC) oder Blindkopie (BCC) hinzu.</translation>
    </message>
    <message>
        <source>Could not attach “%1”: the file cannot be read. The message was not sent.</source>
        <translation>„%1“ konnte nicht angehängt werden: Die Datei kann nicht gelesen werden. Die Nachricht wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>“%1” is not a valid header field name.</source>
        <translation>„%1“ ist kein gültiger Name für ein Kopfzeilenfeld.</translation>
    </message>
    <message>
        <source>The message could not be put together: %1.</source>
        <translation>Die Nachricht konnte nicht zusammengestellt werden: %1.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::Pop3</name>
    <message>
        <source>%1 does not give its messages lasting names (the POP3 UIDL command), so Postier cannot tell which ones it already downloaded. Nothing was downloaded or deleted.</source>
        <translation>%1 vergibt keine dauerhaften Namen für seine Nachrichten (der POP3-Befehl UIDL), daher kann Postier nicht erkennen, welche bereits heruntergeladen wurden. Es wurde nichts heruntergeladen oder gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted the request to delete %n message(s) but still has %2 of them. They stay on the server; Postier will try again next time.</source>
        <translation>
            <numerusform>%1 hat die Anfrage angenommen, %n Nachricht zu löschen, hat aber noch %2 davon. Sie bleibt auf dem Server; Postier versucht es beim nächsten Mal erneut.</numerusform>
            <numerusform>%1 hat die Anfrage angenommen, %n Nachrichten zu löschen, hat aber noch %2 davon. Sie bleiben auf dem Server; Postier versucht es beim nächsten Mal erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::protocols::Pop3DeleteJob</name>
    <message numerus="yes">
        <source>Deleting %n message(s) from the server</source>
        <translation>
            <numerusform>%n Nachricht wird vom Server gelöscht</numerusform>
            <numerusform>%n Nachrichten werden vom Server gelöscht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::protocols::Pop3FetchJob</name>
    <message>
        <source>Fetching new mail</source>
        <translation>Neue Nachrichten werden abgerufen</translation>
    </message>
</context>
<context>
    <name>postier::protocols::Pop3ListJob</name>
    <message>
        <source>Listing messages on the server</source>
        <translation>Nachrichten auf dem Server werden aufgelistet</translation>
    </message>
</context>
<context>
    <name>postier::protocols::Pop3RetrieveJob</name>
    <message numerus="yes">
        <source>Downloading %n message(s)</source>
        <translation>
            <numerusform>%n Nachricht wird heruntergeladen</numerusform>
            <numerusform>%n Nachrichten werden heruntergeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Message %1 is not on %2 any more: the server holds %n message(s). List the messages again.</source>
        <translation>
            <numerusform>Die Nachricht %1 ist nicht mehr auf %2: Der Server enthält %n Nachricht. Listen Sie die Nachrichten erneut auf.</numerusform>
            <numerusform>Die Nachricht %1 ist nicht mehr auf %2: Der Server enthält %n Nachrichten. Listen Sie die Nachrichten erneut auf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::protocols::Pop3StatJob</name>
    <message>
        <source>Counting messages on the server</source>
        <translation>Nachrichten auf dem Server werden gezählt</translation>
    </message>
</context>
<context>
    <name>postier::protocols::Pop3UidlRecord</name>
    <message>
        <source>read the list of downloaded messages</source>
        <translation>die Liste der heruntergeladenen Nachrichten zu lesen</translation>
    </message>
    <message>
        <source>record a downloaded message</source>
        <translation>eine heruntergeladene Nachricht zu vermerken</translation>
    </message>
    <message>
        <source>update the list of downloaded messages</source>
        <translation>die Liste der heruntergeladenen Nachrichten zu aktualisieren</translation>
    </message>
</context>
<context>
    <name>postier::protocols::QuotaJob</name>
    <message>
        <source>Asking how much space the mailbox has</source>
        <translation>Der Speicherplatz des Postfachs wird abgefragt</translation>
    </message>
</context>
<context>
    <name>postier::protocols::RenameFolderJob</name>
    <message>
        <source>Renaming the folder “%1” to “%2”</source>
        <translation>Ordner „%1“ wird in „%2“ umbenannt</translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation>Ein Ordner braucht einen Namen.</translation>
    </message>
    <message>
        <source>rename the folder “%1” to “%2”</source>
        <translation>den Ordner „%1“ in „%2“ umzubenennen</translation>
    </message>
    <message>
        <source>subscribe to the renamed folder “%1”</source>
        <translation>den umbenannten Ordner „%1“ zu abonnieren</translation>
    </message>
</context>
<context>
    <name>postier::protocols::SearchJob</name>
    <message>
        <source>Searching “%1”</source>
        <translation>„%1“ wird durchsucht</translation>
    </message>
    <message>
        <source>“%1” cannot be searched for as a message tag: tags may not contain spaces, brackets, quotes or accents.</source>
        <translation>Nach „%1“ kann nicht als Schlagwort gesucht werden: Schlagwörter dürfen keine Leerzeichen, Klammern, Anführungszeichen oder Akzente enthalten.</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>„%1“ zu durchsuchen</translation>
    </message>
</context>
<context>
    <name>postier::protocols::SendMessageJob</name>
    <message>
        <source>Sending a message without subject</source>
        <translation>Nachricht ohne Betreff wird gesendet</translation>
    </message>
    <message>
        <source>Sending “%1”</source>
        <translation>„%1“ wird gesendet</translation>
    </message>
</context>
<context>
    <name>postier::protocols::SendRawMessageJob</name>
    <message numerus="yes">
        <source>Sending a message to %n recipient(s)</source>
        <translation>
            <numerusform>Nachricht wird an %n Empfänger gesendet</numerusform>
            <numerusform>Nachricht wird an %n Empfänger gesendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::protocols::ServerEndpoint</name>
    <message>
        <source>“%1” is not a server address Postier understands. Use, for example, imaps://anna@mail.example.com or smtp+starttls://anna@mail.example.com:587.</source>
        <translation>„%1“ ist keine Serveradresse, die Postier versteht. Verwenden Sie zum Beispiel imaps://anna@mail.example.com oder smtp+starttls://anna@mail.example.com:587.</translation>
    </message>
    <message>
        <source>The address “%1” has no server name.</source>
        <translation>Die Adresse „%1“ enthält keinen Servernamen.</translation>
    </message>
    <message>
        <source>Do not put the password in the address: it would end up in your shell history. Use the keychain, --password-file or POSTIER_PASSWORD instead.</source>
        <translation>Schreiben Sie das Passwort nicht in die Adresse: Es würde im Verlauf Ihrer Shell landen. Verwenden Sie stattdessen den Schlüsselbund, --password-file oder POSTIER_PASSWORD.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::Smtp</name>
    <message>
        <source>it is not a complete address: it needs a name, an @ and a domain, as in anna@example.com</source>
        <translation>sie ist nicht vollständig: Sie braucht einen Namen, ein @ und eine Domain, wie in anna@example.com</translation>
    </message>
    <message>
        <source>it contains spaces or invisible characters</source>
        <translation>sie enthält Leerzeichen oder unsichtbare Zeichen</translation>
    </message>
    <message>
        <source>this server does not accept letters with accents or other non-ASCII characters before the @</source>
        <translation>dieser Server akzeptiert vor dem @ keine Buchstaben mit Akzenten oder andere Nicht-ASCII-Zeichen</translation>
    </message>
    <message>
        <source>“%1” is not a valid domain name</source>
        <translation>„%1“ ist kein gültiger Domainname</translation>
    </message>
    <message>
        <source>Postier could not use it as written (it would have become “%1”)</source>
        <translation>Postier konnte sie nicht so verwenden, wie sie geschrieben ist (sie wäre zu „%1“ geworden)</translation>
    </message>
    <message>
        <source>%1 refused to send to “%2”: the server said “%3”. Check this address. The message was not sent to anyone, and it is kept.</source>
        <translation>%1 hat es abgelehnt, an „%2“ zu senden: Der Server meldete „%3“. Prüfen Sie diese Adresse. Die Nachricht wurde an niemanden gesendet und bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1 refused the sender address “%2”: the server said “%3”. Check the address of the account you send from. The message was not sent, and it is kept.</source>
        <translation>%1 hat die Absenderadresse „%2“ abgelehnt: Der Server meldete „%3“. Prüfen Sie die Adresse des Kontos, von dem Sie senden. Die Nachricht wurde nicht gesendet und bleibt erhalten.</translation>
    </message>
    <message>
        <source>one of the recipients</source>
        <translation>einen der Empfänger</translation>
    </message>
    <message>
        <source>%1 could not deliver to “%2”: the server said “%3”. Check this address. The message may have reached the other recipients; it is kept.</source>
        <translation>%1 konnte nicht an „%2“ zustellen: Der Server meldete „%3“. Prüfen Sie diese Adresse. Die Nachricht hat die anderen Empfänger möglicherweise erreicht; sie bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1 refused the message because a recipient&apos;s mailbox is full: the server said “%2”. The message was not sent, and it is kept.</source>
        <translation>%1 hat die Nachricht abgelehnt, weil das Postfach eines Empfängers voll ist: Der Server meldete „%2“. Die Nachricht wurde nicht gesendet und bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1 refused the message because it is too large: the server said “%2”. Remove or shrink attachments. The message was not sent, and it is kept.</source>
        <translation>%1 hat die Nachricht abgelehnt, weil sie zu groß ist: Der Server meldete „%2“. Entfernen oder verkleinern Sie Anhänge. Die Nachricht wurde nicht gesendet und bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1 refused the message: the server said “%2”. The message was not sent, and it is kept.</source>
        <translation>%1 hat die Nachricht abgelehnt: Der Server meldete „%2“. Die Nachricht wurde nicht gesendet und bleibt erhalten.</translation>
    </message>
    <message>
        <source>A message needs a sender and at least one recipient to be sent.</source>
        <translation>Eine Nachricht braucht zum Senden einen Absender und mindestens einen Empfänger.</translation>
    </message>
    <message>
        <source>The sender address “%1” cannot be used: %2. Check the address of the account you send from. The message was not sent, and it is kept.</source>
        <translation>Die Absenderadresse „%1“ kann nicht verwendet werden: %2. Prüfen Sie die Adresse des Kontos, von dem Sie senden. Die Nachricht wurde nicht gesendet und bleibt erhalten.</translation>
    </message>
    <message>
        <source>Postier did not send the message to “%1”: %2. Correct the address. The message was not sent to anyone, and it is kept.</source>
        <translation>Postier hat die Nachricht nicht an „%1“ gesendet: %2. Korrigieren Sie die Adresse. Die Nachricht wurde an niemanden gesendet und bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1 refused the message because it is larger than the server accepts (%2). Remove or shrink attachments. The message was not sent, and it is kept.</source>
        <translation>%1 hat die Nachricht abgelehnt, weil sie größer ist, als der Server annimmt (%2). Entfernen oder verkleinern Sie Anhänge. Die Nachricht wurde nicht gesendet und bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1 has no room for the message right now (%2). Try again later; the message is kept.</source>
        <translation>%1 hat gerade keinen Platz für die Nachricht (%2). Versuchen Sie es später erneut; die Nachricht bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::SmtpLoginJob</name>
    <message>
        <source>Checking the login to the outgoing mail server</source>
        <translation>Anmeldung am Postausgangsserver wird geprüft</translation>
    </message>
</context>
<context>
    <name>postier::protocols::StoreFlagsJob</name>
    <message numerus="yes">
        <source>Marking %n message(s) in “%1”</source>
        <translation>
            <numerusform>%n Nachricht in „%1“ wird markiert</numerusform>
            <numerusform>%n Nachrichten in „%1“ werden markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be used as a message tag on an IMAP server: tags may not contain spaces, brackets, quotes or accents.</source>
        <translation>„%1“ kann auf einem IMAP-Server nicht als Schlagwort verwendet werden: Schlagwörter dürfen keine Leerzeichen, Klammern, Anführungszeichen oder Akzente enthalten.</translation>
    </message>
    <message>
        <source>change the flags of messages in “%1”</source>
        <translation>die Flags von Nachrichten in „%1“ zu ändern</translation>
    </message>
</context>
<context>
    <name>postier::protocols::SubscribeFolderJob</name>
    <message>
        <source>Subscribing to “%1”</source>
        <translation>„%1“ wird abonniert</translation>
    </message>
    <message>
        <source>Unsubscribing from “%1”</source>
        <translation>Abonnement von „%1“ wird beendet</translation>
    </message>
    <message>
        <source>subscribe to the folder “%1”</source>
        <translation>den Ordner „%1“ zu abonnieren</translation>
    </message>
    <message>
        <source>unsubscribe from the folder “%1”</source>
        <translation>das Abonnement des Ordners „%1“ zu beenden</translation>
    </message>
</context>
<context>
    <name>postier::protocols::SyncHeadersJob</name>
    <message>
        <source>Updating “%1”</source>
        <translation>„%1“ wird aktualisiert</translation>
    </message>
    <message>
        <source>read the messages of “%1”</source>
        <translation>die Nachrichten von „%1“ zu lesen</translation>
    </message>
    <message>
        <source>The folder “%1” on %2 was replaced by a new folder of the same name while Postier was reading it. Update the folder again.</source>
        <translation>Der Ordner „%1“ auf %2 wurde durch einen neuen Ordner gleichen Namens ersetzt, während Postier ihn las. Aktualisieren Sie den Ordner erneut.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::ThunderbirdSource</name>
    <message>
        <source>%1 is neither a Thunderbird profile nor one of its mail folders: choose the profile folder (it holds Mail and ImapMail) or a folder inside Mail or ImapMail.</source>
        <translation>%1 ist weder ein Thunderbird-Profil noch einer seiner Mailordner: Wählen Sie den Profilordner (er enthält Mail und ImapMail) oder einen Ordner in Mail oder ImapMail.</translation>
    </message>
    <message>
        <source>the Thunderbird profile %1</source>
        <translation>das Thunderbird-Profil %1</translation>
    </message>
    <message>
        <source>the Thunderbird mail folder %1</source>
        <translation>der Thunderbird-Mailordner %1</translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountDiscoveryPage</name>
    <message>
        <source>&amp;IMAP: keep my mail on the server, the same on every device (recommended)</source>
        <translation>&amp;IMAP: meine E-Mails auf dem Server behalten, auf jedem Gerät gleich (empfohlen)</translation>
    </message>
    <message>
        <source>&amp;POP3: download my mail to this computer</source>
        <translation>&amp;POP3: meine E-Mails auf diesen Computer herunterladen</translation>
    </message>
    <message>
        <source>&amp;Edit settings…</source>
        <translation>Einstellungen &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Finding your server settings</source>
        <translation>Ihre Servereinstellungen werden gesucht</translation>
    </message>
    <message>
        <source>Looking up the settings</source>
        <translation>Einstellungen werden gesucht</translation>
    </message>
    <message>
        <source>How do you want to receive your mail?</source>
        <translation>Wie möchten Sie Ihre E-Mails empfangen?</translation>
    </message>
    <message>
        <source>Not what your provider told you? You can change every setting.</source>
        <translation>Nicht das, was Ihr Anbieter angibt? Sie können jede Einstellung ändern.</translation>
    </message>
    <message>
        <source>Looking up the settings for %1…</source>
        <translation>Einstellungen für %1 werden gesucht…</translation>
    </message>
    <message>
        <source>What Postier tried:</source>
        <translation>Was Postier versucht hat:</translation>
    </message>
    <message>
        <source>Incoming mail:</source>
        <translation>Posteingang:</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>Outgoing mail:</source>
        <translation>Postausgang:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>This server is reached without encryption. Check the settings on the next page before going on.</source>
        <translation>Dieser Server wird ohne Verschlüsselung erreicht. Prüfen Sie die Einstellungen auf der nächsten Seite, bevor Sie fortfahren.</translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountDonePage</name>
    <message>
        <source>Your account is ready</source>
        <translation>Ihr Konto ist bereit</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>The name this account has in Postier’s list and in postier-cli, such as “Work”.</source>
        <translation>Der Name dieses Kontos in der Liste von Postier und in postier-cli, etwa „Arbeit“.</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>Konto&amp;name:</translation>
    </message>
    <message>
        <source>Postier logged in to both servers. Click Finish to save the account; the password goes to your system’s keychain.</source>
        <translation>Postier hat sich bei beiden Servern angemeldet. Klicken Sie auf „Abschließen“, um das Konto zu speichern; das Passwort kommt in den Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Incoming mail:</source>
        <translation>Posteingang:</translation>
    </message>
    <message>
        <source>Outgoing mail:</source>
        <translation>Postausgang:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>trusted by you, by its fingerprint</source>
        <translation>von Ihnen anhand seines Fingerabdrucks als vertrauenswürdig bestätigt</translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountIdentitiesEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>The addresses you send from with this account, each with its own name and signature. Replies are sent from the address the message was written to.</source>
        <translation>Die Adressen, von denen Sie mit diesem Konto schreiben, jede mit eigenem Namen und eigener Signatur. Antworten gehen von der Adresse aus, an die die Nachricht geschrieben wurde.</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <source>Add another address to send from</source>
        <translation>Eine weitere Absenderadresse hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected address</source>
        <translation>Die ausgewählte Adresse entfernen</translation>
    </message>
    <message>
        <source>Anna Martin</source>
        <translation>Anna Schmidt</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <source>sales@example.com</source>
        <translation>sales@example.com</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Plain text, added below your messages after a line with “-- ”.</source>
        <translation>Reiner Text, der unter Ihren Nachrichten nach einer Zeile „-- “ eingefügt wird.</translation>
    </message>
    <message>
        <source>This is the account’s own name and address; change them on the General page.</source>
        <translation>Das sind Name und Adresse des Kontos selbst; ändern Sie sie auf der Seite „Allgemein“.</translation>
    </message>
    <message>
        <source>&amp;Sender name:</source>
        <translation>A&amp;bsendername:</translation>
    </message>
    <message>
        <source>E-&amp;mail address:</source>
        <translation>E-Mail-A&amp;dresse:</translation>
    </message>
    <message>
        <source>Signa&amp;ture:</source>
        <translation>Si&amp;gnatur:</translation>
    </message>
    <message>
        <source>(no address yet)</source>
        <translation>(noch keine Adresse)</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation>%1 (Hauptidentität)</translation>
    </message>
    <message>
        <source>Enter the address this identity sends from, for example sales@example.com.</source>
        <translation>Geben Sie die Adresse ein, von der diese Identität sendet, zum Beispiel sales@example.com.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address. Addresses look like sales@example.com.</source>
        <translation>„%1“ ist keine E-Mail-Adresse. Adressen sehen aus wie sales@example.com.</translation>
    </message>
    <message>
        <source>%1 is already an address of this account. Each identity needs its own address.</source>
        <translation>%1 ist bereits eine Adresse dieses Kontos. Jede Identität braucht ihre eigene Adresse.</translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountIdentityPage</name>
    <message>
        <source>&amp;Show password</source>
        <translation>Passwort &amp;anzeigen</translation>
    </message>
    <message>
        <source>Add a mail account</source>
        <translation>E-Mail-Konto hinzufügen</translation>
    </message>
    <message>
        <source>Enter your name, your e-mail address and its password. Postier then looks up the server settings itself and tries them before saving anything.</source>
        <translation>Geben Sie Ihren Namen, Ihre E-Mail-Adresse und das zugehörige Passwort ein. Postier sucht dann selbst die Servereinstellungen und probiert sie aus, bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <source>Anna Martin</source>
        <translation>Anna Schmidt</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>anna@example.com</source>
        <translation>anna@example.com</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Shown to the people you write to.</source>
        <translation>Wird den Empfängern Ihrer Nachrichten angezeigt.</translation>
    </message>
    <message>
        <source>Postier keeps it in your system’s keychain, never in a settings file.</source>
        <translation>Postier bewahrt es im Schlüsselbund Ihres Systems auf, nie in einer Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>This is not a complete e-mail address. It looks like anna@example.com.</source>
        <translation>Das ist keine vollständige E-Mail-Adresse. Sie sieht aus wie anna@example.com.</translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountManualPage</name>
    <message>
        <source>I understand, and &amp;want to connect without encryption</source>
        <translation>Ich verstehe das und möchte ohne Verschlüsselung verbin&amp;den</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Servereinstellungen</translation>
    </message>
    <message>
        <source>Your provider’s help pages list these settings, often under “IMAP”, “POP” or “mail programs”.</source>
        <translation>Die Hilfeseiten Ihres Anbieters nennen diese Einstellungen, oft unter „IMAP“, „POP“ oder „E-Mail-Programme“.</translation>
    </message>
    <message>
        <source>IMAP (keeps mail on the server)</source>
        <translation>IMAP (E-Mails bleiben auf dem Server)</translation>
    </message>
    <message>
        <source>POP3 (downloads mail to this computer)</source>
        <translation>POP3 (lädt E-Mails auf diesen Computer herunter)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>mail.example.com</source>
        <translation>mail.example.com</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Incoming server</source>
        <translation>Posteingangsserver</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Postausgangsserver</translation>
    </message>
    <message>
        <source>Incoming user name</source>
        <translation>Benutzername für den Posteingang</translation>
    </message>
    <message>
        <source>Outgoing user name</source>
        <translation>Benutzername für den Postausgang</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Pro&amp;tocol:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Si&amp;cherheit:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Postausgang (SMTP)</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>S&amp;erver:</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Sic&amp;herheit:</translation>
    </message>
    <message>
        <source>User n&amp;ame:</source>
        <translation>Be&amp;nutzername:</translation>
    </message>
    <message>
        <source>Without encryption, your password and your mail cross the network where anyone on the way can read them, on a public Wi-Fi for example. Choose SSL/TLS or STARTTLS whenever your provider offers them.</source>
        <translation>Ohne Verschlüsselung gehen Ihr Passwort und Ihre E-Mails so durchs Netz, dass jeder auf dem Weg sie mitlesen kann, zum Beispiel in einem öffentlichen WLAN. Wählen Sie SSL/TLS oder STARTTLS, wann immer Ihr Anbieter sie anbietet.</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Keine (unverschlüsselt)</translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountPop3OptionsWidget</name>
    <message>
        <source>Downloading with POP3</source>
        <translation>Herunterladen per POP3</translation>
    </message>
    <message>
        <source>&amp;Leave a copy of each message on the server</source>
        <translation>Eine &amp;Kopie jeder Nachricht auf dem Server belassen</translation>
    </message>
    <message>
        <source>Re&amp;move it from the server after</source>
        <translation>Vom Server &amp;löschen nach</translation>
    </message>
    <message>
        <source>Days before removal from the server</source>
        <translation>Tage bis zum Löschen vom Server</translation>
    </message>
    <message>
        <source>Minutes between checks for new mail</source>
        <translation>Minuten zwischen zwei Abrufen neuer Nachrichten</translation>
    </message>
    <message>
        <source>Check for new mail &amp;every</source>
        <translation>Auf neue Nachrichten prüfen: &amp;alle</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> minute(s)</source>
        <translation>
            <numerusform> Minute</numerusform>
            <numerusform> Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountServerBox</name>
    <message>
        <source>IMAP (keeps mail on the server)</source>
        <translation>IMAP (E-Mails bleiben auf dem Server)</translation>
    </message>
    <message>
        <source>POP3 (downloads mail to this computer)</source>
        <translation>POP3 (lädt E-Mails auf diesen Computer herunter)</translation>
    </message>
    <message>
        <source>Pro&amp;tocol:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <source>Incoming port</source>
        <translation>Port des Posteingangsservers</translation>
    </message>
    <message>
        <source>Outgoing port</source>
        <translation>Port des Postausgangsservers</translation>
    </message>
    <message>
        <source>mail.example.com</source>
        <translation>mail.example.com</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Incoming server</source>
        <translation>Posteingangsserver</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Postausgangsserver</translation>
    </message>
    <message>
        <source>Incoming user name</source>
        <translation>Benutzername für den Posteingang</translation>
    </message>
    <message>
        <source>Outgoing user name</source>
        <translation>Benutzername für den Postausgang</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Serv&amp;er:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Por&amp;t:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>User n&amp;ame:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Si&amp;cherheit:</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Sic&amp;herheit:</translation>
    </message>
    <message>
        <source>Enter the incoming server’s name, for example mail.example.com.</source>
        <translation>Geben Sie den Namen des Posteingangsservers ein, zum Beispiel mail.example.com.</translation>
    </message>
    <message>
        <source>Enter the outgoing server’s name, for example smtp.example.com.</source>
        <translation>Geben Sie den Namen des Postausgangsservers ein, zum Beispiel smtp.example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a server name. Server names look like mail.example.com.</source>
        <translation>„%1“ ist kein Servername. Servernamen sehen aus wie mail.example.com.</translation>
    </message>
    <message>
        <source>Enter the user name for the incoming server; it is often your e-mail address.</source>
        <translation>Geben Sie den Benutzernamen für den Posteingangsserver ein; oft ist es Ihre E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Enter the user name for the outgoing server; it is often your e-mail address.</source>
        <translation>Geben Sie den Benutzernamen für den Postausgangsserver ein; oft ist es Ihre E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountServerCheckWidget</name>
    <message>
        <source>The certificate the server showed</source>
        <translation>Das vom Server vorgelegte Zertifikat</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>“Trust this certificate” accepts exactly this certificate for this server, and no other.</source>
        <translation>„Diesem Zertifikat vertrauen“ akzeptiert genau dieses Zertifikat für diesen Server und kein anderes.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <source>Logged in. This server works.</source>
        <translation>Angemeldet. Dieser Server funktioniert.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>Nicht geprüft.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>vom %1 bis %2</translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountSettingsDialog</name>
    <message>
        <source>Remove Accou&amp;nt…</source>
        <translation>Konto entfer&amp;nen…</translation>
    </message>
    <message>
        <source>Account Settings</source>
        <translation>Kontoeinstellungen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Remove the selected account from Postier; its mail on this computer stays</source>
        <translation>Das ausgewählte Konto aus Postier entfernen; seine E-Mails auf diesem Computer bleiben erhalten</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>Allge&amp;mein</translation>
    </message>
    <message>
        <source>&amp;Identities</source>
        <translation>&amp;Identitäten</translation>
    </message>
    <message>
        <source>Ser&amp;vers</source>
        <translation>Ser&amp;ver</translation>
    </message>
    <message>
        <source>POP&amp;3</source>
        <translation>POP&amp;3</translation>
    </message>
    <message>
        <source>&amp;Use this account</source>
        <translation>Dieses Konto verwen&amp;den</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Anna Martin</source>
        <translation>Anna Schmidt</translation>
    </message>
    <message>
        <source>anna@example.com</source>
        <translation>anna@example.com</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Account name:</source>
        <translation>&amp;Kontoname:</translation>
    </message>
    <message>
        <source>How Postier lists the account; postier-cli knows it by this name too.</source>
        <translation>So führt Postier das Konto auf; auch postier-cli kennt es unter diesem Namen.</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>I&amp;hr Name:</translation>
    </message>
    <message>
        <source>Shown to the people you write to.</source>
        <translation>Wird den Empfängern Ihrer Nachrichten angezeigt.</translation>
    </message>
    <message>
        <source>E-mai&amp;l address:</source>
        <translation>E-Mail-Adre&amp;sse:</translation>
    </message>
    <message>
        <source>A disabled account keeps its settings and its mail on this computer, but Postier neither checks it for new mail nor sends from it.</source>
        <translation>Ein deaktiviertes Konto behält seine Einstellungen und seine E-Mails auf diesem Computer, aber Postier sucht dort weder nach neuen Nachrichten, noch sendet es darüber.</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Postausgang (SMTP)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>S&amp;how password</source>
        <translation>Passwort an&amp;zeigen</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Postier keeps it in your system’s keychain, for both servers, never in a settings file. Leave the field empty to keep the saved password.</source>
        <translation>Postier bewahrt es im Schlüsselbund Ihres Systems auf, für beide Server, nie in einer Einstellungsdatei. Lassen Sie das Feld leer, um das gespeicherte Passwort zu behalten.</translation>
    </message>
    <message>
        <source>Without encryption, your password and your mail cross the network where anyone on the way can read them, on a public Wi-Fi for example. Choose SSL/TLS or STARTTLS whenever your provider offers them.</source>
        <translation>Ohne Verschlüsselung gehen Ihr Passwort und Ihre E-Mails so durchs Netz, dass jeder auf dem Weg sie mitlesen kann, zum Beispiel in einem öffentlichen WLAN. Wählen Sie SSL/TLS oder STARTTLS, wann immer Ihr Anbieter sie anbietet.</translation>
    </message>
    <message>
        <source>There is no account yet. Add one with File ▸ Add Account…</source>
        <translation>Es gibt noch kein Konto. Fügen Sie eines über Datei ▸ Konto hinzufügen… hinzu.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>Give the account a name, for example “Work”.</source>
        <translation>Geben Sie dem Konto einen Namen, zum Beispiel „Arbeit“.</translation>
    </message>
    <message>
        <source>Another account is already named “%1”. Choose another name.</source>
        <translation>Ein anderes Konto heißt bereits „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Enter the account’s e-mail address, for example anna@example.com.</source>
        <translation>Geben Sie die E-Mail-Adresse des Kontos ein, zum Beispiel anna@example.com.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address. Addresses look like anna@example.com.</source>
        <translation>„%1“ ist keine E-Mail-Adresse. Adressen sehen aus wie anna@example.com.</translation>
    </message>
    <message>
        <source>The changes are saved.</source>
        <translation>Die Änderungen sind gespeichert.</translation>
    </message>
    <message>
        <source>The settings of “%1” are saved, but the keychain could not store the password: %2</source>
        <translation>Die Einstellungen von „%1“ sind gespeichert, aber der Schlüsselbund konnte das Passwort nicht speichern: %2</translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <translation>Das Konto „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Postier forgets the settings of “%1” (%2) and deletes its password from the keychain. The mail already on this computer is not deleted, and nothing is deleted on the server.</source>
        <translation>Postier vergisst die Einstellungen von „%1“ (%2) und löscht sein Passwort aus dem Schlüsselbund. Die E-Mails, die schon auf diesem Computer liegen, werden nicht gelöscht, und auf dem Server wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>The account “%1” is removed. Its mail on this computer is kept.</source>
        <translation>Das Konto „%1“ ist entfernt. Seine E-Mails auf diesem Computer bleiben erhalten.</translation>
    </message>
    <message>
        <source>The account “%1” is removed, but its password could not be deleted from the keychain: %2</source>
        <translation>Das Konto „%1“ ist entfernt, aber sein Passwort konnte nicht aus dem Schlüsselbund gelöscht werden: %2</translation>
    </message>
    <message>
        <source>One moment: the keychain has not answered yet.</source>
        <translation>Einen Moment: Der Schlüsselbund hat noch nicht geantwortet.</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>The changes to your accounts are not saved. Close without saving them?</source>
        <translation>Die Änderungen an Ihren Konten sind nicht gespeichert. Ohne Speichern schließen?</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountTestPage</name>
    <message>
        <source>Incoming mail</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Outgoing mail</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Trying the settings</source>
        <translation>Einstellungen werden getestet</translation>
    </message>
    <message>
        <source>Postier logs in to both servers to make sure the settings and the password work. Nothing is sent and nothing on the server changes.</source>
        <translation>Postier meldet sich bei beiden Servern an, um sicherzustellen, dass Einstellungen und Passwort funktionieren. Es wird nichts gesendet und auf dem Server nichts verändert.</translation>
    </message>
    <message>
        <source>Both servers work. Click Next to finish.</source>
        <translation>Beide Server funktionieren. Klicken Sie auf „Weiter“, um abzuschließen.</translation>
    </message>
    <message>
        <source>Decide whether to trust the certificate, or go back and check the server names.</source>
        <translation>Entscheiden Sie, ob Sie dem Zertifikat vertrauen, oder gehen Sie zurück und prüfen Sie die Servernamen.</translation>
    </message>
    <message>
        <source>Go back to correct the password or the settings, or try again.</source>
        <translation>Gehen Sie zurück, um das Passwort oder die Einstellungen zu korrigieren, oder versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountWizard</name>
    <message>
        <source>Add a Mail Account</source>
        <translation>E-Mail-Konto hinzufügen</translation>
    </message>
    <message>
        <source>The account was saved, but its password could not be stored: %1 Click Finish to try again.</source>
        <translation>Das Konto wurde gespeichert, aber sein Passwort konnte nicht abgelegt werden: %1 Klicken Sie auf „Abschließen“, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>postier::ui::AttachmentListWidget</name>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save the selected attachment to a file</source>
        <translation>Den ausgewählten Anhang als Datei speichern</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
    <message>
        <source>1 attachment, %1</source>
        <translation>1 Anhang, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attachments, %1</source>
        <translation>
            <numerusform>%n Anhang, %1</numerusform>
            <numerusform>%n Anhänge, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Postier does not open programs or scripts sent by mail. Save the file if you trust it.</source>
        <translation>Postier öffnet keine per E-Mail gesendeten Programme oder Skripte. Speichern Sie die Datei, wenn Sie ihr vertrauen.</translation>
    </message>
    <message>
        <source>Open the selected attachment with its usual application</source>
        <translation>Den ausgewählten Anhang mit dem dafür üblichen Programm öffnen</translation>
    </message>
</context>
<context>
    <name>postier::ui::ComposerWindow</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Save Copy to Sent</source>
        <translation>Kopie in Gesendet speichern</translation>
    </message>
    <message>
        <source>Recipients, separated by commas</source>
        <translation>Empfänger, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Kopie (CC):</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>&amp;Blindkopie (BCC):</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected attachments (Delete)</source>
        <translation>Die ausgewählten Anhänge entfernen (Entf)</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Anhänge:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>Die Nachricht senden (Strg+Return)</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>Als &amp;Entwurf speichern</translation>
    </message>
    <message>
        <source>Save the message in Drafts (Ctrl+S)</source>
        <translation>Die Nachricht in „Entwürfe“ speichern (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Attach Files…</source>
        <translation>Dateien &amp;anhängen…</translation>
    </message>
    <message>
        <source>Attach files (Ctrl+Shift+A), or drop them on this window</source>
        <translation>Dateien anhängen (Strg+Umschalt+A) oder auf dieses Fenster ziehen</translation>
    </message>
    <message>
        <source>Remove Attachment</source>
        <translation>Anhang entfernen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sch&amp;ließen</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>Composer Toolbar</source>
        <translation>Symbolleiste des Editors</translation>
    </message>
    <message>
        <source>Write: (no subject)</source>
        <translation>Verfassen: (kein Betreff)</translation>
    </message>
    <message>
        <source>There is no account to send from. Add an account first.</source>
        <translation>Es gibt kein Konto zum Senden. Fügen Sie zuerst ein Konto hinzu.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Kopie (CC)</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Blindkopie (BCC)</translation>
    </message>
    <message>
        <source>“%1” in %2 is not an e-mail address. Addresses look like name@example.com.</source>
        <translation>„%1“ im Feld %2 ist keine E-Mail-Adresse. Adressen sehen aus wie name@example.com.</translation>
    </message>
    <message>
        <source>Add at least one recipient in To, Cc or Bcc.</source>
        <translation>Fügen Sie mindestens einen Empfänger unter An, Kopie (CC) oder Blindkopie (BCC) hinzu.</translation>
    </message>
    <message>
        <source>Could not attach %1: only files that can be read can be attached.</source>
        <translation>%1 konnte nicht angehängt werden: Nur lesbare Dateien können angehängt werden.</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Send without a subject?</source>
        <translation>Ohne Betreff senden?</translation>
    </message>
    <message>
        <source>This message has no subject. Send it without a subject?</source>
        <translation>Diese Nachricht hat keinen Betreff. Ohne Betreff senden?</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent. Saving a copy in your Sent folder…</source>
        <translation>Gesendet. Eine Kopie wird im Ordner „Gesendet“ gespeichert…</translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation>Entwurf wird gespeichert…</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>Entwurf um %1 gespeichert.</translation>
    </message>
    <message>
        <source>The message is being sent. The window closes by itself when it is done.</source>
        <translation>Die Nachricht wird gerade gesendet. Das Fenster schließt sich von selbst, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>Close without a copy in Sent?</source>
        <translation>Ohne Kopie in „Gesendet“ schließen?</translation>
    </message>
    <message>
        <source>The message was sent, but its copy is not in your Sent folder. Close the window anyway?</source>
        <translation>Die Nachricht wurde gesendet, aber ihre Kopie liegt nicht in Ihrem Ordner „Gesendet“. Das Fenster trotzdem schließen?</translation>
    </message>
    <message>
        <source>Save this message?</source>
        <translation>Diese Nachricht speichern?</translation>
    </message>
    <message>
        <source>This message has changes that are not saved. Save it in Drafts before closing?</source>
        <translation>Diese Nachricht enthält nicht gespeicherte Änderungen. Vor dem Schließen in „Entwürfe“ speichern?</translation>
    </message>
    <message>
        <source>Sent through the account “%1”</source>
        <translation>Wird über das Konto „%1“ gesendet</translation>
    </message>
</context>
<context>
    <name>postier::ui::CrossAccountDrop</name>
    <message>
        <source>&amp;Move Here</source>
        <translation>Hierher &amp;verschieben</translation>
    </message>
    <message>
        <source>Copy, check every message on the other account, then delete the originals</source>
        <translation>Kopieren, jede Nachricht im anderen Konto überprüfen, dann die Originale löschen</translation>
    </message>
    <message>
        <source>&amp;Copy Here</source>
        <translation>Hierher &amp;kopieren</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
</context>
<context>
    <name>postier::ui::CrossAccountReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>Move Report</source>
        <translation>Verschiebebericht</translation>
    </message>
    <message>
        <source>Copy Report</source>
        <translation>Kopierbericht</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2.</source>
        <translation>Der Bericht konnte nicht unter %1 gespeichert werden: %2.</translation>
    </message>
</context>
<context>
    <name>postier::ui::ElidedLabel</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>postier::ui::FolderActions</name>
    <message>
        <source>&amp;New Folder…</source>
        <translation>&amp;Neuer Ordner…</translation>
    </message>
    <message>
        <source>&amp;Rename Folder…</source>
        <translation>Ordner &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete Folder…</source>
        <translation>Ordner &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Subscribed</source>
        <translation>&amp;Abonniert</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Name des neuen Ordners:</translation>
    </message>
    <message>
        <source>Name of the new folder inside “%1”:</source>
        <translation>Name des neuen Ordners in „%1“:</translation>
    </message>
    <message>
        <source>A folder name cannot contain “%1”.</source>
        <translation>Ein Ordnername darf „%1“ nicht enthalten.</translation>
    </message>
    <message>
        <source>Created the folder “%1”.</source>
        <translation>Der Ordner „%1“ wurde angelegt.</translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation>Ordner umbenennen</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Renamed “%1”.</source>
        <translation>„%1“ wurde umbenannt.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder “%1” and the %n message(s) in it from the server? This cannot be undone.</source>
        <translation>
            <numerusform>Den Ordner „%1“ und die %n Nachricht darin vom Server löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Den Ordner „%1“ und die %n Nachrichten darin vom Server löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the folder “%1” from the server?</source>
        <translation>Den Ordner „%1“ vom Server löschen?</translation>
    </message>
    <message>
        <source>Delete the folder “%1” and every message in it from the server? Postier does not know yet how many messages it holds. This cannot be undone.</source>
        <translation>Den Ordner „%1“ und alle Nachrichten darin vom Server löschen? Postier weiß noch nicht, wie viele Nachrichten er enthält. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>Ordner löschen</translation>
    </message>
    <message>
        <source>Deleted the folder “%1”.</source>
        <translation>Der Ordner „%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>Subscribed to “%1”.</source>
        <translation>„%1“ abonniert.</translation>
    </message>
    <message>
        <source>Unsubscribed from “%1”.</source>
        <translation>Abonnement von „%1“ beendet.</translation>
    </message>
</context>
<context>
    <name>postier::ui::FolderItemDelegate</name>
    <message>
        <source>connecting…</source>
        <translation>verbindet…</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
</context>
<context>
    <name>postier::ui::JobStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running operation</source>
        <translation>Den laufenden Vorgang abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n weiterer)</numerusform>
            <numerusform>(+%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel “%1”</source>
        <translation>„%1“ abbrechen</translation>
    </message>
    <message>
        <source>Cancel &amp;All</source>
        <translation>&amp;Alle abbrechen</translation>
    </message>
</context>
<context>
    <name>postier::ui::MainWindow</name>
    <message>
        <source>Postier</source>
        <translation>Postier</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Filter these messages &lt;Ctrl+Shift+K&gt;</source>
        <translation>Diese Nachrichten filtern &lt;Strg+Umschalt+K&gt;</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>No account yet.</source>
        <translation>Noch kein Konto.</translation>
    </message>
    <message>
        <source>&amp;Get Messages</source>
        <translation>Nachrichten &amp;abrufen</translation>
    </message>
    <message>
        <source>Check for new mail (F5)</source>
        <translation>Neue Nachrichten abrufen (F5)</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Verfassen</translation>
    </message>
    <message>
        <source>Write a new message (Ctrl+N)</source>
        <translation>Eine neue Nachricht verfassen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>Reply to &amp;All</source>
        <translation>All&amp;en antworten</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Weiterleiten</translation>
    </message>
    <message>
        <source>Forward as A&amp;ttachment</source>
        <translation>Als A&amp;nhang weiterleiten</translation>
    </message>
    <message>
        <source>Add &amp;Account…</source>
        <translation>&amp;Konto hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Filter Messages</source>
        <translation>Nachrichten &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;About Postier</source>
        <translation>Ü&amp;ber Postier</translation>
    </message>
    <message>
        <source>About Postier</source>
        <translation>Über Postier</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Postier %1&lt;/h3&gt;&lt;p&gt;The mail client that moves your mail without losing any.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Postier %1&lt;/h3&gt;&lt;p&gt;Das E-Mail-Programm, das Ihre Nachrichten verschiebt, ohne eine einzige zu verlieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>Enter the password for %1 on %2.</source>
        <translation>Geben Sie das Passwort für %1 auf %2 ein.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Threads</source>
        <translation>Nach &amp;Themen gruppieren</translation>
    </message>
    <message>
        <source>Show replies under the message they answer (Ctrl+T)</source>
        <translation>Antworten unter der Nachricht anzeigen, auf die sie antworten (Strg+T)</translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Postier will use this language the next time it starts.</source>
        <translation>Postier verwendet diese Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Search on Server</source>
        <translation>Auf dem Server suchen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Dr&amp;uckvorschau…</translation>
    </message>
    <message>
        <source>Accou&amp;nt Settings…</source>
        <translation>Kontoeinstell&amp;ungen…</translation>
    </message>
    <message>
        <source>Convert POP Account to &amp;IMAP…</source>
        <translation>POP-Konto in &amp;IMAP umwandeln…</translation>
    </message>
    <message>
        <source>New-Mail &amp;Notifications</source>
        <translation>Benachrichtigung bei &amp;neuen Nachrichten</translation>
    </message>
    <message>
        <source>Announce new mail on the desktop</source>
        <translation>Neue Nachrichten auf dem Desktop melden</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>Print Preview – %1</source>
        <translation>Druckvorschau – %1</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>„%1“ drucken</translation>
    </message>
    <message numerus="yes">
        <source>%n unread – Postier</source>
        <comment>window title: unread messages in the Inboxes</comment>
        <translation>
            <numerusform>%n ungelesen – Postier</numerusform>
            <numerusform>%n ungelesen – Postier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::ui::MessageActions</name>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Flag</source>
        <translation>Mar&amp;kieren</translation>
    </message>
    <message>
        <source>Flag or unflag the selected messages (S)</source>
        <translation>Markierung der ausgewählten Nachrichten setzen oder entfernen (S)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Move the selected messages to the Trash (Del)</source>
        <translation>Die ausgewählten Nachrichten in den Papierkorb verschieben (Entf)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>Arc&amp;hivieren</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>View &amp;Source</source>
        <translation>&amp;Quelltext anzeigen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>This account has no Trash folder, so nothing was deleted. Create a folder named Trash, or move the messages yourself.</source>
        <translation>Dieses Konto hat keinen Papierkorb-Ordner, daher wurde nichts gelöscht. Legen Sie einen Ordner namens Trash an oder verschieben Sie die Nachrichten selbst.</translation>
    </message>
    <message>
        <source>The messages are already in the Trash. Postier does not delete mail for good from here; empty the Trash from its folder menu.</source>
        <translation>Die Nachrichten sind bereits im Papierkorb. Postier löscht E-Mails von hier aus nicht endgültig; leeren Sie den Papierkorb über das Menü seines Ordners.</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>This account has no Archive folder. Create one (with the folder&apos;s context menu) and Postier will use it.</source>
        <translation>Dieses Konto hat keinen Archiv-Ordner. Legen Sie einen an (über das Kontextmenü der Ordner), dann verwendet Postier ihn.</translation>
    </message>
    <message>
        <source>Undo archive</source>
        <translation>Archivieren rückgängig machen</translation>
    </message>
    <message>
        <source>Save Message</source>
        <translation>Nachricht speichern</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation>E-Mail-Nachrichten (*.eml)</translation>
    </message>
    <message>
        <source>The message could not be saved to %1: %2.</source>
        <translation>Die Nachricht konnte nicht unter %1 gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Message Source</source>
        <translation>Quelltext der Nachricht</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) moved to %1.</source>
        <translation>
            <numerusform>%n Nachricht nach %1 verschoben.</numerusform>
            <numerusform>%n Nachrichten nach %1 verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) copied to %1.</source>
        <translation>
            <numerusform>%n Nachricht nach %1 kopiert.</numerusform>
            <numerusform>%n Nachrichten nach %1 kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo move</source>
        <translation>Verschieben rückgängig machen</translation>
    </message>
</context>
<context>
    <name>postier::ui::MessageHeaderWidget</name>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>CC:</translation>
    </message>
    <message>
        <source>Reply to:</source>
        <translation>Antwort an:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Sent at %1 in the sender&apos;s time zone (UTC%2)</source>
        <translation>Gesendet am %1 in der Zeitzone des Absenders (UTC%2)</translation>
    </message>
</context>
<context>
    <name>postier::ui::MessageItemDelegate</name>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
</context>
<context>
    <name>postier::ui::MessagePrinter</name>
    <message>
        <source>Could not print “%1”: the file %2 could not be written.</source>
        <translation>„%1“ konnte nicht gedruckt werden: Die Datei %2 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not print “%1”: the printer could not be started.</source>
        <translation>„%1“ konnte nicht gedruckt werden: Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Could not print “%1”: the printer refused page %2.</source>
        <translation>„%1“ konnte nicht gedruckt werden: Der Drucker hat Seite %2 abgelehnt.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>postier::ui::MessageView</name>
    <message>
        <source>Show Source</source>
        <translation>Quelltext anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Show the message as it was received, headers included</source>
        <translation>Die Nachricht so anzeigen, wie sie empfangen wurde, einschließlich Kopfzeilen</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>This message is very large: its tables are shown simplified so that it opens quickly.</source>
        <translation>Diese Nachricht ist sehr groß: Ihre Tabellen werden vereinfacht angezeigt, damit sie schnell geöffnet wird.</translation>
    </message>
    <message>
        <source>(This message has no text.)</source>
        <translation>(Diese Nachricht enthält keinen Text.)</translation>
    </message>
    <message>
        <source>Loading message…</source>
        <translation>Nachricht wird geladen…</translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>Keine Nachricht ausgewählt</translation>
    </message>
    <message>
        <source>Could not save “%1” to %2: %3.</source>
        <translation>„%1“ konnte nicht unter %2 gespeichert werden: %3.</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2.</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2.</translation>
    </message>
</context>
<context>
    <name>postier::ui::MigrationAccountPage</name>
    <message>
        <source>IMAP server</source>
        <translation>IMAP-Server</translation>
    </message>
    <message>
        <source>Log &amp;In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Change &amp;Server…</source>
        <translation>Server ä&amp;ndern…</translation>
    </message>
    <message>
        <source>&amp;Use This Server</source>
        <translation>Diesen Server &amp;benutzen</translation>
    </message>
    <message>
        <source>Convert a POP Account to IMAP</source>
        <translation>Ein POP-Konto in IMAP umwandeln</translation>
    </message>
    <message>
        <source>Postier copies the mail that a POP account keeps on this computer into the mailbox of the same address on the server, with its folders, flags and dates, and then checks every message. Nothing on this computer is changed or deleted.</source>
        <translation>Postier kopiert die E-Mails, die ein POP-Konto auf diesem Computer aufbewahrt, in das Postfach derselben Adresse auf dem Server, mit Ordnern, Flags und Datum, und prüft danach jede Nachricht. Auf diesem Computer wird nichts geändert oder gelöscht.</translation>
    </message>
    <message>
        <source>&amp;POP account:</source>
        <translation>&amp;POP-Konto:</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation>&amp;Hostname:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>Versch&amp;lüsselung:</translation>
    </message>
    <message>
        <source>Postier has no POP account to convert. This assistant is for accounts that download mail by POP into folders on this computer.</source>
        <translation>Postier hat kein POP-Konto, das umgewandelt werden könnte. Dieser Assistent ist für Konten, die E-Mails per POP in Ordner auf diesem Computer herunterladen.</translation>
    </message>
    <message>
        <source>This continues the conversion started on %1. Nothing that is already on the server is copied again.</source>
        <translation>Damit wird die am %1 begonnene Umwandlung fortgesetzt. Was bereits auf dem Server ist, wird nicht noch einmal kopiert.</translation>
    </message>
    <message>
        <source>Postier already has an IMAP account for %1.</source>
        <translation>Postier hat bereits ein IMAP-Konto für %1.</translation>
    </message>
    <message>
        <source>Looking for the IMAP server of %1…</source>
        <translation>Der IMAP-Server von %1 wird gesucht…</translation>
    </message>
    <message>
        <source>The keychain has no password for “%1”. Type the password of %2 once; it is kept in the keychain with the IMAP account.</source>
        <translation>Der Schlüsselbund hat kein Passwort für „%1“. Geben Sie das Passwort von %2 einmal ein; es wird mit dem IMAP-Konto im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Postier could not read the password of “%1” from the keychain: %2 Type the password of %3.</source>
        <translation>Postier konnte das Passwort von „%1“ nicht aus dem Schlüsselbund lesen: %2 Geben Sie das Passwort von %3 ein.</translation>
    </message>
    <message>
        <source>No IMAP server is published for %1; Postier tries the POP server’s host, %2.</source>
        <translation>Für %1 ist kein IMAP-Server veröffentlicht; Postier versucht es mit dem Host des POP-Servers, %2.</translation>
    </message>
    <message>
        <source>The server refused the password. Type the password of %1 for the IMAP server.</source>
        <translation>Der Server hat das Passwort abgelehnt. Geben Sie das Passwort von %1 für den IMAP-Server ein.</translation>
    </message>
    <message>
        <source>Hide &amp;Server</source>
        <translation>Server ausble&amp;nden</translation>
    </message>
    <message>
        <source>POP and IMAP use the same server, %1: the IMAP mailbox is the very one POP has been downloading from.</source>
        <translation>POP und IMAP nutzen denselben Server, %1: Das IMAP-Postfach ist genau das, aus dem POP heruntergeladen hat.</translation>
    </message>
    <message>
        <source>POP downloads from %1 and IMAP is on %2: two names for your provider’s mailbox of %3.</source>
        <translation>POP lädt von %1 herunter und IMAP liegt auf %2: zwei Namen für das Postfach von %3 bei Ihrem Anbieter.</translation>
    </message>
    <message>
        <source>The mail goes into the IMAP account “%1”, which Postier already has.</source>
        <translation>Die E-Mails kommen in das IMAP-Konto „%1“, das Postier bereits hat.</translation>
    </message>
    <message>
        <source>Postier adds the IMAP account “%1” when the copy starts, with the password of “%2” from the keychain.</source>
        <translation>Postier legt das IMAP-Konto „%1“ an, wenn das Kopieren beginnt, mit dem Passwort von „%2“ aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Postier adds the IMAP account “%1” when the copy starts.</source>
        <translation>Postier legt das IMAP-Konto „%1“ an, wenn das Kopieren beginnt.</translation>
    </message>
    <message>
        <source>%1 (IMAP)</source>
        <translation>%1 (IMAP)</translation>
    </message>
    <message>
        <source>%1 (IMAP %2)</source>
        <translation>%1 (IMAP %2)</translation>
    </message>
</context>
<context>
    <name>postier::ui::MigrationFinishPage</name>
    <message>
        <source>Other phones and computers</source>
        <translation>Andere Telefone und Computer</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <source>Switching to IMAP</source>
        <translation>Wechsel zu IMAP</translation>
    </message>
    <message>
        <source>Every message is on the server. When you click Finish, “%1” becomes your default account. “%2” stays switched off and is not deleted: its mail stays on this computer, in %3.</source>
        <translation>Alle Nachrichten sind auf dem Server. Wenn Sie auf „Abschließen“ klicken, wird „%1“ Ihr Standardkonto. „%2“ bleibt ausgeschaltet und wird nicht gelöscht: Seine E-Mails bleiben auf diesem Computer, in %3.</translation>
    </message>
    <message>
        <source>Not every message is on the server: the report says which and why. “%1” stays switched off, so that it does not download the copied messages again, and its mail stays on this computer, in %2. Run this assistant again once the cause is fixed: it copies only what is missing.</source>
        <translation>Nicht alle Nachrichten sind auf dem Server: Der Bericht sagt, welche und warum. „%1“ bleibt ausgeschaltet, damit es die kopierten Nachrichten nicht erneut herunterlädt, und seine E-Mails bleiben auf diesem Computer, in %2. Starten Sie diesen Assistenten erneut, sobald die Ursache behoben ist: Er kopiert nur, was fehlt.</translation>
    </message>
    <message>
        <source>&amp;Make “%1” the default account anyway</source>
        <translation>„%1“ trotzdem zum Standardkonto &amp;machen</translation>
    </message>
    <message>
        <source>If a phone, a tablet or another computer still fetches %1 by POP with “leave a copy on the server”, it sees every copied message as new and may download all of them again; if it does not leave a copy, it removes them from the server. Set those devices up with IMAP as well, or remove the POP account from them.</source>
        <translation>Wenn ein Telefon, ein Tablet oder ein anderer Computer %1 noch per POP mit „Kopie auf dem Server lassen“ abruft, sieht es jede kopierte Nachricht als neu an und lädt womöglich alle erneut herunter; lässt es keine Kopie auf dem Server, löscht es sie dort. Richten Sie diese Geräte ebenfalls mit IMAP ein, oder entfernen Sie dort das POP-Konto.</translation>
    </message>
    <message>
        <source>If %1 forwards its mail to another mailbox (Gmail, for example), and that mailbox forwards or fetches mail back to %1, messages go round in circles or never arrive: a message you send from Gmail to %1 that comes back to Gmail through the forwarding is dropped there, because Gmail already has it among your sent mail. Check the forwarding settings at your provider.</source>
        <translation>Wenn %1 seine E-Mails an ein anderes Postfach weiterleitet (zum Beispiel Gmail) und dieses Postfach E-Mails an %1 zurückleitet oder von dort abruft, kreisen Nachrichten oder kommen nie an: Eine Nachricht, die Sie von Gmail an %1 senden und die über die Weiterleitung zu Gmail zurückkommt, wird dort verworfen, weil Gmail sie schon unter Ihren gesendeten Nachrichten hat. Prüfen Sie die Weiterleitungen bei Ihrem Anbieter.</translation>
    </message>
</context>
<context>
    <name>postier::ui::MigrationMappingPage</name>
    <message>
        <source>&amp;Dry Run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Start &amp;Copying</source>
        <translation>&amp;Kopieren starten</translation>
    </message>
    <message>
        <source>Choose the folders to copy. Each one goes into the folder shown on the server; folders the server does not have yet are created. Messages already on the server are not copied again.</source>
        <translation>Wählen Sie die Ordner, die kopiert werden sollen. Jeder kommt in den angezeigten Ordner auf dem Server; Ordner, die der Server noch nicht hat, werden angelegt. Nachrichten, die bereits auf dem Server sind, werden nicht noch einmal kopiert.</translation>
    </message>
    <message>
        <source>Find out what would be uploaded, without changing anything on the server</source>
        <translation>Herausfinden, was hochgeladen würde, ohne auf dem Server etwas zu ändern</translation>
    </message>
    <message>
        <source>A dry run shows how many messages of each folder would be uploaded.</source>
        <translation>Ein Probelauf zeigt, wie viele Nachrichten jedes Ordners hochgeladen würden.</translation>
    </message>
    <message>
        <source>While the mail is copied, Postier stops downloading “%1” by POP, so that no message comes down again as it arrives on the server.</source>
        <translation>Während des Kopierens lädt Postier „%1“ nicht mehr per POP herunter, damit keine Nachricht erneut heruntergeladen wird, sobald sie auf dem Server ankommt.</translation>
    </message>
    <message>
        <source>Checking what would be uploaded…</source>
        <translation>Es wird geprüft, was hochgeladen würde…</translation>
    </message>
    <message>
        <source>The dry run was stopped.</source>
        <translation>Der Probelauf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The dry run failed: %1</source>
        <translation>Der Probelauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Dry run — messages to upload: %1; already on the server: %2. Nothing was changed.</source>
        <translation>Probelauf – hochzuladende Nachrichten: %1; bereits auf dem Server: %2. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>postier::ui::MigrationPreflightPage</name>
    <message>
        <source>Copy &amp;what fits anyway (the report lists every message the server refuses)</source>
        <translation>Trotzdem kopieren, was &amp;hineinpasst (der Bericht nennt jede Nachricht, die der Server ablehnt)</translation>
    </message>
    <message>
        <source>Try &amp;Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Before Copying</source>
        <translation>Vor dem Kopieren</translation>
    </message>
    <message>
        <source>Postier counts the mail on this computer and asks the server how much room it has. Nothing is copied yet.</source>
        <translation>Postier zählt die E-Mails auf diesem Computer und fragt den Server, wie viel Platz er hat. Noch wird nichts kopiert.</translation>
    </message>
    <message>
        <source>Folder on this computer</source>
        <translation>Ordner auf diesem Computer</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Folders on this computer:</source>
        <translation>Ordner auf diesem Computer:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Nachrichten:</translation>
    </message>
    <message>
        <source>Largest message:</source>
        <translation>Größte Nachricht:</translation>
    </message>
    <message>
        <source>Folders on the server:</source>
        <translation>Ordner auf dem Server:</translation>
    </message>
    <message>
        <source>Space on the server:</source>
        <translation>Platz auf dem Server:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1, in “%2”</source>
        <translation>%1, in „%2“</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (auf %2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>,</translation>
    </message>
    <message>
        <source>%1 used of %2; %3 free</source>
        <translation>%1 von %2 belegt; %3 frei</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>the server does not say</source>
        <translation>der Server gibt es nicht an</translation>
    </message>
    <message>
        <source>%1 at a typical home upload speed (10 Mbit/s), checking included</source>
        <translation>%1 bei einer üblichen Upload-Geschwindigkeit zu Hause (10 Mbit/s), Prüfung inbegriffen</translation>
    </message>
    <message>
        <source>“%1” leaves a copy of each message on the server: those copies are still in the server’s Inbox. Postier recognises them and does not upload them twice.</source>
        <translation>„%1“ lässt von jeder Nachricht eine Kopie auf dem Server: Diese Kopien liegen noch im Posteingang des Servers. Postier erkennt sie und lädt sie nicht doppelt hoch.</translation>
    </message>
    <message>
        <source>The mail will not fit: it needs %1, but only %2 are free on the server. Delete mail on the server or ask your provider for more room first; otherwise the server refuses the messages that do not fit.</source>
        <translation>Die E-Mails passen nicht: Sie brauchen %1, auf dem Server sind aber nur %2 frei. Löschen Sie zuerst E-Mails auf dem Server oder bitten Sie Ihren Anbieter um mehr Platz; sonst lehnt der Server die Nachrichten ab, die nicht mehr hineinpassen.</translation>
    </message>
</context>
<context>
    <name>postier::ui::MigrationReportPage</name>
    <message>
        <source>Sa&amp;ve Report…</source>
        <translation>Bericht s&amp;peichern…</translation>
    </message>
    <message>
        <source>Try &amp;Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Postier migration report %1.txt</source>
        <translation>Postier-Migrationsbericht %1.txt</translation>
    </message>
    <message>
        <source>Save the Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>the POP account “%1” (%2), kept on this computer in %3</source>
        <translation>das POP-Konto „%1“ (%2), auf diesem Computer gespeichert in %3</translation>
    </message>
    <message>
        <source>the IMAP account “%1” on %2</source>
        <translation>das IMAP-Konto „%1“ auf %2</translation>
    </message>
    <message>
        <source>Keep the report with your records: it lists every folder and says whether each message is on the server.</source>
        <translation>Bewahren Sie den Bericht bei Ihren Unterlagen auf: Er nennt jeden Ordner und sagt, ob jede Nachricht auf dem Server ist.</translation>
    </message>
    <message>
        <source>Keeping a copy of this report in the folder “%1” on the server…</source>
        <translation>Eine Kopie dieses Berichts wird im Ordner „%1“ auf dem Server abgelegt…</translation>
    </message>
    <message>
        <source>A copy of this report is in the folder “%1” on the server.</source>
        <translation>Eine Kopie dieses Berichts liegt im Ordner „%1“ auf dem Server.</translation>
    </message>
    <message>
        <source>The copy of this report could not be put on the server: %1</source>
        <translation>Die Kopie dieses Berichts konnte nicht auf dem Server abgelegt werden: %1</translation>
    </message>
    <message>
        <source>The report could not be saved in %1: %2</source>
        <translation>Der Bericht konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The report is saved in %1.</source>
        <translation>Der Bericht ist in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>postier::ui::MigrationUploadPage</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>F&amp;ortfahren</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Each message goes up with its exact content, its flags and its date, and is recorded as soon as the server has confirmed it.</source>
        <translation>Jede Nachricht wird mit ihrem genauen Inhalt, ihren Flags und ihrem Datum hochgeladen und festgehalten, sobald der Server sie bestätigt hat.</translation>
    </message>
    <message>
        <source>You can close this window or quit Postier at any time: nothing is lost, and at its next start Postier offers to continue where the copy stopped.</source>
        <translation>Sie können dieses Fenster jederzeit schließen oder Postier beenden: Nichts geht verloren, und beim nächsten Start bietet Postier an, das Kopieren dort fortzusetzen, wo es aufgehört hat.</translation>
    </message>
    <message>
        <source>Stopping after the message being sent…</source>
        <translation>Wird nach der Nachricht angehalten, die gerade gesendet wird…</translation>
    </message>
    <message>
        <source>The password of “%1” could not be stored in the keychain: %2 Postier will ask for it when it first connects.</source>
        <translation>Das Passwort von „%1“ konnte nicht im Schlüsselbund gespeichert werden: %2 Postier fragt bei der ersten Verbindung danach.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Folder “%1”: %2 of %3 messages</source>
        <translation>Ordner „%1“: %2 von %3 Nachrichten</translation>
    </message>
    <message>
        <source>All folders: %1 of %2 messages (%3 uploaded)</source>
        <translation>Alle Ordner: %1 von %2 Nachrichten (%3 hochgeladen)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Paused after the messages already on their way. Click Resume to go on.</source>
        <translation>Nach den Nachrichten, die schon unterwegs waren, angehalten. Klicken Sie auf „Fortsetzen“, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Stopped. What was copied so far is on the server. Click Continue to go on, or close the assistant: Postier offers to continue at its next start.</source>
        <translation>Angehalten. Was bisher kopiert wurde, ist auf dem Server. Klicken Sie auf „Fortfahren“, um weiterzumachen, oder schließen Sie den Assistenten: Postier bietet beim nächsten Start an, fortzufahren.</translation>
    </message>
    <message>
        <source>Click Next to see the report.</source>
        <translation>Klicken Sie auf „Weiter“, um den Bericht zu sehen.</translation>
    </message>
</context>
<context>
    <name>postier::ui::MigrationWizard</name>
    <message>
        <source>Convert POP Account to IMAP</source>
        <translation>POP-Konto in IMAP umwandeln</translation>
    </message>
    <message>
        <source>Continue the Conversion to IMAP?</source>
        <translation>Umwandlung in IMAP fortsetzen?</translation>
    </message>
    <message>
        <source>The conversion of “%1” to IMAP, started on %2, did not finish. Continue it now? Nothing already on the server is copied again.</source>
        <translation>Die am %2 begonnene Umwandlung von „%1“ in IMAP wurde nicht abgeschlossen. Jetzt fortsetzen? Was bereits auf dem Server ist, wird nicht noch einmal kopiert.</translation>
    </message>
    <message>
        <source>“Do Not Continue” switches “%1” back on; the messages already copied stay on the server, and “%1” may download them again.</source>
        <translation>„Nicht fortsetzen“ schaltet „%1“ wieder ein; die bereits kopierten Nachrichten bleiben auf dem Server, und „%1“ lädt sie womöglich erneut herunter.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>&amp;Do Not Continue</source>
        <translation>&amp;Nicht fortsetzen</translation>
    </message>
</context>
<context>
    <name>postier::ui::NetworkRemoteContentLoader</name>
    <message>
        <source>Only http and https addresses are loaded.</source>
        <translation>Nur http- und https-Adressen werden geladen.</translation>
    </message>
    <message>
        <source>The image is larger than %1 and was not loaded.</source>
        <translation>Das Bild ist größer als %1 und wurde nicht geladen.</translation>
    </message>
    <message>
        <source>The server answered %1 %2.</source>
        <translation>Der Server antwortete %1 %2.</translation>
    </message>
</context>
<context>
    <name>postier::ui::NoticeBar</name>
    <message>
        <source>Hide this message</source>
        <translation>Diesen Hinweis ausblenden</translation>
    </message>
</context>
<context>
    <name>postier::ui::RemoteContentBar</name>
    <message>
        <source>Show remote content</source>
        <translation>Externe Inhalte anzeigen</translation>
    </message>
    <message>
        <source>Always for this sender</source>
        <translation>Immer für diesen Absender</translation>
    </message>
    <message>
        <source>Postier blocked one remote image to protect your privacy.</source>
        <translation>Postier hat ein externes Bild blockiert, um Ihre Privatsphäre zu schützen.</translation>
    </message>
    <message numerus="yes">
        <source>Postier blocked %n remote images to protect your privacy.</source>
        <translation>
            <numerusform>Postier hat %n externes Bild blockiert, um Ihre Privatsphäre zu schützen.</numerusform>
            <numerusform>Postier hat %n externe Bilder blockiert, um Ihre Privatsphäre zu schützen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote images can tell the sender that, when and where you read this message.</source>
        <translation>Externe Bilder können dem Absender verraten, dass, wann und wo Sie diese Nachricht lesen.</translation>
    </message>
    <message>
        <source>Always show remote content in messages from %1</source>
        <translation>Externe Inhalte in Nachrichten von %1 immer anzeigen</translation>
    </message>
</context>
<context>
    <name>postier::ui::ServerSearchBar</name>
    <message>
        <source>Search on the server</source>
        <translation>Suche auf dem Server</translation>
    </message>
    <message>
        <source>Search on Server</source>
        <translation>Auf dem Server suchen</translation>
    </message>
    <message>
        <source>The search on the server was stopped.</source>
        <translation>Die Suche auf dem Server wurde angehalten.</translation>
    </message>
    <message>
        <source>The server found no matching message.</source>
        <translation>Der Server hat keine passende Nachricht gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found on the server.</source>
        <translation>
            <numerusform>%n Nachricht auf dem Server gefunden.</numerusform>
            <numerusform>%n Nachrichten auf dem Server gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them had not been downloaded yet.</source>
        <translation>
            <numerusform>%n davon war noch nicht heruntergeladen.</numerusform>
            <numerusform>%n davon waren noch nicht heruntergeladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No message on this computer matches.</source>
        <translation>Keine Nachricht auf diesem Computer passt.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) on this computer match.</source>
        <translation>
            <numerusform>%n Nachricht auf diesem Computer passt.</numerusform>
            <numerusform>%n Nachrichten auf diesem Computer passen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the server too: it also searches the text of the messages, and those not downloaded yet (Ctrl+Return)</source>
        <translation>Auch den Server fragen: Er durchsucht auch den Text der Nachrichten und die noch nicht heruntergeladenen (Strg+Return)</translation>
    </message>
    <message>
        <source>Searching the server…</source>
        <translation>Suche auf dem Server…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop searching the server</source>
        <translation>Die Suche auf dem Server anhalten</translation>
    </message>
</context>
<context>
    <name>postier::ui::TrayNotifier</name>
    <message numerus="yes">
        <source>Postier: %n unread message(s)</source>
        <translation>
            <numerusform>Postier: %n ungelesene Nachricht</numerusform>
            <numerusform>Postier: %n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Postier: no unread messages</source>
        <translation>Postier: keine ungelesenen Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Show Postier</source>
        <translation>Postier &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>New message in %1</source>
        <translation>Neue Nachricht in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) in %1</source>
        <translation>
            <numerusform>%n neue Nachricht in %1</numerusform>
            <numerusform>%n neue Nachrichten in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest, from %1: %2</source>
        <translation>Die neueste, von %1: %2</translation>
    </message>
</context>
</TS>
