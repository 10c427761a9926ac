<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>postier</name>
    <message>
        <source>Postier, the mail client that moves your mail without losing any.</source>
        <translation>Postier, le client de messagerie qui déplace votre courrier sans en perdre la moindre miette.</translation>
    </message>
    <message>
        <source>Postier</source>
        <translation>Postier</translation>
    </message>
    <message>
        <source>Postier cannot open its offline cache: %1</source>
        <translation>Postier ne peut pas ouvrir son cache hors ligne&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>postier::cli::Cli</name>
    <message>
        <source>Print machine-readable JSON on stdout.</source>
        <translation>Écrire du JSON lisible par une machine sur la sortie standard.</translation>
    </message>
    <message>
        <source>Also trust the CA certificate(s) in this PEM file. There is no option to turn certificate checks off.</source>
        <translation>Faire aussi confiance aux certificats d’autorité (CA) de ce fichier PEM. Aucune option ne permet de désactiver la vérification des certificats.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Read the password from the first line of this file (else $POSTIER_PASSWORD, else the keychain).</source>
        <translation>Lire le mot de passe sur la première ligne de ce fichier (sinon dans $POSTIER_PASSWORD, sinon dans le trousseau).</translation>
    </message>
    <message>
        <source>Give up when the server is silent this many seconds (default 30).</source>
        <translation>Abandonner si le serveur reste muet pendant ce nombre de secondes (30 par défaut).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Print the protocol conversation on stderr (passwords are masked).</source>
        <translation>Afficher l’échange avec le serveur sur la sortie d’erreur (les mots de passe sont masqués).</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>Le fichier de CA %1 est illisible.</translation>
    </message>
    <message>
        <source>--timeout takes a whole number of seconds greater than zero.</source>
        <translation>--timeout attend un nombre entier de secondes supérieur à zéro.</translation>
    </message>
    <message>
        <source>The address %1 has no user name. Write it as scheme://user@host.</source>
        <translation>L’adresse %1 ne contient pas de nom d’utilisateur. Écrivez-la sous la forme schéma://utilisateur@hôte.</translation>
    </message>
    <message>
        <source>There is no account named “%1”. Use a server address such as imaps://anna@mail.example.com, or see “postier-cli accounts list”.</source>
        <translation>Il n’existe aucun compte nommé «&#xa0;%1&#xa0;». Utilisez une adresse de serveur comme imaps://anna@mail.example.com, ou consultez «&#xa0;postier-cli accounts list&#xa0;».</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2.</source>
        <translation>Le fichier de mot de passe %1 est illisible&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No password for %1: %2 Give one with --password-file or the POSTIER_PASSWORD environment variable.</source>
        <translation>Aucun mot de passe pour %1&#xa0;: %2 Indiquez-en un avec --password-file ou la variable d’environnement POSTIER_PASSWORD.</translation>
    </message>
    <message>
        <source>postier-cli: %1</source>
        <translation>postier-cli&#xa0;: %1</translation>
    </message>
    <message>
        <source>Manages the accounts stored in Postier&apos;s settings (the same ones the app shows).
  list
  add NAME --address A [--incoming URL] [--outgoing URL] [--display-name N] [--pop3]
      Without --incoming/--outgoing, the servers are found the way the account wizard finds them (provider table, autoconfig, DNS SRV). The password is read from --password-file or $POSTIER_PASSWORD and saved in the keychain.
  remove NAME   (also removes its keychain entries)</source>
        <translation>Gère les comptes enregistrés dans les paramètres de Postier (les mêmes que ceux de l’application).
  list
  add NOM --address A [--incoming URL] [--outgoing URL] [--display-name N] [--pop3]
      Sans --incoming/--outgoing, les serveurs sont trouvés comme le fait l’assistant de création de compte (liste des fournisseurs, autoconfig, DNS SRV). Le mot de passe est lu dans --password-file ou $POSTIER_PASSWORD et enregistré dans le trousseau.
  remove NOM   (supprime aussi ses entrées du trousseau)</translation>
    </message>
    <message>
        <source>list, add or remove</source>
        <translation>list, add ou remove</translation>
    </message>
    <message>
        <source>The e-mail address.</source>
        <translation>L’adresse électronique.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>The sender name.</source>
        <translation>Le nom de l’expéditeur.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>IMAP or POP3 server URL.</source>
        <translation>L’URL du serveur IMAP ou POP3.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>SMTP server URL.</source>
        <translation>L’URL du serveur SMTP.</translation>
    </message>
    <message>
        <source>When detecting, prefer POP3 to IMAP.</source>
        <translation>Lors de la détection, préférer POP3 à IMAP.</translation>
    </message>
    <message>
        <source>accounts needs an action: list, add or remove.</source>
        <translation>accounts attend une action&#xa0;: list, add ou remove.</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with “postier-cli accounts add”.</source>
        <translation>Aucun compte pour l’instant. Ajoutez-en un avec «&#xa0;postier-cli accounts add&#xa0;».</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>(désactivé)</translation>
    </message>
    <message>
        <source>Usage: accounts add NAME --address A [--incoming URL] [--outgoing URL]</source>
        <translation>Utilisation&#xa0;: accounts add NOM --address A [--incoming URL] [--outgoing URL]</translation>
    </message>
    <message>
        <source>Give the servers with --incoming and --outgoing.</source>
        <translation>Indiquez les serveurs avec --incoming et --outgoing.</translation>
    </message>
    <message>
        <source>Added the account “%1”.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» a été ajouté.</translation>
    </message>
    <message>
        <source>Usage: accounts remove NAME</source>
        <translation>Utilisation&#xa0;: accounts remove NOM</translation>
    </message>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>Il n’existe aucun compte nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Removed the account “%1” and its saved passwords. Mail stored on this computer was kept.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» et ses mots de passe enregistrés ont été supprimés. Le courrier stocké sur cet ordinateur a été conservé.</translation>
    </message>
    <message>
        <source>Unknown action “%1”: use list, add or remove.</source>
        <translation>Action inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez list, add ou remove.</translation>
    </message>
    <message>
        <source>Starts a local demo mail server (dovecot on 127.0.0.1, with realistic demo mail) and adds two demo accounts, “Demo Anna” and “Demo Ben”, to Postier&apos;s settings, with their passwords in the keychain. Nothing leaves this computer.</source>
        <translation>Démarre un serveur de messagerie de démonstration local (dovecot sur 127.0.0.1, avec des messages de démonstration réalistes) et ajoute deux comptes de démonstration, «&#xa0;Demo Anna&#xa0;» et «&#xa0;Demo Ben&#xa0;», aux paramètres de Postier, avec leurs mots de passe dans le trousseau. Rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Where the demo server keeps its files.</source>
        <translation>L’emplacement des fichiers du serveur de démonstration.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>rép</translation>
    </message>
    <message>
        <source>Stop the demo server.</source>
        <translation>Arrêter le serveur de démonstration.</translation>
    </message>
    <message>
        <source>The demo server script (testserver.py) was not found. Set POSTIER_SCRIPTS_DIR to the scripts folder of the Postier sources.</source>
        <translation>Le script du serveur de démonstration (testserver.py) est introuvable. Définissez POSTIER_SCRIPTS_DIR sur le dossier scripts des sources de Postier.</translation>
    </message>
    <message>
        <source>The demo server runs on %1 (files in %2).</source>
        <translation>Le serveur de démonstration tourne sur %1 (fichiers dans %2).</translation>
    </message>
    <message>
        <source>Accounts “Demo Anna” (anna / anna-demo) and “Demo Ben” (ben / ben-demo) are set up.</source>
        <translation>Les comptes «&#xa0;Demo Anna&#xa0;» (anna / anna-demo) et «&#xa0;Demo Ben&#xa0;» (ben / ben-demo) sont configurés.</translation>
    </message>
    <message>
        <source>Until then, pass the password in the environment, e.g. POSTIER_PASSWORD=anna-demo.</source>
        <translation>En attendant, passez le mot de passe par l’environnement, par exemple POSTIER_PASSWORD=anna-demo.</translation>
    </message>
    <message>
        <source>Try: postier-cli folders &quot;Demo Anna&quot;</source>
        <translation>Essayez&#xa0;: postier-cli folders &quot;Demo Anna&quot;</translation>
    </message>
    <message>
        <source>Stop it with: postier-cli demo --stop</source>
        <translation>Pour l’arrêter&#xa0;: postier-cli demo --stop</translation>
    </message>
    <message>
        <source>Writes one message, byte for byte as the server stores it, to stdout (or one MIME part with --section). Reading does not mark it as read.</source>
        <translation>Écrit un message sur la sortie standard, octet pour octet tel que le serveur le stocke (ou une seule partie MIME avec --section). Le lire ne le marque pas comme lu.</translation>
    </message>
    <message>
        <source>An IMAP URL or an account name.</source>
        <translation>Une URL IMAP ou un nom de compte.</translation>
    </message>
    <message>
        <source>The folder, e.g. INBOX.</source>
        <translation>Le dossier, par exemple INBOX.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>The message&apos;s UID.</source>
        <translation>L’UID du message.</translation>
    </message>
    <message>
        <source>uid</source>
        <translation>uid</translation>
    </message>
    <message>
        <source>Only this MIME part, e.g. 1.2.</source>
        <translation>Seulement cette partie MIME, par exemple 1.2.</translation>
    </message>
    <message>
        <source>section</source>
        <translation>section</translation>
    </message>
    <message>
        <source>Usage: postier-cli fetch URL|ACCOUNT --folder FOLDER --uid N (N a positive number)</source>
        <translation>Utilisation&#xa0;: postier-cli fetch URL|COMPTE --folder DOSSIER --uid N (N un nombre positif)</translation>
    </message>
    <message>
        <source>fetch needs an IMAP account (imaps:// or imap+starttls://).</source>
        <translation>fetch nécessite un compte IMAP (imaps:// ou imap+starttls://).</translation>
    </message>
    <message>
        <source>The message could not be written to standard output.</source>
        <translation>Le message n’a pas pu être écrit sur la sortie standard.</translation>
    </message>
    <message>
        <source>Lists the folders of an IMAP account as a tree, with their attributes. Ghost folders (\Noselect, \NonExistent) are marked: they are listed but cannot hold mail.</source>
        <translation>Affiche l’arborescence des dossiers d’un compte IMAP, avec leurs attributs. Les dossiers fantômes (\Noselect, \NonExistent) sont signalés&#xa0;: ils sont listés mais ne peuvent pas contenir de messages.</translation>
    </message>
    <message>
        <source>folders takes exactly one account: postier-cli folders imaps://anna@host</source>
        <translation>folders attend exactement un compte&#xa0;: postier-cli folders imaps://anna@hôte</translation>
    </message>
    <message>
        <source>folders needs an IMAP account (imaps:// or imap+starttls://).</source>
        <translation>folders nécessite un compte IMAP (imaps:// ou imap+starttls://).</translation>
    </message>
    <message>
        <source>(ghost: cannot hold mail)</source>
        <translation>(fantôme&#xa0;: ne peut pas contenir de messages)</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n ghost(s)</source>
        <translation>
            <numerusform>, %n fantôme</numerusform>
            <numerusform>, %n fantômes</numerusform>
        </translation>
    </message>
    <message>
        <source>fetch</source>
        <translation>fetch</translation>
    </message>
    <message>
        <source>A POP3 URL or an account name.</source>
        <translation>Une URL POP3 ou un nom de compte.</translation>
    </message>
    <message>
        <source>Keep the messages on the server.</source>
        <translation>Conserver les messages sur le serveur.</translation>
    </message>
    <message>
        <source>With --leave-on-server: delete from the server what was downloaded more than this many days ago.</source>
        <translation>Avec --leave-on-server&#xa0;: supprimer du serveur ce qui a été téléchargé il y a plus de ce nombre de jours.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>--delete-after-days takes a number of days above zero, together with --leave-on-server.</source>
        <translation>--delete-after-days attend un nombre de jours supérieur à zéro, avec --leave-on-server.</translation>
    </message>
    <message>
        <source>pop3 fetch needs a POP3 account (pop3s:// or pop3+starttls://).</source>
        <translation>pop3 fetch nécessite un compte POP3 (pop3s:// ou pop3+starttls://).</translation>
    </message>
    <message>
        <source>%1 of %2 messages</source>
        <translation>%1 messages sur %2</translation>
    </message>
    <message>
        <source>Finds messages of an account by words of their subject, sender or recipients in the local cache (filled by “postier-cli sync”), newest first. With --server, or when the folder is not in the cache yet, the server is searched too (IMAP SEARCH TEXT: the whole message, body included) and the results are merged. Prints one line per message: FOLDER, UID, DATE, FROM and SUBJECT, separated by tabs.</source>
        <translation>Cherche les messages d’un compte d’après les mots de leur sujet, de leur expéditeur ou de leurs destinataires dans le cache local (rempli par «&#xa0;postier-cli sync&#xa0;»), du plus récent au plus ancien. Avec --server, ou si le dossier n’est pas encore dans le cache, la recherche porte aussi sur le serveur (IMAP SEARCH TEXT&#xa0;: tout le message, corps compris) et les résultats sont fusionnés. Affiche une ligne par message&#xa0;: DOSSIER, UID, DATE, EXPÉDITEUR et SUJET, séparés par des tabulations.</translation>
    </message>
    <message>
        <source>The words to look for.</source>
        <translation>Les mots à rechercher.</translation>
    </message>
    <message>
        <source>query…</source>
        <translation>requête…</translation>
    </message>
    <message>
        <source>Only this folder, e.g. INBOX or Archive/2024.</source>
        <translation>Seulement ce dossier, par exemple INBOX ou Archive/2024.</translation>
    </message>
    <message>
        <source>Also search on the server (in --folder, default INBOX).</source>
        <translation>Chercher aussi sur le serveur (dans --folder, INBOX par défaut).</translation>
    </message>
    <message>
        <source>The cache file (default: Postier&apos;s own cache).</source>
        <translation>Le fichier de cache (par défaut&#xa0;: le cache de Postier).</translation>
    </message>
    <message>
        <source>Show at most this many messages (default %1).</source>
        <translation>Afficher au plus ce nombre de messages (%1 par défaut).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Usage: postier-cli search URL|ACCOUNT QUERY [--folder F] [--server]</source>
        <translation>Utilisation&#xa0;: postier-cli search URL|COMPTE REQUÊTE [--folder F] [--server]</translation>
    </message>
    <message>
        <source>--limit takes a whole number greater than zero.</source>
        <translation>--limit attend un nombre entier supérieur à zéro.</translation>
    </message>
    <message>
        <source>The query “%1” has no word to search for.</source>
        <translation>La requête «&#xa0;%1&#xa0;» ne contient aucun mot à rechercher.</translation>
    </message>
    <message>
        <source>search needs an IMAP account (imaps:// or imap+starttls://).</source>
        <translation>search nécessite un compte IMAP (imaps:// ou imap+starttls://).</translation>
    </message>
    <message>
        <source>No message matches “%1”.</source>
        <translation>Aucun message ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found; the server matched %1.</source>
        <translation>
            <numerusform>%n message trouvé&#xa0;; le serveur en a trouvé %1.</numerusform>
            <numerusform>%n messages trouvés&#xa0;; le serveur en a trouvé %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found in the local cache.</source>
        <translation>
            <numerusform>%n message trouvé dans le cache local.</numerusform>
            <numerusform>%n messages trouvés dans le cache local.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sends a plain-text message through an SMTP submission server (STARTTLS on 587, or TLS on 465). --to, --cc, --bcc and --attach may be repeated.</source>
        <translation>Envoie un message en texte brut par un serveur de soumission SMTP (STARTTLS sur le port 587, ou TLS sur le 465). --to, --cc, --bcc et --attach peuvent être répétés.</translation>
    </message>
    <message>
        <source>An SMTP URL or an account name.</source>
        <translation>Une URL SMTP ou un nom de compte.</translation>
    </message>
    <message>
        <source>The sender, e.g. &quot;Anna &lt;anna@example.com&gt;&quot;.</source>
        <translation>L’expéditeur, par exemple &quot;Anna &lt;anna@example.com&gt;&quot;.</translation>
    </message>
    <message>
        <source>A recipient.</source>
        <translation>Un destinataire.</translation>
    </message>
    <message>
        <source>A copy recipient.</source>
        <translation>Un destinataire en copie.</translation>
    </message>
    <message>
        <source>A hidden recipient.</source>
        <translation>Un destinataire en copie cachée.</translation>
    </message>
    <message>
        <source>The subject.</source>
        <translation>Le sujet.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>A UTF-8 text file with the body; - for stdin.</source>
        <translation>Un fichier texte UTF-8 contenant le corps du message&#xa0;; - pour l’entrée standard.</translation>
    </message>
    <message>
        <source>A file to attach.</source>
        <translation>Un fichier à joindre.</translation>
    </message>
    <message>
        <source>Also write the exact bytes sent to this file.</source>
        <translation>Écrire aussi dans ce fichier les octets exacts envoyés.</translation>
    </message>
    <message>
        <source>Usage: postier-cli send SMTP-URL|ACCOUNT --from A --to B [--subject S] --body-file FILE</source>
        <translation>Utilisation&#xa0;: postier-cli send URL-SMTP|COMPTE --from A --to B [--subject S] --body-file FICHIER</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>The body file %1 cannot be read: %2.</source>
        <translation>Le fichier du corps du message %1 est illisible&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The attachment %1 cannot be read.</source>
        <translation>La pièce jointe %1 est illisible.</translation>
    </message>
    <message>
        <source>send needs an SMTP server (smtp+starttls:// or smtps://).</source>
        <translation>send nécessite un serveur SMTP (smtp+starttls:// ou smtps://).</translation>
    </message>
    <message>
        <source>The message was sent, but its copy could not be written to %1.</source>
        <translation>Le message a été envoyé, mais sa copie n’a pas pu être écrite dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n recipient(s), Message-ID &lt;%1&gt;.</source>
        <translation>
            <numerusform>Envoyé à %n destinataire, Message-ID &lt;%1&gt;.</numerusform>
            <numerusform>Envoyé à %n destinataires, Message-ID &lt;%1&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Brings the local cache of one folder up to date: all headers the first time, then only what changed (new mail, flags, deletions). Progress goes to stderr.</source>
        <translation>Met à jour le cache local d’un dossier&#xa0;: tous les en-têtes la première fois, puis seulement ce qui a changé (nouveaux messages, indicateurs, suppressions). La progression s’affiche sur la sortie d’erreur.</translation>
    </message>
    <message>
        <source>The folder, e.g. INBOX or Archive/2024.</source>
        <translation>Le dossier, par exemple INBOX ou Archive/2024.</translation>
    </message>
    <message>
        <source>Usage: postier-cli sync URL|ACCOUNT --folder FOLDER</source>
        <translation>Utilisation&#xa0;: postier-cli sync URL|COMPTE --folder DOSSIER</translation>
    </message>
    <message>
        <source>sync needs an IMAP account (imaps:// or imap+starttls://).</source>
        <translation>sync nécessite un compte IMAP (imaps:// ou imap+starttls://).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 messages</source>
        <translation>%1&#xa0;: %2 messages sur %3</translation>
    </message>
    <message>
        <source>%1: %2 messages (%3 unread). Fetched %4 headers, refreshed %5 flags, removed %6, in %7 s.</source>
        <translation>%1&#xa0;: %2 messages (%3 non lus). En-têtes récupérés&#xa0;: %4, indicateurs actualisés&#xa0;: %5, supprimés&#xa0;: %6, en %7 s.</translation>
    </message>
    <message>
        <source>The server renumbered the folder, so its cache was rebuilt.</source>
        <translation>Le serveur a renuméroté le dossier, son cache a donc été reconstruit.</translation>
    </message>
    <message>
        <source>postier-cli: unknown command “%1”. Run postier-cli --help for the list.</source>
        <translation>postier-cli&#xa0;: commande inconnue «&#xa0;%1&#xa0;». Lancez postier-cli --help pour en voir la liste.</translation>
    </message>
    <message>
        <source>The account “%1” has no outgoing server.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» n’a pas de serveur d’envoi.</translation>
    </message>
    <message>
        <source>The account “%1” has no incoming server.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» n’a pas de serveur de réception.</translation>
    </message>
    <message>
        <source>The demo server could not be started: python3 is missing. scripts/install-deps.sh installs it.</source>
        <translation>Le serveur de démonstration n’a pas pu démarrer&#xa0;: python3 est absent. scripts/install-deps.sh l’installe.</translation>
    </message>
    <message>
        <source>The demo server could not be started in %1; the lines above say why. scripts/install-deps.sh installs dovecot and python3-aiosmtpd if they are missing.</source>
        <translation>Le serveur de démonstration n’a pas pu démarrer dans %1&#xa0;; les lignes ci-dessus en indiquent la raison. scripts/install-deps.sh installe dovecot et python3-aiosmtpd s’ils sont absents.</translation>
    </message>
    <message>
        <source>Where the mail is now.</source>
        <translation>Où se trouve le courrier aujourd’hui.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>The IMAP account to copy it into.</source>
        <translation>Le compte IMAP dans lequel le copier.</translation>
    </message>
    <message>
        <source>A file of “source folder = server folder” lines that overrides the automatic mapping.</source>
        <translation>Un fichier de lignes «&#xa0;dossier source = dossier du serveur&#xa0;» qui remplace la correspondance automatique.</translation>
    </message>
    <message>
        <source>Show what would be copied; change nothing.</source>
        <translation>Montrer ce qui serait copié, sans rien changer.</translation>
    </message>
    <message>
        <source>Do not upload Thunderbird&apos;s X-Mozilla-Status headers.</source>
        <translation>Ne pas envoyer les en-têtes X-Mozilla-Status de Thunderbird.</translation>
    </message>
    <message>
        <source>Where to keep the record of the copy (default: in Postier&apos;s data folder).</source>
        <translation>Où conserver le journal de la copie (par défaut&#xa0;: dans le dossier de données de Postier).</translation>
    </message>
    <message>
        <source>Copy only this source folder (repeatable).</source>
        <translation>Copier seulement ce dossier source (répétable).</translation>
    </message>
    <message>
        <source>Usage: postier-cli migrate --from SOURCE --to IMAP-URL [--dry-run] [--json]</source>
        <translation>Utilisation&#xa0;: postier-cli migrate --from SOURCE --to URL-IMAP [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>--from takes maildir:PATH, mbox:PATH, thunderbird:PATH, eml:PATH or the name of a POP3 account; “%1” is none of these.</source>
        <translation>--from accepte maildir:CHEMIN, mbox:CHEMIN, thunderbird:CHEMIN, eml:CHEMIN ou le nom d’un compte POP3&#xa0;; «&#xa0;%1&#xa0;» n’est rien de cela.</translation>
    </message>
    <message>
        <source>The folder map %1 cannot be read: %2</source>
        <translation>Le fichier de correspondance des dossiers %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>migrate copies into an IMAP account (imaps:// or imap+starttls://).</source>
        <translation>migrate copie vers un compte IMAP (imaps:// ou imap+starttls://).</translation>
    </message>
    <message>
        <source>pop3 fetch URL|ACCOUNT [--into DIR] [--leave-on-server] [--delete-after-days N]
Downloads new messages from a POP3 account into a Maildir folder on this computer. Each message is written safely to disk before anything else happens; only then, and only without --leave-on-server, is it deleted from the server. Running it again downloads nothing twice.</source>
        <translation>pop3 fetch URL|COMPTE [--into RÉP] [--leave-on-server] [--delete-after-days N]
Télécharge les nouveaux messages d’un compte POP3 dans un dossier Maildir de cet ordinateur. Chaque message est d’abord écrit en lieu sûr sur le disque&#xa0;; ce n’est qu’ensuite, et seulement sans --leave-on-server, qu’il est supprimé du serveur. Relancer la commande ne télécharge rien deux fois.</translation>
    </message>
    <message>
        <source>The local Maildir (created if missing); for an account name, its own local folders by default.</source>
        <translation>Le Maildir local (créé s’il manque)&#xa0;; pour un nom de compte, ses propres dossiers locaux par défaut.</translation>
    </message>
    <message>
        <source>Usage: postier-cli pop3 fetch URL|ACCOUNT [--into DIR] [--leave-on-server]</source>
        <translation>Utilisation&#xa0;: postier-cli pop3 fetch URL|COMPTE [--into DOSSIER] [--leave-on-server]</translation>
    </message>
    <message>
        <source>pop3 fetch needs --into DIR, or the name of a POP3 account.</source>
        <translation>pop3 fetch a besoin de --into DOSSIER, ou du nom d’un compte POP3.</translation>
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
        <translation>Utilisation&#xa0;: postier-cli COMMANDE [options]

Commandes&#xa0;:
  folders URL|COMPTE                     les dossiers en arbre, fantômes signalés
  sync URL|COMPTE --folder D             en-têtes en cache local, progression sur stderr
  fetch URL|COMPTE --folder D --uid N    le message brut sur stdout
  search URL|COMPTE REQUÊTE [--folder D] [--server]
                                         messages du cache local (et du serveur)
  send URL-SMTP|COMPTE --from A --to B --subject S --body-file FICHIER
  pop3 fetch URL|COMPTE [--into RÉP] [--leave-on-server]
  migrate --from SOURCE --to URL-IMAP    copie un stockage local (maildir:, mbox:,
                                         thunderbird:, eml:) vers un compte IMAP,
                                         avec vérification et reprise
  accounts list|add|remove               les comptes des paramètres de l’application
  demo [--dir RÉP]                       lance un serveur de démo local à deux comptes

Les serveurs sont des URL&#xa0;: imaps://anna@hôte[:port], imap+starttls://…,
pop3s://…, pop3+starttls://…, smtps://…, smtp+starttls://… (+plain seulement si
on le demande explicitement). Le mot de passe vient de --password-file, de
$POSTIER_PASSWORD ou du trousseau&#xa0;; jamais de la ligne de commande. --ca-file
ajoute une autorité de certification de confiance&#xa0;; la vérification des
certificats ne peut pas être désactivée. Toutes les commandes acceptent --json,
--timeout, --trace et --help.

Codes de sortie&#xa0;: 0&#xa0;succès, 2&#xa0;utilisation, 3&#xa0;authentification, 4&#xa0;TLS/certificat,
5&#xa0;réseau ou délai dépassé, 6&#xa0;refus du serveur, 7&#xa0;échec partiel, 8&#xa0;erreur de
fichier local, 9&#xa0;annulé, 10&#xa0;erreur de protocole.
</translation>
    </message>
    <message>
        <source>migrate --from SOURCE --to IMAP-URL|ACCOUNT [--folder-map FILE] [--dry-run] [--clean-mozilla-headers] [--journal FILE]
Copies every message of a local store into an IMAP account, folder by folder, with its exact bytes, flags and date, then checks that each one is on the server. The source is only read. Running it again uploads nothing twice and continues where an interrupted run stopped. SOURCE is maildir:PATH, mbox:PATH, thunderbird:PROFILE-FOLDER, eml:PATH, the name of a POP3 account, or an IMAP folder (imaps://user@host/Folder, with its subfolders). Exit status 0 only when every message is verified.</source>
        <translation>migrate --from SOURCE --to URL-IMAP|COMPTE [--folder-map FICHIER] [--dry-run] [--clean-mozilla-headers] [--journal FICHIER]
Copie chaque message d’un stockage local dans un compte IMAP, dossier par dossier, avec ses octets exacts, ses indicateurs et sa date, puis vérifie que chacun est sur le serveur. La source est seulement lue. Relancée, la commande n’envoie rien deux fois et reprend là où une exécution interrompue s’est arrêtée. SOURCE est maildir:CHEMIN, mbox:CHEMIN, thunderbird:DOSSIER-DU-PROFIL, eml:CHEMIN, le nom d’un compte POP3 ou un dossier IMAP (imaps://utilisateur@hôte/Dossier, avec ses sous-dossiers). Code de sortie 0 seulement quand chaque message est vérifié.</translation>
    </message>
    <message>
        <source>For an IMAP source: the file whose first line is its password (else $POSTIER_SOURCE_PASSWORD, else the keychain).</source>
        <translation>Pour une source IMAP&#xa0;: le fichier dont la première ligne est son mot de passe (sinon $POSTIER_SOURCE_PASSWORD, sinon le trousseau).</translation>
    </message>
    <message>
        <source>Name the folder to copy after the server: imaps://user@host/INBOX.</source>
        <translation>Indiquez le dossier à copier après le serveur&#xa0;: imaps://utilisateur@hôte/INBOX.</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation>Le fichier de mot de passe %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 Run “%2 --help” for the options.</source>
        <translation>%1 Lancez «&#xa0;%2 --help&#xa0;» pour en voir les options.</translation>
    </message>
    <message>
        <source>Added the account “%1”, but its password could not be saved in the keychain: %2 Give it with --password-file or $POSTIER_PASSWORD when you use the account.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» a été ajouté, mais son mot de passe n’a pas pu être enregistré dans le trousseau&#xa0;: %2 Indiquez-le avec --password-file ou $POSTIER_PASSWORD quand vous utilisez le compte.</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n new message(s) into %1.</source>
        <translation>
            <numerusform>%n nouveau message téléchargé dans %1.</numerusform>
            <numerusform>%n nouveaux messages téléchargés dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were already here.</source>
        <translation>
            <numerusform>%n message était déjà ici.</numerusform>
            <numerusform>%n messages étaient déjà ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted from the server.</source>
        <translation>
            <numerusform>%n message supprimé du serveur.</numerusform>
            <numerusform>%n messages supprimés du serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo server in %1 is stopped.</source>
        <translation>Le serveur de démonstration dans %1 est arrêté.</translation>
    </message>
    <message>
        <source>No demo server was running in %1.</source>
        <translation>Aucun serveur de démonstration ne tournait dans %1.</translation>
    </message>
</context>
<context>
    <name>postier::models::AccountDiscovery</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking Postier’s list of providers for %1…</source>
        <translation>Recherche de %1 dans la liste des fournisseurs de Postier…</translation>
    </message>
    <message>
        <source>Looking up %1’s settings…</source>
        <translation>Recherche des paramètres de %1…</translation>
    </message>
    <message>
        <source>The settings file at %1 is larger than %2 KB, so Postier did not read it.</source>
        <translation>Le fichier de paramètres situé à %1 dépasse %2 Ko&#xa0;; Postier ne l’a donc pas lu.</translation>
    </message>
    <message>
        <source>%1 has no settings file for mail (HTTP %2).</source>
        <translation>%1 ne propose pas de fichier de paramètres de messagerie (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 could not be reached (%2).</source>
        <translation>%1 est injoignable (%2).</translation>
    </message>
    <message>
        <source>The settings file at %1 could not be used: %2</source>
        <translation>Le fichier de paramètres situé à %1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 did not answer within %2.</source>
        <translation>%1 n’a pas répondu dans un délai de %2.</translation>
    </message>
    <message>
        <source>Looking up %1’s mail servers in DNS…</source>
        <translation>Recherche des serveurs de messagerie de %1 dans le DNS…</translation>
    </message>
    <message>
        <source>The DNS lookups for %1 did not finish within %2.</source>
        <translation>Les requêtes DNS pour %1 ne se sont pas terminées dans un délai de %2.</translation>
    </message>
    <message>
        <source>%1 publishes no mail servers in DNS (SRV records).</source>
        <translation>%1 ne publie aucun serveur de messagerie dans le DNS (enregistrements SRV).</translation>
    </message>
    <message>
        <source>Postier knows the settings of %1.</source>
        <translation>Postier connaît les paramètres de %1.</translation>
    </message>
    <message>
        <source>%1 publishes its settings for mail programs at %2.</source>
        <translation>%1 publie ses paramètres pour les logiciels de messagerie à l’adresse %2.</translation>
    </message>
    <message>
        <source>Found the mail servers of %1 in its DNS records.</source>
        <translation>Les serveurs de messagerie de %1 ont été trouvés dans ses enregistrements DNS.</translation>
    </message>
    <message>
        <source>Found the incoming mail server of %1 in its DNS records, but no server for sending. Enter the outgoing server yourself.</source>
        <translation>Le serveur de réception de %1 a été trouvé dans ses enregistrements DNS, mais pas de serveur d’envoi. Saisissez vous-même le serveur d’envoi.</translation>
    </message>
    <message>
        <source>“%1” is not a complete e-mail address, such as anna@example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse électronique complète, comme anna@example.com.</translation>
    </message>
    <message>
        <source>Postier could not find the settings for %1. Enter them yourself: your provider’s help pages list them.</source>
        <translation>Postier n’a pas trouvé les paramètres de %1. Saisissez-les vous-même&#xa0;: les pages d’aide de votre fournisseur les indiquent.</translation>
    </message>
    <message>
        <source>%1 asks mail programs to sign in with OAuth, which Postier does not offer yet. Logging in with a password may be refused; an app password may work.</source>
        <translation>%1 demande aux logiciels de messagerie de se connecter avec OAuth, ce que Postier ne propose pas encore. La connexion par mot de passe peut être refusée&#xa0;; un mot de passe d’application peut fonctionner.</translation>
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
        <translation>%1 — %2 (désactivé)</translation>
    </message>
</context>
<context>
    <name>postier::models::AccountStore</name>
    <message>
        <source>The account “%1” in the settings is incomplete and was skipped%2</source>
        <translation>Le compte «&#xa0;%1&#xa0;» des paramètres est incomplet et a été ignoré%2</translation>
    </message>
    <message>
        <source>An account named “%1” already exists. Choose another name.</source>
        <translation>Un compte nommé «&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>Le fichier de paramètres %1 n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>An identity of the account “%1” in the settings has no address and was skipped.</source>
        <translation>Une identité du compte «&#xa0;%1&#xa0;» dans les paramètres n’a pas d’adresse et a été ignorée.</translation>
    </message>
    <message>
        <source>The identity “%1” of the account “%2” in the settings is not a valid e-mail address and was skipped.</source>
        <translation>L’identité «&#xa0;%1&#xa0;» du compte «&#xa0;%2&#xa0;» dans les paramètres n’est pas une adresse électronique valide et a été ignorée.</translation>
    </message>
    <message>
        <source>The identity “%1” of the account “%2” in the settings repeats an address the account already has and was skipped.</source>
        <translation>L’identité «&#xa0;%1&#xa0;» du compte «&#xa0;%2&#xa0;» dans les paramètres reprend une adresse que le compte possède déjà et a été ignorée.</translation>
    </message>
    <message>
        <source>The outgoing server of the account “%1” in the settings could not be read: %2</source>
        <translation>Le serveur d’envoi du compte «&#xa0;%1&#xa0;» dans les paramètres n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address, so it cannot be an identity of the account “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse électronique et ne peut donc pas être une identité du compte «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The account “%1” has the address %2 more than once. Each identity needs its own address.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» a plusieurs fois l’adresse %2. Chaque identité a besoin de sa propre adresse.</translation>
    </message>
</context>
<context>
    <name>postier::models::AccountTester</name>
    <message>
        <source>Postier cannot check a %1 server here.</source>
        <translation>Postier ne peut pas vérifier un serveur %1 ici.</translation>
    </message>
</context>
<context>
    <name>postier::models::AutoconfigXml</name>
    <message>
        <source>The settings file is too large (%1 KB) to be an autoconfig file, so Postier did not read it.</source>
        <translation>Le fichier de paramètres est trop volumineux (%1 Ko) pour être un fichier autoconfig&#xa0;; Postier ne l’a donc pas lu.</translation>
    </message>
    <message>
        <source>The settings file contains a document type declaration, which autoconfig files never have, so Postier did not use it.</source>
        <translation>Le fichier de paramètres contient une déclaration de type de document, ce que les fichiers autoconfig n’ont jamais&#xa0;; Postier ne l’a donc pas utilisé.</translation>
    </message>
    <message>
        <source>The settings file is not valid XML (%1 at line %2).</source>
        <translation>Le fichier de paramètres n’est pas du XML valide (%1 à la ligne %2).</translation>
    </message>
    <message>
        <source>no root element</source>
        <translation>pas d’élément racine</translation>
    </message>
    <message>
        <source>The settings file is not an autoconfig file: it starts with &lt;%1&gt; instead of &lt;clientConfig&gt;.</source>
        <translation>Le fichier de paramètres n’est pas un fichier autoconfig&#xa0;: il commence par &lt;%1&gt; au lieu de &lt;clientConfig&gt;.</translation>
    </message>
    <message>
        <source>The settings file lists more than %1 servers, so Postier did not use it.</source>
        <translation>Le fichier de paramètres indique plus de %1 serveurs&#xa0;; Postier ne l’a donc pas utilisé.</translation>
    </message>
    <message>
        <source>The settings file describes no mail provider (&lt;emailProvider&gt; is missing).</source>
        <translation>Le fichier de paramètres ne décrit aucun fournisseur de messagerie (&lt;emailProvider&gt; est absent).</translation>
    </message>
    <message>
        <source>The settings file lists no IMAP or POP3 server that Postier can use.</source>
        <translation>Le fichier de paramètres n’indique aucun serveur IMAP ou POP3 utilisable par Postier.</translation>
    </message>
</context>
<context>
    <name>postier::models::ComposeEngine</name>
    <message>
        <source>The draft could not be put together.</source>
        <translation>Le brouillon n’a pas pu être constitué.</translation>
    </message>
    <message>
        <source>The message was sent, but its copy could not be saved in your Sent folder: %1 Use “Save Copy to Sent” to try again.</source>
        <translation>Le message a été envoyé, mais sa copie n’a pas pu être enregistrée dans votre dossier Envoyés&#xa0;: %1 Utilisez «&#xa0;Enregistrer une copie dans Envoyés&#xa0;» pour réessayer.</translation>
    </message>
    <message>
        <source>%1 It could not be saved in Drafts either: %2</source>
        <translation>%1 Il n’a pas pu non plus être enregistré dans Brouillons&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 A copy is saved in your Drafts folder.</source>
        <translation>%1 Une copie est enregistrée dans votre dossier Brouillons.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Le brouillon n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>postier::models::CrossAccountCopy</name>
    <message>
        <source>Importing into “%1” of %2</source>
        <translation>Importation dans «&#xa0;%1&#xa0;» de %2</translation>
    </message>
    <message>
        <source>Moving to “%1” of %2</source>
        <translation>Déplacement vers «&#xa0;%1&#xa0;» de %2</translation>
    </message>
    <message>
        <source>Copying to “%1” of %2</source>
        <translation>Copie vers «&#xa0;%1&#xa0;» de %2</translation>
    </message>
    <message>
        <source>The account dropped on no longer exists.</source>
        <translation>Le compte sur lequel vous avez déposé n’existe plus.</translation>
    </message>
    <message>
        <source>Messages can be copied to another account only into the folders of an IMAP account; %1 keeps its mail on this computer.</source>
        <translation>Les messages ne peuvent être copiés vers un autre compte que dans les dossiers d’un compte IMAP&#xa0;; %1 garde son courrier sur cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 is neither an mbox file nor an .eml file, so it was not imported.</source>
        <translation>%1 n’est ni un fichier mbox ni un fichier .eml&#xa0;; il n’a donc pas été importé.</translation>
    </message>
    <message>
        <source>Nothing that was dropped can be imported.</source>
        <translation>Rien de ce qui a été déposé ne peut être importé.</translation>
    </message>
    <message>
        <source>The account the messages come from no longer exists.</source>
        <translation>Le compte d’où viennent les messages n’existe plus.</translation>
    </message>
    <message>
        <source>The messages are already in this account.</source>
        <translation>Les messages sont déjà dans ce compte.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>the local folder “%1” of %2</source>
        <translation>le dossier local «&#xa0;%1&#xa0;» de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of the local folder “%1” of %2</source>
        <translation>
            <numerusform>%n message du dossier local «&#xa0;%1&#xa0;» de %2</numerusform>
            <numerusform>%n messages du dossier local «&#xa0;%1&#xa0;» de %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected messages are no longer in the local folder “%1”.</source>
        <translation>Les messages sélectionnés ne sont plus dans le dossier local «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Postier needs the password of %1 to copy into it, and could not read it from the keychain: %2</source>
        <translation>Postier a besoin du mot de passe de %1 pour y copier, et n’a pas pu le lire dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>no password is saved for this account.</source>
        <translation>aucun mot de passe n’est enregistré pour ce compte.</translation>
    </message>
    <message>
        <source>Nothing was deleted from %1, because not every message could be verified on %2.</source>
        <translation>Rien n’a été supprimé de %1, car tous les messages n’ont pas pu être vérifiés sur %2.</translation>
    </message>
    <message numerus="yes">
        <source>The %n original message(s) were deleted from %1 once verified.</source>
        <translation>
            <numerusform>%n message original a été supprimé de %1 une fois vérifié.</numerusform>
            <numerusform>%n messages originaux ont été supprimés de %1 une fois vérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every message was copied and verified, but the originals in “%1” could not be deleted: %2</source>
        <translation>Tous les messages ont été copiés et vérifiés, mais les originaux dans «&#xa0;%1&#xa0;» n’ont pas pu être supprimés&#xa0;: %2</translation>
    </message>
    <message>
        <source>The emptied folders were left in place: %1</source>
        <translation>Les dossiers vidés sont restés en place&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” was kept because it holds messages that arrived after the copy started.</source>
        <translation>«&#xa0;%1&#xa0;» a été conservé, car il contient des messages arrivés après le début de la copie.</translation>
    </message>
    <message>
        <source>The emptied folder “%1” was deleted too.</source>
        <translation>Le dossier vidé «&#xa0;%1&#xa0;» a aussi été supprimé.</translation>
    </message>
    <message>
        <source>The folder “%1” was not deleted: %2</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’a pas été supprimé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The %n original message(s) were moved to the local Trash of %1 once verified.</source>
        <translation>
            <numerusform>%n message original a été déplacé dans la Corbeille locale de %1 une fois vérifié.</numerusform>
            <numerusform>%n messages originaux ont été déplacés dans la Corbeille locale de %1 une fois vérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Those that were in the local Trash stay there.</source>
        <translation>Ceux qui étaient dans la Corbeille locale y restent.</translation>
    </message>
    <message>
        <source>The local folder “%1” stays, empty.</source>
        <translation>Le dossier local «&#xa0;%1&#xa0;» reste en place, vide.</translation>
    </message>
</context>
<context>
    <name>postier::models::CrossAccountResult</name>
    <message>
        <source>The copy was stopped; what was copied stays there, and dropping the same messages again copies only the rest.</source>
        <translation>La copie a été arrêtée&#xa0;; ce qui a été copié y reste, et déposer à nouveau les mêmes messages ne copie que le reste.</translation>
    </message>
</context>
<context>
    <name>postier::models::DnsSrvResolver</name>
    <message>
        <source>The DNS lookup of %1 failed: %2.</source>
        <translation>La requête DNS pour %1 a échoué&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>postier::models::FolderMapper</name>
    <message>
        <source>“%1” was renamed “%2”: the server does not allow the separator “%3”, the characters * and %, control characters or very long names in folder names.</source>
        <translation>«&#xa0;%1&#xa0;» a été renommé «&#xa0;%2&#xa0;»&#xa0;: le serveur n’accepte dans les noms de dossier ni le séparateur «&#xa0;%3&#xa0;», ni les caractères * et %, ni les caractères de contrôle, ni les noms très longs.</translation>
    </message>
    <message>
        <source>Line %1 of the folder map is not “source folder = server folder”: %2</source>
        <translation>La ligne %1 du fichier de correspondance n’est pas de la forme «&#xa0;dossier source = dossier du serveur&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>postier::models::FolderMappingModel</name>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Goes into the server’s own folder for this purpose, “%1”.</source>
        <translation>Va dans le dossier que le serveur réserve à cet usage, «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” already exists on the server: the messages are added to it.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà sur le serveur&#xa0;: les messages y sont ajoutés.</translation>
    </message>
    <message>
        <source>“%1” is created on the server.</source>
        <translation>«&#xa0;%1&#xa0;» est créé sur le serveur.</translation>
    </message>
    <message>
        <source>cannot be copied</source>
        <translation>ne peut pas être copié</translation>
    </message>
    <message>
        <source>%1 (%2 already there)</source>
        <translation>%1 (%2 déjà présents)</translation>
    </message>
    <message>
        <source>%1: %2 messages, %3</source>
        <translation>%1&#xa0;: %2 messages, %3</translation>
    </message>
    <message>
        <source>%1 holds only folders.</source>
        <translation>%1 ne contient que des dossiers.</translation>
    </message>
    <message>
        <source>Folder on this computer</source>
        <translation>Dossier sur cet ordinateur</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Folder on the server</source>
        <translation>Dossier sur le serveur</translation>
    </message>
    <message>
        <source>To upload</source>
        <translation>À envoyer</translation>
    </message>
</context>
<context>
    <name>postier::models::FolderModel</name>
    <message>
        <source>The folders of POP3 accounts are kept on this computer.</source>
        <translation>Les dossiers des comptes POP3 sont conservés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>“%1” is listed by the server but cannot hold mail (a ghost folder).</source>
        <translation>«&#xa0;%1&#xa0;» est listé par le serveur mais ne peut pas contenir de messages (dossier fantôme).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n message</numerusform>
            <numerusform>%1&#xa0;: %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n non lu</numerusform>
            <numerusform>, %n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archives</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>%1: mail downloaded with POP3, kept on this computer in %2</source>
        <translation>%1&#xa0;: courrier téléchargé par POP3, conservé sur cet ordinateur dans %2</translation>
    </message>
</context>
<context>
    <name>postier::models::FolderSynchronizer</name>
    <message>
        <source>The update was cancelled.</source>
        <translation>La mise à jour a été annulée.</translation>
    </message>
</context>
<context>
    <name>postier::models::HeaderCache</name>
    <message>
        <source>SQLite said: “%1”.</source>
        <translation>SQLite a répondu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The cache file is damaged; Postier will rebuild it the next time it opens it, and nothing will be lost.</source>
        <translation>Le fichier de cache est endommagé&#xa0;; Postier le reconstruira à sa prochaine ouverture, sans rien perdre.</translation>
    </message>
    <message>
        <source>The offline cache %1 is not open.</source>
        <translation>Le cache hors ligne %1 n’est pas ouvert.</translation>
    </message>
    <message>
        <source>The offline cache %1 has no folder with the id %2.</source>
        <translation>Le cache hors ligne %1 ne contient aucun dossier ayant l’identifiant %2.</translation>
    </message>
    <message>
        <source>SQLite reported “%1”</source>
        <translation>SQLite a signalé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>an earlier read found it damaged</source>
        <translation>une lecture précédente l’a trouvé endommagé</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the offline cache. Check that it is on a writable disk.</source>
        <translation>Impossible de créer le dossier %1 pour le cache hors ligne. Vérifiez qu’il se trouve sur un disque accessible en écriture.</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>ce n’est pas un fichier</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed, so the offline cache cannot be opened. Install the Qt 6 SQLite plugin (libqt6sql6-sqlite on Debian).</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n’est pas installé, le cache hors ligne ne peut donc pas être ouvert. Installez le greffon SQLite de Qt 6 (libqt6sql6-sqlite sous Debian).</translation>
    </message>
    <message>
        <source>Could not open the offline cache %1.</source>
        <translation>Impossible d’ouvrir le cache hors ligne %1.</translation>
    </message>
    <message>
        <source>The offline cache %1 could not switch to write-ahead logging (the file system may not support it); it will work, but more slowly.</source>
        <translation>Le cache hors ligne %1 n’a pas pu passer en journalisation anticipée (WAL)&#xa0;; le système de fichiers ne la prend peut-être pas en charge. Il fonctionnera, mais plus lentement.</translation>
    </message>
    <message>
        <source>it was written by a newer version of Postier (schema %1; this version knows %2)</source>
        <translation>il a été écrit par une version plus récente de Postier (schéma %1&#xa0;; cette version connaît le %2)</translation>
    </message>
    <message>
        <source>Could not update the offline cache %1 to the current format.</source>
        <translation>Impossible de mettre à jour le cache hors ligne %1 vers le format actuel.</translation>
    </message>
    <message>
        <source>Could not set up the search index of the offline cache %1.</source>
        <translation>Impossible de mettre en place l’index de recherche du cache hors ligne %1.</translation>
    </message>
    <message>
        <source>it has a search index, but this SQLite library has no full-text search (FTS5)</source>
        <translation>il possède un index de recherche, mais cette bibliothèque SQLite ne propose pas la recherche plein texte (FTS5)</translation>
    </message>
    <message>
        <source>The offline cache %1 was recreated but still cannot be used: %2.</source>
        <translation>Le cache hors ligne %1 a été recréé mais reste inutilisable&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The offline cache %1 could not be used: %2. It was renamed to %3 and a new one was created. Nothing is lost: messages will be downloaded again.</source>
        <translation>Le cache hors ligne %1 était inutilisable&#xa0;: %2. Il a été renommé en %3 et un nouveau cache a été créé. Rien n’est perdu&#xa0;: les messages seront de nouveau téléchargés.</translation>
    </message>
    <message>
        <source>The offline cache %1 could not be used: %2. It could not be moved aside either (%3). Delete the file; nothing will be lost.</source>
        <translation>Le cache hors ligne %1 est inutilisable&#xa0;: %2. Il n’a pas non plus pu être mis de côté (%3). Supprimez le fichier&#xa0;; rien ne sera perdu.</translation>
    </message>
    <message>
        <source>Could not record the folder %1 of %2 in the offline cache %3.</source>
        <translation>Impossible d’enregistrer le dossier %1 de %2 dans le cache hors ligne %3.</translation>
    </message>
    <message>
        <source>Could not save the folder list of %1 in the offline cache %2.</source>
        <translation>Impossible d’enregistrer la liste des dossiers de %1 dans le cache hors ligne %2.</translation>
    </message>
    <message>
        <source>Could not read the folder list of %1 from the offline cache %2.</source>
        <translation>Impossible de lire la liste des dossiers de %1 dans le cache hors ligne %2.</translation>
    </message>
    <message>
        <source>Could not read the state of a folder from the offline cache %1.</source>
        <translation>Impossible de lire l’état d’un dossier dans le cache hors ligne %1.</translation>
    </message>
    <message>
        <source>Could not clear a folder whose UIDVALIDITY changed in the offline cache %1.</source>
        <translation>Impossible de vider, dans le cache hors ligne %1, un dossier dont l’UIDVALIDITY a changé.</translation>
    </message>
    <message>
        <source>Could not save the state of a folder in the offline cache %1.</source>
        <translation>Impossible d’enregistrer l’état d’un dossier dans le cache hors ligne %1.</translation>
    </message>
    <message>
        <source>Could not save the HIGHESTMODSEQ of a folder in the offline cache %1.</source>
        <translation>Impossible d’enregistrer le HIGHESTMODSEQ d’un dossier dans le cache hors ligne %1.</translation>
    </message>
    <message>
        <source>Could not save new message headers in the offline cache %1.</source>
        <translation>Impossible d’enregistrer les en-têtes des nouveaux messages dans le cache hors ligne %1.</translation>
    </message>
    <message>
        <source>Could not save changed message flags in the offline cache %1.</source>
        <translation>Impossible d’enregistrer les indicateurs de message modifiés dans le cache hors ligne %1.</translation>
    </message>
    <message>
        <source>Could not remove deleted messages from the offline cache %1.</source>
        <translation>Impossible de retirer les messages supprimés du cache hors ligne %1.</translation>
    </message>
    <message>
        <source>Could not read the message list of a folder from the offline cache %1.</source>
        <translation>Impossible de lire la liste des messages d’un dossier dans le cache hors ligne %1.</translation>
    </message>
    <message>
        <source>Could not count the messages of a folder in the offline cache %1.</source>
        <translation>Impossible de compter les messages d’un dossier dans le cache hors ligne %1.</translation>
    </message>
    <message>
        <source>Could not read a message header from the offline cache %1.</source>
        <translation>Impossible de lire un en-tête de message dans le cache hors ligne %1.</translation>
    </message>
    <message>
        <source>Could not read message headers from the offline cache %1.</source>
        <translation>Impossible de lire les en-têtes des messages dans le cache hors ligne %1.</translation>
    </message>
    <message>
        <source>Could not read the message threads of a folder from the offline cache %1.</source>
        <translation>Impossible de lire les fils de discussion d’un dossier dans le cache hors ligne %1.</translation>
    </message>
    <message>
        <source>Could not store the body of message %1 in the offline cache %2: its header is not stored.</source>
        <translation>Impossible de stocker le corps du message %1 dans le cache hors ligne %2&#xa0;: son en-tête n’y est pas stocké.</translation>
    </message>
    <message>
        <source>Could not store the body of message %1 in the offline cache %2.</source>
        <translation>Impossible de stocker le corps du message %1 dans le cache hors ligne %2.</translation>
    </message>
    <message>
        <source>Could not read the body of message %1 from the offline cache %2.</source>
        <translation>Impossible de lire le corps du message %1 dans le cache hors ligne %2.</translation>
    </message>
    <message>
        <source>Could not search the offline cache %1.</source>
        <translation>Impossible d’effectuer une recherche dans le cache hors ligne %1.</translation>
    </message>
    <message>
        <source>Could not read addresses from the offline cache %1.</source>
        <translation>Impossible de lire les adresses dans le cache hors ligne %1.</translation>
    </message>
    <message>
        <source>Could not read the list of local messages from the offline cache %1.</source>
        <translation>Impossible de lire la liste des messages locaux dans le cache hors ligne %1.</translation>
    </message>
    <message>
        <source>Could not add local messages to the offline cache %1.</source>
        <translation>Impossible d’ajouter des messages locaux au cache hors ligne %1.</translation>
    </message>
    <message>
        <source>A local folder of the offline cache %1 has run out of message numbers. Delete the cache file; Postier will number the messages again and nothing will be lost.</source>
        <translation>Un dossier local du cache hors ligne %1 n’a plus de numéros de message disponibles. Supprimez le fichier du cache&#xa0;; Postier numérotera à nouveau les messages et rien ne sera perdu.</translation>
    </message>
    <message>
        <source>Could not save changed local messages in the offline cache %1.</source>
        <translation>Impossible d’enregistrer les messages locaux modifiés dans le cache hors ligne %1.</translation>
    </message>
</context>
<context>
    <name>postier::models::LocalMail</name>
    <message>
        <source>A message is no longer in the local folder “%1”; the list is being brought up to date.</source>
        <translation>Un message n’est plus dans le dossier local «&#xa0;%1&#xa0;»&#xa0;; la liste est en cours de mise à jour.</translation>
    </message>
</context>
<context>
    <name>postier::models::MailSession</name>
    <message>
        <source>This account no longer exists.</source>
        <translation>Ce compte n’existe plus.</translation>
    </message>
    <message>
        <source>No password is saved for %1.</source>
        <translation>Aucun mot de passe n’est enregistré pour %1.</translation>
    </message>
    <message>
        <source>No password was given for %1.</source>
        <translation>Aucun mot de passe n’a été indiqué pour %1.</translation>
    </message>
    <message>
        <source>The account %1 has no outgoing (SMTP) server.</source>
        <translation>Le compte %1 n’a pas de serveur d’envoi (SMTP).</translation>
    </message>
    <message>
        <source>The account %1 has no incoming server.</source>
        <translation>Le compte %1 n’a pas de serveur de réception.</translation>
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
        <translation>aucun chiffrement</translation>
    </message>
    <message>
        <source>%1, %2, port %3, %4</source>
        <translation>%1, %2, port %3, %4</translation>
    </message>
</context>
<context>
    <name>postier::models::MessageListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(sans sujet)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>postier::models::MigrationJournal</name>
    <message>
        <source>The migration journal %1 could not be written: %2.</source>
        <translation>Le journal de migration %1 n’a pas pu être écrit&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The migration journal %1 could not be opened: %2.</source>
        <translation>Le journal de migration %1 n’a pas pu être ouvert&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The migration journal %1 belongs to another migration (from %2 to %3).</source>
        <translation>Le journal de migration %1 appartient à une autre migration (de %2 vers %3).</translation>
    </message>
</context>
<context>
    <name>postier::models::MigrationPreflight</name>
    <message>
        <source>Counting the messages of “%1”…</source>
        <translation>Comptage des messages de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Counting the messages on this computer and asking %1 for its folders…</source>
        <translation>Comptage des messages sur cet ordinateur et demande de ses dossiers à %1…</translation>
    </message>
</context>
<context>
    <name>postier::models::MigrationPreflightResult</name>
    <message>
        <source>less than a minute</source>
        <translation>moins d’une minute</translation>
    </message>
    <message>
        <source>about %1 minutes</source>
        <translation>environ %1 minutes</translation>
    </message>
    <message>
        <source>about %1 hours</source>
        <translation>environ %1 heures</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>postier::models::MigrationReport</name>
    <message numerus="yes">
        <source>Dry run: %n message(s) would be uploaded; nothing was changed on the server.</source>
        <translation>
            <numerusform>Essai à blanc&#xa0;: %n message serait envoyé&#xa0;; rien n’a été modifié sur le serveur.</numerusform>
            <numerusform>Essai à blanc&#xa0;: %n messages seraient envoyés&#xa0;; rien n’a été modifié sur le serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 messages verified: each one is on the server.</source>
        <translation>Les %1 messages ont tous été vérifiés&#xa0;: chacun est sur le serveur.</translation>
    </message>
    <message>
        <source>The migration was stopped before its end; run it again to continue where it stopped.</source>
        <translation>La migration a été arrêtée avant la fin&#xa0;; relancez-la pour reprendre là où elle s’est arrêtée.</translation>
    </message>
    <message>
        <source>%1 of %2 messages are not on the server; the list below says which and why.</source>
        <translation>%1 messages sur %2 ne sont pas sur le serveur&#xa0;; la liste ci-dessous indique lesquels et pourquoi.</translation>
    </message>
    <message>
        <source>Some folders could not be copied; the list below says why.</source>
        <translation>Certains dossiers n’ont pas pu être copiés&#xa0;; la liste ci-dessous indique pourquoi.</translation>
    </message>
    <message>
        <source>Migration from %1 to %2</source>
        <translation>Migration — source&#xa0;: %1&#xa0;; destination&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 messages; %2 uploaded, %3 already there, %4 refused</source>
        <translation>%1 messages&#xa0;; %2 envoyés, %3 déjà présents, %4 refusés</translation>
    </message>
    <message>
        <source>%1 verified on the server</source>
        <translation>%1 vérifiés sur le serveur</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) have the same identity as another message of this folder; all were copied.</source>
        <translation>
            <numerusform>%n message a la même identité qu’un autre message de ce dossier&#xa0;; tous ont été copiés.</numerusform>
            <numerusform>%n messages ont la même identité qu’un autre message de ce dossier&#xa0;; tous ont été copiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) marked deleted in the source program were not copied.</source>
        <translation>
            <numerusform>%n message marqué comme supprimé dans le programme d’origine n’a pas été copié.</numerusform>
            <numerusform>%n messages marqués comme supprimés dans le programme d’origine n’ont pas été copiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing: %1 (%2): %3</source>
        <translation>Manquant&#xa0;: %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>no Message-ID</source>
        <translation>pas de Message-ID</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) already on the server got the flags they have here (read, answered, flagged).</source>
        <translation>
            <numerusform>%n message déjà sur le serveur a reçu les indicateurs qu’il a ici (lu, répondu, suivi).</numerusform>
            <numerusform>%n messages déjà sur le serveur ont reçu les indicateurs qu’ils ont ici (lu, répondu, suivi).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::models::MigrationReportMail</name>
    <message>
        <source>Postier migration report — %1</source>
        <translation>Rapport de migration Postier — %1</translation>
    </message>
</context>
<context>
    <name>postier::models::MigrationRun</name>
    <message>
        <source>Reading %1</source>
        <translation>Lecture&#xa0;: %1</translation>
    </message>
    <message>
        <source>Continuing an interrupted copy</source>
        <translation>Reprise d’une copie interrompue</translation>
    </message>
    <message>
        <source>Listing the folders on %1</source>
        <translation>Liste des dossiers sur %1</translation>
    </message>
    <message>
        <source>The connection was lost; going on with “%1” where it stopped.</source>
        <translation>La connexion a été perdue&#xa0;; reprise de «&#xa0;%1&#xa0;» là où elle s’était arrêtée.</translation>
    </message>
    <message>
        <source>Checking every message on the server</source>
        <translation>Vérification de chaque message sur le serveur</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server refused to create the folder “%1”: %2</source>
        <translation>Le serveur a refusé de créer le dossier «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” was renamed “%2” because the server refused the name: %3</source>
        <translation>«&#xa0;%1&#xa0;» a été renommé «&#xa0;%2&#xa0;» parce que le serveur a refusé ce nom&#xa0;: %3</translation>
    </message>
    <message>
        <source>The folder “%1” on the server could not be read: %2</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» sur le serveur n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The migration stopped after %n refused message(s); the last reason: %1</source>
        <translation>
            <numerusform>La migration s’est arrêtée après %n message refusé&#xa0;; dernière raison&#xa0;: %1</numerusform>
            <numerusform>La migration s’est arrêtée après %n messages refusés&#xa0;; dernière raison&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>It is not on the server after the copy.</source>
        <translation>Il n’est pas sur le serveur après la copie.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be checked: %2</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’a pas pu être vérifié&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>postier::models::PasswordStore</name>
    <message>
        <source>No password is stored in the keychain for %1.</source>
        <translation>Aucun mot de passe n’est enregistré dans le trousseau pour %1.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Postier will ask for the password once per session and will not save it to disk.</source>
        <translation>Le trousseau du système n’est pas disponible (%1). Postier demandera le mot de passe une fois par session et ne l’enregistrera pas sur le disque.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1.</source>
        <translation>Le trousseau du système a signalé une erreur&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>postier::models::ProviderTable</name>
    <message>
        <source>Gmail does not accept your usual Google password in mail programs. Turn on 2-Step Verification in your Google Account, create an app password at myaccount.google.com/apppasswords, and enter that app password here. Postier does not offer Google sign-in (OAuth) yet.</source>
        <translation>Gmail n’accepte pas votre mot de passe Google habituel dans les logiciels de messagerie. Activez la validation en deux étapes dans votre compte Google, créez un mot de passe d’application sur myaccount.google.com/apppasswords et saisissez-le ici. Postier ne propose pas encore la connexion avec Google (OAuth).</translation>
    </message>
    <message>
        <source>Microsoft requires OAuth sign-in (Modern Auth) for Outlook.com in mail programs, and Postier does not offer it yet, so logging in with a password may be refused. If your account has two-step verification, an app password from account.microsoft.com/security may work. IMAP and POP access must also be switched on in Outlook.com under Settings, Mail, Forwarding and IMAP.</source>
        <translation>Microsoft exige une connexion OAuth (Modern Auth) pour Outlook.com dans les logiciels de messagerie, et Postier ne la propose pas encore&#xa0;: la connexion par mot de passe peut donc être refusée. Si votre compte utilise la vérification en deux étapes, un mot de passe d’application créé sur account.microsoft.com/security peut fonctionner. L’accès IMAP et POP doit aussi être activé dans Outlook.com, sous Paramètres, Courrier, Transfert et IMAP.</translation>
    </message>
    <message>
        <source>Yahoo Mail needs an app password for mail programs: in your Yahoo account, open Account Security, choose “Generate app password”, and enter that password here instead of your usual one.</source>
        <translation>Yahoo Mail exige un mot de passe d’application pour les logiciels de messagerie&#xa0;: dans votre compte Yahoo, ouvrez Sécurité du compte, choisissez «&#xa0;Générer un mot de passe d’application&#xa0;» et saisissez ce mot de passe ici à la place du mot de passe habituel.</translation>
    </message>
    <message>
        <source>GMX lets mail programs in only after you allow it: in the GMX web mail, open the settings, choose “POP3 &amp; IMAP”, and switch on access by POP3 and IMAP.</source>
        <translation>GMX n’accepte les logiciels de messagerie qu’après votre autorisation&#xa0;: dans la messagerie web de GMX, ouvrez les paramètres, choisissez «&#xa0;POP3 &amp; IMAP&#xa0;» et activez l’accès par POP3 et IMAP.</translation>
    </message>
</context>
<context>
    <name>postier::models::ReplyBuilder</name>
    <message>
        <source>Forwarded message</source>
        <translation>Message transféré</translation>
    </message>
    <message>
        <source>%1 wrote:</source>
        <translation>%1 a écrit&#xa0;:</translation>
    </message>
    <message>
        <source>On %1, %2 wrote:</source>
        <translation>Le %1, %2 a écrit&#xa0;:</translation>
    </message>
    <message>
        <source>-------- Forwarded Message --------</source>
        <translation>-------- Message transféré --------</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De&#xa0;: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Copie à&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>postier::models::ServerSearch</name>
    <message>
        <source>Type the words to search for first.</source>
        <translation>Saisissez d’abord les mots à rechercher.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Ce compte n’existe plus.</translation>
    </message>
    <message>
        <source>The account %1 keeps its mail on this computer (POP3): everything it has is already searched here.</source>
        <translation>Le compte %1 conserve son courrier sur cet ordinateur (POP3)&#xa0;: tout ce qu’il contient est déjà recherché ici.</translation>
    </message>
    <message>
        <source>The search on the server was cancelled.</source>
        <translation>La recherche sur le serveur a été annulée.</translation>
    </message>
</context>
<context>
    <name>postier::models::SpecialFolderLocator</name>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Ce compte n’existe plus.</translation>
    </message>
    <message>
        <source>The account %1 receives mail by POP3, so it has no %2 folder on the server.</source>
        <translation>Le compte %1 reçoit son courrier par POP3&#xa0;: il n’a donc pas de dossier «&#xa0;%2&#xa0;» sur le serveur.</translation>
    </message>
    <message>
        <source>There is no %1 folder, and it could not be created: %2</source>
        <translation>Il n’existe pas de dossier «&#xa0;%1&#xa0;» et il n’a pas pu être créé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>postier::protocols::AppendMessageJob</name>
    <message numerus="yes">
        <source>Saving %n message(s) in “%1”</source>
        <translation>
            <numerusform>Enregistrement de %n message dans «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Enregistrement de %n messages dans «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Postier could not read message %1 while saving it in “%2” (%3). Nothing of it was kept on the server.</source>
        <translation>Postier n’a pas pu lire le message %1 pendant son enregistrement dans «&#xa0;%2&#xa0;» (%3). Rien n’en a été conservé sur le serveur.</translation>
    </message>
    <message>
        <source>Postier could not open message %1 to save it in “%2” (%3).</source>
        <translation>Postier n’a pas pu ouvrir le message %1 pour l’enregistrer dans «&#xa0;%2&#xa0;» (%3).</translation>
    </message>
    <message>
        <source>Message %1 for “%2” comes from a stream of unknown length, which IMAP cannot save.</source>
        <translation>Le message %1 destiné à «&#xa0;%2&#xa0;» provient d’un flux de longueur inconnue, qu’IMAP ne peut pas enregistrer.</translation>
    </message>
    <message>
        <source>save the message in “%1”</source>
        <translation>enregistrer le message dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>save message %1 of %2 in “%3”</source>
        <translation>enregistrer le message %1 sur %2 dans «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>Message %1 was not saved in “%2” on %3: sending it was interrupted.</source>
        <translation>Le message %1 n’a pas été enregistré dans «&#xa0;%2&#xa0;» sur %3&#xa0;: son envoi a été interrompu.</translation>
    </message>
    <message>
        <source>The connection to %1 ended before the server confirmed message %2 in “%3”: it may or may not have been saved.</source>
        <translation>La connexion à %1 s’est terminée avant que le serveur confirme le message %2 dans «&#xa0;%3&#xa0;»&#xa0;: il a peut-être été enregistré, peut-être pas.</translation>
    </message>
    <message>
        <source>%1 of %2 messages could not be saved in “%3” on %4; the others were. The first problem: %5</source>
        <translation>%1 messages sur %2 n’ont pas pu être enregistrés dans «&#xa0;%3&#xa0;» sur %4&#xa0;; les autres l’ont été. Premier problème&#xa0;: %5</translation>
    </message>
    <message>
        <source>Postier could not open message %1 to save it in “%2”.</source>
        <translation>Postier n’a pas pu ouvrir le message %1 pour l’enregistrer dans «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>postier::protocols::CapabilitiesJob</name>
    <message>
        <source>Checking the server’s capabilities</source>
        <translation>Vérification des fonctions du serveur</translation>
    </message>
</context>
<context>
    <name>postier::protocols::CertificateVerifier</name>
    <message>
        <source>not issued by an authority this computer trusts</source>
        <translation>émis par une autorité à laquelle cet ordinateur ne fait pas confiance</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>not valid yet</source>
        <translation>pas encore valide</translation>
    </message>
    <message>
        <source>issued for another server name</source>
        <translation>émis pour un autre nom de serveur</translation>
    </message>
</context>
<context>
    <name>postier::protocols::Connection</name>
    <message>
        <source>This operation cannot run on a %1 connection.</source>
        <translation>Cette opération ne peut pas s’exécuter sur une connexion %1.</translation>
    </message>
    <message>
        <source>Postier cannot open a %1 connection to %2: it does not support that protocol.</source>
        <translation>Postier ne peut pas ouvrir de connexion %1 vers %2&#xa0;: il ne prend pas en charge ce protocole.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::CopyMessagesJob</name>
    <message numerus="yes">
        <source>Copying %n message(s) to “%1”</source>
        <translation>
            <numerusform>Copie de %n message vers «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Copie de %n messages vers «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>copy messages from “%1” to “%2”</source>
        <translation>copier des messages de «&#xa0;%1&#xa0;» vers «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>postier::protocols::CreateFolderJob</name>
    <message>
        <source>Creating the folder “%1”</source>
        <translation>Création du dossier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation>Un dossier doit avoir un nom.</translation>
    </message>
    <message>
        <source>create the folder “%1”</source>
        <translation>créer le dossier «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>postier::protocols::DeleteFolderJob</name>
    <message>
        <source>Deleting the folder “%1”</source>
        <translation>Suppression du dossier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 did not delete the folder “%2” because it still contains subfolders. Delete or move its subfolders first (the server said “%3”).</source>
        <translation>%1 n’a pas supprimé le dossier «&#xa0;%2&#xa0;» car il contient encore des sous-dossiers. Supprimez ou déplacez d’abord ses sous-dossiers (le serveur a répondu «&#xa0;%3&#xa0;»).</translation>
    </message>
    <message>
        <source>delete the folder “%1”</source>
        <translation>supprimer le dossier «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>postier::protocols::EmlSource</name>
    <message>
        <source>the folder of .eml files %1</source>
        <translation>le dossier de fichiers .eml %1</translation>
    </message>
    <message>
        <source>No .eml file was found in %1.</source>
        <translation>Aucun fichier .eml n’a été trouvé dans %1.</translation>
    </message>
    <message>
        <source>the .eml file %1</source>
        <translation>le fichier .eml %1</translation>
    </message>
</context>
<context>
    <name>postier::protocols::Errors</name>
    <message>
        <source>Could not log in to %1 as %2. Check the password, or use an app password if your provider requires one.</source>
        <translation>Impossible de se connecter à %1 en tant que %2. Vérifiez le mot de passe, ou utilisez un mot de passe d’application si votre fournisseur l’exige.</translation>
    </message>
    <message>
        <source>Could not log in to %1 as %2: the server said “%3”. Check the password, or use an app password if your provider requires one.</source>
        <translation>Impossible de se connecter à %1 en tant que %2&#xa0;: le serveur a répondu «&#xa0;%3&#xa0;». Vérifiez le mot de passe, ou utilisez un mot de passe d’application si votre fournisseur l’exige.</translation>
    </message>
    <message>
        <source>The operation on %1 was cancelled.</source>
        <translation>L’opération sur %1 a été annulée.</translation>
    </message>
    <message>
        <source>%1 refused to %2 because the mailbox is full (“%3”). Delete or archive some mail, or ask your provider for more space.</source>
        <translation>Postier n’a pas pu %2&#xa0;: %1 a refusé car la boîte aux lettres est pleine («&#xa0;%3&#xa0;»). Supprimez ou archivez des messages, ou demandez plus d’espace à votre fournisseur.</translation>
    </message>
    <message>
        <source>%1 could not %2: the folder does not exist (“%3”).</source>
        <translation>Postier n’a pas pu %2 sur %1&#xa0;: le dossier n’existe pas («&#xa0;%3&#xa0;»).</translation>
    </message>
    <message>
        <source>%1 refused to %2: the server said “%3”.</source>
        <translation>Postier n’a pas pu %2&#xa0;: %1 a refusé en répondant «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>The security certificate of %1 is %2, so Postier did not connect. Its SHA-256 fingerprint is %3. Trust it only if your provider confirms this fingerprint.</source>
        <translation>Le certificat de sécurité de %1 est %2&#xa0;: Postier ne s’est donc pas connecté. Son empreinte SHA-256 est %3. Ne lui faites confiance que si votre fournisseur confirme cette empreinte.</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>non approuvé</translation>
    </message>
    <message>
        <source>The security certificate of %1 is not trusted (%2). Its SHA-256 fingerprint is %3.</source>
        <translation>Le certificat de sécurité de %1 n’est pas approuvé (%2). Son empreinte SHA-256 est %3.</translation>
    </message>
    <message>
        <source>Could not set up an encrypted connection to %1 (%2). Postier does not fall back to an unencrypted connection.</source>
        <translation>Impossible d’établir une connexion chiffrée avec %1 (%2). Postier ne se rabat jamais sur une connexion non chiffrée.</translation>
    </message>
    <message>
        <source>%1 refused to start encryption (STARTTLS): the server said “%2”. Postier does not fall back to an unencrypted connection.</source>
        <translation>%1 a refusé d’activer le chiffrement (STARTTLS)&#xa0;: le serveur a répondu «&#xa0;%2&#xa0;». Postier ne se rabat jamais sur une connexion non chiffrée.</translation>
    </message>
    <message>
        <source>carry out %1</source>
        <translation>exécuter %1</translation>
    </message>
    <message>
        <source>%1 does not offer encryption (STARTTLS), so Postier did not send your password. Choose SSL/TLS on the secure port if your provider offers it.</source>
        <translation>%1 ne propose pas de chiffrement (STARTTLS)&#xa0;: Postier n’a donc pas envoyé votre mot de passe. Choisissez SSL/TLS sur le port sécurisé si votre fournisseur le propose.</translation>
    </message>
    <message>
        <source>%1 did not greet like a %2 server (“%3”). Check the port number.</source>
        <translation>%1 ne s’est pas présenté comme un serveur %2 («&#xa0;%3&#xa0;»). Vérifiez le numéro de port.</translation>
    </message>
    <message>
        <source>%1 sent a reply Postier could not understand (“%2”).</source>
        <translation>%1 a envoyé une réponse que Postier n’a pas comprise («&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>The folder does not exist on %1.</source>
        <translation>Le dossier n’existe pas sur %1.</translation>
    </message>
    <message>
        <source>The message no longer exists on %1.</source>
        <translation>Le message n’existe plus sur %1.</translation>
    </message>
    <message>
        <source>Could not connect to %1 on port %2 (%3). Check the server name and your connection.</source>
        <translation>Impossible de se connecter à %1 sur le port %2 (%3). Vérifiez le nom du serveur et votre connexion.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2).</source>
        <translation>La connexion à %1 a été perdue (%2).</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>La connexion à %1 a été perdue.</translation>
    </message>
    <message>
        <source>A network error occurred with %1: %2.</source>
        <translation>Une erreur réseau s’est produite avec %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>An unexpected error occurred with %1: %2.</source>
        <translation>Une erreur inattendue s’est produite avec %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>An unexpected error occurred with %1.</source>
        <translation>Une erreur inattendue s’est produite avec %1.</translation>
    </message>
    <message>
        <source>open the folder “%1”</source>
        <translation>ouvrir le dossier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped answering for %n second(s). Check your connection and try again.</source>
        <translation>
            <numerusform>%1 n’a plus répondu pendant %n seconde. Vérifiez votre connexion et réessayez.</numerusform>
            <numerusform>%1 n’a plus répondu pendant %n secondes. Vérifiez votre connexion et réessayez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped answering, and Postier tried again %n time(s) without success. Check your connection and try again later.</source>
        <translation>
            <numerusform>%1 ne répond plus, et Postier a réessayé %n fois sans succès. Vérifiez votre connexion et réessayez plus tard.</numerusform>
            <numerusform>%1 ne répond plus, et Postier a réessayé %n fois sans succès. Vérifiez votre connexion et réessayez plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not accept passwords over an unencrypted connection, so Postier did not send yours. Choose SSL/TLS or STARTTLS for this account.</source>
        <translation>%1 n’accepte pas de mot de passe sur une connexion non chiffrée&#xa0;: Postier n’a donc pas envoyé le vôtre. Choisissez SSL/TLS ou STARTTLS pour ce compte.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::ExpungeJob</name>
    <message>
        <source>Removing deleted messages from “%1”</source>
        <translation>Suppression définitive des messages effacés de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 cannot remove chosen messages only (it lacks UIDPLUS), and removing every deleted message in “%2” might remove mail that another program marked. Nothing was removed.</source>
        <translation>%1 ne sait pas retirer uniquement les messages choisis (il ne prend pas en charge UIDPLUS), et retirer tous les messages effacés de «&#xa0;%2&#xa0;» pourrait retirer du courrier marqué par un autre logiciel. Rien n’a été retiré.</translation>
    </message>
    <message>
        <source>remove deleted messages from “%1”</source>
        <translation>retirer les messages effacés de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>postier::protocols::FetchIdentityJob</name>
    <message>
        <source>Listing the messages of “%1”</source>
        <translation>Liste des messages de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>list the messages of “%1”</source>
        <translation>lister les messages de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>postier::protocols::FetchMessageJob</name>
    <message>
        <source>Downloading a message from “%1”</source>
        <translation>Téléchargement d’un message de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Postier asked for an invalid message part (UID %1, part “%2”) in “%3”.</source>
        <translation>Postier a demandé une partie de message invalide (UID %1, partie «&#xa0;%2&#xa0;») dans «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>download message %1 from “%2”</source>
        <translation>télécharger le message %1 de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Message %1 no longer exists in “%2” on %3. It may have been moved or deleted by another program.</source>
        <translation>Le message %1 n’existe plus dans «&#xa0;%2&#xa0;» sur %3. Il a peut-être été déplacé ou supprimé par un autre logiciel.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::FolderStatusJob</name>
    <message>
        <source>Counting the messages in “%1”</source>
        <translation>Comptage des messages de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Counting the messages in %n folders</source>
        <translation>
            <numerusform>Comptage des messages de %n dossier</numerusform>
            <numerusform>Comptage des messages de %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>read the message counts of the folder “%1”</source>
        <translation>lire le nombre de messages du dossier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 accepted the request for the message counts of “%2” but sent none.</source>
        <translation>%1 a accepté la demande du nombre de messages de «&#xa0;%2&#xa0;» mais n’a rien envoyé.</translation>
    </message>
    <message>
        <source>close the folder “%1”</source>
        <translation>fermer le dossier «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>postier::protocols::IdleJob</name>
    <message>
        <source>Watching “%1” for new mail</source>
        <translation>Surveillance de «&#xa0;%1&#xa0;» pour les nouveaux messages</translation>
    </message>
    <message>
        <source>watch “%1” for new mail</source>
        <translation>surveiller l’arrivée de nouveaux messages dans «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>postier::protocols::ImapFolderSource</name>
    <message numerus="yes">
        <source>%n message(s) of the folder “%1” of %2 on %3</source>
        <translation>
            <numerusform>%n message du dossier «&#xa0;%1&#xa0;» de %2 sur %3</numerusform>
            <numerusform>%n messages du dossier «&#xa0;%1&#xa0;» de %2 sur %3</numerusform>
        </translation>
    </message>
    <message>
        <source>the folder “%1” of %2 on %3 with its subfolders</source>
        <translation>le dossier «&#xa0;%1&#xa0;» de %2 sur %3 avec ses sous-dossiers</translation>
    </message>
    <message>
        <source>the folder “%1” of %2 on %3</source>
        <translation>le dossier «&#xa0;%1&#xa0;» de %2 sur %3</translation>
    </message>
    <message>
        <source>The folder “%1” is no longer on %2; it may have been renamed or deleted by another program.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’est plus sur %2&#xa0;; il a peut-être été renommé ou supprimé par un autre programme.</translation>
    </message>
    <message>
        <source>Message %1 of “%2” on %3 did not arrive whole (%4 of %5 bytes); it was not copied.</source>
        <translation>Le message %1 de «&#xa0;%2&#xa0;» sur %3 n’est pas arrivé en entier (%4 octets sur %5)&#xa0;; il n’a pas été copié.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::ListFoldersJob</name>
    <message>
        <source>Listing folders</source>
        <translation>Liste des dossiers</translation>
    </message>
    <message>
        <source>list the folders</source>
        <translation>lister les dossiers</translation>
    </message>
</context>
<context>
    <name>postier::protocols::LocalSource</name>
    <message>
        <source>Could not read %1: it does not exist.</source>
        <translation>Postier n’a pas pu lire %1&#xa0;: cet emplacement n’existe pas.</translation>
    </message>
    <message>
        <source>Could not read %1: permission denied. Check that your user account may read it.</source>
        <translation>Postier n’a pas pu lire %1&#xa0;: permission refusée. Vérifiez que votre compte utilisateur a le droit de le lire.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Postier n’a pas pu lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 has no folder “%2”.</source>
        <translation>%1 ne contient aucun dossier «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The message %1 is no longer in the folder “%2”: %3 changed since the folder was listed. List the folder again.</source>
        <translation>Le message %1 n’est plus dans le dossier «&#xa0;%2&#xa0;»&#xa0;: %3 a changé depuis que le dossier a été listé. Rechargez la liste du dossier.</translation>
    </message>
    <message>
        <source>“%1” is not a mail source Postier can read: write maildir:PATH, mbox:PATH, thunderbird:PATH or eml:PATH.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une source de courrier que Postier sait lire&#xa0;: écrivez maildir:CHEMIN, mbox:CHEMIN, thunderbird:CHEMIN ou eml:CHEMIN.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::MaildirDelivery</name>
    <message>
        <source>save the message</source>
        <translation>enregistrer le message</translation>
    </message>
</context>
<context>
    <name>postier::protocols::MaildirSource</name>
    <message>
        <source>the Maildir %1</source>
        <translation>le Maildir %1</translation>
    </message>
    <message>
        <source>%1 is not a Maildir: neither it nor any folder below it has the cur and new folders of a Maildir.</source>
        <translation>%1 n’est pas un Maildir&#xa0;: ni lui ni aucun dossier en dessous ne contient les dossiers cur et new d’un Maildir.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::MaildirStore</name>
    <message>
        <source>create the folder</source>
        <translation>créer le dossier</translation>
    </message>
    <message>
        <source>The folder name “%1” has an empty level.</source>
        <translation>Le nom de dossier «&#xa0;%1&#xa0;» comporte un niveau vide.</translation>
    </message>
    <message>
        <source>The folder name “%1” contains a dot, which local folders cannot have: choose another character.</source>
        <translation>Le nom de dossier «&#xa0;%1&#xa0;» contient un point, ce qu’un dossier local ne peut pas avoir&#xa0;: choisissez un autre caractère.</translation>
    </message>
    <message>
        <source>The folder name “%1” contains the character “%2”, which local folders cannot have.</source>
        <translation>Le nom de dossier «&#xa0;%1&#xa0;» contient le caractère «&#xa0;%2&#xa0;», qu’un dossier local ne peut pas avoir.</translation>
    </message>
    <message>
        <source>The local folder “%1” does not exist in %2.</source>
        <translation>Le dossier local «&#xa0;%1&#xa0;» n’existe pas dans %2.</translation>
    </message>
    <message>
        <source>Could not read the message to save into “%1”: %2.</source>
        <translation>Impossible de lire le message à enregistrer dans «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The message %1 is no longer in the local folder “%2”.</source>
        <translation>Le message %1 n’est plus dans le dossier local «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>read the message</source>
        <translation>lire le message</translation>
    </message>
    <message>
        <source>change the flags of a message</source>
        <translation>modifier les indicateurs d’un message</translation>
    </message>
    <message>
        <source>delete a message</source>
        <translation>supprimer un message</translation>
    </message>
    <message>
        <source>Could not %1 in %2: the disk is full. Free some space, then try again; nothing was lost.</source>
        <translation>Postier n’a pas pu %1 dans %2&#xa0;: le disque est plein. Libérez de l’espace, puis réessayez&#xa0;; rien n’a été perdu.</translation>
    </message>
    <message>
        <source>Could not %1 in %2: permission denied. Check that your user account may write there.</source>
        <translation>Postier n’a pas pu %1 dans %2&#xa0;: permission refusée. Vérifiez que votre compte utilisateur a le droit d’y écrire.</translation>
    </message>
    <message>
        <source>Could not %1 in %2: %3.</source>
        <translation>Postier n’a pas pu %1 dans %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>move a message</source>
        <translation>déplacer un message</translation>
    </message>
</context>
<context>
    <name>postier::protocols::MboxSource</name>
    <message>
        <source>the folder of mbox files %1</source>
        <translation>le dossier de fichiers mbox %1</translation>
    </message>
    <message>
        <source>No mbox file was found in %1: an mbox file starts with a “From ” line or has a name ending in .mbox.</source>
        <translation>Aucun fichier mbox n’a été trouvé dans %1&#xa0;: un fichier mbox commence par une ligne «&#xa0;From&#xa0;» ou porte un nom se terminant par .mbox.</translation>
    </message>
    <message>
        <source>the mbox file %1</source>
        <translation>le fichier mbox %1</translation>
    </message>
</context>
<context>
    <name>postier::protocols::MessageParser</name>
    <message>
        <source>A header section ended without the blank line that should follow it.</source>
        <translation>Une section d’en-têtes s’est terminée sans la ligne vide qui doit la suivre.</translation>
    </message>
    <message>
        <source>The header was too large and was only partly read.</source>
        <translation>L’en-tête était trop volumineux et n’a été lu qu’en partie.</translation>
    </message>
    <message>
        <source>A part had a Content-Type that could not be read; it was shown as plain text.</source>
        <translation>Une partie avait un Content-Type illisible&#xa0;; elle a été affichée en texte brut.</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>piece-jointe</translation>
    </message>
    <message>
        <source>The message has too many parts; only the first %1 were read.</source>
        <translation>Le message comporte trop de parties&#xa0;; seules les %1 premières ont été lues.</translation>
    </message>
    <message>
        <source>Parts nested more than %1 deep were not opened; they are listed as attachments.</source>
        <translation>Les parties imbriquées sur plus de %1 niveaux n’ont pas été ouvertes&#xa0;; elles sont listées comme pièces jointes.</translation>
    </message>
    <message>
        <source>A multipart section had no readable parts (its boundary is missing or wrong); it is shown as plain text.</source>
        <translation>Une section multipart ne contenait aucune partie lisible (son séparateur est absent ou erroné)&#xa0;; elle est affichée en texte brut.</translation>
    </message>
    <message>
        <source>The message ends before its last MIME boundary; it may have been cut off.</source>
        <translation>Le message se termine avant son dernier séparateur MIME&#xa0;; il a peut-être été tronqué.</translation>
    </message>
    <message>
        <source>A part uses the unknown transfer encoding &quot;%1&quot;; it is kept as it was sent.</source>
        <translation>Une partie utilise l’encodage de transfert inconnu «&#xa0;%1&#xa0;»&#xa0;; elle est conservée telle qu’elle a été envoyée.</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>A text part uses the unknown transfer encoding &quot;%1&quot;; it is shown as it was sent.</source>
        <translation>Une partie texte utilise l’encodage de transfert inconnu «&#xa0;%1&#xa0;»&#xa0;; elle est affichée telle qu’elle a été envoyée.</translation>
    </message>
    <message>
        <source>The text is in a character set Postier does not know (&quot;%1&quot;); it may show wrong characters.</source>
        <translation>Le texte utilise un jeu de caractères que Postier ne connaît pas («&#xa0;%1&#xa0;»)&#xa0;; certains caractères peuvent s’afficher de travers.</translation>
    </message>
    <message>
        <source>The message has no header.</source>
        <translation>Le message n’a pas d’en-tête.</translation>
    </message>
    <message>
        <source>The message could not be read completely (%1).</source>
        <translation>Le message n’a pas pu être lu entièrement (%1).</translation>
    </message>
    <message>
        <source>The message could not be read completely.</source>
        <translation>Le message n’a pas pu être lu entièrement.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::MoveMessagesJob</name>
    <message numerus="yes">
        <source>Moving %n message(s) to “%1”</source>
        <translation>
            <numerusform>Déplacement de %n message vers «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Déplacement de %n messages vers «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot move messages safely (it offers neither MOVE nor UIDPLUS), so Postier left “%2” unchanged. Copy the messages instead and delete them yourself.</source>
        <translation>%1 ne sait pas déplacer des messages sans risque (il ne propose ni MOVE ni UIDPLUS)&#xa0;: Postier n’a donc pas modifié «&#xa0;%2&#xa0;». Copiez plutôt les messages et supprimez-les vous-même.</translation>
    </message>
    <message>
        <source>move messages from “%1” to “%2”</source>
        <translation>déplacer des messages de «&#xa0;%1&#xa0;» vers «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>postier::protocols::OutgoingMessageBuilder</name>
    <message>
        <source>The message has no sender address.</source>
        <translation>Le message n’a pas d’adresse d’expéditeur.</translation>
    </message>
    <message>
        <source>The message has no recipient. Add at least one address in To, Cc or Bcc.</source>
        <translation>Le message n’a aucun destinataire. Ajoutez au moins une adresse dans Pour, Cc ou Cci.</translation>
    </message>
    <message>
        <source>Could not attach “%1”: the file cannot be read. The message was not sent.</source>
        <translation>Impossible de joindre «&#xa0;%1&#xa0;»&#xa0;: le fichier est illisible. Le message n’a pas été envoyé.</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>piece-jointe</translation>
    </message>
    <message>
        <source>“%1” is not a valid header field name.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de champ d’en-tête valide.</translation>
    </message>
    <message>
        <source>The message could not be put together: %1.</source>
        <translation>Le message n’a pas pu être constitué&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::Pop3</name>
    <message>
        <source>%1 does not give its messages lasting names (the POP3 UIDL command), so Postier cannot tell which ones it already downloaded. Nothing was downloaded or deleted.</source>
        <translation>%1 ne donne pas d’identifiants durables à ses messages (commande POP3 UIDL)&#xa0;: Postier ne peut donc pas savoir lesquels il a déjà téléchargés. Rien n’a été téléchargé ni supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted the request to delete %n message(s) but still has %2 of them. They stay on the server; Postier will try again next time.</source>
        <translation>
            <numerusform>%1 a accepté de supprimer %n message mais en conserve encore %2. Il reste sur le serveur&#xa0;; Postier réessaiera la prochaine fois.</numerusform>
            <numerusform>%1 a accepté de supprimer %n messages mais en conserve encore %2. Ils restent sur le serveur&#xa0;; Postier réessaiera la prochaine fois.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::protocols::Pop3DeleteJob</name>
    <message numerus="yes">
        <source>Deleting %n message(s) from the server</source>
        <translation>
            <numerusform>Suppression de %n message du serveur</numerusform>
            <numerusform>Suppression de %n messages du serveur</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::protocols::Pop3FetchJob</name>
    <message>
        <source>Fetching new mail</source>
        <translation>Relève du courrier</translation>
    </message>
</context>
<context>
    <name>postier::protocols::Pop3ListJob</name>
    <message>
        <source>Listing messages on the server</source>
        <translation>Liste des messages sur le serveur</translation>
    </message>
</context>
<context>
    <name>postier::protocols::Pop3RetrieveJob</name>
    <message numerus="yes">
        <source>Downloading %n message(s)</source>
        <translation>
            <numerusform>Téléchargement de %n message</numerusform>
            <numerusform>Téléchargement de %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Message %1 is not on %2 any more: the server holds %n message(s). List the messages again.</source>
        <translation>
            <numerusform>Le message %1 n’est plus sur %2&#xa0;: le serveur contient %n message. Listez à nouveau les messages.</numerusform>
            <numerusform>Le message %1 n’est plus sur %2&#xa0;: le serveur contient %n messages. Listez à nouveau les messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::protocols::Pop3StatJob</name>
    <message>
        <source>Counting messages on the server</source>
        <translation>Comptage des messages sur le serveur</translation>
    </message>
</context>
<context>
    <name>postier::protocols::Pop3UidlRecord</name>
    <message>
        <source>read the list of downloaded messages</source>
        <translation>lire la liste des messages téléchargés</translation>
    </message>
    <message>
        <source>record a downloaded message</source>
        <translation>noter un message téléchargé</translation>
    </message>
    <message>
        <source>update the list of downloaded messages</source>
        <translation>mettre à jour la liste des messages téléchargés</translation>
    </message>
</context>
<context>
    <name>postier::protocols::QuotaJob</name>
    <message>
        <source>Asking how much space the mailbox has</source>
        <translation>Demande de l’espace disponible dans la boîte aux lettres</translation>
    </message>
</context>
<context>
    <name>postier::protocols::RenameFolderJob</name>
    <message>
        <source>Renaming the folder “%1” to “%2”</source>
        <translation>Renommage du dossier «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation>Un dossier doit avoir un nom.</translation>
    </message>
    <message>
        <source>rename the folder “%1” to “%2”</source>
        <translation>renommer le dossier «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>subscribe to the renamed folder “%1”</source>
        <translation>s’abonner au dossier renommé «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>postier::protocols::SearchJob</name>
    <message>
        <source>Searching “%1”</source>
        <translation>Recherche dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” cannot be searched for as a message tag: tags may not contain spaces, brackets, quotes or accents.</source>
        <translation>Impossible de rechercher «&#xa0;%1&#xa0;» comme étiquette de message&#xa0;: les étiquettes ne peuvent contenir ni espaces, ni crochets, ni guillemets, ni accents.</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>effectuer une recherche dans «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>postier::protocols::SendMessageJob</name>
    <message>
        <source>Sending a message without subject</source>
        <translation>Envoi d’un message sans sujet</translation>
    </message>
    <message>
        <source>Sending “%1”</source>
        <translation>Envoi de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>postier::protocols::SendRawMessageJob</name>
    <message numerus="yes">
        <source>Sending a message to %n recipient(s)</source>
        <translation>
            <numerusform>Envoi d’un message à %n destinataire</numerusform>
            <numerusform>Envoi d’un message à %n destinataires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::protocols::ServerEndpoint</name>
    <message>
        <source>“%1” is not a server address Postier understands. Use, for example, imaps://anna@mail.example.com or smtp+starttls://anna@mail.example.com:587.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de serveur que Postier comprend. Utilisez par exemple imaps://anna@mail.example.com ou smtp+starttls://anna@mail.example.com:587.</translation>
    </message>
    <message>
        <source>The address “%1” has no server name.</source>
        <translation>L’adresse «&#xa0;%1&#xa0;» ne contient pas de nom de serveur.</translation>
    </message>
    <message>
        <source>Do not put the password in the address: it would end up in your shell history. Use the keychain, --password-file or POSTIER_PASSWORD instead.</source>
        <translation>Ne mettez pas le mot de passe dans l’adresse&#xa0;: il se retrouverait dans l’historique de votre shell. Utilisez plutôt le trousseau, --password-file ou POSTIER_PASSWORD.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::Smtp</name>
    <message>
        <source>it is not a complete address: it needs a name, an @ and a domain, as in anna@example.com</source>
        <translation>ce n’est pas une adresse complète&#xa0;: il faut un nom, un @ et un domaine, comme dans anna@example.com</translation>
    </message>
    <message>
        <source>it contains spaces or invisible characters</source>
        <translation>elle contient des espaces ou des caractères invisibles</translation>
    </message>
    <message>
        <source>this server does not accept letters with accents or other non-ASCII characters before the @</source>
        <translation>ce serveur n’accepte pas les lettres accentuées ni d’autres caractères non ASCII avant le @</translation>
    </message>
    <message>
        <source>“%1” is not a valid domain name</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de domaine valide</translation>
    </message>
    <message>
        <source>Postier could not use it as written (it would have become “%1”)</source>
        <translation>Postier ne pouvait pas l’utiliser telle quelle (elle serait devenue «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 refused to send to “%2”: the server said “%3”. Check this address. The message was not sent to anyone, and it is kept.</source>
        <translation>%1 a refusé d’envoyer à «&#xa0;%2&#xa0;»&#xa0;: le serveur a répondu «&#xa0;%3&#xa0;». Vérifiez cette adresse. Le message n’a été envoyé à personne et il est conservé.</translation>
    </message>
    <message>
        <source>%1 refused the sender address “%2”: the server said “%3”. Check the address of the account you send from. The message was not sent, and it is kept.</source>
        <translation>%1 a refusé l’adresse d’expéditeur «&#xa0;%2&#xa0;»&#xa0;: le serveur a répondu «&#xa0;%3&#xa0;». Vérifiez l’adresse du compte d’envoi. Le message n’a pas été envoyé et il est conservé.</translation>
    </message>
    <message>
        <source>one of the recipients</source>
        <translation>l’un des destinataires</translation>
    </message>
    <message>
        <source>%1 could not deliver to “%2”: the server said “%3”. Check this address. The message may have reached the other recipients; it is kept.</source>
        <translation>%1 n’a pas pu distribuer le message à «&#xa0;%2&#xa0;»&#xa0;: le serveur a répondu «&#xa0;%3&#xa0;». Vérifiez cette adresse. Le message est peut-être parvenu aux autres destinataires&#xa0;; il est conservé.</translation>
    </message>
    <message>
        <source>%1 refused the message because a recipient&apos;s mailbox is full: the server said “%2”. The message was not sent, and it is kept.</source>
        <translation>%1 a refusé le message car la boîte aux lettres d’un destinataire est pleine&#xa0;: le serveur a répondu «&#xa0;%2&#xa0;». Le message n’a pas été envoyé et il est conservé.</translation>
    </message>
    <message>
        <source>%1 refused the message because it is too large: the server said “%2”. Remove or shrink attachments. The message was not sent, and it is kept.</source>
        <translation>%1 a refusé le message car il est trop volumineux&#xa0;: le serveur a répondu «&#xa0;%2&#xa0;». Retirez ou réduisez des pièces jointes. Le message n’a pas été envoyé et il est conservé.</translation>
    </message>
    <message>
        <source>%1 refused the message: the server said “%2”. The message was not sent, and it is kept.</source>
        <translation>%1 a refusé le message&#xa0;: le serveur a répondu «&#xa0;%2&#xa0;». Le message n’a pas été envoyé et il est conservé.</translation>
    </message>
    <message>
        <source>A message needs a sender and at least one recipient to be sent.</source>
        <translation>Pour être envoyé, un message doit avoir un expéditeur et au moins un destinataire.</translation>
    </message>
    <message>
        <source>The sender address “%1” cannot be used: %2. Check the address of the account you send from. The message was not sent, and it is kept.</source>
        <translation>L’adresse d’expéditeur «&#xa0;%1&#xa0;» est inutilisable&#xa0;: %2. Vérifiez l’adresse du compte d’envoi. Le message n’a pas été envoyé et il est conservé.</translation>
    </message>
    <message>
        <source>Postier did not send the message to “%1”: %2. Correct the address. The message was not sent to anyone, and it is kept.</source>
        <translation>Postier n’a pas envoyé le message à «&#xa0;%1&#xa0;»&#xa0;: %2. Corrigez l’adresse. Le message n’a été envoyé à personne et il est conservé.</translation>
    </message>
    <message>
        <source>%1 refused the message because it is larger than the server accepts (%2). Remove or shrink attachments. The message was not sent, and it is kept.</source>
        <translation>%1 a refusé le message car il dépasse la taille acceptée par le serveur (%2). Retirez ou réduisez des pièces jointes. Le message n’a pas été envoyé et il est conservé.</translation>
    </message>
    <message>
        <source>%1 has no room for the message right now (%2). Try again later; the message is kept.</source>
        <translation>%1 n’a pas de place pour le message en ce moment (%2). Réessayez plus tard&#xa0;; le message est conservé.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::SmtpLoginJob</name>
    <message>
        <source>Checking the login to the outgoing mail server</source>
        <translation>Vérification de la connexion au serveur d’envoi</translation>
    </message>
</context>
<context>
    <name>postier::protocols::StoreFlagsJob</name>
    <message numerus="yes">
        <source>Marking %n message(s) in “%1”</source>
        <translation>
            <numerusform>Marquage de %n message dans «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Marquage de %n messages dans «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be used as a message tag on an IMAP server: tags may not contain spaces, brackets, quotes or accents.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas servir d’étiquette de message sur un serveur IMAP&#xa0;: les étiquettes ne peuvent contenir ni espaces, ni crochets, ni guillemets, ni accents.</translation>
    </message>
    <message>
        <source>change the flags of messages in “%1”</source>
        <translation>modifier les indicateurs des messages de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>postier::protocols::SubscribeFolderJob</name>
    <message>
        <source>Subscribing to “%1”</source>
        <translation>Abonnement à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Unsubscribing from “%1”</source>
        <translation>Désabonnement de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>subscribe to the folder “%1”</source>
        <translation>s’abonner au dossier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unsubscribe from the folder “%1”</source>
        <translation>se désabonner du dossier «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>postier::protocols::SyncHeadersJob</name>
    <message>
        <source>Updating “%1”</source>
        <translation>Mise à jour de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>read the messages of “%1”</source>
        <translation>lire les messages de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The folder “%1” on %2 was replaced by a new folder of the same name while Postier was reading it. Update the folder again.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» sur %2 a été remplacé par un nouveau dossier du même nom pendant que Postier le lisait. Mettez de nouveau le dossier à jour.</translation>
    </message>
</context>
<context>
    <name>postier::protocols::ThunderbirdSource</name>
    <message>
        <source>%1 is neither a Thunderbird profile nor one of its mail folders: choose the profile folder (it holds Mail and ImapMail) or a folder inside Mail or ImapMail.</source>
        <translation>%1 n’est ni un profil Thunderbird ni l’un de ses dossiers de courrier&#xa0;: choisissez le dossier du profil (il contient Mail et ImapMail) ou un dossier situé dans Mail ou ImapMail.</translation>
    </message>
    <message>
        <source>the Thunderbird profile %1</source>
        <translation>le profil Thunderbird %1</translation>
    </message>
    <message>
        <source>the Thunderbird mail folder %1</source>
        <translation>le dossier de courrier Thunderbird %1</translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountDiscoveryPage</name>
    <message>
        <source>&amp;IMAP: keep my mail on the server, the same on every device (recommended)</source>
        <translation>&amp;IMAP&#xa0;: garder mon courrier sur le serveur, identique sur tous mes appareils (recommandé)</translation>
    </message>
    <message>
        <source>&amp;POP3: download my mail to this computer</source>
        <translation>P&amp;OP3&#xa0;: télécharger mon courrier sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Edit settings…</source>
        <translation>&amp;Modifier les paramètres…</translation>
    </message>
    <message>
        <source>Finding your server settings</source>
        <translation>Recherche des paramètres de vos serveurs</translation>
    </message>
    <message>
        <source>Looking up the settings</source>
        <translation>Recherche des paramètres</translation>
    </message>
    <message>
        <source>How do you want to receive your mail?</source>
        <translation>Comment voulez-vous recevoir votre courrier&#xa0;?</translation>
    </message>
    <message>
        <source>Not what your provider told you? You can change every setting.</source>
        <translation>Ce n’est pas ce que votre fournisseur indique&#xa0;? Vous pouvez modifier chaque paramètre.</translation>
    </message>
    <message>
        <source>Looking up the settings for %1…</source>
        <translation>Recherche des paramètres de %1…</translation>
    </message>
    <message>
        <source>What Postier tried:</source>
        <translation>Ce que Postier a essayé&#xa0;:</translation>
    </message>
    <message>
        <source>Incoming mail:</source>
        <translation>Réception&#xa0;:</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>Outgoing mail:</source>
        <translation>Envoi&#xa0;:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>This server is reached without encryption. Check the settings on the next page before going on.</source>
        <translation>Ce serveur est joint sans chiffrement. Vérifiez les paramètres à la page suivante avant de continuer.</translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountDonePage</name>
    <message>
        <source>Your account is ready</source>
        <translation>Votre compte est prêt</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>The name this account has in Postier’s list and in postier-cli, such as “Work”.</source>
        <translation>Le nom de ce compte dans la liste de Postier et dans postier-cli, par exemple «&#xa0;Travail&#xa0;».</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>&amp;Nom du compte&#xa0;:</translation>
    </message>
    <message>
        <source>Postier logged in to both servers. Click Finish to save the account; the password goes to your system’s keychain.</source>
        <translation>Postier s’est connecté aux deux serveurs. Cliquez sur Terminer pour enregistrer le compte&#xa0;; le mot de passe ira dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Incoming mail:</source>
        <translation>Réception&#xa0;:</translation>
    </message>
    <message>
        <source>Outgoing mail:</source>
        <translation>Envoi&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat&#xa0;:</translation>
    </message>
    <message>
        <source>trusted by you, by its fingerprint</source>
        <translation>approuvé par vous, d’après son empreinte</translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountIdentitiesEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>The addresses you send from with this account, each with its own name and signature. Replies are sent from the address the message was written to.</source>
        <translation>Les adresses depuis lesquelles vous écrivez avec ce compte, chacune avec son nom et sa signature. Une réponse part de l’adresse à laquelle le message avait été écrit.</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
    <message>
        <source>Add another address to send from</source>
        <translation>Ajouter une autre adresse d’expédition</translation>
    </message>
    <message>
        <source>Remove the selected address</source>
        <translation>Retirer l’adresse sélectionnée</translation>
    </message>
    <message>
        <source>Anna Martin</source>
        <translation>Anna Martin</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nom de l’expéditeur</translation>
    </message>
    <message>
        <source>sales@example.com</source>
        <translation>sales@example.com</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Plain text, added below your messages after a line with “-- ”.</source>
        <translation>Texte brut, ajouté sous vos messages après une ligne «&#xa0;--&#xa0;».</translation>
    </message>
    <message>
        <source>This is the account’s own name and address; change them on the General page.</source>
        <translation>Ce sont le nom et l’adresse du compte lui-même&#xa0;; modifiez-les dans l’onglet Général.</translation>
    </message>
    <message>
        <source>&amp;Sender name:</source>
        <translation>Nom de l’e&amp;xpéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>E-&amp;mail address:</source>
        <translation>Adresse électroni&amp;que&#xa0;:</translation>
    </message>
    <message>
        <source>Signa&amp;ture:</source>
        <translation>Signa&amp;ture&#xa0;:</translation>
    </message>
    <message>
        <source>(no address yet)</source>
        <translation>(pas encore d’adresse)</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation>%1 (principale)</translation>
    </message>
    <message>
        <source>Enter the address this identity sends from, for example sales@example.com.</source>
        <translation>Saisissez l’adresse d’expédition de cette identité, par exemple sales@example.com.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address. Addresses look like sales@example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse électronique. Une adresse ressemble à sales@example.com.</translation>
    </message>
    <message>
        <source>%1 is already an address of this account. Each identity needs its own address.</source>
        <translation>%1 est déjà une adresse de ce compte. Chaque identité a besoin de sa propre adresse.</translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountIdentityPage</name>
    <message>
        <source>&amp;Show password</source>
        <translation>Affic&amp;her le mot de passe</translation>
    </message>
    <message>
        <source>Add a mail account</source>
        <translation>Ajouter un compte de messagerie</translation>
    </message>
    <message>
        <source>Enter your name, your e-mail address and its password. Postier then looks up the server settings itself and tries them before saving anything.</source>
        <translation>Saisissez votre nom, votre adresse électronique et son mot de passe. Postier recherche ensuite lui-même les paramètres des serveurs et les essaie avant d’enregistrer quoi que ce soit.</translation>
    </message>
    <message>
        <source>Anna Martin</source>
        <translation>Anna Martin</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>anna@example.com</source>
        <translation>anna@example.com</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Shown to the people you write to.</source>
        <translation>Visible par les personnes à qui vous écrivez.</translation>
    </message>
    <message>
        <source>Postier keeps it in your system’s keychain, never in a settings file.</source>
        <translation>Postier le conserve dans le trousseau de votre système, jamais dans un fichier de paramètres.</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;Adresse électronique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>This is not a complete e-mail address. It looks like anna@example.com.</source>
        <translation>Ce n’est pas une adresse électronique complète. Elle ressemble à anna@example.com.</translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountManualPage</name>
    <message>
        <source>I understand, and &amp;want to connect without encryption</source>
        <translation>Je comprends et je veux me connecter s&amp;ans chiffrement</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Paramètres des serveurs</translation>
    </message>
    <message>
        <source>Your provider’s help pages list these settings, often under “IMAP”, “POP” or “mail programs”.</source>
        <translation>Les pages d’aide de votre fournisseur indiquent ces paramètres, souvent sous «&#xa0;IMAP&#xa0;», «&#xa0;POP&#xa0;» ou «&#xa0;logiciels de messagerie&#xa0;».</translation>
    </message>
    <message>
        <source>IMAP (keeps mail on the server)</source>
        <translation>IMAP (garde le courrier sur le serveur)</translation>
    </message>
    <message>
        <source>POP3 (downloads mail to this computer)</source>
        <translation>POP3 (télécharge le courrier sur cet ordinateur)</translation>
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
        <translation>Serveur de réception</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Serveur d’envoi</translation>
    </message>
    <message>
        <source>Incoming user name</source>
        <translation>Nom d’utilisateur pour la réception</translation>
    </message>
    <message>
        <source>Outgoing user name</source>
        <translation>Nom d’utilisateur pour l’envoi</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Réception du courrier</translation>
    </message>
    <message>
        <source>Pro&amp;tocol:</source>
        <translation>Proto&amp;cole&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Ser&amp;veur&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Séc&amp;urité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Envoi du courrier (SMTP)</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Serv&amp;eur&#xa0;:</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt&#xa0;:</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Sécur&amp;ité&#xa0;:</translation>
    </message>
    <message>
        <source>User n&amp;ame:</source>
        <translation>No&amp;m d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Without encryption, your password and your mail cross the network where anyone on the way can read them, on a public Wi-Fi for example. Choose SSL/TLS or STARTTLS whenever your provider offers them.</source>
        <translation>Sans chiffrement, votre mot de passe et votre courrier traversent le réseau où n’importe qui sur le trajet peut les lire, sur un Wi-Fi public par exemple. Choisissez SSL/TLS ou STARTTLS dès que votre fournisseur les propose.</translation>
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
        <translation>Aucune (sans chiffrement)</translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountPop3OptionsWidget</name>
    <message>
        <source>Downloading with POP3</source>
        <translation>Téléchargement par POP3</translation>
    </message>
    <message>
        <source>&amp;Leave a copy of each message on the server</source>
        <translation>&amp;Laisser une copie de chaque message sur le serveur</translation>
    </message>
    <message>
        <source>Re&amp;move it from the server after</source>
        <translation>La supprimer &amp;du serveur après</translation>
    </message>
    <message>
        <source>Days before removal from the server</source>
        <translation>Nombre de jours avant la suppression du serveur</translation>
    </message>
    <message>
        <source>Minutes between checks for new mail</source>
        <translation>Minutes entre deux vérifications du courrier</translation>
    </message>
    <message>
        <source>Check for new mail &amp;every</source>
        <translation>Vérifier les nouveaux messa&amp;ges toutes les</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> jour</numerusform>
            <numerusform> jours</numerusform>
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
    <name>postier::ui::AccountServerBox</name>
    <message>
        <source>IMAP (keeps mail on the server)</source>
        <translation>IMAP (garde le courrier sur le serveur)</translation>
    </message>
    <message>
        <source>POP3 (downloads mail to this computer)</source>
        <translation>POP3 (télécharge le courrier sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Pro&amp;tocol:</source>
        <translation>Proto&amp;cole&#xa0;:</translation>
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
        <translation>Aucune (sans chiffrement)</translation>
    </message>
    <message>
        <source>Incoming port</source>
        <translation>Port de réception</translation>
    </message>
    <message>
        <source>Outgoing port</source>
        <translation>Port d’envoi</translation>
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
        <translation>Serveur de réception</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Serveur d’envoi</translation>
    </message>
    <message>
        <source>Incoming user name</source>
        <translation>Nom d’utilisateur pour la réception</translation>
    </message>
    <message>
        <source>Outgoing user name</source>
        <translation>Nom d’utilisateur pour l’envoi</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rveur&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’utilisat&amp;eur&#xa0;:</translation>
    </message>
    <message>
        <source>User n&amp;ame:</source>
        <translation>Nom d’uti&amp;lisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Sécuri&amp;té&#xa0;:</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Séc&amp;urité&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the incoming server’s name, for example mail.example.com.</source>
        <translation>Saisissez le nom du serveur de réception, par exemple mail.example.com.</translation>
    </message>
    <message>
        <source>Enter the outgoing server’s name, for example smtp.example.com.</source>
        <translation>Saisissez le nom du serveur d’envoi, par exemple smtp.example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a server name. Server names look like mail.example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de serveur. Un nom de serveur ressemble à mail.example.com.</translation>
    </message>
    <message>
        <source>Enter the user name for the incoming server; it is often your e-mail address.</source>
        <translation>Saisissez le nom d’utilisateur du serveur de réception&#xa0;; c’est souvent votre adresse électronique.</translation>
    </message>
    <message>
        <source>Enter the user name for the outgoing server; it is often your e-mail address.</source>
        <translation>Saisissez le nom d’utilisateur du serveur d’envoi&#xa0;; c’est souvent votre adresse électronique.</translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountServerCheckWidget</name>
    <message>
        <source>The certificate the server showed</source>
        <translation>Le certificat présenté par le serveur</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Faire confiance à ce certificat</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à&#xa0;:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par&#xa0;:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>“Trust this certificate” accepts exactly this certificate for this server, and no other.</source>
        <translation>«&#xa0;Faire confiance à ce certificat&#xa0;» accepte exactement ce certificat pour ce serveur, et aucun autre.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Fonctionne</translation>
    </message>
    <message>
        <source>Logged in. This server works.</source>
        <translation>Connecté. Ce serveur fonctionne.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>Non vérifié.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>du %1 au %2</translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountSettingsDialog</name>
    <message>
        <source>Remove Accou&amp;nt…</source>
        <translation>Supprimer le co&amp;mpte…</translation>
    </message>
    <message>
        <source>Account Settings</source>
        <translation>Paramètres des comptes</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Remove the selected account from Postier; its mail on this computer stays</source>
        <translation>Retirer le compte sélectionné de Postier&#xa0;; son courrier sur cet ordinateur est conservé</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>Gé&amp;néral</translation>
    </message>
    <message>
        <source>&amp;Identities</source>
        <translation>&amp;Identités</translation>
    </message>
    <message>
        <source>Ser&amp;vers</source>
        <translation>Ser&amp;veurs</translation>
    </message>
    <message>
        <source>POP&amp;3</source>
        <translation>POP&amp;3</translation>
    </message>
    <message>
        <source>&amp;Use this account</source>
        <translation>&amp;Utiliser ce compte</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Anna Martin</source>
        <translation>Anna Martin</translation>
    </message>
    <message>
        <source>anna@example.com</source>
        <translation>anna@example.com</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>&amp;Account name:</source>
        <translation>Nom du com&amp;pte&#xa0;:</translation>
    </message>
    <message>
        <source>How Postier lists the account; postier-cli knows it by this name too.</source>
        <translation>Le nom sous lequel Postier affiche le compte&#xa0;; postier-cli le connaît aussi sous ce nom.</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Votre n&amp;om&#xa0;:</translation>
    </message>
    <message>
        <source>Shown to the people you write to.</source>
        <translation>Visible par les personnes à qui vous écrivez.</translation>
    </message>
    <message>
        <source>E-mai&amp;l address:</source>
        <translation>Adresse é&amp;lectronique&#xa0;:</translation>
    </message>
    <message>
        <source>A disabled account keeps its settings and its mail on this computer, but Postier neither checks it for new mail nor sends from it.</source>
        <translation>Un compte désactivé garde ses paramètres et son courrier sur cet ordinateur, mais Postier n’y cherche plus de nouveaux messages et n’envoie plus rien depuis ce compte.</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Courrier entrant</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Envoi du courrier (SMTP)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>S&amp;how password</source>
        <translation>Affic&amp;her le mot de passe</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot &amp;de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Postier keeps it in your system’s keychain, for both servers, never in a settings file. Leave the field empty to keep the saved password.</source>
        <translation>Postier le conserve dans le trousseau de votre système, pour les deux serveurs, jamais dans un fichier de paramètres. Laissez le champ vide pour garder le mot de passe enregistré.</translation>
    </message>
    <message>
        <source>Without encryption, your password and your mail cross the network where anyone on the way can read them, on a public Wi-Fi for example. Choose SSL/TLS or STARTTLS whenever your provider offers them.</source>
        <translation>Sans chiffrement, votre mot de passe et votre courrier traversent le réseau où n’importe qui sur le trajet peut les lire, sur un Wi-Fi public par exemple. Choisissez SSL/TLS ou STARTTLS dès que votre fournisseur les propose.</translation>
    </message>
    <message>
        <source>There is no account yet. Add one with File ▸ Add Account…</source>
        <translation>Il n’y a encore aucun compte. Ajoutez-en un avec Fichier ▸ Ajouter un compte…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <source>Give the account a name, for example “Work”.</source>
        <translation>Donnez un nom au compte, par exemple «&#xa0;Travail&#xa0;».</translation>
    </message>
    <message>
        <source>Another account is already named “%1”. Choose another name.</source>
        <translation>Un autre compte s’appelle déjà «&#xa0;%1&#xa0;». Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Enter the account’s e-mail address, for example anna@example.com.</source>
        <translation>Saisissez l’adresse électronique du compte, par exemple anna@example.com.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address. Addresses look like anna@example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse électronique. Une adresse ressemble à anna@example.com.</translation>
    </message>
    <message>
        <source>The changes are saved.</source>
        <translation>Les modifications sont enregistrées.</translation>
    </message>
    <message>
        <source>The settings of “%1” are saved, but the keychain could not store the password: %2</source>
        <translation>Les paramètres de «&#xa0;%1&#xa0;» sont enregistrés, mais le trousseau n’a pas pu conserver le mot de passe&#xa0;: %2</translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <translation>Supprimer le compte «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Postier forgets the settings of “%1” (%2) and deletes its password from the keychain. The mail already on this computer is not deleted, and nothing is deleted on the server.</source>
        <translation>Postier oublie les paramètres de «&#xa0;%1&#xa0;» (%2) et supprime son mot de passe du trousseau. Le courrier déjà présent sur cet ordinateur n’est pas supprimé, et rien n’est supprimé sur le serveur.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>The account “%1” is removed. Its mail on this computer is kept.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» est supprimé. Son courrier sur cet ordinateur est conservé.</translation>
    </message>
    <message>
        <source>The account “%1” is removed, but its password could not be deleted from the keychain: %2</source>
        <translation>Le compte «&#xa0;%1&#xa0;» est supprimé, mais son mot de passe n’a pas pu être effacé du trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>One moment: the keychain has not answered yet.</source>
        <translation>Un instant&#xa0;: le trousseau n’a pas encore répondu.</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>The changes to your accounts are not saved. Close without saving them?</source>
        <translation>Les modifications de vos comptes ne sont pas enregistrées. Fermer sans les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountTestPage</name>
    <message>
        <source>Incoming mail</source>
        <translation>Réception du courrier</translation>
    </message>
    <message>
        <source>Outgoing mail</source>
        <translation>Envoi du courrier</translation>
    </message>
    <message>
        <source>Trying the settings</source>
        <translation>Essai des paramètres</translation>
    </message>
    <message>
        <source>Postier logs in to both servers to make sure the settings and the password work. Nothing is sent and nothing on the server changes.</source>
        <translation>Postier se connecte aux deux serveurs pour s’assurer que les paramètres et le mot de passe fonctionnent. Rien n’est envoyé et rien ne change sur le serveur.</translation>
    </message>
    <message>
        <source>Both servers work. Click Next to finish.</source>
        <translation>Les deux serveurs fonctionnent. Cliquez sur Suivant pour terminer.</translation>
    </message>
    <message>
        <source>Decide whether to trust the certificate, or go back and check the server names.</source>
        <translation>Décidez si vous faites confiance au certificat, ou revenez en arrière pour vérifier les noms des serveurs.</translation>
    </message>
    <message>
        <source>Go back to correct the password or the settings, or try again.</source>
        <translation>Revenez en arrière pour corriger le mot de passe ou les paramètres, ou réessayez.</translation>
    </message>
</context>
<context>
    <name>postier::ui::AccountWizard</name>
    <message>
        <source>Add a Mail Account</source>
        <translation>Ajouter un compte de messagerie</translation>
    </message>
    <message>
        <source>The account was saved, but its password could not be stored: %1 Click Finish to try again.</source>
        <translation>Le compte a été enregistré, mais son mot de passe n’a pas pu être conservé&#xa0;: %1 Cliquez sur Terminer pour réessayer.</translation>
    </message>
</context>
<context>
    <name>postier::ui::AttachmentListWidget</name>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save the selected attachment to a file</source>
        <translation>Enregistrer la pièce jointe sélectionnée dans un fichier</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
    <message>
        <source>1 attachment, %1</source>
        <translation>1 pièce jointe, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attachments, %1</source>
        <translation>
            <numerusform>%n pièce jointe, %1</numerusform>
            <numerusform>%n pièces jointes, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Postier does not open programs or scripts sent by mail. Save the file if you trust it.</source>
        <translation>Postier n’ouvre pas les programmes ni les scripts reçus par courrier. Enregistrez le fichier si vous lui faites confiance.</translation>
    </message>
    <message>
        <source>Open the selected attachment with its usual application</source>
        <translation>Ouvrir la pièce jointe sélectionnée avec son application habituelle</translation>
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
        <translation>Enregistrer une copie dans Envoyés</translation>
    </message>
    <message>
        <source>Recipients, separated by commas</source>
        <translation>Destinataires, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Pour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>Cc&amp;i&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Sujet&#xa0;:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected attachments (Delete)</source>
        <translation>Retirer les pièces jointes sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Pièces jointes&#xa0;:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>Envoyer le message (Ctrl+Retour)</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>Enregistrer le &amp;brouillon</translation>
    </message>
    <message>
        <source>Save the message in Drafts (Ctrl+S)</source>
        <translation>Enregistrer le message dans Brouillons (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Attach Files…</source>
        <translation>&amp;Joindre des fichiers…</translation>
    </message>
    <message>
        <source>Attach files (Ctrl+Shift+A), or drop them on this window</source>
        <translation>Joindre des fichiers (Ctrl+Maj+A), ou les déposer sur cette fenêtre</translation>
    </message>
    <message>
        <source>Remove Attachment</source>
        <translation>Retirer la pièce jointe</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>Composer Toolbar</source>
        <translation>Barre d’outils de rédaction</translation>
    </message>
    <message>
        <source>Write: (no subject)</source>
        <translation>Rédaction&#xa0;: (sans sujet)</translation>
    </message>
    <message>
        <source>There is no account to send from. Add an account first.</source>
        <translation>Aucun compte ne permet d’envoyer. Ajoutez d’abord un compte.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Cci</translation>
    </message>
    <message>
        <source>“%1” in %2 is not an e-mail address. Addresses look like name@example.com.</source>
        <translation>«&#xa0;%1&#xa0;» dans le champ %2 n’est pas une adresse électronique. Une adresse ressemble à nom@example.com.</translation>
    </message>
    <message>
        <source>Add at least one recipient in To, Cc or Bcc.</source>
        <translation>Ajoutez au moins un destinataire dans Pour, Cc ou Cci.</translation>
    </message>
    <message>
        <source>Could not attach %1: only files that can be read can be attached.</source>
        <translation>Impossible de joindre %1&#xa0;: seuls les fichiers lisibles peuvent être joints.</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Send without a subject?</source>
        <translation>Envoyer sans sujet&#xa0;?</translation>
    </message>
    <message>
        <source>This message has no subject. Send it without a subject?</source>
        <translation>Ce message n’a pas de sujet. L’envoyer sans sujet&#xa0;?</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Sent. Saving a copy in your Sent folder…</source>
        <translation>Envoyé. Enregistrement d’une copie dans votre dossier Envoyés…</translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation>Enregistrement du brouillon…</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>Brouillon enregistré à %1.</translation>
    </message>
    <message>
        <source>The message is being sent. The window closes by itself when it is done.</source>
        <translation>Le message est en cours d’envoi. La fenêtre se fermera d’elle-même une fois l’envoi terminé.</translation>
    </message>
    <message>
        <source>Close without a copy in Sent?</source>
        <translation>Fermer sans copie dans Envoyés&#xa0;?</translation>
    </message>
    <message>
        <source>The message was sent, but its copy is not in your Sent folder. Close the window anyway?</source>
        <translation>Le message a été envoyé, mais sa copie n’est pas dans votre dossier Envoyés. Fermer quand même la fenêtre&#xa0;?</translation>
    </message>
    <message>
        <source>Save this message?</source>
        <translation>Enregistrer ce message&#xa0;?</translation>
    </message>
    <message>
        <source>This message has changes that are not saved. Save it in Drafts before closing?</source>
        <translation>Ce message contient des modifications non enregistrées. L’enregistrer dans Brouillons avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Sent through the account “%1”</source>
        <translation>Envoyé par le compte «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>postier::ui::CrossAccountDrop</name>
    <message>
        <source>&amp;Move Here</source>
        <translation>&amp;Déplacer ici</translation>
    </message>
    <message>
        <source>Copy, check every message on the other account, then delete the originals</source>
        <translation>Copier, vérifier chaque message sur l’autre compte, puis supprimer les originaux</translation>
    </message>
    <message>
        <source>&amp;Copy Here</source>
        <translation>&amp;Copier ici</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Annuler</translation>
    </message>
</context>
<context>
    <name>postier::ui::CrossAccountReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>Rapport d’importation</translation>
    </message>
    <message>
        <source>Move Report</source>
        <translation>Rapport de déplacement</translation>
    </message>
    <message>
        <source>Copy Report</source>
        <translation>Rapport de copie</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2.</source>
        <translation>Le rapport n’a pas pu être enregistré dans %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>postier::ui::ElidedLabel</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>postier::ui::FolderActions</name>
    <message>
        <source>&amp;New Folder…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>&amp;Rename Folder…</source>
        <translation>&amp;Renommer le dossier…</translation>
    </message>
    <message>
        <source>&amp;Delete Folder…</source>
        <translation>&amp;Supprimer le dossier…</translation>
    </message>
    <message>
        <source>&amp;Subscribed</source>
        <translation>&amp;Abonné</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Nom du nouveau dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the new folder inside “%1”:</source>
        <translation>Nom du nouveau dossier dans «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>A folder name cannot contain “%1”.</source>
        <translation>Un nom de dossier ne peut pas contenir «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Created the folder “%1”.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» a été créé.</translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation>Renommer le dossier</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nouveau nom pour «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Renamed “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» a été renommé.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder “%1” and the %n message(s) in it from the server? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer du serveur le dossier «&#xa0;%1&#xa0;» et le message qu’il contient&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer du serveur le dossier «&#xa0;%1&#xa0;» et les %n messages qu’il contient&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the folder “%1” from the server?</source>
        <translation>Supprimer le dossier «&#xa0;%1&#xa0;» du serveur&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the folder “%1” and every message in it from the server? Postier does not know yet how many messages it holds. This cannot be undone.</source>
        <translation>Supprimer du serveur le dossier «&#xa0;%1&#xa0;» et tous les messages qu’il contient&#xa0;? Postier ne sait pas encore combien il en contient. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <source>Deleted the folder “%1”.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» a été supprimé.</translation>
    </message>
    <message>
        <source>Subscribed to “%1”.</source>
        <translation>Abonné à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unsubscribed from “%1”.</source>
        <translation>Désabonné de «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>postier::ui::FolderItemDelegate</name>
    <message>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
</context>
<context>
    <name>postier::ui::JobStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the running operation</source>
        <translation>Annuler l’opération en cours</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n autre)</numerusform>
            <numerusform>(+%n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel “%1”</source>
        <translation>Annuler «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cancel &amp;All</source>
        <translation>&amp;Tout annuler</translation>
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
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Filter these messages &lt;Ctrl+Shift+K&gt;</source>
        <translation>Filtrer ces messages &lt;Ctrl+Maj+K&gt;</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Suivis</translation>
    </message>
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
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>No account yet.</source>
        <translation>Aucun compte pour l’instant.</translation>
    </message>
    <message>
        <source>&amp;Get Messages</source>
        <translation>&amp;Relever les messages</translation>
    </message>
    <message>
        <source>Check for new mail (F5)</source>
        <translation>Relever les nouveaux messages (F5)</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>É&amp;crire</translation>
    </message>
    <message>
        <source>Write a new message (Ctrl+N)</source>
        <translation>Écrire un nouveau message (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <source>Reply to &amp;All</source>
        <translation>Répondre à &amp;tous</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>Trans&amp;férer</translation>
    </message>
    <message>
        <source>Forward as A&amp;ttachment</source>
        <translation>Transférer en pièce &amp;jointe</translation>
    </message>
    <message>
        <source>Add &amp;Account…</source>
        <translation>Ajouter un co&amp;mpte…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Filter Messages</source>
        <translation>&amp;Filtrer les messages</translation>
    </message>
    <message>
        <source>&amp;About Postier</source>
        <translation>À &amp;propos de Postier</translation>
    </message>
    <message>
        <source>About Postier</source>
        <translation>À propos de Postier</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Postier %1&lt;/h3&gt;&lt;p&gt;The mail client that moves your mail without losing any.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Postier %1&lt;/h3&gt;&lt;p&gt;Le client de messagerie qui déplace votre courrier sans en perdre la moindre miette.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe de %1</translation>
    </message>
    <message>
        <source>Enter the password for %1 on %2.</source>
        <translation>Saisissez le mot de passe de %1 sur %2.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>Enregistrer dans le &amp;trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Threads</source>
        <translation>&amp;Fils de discussion</translation>
    </message>
    <message>
        <source>Show replies under the message they answer (Ctrl+T)</source>
        <translation>Afficher les réponses sous le message auquel elles répondent (Ctrl+T)</translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation>D&amp;ossier</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Postier will use this language the next time it starts.</source>
        <translation>Postier utilisera cette langue à son prochain démarrage.</translation>
    </message>
    <message>
        <source>Search on Server</source>
        <translation>Rechercher sur le serveur</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Accou&amp;nt Settings…</source>
        <translation>Paramè&amp;tres des comptes…</translation>
    </message>
    <message>
        <source>Convert POP Account to &amp;IMAP…</source>
        <translation>Convertir un compte POP en &amp;IMAP…</translation>
    </message>
    <message>
        <source>New-Mail &amp;Notifications</source>
        <translation>&amp;Notifications des nouveaux messages</translation>
    </message>
    <message>
        <source>Announce new mail on the desktop</source>
        <translation>Annoncer les nouveaux messages sur le bureau</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>O&amp;utils</translation>
    </message>
    <message>
        <source>Print Preview – %1</source>
        <translation>Aperçu avant impression – %1</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>Imprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n unread – Postier</source>
        <comment>window title: unread messages in the Inboxes</comment>
        <translation>
            <numerusform>%n non lu – Postier</numerusform>
            <numerusform>%n non lus – Postier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postier::ui::MessageActions</name>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Marquer comme &amp;lu</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Marquer comme &amp;non lu</translation>
    </message>
    <message>
        <source>&amp;Flag</source>
        <translation>Marquer pour su&amp;ivi</translation>
    </message>
    <message>
        <source>Flag or unflag the selected messages (S)</source>
        <translation>Marquer ou démarquer les messages sélectionnés pour suivi (S)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move the selected messages to the Trash (Del)</source>
        <translation>Déplacer les messages sélectionnés dans la Corbeille (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Enre&amp;gistrer sous…</translation>
    </message>
    <message>
        <source>View &amp;Source</source>
        <translation>Afficher la s&amp;ource</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>This account has no Trash folder, so nothing was deleted. Create a folder named Trash, or move the messages yourself.</source>
        <translation>Ce compte n’a pas de dossier Corbeille, rien n’a donc été supprimé. Créez un dossier nommé Trash, ou déplacez vous-même les messages.</translation>
    </message>
    <message>
        <source>The messages are already in the Trash. Postier does not delete mail for good from here; empty the Trash from its folder menu.</source>
        <translation>Les messages sont déjà dans la Corbeille. Postier ne supprime pas définitivement le courrier d’ici&#xa0;; videz la Corbeille depuis le menu de son dossier.</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>This account has no Archive folder. Create one (with the folder&apos;s context menu) and Postier will use it.</source>
        <translation>Ce compte n’a pas de dossier Archives. Créez-en un (avec le menu contextuel des dossiers) et Postier l’utilisera.</translation>
    </message>
    <message>
        <source>Undo archive</source>
        <translation>Annuler l’archivage</translation>
    </message>
    <message>
        <source>Save Message</source>
        <translation>Enregistrer le message</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation>Messages électroniques (*.eml)</translation>
    </message>
    <message>
        <source>The message could not be saved to %1: %2.</source>
        <translation>Le message n’a pas pu être enregistré dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Message Source</source>
        <translation>Source du message</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) moved to %1.</source>
        <translation>
            <numerusform>%n message déplacé vers %1.</numerusform>
            <numerusform>%n messages déplacés vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) copied to %1.</source>
        <translation>
            <numerusform>%n message copié vers %1.</numerusform>
            <numerusform>%n messages copiés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo move</source>
        <translation>Annuler le déplacement</translation>
    </message>
</context>
<context>
    <name>postier::ui::MessageHeaderWidget</name>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Pour&#xa0;:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc&#xa0;:</translation>
    </message>
    <message>
        <source>Reply to:</source>
        <translation>Répondre à&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans sujet)</translation>
    </message>
    <message>
        <source>Sent at %1 in the sender&apos;s time zone (UTC%2)</source>
        <translation>Envoyé le %1 dans le fuseau horaire de l’expéditeur (UTC%2)</translation>
    </message>
</context>
<context>
    <name>postier::ui::MessageItemDelegate</name>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
</context>
<context>
    <name>postier::ui::MessagePrinter</name>
    <message>
        <source>Could not print “%1”: the file %2 could not be written.</source>
        <translation>Impossible d’imprimer «&#xa0;%1&#xa0;»&#xa0;: le fichier %2 n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Could not print “%1”: the printer could not be started.</source>
        <translation>Impossible d’imprimer «&#xa0;%1&#xa0;»&#xa0;: l’imprimante n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Could not print “%1”: the printer refused page %2.</source>
        <translation>Impossible d’imprimer «&#xa0;%1&#xa0;»&#xa0;: l’imprimante a refusé la page %2.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>postier::ui::MessageView</name>
    <message>
        <source>Show Source</source>
        <translation>Afficher la source</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Show the message as it was received, headers included</source>
        <translation>Afficher le message tel qu’il a été reçu, en-têtes compris</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>This message is very large: its tables are shown simplified so that it opens quickly.</source>
        <translation>Ce message est très volumineux&#xa0;: ses tableaux sont affichés simplifiés pour qu’il s’ouvre rapidement.</translation>
    </message>
    <message>
        <source>(This message has no text.)</source>
        <translation>(Ce message n’a pas de texte.)</translation>
    </message>
    <message>
        <source>Loading message…</source>
        <translation>Chargement du message…</translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>Aucun message sélectionné</translation>
    </message>
    <message>
        <source>Could not save “%1” to %2: %3.</source>
        <translation>Impossible d’enregistrer «&#xa0;%1&#xa0;» dans %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2.</source>
        <translation>Impossible d’ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>postier::ui::MigrationAccountPage</name>
    <message>
        <source>IMAP server</source>
        <translation>Serveur IMAP</translation>
    </message>
    <message>
        <source>Log &amp;In</source>
        <translation>Conne&amp;xion</translation>
    </message>
    <message>
        <source>Change &amp;Server…</source>
        <translation>Changer de ser&amp;veur…</translation>
    </message>
    <message>
        <source>&amp;Use This Server</source>
        <translation>&amp;Utiliser ce serveur</translation>
    </message>
    <message>
        <source>Convert a POP Account to IMAP</source>
        <translation>Convertir un compte POP en IMAP</translation>
    </message>
    <message>
        <source>Postier copies the mail that a POP account keeps on this computer into the mailbox of the same address on the server, with its folders, flags and dates, and then checks every message. Nothing on this computer is changed or deleted.</source>
        <translation>Postier copie le courrier qu’un compte POP conserve sur cet ordinateur dans la boîte aux lettres de la même adresse sur le serveur, avec ses dossiers, ses indicateurs et ses dates, puis vérifie chaque message. Rien n’est modifié ni supprimé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;POP account:</source>
        <translation>&amp;Compte POP&#xa0;:</translation>
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
        <translation>&amp;Nom d’hôte&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>C&amp;hiffrement&#xa0;:</translation>
    </message>
    <message>
        <source>Postier has no POP account to convert. This assistant is for accounts that download mail by POP into folders on this computer.</source>
        <translation>Postier n’a aucun compte POP à convertir. Cet assistant est destiné aux comptes qui téléchargent le courrier par POP dans des dossiers de cet ordinateur.</translation>
    </message>
    <message>
        <source>This continues the conversion started on %1. Nothing that is already on the server is copied again.</source>
        <translation>Ceci poursuit la conversion commencée le %1. Rien de ce qui est déjà sur le serveur n’est copié une deuxième fois.</translation>
    </message>
    <message>
        <source>Postier already has an IMAP account for %1.</source>
        <translation>Postier a déjà un compte IMAP pour %1.</translation>
    </message>
    <message>
        <source>Looking for the IMAP server of %1…</source>
        <translation>Recherche du serveur IMAP de %1…</translation>
    </message>
    <message>
        <source>The keychain has no password for “%1”. Type the password of %2 once; it is kept in the keychain with the IMAP account.</source>
        <translation>Le trousseau n’a pas de mot de passe pour «&#xa0;%1&#xa0;». Saisissez une fois le mot de passe de %2&#xa0;; il est conservé dans le trousseau avec le compte IMAP.</translation>
    </message>
    <message>
        <source>Postier could not read the password of “%1” from the keychain: %2 Type the password of %3.</source>
        <translation>Postier n’a pas pu lire le mot de passe de «&#xa0;%1&#xa0;» dans le trousseau&#xa0;: %2 Saisissez le mot de passe de %3.</translation>
    </message>
    <message>
        <source>No IMAP server is published for %1; Postier tries the POP server’s host, %2.</source>
        <translation>Aucun serveur IMAP n’est publié pour %1&#xa0;; Postier essaie l’hôte du serveur POP, %2.</translation>
    </message>
    <message>
        <source>The server refused the password. Type the password of %1 for the IMAP server.</source>
        <translation>Le serveur a refusé le mot de passe. Saisissez le mot de passe de %1 pour le serveur IMAP.</translation>
    </message>
    <message>
        <source>Hide &amp;Server</source>
        <translation>Masquer le ser&amp;veur</translation>
    </message>
    <message>
        <source>POP and IMAP use the same server, %1: the IMAP mailbox is the very one POP has been downloading from.</source>
        <translation>POP et IMAP utilisent le même serveur, %1&#xa0;: la boîte IMAP est celle-là même d’où POP téléchargeait.</translation>
    </message>
    <message>
        <source>POP downloads from %1 and IMAP is on %2: two names for your provider’s mailbox of %3.</source>
        <translation>POP télécharge depuis %1 et IMAP se trouve sur %2&#xa0;: deux noms pour la boîte aux lettres de %3 chez votre fournisseur.</translation>
    </message>
    <message>
        <source>The mail goes into the IMAP account “%1”, which Postier already has.</source>
        <translation>Le courrier va dans le compte IMAP «&#xa0;%1&#xa0;», que Postier a déjà.</translation>
    </message>
    <message>
        <source>Postier adds the IMAP account “%1” when the copy starts, with the password of “%2” from the keychain.</source>
        <translation>Postier ajoute le compte IMAP «&#xa0;%1&#xa0;» au début de la copie, avec le mot de passe de «&#xa0;%2&#xa0;» pris dans le trousseau.</translation>
    </message>
    <message>
        <source>Postier adds the IMAP account “%1” when the copy starts.</source>
        <translation>Postier ajoute le compte IMAP «&#xa0;%1&#xa0;» au début de la copie.</translation>
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
        <translation>Autres téléphones et ordinateurs</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Switching to IMAP</source>
        <translation>Passage à IMAP</translation>
    </message>
    <message>
        <source>Every message is on the server. When you click Finish, “%1” becomes your default account. “%2” stays switched off and is not deleted: its mail stays on this computer, in %3.</source>
        <translation>Tous les messages sont sur le serveur. Quand vous cliquez sur Terminer, «&#xa0;%1&#xa0;» devient votre compte par défaut. «&#xa0;%2&#xa0;» reste désactivé et n’est pas supprimé&#xa0;: son courrier reste sur cet ordinateur, dans %3.</translation>
    </message>
    <message>
        <source>Not every message is on the server: the report says which and why. “%1” stays switched off, so that it does not download the copied messages again, and its mail stays on this computer, in %2. Run this assistant again once the cause is fixed: it copies only what is missing.</source>
        <translation>Certains messages ne sont pas sur le serveur&#xa0;: le rapport dit lesquels et pourquoi. «&#xa0;%1&#xa0;» reste désactivé, pour ne pas télécharger à nouveau les messages copiés, et son courrier reste sur cet ordinateur, dans %2. Relancez cet assistant une fois la cause corrigée&#xa0;: il ne copie que ce qui manque.</translation>
    </message>
    <message>
        <source>&amp;Make “%1” the default account anyway</source>
        <translation>&amp;Faire quand même de «&#xa0;%1&#xa0;» le compte par défaut</translation>
    </message>
    <message>
        <source>If a phone, a tablet or another computer still fetches %1 by POP with “leave a copy on the server”, it sees every copied message as new and may download all of them again; if it does not leave a copy, it removes them from the server. Set those devices up with IMAP as well, or remove the POP account from them.</source>
        <translation>Si un téléphone, une tablette ou un autre ordinateur relève encore %1 par POP avec «&#xa0;laisser une copie sur le serveur&#xa0;», il voit chaque message copié comme nouveau et peut tous les télécharger à nouveau&#xa0;; s’il ne laisse pas de copie, il les supprime du serveur. Configurez aussi ces appareils en IMAP, ou retirez-leur le compte POP.</translation>
    </message>
    <message>
        <source>If %1 forwards its mail to another mailbox (Gmail, for example), and that mailbox forwards or fetches mail back to %1, messages go round in circles or never arrive: a message you send from Gmail to %1 that comes back to Gmail through the forwarding is dropped there, because Gmail already has it among your sent mail. Check the forwarding settings at your provider.</source>
        <translation>Si %1 transfère son courrier vers une autre boîte (Gmail, par exemple) et que cette boîte transfère ou relève le courrier vers %1, les messages tournent en rond ou n’arrivent jamais&#xa0;: un message que vous envoyez de Gmail à %1 et qui revient à Gmail par le transfert y est écarté, car Gmail l’a déjà parmi vos messages envoyés. Vérifiez les réglages de transfert chez votre fournisseur.</translation>
    </message>
</context>
<context>
    <name>postier::ui::MigrationMappingPage</name>
    <message>
        <source>&amp;Dry Run</source>
        <translation>&amp;Essai à blanc</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Start &amp;Copying</source>
        <translation>&amp;Lancer la copie</translation>
    </message>
    <message>
        <source>Choose the folders to copy. Each one goes into the folder shown on the server; folders the server does not have yet are created. Messages already on the server are not copied again.</source>
        <translation>Choisissez les dossiers à copier. Chacun va dans le dossier indiqué sur le serveur&#xa0;; les dossiers que le serveur n’a pas encore sont créés. Les messages déjà présents sur le serveur ne sont pas copiés une deuxième fois.</translation>
    </message>
    <message>
        <source>Find out what would be uploaded, without changing anything on the server</source>
        <translation>Voir ce qui serait envoyé, sans rien modifier sur le serveur</translation>
    </message>
    <message>
        <source>A dry run shows how many messages of each folder would be uploaded.</source>
        <translation>Un essai à blanc montre combien de messages de chaque dossier seraient envoyés.</translation>
    </message>
    <message>
        <source>While the mail is copied, Postier stops downloading “%1” by POP, so that no message comes down again as it arrives on the server.</source>
        <translation>Pendant la copie, Postier cesse de télécharger «&#xa0;%1&#xa0;» par POP, pour qu’aucun message ne redescende à mesure qu’il arrive sur le serveur.</translation>
    </message>
    <message>
        <source>Checking what would be uploaded…</source>
        <translation>Vérification de ce qui serait envoyé…</translation>
    </message>
    <message>
        <source>The dry run was stopped.</source>
        <translation>L’essai à blanc a été interrompu.</translation>
    </message>
    <message>
        <source>The dry run failed: %1</source>
        <translation>L’essai à blanc a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dry run — messages to upload: %1; already on the server: %2. Nothing was changed.</source>
        <translation>Essai à blanc — messages à envoyer&#xa0;: %1&#xa0;; déjà sur le serveur&#xa0;: %2. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>postier::ui::MigrationPreflightPage</name>
    <message>
        <source>Copy &amp;what fits anyway (the report lists every message the server refuses)</source>
        <translation>Copier &amp;quand même ce qui tient (le rapport indique chaque message refusé par le serveur)</translation>
    </message>
    <message>
        <source>Try &amp;Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Before Copying</source>
        <translation>Avant la copie</translation>
    </message>
    <message>
        <source>Postier counts the mail on this computer and asks the server how much room it has. Nothing is copied yet.</source>
        <translation>Postier compte le courrier sur cet ordinateur et demande au serveur combien de place il a. Rien n’est encore copié.</translation>
    </message>
    <message>
        <source>Folder on this computer</source>
        <translation>Dossier sur cet ordinateur</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Folders on this computer:</source>
        <translation>Dossiers sur cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Messages&#xa0;:</translation>
    </message>
    <message>
        <source>Largest message:</source>
        <translation>Plus gros message&#xa0;:</translation>
    </message>
    <message>
        <source>Folders on the server:</source>
        <translation>Dossiers sur le serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Space on the server:</source>
        <translation>Espace sur le serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1, in “%2”</source>
        <translation>%1, dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (sur %2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>,</translation>
    </message>
    <message>
        <source>%1 used of %2; %3 free</source>
        <translation>%1 utilisés sur %2&#xa0;; %3 libres</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>the server does not say</source>
        <translation>le serveur ne l’indique pas</translation>
    </message>
    <message>
        <source>%1 at a typical home upload speed (10 Mbit/s), checking included</source>
        <translation>%1 à un débit d’envoi domestique courant (10 Mbit/s), vérification comprise</translation>
    </message>
    <message>
        <source>“%1” leaves a copy of each message on the server: those copies are still in the server’s Inbox. Postier recognises them and does not upload them twice.</source>
        <translation>«&#xa0;%1&#xa0;» laisse une copie de chaque message sur le serveur&#xa0;: ces copies sont encore dans la boîte de réception du serveur. Postier les reconnaît et ne les envoie pas une deuxième fois.</translation>
    </message>
    <message>
        <source>The mail will not fit: it needs %1, but only %2 are free on the server. Delete mail on the server or ask your provider for more room first; otherwise the server refuses the messages that do not fit.</source>
        <translation>Le courrier ne tiendra pas&#xa0;: il lui faut %1, mais seuls %2 sont libres sur le serveur. Supprimez d’abord du courrier sur le serveur ou demandez plus de place à votre fournisseur&#xa0;; sinon le serveur refuse les messages qui ne tiennent pas.</translation>
    </message>
</context>
<context>
    <name>postier::ui::MigrationReportPage</name>
    <message>
        <source>Sa&amp;ve Report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Try &amp;Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Postier migration report %1.txt</source>
        <translation>Rapport de migration Postier %1.txt</translation>
    </message>
    <message>
        <source>Save the Report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>the POP account “%1” (%2), kept on this computer in %3</source>
        <translation>le compte POP «&#xa0;%1&#xa0;» (%2), conservé sur cet ordinateur dans %3</translation>
    </message>
    <message>
        <source>the IMAP account “%1” on %2</source>
        <translation>le compte IMAP «&#xa0;%1&#xa0;» sur %2</translation>
    </message>
    <message>
        <source>Keep the report with your records: it lists every folder and says whether each message is on the server.</source>
        <translation>Conservez le rapport avec vos documents&#xa0;: il liste chaque dossier et dit si chaque message est sur le serveur.</translation>
    </message>
    <message>
        <source>Keeping a copy of this report in the folder “%1” on the server…</source>
        <translation>Enregistrement d’une copie de ce rapport dans le dossier «&#xa0;%1&#xa0;» sur le serveur…</translation>
    </message>
    <message>
        <source>A copy of this report is in the folder “%1” on the server.</source>
        <translation>Une copie de ce rapport se trouve dans le dossier «&#xa0;%1&#xa0;» sur le serveur.</translation>
    </message>
    <message>
        <source>The copy of this report could not be put on the server: %1</source>
        <translation>La copie de ce rapport n’a pas pu être déposée sur le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The report could not be saved in %1: %2</source>
        <translation>Le rapport n’a pas pu être enregistré dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The report is saved in %1.</source>
        <translation>Le rapport est enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>postier::ui::MigrationUploadPage</name>
    <message>
        <source>&amp;Pause</source>
        <translation>Pa&amp;use</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>Copie</translation>
    </message>
    <message>
        <source>Each message goes up with its exact content, its flags and its date, and is recorded as soon as the server has confirmed it.</source>
        <translation>Chaque message est envoyé avec son contenu exact, ses indicateurs et sa date, et il est noté dès que le serveur l’a confirmé.</translation>
    </message>
    <message>
        <source>You can close this window or quit Postier at any time: nothing is lost, and at its next start Postier offers to continue where the copy stopped.</source>
        <translation>Vous pouvez fermer cette fenêtre ou quitter Postier à tout moment&#xa0;: rien n’est perdu, et au prochain démarrage Postier propose de reprendre la copie là où elle s’est arrêtée.</translation>
    </message>
    <message>
        <source>Stopping after the message being sent…</source>
        <translation>Arrêt après le message en cours d’envoi…</translation>
    </message>
    <message>
        <source>The password of “%1” could not be stored in the keychain: %2 Postier will ask for it when it first connects.</source>
        <translation>Le mot de passe de «&#xa0;%1&#xa0;» n’a pas pu être enregistré dans le trousseau&#xa0;: %2 Postier le demandera à la première connexion.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Folder “%1”: %2 of %3 messages</source>
        <translation>Dossier «&#xa0;%1&#xa0;»&#xa0;: %2 messages sur %3</translation>
    </message>
    <message>
        <source>All folders: %1 of %2 messages (%3 uploaded)</source>
        <translation>Tous les dossiers&#xa0;: %1 messages sur %2 (%3 envoyés)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Paused after the messages already on their way. Click Resume to go on.</source>
        <translation>En pause après les messages déjà en route. Cliquez sur Reprendre pour continuer.</translation>
    </message>
    <message>
        <source>Stopped. What was copied so far is on the server. Click Continue to go on, or close the assistant: Postier offers to continue at its next start.</source>
        <translation>Arrêté. Ce qui a été copié jusqu’ici est sur le serveur. Cliquez sur Continuer pour poursuivre, ou fermez l’assistant&#xa0;: Postier proposera de continuer à son prochain démarrage.</translation>
    </message>
    <message>
        <source>Click Next to see the report.</source>
        <translation>Cliquez sur Suivant pour voir le rapport.</translation>
    </message>
</context>
<context>
    <name>postier::ui::MigrationWizard</name>
    <message>
        <source>Convert POP Account to IMAP</source>
        <translation>Convertir un compte POP en IMAP</translation>
    </message>
    <message>
        <source>Continue the Conversion to IMAP?</source>
        <translation>Poursuivre la conversion en IMAP&#xa0;?</translation>
    </message>
    <message>
        <source>The conversion of “%1” to IMAP, started on %2, did not finish. Continue it now? Nothing already on the server is copied again.</source>
        <translation>La conversion de «&#xa0;%1&#xa0;» en IMAP, commencée le %2, n’est pas terminée. La poursuivre maintenant&#xa0;? Rien de ce qui est déjà sur le serveur n’est copié une deuxième fois.</translation>
    </message>
    <message>
        <source>“Do Not Continue” switches “%1” back on; the messages already copied stay on the server, and “%1” may download them again.</source>
        <translation>«&#xa0;Ne pas continuer&#xa0;» réactive «&#xa0;%1&#xa0;»&#xa0;; les messages déjà copiés restent sur le serveur, et «&#xa0;%1&#xa0;» risque de les télécharger à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>&amp;Do Not Continue</source>
        <translation>&amp;Ne pas continuer</translation>
    </message>
</context>
<context>
    <name>postier::ui::NetworkRemoteContentLoader</name>
    <message>
        <source>Only http and https addresses are loaded.</source>
        <translation>Seules les adresses http et https sont chargées.</translation>
    </message>
    <message>
        <source>The image is larger than %1 and was not loaded.</source>
        <translation>L’image dépasse %1 et n’a pas été chargée.</translation>
    </message>
    <message>
        <source>The server answered %1 %2.</source>
        <translation>Le serveur a répondu %1 %2.</translation>
    </message>
</context>
<context>
    <name>postier::ui::NoticeBar</name>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
</context>
<context>
    <name>postier::ui::RemoteContentBar</name>
    <message>
        <source>Show remote content</source>
        <translation>Afficher le contenu distant</translation>
    </message>
    <message>
        <source>Always for this sender</source>
        <translation>Toujours pour cet expéditeur</translation>
    </message>
    <message>
        <source>Postier blocked one remote image to protect your privacy.</source>
        <translation>Postier a bloqué une image distante pour protéger votre vie privée.</translation>
    </message>
    <message numerus="yes">
        <source>Postier blocked %n remote images to protect your privacy.</source>
        <translation>
            <numerusform>Postier a bloqué %n image distante pour protéger votre vie privée.</numerusform>
            <numerusform>Postier a bloqué %n images distantes pour protéger votre vie privée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote images can tell the sender that, when and where you read this message.</source>
        <translation>Les images distantes peuvent révéler à l’expéditeur que vous avez lu ce message, ainsi que quand et où.</translation>
    </message>
    <message>
        <source>Always show remote content in messages from %1</source>
        <translation>Toujours afficher le contenu distant des messages de %1</translation>
    </message>
</context>
<context>
    <name>postier::ui::ServerSearchBar</name>
    <message>
        <source>Search on the server</source>
        <translation>Recherche sur le serveur</translation>
    </message>
    <message>
        <source>Search on Server</source>
        <translation>Rechercher sur le serveur</translation>
    </message>
    <message>
        <source>The search on the server was stopped.</source>
        <translation>La recherche sur le serveur a été arrêtée.</translation>
    </message>
    <message>
        <source>The server found no matching message.</source>
        <translation>Le serveur n’a trouvé aucun message correspondant.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found on the server.</source>
        <translation>
            <numerusform>%n message trouvé sur le serveur.</numerusform>
            <numerusform>%n messages trouvés sur le serveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them had not been downloaded yet.</source>
        <translation>
            <numerusform>%n d’entre eux n’avait pas encore été téléchargé.</numerusform>
            <numerusform>%n d’entre eux n’avaient pas encore été téléchargés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No message on this computer matches.</source>
        <translation>Aucun message de cet ordinateur ne correspond.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) on this computer match.</source>
        <translation>
            <numerusform>%n message de cet ordinateur correspond.</numerusform>
            <numerusform>%n messages de cet ordinateur correspondent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the server too: it also searches the text of the messages, and those not downloaded yet (Ctrl+Return)</source>
        <translation>Interroger aussi le serveur&#xa0;: il cherche aussi dans le texte des messages, et parmi ceux qui ne sont pas encore téléchargés (Ctrl+Retour)</translation>
    </message>
    <message>
        <source>Searching the server…</source>
        <translation>Recherche sur le serveur…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop searching the server</source>
        <translation>Arrêter la recherche sur le serveur</translation>
    </message>
</context>
<context>
    <name>postier::ui::TrayNotifier</name>
    <message numerus="yes">
        <source>Postier: %n unread message(s)</source>
        <translation>
            <numerusform>Postier&#xa0;: %n message non lu</numerusform>
            <numerusform>Postier&#xa0;: %n messages non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Postier: no unread messages</source>
        <translation>Postier&#xa0;: aucun message non lu</translation>
    </message>
    <message>
        <source>&amp;Show Postier</source>
        <translation>&amp;Afficher Postier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans sujet)</translation>
    </message>
    <message>
        <source>New message in %1</source>
        <translation>Nouveau message dans %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) in %1</source>
        <translation>
            <numerusform>%n nouveau message dans %1</numerusform>
            <numerusform>%n nouveaux messages dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest, from %1: %2</source>
        <translation>Le plus récent, de %1&#xa0;: %2</translation>
    </message>
</context>
</TS>
