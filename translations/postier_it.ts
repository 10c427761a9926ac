<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>postier</name>
    <message>
        <source>Postier, the mail client that moves your mail without losing any.</source>
        <translation>Postier, il client di posta che sposta i tuoi messaggi senza perderne nessuno.</translation>
    </message>
    <message>
        <source>Postier</source>
        <translation>Postier</translation>
    </message>
    <message>
        <source>Postier cannot open its offline cache: %1</source>
        <translation>Postier non riesce ad aprire la sua cache offline: %1</translation>
    </message>
</context>
<context>
    <name>postier::cli::Cli</name>
    <message>
        <source>Print machine-readable JSON on stdout.</source>
        <translation>Stampa JSON leggibile dalle macchine sullo standard output.</translation>
    </message>
    <message>
        <source>Also trust the CA certificate(s) in this PEM file. There is no option to turn certificate checks off.</source>
        <translation>Considera attendibili anche i certificati CA contenuti in questo file PEM. Non esiste un’opzione per disattivare il controllo dei certificati.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Read the password from the first line of this file (else $POSTIER_PASSWORD, else the keychain).</source>
        <translation>Legge la password dalla prima riga di questo file (altrimenti da $POSTIER_PASSWORD, altrimenti dal portachiavi).</translation>
    </message>
    <message>
        <source>Give up when the server is silent this many seconds (default 30).</source>
        <translation>Rinuncia se il server non risponde per questo numero di secondi (predefinito: 30).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondi</translation>
    </message>
    <message>
        <source>Print the protocol conversation on stderr (passwords are masked).</source>
        <translation>Stampa la conversazione con il server su stderr (le password sono mascherate).</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>Impossibile leggere il file CA %1.</translation>
    </message>
    <message>
        <source>--timeout takes a whole number of seconds greater than zero.</source>
        <translation>--timeout richiede un numero intero di secondi maggiore di zero.</translation>
    </message>
    <message>
        <source>The address %1 has no user name. Write it as scheme://user@host.</source>
        <translation>L’indirizzo %1 non contiene un nome utente. Scrivilo nella forma schema://utente@host.</translation>
    </message>
    <message>
        <source>There is no account named “%1”. Use a server address such as imaps://anna@mail.example.com, or see “postier-cli accounts list”.</source>
        <translation>Non esiste nessun account chiamato «%1». Usa un indirizzo di server come imaps://anna@mail.example.com, oppure consulta «postier-cli accounts list».</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2.</source>
        <translation>Impossibile leggere il file della password %1: %2.</translation>
    </message>
    <message>
        <source>No password for %1: %2 Give one with --password-file or the POSTIER_PASSWORD environment variable.</source>
        <translation>Nessuna password per %1: %2 Indicane una con --password-file o con la variabile d’ambiente POSTIER_PASSWORD.</translation>
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
        <translation>Gestisce gli account salvati nelle impostazioni di Postier (gli stessi mostrati dall’applicazione).
  list
  add NOME --address A [--incoming URL] [--outgoing URL] [--display-name N] [--pop3]
      Senza --incoming/--outgoing, i server vengono cercati come fa la procedura guidata per gli account (elenco dei provider, autoconfig, DNS SRV). La password viene letta da --password-file o da $POSTIER_PASSWORD e salvata nel portachiavi.
  remove NOME   (rimuove anche le sue voci dal portachiavi)</translation>
    </message>
    <message>
        <source>list, add or remove</source>
        <translation>list, add o remove</translation>
    </message>
    <message>
        <source>The e-mail address.</source>
        <translation>L’indirizzo email.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>indirizzo</translation>
    </message>
    <message>
        <source>The sender name.</source>
        <translation>Il nome del mittente.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>IMAP or POP3 server URL.</source>
        <translation>URL del server IMAP o POP3.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>SMTP server URL.</source>
        <translation>URL del server SMTP.</translation>
    </message>
    <message>
        <source>When detecting, prefer POP3 to IMAP.</source>
        <translation>Durante il rilevamento, preferisce POP3 a IMAP.</translation>
    </message>
    <message>
        <source>accounts needs an action: list, add or remove.</source>
        <translation>accounts richiede un’azione: list, add o remove.</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with “postier-cli accounts add”.</source>
        <translation>Ancora nessun account. Aggiungine uno con «postier-cli accounts add».</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>(disattivato)</translation>
    </message>
    <message>
        <source>Usage: accounts add NAME --address A [--incoming URL] [--outgoing URL]</source>
        <translation>Uso: accounts add NOME --address A [--incoming URL] [--outgoing URL]</translation>
    </message>
    <message>
        <source>Give the servers with --incoming and --outgoing.</source>
        <translation>Indica i server con --incoming e --outgoing.</translation>
    </message>
    <message>
        <source>Added the account “%1”.</source>
        <translation>Account «%1» aggiunto.</translation>
    </message>
    <message>
        <source>Usage: accounts remove NAME</source>
        <translation>Uso: accounts remove NOME</translation>
    </message>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>Non esiste nessun account chiamato «%1».</translation>
    </message>
    <message>
        <source>Removed the account “%1” and its saved passwords. Mail stored on this computer was kept.</source>
        <translation>L’account «%1» e le sue password salvate sono stati rimossi. La posta salvata su questo computer è stata conservata.</translation>
    </message>
    <message>
        <source>Unknown action “%1”: use list, add or remove.</source>
        <translation>Azione sconosciuta «%1»: usa list, add o remove.</translation>
    </message>
    <message>
        <source>Starts a local demo mail server (dovecot on 127.0.0.1, with realistic demo mail) and adds two demo accounts, “Demo Anna” and “Demo Ben”, to Postier&apos;s settings, with their passwords in the keychain. Nothing leaves this computer.</source>
        <translation>Avvia un server di posta dimostrativo locale (dovecot su 127.0.0.1, con messaggi dimostrativi realistici) e aggiunge alle impostazioni di Postier due account dimostrativi, «Demo Anna» e «Demo Ben», con le loro password nel portachiavi. Nulla esce da questo computer.</translation>
    </message>
    <message>
        <source>Where the demo server keeps its files.</source>
        <translation>Dove il server dimostrativo tiene i suoi file.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>cartella</translation>
    </message>
    <message>
        <source>Stop the demo server.</source>
        <translation>Arresta il server dimostrativo.</translation>
    </message>
    <message>
        <source>The demo server script (testserver.py) was not found. Set POSTIER_SCRIPTS_DIR to the scripts folder of the Postier sources.</source>
        <translation>Lo script del server dimostrativo (testserver.py) non è stato trovato. Imposta POSTIER_SCRIPTS_DIR sulla cartella scripts dei sorgenti di Postier.</translation>
    </message>
    <message>
        <source>The demo server runs on %1 (files in %2).</source>
        <translation>Il server dimostrativo è in esecuzione su %1 (file in %2).</translation>
    </message>
    <message>
        <source>Accounts “Demo Anna” (anna / anna-demo) and “Demo Ben” (ben / ben-demo) are set up.</source>
        <translation>Gli account «Demo Anna» (anna / anna-demo) e «Demo Ben» (ben / ben-demo) sono configurati.</translation>
    </message>
    <message>
        <source>Until then, pass the password in the environment, e.g. POSTIER_PASSWORD=anna-demo.</source>
        <translation>Nel frattempo, passa la password tramite l’ambiente, ad esempio POSTIER_PASSWORD=anna-demo.</translation>
    </message>
    <message>
        <source>Try: postier-cli folders &quot;Demo Anna&quot;</source>
        <translation>Prova: postier-cli folders &quot;Demo Anna&quot;</translation>
    </message>
    <message>
        <source>Stop it with: postier-cli demo --stop</source>
        <translation>Per arrestarlo: postier-cli demo --stop</translation>
    </message>
    <message>
        <source>Writes one message, byte for byte as the server stores it, to stdout (or one MIME part with --section). Reading does not mark it as read.</source>
        <translation>Scrive un messaggio su stdout, byte per byte come lo conserva il server (o una sola parte MIME con --section). Leggerlo non lo segna come letto.</translation>
    </message>
    <message>
        <source>An IMAP URL or an account name.</source>
        <translation>Un URL IMAP o il nome di un account.</translation>
    </message>
    <message>
        <source>The folder, e.g. INBOX.</source>
        <translation>La cartella, ad esempio INBOX.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>cartella</translation>
    </message>
    <message>
        <source>The message&apos;s UID.</source>
        <translation>L’UID del messaggio.</translation>
    </message>
    <message>
        <source>uid</source>
        <translation>uid</translation>
    </message>
    <message>
        <source>Only this MIME part, e.g. 1.2.</source>
        <translation>Solo questa parte MIME, ad esempio 1.2.</translation>
    </message>
    <message>
        <source>section</source>
        <translation>sezione</translation>
    </message>
    <message>
        <source>Usage: postier-cli fetch URL|ACCOUNT --folder FOLDER --uid N (N a positive number)</source>
        <translation>Uso: postier-cli fetch URL|ACCOUNT --folder CARTELLA --uid N (N un numero positivo)</translation>
    </message>
    <message>
        <source>fetch needs an IMAP account (imaps:// or imap+starttls://).</source>
        <translation>fetch richiede un account IMAP (imaps:// o imap+starttls://).</translation>
    </message>
    <message>
        <source>The message could not be written to standard output.</source>
        <translation>Impossibile scrivere il messaggio sullo standard output.</translation>
    </message>
    <message>
        <source>Lists the folders of an IMAP account as a tree, with their attributes. Ghost folders (\Noselect, \NonExistent) are marked: they are listed but cannot hold mail.</source>
        <translation>Elenca le cartelle di un account IMAP ad albero, con i loro attributi. Le cartelle fantasma (\Noselect, \NonExistent) sono segnalate: compaiono nell’elenco ma non possono contenere messaggi.</translation>
    </message>
    <message>
        <source>folders takes exactly one account: postier-cli folders imaps://anna@host</source>
        <translation>folders richiede esattamente un account: postier-cli folders imaps://anna@host</translation>
    </message>
    <message>
        <source>folders needs an IMAP account (imaps:// or imap+starttls://).</source>
        <translation>folders richiede un account IMAP (imaps:// o imap+starttls://).</translation>
    </message>
    <message>
        <source>(ghost: cannot hold mail)</source>
        <translation>(fantasma: non può contenere messaggi)</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n cartella</numerusform>
            <numerusform>%n cartelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n ghost(s)</source>
        <translation>
            <numerusform>, %n fantasma</numerusform>
            <numerusform>, %n fantasma</numerusform>
        </translation>
    </message>
    <message>
        <source>fetch</source>
        <translation>fetch</translation>
    </message>
    <message>
        <source>A POP3 URL or an account name.</source>
        <translation>Un URL POP3 o il nome di un account.</translation>
    </message>
    <message>
        <source>Keep the messages on the server.</source>
        <translation>Lascia i messaggi sul server.</translation>
    </message>
    <message>
        <source>With --leave-on-server: delete from the server what was downloaded more than this many days ago.</source>
        <translation>Con --leave-on-server: elimina dal server ciò che è stato scaricato più di questo numero di giorni fa.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>giorni</translation>
    </message>
    <message>
        <source>--delete-after-days takes a number of days above zero, together with --leave-on-server.</source>
        <translation>--delete-after-days richiede un numero di giorni maggiore di zero, insieme a --leave-on-server.</translation>
    </message>
    <message>
        <source>pop3 fetch needs a POP3 account (pop3s:// or pop3+starttls://).</source>
        <translation>pop3 fetch richiede un account POP3 (pop3s:// o pop3+starttls://).</translation>
    </message>
    <message>
        <source>%1 of %2 messages</source>
        <translation>%1 di %2 messaggi</translation>
    </message>
    <message>
        <source>Finds messages of an account by words of their subject, sender or recipients in the local cache (filled by “postier-cli sync”), newest first. With --server, or when the folder is not in the cache yet, the server is searched too (IMAP SEARCH TEXT: the whole message, body included) and the results are merged. Prints one line per message: FOLDER, UID, DATE, FROM and SUBJECT, separated by tabs.</source>
        <translation>Cerca i messaggi di un account in base alle parole dell’oggetto, del mittente o dei destinatari nella cache locale (riempita da «postier-cli sync»), dal più recente. Con --server, o se la cartella non è ancora nella cache, la ricerca avviene anche sul server (IMAP SEARCH TEXT: l’intero messaggio, testo compreso) e i risultati vengono uniti. Stampa una riga per messaggio: CARTELLA, UID, DATA, MITTENTE e OGGETTO, separati da tabulazioni.</translation>
    </message>
    <message>
        <source>The words to look for.</source>
        <translation>Le parole da cercare.</translation>
    </message>
    <message>
        <source>query…</source>
        <translation>ricerca…</translation>
    </message>
    <message>
        <source>Only this folder, e.g. INBOX or Archive/2024.</source>
        <translation>Solo questa cartella, ad esempio INBOX o Archive/2024.</translation>
    </message>
    <message>
        <source>Also search on the server (in --folder, default INBOX).</source>
        <translation>Cerca anche sul server (in --folder, predefinita INBOX).</translation>
    </message>
    <message>
        <source>The cache file (default: Postier&apos;s own cache).</source>
        <translation>Il file della cache (predefinito: la cache di Postier).</translation>
    </message>
    <message>
        <source>Show at most this many messages (default %1).</source>
        <translation>Mostra al massimo questo numero di messaggi (predefinito: %1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Usage: postier-cli search URL|ACCOUNT QUERY [--folder F] [--server]</source>
        <translation>Uso: postier-cli search URL|ACCOUNT RICERCA [--folder F] [--server]</translation>
    </message>
    <message>
        <source>--limit takes a whole number greater than zero.</source>
        <translation>--limit richiede un numero intero maggiore di zero.</translation>
    </message>
    <message>
        <source>The query “%1” has no word to search for.</source>
        <translation>La ricerca «%1» non contiene parole da cercare.</translation>
    </message>
    <message>
        <source>search needs an IMAP account (imaps:// or imap+starttls://).</source>
        <translation>search richiede un account IMAP (imaps:// o imap+starttls://).</translation>
    </message>
    <message>
        <source>No message matches “%1”.</source>
        <translation>Nessun messaggio corrisponde a «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found; the server matched %1.</source>
        <translation>
            <numerusform>%n messaggio trovato; il server ne ha trovati %1.</numerusform>
            <numerusform>%n messaggi trovati; il server ne ha trovati %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found in the local cache.</source>
        <translation>
            <numerusform>%n messaggio trovato nella cache locale.</numerusform>
            <numerusform>%n messaggi trovati nella cache locale.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sends a plain-text message through an SMTP submission server (STARTTLS on 587, or TLS on 465). --to, --cc, --bcc and --attach may be repeated.</source>
        <translation>Invia un messaggio in testo semplice tramite un server SMTP di invio (STARTTLS sulla porta 587, o TLS sulla 465). --to, --cc, --bcc e --attach possono essere ripetuti.</translation>
    </message>
    <message>
        <source>An SMTP URL or an account name.</source>
        <translation>Un URL SMTP o il nome di un account.</translation>
    </message>
    <message>
        <source>The sender, e.g. &quot;Anna &lt;anna@example.com&gt;&quot;.</source>
        <translation>Il mittente, ad esempio &quot;Anna &lt;anna@example.com&gt;&quot;.</translation>
    </message>
    <message>
        <source>A recipient.</source>
        <translation>Un destinatario.</translation>
    </message>
    <message>
        <source>A copy recipient.</source>
        <translation>Un destinatario in copia.</translation>
    </message>
    <message>
        <source>A hidden recipient.</source>
        <translation>Un destinatario in copia nascosta.</translation>
    </message>
    <message>
        <source>The subject.</source>
        <translation>L’oggetto.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testo</translation>
    </message>
    <message>
        <source>A UTF-8 text file with the body; - for stdin.</source>
        <translation>Un file di testo UTF-8 con il corpo del messaggio; - per lo standard input.</translation>
    </message>
    <message>
        <source>A file to attach.</source>
        <translation>Un file da allegare.</translation>
    </message>
    <message>
        <source>Also write the exact bytes sent to this file.</source>
        <translation>Scrive anche in questo file i byte esatti inviati.</translation>
    </message>
    <message>
        <source>Usage: postier-cli send SMTP-URL|ACCOUNT --from A --to B [--subject S] --body-file FILE</source>
        <translation>Uso: postier-cli send URL-SMTP|ACCOUNT --from A --to B [--subject S] --body-file FILE</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» non è un indirizzo email.</translation>
    </message>
    <message>
        <source>The body file %1 cannot be read: %2.</source>
        <translation>Impossibile leggere il file del corpo %1: %2.</translation>
    </message>
    <message>
        <source>The attachment %1 cannot be read.</source>
        <translation>Impossibile leggere l’allegato %1.</translation>
    </message>
    <message>
        <source>send needs an SMTP server (smtp+starttls:// or smtps://).</source>
        <translation>send richiede un server SMTP (smtp+starttls:// o smtps://).</translation>
    </message>
    <message>
        <source>The message was sent, but its copy could not be written to %1.</source>
        <translation>Il messaggio è stato inviato, ma non è stato possibile scriverne la copia in %1.</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n recipient(s), Message-ID &lt;%1&gt;.</source>
        <translation>
            <numerusform>Inviato a %n destinatario, Message-ID &lt;%1&gt;.</numerusform>
            <numerusform>Inviato a %n destinatari, Message-ID &lt;%1&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Brings the local cache of one folder up to date: all headers the first time, then only what changed (new mail, flags, deletions). Progress goes to stderr.</source>
        <translation>Aggiorna la cache locale di una cartella: la prima volta tutte le intestazioni, poi solo ciò che è cambiato (nuovi messaggi, flag, eliminazioni). L’avanzamento viene stampato su stderr.</translation>
    </message>
    <message>
        <source>The folder, e.g. INBOX or Archive/2024.</source>
        <translation>La cartella, ad esempio INBOX o Archive/2024.</translation>
    </message>
    <message>
        <source>Usage: postier-cli sync URL|ACCOUNT --folder FOLDER</source>
        <translation>Uso: postier-cli sync URL|ACCOUNT --folder CARTELLA</translation>
    </message>
    <message>
        <source>sync needs an IMAP account (imaps:// or imap+starttls://).</source>
        <translation>sync richiede un account IMAP (imaps:// o imap+starttls://).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 messages</source>
        <translation>%1: %2 di %3 messaggi</translation>
    </message>
    <message>
        <source>%1: %2 messages (%3 unread). Fetched %4 headers, refreshed %5 flags, removed %6, in %7 s.</source>
        <translation>%1: %2 messaggi (%3 non letti). Intestazioni scaricate: %4, flag aggiornati: %5, rimossi: %6, in %7 s.</translation>
    </message>
    <message>
        <source>The server renumbered the folder, so its cache was rebuilt.</source>
        <translation>Il server ha rinumerato la cartella, quindi la sua cache è stata ricostruita.</translation>
    </message>
    <message>
        <source>postier-cli: unknown command “%1”. Run postier-cli --help for the list.</source>
        <translation>postier-cli: comando sconosciuto «%1». Esegui postier-cli --help per l’elenco.</translation>
    </message>
    <message>
        <source>The account “%1” has no outgoing server.</source>
        <translation>L’account «%1» non ha un server di posta in uscita.</translation>
    </message>
    <message>
        <source>The account “%1” has no incoming server.</source>
        <translation>L’account «%1» non ha un server di posta in arrivo.</translation>
    </message>
    <message>
        <source>The demo server could not be started: python3 is missing. scripts/install-deps.sh installs it.</source>
        <translation>Impossibile avviare il server dimostrativo: python3 non è installato. scripts/install-deps.sh lo installa.</translation>
    </message>
    <message>
        <source>The demo server could not be started in %1; the lines above say why. scripts/install-deps.sh installs dovecot and python3-aiosmtpd if they are missing.</source>
        <translation>Impossibile avviare il server dimostrativo in %1; le righe qui sopra spiegano il motivo. scripts/install-deps.sh installa dovecot e python3-aiosmtpd se mancano.</translation>
    </message>
    <message>
        <source>Where the mail is now.</source>
        <translation>Dove si trova ora la posta.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>origine</translation>
    </message>
    <message>
        <source>The IMAP account to copy it into.</source>
        <translation>L’account IMAP in cui copiarla.</translation>
    </message>
    <message>
        <source>A file of “source folder = server folder” lines that overrides the automatic mapping.</source>
        <translation>Un file di righe «cartella di origine = cartella del server» che sostituisce l’associazione automatica.</translation>
    </message>
    <message>
        <source>Show what would be copied; change nothing.</source>
        <translation>Mostra cosa verrebbe copiato, senza cambiare nulla.</translation>
    </message>
    <message>
        <source>Do not upload Thunderbird&apos;s X-Mozilla-Status headers.</source>
        <translation>Non caricare le intestazioni X-Mozilla-Status di Thunderbird.</translation>
    </message>
    <message>
        <source>Where to keep the record of the copy (default: in Postier&apos;s data folder).</source>
        <translation>Dove conservare il registro della copia (predefinito: nella cartella dei dati di Postier).</translation>
    </message>
    <message>
        <source>Copy only this source folder (repeatable).</source>
        <translation>Copia solo questa cartella di origine (ripetibile).</translation>
    </message>
    <message>
        <source>Usage: postier-cli migrate --from SOURCE --to IMAP-URL [--dry-run] [--json]</source>
        <translation>Uso: postier-cli migrate --from ORIGINE --to URL-IMAP [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>--from takes maildir:PATH, mbox:PATH, thunderbird:PATH, eml:PATH or the name of a POP3 account; “%1” is none of these.</source>
        <translation>--from accetta maildir:PERCORSO, mbox:PERCORSO, thunderbird:PERCORSO, eml:PERCORSO o il nome di un account POP3; «%1» non è nessuno di questi.</translation>
    </message>
    <message>
        <source>The folder map %1 cannot be read: %2</source>
        <translation>Impossibile leggere l’associazione delle cartelle %1: %2</translation>
    </message>
    <message>
        <source>migrate copies into an IMAP account (imaps:// or imap+starttls://).</source>
        <translation>migrate copia in un account IMAP (imaps:// o imap+starttls://).</translation>
    </message>
    <message>
        <source>pop3 fetch URL|ACCOUNT [--into DIR] [--leave-on-server] [--delete-after-days N]
Downloads new messages from a POP3 account into a Maildir folder on this computer. Each message is written safely to disk before anything else happens; only then, and only without --leave-on-server, is it deleted from the server. Running it again downloads nothing twice.</source>
        <translation>pop3 fetch URL|ACCOUNT [--into CARTELLA] [--leave-on-server] [--delete-after-days N]
Scarica i nuovi messaggi di un account POP3 in una cartella Maildir su questo computer. Ogni messaggio viene prima scritto al sicuro sul disco; solo dopo, e solo senza --leave-on-server, viene eliminato dal server. Eseguirlo di nuovo non scarica nulla due volte.</translation>
    </message>
    <message>
        <source>The local Maildir (created if missing); for an account name, its own local folders by default.</source>
        <translation>Il Maildir locale (creato se manca); per il nome di un account, le sue cartelle locali in modo predefinito.</translation>
    </message>
    <message>
        <source>Usage: postier-cli pop3 fetch URL|ACCOUNT [--into DIR] [--leave-on-server]</source>
        <translation>Uso: postier-cli pop3 fetch URL|ACCOUNT [--into CARTELLA] [--leave-on-server]</translation>
    </message>
    <message>
        <source>pop3 fetch needs --into DIR, or the name of a POP3 account.</source>
        <translation>pop3 fetch richiede --into CARTELLA, oppure il nome di un account POP3.</translation>
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
        <translation>Uso: postier-cli COMANDO [opzioni]

Comandi:
  folders URL|ACCOUNT                    albero delle cartelle, fantasmi segnalati
  sync URL|ACCOUNT --folder C            intestazioni nella cache, avanzamento su stderr
  fetch URL|ACCOUNT --folder C --uid N   il messaggio grezzo su stdout
  search URL|ACCOUNT RICERCA [--folder C] [--server]
                                         messaggi nella cache locale (e sul server)
  send URL-SMTP|ACCOUNT --from A --to B --subject S --body-file FILE
  pop3 fetch URL|ACCOUNT [--into CARTELLA] [--leave-on-server]
  migrate --from ORIGINE --to URL-IMAP   copia un archivio locale (maildir:, mbox:,
                                         thunderbird:, eml:) in un account IMAP,
                                         verificata e riprendibile
  accounts list|add|remove               gli account nelle impostazioni dell’app
  demo [--dir CARTELLA]                  avvia un server demo locale con due account

I server si indicano con URL: imaps://anna@host[:porta], imap+starttls://…,
pop3s://…, pop3+starttls://…, smtps://…, smtp+starttls://… (+plain solo se
richiesto esplicitamente). La password viene da --password-file, da
$POSTIER_PASSWORD o dal portachiavi; mai dalla riga di comando. --ca-file
aggiunge un’autorità di certificazione attendibile; il controllo dei certificati
non si può disattivare. Ogni comando accetta --json, --timeout, --trace e
--help.

Codici di uscita: 0&#xa0;successo, 2&#xa0;uso errato, 3&#xa0;autenticazione, 4&#xa0;TLS/certificato,
5&#xa0;rete o tempo scaduto, 6&#xa0;rifiutato dal server, 7&#xa0;errore parziale, 8&#xa0;errore di
file locale, 9&#xa0;annullato, 10&#xa0;errore di protocollo.
</translation>
    </message>
    <message>
        <source>migrate --from SOURCE --to IMAP-URL|ACCOUNT [--folder-map FILE] [--dry-run] [--clean-mozilla-headers] [--journal FILE]
Copies every message of a local store into an IMAP account, folder by folder, with its exact bytes, flags and date, then checks that each one is on the server. The source is only read. Running it again uploads nothing twice and continues where an interrupted run stopped. SOURCE is maildir:PATH, mbox:PATH, thunderbird:PROFILE-FOLDER, eml:PATH, the name of a POP3 account, or an IMAP folder (imaps://user@host/Folder, with its subfolders). Exit status 0 only when every message is verified.</source>
        <translation>migrate --from ORIGINE --to URL-IMAP|ACCOUNT [--folder-map FILE] [--dry-run] [--clean-mozilla-headers] [--journal FILE]
Copia ogni messaggio di un archivio locale in un account IMAP, cartella per cartella, con i suoi byte esatti, i suoi flag e la sua data, poi verifica che ognuno sia sul server. L’origine viene solo letta. Rieseguito, non carica nulla due volte e riprende da dove si è fermata un’esecuzione interrotta. ORIGINE è maildir:PERCORSO, mbox:PERCORSO, thunderbird:CARTELLA-DEL-PROFILO, eml:PERCORSO, il nome di un account POP3 o una cartella IMAP (imaps://utente@host/Cartella, con le sue sottocartelle). Codice di uscita 0 solo quando ogni messaggio è verificato.</translation>
    </message>
    <message>
        <source>For an IMAP source: the file whose first line is its password (else $POSTIER_SOURCE_PASSWORD, else the keychain).</source>
        <translation>Per un’origine IMAP: il file la cui prima riga è la sua password (altrimenti $POSTIER_SOURCE_PASSWORD, altrimenti il portachiavi).</translation>
    </message>
    <message>
        <source>Name the folder to copy after the server: imaps://user@host/INBOX.</source>
        <translation>Indica la cartella da copiare dopo il server: imaps://utente@host/INBOX.</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation>Impossibile leggere il file della password %1: %2</translation>
    </message>
    <message>
        <source>%1 Run “%2 --help” for the options.</source>
        <translation>%1 Esegui «%2 --help» per le opzioni.</translation>
    </message>
    <message>
        <source>Added the account “%1”, but its password could not be saved in the keychain: %2 Give it with --password-file or $POSTIER_PASSWORD when you use the account.</source>
        <translation>L’account «%1» è stato aggiunto, ma la sua password non è stata salvata nel portachiavi: %2 Indicala con --password-file o $POSTIER_PASSWORD quando usi l’account.</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n new message(s) into %1.</source>
        <translation>
            <numerusform>%n nuovo messaggio scaricato in %1.</numerusform>
            <numerusform>%n nuovi messaggi scaricati in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were already here.</source>
        <translation>
            <numerusform>%n messaggio era già qui.</numerusform>
            <numerusform>%n messaggi erano già qui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted from the server.</source>
        <translation>
            <numerusform>%n messaggio eliminato dal server.</numerusform>
            <numerusform>%n messaggi eliminati dal server.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo server in %1 is stopped.</source>
        <translation>Il server dimostrativo in %1 è fermo.</translation>
    </message>
    <message>
        <source>No demo server was running in %1.</source>
        <translation>Nessun server dimostrativo era in esecuzione in %1.</translation>
    </message>
</context>
<context>
    <name>postier::models::AccountDiscovery</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n secondo</numerusform>
            <numerusform>%n secondi</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking Postier’s list of providers for %1…</source>
        <translation>Ricerca di %1 nell’elenco dei provider di Postier…</translation>
    </message>
    <message>
        <source>Looking up %1’s settings…</source>
        <translation>Ricerca delle impostazioni di %1…</translation>
    </message>
    <message>
        <source>The settings file at %1 is larger than %2 KB, so Postier did not read it.</source>
        <translation>Il file delle impostazioni in %1 supera i %2 KB, quindi Postier non l’ha letto.</translation>
    </message>
    <message>
        <source>%1 has no settings file for mail (HTTP %2).</source>
        <translation>%1 non offre un file di impostazioni per la posta (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 could not be reached (%2).</source>
        <translation>%1 non è raggiungibile (%2).</translation>
    </message>
    <message>
        <source>The settings file at %1 could not be used: %2</source>
        <translation>Il file delle impostazioni in %1 non è utilizzabile: %2</translation>
    </message>
    <message>
        <source>%1 did not answer within %2.</source>
        <translation>%1 non ha risposto entro %2.</translation>
    </message>
    <message>
        <source>Looking up %1’s mail servers in DNS…</source>
        <translation>Ricerca dei server di posta di %1 nel DNS…</translation>
    </message>
    <message>
        <source>The DNS lookups for %1 did not finish within %2.</source>
        <translation>Le ricerche DNS per %1 non si sono concluse entro %2.</translation>
    </message>
    <message>
        <source>%1 publishes no mail servers in DNS (SRV records).</source>
        <translation>%1 non pubblica server di posta nel DNS (record SRV).</translation>
    </message>
    <message>
        <source>Postier knows the settings of %1.</source>
        <translation>Postier conosce le impostazioni di %1.</translation>
    </message>
    <message>
        <source>%1 publishes its settings for mail programs at %2.</source>
        <translation>%1 pubblica le sue impostazioni per i programmi di posta all’indirizzo %2.</translation>
    </message>
    <message>
        <source>Found the mail servers of %1 in its DNS records.</source>
        <translation>I server di posta di %1 sono stati trovati nei suoi record DNS.</translation>
    </message>
    <message>
        <source>Found the incoming mail server of %1 in its DNS records, but no server for sending. Enter the outgoing server yourself.</source>
        <translation>Il server di posta in arrivo di %1 è stato trovato nei suoi record DNS, ma non quello per l’invio. Inserisci tu il server di posta in uscita.</translation>
    </message>
    <message>
        <source>“%1” is not a complete e-mail address, such as anna@example.com.</source>
        <translation>«%1» non è un indirizzo email completo, come anna@example.com.</translation>
    </message>
    <message>
        <source>Postier could not find the settings for %1. Enter them yourself: your provider’s help pages list them.</source>
        <translation>Postier non ha trovato le impostazioni per %1. Inseriscile tu: le pagine di assistenza del tuo provider le riportano.</translation>
    </message>
    <message>
        <source>%1 asks mail programs to sign in with OAuth, which Postier does not offer yet. Logging in with a password may be refused; an app password may work.</source>
        <translation>%1 chiede ai programmi di posta di accedere con OAuth, che Postier non offre ancora. L’accesso con password potrebbe essere rifiutato; una password per le app potrebbe funzionare.</translation>
    </message>
</context>
<context>
    <name>postier::models::AccountModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (switched off)</source>
        <translation>%1 — %2 (disattivato)</translation>
    </message>
</context>
<context>
    <name>postier::models::AccountStore</name>
    <message>
        <source>The account “%1” in the settings is incomplete and was skipped%2</source>
        <translation>L’account «%1» nelle impostazioni è incompleto ed è stato ignorato%2</translation>
    </message>
    <message>
        <source>An account named “%1” already exists. Choose another name.</source>
        <translation>Esiste già un account chiamato «%1». Scegli un altro nome.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>Impossibile scrivere il file delle impostazioni %1.</translation>
    </message>
    <message>
        <source>An identity of the account “%1” in the settings has no address and was skipped.</source>
        <translation>Un’identità dell’account «%1» nelle impostazioni non ha un indirizzo ed è stata ignorata.</translation>
    </message>
    <message>
        <source>The identity “%1” of the account “%2” in the settings is not a valid e-mail address and was skipped.</source>
        <translation>L’identità «%1» dell’account «%2» nelle impostazioni non è un indirizzo email valido ed è stata ignorata.</translation>
    </message>
    <message>
        <source>The identity “%1” of the account “%2” in the settings repeats an address the account already has and was skipped.</source>
        <translation>L’identità «%1» dell’account «%2» nelle impostazioni ripete un indirizzo che l’account ha già ed è stata ignorata.</translation>
    </message>
    <message>
        <source>The outgoing server of the account “%1” in the settings could not be read: %2</source>
        <translation>Non è stato possibile leggere il server di posta in uscita dell’account «%1» nelle impostazioni: %2</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address, so it cannot be an identity of the account “%2”.</source>
        <translation>«%1» non è un indirizzo email, quindi non può essere un’identità dell’account «%2».</translation>
    </message>
    <message>
        <source>The account “%1” has the address %2 more than once. Each identity needs its own address.</source>
        <translation>L’account «%1» ha l’indirizzo %2 più di una volta. Ogni identità ha bisogno di un proprio indirizzo.</translation>
    </message>
</context>
<context>
    <name>postier::models::AccountTester</name>
    <message>
        <source>Postier cannot check a %1 server here.</source>
        <translation>Postier non può verificare qui un server %1.</translation>
    </message>
</context>
<context>
    <name>postier::models::AutoconfigXml</name>
    <message>
        <source>The settings file is too large (%1 KB) to be an autoconfig file, so Postier did not read it.</source>
        <translation>Il file delle impostazioni è troppo grande (%1 KB) per essere un file autoconfig, quindi Postier non l’ha letto.</translation>
    </message>
    <message>
        <source>The settings file contains a document type declaration, which autoconfig files never have, so Postier did not use it.</source>
        <translation>Il file delle impostazioni contiene una dichiarazione del tipo di documento, che i file autoconfig non hanno mai, quindi Postier non l’ha usato.</translation>
    </message>
    <message>
        <source>The settings file is not valid XML (%1 at line %2).</source>
        <translation>Il file delle impostazioni non è XML valido (%1 alla riga %2).</translation>
    </message>
    <message>
        <source>no root element</source>
        <translation>nessun elemento radice</translation>
    </message>
    <message>
        <source>The settings file is not an autoconfig file: it starts with &lt;%1&gt; instead of &lt;clientConfig&gt;.</source>
        <translation>Il file delle impostazioni non è un file autoconfig: inizia con &lt;%1&gt; invece che con &lt;clientConfig&gt;.</translation>
    </message>
    <message>
        <source>The settings file lists more than %1 servers, so Postier did not use it.</source>
        <translation>Il file delle impostazioni elenca più di %1 server, quindi Postier non l’ha usato.</translation>
    </message>
    <message>
        <source>The settings file describes no mail provider (&lt;emailProvider&gt; is missing).</source>
        <translation>Il file delle impostazioni non descrive alcun provider di posta (manca &lt;emailProvider&gt;).</translation>
    </message>
    <message>
        <source>The settings file lists no IMAP or POP3 server that Postier can use.</source>
        <translation>Il file delle impostazioni non elenca alcun server IMAP o POP3 utilizzabile da Postier.</translation>
    </message>
</context>
<context>
    <name>postier::models::ComposeEngine</name>
    <message>
        <source>The draft could not be put together.</source>
        <translation>Impossibile comporre la bozza.</translation>
    </message>
    <message>
        <source>The message was sent, but its copy could not be saved in your Sent folder: %1 Use “Save Copy to Sent” to try again.</source>
        <translation>Il messaggio è stato inviato, ma non è stato possibile salvarne la copia nella cartella Inviata: %1 Usa «Salva copia in Inviata» per riprovare.</translation>
    </message>
    <message>
        <source>%1 It could not be saved in Drafts either: %2</source>
        <translation>%1 Non è stato possibile salvarlo nemmeno in Bozze: %2</translation>
    </message>
    <message>
        <source>%1 A copy is saved in your Drafts folder.</source>
        <translation>%1 Una copia è salvata nella cartella Bozze.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Impossibile salvare la bozza: %1</translation>
    </message>
</context>
<context>
    <name>postier::models::CrossAccountCopy</name>
    <message>
        <source>Importing into “%1” of %2</source>
        <translation>Importazione in «%1» di %2</translation>
    </message>
    <message>
        <source>Moving to “%1” of %2</source>
        <translation>Spostamento in «%1» di %2</translation>
    </message>
    <message>
        <source>Copying to “%1” of %2</source>
        <translation>Copia in «%1» di %2</translation>
    </message>
    <message>
        <source>The account dropped on no longer exists.</source>
        <translation>L’account su cui hai trascinato non esiste più.</translation>
    </message>
    <message>
        <source>Messages can be copied to another account only into the folders of an IMAP account; %1 keeps its mail on this computer.</source>
        <translation>I messaggi si possono copiare in un altro account solo nelle cartelle di un account IMAP; %1 conserva la sua posta su questo computer.</translation>
    </message>
    <message>
        <source>%1 is neither an mbox file nor an .eml file, so it was not imported.</source>
        <translation>%1 non è né un file mbox né un file .eml, quindi non è stato importato.</translation>
    </message>
    <message>
        <source>Nothing that was dropped can be imported.</source>
        <translation>Nulla di ciò che hai trascinato può essere importato.</translation>
    </message>
    <message>
        <source>The account the messages come from no longer exists.</source>
        <translation>L’account da cui provengono i messaggi non esiste più.</translation>
    </message>
    <message>
        <source>The messages are already in this account.</source>
        <translation>I messaggi sono già in questo account.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posta in arrivo</translation>
    </message>
    <message>
        <source>the local folder “%1” of %2</source>
        <translation>la cartella locale «%1» di %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of the local folder “%1” of %2</source>
        <translation>
            <numerusform>%n messaggio della cartella locale «%1» di %2</numerusform>
            <numerusform>%n messaggi della cartella locale «%1» di %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected messages are no longer in the local folder “%1”.</source>
        <translation>I messaggi selezionati non sono più nella cartella locale «%1».</translation>
    </message>
    <message>
        <source>Postier needs the password of %1 to copy into it, and could not read it from the keychain: %2</source>
        <translation>Postier ha bisogno della password di %1 per copiarvi i messaggi, e non è riuscito a leggerla dal portachiavi: %2</translation>
    </message>
    <message>
        <source>no password is saved for this account.</source>
        <translation>nessuna password è salvata per questo account.</translation>
    </message>
    <message>
        <source>Nothing was deleted from %1, because not every message could be verified on %2.</source>
        <translation>Nulla è stato eliminato da %1, perché non è stato possibile verificare ogni messaggio su %2.</translation>
    </message>
    <message numerus="yes">
        <source>The %n original message(s) were deleted from %1 once verified.</source>
        <translation>
            <numerusform>%n messaggio originale è stato eliminato da %1 dopo la verifica.</numerusform>
            <numerusform>I %n messaggi originali sono stati eliminati da %1 dopo la verifica.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every message was copied and verified, but the originals in “%1” could not be deleted: %2</source>
        <translation>Tutti i messaggi sono stati copiati e verificati, ma gli originali in «%1» non sono stati eliminati: %2</translation>
    </message>
    <message>
        <source>The emptied folders were left in place: %1</source>
        <translation>Le cartelle svuotate sono rimaste al loro posto: %1</translation>
    </message>
    <message>
        <source>“%1” was kept because it holds messages that arrived after the copy started.</source>
        <translation>«%1» è stata mantenuta perché contiene messaggi arrivati dopo l’inizio della copia.</translation>
    </message>
    <message>
        <source>The emptied folder “%1” was deleted too.</source>
        <translation>Anche la cartella svuotata «%1» è stata eliminata.</translation>
    </message>
    <message>
        <source>The folder “%1” was not deleted: %2</source>
        <translation>La cartella «%1» non è stata eliminata: %2</translation>
    </message>
    <message numerus="yes">
        <source>The %n original message(s) were moved to the local Trash of %1 once verified.</source>
        <translation>
            <numerusform>%n messaggio originale è stato spostato nel Cestino locale di %1 dopo la verifica.</numerusform>
            <numerusform>I %n messaggi originali sono stati spostati nel Cestino locale di %1 dopo la verifica.</numerusform>
        </translation>
    </message>
    <message>
        <source>Those that were in the local Trash stay there.</source>
        <translation>Quelli che erano nel Cestino locale restano lì.</translation>
    </message>
    <message>
        <source>The local folder “%1” stays, empty.</source>
        <translation>La cartella locale «%1» resta, vuota.</translation>
    </message>
</context>
<context>
    <name>postier::models::CrossAccountResult</name>
    <message>
        <source>The copy was stopped; what was copied stays there, and dropping the same messages again copies only the rest.</source>
        <translation>La copia è stata interrotta; ciò che è stato copiato resta lì, e trascinando di nuovo gli stessi messaggi viene copiato solo il resto.</translation>
    </message>
</context>
<context>
    <name>postier::models::DnsSrvResolver</name>
    <message>
        <source>The DNS lookup of %1 failed: %2.</source>
        <translation>La ricerca DNS di %1 non è riuscita: %2.</translation>
    </message>
</context>
<context>
    <name>postier::models::FolderMapper</name>
    <message>
        <source>“%1” was renamed “%2”: the server does not allow the separator “%3”, the characters * and %, control characters or very long names in folder names.</source>
        <translation>«%1» è stata rinominata «%2»: il server non ammette nei nomi delle cartelle il separatore «%3», i caratteri * e %, i caratteri di controllo o i nomi molto lunghi.</translation>
    </message>
    <message>
        <source>Line %1 of the folder map is not “source folder = server folder”: %2</source>
        <translation>La riga %1 dell’associazione delle cartelle non è nella forma «cartella di origine = cartella del server»: %2</translation>
    </message>
</context>
<context>
    <name>postier::models::FolderMappingModel</name>
    <message>
        <source>Inbox</source>
        <translation>Posta in arrivo</translation>
    </message>
    <message>
        <source>Goes into the server’s own folder for this purpose, “%1”.</source>
        <translation>Va nella cartella che il server riserva a questo uso, «%1».</translation>
    </message>
    <message>
        <source>“%1” already exists on the server: the messages are added to it.</source>
        <translation>«%1» esiste già sul server: i messaggi vi vengono aggiunti.</translation>
    </message>
    <message>
        <source>“%1” is created on the server.</source>
        <translation>«%1» viene creata sul server.</translation>
    </message>
    <message>
        <source>cannot be copied</source>
        <translation>non può essere copiata</translation>
    </message>
    <message>
        <source>%1 (%2 already there)</source>
        <translation>%1 (%2 già presenti)</translation>
    </message>
    <message>
        <source>%1: %2 messages, %3</source>
        <translation>%1: %2 messaggi, %3</translation>
    </message>
    <message>
        <source>%1 holds only folders.</source>
        <translation>%1 contiene solo cartelle.</translation>
    </message>
    <message>
        <source>Folder on this computer</source>
        <translation>Cartella su questo computer</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>Folder on the server</source>
        <translation>Cartella sul server</translation>
    </message>
    <message>
        <source>To upload</source>
        <translation>Da caricare</translation>
    </message>
</context>
<context>
    <name>postier::models::FolderModel</name>
    <message>
        <source>The folders of POP3 accounts are kept on this computer.</source>
        <translation>Le cartelle degli account POP3 sono conservate su questo computer.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posta in arrivo</translation>
    </message>
    <message>
        <source>“%1” is listed by the server but cannot hold mail (a ghost folder).</source>
        <translation>«%1» è elencata dal server ma non può contenere messaggi (una cartella fantasma).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s)</source>
        <translation>
            <numerusform>%1: %n messaggio</numerusform>
            <numerusform>%1: %n messaggi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n non letto</numerusform>
            <numerusform>, %n non letti</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Bozze</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviati</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivio</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Cestino</translation>
    </message>
    <message>
        <source>%1: mail downloaded with POP3, kept on this computer in %2</source>
        <translation>%1: posta scaricata con POP3, conservata su questo computer in %2</translation>
    </message>
</context>
<context>
    <name>postier::models::FolderSynchronizer</name>
    <message>
        <source>The update was cancelled.</source>
        <translation>L’aggiornamento è stato annullato.</translation>
    </message>
</context>
<context>
    <name>postier::models::HeaderCache</name>
    <message>
        <source>SQLite said: “%1”.</source>
        <translation>SQLite ha risposto: «%1».</translation>
    </message>
    <message>
        <source>The cache file is damaged; Postier will rebuild it the next time it opens it, and nothing will be lost.</source>
        <translation>Il file della cache è danneggiato; Postier lo ricostruirà alla prossima apertura e non andrà perso nulla.</translation>
    </message>
    <message>
        <source>The offline cache %1 is not open.</source>
        <translation>La cache offline %1 non è aperta.</translation>
    </message>
    <message>
        <source>The offline cache %1 has no folder with the id %2.</source>
        <translation>La cache offline %1 non contiene alcuna cartella con l’ID %2.</translation>
    </message>
    <message>
        <source>SQLite reported “%1”</source>
        <translation>SQLite ha segnalato «%1»</translation>
    </message>
    <message>
        <source>an earlier read found it damaged</source>
        <translation>una lettura precedente l’ha trovata danneggiata</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the offline cache. Check that it is on a writable disk.</source>
        <translation>Impossibile creare la cartella %1 per la cache offline. Verifica che si trovi su un disco scrivibile.</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>non è un file</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed, so the offline cache cannot be opened. Install the Qt 6 SQLite plugin (libqt6sql6-sqlite on Debian).</source>
        <translation>Il driver SQLite di Qt (QSQLITE) non è installato, quindi non è possibile aprire la cache offline. Installa il plugin SQLite di Qt 6 (libqt6sql6-sqlite su Debian).</translation>
    </message>
    <message>
        <source>Could not open the offline cache %1.</source>
        <translation>Impossibile aprire la cache offline %1.</translation>
    </message>
    <message>
        <source>The offline cache %1 could not switch to write-ahead logging (the file system may not support it); it will work, but more slowly.</source>
        <translation>La cache offline %1 non è riuscita a passare al write-ahead logging (il file system potrebbe non supportarlo); funzionerà, ma più lentamente.</translation>
    </message>
    <message>
        <source>it was written by a newer version of Postier (schema %1; this version knows %2)</source>
        <translation>è stata scritta da una versione più recente di Postier (schema %1; questa versione conosce il %2)</translation>
    </message>
    <message>
        <source>Could not update the offline cache %1 to the current format.</source>
        <translation>Impossibile aggiornare la cache offline %1 al formato attuale.</translation>
    </message>
    <message>
        <source>Could not set up the search index of the offline cache %1.</source>
        <translation>Impossibile configurare l’indice di ricerca della cache offline %1.</translation>
    </message>
    <message>
        <source>it has a search index, but this SQLite library has no full-text search (FTS5)</source>
        <translation>ha un indice di ricerca, ma questa libreria SQLite non offre la ricerca full-text (FTS5)</translation>
    </message>
    <message>
        <source>The offline cache %1 was recreated but still cannot be used: %2.</source>
        <translation>La cache offline %1 è stata ricreata ma non è ancora utilizzabile: %2.</translation>
    </message>
    <message>
        <source>The offline cache %1 could not be used: %2. It was renamed to %3 and a new one was created. Nothing is lost: messages will be downloaded again.</source>
        <translation>La cache offline %1 non era utilizzabile: %2. È stata rinominata in %3 e ne è stata creata una nuova. Non si perde nulla: i messaggi verranno scaricati di nuovo.</translation>
    </message>
    <message>
        <source>The offline cache %1 could not be used: %2. It could not be moved aside either (%3). Delete the file; nothing will be lost.</source>
        <translation>La cache offline %1 non è utilizzabile: %2. Non è stato possibile nemmeno spostarla da parte (%3). Elimina il file; non si perderà nulla.</translation>
    </message>
    <message>
        <source>Could not record the folder %1 of %2 in the offline cache %3.</source>
        <translation>Impossibile registrare la cartella %1 di %2 nella cache offline %3.</translation>
    </message>
    <message>
        <source>Could not save the folder list of %1 in the offline cache %2.</source>
        <translation>Impossibile salvare l’elenco delle cartelle di %1 nella cache offline %2.</translation>
    </message>
    <message>
        <source>Could not read the folder list of %1 from the offline cache %2.</source>
        <translation>Impossibile leggere l’elenco delle cartelle di %1 dalla cache offline %2.</translation>
    </message>
    <message>
        <source>Could not read the state of a folder from the offline cache %1.</source>
        <translation>Impossibile leggere lo stato di una cartella dalla cache offline %1.</translation>
    </message>
    <message>
        <source>Could not clear a folder whose UIDVALIDITY changed in the offline cache %1.</source>
        <translation>Impossibile svuotare nella cache offline %1 una cartella il cui UIDVALIDITY è cambiato.</translation>
    </message>
    <message>
        <source>Could not save the state of a folder in the offline cache %1.</source>
        <translation>Impossibile salvare lo stato di una cartella nella cache offline %1.</translation>
    </message>
    <message>
        <source>Could not save the HIGHESTMODSEQ of a folder in the offline cache %1.</source>
        <translation>Impossibile salvare l’HIGHESTMODSEQ di una cartella nella cache offline %1.</translation>
    </message>
    <message>
        <source>Could not save new message headers in the offline cache %1.</source>
        <translation>Impossibile salvare le intestazioni dei nuovi messaggi nella cache offline %1.</translation>
    </message>
    <message>
        <source>Could not save changed message flags in the offline cache %1.</source>
        <translation>Impossibile salvare i flag dei messaggi modificati nella cache offline %1.</translation>
    </message>
    <message>
        <source>Could not remove deleted messages from the offline cache %1.</source>
        <translation>Impossibile rimuovere i messaggi eliminati dalla cache offline %1.</translation>
    </message>
    <message>
        <source>Could not read the message list of a folder from the offline cache %1.</source>
        <translation>Impossibile leggere l’elenco dei messaggi di una cartella dalla cache offline %1.</translation>
    </message>
    <message>
        <source>Could not count the messages of a folder in the offline cache %1.</source>
        <translation>Impossibile contare i messaggi di una cartella nella cache offline %1.</translation>
    </message>
    <message>
        <source>Could not read a message header from the offline cache %1.</source>
        <translation>Impossibile leggere l’intestazione di un messaggio dalla cache offline %1.</translation>
    </message>
    <message>
        <source>Could not read message headers from the offline cache %1.</source>
        <translation>Impossibile leggere le intestazioni dei messaggi dalla cache offline %1.</translation>
    </message>
    <message>
        <source>Could not read the message threads of a folder from the offline cache %1.</source>
        <translation>Impossibile leggere le conversazioni di una cartella dalla cache offline %1.</translation>
    </message>
    <message>
        <source>Could not store the body of message %1 in the offline cache %2: its header is not stored.</source>
        <translation>Impossibile salvare il corpo del messaggio %1 nella cache offline %2: la sua intestazione non è salvata.</translation>
    </message>
    <message>
        <source>Could not store the body of message %1 in the offline cache %2.</source>
        <translation>Impossibile salvare il corpo del messaggio %1 nella cache offline %2.</translation>
    </message>
    <message>
        <source>Could not read the body of message %1 from the offline cache %2.</source>
        <translation>Impossibile leggere il corpo del messaggio %1 dalla cache offline %2.</translation>
    </message>
    <message>
        <source>Could not search the offline cache %1.</source>
        <translation>Impossibile effettuare la ricerca nella cache offline %1.</translation>
    </message>
    <message>
        <source>Could not read addresses from the offline cache %1.</source>
        <translation>Impossibile leggere gli indirizzi dalla cache offline %1.</translation>
    </message>
    <message>
        <source>Could not read the list of local messages from the offline cache %1.</source>
        <translation>Impossibile leggere l’elenco dei messaggi locali dalla cache offline %1.</translation>
    </message>
    <message>
        <source>Could not add local messages to the offline cache %1.</source>
        <translation>Impossibile aggiungere messaggi locali alla cache offline %1.</translation>
    </message>
    <message>
        <source>A local folder of the offline cache %1 has run out of message numbers. Delete the cache file; Postier will number the messages again and nothing will be lost.</source>
        <translation>Una cartella locale della cache offline %1 ha esaurito i numeri dei messaggi. Elimina il file della cache; Postier numererà di nuovo i messaggi e non si perderà nulla.</translation>
    </message>
    <message>
        <source>Could not save changed local messages in the offline cache %1.</source>
        <translation>Impossibile salvare i messaggi locali modificati nella cache offline %1.</translation>
    </message>
</context>
<context>
    <name>postier::models::LocalMail</name>
    <message>
        <source>A message is no longer in the local folder “%1”; the list is being brought up to date.</source>
        <translation>Un messaggio non è più nella cartella locale «%1»; l’elenco viene aggiornato.</translation>
    </message>
</context>
<context>
    <name>postier::models::MailSession</name>
    <message>
        <source>This account no longer exists.</source>
        <translation>Questo account non esiste più.</translation>
    </message>
    <message>
        <source>No password is saved for %1.</source>
        <translation>Nessuna password salvata per %1.</translation>
    </message>
    <message>
        <source>No password was given for %1.</source>
        <translation>Non è stata indicata alcuna password per %1.</translation>
    </message>
    <message>
        <source>The account %1 has no outgoing (SMTP) server.</source>
        <translation>L’account %1 non ha un server di posta in uscita (SMTP).</translation>
    </message>
    <message>
        <source>The account %1 has no incoming server.</source>
        <translation>L’account %1 non ha un server di posta in arrivo.</translation>
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
        <translation>nessuna cifratura</translation>
    </message>
    <message>
        <source>%1, %2, port %3, %4</source>
        <translation>%1, %2, porta %3, %4</translation>
    </message>
</context>
<context>
    <name>postier::models::MessageListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(nessun oggetto)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mittente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
</context>
<context>
    <name>postier::models::MigrationJournal</name>
    <message>
        <source>The migration journal %1 could not be written: %2.</source>
        <translation>Impossibile scrivere il registro di migrazione %1: %2.</translation>
    </message>
    <message>
        <source>The migration journal %1 could not be opened: %2.</source>
        <translation>Impossibile aprire il registro di migrazione %1: %2.</translation>
    </message>
    <message>
        <source>The migration journal %1 belongs to another migration (from %2 to %3).</source>
        <translation>Il registro di migrazione %1 appartiene a un’altra migrazione (da %2 a %3).</translation>
    </message>
</context>
<context>
    <name>postier::models::MigrationPreflight</name>
    <message>
        <source>Counting the messages of “%1”…</source>
        <translation>Conteggio dei messaggi di «%1»…</translation>
    </message>
    <message>
        <source>Counting the messages on this computer and asking %1 for its folders…</source>
        <translation>Conteggio dei messaggi su questo computer e richiesta delle cartelle a %1…</translation>
    </message>
</context>
<context>
    <name>postier::models::MigrationPreflightResult</name>
    <message>
        <source>less than a minute</source>
        <translation>meno di un minuto</translation>
    </message>
    <message>
        <source>about %1 minutes</source>
        <translation>circa %1 minuti</translation>
    </message>
    <message>
        <source>about %1 hours</source>
        <translation>circa %1 ore</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>Non è stato possibile leggere «%1»: %2</translation>
    </message>
</context>
<context>
    <name>postier::models::MigrationReport</name>
    <message numerus="yes">
        <source>Dry run: %n message(s) would be uploaded; nothing was changed on the server.</source>
        <translation>
            <numerusform>Prova: %n messaggio verrebbe caricato; sul server non è cambiato nulla.</numerusform>
            <numerusform>Prova: %n messaggi verrebbero caricati; sul server non è cambiato nulla.</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 messages verified: each one is on the server.</source>
        <translation>Tutti i %1 messaggi verificati: ognuno è sul server.</translation>
    </message>
    <message>
        <source>The migration was stopped before its end; run it again to continue where it stopped.</source>
        <translation>La migrazione è stata interrotta prima della fine; avviala di nuovo per riprendere da dove si è fermata.</translation>
    </message>
    <message>
        <source>%1 of %2 messages are not on the server; the list below says which and why.</source>
        <translation>%1 messaggi su %2 non sono sul server; l’elenco qui sotto dice quali e perché.</translation>
    </message>
    <message>
        <source>Some folders could not be copied; the list below says why.</source>
        <translation>Alcune cartelle non sono state copiate; l’elenco qui sotto dice perché.</translation>
    </message>
    <message>
        <source>Migration from %1 to %2</source>
        <translation>Migrazione – origine: %1; destinazione: %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 messages; %2 uploaded, %3 already there, %4 refused</source>
        <translation>%1 messaggi; %2 caricati, %3 già presenti, %4 rifiutati</translation>
    </message>
    <message>
        <source>%1 verified on the server</source>
        <translation>%1 verificati sul server</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) have the same identity as another message of this folder; all were copied.</source>
        <translation>
            <numerusform>%n messaggio ha la stessa identità di un altro messaggio di questa cartella; sono stati copiati tutti.</numerusform>
            <numerusform>%n messaggi hanno la stessa identità di un altro messaggio di questa cartella; sono stati copiati tutti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) marked deleted in the source program were not copied.</source>
        <translation>
            <numerusform>%n messaggio segnato come eliminato nel programma d’origine non è stato copiato.</numerusform>
            <numerusform>%n messaggi segnati come eliminati nel programma d’origine non sono stati copiati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing: %1 (%2): %3</source>
        <translation>Mancante: %1 (%2): %3</translation>
    </message>
    <message>
        <source>no Message-ID</source>
        <translation>nessun Message-ID</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) already on the server got the flags they have here (read, answered, flagged).</source>
        <translation>
            <numerusform>%n messaggio già sul server ha ricevuto i flag che ha qui (letto, risposto, contrassegnato).</numerusform>
            <numerusform>%n messaggi già sul server hanno ricevuto i flag che hanno qui (letto, risposto, contrassegnato).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::models::MigrationReportMail</name>
    <message>
        <source>Postier migration report — %1</source>
        <translation>Rapporto di migrazione di Postier — %1</translation>
    </message>
</context>
<context>
    <name>postier::models::MigrationRun</name>
    <message>
        <source>Reading %1</source>
        <translation>Lettura: %1</translation>
    </message>
    <message>
        <source>Continuing an interrupted copy</source>
        <translation>Ripresa di una copia interrotta</translation>
    </message>
    <message>
        <source>Listing the folders on %1</source>
        <translation>Elenco delle cartelle su %1</translation>
    </message>
    <message>
        <source>The connection was lost; going on with “%1” where it stopped.</source>
        <translation>La connessione si è interrotta; «%1» riprende da dove si era fermata.</translation>
    </message>
    <message>
        <source>Checking every message on the server</source>
        <translation>Verifica di ogni messaggio sul server</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>Impossibile leggere «%1»: %2</translation>
    </message>
    <message>
        <source>The server refused to create the folder “%1”: %2</source>
        <translation>Il server ha rifiutato di creare la cartella «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” was renamed “%2” because the server refused the name: %3</source>
        <translation>«%1» è stata rinominata «%2» perché il server ha rifiutato il nome: %3</translation>
    </message>
    <message>
        <source>The folder “%1” on the server could not be read: %2</source>
        <translation>Impossibile leggere la cartella «%1» sul server: %2</translation>
    </message>
    <message numerus="yes">
        <source>The migration stopped after %n refused message(s); the last reason: %1</source>
        <translation>
            <numerusform>La migrazione si è fermata dopo %n messaggio rifiutato; l’ultimo motivo: %1</numerusform>
            <numerusform>La migrazione si è fermata dopo %n messaggi rifiutati; l’ultimo motivo: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>It is not on the server after the copy.</source>
        <translation>Non è sul server dopo la copia.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be checked: %2</source>
        <translation>Impossibile verificare la cartella «%1»: %2</translation>
    </message>
</context>
<context>
    <name>postier::models::PasswordStore</name>
    <message>
        <source>No password is stored in the keychain for %1.</source>
        <translation>Nel portachiavi non è salvata alcuna password per %1.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Postier will ask for the password once per session and will not save it to disk.</source>
        <translation>Il portachiavi di sistema non è disponibile (%1). Postier chiederà la password una volta per sessione e non la salverà sul disco.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1.</source>
        <translation>Il portachiavi di sistema ha segnalato un errore: %1.</translation>
    </message>
</context>
<context>
    <name>postier::models::ProviderTable</name>
    <message>
        <source>Gmail does not accept your usual Google password in mail programs. Turn on 2-Step Verification in your Google Account, create an app password at myaccount.google.com/apppasswords, and enter that app password here. Postier does not offer Google sign-in (OAuth) yet.</source>
        <translation>Gmail non accetta la tua solita password di Google nei programmi di posta. Attiva la verifica in due passaggi nel tuo account Google, crea una password per le app su myaccount.google.com/apppasswords e inseriscila qui. Postier non offre ancora l’accesso con Google (OAuth).</translation>
    </message>
    <message>
        <source>Microsoft requires OAuth sign-in (Modern Auth) for Outlook.com in mail programs, and Postier does not offer it yet, so logging in with a password may be refused. If your account has two-step verification, an app password from account.microsoft.com/security may work. IMAP and POP access must also be switched on in Outlook.com under Settings, Mail, Forwarding and IMAP.</source>
        <translation>Microsoft richiede l’accesso OAuth (Modern Auth) per Outlook.com nei programmi di posta, e Postier non lo offre ancora, quindi l’accesso con password potrebbe essere rifiutato. Se il tuo account usa la verifica in due passaggi, una password per le app creata su account.microsoft.com/security potrebbe funzionare. Inoltre l’accesso IMAP e POP va attivato in Outlook.com, in Impostazioni, Posta, Inoltro e IMAP.</translation>
    </message>
    <message>
        <source>Yahoo Mail needs an app password for mail programs: in your Yahoo account, open Account Security, choose “Generate app password”, and enter that password here instead of your usual one.</source>
        <translation>Yahoo Mail richiede una password per le app nei programmi di posta: nel tuo account Yahoo apri Sicurezza dell’account, scegli «Genera password per app» e inserisci qui quella password al posto di quella abituale.</translation>
    </message>
    <message>
        <source>GMX lets mail programs in only after you allow it: in the GMX web mail, open the settings, choose “POP3 &amp; IMAP”, and switch on access by POP3 and IMAP.</source>
        <translation>GMX consente l’accesso ai programmi di posta solo dopo la tua autorizzazione: nella webmail di GMX apri le impostazioni, scegli «POP3 &amp; IMAP» e attiva l’accesso tramite POP3 e IMAP.</translation>
    </message>
</context>
<context>
    <name>postier::models::ReplyBuilder</name>
    <message>
        <source>Forwarded message</source>
        <translation>Messaggio inoltrato</translation>
    </message>
    <message>
        <source>%1 wrote:</source>
        <translation>%1 ha scritto:</translation>
    </message>
    <message>
        <source>On %1, %2 wrote:</source>
        <translation>Il %1, %2 ha scritto:</translation>
    </message>
    <message>
        <source>-------- Forwarded Message --------</source>
        <translation>-------- Messaggio inoltrato --------</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Oggetto: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Mittente: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Cc: %1</translation>
    </message>
</context>
<context>
    <name>postier::models::ServerSearch</name>
    <message>
        <source>Type the words to search for first.</source>
        <translation>Prima scrivi le parole da cercare.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Questo account non esiste più.</translation>
    </message>
    <message>
        <source>The account %1 keeps its mail on this computer (POP3): everything it has is already searched here.</source>
        <translation>L’account %1 conserva la posta su questo computer (POP3): tutto ciò che contiene viene già cercato qui.</translation>
    </message>
    <message>
        <source>The search on the server was cancelled.</source>
        <translation>La ricerca sul server è stata annullata.</translation>
    </message>
</context>
<context>
    <name>postier::models::SpecialFolderLocator</name>
    <message>
        <source>Sent</source>
        <translation>Inviata</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Bozze</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Questo account non esiste più.</translation>
    </message>
    <message>
        <source>The account %1 receives mail by POP3, so it has no %2 folder on the server.</source>
        <translation>L’account %1 riceve la posta tramite POP3, quindi non ha una cartella «%2» sul server.</translation>
    </message>
    <message>
        <source>There is no %1 folder, and it could not be created: %2</source>
        <translation>Non esiste una cartella «%1» e non è stato possibile crearla: %2</translation>
    </message>
</context>
<context>
    <name>postier::protocols::AppendMessageJob</name>
    <message numerus="yes">
        <source>Saving %n message(s) in “%1”</source>
        <translation>
            <numerusform>Salvataggio di %n messaggio in «%1»</numerusform>
            <numerusform>Salvataggio di %n messaggi in «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>Postier could not read message %1 while saving it in “%2” (%3). Nothing of it was kept on the server.</source>
        <translation>Postier non è riuscito a leggere il messaggio %1 durante il salvataggio in «%2» (%3). Sul server non ne è rimasto nulla.</translation>
    </message>
    <message>
        <source>Postier could not open message %1 to save it in “%2” (%3).</source>
        <translation>Postier non è riuscito ad aprire il messaggio %1 per salvarlo in «%2» (%3).</translation>
    </message>
    <message>
        <source>Message %1 for “%2” comes from a stream of unknown length, which IMAP cannot save.</source>
        <translation>Il messaggio %1 per «%2» proviene da un flusso di lunghezza sconosciuta, che IMAP non può salvare.</translation>
    </message>
    <message>
        <source>save the message in “%1”</source>
        <translation>salvare il messaggio in «%1»</translation>
    </message>
    <message>
        <source>save message %1 of %2 in “%3”</source>
        <translation>salvare il messaggio %1 di %2 in «%3»</translation>
    </message>
    <message>
        <source>Message %1 was not saved in “%2” on %3: sending it was interrupted.</source>
        <translation>Il messaggio %1 non è stato salvato in «%2» su %3: l’invio è stato interrotto.</translation>
    </message>
    <message>
        <source>The connection to %1 ended before the server confirmed message %2 in “%3”: it may or may not have been saved.</source>
        <translation>La connessione a %1 si è chiusa prima che il server confermasse il messaggio %2 in «%3»: potrebbe essere stato salvato oppure no.</translation>
    </message>
    <message>
        <source>%1 of %2 messages could not be saved in “%3” on %4; the others were. The first problem: %5</source>
        <translation>%1 messaggi su %2 non sono stati salvati in «%3» su %4; gli altri sì. Il primo problema: %5</translation>
    </message>
    <message>
        <source>Postier could not open message %1 to save it in “%2”.</source>
        <translation>Postier non ha potuto aprire il messaggio %1 per salvarlo in «%2».</translation>
    </message>
</context>
<context>
    <name>postier::protocols::CapabilitiesJob</name>
    <message>
        <source>Checking the server’s capabilities</source>
        <translation>Verifica delle funzionalità del server</translation>
    </message>
</context>
<context>
    <name>postier::protocols::CertificateVerifier</name>
    <message>
        <source>not issued by an authority this computer trusts</source>
        <translation>non rilasciato da un’autorità considerata attendibile da questo computer</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>scaduto</translation>
    </message>
    <message>
        <source>not valid yet</source>
        <translation>non ancora valido</translation>
    </message>
    <message>
        <source>issued for another server name</source>
        <translation>rilasciato per un altro nome di server</translation>
    </message>
</context>
<context>
    <name>postier::protocols::Connection</name>
    <message>
        <source>This operation cannot run on a %1 connection.</source>
        <translation>Questa operazione non può essere eseguita su una connessione %1.</translation>
    </message>
    <message>
        <source>Postier cannot open a %1 connection to %2: it does not support that protocol.</source>
        <translation>Postier non può aprire una connessione %1 verso %2: non supporta questo protocollo.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::CopyMessagesJob</name>
    <message numerus="yes">
        <source>Copying %n message(s) to “%1”</source>
        <translation>
            <numerusform>Copia di %n messaggio in «%1»</numerusform>
            <numerusform>Copia di %n messaggi in «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>copy messages from “%1” to “%2”</source>
        <translation>copiare messaggi da «%1» a «%2»</translation>
    </message>
</context>
<context>
    <name>postier::protocols::CreateFolderJob</name>
    <message>
        <source>Creating the folder “%1”</source>
        <translation>Creazione della cartella «%1»</translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation>Una cartella deve avere un nome.</translation>
    </message>
    <message>
        <source>create the folder “%1”</source>
        <translation>creare la cartella «%1»</translation>
    </message>
</context>
<context>
    <name>postier::protocols::DeleteFolderJob</name>
    <message>
        <source>Deleting the folder “%1”</source>
        <translation>Eliminazione della cartella «%1»</translation>
    </message>
    <message>
        <source>%1 did not delete the folder “%2” because it still contains subfolders. Delete or move its subfolders first (the server said “%3”).</source>
        <translation>%1 non ha eliminato la cartella «%2» perché contiene ancora delle sottocartelle. Elimina o sposta prima le sue sottocartelle (il server ha risposto «%3»).</translation>
    </message>
    <message>
        <source>delete the folder “%1”</source>
        <translation>eliminare la cartella «%1»</translation>
    </message>
</context>
<context>
    <name>postier::protocols::EmlSource</name>
    <message>
        <source>the folder of .eml files %1</source>
        <translation>la cartella di file .eml %1</translation>
    </message>
    <message>
        <source>No .eml file was found in %1.</source>
        <translation>Nessun file .eml trovato in %1.</translation>
    </message>
    <message>
        <source>the .eml file %1</source>
        <translation>il file .eml %1</translation>
    </message>
</context>
<context>
    <name>postier::protocols::Errors</name>
    <message>
        <source>Could not log in to %1 as %2. Check the password, or use an app password if your provider requires one.</source>
        <translation>Impossibile accedere a %1 come %2. Controlla la password, oppure usa una password per le app se il tuo provider lo richiede.</translation>
    </message>
    <message>
        <source>Could not log in to %1 as %2: the server said “%3”. Check the password, or use an app password if your provider requires one.</source>
        <translation>Impossibile accedere a %1 come %2: il server ha risposto «%3». Controlla la password, oppure usa una password per le app se il tuo provider lo richiede.</translation>
    </message>
    <message>
        <source>The operation on %1 was cancelled.</source>
        <translation>L’operazione su %1 è stata annullata.</translation>
    </message>
    <message>
        <source>%1 refused to %2 because the mailbox is full (“%3”). Delete or archive some mail, or ask your provider for more space.</source>
        <translation>%1 ha rifiutato di %2 perché la casella di posta è piena («%3»). Elimina o archivia alcuni messaggi, oppure chiedi più spazio al tuo provider.</translation>
    </message>
    <message>
        <source>%1 could not %2: the folder does not exist (“%3”).</source>
        <translation>Impossibile %2 su %1: la cartella non esiste («%3»).</translation>
    </message>
    <message>
        <source>%1 refused to %2: the server said “%3”.</source>
        <translation>%1 ha rifiutato di %2: il server ha risposto «%3».</translation>
    </message>
    <message>
        <source>The security certificate of %1 is %2, so Postier did not connect. Its SHA-256 fingerprint is %3. Trust it only if your provider confirms this fingerprint.</source>
        <translation>Il certificato di sicurezza di %1 è %2, quindi Postier non si è connesso. La sua impronta digitale SHA-256 è %3. Consideralo attendibile solo se il tuo provider conferma questa impronta.</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>non attendibile</translation>
    </message>
    <message>
        <source>The security certificate of %1 is not trusted (%2). Its SHA-256 fingerprint is %3.</source>
        <translation>Il certificato di sicurezza di %1 non è attendibile (%2). La sua impronta digitale SHA-256 è %3.</translation>
    </message>
    <message>
        <source>Could not set up an encrypted connection to %1 (%2). Postier does not fall back to an unencrypted connection.</source>
        <translation>Impossibile stabilire una connessione cifrata con %1 (%2). Postier non ripiega mai su una connessione non cifrata.</translation>
    </message>
    <message>
        <source>%1 refused to start encryption (STARTTLS): the server said “%2”. Postier does not fall back to an unencrypted connection.</source>
        <translation>%1 ha rifiutato di avviare la cifratura (STARTTLS): il server ha risposto «%2». Postier non ripiega mai su una connessione non cifrata.</translation>
    </message>
    <message>
        <source>carry out %1</source>
        <translation>eseguire %1</translation>
    </message>
    <message>
        <source>%1 does not offer encryption (STARTTLS), so Postier did not send your password. Choose SSL/TLS on the secure port if your provider offers it.</source>
        <translation>%1 non offre la cifratura (STARTTLS), quindi Postier non ha inviato la tua password. Scegli SSL/TLS sulla porta sicura se il tuo provider lo offre.</translation>
    </message>
    <message>
        <source>%1 did not greet like a %2 server (“%3”). Check the port number.</source>
        <translation>%1 non si è presentato come un server %2 («%3»). Controlla il numero di porta.</translation>
    </message>
    <message>
        <source>%1 sent a reply Postier could not understand (“%2”).</source>
        <translation>%1 ha inviato una risposta che Postier non ha capito («%2»).</translation>
    </message>
    <message>
        <source>The folder does not exist on %1.</source>
        <translation>La cartella non esiste su %1.</translation>
    </message>
    <message>
        <source>The message no longer exists on %1.</source>
        <translation>Il messaggio non esiste più su %1.</translation>
    </message>
    <message>
        <source>Could not connect to %1 on port %2 (%3). Check the server name and your connection.</source>
        <translation>Impossibile connettersi a %1 sulla porta %2 (%3). Controlla il nome del server e la connessione.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2).</source>
        <translation>La connessione a %1 si è interrotta (%2).</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>La connessione a %1 si è interrotta.</translation>
    </message>
    <message>
        <source>A network error occurred with %1: %2.</source>
        <translation>Si è verificato un errore di rete con %1: %2.</translation>
    </message>
    <message>
        <source>An unexpected error occurred with %1: %2.</source>
        <translation>Si è verificato un errore imprevisto con %1: %2.</translation>
    </message>
    <message>
        <source>An unexpected error occurred with %1.</source>
        <translation>Si è verificato un errore imprevisto con %1.</translation>
    </message>
    <message>
        <source>open the folder “%1”</source>
        <translation>aprire la cartella «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped answering for %n second(s). Check your connection and try again.</source>
        <translation>
            <numerusform>%1 non ha più risposto per %n secondo. Controlla la connessione e riprova.</numerusform>
            <numerusform>%1 non ha più risposto per %n secondi. Controlla la connessione e riprova.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped answering, and Postier tried again %n time(s) without success. Check your connection and try again later.</source>
        <translation>
            <numerusform>%1 non risponde più, e Postier ha riprovato %n volta senza successo. Controlla la connessione e riprova più tardi.</numerusform>
            <numerusform>%1 non risponde più, e Postier ha riprovato %n volte senza successo. Controlla la connessione e riprova più tardi.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not accept passwords over an unencrypted connection, so Postier did not send yours. Choose SSL/TLS or STARTTLS for this account.</source>
        <translation>%1 non accetta password su una connessione non cifrata, quindi Postier non ha inviato la tua. Scegli SSL/TLS o STARTTLS per questo account.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::ExpungeJob</name>
    <message>
        <source>Removing deleted messages from “%1”</source>
        <translation>Rimozione dei messaggi eliminati da «%1»</translation>
    </message>
    <message>
        <source>%1 cannot remove chosen messages only (it lacks UIDPLUS), and removing every deleted message in “%2” might remove mail that another program marked. Nothing was removed.</source>
        <translation>%1 non può rimuovere solo i messaggi scelti (non supporta UIDPLUS), e rimuovere tutti i messaggi eliminati in «%2» potrebbe rimuovere posta contrassegnata da un altro programma. Non è stato rimosso nulla.</translation>
    </message>
    <message>
        <source>remove deleted messages from “%1”</source>
        <translation>rimuovere i messaggi eliminati da «%1»</translation>
    </message>
</context>
<context>
    <name>postier::protocols::FetchIdentityJob</name>
    <message>
        <source>Listing the messages of “%1”</source>
        <translation>Elenco dei messaggi di «%1»</translation>
    </message>
    <message>
        <source>list the messages of “%1”</source>
        <translation>elencare i messaggi di «%1»</translation>
    </message>
</context>
<context>
    <name>postier::protocols::FetchMessageJob</name>
    <message>
        <source>Downloading a message from “%1”</source>
        <translation>Download di un messaggio da «%1»</translation>
    </message>
    <message>
        <source>Postier asked for an invalid message part (UID %1, part “%2”) in “%3”.</source>
        <translation>Postier ha richiesto una parte di messaggio non valida (UID %1, parte «%2») in «%3».</translation>
    </message>
    <message>
        <source>download message %1 from “%2”</source>
        <translation>scaricare il messaggio %1 da «%2»</translation>
    </message>
    <message>
        <source>Message %1 no longer exists in “%2” on %3. It may have been moved or deleted by another program.</source>
        <translation>Il messaggio %1 non esiste più in «%2» su %3. Potrebbe essere stato spostato o eliminato da un altro programma.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::FolderStatusJob</name>
    <message>
        <source>Counting the messages in “%1”</source>
        <translation>Conteggio dei messaggi in «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Counting the messages in %n folders</source>
        <translation>
            <numerusform>Conteggio dei messaggi in %n cartella</numerusform>
            <numerusform>Conteggio dei messaggi in %n cartelle</numerusform>
        </translation>
    </message>
    <message>
        <source>read the message counts of the folder “%1”</source>
        <translation>leggere il numero di messaggi della cartella «%1»</translation>
    </message>
    <message>
        <source>%1 accepted the request for the message counts of “%2” but sent none.</source>
        <translation>%1 ha accettato la richiesta del numero di messaggi di «%2» ma non ha inviato nulla.</translation>
    </message>
    <message>
        <source>close the folder “%1”</source>
        <translation>chiudere la cartella «%1»</translation>
    </message>
</context>
<context>
    <name>postier::protocols::IdleJob</name>
    <message>
        <source>Watching “%1” for new mail</source>
        <translation>Controllo dei nuovi messaggi in «%1»</translation>
    </message>
    <message>
        <source>watch “%1” for new mail</source>
        <translation>controllare l’arrivo di nuovi messaggi in «%1»</translation>
    </message>
</context>
<context>
    <name>postier::protocols::ImapFolderSource</name>
    <message numerus="yes">
        <source>%n message(s) of the folder “%1” of %2 on %3</source>
        <translation>
            <numerusform>%n messaggio della cartella «%1» di %2 su %3</numerusform>
            <numerusform>%n messaggi della cartella «%1» di %2 su %3</numerusform>
        </translation>
    </message>
    <message>
        <source>the folder “%1” of %2 on %3 with its subfolders</source>
        <translation>la cartella «%1» di %2 su %3 con le sue sottocartelle</translation>
    </message>
    <message>
        <source>the folder “%1” of %2 on %3</source>
        <translation>la cartella «%1» di %2 su %3</translation>
    </message>
    <message>
        <source>The folder “%1” is no longer on %2; it may have been renamed or deleted by another program.</source>
        <translation>La cartella «%1» non è più su %2; forse è stata rinominata o eliminata da un altro programma.</translation>
    </message>
    <message>
        <source>Message %1 of “%2” on %3 did not arrive whole (%4 of %5 bytes); it was not copied.</source>
        <translation>Il messaggio %1 di «%2» su %3 non è arrivato per intero (%4 byte su %5); non è stato copiato.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::ListFoldersJob</name>
    <message>
        <source>Listing folders</source>
        <translation>Elenco delle cartelle</translation>
    </message>
    <message>
        <source>list the folders</source>
        <translation>elencare le cartelle</translation>
    </message>
</context>
<context>
    <name>postier::protocols::LocalSource</name>
    <message>
        <source>Could not read %1: it does not exist.</source>
        <translation>Impossibile leggere %1: non esiste.</translation>
    </message>
    <message>
        <source>Could not read %1: permission denied. Check that your user account may read it.</source>
        <translation>Impossibile leggere %1: permesso negato. Verifica che il tuo utente abbia i permessi di lettura.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Impossibile leggere %1: %2.</translation>
    </message>
    <message>
        <source>%1 has no folder “%2”.</source>
        <translation>%1 non contiene la cartella «%2».</translation>
    </message>
    <message>
        <source>The message %1 is no longer in the folder “%2”: %3 changed since the folder was listed. List the folder again.</source>
        <translation>Il messaggio %1 non è più nella cartella «%2»: %3 ha subito modifiche da quando la cartella è stata elencata. Rileggi il contenuto della cartella.</translation>
    </message>
    <message>
        <source>“%1” is not a mail source Postier can read: write maildir:PATH, mbox:PATH, thunderbird:PATH or eml:PATH.</source>
        <translation>«%1» non è una sorgente di posta che Postier sa leggere: scrivi maildir:PERCORSO, mbox:PERCORSO, thunderbird:PERCORSO o eml:PERCORSO.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::MaildirDelivery</name>
    <message>
        <source>save the message</source>
        <translation>salvare il messaggio</translation>
    </message>
</context>
<context>
    <name>postier::protocols::MaildirSource</name>
    <message>
        <source>the Maildir %1</source>
        <translation>il Maildir %1</translation>
    </message>
    <message>
        <source>%1 is not a Maildir: neither it nor any folder below it has the cur and new folders of a Maildir.</source>
        <translation>%1 non è un Maildir: né la cartella né le sue sottocartelle contengono le cartelle cur e new di un Maildir.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::MaildirStore</name>
    <message>
        <source>create the folder</source>
        <translation>creare la cartella</translation>
    </message>
    <message>
        <source>The folder name “%1” has an empty level.</source>
        <translation>Il nome della cartella «%1» contiene un livello vuoto.</translation>
    </message>
    <message>
        <source>The folder name “%1” contains a dot, which local folders cannot have: choose another character.</source>
        <translation>Il nome della cartella «%1» contiene un punto, che le cartelle locali non possono avere: scegli un altro carattere.</translation>
    </message>
    <message>
        <source>The folder name “%1” contains the character “%2”, which local folders cannot have.</source>
        <translation>Il nome della cartella «%1» contiene il carattere «%2», che le cartelle locali non possono avere.</translation>
    </message>
    <message>
        <source>The local folder “%1” does not exist in %2.</source>
        <translation>La cartella locale «%1» non esiste in %2.</translation>
    </message>
    <message>
        <source>Could not read the message to save into “%1”: %2.</source>
        <translation>Impossibile leggere il messaggio da salvare in «%1»: %2.</translation>
    </message>
    <message>
        <source>The message %1 is no longer in the local folder “%2”.</source>
        <translation>Il messaggio %1 non è più nella cartella locale «%2».</translation>
    </message>
    <message>
        <source>read the message</source>
        <translation>leggere il messaggio</translation>
    </message>
    <message>
        <source>change the flags of a message</source>
        <translation>modificare i flag di un messaggio</translation>
    </message>
    <message>
        <source>delete a message</source>
        <translation>eliminare un messaggio</translation>
    </message>
    <message>
        <source>Could not %1 in %2: the disk is full. Free some space, then try again; nothing was lost.</source>
        <translation>Impossibile %1 in %2: il disco è pieno. Libera un po’ di spazio, poi riprova; non è andato perso nulla.</translation>
    </message>
    <message>
        <source>Could not %1 in %2: permission denied. Check that your user account may write there.</source>
        <translation>Impossibile %1 in %2: permesso negato. Verifica che il tuo utente abbia i permessi di scrittura in quella posizione.</translation>
    </message>
    <message>
        <source>Could not %1 in %2: %3.</source>
        <translation>Impossibile %1 in %2: %3.</translation>
    </message>
    <message>
        <source>move a message</source>
        <translation>spostare un messaggio</translation>
    </message>
</context>
<context>
    <name>postier::protocols::MboxSource</name>
    <message>
        <source>the folder of mbox files %1</source>
        <translation>la cartella di file mbox %1</translation>
    </message>
    <message>
        <source>No mbox file was found in %1: an mbox file starts with a “From ” line or has a name ending in .mbox.</source>
        <translation>Nessun file mbox trovato in %1: un file mbox inizia con una riga «From » o ha un nome che termina con .mbox.</translation>
    </message>
    <message>
        <source>the mbox file %1</source>
        <translation>il file mbox %1</translation>
    </message>
</context>
<context>
    <name>postier::protocols::MessageParser</name>
    <message>
        <source>A header section ended without the blank line that should follow it.</source>
        <translation>Una sezione di intestazioni è terminata senza la riga vuota che dovrebbe seguirla.</translation>
    </message>
    <message>
        <source>The header was too large and was only partly read.</source>
        <translation>L’intestazione era troppo grande ed è stata letta solo in parte.</translation>
    </message>
    <message>
        <source>A part had a Content-Type that could not be read; it was shown as plain text.</source>
        <translation>Una parte aveva un Content-Type illeggibile; è stata mostrata come testo semplice.</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>allegato</translation>
    </message>
    <message>
        <source>The message has too many parts; only the first %1 were read.</source>
        <translation>Il messaggio ha troppe parti; sono state lette solo le prime %1.</translation>
    </message>
    <message>
        <source>Parts nested more than %1 deep were not opened; they are listed as attachments.</source>
        <translation>Le parti annidate oltre %1 livelli non sono state aperte; sono elencate come allegati.</translation>
    </message>
    <message>
        <source>A multipart section had no readable parts (its boundary is missing or wrong); it is shown as plain text.</source>
        <translation>Una sezione multipart non aveva parti leggibili (il delimitatore manca o è errato); è mostrata come testo semplice.</translation>
    </message>
    <message>
        <source>The message ends before its last MIME boundary; it may have been cut off.</source>
        <translation>Il messaggio termina prima del suo ultimo delimitatore MIME; potrebbe essere stato troncato.</translation>
    </message>
    <message>
        <source>A part uses the unknown transfer encoding &quot;%1&quot;; it is kept as it was sent.</source>
        <translation>Una parte usa la codifica di trasferimento sconosciuta «%1»; viene conservata così come è stata inviata.</translation>
    </message>
    <message>
        <source>message</source>
        <translation>messaggio</translation>
    </message>
    <message>
        <source>A text part uses the unknown transfer encoding &quot;%1&quot;; it is shown as it was sent.</source>
        <translation>Una parte di testo usa la codifica di trasferimento sconosciuta «%1»; viene mostrata così come è stata inviata.</translation>
    </message>
    <message>
        <source>The text is in a character set Postier does not know (&quot;%1&quot;); it may show wrong characters.</source>
        <translation>Il testo usa un set di caratteri che Postier non conosce («%1»); alcuni caratteri potrebbero essere mostrati in modo errato.</translation>
    </message>
    <message>
        <source>The message has no header.</source>
        <translation>Il messaggio non ha intestazione.</translation>
    </message>
    <message>
        <source>The message could not be read completely (%1).</source>
        <translation>Impossibile leggere completamente il messaggio (%1).</translation>
    </message>
    <message>
        <source>The message could not be read completely.</source>
        <translation>Impossibile leggere completamente il messaggio.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::MoveMessagesJob</name>
    <message numerus="yes">
        <source>Moving %n message(s) to “%1”</source>
        <translation>
            <numerusform>Spostamento di %n messaggio in «%1»</numerusform>
            <numerusform>Spostamento di %n messaggi in «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot move messages safely (it offers neither MOVE nor UIDPLUS), so Postier left “%2” unchanged. Copy the messages instead and delete them yourself.</source>
        <translation>%1 non può spostare i messaggi in modo sicuro (non offre né MOVE né UIDPLUS), quindi Postier ha lasciato «%2» invariata. Copia invece i messaggi ed eliminali tu.</translation>
    </message>
    <message>
        <source>move messages from “%1” to “%2”</source>
        <translation>spostare messaggi da «%1» a «%2»</translation>
    </message>
</context>
<context>
    <name>postier::protocols::OutgoingMessageBuilder</name>
    <message>
        <source>The message has no sender address.</source>
        <translation>Il messaggio non ha un indirizzo del mittente.</translation>
    </message>
    <message>
        <source>The message has no recipient. Add at least one address in To, Cc or Bcc.</source>
        <translation>Il messaggio non ha destinatari. Aggiungi almeno un indirizzo in A, Cc o Ccn.</translation>
    </message>
    <message>
        <source>Could not attach “%1”: the file cannot be read. The message was not sent.</source>
        <translation>Impossibile allegare «%1»: il file non è leggibile. Il messaggio non è stato inviato.</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>allegato</translation>
    </message>
    <message>
        <source>“%1” is not a valid header field name.</source>
        <translation>«%1» non è un nome valido per un campo di intestazione.</translation>
    </message>
    <message>
        <source>The message could not be put together: %1.</source>
        <translation>Impossibile comporre il messaggio: %1.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::Pop3</name>
    <message>
        <source>%1 does not give its messages lasting names (the POP3 UIDL command), so Postier cannot tell which ones it already downloaded. Nothing was downloaded or deleted.</source>
        <translation>%1 non assegna nomi permanenti ai suoi messaggi (il comando POP3 UIDL), quindi Postier non può sapere quali ha già scaricato. Non è stato scaricato né eliminato nulla.</translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted the request to delete %n message(s) but still has %2 of them. They stay on the server; Postier will try again next time.</source>
        <translation>
            <numerusform>%1 ha accettato la richiesta di eliminare %n messaggio ma ne conserva ancora %2. Resta sul server; Postier riproverà la prossima volta.</numerusform>
            <numerusform>%1 ha accettato la richiesta di eliminare %n messaggi ma ne conserva ancora %2. Restano sul server; Postier riproverà la prossima volta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::protocols::Pop3DeleteJob</name>
    <message numerus="yes">
        <source>Deleting %n message(s) from the server</source>
        <translation>
            <numerusform>Eliminazione di %n messaggio dal server</numerusform>
            <numerusform>Eliminazione di %n messaggi dal server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::protocols::Pop3FetchJob</name>
    <message>
        <source>Fetching new mail</source>
        <translation>Scaricamento della nuova posta</translation>
    </message>
</context>
<context>
    <name>postier::protocols::Pop3ListJob</name>
    <message>
        <source>Listing messages on the server</source>
        <translation>Elenco dei messaggi sul server</translation>
    </message>
</context>
<context>
    <name>postier::protocols::Pop3RetrieveJob</name>
    <message numerus="yes">
        <source>Downloading %n message(s)</source>
        <translation>
            <numerusform>Download di %n messaggio</numerusform>
            <numerusform>Download di %n messaggi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Message %1 is not on %2 any more: the server holds %n message(s). List the messages again.</source>
        <translation>
            <numerusform>Il messaggio %1 non è più su %2: il server contiene %n messaggio. Elenca di nuovo i messaggi.</numerusform>
            <numerusform>Il messaggio %1 non è più su %2: il server contiene %n messaggi. Elenca di nuovo i messaggi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::protocols::Pop3StatJob</name>
    <message>
        <source>Counting messages on the server</source>
        <translation>Conteggio dei messaggi sul server</translation>
    </message>
</context>
<context>
    <name>postier::protocols::Pop3UidlRecord</name>
    <message>
        <source>read the list of downloaded messages</source>
        <translation>leggere l’elenco dei messaggi scaricati</translation>
    </message>
    <message>
        <source>record a downloaded message</source>
        <translation>registrare un messaggio scaricato</translation>
    </message>
    <message>
        <source>update the list of downloaded messages</source>
        <translation>aggiornare l’elenco dei messaggi scaricati</translation>
    </message>
</context>
<context>
    <name>postier::protocols::QuotaJob</name>
    <message>
        <source>Asking how much space the mailbox has</source>
        <translation>Richiesta dello spazio della casella di posta</translation>
    </message>
</context>
<context>
    <name>postier::protocols::RenameFolderJob</name>
    <message>
        <source>Renaming the folder “%1” to “%2”</source>
        <translation>Ridenominazione della cartella «%1» in «%2»</translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation>Una cartella deve avere un nome.</translation>
    </message>
    <message>
        <source>rename the folder “%1” to “%2”</source>
        <translation>rinominare la cartella «%1» in «%2»</translation>
    </message>
    <message>
        <source>subscribe to the renamed folder “%1”</source>
        <translation>sottoscrivere la cartella rinominata «%1»</translation>
    </message>
</context>
<context>
    <name>postier::protocols::SearchJob</name>
    <message>
        <source>Searching “%1”</source>
        <translation>Ricerca in «%1»</translation>
    </message>
    <message>
        <source>“%1” cannot be searched for as a message tag: tags may not contain spaces, brackets, quotes or accents.</source>
        <translation>Impossibile cercare «%1» come etichetta di messaggio: le etichette non possono contenere spazi, parentesi, virgolette o accenti.</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>effettuare la ricerca in «%1»</translation>
    </message>
</context>
<context>
    <name>postier::protocols::SendMessageJob</name>
    <message>
        <source>Sending a message without subject</source>
        <translation>Invio di un messaggio senza oggetto</translation>
    </message>
    <message>
        <source>Sending “%1”</source>
        <translation>Invio di «%1»</translation>
    </message>
</context>
<context>
    <name>postier::protocols::SendRawMessageJob</name>
    <message numerus="yes">
        <source>Sending a message to %n recipient(s)</source>
        <translation>
            <numerusform>Invio di un messaggio a %n destinatario</numerusform>
            <numerusform>Invio di un messaggio a %n destinatari</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::protocols::ServerEndpoint</name>
    <message>
        <source>“%1” is not a server address Postier understands. Use, for example, imaps://anna@mail.example.com or smtp+starttls://anna@mail.example.com:587.</source>
        <translation>«%1» non è un indirizzo di server comprensibile per Postier. Usa ad esempio imaps://anna@mail.example.com o smtp+starttls://anna@mail.example.com:587.</translation>
    </message>
    <message>
        <source>The address “%1” has no server name.</source>
        <translation>L’indirizzo «%1» non contiene il nome del server.</translation>
    </message>
    <message>
        <source>Do not put the password in the address: it would end up in your shell history. Use the keychain, --password-file or POSTIER_PASSWORD instead.</source>
        <translation>Non inserire la password nell’indirizzo: finirebbe nella cronologia della shell. Usa invece il portachiavi, --password-file o POSTIER_PASSWORD.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::Smtp</name>
    <message>
        <source>it is not a complete address: it needs a name, an @ and a domain, as in anna@example.com</source>
        <translation>non è un indirizzo completo: servono un nome, una @ e un dominio, come in anna@example.com</translation>
    </message>
    <message>
        <source>it contains spaces or invisible characters</source>
        <translation>contiene spazi o caratteri invisibili</translation>
    </message>
    <message>
        <source>this server does not accept letters with accents or other non-ASCII characters before the @</source>
        <translation>questo server non accetta lettere accentate o altri caratteri non ASCII prima della @</translation>
    </message>
    <message>
        <source>“%1” is not a valid domain name</source>
        <translation>«%1» non è un nome di dominio valido</translation>
    </message>
    <message>
        <source>Postier could not use it as written (it would have become “%1”)</source>
        <translation>Postier non poteva usarlo così come è scritto (sarebbe diventato «%1»)</translation>
    </message>
    <message>
        <source>%1 refused to send to “%2”: the server said “%3”. Check this address. The message was not sent to anyone, and it is kept.</source>
        <translation>%1 ha rifiutato di inviare a «%2»: il server ha risposto «%3». Controlla questo indirizzo. Il messaggio non è stato inviato a nessuno ed è conservato.</translation>
    </message>
    <message>
        <source>%1 refused the sender address “%2”: the server said “%3”. Check the address of the account you send from. The message was not sent, and it is kept.</source>
        <translation>%1 ha rifiutato l’indirizzo del mittente «%2»: il server ha risposto «%3». Controlla l’indirizzo dell’account da cui invii. Il messaggio non è stato inviato ed è conservato.</translation>
    </message>
    <message>
        <source>one of the recipients</source>
        <translation>uno dei destinatari</translation>
    </message>
    <message>
        <source>%1 could not deliver to “%2”: the server said “%3”. Check this address. The message may have reached the other recipients; it is kept.</source>
        <translation>%1 non è riuscito a consegnare a «%2»: il server ha risposto «%3». Controlla questo indirizzo. Il messaggio potrebbe aver raggiunto gli altri destinatari; è conservato.</translation>
    </message>
    <message>
        <source>%1 refused the message because a recipient&apos;s mailbox is full: the server said “%2”. The message was not sent, and it is kept.</source>
        <translation>%1 ha rifiutato il messaggio perché la casella di posta di un destinatario è piena: il server ha risposto «%2». Il messaggio non è stato inviato ed è conservato.</translation>
    </message>
    <message>
        <source>%1 refused the message because it is too large: the server said “%2”. Remove or shrink attachments. The message was not sent, and it is kept.</source>
        <translation>%1 ha rifiutato il messaggio perché è troppo grande: il server ha risposto «%2». Rimuovi o riduci gli allegati. Il messaggio non è stato inviato ed è conservato.</translation>
    </message>
    <message>
        <source>%1 refused the message: the server said “%2”. The message was not sent, and it is kept.</source>
        <translation>%1 ha rifiutato il messaggio: il server ha risposto «%2». Il messaggio non è stato inviato ed è conservato.</translation>
    </message>
    <message>
        <source>A message needs a sender and at least one recipient to be sent.</source>
        <translation>Per essere inviato, un messaggio deve avere un mittente e almeno un destinatario.</translation>
    </message>
    <message>
        <source>The sender address “%1” cannot be used: %2. Check the address of the account you send from. The message was not sent, and it is kept.</source>
        <translation>L’indirizzo del mittente «%1» non è utilizzabile: %2. Controlla l’indirizzo dell’account da cui invii. Il messaggio non è stato inviato ed è conservato.</translation>
    </message>
    <message>
        <source>Postier did not send the message to “%1”: %2. Correct the address. The message was not sent to anyone, and it is kept.</source>
        <translation>Postier non ha inviato il messaggio a «%1»: %2. Correggi l’indirizzo. Il messaggio non è stato inviato a nessuno ed è conservato.</translation>
    </message>
    <message>
        <source>%1 refused the message because it is larger than the server accepts (%2). Remove or shrink attachments. The message was not sent, and it is kept.</source>
        <translation>%1 ha rifiutato il messaggio perché supera la dimensione accettata dal server (%2). Rimuovi o riduci gli allegati. Il messaggio non è stato inviato ed è conservato.</translation>
    </message>
    <message>
        <source>%1 has no room for the message right now (%2). Try again later; the message is kept.</source>
        <translation>%1 al momento non ha spazio per il messaggio (%2). Riprova più tardi; il messaggio è conservato.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::SmtpLoginJob</name>
    <message>
        <source>Checking the login to the outgoing mail server</source>
        <translation>Verifica dell’accesso al server di posta in uscita</translation>
    </message>
</context>
<context>
    <name>postier::protocols::StoreFlagsJob</name>
    <message numerus="yes">
        <source>Marking %n message(s) in “%1”</source>
        <translation>
            <numerusform>Contrassegno di %n messaggio in «%1»</numerusform>
            <numerusform>Contrassegno di %n messaggi in «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be used as a message tag on an IMAP server: tags may not contain spaces, brackets, quotes or accents.</source>
        <translation>«%1» non può essere usato come etichetta di messaggio su un server IMAP: le etichette non possono contenere spazi, parentesi, virgolette o accenti.</translation>
    </message>
    <message>
        <source>change the flags of messages in “%1”</source>
        <translation>modificare i flag dei messaggi in «%1»</translation>
    </message>
</context>
<context>
    <name>postier::protocols::SubscribeFolderJob</name>
    <message>
        <source>Subscribing to “%1”</source>
        <translation>Sottoscrizione di «%1»</translation>
    </message>
    <message>
        <source>Unsubscribing from “%1”</source>
        <translation>Annullamento della sottoscrizione di «%1»</translation>
    </message>
    <message>
        <source>subscribe to the folder “%1”</source>
        <translation>sottoscrivere la cartella «%1»</translation>
    </message>
    <message>
        <source>unsubscribe from the folder “%1”</source>
        <translation>annullare la sottoscrizione della cartella «%1»</translation>
    </message>
</context>
<context>
    <name>postier::protocols::SyncHeadersJob</name>
    <message>
        <source>Updating “%1”</source>
        <translation>Aggiornamento di «%1»</translation>
    </message>
    <message>
        <source>read the messages of “%1”</source>
        <translation>leggere i messaggi di «%1»</translation>
    </message>
    <message>
        <source>The folder “%1” on %2 was replaced by a new folder of the same name while Postier was reading it. Update the folder again.</source>
        <translation>La cartella «%1» su %2 è stata sostituita da una nuova cartella con lo stesso nome mentre Postier la leggeva. Aggiorna di nuovo la cartella.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::ThunderbirdSource</name>
    <message>
        <source>%1 is neither a Thunderbird profile nor one of its mail folders: choose the profile folder (it holds Mail and ImapMail) or a folder inside Mail or ImapMail.</source>
        <translation>%1 non è né un profilo di Thunderbird né una delle sue cartelle di posta: scegli la cartella del profilo (contiene Mail e ImapMail) o una cartella dentro Mail o ImapMail.</translation>
    </message>
    <message>
        <source>the Thunderbird profile %1</source>
        <translation>il profilo Thunderbird %1</translation>
    </message>
    <message>
        <source>the Thunderbird mail folder %1</source>
        <translation>la cartella di posta Thunderbird %1</translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountDiscoveryPage</name>
    <message>
        <source>&amp;IMAP: keep my mail on the server, the same on every device (recommended)</source>
        <translation>I&amp;MAP: conserva la mia posta sul server, uguale su ogni dispositivo (consigliato)</translation>
    </message>
    <message>
        <source>&amp;POP3: download my mail to this computer</source>
        <translation>P&amp;OP3: scarica la mia posta su questo computer</translation>
    </message>
    <message>
        <source>&amp;Edit settings…</source>
        <translation>Modifica le &amp;impostazioni…</translation>
    </message>
    <message>
        <source>Finding your server settings</source>
        <translation>Ricerca delle impostazioni del server</translation>
    </message>
    <message>
        <source>Looking up the settings</source>
        <translation>Ricerca delle impostazioni</translation>
    </message>
    <message>
        <source>How do you want to receive your mail?</source>
        <translation>Come vuoi ricevere la tua posta?</translation>
    </message>
    <message>
        <source>Not what your provider told you? You can change every setting.</source>
        <translation>Non corrisponde a quanto indicato dal tuo provider? Puoi modificare ogni impostazione.</translation>
    </message>
    <message>
        <source>Looking up the settings for %1…</source>
        <translation>Ricerca delle impostazioni per %1…</translation>
    </message>
    <message>
        <source>What Postier tried:</source>
        <translation>Cosa ha provato Postier:</translation>
    </message>
    <message>
        <source>Incoming mail:</source>
        <translation>Posta in arrivo:</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>non trovato</translation>
    </message>
    <message>
        <source>Outgoing mail:</source>
        <translation>Posta in uscita:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nome utente:</translation>
    </message>
    <message>
        <source>This server is reached without encryption. Check the settings on the next page before going on.</source>
        <translation>Questo server viene raggiunto senza cifratura. Controlla le impostazioni nella pagina successiva prima di proseguire.</translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountDonePage</name>
    <message>
        <source>Your account is ready</source>
        <translation>Il tuo account è pronto</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nome dell’account</translation>
    </message>
    <message>
        <source>The name this account has in Postier’s list and in postier-cli, such as “Work”.</source>
        <translation>Il nome di questo account nell’elenco di Postier e in postier-cli, ad esempio «Lavoro».</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>&amp;Nome dell’account:</translation>
    </message>
    <message>
        <source>Postier logged in to both servers. Click Finish to save the account; the password goes to your system’s keychain.</source>
        <translation>Postier ha effettuato l’accesso a entrambi i server. Fai clic su Fine per salvare l’account; la password verrà salvata nel portachiavi di sistema.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Indirizzo:</translation>
    </message>
    <message>
        <source>Incoming mail:</source>
        <translation>Posta in arrivo:</translation>
    </message>
    <message>
        <source>Outgoing mail:</source>
        <translation>Posta in uscita:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificato:</translation>
    </message>
    <message>
        <source>trusted by you, by its fingerprint</source>
        <translation>considerato attendibile da te, in base alla sua impronta digitale</translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountIdentitiesEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Rim&amp;uovi</translation>
    </message>
    <message>
        <source>The addresses you send from with this account, each with its own name and signature. Replies are sent from the address the message was written to.</source>
        <translation>Gli indirizzi da cui scrivi con questo account, ognuno con il proprio nome e la propria firma. Le risposte partono dall’indirizzo a cui era stato scritto il messaggio.</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identità</translation>
    </message>
    <message>
        <source>Add another address to send from</source>
        <translation>Aggiungi un altro indirizzo da cui inviare</translation>
    </message>
    <message>
        <source>Remove the selected address</source>
        <translation>Rimuovi l’indirizzo selezionato</translation>
    </message>
    <message>
        <source>Anna Martin</source>
        <translation>Anna Rossi</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nome del mittente</translation>
    </message>
    <message>
        <source>sales@example.com</source>
        <translation>sales@example.com</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Indirizzo email</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Plain text, added below your messages after a line with “-- ”.</source>
        <translation>Testo semplice, aggiunto sotto i tuoi messaggi dopo una riga «-- ».</translation>
    </message>
    <message>
        <source>This is the account’s own name and address; change them on the General page.</source>
        <translation>Sono il nome e l’indirizzo dell’account stesso; modificali nella scheda Generale.</translation>
    </message>
    <message>
        <source>&amp;Sender name:</source>
        <translation>Nome del mi&amp;ttente:</translation>
    </message>
    <message>
        <source>E-&amp;mail address:</source>
        <translation>Indirizzo e&amp;mail:</translation>
    </message>
    <message>
        <source>Signa&amp;ture:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>(no address yet)</source>
        <translation>(ancora nessun indirizzo)</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation>%1 (principale)</translation>
    </message>
    <message>
        <source>Enter the address this identity sends from, for example sales@example.com.</source>
        <translation>Inserisci l’indirizzo da cui invia questa identità, per esempio sales@example.com.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address. Addresses look like sales@example.com.</source>
        <translation>«%1» non è un indirizzo email. Gli indirizzi hanno la forma sales@example.com.</translation>
    </message>
    <message>
        <source>%1 is already an address of this account. Each identity needs its own address.</source>
        <translation>%1 è già un indirizzo di questo account. Ogni identità ha bisogno di un proprio indirizzo.</translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountIdentityPage</name>
    <message>
        <source>&amp;Show password</source>
        <translation>&amp;Mostra password</translation>
    </message>
    <message>
        <source>Add a mail account</source>
        <translation>Aggiungi un account di posta</translation>
    </message>
    <message>
        <source>Enter your name, your e-mail address and its password. Postier then looks up the server settings itself and tries them before saving anything.</source>
        <translation>Inserisci il tuo nome, il tuo indirizzo email e la relativa password. Postier cerca poi da solo le impostazioni del server e le prova prima di salvare qualsiasi cosa.</translation>
    </message>
    <message>
        <source>Anna Martin</source>
        <translation>Anna Rossi</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <source>anna@example.com</source>
        <translation>anna@example.com</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Indirizzo email</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Shown to the people you write to.</source>
        <translation>Visibile alle persone a cui scrivi.</translation>
    </message>
    <message>
        <source>Postier keeps it in your system’s keychain, never in a settings file.</source>
        <translation>Postier la conserva nel portachiavi di sistema, mai in un file di impostazioni.</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>Il tuo &amp;nome:</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>Indirizzo &amp;email:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>This is not a complete e-mail address. It looks like anna@example.com.</source>
        <translation>Questo non è un indirizzo email completo. Ha la forma anna@example.com.</translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountManualPage</name>
    <message>
        <source>I understand, and &amp;want to connect without encryption</source>
        <translation>&amp;Ho capito e voglio connettermi senza cifratura</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Impostazioni del server</translation>
    </message>
    <message>
        <source>Your provider’s help pages list these settings, often under “IMAP”, “POP” or “mail programs”.</source>
        <translation>Le pagine di assistenza del tuo provider riportano queste impostazioni, spesso alla voce «IMAP», «POP» o «programmi di posta».</translation>
    </message>
    <message>
        <source>IMAP (keeps mail on the server)</source>
        <translation>IMAP (conserva la posta sul server)</translation>
    </message>
    <message>
        <source>POP3 (downloads mail to this computer)</source>
        <translation>POP3 (scarica la posta su questo computer)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
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
        <translation>Server di posta in arrivo</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Server di posta in uscita</translation>
    </message>
    <message>
        <source>Incoming user name</source>
        <translation>Nome utente per la posta in arrivo</translation>
    </message>
    <message>
        <source>Outgoing user name</source>
        <translation>Nome utente per la posta in uscita</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Posta in arrivo</translation>
    </message>
    <message>
        <source>Pro&amp;tocol:</source>
        <translation>Pro&amp;tocollo:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Si&amp;curezza:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Posta in uscita (SMTP)</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>S&amp;erver:</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rta:</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Sicure&amp;zza:</translation>
    </message>
    <message>
        <source>User n&amp;ame:</source>
        <translation>Nome &amp;utente:</translation>
    </message>
    <message>
        <source>Without encryption, your password and your mail cross the network where anyone on the way can read them, on a public Wi-Fi for example. Choose SSL/TLS or STARTTLS whenever your provider offers them.</source>
        <translation>Senza cifratura, la tua password e la tua posta attraversano la rete dove chiunque lungo il percorso può leggerle, per esempio su una rete Wi-Fi pubblica. Scegli SSL/TLS o STARTTLS ogni volta che il tuo provider li offre.</translation>
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
        <translation>Nessuna (non cifrata)</translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountPop3OptionsWidget</name>
    <message>
        <source>Downloading with POP3</source>
        <translation>Scaricamento con POP3</translation>
    </message>
    <message>
        <source>&amp;Leave a copy of each message on the server</source>
        <translation>&amp;Lascia una copia di ogni messaggio sul server</translation>
    </message>
    <message>
        <source>Re&amp;move it from the server after</source>
        <translation>Rimuovila dal server &amp;dopo</translation>
    </message>
    <message>
        <source>Days before removal from the server</source>
        <translation>Giorni prima della rimozione dal server</translation>
    </message>
    <message>
        <source>Minutes between checks for new mail</source>
        <translation>Minuti tra un controllo della posta e l’altro</translation>
    </message>
    <message>
        <source>Check for new mail &amp;every</source>
        <translation>Controlla la nuova posta o&amp;gni</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> giorno</numerusform>
            <numerusform> giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> minute(s)</source>
        <translation>
            <numerusform> minuto</numerusform>
            <numerusform> minuti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountServerBox</name>
    <message>
        <source>IMAP (keeps mail on the server)</source>
        <translation>IMAP (conserva la posta sul server)</translation>
    </message>
    <message>
        <source>POP3 (downloads mail to this computer)</source>
        <translation>POP3 (scarica la posta su questo computer)</translation>
    </message>
    <message>
        <source>Pro&amp;tocol:</source>
        <translation>&amp;Protocollo:</translation>
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
        <translation>Nessuna (non cifrata)</translation>
    </message>
    <message>
        <source>Incoming port</source>
        <translation>Porta della posta in arrivo</translation>
    </message>
    <message>
        <source>Outgoing port</source>
        <translation>Porta della posta in uscita</translation>
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
        <translation>Server di posta in arrivo</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Server di posta in uscita</translation>
    </message>
    <message>
        <source>Incoming user name</source>
        <translation>Nome utente per la posta in arrivo</translation>
    </message>
    <message>
        <source>Outgoing user name</source>
        <translation>Nome utente per la posta in uscita</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>S&amp;erver:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Por&amp;ta:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <source>User n&amp;ame:</source>
        <translation>No&amp;me utente:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Sic&amp;urezza:</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Sicure&amp;zza:</translation>
    </message>
    <message>
        <source>Enter the incoming server’s name, for example mail.example.com.</source>
        <translation>Inserisci il nome del server di posta in arrivo, per esempio mail.example.com.</translation>
    </message>
    <message>
        <source>Enter the outgoing server’s name, for example smtp.example.com.</source>
        <translation>Inserisci il nome del server di posta in uscita, per esempio smtp.example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a server name. Server names look like mail.example.com.</source>
        <translation>«%1» non è un nome di server. I nomi dei server hanno la forma mail.example.com.</translation>
    </message>
    <message>
        <source>Enter the user name for the incoming server; it is often your e-mail address.</source>
        <translation>Inserisci il nome utente per il server di posta in arrivo; spesso è il tuo indirizzo email.</translation>
    </message>
    <message>
        <source>Enter the user name for the outgoing server; it is often your e-mail address.</source>
        <translation>Inserisci il nome utente per il server di posta in uscita; spesso è il tuo indirizzo email.</translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountServerCheckWidget</name>
    <message>
        <source>The certificate the server showed</source>
        <translation>Il certificato presentato dal server</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>Fi&amp;dati di questo certificato</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Rilasciato a:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Rilasciato da:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validità:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Impronta digitale SHA-256:</translation>
    </message>
    <message>
        <source>“Trust this certificate” accepts exactly this certificate for this server, and no other.</source>
        <translation>«Fidati di questo certificato» accetta esattamente questo certificato per questo server e nessun altro.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Accesso in corso…</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Funziona</translation>
    </message>
    <message>
        <source>Logged in. This server works.</source>
        <translation>Accesso effettuato. Questo server funziona.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non verificato</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>Non verificato.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(nessun nome)</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>dal %1 al %2</translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountSettingsDialog</name>
    <message>
        <source>Remove Accou&amp;nt…</source>
        <translation>Rimuovi a&amp;ccount…</translation>
    </message>
    <message>
        <source>Account Settings</source>
        <translation>Impostazioni degli account</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Remove the selected account from Postier; its mail on this computer stays</source>
        <translation>Rimuovi l’account selezionato da Postier; la sua posta su questo computer resta</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>Gene&amp;rale</translation>
    </message>
    <message>
        <source>&amp;Identities</source>
        <translation>&amp;Identità</translation>
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
        <translation>&amp;Usa questo account</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Lavoro</translation>
    </message>
    <message>
        <source>Anna Martin</source>
        <translation>Anna Rossi</translation>
    </message>
    <message>
        <source>anna@example.com</source>
        <translation>anna@example.com</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nome dell’account</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Indirizzo email</translation>
    </message>
    <message>
        <source>&amp;Account name:</source>
        <translation>&amp;Nome dell’account:</translation>
    </message>
    <message>
        <source>How Postier lists the account; postier-cli knows it by this name too.</source>
        <translation>Il nome con cui Postier mostra l’account; anche postier-cli lo conosce con questo nome.</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Il tuo n&amp;ome:</translation>
    </message>
    <message>
        <source>Shown to the people you write to.</source>
        <translation>Visibile alle persone a cui scrivi.</translation>
    </message>
    <message>
        <source>E-mai&amp;l address:</source>
        <translation>Indirizzo &amp;email:</translation>
    </message>
    <message>
        <source>A disabled account keeps its settings and its mail on this computer, but Postier neither checks it for new mail nor sends from it.</source>
        <translation>Un account disattivato conserva le sue impostazioni e la sua posta su questo computer, ma Postier non vi cerca nuovi messaggi e non invia da esso.</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Posta in arrivo</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Posta in uscita (SMTP)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Invariata</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nuova password</translation>
    </message>
    <message>
        <source>S&amp;how password</source>
        <translation>Mostr&amp;a password</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Postier keeps it in your system’s keychain, for both servers, never in a settings file. Leave the field empty to keep the saved password.</source>
        <translation>Postier la conserva nel portachiavi di sistema, per entrambi i server, mai in un file di impostazioni. Lascia vuoto il campo per mantenere la password salvata.</translation>
    </message>
    <message>
        <source>Without encryption, your password and your mail cross the network where anyone on the way can read them, on a public Wi-Fi for example. Choose SSL/TLS or STARTTLS whenever your provider offers them.</source>
        <translation>Senza cifratura, la tua password e la tua posta attraversano la rete dove chiunque lungo il percorso può leggerle, per esempio su una rete Wi-Fi pubblica. Scegli SSL/TLS o STARTTLS ogni volta che il tuo provider li offre.</translation>
    </message>
    <message>
        <source>There is no account yet. Add one with File ▸ Add Account…</source>
        <translation>Non c’è ancora nessun account. Aggiungine uno con File ▸ Aggiungi account…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (disattivato)</translation>
    </message>
    <message>
        <source>Give the account a name, for example “Work”.</source>
        <translation>Dai un nome all’account, per esempio «Lavoro».</translation>
    </message>
    <message>
        <source>Another account is already named “%1”. Choose another name.</source>
        <translation>Un altro account si chiama già «%1». Scegli un altro nome.</translation>
    </message>
    <message>
        <source>Enter the account’s e-mail address, for example anna@example.com.</source>
        <translation>Inserisci l’indirizzo email dell’account, per esempio anna@example.com.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address. Addresses look like anna@example.com.</source>
        <translation>«%1» non è un indirizzo email. Gli indirizzi hanno la forma anna@example.com.</translation>
    </message>
    <message>
        <source>The changes are saved.</source>
        <translation>Le modifiche sono salvate.</translation>
    </message>
    <message>
        <source>The settings of “%1” are saved, but the keychain could not store the password: %2</source>
        <translation>Le impostazioni di «%1» sono salvate, ma il portachiavi non ha potuto conservare la password: %2</translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <translation>Rimuovere l’account «%1»?</translation>
    </message>
    <message>
        <source>Postier forgets the settings of “%1” (%2) and deletes its password from the keychain. The mail already on this computer is not deleted, and nothing is deleted on the server.</source>
        <translation>Postier dimentica le impostazioni di «%1» (%2) ed elimina la sua password dal portachiavi. La posta già presente su questo computer non viene eliminata e sul server non viene eliminato nulla.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Rimuovi account</translation>
    </message>
    <message>
        <source>The account “%1” is removed. Its mail on this computer is kept.</source>
        <translation>L’account «%1» è stato rimosso. La sua posta su questo computer è conservata.</translation>
    </message>
    <message>
        <source>The account “%1” is removed, but its password could not be deleted from the keychain: %2</source>
        <translation>L’account «%1» è stato rimosso, ma non è stato possibile eliminare la sua password dal portachiavi: %2</translation>
    </message>
    <message>
        <source>One moment: the keychain has not answered yet.</source>
        <translation>Un momento: il portachiavi non ha ancora risposto.</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Scartare le modifiche?</translation>
    </message>
    <message>
        <source>The changes to your accounts are not saved. Close without saving them?</source>
        <translation>Le modifiche ai tuoi account non sono salvate. Chiudere senza salvarle?</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Scarta le modifiche</translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountTestPage</name>
    <message>
        <source>Incoming mail</source>
        <translation>Posta in arrivo</translation>
    </message>
    <message>
        <source>Outgoing mail</source>
        <translation>Posta in uscita</translation>
    </message>
    <message>
        <source>Trying the settings</source>
        <translation>Prova delle impostazioni</translation>
    </message>
    <message>
        <source>Postier logs in to both servers to make sure the settings and the password work. Nothing is sent and nothing on the server changes.</source>
        <translation>Postier accede a entrambi i server per verificare che le impostazioni e la password funzionino. Non viene inviato nulla e sul server non cambia nulla.</translation>
    </message>
    <message>
        <source>Both servers work. Click Next to finish.</source>
        <translation>Entrambi i server funzionano. Fai clic su Successivo per terminare.</translation>
    </message>
    <message>
        <source>Decide whether to trust the certificate, or go back and check the server names.</source>
        <translation>Decidi se considerare attendibile il certificato, oppure torna indietro e controlla i nomi dei server.</translation>
    </message>
    <message>
        <source>Go back to correct the password or the settings, or try again.</source>
        <translation>Torna indietro per correggere la password o le impostazioni, oppure riprova.</translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountWizard</name>
    <message>
        <source>Add a Mail Account</source>
        <translation>Aggiungi un account di posta</translation>
    </message>
    <message>
        <source>The account was saved, but its password could not be stored: %1 Click Finish to try again.</source>
        <translation>L’account è stato salvato, ma non è stato possibile memorizzarne la password: %1 Fai clic su Fine per riprovare.</translation>
    </message>
</context>
<context>
    <name>postier::ui::AttachmentListWidget</name>
    <message>
        <source>Save…</source>
        <translation>Salva…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Save the selected attachment to a file</source>
        <translation>Salva l’allegato selezionato in un file</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
    <message>
        <source>1 attachment, %1</source>
        <translation>1 allegato, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attachments, %1</source>
        <translation>
            <numerusform>%n allegato, %1</numerusform>
            <numerusform>%n allegati, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Postier does not open programs or scripts sent by mail. Save the file if you trust it.</source>
        <translation>Postier non apre programmi o script ricevuti per posta. Salva il file se lo ritieni affidabile.</translation>
    </message>
    <message>
        <source>Open the selected attachment with its usual application</source>
        <translation>Apri l’allegato selezionato con la sua applicazione abituale</translation>
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
        <translation>Salva copia in Inviata</translation>
    </message>
    <message>
        <source>Recipients, separated by commas</source>
        <translation>Destinatari, separati da virgole</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Da:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc:</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>Cc&amp;n:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Oggetto:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Allegati</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Remove the selected attachments (Delete)</source>
        <translation>Rimuovi gli allegati selezionati (Canc)</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Allegati:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Testo del messaggio</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Invia</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>Invia il messaggio (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>Salva &amp;bozza</translation>
    </message>
    <message>
        <source>Save the message in Drafts (Ctrl+S)</source>
        <translation>Salva il messaggio in Bozze (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Attach Files…</source>
        <translation>&amp;Allega file…</translation>
    </message>
    <message>
        <source>Attach files (Ctrl+Shift+A), or drop them on this window</source>
        <translation>Allega file (Ctrl+Shift+A), oppure trascinali su questa finestra</translation>
    </message>
    <message>
        <source>Remove Attachment</source>
        <translation>Rimuovi allegato</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Messaggio</translation>
    </message>
    <message>
        <source>Composer Toolbar</source>
        <translation>Barra degli strumenti di composizione</translation>
    </message>
    <message>
        <source>Write: (no subject)</source>
        <translation>Scrivi: (nessun oggetto)</translation>
    </message>
    <message>
        <source>There is no account to send from. Add an account first.</source>
        <translation>Non c’è nessun account da cui inviare. Aggiungi prima un account.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Ccn</translation>
    </message>
    <message>
        <source>“%1” in %2 is not an e-mail address. Addresses look like name@example.com.</source>
        <translation>«%1» nel campo %2 non è un indirizzo email. Gli indirizzi hanno la forma nome@example.com.</translation>
    </message>
    <message>
        <source>Add at least one recipient in To, Cc or Bcc.</source>
        <translation>Aggiungi almeno un destinatario in A, Cc o Ccn.</translation>
    </message>
    <message>
        <source>Could not attach %1: only files that can be read can be attached.</source>
        <translation>Impossibile allegare %1: si possono allegare solo file leggibili.</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Allega file</translation>
    </message>
    <message>
        <source>Send without a subject?</source>
        <translation>Inviare senza oggetto?</translation>
    </message>
    <message>
        <source>This message has no subject. Send it without a subject?</source>
        <translation>Questo messaggio non ha oggetto. Inviarlo senza oggetto?</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
    <message>
        <source>Sent. Saving a copy in your Sent folder…</source>
        <translation>Inviato. Salvataggio di una copia nella cartella Inviata…</translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation>Salvataggio della bozza…</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>Bozza salvata alle %1.</translation>
    </message>
    <message>
        <source>The message is being sent. The window closes by itself when it is done.</source>
        <translation>Il messaggio è in fase di invio. La finestra si chiuderà da sola al termine.</translation>
    </message>
    <message>
        <source>Close without a copy in Sent?</source>
        <translation>Chiudere senza una copia in Inviata?</translation>
    </message>
    <message>
        <source>The message was sent, but its copy is not in your Sent folder. Close the window anyway?</source>
        <translation>Il messaggio è stato inviato, ma la sua copia non è nella cartella Inviata. Chiudere comunque la finestra?</translation>
    </message>
    <message>
        <source>Save this message?</source>
        <translation>Salvare questo messaggio?</translation>
    </message>
    <message>
        <source>This message has changes that are not saved. Save it in Drafts before closing?</source>
        <translation>Questo messaggio contiene modifiche non salvate. Salvarlo in Bozze prima di chiudere?</translation>
    </message>
    <message>
        <source>Sent through the account “%1”</source>
        <translation>Inviato tramite l’account «%1»</translation>
    </message>
</context>
<context>
    <name>postier::ui::CrossAccountDrop</name>
    <message>
        <source>&amp;Move Here</source>
        <translation>&amp;Sposta qui</translation>
    </message>
    <message>
        <source>Copy, check every message on the other account, then delete the originals</source>
        <translation>Copia, verifica ogni messaggio sull’altro account, poi elimina gli originali</translation>
    </message>
    <message>
        <source>&amp;Copy Here</source>
        <translation>&amp;Copia qui</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Annulla</translation>
    </message>
</context>
<context>
    <name>postier::ui::CrossAccountReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>Rapporto di importazione</translation>
    </message>
    <message>
        <source>Move Report</source>
        <translation>Rapporto di spostamento</translation>
    </message>
    <message>
        <source>Copy Report</source>
        <translation>Rapporto di copia</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Salva…</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Salva rapporto</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>File di testo (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2.</source>
        <translation>Impossibile salvare il rapporto in %1: %2.</translation>
    </message>
</context>
<context>
    <name>postier::ui::ElidedLabel</name>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
</context>
<context>
    <name>postier::ui::FolderActions</name>
    <message>
        <source>&amp;New Folder…</source>
        <translation>&amp;Nuova cartella…</translation>
    </message>
    <message>
        <source>&amp;Rename Folder…</source>
        <translation>&amp;Rinomina cartella…</translation>
    </message>
    <message>
        <source>&amp;Delete Folder…</source>
        <translation>&amp;Elimina cartella…</translation>
    </message>
    <message>
        <source>&amp;Subscribed</source>
        <translation>&amp;Sottoscritta</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nuova cartella</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Nome della nuova cartella:</translation>
    </message>
    <message>
        <source>Name of the new folder inside “%1”:</source>
        <translation>Nome della nuova cartella in «%1»:</translation>
    </message>
    <message>
        <source>A folder name cannot contain “%1”.</source>
        <translation>Il nome di una cartella non può contenere «%1».</translation>
    </message>
    <message>
        <source>Created the folder “%1”.</source>
        <translation>Cartella «%1» creata.</translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation>Rinomina cartella</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nuovo nome per «%1»:</translation>
    </message>
    <message>
        <source>Renamed “%1”.</source>
        <translation>«%1» rinominata.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder “%1” and the %n message(s) in it from the server? This cannot be undone.</source>
        <translation>
            <numerusform>Eliminare dal server la cartella «%1» e il messaggio che contiene? L’operazione non può essere annullata.</numerusform>
            <numerusform>Eliminare dal server la cartella «%1» e i %n messaggi che contiene? L’operazione non può essere annullata.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the folder “%1” from the server?</source>
        <translation>Eliminare la cartella «%1» dal server?</translation>
    </message>
    <message>
        <source>Delete the folder “%1” and every message in it from the server? Postier does not know yet how many messages it holds. This cannot be undone.</source>
        <translation>Eliminare dal server la cartella «%1» e tutti i messaggi che contiene? Postier non sa ancora quanti messaggi contenga. L’operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>Elimina cartella</translation>
    </message>
    <message>
        <source>Deleted the folder “%1”.</source>
        <translation>Cartella «%1» eliminata.</translation>
    </message>
    <message>
        <source>Subscribed to “%1”.</source>
        <translation>Sottoscrizione di «%1» effettuata.</translation>
    </message>
    <message>
        <source>Unsubscribed from “%1”.</source>
        <translation>Sottoscrizione di «%1» annullata.</translation>
    </message>
</context>
<context>
    <name>postier::ui::FolderItemDelegate</name>
    <message>
        <source>connecting…</source>
        <translation>connessione…</translation>
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
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancel the running operation</source>
        <translation>Annulla l’operazione in corso</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n altra)</numerusform>
            <numerusform>(+%n altre)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel “%1”</source>
        <translation>Annulla «%1»</translation>
    </message>
    <message>
        <source>Cancel &amp;All</source>
        <translation>Annulla &amp;tutto</translation>
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
        <translation>Cartelle</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>Filter these messages &lt;Ctrl+Shift+K&gt;</source>
        <translation>Filtra questi messaggi &lt;Ctrl+Shift+K&gt;</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non letti</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Contrassegnati</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n messaggio</numerusform>
            <numerusform>%n messaggi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non letto</numerusform>
            <numerusform>%n non letti</numerusform>
        </translation>
    </message>
    <message>
        <source>No account yet.</source>
        <translation>Ancora nessun account.</translation>
    </message>
    <message>
        <source>&amp;Get Messages</source>
        <translation>Scarica &amp;messaggi</translation>
    </message>
    <message>
        <source>Check for new mail (F5)</source>
        <translation>Controlla la nuova posta (F5)</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Scrivi</translation>
    </message>
    <message>
        <source>Write a new message (Ctrl+N)</source>
        <translation>Scrivi un nuovo messaggio (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Rispondi</translation>
    </message>
    <message>
        <source>Reply to &amp;All</source>
        <translation>Rispondi a &amp;tutti</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Inoltra</translation>
    </message>
    <message>
        <source>Forward as A&amp;ttachment</source>
        <translation>Inoltra come allegat&amp;o</translation>
    </message>
    <message>
        <source>Add &amp;Account…</source>
        <translation>Aggiungi &amp;account…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Filter Messages</source>
        <translation>&amp;Filtra messaggi</translation>
    </message>
    <message>
        <source>&amp;About Postier</source>
        <translation>&amp;Informazioni su Postier</translation>
    </message>
    <message>
        <source>About Postier</source>
        <translation>Informazioni su Postier</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Postier %1&lt;/h3&gt;&lt;p&gt;The mail client that moves your mail without losing any.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Postier %1&lt;/h3&gt;&lt;p&gt;Il client di posta che sposta i tuoi messaggi senza perderne nessuno.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>M&amp;essaggio</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra degli strumenti principale</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Password per %1</translation>
    </message>
    <message>
        <source>Enter the password for %1 on %2.</source>
        <translation>Inserisci la password di %1 su %2.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Ricorda nel portachiavi di sistema</translation>
    </message>
    <message>
        <source>&amp;Threads</source>
        <translation>&amp;Conversazioni</translation>
    </message>
    <message>
        <source>Show replies under the message they answer (Ctrl+T)</source>
        <translation>Mostra le risposte sotto il messaggio a cui rispondono (Ctrl+T)</translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation>&amp;Cartella</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Lingua del sistema</translation>
    </message>
    <message>
        <source>Postier will use this language the next time it starts.</source>
        <translation>Postier userà questa lingua al prossimo avvio.</translation>
    </message>
    <message>
        <source>Search on Server</source>
        <translation>Cerca sul server</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Stam&amp;pa…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Anteprima di s&amp;tampa…</translation>
    </message>
    <message>
        <source>Accou&amp;nt Settings…</source>
        <translation>Impostazioni degli acco&amp;unt…</translation>
    </message>
    <message>
        <source>Convert POP Account to &amp;IMAP…</source>
        <translation>Converti un account POP in &amp;IMAP…</translation>
    </message>
    <message>
        <source>New-Mail &amp;Notifications</source>
        <translation>&amp;Notifiche dei nuovi messaggi</translation>
    </message>
    <message>
        <source>Announce new mail on the desktop</source>
        <translation>Annuncia i nuovi messaggi sul desktop</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>S&amp;trumenti</translation>
    </message>
    <message>
        <source>Print Preview – %1</source>
        <translation>Anteprima di stampa – %1</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>Stampa «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n unread – Postier</source>
        <comment>window title: unread messages in the Inboxes</comment>
        <translation>
            <numerusform>%n non letto – Postier</numerusform>
            <numerusform>%n non letti – Postier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::ui::MessageActions</name>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Segna come &amp;letto</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Segna come &amp;non letto</translation>
    </message>
    <message>
        <source>&amp;Flag</source>
        <translation>&amp;Contrassegna</translation>
    </message>
    <message>
        <source>Flag or unflag the selected messages (S)</source>
        <translation>Aggiungi o togli il contrassegno ai messaggi selezionati (S)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Move the selected messages to the Trash (Del)</source>
        <translation>Sposta i messaggi selezionati nel Cestino (Canc)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivia</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Sal&amp;va come…</translation>
    </message>
    <message>
        <source>View &amp;Source</source>
        <translation>Visualizza &amp;sorgente</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>This account has no Trash folder, so nothing was deleted. Create a folder named Trash, or move the messages yourself.</source>
        <translation>Questo account non ha una cartella Cestino, quindi non è stato eliminato nulla. Crea una cartella chiamata Trash, oppure sposta tu i messaggi.</translation>
    </message>
    <message>
        <source>The messages are already in the Trash. Postier does not delete mail for good from here; empty the Trash from its folder menu.</source>
        <translation>I messaggi sono già nel Cestino. Postier non elimina definitivamente la posta da qui; svuota il Cestino dal menu della sua cartella.</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annulla eliminazione</translation>
    </message>
    <message>
        <source>This account has no Archive folder. Create one (with the folder&apos;s context menu) and Postier will use it.</source>
        <translation>Questo account non ha una cartella Archivio. Creane una (con il menu contestuale delle cartelle) e Postier la userà.</translation>
    </message>
    <message>
        <source>Undo archive</source>
        <translation>Annulla archiviazione</translation>
    </message>
    <message>
        <source>Save Message</source>
        <translation>Salva messaggio</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation>Messaggi email (*.eml)</translation>
    </message>
    <message>
        <source>The message could not be saved to %1: %2.</source>
        <translation>Impossibile salvare il messaggio in %1: %2.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Salvato in %1.</translation>
    </message>
    <message>
        <source>Message Source</source>
        <translation>Sorgente del messaggio</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) moved to %1.</source>
        <translation>
            <numerusform>%n messaggio spostato in %1.</numerusform>
            <numerusform>%n messaggi spostati in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) copied to %1.</source>
        <translation>
            <numerusform>%n messaggio copiato in %1.</numerusform>
            <numerusform>%n messaggi copiati in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo move</source>
        <translation>Annulla spostamento</translation>
    </message>
</context>
<context>
    <name>postier::ui::MessageHeaderWidget</name>
    <message>
        <source>From:</source>
        <translation>Da:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Reply to:</source>
        <translation>Rispondi a:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(nessun oggetto)</translation>
    </message>
    <message>
        <source>Sent at %1 in the sender&apos;s time zone (UTC%2)</source>
        <translation>Inviato il %1 nel fuso orario del mittente (UTC%2)</translation>
    </message>
</context>
<context>
    <name>postier::ui::MessageItemDelegate</name>
    <message>
        <source>loading…</source>
        <translation>caricamento…</translation>
    </message>
</context>
<context>
    <name>postier::ui::MessagePrinter</name>
    <message>
        <source>Could not print “%1”: the file %2 could not be written.</source>
        <translation>Impossibile stampare «%1»: non è stato possibile scrivere il file %2.</translation>
    </message>
    <message>
        <source>Could not print “%1”: the printer could not be started.</source>
        <translation>Impossibile stampare «%1»: non è stato possibile avviare la stampante.</translation>
    </message>
    <message>
        <source>Could not print “%1”: the printer refused page %2.</source>
        <translation>Impossibile stampare «%1»: la stampante ha rifiutato la pagina %2.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
</context>
<context>
    <name>postier::ui::MessageView</name>
    <message>
        <source>Show Source</source>
        <translation>Mostra sorgente</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Show the message as it was received, headers included</source>
        <translation>Mostra il messaggio così come è stato ricevuto, intestazioni comprese</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Salva allegato</translation>
    </message>
    <message>
        <source>This message is very large: its tables are shown simplified so that it opens quickly.</source>
        <translation>Questo messaggio è molto grande: le sue tabelle sono mostrate in forma semplificata perché si apra rapidamente.</translation>
    </message>
    <message>
        <source>(This message has no text.)</source>
        <translation>(Questo messaggio non contiene testo.)</translation>
    </message>
    <message>
        <source>Loading message…</source>
        <translation>Caricamento del messaggio…</translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>Nessun messaggio selezionato</translation>
    </message>
    <message>
        <source>Could not save “%1” to %2: %3.</source>
        <translation>Impossibile salvare «%1» in %2: %3.</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2.</source>
        <translation>Impossibile aprire «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>postier::ui::MigrationAccountPage</name>
    <message>
        <source>IMAP server</source>
        <translation>Server IMAP</translation>
    </message>
    <message>
        <source>Log &amp;In</source>
        <translation>A&amp;ccedi</translation>
    </message>
    <message>
        <source>Change &amp;Server…</source>
        <translation>Cambia ser&amp;ver…</translation>
    </message>
    <message>
        <source>&amp;Use This Server</source>
        <translation>&amp;Usa questo server</translation>
    </message>
    <message>
        <source>Convert a POP Account to IMAP</source>
        <translation>Converti un account POP in IMAP</translation>
    </message>
    <message>
        <source>Postier copies the mail that a POP account keeps on this computer into the mailbox of the same address on the server, with its folders, flags and dates, and then checks every message. Nothing on this computer is changed or deleted.</source>
        <translation>Postier copia la posta che un account POP conserva su questo computer nella casella dello stesso indirizzo sul server, con cartelle, flag e date, e poi controlla ogni messaggio. Su questo computer non viene modificato né eliminato nulla.</translation>
    </message>
    <message>
        <source>&amp;POP account:</source>
        <translation>&amp;Account POP:</translation>
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
        <translation>&amp;Nome host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>C&amp;ifratura:</translation>
    </message>
    <message>
        <source>Postier has no POP account to convert. This assistant is for accounts that download mail by POP into folders on this computer.</source>
        <translation>Postier non ha nessun account POP da convertire. Questo assistente è per gli account che scaricano la posta con POP in cartelle di questo computer.</translation>
    </message>
    <message>
        <source>This continues the conversion started on %1. Nothing that is already on the server is copied again.</source>
        <translation>Così prosegue la conversione iniziata il %1. Nulla di ciò che è già sul server viene copiato di nuovo.</translation>
    </message>
    <message>
        <source>Postier already has an IMAP account for %1.</source>
        <translation>Postier ha già un account IMAP per %1.</translation>
    </message>
    <message>
        <source>Looking for the IMAP server of %1…</source>
        <translation>Ricerca del server IMAP di %1…</translation>
    </message>
    <message>
        <source>The keychain has no password for “%1”. Type the password of %2 once; it is kept in the keychain with the IMAP account.</source>
        <translation>Il portachiavi non ha una password per «%1». Digita una volta la password di %2; viene conservata nel portachiavi con l’account IMAP.</translation>
    </message>
    <message>
        <source>Postier could not read the password of “%1” from the keychain: %2 Type the password of %3.</source>
        <translation>Postier non è riuscito a leggere la password di «%1» dal portachiavi: %2 Digita la password di %3.</translation>
    </message>
    <message>
        <source>No IMAP server is published for %1; Postier tries the POP server’s host, %2.</source>
        <translation>Per %1 non è pubblicato nessun server IMAP; Postier prova l’host del server POP, %2.</translation>
    </message>
    <message>
        <source>The server refused the password. Type the password of %1 for the IMAP server.</source>
        <translation>Il server ha rifiutato la password. Digita la password di %1 per il server IMAP.</translation>
    </message>
    <message>
        <source>Hide &amp;Server</source>
        <translation>Nascondi ser&amp;ver</translation>
    </message>
    <message>
        <source>POP and IMAP use the same server, %1: the IMAP mailbox is the very one POP has been downloading from.</source>
        <translation>POP e IMAP usano lo stesso server, %1: la casella IMAP è proprio quella da cui POP scaricava.</translation>
    </message>
    <message>
        <source>POP downloads from %1 and IMAP is on %2: two names for your provider’s mailbox of %3.</source>
        <translation>POP scarica da %1 e IMAP si trova su %2: due nomi per la casella di %3 presso il tuo provider.</translation>
    </message>
    <message>
        <source>The mail goes into the IMAP account “%1”, which Postier already has.</source>
        <translation>La posta va nell’account IMAP «%1», che Postier ha già.</translation>
    </message>
    <message>
        <source>Postier adds the IMAP account “%1” when the copy starts, with the password of “%2” from the keychain.</source>
        <translation>Postier aggiunge l’account IMAP «%1» quando inizia la copia, con la password di «%2» presa dal portachiavi.</translation>
    </message>
    <message>
        <source>Postier adds the IMAP account “%1” when the copy starts.</source>
        <translation>Postier aggiunge l’account IMAP «%1» quando inizia la copia.</translation>
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
        <translation>Altri telefoni e computer</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Inoltro</translation>
    </message>
    <message>
        <source>Switching to IMAP</source>
        <translation>Passaggio a IMAP</translation>
    </message>
    <message>
        <source>Every message is on the server. When you click Finish, “%1” becomes your default account. “%2” stays switched off and is not deleted: its mail stays on this computer, in %3.</source>
        <translation>Tutti i messaggi sono sul server. Quando fai clic su Fine, «%1» diventa il tuo account predefinito. «%2» resta disattivato e non viene eliminato: la sua posta resta su questo computer, in %3.</translation>
    </message>
    <message>
        <source>Not every message is on the server: the report says which and why. “%1” stays switched off, so that it does not download the copied messages again, and its mail stays on this computer, in %2. Run this assistant again once the cause is fixed: it copies only what is missing.</source>
        <translation>Non tutti i messaggi sono sul server: il rapporto dice quali e perché. «%1» resta disattivato, così non scarica di nuovo i messaggi copiati, e la sua posta resta su questo computer, in %2. Avvia di nuovo questo assistente dopo aver risolto la causa: copia solo ciò che manca.</translation>
    </message>
    <message>
        <source>&amp;Make “%1” the default account anyway</source>
        <translation>Rendi &amp;comunque «%1» l’account predefinito</translation>
    </message>
    <message>
        <source>If a phone, a tablet or another computer still fetches %1 by POP with “leave a copy on the server”, it sees every copied message as new and may download all of them again; if it does not leave a copy, it removes them from the server. Set those devices up with IMAP as well, or remove the POP account from them.</source>
        <translation>Se un telefono, un tablet o un altro computer scarica ancora %1 con POP e «lascia una copia sul server», vede ogni messaggio copiato come nuovo e può scaricarli tutti di nuovo; se non lascia una copia, li elimina dal server. Configura anche quei dispositivi con IMAP, oppure rimuovi da essi l’account POP.</translation>
    </message>
    <message>
        <source>If %1 forwards its mail to another mailbox (Gmail, for example), and that mailbox forwards or fetches mail back to %1, messages go round in circles or never arrive: a message you send from Gmail to %1 that comes back to Gmail through the forwarding is dropped there, because Gmail already has it among your sent mail. Check the forwarding settings at your provider.</source>
        <translation>Se %1 inoltra la posta a un’altra casella (Gmail, per esempio) e quella casella inoltra o scarica la posta di nuovo verso %1, i messaggi girano in tondo o non arrivano mai: un messaggio che invii da Gmail a %1 e che torna a Gmail attraverso l’inoltro viene scartato, perché Gmail lo ha già tra la posta inviata. Controlla le impostazioni di inoltro presso il tuo provider.</translation>
    </message>
</context>
<context>
    <name>postier::ui::MigrationMappingPage</name>
    <message>
        <source>&amp;Dry Run</source>
        <translation>Prova a &amp;vuoto</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Cartelle</translation>
    </message>
    <message>
        <source>Start &amp;Copying</source>
        <translation>&amp;Avvia la copia</translation>
    </message>
    <message>
        <source>Choose the folders to copy. Each one goes into the folder shown on the server; folders the server does not have yet are created. Messages already on the server are not copied again.</source>
        <translation>Scegli le cartelle da copiare. Ognuna va nella cartella indicata sul server; le cartelle che il server non ha ancora vengono create. I messaggi già presenti sul server non vengono copiati di nuovo.</translation>
    </message>
    <message>
        <source>Find out what would be uploaded, without changing anything on the server</source>
        <translation>Scopri che cosa verrebbe caricato, senza cambiare nulla sul server</translation>
    </message>
    <message>
        <source>A dry run shows how many messages of each folder would be uploaded.</source>
        <translation>Una prova a vuoto mostra quanti messaggi di ogni cartella verrebbero caricati.</translation>
    </message>
    <message>
        <source>While the mail is copied, Postier stops downloading “%1” by POP, so that no message comes down again as it arrives on the server.</source>
        <translation>Durante la copia Postier smette di scaricare «%1» con POP, così nessun messaggio viene riscaricato mentre arriva sul server.</translation>
    </message>
    <message>
        <source>Checking what would be uploaded…</source>
        <translation>Verifica di che cosa verrebbe caricato…</translation>
    </message>
    <message>
        <source>The dry run was stopped.</source>
        <translation>La prova a vuoto è stata interrotta.</translation>
    </message>
    <message>
        <source>The dry run failed: %1</source>
        <translation>La prova a vuoto non è riuscita: %1</translation>
    </message>
    <message>
        <source>Dry run — messages to upload: %1; already on the server: %2. Nothing was changed.</source>
        <translation>Prova a vuoto — messaggi da caricare: %1; già sul server: %2. Non è stato cambiato nulla.</translation>
    </message>
</context>
<context>
    <name>postier::ui::MigrationPreflightPage</name>
    <message>
        <source>Copy &amp;what fits anyway (the report lists every message the server refuses)</source>
        <translation>Copia &amp;comunque ciò che ci sta (il rapporto elenca ogni messaggio rifiutato dal server)</translation>
    </message>
    <message>
        <source>Try &amp;Again</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>Before Copying</source>
        <translation>Prima della copia</translation>
    </message>
    <message>
        <source>Postier counts the mail on this computer and asks the server how much room it has. Nothing is copied yet.</source>
        <translation>Postier conta la posta su questo computer e chiede al server quanto spazio ha. Non viene ancora copiato nulla.</translation>
    </message>
    <message>
        <source>Folder on this computer</source>
        <translation>Cartella su questo computer</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Folders on this computer:</source>
        <translation>Cartelle su questo computer:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Messaggi:</translation>
    </message>
    <message>
        <source>Largest message:</source>
        <translation>Messaggio più grande:</translation>
    </message>
    <message>
        <source>Folders on the server:</source>
        <translation>Cartelle sul server:</translation>
    </message>
    <message>
        <source>Space on the server:</source>
        <translation>Spazio sul server:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Durata:</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posta in arrivo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>%1, in “%2”</source>
        <translation>%1, in «%2»</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (su %2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>,</translation>
    </message>
    <message>
        <source>%1 used of %2; %3 free</source>
        <translation>%1 usati su %2; %3 liberi</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>nessun limite</translation>
    </message>
    <message>
        <source>the server does not say</source>
        <translation>il server non lo dice</translation>
    </message>
    <message>
        <source>%1 at a typical home upload speed (10 Mbit/s), checking included</source>
        <translation>%1 a una tipica velocità di upload domestica (10 Mbit/s), verifica compresa</translation>
    </message>
    <message>
        <source>“%1” leaves a copy of each message on the server: those copies are still in the server’s Inbox. Postier recognises them and does not upload them twice.</source>
        <translation>«%1» lascia una copia di ogni messaggio sul server: quelle copie sono ancora nella posta in arrivo del server. Postier le riconosce e non le carica due volte.</translation>
    </message>
    <message>
        <source>The mail will not fit: it needs %1, but only %2 are free on the server. Delete mail on the server or ask your provider for more room first; otherwise the server refuses the messages that do not fit.</source>
        <translation>La posta non ci sta: servono %1, ma sul server sono liberi solo %2. Prima elimina della posta sul server o chiedi più spazio al tuo provider; altrimenti il server rifiuta i messaggi che non ci stanno.</translation>
    </message>
</context>
<context>
    <name>postier::ui::MigrationReportPage</name>
    <message>
        <source>Sa&amp;ve Report…</source>
        <translation>Sal&amp;va il rapporto…</translation>
    </message>
    <message>
        <source>Try &amp;Again</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapporto</translation>
    </message>
    <message>
        <source>Postier migration report %1.txt</source>
        <translation>Rapporto di migrazione Postier %1.txt</translation>
    </message>
    <message>
        <source>Save the Report</source>
        <translation>Salva il rapporto</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>File di testo (*.txt)</translation>
    </message>
    <message>
        <source>the POP account “%1” (%2), kept on this computer in %3</source>
        <translation>l’account POP «%1» (%2), conservato su questo computer in %3</translation>
    </message>
    <message>
        <source>the IMAP account “%1” on %2</source>
        <translation>l’account IMAP «%1» su %2</translation>
    </message>
    <message>
        <source>Keep the report with your records: it lists every folder and says whether each message is on the server.</source>
        <translation>Conserva il rapporto tra i tuoi documenti: elenca ogni cartella e dice se ogni messaggio è sul server.</translation>
    </message>
    <message>
        <source>Keeping a copy of this report in the folder “%1” on the server…</source>
        <translation>Salvataggio di una copia di questo rapporto nella cartella «%1» sul server…</translation>
    </message>
    <message>
        <source>A copy of this report is in the folder “%1” on the server.</source>
        <translation>Una copia di questo rapporto è nella cartella «%1» sul server.</translation>
    </message>
    <message>
        <source>The copy of this report could not be put on the server: %1</source>
        <translation>Non è stato possibile mettere la copia di questo rapporto sul server: %1</translation>
    </message>
    <message>
        <source>The report could not be saved in %1: %2</source>
        <translation>Non è stato possibile salvare il rapporto in %1: %2</translation>
    </message>
    <message>
        <source>The report is saved in %1.</source>
        <translation>Il rapporto è salvato in %1.</translation>
    </message>
</context>
<context>
    <name>postier::ui::MigrationUploadPage</name>
    <message>
        <source>&amp;Pause</source>
        <translation>Pa&amp;usa</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Interrompi</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Continua</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Each message goes up with its exact content, its flags and its date, and is recorded as soon as the server has confirmed it.</source>
        <translation>Ogni messaggio viene caricato con il contenuto esatto, i flag e la data, e viene registrato appena il server lo ha confermato.</translation>
    </message>
    <message>
        <source>You can close this window or quit Postier at any time: nothing is lost, and at its next start Postier offers to continue where the copy stopped.</source>
        <translation>Puoi chiudere questa finestra o uscire da Postier in qualsiasi momento: non si perde nulla, e al prossimo avvio Postier propone di continuare la copia da dove si è fermata.</translation>
    </message>
    <message>
        <source>Stopping after the message being sent…</source>
        <translation>Interruzione dopo il messaggio in corso di invio…</translation>
    </message>
    <message>
        <source>The password of “%1” could not be stored in the keychain: %2 Postier will ask for it when it first connects.</source>
        <translation>Non è stato possibile salvare la password di «%1» nel portachiavi: %2 Postier la chiederà alla prima connessione.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Avvio…</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posta in arrivo</translation>
    </message>
    <message>
        <source>Folder “%1”: %2 of %3 messages</source>
        <translation>Cartella «%1»: %2 messaggi su %3</translation>
    </message>
    <message>
        <source>All folders: %1 of %2 messages (%3 uploaded)</source>
        <translation>Tutte le cartelle: %1 messaggi su %2 (%3 caricati)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Riprendi</translation>
    </message>
    <message>
        <source>Paused after the messages already on their way. Click Resume to go on.</source>
        <translation>In pausa dopo i messaggi già in viaggio. Fai clic su Riprendi per continuare.</translation>
    </message>
    <message>
        <source>Stopped. What was copied so far is on the server. Click Continue to go on, or close the assistant: Postier offers to continue at its next start.</source>
        <translation>Interrotto. Ciò che è stato copiato finora è sul server. Fai clic su Continua per proseguire, oppure chiudi l’assistente: Postier proporrà di continuare al prossimo avvio.</translation>
    </message>
    <message>
        <source>Click Next to see the report.</source>
        <translation>Fai clic su Successivo per vedere il rapporto.</translation>
    </message>
</context>
<context>
    <name>postier::ui::MigrationWizard</name>
    <message>
        <source>Convert POP Account to IMAP</source>
        <translation>Converti un account POP in IMAP</translation>
    </message>
    <message>
        <source>Continue the Conversion to IMAP?</source>
        <translation>Continuare la conversione in IMAP?</translation>
    </message>
    <message>
        <source>The conversion of “%1” to IMAP, started on %2, did not finish. Continue it now? Nothing already on the server is copied again.</source>
        <translation>La conversione di «%1» in IMAP, iniziata il %2, non è terminata. Continuarla adesso? Nulla di ciò che è già sul server viene copiato di nuovo.</translation>
    </message>
    <message>
        <source>“Do Not Continue” switches “%1” back on; the messages already copied stay on the server, and “%1” may download them again.</source>
        <translation>«Non continuare» riattiva «%1»; i messaggi già copiati restano sul server, e «%1» potrebbe scaricarli di nuovo.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continua</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Più &amp;tardi</translation>
    </message>
    <message>
        <source>&amp;Do Not Continue</source>
        <translation>&amp;Non continuare</translation>
    </message>
</context>
<context>
    <name>postier::ui::NetworkRemoteContentLoader</name>
    <message>
        <source>Only http and https addresses are loaded.</source>
        <translation>Vengono caricati solo indirizzi http e https.</translation>
    </message>
    <message>
        <source>The image is larger than %1 and was not loaded.</source>
        <translation>L’immagine supera %1 e non è stata caricata.</translation>
    </message>
    <message>
        <source>The server answered %1 %2.</source>
        <translation>Il server ha risposto %1 %2.</translation>
    </message>
</context>
<context>
    <name>postier::ui::NoticeBar</name>
    <message>
        <source>Hide this message</source>
        <translation>Nascondi questo avviso</translation>
    </message>
</context>
<context>
    <name>postier::ui::RemoteContentBar</name>
    <message>
        <source>Show remote content</source>
        <translation>Mostra contenuti remoti</translation>
    </message>
    <message>
        <source>Always for this sender</source>
        <translation>Sempre per questo mittente</translation>
    </message>
    <message>
        <source>Postier blocked one remote image to protect your privacy.</source>
        <translation>Postier ha bloccato un’immagine remota per proteggere la tua privacy.</translation>
    </message>
    <message numerus="yes">
        <source>Postier blocked %n remote images to protect your privacy.</source>
        <translation>
            <numerusform>Postier ha bloccato %n immagine remota per proteggere la tua privacy.</numerusform>
            <numerusform>Postier ha bloccato %n immagini remote per proteggere la tua privacy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote images can tell the sender that, when and where you read this message.</source>
        <translation>Le immagini remote possono rivelare al mittente che hai letto questo messaggio, quando e dove.</translation>
    </message>
    <message>
        <source>Always show remote content in messages from %1</source>
        <translation>Mostra sempre i contenuti remoti nei messaggi di %1</translation>
    </message>
</context>
<context>
    <name>postier::ui::ServerSearchBar</name>
    <message>
        <source>Search on the server</source>
        <translation>Ricerca sul server</translation>
    </message>
    <message>
        <source>Search on Server</source>
        <translation>Cerca sul server</translation>
    </message>
    <message>
        <source>The search on the server was stopped.</source>
        <translation>La ricerca sul server è stata interrotta.</translation>
    </message>
    <message>
        <source>The server found no matching message.</source>
        <translation>Il server non ha trovato nessun messaggio corrispondente.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found on the server.</source>
        <translation>
            <numerusform>%n messaggio trovato sul server.</numerusform>
            <numerusform>%n messaggi trovati sul server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them had not been downloaded yet.</source>
        <translation>
            <numerusform>%n di questi non era ancora stato scaricato.</numerusform>
            <numerusform>%n di questi non erano ancora stati scaricati.</numerusform>
        </translation>
    </message>
    <message>
        <source>No message on this computer matches.</source>
        <translation>Nessun messaggio su questo computer corrisponde.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) on this computer match.</source>
        <translation>
            <numerusform>%n messaggio su questo computer corrisponde.</numerusform>
            <numerusform>%n messaggi su questo computer corrispondono.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the server too: it also searches the text of the messages, and those not downloaded yet (Ctrl+Return)</source>
        <translation>Chiedi anche al server: cerca anche nel testo dei messaggi e in quelli non ancora scaricati (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>Searching the server…</source>
        <translation>Ricerca sul server…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Stop searching the server</source>
        <translation>Interrompi la ricerca sul server</translation>
    </message>
</context>
<context>
    <name>postier::ui::TrayNotifier</name>
    <message numerus="yes">
        <source>Postier: %n unread message(s)</source>
        <translation>
            <numerusform>Postier: %n messaggio non letto</numerusform>
            <numerusform>Postier: %n messaggi non letti</numerusform>
        </translation>
    </message>
    <message>
        <source>Postier: no unread messages</source>
        <translation>Postier: nessun messaggio non letto</translation>
    </message>
    <message>
        <source>&amp;Show Postier</source>
        <translation>&amp;Mostra Postier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(nessun oggetto)</translation>
    </message>
    <message>
        <source>New message in %1</source>
        <translation>Nuovo messaggio in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) in %1</source>
        <translation>
            <numerusform>%n nuovo messaggio in %1</numerusform>
            <numerusform>%n nuovi messaggi in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest, from %1: %2</source>
        <translation>Il più recente, da %1: %2</translation>
    </message>
</context>
</TS>
