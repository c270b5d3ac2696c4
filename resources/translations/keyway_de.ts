<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccessTokenProfile</name>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Token ID</source>
        <translation>Token-ID</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Authentication context</source>
        <translation>Authentifizierungskontext</translation>
    </message>
</context>
<context>
    <name>Base64Url</name>
    <message>
        <source>The data is not valid base64url text.</source>
        <translation>Die Daten sind kein gültiger base64url-Text.</translation>
    </message>
</context>
<context>
    <name>BodyFormatter</name>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>Kein gültiges JSON bei Byte %1: %2</translation>
    </message>
</context>
<context>
    <name>BrowserLauncher</name>
    <message>
        <source>Keyway will only open web addresses in a browser.</source>
        <translation>Keyway öffnet nur Webadressen in einem Browser.</translation>
    </message>
    <message>
        <source>The system browser could not be opened. Copy the link into a browser instead.</source>
        <translation>Der Systembrowser konnte nicht geöffnet werden. Kopieren Sie den Link stattdessen in einen Browser.</translation>
    </message>
    <message>
        <source>The browser command could not be started. Copy the link into a browser instead.</source>
        <translation>Der Browserbefehl konnte nicht gestartet werden. Kopieren Sie den Link stattdessen in einen Browser.</translation>
    </message>
</context>
<context>
    <name>BundlePreviewDialog</name>
    <message>
        <source>Diagnostic bundle</source>
        <translation>Diagnosepaket</translation>
    </message>
    <message>
        <source>What the bundle holds</source>
        <translation>Was das Paket enthält</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Persönliche Daten</translation>
    </message>
    <message>
        <source>Personal data in the bundle</source>
        <translation>Persönliche Daten im Paket</translation>
    </message>
    <message>
        <source>&amp;Leave out personal data (account, names, e-mail, user id)</source>
        <translation>Persönliche Daten &amp;weglassen (Konto, Namen, E-Mail, Benutzer-ID)</translation>
    </message>
    <message>
        <source>Replaces each personal value in the bundle by &quot;(left out)&quot;</source>
        <translation>Ersetzt jeden persönlichen Wert im Paket durch „(weggelassen)“</translation>
    </message>
    <message>
        <source>Bundle contents (JSON)</source>
        <translation>Inhalt des Pakets (JSON)</translation>
    </message>
    <message>
        <source>Building the bundle…</source>
        <translation>Paket wird erstellt …</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: keyway [SUBCOMMAND] [OPTIONS]

Without a subcommand, opens the Keyway window.

Subcommands:
</source>
        <translation>Aufruf: keyway [UNTERBEFEHL] [OPTIONEN]

Ohne Unterbefehl öffnet sich das Keyway-Fenster.

Unterbefehle:
</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help        Show this help (keyway SUBCOMMAND --help for a subcommand&apos;s options)
  -v, --version     Show the version

Secrets are never taken from the command line: use the --*-stdin options.
</source>
        <translation>
Optionen:
  -h, --help        Diese Hilfe anzeigen (keyway UNTERBEFEHL --help für die Optionen eines Unterbefehls)
  -v, --version     Die Version anzeigen

Geheimnisse werden nie von der Befehlszeile genommen: Verwenden Sie die Optionen --*-stdin.
</translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not take the renewed tokens (is it locked?). Unlock it within %n second(s), or the new refresh token is lost and you may have to connect again.</source>
        <translation>
            <numerusform>Der Schlüsselbund hat die erneuerten Token nicht angenommen (ist er gesperrt?). Entsperren Sie ihn innerhalb von %n Sekunde, sonst geht das neue Refresh-Token verloren und Sie müssen sich eventuell neu verbinden.</numerusform>
            <numerusform>Der Schlüsselbund hat die erneuerten Token nicht angenommen (ist er gesperrt?). Entsperren Sie ihn innerhalb von %n Sekunden, sonst geht das neue Refresh-Token verloren und Sie müssen sich eventuell neu verbinden.</numerusform>
        </translation>
    </message>
    <message>
        <source>keyway: the renewed tokens are saved in the keychain.</source>
        <translation>keyway: Die erneuerten Token sind im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>the keychain stayed unavailable: the renewed tokens were not saved.</source>
        <translation>Der Schlüsselbund blieb nicht verfügbar: Die erneuerten Token wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>keyway: unknown subcommand &apos;%1&apos; (see keyway --help)</source>
        <translation>keyway: unbekannter Unterbefehl „%1“ (siehe keyway --help)</translation>
    </message>
    <message>
        <source>Run &apos;keyway connections --recover&apos; to bring them back, or &apos;keyway connections --revoke-lost&apos; to revoke them at their providers and delete them.</source>
        <translation>Führen Sie „keyway connections --recover“ aus, um sie zurückzuholen, oder „keyway connections --revoke-lost“, um sie bei ihren Anbietern zu widerrufen und zu löschen.</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>Diese Hilfe anzeigen</translation>
    </message>
    <message>
        <source>%1 (see keyway %2 --help)</source>
        <translation>%1 (siehe keyway %2 --help)</translation>
    </message>
</context>
<context>
    <name>ClientAssertion</name>
    <message>
        <source>Keyway could not build the signed request for the provider.</source>
        <translation>Keyway konnte die signierte Anfrage an den Anbieter nicht erstellen.</translation>
    </message>
</context>
<context>
    <name>ClientAuthenticator</name>
    <message>
        <source>No client id is configured for this connection.</source>
        <translation>Für diese Verbindung ist keine Client-ID eingerichtet.</translation>
    </message>
    <message>
        <source>No client secret is configured for this connection.</source>
        <translation>Für diese Verbindung ist kein Client-Secret eingerichtet.</translation>
    </message>
    <message>
        <source>No private key is configured for this connection.</source>
        <translation>Für diese Verbindung ist kein privater Schlüssel eingerichtet.</translation>
    </message>
    <message>
        <source>The configured private key cannot be used: %1</source>
        <translation>Der eingerichtete private Schlüssel ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Could not sign the client assertion with the configured private key: %1</source>
        <translation>Die Client-Assertion konnte mit dem eingerichteten privaten Schlüssel nicht signiert werden: %1</translation>
    </message>
    <message>
        <source>No client certificate is configured for this connection.</source>
        <translation>Für diese Verbindung ist kein Client-Zertifikat eingerichtet.</translation>
    </message>
</context>
<context>
    <name>ClientCertificate</name>
    <message>
        <source>The client certificate file is not a PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>Die Client-Zertifikatsdatei ist kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>The client certificate&apos;s private key is not an unencrypted PEM private key.</source>
        <translation>Der private Schlüssel des Client-Zertifikats ist kein unverschlüsselter privater PEM-Schlüssel.</translation>
    </message>
    <message>
        <source>The private key does not belong to the client certificate.</source>
        <translation>Der private Schlüssel gehört nicht zum Client-Zertifikat.</translation>
    </message>
    <message>
        <source>The client certificate&apos;s key must be an RSA or EC key.</source>
        <translation>Der Schlüssel des Client-Zertifikats muss ein RSA- oder EC-Schlüssel sein.</translation>
    </message>
    <message>
        <source>The client certificate or its key could not be loaded for TLS.</source>
        <translation>Das Client-Zertifikat oder sein Schlüssel konnte nicht für TLS geladen werden.</translation>
    </message>
    <message>
        <source>The PKCS#12 file could not be opened: the password is wrong, or it holds no certificate and key.</source>
        <translation>Die PKCS#12-Datei ließ sich nicht öffnen: Das Passwort ist falsch, oder sie enthält kein Zertifikat mit Schlüssel.</translation>
    </message>
</context>
<context>
    <name>ClientCertificateOptions</name>
    <message>
        <source>TLS client certificate (PEM) for mutual TLS (RFC 8705); its key with --client-key-stdin</source>
        <translation>TLS-Client-Zertifikat (PEM) für gegenseitiges TLS (RFC 8705); sein Schlüssel mit --client-key-stdin</translation>
    </message>
    <message>
        <source>Read the client certificate&apos;s private key (PEM) from standard input</source>
        <translation>Den privaten Schlüssel (PEM) des Client-Zertifikats von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>TLS client certificate and key as a PKCS#12 file, imported once</source>
        <translation>TLS-Client-Zertifikat und Schlüssel als PKCS#12-Datei, einmalig importiert</translation>
    </message>
    <message>
        <source>Read the PKCS#12 file&apos;s password from standard input</source>
        <translation>Das Passwort der PKCS#12-Datei von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>--client-cert and --client-p12 cannot be given together</source>
        <translation>--client-cert und --client-p12 können nicht zusammen angegeben werden</translation>
    </message>
    <message>
        <source>--client-p12 FILE takes its password with --p12-password-stdin</source>
        <translation>--client-p12 DATEI erhält sein Passwort mit --p12-password-stdin</translation>
    </message>
    <message>
        <source>--p12-password-stdin goes with --client-p12 FILE</source>
        <translation>--p12-password-stdin gehört zu --client-p12 DATEI</translation>
    </message>
    <message>
        <source>only one option at a time can read standard input</source>
        <translation>nur eine Option auf einmal kann die Standardeingabe lesen</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>standard input was empty: --client-key-stdin reads the private key there</source>
        <translation>die Standardeingabe war leer: --client-key-stdin liest dort den privaten Schlüssel</translation>
    </message>
    <message>
        <source>Read the client certificate&apos;s private key (PEM) from FILE, leaving standard input to --client-secret-stdin</source>
        <translation>Den privaten Schlüssel (PEM) des Client-Zertifikats aus DATEI lesen, sodass die Standardeingabe für --client-secret-stdin frei bleibt</translation>
    </message>
    <message>
        <source>give the private key once: --client-key-stdin or --client-key-file FILE</source>
        <translation>geben Sie den privaten Schlüssel nur einmal an: --client-key-stdin oder --client-key-file DATEI</translation>
    </message>
    <message>
        <source>--client-cert FILE takes its private key with --client-key-stdin or --client-key-file FILE</source>
        <translation>--client-cert DATEI erhält seinen privaten Schlüssel mit --client-key-stdin oder --client-key-file DATEI</translation>
    </message>
</context>
<context>
    <name>ClientCertificatePanel</name>
    <message>
        <source>Client certificate &amp;format:</source>
        <translation>&amp;Format des Client-Zertifikats:</translation>
    </message>
    <message>
        <source>Client certificate format</source>
        <translation>Format des Client-Zertifikats</translation>
    </message>
    <message>
        <source>Certificate (PEM):</source>
        <translation>Zertifikat (PEM):</translation>
    </message>
    <message>
        <source>No certificate chosen.</source>
        <translation>Kein Zertifikat gewählt.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen …</translation>
    </message>
    <message>
        <source>Choose the client certificate file (PEM)</source>
        <translation>Die Client-Zertifikatsdatei wählen (PEM)</translation>
    </message>
    <message>
        <source>Its private key (PEM):</source>
        <translation>Sein privater Schlüssel (PEM):</translation>
    </message>
    <message>
        <source>No private key chosen.</source>
        <translation>Kein privater Schlüssel gewählt.</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>Wä&amp;hlen …</translation>
    </message>
    <message>
        <source>Choose the client certificate&apos;s private key file (PEM)</source>
        <translation>Die Datei mit dem privaten Schlüssel des Client-Zertifikats wählen (PEM)</translation>
    </message>
    <message>
        <source>PKCS#12 file:</source>
        <translation>PKCS#12-Datei:</translation>
    </message>
    <message>
        <source>No PKCS#12 file chosen.</source>
        <translation>Keine PKCS#12-Datei gewählt.</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file (.p12, .pfx)</source>
        <translation>Die PKCS#12-Datei wählen (.p12, .pfx)</translation>
    </message>
    <message>
        <source>PKCS#12 pass&amp;word:</source>
        <translation>PKCS#12-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Empty when the file has no password</source>
        <translation>Leer, wenn die Datei kein Passwort hat</translation>
    </message>
    <message>
        <source>PKCS#12 password</source>
        <translation>PKCS#12-Passwort</translation>
    </message>
</context>
<context>
    <name>ClockLeeway</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Keyway could not compare its clock with the provider&apos;s (the answer had no Date header): check that this computer&apos;s date, time and time zone are right; if they are, the provider&apos;s clock is wrong.</source>
        <translation>Keyway konnte seine Uhr nicht mit der des Anbieters vergleichen (die Antwort hatte keinen Date-Header): Prüfen Sie Datum, Uhrzeit und Zeitzone dieses Computers; stimmen sie, geht die Uhr des Anbieters falsch.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock agrees with the provider&apos;s within %1 (going by the Date header of its answer), so the provider dated the token wrongly.</source>
        <translation>Die Uhr dieses Computers stimmt mit der des Anbieters auf %1 überein (laut Date-Header seiner Antwort); der Anbieter hat das Token also falsch datiert.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the provider&apos;s (going by the Date header of its answer).</source>
        <translation>Die Uhr dieses Computers geht %1 hinter der des Anbieters (laut Date-Header seiner Antwort).</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the provider&apos;s (going by the Date header of its answer).</source>
        <translation>Die Uhr dieses Computers geht %1 vor gegenüber der des Anbieters (laut Date-Header seiner Antwort).</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date, time and time zone; if they are right, the provider&apos;s clock is wrong.</source>
        <translation>Prüfen Sie Datum, Uhrzeit und Zeitzone dieses Computers; stimmen sie, geht die Uhr des Anbieters falsch.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1 h</source>
        <translation>
            <numerusform>%n Tag %1 h</numerusform>
            <numerusform>%n Tage %1 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectCommand</name>
    <message>
        <source>Catalogue id (see keyway integrations)</source>
        <translation>Katalog-ID (siehe keyway integrations)</translation>
    </message>
    <message>
        <source>OpenID Connect issuer URL (endpoints by discovery)</source>
        <translation>URL des OpenID-Connect-Ausstellers (Endpunkte per Discovery)</translation>
    </message>
    <message>
        <source>Auth mode, e.g. oauth2_authorization_code, api_key</source>
        <translation>Authentifizierungsart, z. B. oauth2_authorization_code, api_key</translation>
    </message>
    <message>
        <source>OAuth client id</source>
        <translation>OAuth-Client-ID</translation>
    </message>
    <message>
        <source>Read the client secret from standard input</source>
        <translation>Das Client-Secret von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>Read the API key from standard input</source>
        <translation>Den API-Schlüssel von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>Basic auth user name</source>
        <translation>Benutzername für Basic-Authentifizierung</translation>
    </message>
    <message>
        <source>Read the Basic auth user name from standard input (an API key sent as the user name)</source>
        <translation>Den Benutzernamen für Basic-Authentifizierung von der Standardeingabe lesen (ein als Benutzername gesendeter API-Schlüssel)</translation>
    </message>
    <message>
        <source>Client authentication: client_secret_basic, client_secret_post, private_key_jwt, tls_client_auth, self_signed_tls_client_auth or none</source>
        <translation>Client-Authentifizierung: client_secret_basic, client_secret_post, private_key_jwt, tls_client_auth, self_signed_tls_client_auth oder none</translation>
    </message>
    <message>
        <source>Read the Basic auth password from standard input</source>
        <translation>Das Passwort für Basic-Authentifizierung von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>Read a bearer token (pasted by hand) from standard input</source>
        <translation>Ein (von Hand eingefügtes) Bearer-Token von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>Service account JSON key file (JWT bearer)</source>
        <translation>JSON-Schlüsseldatei des Dienstkontos (JWT Bearer)</translation>
    </message>
    <message>
        <source>PEM private key for private_key_jwt</source>
        <translation>Privater PEM-Schlüssel für private_key_jwt</translation>
    </message>
    <message>
        <source>kid of the private key</source>
        <translation>kid des privaten Schlüssels</translation>
    </message>
    <message>
        <source>Signing algorithm of the private key, RS256 or ES256 (default: the key&apos;s)</source>
        <translation>Signaturalgorithmus des privaten Schlüssels, RS256 oder ES256 (Standard: der des Schlüssels)</translation>
    </message>
    <message>
        <source>audience parameter of the token request (client credentials)</source>
        <translation>audience-Parameter der Token-Anfrage (Client Credentials)</translation>
    </message>
    <message>
        <source>RFC 8707 resource indicator of the token request (repeatable)</source>
        <translation>Ressourcenindikator der Token-Anfrage nach RFC 8707 (wiederholbar)</translation>
    </message>
    <message>
        <source>JWT bearer subject (domain-wide delegation)</source>
        <translation>Subjekt des JWT Bearer (domänenweite Delegierung)</translation>
    </message>
    <message>
        <source>Scopes, unified or provider&apos;s, space separated</source>
        <translation>Scopes, vereinheitlicht oder die des Anbieters, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>A name for the connection</source>
        <translation>Ein Name für die Verbindung</translation>
    </message>
    <message>
        <source>Browser command (%s = URL); default KEYWAY_BROWSER, then the system browser</source>
        <translation>Browser-Befehl (%s = URL); Standard KEYWAY_BROWSER, dann der Browser des Systems</translation>
    </message>
    <message>
        <source>Template variable, e.g. subdomain=acme (repeatable)</source>
        <translation>Vorlagenvariable, z. B. subdomain=acme (wiederholbar)</translation>
    </message>
    <message>
        <source>Extra authorization request parameter (repeatable)</source>
        <translation>Zusätzlicher Parameter der Autorisierungsanfrage (wiederholbar)</translation>
    </message>
    <message>
        <source>Extra token request parameter, e.g. audience=... (repeatable)</source>
        <translation>Zusätzlicher Parameter der Token-Anfrage, z. B. audience=... (wiederholbar)</translation>
    </message>
    <message>
        <source>The exact redirect URI registered at the provider: http://127.0.0.1:PORT/PATH (Keyway listens there) or io.keyway.app:/oauth2redirect; kept for --reconnect</source>
        <translation>Die genaue beim Anbieter registrierte Weiterleitungs-URI: http://127.0.0.1:PORT/PATH (Keyway lauscht dort) oder io.keyway.app:/oauth2redirect; für --reconnect gespeichert</translation>
    </message>
    <message>
        <source>Sign in on another device: open no browser here, print the address to open anywhere and read back from standard input the address the browser ended on (the device code sign-in instead, where the integration has one)</source>
        <translation>Auf einem anderen Gerät anmelden: hier keinen Browser öffnen, die irgendwo zu öffnende Adresse ausgeben und die Adresse, auf der der Browser endete, von der Standardeingabe zurücklesen (stattdessen die Anmeldung mit Gerätecode, wo die Integration eine hat)</translation>
    </message>
    <message>
        <source>Do not send PKCE (for servers that reject it)</source>
        <translation>Kein PKCE senden (für Server, die es ablehnen)</translation>
    </message>
    <message>
        <source>Push the authorization request to the provider first (RFC 9126): the browser gets only client_id and request_uri</source>
        <translation>Die Autorisierungsanfrage zuerst an den Anbieter senden (RFC 9126): der Browser erhält nur client_id und request_uri</translation>
    </message>
    <message>
        <source>Bind the tokens to a key pair kept in the keychain for this connection (DPoP, RFC 9449): every token, refresh and API request carries a proof signed with it</source>
        <translation>Die Token an ein Schlüsselpaar binden, das für diese Verbindung im Schlüsselbund liegt (DPoP, RFC 9449): jede Token-, Erneuerungs- und API-Anfrage trägt einen damit signierten Nachweis</translation>
    </message>
    <message>
        <source>Seconds to wait for the browser (default 300)</source>
        <translation>Sekunden, die auf den Browser gewartet wird (Standard 300)</translation>
    </message>
    <message>
        <source>Re-authorize this existing connection in place</source>
        <translation>Diese bestehende Verbindung an Ort und Stelle neu autorisieren</translation>
    </message>
    <message>
        <source>name an integration or give --issuer URL (see keyway integrations)</source>
        <translation>nennen Sie eine Integration oder geben Sie --issuer URL an (siehe keyway integrations)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>expected KEY=VALUE, got &apos;%1&apos;</source>
        <translation>SCHLÜSSEL=WERT erwartet, „%1“ erhalten</translation>
    </message>
    <message>
        <source>--resource takes an absolute URI without a fragment, got &apos;%1&apos;</source>
        <translation>--resource erwartet eine absolute URI ohne Fragment, erhalten: „%1“</translation>
    </message>
    <message>
        <source>only one --*-stdin option at a time</source>
        <translation>nur eine --*-stdin-Option auf einmal</translation>
    </message>
    <message>
        <source>--no-browser reads the browser&apos;s address from standard input, so no --*-stdin option can be given with it (a --reconnect reuses a kept secret)</source>
        <translation>--no-browser liest die Adresse des Browsers von der Standardeingabe, daher kann keine --*-stdin-Option zusammen damit angegeben werden (ein --reconnect verwendet ein gespeichertes Secret erneut)</translation>
    </message>
    <message>
        <source>standard input was empty</source>
        <translation>die Standardeingabe war leer</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds</source>
        <translation>--timeout erwartet eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Signing in with a device code, which needs nothing pasted back (--mode %1 for the other way).</source>
        <translation>Anmeldung mit einem Gerätecode, bei der nichts zurückkopiert werden muss (--mode %1 für den anderen Weg).</translation>
    </message>
    <message>
        <source>Open this address in a browser on any device and sign in:</source>
        <translation>Öffnen Sie diese Adresse in einem Browser auf einem beliebigen Gerät und melden Sie sich an:</translation>
    </message>
    <message>
        <source>The browser then ends on an address it cannot load; that is expected.</source>
        <translation>Der Browser endet dann auf einer Adresse, die er nicht laden kann; das ist so gewollt.</translation>
    </message>
    <message>
        <source>The browser then ends on an address it cannot load (%1?...); that is expected.</source>
        <translation>Der Browser endet dann auf einer Adresse, die er nicht laden kann (%1?...); das ist so gewollt.</translation>
    </message>
    <message>
        <source>Copy that whole address from its address bar, paste it here and press Enter:</source>
        <translation>Kopieren Sie diese ganze Adresse aus der Adressleiste, fügen Sie sie hier ein und drücken Sie die Eingabetaste:</translation>
    </message>
    <message>
        <source>Opening your browser. If it does not open, visit:</source>
        <translation>Ihr Browser wird geöffnet. Falls er sich nicht öffnet, besuchen Sie:</translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code:</source>
        <translation>Öffnen Sie zum Anmelden %1 und geben Sie den Code ein:</translation>
    </message>
    <message>
        <source>(or open %1, which has the code filled in)</source>
        <translation>(oder öffnen Sie %1, wo der Code schon eingetragen ist)</translation>
    </message>
    <message>
        <source>Waiting for approval until %1 (Ctrl+C cancels)...</source>
        <translation>Warte bis %1 auf die Zustimmung (Strg+C bricht ab) …</translation>
    </message>
    <message>
        <source>Connected; the provider did not say which account.</source>
        <translation>Verbunden; der Anbieter hat nicht gesagt, welches Konto.</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>Verbunden als %1</translation>
    </message>
    <message>
        <source>Scopes granted: %1</source>
        <translation>Gewährte Scopes: %1</translation>
    </message>
    <message>
        <source>Not granted: %1</source>
        <translation>Nicht gewährt: %1</translation>
    </message>
    <message>
        <source>no address was pasted; nothing was stored</source>
        <translation>es wurde keine Adresse eingefügt; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>Connect an integration (prints the connection id)</source>
        <translation>Eine Integration verbinden (gibt die Verbindungs-ID aus)</translation>
    </message>
    <message>
        <source>RFC 9396 authorization details: a file holding their JSON array, sent with the authorization request</source>
        <translation>RFC-9396-Autorisierungsdetails: eine Datei mit ihrem JSON-Array, gesendet mit der Autorisierungsanfrage</translation>
    </message>
    <message>
        <source>--authorization-details: cannot read %1 (%2)</source>
        <translation>--authorization-details: %1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>--authorization-details: %1 is not JSON (%2 at offset %3)</source>
        <translation>--authorization-details: %1 ist kein JSON (%2 bei Position %3)</translation>
    </message>
    <message>
        <source>--authorization-details: %1: %2</source>
        <translation>--authorization-details: %1: %2</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>Sicherheitswarnung</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Was fehlt</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>Verbindungsfehler</translation>
    </message>
</context>
<context>
    <name>ConnectFormPage</name>
    <message>
        <source>PKCE warning</source>
        <translation>PKCE-Warnung</translation>
    </message>
    <message>
        <source>&amp;How to connect:</source>
        <translation>&amp;Verbindungsart:</translation>
    </message>
    <message>
        <source>Authentication mode</source>
        <translation>Authentifizierungsart</translation>
    </message>
    <message>
        <source>Connection &amp;name:</source>
        <translation>Verbindungs&amp;name:</translation>
    </message>
    <message>
        <source>Optional: the account name is used</source>
        <translation>Optional: Der Kontoname wird verwendet</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Verbindungsname</translation>
    </message>
    <message>
        <source>&amp;Where do these values come from?</source>
        <translation>&amp;Woher kommen diese Werte?</translation>
    </message>
    <message>
        <source>Show setup instructions</source>
        <translation>Einrichtungsanleitung anzeigen</translation>
    </message>
    <message>
        <source>Setup instructions</source>
        <translation>Einrichtungsanleitung</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Kontodaten</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <source>Redirect URI to register at the provider:</source>
        <translation>Beim Anbieter einzutragende Weiterleitungs-URI:</translation>
    </message>
    <message>
        <source>Redirect URI to register at the provider</source>
        <translation>Beim Anbieter einzutragende Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the redirect URI</source>
        <translation>Die Weiterleitungs-URI kopieren</translation>
    </message>
    <message>
        <source>Copy redirect URI</source>
        <translation>Weiterleitungs-URI kopieren</translation>
    </message>
    <message>
        <source>About the redirect URI</source>
        <translation>Über die Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>&amp;Advanced options</source>
        <translation>&amp;Erweiterte Optionen</translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation>Erweiterte Optionen anzeigen</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Extra &amp;authorization parameters:</source>
        <translation>Zusätzliche &amp;Autorisierungsparameter:</translation>
    </message>
    <message>
        <source>name=value, one per line (e.g. prompt=consent)</source>
        <translation>name=wert, einer pro Zeile (z. B. prompt=consent)</translation>
    </message>
    <message>
        <source>Extra authorization parameters</source>
        <translation>Zusätzliche Autorisierungsparameter</translation>
    </message>
    <message>
        <source>Extra &amp;token parameters:</source>
        <translation>Zusätzliche &amp;Token-Parameter:</translation>
    </message>
    <message>
        <source>name=value, one per line (e.g. audience=https://api.example.com)</source>
        <translation>name=wert, einer pro Zeile (z. B. audience=https://api.example.com)</translation>
    </message>
    <message>
        <source>Extra token parameters</source>
        <translation>Zusätzliche Token-Parameter</translation>
    </message>
    <message>
        <source>&amp;PKCE (RFC 7636):</source>
        <translation>&amp;PKCE (RFC 7636):</translation>
    </message>
    <message>
        <source>PKCE</source>
        <translation>PKCE</translation>
    </message>
    <message>
        <source>&amp;Browser command:</source>
        <translation>&amp;Browserbefehl:</translation>
    </message>
    <message>
        <source>As in Settings (system browser)</source>
        <translation>Wie in den Einstellungen (Systembrowser)</translation>
    </message>
    <message>
        <source>Browser command for this sign-in</source>
        <translation>Browserbefehl für diese Anmeldung</translation>
    </message>
    <message>
        <source>Redirect &amp;URI:</source>
        <translation>Weiterleitungs-&amp;URI:</translation>
    </message>
    <message>
        <source>Redirect URI registered at the provider</source>
        <translation>Beim Anbieter eingetragene Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>The exact redirect URI registered at the provider, when it is not the one shown above: http://127.0.0.1:PORT/PATH (Keyway listens there) or io.keyway.app:/oauth2redirect</source>
        <translation>Die genaue beim Anbieter eingetragene Weiterleitungs-URI, wenn es nicht die oben gezeigte ist: http://127.0.0.1:PORT/PFAD (dort lauscht Keyway) oder io.keyway.app:/oauth2redirect</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Verbindungseinstellungen</translation>
    </message>
    <message>
        <source>Token security</source>
        <translation>Token-Sicherheit</translation>
    </message>
    <message>
        <source>&amp;Bind tokens to this device (DPoP)</source>
        <translation>Token an dieses Gerät &amp;binden (DPoP)</translation>
    </message>
    <message>
        <source>RFC 9449: Keyway makes a key pair for this connection (the private key stays in the keychain) and proves it holds the key on every request, so a copied token is useless elsewhere</source>
        <translation>RFC 9449: Keyway erzeugt ein Schlüsselpaar für diese Verbindung (der private Schlüssel bleibt im Schlüsselbund) und weist bei jeder Anfrage nach, dass es den Schlüssel besitzt; ein kopiertes Token ist anderswo nutzlos</translation>
    </message>
    <message>
        <source>Use PA&amp;R: send the sign-in request to the provider first</source>
        <translation>PA&amp;R verwenden: die Anmeldeanfrage zuerst an den Anbieter senden</translation>
    </message>
    <message>
        <source>RFC 9126 pushed authorization requests: the browser then carries only a reference to the request</source>
        <translation>RFC 9126 Pushed Authorization Requests: Der Browser trägt dann nur einen Verweis auf die Anfrage</translation>
    </message>
    <message>
        <source>About token security</source>
        <translation>Über die Token-Sicherheit</translation>
    </message>
</context>
<context>
    <name>ConnectWaitingPage</name>
    <message>
        <source>Sign-in progress</source>
        <translation>Fortschritt der Anmeldung</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>Code to enter</source>
        <translation>Einzugebender Code</translation>
    </message>
    <message>
        <source>Copy &amp;code</source>
        <translation>&amp;Code kopieren</translation>
    </message>
    <message>
        <source>Open this address in a browser on any device and sign in:</source>
        <translation>Öffnen Sie diese Adresse in einem Browser auf einem beliebigen Gerät und melden Sie sich an:</translation>
    </message>
    <message>
        <source>Sign-in address to open on another device</source>
        <translation>Anmeldeadresse zum Öffnen auf einem anderen Gerät</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Die Anmeldeadresse kopieren</translation>
    </message>
    <message>
        <source>The browser then ends on an address it cannot load; that is expected. Copy that whole address from its address bar and paste it here:</source>
        <translation>Der Browser landet danach auf einer Adresse, die er nicht laden kann; das ist so gewollt. Kopieren Sie die ganze Adresse aus seiner Adressleiste und fügen Sie sie hier ein:</translation>
    </message>
    <message>
        <source>http://127.0.0.1:…/callback?code=…&amp;state=…</source>
        <translation>http://127.0.0.1:…/callback?code=…&amp;state=…</translation>
    </message>
    <message>
        <source>Address the browser ended on</source>
        <translation>Adresse, auf der der Browser gelandet ist</translation>
    </message>
    <message>
        <source>&amp;Finish sign-in</source>
        <translation>Anmeldung &amp;abschließen</translation>
    </message>
    <message>
        <source>Finish the sign-in with the pasted address</source>
        <translation>Die Anmeldung mit der eingefügten Adresse abschließen</translation>
    </message>
    <message>
        <source>Why the pasted address was refused</source>
        <translation>Warum die eingefügte Adresse abgelehnt wurde</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>Copy the sign-in address to open it in another browser</source>
        <translation>Die Anmeldeadresse kopieren, um sie in einem anderen Browser zu öffnen</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>Erneut ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the sign-in page in the browser again</source>
        <translation>Die Anmeldeseite erneut im Browser öffnen</translation>
    </message>
    <message>
        <source>Sign in on another &amp;device…</source>
        <translation>Auf einem anderen &amp;Gerät anmelden …</translation>
    </message>
    <message>
        <source>Show the sign-in address to open on another device, and a box for the address it ends on</source>
        <translation>Die Anmeldeadresse zum Öffnen auf einem anderen Gerät anzeigen, und ein Feld für die Adresse, auf der es endet</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Stop waiting and go back to the form (Esc)</source>
        <translation>Nicht mehr warten und zum Formular zurückkehren (Esc)</translation>
    </message>
</context>
<context>
    <name>ConnectionChooser</name>
    <message>
        <source>Name a connection (see keyway connections).</source>
        <translation>Nennen Sie eine Verbindung (siehe keyway connections).</translation>
    </message>
    <message>
        <source>No connection &quot;%1&quot; (see keyway connections).</source>
        <translation>Keine Verbindung „%1“ (siehe keyway connections).</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; answers for %n connection(s) (%2): name one of them, or make one the default with keyway connections default %3 CONNECTION.</source>
        <translation>
            <numerusform>„%1“ passt zu %n Verbindung (%2): Nennen Sie eine davon, oder machen Sie eine zum Standard mit keyway connections default %3 VERBINDUNG.</numerusform>
            <numerusform>„%1“ passt zu %n Verbindungen (%2): Nennen Sie eine davon, oder machen Sie eine zum Standard mit keyway connections default %3 VERBINDUNG.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; matches %n connection(s): give more of the id.</source>
        <translation>
            <numerusform>„%1“ passt zu %n Verbindung: Geben Sie mehr von der ID an.</numerusform>
            <numerusform>„%1“ passt zu %n Verbindungen: Geben Sie mehr von der ID an.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionExpiry</name>
    <message>
        <source>access token expires %1</source>
        <translation>Zugriffstoken läuft ab %1</translation>
    </message>
    <message>
        <source>access token expiry unknown</source>
        <translation>Ablauf des Zugriffstokens unbekannt</translation>
    </message>
    <message>
        <source>no refresh token recorded</source>
        <translation>kein Refresh-Token gespeichert</translation>
    </message>
    <message>
        <source>refresh token lapses %1 if unused</source>
        <translation>Refresh-Token verfällt %1, wenn ungenutzt</translation>
    </message>
    <message>
        <source>refresh token lapsed unused %1</source>
        <translation>Refresh-Token ungenutzt verfallen %1</translation>
    </message>
    <message>
        <source>, grant ends %1</source>
        <translation>, Freigabe endet %1</translation>
    </message>
    <message>
        <source>refresh token ends %1</source>
        <translation>Refresh-Token endet %1</translation>
    </message>
    <message>
        <source>refresh token expiry unknown</source>
        <translation>Ablauf des Refresh-Tokens unbekannt</translation>
    </message>
    <message>
        <source>last refreshed %1</source>
        <translation>zuletzt erneuert %1</translation>
    </message>
    <message>
        <source>never refreshed</source>
        <translation>nie erneuert</translation>
    </message>
    <message>
        <source>Reconnect %1 before %2</source>
        <translation>%1 vor %2 neu verbinden</translation>
    </message>
</context>
<context>
    <name>ConnectionJson</name>
    <message>
        <source>disconnected, not revoked</source>
        <translation>getrennt, nicht widerrufen</translation>
    </message>
</context>
<context>
    <name>ConnectionLock</name>
    <message>
        <source>Keyway could not use its lock folder: %1.</source>
        <translation>Keyway konnte seinen Sperrordner nicht verwenden: %1.</translation>
    </message>
    <message>
        <source>Another Keyway process is still working on this connection: try again in a moment.</source>
        <translation>Ein anderer Keyway-Prozess arbeitet noch an dieser Verbindung: Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Back to the integration (Alt+Left)</source>
        <translation>Zurück zur Integration (Alt+Links)</translation>
    </message>
    <message>
        <source>Back to the integration</source>
        <translation>Zurück zur Integration</translation>
    </message>
    <message>
        <source>Connected account</source>
        <translation>Verbundenes Konto</translation>
    </message>
    <message>
        <source>What this connection needs</source>
        <translation>Was diese Verbindung braucht</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Neu verbinden …</translation>
    </message>
    <message>
        <source>Sign in again (Ctrl+R)</source>
        <translation>Erneut anmelden (Strg+R)</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt erneuern</translation>
    </message>
    <message>
        <source>Get a new access token now (F5)</source>
        <translation>Jetzt ein neues Zugriffstoken holen (F5)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the refresh before its next attempt, or stop waiting for an answer already on its way</source>
        <translation>Die Erneuerung vor ihrem nächsten Versuch anhalten, oder nicht mehr auf eine bereits unterwegs befindliche Antwort warten</translation>
    </message>
    <message>
        <source>Copy access token</source>
        <translation>Zugriffstoken kopieren</translation>
    </message>
    <message>
        <source>The clipboard is cleared after 30 seconds (Ctrl+Shift+C)</source>
        <translation>Die Zwischenablage wird nach 30 Sekunden geleert (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Open in request console</source>
        <translation>In der Anfragekonsole öffnen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Trennen …</translation>
    </message>
    <message>
        <source>Revoke the grant and delete the tokens from the keychain (Delete)</source>
        <translation>Die Freigabe widerrufen und die Token aus dem Schlüsselbund löschen (Entf)</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <source>Forget this revoked connection with its timeline and request history (Delete)</source>
        <translation>Diese widerrufene Verbindung samt Zeitleiste und Anfrageverlauf vergessen (Entf)</translation>
    </message>
    <message>
        <source>Removes the connection from the list; its event log and request history are deleted too</source>
        <translation>Entfernt die Verbindung aus der Liste; ihr Ereignisprotokoll und Anfrageverlauf werden ebenfalls gelöscht</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Zugriffstoken:</translation>
    </message>
    <message>
        <source>Access token expiry</source>
        <translation>Ablauf des Zugriffstokens</translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation>Refresh-Token:</translation>
    </message>
    <message>
        <source>Refresh token expiry and last renewal</source>
        <translation>Ablauf des Refresh-Tokens und letzte Erneuerung</translation>
    </message>
    <message>
        <source>Status detail:</source>
        <translation>Statusdetail:</translation>
    </message>
    <message>
        <source>Connected with:</source>
        <translation>Verbunden mit:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Token fingerprint:</source>
        <translation>Token-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Connection ID:</source>
        <translation>Verbindungs-ID:</translation>
    </message>
    <message>
        <source>Scopes: requested and granted</source>
        <translation>Scopes: angefordert und gewährt</translation>
    </message>
    <message>
        <source>Requested and granted scopes</source>
        <translation>Angeforderte und gewährte Scopes</translation>
    </message>
    <message>
        <source>Derived from:</source>
        <translation>Abgeleitet von:</translation>
    </message>
    <message>
        <source>The connection whose token was exchanged for this one&apos;s</source>
        <translation>Die Verbindung, deren Token gegen das dieser getauscht wurde</translation>
    </message>
</context>
<context>
    <name>ConnectionPlanner</name>
    <message>
        <source>Choose the service account&apos;s JSON key file (or a private key and the issuer it is registered for).</source>
        <translation>Wählen Sie die JSON-Schlüsseldatei des Dienstkontos (oder einen privaten Schlüssel und den Aussteller, für den er registriert ist).</translation>
    </message>
    <message>
        <source>Enter the issuer of the assertions (the service account or client ID).</source>
        <translation>Geben Sie den Aussteller der Assertions ein (das Dienstkonto oder die Client-ID).</translation>
    </message>
    <message>
        <source>The private key cannot be used: %1</source>
        <translation>Der private Schlüssel ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>This %1 key cannot sign %2 assertions; choose %3.</source>
        <translation>Dieser %1-Schlüssel kann keine %2-Assertions signieren; wählen Sie %3.</translation>
    </message>
    <message>
        <source>Connect with the device code mode instead (keyway connect %1 --mode device_code).</source>
        <translation>Verbinden Sie sich stattdessen mit der Gerätecode-Art (keyway connect %1 --mode device_code).</translation>
    </message>
    <message>
        <source>Use another authentication mode of this integration if it has one.</source>
        <translation>Verwenden Sie eine andere Authentifizierungsart dieser Integration, falls sie eine hat.</translation>
    </message>
    <message>
        <source>%1 does not allow desktop redirects, so a browser sign-in could not come back to Keyway. %2</source>
        <translation>%1 erlaubt keine Desktop-Weiterleitungen, daher könnte eine Anmeldung im Browser nicht zu Keyway zurückkehren. %2</translation>
    </message>
    <message>
        <source>This integration declares no way to authenticate.</source>
        <translation>Diese Integration gibt keine Art der Authentifizierung an.</translation>
    </message>
    <message>
        <source>%1 does not support the authentication mode &quot;%2&quot;.</source>
        <translation>%1 unterstützt die Authentifizierungsart „%2“ nicht.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Geben Sie den API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Geben Sie %1 ein.</translation>
    </message>
    <message>
        <source>username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Paste the access token.</source>
        <translation>Fügen Sie das Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>This integration has no OAuth settings.</source>
        <translation>Diese Integration hat keine OAuth-Einstellungen.</translation>
    </message>
    <message>
        <source>Unknown client authentication method &quot;%1&quot;.</source>
        <translation>Unbekannte Client-Authentifizierungsmethode „%1“.</translation>
    </message>
    <message>
        <source>Enter the client ID of the app you registered with %1.</source>
        <translation>Geben Sie die Client-ID der App ein, die Sie bei %1 registriert haben.</translation>
    </message>
    <message>
        <source>The client credentials grant needs a client secret or a private key.</source>
        <translation>Der Client-Credentials-Grant braucht ein Client-Secret oder einen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>%1 authenticates this client with a private key (private_key_jwt): import the key or generate one.</source>
        <translation>%1 authentifiziert diesen Client mit einem privaten Schlüssel (private_key_jwt): Importieren Sie den Schlüssel oder erzeugen Sie einen.</translation>
    </message>
    <message>
        <source>%1 authenticates this client with a TLS client certificate (%2): give the certificate and its key.</source>
        <translation>%1 authentifiziert diesen Client mit einem TLS-Client-Zertifikat (%2): Geben Sie das Zertifikat und seinen Schlüssel an.</translation>
    </message>
    <message>
        <source>%1 accepts only connections that present the TLS client certificate it issued: give the certificate and its key.</source>
        <translation>%1 nimmt nur Verbindungen an, die das von ihm ausgestellte TLS-Client-Zertifikat vorweisen: Geben Sie das Zertifikat und seinen Schlüssel an.</translation>
    </message>
    <message>
        <source>Give the client certificate either as PEM files or as a PKCS#12 file, not both.</source>
        <translation>Geben Sie das Client-Zertifikat entweder als PEM-Dateien oder als PKCS#12-Datei an, nicht beides.</translation>
    </message>
</context>
<context>
    <name>ConnectionRepository</name>
    <message>
        <source>Keyway could not save to its database.</source>
        <translation>Keyway konnte nicht in seine Datenbank speichern.</translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <source>Connecting</source>
        <translation>Verbindet</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Needs re-authorization</source>
        <translation>Erneute Autorisierung nötig</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Temporary problem</source>
        <translation>Vorübergehendes Problem</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>ConnectionsCommand</name>
    <message>
        <source>default INTEGRATION CONNECTION: the connection token, exec and git-credential use for INTEGRATION when several are connected and none is named</source>
        <translation>default INTEGRATION CONNECTION: die Verbindung, die token, exec und git-credential für INTEGRATION verwenden, wenn mehrere verbunden sind und keine genannt wird</translation>
    </message>
    <message>
        <source>Print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <source>Rebuild the connections the database lost from their entries in the keychain, then list them</source>
        <translation>Die Verbindungen, die die Datenbank verloren hat, aus ihren Einträgen im Schlüsselbund wiederherstellen und dann auflisten</translation>
    </message>
    <message>
        <source>Revoke the connections the database lost at their providers and delete their keychain entries</source>
        <translation>Die Verbindungen, die die Datenbank verloren hat, bei ihren Anbietern widerrufen und ihre Schlüsselbundeinträge löschen</translation>
    </message>
    <message>
        <source>the only subcommand is: default INTEGRATION CONNECTION</source>
        <translation>der einzige Unterbefehl ist: default INTEGRATION CONNECTION</translation>
    </message>
    <message>
        <source>give --recover or --revoke-lost, not both</source>
        <translation>geben Sie --recover oder --revoke-lost an, nicht beide</translation>
    </message>
    <message>
        <source>%1 is a connection of %2, not of %3</source>
        <translation>%1 ist eine Verbindung von %2, nicht von %3</translation>
    </message>
    <message>
        <source>Default for %1: %2</source>
        <translation>Standard für %1: %2</translation>
    </message>
    <message>
        <source>No connections yet. Connect one with: keyway connect INTEGRATION</source>
        <translation>Noch keine Verbindungen. Verbinden Sie eine mit: keyway connect INTEGRATION</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>List connections (or recover those the database lost)</source>
        <translation>Verbindungen auflisten (oder die von der Datenbank verlorenen wiederherstellen)</translation>
    </message>
</context>
<context>
    <name>ConnectionsView</name>
    <message>
        <source>Your connections</source>
        <translation>Ihre Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Connect an account…</source>
        <translation>Konto &amp;verbinden …</translation>
    </message>
    <message>
        <source>Connect an account of the selected integration (Ctrl+N)</source>
        <translation>Ein Konto der gewählten Integration verbinden (Strg+N)</translation>
    </message>
    <message>
        <source>Connect an account</source>
        <translation>Ein Konto verbinden</translation>
    </message>
    <message>
        <source>Connections summary</source>
        <translation>Übersicht der Verbindungen</translation>
    </message>
    <message>
        <source>Filter by name, account, integration or status</source>
        <translation>Nach Name, Konto, Integration oder Status filtern</translation>
    </message>
    <message>
        <source>Filter connections</source>
        <translation>Verbindungen filtern</translation>
    </message>
    <message>
        <source>Shows only the connections whose name, account, integration or status contain every word typed; Down arrow moves into the list</source>
        <translation>Zeigt nur die Verbindungen, deren Name, Konto, Integration oder Status jedes eingegebene Wort enthält; Pfeil nach unten wechselt in die Liste</translation>
    </message>
    <message>
        <source>Show connections</source>
        <translation>Verbindungen anzeigen</translation>
    </message>
    <message>
        <source>Shows all connections, or only those in one kind of state</source>
        <translation>Zeigt alle Verbindungen oder nur die in einem bestimmten Zustand</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Every connection with its account, integration, status, expiry and last request. Enter opens one; the context menu reconnects, refreshes or disconnects it.</source>
        <translation>Jede Verbindung mit Konto, Integration, Status, Ablauf und letzter Anfrage. Eingabe öffnet eine; das Kontextmenü verbindet sie neu, erneuert oder trennt sie.</translation>
    </message>
    <message>
        <source>No connection matches. Clear the filter or choose &quot;All&quot;.</source>
        <translation>Keine Verbindung passt. Leeren Sie den Filter oder wählen Sie „Alle“.</translation>
    </message>
</context>
<context>
    <name>CopyFeedback</name>
    <message>
        <source>Copied ✓</source>
        <translation>Kopiert ✓</translation>
    </message>
</context>
<context>
    <name>CoreContext</name>
    <message>
        <source>Your tokens are safe in the keychain. Move %1 aside (keep it as a backup) and start Keyway again to begin with a new database.</source>
        <translation>Ihre Token sind sicher im Schlüsselbund. Legen Sie %1 beiseite (als Sicherung) und starten Sie Keyway neu, um mit einer neuen Datenbank zu beginnen.</translation>
    </message>
    <message>
        <source>The extra CA certificate file %1 could not be read; it is not trusted.</source>
        <translation>Die zusätzliche CA-Zertifikatsdatei %1 konnte nicht gelesen werden; ihr wird nicht vertraut.</translation>
    </message>
</context>
<context>
    <name>CredentialsForm</name>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
</context>
<context>
    <name>CustomIntegrationDialog</name>
    <message>
        <source>Add custom integration</source>
        <translation>Eigene Integration hinzufügen</translation>
    </message>
    <message>
        <source>Keyway reads the provider&apos;s OpenID Connect or OAuth 2.0 metadata from its issuer URL and saves an integration you can connect like any other.</source>
        <translation>Keyway liest die OpenID-Connect- oder OAuth-2.0-Metadaten des Anbieters von seiner Aussteller-URL und speichert eine Integration, die Sie wie jede andere verbinden können.</translation>
    </message>
    <message>
        <source>&amp;Issuer URL:</source>
        <translation>&amp;Aussteller-URL:</translation>
    </message>
    <message>
        <source>https://login.example.com</source>
        <translation>https://login.example.com</translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation>Aussteller-URL</translation>
    </message>
    <message>
        <source>The provider&apos;s issuer, as its documentation names it</source>
        <translation>Der Aussteller (Issuer) des Anbieters, wie seine Dokumentation ihn nennt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Optional: the issuer&apos;s host name</source>
        <translation>Optional: der Hostname des Ausstellers</translation>
    </message>
    <message>
        <source>Integration name</source>
        <translation>Name der Integration</translation>
    </message>
    <message>
        <source>I&amp;d:</source>
        <translation>I&amp;D:</translation>
    </message>
    <message>
        <source>lower-case letters, digits and &apos;-&apos;</source>
        <translation>Kleinbuchstaben, Ziffern und „-“</translation>
    </message>
    <message>
        <source>Integration id</source>
        <translation>ID der Integration</translation>
    </message>
    <message>
        <source>Used by the keyway command line; made from the name unless you change it</source>
        <translation>Wird von der Keyway-Befehlszeile verwendet; aus dem Namen gebildet, wenn Sie sie nicht ändern</translation>
    </message>
    <message>
        <source>Client a&amp;uthentication:</source>
        <translation>Client-A&amp;uthentifizierung:</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Client-Authentifizierung</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>&amp;Scopes:</translation>
    </message>
    <message>
        <source>Optional, separated by spaces: openid profile email by default</source>
        <translation>Optional, durch Leerzeichen getrennt: standardmäßig openid profile email</translation>
    </message>
    <message>
        <source>Default scopes</source>
        <translation>Standard-Scopes</translation>
    </message>
    <message>
        <source>Allow plain &amp;http to this host (unsafe)</source>
        <translation>Unverschlüsseltes &amp;http zu diesem Host erlauben (unsicher)</translation>
    </message>
    <message>
        <source>Allow plain http to this host (unsafe)</source>
        <translation>Unverschlüsseltes http zu diesem Host erlauben (unsicher)</translation>
    </message>
    <message>
        <source>Only for a server on your own machine or a test network</source>
        <translation>Nur für einen Server auf Ihrem eigenen Rechner oder in einem Testnetz</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>Sicherheitswarnung</translation>
    </message>
    <message>
        <source>Reading the provider&apos;s metadata</source>
        <translation>Metadaten des Anbieters werden gelesen</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Was fehlt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;Register Keyway with this server</source>
        <translation>Keyway bei diesem Server &amp;registrieren</translation>
    </message>
    <message>
        <source>Register Keyway with this server</source>
        <translation>Keyway bei diesem Server registrieren</translation>
    </message>
    <message>
        <source>Keyway registers itself as a client (dynamic client registration), so no client ID has to be set up by hand; possible only when the server offers it</source>
        <translation>Keyway registriert sich selbst als Client (dynamische Client-Registrierung), sodass keine Client-ID von Hand eingerichtet werden muss; nur möglich, wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>Bind tokens to a DPoP &amp;key (RFC 9449)</source>
        <translation>Token an einen DPoP-Schlüssel &amp;binden (RFC 9449)</translation>
    </message>
    <message>
        <source>Bind tokens to a DPoP key</source>
        <translation>Token an einen DPoP-Schlüssel binden</translation>
    </message>
    <message>
        <source>Every connection&apos;s tokens work only together with a key pair of its own (DPoP); a client Keyway registers is registered for such tokens only; possible only when the server supports DPoP</source>
        <translation>Die Token jeder Verbindung funktionieren nur zusammen mit einem eigenen Schlüsselpaar (DPoP); ein Client, den Keyway registriert, wird nur für solche Token registriert; nur möglich, wenn der Server DPoP unterstützt</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Keyway&apos;s database could not be used: %1.</source>
        <translation>Die Datenbank von Keyway konnte nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database</source>
        <translation>%1 ist keine verwendbare SQLite-Datenbank</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 ist beschädigt</translation>
    </message>
    <message>
        <source>cannot lock the database</source>
        <translation>die Datenbank kann nicht gesperrt werden</translation>
    </message>
    <message>
        <source>cannot read its version</source>
        <translation>ihre Version kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>This database was written by a newer Keyway (schema %1). Update Keyway.</source>
        <translation>Diese Datenbank wurde von einem neueren Keyway geschrieben (Schema %1). Aktualisieren Sie Keyway.</translation>
    </message>
    <message>
        <source>migration %1 failed</source>
        <translation>Migration %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot commit the migration</source>
        <translation>die Migration kann nicht festgeschrieben werden</translation>
    </message>
</context>
<context>
    <name>DatabaseRecovery</name>
    <message>
        <source>Keyway&apos;s database %1 is damaged and could not be set aside. Move it (with any -wal and -shm files next to it) to a safe place and start Keyway again; your tokens are safe in the keychain.</source>
        <translation>Die Datenbank %1 von Keyway ist beschädigt und konnte nicht beiseitegelegt werden. Verschieben Sie sie (mit allen -wal- und -shm-Dateien daneben) an einen sicheren Ort und starten Sie Keyway neu; Ihre Token sind sicher im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Keyway&apos;s database was damaged. It was kept as %1 and a new one was started.</source>
        <translation>Die Datenbank von Keyway war beschädigt. Sie wurde als %1 aufbewahrt und eine neue wurde angelegt.</translation>
    </message>
    <message>
        <source>No connection could be read from it: connect your integrations again, unless Keyway finds them in the keychain.</source>
        <translation>Es konnte keine Verbindung daraus gelesen werden: Verbinden Sie Ihre Integrationen neu, sofern Keyway sie nicht im Schlüsselbund findet.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) were recovered and keep their tokens from the keychain.</source>
        <translation>
            <numerusform>%n Verbindung wurde wiederhergestellt und behält ihre Token aus dem Schlüsselbund.</numerusform>
            <numerusform>%n Verbindungen wurden wiederhergestellt und behalten ihre Token aus dem Schlüsselbund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some may be missing: Keyway looks for them in the keychain; connect again any it cannot find.</source>
        <translation>Einige fehlen vielleicht: Keyway sucht sie im Schlüsselbund; verbinden Sie alle, die es nicht findet, neu.</translation>
    </message>
</context>
<context>
    <name>DerivedConnection</name>
    <message>
        <source>The API base URL must be an https URL (or http on this computer&apos;s loopback): %1</source>
        <translation>Die API-Basis-URL muss eine https-URL sein (oder http auf dem Loopback dieses Computers): %1</translation>
    </message>
    <message>
        <source>Neither the audience nor a resource is an https URL, so Keyway does not know where the token may be sent: give the API base URL of the service it is for.</source>
        <translation>Weder die Zielgruppe noch eine Ressource ist eine https-URL, daher weiß Keyway nicht, wohin das Token gesendet werden darf: Geben Sie die API-Basis-URL des Dienstes an, für den es bestimmt ist.</translation>
    </message>
    <message>
        <source>The exchanged token is bound to a DPoP key (RFC 9449): it is accepted only with a proof made with the key of the connection it was exchanged from, so it cannot be saved as a connection of its own.</source>
        <translation>Das getauschte Token ist an einen DPoP-Schlüssel gebunden (RFC 9449): Es wird nur mit einem Nachweis angenommen, der mit dem Schlüssel der Verbindung erstellt wurde, von der es getauscht wurde, und kann daher nicht als eigene Verbindung gespeichert werden.</translation>
    </message>
    <message>
        <source>The provider issued a token that is not an access token (%1): only an access token can be saved as a connection.</source>
        <translation>Der Anbieter hat ein Token ausgestellt, das kein Zugriffstoken ist (%1): Nur ein Zugriffstoken kann als Verbindung gespeichert werden.</translation>
    </message>
    <message>
        <source>The exchanged token is bound to a key or client certificate (its cnf claim): a server accepts it only from the holder of that key, so it cannot be saved as a connection of its own.</source>
        <translation>Das getauschte Token ist an einen Schlüssel oder ein Client-Zertifikat gebunden (sein cnf-Claim): Ein Server nimmt es nur vom Inhaber dieses Schlüssels an, daher kann es nicht als eigene Verbindung gespeichert werden.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer held no access token.</source>
        <translation>Die Antwort des Anbieters enthielt kein Zugriffstoken.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Give the new connection a name.</source>
        <translation>Geben Sie der neuen Verbindung einen Namen.</translation>
    </message>
</context>
<context>
    <name>DiagnosticBundle</name>
    <message>
        <source>subject (user id)</source>
        <translation>Subjekt (Benutzer-ID)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>zweiter Vorname</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>profile page</source>
        <translation>Profilseite</translation>
    </message>
    <message>
        <source>web site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>user principal name</source>
        <translation>User Principal Name</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Konto</translation>
    </message>
</context>
<context>
    <name>DisconnectCommand</name>
    <message>
        <source>Connection id (or a unique prefix, or its name)</source>
        <translation>Verbindungs-ID (oder ein eindeutiger Anfang davon, oder ihr Name)</translation>
    </message>
    <message>
        <source>Also remove the connection&apos;s record, event log and request history (after revoking it if it is still live)</source>
        <translation>Auch den Datensatz, das Ereignisprotokoll und den Anfrageverlauf der Verbindung entfernen (nachdem sie widerrufen wurde, falls sie noch aktiv ist)</translation>
    </message>
    <message>
        <source>give exactly one CONNECTION</source>
        <translation>geben Sie genau eine CONNECTION an</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Entfernt.</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Getrennt.</translation>
    </message>
    <message>
        <source>Revoke a connection and delete its secrets (--forget: and its record)</source>
        <translation>Eine Verbindung widerrufen und ihre Geheimnisse löschen (--forget: auch ihren Datensatz)</translation>
    </message>
</context>
<context>
    <name>DpopProof</name>
    <message>
        <source>Keyway could not build the proof of possession for this request.</source>
        <translation>Keyway konnte den Besitznachweis für diese Anfrage nicht erstellen.</translation>
    </message>
    <message>
        <source>The proof of possession sent with this request is not valid.</source>
        <translation>Der mit dieser Anfrage gesendete Besitznachweis ist ungültig.</translation>
    </message>
</context>
<context>
    <name>DpopSetup</name>
    <message>
        <source>The provider signs DPoP proofs only with algorithms Keyway does not support, so its tokens cannot be bound to a key.</source>
        <translation>Der Anbieter nimmt DPoP-Nachweise nur mit Algorithmen an, die Keyway nicht unterstützt; seine Tokens können daher nicht an einen Schlüssel gebunden werden.</translation>
    </message>
</context>
<context>
    <name>DpopSigner</name>
    <message>
        <source>This connection&apos;s proof-of-possession (DPoP) key is missing from the keychain: reconnect it.</source>
        <translation>Der Schlüssel für den Besitznachweis (DPoP) dieser Verbindung fehlt im Schlüsselbund: Verbinden Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>EmbeddedProviders</name>
    <message>
        <source>The built-in provider &quot;%1&quot; is not available in this build.</source>
        <translation>Der eingebaute Anbieter „%1“ ist in diesem Build nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>EncryptedVault</name>
    <message>
        <source>The encrypted vault file is damaged or not a Keyway vault.</source>
        <translation>Die Datei des verschlüsselten Tresors ist beschädigt oder kein Keyway-Tresor.</translation>
    </message>
    <message>
        <source>The encrypted vault was written by a newer Keyway. Update Keyway to open it.</source>
        <translation>Der verschlüsselte Tresor wurde von einem neueren Keyway geschrieben. Aktualisieren Sie Keyway, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>The vault key could not be derived.</source>
        <translation>Der Tresorschlüssel konnte nicht abgeleitet werden.</translation>
    </message>
    <message>
        <source>The encrypted vault could not be opened: the passphrase is wrong, or the file was changed.</source>
        <translation>Der verschlüsselte Tresor konnte nicht geöffnet werden: Die Passphrase ist falsch, oder die Datei wurde verändert.</translation>
    </message>
    <message>
        <source>The vault could not be encrypted.</source>
        <translation>Der Tresor konnte nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <source>An encrypted vault already exists at %1.</source>
        <translation>Unter %1 gibt es bereits einen verschlüsselten Tresor.</translation>
    </message>
    <message>
        <source>There is no encrypted vault at %1.</source>
        <translation>Unter %1 gibt es keinen verschlüsselten Tresor.</translation>
    </message>
    <message>
        <source>The encrypted vault could not be read.</source>
        <translation>Der verschlüsselte Tresor konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The encrypted vault&apos;s passphrase was changed: unlock it again.</source>
        <translation>Die Passphrase des verschlüsselten Tresors wurde geändert: Entsperren Sie ihn erneut.</translation>
    </message>
    <message>
        <source>The encrypted vault could not be written.</source>
        <translation>Der verschlüsselte Tresor konnte nicht geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <source>The vault passphrase must be at least %n character(s) long.</source>
        <translation>
            <numerusform>Die Tresor-Passphrase muss mindestens %n Zeichen lang sein.</numerusform>
            <numerusform>Die Tresor-Passphrase muss mindestens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>Provider metadata read</source>
        <translation>Metadaten des Anbieters gelesen</translation>
    </message>
    <message>
        <source>Provider metadata not read</source>
        <translation>Metadaten des Anbieters nicht gelesen</translation>
    </message>
    <message>
        <source>Provider metadata</source>
        <translation>Metadaten des Anbieters</translation>
    </message>
    <message>
        <source>Permission not offered</source>
        <translation>Berechtigung nicht angeboten</translation>
    </message>
    <message>
        <source>Sign-in request prepared</source>
        <translation>Anmeldeanfrage vorbereitet</translation>
    </message>
    <message>
        <source>Sign-in request not prepared</source>
        <translation>Anmeldeanfrage nicht vorbereitet</translation>
    </message>
    <message>
        <source>Sign-in request</source>
        <translation>Anmeldeanfrage</translation>
    </message>
    <message>
        <source>Waiting for the browser&apos;s redirect</source>
        <translation>Warten auf die Weiterleitung des Browsers</translation>
    </message>
    <message>
        <source>Could not wait for the redirect</source>
        <translation>Konnte nicht auf die Weiterleitung warten</translation>
    </message>
    <message>
        <source>Redirect listener</source>
        <translation>Weiterleitungs-Empfänger</translation>
    </message>
    <message>
        <source>Browser opened</source>
        <translation>Browser geöffnet</translation>
    </message>
    <message>
        <source>Browser did not open</source>
        <translation>Browser nicht geöffnet</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Browser came back</source>
        <translation>Browser zurückgekehrt</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>Weiterleitung abgelehnt</translation>
    </message>
    <message>
        <source>Code exchanged for tokens</source>
        <translation>Code gegen Token getauscht</translation>
    </message>
    <message>
        <source>Code exchange failed</source>
        <translation>Codetausch fehlgeschlagen</translation>
    </message>
    <message>
        <source>Code exchange</source>
        <translation>Codetausch</translation>
    </message>
    <message>
        <source>Token requested</source>
        <translation>Token angefordert</translation>
    </message>
    <message>
        <source>Token request failed</source>
        <translation>Tokenanfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>Token received</source>
        <translation>Token erhalten</translation>
    </message>
    <message>
        <source>Token request</source>
        <translation>Tokenanfrage</translation>
    </message>
    <message>
        <source>Assertion signed</source>
        <translation>Assertion signiert</translation>
    </message>
    <message>
        <source>Assertion not signed</source>
        <translation>Assertion nicht signiert</translation>
    </message>
    <message>
        <source>Device code received</source>
        <translation>Gerätecode erhalten</translation>
    </message>
    <message>
        <source>Device code request failed</source>
        <translation>Gerätecode-Anfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>Device code requested</source>
        <translation>Gerätecode angefordert</translation>
    </message>
    <message>
        <source>Device code: the provider&apos;s answer was unusual</source>
        <translation>Gerätecode: Die Antwort des Anbieters war ungewöhnlich</translation>
    </message>
    <message>
        <source>Device approved, tokens received</source>
        <translation>Gerät bestätigt, Token erhalten</translation>
    </message>
    <message>
        <source>Device sign-in failed</source>
        <translation>Geräteanmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Warten auf Bestätigung</translation>
    </message>
    <message>
        <source>Asked to wait longer between checks</source>
        <translation>Gebeten, zwischen Prüfungen länger zu warten</translation>
    </message>
    <message>
        <source>ID token checked</source>
        <translation>ID-Token geprüft</translation>
    </message>
    <message>
        <source>ID token refused</source>
        <translation>ID-Token abgelehnt</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID-Token</translation>
    </message>
    <message>
        <source>Account identified</source>
        <translation>Konto erkannt</translation>
    </message>
    <message>
        <source>Account not identified</source>
        <translation>Konto nicht erkannt</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Reconnected</source>
        <translation>Neu verbunden</translation>
    </message>
    <message>
        <source>Reconnect failed</source>
        <translation>Neu verbinden fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Access token renewed</source>
        <translation>Zugriffstoken erneuert</translation>
    </message>
    <message>
        <source>Renewal failed</source>
        <translation>Erneuerung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Renewal started</source>
        <translation>Erneuerung gestartet</translation>
    </message>
    <message>
        <source>Saved in the keychain</source>
        <translation>Im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Keychain write failed</source>
        <translation>Schreiben in den Schlüsselbund fehlgeschlagen</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>API accepted the token</source>
        <translation>API hat das Token angenommen</translation>
    </message>
    <message>
        <source>API refused the token</source>
        <translation>API hat das Token abgelehnt</translation>
    </message>
    <message>
        <source>API refused the token (401): renewing</source>
        <translation>API hat das Token abgelehnt (401): wird erneuert</translation>
    </message>
    <message>
        <source>API request allowed</source>
        <translation>API-Anfrage erlaubt</translation>
    </message>
    <message>
        <source>API refused: a permission is missing</source>
        <translation>API abgelehnt: Eine Berechtigung fehlt</translation>
    </message>
    <message>
        <source>PKCE</source>
        <translation>PKCE</translation>
    </message>
    <message>
        <source>Signing in without PKCE</source>
        <translation>Anmeldung ohne PKCE</translation>
    </message>
    <message>
        <source>Another address may receive the credential</source>
        <translation>Eine andere Adresse könnte die Zugangsdaten erhalten</translation>
    </message>
    <message>
        <source>Checked: the provider accepts it</source>
        <translation>Geprüft: Der Anbieter akzeptiert es</translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation>Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Token introspected</source>
        <translation>Token introspektiert</translation>
    </message>
    <message>
        <source>Introspection failed</source>
        <translation>Introspektion fehlgeschlagen</translation>
    </message>
    <message>
        <source>Introspection</source>
        <translation>Introspektion</translation>
    </message>
    <message>
        <source>Revoked at the provider</source>
        <translation>Beim Anbieter widerrufen</translation>
    </message>
    <message>
        <source>Revocation failed</source>
        <translation>Widerruf fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not revoked at the provider</source>
        <translation>Nicht beim Anbieter widerrufen</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Disconnect failed</source>
        <translation>Trennen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Recovered from the keychain</source>
        <translation>Aus dem Schlüsselbund wiederhergestellt</translation>
    </message>
    <message>
        <source>Not recovered</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Erneuerung</translation>
    </message>
    <message>
        <source>API requests</source>
        <translation>API-Anfragen</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Widerruf</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Sign-in request pushed to the provider</source>
        <translation>Anmeldeanfrage an den Anbieter übermittelt</translation>
    </message>
    <message>
        <source>Pushing the sign-in request failed</source>
        <translation>Übermitteln der Anmeldeanfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>Pushed sign-in request</source>
        <translation>Übermittelte Anmeldeanfrage</translation>
    </message>
    <message>
        <source>API asked for a fresh DPoP nonce: sent again</source>
        <translation>API verlangte eine neue DPoP-Nonce: erneut gesendet</translation>
    </message>
    <message>
        <source>Token exchanged for another service</source>
        <translation>Token gegen eines für einen anderen Dienst getauscht</translation>
    </message>
    <message>
        <source>Token exchange refused</source>
        <translation>Token-Tausch abgelehnt</translation>
    </message>
    <message>
        <source>Token exchange</source>
        <translation>Token-Tausch</translation>
    </message>
    <message>
        <source>Exchanged token saved as a connection</source>
        <translation>Getauschtes Token als Verbindung gespeichert</translation>
    </message>
    <message>
        <source>Exchanged token not saved</source>
        <translation>Getauschtes Token nicht gespeichert</translation>
    </message>
    <message>
        <source>Exchanged token saved</source>
        <translation>Getauschtes Token gespeichert</translation>
    </message>
    <message>
        <source>Made from an exchanged token</source>
        <translation>Aus einem getauschten Token erstellt</translation>
    </message>
    <message>
        <source>Not made from the exchanged token</source>
        <translation>Nicht aus dem getauschten Token erstellt</translation>
    </message>
</context>
<context>
    <name>ExecCommand</name>
    <message>
        <source>Connection id (or a unique prefix), name, account, or integration id (its default)</source>
        <translation>Verbindungs-ID (oder ein eindeutiger Anfang davon), Name, Konto oder Integrations-ID (deren Standard)</translation>
    </message>
    <message>
        <source>The command to run, after --</source>
        <translation>Der auszuführende Befehl, nach --</translation>
    </message>
    <message>
        <source>Put the credential in this environment variable instead of KEYWAY_ACCESS_TOKEN (repeatable)</source>
        <translation>Die Zugangsdaten statt in KEYWAY_ACCESS_TOKEN in diese Umgebungsvariable legen (wiederholbar)</translation>
    </message>
    <message>
        <source>Refresh the token first</source>
        <translation>Das Token zuerst erneuern</translation>
    </message>
    <message>
        <source>give a CONNECTION, then -- and the COMMAND to run</source>
        <translation>geben Sie eine CONNECTION an, dann -- und den auszuführenden COMMAND</translation>
    </message>
    <message>
        <source>--env %1 is not a variable name a command can read</source>
        <translation>--env %1 ist kein Variablenname, den ein Befehl lesen kann</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>Run a command with a connection&apos;s token in its environment</source>
        <translation>Einen Befehl mit dem Token einer Verbindung in seiner Umgebung ausführen</translation>
    </message>
    <message>
        <source>the access token of %1 is bound to its DPoP key (RFC 9449): a server accepts it only with a fresh proof for each request, which COMMAND cannot make alone. Call the API with keyway request instead, or add --allow-bound-token when COMMAND gets a proof for each request from keyway token %1 --dpop-proof.</source>
        <translation>das Zugriffstoken von %1 ist an seinen DPoP-Schlüssel gebunden (RFC 9449): Ein Server akzeptiert es nur mit einem frischen Nachweis für jede Anfrage, den COMMAND nicht allein erstellen kann. Rufen Sie die API stattdessen mit keyway request auf, oder fügen Sie --allow-bound-token hinzu, wenn COMMAND für jede Anfrage einen Nachweis von keyway token %1 --dpop-proof holt.</translation>
    </message>
    <message>
        <source>Hand over a DPoP-bound token (RFC 9449) too: COMMAND must send it as &quot;Authorization: DPoP&quot; with a fresh proof for each request, from keyway token CONNECTION --dpop-proof. KEYWAY_TOKEN_TYPE always says the token&apos;s type (Bearer, or DPoP for a bound token; unset for an API key or Basic credential), so COMMAND can pick the scheme</source>
        <translation>Auch ein an DPoP gebundenes Token (RFC 9449) übergeben: COMMAND muss es als „Authorization: DPoP“ mit einem frischen Nachweis für jede Anfrage senden, von keyway token CONNECTION --dpop-proof. KEYWAY_TOKEN_TYPE nennt immer den Typ des Tokens (Bearer, oder DPoP für ein gebundenes Token; nicht gesetzt für einen API-Schlüssel oder Basic-Zugangsdaten), damit COMMAND das Schema wählen kann</translation>
    </message>
</context>
<context>
    <name>GitCredential</name>
    <message>
        <source>git sent a credential request Keyway cannot read.</source>
        <translation>git hat eine Anfrage nach Zugangsdaten gesendet, die Keyway nicht lesen kann.</translation>
    </message>
    <message>
        <source>a NUL byte</source>
        <translation>ein NUL-Byte</translation>
    </message>
    <message>
        <source>a line without key=value</source>
        <translation>eine Zeile ohne key=value</translation>
    </message>
    <message numerus="yes">
        <source>more than %n byte(s)</source>
        <translation>
            <numerusform>mehr als %n Byte</numerusform>
            <numerusform>mehr als %n Bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GitCredentialCommand</name>
    <message>
        <source>get, store or erase (git gives it)</source>
        <translation>get, store oder erase (git gibt es an)</translation>
    </message>
    <message>
        <source>give get, store or erase (git runs this helper itself)</source>
        <translation>geben Sie get, store oder erase an (git führt diesen Helfer selbst aus)</translation>
    </message>
    <message>
        <source>several connections answer for %1 (%2): put the one to use in the URL&apos;s user name, e.g. https://NAME@%1/, or make one the default (keyway connections default INTEGRATION CONNECTION)</source>
        <translation>mehrere Verbindungen antworten für %1 (%2): schreiben Sie die zu verwendende in den Benutzernamen der URL, z. B. https://NAME@%1/, oder machen Sie eine zum Standard (keyway connections default INTEGRATION CONNECTION)</translation>
    </message>
    <message>
        <source>the credential cannot be written in git&apos;s format</source>
        <translation>die Zugangsdaten lassen sich nicht im Format von git schreiben</translation>
    </message>
    <message>
        <source>Give git a connection&apos;s token (credential helper)</source>
        <translation>git das Token einer Verbindung geben (Credential-Helfer)</translation>
    </message>
    <message>
        <source>the access token of %1 is bound to its DPoP key (RFC 9449): a server accepts it only with a fresh proof for each request, which git cannot send. Give git a connection made without --dpop.</source>
        <translation>das Zugriffstoken von %1 ist an seinen DPoP-Schlüssel gebunden (RFC 9449): Ein Server akzeptiert es nur mit einem frischen Nachweis für jede Anfrage, den git nicht senden kann. Geben Sie git eine Verbindung, die ohne --dpop hergestellt wurde.</translation>
    </message>
</context>
<context>
    <name>HandleRedirectCommand</name>
    <message>
        <source>The io.keyway.app: redirect URI the browser opened</source>
        <translation>Die io.keyway.app:-Weiterleitungs-URI, die der Browser geöffnet hat</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Hand an io.keyway.app: redirect to the waiting sign-in (run by the desktop)</source>
        <translation>Eine io.keyway.app:-Weiterleitung an die wartende Anmeldung übergeben (vom Desktop ausgeführt)</translation>
    </message>
</context>
<context>
    <name>IdTokenValidator</name>
    <message>
        <source>The provider&apos;s sign-in answer contained an identity token Keyway could not read.</source>
        <translation>Die Anmeldeantwort des Anbieters enthielt ein Identitätstoken, das Keyway nicht lesen konnte.</translation>
    </message>
    <message>
        <source>The identity token is signed in a way Keyway does not accept.</source>
        <translation>Das Identitätstoken ist auf eine Weise signiert, die Keyway nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The identity token was signed with a key the provider does not publish.</source>
        <translation>Das Identitätstoken wurde mit einem Schlüssel signiert, den der Anbieter nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>The identity token&apos;s signature is not valid. It may have been altered.</source>
        <translation>Die Signatur des Identitätstokens ist ungültig. Es wurde möglicherweise verändert.</translation>
    </message>
    <message>
        <source>The identity token was issued by a different provider than expected.</source>
        <translation>Das Identitätstoken wurde von einem anderen Anbieter als erwartet ausgestellt.</translation>
    </message>
    <message>
        <source>The identity token was issued for a different application.</source>
        <translation>Das Identitätstoken wurde für eine andere Anwendung ausgestellt.</translation>
    </message>
    <message>
        <source>The identity token was issued to a different application (authorized party).</source>
        <translation>Das Identitätstoken wurde an eine andere Anwendung ausgestellt (autorisierte Partei).</translation>
    </message>
    <message>
        <source>The identity token had already expired by this computer&apos;s clock when it arrived.</source>
        <translation>Das Identitätstoken war nach der Uhr dieses Computers bei seiner Ankunft bereits abgelaufen.</translation>
    </message>
    <message>
        <source>The identity token is dated in the future by this computer&apos;s clock.</source>
        <translation>Das Identitätstoken ist nach der Uhr dieses Computers in die Zukunft datiert.</translation>
    </message>
    <message>
        <source>The identity token was issued too long ago by this computer&apos;s clock to be a new one.</source>
        <translation>Das Identitätstoken wurde nach der Uhr dieses Computers vor zu langer Zeit ausgestellt, um ein neues zu sein.</translation>
    </message>
    <message>
        <source>The identity token does not belong to this sign-in attempt. Please sign in again.</source>
        <translation>Das Identitätstoken gehört nicht zu diesem Anmeldeversuch. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The provider did not confirm a recent enough sign-in. Please sign in again.</source>
        <translation>Der Anbieter hat keine ausreichend aktuelle Anmeldung bestätigt. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Keyway could not download the provider&apos;s signing keys to check the identity token.</source>
        <translation>Keyway konnte die Signaturschlüssel des Anbieters nicht herunterladen, um das Identitätstoken zu prüfen.</translation>
    </message>
    <message>
        <source>The identity token from the refresh names a different user than the one who signed in.</source>
        <translation>Das Identitätstoken der Erneuerung nennt einen anderen Benutzer als den, der sich angemeldet hat.</translation>
    </message>
    <message>
        <source>The identity token from the refresh gives a different sign-in time than the one who signed in.</source>
        <translation>Das Identitätstoken der Erneuerung nennt eine andere Anmeldezeit als die der ursprünglichen Anmeldung.</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Connection id (or a unique prefix, or its name)</source>
        <translation>Verbindungs-ID (oder ein eindeutiger Anfang davon, oder ihr Name)</translation>
    </message>
    <message>
        <source>Print the redacted diagnostic bundle as JSON</source>
        <translation>Das geschwärzte Diagnosepaket als JSON ausgeben</translation>
    </message>
    <message>
        <source>give exactly one CONNECTION</source>
        <translation>geben Sie genau eine CONNECTION an</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Auth mode</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Requested scopes</source>
        <translation>Angefragte Scopes</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>Gewährte Scopes</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Ereignisse:</translation>
    </message>
    <message>
        <source>Show a connection&apos;s details, decoded tokens and events</source>
        <translation>Details, dekodierte Token und Ereignisse einer Verbindung anzeigen</translation>
    </message>
    <message>
        <source>Granted details</source>
        <translation>Gewährte Details</translation>
    </message>
</context>
<context>
    <name>IntegrationPage</name>
    <message>
        <source>Integration icon</source>
        <translation>Symbol der Integration</translation>
    </message>
    <message>
        <source>&amp;Remove integration…</source>
        <translation>Integration &amp;entfernen …</translation>
    </message>
    <message>
        <source>Delete this custom integration&apos;s file (its connections stay in the list)</source>
        <translation>Die Datei dieser eigenen Integration löschen (ihre Verbindungen bleiben in der Liste)</translation>
    </message>
    <message>
        <source>Remove this custom integration</source>
        <translation>Diese eigene Integration entfernen</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden …</translation>
    </message>
    <message>
        <source>Connect an account of this integration (Ctrl+N)</source>
        <translation>Ein Konto dieser Integration verbinden (Strg+N)</translation>
    </message>
    <message>
        <source>Opens the connect dialog for this integration</source>
        <translation>Öffnet den Verbindungsdialog für diese Integration</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>Sicherheitswarnung</translation>
    </message>
    <message>
        <source>Provider documentation link</source>
        <translation>Link zur Dokumentation des Anbieters</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>No account is connected yet.</source>
        <translation>Noch ist kein Konto verbunden.</translation>
    </message>
    <message>
        <source>Connections of this integration</source>
        <translation>Verbindungen dieser Integration</translation>
    </message>
    <message>
        <source>Press Enter to open the selected connection</source>
        <translation>Drücken Sie die Eingabetaste, um die gewählte Verbindung zu öffnen</translation>
    </message>
    <message>
        <source>&amp;Open connection</source>
        <translation>Verbindung ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Shows the selected connection&apos;s status, tokens, timeline and request console</source>
        <translation>Zeigt Status, Token, Zeitleiste und Anfragekonsole der gewählten Verbindung</translation>
    </message>
    <message>
        <source>Ways to connect</source>
        <translation>Arten der Verbindung</translation>
    </message>
    <message>
        <source>Setup at the provider</source>
        <translation>Einrichtung beim Anbieter</translation>
    </message>
    <message>
        <source>Redirect URI to register:</source>
        <translation>Einzutragende Weiterleitungs-URI:</translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation>Einzutragende Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the redirect URI</source>
        <translation>Die Weiterleitungs-URI kopieren</translation>
    </message>
    <message>
        <source>Copy redirect URI</source>
        <translation>Weiterleitungs-URI kopieren</translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation>Einrichtungsschritte</translation>
    </message>
    <message>
        <source>Integration details</source>
        <translation>Details der Integration</translation>
    </message>
    <message>
        <source>ⓘ Provider text (the description and the details of the setup steps) is in English.</source>
        <translation>ⓘ Die Texte des Anbieters (die Beschreibung und die Einzelheiten der Einrichtungsschritte) sind auf Englisch.</translation>
    </message>
</context>
<context>
    <name>IntegrationsCommand</name>
    <message>
        <source>Added %1 as %2 (overrides the built-in integration of that id)</source>
        <translation>%1 als %2 hinzugefügt (ersetzt die eingebaute Integration mit dieser ID)</translation>
    </message>
    <message>
        <source>Added %1 as %2</source>
        <translation>%1 als %2 hinzugefügt</translation>
    </message>
    <message>
        <source>Imported %1 as %2 (overrides the built-in integration of that id)</source>
        <translation>%1 als %2 importiert (ersetzt die eingebaute Integration mit dieser ID)</translation>
    </message>
    <message>
        <source>Imported %1 as %2</source>
        <translation>%1 als %2 importiert</translation>
    </message>
    <message>
        <source>Warning: this file replaces the built-in %1 integration (its endpoints are unchanged)</source>
        <translation>Warnung: Diese Datei ersetzt die eingebaute Integration %1 (ihre Endpunkte sind unverändert)</translation>
    </message>
    <message>
        <source>Warning: this file replaces the built-in %1 integration; changed:</source>
        <translation>Warnung: Diese Datei ersetzt die eingebaute Integration %1; geändert:</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>show, add, import, export or remove; none lists</source>
        <translation>show, add, import, export oder remove; ohne: Liste</translation>
    </message>
    <message>
        <source>Print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <source>Only this category</source>
        <translation>Nur diese Kategorie</translation>
    </message>
    <message>
        <source>Only integrations matching TEXT (name, alias, id, auth mode, description, scopes), best first</source>
        <translation>Nur Integrationen, die zu TEXT passen (Name, Alias, ID, Authentifizierungsart, Beschreibung, Scopes), beste zuerst</translation>
    </message>
    <message>
        <source>add: the issuer URL whose metadata gives the endpoints</source>
        <translation>add: die Aussteller-URL, deren Metadaten die Endpunkte liefern</translation>
    </message>
    <message>
        <source>add: the new integration&apos;s id (lower case letters, digits, -)</source>
        <translation>add: die ID der neuen Integration (Kleinbuchstaben, Ziffern, -)</translation>
    </message>
    <message>
        <source>add: the name shown</source>
        <translation>add: der angezeigte Name</translation>
    </message>
    <message>
        <source>add: the exact redirect URI registered at the provider (http://127.0.0.1:PORT/PATH, or io.keyway.app:/oauth2redirect), used by every connection; show: the one to show instead of the integration&apos;s</source>
        <translation>add: die genaue beim Anbieter registrierte Weiterleitungs-URI (http://127.0.0.1:PORT/PATH oder io.keyway.app:/oauth2redirect), von jeder Verbindung verwendet; show: die statt der der Integration anzuzeigende</translation>
    </message>
    <message>
        <source>show: a template variable to fill in the setup steps, e.g. subdomain=acme (repeatable)</source>
        <translation>show: eine Vorlagenvariable für die Einrichtungsschritte, z. B. subdomain=acme (wiederholbar)</translation>
    </message>
    <message>
        <source>add: allow plain http to the issuer&apos;s host and endpoints (test servers only; tokens are sent unencrypted)</source>
        <translation>add: unverschlüsseltes http zum Host und zu den Endpunkten des Ausstellers erlauben (nur Testserver; Token werden unverschlüsselt gesendet)</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>export ID FILE (- for standard output)</source>
        <translation>export ID FILE (- für die Standardausgabe)</translation>
    </message>
    <message>
        <source>no temporary folder</source>
        <translation>kein temporärer Ordner</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
    <message>
        <source>Removed the custom integration %1; the built-in one is used again</source>
        <translation>Die eigene Integration %1 wurde entfernt; die eingebaute wird wieder verwendet</translation>
    </message>
    <message>
        <source>Removed the custom integration %1</source>
        <translation>Die eigene Integration %1 wurde entfernt</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; (show, add, import, export, remove; none lists)</source>
        <translation>unbekannter Unterbefehl „%1“ (show, add, import, export, remove; ohne: Liste)</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>(custom, overrides built-in)</source>
        <translation>(eigene, ersetzt eingebaute)</translation>
    </message>
    <message>
        <source>add needs --issuer URL and --id ID</source>
        <translation>add braucht --issuer URL und --id ID</translation>
    </message>
    <message>
        <source>Plain http to %1 is refused; --allow-insecure-http allows it for this integration (test servers only: tokens cross the network unencrypted).</source>
        <translation>Unverschlüsseltes http zu %1 wird abgelehnt; --allow-insecure-http erlaubt es für diese Integration (nur Testserver: Token gehen unverschlüsselt durchs Netz).</translation>
    </message>
    <message>
        <source>there is no integration &quot;%1&quot; (see keyway integrations)</source>
        <translation>es gibt keine Integration „%1“ (siehe keyway integrations)</translation>
    </message>
    <message>
        <source>expected KEY=VALUE, got &apos;%1&apos;</source>
        <translation>SCHLÜSSEL=WERT erwartet, „%1“ erhalten</translation>
    </message>
    <message>
        <source>List, show, add, import, export or remove integrations</source>
        <translation>Integrationen auflisten, anzeigen, hinzufügen, importieren, exportieren oder entfernen</translation>
    </message>
    <message>
        <source>add --register: read the initial access token the provider requires from standard input</source>
        <translation>add --register: das vom Anbieter verlangte Initial-Access-Token von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>--initial-access-token-stdin goes with --register</source>
        <translation>--initial-access-token-stdin gehört zu --register</translation>
    </message>
    <message>
        <source>no initial access token on standard input</source>
        <translation>kein Initial-Access-Token auf der Standardeingabe</translation>
    </message>
    <message>
        <source>Registered Keyway at the provider as the client %1 (its secret is in the keychain)</source>
        <translation>Keyway ist beim Anbieter als Client %1 registriert (sein Geheimnis liegt im Schlüsselbund)</translation>
    </message>
    <message>
        <source>Registered Keyway at the provider as the client %1</source>
        <translation>Keyway ist beim Anbieter als Client %1 registriert</translation>
    </message>
    <message>
        <source>add: register Keyway as a client at the provider&apos;s registration endpoint (RFC 7591); the client is deleted there when the integration is removed or replaced</source>
        <translation>add: Keyway am Registrierungsendpunkt des Anbieters als Client registrieren (RFC 7591); der Client wird dort gelöscht, wenn die Integration entfernt oder ersetzt wird</translation>
    </message>
    <message>
        <source>add: bind every connection&apos;s tokens to a key pair of its own (DPoP, RFC 9449); with --register the client is registered for DPoP-bound tokens only</source>
        <translation>add: die Token jeder Verbindung an ein eigenes Schlüsselpaar binden (DPoP, RFC 9449); mit --register wird der Client nur für an DPoP gebundene Token registriert</translation>
    </message>
    <message>
        <source>add, import: replace a custom or built-in integration of the same id (a client Keyway registered for the replaced one is deleted at the provider)</source>
        <translation>add, import: eine eigene oder eingebaute Integration mit derselben ID ersetzen (ein Client, den Keyway für die ersetzte registriert hat, wird beim Anbieter gelöscht)</translation>
    </message>
</context>
<context>
    <name>Jwk</name>
    <message>
        <source>The key (JWK) is not valid.</source>
        <translation>Der Schlüssel (JWK) ist ungültig.</translation>
    </message>
    <message>
        <source>This kind of key (JWK) is not supported.</source>
        <translation>Diese Art von Schlüssel (JWK) wird nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>Jwks</name>
    <message>
        <source>The provider&apos;s key set (JWKS) could not be read.</source>
        <translation>Der Schlüsselsatz (JWKS) des Anbieters konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Jws</name>
    <message>
        <source>The token is not a well-formed signed JWT.</source>
        <translation>Das Token ist kein wohlgeformtes signiertes JWT.</translation>
    </message>
    <message>
        <source>The token is not signed (alg &quot;none&quot;). Keyway never accepts unsigned tokens.</source>
        <translation>Das Token ist nicht signiert (alg „none“). Keyway akzeptiert nie unsignierte Token.</translation>
    </message>
    <message>
        <source>The token is signed with a shared secret (HMAC), which Keyway does not accept here.</source>
        <translation>Das Token ist mit einem gemeinsamen Geheimnis (HMAC) signiert, was Keyway hier nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The token is signed with an algorithm Keyway does not accept.</source>
        <translation>Das Token ist mit einem Algorithmus signiert, den Keyway nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The token&apos;s signature cannot be checked with this key.</source>
        <translation>Die Signatur des Tokens kann mit diesem Schlüssel nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The token&apos;s signature is not valid.</source>
        <translation>Die Signatur des Tokens ist ungültig.</translation>
    </message>
    <message>
        <source>Keyway could not sign the token.</source>
        <translation>Keyway konnte das Token nicht signieren.</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <source>This text is not a JWT.</source>
        <translation>Dieser Text ist kein JWT.</translation>
    </message>
    <message>
        <source>This token is encrypted (JWE); its contents cannot be shown.</source>
        <translation>Dieses Token ist verschlüsselt (JWE); sein Inhalt kann nicht angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>JwtDisplay</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>An encrypted JWT (JWE): its content cannot be shown.</source>
        <translation>Ein verschlüsseltes JWT (JWE): Sein Inhalt kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Looks like a JWT but its parts are not base64url JSON.</source>
        <translation>Sieht aus wie ein JWT, aber seine Teile sind kein base64url-JSON.</translation>
    </message>
    <message>
        <source>Opaque token: not a JWT, so only the provider can tell what it means.</source>
        <translation>Undurchsichtiges Token: kein JWT, daher weiß nur der Anbieter, was es bedeutet.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>KeepAliveCommand</name>
    <message>
        <source>Renew a refresh token this many days before it would lapse unused (default 3)</source>
        <translation>Ein Refresh-Token so viele Tage erneuern, bevor es ungenutzt verfallen würde (Standard 3)</translation>
    </message>
    <message>
        <source>Warn this many days before a grant reaches its provider&apos;s absolute lifetime (default 14)</source>
        <translation>So viele Tage warnen, bevor eine Berechtigung die absolute Lebensdauer ihres Anbieters erreicht (Standard 14)</translation>
    </message>
    <message>
        <source>Run keep-alive daily as a systemd user timer (missed days made up at the next start)</source>
        <translation>keep-alive täglich als systemd-Benutzer-Timer ausführen (verpasste Tage werden beim nächsten Start nachgeholt)</translation>
    </message>
    <message>
        <source>Remove the systemd user timer</source>
        <translation>Den systemd-Benutzer-Timer entfernen</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>The timer is enabled: keyway keep-alive runs daily (systemctl --user list-timers keyway-keep-alive.timer)</source>
        <translation>Der Timer ist aktiviert: keyway keep-alive läuft täglich (systemctl --user list-timers keyway-keep-alive.timer)</translation>
    </message>
    <message>
        <source>The timer is disabled.</source>
        <translation>Der Timer ist deaktiviert.</translation>
    </message>
    <message>
        <source>no timer was installed in %1</source>
        <translation>in %1 war kein Timer installiert</translation>
    </message>
    <message>
        <source>takes no CONNECTION: it looks at every connection</source>
        <translation>nimmt keine CONNECTION: es prüft jede Verbindung</translation>
    </message>
    <message>
        <source>give --install or --uninstall, not both</source>
        <translation>geben Sie --install oder --uninstall an, nicht beide</translation>
    </message>
    <message>
        <source>--margin-days and --warn-days take a whole number of days from 0 to 3650</source>
        <translation>--margin-days und --warn-days erwarten eine ganze Zahl von Tagen von 0 bis 3650</translation>
    </message>
    <message>
        <source>no connection holds a refresh token</source>
        <translation>keine Verbindung hat ein Refresh-Token</translation>
    </message>
    <message>
        <source>Renew refresh tokens before they lapse unused; warn before grants end</source>
        <translation>Refresh-Token erneuern, bevor sie ungenutzt verfallen; vor dem Ende von Berechtigungen warnen</translation>
    </message>
</context>
<context>
    <name>KeeperReport</name>
    <message>
        <source>reconnect</source>
        <translation>neu verbinden</translation>
    </message>
    <message>
        <source>renewed</source>
        <translation>erneuert</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>needs you</source>
        <translation>braucht Sie</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reconnect %1 before %2 (its grant ends then, whatever is done): keyway connect --reconnect %3</source>
        <translation>Verbinden Sie %1 vor %2 neu (dann endet die Freigabe, was auch immer geschieht): keyway connect --reconnect %3</translation>
    </message>
    <message>
        <source>; the grant ends %1, whatever is done</source>
        <translation>; die Freigabe endet %1, was auch immer geschieht</translation>
    </message>
    <message>
        <source>renewed before its refresh token lapsed unused; now good until %1 if left unused</source>
        <translation>erneuert, bevor sein Refresh-Token ungenutzt verfiel; jetzt gültig bis %1, wenn ungenutzt</translation>
    </message>
    <message>
        <source>refresh token good until %1 if left unused</source>
        <translation>Refresh-Token gültig bis %1, wenn ungenutzt</translation>
    </message>
    <message>
        <source>the refresh token does not lapse unused</source>
        <translation>das Refresh-Token verfällt nicht bei Nichtbenutzung</translation>
    </message>
    <message>
        <source>its provider documents no lifetime for its refresh token: nothing to keep alive</source>
        <translation>sein Anbieter dokumentiert keine Lebensdauer für sein Refresh-Token: nichts am Leben zu halten</translation>
    </message>
    <message>
        <source>%1 needs re-authorization%2: keyway connect --reconnect %3</source>
        <translation>%1 braucht eine erneute Autorisierung%2: keyway connect --reconnect %3</translation>
    </message>
    <message>
        <source>renewal failed, will be tried again: %1</source>
        <translation>Erneuerung fehlgeschlagen, wird erneut versucht: %1</translation>
    </message>
</context>
<context>
    <name>KeeperTimer</name>
    <message>
        <source>Keyway could not write %1.</source>
        <translation>Keyway konnte %1 nicht schreiben.</translation>
    </message>
</context>
<context>
    <name>KeyCommand</name>
    <message>
        <source>generate: a new key pair; public: the public JWK of a key</source>
        <translation>generate: ein neues Schlüsselpaar; public: der öffentliche JWK eines Schlüssels</translation>
    </message>
    <message>
        <source>public: the PEM private key file</source>
        <translation>public: die Datei mit dem privaten PEM-Schlüssel</translation>
    </message>
    <message>
        <source>generate: RS256 (RSA 2048) or ES256 (EC P-256, the default)</source>
        <translation>generate: RS256 (RSA 2048) oder ES256 (EC P-256, der Standard)</translation>
    </message>
    <message>
        <source>generate: file to write the private key to (PEM, mode 0600)</source>
        <translation>generate: Datei, in die der private Schlüssel geschrieben wird (PEM, Modus 0600)</translation>
    </message>
    <message>
        <source>generate: replace an existing --out file</source>
        <translation>generate: eine vorhandene --out-Datei ersetzen</translation>
    </message>
    <message>
        <source>public: the key stored for this connection</source>
        <translation>public: der für diese Verbindung gespeicherte Schlüssel</translation>
    </message>
    <message>
        <source>say generate or public (see keyway key --help)</source>
        <translation>sagen Sie generate oder public (siehe keyway key --help)</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: say generate or public</source>
        <translation>unbekannte Aktion „%1“: sagen Sie generate oder public</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--alg takes RS256 or ES256, not &apos;%1&apos;</source>
        <translation>--alg erwartet RS256 oder ES256, nicht „%1“</translation>
    </message>
    <message>
        <source>give --out PATH for the private key (it is not printed)</source>
        <translation>geben Sie --out PATH für den privaten Schlüssel an (er wird nicht ausgegeben)</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <source>%1 exists (use --force to replace it)</source>
        <translation>%1 existiert bereits (mit --force ersetzen)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Private key written to %1 (readable by you only). Register the public JWK above with the provider,
then connect with --private-key-file %1 (Keyway keeps its own copy in the keychain).</source>
        <translation>Privater Schlüssel in %1 geschrieben (nur für Sie lesbar). Registrieren Sie den obigen öffentlichen JWK beim Anbieter
und verbinden Sie dann mit --private-key-file %1 (Keyway bewahrt eine eigene Kopie im Schlüsselbund auf).</translation>
    </message>
    <message>
        <source>give either a PEM-FILE or --connection CONNECTION</source>
        <translation>geben Sie entweder eine PEM-FILE oder --connection CONNECTION an</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>this connection keeps no private key</source>
        <translation>diese Verbindung hat keinen privaten Schlüssel</translation>
    </message>
    <message>
        <source>Generate a signing key pair or show a public JWK</source>
        <translation>Ein Signaturschlüsselpaar erzeugen oder einen öffentlichen JWK anzeigen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Keyway</source>
        <translation>Keyway</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Sandbox faults</source>
        <translation>Sandbox-Fehler</translation>
    </message>
    <message>
        <source>Your connections</source>
        <translation>Ihre Verbindungen</translation>
    </message>
    <message>
        <source>Every connection at a glance, with what needs you first (Ctrl+Shift+H)</source>
        <translation>Alle Verbindungen auf einen Blick, das, was Sie braucht, zuerst (Strg+Umschalt+H)</translation>
    </message>
    <message>
        <source>Search integrations (Ctrl+F)</source>
        <translation>Integrationen suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search integrations</source>
        <translation>Integrationen suchen</translation>
    </message>
    <message>
        <source>Filters the list by name, id, category or scope as you type</source>
        <translation>Filtert die Liste beim Tippen nach Name, ID, Kategorie oder Scope</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Shows only integrations of one category, or only connected ones</source>
        <translation>Zeigt nur Integrationen einer Kategorie oder nur verbundene</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>Select an integration to see its details and connections</source>
        <translation>Wählen Sie eine Integration, um ihre Details und Verbindungen zu sehen</translation>
    </message>
    <message>
        <source>No integration matches. Try fewer words or another category.</source>
        <translation>Keine Integration passt. Versuchen Sie weniger Wörter oder eine andere Kategorie.</translation>
    </message>
    <message>
        <source>Add c&amp;ustom integration…</source>
        <translation>&amp;Eigene Integration hinzufügen …</translation>
    </message>
    <message>
        <source>Add a provider that is not in the list, from its issuer URL (Ctrl+Shift+N)</source>
        <translation>Einen Anbieter, der nicht in der Liste steht, über seine Aussteller-URL hinzufügen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Add custom integration</source>
        <translation>Eigene Integration hinzufügen</translation>
    </message>
    <message>
        <source>Reads the provider&apos;s OpenID Connect or OAuth metadata from its issuer URL</source>
        <translation>Liest die OpenID-Connect- oder OAuth-Metadaten des Anbieters von seiner Aussteller-URL</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden …</translation>
    </message>
    <message>
        <source>Connect an account of the selected integration</source>
        <translation>Ein Konto der gewählten Integration verbinden</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Find integration</source>
        <translation>Integration &amp;finden</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Add a provider that is not in the list, from its issuer URL</source>
        <translation>Einen Anbieter, der nicht in der Liste steht, über seine Aussteller-URL hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Unlock vault…</source>
        <translation>&amp;Tresor entsperren …</translation>
    </message>
    <message>
        <source>Enter the passphrase of Keyway&apos;s encrypted secret vault</source>
        <translation>Die Passphrase von Keyways verschlüsseltem Geheimnistresor eingeben</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>Jetzt &amp;erneuern</translation>
    </message>
    <message>
        <source>Refresh the access token of the open connection</source>
        <translation>Das Zugriffstoken der geöffneten Verbindung erneuern</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Re&amp;connect…</source>
        <translation>&amp;Neu verbinden …</translation>
    </message>
    <message>
        <source>Sign in again to renew the grant of the open connection</source>
        <translation>Erneut anmelden, um die Freigabe der geöffneten Verbindung zu erneuern</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Copy &amp;access token</source>
        <translation>&amp;Zugriffstoken kopieren</translation>
    </message>
    <message>
        <source>Copies the access token; the clipboard is cleared after 30 seconds</source>
        <translation>Kopiert das Zugriffstoken; die Zwischenablage wird nach 30 Sekunden geleert</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Open in request &amp;console</source>
        <translation>In der Anfrage&amp;konsole öffnen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Export diagnostic bundle…</source>
        <translation>Diagnosepaket e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Saves the connection&apos;s events, history and decoded claims without any secret</source>
        <translation>Speichert Ereignisse, Verlauf und dekodierte Claims der Verbindung ohne jedes Geheimnis</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Trennen …</translation>
    </message>
    <message>
        <source>Revokes the grant at the provider and forgets the connection</source>
        <translation>Widerruft die Freigabe beim Anbieter und vergisst die Verbindung</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Back to integration</source>
        <translation>&amp;Zurück zur Integration</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Sandbox panel</source>
        <translation>&amp;Sandbox-Bereich</translation>
    </message>
    <message>
        <source>Start or stop the built-in Keyway Sandbox and switch its faults on and off</source>
        <translation>Die eingebaute Keyway Sandbox starten oder stoppen und ihre Fehler ein- und ausschalten</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Your &amp;connections</source>
        <translation>Ihre &amp;Verbindungen</translation>
    </message>
    <message>
        <source>Every connection with its status, expiry and last request</source>
        <translation>Alle Verbindungen mit Status, Ablauf und letzter Anfrage</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Show &amp;sidebar</source>
        <translation>&amp;Seitenleiste anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the list of integrations on the left</source>
        <translation>Die Liste der Integrationen links ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation>Alle Tastenkürzel des Fensters</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About Keyway</source>
        <translation>&amp;Über Keyway</translation>
    </message>
</context>
<context>
    <name>MaskedField</name>
    <message>
        <source>%1, masked</source>
        <translation>%1, maskiert</translation>
    </message>
    <message>
        <source>The value is hidden: only dots are shown.</source>
        <translation>Der Wert ist verborgen: Es werden nur Punkte angezeigt.</translation>
    </message>
    <message>
        <source>The value is shown in full.</source>
        <translation>Der Wert wird vollständig angezeigt.</translation>
    </message>
</context>
<context>
    <name>MessagePanel</name>
    <message>
        <source>Details for support</source>
        <translation>Details für den Support</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Buchhaltung</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>Personalwesen</translation>
    </message>
    <message>
        <source>Ticketing</source>
        <translation>Ticketsysteme</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Calendar and email</source>
        <translation>Kalender und E-Mail</translation>
    </message>
    <message>
        <source>File storage</source>
        <translation>Dateispeicher</translation>
    </message>
    <message>
        <source>Developer tools</source>
        <translation>Entwicklerwerkzeuge</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>Produktivität</translation>
    </message>
    <message>
        <source>Commerce</source>
        <translation>Handel</translation>
    </message>
    <message>
        <source>Analytics and data</source>
        <translation>Analyse und Daten</translation>
    </message>
    <message>
        <source>Cloud and infrastructure</source>
        <translation>Cloud und Infrastruktur</translation>
    </message>
    <message>
        <source>Social and advertising</source>
        <translation>Soziale Medien und Werbung</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Sign in with the browser (OAuth 2.0 authorization code)</source>
        <translation>Im Browser anmelden (OAuth 2.0 Authorization Code)</translation>
    </message>
    <message>
        <source>Client credentials (OAuth 2.0, no user)</source>
        <translation>Client-Credentials (OAuth 2.0, ohne Benutzer)</translation>
    </message>
    <message>
        <source>Service account (JWT bearer grant)</source>
        <translation>Dienstkonto (JWT-Bearer-Grant)</translation>
    </message>
    <message>
        <source>Device code (sign in on another device)</source>
        <translation>Gerätecode (auf einem anderen Gerät anmelden)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>User name and password (HTTP Basic)</source>
        <translation>Benutzername und Passwort (HTTP Basic)</translation>
    </message>
    <message>
        <source>Paste a bearer token</source>
        <translation>Ein Bearer-Token einfügen</translation>
    </message>
    <message>
        <source>You need a client ID (and usually a secret) from the provider&apos;s developer console. Keyway opens your browser to sign in.</source>
        <translation>Sie brauchen eine Client-ID (und meist ein Secret) aus der Entwicklerkonsole des Anbieters. Keyway öffnet Ihren Browser zur Anmeldung.</translation>
    </message>
    <message>
        <source>You need a client ID and secret of an application that may call the API on its own behalf.</source>
        <translation>Sie brauchen Client-ID und Secret einer Anwendung, die die API in eigenem Namen aufrufen darf.</translation>
    </message>
    <message>
        <source>You need a service account key file or a private key; Keyway signs an assertion with it.</source>
        <translation>Sie brauchen eine Schlüsseldatei eines Dienstkontos oder einen privaten Schlüssel; Keyway signiert damit eine Assertion.</translation>
    </message>
    <message>
        <source>You need a client ID. Keyway shows a code to enter on another device.</source>
        <translation>Sie brauchen eine Client-ID. Keyway zeigt einen Code, den Sie auf einem anderen Gerät eingeben.</translation>
    </message>
    <message>
        <source>You need an API key or personal access token from the provider.</source>
        <translation>Sie brauchen einen API-Schlüssel oder ein persönliches Zugriffstoken des Anbieters.</translation>
    </message>
    <message>
        <source>You need a user name and a password or API token.</source>
        <translation>Sie brauchen einen Benutzernamen und ein Passwort oder API-Token.</translation>
    </message>
    <message>
        <source>Paste an access token you already have. Keyway cannot refresh it.</source>
        <translation>Fügen Sie ein vorhandenes Zugriffstoken ein. Keyway kann es nicht erneuern.</translation>
    </message>
</context>
<context>
    <name>OutgoingRequest</name>
    <message>
        <source>Enter a full URL (https://...).</source>
        <translation>Geben Sie eine vollständige URL ein (https://...).</translation>
    </message>
    <message>
        <source>%1 is not one of this connection&apos;s origins, so its credential is not sent there.</source>
        <translation>%1 gehört nicht zu den Ursprüngen dieser Verbindung, daher werden ihre Zugangsdaten nicht dorthin gesendet.</translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <source>This is not a PEM private key Keyway can read.</source>
        <translation>Dies ist kein PEM-Privatschlüssel, den Keyway lesen kann.</translation>
    </message>
    <message>
        <source>This kind of private key is not supported. Use an RSA key of at least 2048 bits, an EC key on P-256, P-384 or P-521, or an Ed25519 key.</source>
        <translation>Diese Art von privatem Schlüssel wird nicht unterstützt. Verwenden Sie einen RSA-Schlüssel mit mindestens 2048 Bit, einen EC-Schlüssel auf P-256, P-384 oder P-521 oder einen Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <source>This private key is protected by a passphrase. Export it without a passphrase (for example with &quot;openssl pkey -in key.pem -out key-unencrypted.pem&quot;) and import that file; Keyway keeps it in the system keychain.</source>
        <translation>Dieser private Schlüssel ist durch eine Passphrase geschützt. Exportieren Sie ihn ohne Passphrase (zum Beispiel mit „openssl pkey -in key.pem -out key-unencrypted.pem“) und importieren Sie diese Datei; Keyway bewahrt ihn im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <source>Keyway could not generate a key pair.</source>
        <translation>Keyway konnte kein Schlüsselpaar erzeugen.</translation>
    </message>
    <message>
        <source>This is a public key or certificate. Keyway needs the private key that belongs to it.</source>
        <translation>Dies ist ein öffentlicher Schlüssel oder ein Zertifikat. Keyway braucht den zugehörigen privaten Schlüssel.</translation>
    </message>
</context>
<context>
    <name>PrivateKeyPanel</name>
    <message>
        <source>No private key loaded.</source>
        <translation>Kein privater Schlüssel geladen.</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>From &amp;file…</source>
        <translation>Aus &amp;Datei …</translation>
    </message>
    <message>
        <source>Load private key from a PEM file</source>
        <translation>Privaten Schlüssel aus einer PEM-Datei laden</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Paste private key from the clipboard</source>
        <translation>Privaten Schlüssel aus der Zwischenablage einfügen</translation>
    </message>
    <message>
        <source>Key type to generate</source>
        <translation>Zu erzeugender Schlüsseltyp</translation>
    </message>
    <message>
        <source>&amp;Generate key pair</source>
        <translation>Schlüsselpaar &amp;erzeugen</translation>
    </message>
    <message>
        <source>Generate a new key pair</source>
        <translation>Ein neues Schlüsselpaar erzeugen</translation>
    </message>
    <message>
        <source>Keyway keeps the private key in the keychain; register the public key it shows at the provider</source>
        <translation>Keyway bewahrt den privaten Schlüssel im Schlüsselbund auf; tragen Sie den angezeigten öffentlichen Schlüssel beim Anbieter ein</translation>
    </message>
    <message>
        <source>Register this public key with the provider (as a JWK or PEM, whichever it asks for). The private key stays in Keyway&apos;s keychain.</source>
        <translation>Tragen Sie diesen öffentlichen Schlüssel beim Anbieter ein (als JWK oder PEM, je nachdem, was er verlangt). Der private Schlüssel bleibt in Keyways Schlüsselbund.</translation>
    </message>
    <message>
        <source>Public key to register (JWK)</source>
        <translation>Einzutragender öffentlicher Schlüssel (JWK)</translation>
    </message>
    <message>
        <source>Cop&amp;y public JWK</source>
        <translation>Öffentliches JWK kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy the public JWK</source>
        <translation>Das öffentliche JWK kopieren</translation>
    </message>
    <message>
        <source>Copy public P&amp;EM</source>
        <translation>Öffentliches P&amp;EM kopieren</translation>
    </message>
    <message>
        <source>Copy the public key as PEM</source>
        <translation>Den öffentlichen Schlüssel als PEM kopieren</translation>
    </message>
</context>
<context>
    <name>ProtocolError</name>
    <message>
        <source>The provider redirected the request instead of answering with %1. Check the endpoint address.</source>
        <translation>Der Anbieter hat die Anfrage weitergeleitet, statt mit %1 zu antworten. Prüfen Sie die Adresse des Endpunkts.</translation>
    </message>
    <message>
        <source>The provider refused the request: the credentials were not accepted.</source>
        <translation>Der Anbieter hat die Anfrage abgelehnt: Die Zugangsdaten wurden nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The provider refused the request instead of answering with %1.</source>
        <translation>Der Anbieter hat die Anfrage abgelehnt, statt mit %1 zu antworten.</translation>
    </message>
    <message>
        <source>The provider rejected the request as malformed. Check the connection&apos;s settings.</source>
        <translation>Der Anbieter hat die Anfrage als fehlerhaft abgelehnt. Prüfen Sie die Einstellungen der Verbindung.</translation>
    </message>
    <message>
        <source>The client id or secret was rejected.</source>
        <translation>Die Client-ID oder das Secret wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The authorization is no longer valid: connect again.</source>
        <translation>Die Autorisierung ist nicht mehr gültig: Verbinden Sie sich neu.</translation>
    </message>
    <message>
        <source>This client is not allowed to use this kind of authorization at the provider.</source>
        <translation>Dieser Client darf diese Art der Autorisierung beim Anbieter nicht verwenden.</translation>
    </message>
    <message>
        <source>The provider does not support this kind of authorization.</source>
        <translation>Der Anbieter unterstützt diese Art der Autorisierung nicht.</translation>
    </message>
    <message>
        <source>The provider rejected the requested permissions (scopes).</source>
        <translation>Der Anbieter hat die angeforderten Berechtigungen (Scopes) abgelehnt.</translation>
    </message>
    <message>
        <source>The request was denied.</source>
        <translation>Die Anfrage wurde verweigert.</translation>
    </message>
    <message>
        <source>The provider had a problem answering. Try again later.</source>
        <translation>Der Anbieter hatte ein Problem beim Antworten. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The provider is temporarily unavailable. Try again later.</source>
        <translation>Der Anbieter ist vorübergehend nicht verfügbar. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The access token was rejected: it may have expired or been revoked.</source>
        <translation>Das Zugriffstoken wurde abgelehnt: Es ist möglicherweise abgelaufen oder wurde widerrufen.</translation>
    </message>
    <message>
        <source>The access token does not have the permissions (scopes) this request needs.</source>
        <translation>Das Zugriffstoken hat nicht die Berechtigungen (Scopes), die diese Anfrage braucht.</translation>
    </message>
    <message>
        <source>The provider cannot revoke this kind of token.</source>
        <translation>Der Anbieter kann diese Art von Token nicht widerrufen.</translation>
    </message>
    <message>
        <source>Waiting for the request to be approved on the other device.</source>
        <translation>Warten darauf, dass die Anfrage auf dem anderen Gerät bestätigt wird.</translation>
    </message>
    <message>
        <source>The provider asked to check less often.</source>
        <translation>Der Anbieter bat darum, seltener nachzufragen.</translation>
    </message>
    <message>
        <source>The code expired before it was approved: start again.</source>
        <translation>Der Code ist abgelaufen, bevor er bestätigt wurde: Beginnen Sie von vorn.</translation>
    </message>
    <message>
        <source>The provider rejected the requested resource or audience.</source>
        <translation>Der Anbieter hat die angeforderte Ressource oder Zielgruppe (Audience) abgelehnt.</translation>
    </message>
    <message>
        <source>The provider refused the request (%1).</source>
        <translation>Der Anbieter hat die Anfrage abgelehnt (%1).</translation>
    </message>
</context>
<context>
    <name>RedirectTarget</name>
    <message>
        <source>The redirect URI must start with http://127.0.0.1:PORT/ or %1:.</source>
        <translation>Die Weiterleitungs-URI muss mit http://127.0.0.1:PORT/ oder %1: beginnen.</translation>
    </message>
    <message>
        <source>Keyway&apos;s app redirect URI is exactly %1.</source>
        <translation>Keyways App-Weiterleitungs-URI lautet genau %1.</translation>
    </message>
    <message>
        <source>Keyway cannot receive an https redirect: it listens with plain http on this computer&apos;s loopback address (RFC 8252 §7.3). Register http://127.0.0.1:PORT/callback at the provider, or %1 where it accepts an app&apos;s own scheme.</source>
        <translation>Keyway kann keine https-Weiterleitung empfangen: Es lauscht mit unverschlüsseltem http auf der Loopback-Adresse dieses Computers (RFC 8252 §7.3). Tragen Sie beim Anbieter http://127.0.0.1:PORT/callback ein, oder %1, wo er ein eigenes Schema einer App akzeptiert.</translation>
    </message>
    <message>
        <source>The desktop hands only %1: redirects to Keyway; &quot;%2:&quot; would open another program.</source>
        <translation>Der Desktop übergibt nur %1:-Weiterleitungen an Keyway; „%2:“ würde ein anderes Programm öffnen.</translation>
    </message>
    <message>
        <source>The redirect URI is not a valid URL.</source>
        <translation>Die Weiterleitungs-URI ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The redirect URI must not carry user info, a query or a fragment (RFC 6749 §3.1.2).</source>
        <translation>Die Weiterleitungs-URI darf keine Benutzerinformationen, keine Query und kein Fragment enthalten (RFC 6749 §3.1.2).</translation>
    </message>
    <message>
        <source>Keyway can only receive a redirect on this computer: the host must be 127.0.0.1, [::1] or localhost, not %1.</source>
        <translation>Keyway kann eine Weiterleitung nur auf diesem Computer empfangen: Der Host muss 127.0.0.1, [::1] oder localhost sein, nicht %1.</translation>
    </message>
    <message>
        <source>Port 0 cannot be registered; give the port the provider has, or none if it accepts any.</source>
        <translation>Port 0 kann nicht eingetragen werden; geben Sie den Port an, den der Anbieter hat, oder keinen, wenn er jeden akzeptiert.</translation>
    </message>
    <message>
        <source>The redirect URI needs a path, such as /callback.</source>
        <translation>Die Weiterleitungs-URI braucht einen Pfad, etwa /callback.</translation>
    </message>
    <message>
        <source>The redirect path may hold only letters, digits and - . _ ~ /.</source>
        <translation>Der Weiterleitungspfad darf nur Buchstaben, Ziffern und - . _ ~ / enthalten.</translation>
    </message>
</context>
<context>
    <name>RefreshedIdToken</name>
    <message>
        <source>The refreshed tokens were refused and the previous ones kept: %1</source>
        <translation>Die erneuerten Token wurden abgelehnt und die bisherigen behalten: %1</translation>
    </message>
    <message>
        <source>The provider publishes no keys (jwks_uri), so its ID token cannot be checked.</source>
        <translation>Der Anbieter veröffentlicht keine Schlüssel (jwks_uri), daher kann sein ID-Token nicht geprüft werden.</translation>
    </message>
</context>
<context>
    <name>RequestCommand</name>
    <message>
        <source>Connection id (or a unique prefix, or its name)</source>
        <translation>Verbindungs-ID (oder ein eindeutiger Anfang davon, oder ihr Name)</translation>
    </message>
    <message>
        <source>Absolute URL, or a path relative to the integration&apos;s API base</source>
        <translation>Absolute URL oder ein Pfad relativ zur API-Basis der Integration</translation>
    </message>
    <message>
        <source>Request header &quot;Name: value&quot; (repeatable)</source>
        <translation>Anfrage-Header „Name: value“ (wiederholbar)</translation>
    </message>
    <message>
        <source>Request body; @FILE reads a file, @- standard input</source>
        <translation>Anfrage-Body; @FILE liest eine Datei, @- die Standardeingabe</translation>
    </message>
    <message>
        <source>Print the status line and response headers</source>
        <translation>Statuszeile und Antwort-Header ausgeben</translation>
    </message>
    <message>
        <source>Also send the credential to this origin (https://host[:port]), which is not one of the connection&apos;s (repeatable)</source>
        <translation>Die Zugangsdaten auch an diesen Ursprung senden (https://host[:port]), der nicht zu den Ursprüngen der Verbindung gehört (wiederholbar)</translation>
    </message>
    <message>
        <source>give CONNECTION METHOD URL</source>
        <translation>geben Sie CONNECTION METHOD URL an</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HTTP method</source>
        <translation>„%1“ ist keine HTTP-Methode</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>„%1“ ist keine gültige URL</translation>
    </message>
    <message>
        <source>header &apos;%1&apos; is not &quot;Name: value&quot;</source>
        <translation>Header „%1“ hat nicht die Form &quot;Name: value&quot;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an origin (https://host[:port])</source>
        <translation>„%1“ ist kein Ursprung (https://host[:port])</translation>
    </message>
    <message>
        <source>%1 Add --allow-origin ORIGIN to send it there anyway (its origins: %2).</source>
        <translation>%1 Fügen Sie --allow-origin ORIGIN hinzu, um sie trotzdem dorthin zu senden (ihre Ursprünge: %2).</translation>
    </message>
    <message numerus="yes">
        <source>the answer was cut off at %n byte(s)</source>
        <translation>
            <numerusform>die Antwort wurde nach %n Byte abgeschnitten</numerusform>
            <numerusform>die Antwort wurde nach %n Bytes abgeschnitten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (keyway connect --reconnect %2 --scope &quot;%3&quot;)</source>
        <translation>%1 (keyway connect --reconnect %2 --scope &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>HTTP %1 %2 (after a refresh and retry)</source>
        <translation>HTTP %1 %2 (nach einer Erneuerung und einem erneuten Versuch)</translation>
    </message>
    <message>
        <source>Send an API request with a connection&apos;s credential</source>
        <translation>Eine API-Anfrage mit den Zugangsdaten einer Verbindung senden</translation>
    </message>
</context>
<context>
    <name>RequestConsole</name>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <source>Request URL</source>
        <translation>Anfrage-URL</translation>
    </message>
    <message>
        <source>Absolute, or relative to the integration&apos;s API address. Ctrl+Return sends.</source>
        <translation>Absolut oder relativ zur API-Adresse der Integration. Strg+Eingabe sendet.</translation>
    </message>
    <message>
        <source>https://api.example.com/v1/me or /v1/me</source>
        <translation>https://api.example.com/v1/me oder /v1/me</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the request with this connection&apos;s credential (Ctrl+Return)</source>
        <translation>Die Anfrage mit den Zugangsdaten dieser Verbindung senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the request in flight (Esc)</source>
        <translation>Die laufende Anfrage abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Request &amp;headers</source>
        <translation>Anfrage-&amp;Header</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>&amp;Add header</source>
        <translation>Header &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove header</source>
        <translation>Header &amp;entfernen</translation>
    </message>
    <message>
        <source>The connection&apos;s credential is added when the request is sent.</source>
        <translation>Die Zugangsdaten der Verbindung werden beim Senden der Anfrage hinzugefügt.</translation>
    </message>
    <message>
        <source>Request &amp;body</source>
        <translation>Anfrage-&amp;Body</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <source>Request body (e.g. JSON). Add a Content-Type header to match.</source>
        <translation>Anfrage-Body (z. B. JSON). Fügen Sie einen passenden Content-Type-Header hinzu.</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Request history</source>
        <translation>Anfrageverlauf</translation>
    </message>
    <message>
        <source>Enter loads the request into the form</source>
        <translation>Die Eingabetaste lädt die Anfrage ins Formular</translation>
    </message>
    <message>
        <source>&amp;Load into form</source>
        <translation>Ins Formular &amp;laden</translation>
    </message>
    <message>
        <source>R&amp;e-run</source>
        <translation>Erneut &amp;ausführen</translation>
    </message>
    <message>
        <source>Response status</source>
        <translation>Antwortstatus</translation>
    </message>
    <message>
        <source>Include the &amp;credential</source>
        <translation>&amp;Zugangsdaten einschließen</translation>
    </message>
    <message>
        <source>Off: the credential is masked in the copied command</source>
        <translation>Aus: Die Zugangsdaten werden im kopierten Befehl maskiert</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Als c&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Alles anzeigen</translation>
    </message>
    <message>
        <source>Sa&amp;ve body…</source>
        <translation>Body &amp;speichern …</translation>
    </message>
    <message>
        <source>&amp;Pretty</source>
        <translation>&amp;Formatiert</translation>
    </message>
    <message>
        <source>Response body, formatted</source>
        <translation>Antwort-Body, formatiert</translation>
    </message>
    <message>
        <source>Ra&amp;w</source>
        <translation>&amp;Roh</translation>
    </message>
    <message>
        <source>Response body, raw</source>
        <translation>Antwort-Body, roh</translation>
    </message>
    <message>
        <source>Response hea&amp;ders</source>
        <translation>Antwort-Hea&amp;der</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
</context>
<context>
    <name>ResponseBody</name>
    <message>
        <source>The provider&apos;s answer is too large to be %1.</source>
        <translation>Die Antwort des Anbieters ist zu groß, um %1 zu sein.</translation>
    </message>
    <message>
        <source>The provider sent an empty answer instead of %1.</source>
        <translation>Der Anbieter hat eine leere Antwort statt %1 gesendet.</translation>
    </message>
    <message>
        <source>The provider answered with a web page instead of %1.</source>
        <translation>Der Anbieter hat mit einer Webseite statt %1 geantwortet.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer could not be read as %1.</source>
        <translation>Die Antwort des Anbieters konnte nicht als %1 gelesen werden.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer is not valid JSON, so it could not be read as %1.</source>
        <translation>Die Antwort des Anbieters ist kein gültiges JSON und konnte daher nicht als %1 gelesen werden.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer is JSON but not an object, so it could not be read as %1.</source>
        <translation>Die Antwort des Anbieters ist JSON, aber kein Objekt, und konnte daher nicht als %1 gelesen werden.</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>The sandbox&apos;s port on 127.0.0.1 (default %1; each port has its own store; 0 with serve: any free port, state in memory only)</source>
        <translation>Der Port der Sandbox auf 127.0.0.1 (Standard %1; jeder Port hat seinen eigenen Speicher; 0 mit serve: ein beliebiger freier Port, Zustand nur im Arbeitsspeicher)</translation>
    </message>
    <message>
        <source>faults, personalities, log: print JSON</source>
        <translation>faults, personalities, log: JSON ausgeben</translation>
    </message>
    <message>
        <source>serve: access token lifetime in seconds (default 3600; kept in the store)</source>
        <translation>serve: Lebensdauer der Zugriffstoken in Sekunden (Standard 3600; im Speicher festgehalten)</translation>
    </message>
    <message>
        <source>serve: device flow polling interval in seconds (default 5; kept in the store)</source>
        <translation>serve: Abfrageintervall des Geräteflusses in Sekunden (Standard 5; im Speicher festgehalten)</translation>
    </message>
    <message>
        <source>serve: switch a fault on from the start (repeatable)</source>
        <translation>serve: eine Störung von Anfang an einschalten (wiederholbar)</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>--port must be a whole number from 0 to 65535</source>
        <translation>--port muss eine ganze Zahl von 0 bis 65535 sein</translation>
    </message>
    <message>
        <source>--port must be a whole number from 1 to 65535 (a sandbox on port 0 keeps no store)</source>
        <translation>--port muss eine ganze Zahl von 1 bis 65535 sein (eine Sandbox auf Port 0 hat keinen Speicher)</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of seconds from %2 to %3</source>
        <translation>--%1 muss eine ganze Zahl von Sekunden von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>there is no fault &quot;%1&quot; (see keyway sandbox faults)</source>
        <translation>es gibt keine Störung „%1“ (siehe keyway sandbox faults)</translation>
    </message>
    <message>
        <source>%1 received; stopping</source>
        <translation>%1 empfangen; wird beendet</translation>
    </message>
    <message>
        <source>another Keyway process already serves this sandbox at %1; keyway sandbox fault works on it from here</source>
        <translation>ein anderer Keyway-Prozess stellt diese Sandbox bereits unter %1 bereit; keyway sandbox fault wirkt von hier aus darauf</translation>
    </message>
    <message>
        <source>Keyway Sandbox running at %1 from %2 (public client keyway-sandbox; keyway-sandbox-confidential / sandbox-secret). Ctrl+C or SIGTERM stops it.</source>
        <translation>Keyway Sandbox läuft unter %1 aus %2 (öffentlicher Client keyway-sandbox; keyway-sandbox-confidential / sandbox-secret). Strg+C oder SIGTERM beendet sie.</translation>
    </message>
    <message>
        <source>Keyway Sandbox running at %1 from memory (public client keyway-sandbox; keyway-sandbox-confidential / sandbox-secret). Ctrl+C or SIGTERM stops it.</source>
        <translation>Keyway Sandbox läuft unter %1 aus dem Arbeitsspeicher (öffentlicher Client keyway-sandbox; keyway-sandbox-confidential / sandbox-secret). Strg+C oder SIGTERM beendet sie.</translation>
    </message>
    <message>
        <source>served now</source>
        <translation>wird gerade bereitgestellt</translation>
    </message>
    <message>
        <source>not served now: the next Keyway that needs it serves it</source>
        <translation>gerade nicht bereitgestellt: das nächste Keyway, das sie braucht, stellt sie bereit</translation>
    </message>
    <message>
        <source>its port is held by a Keyway Sandbox that is not yours</source>
        <translation>ihr Port ist von einer Keyway Sandbox belegt, die nicht Ihre ist</translation>
    </message>
    <message>
        <source>its port is held by a program that is not a Keyway Sandbox</source>
        <translation>ihr Port ist von einem Programm belegt, das keine Keyway Sandbox ist</translation>
    </message>
    <message>
        <source>Keyway Sandbox at %1 (%2)</source>
        <translation>Keyway Sandbox unter %1 (%2)</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <source>Keyway should %1</source>
        <translation>Keyway sollte: %1</translation>
    </message>
    <message>
        <source>Switch one with: keyway sandbox fault NAME on|off|VALUE (actions run at once)</source>
        <translation>Eine umschalten mit: keyway sandbox fault NAME on|off|VALUE (Aktionen laufen sofort)</translation>
    </message>
    <message>
        <source>%1 (client %2): keyway connect %3</source>
        <translation>%1 (Client %2): keyway connect %3</translation>
    </message>
    <message>
        <source>Confidential ones take the client secret sandbox-secret (--client-id ID --client-secret-stdin).</source>
        <translation>Vertrauliche Clients nehmen das Client-Secret sandbox-secret (--client-id ID --client-secret-stdin).</translation>
    </message>
    <message>
        <source>%1 is not a sandbox client that uses private_key_jwt (see keyway sandbox personalities)</source>
        <translation>%1 ist kein Sandbox-Client, der private_key_jwt verwendet (siehe keyway sandbox personalities)</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is neither a JWK nor a PEM private key: %2</source>
        <translation>%1 ist weder ein JWK noch ein privater PEM-Schlüssel: %2</translation>
    </message>
    <message>
        <source>Registered the key %1 for %2</source>
        <translation>Schlüssel %1 für %2 registriert</translation>
    </message>
    <message>
        <source>only &quot;keyway sandbox fault all off&quot; is possible</source>
        <translation>nur „keyway sandbox fault all off“ ist möglich</translation>
    </message>
    <message>
        <source>The Keyway Sandbox forgot everything: keys, grants, tokens, accounts, faults, settings and its log. Connections to it need to be reconnected.</source>
        <translation>Die Keyway Sandbox hat alles vergessen: Schlüssel, Berechtigungen, Token, Konten, Störungen, Einstellungen und ihr Protokoll. Verbindungen zu ihr müssen neu verbunden werden.</translation>
    </message>
    <message>
        <source>Run the built-in Keyway Sandbox and switch its faults</source>
        <translation>Die eingebaute Keyway Sandbox ausführen und ihre Störungen schalten</translation>
    </message>
    <message>
        <source>serve, faults, fault, personalities, client-key, client-cert, log or reset</source>
        <translation>serve, faults, fault, personalities, client-key, client-cert, log oder reset</translation>
    </message>
    <message>
        <source>client-cert: the folder to write the client certificate and its key to (mode 0600)</source>
        <translation>client-cert: Ordner, in den das Client-Zertifikat und sein Schlüssel geschrieben werden (Modus 0600)</translation>
    </message>
    <message>
        <source>give --out FOLDER for the client certificate and its key (the key is not printed)</source>
        <translation>gib --out ORDNER für das Client-Zertifikat und seinen Schlüssel an (der Schlüssel wird nicht ausgegeben)</translation>
    </message>
    <message>
        <source>%1 already exists; remove it or choose another folder</source>
        <translation>%1 existiert bereits; entferne die Datei oder wähle einen anderen Ordner</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write the client certificate and its key to %1</source>
        <translation>das Client-Zertifikat und sein Schlüssel können nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>Registered the client certificate %1 for %2.</source>
        <translation>Client-Zertifikat %1 für %2 registriert.</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Zertifikat: %1</translation>
    </message>
    <message>
        <source>Private key: %1 (mode 0600)</source>
        <translation>Privater Schlüssel: %1 (Modus 0600)</translation>
    </message>
    <message>
        <source>Connect with: keyway connect %1 --client-id %2 --client-cert %3 --client-key-stdin &lt; %4</source>
        <translation>Verbinden mit: keyway connect %1 --client-id %2 --client-cert %3 --client-key-stdin &lt; %4</translation>
    </message>
</context>
<context>
    <name>SandboxFaults</name>
    <message>
        <source>Expire access tokens now</source>
        <translation>Zugriffstoken jetzt ablaufen lassen</translation>
    </message>
    <message>
        <source>Every access token issued so far (by this process or an earlier one) stops working at once: the API and userinfo answer 401 invalid_token, introspection says inactive.</source>
        <translation>Jedes bisher ausgestellte Zugriffstoken (von diesem oder einem früheren Prozess) funktioniert sofort nicht mehr: API und Userinfo antworten 401 invalid_token, die Introspektion meldet inaktiv.</translation>
    </message>
    <message>
        <source>get 401 on the next request, refresh the token and retry the request once; without a refresh token, ask to reconnect.</source>
        <translation>bei der nächsten Anfrage 401 erhalten, das Token erneuern und die Anfrage einmal wiederholen; ohne Refresh-Token zum Neuverbinden auffordern.</translation>
    </message>
    <message>
        <source>Revoke refresh tokens</source>
        <translation>Refresh-Token widerrufen</translation>
    </message>
    <message>
        <source>Every refresh token is revoked, as when the user removes the app&apos;s access at the provider. Access tokens keep working until they expire (expire them too to see it at once).</source>
        <translation>Jedes Refresh-Token wird widerrufen, als hätte der Benutzer den Zugriff der App beim Anbieter entfernt. Zugriffstoken funktionieren bis zu ihrem Ablauf weiter (lassen Sie sie auch ablaufen, um es sofort zu sehen).</translation>
    </message>
    <message>
        <source>get invalid_grant on the next refresh, mark the connection as needing re-authorization and offer to reconnect.</source>
        <translation>bei der nächsten Erneuerung invalid_grant erhalten, die Verbindung als erneut zu autorisieren markieren und das Neuverbinden anbieten.</translation>
    </message>
    <message>
        <source>Next refresh fails</source>
        <translation>Nächste Erneuerung schlägt fehl</translation>
    </message>
    <message>
        <source>The next refresh_token request is answered 400 invalid_grant, and that grant is revoked.</source>
        <translation>Die nächste refresh_token-Anfrage wird mit 400 invalid_grant beantwortet, und diese Freigabe wird widerrufen.</translation>
    </message>
    <message>
        <source>mark the connection as needing re-authorization and prompt to reconnect, without retrying the refresh.</source>
        <translation>die Verbindung als erneut zu autorisieren markieren und zum Neuverbinden auffordern, ohne die Erneuerung zu wiederholen.</translation>
    </message>
    <message>
        <source>Answer 500</source>
        <translation>Mit 500 antworten</translation>
    </message>
    <message>
        <source>The token endpoint, userinfo and the demo API answer 500 Internal Server Error.</source>
        <translation>Token-Endpunkt, Userinfo und die Demo-API antworten 500 Internal Server Error.</translation>
    </message>
    <message>
        <source>show a clear error naming HTTP 500 and keep the connection&apos;s tokens; work again once the fault is off.</source>
        <translation>einen klaren Fehler mit HTTP 500 zeigen und die Token der Verbindung behalten; wieder funktionieren, sobald der Fehler aus ist.</translation>
    </message>
    <message>
        <source>Answer 503</source>
        <translation>Mit 503 antworten</translation>
    </message>
    <message>
        <source>The token endpoint, userinfo and the demo API answer 503 Service Unavailable with Retry-After: 2.</source>
        <translation>Token-Endpunkt, Userinfo und die Demo-API antworten 503 Service Unavailable mit Retry-After: 2.</translation>
    </message>
    <message>
        <source>wait as Retry-After says (when it is at most 10 s) and retry; if the provider stays unavailable, say so clearly and keep the tokens.</source>
        <translation>so lange warten, wie Retry-After sagt (wenn es höchstens 10 s sind), und erneut versuchen; bleibt der Anbieter nicht verfügbar, das klar sagen und die Token behalten.</translation>
    </message>
    <message>
        <source>Answer slowly</source>
        <translation>Langsam antworten</translation>
    </message>
    <message>
        <source>The token endpoint, userinfo and the demo API answer only after a delay (milliseconds, at most 30000).</source>
        <translation>Token-Endpunkt, Userinfo und die Demo-API antworten erst nach einer Verzögerung (Millisekunden, höchstens 30000).</translation>
    </message>
    <message>
        <source>show that it is waiting, stay responsive and let the user cancel; past its own timeout, report a timeout.</source>
        <translation>zeigen, dass es wartet, bedienbar bleiben und den Benutzer abbrechen lassen; nach seinem eigenen Timeout einen Timeout melden.</translation>
    </message>
    <message>
        <source>Malformed token response</source>
        <translation>Fehlerhafte Tokenantwort</translation>
    </message>
    <message>
        <source>The next token endpoint response is 200 with truncated JSON. Nothing is issued or consumed.</source>
        <translation>Die nächste Antwort des Token-Endpunkts ist 200 mit abgeschnittenem JSON. Nichts wird ausgestellt oder verbraucht.</translation>
    </message>
    <message>
        <source>report that the token response could not be read (it is not valid JSON; the details say where it breaks off, never the raw answer, which may hold a token) and keep the tokens it had.</source>
        <translation>melden, dass die Tokenantwort nicht gelesen werden konnte (sie ist kein gültiges JSON; die Details sagen, wo sie abbricht, nie die rohe Antwort, die ein Token enthalten könnte), und die bisherigen Token behalten.</translation>
    </message>
    <message>
        <source>HTML token response</source>
        <translation>HTML-Tokenantwort</translation>
    </message>
    <message>
        <source>The next token endpoint response is 200 with an HTML page, as a captive portal or a misconfigured proxy sends. Nothing is issued or consumed.</source>
        <translation>Die nächste Antwort des Token-Endpunkts ist 200 mit einer HTML-Seite, wie sie ein Captive Portal oder ein falsch eingerichteter Proxy sendet. Nichts wird ausgestellt oder verbraucht.</translation>
    </message>
    <message>
        <source>report that the provider answered with a web page instead of JSON and keep the tokens it had.</source>
        <translation>melden, dass der Anbieter mit einer Webseite statt JSON geantwortet hat, und die bisherigen Token behalten.</translation>
    </message>
    <message>
        <source>Omit expires_in</source>
        <translation>expires_in weglassen</translation>
    </message>
    <message>
        <source>Token responses leave out expires_in (RFC 6749 §5.1 only recommends it); the tokens still expire after the configured lifetime.</source>
        <translation>Tokenantworten lassen expires_in weg (RFC 6749 §5.1 empfiehlt es nur); die Token laufen trotzdem nach der eingestellten Lebensdauer ab.</translation>
    </message>
    <message>
        <source>show the expiry as unknown and refresh when the API answers 401.</source>
        <translation>den Ablauf als unbekannt zeigen und erneuern, wenn die API 401 antwortet.</translation>
    </message>
    <message>
        <source>Wrong state on the callback</source>
        <translation>Falscher state beim Callback</translation>
    </message>
    <message>
        <source>The next authorization response carries a state that does not match the request.</source>
        <translation>Die nächste Autorisierungsantwort trägt einen state, der nicht zur Anfrage passt.</translation>
    </message>
    <message>
        <source>refuse the callback (its state is not this sign-in&apos;s: a possible CSRF attack), request no tokens, and keep waiting for the real response until the time-out, which says a response was ignored.</source>
        <translation>den Callback ablehnen (sein state gehört nicht zu dieser Anmeldung: ein möglicher CSRF-Angriff), keine Token anfordern und bis zum Timeout auf die echte Antwort warten, der dann meldet, dass eine Antwort ignoriert wurde.</translation>
    </message>
    <message>
        <source>Wrong iss on the callback</source>
        <translation>Falsches iss beim Callback</translation>
    </message>
    <message>
        <source>The next authorization response carries an iss naming another server (an RFC 9207 mix-up).</source>
        <translation>Die nächste Autorisierungsantwort trägt ein iss, das einen anderen Server nennt (eine Verwechslung nach RFC 9207).</translation>
    </message>
    <message>
        <source>refuse the callback with an issuer mismatch error and request no tokens.</source>
        <translation>den Callback mit einem Fehler wegen nicht passendem Aussteller ablehnen und keine Token anfordern.</translation>
    </message>
    <message>
        <source>id_token signed with an unknown key</source>
        <translation>id_token mit unbekanntem Schlüssel signiert</translation>
    </message>
    <message>
        <source>The next id_token is signed with a key whose kid the JWKS does not publish.</source>
        <translation>Das nächste id_token ist mit einem Schlüssel signiert, dessen kid das JWKS nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>fetch the JWKS again at once, still find no such key, and refuse the sign-in with a clear error. Another unknown key within 30 s is refused without a fetch.</source>
        <translation>das JWKS sofort erneut abrufen, weiterhin keinen solchen Schlüssel finden und die Anmeldung mit einem klaren Fehler ablehnen. Ein weiterer unbekannter Schlüssel innerhalb von 30 s wird ohne Abruf abgelehnt.</translation>
    </message>
    <message>
        <source>id_token with a wrong nonce</source>
        <translation>id_token mit falscher Nonce</translation>
    </message>
    <message>
        <source>The next id_token issued for a request with a nonce carries another nonce.</source>
        <translation>Das nächste id_token für eine Anfrage mit Nonce trägt eine andere Nonce.</translation>
    </message>
    <message>
        <source>refuse the sign-in (nonce mismatch, a possible replay) with a clear error.</source>
        <translation>die Anmeldung (Nonce passt nicht, ein möglicher Replay) mit einem klaren Fehler ablehnen.</translation>
    </message>
    <message>
        <source>Rotate signing keys</source>
        <translation>Signaturschlüssel wechseln</translation>
    </message>
    <message>
        <source>A new RS256 key signs from now on; the JWKS publishes it beside the previous one.</source>
        <translation>Ab jetzt signiert ein neuer RS256-Schlüssel; das JWKS veröffentlicht ihn neben dem bisherigen.</translation>
    </message>
    <message>
        <source>see an unknown kid on the next id_token, fetch the JWKS again at once and sign in normally, even right after another sign-in.</source>
        <translation>beim nächsten id_token eine unbekannte kid sehen, das JWKS sofort erneut abrufen und sich normal anmelden, auch direkt nach einer anderen Anmeldung.</translation>
    </message>
    <message>
        <source>Provider&apos;s clock is off</source>
        <translation>Uhr des Anbieters geht falsch</translation>
    </message>
    <message>
        <source>The sandbox&apos;s clock runs N minutes ahead (negative: behind): id_tokens carry iat, exp and auth_time off by that much, and so does the Date header of its answers.</source>
        <translation>Die Uhr der Sandbox geht N Minuten vor (negativ: nach): id_tokens tragen um so viel verschobene iat, exp und auth_time, ebenso der Date-Header ihrer Antworten.</translation>
    </message>
    <message>
        <source>accept an id_token whose times are off by up to 5 minutes; beyond that, refuse the sign-in with an error that says how far the provider&apos;s clock is from this computer&apos;s (measured from the Date header), instead of blaming either.</source>
        <translation>ein id_token akzeptieren, dessen Zeiten um bis zu 5 Minuten abweichen; darüber hinaus die Anmeldung mit einem Fehler ablehnen, der sagt, wie weit die Uhr des Anbieters von der dieses Computers abweicht (gemessen am Date-Header), statt einer Seite die Schuld zu geben.</translation>
    </message>
    <message>
        <source>Keys endpoint down</source>
        <translation>Schlüssel-Endpunkt ausgefallen</translation>
    </message>
    <message>
        <source>The JWKS endpoint (/jwks) answers 503 Service Unavailable; everything else works.</source>
        <translation>Der JWKS-Endpunkt (/jwks) antwortet 503 Service Unavailable; alles andere funktioniert.</translation>
    </message>
    <message>
        <source>keep validating id_tokens with the keys it fetched before; when it has none (or meets a new kid), refuse the sign-in with an error saying the provider&apos;s signing keys could not be fetched and store no connection; not ask again within 30 s of a failed fetch, and sign in normally once the keys are back.</source>
        <translation>id_tokens weiter mit den zuvor abgerufenen Schlüsseln prüfen; hat es keine (oder trifft auf eine neue kid), die Anmeldung mit einem Fehler ablehnen, der sagt, dass die Signaturschlüssel des Anbieters nicht abgerufen werden konnten, und keine Verbindung speichern; innerhalb von 30 s nach einem fehlgeschlagenen Abruf nicht erneut fragen und sich normal anmelden, sobald die Schlüssel wieder da sind.</translation>
    </message>
    <message>
        <source>Grant fewer scopes than asked</source>
        <translation>Weniger Scopes als verlangt gewähren</translation>
    </message>
    <message>
        <source>Consent grants only the identity scopes (openid, profile, email, offline_access), whatever was asked and ticked; the token response&apos;s scope lists what was granted (RFC 6749 §5.1).</source>
        <translation>Die Zustimmung gewährt nur die Identitäts-Scopes (openid, profile, email, offline_access), egal was verlangt und angekreuzt wurde; der scope der Tokenantwort nennt, was gewährt wurde (RFC 6749 §5.1).</translation>
    </message>
    <message>
        <source>connect, name the scopes asked for but not granted (the command line on stderr, the window on the connection&apos;s page), keep only the granted ones, and when the API answers 403 insufficient_scope show that answer without refreshing or asking to reconnect.</source>
        <translation>verbinden, die verlangten, aber nicht gewährten Scopes nennen (die Befehlszeile auf stderr, das Fenster auf der Seite der Verbindung), nur die gewährten behalten und, wenn die API 403 insufficient_scope antwortet, diese Antwort zeigen, ohne zu erneuern oder zum Neuverbinden aufzufordern.</translation>
    </message>
    <message>
        <source>Userinfo fails</source>
        <translation>Userinfo schlägt fehl</translation>
    </message>
    <message>
        <source>The userinfo endpoint answers 500 while the token endpoint and the demo API work.</source>
        <translation>Der Userinfo-Endpunkt antwortet 500, während Token-Endpunkt und Demo-API funktionieren.</translation>
    </message>
    <message>
        <source>still connect, naming the account from the id_token&apos;s claims, with a warning in the event log that userinfo failed; API requests keep working.</source>
        <translation>trotzdem verbinden und das Konto aus den Claims des id_token benennen, mit einer Warnung im Ereignisprotokoll, dass Userinfo fehlschlug; API-Anfragen funktionieren weiter.</translation>
    </message>
    <message>
        <source>Client rejected on refresh</source>
        <translation>Client bei Erneuerung abgelehnt</translation>
    </message>
    <message>
        <source>Refresh requests are answered 401 invalid_client, as after the client&apos;s secret was rotated (or the client deleted) at the provider.</source>
        <translation>Erneuerungsanfragen werden mit 401 invalid_client beantwortet, wie nachdem das Secret des Clients beim Anbieter gewechselt (oder der Client gelöscht) wurde.</translation>
    </message>
    <message>
        <source>report that the provider rejected the client&apos;s credentials (invalid_client) without retrying and without calling the grant lost: the tokens are kept, the connection shows the error, and reconnecting in place (with the new secret) restores it.</source>
        <translation>melden, dass der Anbieter die Zugangsdaten des Clients abgelehnt hat (invalid_client), ohne zu wiederholen und ohne die Freigabe für verloren zu erklären: Die Token bleiben erhalten, die Verbindung zeigt den Fehler, und ein Neuverbinden an Ort und Stelle (mit dem neuen Secret) stellt sie wieder her.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>on, off, a number of requests up to %1, or -1 for until switched off</source>
        <translation>an, aus, eine Anzahl Anfragen bis %1 oder -1 für bis zum Ausschalten</translation>
    </message>
    <message>
        <source>on, off or a number of %1 from %2 to %3</source>
        <translation>an, aus oder eine Anzahl %1 von %2 bis %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value for the fault %2: use %3.</source>
        <translation>„%1“ ist kein Wert für den Fehler %2: Verwenden Sie %3.</translation>
    </message>
    <message>
        <source>until switched off</source>
        <translation>bis zum Ausschalten</translation>
    </message>
    <message>
        <source>next request only</source>
        <translation>nur nächste Anfrage</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>next %n request(s)</source>
        <translation>
            <numerusform>nächste %n Anfrage</numerusform>
            <numerusform>nächste %n Anfragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxKeys</name>
    <message>
        <source>The sandbox has no signing key yet.</source>
        <translation>Die Sandbox hat noch keinen Signaturschlüssel.</translation>
    </message>
</context>
<context>
    <name>SandboxPages</name>
    <message>
        <source>sign you in with your account ID (always granted)</source>
        <translation>Sie mit Ihrer Konto-ID anmelden (immer gewährt)</translation>
    </message>
    <message>
        <source>see your name and user name</source>
        <translation>Ihren Namen und Benutzernamen sehen</translation>
    </message>
    <message>
        <source>see your email address</source>
        <translation>Ihre E-Mail-Adresse sehen</translation>
    </message>
    <message>
        <source>stay connected while you are away (a refresh token)</source>
        <translation>verbunden bleiben, während Sie weg sind (ein Refresh-Token)</translation>
    </message>
    <message>
        <source>read your contacts</source>
        <translation>Ihre Kontakte lesen</translation>
    </message>
    <message>
        <source>create contacts</source>
        <translation>Kontakte anlegen</translation>
    </message>
    <message>
        <source>read your calendar events</source>
        <translation>Ihre Kalendertermine lesen</translation>
    </message>
    <message>
        <source>Sign in and allow access</source>
        <translation>Anmelden und Zugriff erlauben</translation>
    </message>
    <message>
        <source>The application &lt;strong&gt;%1&lt;/strong&gt; asks to connect to your sandbox account.</source>
        <translation>Die Anwendung &lt;strong&gt;%1&lt;/strong&gt; möchte sich mit Ihrem Sandbox-Konto verbinden.</translation>
    </message>
    <message>
        <source>Device code:</source>
        <translation>Gerätecode:</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>Any name works: the sandbox has no passwords and creates the account as you sign in.</source>
        <translation>Jeder Name geht: Die Sandbox hat keine Passwörter und legt das Konto bei der Anmeldung an.</translation>
    </message>
    <message>
        <source>Allow it to</source>
        <translation>Erlauben, dass sie</translation>
    </message>
    <message>
        <source>No scopes were requested.</source>
        <translation>Es wurden keine Scopes angefordert.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Zustimmen</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Cancel and return to the application</source>
        <translation>Abbrechen und zur Anwendung zurückkehren</translation>
    </message>
    <message>
        <source>Sign in to Keyway Sandbox</source>
        <translation>Bei Keyway Sandbox anmelden</translation>
    </message>
    <message>
        <source>Connect a device</source>
        <translation>Ein Gerät verbinden</translation>
    </message>
    <message>
        <source>Enter the code your device or application shows.</source>
        <translation>Geben Sie den Code ein, den Ihr Gerät oder Ihre Anwendung zeigt.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Connect a device to Keyway Sandbox</source>
        <translation>Ein Gerät mit Keyway Sandbox verbinden</translation>
    </message>
    <message>
        <source>Connect %1?</source>
        <translation>%1 verbinden?</translation>
    </message>
    <message>
        <source>Check that your device shows the code</source>
        <translation>Prüfen Sie, dass Ihr Gerät den Code zeigt</translation>
    </message>
    <message>
        <source>Continue only if you started this sign-in yourself. It asks for:</source>
        <translation>Fahren Sie nur fort, wenn Sie diese Anmeldung selbst begonnen haben. Sie verlangt:</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Confirm the device</source>
        <translation>Das Gerät bestätigen</translation>
    </message>
    <message>
        <source>Device connected</source>
        <translation>Gerät verbunden</translation>
    </message>
    <message>
        <source>You can close this page and return to your device.</source>
        <translation>Sie können diese Seite schließen und zu Ihrem Gerät zurückkehren.</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>The device was not connected. You can close this page.</source>
        <translation>Das Gerät wurde nicht verbunden. Sie können diese Seite schließen.</translation>
    </message>
    <message>
        <source>The sandbox is running</source>
        <translation>Die Sandbox läuft</translation>
    </message>
    <message>
        <source>A practice OAuth 2.0 and OpenID Connect provider built into Keyway, on this computer only.</source>
        <translation>Ein Übungsanbieter für OAuth 2.0 und OpenID Connect, in Keyway eingebaut, nur auf diesem Computer.</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Discovery</translation>
    </message>
    <message>
        <source>Public client</source>
        <translation>Öffentlicher Client</translation>
    </message>
    <message>
        <source>Confidential client</source>
        <translation>Vertraulicher Client</translation>
    </message>
    <message>
        <source>Demo API</source>
        <translation>Demo-API</translation>
    </message>
</context>
<context>
    <name>SandboxPanel</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Keyway Sandbox</source>
        <translation>Keyway Sandbox</translation>
    </message>
    <message>
        <source>A practice provider on this computer: sign in as anyone, call its demo API, and switch on faults to see how Keyway copes. It listens on 127.0.0.1 only.</source>
        <translation>Ein Übungsanbieter auf diesem Computer: Melden Sie sich als beliebige Person an, rufen Sie seine Demo-API auf und schalten Sie Fehler ein, um zu sehen, wie Keyway damit umgeht. Er lauscht nur auf 127.0.0.1.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Sandbox status</source>
        <translation>Status der Sandbox</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start the sandbox on 127.0.0.1</source>
        <translation>Die Sandbox auf 127.0.0.1 starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Stop the sandbox and release its port</source>
        <translation>Die Sandbox stoppen und ihren Port freigeben</translation>
    </message>
    <message>
        <source>Sandbox error</source>
        <translation>Sandbox-Fehler</translation>
    </message>
    <message>
        <source>Personalities</source>
        <translation>Persönlichkeiten</translation>
    </message>
    <message>
        <source>Each personality is a client of the sandbox that behaves as some real providers do. Connect to one to rehearse it; the line below it says what Keyway should do.</source>
        <translation>Jede Persönlichkeit ist ein Client der Sandbox, der sich wie manche echten Anbieter verhält. Verbinden Sie sich mit einer, um sie zu proben; die Zeile darunter sagt, was Keyway tun sollte.</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Each fault makes the sandbox misbehave the way real providers do. The line below it says what Keyway should show.</source>
        <translation>Jeder Fehler lässt die Sandbox so danebenliegen, wie es echte Anbieter tun. Die Zeile darunter sagt, was Keyway zeigen sollte.</translation>
    </message>
    <message>
        <source>Last fault change</source>
        <translation>Letzte Fehleränderung</translation>
    </message>
    <message>
        <source>Switch &amp;all off</source>
        <translation>&amp;Alle ausschalten</translation>
    </message>
    <message>
        <source>Switch every fault off</source>
        <translation>Alle Fehler ausschalten</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Requests the sandbox answered</source>
        <translation>Von der Sandbox beantwortete Anfragen</translation>
    </message>
</context>
<context>
    <name>SandboxPersonality</name>
    <message>
        <source>standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>A public client: PKCE S256, any loopback port with the path /callback (RFC 8252 §7.3), rotating refresh tokens with reuse detection, the authorization code, device and refresh grants.</source>
        <translation>Ein öffentlicher Client: PKCE S256, jeder Loopback-Port mit dem Pfad /callback (RFC 8252 §7.3), rotierende Refresh-Token mit Wiederverwendungserkennung, die Grants Authorization Code, Gerät und Refresh.</translation>
    </message>
    <message>
        <source>connect with PKCE on an ephemeral loopback port and refresh without asking the user.</source>
        <translation>mit PKCE auf einem kurzlebigen Loopback-Port verbinden und erneuern, ohne den Benutzer zu fragen.</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>vertraulich</translation>
    </message>
    <message>
        <source>A confidential client with the published secret sandbox-secret, by client_secret_basic or client_secret_post; the only client allowed the client credentials grant.</source>
        <translation>Ein vertraulicher Client mit dem veröffentlichten Secret sandbox-secret, per client_secret_basic oder client_secret_post; der einzige Client, dem der Client-Credentials-Grant erlaubt ist.</translation>
    </message>
    <message>
        <source>authenticate with the secret kept in the keychain and renew client credentials tokens on its own.</source>
        <translation>sich mit dem im Schlüsselbund gespeicherten Secret authentifizieren und Client-Credentials-Token selbstständig erneuern.</translation>
    </message>
    <message>
        <source>exact redirect</source>
        <translation>exakte Weiterleitung</translation>
    </message>
    <message>
        <source>Only the registered redirect URI http://127.0.0.1:27660/callback is accepted, compared exactly, port included, as Dropbox, X and Xero do. Any other redirect URI gets an error page and is never redirected to (RFC 6749 §4.1.2.1).</source>
        <translation>Nur die eingetragene Weiterleitungs-URI http://127.0.0.1:27660/callback wird akzeptiert, exakt verglichen, Port eingeschlossen, wie bei Dropbox, X und Xero. Jede andere Weiterleitungs-URI bekommt eine Fehlerseite und wird nie angesteuert (RFC 6749 §4.1.2.1).</translation>
    </message>
    <message>
        <source>listen on the registered port 27660, send exactly that redirect URI and connect; when another program holds that port, say so instead of trying another one (a sign-in with another redirect URI stops at the provider&apos;s error page).</source>
        <translation>auf dem eingetragenen Port 27660 lauschen, genau diese Weiterleitungs-URI senden und verbinden; belegt ein anderes Programm den Port, das sagen, statt einen anderen zu versuchen (eine Anmeldung mit einer anderen Weiterleitungs-URI endet auf der Fehlerseite des Anbieters).</translation>
    </message>
    <message>
        <source>refresh reuse detection</source>
        <translation>Erkennung wiederverwendeter Refresh-Token</translation>
    </message>
    <message>
        <source>Every refresh returns a new refresh token and spends the old one; a refresh token presented twice revokes the whole grant, as oidc-provider and many providers do (RFC 9700 §4.14.2).</source>
        <translation>Jede Erneuerung liefert ein neues Refresh-Token und verbraucht das alte; ein zweimal vorgelegtes Refresh-Token widerruft die ganze Freigabe, wie es oidc-provider und viele Anbieter tun (RFC 9700 §4.14.2).</translation>
    </message>
    <message>
        <source>keep the new refresh token of every refresh and never send a spent one; when a spent one was presented elsewhere and the grant is revoked, mark the connection as needing re-authorization.</source>
        <translation>das neue Refresh-Token jeder Erneuerung behalten und nie ein verbrauchtes senden; wurde ein verbrauchtes anderswo vorgelegt und die Freigabe widerrufen, die Verbindung als erneut zu autorisieren markieren.</translation>
    </message>
    <message>
        <source>non-expiring tokens</source>
        <translation>nicht ablaufende Token</translation>
    </message>
    <message>
        <source>Access tokens never expire and token responses carry no expires_in and no refresh token, as GitHub OAuth apps and Slack do.</source>
        <translation>Zugriffstoken laufen nie ab, und Tokenantworten tragen weder expires_in noch ein Refresh-Token, wie bei GitHub-OAuth-Apps und Slack.</translation>
    </message>
    <message>
        <source>connect, show the expiry as unknown, schedule no refresh and keep calling the API with the same token.</source>
        <translation>verbinden, den Ablauf als unbekannt zeigen, keine Erneuerung planen und die API weiter mit demselben Token aufrufen.</translation>
    </message>
    <message>
        <source>nested token response</source>
        <translation>verschachtelte Tokenantwort</translation>
    </message>
    <message>
        <source>The token response puts the RFC 6749 §5.1 members inside an object: {&quot;ok&quot;: true, &quot;data&quot;: {&quot;access_token&quot;: ...}}, as Withings and Slack do.</source>
        <translation>Die Tokenantwort legt die Felder aus RFC 6749 §5.1 in ein Objekt: {&quot;ok&quot;: true, &quot;data&quot;: {&quot;access_token&quot;: ...}}, wie bei Withings und Slack.</translation>
    </message>
    <message>
        <source>read the tokens at the paths the catalogue entry names (data.access_token, ...), connect and refresh.</source>
        <translation>die Token an den Pfaden lesen, die der Katalogeintrag nennt (data.access_token, ...), verbinden und erneuern.</translation>
    </message>
    <message>
        <source>form-encoded token response</source>
        <translation>formularkodierte Tokenantwort</translation>
    </message>
    <message>
        <source>The token endpoint answers application/x-www-form-urlencoded instead of JSON, as GitHub does without an Accept header.</source>
        <translation>Der Token-Endpunkt antwortet application/x-www-form-urlencoded statt JSON, wie GitHub ohne Accept-Header.</translation>
    </message>
    <message>
        <source>read the form-encoded token response as the catalogue entry says, connect and refresh.</source>
        <translation>die formularkodierte Tokenantwort so lesen, wie der Katalogeintrag sagt, verbinden und erneuern.</translation>
    </message>
    <message>
        <source>odd-case token_type</source>
        <translation>token_type in ungewöhnlicher Schreibung</translation>
    </message>
    <message>
        <source>token_type comes as &quot;bearer&quot; from the code exchange and &quot;BEARER&quot; from refreshes (RFC 6749 §5.1 makes it case-insensitive).</source>
        <translation>token_type kommt beim Codetausch als „bearer“ und bei Erneuerungen als „BEARER“ (RFC 6749 §5.1 macht es unabhängig von Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>take either as Bearer and send Authorization: Bearer on API requests.</source>
        <translation>beides als Bearer nehmen und bei API-Anfragen Authorization: Bearer senden.</translation>
    </message>
    <message>
        <source>client_secret_basic only</source>
        <translation>nur client_secret_basic</translation>
    </message>
    <message>
        <source>A confidential client (secret sandbox-secret) that must authenticate with HTTP Basic; the secret in the request body is refused with 401 invalid_client.</source>
        <translation>Ein vertraulicher Client (Secret sandbox-secret), der sich mit HTTP Basic authentifizieren muss; das Secret im Anfrage-Body wird mit 401 invalid_client abgelehnt.</translation>
    </message>
    <message>
        <source>send the client secret with HTTP Basic only (RFC 6749 §2.3.1), never in the body.</source>
        <translation>das Client-Secret nur per HTTP Basic senden (RFC 6749 §2.3.1), nie im Body.</translation>
    </message>
    <message>
        <source>client_secret_post only</source>
        <translation>nur client_secret_post</translation>
    </message>
    <message>
        <source>A confidential client (secret sandbox-secret) that must send client_id and client_secret in the request body; HTTP Basic is refused with 401 invalid_client.</source>
        <translation>Ein vertraulicher Client (Secret sandbox-secret), der client_id und client_secret im Anfrage-Body senden muss; HTTP Basic wird mit 401 invalid_client abgelehnt.</translation>
    </message>
    <message>
        <source>send the client secret in the body only (client_secret_post), never in an Authorization header.</source>
        <translation>das Client-Secret nur im Body senden (client_secret_post), nie in einem Authorization-Header.</translation>
    </message>
    <message>
        <source>private_key_jwt</source>
        <translation>private_key_jwt</translation>
    </message>
    <message>
        <source>A confidential client that authenticates with a JWT signed by its private key (RFC 7523 §2.2): the public key is registered with keyway sandbox client-key keyway-sandbox-private-key-jwt FILE; the assertion&apos;s signature, iss and sub, aud (the issuer or the token endpoint), exp and jti are checked, and a jti used twice is refused.</source>
        <translation>Ein vertraulicher Client, der sich mit einem von seinem privaten Schlüssel signierten JWT authentifiziert (RFC 7523 §2.2): Der öffentliche Schlüssel wird mit keyway sandbox client-key keyway-sandbox-private-key-jwt DATEI eingetragen; Signatur, iss und sub, aud (der Aussteller oder der Token-Endpunkt), exp und jti der Assertion werden geprüft, und eine zweimal verwendete jti wird abgelehnt.</translation>
    </message>
    <message>
        <source>sign a new assertion with a fresh jti and a short exp for every token request, addressed to the issuer, and keep the private key in the keychain only.</source>
        <translation>für jede Tokenanfrage eine neue Assertion mit frischer jti und kurzem exp signieren, an den Aussteller adressiert, und den privaten Schlüssel nur im Schlüsselbund aufbewahren.</translation>
    </message>
    <message>
        <source>device flow slow_down</source>
        <translation>Geräte-Flow slow_down</translation>
    </message>
    <message>
        <source>The device flow answers authorization_pending until the user approves (and to the first poll of every device code, however quick the user), and slow_down to the second; every slow_down adds 5 s to the interval, and a poll sooner than that is answered slow_down again (RFC 8628 §3.5).</source>
        <translation>Der Geräte-Flow antwortet authorization_pending, bis der Benutzer zustimmt (und auf die erste Abfrage jedes Gerätecodes, egal wie schnell der Benutzer ist), und slow_down auf die zweite; jedes slow_down verlängert das Intervall um 5 s, und eine frühere Abfrage wird wieder mit slow_down beantwortet (RFC 8628 §3.5).</translation>
    </message>
    <message>
        <source>keep polling on authorization_pending, add 5 s to its interval for good on slow_down and connect once the user approves.</source>
        <translation>bei authorization_pending weiter abfragen, bei slow_down sein Intervall dauerhaft um 5 s verlängern und verbinden, sobald der Benutzer zustimmt.</translation>
    </message>
    <message>
        <source>expiring refresh tokens</source>
        <translation>ablaufende Refresh-Token</translation>
    </message>
    <message>
        <source>Refresh tokens die when left unused for 2 minutes, as Microsoft&apos;s do after 90 days and Xero&apos;s after 60, and every grant ends 10 minutes after consent, used or not, as QuickBooks&apos; do after five years: the token endpoint answers invalid_grant. Each refresh returns a new refresh token with 2 minutes to live.</source>
        <translation>Refresh-Token verfallen, wenn sie 2 Minuten ungenutzt bleiben, wie die von Microsoft nach 90 Tagen und die von Xero nach 60, und jede Freigabe endet 10 Minuten nach der Zustimmung, genutzt oder nicht, wie die von QuickBooks nach fünf Jahren: Der Token-Endpunkt antwortet invalid_grant. Jede Erneuerung liefert ein neues Refresh-Token mit 2 Minuten Lebensdauer.</translation>
    </message>
    <message>
        <source>renew a refresh token that would lapse unused (keyway keep-alive, or the window left running), warn &quot;Reconnect before&quot; as the grant&apos;s end nears, and once it has ended mark the connection as needing re-authorization.</source>
        <translation>ein Refresh-Token erneuern, das ungenutzt verfallen würde (keyway keep-alive oder das weiterlaufende Fenster), „Neu verbinden vor“ warnen, wenn das Ende der Freigabe naht, und danach die Verbindung als erneut zu autorisieren markieren.</translation>
    </message>
    <message>
        <source>DPoP</source>
        <translation>DPoP</translation>
    </message>
    <message>
        <source>A public client whose tokens are bound to a key (DPoP, RFC 9449): every token request must carry a proof signed by the client&apos;s key, and the proof is checked as §4.3 says (typ, an asymmetric alg, the signature with its own jwk, method, URL, age, a jti used once). Access tokens come as token_type DPoP bound with cnf.jkt, refresh tokens stay bound to the same key, and the token endpoint and the demo API demand the sandbox&apos;s nonce (use_dpop_nonce). The API refuses a bound token sent as Bearer or with a proof signed by another key.</source>
        <translation>Ein öffentlicher Client, dessen Tokens an einen Schlüssel gebunden sind (DPoP, RFC 9449): Jede Token-Anfrage muss einen mit dem Schlüssel des Clients signierten Nachweis enthalten, und der Nachweis wird geprüft, wie §4.3 es verlangt (typ, ein asymmetrischer alg, die Signatur mit seinem eigenen jwk, Methode, URL, Alter, eine nur einmal verwendete jti). Zugriffstokens kommen als token_type DPoP, gebunden mit cnf.jkt, Refresh-Tokens bleiben an denselben Schlüssel gebunden, und der Token-Endpunkt sowie die Demo-API verlangen die Nonce der Sandbox (use_dpop_nonce). Die API lehnt ein gebundenes Token ab, das als Bearer oder mit einem Nachweis eines anderen Schlüssels gesendet wird.</translation>
    </message>
    <message>
        <source>make a key pair for the connection, sign a new proof for every token, refresh and API request, send the request once more with the nonce the sandbox asks for, and call the API with the DPoP scheme.</source>
        <translation>ein Schlüsselpaar für die Verbindung erzeugen, für jede Token-, Erneuerungs- und API-Anfrage einen neuen Nachweis signieren, die Anfrage mit der von der Sandbox verlangten Nonce noch einmal senden und die API mit dem Schema DPoP aufrufen.</translation>
    </message>
    <message>
        <source>mutual TLS</source>
        <translation>gegenseitiges TLS</translation>
    </message>
    <message>
        <source>A confidential client that authenticates with a self-signed TLS client certificate (RFC 8705 §2.2, self_signed_tls_client_auth) at the sandbox&apos;s TLS listener, https://127.0.0.1:47232, which discovery names in mtls_endpoint_aliases. The certificate is made and registered with keyway sandbox client-cert --out FOLDER; a request without it, or with another one, is refused with 401 invalid_client. Access tokens are bound to it (cnf x5t#S256, RFC 8705 §3.1), and the demo API and userinfo at the TLS listener refuse a bound token sent over a connection without that certificate (401 invalid_token).</source>
        <translation>Ein vertraulicher Client, der sich mit einem selbstsignierten TLS-Client-Zertifikat authentifiziert (RFC 8705 §2.2, self_signed_tls_client_auth), und zwar am TLS-Listener der Sandbox, https://127.0.0.1:47232, den die Discovery in mtls_endpoint_aliases nennt. Das Zertifikat wird mit keyway sandbox client-cert --out ORDNER erzeugt und registriert; eine Anfrage ohne es oder mit einem anderen wird mit 401 invalid_client abgelehnt. Access-Tokens sind an es gebunden (cnf x5t#S256, RFC 8705 §3.1), und die Demo-API und userinfo am TLS-Listener lehnen ein gebundenes Token ab, das über eine Verbindung ohne dieses Zertifikat kommt (401 invalid_token).</translation>
    </message>
    <message>
        <source>trust the sandbox&apos;s self-signed server certificate for its TLS origin only, present the client certificate to the token endpoint alias and the API, keep its private key in the keychain, and call the API with the bound token.</source>
        <translation>dem selbstsignierten Serverzertifikat der Sandbox nur für deren TLS-Origin vertrauen, das Client-Zertifikat dem Token-Endpunkt-Alias und der API vorlegen, seinen privaten Schlüssel im Schlüsselbund aufbewahren und die API mit dem gebundenen Token aufrufen.</translation>
    </message>
</context>
<context>
    <name>SandboxStore</name>
    <message>
        <source>The Keyway Sandbox cannot open its store %1.</source>
        <translation>Die Keyway Sandbox kann ihren Speicher %1 nicht öffnen.</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>not a usable SQLite database: %1</source>
        <translation>keine verwendbare SQLite-Datenbank: %1</translation>
    </message>
    <message>
        <source>made by a newer Keyway (schema %1)</source>
        <translation>von einem neueren Keyway angelegt (Schema %1)</translation>
    </message>
    <message>
        <source>The Keyway Sandbox cannot set up its store.</source>
        <translation>Die Keyway-Sandbox kann ihren Speicher nicht einrichten.</translation>
    </message>
</context>
<context>
    <name>SandboxTls</name>
    <message>
        <source>The Keyway Sandbox&apos;s TLS certificate cannot be read.</source>
        <translation>Das TLS-Zertifikat der Keyway Sandbox kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The Keyway Sandbox could not make its TLS certificate.</source>
        <translation>Die Keyway Sandbox konnte ihr TLS-Zertifikat nicht erzeugen.</translation>
    </message>
</context>
<context>
    <name>SaveExchangedDialog</name>
    <message>
        <source>Save the exchanged token as a connection</source>
        <translation>Das getauschte Token als Verbindung speichern</translation>
    </message>
    <message>
        <source>Keeps the exchanged token in the keychain as a new connection, so the request console and the command line can call the other service with it. It is sent as it is, only to the API base below, and never renewed: once it expires, exchange again.</source>
        <translation>Bewahrt das getauschte Token als neue Verbindung im Schlüsselbund auf, damit die Anfragekonsole und die Befehlszeile den anderen Dienst damit aufrufen können. Es wird unverändert und nur an die API-Basis unten gesendet und nie erneuert: Tauschen Sie erneut, sobald es abläuft.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name of the new connection</source>
        <translation>Name der neuen Verbindung</translation>
    </message>
    <message>
        <source>&amp;API base URL:</source>
        <translation>&amp;API-Basis-URL:</translation>
    </message>
    <message>
        <source>API base URL of the service the token is for</source>
        <translation>API-Basis-URL des Dienstes, für den das Token bestimmt ist</translation>
    </message>
    <message>
        <source>https://api.example.com/</source>
        <translation>https://api.example.com/</translation>
    </message>
    <message>
        <source>Why the connection cannot be saved yet</source>
        <translation>Warum die Verbindung noch nicht gespeichert werden kann</translation>
    </message>
</context>
<context>
    <name>ScopesPanel</name>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>What Keyway may do with this account. The integration&apos;s usual permissions are ticked; tick more or fewer, or type the provider&apos;s own scope names.</source>
        <translation>Was Keyway mit diesem Konto tun darf. Die üblichen Berechtigungen der Integration sind angekreuzt; kreuzen Sie mehr oder weniger an, oder geben Sie die Scope-Namen des Anbieters ein.</translation>
    </message>
    <message>
        <source>Permissions to request</source>
        <translation>Anzufordernde Berechtigungen</translation>
    </message>
    <message>
        <source>Space toggles a permission</source>
        <translation>Die Leertaste schaltet eine Berechtigung um</translation>
    </message>
    <message>
        <source>&amp;More scopes:</source>
        <translation>&amp;Weitere Scopes:</translation>
    </message>
    <message>
        <source>Provider scopes or Keyway permission ids, separated by spaces</source>
        <translation>Scopes des Anbieters oder Keyway-Berechtigungs-IDs, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>Additional scopes</source>
        <translation>Zusätzliche Scopes</translation>
    </message>
    <message>
        <source>Scopes that will be requested</source>
        <translation>Scopes, die angefordert werden</translation>
    </message>
    <message>
        <source>Scope warnings</source>
        <translation>Scope-Warnungen</translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificate</name>
    <message>
        <source>A certificate could not be made.</source>
        <translation>Ein Zertifikat konnte nicht erzeugt werden.</translation>
    </message>
</context>
<context>
    <name>ServiceAccountKey</name>
    <message>
        <source>The service account key file is empty.</source>
        <translation>Die Schlüsseldatei des Dienstkontos ist leer.</translation>
    </message>
    <message>
        <source>The service account key file is not valid JSON.</source>
        <translation>Die Schlüsseldatei des Dienstkontos ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 bei Position %2</translation>
    </message>
    <message>
        <source>The service account key file is not valid: expected a JSON object.</source>
        <translation>Die Schlüsseldatei des Dienstkontos ist ungültig: Ein JSON-Objekt wurde erwartet.</translation>
    </message>
    <message>
        <source>The service account key file has no &quot;%1&quot;.</source>
        <translation>Die Schlüsseldatei des Dienstkontos hat kein „%1“.</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; of the service account key file must be a non-empty string.</source>
        <translation>„%1“ der Schlüsseldatei des Dienstkontos muss ein nicht leerer String sein.</translation>
    </message>
    <message>
        <source>This is not a service account key file: its &quot;type&quot; is &quot;%1&quot;, not &quot;service_account&quot;.</source>
        <translation>Dies ist keine Schlüsseldatei eines Dienstkontos: Ihr „type“ ist „%1“, nicht „service_account“.</translation>
    </message>
    <message>
        <source>The &quot;client_email&quot; of the service account key file is not an e-mail address.</source>
        <translation>„client_email“ der Schlüsseldatei des Dienstkontos ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The &quot;token_uri&quot; of the service account key file is not an https URL.</source>
        <translation>„token_uri“ der Schlüsseldatei des Dienstkontos ist keine https-URL.</translation>
    </message>
    <message>
        <source>The &quot;private_key&quot; of the service account key file cannot be used: %1</source>
        <translation>„private_key“ der Schlüsseldatei des Dienstkontos ist nicht verwendbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>This file is too large to be a service account key (%n byte(s)).</source>
        <translation>
            <numerusform>Diese Datei ist zu groß für einen Dienstkontoschlüssel (%n Byte).</numerusform>
            <numerusform>Diese Datei ist zu groß für einen Dienstkontoschlüssel (%n Bytes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sign-in and refresh</source>
        <translation>Anmeldung und Erneuerung</translation>
    </message>
    <message>
        <source>&amp;Browser command:</source>
        <translation>&amp;Browserbefehl:</translation>
    </message>
    <message>
        <source>System browser</source>
        <translation>Systembrowser</translation>
    </message>
    <message>
        <source>Browser command</source>
        <translation>Browserbefehl</translation>
    </message>
    <message>
        <source>Command that opens sign-in pages; %u or %s is replaced by the address (otherwise it is added at the end). Empty uses the system browser.</source>
        <translation>Befehl, der Anmeldeseiten öffnet; %u oder %s wird durch die Adresse ersetzt (sonst wird sie am Ende angefügt). Leer verwendet den Systembrowser.</translation>
    </message>
    <message>
        <source>For example: firefox --private-window %u (%s works too; without either, the address is added at the end)</source>
        <translation>Zum Beispiel: firefox --private-window %u (%s geht auch; ohne beides wird die Adresse am Ende angefügt)</translation>
    </message>
    <message>
        <source>Refresh &amp;before expiry:</source>
        <translation>Erneuern &amp;vor Ablauf:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Refresh lead time in seconds</source>
        <translation>Vorlaufzeit der Erneuerung in Sekunden</translation>
    </message>
    <message>
        <source>&amp;Keep grants alive daily, even when Keyway is closed</source>
        <translation>Freigaben täglich &amp;am Leben halten, auch wenn Keyway geschlossen ist</translation>
    </message>
    <message>
        <source>A systemd user timer runs keyway keep-alive every day: refresh tokens that would lapse unused are renewed, and grants near their end are reported (keyway keep-alive --install)</source>
        <translation>Ein systemd-Benutzer-Timer führt jeden Tag keyway keep-alive aus: Refresh-Token, die ungenutzt verfallen würden, werden erneuert, und Freigaben kurz vor ihrem Ende werden gemeldet (keyway keep-alive --install)</translation>
    </message>
    <message>
        <source>Installs or removes a systemd user timer that runs keyway keep-alive daily</source>
        <translation>Installiert oder entfernt einen systemd-Benutzer-Timer, der keyway keep-alive täglich ausführt</translation>
    </message>
    <message>
        <source>Network proxy</source>
        <translation>Netzwerk-Proxy</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Die Proxy-Einstellungen des &amp;Systems verwenden</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>&amp;Kein Proxy</translation>
    </message>
    <message>
        <source>&amp;HTTP proxy:</source>
        <translation>&amp;HTTP-Proxy:</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>Extra trusted CA certificates</source>
        <translation>Zusätzlich vertrauenswürdige CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM files trusted in addition to the system&apos;s certificates, for company proxies or private identity providers.</source>
        <translation>PEM-Dateien, denen zusätzlich zu den Zertifikaten des Systems vertraut wird, für Firmen-Proxys oder private Identitätsanbieter.</translation>
    </message>
    <message>
        <source>Extra CA certificate files</source>
        <translation>Zusätzliche CA-Zertifikatsdateien</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>Add CA certificate file</source>
        <translation>CA-Zertifikatsdatei hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove selected CA certificate file</source>
        <translation>Gewählte CA-Zertifikatsdatei entfernen</translation>
    </message>
    <message>
        <source>Keyway follows the system&apos;s light or dark appearance.</source>
        <translation>Keyway folgt dem hellen oder dunklen Erscheinungsbild des Systems.</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Sprache und Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of Keyway&apos;s window and command line. It applies when Keyway next starts; the KEYWAY_LANGUAGE environment variable overrides it.</source>
        <translation>Die Sprache des Keyway-Fensters und der Befehlszeile. Sie gilt ab dem nächsten Start von Keyway; die Umgebungsvariable KEYWAY_LANGUAGE hat Vorrang.</translation>
    </message>
    <message>
        <source>A new language applies when Keyway next starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Keyway.</translation>
    </message>
</context>
<context>
    <name>SetupGuide</name>
    <message>
        <source>An app redirect (RFC 8252 §7.1): the browser hands it to Keyway through the desktop, so Keyway must be installed with its desktop files.</source>
        <translation>Eine App-Weiterleitung (RFC 8252 §7.1): Der Browser übergibt sie über den Desktop an Keyway, daher muss Keyway mit seinen Desktop-Dateien installiert sein.</translation>
    </message>
    <message>
        <source>Register it exactly, port included: the provider compares the whole URI, so Keyway always listens on port %1 for it.</source>
        <translation>Tragen Sie sie exakt ein, Port eingeschlossen: Der Anbieter vergleicht die ganze URI, daher lauscht Keyway dafür immer auf Port %1.</translation>
    </message>
    <message>
        <source>Any port: Keyway listens on a free port chosen for each sign-in, and the provider accepts any port on a loopback redirect URI (RFC 8252 §7.3). Register the address as shown.</source>
        <translation>Beliebiger Port: Keyway lauscht auf einem freien, für jede Anmeldung gewählten Port, und der Anbieter akzeptiert jeden Port bei einer Loopback-Weiterleitungs-URI (RFC 8252 §7.3). Tragen Sie die Adresse wie angezeigt ein.</translation>
    </message>
    <message>
        <source>A public client (no client secret): Keyway proves the sign-in with PKCE (RFC 7636); give Keyway the client ID only.</source>
        <translation>Ein öffentlicher Client (ohne Client-Secret): Keyway sichert die Anmeldung mit PKCE ab (RFC 7636); geben Sie Keyway nur die Client-ID.</translation>
    </message>
    <message>
        <source>A confidential client that authenticates with a key pair (private_key_jwt): register the public key and give Keyway the private one.</source>
        <translation>Ein vertraulicher Client, der sich mit einem Schlüsselpaar authentifiziert (private_key_jwt): Tragen Sie den öffentlichen Schlüssel ein und geben Sie Keyway den privaten.</translation>
    </message>
    <message>
        <source>A confidential client (with a client secret): give Keyway the client ID and the secret.</source>
        <translation>Ein vertraulicher Client (mit Client-Secret): Geben Sie Keyway die Client-ID und das Secret.</translation>
    </message>
    <message>
        <source>A confidential client (with a client secret, sent as %1): give Keyway the client ID and the secret.</source>
        <translation>Ein vertraulicher Client (mit Client-Secret, gesendet als %1): Geben Sie Keyway die Client-ID und das Secret.</translation>
    </message>
    <message>
        <source>(no redirect URI: this provider accepts none for a desktop app, see above)</source>
        <translation>(keine Weiterleitungs-URI: Dieser Anbieter akzeptiert keine für eine Desktop-App, siehe oben)</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>none: %1</source>
        <translation>keine: %1</translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation>Einzutragende Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>Client type</source>
        <translation>Client-Typ</translation>
    </message>
    <message>
        <source>Public client ID</source>
        <translation>Öffentliche Client-ID</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Setup:</source>
        <translation>Einrichtung:</translation>
    </message>
    <message>
        <source>Notes: </source>
        <translation>Hinweise: </translation>
    </message>
    <message>
        <source>A confidential client that authenticates with a TLS client certificate (%1): give Keyway the client ID, the certificate and its private key.</source>
        <translation>Ein vertraulicher Client, der sich mit einem TLS-Client-Zertifikat authentifiziert (%1): Geben Sie Keyway die Client-ID, das Zertifikat und seinen privaten Schlüssel.</translation>
    </message>
</context>
<context>
    <name>SetupText</name>
    <message>
        <source>&lt;p&gt;Developer console: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Entwicklerkonsole: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every action of the window can be reached from the keyboard. Tab moves between fields, the menu key or Shift+F10 opens a list&apos;s context menu.</source>
        <translation>Jede Aktion des Fensters ist über die Tastatur erreichbar. Tab wechselt zwischen Feldern, die Menütaste oder Umschalt+F10 öffnet das Kontextmenü einer Liste.</translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <source>Connecting</source>
        <translation>Verbindet</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Needs re-authorization</source>
        <translation>Erneute Autorisierung nötig</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Temporary problem</source>
        <translation>Vorübergehendes Problem</translation>
    </message>
    <message>
        <source>Keyway is still connecting this account.</source>
        <translation>Keyway verbindet dieses Konto noch.</translation>
    </message>
    <message>
        <source>The credential is present and believed valid.</source>
        <translation>Die Zugangsdaten sind vorhanden und gelten als gültig.</translation>
    </message>
    <message>
        <source>The access token expires soon and could not be refreshed yet.</source>
        <translation>Das Zugriffstoken läuft bald ab und konnte noch nicht erneuert werden.</translation>
    </message>
    <message>
        <source>The provider no longer accepts the grant. Reconnect to sign in again.</source>
        <translation>Der Anbieter akzeptiert die Freigabe nicht mehr. Verbinden Sie neu, um sich erneut anzumelden.</translation>
    </message>
    <message>
        <source>This connection was disconnected or revoked.</source>
        <translation>Diese Verbindung wurde getrennt oder widerrufen.</translation>
    </message>
    <message>
        <source>Something failed that a retry cannot fix: see the detail, correct it, then reconnect.</source>
        <translation>Etwas ist fehlgeschlagen, das ein erneuter Versuch nicht behebt: Lesen Sie das Detail, beheben Sie es und verbinden Sie dann neu.</translation>
    </message>
    <message>
        <source>The last attempt failed for a reason that usually passes (no answer, a server error, the keychain). The tokens are kept and Keyway tries again; the next success clears this.</source>
        <translation>Der letzte Versuch schlug aus einem Grund fehl, der meist vorübergeht (keine Antwort, ein Serverfehler, der Schlüsselbund). Die Token bleiben erhalten und Keyway versucht es erneut; der nächste Erfolg hebt dies auf.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>&amp;Export diagnostic bundle…</source>
        <translation>Diagnosepaket e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Shows what the bundle holds (events, request history, decoded claims, versions; never a secret) before saving it</source>
        <translation>Zeigt, was das Paket enthält (Ereignisse, Anfrageverlauf, dekodierte Claims, Versionen; nie ein Geheimnis), bevor es gespeichert wird</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>Zeitleiste durchsuchen</translation>
    </message>
    <message>
        <source>Shows only events whose text, step, outcome, detail or HTTP status contain every word typed</source>
        <translation>Zeigt nur Ereignisse, deren Text, Schritt, Ergebnis, Detail oder HTTP-Status jedes eingegebene Wort enthält</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Art des Ereignisses</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Copy &amp;row</source>
        <translation>&amp;Zeile kopieren</translation>
    </message>
    <message>
        <source>Copy the selected event as text (Ctrl+C)</source>
        <translation>Das gewählte Ereignis als Text kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>Copy the selected event</source>
        <translation>Das gewählte Ereignis kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>&amp;Alles kopieren</translation>
    </message>
    <message>
        <source>Copy every event shown as text, with a header line</source>
        <translation>Jedes angezeigte Ereignis als Text kopieren, mit einer Kopfzeile</translation>
    </message>
    <message>
        <source>Copy all events shown</source>
        <translation>Alle angezeigten Ereignisse kopieren</translation>
    </message>
    <message>
        <source>Flow timeline</source>
        <translation>Ablauf-Zeitleiste</translation>
    </message>
    <message>
        <source>Selected event detail</source>
        <translation>Detail des gewählten Ereignisses</translation>
    </message>
    <message>
        <source>Select an event to read its full detail.</source>
        <translation>Wählen Sie ein Ereignis, um sein vollständiges Detail zu lesen.</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>Connection id (or a unique prefix), name, account, or integration id (its default)</source>
        <translation>Verbindungs-ID (oder ein eindeutiger Anfang davon), Name, Konto oder Integrations-ID (deren Standard)</translation>
    </message>
    <message>
        <source>Refresh the token first</source>
        <translation>Das Token zuerst erneuern</translation>
    </message>
    <message>
        <source>token (the token alone, the default), json ({access_token, token_type, expires_at, scope}) or kubernetes (an ExecCredential for kubeconfig&apos;s exec plugin)</source>
        <translation>token (nur das Token, der Standard), json ({access_token, token_type, expires_at, scope}) oder kubernetes (ein ExecCredential für das exec-Plugin von kubeconfig)</translation>
    </message>
    <message>
        <source>give exactly one CONNECTION</source>
        <translation>geben Sie genau eine CONNECTION an</translation>
    </message>
    <message>
        <source>--format is token, json or kubernetes</source>
        <translation>--format ist token, json oder kubernetes</translation>
    </message>
    <message>
        <source>a Basic credential has no kubernetes form: use --format json</source>
        <translation>Basic-Zugangsdaten haben keine kubernetes-Form: verwenden Sie --format json</translation>
    </message>
    <message>
        <source>Print a connection&apos;s access token</source>
        <translation>Das Zugriffstoken einer Verbindung ausgeben</translation>
    </message>
    <message>
        <source>The same as --format json</source>
        <translation>Dasselbe wie --format json</translation>
    </message>
    <message>
        <source>With --exchange: the service the new token is for</source>
        <translation>Mit --exchange: der Dienst, für den das neue Token bestimmt ist</translation>
    </message>
    <message>
        <source>With --exchange: the URI of the service the new token is for (repeatable)</source>
        <translation>Mit --exchange: die URI des Dienstes, für den das neue Token bestimmt ist (wiederholbar)</translation>
    </message>
    <message>
        <source>With --exchange: the scopes asked for, space-separated</source>
        <translation>Mit --exchange: die erbetenen Scopes, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>With --exchange: the token type asked for (a URI, e.g. urn:ietf:params:oauth:token-type:jwt)</source>
        <translation>Mit --exchange: der erbetene Token-Typ (eine URI, z. B. urn:ietf:params:oauth:token-type:jwt)</translation>
    </message>
    <message>
        <source>--%1 goes with --exchange</source>
        <translation>--%1 gehört zu --exchange</translation>
    </message>
    <message>
        <source>--exchange prints the token alone or --json; it takes no --refresh</source>
        <translation>--exchange gibt nur das Token oder --json aus; es nimmt kein --refresh</translation>
    </message>
    <message>
        <source>--exchange needs --audience AUD or --resource URI: the service the token is for</source>
        <translation>--exchange braucht --audience AUD oder --resource URI: den Dienst, für den das Token bestimmt ist</translation>
    </message>
    <message>
        <source>For a DPoP-bound token (RFC 9449): also print a fresh proof for one request, --method and --url (the token on the first line, the proof on the second; &quot;dpop_proof&quot; with --json). Send them as &quot;Authorization: DPoP TOKEN&quot; and &quot;DPoP: PROOF&quot;, once, within a few minutes</source>
        <translation>Für ein an DPoP gebundenes Token (RFC 9449): zusätzlich einen frischen Nachweis für eine Anfrage ausgeben, --method und --url (das Token in der ersten Zeile, der Nachweis in der zweiten; „dpop_proof“ mit --json). Senden Sie sie als „Authorization: DPoP TOKEN“ und „DPoP: PROOF“, einmal, innerhalb weniger Minuten</translation>
    </message>
    <message>
        <source>With --dpop-proof: the request&apos;s HTTP method (default GET)</source>
        <translation>Mit --dpop-proof: die HTTP-Methode der Anfrage (Standard GET)</translation>
    </message>
    <message>
        <source>With --dpop-proof: the request&apos;s URL, absolute or relative to the API base URL (one of the connection&apos;s own origins)</source>
        <translation>Mit --dpop-proof: die URL der Anfrage, absolut oder relativ zur API-Basis-URL (einer der eigenen Ursprünge der Verbindung)</translation>
    </message>
    <message>
        <source>--%1 goes with --dpop-proof</source>
        <translation>--%1 gehört zu --dpop-proof</translation>
    </message>
    <message>
        <source>--dpop-proof needs --url URL (and --method METHOD unless it is GET): the request the proof is for</source>
        <translation>--dpop-proof braucht --url URL (und --method METHOD, wenn es nicht GET ist): die Anfrage, für die der Nachweis bestimmt ist</translation>
    </message>
    <message>
        <source>the access token of %1 is bound to its DPoP key (RFC 9449): a server accepts it only with a fresh proof for each request, which kubectl cannot send. Give kubectl a connection made without --dpop.</source>
        <translation>das Zugriffstoken von %1 ist an seinen DPoP-Schlüssel gebunden (RFC 9449): Ein Server akzeptiert es nur mit einem frischen Nachweis für jede Anfrage, den kubectl nicht senden kann. Geben Sie kubectl eine Verbindung, die ohne --dpop hergestellt wurde.</translation>
    </message>
    <message>
        <source>warning: this access token is bound to the DPoP key of %1 (RFC 9449): a server accepts it only with a fresh proof for each request (keyway token %1 --dpop-proof --method METHOD --url URL).</source>
        <translation>Warnung: Dieses Zugriffstoken ist an den DPoP-Schlüssel von %1 gebunden (RFC 9449): Ein Server akzeptiert es nur mit einem frischen Nachweis für jede Anfrage (keyway token %1 --dpop-proof --method METHOD --url URL).</translation>
    </message>
    <message>
        <source>--dpop-proof prints the token and its proof as text or --json; it goes with neither --exchange nor --format kubernetes</source>
        <translation>--dpop-proof gibt das Token und seinen Nachweis als Text oder mit --json aus; es passt weder zu --exchange noch zu --format kubernetes</translation>
    </message>
    <message>
        <source>With --dpop-proof: the nonce the server asked for in its DPoP-Nonce header, to put in the proof</source>
        <translation>Mit --dpop-proof: die Nonce, die der Server in seinem DPoP-Nonce-Header verlangt hat, für den Nachweis</translation>
    </message>
    <message>
        <source>Exchange the access token for one aimed at another service (RFC 8693); it is printed, not stored, unless --save-as keeps it</source>
        <translation>Das Zugriffstoken gegen eines für einen anderen Dienst tauschen (RFC 8693); es wird ausgegeben, nicht gespeichert, außer --save-as bewahrt es auf</translation>
    </message>
    <message>
        <source>With --exchange: keep the exchanged token as a new connection named NAME and print its id instead of the token (with --json, as &quot;connection_id&quot;). It is kept in the keychain, sent as it is only to the service it is for, and never renewed: exchange again once it expires</source>
        <translation>Mit --exchange: das getauschte Token als neue Verbindung namens NAME aufbewahren und statt des Tokens ihre ID ausgeben (mit --json als &quot;connection_id&quot;). Es wird im Schlüsselbund aufbewahrt, unverändert nur an den Dienst gesendet, für den es bestimmt ist, und nie erneuert: Tauschen Sie erneut, sobald es abläuft</translation>
    </message>
    <message>
        <source>With --save-as: the API base URL of the service the token is for (https, or http on loopback); needed when neither the audience nor a resource is an https URL</source>
        <translation>Mit --save-as: die API-Basis-URL des Dienstes, für den das Token bestimmt ist (https oder http auf Loopback); nötig, wenn weder die Zielgruppe noch eine Ressource eine https-URL ist</translation>
    </message>
    <message>
        <source>--api-base goes with --save-as</source>
        <translation>--api-base gehört zu --save-as</translation>
    </message>
    <message>
        <source>%1 Use --api-base URL.</source>
        <translation>%1 Verwenden Sie --api-base URL.</translation>
    </message>
    <message>
        <source>--save-as needs a name for the new connection</source>
        <translation>--save-as braucht einen Namen für die neue Verbindung</translation>
    </message>
</context>
<context>
    <name>TokenExchangeDialog</name>
    <message>
        <source>Exchange the access token</source>
        <translation>Zugriffstoken tauschen</translation>
    </message>
    <message>
        <source>Asks the provider for a token aimed at another service, in exchange for this connection&apos;s access token (RFC 8693). The new token is shown here and not kept: the connection keeps its own.</source>
        <translation>Bittet den Anbieter um ein Token für einen anderen Dienst, im Tausch gegen das Zugriffstoken dieser Verbindung (RFC 8693). Das neue Token wird hier angezeigt und nicht gespeichert: Die Verbindung behält ihr eigenes.</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Zielgruppe (Audience):</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe (Audience)</translation>
    </message>
    <message>
        <source>The service the token is for</source>
        <translation>Der Dienst, für den das Token bestimmt ist</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource:</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>https://api.example.com/ (optional)</source>
        <translation>https://api.example.com/ (optional)</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>&amp;Scopes:</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Space-separated (optional)</source>
        <translation>Durch Leerzeichen getrennt (optional)</translation>
    </message>
    <message>
        <source>Token &amp;type:</source>
        <translation>Token-&amp;Typ:</translation>
    </message>
    <message>
        <source>Requested token type</source>
        <translation>Angeforderter Token-Typ</translation>
    </message>
    <message>
        <source>urn:ietf:params:oauth:token-type:… (optional)</source>
        <translation>urn:ietf:params:oauth:token-type:… (optional)</translation>
    </message>
</context>
<context>
    <name>TokenInspector</name>
    <message>
        <source>Token inspector status</source>
        <translation>Status der Token-Ansicht</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Reload tokens from the keychain</source>
        <translation>Token neu aus dem Schlüsselbund laden</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
</context>
<context>
    <name>TokenResponseParser</name>
    <message>
        <source>a token response</source>
        <translation>eine Tokenantwort</translation>
    </message>
    <message>
        <source>The provider&apos;s answer did not contain an access token.</source>
        <translation>Die Antwort des Anbieters enthielt kein Zugriffstoken.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer contained an access token Keyway cannot use.</source>
        <translation>Die Antwort des Anbieters enthielt ein Zugriffstoken, das Keyway nicht verwenden kann.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer contained an empty access token.</source>
        <translation>Die Antwort des Anbieters enthielt ein leeres Zugriffstoken.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer contained a refresh token Keyway cannot use.</source>
        <translation>Die Antwort des Anbieters enthielt ein Refresh-Token, das Keyway nicht verwenden kann.</translation>
    </message>
</context>
<context>
    <name>TokenView</name>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Signature status</source>
        <translation>Status der Signatur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Introspect</source>
        <translation>Introspektieren</translation>
    </message>
    <message>
        <source>Ask the provider what this token means (RFC 7662)</source>
        <translation>Den Anbieter fragen, was dieses Token bedeutet (RFC 7662)</translation>
    </message>
    <message>
        <source>Token binding</source>
        <translation>Token-Bindung</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>en</source>
        <comment>The language code of this translation (de, fr, es, ja): the window says when provider text is in English</comment>
        <translation>de</translation>
    </message>
</context>
<context>
    <name>UnifiedScope</name>
    <message>
        <source>Sign the user in and receive an ID token (OpenID Connect)</source>
        <translation>Den Benutzer anmelden und ein ID-Token erhalten (OpenID Connect)</translation>
    </message>
    <message>
        <source>Keep access when the user is away (refresh tokens)</source>
        <translation>Zugriff behalten, wenn der Benutzer nicht da ist (Refresh-Token)</translation>
    </message>
    <message>
        <source>Read the signed-in user&apos;s basic profile</source>
        <translation>Das Basisprofil des angemeldeten Benutzers lesen</translation>
    </message>
    <message>
        <source>Read the signed-in user&apos;s email address</source>
        <translation>Die E-Mail-Adresse des angemeldeten Benutzers lesen</translation>
    </message>
    <message>
        <source>Read the organisation&apos;s users and groups</source>
        <translation>Die Benutzer und Gruppen der Organisation lesen</translation>
    </message>
    <message>
        <source>Read CRM contacts</source>
        <translation>CRM-Kontakte lesen</translation>
    </message>
    <message>
        <source>Create and update CRM contacts</source>
        <translation>CRM-Kontakte anlegen und ändern</translation>
    </message>
    <message>
        <source>Read CRM companies and accounts</source>
        <translation>CRM-Firmen und -Kunden lesen</translation>
    </message>
    <message>
        <source>Create and update CRM companies and accounts</source>
        <translation>CRM-Firmen und -Kunden anlegen und ändern</translation>
    </message>
    <message>
        <source>Read CRM deals and opportunities</source>
        <translation>CRM-Deals und -Verkaufschancen lesen</translation>
    </message>
    <message>
        <source>Create and update CRM deals and opportunities</source>
        <translation>CRM-Deals und -Verkaufschancen anlegen und ändern</translation>
    </message>
    <message>
        <source>Read calendar events</source>
        <translation>Kalendertermine lesen</translation>
    </message>
    <message>
        <source>Create, update and delete calendar events</source>
        <translation>Kalendertermine anlegen, ändern und löschen</translation>
    </message>
    <message>
        <source>Read email messages</source>
        <translation>E-Mails lesen</translation>
    </message>
    <message>
        <source>Send email on the user&apos;s behalf</source>
        <translation>E-Mails im Namen des Benutzers senden</translation>
    </message>
    <message>
        <source>Read files and folders</source>
        <translation>Dateien und Ordner lesen</translation>
    </message>
    <message>
        <source>Create, update and delete files and folders</source>
        <translation>Dateien und Ordner anlegen, ändern und löschen</translation>
    </message>
    <message>
        <source>Read messages</source>
        <translation>Nachrichten lesen</translation>
    </message>
    <message>
        <source>Post messages</source>
        <translation>Nachrichten senden</translation>
    </message>
    <message>
        <source>List channels and conversations</source>
        <translation>Kanäle und Unterhaltungen auflisten</translation>
    </message>
    <message>
        <source>Read invoices</source>
        <translation>Rechnungen lesen</translation>
    </message>
    <message>
        <source>Create and update invoices</source>
        <translation>Rechnungen anlegen und ändern</translation>
    </message>
    <message>
        <source>Read accounting customers and contacts</source>
        <translation>Kunden und Kontakte der Buchhaltung lesen</translation>
    </message>
    <message>
        <source>Create and update accounting customers and contacts</source>
        <translation>Kunden und Kontakte der Buchhaltung anlegen und ändern</translation>
    </message>
    <message>
        <source>Read financial reports</source>
        <translation>Finanzberichte lesen</translation>
    </message>
    <message>
        <source>Read support tickets</source>
        <translation>Support-Tickets lesen</translation>
    </message>
    <message>
        <source>Create and update support tickets</source>
        <translation>Support-Tickets anlegen und ändern</translation>
    </message>
    <message>
        <source>Read employee records</source>
        <translation>Mitarbeiterdaten lesen</translation>
    </message>
    <message>
        <source>Create and update employee records</source>
        <translation>Mitarbeiterdaten anlegen und ändern</translation>
    </message>
    <message>
        <source>Read job candidates and applications</source>
        <translation>Bewerber und Bewerbungen lesen</translation>
    </message>
    <message>
        <source>Read job postings</source>
        <translation>Stellenanzeigen lesen</translation>
    </message>
    <message>
        <source>Read source code repositories</source>
        <translation>Quellcode-Repositorys lesen</translation>
    </message>
    <message>
        <source>Push to and administer source code repositories</source>
        <translation>In Quellcode-Repositorys pushen und sie verwalten</translation>
    </message>
    <message>
        <source>Read issues and pull requests</source>
        <translation>Issues und Pull Requests lesen</translation>
    </message>
    <message>
        <source>Create and update issues and pull requests</source>
        <translation>Issues und Pull Requests anlegen und ändern</translation>
    </message>
    <message>
        <source>Read payments and charges</source>
        <translation>Zahlungen und Belastungen lesen</translation>
    </message>
    <message>
        <source>Create and refund payments and charges</source>
        <translation>Zahlungen und Belastungen anlegen und erstatten</translation>
    </message>
    <message>
        <source>Read payment customers</source>
        <translation>Zahlungskunden lesen</translation>
    </message>
    <message>
        <source>Read marketing lists and audiences</source>
        <translation>Marketing-Listen und Zielgruppen lesen</translation>
    </message>
    <message>
        <source>Manage marketing lists and audiences</source>
        <translation>Marketing-Listen und Zielgruppen verwalten</translation>
    </message>
    <message>
        <source>Read marketing campaigns</source>
        <translation>Marketing-Kampagnen lesen</translation>
    </message>
    <message>
        <source>Create and send marketing campaigns</source>
        <translation>Marketing-Kampagnen anlegen und versenden</translation>
    </message>
    <message>
        <source>Read store orders</source>
        <translation>Shop-Bestellungen lesen</translation>
    </message>
    <message>
        <source>Create and update store orders</source>
        <translation>Shop-Bestellungen anlegen und ändern</translation>
    </message>
    <message>
        <source>Read store products</source>
        <translation>Shop-Produkte lesen</translation>
    </message>
    <message>
        <source>Create and update store products</source>
        <translation>Shop-Produkte anlegen und ändern</translation>
    </message>
    <message>
        <source>Read store customers</source>
        <translation>Shop-Kunden lesen</translation>
    </message>
    <message>
        <source>Read documents, pages and notes</source>
        <translation>Dokumente, Seiten und Notizen lesen</translation>
    </message>
    <message>
        <source>Create and update documents, pages and notes</source>
        <translation>Dokumente, Seiten und Notizen anlegen und ändern</translation>
    </message>
    <message>
        <source>Read tasks and projects</source>
        <translation>Aufgaben und Projekte lesen</translation>
    </message>
    <message>
        <source>Create and update tasks and projects</source>
        <translation>Aufgaben und Projekte anlegen und ändern</translation>
    </message>
    <message>
        <source>Read analytics data and reports</source>
        <translation>Analysedaten und Berichte lesen</translation>
    </message>
    <message>
        <source>Read meetings and recordings</source>
        <translation>Besprechungen und Aufzeichnungen lesen</translation>
    </message>
    <message>
        <source>Create and update meetings</source>
        <translation>Besprechungen anlegen und ändern</translation>
    </message>
    <message>
        <source>Read advertising accounts, campaigns, ads and their performance</source>
        <translation>Werbekonten, Kampagnen, Anzeigen und ihre Leistung lesen</translation>
    </message>
    <message>
        <source>Create and change advertising campaigns and ads</source>
        <translation>Werbekampagnen und Anzeigen anlegen und ändern</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>No address is configured for this request.</source>
        <translation>Für diese Anfrage ist keine Adresse eingerichtet.</translation>
    </message>
    <message>
        <source>The address is not a valid URL.</source>
        <translation>Die Adresse ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>Die Adresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>Only https addresses can be used.</source>
        <translation>Nur https-Adressen können verwendet werden.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>Die Adresse hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>Refusing to send credentials over an unencrypted connection to %1: the address must use https (plain http to a host other than this computer needs the integration&apos;s &quot;allow_insecure_http&quot; setting).</source>
        <translation>Zugangsdaten werden nicht über eine unverschlüsselte Verbindung an %1 gesendet: Die Adresse muss https verwenden (unverschlüsseltes http zu einem anderen Host als diesem Computer braucht die Einstellung „allow_insecure_http“ der Integration).</translation>
    </message>
</context>
<context>
    <name>VaultUnlockDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>Tresor-Passphrase</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Vault passphrase again</source>
        <translation>Tresor-Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>Fehler beim Entsperren</translation>
    </message>
</context>
<context>
    <name>keyway::AccountResolver</name>
    <message>
        <source>The provider publishes no keys (jwks_uri), so its ID token cannot be checked.</source>
        <translation>Der Anbieter veröffentlicht keine Schlüssel (jwks_uri), daher kann sein ID-Token nicht geprüft werden.</translation>
    </message>
    <message>
        <source>ID token valid (signed %1 by key %2, subject %3)</source>
        <translation>ID-Token gültig (signiert %1 mit Schlüssel %2, Subjekt %3)</translation>
    </message>
    <message>
        <source>The provider&apos;s user info belongs to a different user than the ID token.</source>
        <translation>Die Benutzerinformationen des Anbieters gehören zu einem anderen Benutzer als das ID-Token.</translation>
    </message>
    <message>
        <source>userinfo sub &quot;%1&quot;, id_token sub &quot;%2&quot;</source>
        <translation>userinfo sub „%1“, id_token sub „%2“</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
</context>
<context>
    <name>keyway::ActionDelegate</name>
    <message>
        <source>Reconnect…</source>
        <translation>Neu verbinden …</translation>
    </message>
</context>
<context>
    <name>keyway::ApiClient</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The request failed before an answer came.</source>
        <translation>Die Anfrage schlug fehl, bevor eine Antwort kam.</translation>
    </message>
    <message>
        <source>The API says this request needs a permission the connection was not granted: reconnect and grant it.</source>
        <translation>Die API sagt, dass diese Anfrage eine Berechtigung braucht, die der Verbindung nicht gewährt wurde: Verbinden Sie neu und gewähren Sie sie.</translation>
    </message>
    <message>
        <source>The API says this request needs the permission &quot;%1&quot;, which the connection was not granted: reconnect with it.</source>
        <translation>Die API sagt, dass diese Anfrage die Berechtigung „%1“ braucht, die der Verbindung nicht gewährt wurde: Verbinden Sie mit ihr neu.</translation>
    </message>
    <message>
        <source>%1 %2 answered 401: refreshing and retrying once</source>
        <translation>%1 %2 hat 401 geantwortet: wird erneuert und einmal wiederholt</translation>
    </message>
    <message>
        <source>%1 %2 asked for a DPoP nonce: sending it again with one</source>
        <translation>%1 %2 hat eine DPoP-Nonce verlangt: wird mit ihr erneut gesendet</translation>
    </message>
</context>
<context>
    <name>keyway::ApplicationFlow</name>
    <message>
        <source>The provider&apos;s token endpoint is not known.</source>
        <translation>Der Token-Endpunkt des Anbieters ist nicht bekannt.</translation>
    </message>
    <message>
        <source>access token %1, %2</source>
        <translation>Zugriffstoken %1, %2</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft ab %1</translation>
    </message>
    <message>
        <source>expiry unknown</source>
        <translation>Ablauf unbekannt</translation>
    </message>
</context>
<context>
    <name>keyway::AuthorizationCodeFlow</name>
    <message>
        <source>The provider&apos;s authorization or token endpoint is not known.</source>
        <translation>Der Autorisierungs- oder Token-Endpunkt des Anbieters ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Waiting for the redirect on %1</source>
        <translation>Warten auf die Weiterleitung an %1</translation>
    </message>
    <message>
        <source>The authorization request could not be built.</source>
        <translation>Die Autorisierungsanfrage konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 (client_id %2, scope &quot;%3&quot;, PKCE %4%5)</source>
        <translation>%1 (client_id %2, scope „%3“, PKCE %4%5)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>, nonce</source>
        <translation>, Nonce</translation>
    </message>
    <message>
        <source>Not opened: the sign-in happens on another device and its final address is pasted back</source>
        <translation>Nicht geöffnet: Die Anmeldung erfolgt auf einem anderen Gerät, und ihre letzte Adresse wird hier eingefügt</translation>
    </message>
    <message>
        <source>This sign-in has already ended. Start connecting again.</source>
        <translation>Diese Anmeldung ist bereits beendet. Beginnen Sie das Verbinden erneut.</translation>
    </message>
    <message>
        <source>That is not the address this sign-in ends on. Paste the whole address from the browser&apos;s address bar: it starts with %1?</source>
        <translation>Das ist nicht die Adresse, auf der diese Anmeldung endet. Fügen Sie die ganze Adresse aus der Adressleiste des Browsers ein: Sie beginnt mit %1?</translation>
    </message>
    <message>
        <source>That address belongs to another sign-in (its state is not this one&apos;s), so it was refused and nothing was stored. Paste the address from the browser tab of this sign-in.</source>
        <translation>Diese Adresse gehört zu einer anderen Anmeldung (ihr state ist nicht der dieser), daher wurde sie abgelehnt und nichts gespeichert. Fügen Sie die Adresse aus dem Browser-Tab dieser Anmeldung ein.</translation>
    </message>
    <message>
        <source>Browser opened</source>
        <translation>Browser geöffnet</translation>
    </message>
    <message>
        <source>Port %1 is already in use by another program, and Keyway must listen there because the redirect URI registered at the provider is %2. Close the program using port %1, or register another redirect URI at the provider and give it to Keyway (keyway connect --redirect-uri URI, or Redirect URI under Advanced in the connect dialog).</source>
        <translation>Port %1 wird bereits von einem anderen Programm verwendet, und Keyway muss dort lauschen, weil die beim Anbieter eingetragene Weiterleitungs-URI %2 ist. Schließen Sie das Programm, das Port %1 verwendet, oder tragen Sie beim Anbieter eine andere Weiterleitungs-URI ein und geben Sie sie Keyway (keyway connect --redirect-uri URI, oder Weiterleitungs-URI unter Erweitert im Verbindungsdialog).</translation>
    </message>
    <message>
        <source>No answer came back from the browser in time. Usually the provider did not accept the redirect URI, which must be registered there exactly as %1, or does not know the client ID %2; the provider&apos;s page in the browser says which. Keyway waited at %3.</source>
        <translation>Vom Browser kam nicht rechtzeitig eine Antwort zurück. Meist hat der Anbieter die Weiterleitungs-URI nicht akzeptiert, die dort exakt als %1 eingetragen sein muss, oder er kennt die Client-ID %2 nicht; die Seite des Anbieters im Browser sagt, was davon. Keyway hat auf %3 gewartet.</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) that did not belong to this sign-in (wrong or missing state) were ignored.</source>
        <translation>
            <numerusform>%n Antwort, die nicht zu dieser Anmeldung gehörte (falscher oder fehlender state), wurde ignoriert.</numerusform>
            <numerusform>%n Antworten, die nicht zu dieser Anmeldung gehörten (falscher oder fehlender state), wurden ignoriert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again, or copy the link into a browser.</source>
        <translation>Versuchen Sie es erneut, oder kopieren Sie den Link in einen Browser.</translation>
    </message>
    <message>
        <source>waited %1 s for the redirect to %2</source>
        <translation>%1 s auf die Weiterleitung an %2 gewartet</translation>
    </message>
    <message>
        <source>This sign-in has already ended</source>
        <translation>Diese Anmeldung ist bereits beendet</translation>
    </message>
    <message>
        <source>Start connecting again from Keyway.</source>
        <translation>Beginnen Sie das Verbinden in Keyway erneut.</translation>
    </message>
    <message>
        <source>Ignored a redirect that does not belong to this sign-in (%1); still waiting</source>
        <translation>Eine Weiterleitung ignoriert, die nicht zu dieser Anmeldung gehört (%1); es wird weiter gewartet</translation>
    </message>
    <message>
        <source>state missing</source>
        <translation>state fehlt</translation>
    </message>
    <message>
        <source>state differs</source>
        <translation>state weicht ab</translation>
    </message>
    <message>
        <source>Sign-in response rejected</source>
        <translation>Anmeldeantwort abgelehnt</translation>
    </message>
    <message>
        <source>This response does not belong to the sign-in Keyway is waiting for, so it was ignored.</source>
        <translation>Diese Antwort gehört nicht zu der Anmeldung, auf die Keyway wartet, daher wurde sie ignoriert.</translation>
    </message>
    <message>
        <source>Redirect received with %1</source>
        <translation>Weiterleitung empfangen mit %1</translation>
    </message>
    <message>
        <source>The sign-in response came from a different server than expected, so it was rejected.</source>
        <translation>Die Anmeldeantwort kam von einem anderen Server als erwartet, daher wurde sie abgelehnt.</translation>
    </message>
    <message>
        <source>iss missing</source>
        <translation>iss fehlt</translation>
    </message>
    <message>
        <source>iss &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>iss „%1“, erwartet „%2“</translation>
    </message>
    <message>
        <source>Sign-in rejected</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>The provider sent no authorization code.</source>
        <translation>Der Anbieter hat keinen Autorisierungscode gesendet.</translation>
    </message>
    <message>
        <source>Finishing the sign-in</source>
        <translation>Anmeldung wird abgeschlossen</translation>
    </message>
    <message>
        <source>You can close this tab; Keyway is finishing the sign-in and shows the result.</source>
        <translation>Sie können diesen Tab schließen; Keyway schließt die Anmeldung ab und zeigt das Ergebnis.</translation>
    </message>
    <message>
        <source>access token %1%2%3</source>
        <translation>Zugriffstoken %1%2%3</translation>
    </message>
    <message>
        <source>, refresh token %1</source>
        <translation>, Refresh-Token %1</translation>
    </message>
    <message>
        <source>, id_token</source>
        <translation>, id_token</translation>
    </message>
    <message>
        <source>The provider did not return an ID token for an OpenID Connect sign-in.</source>
        <translation>Der Anbieter hat für eine OpenID-Connect-Anmeldung kein ID-Token geliefert.</translation>
    </message>
    <message>
        <source>Pushed authorization requests were asked for, but the provider names no endpoint for them.</source>
        <translation>Übertragene Autorisierungsanfragen (PAR) wurden verlangt, aber der Anbieter nennt keinen Endpunkt dafür.</translation>
    </message>
    <message>
        <source>Authorization request pushed to %1; the browser carries only its request_uri</source>
        <translation>Autorisierungsanfrage an %1 übertragen; der Browser erhält nur ihre request_uri</translation>
    </message>
    <message>
        <source>This connection&apos;s proof-of-possession (DPoP) key could not be read.</source>
        <translation>Der Schlüssel für den Besitznachweis (DPoP) dieser Verbindung konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>keyway::BundlePreviewDialog</name>
    <message>
        <source>Diagnostic bundle of %1</source>
        <translation>Diagnosepaket von %1</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern …</translation>
    </message>
    <message>
        <source>The bundle could not be built.</source>
        <translation>Das Paket konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>the connection: integration, sign-in method, status, scopes and settings (never a secret)</source>
        <translation>die Verbindung: Integration, Anmeldeart, Status, Scopes und Einstellungen (nie ein Geheimnis)</translation>
    </message>
    <message>
        <source>1 timeline event</source>
        <translation>1 Ereignis der Zeitleiste</translation>
    </message>
    <message>
        <source>%1 timeline events</source>
        <translation>%1 Ereignisse der Zeitleiste</translation>
    </message>
    <message>
        <source>1 API request (addresses and headers with secrets removed, no bodies)</source>
        <translation>1 API-Anfrage (Adressen und Header ohne Geheimnisse, keine Bodys)</translation>
    </message>
    <message>
        <source>%1 API requests (addresses and headers with secrets removed, no bodies)</source>
        <translation>%1 API-Anfragen (Adressen und Header ohne Geheimnisse, keine Bodys)</translation>
    </message>
    <message>
        <source>no token information</source>
        <translation>keine Token-Informationen</translation>
    </message>
    <message>
        <source>token fingerprints and the decoded claims of JWTs (never the tokens themselves)</source>
        <translation>Token-Fingerabdrücke und die dekodierten Claims von JWTs (nie die Token selbst)</translation>
    </message>
    <message>
        <source>Keyway %1, Qt %2, %3; secrets kept in %4</source>
        <translation>Keyway %1, Qt %2, %3; Geheimnisse aufbewahrt in %4</translation>
    </message>
    <message>
        <source>It holds:</source>
        <translation>Es enthält:</translation>
    </message>
    <message>
        <source>It holds no personal data that Keyway knows of.</source>
        <translation>Es enthält keine persönlichen Daten, von denen Keyway weiß.</translation>
    </message>
    <message>
        <source>It holds this personal data about the account:
%1</source>
        <translation>Es enthält diese persönlichen Daten über das Konto:
%1</translation>
    </message>
    <message>
        <source>Personal data is left out.</source>
        <translation>Persönliche Daten sind weggelassen.</translation>
    </message>
    <message>
        <source>Left out: %1. Each value reads &quot;(left out)&quot;.</source>
        <translation>Weggelassen: %1. Jeder Wert lautet „(weggelassen)“.</translation>
    </message>
    <message>
        <source>The bundle was not saved to %1.</source>
        <translation>Das Paket wurde nicht in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>Save diagnostic bundle</source>
        <translation>Diagnosepaket speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
</context>
<context>
    <name>keyway::CallbackListener</name>
    <message>
        <source>This sign-in listener was already used.</source>
        <translation>Dieser Anmelde-Empfänger wurde bereits verwendet.</translation>
    </message>
    <message>
        <source>The redirect path &quot;%1&quot; is not valid.</source>
        <translation>Der Weiterleitungspfad „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>Keyway can only receive a redirect on 127.0.0.1, [::1] or localhost.</source>
        <translation>Keyway kann eine Weiterleitung nur auf 127.0.0.1, [::1] oder localhost empfangen.</translation>
    </message>
    <message>
        <source>This sign-in is over</source>
        <translation>Diese Anmeldung ist vorbei</translation>
    </message>
    <message>
        <source>Keyway is no longer waiting for this response. Return to Keyway and start again if needed.</source>
        <translation>Keyway wartet nicht mehr auf diese Antwort. Kehren Sie zu Keyway zurück und beginnen Sie bei Bedarf von vorn.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Nothing is served here.</source>
        <translation>Hier wird nichts bereitgestellt.</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
        <source>Only GET is accepted here.</source>
        <translation>Hier wird nur GET akzeptiert.</translation>
    </message>
    <message>
        <source>Not a sign-in response</source>
        <translation>Keine Anmeldeantwort</translation>
    </message>
    <message>
        <source>This address only receives the provider&apos;s answer to a Keyway sign-in.</source>
        <translation>Diese Adresse empfängt nur die Antwort des Anbieters auf eine Keyway-Anmeldung.</translation>
    </message>
    <message>
        <source>Not a valid sign-in response</source>
        <translation>Keine gültige Anmeldeantwort</translation>
    </message>
    <message>
        <source>The response repeats the parameter &quot;%1&quot;.</source>
        <translation>Die Antwort wiederholt den Parameter „%1“.</translation>
    </message>
    <message>
        <source>Sign-in was not completed</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>The provider returned an error.</source>
        <translation>Der Anbieter hat einen Fehler zurückgegeben.</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>Antwort empfangen</translation>
    </message>
    <message>
        <source>You can close this tab; Keyway received the provider&apos;s response.</source>
        <translation>Sie können diesen Tab schließen; Keyway hat die Antwort des Anbieters empfangen.</translation>
    </message>
</context>
<context>
    <name>keyway::Catalog</name>
    <message>
        <source>The integration file %1 is not valid: %2</source>
        <translation>Die Integrationsdatei %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>Only the first %1 integration files in %2 were read.</source>
        <translation>Nur die ersten %1 Integrationsdateien in %2 wurden gelesen.</translation>
    </message>
    <message>
        <source>Custom integrations are turned off.</source>
        <translation>Eigene Integrationen sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>The folder for custom integrations cannot be created.</source>
        <translation>Der Ordner für eigene Integrationen kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>A custom integration with the id &quot;%1&quot; already exists.</source>
        <translation>Eine eigene Integration mit der ID „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the id of the built-in integration %2; replacing it takes --replace.</source>
        <translation>„%1“ ist die ID der eingebauten Integration %2; um sie zu ersetzen, braucht es --replace.</translation>
    </message>
    <message>
        <source>The integration could not be saved.</source>
        <translation>Die Integration konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The saved integration could not be loaded.</source>
        <translation>Die gespeicherte Integration konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>The imported integration could not be loaded.</source>
        <translation>Die importierte Integration konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>There is no integration &quot;%1&quot;.</source>
        <translation>Es gibt keine Integration „%1“.</translation>
    </message>
    <message>
        <source>The integration could not be written.</source>
        <translation>Die Integration konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>There is no custom integration &quot;%1&quot;.</source>
        <translation>Es gibt keine eigene Integration „%1“.</translation>
    </message>
    <message>
        <source>The custom integration could not be deleted.</source>
        <translation>Die eigene Integration konnte nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>keyway::ClientCertificatePanel</name>
    <message>
        <source>PEM certificate and private key files</source>
        <translation>PEM-Zertifikat und Datei mit privatem Schlüssel</translation>
    </message>
    <message>
        <source>PKCS#12 file (.p12, .pfx) with its password</source>
        <translation>PKCS#12-Datei (.p12, .pfx) mit ihrem Passwort</translation>
    </message>
    <message>
        <source>Client certificate (PEM)</source>
        <translation>Client-Zertifikat (PEM)</translation>
    </message>
    <message>
        <source>Private key of the client certificate (PEM)</source>
        <translation>Privater Schlüssel des Client-Zertifikats (PEM)</translation>
    </message>
    <message>
        <source>Client certificate (PKCS#12)</source>
        <translation>Client-Zertifikat (PKCS#12)</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-Dateien (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>⚠ %1 is too large for a certificate or key.</source>
        <translation>⚠ %1 ist zu groß für ein Zertifikat oder einen Schlüssel.</translation>
    </message>
    <message>
        <source>⚠ %1 cannot be read: %2</source>
        <translation>⚠ %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>⚠ %1 is empty.</source>
        <translation>⚠ %1 ist leer.</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file of the client certificate.</source>
        <translation>Wählen Sie die PKCS#12-Datei des Client-Zertifikats.</translation>
    </message>
    <message>
        <source>Choose the client certificate (PEM).</source>
        <translation>Wählen Sie das Client-Zertifikat (PEM).</translation>
    </message>
    <message>
        <source>Choose the private key of the client certificate (PEM).</source>
        <translation>Wählen Sie den privaten Schlüssel des Client-Zertifikats (PEM).</translation>
    </message>
    <message>
        <source>No private key chosen.</source>
        <translation>Kein privater Schlüssel gewählt.</translation>
    </message>
    <message>
        <source>No PKCS#12 file chosen.</source>
        <translation>Keine PKCS#12-Datei gewählt.</translation>
    </message>
    <message>
        <source>The key kept in the keychain for this connection.</source>
        <translation>Der Schlüssel, der für diese Verbindung im Schlüsselbund aufbewahrt wird.</translation>
    </message>
    <message>
        <source>The certificate kept with this connection: %1</source>
        <translation>Das mit dieser Verbindung aufbewahrte Zertifikat: %1</translation>
    </message>
    <message>
        <source>No certificate chosen.</source>
        <translation>Kein Zertifikat gewählt.</translation>
    </message>
    <message>
        <source>New certificate for %1 (not from a file)</source>
        <translation>Neues Zertifikat für %1 (nicht aus einer Datei)</translation>
    </message>
    <message>
        <source>Its key, kept in memory until the keychain holds it</source>
        <translation>Sein Schlüssel, im Speicher gehalten, bis der Schlüsselbund ihn aufbewahrt</translation>
    </message>
</context>
<context>
    <name>keyway::ClientCredentialsFlow</name>
    <message>
        <source>client %1 with %2</source>
        <translation>Client %1 mit %2</translation>
    </message>
    <message>
        <source>scope &quot;%1&quot;</source>
        <translation>Scope „%1“</translation>
    </message>
    <message>
        <source>audience %1</source>
        <translation>Audience %1</translation>
    </message>
    <message>
        <source>resource %1</source>
        <translation>Ressource %1</translation>
    </message>
    <message>
        <source>client_credentials grant at %1: %2</source>
        <translation>client_credentials-Grant bei %1: %2</translation>
    </message>
</context>
<context>
    <name>keyway::ClientRegistrar</name>
    <message>
        <source>%1 does not offer dynamic client registration (its metadata lists no registration_endpoint). Register a client in the provider&apos;s console and add the integration without registering.</source>
        <translation>%1 bietet keine dynamische Client-Registrierung an (seine Metadaten nennen keinen registration_endpoint). Registrieren Sie einen Client in der Konsole des Anbieters und fügen Sie die Integration ohne Registrierung hinzu.</translation>
    </message>
    <message>
        <source>Nothing to register: Keyway registered itself as a client of this provider when the integration was added. Connect without entering a client ID.</source>
        <translation>Nichts zu registrieren: Keyway hat sich beim Hinzufügen der Integration selbst als Client dieses Anbieters registriert. Verbinden Sie ohne Eingabe einer Client-ID.</translation>
    </message>
    <message>
        <source>The provider gave no way to delete Keyway&apos;s client registration; remove the client in the provider&apos;s console.</source>
        <translation>Der Anbieter hat keinen Weg genannt, die Client-Registrierung von Keyway zu löschen; entfernen Sie den Client in der Konsole des Anbieters.</translation>
    </message>
</context>
<context>
    <name>keyway::ClientRegistration</name>
    <message>
        <source>The provider refused Keyway&apos;s redirect URI, so it cannot register Keyway as a client. Register a client by hand and enter its client ID when connecting.</source>
        <translation>Der Anbieter hat die Weiterleitungs-URI von Keyway abgelehnt und kann Keyway daher nicht als Client registrieren. Registrieren Sie einen Client von Hand und geben Sie beim Verbinden seine Client-ID ein.</translation>
    </message>
    <message>
        <source>The provider refused to register Keyway with the settings of a desktop app (public client, authorization code with PKCE).</source>
        <translation>Der Anbieter hat abgelehnt, Keyway mit den Einstellungen einer Desktop-App zu registrieren (öffentlicher Client, Autorisierungscode mit PKCE).</translation>
    </message>
    <message>
        <source>The provider registers only approved software (a software statement), which Keyway does not have. Register a client by hand instead.</source>
        <translation>Der Anbieter registriert nur zugelassene Software (ein Software Statement), das Keyway nicht hat. Registrieren Sie stattdessen einen Client von Hand.</translation>
    </message>
    <message>
        <source>The provider did not accept the registration without a valid initial access token. Ask its administrator for one and give it on standard input (--initial-access-token-stdin).</source>
        <translation>Der Anbieter hat die Registrierung ohne gültiges Initial Access Token nicht angenommen. Fragen Sie seinen Administrator danach und geben Sie es über die Standardeingabe an (--initial-access-token-stdin).</translation>
    </message>
    <message>
        <source>The provider refused to register Keyway as a client.</source>
        <translation>Der Anbieter hat abgelehnt, Keyway als Client zu registrieren.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer to the registration could not be used.</source>
        <translation>Die Antwort des Anbieters auf die Registrierung war nicht verwendbar.</translation>
    </message>
    <message>
        <source>The provider registers only clients that authenticate in ways Keyway cannot register (%1).</source>
        <translation>Der Anbieter registriert nur Clients, die sich auf eine Weise authentifizieren, die Keyway nicht registrieren kann (%1).</translation>
    </message>
    <message>
        <source>a registration answer</source>
        <translation>eine Registrierungsantwort</translation>
    </message>
    <message>
        <source>The provider&apos;s metadata lists no registration endpoint (RFC 7591); register a client by hand.</source>
        <translation>Die Metadaten des Anbieters nennen keinen Registrierungsendpunkt (RFC 7591); registrieren Sie einen Client von Hand.</translation>
    </message>
    <message>
        <source>The registration access token is missing.</source>
        <translation>Das Registration Access Token fehlt.</translation>
    </message>
    <message>
        <source>The provider did not delete Keyway&apos;s client registration; remove the client in the provider&apos;s console.</source>
        <translation>Der Anbieter hat die Client-Registrierung von Keyway nicht gelöscht; entfernen Sie den Client in der Konsole des Anbieters.</translation>
    </message>
</context>
<context>
    <name>keyway::ConnectAttempt</name>
    <message>
        <source>This sign-in has already ended. Start connecting again.</source>
        <translation>Diese Anmeldung ist bereits beendet. Beginnen Sie das Verbinden erneut.</translation>
    </message>
    <message>
        <source>This sign-in is not waiting for an address yet.</source>
        <translation>Diese Anmeldung wartet noch nicht auf eine Adresse.</translation>
    </message>
</context>
<context>
    <name>keyway::ConnectDialog</name>
    <message>
        <source>Connect %1</source>
        <translation>%1 verbinden</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>⚠ Unsafe: %1. Use this only with a server on your own machine or a test network.</source>
        <translation>⚠ Unsicher: %1. Verwenden Sie dies nur mit einem Server auf Ihrem eigenen Rechner oder in einem Testnetz.</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation>%1 neu verbinden</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Keyway could not start connecting.</source>
        <translation>Keyway konnte das Verbinden nicht beginnen.</translation>
    </message>
    <message>
        <source>Connecting failed.</source>
        <translation>Verbinden fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>keyway::ConnectFormPage</name>
    <message>
        <source>As the integration says</source>
        <translation>Wie die Integration angibt</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off (only for providers that reject it)</source>
        <translation>Aus (nur für Anbieter, die es ablehnen)</translation>
    </message>
    <message>
        <source>⚠ %1.</source>
        <translation>⚠ %1.</translation>
    </message>
    <message>
        <source>Hide setup instructions</source>
        <translation>Einrichtungsanleitung ausblenden</translation>
    </message>
    <message>
        <source>Show setup instructions</source>
        <translation>Einrichtungsanleitung anzeigen</translation>
    </message>
    <message>
        <source>Hide advanced options</source>
        <translation>Erweiterte Optionen ausblenden</translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation>Erweiterte Optionen anzeigen</translation>
    </message>
    <message>
        <source>As the integration says (%1)</source>
        <translation>Wie die Integration angibt (%1)</translation>
    </message>
    <message>
        <source> (optional):</source>
        <translation> (optional):</translation>
    </message>
    <message>
        <source>This integration lists no way to connect.</source>
        <translation>Diese Integration nennt keine Art der Verbindung.</translation>
    </message>
    <message>
        <source>Nothing to register: %1 publishes a public client. Keyway shows a code to enter on another device.</source>
        <translation>Nichts einzutragen: %1 veröffentlicht einen öffentlichen Client. Keyway zeigt einen Code, den Sie auf einem anderen Gerät eingeben.</translation>
    </message>
    <message>
        <source>Nothing to register: %1 publishes a public client. Keyway opens your browser to sign in.</source>
        <translation>Nichts einzutragen: %1 veröffentlicht einen öffentlichen Client. Keyway öffnet Ihren Browser zur Anmeldung.</translation>
    </message>
    <message>
        <source>⚠ Not a valid value. Example: %1</source>
        <translation>⚠ Kein gültiger Wert. Beispiel: %1</translation>
    </message>
    <message>
        <source>⚠ Not a valid value.</source>
        <translation>⚠ Kein gültiger Wert.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation>Geben Sie %1 ein.</translation>
    </message>
    <message>
        <source>%1 does not look right.</source>
        <translation>%1 sieht nicht richtig aus.</translation>
    </message>
    <message>
        <source>This integration has no way to connect.</source>
        <translation>Diese Integration hat keine Art der Verbindung.</translation>
    </message>
    <message>
        <source>Extra parameters must be written name=value: %1</source>
        <translation>Zusätzliche Parameter müssen als name=wert geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1 requires it</source>
        <translation>%1 verlangt es</translation>
    </message>
    <message>
        <source>DPoP</source>
        <translation>DPoP</translation>
    </message>
    <message>
        <source>PAR</source>
        <translation>PAR</translation>
    </message>
    <message>
        <source>a TLS client certificate</source>
        <translation>ein TLS-Client-Zertifikat</translation>
    </message>
    <message>
        <source>%1 requires %2.</source>
        <translation>%1 verlangt %2.</translation>
    </message>
    <message>
        <source>%1 requires %2 and %3.</source>
        <translation>%1 verlangt %2 und %3.</translation>
    </message>
    <message>
        <source>%1 requires %2, %3 and %4.</source>
        <translation>%1 verlangt %2, %3 und %4.</translation>
    </message>
    <message>
        <source>A client certificate binds the tokens to it (RFC 8705); the provider must know the certificate.</source>
        <translation>Ein Client-Zertifikat bindet die Token an sich (RFC 8705); der Anbieter muss das Zertifikat kennen.</translation>
    </message>
</context>
<context>
    <name>keyway::ConnectWaitingPage</name>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation>Anmeldung wird abgeschlossen …</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>Erneut ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the sign-in page again</source>
        <translation>Die Anmeldeseite erneut öffnen</translation>
    </message>
    <message>
        <source>Open the sign-in page in the browser again</source>
        <translation>Die Anmeldeseite erneut im Browser öffnen</translation>
    </message>
    <message>
        <source>Copy the sign-in address to open it in another browser</source>
        <translation>Die Anmeldeadresse kopieren, um sie in einem anderen Browser zu öffnen</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Warten, bis Sie sich im Browser anmelden …</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>Finish signing in in your browser, then come back here. If no browser opened, copy the link into one.</source>
        <translation>Schließen Sie die Anmeldung im Browser ab und kehren Sie dann hierher zurück. Hat sich kein Browser geöffnet, kopieren Sie den Link in einen.</translation>
    </message>
    <message>
        <source>Talking to %1.</source>
        <translation>Kommunikation mit %1.</translation>
    </message>
    <message>
        <source>The sign-in page is open in your browser. Finish there; this window continues by itself.</source>
        <translation>Die Anmeldeseite ist in Ihrem Browser geöffnet. Schließen Sie dort ab; dieses Fenster macht von selbst weiter.</translation>
    </message>
    <message>
        <source>The verification page is open in your browser. Enter the code there; this window continues by itself.</source>
        <translation>Die Bestätigungsseite ist in Ihrem Browser geöffnet. Geben Sie dort den Code ein; dieses Fenster macht von selbst weiter.</translation>
    </message>
    <message>
        <source>Enter this code on another device</source>
        <translation>Geben Sie diesen Code auf einem anderen Gerät ein</translation>
    </message>
    <message>
        <source>Go to &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; and enter:</source>
        <translation>Gehen Sie zu &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; und geben Sie ein:</translation>
    </message>
    <message>
        <source>Code to enter: %1</source>
        <translation>Einzugebender Code: %1</translation>
    </message>
    <message>
        <source>Keyway checks every few seconds whether you have approved the request.</source>
        <translation>Keyway prüft alle paar Sekunden, ob Sie die Anfrage bestätigt haben.</translation>
    </message>
    <message>
        <source>Copy the address of the page where the code is entered</source>
        <translation>Die Adresse der Seite kopieren, auf der der Code eingegeben wird</translation>
    </message>
    <message>
        <source>&amp;Open page again</source>
        <translation>Seite erneut ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the verification page again</source>
        <translation>Die Bestätigungsseite erneut öffnen</translation>
    </message>
    <message>
        <source>Open the page where the code is entered in the browser again</source>
        <translation>Die Seite, auf der der Code eingegeben wird, erneut im Browser öffnen</translation>
    </message>
    <message>
        <source>The code expires in %1:%2.</source>
        <translation>Der Code läuft in %1:%2 ab.</translation>
    </message>
    <message>
        <source>The code has expired.</source>
        <translation>Der Code ist abgelaufen.</translation>
    </message>
</context>
<context>
    <name>keyway::ConnectionListModel</name>
    <message>
        <source>Reconnect…</source>
        <translation>Neu verbinden …</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Kein Ablauf</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>vor %1 abgelaufen</translation>
    </message>
    <message>
        <source>%1 · Default</source>
        <translation>%1 · Standard</translation>
    </message>
    <message>
        <source>None (revoked)</source>
        <translation>Keins (widerrufen)</translation>
    </message>
    <message>
        <source>Unusable until reconnected</source>
        <translation>Unbrauchbar bis zum Neuverbinden</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Sign in again to renew this connection</source>
        <translation>Erneut anmelden, um diese Verbindung zu erneuern</translation>
    </message>
    <message>
        <source>The default for %1: keyway token, exec and git use it when no connection is named</source>
        <translation>Der Standard für %1: keyway token, exec und git verwenden sie, wenn keine Verbindung genannt ist</translation>
    </message>
    <message>
        <source>The last API request made with it through Keyway (request console or keyway request)</source>
        <translation>Die letzte API-Anfrage damit über Keyway (Anfragekonsole oder keyway request)</translation>
    </message>
    <message>
        <source>Access token: %1
Refresh token: %2</source>
        <translation>Zugriffstoken: %1
Refresh-Token: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Token expires</source>
        <translation>Token läuft ab</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>Letzte Anfrage</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ConnectionPage</name>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>Request co&amp;nsole</source>
        <translation>Anfrage&amp;konsole</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Zwischenablage geleert.</translation>
    </message>
    <message>
        <source>This connection no longer exists.</source>
        <translation>Diese Verbindung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Zurück zu %1</translation>
    </message>
    <message>
        <source>Account not known</source>
        <translation>Konto nicht bekannt</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source> (subject %1)</source>
        <translation> (Subjekt %1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keins</translation>
    </message>
    <message>
        <source>Get a new access token now (F5)</source>
        <translation>Jetzt ein neues Zugriffstoken holen (F5)</translation>
    </message>
    <message>
        <source>This connection was revoked; reconnect to use it again.</source>
        <translation>Diese Verbindung wurde widerrufen; verbinden Sie neu, um sie wieder zu verwenden.</translation>
    </message>
    <message>
        <source>This kind of credential does not expire or refresh.</source>
        <translation>Diese Art von Zugangsdaten läuft nicht ab und wird nicht erneuert.</translation>
    </message>
    <message>
        <source>No expiry known</source>
        <translation>Kein Ablauf bekannt</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>läuft ab in %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>vor %1 abgelaufen</translation>
    </message>
    <message>
        <source>This connection needs you: the provider no longer accepts its grant (or its tokens are gone). Sign in again to use it.</source>
        <translation>Diese Verbindung braucht Sie: Der Anbieter akzeptiert ihre Freigabe nicht mehr (oder ihre Token sind weg). Melden Sie sich erneut an, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>This connection stopped working for a reason a retry cannot fix. Correct what the detail says, then reconnect.</source>
        <translation>Diese Verbindung funktioniert aus einem Grund nicht mehr, den ein erneuter Versuch nicht behebt. Beheben Sie, was das Detail sagt, und verbinden Sie dann neu.</translation>
    </message>
    <message>
        <source>The last attempt to reach the provider failed for a reason that usually passes. The tokens are kept and Keyway tries again; the next success clears this.</source>
        <translation>Der letzte Versuch, den Anbieter zu erreichen, schlug aus einem Grund fehl, der meist vorübergeht. Die Token bleiben erhalten und Keyway versucht es erneut; der nächste Erfolg hebt dies auf.</translation>
    </message>
    <message>
        <source>Try &amp;again now</source>
        <translation>Jetzt &amp;erneut versuchen</translation>
    </message>
    <message>
        <source>Re&amp;connect…</source>
        <translation>&amp;Neu verbinden …</translation>
    </message>
    <message>
        <source>None: the tokens were revoked and deleted from the keychain</source>
        <translation>Keins: Die Token wurden widerrufen und aus dem Schlüsselbund gelöscht</translation>
    </message>
    <message>
        <source>Not usable: the provider no longer accepts this connection. Reconnect to get new tokens.</source>
        <translation>Nicht verwendbar: Der Anbieter akzeptiert diese Verbindung nicht mehr. Verbinden Sie neu, um neue Token zu erhalten.</translation>
    </message>
    <message>
        <source>No expiry known (the provider did not say, or the credential does not expire)</source>
        <translation>Kein Ablauf bekannt (der Anbieter hat es nicht angegeben, oder die Zugangsdaten laufen nicht ab)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>✓ yes</source>
        <translation>✓ ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>✗ not granted</source>
        <translation>✗ nicht gewährt</translation>
    </message>
    <message>
        <source>⚠ The provider granted fewer scopes than requested (%1 missing).</source>
        <translation>⚠ Der Anbieter hat weniger Scopes gewährt als angefordert (%1 fehlen).</translation>
    </message>
    <message>
        <source>Every requested scope was granted.</source>
        <translation>Jeder angeforderte Scope wurde gewährt.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird erneuert …</translation>
    </message>
    <message>
        <source>Stopped waiting. The request already sent finishes in the background and its answer is kept.</source>
        <translation>Warten beendet. Die bereits gesendete Anfrage endet im Hintergrund, und ihre Antwort wird behalten.</translation>
    </message>
    <message>
        <source>Refreshing… %1</source>
        <translation>Wird erneuert … %1</translation>
    </message>
    <message>
        <source>Access token refreshed.</source>
        <translation>Zugriffstoken erneuert.</translation>
    </message>
    <message>
        <source>Refresh stopped. %1</source>
        <translation>Erneuerung gestoppt. %1</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Erneuerung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No access token: %1</source>
        <translation>Kein Zugriffstoken: %1</translation>
    </message>
    <message>
        <source>Diagnostic bundle saved to %1</source>
        <translation>Diagnosepaket gespeichert in %1</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>%1 trennen?</translation>
    </message>
    <message>
        <source>Keyway revokes the grant at %1 and deletes the tokens from the keychain.</source>
        <translation>Keyway widerruft die Freigabe bei %1 und löscht die Token aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Keyway deletes the credential from the keychain. %1 offers no revocation endpoint; revoke the grant in its settings to be sure.</source>
        <translation>Keyway löscht die Zugangsdaten aus dem Schlüsselbund. %1 bietet keinen Widerrufs-Endpunkt; widerrufen Sie die Freigabe in dessen Einstellungen, um sicherzugehen.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Wird getrennt …</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Getrennt.</translation>
    </message>
    <message>
        <source>Removed locally, but revocation failed: %1</source>
        <translation>Lokal entfernt, aber der Widerruf schlug fehl: %1</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>The connection was already revoked. Removing it deletes its timeline and request history from Keyway; export a diagnostic bundle first if support may need them.</source>
        <translation>Die Verbindung wurde bereits widerrufen. Beim Entfernen werden ihre Zeitleiste und ihr Anfrageverlauf aus Keyway gelöscht; exportieren Sie vorher ein Diagnosepaket, falls der Support sie brauchen könnte.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Could not remove the connection: %1</source>
        <translation>Die Verbindung konnte nicht entfernt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Access token copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Zugriffstoken kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Zugriffstoken kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the exchanged token as a new connection.</source>
        <translation>Das getauschte Token wurde als neue Verbindung gespeichert.</translation>
    </message>
    <message>
        <source>Sign in again (Ctrl+R)</source>
        <translation>Erneut anmelden (Strg+R)</translation>
    </message>
    <message>
        <source>This connection holds an exchanged token: exchange again from the connection it was derived from.</source>
        <translation>Diese Verbindung enthält ein getauschtes Token: Tauschen Sie erneut von der Verbindung, von der sie abgeleitet wurde.</translation>
    </message>
    <message>
        <source>An exchanged token, sent as a bearer token</source>
        <translation>Ein getauschtes Token, als Bearer-Token gesendet</translation>
    </message>
    <message>
        <source>a connection that no longer exists (%1), by token exchange</source>
        <translation>einer Verbindung, die nicht mehr existiert (%1), per Token-Tausch</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;, by token exchange (RFC 8693); never renewed: exchange again once it expires</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;, per Token-Tausch (RFC 8693); wird nie erneuert: Tauschen Sie erneut, sobald es abläuft</translation>
    </message>
</context>
<context>
    <name>keyway::ConnectionService</name>
    <message>
        <source>No connection &quot;%1&quot; (see keyway connections).</source>
        <translation>Keine Verbindung „%1“ (siehe keyway connections).</translation>
    </message>
    <message>
        <source>No such connection.</source>
        <translation>Keine solche Verbindung.</translation>
    </message>
    <message>
        <source>Another connection is already named &quot;%1&quot;: choose another name.</source>
        <translation>Eine andere Verbindung heißt bereits „%1“: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>This connection already exists.</source>
        <translation>Diese Verbindung gibt es bereits.</translation>
    </message>
    <message>
        <source>The local secrets were deleted, but revoking the token at the provider failed, so it may stay valid there until it expires. To end it now, remove Keyway&apos;s access in your account settings at the provider.</source>
        <translation>Die lokalen Geheimnisse wurden gelöscht, aber der Widerruf des Tokens beim Anbieter schlug fehl, daher bleibt es dort eventuell bis zu seinem Ablauf gültig. Um es jetzt zu beenden, entfernen Sie Keyways Zugriff in Ihren Kontoeinstellungen beim Anbieter.</translation>
    </message>
    <message>
        <source>Not revoked at the provider (%1): the token may stay valid there until it expires.</source>
        <translation>Nicht beim Anbieter widerrufen (%1): Das Token bleibt dort eventuell bis zu seinem Ablauf gültig.</translation>
    </message>
    <message>
        <source>Not revoked at the provider, which has no revocation endpoint: the token may stay valid there until it expires.</source>
        <translation>Nicht beim Anbieter widerrufen, der keinen Widerrufs-Endpunkt hat: Das Token bleibt dort eventuell bis zu seinem Ablauf gültig.</translation>
    </message>
    <message>
        <source>Secrets deleted from the keychain</source>
        <translation>Geheimnisse aus dem Schlüsselbund gelöscht</translation>
    </message>
    <message>
        <source>The provider has no revocation endpoint; only local secrets are removed</source>
        <translation>Der Anbieter hat keinen Widerrufs-Endpunkt; nur lokale Geheimnisse werden entfernt</translation>
    </message>
    <message>
        <source>Revoked at the provider</source>
        <translation>Beim Anbieter widerrufen</translation>
    </message>
    <message>
        <source>Disconnect this connection first: only revoked or failed connections can be removed.</source>
        <translation>Trennen Sie diese Verbindung zuerst: Nur widerrufene oder fehlgeschlagene Verbindungen können entfernt werden.</translation>
    </message>
    <message>
        <source>This connection is being refreshed: try again in a moment.</source>
        <translation>Diese Verbindung wird gerade erneuert: Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The stored credentials are damaged.</source>
        <translation>Die gespeicherten Zugangsdaten sind beschädigt.</translation>
    </message>
    <message>
        <source>The provider publishes no key set (jwks_uri), so the signature cannot be checked.</source>
        <translation>Der Anbieter veröffentlicht keinen Schlüsselsatz (jwks_uri), daher kann die Signatur nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The token is signed with &quot;%1&quot;, which Keyway does not accept.</source>
        <translation>Das Token ist mit „%1“ signiert, was Keyway nicht akzeptiert.</translation>
    </message>
    <message>
        <source>No key in the provider&apos;s key set matches the token (kid &quot;%1&quot;).</source>
        <translation>Kein Schlüssel im Schlüsselsatz des Anbieters passt zum Token (kid „%1“).</translation>
    </message>
    <message>
        <source>The provider&apos;s key set could not be fetched.</source>
        <translation>Der Schlüsselsatz des Anbieters konnte nicht abgerufen werden.</translation>
    </message>
    <message>
        <source>This provider has no token introspection endpoint.</source>
        <translation>Dieser Anbieter hat keinen Endpunkt für Token-Introspektion.</translation>
    </message>
    <message>
        <source>active: %1</source>
        <translation>aktiv: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>The keychain holds no tokens for this connection</source>
        <translation>Der Schlüsselbund enthält keine Token für diese Verbindung</translation>
    </message>
    <message>
        <source>Its tokens are no longer in the keychain: reconnect to use it again.</source>
        <translation>Ihre Token sind nicht mehr im Schlüsselbund: Verbinden Sie neu, um sie wieder zu verwenden.</translation>
    </message>
    <message>
        <source>The provider accepts the connection (after a refresh)</source>
        <translation>Der Anbieter akzeptiert die Verbindung (nach einer Erneuerung)</translation>
    </message>
    <message>
        <source>The provider accepts the access token</source>
        <translation>Der Anbieter akzeptiert das Zugriffstoken</translation>
    </message>
    <message>
        <source>The provider no longer accepts this connection: reconnect.</source>
        <translation>Der Anbieter akzeptiert diese Verbindung nicht mehr: Verbinden Sie neu.</translation>
    </message>
    <message>
        <source>The provider no longer accepts this credential: enter a new one (Reconnect).</source>
        <translation>Der Anbieter akzeptiert diese Zugangsdaten nicht mehr: Geben Sie neue ein (Neu verbinden).</translation>
    </message>
    <message>
        <source>The provider answered HTTP %1 when Keyway checked the connection.</source>
        <translation>Der Anbieter hat HTTP %1 geantwortet, als Keyway die Verbindung prüfte.</translation>
    </message>
    <message>
        <source>The provider answered HTTP %1; the token was not judged</source>
        <translation>Der Anbieter hat HTTP %1 geantwortet; das Token wurde nicht beurteilt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin of a connection.</source>
        <translation>„%1“ ist kein Ursprung einer Verbindung.</translation>
    </message>
    <message>
        <source>The credential may now also be sent to %1</source>
        <translation>Die Zugangsdaten können jetzt auch an %1 gesendet werden</translation>
    </message>
    <message>
        <source>Keyway holds renewed tokens for this connection that the keychain has not taken yet (is it locked?): unlock it and try again.</source>
        <translation>Keyway hält erneuerte Token für diese Verbindung, die der Schlüsselbund noch nicht angenommen hat (ist er gesperrt?): Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The private key was deleted from the keychain when this connection was disconnected: load it again.</source>
        <translation>Der private Schlüssel wurde beim Trennen dieser Verbindung aus dem Schlüsselbund gelöscht: Laden Sie ihn erneut.</translation>
    </message>
    <message>
        <source>The client secret was deleted from the keychain when this connection was disconnected: enter it again.</source>
        <translation>Das Client-Secret wurde beim Trennen dieser Verbindung aus dem Schlüsselbund gelöscht: Geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>%1 The tokens the provider issued were revoked.</source>
        <translation>%1 Die vom Anbieter ausgestellten Token wurden widerrufen.</translation>
    </message>
    <message>
        <source>%1 Revoking the tokens the provider issued failed too: %2</source>
        <translation>%1 Auch der Widerruf der vom Anbieter ausgestellten Token schlug fehl: %2</translation>
    </message>
    <message>
        <source>This connection was disconnected: connect again.</source>
        <translation>Diese Verbindung wurde getrennt: Verbinden Sie neu.</translation>
    </message>
    <message>
        <source>The authorization is no longer valid: connect again.</source>
        <translation>Die Autorisierung ist nicht mehr gültig: Verbinden Sie sich neu.</translation>
    </message>
    <message>
        <source>The stored credentials are damaged: connect again.</source>
        <translation>Die gespeicherten Zugangsdaten sind beschädigt: Verbinden Sie neu.</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Das Verbinden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>There is no integration &quot;%1&quot; (see keyway integrations).</source>
        <translation>Es gibt keine Integration „%1“ (siehe keyway integrations).</translation>
    </message>
    <message>
        <source>%1 has no mapping for the unified scope %2; it is not requested</source>
        <translation>%1 hat keine Zuordnung für den vereinheitlichten Scope %2; er wird nicht angefordert</translation>
    </message>
    <message>
        <source>Endpoints from %1</source>
        <translation>Endpunkte von %1</translation>
    </message>
    <message>
        <source>%1 Nothing was opened or requested: the tokens could not be kept.</source>
        <translation>%1 Nichts wurde geöffnet oder angefordert: Die Token konnten nicht behalten werden.</translation>
    </message>
    <message>
        <source>The token endpoint of %1 moved from %2 to %3: Keyway does not send the kept client secret or key there. Give it again to use the new endpoint.</source>
        <translation>Der Token-Endpunkt von %1 ist von %2 nach %3 umgezogen: Keyway sendet das gespeicherte Client-Secret oder den Schlüssel nicht dorthin. Geben Sie es erneut an, um den neuen Endpunkt zu verwenden.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>This version of Keyway cannot connect with &quot;%1&quot; yet.</source>
        <translation>Diese Version von Keyway kann sich noch nicht mit „%1“ verbinden.</translation>
    </message>
    <message>
        <source>This sign-in has already ended.</source>
        <translation>Diese Anmeldung ist bereits beendet.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>Verbunden als %1</translation>
    </message>
    <message>
        <source>Name the service the exchanged token is for: an audience or a resource.</source>
        <translation>Nennen Sie den Dienst, für den das getauschte Token bestimmt ist: eine Zielgruppe (Audience) oder eine Ressource.</translation>
    </message>
    <message>
        <source>Only a connection holding an OAuth access token can exchange it for another.</source>
        <translation>Nur eine Verbindung mit einem OAuth-Zugriffstoken kann es gegen ein anderes tauschen.</translation>
    </message>
    <message>
        <source>This connection holds no access token to exchange: connect again.</source>
        <translation>Diese Verbindung hat kein Zugriffstoken zum Tauschen: Verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>Token for %1 (%2)</source>
        <translation>Token für %1 (%2)</translation>
    </message>
    <message>
        <source>Token for %1: %2</source>
        <translation>Token für %1: %2</translation>
    </message>
    <message>
        <source>The client secret Keyway registered for this integration is not in the keychain. Remove the integration and add it again to register anew.</source>
        <translation>Das Client-Geheimnis, das Keyway für diese Integration registriert hat, ist nicht im Schlüsselbund. Entfernen Sie die Integration und fügen Sie sie erneut hinzu, um neu zu registrieren.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; matches %n connection(s): give more of the id.</source>
        <translation>
            <numerusform>„%1“ passt zu %n Verbindung: Geben Sie mehr von der ID an.</numerusform>
            <numerusform>„%1“ passt zu %n Verbindungen: Geben Sie mehr von der ID an.</numerusform>
        </translation>
    </message>
    <message>
        <source>This connection&apos;s access token is not bound to a DPoP key, so it needs no proof: use it alone.</source>
        <translation>Das Zugriffstoken dieser Verbindung ist an keinen DPoP-Schlüssel gebunden und braucht daher keinen Nachweis: Verwenden Sie es allein.</translation>
    </message>
    <message>
        <source>That is not a DPoP nonce: give the value of the server&apos;s DPoP-Nonce header as it is.</source>
        <translation>Das ist keine DPoP-Nonce: Geben Sie den Wert des DPoP-Nonce-Headers des Servers unverändert an.</translation>
    </message>
    <message>
        <source>Give the new connection a name.</source>
        <translation>Geben Sie der neuen Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>Derived from %1 by token exchange; its token goes to %2</source>
        <translation>Von %1 per Token-Tausch abgeleitet; sein Token geht an %2</translation>
    </message>
    <message>
        <source>Exchanged token saved as %1 (%2)</source>
        <translation>Getauschtes Token gespeichert als %1 (%2)</translation>
    </message>
</context>
<context>
    <name>keyway::ConnectionsView</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>Brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Needing you (reconnect, error)</source>
        <translation>Brauchen Sie (neu verbinden, Fehler)</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Funktionieren</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Re&amp;connect…</source>
        <translation>&amp;Neu verbinden …</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>Jetzt &amp;erneuern</translation>
    </message>
    <message>
        <source>Refreshing %1…</source>
        <translation>%1 wird erneuert …</translation>
    </message>
    <message>
        <source>%1: access token refreshed.</source>
        <translation>%1: Zugriffstoken erneuert.</translation>
    </message>
    <message>
        <source>%1: refresh failed: %2</source>
        <translation>%1: Erneuerung fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation>Zum &amp;Standard machen</translation>
    </message>
    <message>
        <source>%1 is now the default for its integration.</source>
        <translation>%1 ist jetzt der Standard für seine Integration.</translation>
    </message>
    <message>
        <source>keyway token, exec and git use this connection when none is named</source>
        <translation>keyway token, exec und git verwenden diese Verbindung, wenn keine genannt ist</translation>
    </message>
    <message>
        <source>Copy &amp;name</source>
        <translation>&amp;Namen kopieren</translation>
    </message>
    <message>
        <source>Copied &quot;%1&quot;.</source>
        <translation>„%1“ kopiert.</translation>
    </message>
    <message>
        <source>Copy connection &amp;id</source>
        <translation>Verbindungs-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copied the connection id.</source>
        <translation>Die Verbindungs-ID wurde kopiert.</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Trennen …</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Ent&amp;fernen …</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) you (press Reconnect)</source>
        <translation>
            <numerusform>%n braucht Sie (Neu verbinden drücken)</numerusform>
            <numerusform>%n brauchen Sie (Neu verbinden drücken)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a temporary problem or expiring</source>
        <translation>
            <numerusform>%n mit vorübergehendem Problem oder bald ablaufend</numerusform>
            <numerusform>%n mit vorübergehendem Problem oder bald ablaufend</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::CredentialsForm</name>
    <message>
        <source>client_secret_basic: secret in the Authorization header</source>
        <translation>client_secret_basic: Secret im Authorization-Header</translation>
    </message>
    <message>
        <source>client_secret_post: secret in the request body</source>
        <translation>client_secret_post: Secret im Anfrage-Body</translation>
    </message>
    <message>
        <source>private_key_jwt: assertion signed with your private key</source>
        <translation>private_key_jwt: Assertion mit Ihrem privaten Schlüssel signiert</translation>
    </message>
    <message>
        <source>none: public client, PKCE only</source>
        <translation>none: öffentlicher Client, nur PKCE</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Leer lassen, um den gespeicherten Schlüssel zu behalten</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored account</source>
        <translation>Leer lassen, um das gespeicherte Konto zu behalten</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored one</source>
        <translation>Leer lassen, um das gespeicherte zu behalten</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Paste the token</source>
        <translation>Das Token einfügen</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Client-Authentifizierung</translation>
    </message>
    <message>
        <source>How Keyway proves to the token endpoint that it is your registered client</source>
        <translation>Wie Keyway dem Token-Endpunkt beweist, dass es Ihr registrierter Client ist</translation>
    </message>
    <message>
        <source>What %1 documents</source>
        <translation>Was %1 dokumentiert</translation>
    </message>
    <message>
        <source>Client a&amp;uthentication:</source>
        <translation>Client-A&amp;uthentifizierung:</translation>
    </message>
    <message>
        <source>How the client signs in</source>
        <translation>Wie sich der Client anmeldet</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Key ID (kid)</source>
        <translation>Schlüssel-ID (kid)</translation>
    </message>
    <message>
        <source>Optional: the key&apos;s thumbprint</source>
        <translation>Optional: der Fingerabdruck des Schlüssels</translation>
    </message>
    <message>
        <source>Load service account key file (JSON)…</source>
        <translation>Schlüsseldatei des Dienstkontos laden (JSON) …</translation>
    </message>
    <message>
        <source>Load service account key file (JSON)</source>
        <translation>Schlüsseldatei des Dienstkontos laden (JSON)</translation>
    </message>
    <message>
        <source>No key file loaded. Alternatively enter the issuer and a private key below.</source>
        <translation>Keine Schlüsseldatei geladen. Alternativ unten Aussteller und privaten Schlüssel eingeben.</translation>
    </message>
    <message>
        <source>Issuer (client ID or email)</source>
        <translation>Aussteller (Client-ID oder E-Mail)</translation>
    </message>
    <message>
        <source>No key file loaded: the stored key is kept unless you load another one.</source>
        <translation>Keine Schlüsseldatei geladen: Der gespeicherte Schlüssel bleibt, sofern Sie keinen anderen laden.</translation>
    </message>
    <message>
        <source>The stored private key is kept unless you load another one.</source>
        <translation>Der gespeicherte private Schlüssel bleibt, sofern Sie keinen anderen laden.</translation>
    </message>
    <message>
        <source>Act as user (subject)</source>
        <translation>Als Benutzer handeln (Subjekt)</translation>
    </message>
    <message>
        <source>Optional: domain-wide delegation</source>
        <translation>Optional: domänenweite Delegierung</translation>
    </message>
    <message>
        <source>Private key (PEM):</source>
        <translation>Privater Schlüssel (PEM):</translation>
    </message>
    <message>
        <source>Service account key file</source>
        <translation>Schlüsseldatei des Dienstkontos</translation>
    </message>
    <message>
        <source>JSON key files (*.json);;All files (*)</source>
        <translation>JSON-Schlüsseldateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Loaded the key of %1.</source>
        <translation>Schlüssel von %1 geladen.</translation>
    </message>
    <message>
        <source>%1 publishes a public client for everyone: nothing to type. Keyway signs in as &quot;%2&quot; without a secret (client authentication: none); PKCE protects the sign-in.</source>
        <translation>%1 veröffentlicht einen öffentlichen Client für alle: nichts einzugeben. Keyway meldet sich ohne Secret als „%2“ an (Client-Authentifizierung: keine); PKCE schützt die Anmeldung.</translation>
    </message>
    <message>
        <source>No secret is sent: the provider must have registered this client as public, and PKCE protects the sign-in.</source>
        <translation>Es wird kein Secret gesendet: Der Anbieter muss diesen Client als öffentlich registriert haben, und PKCE schützt die Anmeldung.</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>Leer lassen, um das gespeicherte Secret zu behalten</translation>
    </message>
    <message>
        <source>Optional: without it Keyway signs in as a public client</source>
        <translation>Optional: Ohne meldet sich Keyway als öffentlicher Client an</translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation>Geben Sie %1 ein.</translation>
    </message>
    <message>
        <source>Load the private key.</source>
        <translation>Laden Sie den privaten Schlüssel.</translation>
    </message>
    <message>
        <source>Load a service account key file, or enter the issuer and a private key.</source>
        <translation>Laden Sie eine Schlüsseldatei eines Dienstkontos, oder geben Sie Aussteller und privaten Schlüssel ein.</translation>
    </message>
    <message>
        <source>tls_client_auth: your TLS client certificate (from a CA)</source>
        <translation>tls_client_auth: Ihr TLS-Client-Zertifikat (von einer Zertifizierungsstelle)</translation>
    </message>
    <message>
        <source>self_signed_tls_client_auth: your self-signed TLS client certificate</source>
        <translation>self_signed_tls_client_auth: Ihr selbstsigniertes TLS-Client-Zertifikat</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
</context>
<context>
    <name>keyway::CustomIntegrationBuilder</name>
    <message>
        <source>&quot;%1&quot; cannot be an integration id: use lower case letters, digits and &apos;-&apos;.</source>
        <translation>„%1“ kann keine Integrations-ID sein: Verwenden Sie Kleinbuchstaben, Ziffern und „-“.</translation>
    </message>
    <message>
        <source>Added from the issuer %1.</source>
        <translation>Vom Aussteller %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Register a client with the provider, using {{redirect_uri}} as the redirect URI.</source>
        <translation>Registrieren Sie beim Anbieter einen Client mit {{redirect_uri}} als Weiterleitungs-URI.</translation>
    </message>
    <message>
        <source>Enter its client ID (and client secret for a confidential client) when connecting.</source>
        <translation>Geben Sie beim Verbinden seine Client-ID ein (und bei einem vertraulichen Client das Client-Secret).</translation>
    </message>
    <message>
        <source>Endpoints read from %1&apos;s metadata when this integration was added.</source>
        <translation>Endpunkte, die beim Hinzufügen dieser Integration aus den Metadaten von %1 gelesen wurden.</translation>
    </message>
    <message>
        <source>Added by hand.</source>
        <translation>Von Hand hinzugefügt.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
</context>
<context>
    <name>keyway::CustomIntegrationDialog</name>
    <message>
        <source>As the provider&apos;s metadata says</source>
        <translation>Wie die Metadaten des Anbieters sagen</translation>
    </message>
    <message>
        <source>client_secret_basic: secret in the Authorization header</source>
        <translation>client_secret_basic: Secret im Authorization-Header</translation>
    </message>
    <message>
        <source>client_secret_post: secret in the request body</source>
        <translation>client_secret_post: Secret im Anfrage-Body</translation>
    </message>
    <message>
        <source>private_key_jwt: assertion signed with a private key</source>
        <translation>private_key_jwt: Assertion mit einem privaten Schlüssel signiert</translation>
    </message>
    <message>
        <source>none: public client, PKCE only</source>
        <translation>none: öffentlicher Client, nur PKCE</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>⚠ Unsafe: client secrets and tokens sent to this host over http can be read and changed by anyone on the network path. Every connection of this integration will carry this warning. Use it only for a server on your own machine or a test network.</source>
        <translation>⚠ Unsicher: Client-Secrets und Token, die über http an diesen Host gesendet werden, kann jeder auf dem Netzwerkweg lesen und ändern. Jede Verbindung dieser Integration trägt diese Warnung. Verwenden Sie es nur für einen Server auf Ihrem eigenen Rechner oder in einem Testnetz.</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s issuer URL, like https://login.example.com.</source>
        <translation>Geben Sie die Aussteller-URL des Anbieters ein, etwa https://login.example.com.</translation>
    </message>
    <message>
        <source>The issuer must be a web address starting with https://.</source>
        <translation>Der Aussteller muss eine Webadresse sein, die mit https:// beginnt.</translation>
    </message>
    <message>
        <source>Enter an id for the integration.</source>
        <translation>Geben Sie eine ID für die Integration ein.</translation>
    </message>
    <message>
        <source>The id may hold only lower-case letters, digits and &apos;-&apos;, and must start with a letter or digit.</source>
        <translation>Die ID darf nur Kleinbuchstaben, Ziffern und „-“ enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen.</translation>
    </message>
    <message>
        <source>An integration with the id &quot;%1&quot; exists already; choose another id.</source>
        <translation>Eine Integration mit der ID „%1“ gibt es bereits; wählen Sie eine andere ID.</translation>
    </message>
    <message>
        <source>Scopes are plain words separated by spaces.</source>
        <translation>Scopes sind einfache Wörter, durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>%1 was added, but without your client authentication and scopes: %2</source>
        <translation>%1 wurde hinzugefügt, aber ohne Ihre Client-Authentifizierung und Scopes: %2</translation>
    </message>
    <message>
        <source>The integration could not be added.</source>
        <translation>Die Integration konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Enter the issuer first: Keyway then checks whether the server offers registration.</source>
        <translation>Geben Sie zuerst den Aussteller ein: Keyway prüft dann, ob der Server Registrierung anbietet.</translation>
    </message>
    <message>
        <source>Checking whether the server offers registration…</source>
        <translation>Prüfe, ob der Server Registrierung anbietet…</translation>
    </message>
    <message>
        <source>This server does not offer dynamic client registration.</source>
        <translation>Dieser Server bietet keine dynamische Client-Registrierung an.</translation>
    </message>
    <message>
        <source>Keyway registers itself at %1 as a client of this server (RFC 7591).</source>
        <translation>Keyway registriert sich bei %1 als Client dieses Servers (RFC 7591).</translation>
    </message>
    <message>
        <source>The server&apos;s metadata could not be read.</source>
        <translation>Die Metadaten des Servers konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Enter the issuer first: Keyway then checks whether the server supports DPoP.</source>
        <translation>Geben Sie zuerst den Aussteller ein: Keyway prüft dann, ob der Server DPoP unterstützt.</translation>
    </message>
    <message>
        <source>Checking whether the server supports DPoP…</source>
        <translation>Prüfe, ob der Server DPoP unterstützt…</translation>
    </message>
    <message>
        <source>This server does not support DPoP (its metadata lists no DPoP signing algorithms).</source>
        <translation>Dieser Server unterstützt DPoP nicht (seine Metadaten nennen keine DPoP-Signaturalgorithmen).</translation>
    </message>
    <message>
        <source>Every connection&apos;s tokens are bound to a key pair of its own (DPoP, RFC 9449); a client Keyway registers is registered for DPoP-bound tokens only.</source>
        <translation>Die Token jeder Verbindung werden an ein eigenes Schlüsselpaar gebunden (DPoP, RFC 9449); ein Client, den Keyway registriert, wird nur für an DPoP gebundene Token registriert.</translation>
    </message>
</context>
<context>
    <name>keyway::DeviceFlow</name>
    <message>
        <source>The provider&apos;s device authorization or token endpoint is not known.</source>
        <translation>Der Geräteautorisierungs- oder Token-Endpunkt des Anbieters ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Asking %1 for a user code (client_id %2, scope &quot;%3&quot;)</source>
        <translation>%1 wird um einen Benutzercode gebeten (client_id %2, scope „%3“)</translation>
    </message>
    <message>
        <source>a device authorization response</source>
        <translation>eine Antwort der Geräteautorisierung</translation>
    </message>
    <message>
        <source>the device authorization endpoint</source>
        <translation>der Endpunkt der Geräteautorisierung</translation>
    </message>
    <message>
        <source>The provider&apos;s device authorization answer is incomplete, so the sign-in cannot go on.</source>
        <translation>Die Antwort des Anbieters zur Geräteautorisierung ist unvollständig, daher kann die Anmeldung nicht weitergehen.</translation>
    </message>
    <message>
        <source>no valid &quot;%1&quot;</source>
        <translation>kein gültiges „%1“</translation>
    </message>
    <message>
        <source>verification_uri_complete is not an https URL and is ignored</source>
        <translation>verification_uri_complete ist keine https-URL und wird ignoriert</translation>
    </message>
    <message>
        <source>no expires_in; assuming %1 s</source>
        <translation>kein expires_in; %1 s werden angenommen</translation>
    </message>
    <message>
        <source>User code issued (device code %1); verify at %2%3; expires in %4 s; polling every %5 s</source>
        <translation>Benutzercode ausgestellt (Gerätecode %1); bestätigen unter %2%3; läuft in %4 s ab; Abfrage alle %5 s</translation>
    </message>
    <message>
        <source> (a link with the code filled in was given)</source>
        <translation> (ein Link mit eingesetztem Code wurde mitgegeben)</translation>
    </message>
    <message>
        <source>Browser opened at %1</source>
        <translation>Browser geöffnet bei %1</translation>
    </message>
    <message>
        <source>the user code expired at %1 without approval</source>
        <translation>der Benutzercode ist um %1 ohne Bestätigung abgelaufen</translation>
    </message>
    <message>
        <source>Approved after %1 poll(s): access token %2%3</source>
        <translation>Bestätigt nach %1 Abfrage(n): Zugriffstoken %2%3</translation>
    </message>
    <message>
        <source>, refresh token %1</source>
        <translation>, Refresh-Token %1</translation>
    </message>
    <message>
        <source>Waiting for approval on the other device</source>
        <translation>Warten auf Bestätigung auf dem anderen Gerät</translation>
    </message>
    <message>
        <source>The provider asked to slow down: polling every %1 s</source>
        <translation>Der Anbieter bat, langsamer zu werden: Abfrage alle %1 s</translation>
    </message>
    <message>
        <source>%1; trying again in %2 s</source>
        <translation>%1; neuer Versuch in %2 s</translation>
    </message>
    <message>
        <source>The sign-in was denied on the other device.</source>
        <translation>Die Anmeldung wurde auf dem anderen Gerät verweigert.</translation>
    </message>
    <message>
        <source>The code expired before it was approved: start connecting again.</source>
        <translation>Der Code ist abgelaufen, bevor er bestätigt wurde: Beginnen Sie das Verbinden erneut.</translation>
    </message>
    <message>
        <source>The provider did not return an ID token for an OpenID Connect sign-in.</source>
        <translation>Der Anbieter hat für eine OpenID-Connect-Anmeldung kein ID-Token geliefert.</translation>
    </message>
</context>
<context>
    <name>keyway::Discovery</name>
    <message>
        <source>The issuer must be an https URL without query or fragment.</source>
        <translation>Der Aussteller muss eine https-URL ohne Query oder Fragment sein.</translation>
    </message>
    <message>
        <source>The metadata URL must be an https URL.</source>
        <translation>Die Metadaten-URL muss eine https-URL sein.</translation>
    </message>
    <message>
        <source>The provider&apos;s metadata document is too large.</source>
        <translation>Das Metadatendokument des Anbieters ist zu groß.</translation>
    </message>
    <message>
        <source>The provider&apos;s metadata could not be fetched.</source>
        <translation>Die Metadaten des Anbieters konnten nicht abgerufen werden.</translation>
    </message>
    <message>
        <source>The provider has no metadata document at the expected address.</source>
        <translation>Der Anbieter hat unter der erwarteten Adresse kein Metadatendokument.</translation>
    </message>
    <message>
        <source>The provider&apos;s metadata is not valid JSON.</source>
        <translation>Die Metadaten des Anbieters sind kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The provider&apos;s metadata names a different issuer; it was not used.</source>
        <translation>Die Metadaten des Anbieters nennen einen anderen Aussteller; sie wurden nicht verwendet.</translation>
    </message>
    <message>
        <source>The provider&apos;s metadata is incomplete or invalid.</source>
        <translation>Die Metadaten des Anbieters sind unvollständig oder ungültig.</translation>
    </message>
</context>
<context>
    <name>keyway::Flow</name>
    <message>
        <source>This sign-in does not come back to an address to paste.</source>
        <translation>Diese Anmeldung kehrt nicht zu einer einzufügenden Adresse zurück.</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Das Verbinden wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>keyway::GrantAlerts</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 needs you to sign in again</source>
        <translation>%1 braucht eine erneute Anmeldung</translation>
    </message>
    <message>
        <source>The provider no longer accepts this connection&apos;s grant. Click to reconnect.</source>
        <translation>Der Anbieter akzeptiert die Freigabe dieser Verbindung nicht mehr. Klicken Sie, um neu zu verbinden.</translation>
    </message>
    <message>
        <source>Reconnect %1…</source>
        <translation>%1 neu verbinden …</translation>
    </message>
    <message>
        <source>Reconnect %1 before %2</source>
        <translation>%1 vor %2 neu verbinden</translation>
    </message>
    <message>
        <source>%1&apos;s grant ends then, used or not; only signing in again renews it. Click to reconnect now.</source>
        <translation>Die Freigabe von %1 endet dann, genutzt oder nicht; nur eine erneute Anmeldung erneuert sie. Klicken Sie, um jetzt neu zu verbinden.</translation>
    </message>
</context>
<context>
    <name>keyway::HistoryModel</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>keyway::Integration</name>
    <message>
        <source>hosts other than this computer</source>
        <translation>andere Hosts als diesen Computer</translation>
    </message>
    <message>
        <source>%1 allows plain http to %2: tokens cross the network unencrypted</source>
        <translation>%1 erlaubt unverschlüsseltes http zu %2: Token gehen unverschlüsselt durchs Netz</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a protocol parameter Keyway sets itself; it cannot be overridden</source>
        <translation>„%1“ ist ein Protokollparameter, den Keyway selbst setzt; er kann nicht überschrieben werden</translation>
    </message>
    <message>
        <source>PKCE is off for %1: an authorization code intercepted on its way to Keyway could be redeemed by whoever took it (RFC 9700 §2.1.1)</source>
        <translation>PKCE ist für %1 aus: Ein auf dem Weg zu Keyway abgefangener Autorisierungscode könnte von dem eingelöst werden, der ihn abgefangen hat (RFC 9700 §2.1.1)</translation>
    </message>
</context>
<context>
    <name>keyway::IntegrationListModel</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) (worst: %1)</source>
        <translation>
            <numerusform>%n Verbindung (am schlimmsten: %1)</numerusform>
            <numerusform>%n Verbindungen (am schlimmsten: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::IntegrationLoader</name>
    <message>
        <source>The integration file %1 is not valid: %2</source>
        <translation>Die Integrationsdatei %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it is not read as an integration file.</source>
        <translation>%1 ist keine reguläre Datei und wird daher nicht als Integrationsdatei gelesen.</translation>
    </message>
    <message>
        <source>The integration file %1 cannot be read.</source>
        <translation>Die Integrationsdatei %1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>keyway::IntegrationPage</name>
    <message>
        <source>Unknown integration</source>
        <translation>Unbekannte Integration</translation>
    </message>
    <message>
        <source>%1 icon</source>
        <translation>Symbol von %1</translation>
    </message>
    <message>
        <source> · custom integration</source>
        <translation> · eigene Integration</translation>
    </message>
    <message>
        <source>⚠ Warning: %1. Client secrets and tokens sent over plain http can be read and changed by anyone on the network path; use this only for a test server.</source>
        <translation>⚠ Warnung: %1. Client-Secrets und Token, die über unverschlüsseltes http gesendet werden, kann jeder auf dem Netzwerkweg lesen und ändern; verwenden Sie dies nur für einen Testserver.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Provider documentation&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Dokumentation des Anbieters&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>%1 verbinden</translation>
    </message>
    <message>
        <source>Connections (%1)</source>
        <translation>Verbindungen (%1)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>Remove the custom integration %1?</source>
        <translation>Die eigene Integration %1 entfernen?</translation>
    </message>
    <message>
        <source>Its file is deleted from Keyway&apos;s folder of custom integrations. You can add it again at any time.</source>
        <translation>Ihre Datei wird aus Keyways Ordner für eigene Integrationen gelöscht. Sie können sie jederzeit wieder hinzufügen.</translation>
    </message>
    <message numerus="yes">
        <source>Its file is deleted. Its %n connection(s) stay in the list, but cannot be used or reconnected until you add the integration again.</source>
        <translation>
            <numerusform>Ihre Datei wird gelöscht. Ihre %n Verbindung bleibt in der Liste, kann aber nicht verwendet oder neu verbunden werden, bis Sie die Integration wieder hinzufügen.</numerusform>
            <numerusform>Ihre Datei wird gelöscht. Ihre %n Verbindungen bleiben in der Liste, können aber nicht verwendet oder neu verbunden werden, bis Sie die Integration wieder hinzufügen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>Keyway&apos;s client registration at the provider is deleted too.</source>
        <translation>Die Client-Registrierung von Keyway beim Anbieter wird ebenfalls gelöscht.</translation>
    </message>
    <message>
        <source>%1 was removed, but: %2</source>
        <translation>%1 wurde entfernt, aber: %2</translation>
    </message>
</context>
<context>
    <name>keyway::Introspection</name>
    <message>
        <source>This provider offers no token introspection.</source>
        <translation>Dieser Anbieter bietet keine Token-Introspektion.</translation>
    </message>
    <message>
        <source>There is no token to look up.</source>
        <translation>Es gibt kein Token zum Nachschlagen.</translation>
    </message>
    <message>
        <source>an introspection answer</source>
        <translation>eine Introspektionsantwort</translation>
    </message>
    <message>
        <source>The provider&apos;s introspection answer does not say whether the token is active.</source>
        <translation>Die Introspektionsantwort des Anbieters sagt nicht, ob das Token aktiv ist.</translation>
    </message>
</context>
<context>
    <name>keyway::JwksCache</name>
    <message>
        <source>The provider&apos;s key set address is not a secure (https) URL.</source>
        <translation>Die Adresse des Schlüsselsatzes des Anbieters ist keine sichere (https-)URL.</translation>
    </message>
    <message>
        <source>The provider&apos;s key set (JWKS) is unreasonably large.</source>
        <translation>Der Schlüsselsatz (JWKS) des Anbieters ist unvernünftig groß.</translation>
    </message>
    <message>
        <source>The provider&apos;s key set (JWKS) did not arrive in time.</source>
        <translation>Der Schlüsselsatz (JWKS) des Anbieters kam nicht rechtzeitig an.</translation>
    </message>
    <message>
        <source>The provider&apos;s key set (JWKS) could not be downloaded (HTTP %1).</source>
        <translation>Der Schlüsselsatz (JWKS) des Anbieters konnte nicht heruntergeladen werden (HTTP %1).</translation>
    </message>
    <message>
        <source>The provider&apos;s key set (JWKS) could not be downloaded.</source>
        <translation>Der Schlüsselsatz (JWKS) des Anbieters konnte nicht heruntergeladen werden.</translation>
    </message>
    <message>
        <source>The provider&apos;s key set address did not return JSON.</source>
        <translation>Die Adresse des Schlüsselsatzes des Anbieters lieferte kein JSON.</translation>
    </message>
    <message>
        <source>The provider&apos;s key set (JWKS) holds no usable signing key.</source>
        <translation>Der Schlüsselsatz (JWKS) des Anbieters enthält keinen verwendbaren Signaturschlüssel.</translation>
    </message>
</context>
<context>
    <name>keyway::JwtBearerFlow</name>
    <message>
        <source>The service account (the assertion&apos;s issuer) is not known.</source>
        <translation>Das Dienstkonto (der Aussteller der Assertion) ist nicht bekannt.</translation>
    </message>
    <message>
        <source>No private key is stored for this connection: connect again with the key file.</source>
        <translation>Für diese Verbindung ist kein privater Schlüssel gespeichert: Verbinden Sie mit der Schlüsseldatei neu.</translation>
    </message>
    <message>
        <source>The stored private key cannot be used: %1</source>
        <translation>Der gespeicherte private Schlüssel ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Could not sign the assertion: %1</source>
        <translation>Die Assertion konnte nicht signiert werden: %1</translation>
    </message>
    <message>
        <source>JWT bearer grant at %1: iss %2%3, aud %4, key %5, scope &quot;%6&quot;</source>
        <translation>JWT-Bearer-Grant bei %1: iss %2%3, aud %4, Schlüssel %5, scope „%6“</translation>
    </message>
    <message>
        <source>, sub %1</source>
        <translation>, sub %1</translation>
    </message>
</context>
<context>
    <name>keyway::Keeper</name>
    <message>
        <source>its grant ended %1</source>
        <translation>seine Freigabe endete %1</translation>
    </message>
</context>
<context>
    <name>keyway::KeeperTimer</name>
    <message>
        <source>systemd cannot run Keyway from %1: move it to a path without quotes, backslashes or line breaks.</source>
        <translation>systemd kann Keyway nicht aus %1 ausführen: Verschieben Sie es an einen Pfad ohne Anführungszeichen, Backslashes oder Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>Keyway could not create %1.</source>
        <translation>Keyway konnte %1 nicht anlegen.</translation>
    </message>
    <message>
        <source>Keyway could not remove %1.</source>
        <translation>Keyway konnte %1 nicht entfernen.</translation>
    </message>
    <message>
        <source>systemctl was not found (or KEYWAY_SYSTEMCTL is empty): the timer runs once systemd&apos;s user manager loads it (systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now %1).</source>
        <translation>systemctl wurde nicht gefunden (oder KEYWAY_SYSTEMCTL ist leer): Der Timer läuft, sobald der Benutzer-Manager von systemd ihn lädt (systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now %1).</translation>
    </message>
    <message>
        <source>systemd&apos;s user manager did not take &quot;systemctl %1&quot; (%2): the files are in place; in your desktop session run: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now %3</source>
        <translation>Der Benutzer-Manager von systemd hat „systemctl %1“ nicht angenommen (%2): Die Dateien sind an Ort und Stelle; führen Sie in Ihrer Desktop-Sitzung aus: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now %3</translation>
    </message>
</context>
<context>
    <name>keyway::KeychainRecovery</name>
    <message>
        <source>Recovered from the keychain</source>
        <translation>Aus dem Schlüsselbund wiederhergestellt</translation>
    </message>
    <message>
        <source>Recovered from the keychain after the database lost its record</source>
        <translation>Aus dem Schlüsselbund wiederhergestellt, nachdem die Datenbank ihren Eintrag verloren hatte</translation>
    </message>
    <message>
        <source>Taken back from the keychain to be revoked</source>
        <translation>Aus dem Schlüsselbund zurückgeholt, um widerrufen zu werden</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 could not be recovered: %2</source>
        <translation>%1 konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Keyway&apos;s database has no record of %n connection(s) whose tokens are still in the keychain (the database was deleted, emptied or replaced).</source>
        <translation>
            <numerusform>Keyways Datenbank hat keinen Eintrag für %n Verbindung, deren Token noch im Schlüsselbund sind (die Datenbank wurde gelöscht, geleert oder ersetzt).</numerusform>
            <numerusform>Keyways Datenbank hat keinen Eintrag für %n Verbindungen, deren Token noch im Schlüsselbund sind (die Datenbank wurde gelöscht, geleert oder ersetzt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) recovered from the keychain.</source>
        <translation>
            <numerusform>%n Verbindung aus dem Schlüsselbund wiederhergestellt.</numerusform>
            <numerusform>%n Verbindungen aus dem Schlüsselbund wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) saved by an older Keyway cannot be rebuilt: revoke and remove them, then connect again.</source>
        <translation>
            <numerusform>%n Verbindung, von einem älteren Keyway gespeichert, kann nicht neu aufgebaut werden: Widerrufen und entfernen Sie sie, dann verbinden Sie neu.</numerusform>
            <numerusform>%n Verbindungen, von einem älteren Keyway gespeichert, können nicht neu aufgebaut werden: Widerrufen und entfernen Sie sie, dann verbinden Sie neu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) revoked at their providers and removed.</source>
        <translation>
            <numerusform>%n Verbindung bei ihrem Anbieter widerrufen und entfernt.</numerusform>
            <numerusform>%n Verbindungen bei ihren Anbietern widerrufen und entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::KeychainSecretStore</name>
    <message>
        <source>A keychain entry of Keyway&apos;s is damaged (its parts do not match).</source>
        <translation>Ein Schlüsselbundeintrag von Keyway ist beschädigt (seine Teile passen nicht zusammen).</translation>
    </message>
    <message>
        <source>A keychain entry of Keyway&apos;s is incomplete.</source>
        <translation>Ein Schlüsselbundeintrag von Keyway ist unvollständig.</translation>
    </message>
</context>
<context>
    <name>keyway::LoopbackServer</name>
    <message>
        <source>Keyway only listens on the loopback addresses 127.0.0.1 and ::1.</source>
        <translation>Keyway lauscht nur auf den Loopback-Adressen 127.0.0.1 und ::1.</translation>
    </message>
    <message>
        <source>This listener is already running.</source>
        <translation>Dieser Empfänger läuft bereits.</translation>
    </message>
    <message>
        <source>Port %1 on %2 is already in use by another program. Close that program, or choose another port if the provider allows it.</source>
        <translation>Port %1 auf %2 wird bereits von einem anderen Programm verwendet. Schließen Sie dieses Programm, oder wählen Sie einen anderen Port, falls der Anbieter es erlaubt.</translation>
    </message>
    <message>
        <source>Keyway is not allowed to listen on port %1. Choose a port above 1023.</source>
        <translation>Keyway darf nicht auf Port %1 lauschen. Wählen Sie einen Port über 1023.</translation>
    </message>
    <message>
        <source>Keyway could not listen on %1.</source>
        <translation>Keyway konnte nicht auf %1 lauschen.</translation>
    </message>
</context>
<context>
    <name>keyway::MainWindow</name>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Removed the custom integration %1.</source>
        <translation>Die eigene Integration %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>Connection removed.</source>
        <translation>Verbindung entfernt.</translation>
    </message>
    <message>
        <source>Recover them from the keychain, or revoke them at their providers and remove them.</source>
        <translation>Stellen Sie sie aus dem Schlüsselbund wieder her, oder widerrufen Sie sie bei ihren Anbietern und entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Revoke them at their providers and remove them.</source>
        <translation>Widerrufen Sie sie bei ihren Anbietern und entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Recovering connections from the keychain…</source>
        <translation>Verbindungen werden aus dem Schlüsselbund wiederhergestellt …</translation>
    </message>
    <message>
        <source>Revoke and remove the lost connections?</source>
        <translation>Die verlorenen Verbindungen widerrufen und entfernen?</translation>
    </message>
    <message>
        <source>Revoke and remove the lost connection?</source>
        <translation>Die verlorene Verbindung widerrufen und entfernen?</translation>
    </message>
    <message>
        <source>Revoke and remove %1 lost connections?</source>
        <translation>%1 verlorene Verbindungen widerrufen und entfernen?</translation>
    </message>
    <message>
        <source>Keyway revokes their grants at their providers and deletes their tokens from the keychain. To use them again you connect them again.</source>
        <translation>Keyway widerruft ihre Freigaben bei ihren Anbietern und löscht ihre Token aus dem Schlüsselbund. Um sie wieder zu verwenden, verbinden Sie sie neu.</translation>
    </message>
    <message>
        <source>Re&amp;voke and remove</source>
        <translation>&amp;Widerrufen und entfernen</translation>
    </message>
    <message>
        <source>Revoking the lost connections…</source>
        <translation>Die verlorenen Verbindungen werden widerrufen …</translation>
    </message>
    <message>
        <source>The secret vault is locked: connections cannot use their tokens until you unlock it.</source>
        <translation>Der Geheimnistresor ist gesperrt: Verbindungen können ihre Token erst verwenden, wenn Sie ihn entsperren.</translation>
    </message>
    <message>
        <source>Hide these notices</source>
        <translation>Diese Hinweise ausblenden</translation>
    </message>
    <message>
        <source>Dismiss notices</source>
        <translation>Hinweise verwerfen</translation>
    </message>
    <message>
        <source>&amp;Recover connections</source>
        <translation>Verbindungen &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Rebuild the connections the database lost from their entries in the keychain</source>
        <translation>Die Verbindungen, die die Datenbank verloren hat, aus ihren Einträgen im Schlüsselbund neu aufbauen</translation>
    </message>
    <message>
        <source>Recover the lost connections from the keychain</source>
        <translation>Die verlorenen Verbindungen aus dem Schlüsselbund wiederherstellen</translation>
    </message>
    <message>
        <source>Re&amp;voke and remove…</source>
        <translation>&amp;Widerrufen und entfernen …</translation>
    </message>
    <message>
        <source>Revoke the lost connections at their providers and delete their entries from the keychain</source>
        <translation>Die verlorenen Verbindungen bei ihren Anbietern widerrufen und ihre Einträge aus dem Schlüsselbund löschen</translation>
    </message>
    <message>
        <source>Revoke and remove the lost connections</source>
        <translation>Die verlorenen Verbindungen widerrufen und entfernen</translation>
    </message>
    <message>
        <source>&amp;Unlock vault…</source>
        <translation>&amp;Tresor entsperren …</translation>
    </message>
    <message>
        <source>Enter the passphrase of Keyway&apos;s encrypted secret vault</source>
        <translation>Die Passphrase von Keyways verschlüsseltem Geheimnistresor eingeben</translation>
    </message>
    <message>
        <source>Unlock the secret vault</source>
        <translation>Den Geheimnistresor entsperren</translation>
    </message>
    <message>
        <source>Vault unlocked.</source>
        <translation>Tresor entsperrt.</translation>
    </message>
    <message>
        <source>The vault stays locked. Unlock it with File ▸ Unlock vault… (Ctrl+Shift+U).</source>
        <translation>Der Tresor bleibt gesperrt. Entsperren Sie ihn mit Datei ▸ Tresor entsperren … (Strg+Umschalt+U).</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Willkommen zurück</translation>
    </message>
    <message>
        <source>Choose an integration on the left to see its connections, or pick &quot;Connected&quot; in the category list to see only the ones in use.</source>
        <translation>Wählen Sie links eine Integration, um ihre Verbindungen zu sehen, oder wählen Sie „Verbunden“ in der Kategorieliste, um nur die genutzten zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Connect an account…</source>
        <translation>Konto &amp;verbinden …</translation>
    </message>
    <message>
        <source>No connections yet</source>
        <translation>Noch keine Verbindungen</translation>
    </message>
    <message>
        <source>Connect Keyway Sandbox to try everything without an account: sign-in, token refresh, the token inspector and the request console.</source>
        <translation>Verbinden Sie die Keyway Sandbox, um alles ohne Konto auszuprobieren: Anmeldung, Token-Erneuerung, die Token-Ansicht und die Anfragekonsole.</translation>
    </message>
    <message>
        <source>&amp;Connect Keyway Sandbox…</source>
        <translation>Keyway Sandbox &amp;verbinden …</translation>
    </message>
    <message>
        <source>Choose an integration on the left (Ctrl+F to search) and press Connect. Each integration page says what to register at the provider first.</source>
        <translation>Wählen Sie links eine Integration (Strg+F zum Suchen) und drücken Sie Verbinden. Jede Integrationsseite sagt, was zuerst beim Anbieter einzutragen ist.</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden …</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Copy &amp;id</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copied &quot;%1&quot;.</source>
        <translation>„%1“ kopiert.</translation>
    </message>
    <message>
        <source>&amp;Remove integration…</source>
        <translation>Integration &amp;entfernen …</translation>
    </message>
    <message>
        <source>Your connections (%1)</source>
        <translation>Ihre Verbindungen (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A Keyway Sandbox fault is on: %1.</source>
        <translation>Ein Fehler der Keyway Sandbox ist an: %1.</translation>
    </message>
    <message>
        <source>Keyway Sandbox faults are on: %1.</source>
        <translation>Fehler der Keyway Sandbox sind an: %1.</translation>
    </message>
    <message>
        <source>Connections to the sandbox fail on purpose until it is switched off.</source>
        <translation>Verbindungen zur Sandbox schlagen absichtlich fehl, bis er ausgeschaltet ist.</translation>
    </message>
    <message>
        <source>Sandbox &amp;panel…</source>
        <translation>Sandbox-&amp;Bereich …</translation>
    </message>
    <message>
        <source>Switch all &amp;off</source>
        <translation>Alle &amp;ausschalten</translation>
    </message>
    <message>
        <source>Every sandbox fault is off.</source>
        <translation>Alle Sandbox-Fehler sind aus.</translation>
    </message>
    <message>
        <source>Choose an integration first.</source>
        <translation>Wählen Sie zuerst eine Integration.</translation>
    </message>
    <message>
        <source>Connected; the provider did not say which account.</source>
        <translation>Verbunden; der Anbieter hat nicht gesagt, welches Konto.</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Verbunden als %1.</translation>
    </message>
    <message>
        <source>%1 needs to be reconnected: press Reconnect beside it in Your connections, or Ctrl+R.</source>
        <translation>%1 muss neu verbunden werden: Drücken Sie daneben in „Ihre Verbindungen“ auf Neu verbinden, oder Strg+R.</translation>
    </message>
    <message>
        <source>Keyway Sandbox</source>
        <translation>Keyway Sandbox</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;A connection manager for API integrations: OAuth 2.0, OpenID Connect, API keys and more, with secrets kept in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Ein Verbindungsmanager für API-Integrationen: OAuth 2.0, OpenID Connect, API-Schlüssel und mehr, mit Geheimnissen im Schlüsselbund des Systems.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 cannot start</source>
        <translation>%1 kann nicht starten</translation>
    </message>
    <message>
        <source>%1 could not open its data.</source>
        <translation>%1 konnte seine Daten nicht öffnen.</translation>
    </message>
    <message>
        <source>Nothing was changed. Fix the problem and start %1 again.</source>
        <translation>Es wurde nichts geändert. Beheben Sie das Problem und starten Sie %1 erneut.</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n integration(s) shown</source>
        <translation>
            <numerusform>%1 von %n Integration angezeigt</numerusform>
            <numerusform>%1 von %n Integrationen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your connections (%1) · ⚠ %n need(s) you</source>
        <translation>
            <numerusform>Ihre Verbindungen (%1) · ⚠ %n braucht Sie</numerusform>
            <numerusform>Ihre Verbindungen (%1) · ⚠ %n brauchen Sie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your connections: %n connection(s)</source>
        <translation>
            <numerusform>Ihre Verbindungen: %n Verbindung</numerusform>
            <numerusform>Ihre Verbindungen: %n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n need(s) you (worst: %2)</source>
        <translation>
            <numerusform>%1, %n braucht Sie (am schlimmsten: %2)</numerusform>
            <numerusform>%1, %n brauchen Sie (am schlimmsten: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds an exchanged token: exchange again from the connection it was derived from.</source>
        <translation>%1 enthält ein getauschtes Token: Tauschen Sie erneut von der Verbindung, von der es abgeleitet wurde.</translation>
    </message>
</context>
<context>
    <name>keyway::MessagePanel</name>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Something failed.</source>
        <translation>Etwas ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
</context>
<context>
    <name>keyway::PrivateKeyPanel</name>
    <message>
        <source>RSA 2048 (RS256)</source>
        <translation>RSA 2048 (RS256)</translation>
    </message>
    <message>
        <source>EC P-256 (ES256)</source>
        <translation>EC P-256 (ES256)</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>die Zwischenablage</translation>
    </message>
    <message>
        <source>This is too large to be a private key.</source>
        <translation>Das ist zu groß für einen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>no PEM private key</source>
        <translation>kein PEM-Privatschlüssel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 key loaded from %2.</source>
        <translation>%1-Schlüssel aus %2 geladen.</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Generating a %1 key pair…</source>
        <translation>Ein %1-Schlüsselpaar wird erzeugt …</translation>
    </message>
    <message>
        <source>No key was generated: %1</source>
        <translation>Es wurde kein Schlüssel erzeugt: %1</translation>
    </message>
    <message>
        <source>New %1 key pair generated. Register its public key (below) with %2.</source>
        <translation>Neues %1-Schlüsselpaar erzeugt. Tragen Sie seinen öffentlichen Schlüssel (unten) bei %2 ein.</translation>
    </message>
</context>
<context>
    <name>keyway::ProtocolClient</name>
    <message>
        <source>The provider&apos;s answer was too large and was not read.</source>
        <translation>Die Antwort des Anbieters war zu groß und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The provider did not answer in time. Check your connection and try again.</source>
        <translation>Der Anbieter hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The secure connection to the provider could not be verified.</source>
        <translation>Die sichere Verbindung zum Anbieter konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>The provider&apos;s server could not be found. Check the address and your connection.</source>
        <translation>Der Server des Anbieters wurde nicht gefunden. Prüfen Sie die Adresse und Ihre Verbindung.</translation>
    </message>
    <message>
        <source>The provider&apos;s server refused the connection.</source>
        <translation>Der Server des Anbieters hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>Could not reach the provider. Check your connection and try again.</source>
        <translation>Der Anbieter war nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>keyway::PushedAuthorizationRequest</name>
    <message>
        <source>an answer to the pushed authorization request</source>
        <translation>eine Antwort auf die übertragene Autorisierungsanfrage</translation>
    </message>
    <message>
        <source>The provider&apos;s answer to the pushed authorization request has no usable request_uri.</source>
        <translation>Die Antwort des Anbieters auf die übertragene Autorisierungsanfrage enthält keine verwendbare request_uri.</translation>
    </message>
</context>
<context>
    <name>keyway::RedirectHandoff</name>
    <message>
        <source>Keyway did not answer in time.</source>
        <translation>Keyway hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>This is not a sign-in response for Keyway.</source>
        <translation>Dies ist keine Anmeldeantwort für Keyway.</translation>
    </message>
    <message>
        <source>This response names no Keyway sign-in (it carries no state), so it was not used.</source>
        <translation>Diese Antwort nennt keine Keyway-Anmeldung (sie trägt keinen state), daher wurde sie nicht verwendet.</translation>
    </message>
    <message>
        <source>No Keyway sign-in is waiting for this response: it has ended, timed out, or belongs to another attempt. Start connecting again in Keyway.</source>
        <translation>Keine Keyway-Anmeldung wartet auf diese Antwort: Sie ist beendet, abgelaufen oder gehört zu einem anderen Versuch. Beginnen Sie das Verbinden in Keyway erneut.</translation>
    </message>
    <message>
        <source>Keyway&apos;s answer was not understood.</source>
        <translation>Keyways Antwort wurde nicht verstanden.</translation>
    </message>
</context>
<context>
    <name>keyway::RefreshCoordinator</name>
    <message>
        <source>The provider gave no refresh token, so this connection cannot renew itself: connect again.</source>
        <translation>Der Anbieter hat kein Refresh-Token geliefert, daher kann sich diese Verbindung nicht selbst erneuern: Verbinden Sie neu.</translation>
    </message>
    <message>
        <source>No such connection.</source>
        <translation>Keine solche Verbindung.</translation>
    </message>
    <message>
        <source>This kind of connection has no token to refresh.</source>
        <translation>Diese Art von Verbindung hat kein Token zum Erneuern.</translation>
    </message>
    <message>
        <source>The stored credentials are damaged: connect again.</source>
        <translation>Die gespeicherten Zugangsdaten sind beschädigt: Verbinden Sie neu.</translation>
    </message>
    <message>
        <source>This connection was disconnected: connect again.</source>
        <translation>Diese Verbindung wurde getrennt: Verbinden Sie neu.</translation>
    </message>
    <message>
        <source>The authorization is no longer valid: connect again.</source>
        <translation>Die Autorisierung ist nicht mehr gültig: Verbinden Sie sich neu.</translation>
    </message>
    <message>
        <source>A renewal sent at %1 never finished (its process ended or its answer was lost): the provider may already have replaced the refresh token</source>
        <translation>Eine um %1 gesendete Erneuerung wurde nie abgeschlossen (ihr Prozess endete oder ihre Antwort ging verloren): Der Anbieter hat das Refresh-Token möglicherweise bereits ersetzt</translation>
    </message>
    <message>
        <source>Using the current access token until it expires at %1 before trying the refresh token again</source>
        <translation>Das aktuelle Zugriffstoken wird bis zu seinem Ablauf um %1 verwendet, bevor das Refresh-Token erneut versucht wird</translation>
    </message>
    <message>
        <source>The provider says the refresh token is still valid</source>
        <translation>Der Anbieter sagt, dass das Refresh-Token noch gültig ist</translation>
    </message>
    <message>
        <source>The provider says the refresh token is no longer valid</source>
        <translation>Der Anbieter sagt, dass das Refresh-Token nicht mehr gültig ist</translation>
    </message>
    <message>
        <source>An interrupted renewal used up this connection&apos;s refresh token and its replacement was lost: connect again.</source>
        <translation>Eine unterbrochene Erneuerung hat das Refresh-Token dieser Verbindung verbraucht, und sein Ersatz ging verloren: Verbinden Sie neu.</translation>
    </message>
    <message>
        <source>Refreshing (refresh token %1)</source>
        <translation>Wird erneuert (Refresh-Token %1)</translation>
    </message>
    <message>
        <source>Retrying the refresh (attempt %1)</source>
        <translation>Erneuerung wird wiederholt (Versuch %1)</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3 of %4).</source>
        <translation>%1 Neuer Versuch in %2 s (Versuch %3 von %4).</translation>
    </message>
    <message>
        <source>%1 The provider may have renewed the token without Keyway hearing of it: Keyway keeps the current tokens and checks before trying again.</source>
        <translation>%1 Der Anbieter hat das Token möglicherweise erneuert, ohne dass Keyway davon erfuhr: Keyway behält die aktuellen Token und prüft, bevor es erneut versucht.</translation>
    </message>
    <message>
        <source>New access token %1%2</source>
        <translation>Neues Zugriffstoken %1%2</translation>
    </message>
    <message>
        <source>, refresh token %1</source>
        <translation>, Refresh-Token %1</translation>
    </message>
    <message>
        <source>The renewed tokens could not be saved in the keychain (%1): Keyway keeps them in memory and saves them as soon as the keychain is available again. Until then the connection is at risk: if Keyway quits first, you may have to connect again.</source>
        <translation>Die erneuerten Token konnten nicht im Schlüsselbund gespeichert werden (%1): Keyway hält sie im Arbeitsspeicher und speichert sie, sobald der Schlüsselbund wieder verfügbar ist. Bis dahin ist die Verbindung gefährdet: Wird Keyway vorher beendet, müssen Sie eventuell neu verbinden.</translation>
    </message>
    <message>
        <source>The renewed tokens held in memory are now saved in the keychain</source>
        <translation>Die im Arbeitsspeicher gehaltenen erneuerten Token sind jetzt im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>The renewal was stopped before attempt %1. The connection keeps its current tokens.</source>
        <translation>Die Erneuerung wurde vor Versuch %1 gestoppt. Die Verbindung behält ihre aktuellen Token.</translation>
    </message>
</context>
<context>
    <name>keyway::RequestConsole</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>No request sent yet.</source>
        <translation>Noch keine Anfrage gesendet.</translation>
    </message>
    <message>
        <source>⚠ Enter a URL first.</source>
        <translation>⚠ Geben Sie zuerst eine URL ein.</translation>
    </message>
    <message>
        <source>⚠ The request could not be started.</source>
        <translation>⚠ Die Anfrage konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Send the credential to %1?</source>
        <translation>Die Zugangsdaten an %1 senden?</translation>
    </message>
    <message>
        <source>%1 is not one of this connection&apos;s addresses.</source>
        <translation>%1 ist keine der Adressen dieser Verbindung.</translation>
    </message>
    <message>
        <source>Whoever runs %1 could use this connection&apos;s credential as you. Send the request without it unless you trust that site with this connection.</source>
        <translation>Wer %1 betreibt, könnte die Zugangsdaten dieser Verbindung in Ihrem Namen verwenden. Senden Sie die Anfrage ohne sie, es sei denn, Sie vertrauen dieser Seite diese Verbindung an.</translation>
    </message>
    <message>
        <source>Send without the credential</source>
        <translation>Ohne Zugangsdaten senden</translation>
    </message>
    <message>
        <source>Send the credential</source>
        <translation>Zugangsdaten senden</translation>
    </message>
    <message>
        <source>Always send it to %1 for this connection</source>
        <translation>Für diese Verbindung immer an %1 senden</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Sending… %1 s</source>
        <translation>Wird gesendet … %1 s</translation>
    </message>
    <message>
        <source> · %1 received</source>
        <translation> · %1 empfangen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>⚠ Not sent: %1</source>
        <translation>⚠ Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>⚠ No answer: %1</source>
        <translation>⚠ Keine Antwort: %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2 · %3 · %4</source>
        <translation>HTTP %1 %2 · %3 · %4</translation>
    </message>
    <message>
        <source> · the token was refreshed and the request retried</source>
        <translation> · das Token wurde erneuert und die Anfrage wiederholt</translation>
    </message>
    <message>
        <source> · ⚠ %1</source>
        <translation> · ⚠ %1</translation>
    </message>
    <message>
        <source>Reconnect with %1</source>
        <translation>Mit %1 neu verbinden</translation>
    </message>
    <message>
        <source>Reconnect with the permission %1</source>
        <translation>Mit der Berechtigung %1 neu verbinden</translation>
    </message>
    <message>
        <source>The response has no body.</source>
        <translation>Die Antwort hat keinen Body.</translation>
    </message>
    <message>
        <source>Formatting %1…</source>
        <translation>%1 wird formatiert …</translation>
    </message>
    <message>
        <source>Binary content (%1). Save the body to look at it.</source>
        <translation>Binärer Inhalt (%1). Speichern Sie den Body, um ihn anzusehen.</translation>
    </message>
    <message>
        <source>Binary content is not shown.</source>
        <translation>Binärer Inhalt wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>Die ersten %1 von %2 werden angezeigt.</translation>
    </message>
    <message>
        <source>The body was cut off at %1 by Keyway&apos;s size limit.</source>
        <translation>Der Body wurde bei %1 durch Keyways Größenlimit abgeschnitten.</translation>
    </message>
    <message>
        <source>Formatting all %1…</source>
        <translation>Alle %1 werden formatiert …</translation>
    </message>
    <message>
        <source>Save response body</source>
        <translation>Antwort-Body speichern</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation>⚠ Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>⚠ No cURL command: %1</source>
        <translation>⚠ Kein cURL-Befehl: %1</translation>
    </message>
    <message>
        <source>⚠ The credential cannot be copied here.</source>
        <translation>⚠ Die Zugangsdaten können hier nicht kopiert werden.</translation>
    </message>
    <message>
        <source>The DPoP proof in this command is good for one request, within a few minutes: copy the command again for each run.</source>
        <translation>Der DPoP-Nachweis in diesem Befehl gilt für eine einzige Anfrage innerhalb weniger Minuten: Kopieren Sie den Befehl für jeden Aufruf neu.</translation>
    </message>
</context>
<context>
    <name>keyway::Revoker</name>
    <message>
        <source>This provider offers no way to revoke tokens; remove the app&apos;s access in the provider&apos;s account settings instead.</source>
        <translation>Dieser Anbieter bietet keine Möglichkeit, Token zu widerrufen; entfernen Sie stattdessen den Zugriff der App in den Kontoeinstellungen des Anbieters.</translation>
    </message>
    <message>
        <source>There is no token to revoke.</source>
        <translation>Es gibt kein Token zum Widerrufen.</translation>
    </message>
    <message>
        <source>a revocation answer</source>
        <translation>eine Widerrufsantwort</translation>
    </message>
    <message>
        <source>The provider cannot revoke the token right now. Try again later.</source>
        <translation>Der Anbieter kann das Token gerade nicht widerrufen. Versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>keyway::SandboxPanel</name>
    <message>
        <source>Connect…</source>
        <translation>Verbinden …</translation>
    </message>
    <message>
        <source>Connect to the Keyway Sandbox (%1)</source>
        <translation>Mit der Keyway Sandbox verbinden (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — client %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — Client %2</translation>
    </message>
    <message>
        <source>Keyway should %1</source>
        <translation>Keyway sollte %1</translation>
    </message>
    <message>
        <source>Applies to the next request only, then switches itself off.</source>
        <translation>Gilt nur für die nächste Anfrage und schaltet sich dann selbst aus.</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, in %2</translation>
    </message>
    <message>
        <source>Stopped. Keyway starts it when you connect or use the Keyway Sandbox.</source>
        <translation>Gestoppt. Keyway startet sie, wenn Sie die Keyway Sandbox verbinden oder verwenden.</translation>
    </message>
    <message>
        <source>Running at %1</source>
        <translation>Läuft unter %1</translation>
    </message>
    <message>
        <source>Served by another Keyway process at %1; the switches below act on it.</source>
        <translation>Von einem anderen Keyway-Prozess unter %1 bereitgestellt; die Schalter unten wirken darauf.</translation>
    </message>
    <message>
        <source>on until switched off</source>
        <translation>an, bis zum Ausschalten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every fault is off.</source>
        <translation>Alle Fehler sind aus.</translation>
    </message>
    <message>
        <source>On: %1.</source>
        <translation>An: %1.</translation>
    </message>
    <message>
        <source>%1: done at %2.</source>
        <translation>%1: erledigt um %2.</translation>
    </message>
    <message>
        <source>Connect makes a new client certificate, registers it with the sandbox and picks it in the connect dialog.</source>
        <translation>„Verbinden“ erstellt ein neues Client-Zertifikat, registriert es bei der Sandbox und wählt es im Verbindungsdialog aus.</translation>
    </message>
</context>
<context>
    <name>keyway::SandboxServer</name>
    <message>
        <source>Stop the Keyway Sandbox before it changes its store.</source>
        <translation>Stoppen Sie die Keyway Sandbox, bevor sie ihren Speicher wechselt.</translation>
    </message>
    <message>
        <source>The Keyway Sandbox already runs on port %1; stop it first.</source>
        <translation>Die Keyway Sandbox läuft bereits auf Port %1; stoppen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>The Keyway Sandbox could not make its signing key.</source>
        <translation>Die Keyway Sandbox konnte ihren Signaturschlüssel nicht erzeugen.</translation>
    </message>
    <message>
        <source>The Keyway Sandbox needs port %1 on 127.0.0.1, but another program that is not a Keyway Sandbox uses it. Close that program and try again.</source>
        <translation>Die Keyway Sandbox braucht Port %1 auf 127.0.0.1, aber ein anderes Programm, das keine Keyway Sandbox ist, verwendet ihn. Schließen Sie dieses Programm und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The Keyway Sandbox needs port %1 on 127.0.0.1, but a Keyway Sandbox that is not yours holds it (another user&apos;s, or one working from another data folder). Stop that one and try again.</source>
        <translation>Die Keyway Sandbox braucht Port %1 auf 127.0.0.1, aber eine Keyway Sandbox, die nicht Ihre ist, belegt ihn (die eines anderen Benutzers oder eine mit einem anderen Datenordner). Stoppen Sie diese und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>keyway::SaveExchangedDialog</name>
    <message>
        <source>&amp;Save connection</source>
        <translation>Verbindung &amp;speichern</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>keyway::SchemeRedirectListener</name>
    <message>
        <source>Keyway&apos;s folder for app redirects (%1) is not safe to use: %2.</source>
        <translation>Keyways Ordner für App-Weiterleitungen (%1) ist nicht sicher verwendbar: %2.</translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation>es ist kein Ordner</translation>
    </message>
    <message>
        <source>it belongs to another user</source>
        <translation>er gehört einem anderen Benutzer</translation>
    </message>
    <message>
        <source>others may open it</source>
        <translation>andere können ihn öffnen</translation>
    </message>
    <message>
        <source>This sign-in listener was already used.</source>
        <translation>Dieser Anmelde-Empfänger wurde bereits verwendet.</translation>
    </message>
    <message>
        <source>The app redirect is not configured.</source>
        <translation>Die App-Weiterleitung ist nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Keyway could not wait for the app redirect.</source>
        <translation>Keyway konnte nicht auf die App-Weiterleitung warten.</translation>
    </message>
    <message>
        <source>Not a valid sign-in response</source>
        <translation>Keine gültige Anmeldeantwort</translation>
    </message>
    <message>
        <source>The redirect is too long.</source>
        <translation>Die Weiterleitung ist zu lang.</translation>
    </message>
    <message>
        <source>This sign-in is over</source>
        <translation>Diese Anmeldung ist vorbei</translation>
    </message>
    <message>
        <source>Keyway is no longer waiting for this response.</source>
        <translation>Keyway wartet nicht mehr auf diese Antwort.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>This is not Keyway&apos;s redirect URI.</source>
        <translation>Dies ist nicht Keyways Weiterleitungs-URI.</translation>
    </message>
</context>
<context>
    <name>keyway::ScopeVocabulary</name>
    <message>
        <source>The unified scope list is not valid.</source>
        <translation>Die Liste der vereinheitlichten Scopes ist ungültig.</translation>
    </message>
</context>
<context>
    <name>keyway::ScopesPanel</name>
    <message>
        <source>Requests: %1</source>
        <translation>Anfragen: %1</translation>
    </message>
    <message>
        <source>Will request no scope: the provider&apos;s default applies.</source>
        <translation>Es wird kein Scope angefordert: Der Standard des Anbieters gilt.</translation>
    </message>
    <message>
        <source>Nothing chosen, so the integration&apos;s defaults will be requested: %1</source>
        <translation>Nichts gewählt, daher werden die Standards der Integration angefordert: %1</translation>
    </message>
    <message>
        <source>Will request no scope.</source>
        <translation>Es wird kein Scope angefordert.</translation>
    </message>
    <message>
        <source>Will request exactly: %1</source>
        <translation>Es wird genau angefordert: %1</translation>
    </message>
    <message>
        <source>⚠ %1 (%2) is not offered by %3 and will not be requested.</source>
        <translation>⚠ %1 (%2) wird von %3 nicht angeboten und nicht angefordert.</translation>
    </message>
</context>
<context>
    <name>keyway::SecretStore</name>
    <message>
        <source>No D-Bus session bus, so no Secret Service can be reached. Log in to a desktop session (or start one with dbus-run-session) with GNOME Keyring or KWallet running.</source>
        <translation>Kein D-Bus-Sitzungsbus, daher ist kein Secret Service erreichbar. Melden Sie sich an einer Desktop-Sitzung an (oder starten Sie eine mit dbus-run-session), in der GNOME Keyring oder KWallet läuft.</translation>
    </message>
    <message>
        <source>No Secret Service on the session bus. Start GNOME Keyring, KWallet or another org.freedesktop.secrets provider, then try again.</source>
        <translation>Kein Secret Service auf dem Sitzungsbus. Starten Sie GNOME Keyring, KWallet oder einen anderen org.freedesktop.secrets-Anbieter und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (log in to your desktop session, or unlock the login keyring in your keyring manager), then try again.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperren Sie ihn (melden Sie sich an Ihrer Desktop-Sitzung an, oder entsperren Sie den Anmelde-Schlüsselbund in Ihrer Schlüsselbundverwaltung) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain refused access. It may be locked: unlock it and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert. Er ist vielleicht gesperrt: Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>A keychain entry of Keyway&apos;s is damaged.</source>
        <translation>Ein Schlüsselbundeintrag von Keyway ist beschädigt.</translation>
    </message>
    <message>
        <source>No secret is stored for this item.</source>
        <translation>Für diesen Eintrag ist kein Geheimnis gespeichert.</translation>
    </message>
</context>
<context>
    <name>keyway::SettingsDialog</name>
    <message>
        <source>Add CA certificate</source>
        <translation>CA-Zertifikat hinzufügen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name, or choose another proxy setting.</source>
        <translation>Geben Sie den Hostnamen des Proxys ein, oder wählen Sie eine andere Proxy-Einstellung.</translation>
    </message>
    <message>
        <source>These files hold no readable PEM certificate and were skipped: %1</source>
        <translation>Diese Dateien enthalten kein lesbares PEM-Zertifikat und wurden übersprungen: %1</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>keyway::ShortcutsDialog</name>
    <message>
        <source>Move from a search or filter field into its list</source>
        <translation>Aus einem Such- oder Filterfeld in seine Liste wechseln</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Pfeil nach unten</translation>
    </message>
    <message>
        <source>Open the integration or connection selected in a list</source>
        <translation>Die in einer Liste gewählte Integration oder Verbindung öffnen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Open a list&apos;s context menu</source>
        <translation>Das Kontextmenü einer Liste öffnen</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10</source>
        <translation>Menütaste oder Umschalt+F10</translation>
    </message>
    <message>
        <source>Copy the selected timeline event</source>
        <translation>Das gewählte Ereignis der Zeitleiste kopieren</translation>
    </message>
    <message>
        <source>Send the request in the console</source>
        <translation>Die Anfrage in der Konsole senden</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <source>Cancel a sign-in or a request under way</source>
        <translation>Eine laufende Anmeldung oder Anfrage abbrechen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Move between fields and buttons</source>
        <translation>Zwischen Feldern und Schaltflächen wechseln</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>keyway::SignalWatcher</name>
    <message>
        <source>signal %1</source>
        <translation>Signal %1</translation>
    </message>
</context>
<context>
    <name>keyway::TemplateExpander</name>
    <message>
        <source>Enter the %1.</source>
        <translation>Geben Sie %1 ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2.</source>
        <translation>„%1“ ist kein gültiger Wert für %2.</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
    <message>
        <source>The integration uses an undeclared value.</source>
        <translation>Die Integration verwendet einen nicht deklarierten Wert.</translation>
    </message>
    <message>
        <source>A required value is missing.</source>
        <translation>Ein erforderlicher Wert fehlt.</translation>
    </message>
    <message>
        <source>A value from the provider&apos;s token response is missing.</source>
        <translation>Ein Wert aus der Tokenantwort des Anbieters fehlt.</translation>
    </message>
    <message>
        <source>A value contains control characters.</source>
        <translation>Ein Wert enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an acceptable URL.</source>
        <translation>„%1“ ist keine akzeptable URL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used in a host name.</source>
        <translation>„%1“ kann nicht in einem Hostnamen verwendet werden.</translation>
    </message>
    <message>
        <source>The integration has a malformed URL.</source>
        <translation>Die Integration hat eine fehlerhafte URL.</translation>
    </message>
    <message>
        <source>The values entered do not make a valid URL.</source>
        <translation>Die eingegebenen Werte ergeben keine gültige URL.</translation>
    </message>
    <message>
        <source>Keyway cannot use this URL.</source>
        <translation>Keyway kann diese URL nicht verwenden.</translation>
    </message>
</context>
<context>
    <name>keyway::TimelineModel</name>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (Versuch %2)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 · step &quot;%2&quot;</source>
        <translation>%1 · Schritt „%2“</translation>
    </message>
    <message>
        <source>Time since the event before it</source>
        <translation>Zeit seit dem vorherigen Ereignis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>keyway::TimelineView</name>
    <message>
        <source>Every kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Every outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>Nur Fehlschläge</translation>
    </message>
    <message>
        <source>Successes only</source>
        <translation>Nur Erfolge</translation>
    </message>
    <message>
        <source>No events recorded yet.</source>
        <translation>Noch keine Ereignisse aufgezeichnet.</translation>
    </message>
    <message>
        <source>1 event.</source>
        <translation>1 Ereignis.</translation>
    </message>
    <message>
        <source>%1 events, newest first.</source>
        <translation>%1 Ereignisse, neueste zuerst.</translation>
    </message>
    <message>
        <source>%1 of %2 events shown, newest first.</source>
        <translation>%1 von %2 Ereignissen angezeigt, neueste zuerst.</translation>
    </message>
    <message>
        <source>Times are local, with milliseconds and the offset from UTC; details are redacted before they are stored.</source>
        <translation>Zeiten sind lokal, mit Millisekunden und dem Abstand zu UTC; Details werden vor dem Speichern geschwärzt.</translation>
    </message>
    <message>
        <source>Event copied.</source>
        <translation>Ereignis kopiert.</translation>
    </message>
    <message>
        <source>1 event copied.</source>
        <translation>1 Ereignis kopiert.</translation>
    </message>
    <message>
        <source>%1 events copied.</source>
        <translation>%1 Ereignisse kopiert.</translation>
    </message>
    <message>
        <source>Copy &amp;row</source>
        <translation>&amp;Zeile kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;detail</source>
        <translation>&amp;Detail kopieren</translation>
    </message>
    <message>
        <source>Detail copied.</source>
        <translation>Detail kopiert.</translation>
    </message>
    <message>
        <source>Copy &amp;all shown</source>
        <translation>Alle angezeigten &amp;kopieren</translation>
    </message>
    <message>
        <source>Show only &quot;%1&quot; events</source>
        <translation>Nur Ereignisse „%1“ anzeigen</translation>
    </message>
    <message>
        <source>Show only &amp;failures</source>
        <translation>Nur &amp;Fehlschläge anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;everything</source>
        <translation>&amp;Alles anzeigen</translation>
    </message>
    <message>
        <source>&amp;Export diagnostic bundle…</source>
        <translation>Diagnosepaket e&amp;xportieren …</translation>
    </message>
</context>
<context>
    <name>keyway::TokenInspector</name>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Refresh-Token</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID-Token</translation>
    </message>
    <message>
        <source>Tokens are read from the keychain when this tab is open, and shown masked.</source>
        <translation>Token werden aus dem Schlüsselbund gelesen, wenn dieser Tab geöffnet ist, und maskiert angezeigt.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen …</translation>
    </message>
    <message>
        <source>⚠ The tokens could not be read: %1</source>
        <translation>⚠ Die Token konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Tokens are masked until you reveal them. JWTs are decoded here and their signature is checked against the provider&apos;s published keys.</source>
        <translation>Token sind maskiert, bis Sie sie anzeigen. JWTs werden hier dekodiert und ihre Signatur mit den veröffentlichten Schlüsseln des Anbieters geprüft.</translation>
    </message>
    <message>
        <source>Checking the signature against the provider&apos;s keys…</source>
        <translation>Signatur wird mit den Schlüsseln des Anbieters geprüft …</translation>
    </message>
    <message>
        <source>Signature valid (checked against the provider&apos;s JWKS)</source>
        <translation>Signatur gültig (mit dem JWKS des Anbieters geprüft)</translation>
    </message>
    <message>
        <source>Signature valid: key %1 of the provider&apos;s JWKS</source>
        <translation>Signatur gültig: Schlüssel %1 des JWKS des Anbieters</translation>
    </message>
    <message>
        <source>Signature not checked: %1</source>
        <translation>Signatur nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Signature NOT valid: %1</source>
        <translation>Signatur NICHT gültig: %1</translation>
    </message>
    <message>
        <source>Asking the provider…</source>
        <translation>Anbieter wird gefragt …</translation>
    </message>
    <message>
        <source>Exchanged token</source>
        <translation>Getauschtes Token</translation>
    </message>
    <message>
        <source>E&amp;xchange…</source>
        <translation>&amp;Tauschen…</translation>
    </message>
    <message>
        <source>Exchange the access token for one aimed at another service</source>
        <translation>Das Zugriffstoken gegen eines für einen anderen Dienst tauschen</translation>
    </message>
    <message>
        <source>Asking the provider for a token for %1…</source>
        <translation>Der Anbieter wird um ein Token für %1 gebeten…</translation>
    </message>
    <message>
        <source>⚠ The token exchange failed: %1</source>
        <translation>⚠ Der Token-Tausch ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Token exchanged (%1). It is shown below and not kept: the connection keeps its own.</source>
        <translation>Token getauscht (%1). Es wird unten angezeigt und nicht gespeichert: Die Verbindung behält ihr eigenes.</translation>
    </message>
    <message>
        <source>type not given</source>
        <translation>Typ nicht angegeben</translation>
    </message>
    <message>
        <source>&lt;b&gt;Granted authorization details&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Gewährte Autorisierungsdetails&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Sa&amp;ve as connection…</source>
        <translation>Als &amp;Verbindung speichern …</translation>
    </message>
    <message>
        <source>Save the exchanged token as a new connection</source>
        <translation>Das getauschte Token als neue Verbindung speichern</translation>
    </message>
    <message>
        <source>Keep this token as a new connection, to call the service it is for from the console or the command line</source>
        <translation>Dieses Token als neue Verbindung aufbewahren, um den Dienst, für den es bestimmt ist, aus der Konsole oder der Befehlszeile aufzurufen</translation>
    </message>
    <message>
        <source>Saving the exchanged token as %1…</source>
        <translation>Das getauschte Token wird als %1 gespeichert …</translation>
    </message>
    <message>
        <source>⚠ The exchanged token was not saved: %1</source>
        <translation>⚠ Das getauschte Token wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved the exchanged token as the connection %1.</source>
        <translation>Das getauschte Token wurde als Verbindung %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>keyway::TokenView</name>
    <message>
        <source>Reveal %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Decoded %1</source>
        <translation>%1 dekodiert</translation>
    </message>
    <message>
        <source>Introspect %1</source>
        <translation>%1 introspektieren</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keins</translation>
    </message>
    <message>
        <source>The provider issued no %1.</source>
        <translation>Der Anbieter hat kein %1 ausgestellt.</translation>
    </message>
    <message>
        <source>JWT, signed with %1</source>
        <translation>JWT, signiert mit %1</translation>
    </message>
    <message>
        <source>an unknown algorithm</source>
        <translation>einem unbekannten Algorithmus</translation>
    </message>
    <message>
        <source> · fingerprint %1</source>
        <translation> · Fingerabdruck %1</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>The provider says the token is active.</source>
        <translation>Der Anbieter sagt, dass das Token aktiv ist.</translation>
    </message>
    <message>
        <source>The provider says the token is not active.</source>
        <translation>Der Anbieter sagt, dass das Token nicht aktiv ist.</translation>
    </message>
    <message>
        <source>Introspection (RFC 7662)</source>
        <translation>Introspektion (RFC 7662)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>DPoP key, cnf.jkt %1</source>
        <translation>DPoP-Schlüssel, cnf.jkt %1</translation>
    </message>
    <message>
        <source>client certificate, cnf.x5t#S256 %1</source>
        <translation>Client-Zertifikat, cnf.x5t#S256 %1</translation>
    </message>
    <message>
        <source>✓ Bound to this device&apos;s key (%1)</source>
        <translation>✓ An den Schlüssel dieses Geräts gebunden (%1)</translation>
    </message>
    <message>
        <source>✗ Bound to a different key (%1): not this connection&apos;s</source>
        <translation>✗ An einen anderen Schlüssel gebunden (%1): nicht den dieser Verbindung</translation>
    </message>
    <message>
        <source>Not bound: whoever holds a copy of this token can use it</source>
        <translation>Nicht gebunden: Wer eine Kopie dieses Tokens hat, kann es verwenden</translation>
    </message>
    <message>
        <source>Access token profile (RFC 9068)</source>
        <translation>Zugriffstoken-Profil (RFC 9068)</translation>
    </message>
    <message>
        <source>Access token claims (RFC 9068 names; not typed at+jwt)</source>
        <translation>Zugriffstoken-Claims (Namen nach RFC 9068; nicht als at+jwt typisiert)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>keyway::UserInfo</name>
    <message>
        <source>This provider has no address to ask who is connected.</source>
        <translation>Dieser Anbieter hat keine Adresse, um zu fragen, wer verbunden ist.</translation>
    </message>
    <message>
        <source>There is no access token to ask with.</source>
        <translation>Es gibt kein Zugriffstoken, mit dem gefragt werden könnte.</translation>
    </message>
    <message>
        <source>information about the account</source>
        <translation>Informationen über das Konto</translation>
    </message>
    <message>
        <source>The provider sent signed account information, which Keyway cannot read.</source>
        <translation>Der Anbieter hat signierte Kontoinformationen gesendet, die Keyway nicht lesen kann.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer is not JSON, so it could not be read as %1.</source>
        <translation>Die Antwort des Anbieters ist kein JSON und konnte daher nicht als %1 gelesen werden.</translation>
    </message>
</context>
<context>
    <name>keyway::VaultSecretStore</name>
    <message>
        <source>Keyway keeps secrets in its encrypted vault, which is locked. Unlock it with its passphrase (in the window, or with KEYWAY_VAULT_PASSPHRASE_FILE for the command line).</source>
        <translation>Keyway bewahrt Geheimnisse in seinem verschlüsselten Tresor auf, der gesperrt ist. Entsperren Sie ihn mit seiner Passphrase (im Fenster, oder für die Befehlszeile mit KEYWAY_VAULT_PASSPHRASE_FILE).</translation>
    </message>
    <message>
        <source>Keyway&apos;s encrypted vault could not be opened: %1</source>
        <translation>Keyways verschlüsselter Tresor konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Another Keyway process holds the encrypted vault. Try again.</source>
        <translation>Ein anderer Keyway-Prozess hält den verschlüsselten Tresor. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>keyway::VaultUnlockDialog</name>
    <message>
        <source>Create the secret vault</source>
        <translation>Den Geheimnistresor anlegen</translation>
    </message>
    <message>
        <source>Unlock the secret vault</source>
        <translation>Den Geheimnistresor entsperren</translation>
    </message>
    <message>
        <source>Keyway keeps tokens and client secrets in an encrypted vault on this computer. Choose a passphrase for it; without the passphrase nobody (not even Keyway) can read them, so keep it safe.</source>
        <translation>Keyway bewahrt Token und Client-Secrets in einem verschlüsselten Tresor auf diesem Computer auf. Wählen Sie eine Passphrase dafür; ohne die Passphrase kann niemand (nicht einmal Keyway) sie lesen, also bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <source>Keyway&apos;s tokens and client secrets are in an encrypted vault (%1). Enter its passphrase to use your connections.</source>
        <translation>Keyways Token und Client-Secrets liegen in einem verschlüsselten Tresor (%1). Geben Sie seine Passphrase ein, um Ihre Verbindungen zu verwenden.</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>Tresor &amp;anlegen</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Leave the vault locked; File ▸ Unlock vault… asks again</source>
        <translation>Den Tresor gesperrt lassen; Datei ▸ Tresor entsperren … fragt erneut</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Die beiden Passphrasen unterscheiden sich. Geben Sie zweimal dieselbe ein.</translation>
    </message>
    <message>
        <source>The vault could not be unlocked.</source>
        <translation>Der Tresor konnte nicht entsperrt werden.</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Tresor wird angelegt …</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt …</translation>
    </message>
</context>
</TS>
