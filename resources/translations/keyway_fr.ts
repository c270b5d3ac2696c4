<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccessTokenProfile</name>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Token ID</source>
        <translation>ID du jeton</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Authentication context</source>
        <translation>Contexte d’authentification</translation>
    </message>
</context>
<context>
    <name>Base64Url</name>
    <message>
        <source>The data is not valid base64url text.</source>
        <translation>Les données ne sont pas un texte base64url valide.</translation>
    </message>
</context>
<context>
    <name>BodyFormatter</name>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>JSON non valide à l&apos;octet %1 : %2</translation>
    </message>
</context>
<context>
    <name>BrowserLauncher</name>
    <message>
        <source>Keyway will only open web addresses in a browser.</source>
        <translation>Keyway n&apos;ouvre que des adresses web dans un navigateur.</translation>
    </message>
    <message>
        <source>The system browser could not be opened. Copy the link into a browser instead.</source>
        <translation>Le navigateur du système n&apos;a pas pu être ouvert. Copiez plutôt le lien dans un navigateur.</translation>
    </message>
    <message>
        <source>The browser command could not be started. Copy the link into a browser instead.</source>
        <translation>La commande du navigateur n&apos;a pas pu être lancée. Copiez plutôt le lien dans un navigateur.</translation>
    </message>
</context>
<context>
    <name>BundlePreviewDialog</name>
    <message>
        <source>Diagnostic bundle</source>
        <translation>Paquet de diagnostic</translation>
    </message>
    <message>
        <source>What the bundle holds</source>
        <translation>Ce que contient le paquet</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Personal data in the bundle</source>
        <translation>Données personnelles dans le paquet</translation>
    </message>
    <message>
        <source>&amp;Leave out personal data (account, names, e-mail, user id)</source>
        <translation>&amp;Omettre les données personnelles (compte, noms, e-mail, identifiant utilisateur)</translation>
    </message>
    <message>
        <source>Replaces each personal value in the bundle by &quot;(left out)&quot;</source>
        <translation>Remplace chaque valeur personnelle du paquet par « (omis) »</translation>
    </message>
    <message>
        <source>Bundle contents (JSON)</source>
        <translation>Contenu du paquet (JSON)</translation>
    </message>
    <message>
        <source>Building the bundle…</source>
        <translation>Création du paquet…</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: keyway [SUBCOMMAND] [OPTIONS]

Without a subcommand, opens the Keyway window.

Subcommands:
</source>
        <translation>Utilisation : keyway [SOUS-COMMANDE] [OPTIONS]

Sans sous-commande, ouvre la fenêtre de Keyway.

Sous-commandes :
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
Options :
  -h, --help        Afficher cette aide (keyway SOUS-COMMANDE --help pour les options d&apos;une sous-commande)
  -v, --version     Afficher la version

Les secrets ne sont jamais pris sur la ligne de commande : utilisez les options --*-stdin.
</translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not take the renewed tokens (is it locked?). Unlock it within %n second(s), or the new refresh token is lost and you may have to connect again.</source>
        <translation>
            <numerusform>le trousseau n&apos;a pas accepté les jetons renouvelés (est-il verrouillé ?). Déverrouillez-le dans les %n seconde, sinon le nouveau jeton d&apos;actualisation est perdu et vous devrez peut-être vous reconnecter.</numerusform>
            <numerusform>le trousseau n&apos;a pas accepté les jetons renouvelés (est-il verrouillé ?). Déverrouillez-le dans les %n secondes, sinon le nouveau jeton d&apos;actualisation est perdu et vous devrez peut-être vous reconnecter.</numerusform>
        </translation>
    </message>
    <message>
        <source>keyway: the renewed tokens are saved in the keychain.</source>
        <translation>keyway : les jetons renouvelés sont enregistrés dans le trousseau.</translation>
    </message>
    <message>
        <source>the keychain stayed unavailable: the renewed tokens were not saved.</source>
        <translation>le trousseau est resté indisponible : les jetons renouvelés n&apos;ont pas été enregistrés.</translation>
    </message>
    <message>
        <source>keyway: unknown subcommand &apos;%1&apos; (see keyway --help)</source>
        <translation>keyway : sous-commande inconnue « %1 » (voir keyway --help)</translation>
    </message>
    <message>
        <source>Run &apos;keyway connections --recover&apos; to bring them back, or &apos;keyway connections --revoke-lost&apos; to revoke them at their providers and delete them.</source>
        <translation>Exécutez « keyway connections --recover » pour les récupérer, ou « keyway connections --revoke-lost » pour les révoquer auprès de leurs fournisseurs et les supprimer.</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>Afficher cette aide</translation>
    </message>
    <message>
        <source>%1 (see keyway %2 --help)</source>
        <translation>%1 (voir keyway %2 --help)</translation>
    </message>
</context>
<context>
    <name>ClientAssertion</name>
    <message>
        <source>Keyway could not build the signed request for the provider.</source>
        <translation>Keyway n&apos;a pas pu construire la requête signée pour le fournisseur.</translation>
    </message>
</context>
<context>
    <name>ClientAuthenticator</name>
    <message>
        <source>No client id is configured for this connection.</source>
        <translation>Aucun identifiant client n&apos;est configuré pour cette connexion.</translation>
    </message>
    <message>
        <source>No client secret is configured for this connection.</source>
        <translation>Aucun secret client n&apos;est configuré pour cette connexion.</translation>
    </message>
    <message>
        <source>No private key is configured for this connection.</source>
        <translation>Aucune clé privée n&apos;est configurée pour cette connexion.</translation>
    </message>
    <message>
        <source>The configured private key cannot be used: %1</source>
        <translation>La clé privée configurée est inutilisable : %1</translation>
    </message>
    <message>
        <source>Could not sign the client assertion with the configured private key: %1</source>
        <translation>Impossible de signer l&apos;assertion client avec la clé privée configurée : %1</translation>
    </message>
    <message>
        <source>No client certificate is configured for this connection.</source>
        <translation>Aucun certificat client n&apos;est configuré pour cette connexion.</translation>
    </message>
</context>
<context>
    <name>ClientCertificate</name>
    <message>
        <source>The client certificate file is not a PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>Le fichier du certificat client n&apos;est pas un certificat PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>The client certificate&apos;s private key is not an unencrypted PEM private key.</source>
        <translation>La clé privée du certificat client n&apos;est pas une clé privée PEM non chiffrée.</translation>
    </message>
    <message>
        <source>The private key does not belong to the client certificate.</source>
        <translation>La clé privée n&apos;appartient pas au certificat client.</translation>
    </message>
    <message>
        <source>The client certificate&apos;s key must be an RSA or EC key.</source>
        <translation>La clé du certificat client doit être une clé RSA ou EC.</translation>
    </message>
    <message>
        <source>The client certificate or its key could not be loaded for TLS.</source>
        <translation>Le certificat client ou sa clé n&apos;a pas pu être chargé pour TLS.</translation>
    </message>
    <message>
        <source>The PKCS#12 file could not be opened: the password is wrong, or it holds no certificate and key.</source>
        <translation>Le fichier PKCS#12 n&apos;a pas pu être ouvert : le mot de passe est faux, ou il ne contient pas de certificat et de clé.</translation>
    </message>
</context>
<context>
    <name>ClientCertificateOptions</name>
    <message>
        <source>TLS client certificate (PEM) for mutual TLS (RFC 8705); its key with --client-key-stdin</source>
        <translation>Certificat client TLS (PEM) pour le TLS mutuel (RFC 8705) ; sa clé avec --client-key-stdin</translation>
    </message>
    <message>
        <source>Read the client certificate&apos;s private key (PEM) from standard input</source>
        <translation>Lire la clé privée (PEM) du certificat client sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>TLS client certificate and key as a PKCS#12 file, imported once</source>
        <translation>Certificat client TLS et sa clé dans un fichier PKCS#12, importé une fois</translation>
    </message>
    <message>
        <source>Read the PKCS#12 file&apos;s password from standard input</source>
        <translation>Lire le mot de passe du fichier PKCS#12 sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>--client-cert and --client-p12 cannot be given together</source>
        <translation>--client-cert et --client-p12 ne peuvent pas être donnés ensemble</translation>
    </message>
    <message>
        <source>--client-p12 FILE takes its password with --p12-password-stdin</source>
        <translation>--client-p12 FICHIER prend son mot de passe avec --p12-password-stdin</translation>
    </message>
    <message>
        <source>--p12-password-stdin goes with --client-p12 FILE</source>
        <translation>--p12-password-stdin va avec --client-p12 FICHIER</translation>
    </message>
    <message>
        <source>only one option at a time can read standard input</source>
        <translation>une seule option à la fois peut lire l&apos;entrée standard</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>standard input was empty: --client-key-stdin reads the private key there</source>
        <translation>l&apos;entrée standard était vide : --client-key-stdin y lit la clé privée</translation>
    </message>
    <message>
        <source>Read the client certificate&apos;s private key (PEM) from FILE, leaving standard input to --client-secret-stdin</source>
        <translation>Lire la clé privée (PEM) du certificat client dans FICHIER, en laissant l&apos;entrée standard à --client-secret-stdin</translation>
    </message>
    <message>
        <source>give the private key once: --client-key-stdin or --client-key-file FILE</source>
        <translation>donnez la clé privée une seule fois : --client-key-stdin ou --client-key-file FICHIER</translation>
    </message>
    <message>
        <source>--client-cert FILE takes its private key with --client-key-stdin or --client-key-file FILE</source>
        <translation>--client-cert FICHIER prend sa clé privée avec --client-key-stdin ou --client-key-file FICHIER</translation>
    </message>
</context>
<context>
    <name>ClientCertificatePanel</name>
    <message>
        <source>Client certificate &amp;format:</source>
        <translation>&amp;Format du certificat client :</translation>
    </message>
    <message>
        <source>Client certificate format</source>
        <translation>Format du certificat client</translation>
    </message>
    <message>
        <source>Certificate (PEM):</source>
        <translation>Certificat (PEM) :</translation>
    </message>
    <message>
        <source>No certificate chosen.</source>
        <translation>Aucun certificat choisi.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the client certificate file (PEM)</source>
        <translation>Choisir le fichier du certificat client (PEM)</translation>
    </message>
    <message>
        <source>Its private key (PEM):</source>
        <translation>Sa clé privée (PEM) :</translation>
    </message>
    <message>
        <source>No private key chosen.</source>
        <translation>Aucune clé privée choisie.</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>Choi&amp;sir…</translation>
    </message>
    <message>
        <source>Choose the client certificate&apos;s private key file (PEM)</source>
        <translation>Choisir le fichier de la clé privée du certificat client (PEM)</translation>
    </message>
    <message>
        <source>PKCS#12 file:</source>
        <translation>Fichier PKCS#12 :</translation>
    </message>
    <message>
        <source>No PKCS#12 file chosen.</source>
        <translation>Aucun fichier PKCS#12 choisi.</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file (.p12, .pfx)</source>
        <translation>Choisir le fichier PKCS#12 (.p12, .pfx)</translation>
    </message>
    <message>
        <source>PKCS#12 pass&amp;word:</source>
        <translation>&amp;Mot de passe PKCS#12 :</translation>
    </message>
    <message>
        <source>Empty when the file has no password</source>
        <translation>Vide si le fichier n’a pas de mot de passe</translation>
    </message>
    <message>
        <source>PKCS#12 password</source>
        <translation>Mot de passe PKCS#12</translation>
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
        <translation>Keyway n&apos;a pas pu comparer son horloge à celle du fournisseur (la réponse n&apos;avait pas d&apos;en-tête Date) : vérifiez la date, l&apos;heure et le fuseau horaire de cet ordinateur ; s&apos;ils sont justes, l&apos;horloge du fournisseur est fausse.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock agrees with the provider&apos;s within %1 (going by the Date header of its answer), so the provider dated the token wrongly.</source>
        <translation>L&apos;horloge de cet ordinateur est d&apos;accord avec celle du fournisseur à %1 près (d&apos;après l&apos;en-tête Date de sa réponse) : le fournisseur a donc mal daté le jeton.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the provider&apos;s (going by the Date header of its answer).</source>
        <translation>L&apos;horloge de cet ordinateur retarde de %1 sur celle du fournisseur (d&apos;après l&apos;en-tête Date de sa réponse).</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the provider&apos;s (going by the Date header of its answer).</source>
        <translation>L&apos;horloge de cet ordinateur avance de %1 sur celle du fournisseur (d&apos;après l&apos;en-tête Date de sa réponse).</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date, time and time zone; if they are right, the provider&apos;s clock is wrong.</source>
        <translation>Vérifiez la date, l&apos;heure et le fuseau horaire de cet ordinateur ; s&apos;ils sont justes, l&apos;horloge du fournisseur est fausse.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1 h</source>
        <translation>
            <numerusform>%n jour %1 h</numerusform>
            <numerusform>%n jours %1 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectCommand</name>
    <message>
        <source>Catalogue id (see keyway integrations)</source>
        <translation>Identifiant du catalogue (voir keyway integrations)</translation>
    </message>
    <message>
        <source>OpenID Connect issuer URL (endpoints by discovery)</source>
        <translation>URL de l&apos;émetteur OpenID Connect (points de terminaison par découverte)</translation>
    </message>
    <message>
        <source>Auth mode, e.g. oauth2_authorization_code, api_key</source>
        <translation>Mode d&apos;authentification, p. ex. oauth2_authorization_code, api_key</translation>
    </message>
    <message>
        <source>OAuth client id</source>
        <translation>Identifiant client OAuth</translation>
    </message>
    <message>
        <source>Read the client secret from standard input</source>
        <translation>Lire le secret client sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>Read the API key from standard input</source>
        <translation>Lire la clé d&apos;API sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>Basic auth user name</source>
        <translation>Nom d&apos;utilisateur de l&apos;authentification Basic</translation>
    </message>
    <message>
        <source>Read the Basic auth user name from standard input (an API key sent as the user name)</source>
        <translation>Lire le nom d&apos;utilisateur Basic sur l&apos;entrée standard (une clé d&apos;API envoyée comme nom d&apos;utilisateur)</translation>
    </message>
    <message>
        <source>Client authentication: client_secret_basic, client_secret_post, private_key_jwt, tls_client_auth, self_signed_tls_client_auth or none</source>
        <translation>Authentification du client : client_secret_basic, client_secret_post, private_key_jwt, tls_client_auth, self_signed_tls_client_auth ou none</translation>
    </message>
    <message>
        <source>Read the Basic auth password from standard input</source>
        <translation>Lire le mot de passe Basic sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>Read a bearer token (pasted by hand) from standard input</source>
        <translation>Lire un jeton bearer (collé à la main) sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>Service account JSON key file (JWT bearer)</source>
        <translation>Fichier de clé JSON du compte de service (JWT bearer)</translation>
    </message>
    <message>
        <source>PEM private key for private_key_jwt</source>
        <translation>Clé privée PEM pour private_key_jwt</translation>
    </message>
    <message>
        <source>kid of the private key</source>
        <translation>kid de la clé privée</translation>
    </message>
    <message>
        <source>Signing algorithm of the private key, RS256 or ES256 (default: the key&apos;s)</source>
        <translation>Algorithme de signature de la clé privée, RS256 ou ES256 (par défaut : celui de la clé)</translation>
    </message>
    <message>
        <source>audience parameter of the token request (client credentials)</source>
        <translation>paramètre audience de la requête de jeton (identifiants client)</translation>
    </message>
    <message>
        <source>RFC 8707 resource indicator of the token request (repeatable)</source>
        <translation>indicateur de ressource RFC 8707 de la requête de jeton (répétable)</translation>
    </message>
    <message>
        <source>JWT bearer subject (domain-wide delegation)</source>
        <translation>Sujet du JWT bearer (délégation à l&apos;échelle du domaine)</translation>
    </message>
    <message>
        <source>Scopes, unified or provider&apos;s, space separated</source>
        <translation>Scopes, unifiés ou du fournisseur, séparés par des espaces</translation>
    </message>
    <message>
        <source>A name for the connection</source>
        <translation>Un nom pour la connexion</translation>
    </message>
    <message>
        <source>Browser command (%s = URL); default KEYWAY_BROWSER, then the system browser</source>
        <translation>Commande du navigateur (%s = URL) ; par défaut KEYWAY_BROWSER, puis le navigateur du système</translation>
    </message>
    <message>
        <source>Template variable, e.g. subdomain=acme (repeatable)</source>
        <translation>Variable de modèle, p. ex. subdomain=acme (répétable)</translation>
    </message>
    <message>
        <source>Extra authorization request parameter (repeatable)</source>
        <translation>Paramètre supplémentaire de la requête d&apos;autorisation (répétable)</translation>
    </message>
    <message>
        <source>Extra token request parameter, e.g. audience=... (repeatable)</source>
        <translation>Paramètre supplémentaire de la requête de jeton, p. ex. audience=... (répétable)</translation>
    </message>
    <message>
        <source>The exact redirect URI registered at the provider: http://127.0.0.1:PORT/PATH (Keyway listens there) or io.keyway.app:/oauth2redirect; kept for --reconnect</source>
        <translation>L&apos;URI de redirection exacte enregistrée chez le fournisseur : http://127.0.0.1:PORT/PATH (Keyway y écoute) ou io.keyway.app:/oauth2redirect ; conservée pour --reconnect</translation>
    </message>
    <message>
        <source>Sign in on another device: open no browser here, print the address to open anywhere and read back from standard input the address the browser ended on (the device code sign-in instead, where the integration has one)</source>
        <translation>Se connecter sur un autre appareil : n&apos;ouvrir aucun navigateur ici, afficher l&apos;adresse à ouvrir n&apos;importe où et relire sur l&apos;entrée standard l&apos;adresse où le navigateur a abouti (la connexion par code d&apos;appareil à la place, si l&apos;intégration en a une)</translation>
    </message>
    <message>
        <source>Do not send PKCE (for servers that reject it)</source>
        <translation>Ne pas envoyer PKCE (pour les serveurs qui le refusent)</translation>
    </message>
    <message>
        <source>Push the authorization request to the provider first (RFC 9126): the browser gets only client_id and request_uri</source>
        <translation>Pousser d&apos;abord la requête d&apos;autorisation vers le fournisseur (RFC 9126) : le navigateur ne reçoit que client_id et request_uri</translation>
    </message>
    <message>
        <source>Bind the tokens to a key pair kept in the keychain for this connection (DPoP, RFC 9449): every token, refresh and API request carries a proof signed with it</source>
        <translation>Lier les jetons à une paire de clés conservée dans le trousseau pour cette connexion (DPoP, RFC 9449) : chaque requête de jeton, d&apos;actualisation et d&apos;API porte une preuve signée avec elle</translation>
    </message>
    <message>
        <source>Seconds to wait for the browser (default 300)</source>
        <translation>Secondes d&apos;attente du navigateur (par défaut 300)</translation>
    </message>
    <message>
        <source>Re-authorize this existing connection in place</source>
        <translation>Réautoriser cette connexion existante sur place</translation>
    </message>
    <message>
        <source>name an integration or give --issuer URL (see keyway integrations)</source>
        <translation>nommez une intégration ou donnez --issuer URL (voir keyway integrations)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>expected KEY=VALUE, got &apos;%1&apos;</source>
        <translation>KEY=VALUE attendu, « %1 » reçu</translation>
    </message>
    <message>
        <source>--resource takes an absolute URI without a fragment, got &apos;%1&apos;</source>
        <translation>--resource prend une URI absolue sans fragment, reçu « %1 »</translation>
    </message>
    <message>
        <source>only one --*-stdin option at a time</source>
        <translation>une seule option --*-stdin à la fois</translation>
    </message>
    <message>
        <source>--no-browser reads the browser&apos;s address from standard input, so no --*-stdin option can be given with it (a --reconnect reuses a kept secret)</source>
        <translation>--no-browser lit l&apos;adresse du navigateur sur l&apos;entrée standard : aucune option --*-stdin ne peut donc l&apos;accompagner (un --reconnect réutilise un secret conservé)</translation>
    </message>
    <message>
        <source>standard input was empty</source>
        <translation>l&apos;entrée standard était vide</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds</source>
        <translation>--timeout prend un nombre de secondes</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Signing in with a device code, which needs nothing pasted back (--mode %1 for the other way).</source>
        <translation>Connexion avec un code d&apos;appareil, qui n&apos;a besoin de rien recoller (--mode %1 pour l&apos;autre façon).</translation>
    </message>
    <message>
        <source>Open this address in a browser on any device and sign in:</source>
        <translation>Ouvrez cette adresse dans un navigateur sur n&apos;importe quel appareil et connectez-vous :</translation>
    </message>
    <message>
        <source>The browser then ends on an address it cannot load; that is expected.</source>
        <translation>Le navigateur aboutit ensuite sur une adresse qu&apos;il ne peut pas charger ; c&apos;est normal.</translation>
    </message>
    <message>
        <source>The browser then ends on an address it cannot load (%1?...); that is expected.</source>
        <translation>Le navigateur aboutit ensuite sur une adresse qu&apos;il ne peut pas charger (%1?...) ; c&apos;est normal.</translation>
    </message>
    <message>
        <source>Copy that whole address from its address bar, paste it here and press Enter:</source>
        <translation>Copiez toute cette adresse depuis la barre d&apos;adresse, collez-la ici et appuyez sur Entrée :</translation>
    </message>
    <message>
        <source>Opening your browser. If it does not open, visit:</source>
        <translation>Ouverture de votre navigateur. S&apos;il ne s&apos;ouvre pas, visitez :</translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code:</source>
        <translation>Pour vous connecter, ouvrez %1 et saisissez le code :</translation>
    </message>
    <message>
        <source>(or open %1, which has the code filled in)</source>
        <translation>(ou ouvrez %1, où le code est déjà rempli)</translation>
    </message>
    <message>
        <source>Waiting for approval until %1 (Ctrl+C cancels)...</source>
        <translation>En attente de l&apos;approbation jusqu&apos;à %1 (Ctrl+C annule)…</translation>
    </message>
    <message>
        <source>Connected; the provider did not say which account.</source>
        <translation>Connecté ; le fournisseur n&apos;a pas indiqué quel compte.</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Scopes granted: %1</source>
        <translation>Scopes accordés : %1</translation>
    </message>
    <message>
        <source>Not granted: %1</source>
        <translation>Non accordés : %1</translation>
    </message>
    <message>
        <source>no address was pasted; nothing was stored</source>
        <translation>aucune adresse n&apos;a été collée ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>Connect an integration (prints the connection id)</source>
        <translation>Connecter une intégration (affiche l&apos;identifiant de la connexion)</translation>
    </message>
    <message>
        <source>RFC 9396 authorization details: a file holding their JSON array, sent with the authorization request</source>
        <translation>Détails d&apos;autorisation RFC 9396 : un fichier contenant leur tableau JSON, envoyé avec la demande d&apos;autorisation</translation>
    </message>
    <message>
        <source>--authorization-details: cannot read %1 (%2)</source>
        <translation>--authorization-details : impossible de lire %1 (%2)</translation>
    </message>
    <message>
        <source>--authorization-details: %1 is not JSON (%2 at offset %3)</source>
        <translation>--authorization-details : %1 n&apos;est pas du JSON (%2 à la position %3)</translation>
    </message>
    <message>
        <source>--authorization-details: %1: %2</source>
        <translation>--authorization-details : %1 : %2</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>Avertissement de sécurité</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Ce qui manque</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>Erreur de connexion</translation>
    </message>
</context>
<context>
    <name>ConnectFormPage</name>
    <message>
        <source>PKCE warning</source>
        <translation>Avertissement PKCE</translation>
    </message>
    <message>
        <source>&amp;How to connect:</source>
        <translation>&amp;Mode de connexion :</translation>
    </message>
    <message>
        <source>Authentication mode</source>
        <translation>Mode d&apos;authentification</translation>
    </message>
    <message>
        <source>Connection &amp;name:</source>
        <translation>&amp;Nom de la connexion :</translation>
    </message>
    <message>
        <source>Optional: the account name is used</source>
        <translation>Facultatif : le nom du compte est utilisé</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nom de la connexion</translation>
    </message>
    <message>
        <source>&amp;Where do these values come from?</source>
        <translation>&amp;D&apos;où viennent ces valeurs ?</translation>
    </message>
    <message>
        <source>Show setup instructions</source>
        <translation>Afficher les instructions de configuration</translation>
    </message>
    <message>
        <source>Setup instructions</source>
        <translation>Instructions de configuration</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Détails du compte</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Redirection</translation>
    </message>
    <message>
        <source>Redirect URI to register at the provider:</source>
        <translation>URI de redirection à enregistrer chez le fournisseur :</translation>
    </message>
    <message>
        <source>Redirect URI to register at the provider</source>
        <translation>URI de redirection à enregistrer chez le fournisseur</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the redirect URI</source>
        <translation>Copier l&apos;URI de redirection</translation>
    </message>
    <message>
        <source>Copy redirect URI</source>
        <translation>Copier l&apos;URI de redirection</translation>
    </message>
    <message>
        <source>About the redirect URI</source>
        <translation>À propos de l&apos;URI de redirection</translation>
    </message>
    <message>
        <source>&amp;Advanced options</source>
        <translation>Options &amp;avancées</translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation>Afficher les options avancées</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Extra &amp;authorization parameters:</source>
        <translation>Paramètres d&apos;&amp;autorisation supplémentaires :</translation>
    </message>
    <message>
        <source>name=value, one per line (e.g. prompt=consent)</source>
        <translation>nom=valeur, un par ligne (p. ex. prompt=consent)</translation>
    </message>
    <message>
        <source>Extra authorization parameters</source>
        <translation>Paramètres d&apos;autorisation supplémentaires</translation>
    </message>
    <message>
        <source>Extra &amp;token parameters:</source>
        <translation>Paramètres de &amp;jeton supplémentaires :</translation>
    </message>
    <message>
        <source>name=value, one per line (e.g. audience=https://api.example.com)</source>
        <translation>nom=valeur, un par ligne (p. ex. audience=https://api.example.com)</translation>
    </message>
    <message>
        <source>Extra token parameters</source>
        <translation>Paramètres de jeton supplémentaires</translation>
    </message>
    <message>
        <source>&amp;PKCE (RFC 7636):</source>
        <translation>&amp;PKCE (RFC 7636) :</translation>
    </message>
    <message>
        <source>PKCE</source>
        <translation>PKCE</translation>
    </message>
    <message>
        <source>&amp;Browser command:</source>
        <translation>Commande du &amp;navigateur :</translation>
    </message>
    <message>
        <source>As in Settings (system browser)</source>
        <translation>Comme dans les paramètres (navigateur du système)</translation>
    </message>
    <message>
        <source>Browser command for this sign-in</source>
        <translation>Commande du navigateur pour cette connexion</translation>
    </message>
    <message>
        <source>Redirect &amp;URI:</source>
        <translation>&amp;URI de redirection :</translation>
    </message>
    <message>
        <source>Redirect URI registered at the provider</source>
        <translation>URI de redirection enregistrée chez le fournisseur</translation>
    </message>
    <message>
        <source>The exact redirect URI registered at the provider, when it is not the one shown above: http://127.0.0.1:PORT/PATH (Keyway listens there) or io.keyway.app:/oauth2redirect</source>
        <translation>L&apos;URI de redirection exacte enregistrée chez le fournisseur, si ce n&apos;est pas celle affichée ci-dessus : http://127.0.0.1:PORT/CHEMIN (Keyway y écoute) ou io.keyway.app:/oauth2redirect</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Paramètres de la connexion</translation>
    </message>
    <message>
        <source>Token security</source>
        <translation>Sécurité des jetons</translation>
    </message>
    <message>
        <source>&amp;Bind tokens to this device (DPoP)</source>
        <translation>&amp;Lier les jetons à cet appareil (DPoP)</translation>
    </message>
    <message>
        <source>RFC 9449: Keyway makes a key pair for this connection (the private key stays in the keychain) and proves it holds the key on every request, so a copied token is useless elsewhere</source>
        <translation>RFC 9449 : Keyway crée une paire de clés pour cette connexion (la clé privée reste dans le trousseau) et prouve qu’il détient la clé à chaque requête ; un jeton copié est inutile ailleurs</translation>
    </message>
    <message>
        <source>Use PA&amp;R: send the sign-in request to the provider first</source>
        <translation>Utiliser PA&amp;R : envoyer d’abord la demande de connexion au fournisseur</translation>
    </message>
    <message>
        <source>RFC 9126 pushed authorization requests: the browser then carries only a reference to the request</source>
        <translation>RFC 9126 (demandes d’autorisation poussées) : le navigateur ne transporte alors qu’une référence à la demande</translation>
    </message>
    <message>
        <source>About token security</source>
        <translation>À propos de la sécurité des jetons</translation>
    </message>
</context>
<context>
    <name>ConnectWaitingPage</name>
    <message>
        <source>Sign-in progress</source>
        <translation>Progression de la connexion</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Code to enter</source>
        <translation>Code à saisir</translation>
    </message>
    <message>
        <source>Copy &amp;code</source>
        <translation>Copier le &amp;code</translation>
    </message>
    <message>
        <source>Open this address in a browser on any device and sign in:</source>
        <translation>Ouvrez cette adresse dans un navigateur sur n&apos;importe quel appareil et connectez-vous :</translation>
    </message>
    <message>
        <source>Sign-in address to open on another device</source>
        <translation>Adresse de connexion à ouvrir sur un autre appareil</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Copier l&apos;adresse de connexion</translation>
    </message>
    <message>
        <source>The browser then ends on an address it cannot load; that is expected. Copy that whole address from its address bar and paste it here:</source>
        <translation>Le navigateur aboutit ensuite à une adresse qu&apos;il ne peut pas charger ; c&apos;est normal. Copiez toute cette adresse depuis sa barre d&apos;adresse et collez-la ici :</translation>
    </message>
    <message>
        <source>http://127.0.0.1:…/callback?code=…&amp;state=…</source>
        <translation>http://127.0.0.1:…/callback?code=…&amp;state=…</translation>
    </message>
    <message>
        <source>Address the browser ended on</source>
        <translation>Adresse à laquelle le navigateur a abouti</translation>
    </message>
    <message>
        <source>&amp;Finish sign-in</source>
        <translation>&amp;Terminer la connexion</translation>
    </message>
    <message>
        <source>Finish the sign-in with the pasted address</source>
        <translation>Terminer la connexion avec l&apos;adresse collée</translation>
    </message>
    <message>
        <source>Why the pasted address was refused</source>
        <translation>Pourquoi l&apos;adresse collée a été refusée</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <source>Copy the sign-in address to open it in another browser</source>
        <translation>Copier l&apos;adresse de connexion pour l&apos;ouvrir dans un autre navigateur</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Open the sign-in page in the browser again</source>
        <translation>Rouvrir la page de connexion dans le navigateur</translation>
    </message>
    <message>
        <source>Sign in on another &amp;device…</source>
        <translation>Se connecter sur un autre &amp;appareil…</translation>
    </message>
    <message>
        <source>Show the sign-in address to open on another device, and a box for the address it ends on</source>
        <translation>Afficher l&apos;adresse de connexion à ouvrir sur un autre appareil, et un champ pour l&apos;adresse où il aboutit</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Stop waiting and go back to the form (Esc)</source>
        <translation>Arrêter d&apos;attendre et revenir au formulaire (Échap)</translation>
    </message>
</context>
<context>
    <name>ConnectionChooser</name>
    <message>
        <source>Name a connection (see keyway connections).</source>
        <translation>Nommez une connexion (voir keyway connections).</translation>
    </message>
    <message>
        <source>No connection &quot;%1&quot; (see keyway connections).</source>
        <translation>Aucune connexion « %1 » (voir keyway connections).</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; answers for %n connection(s) (%2): name one of them, or make one the default with keyway connections default %3 CONNECTION.</source>
        <translation>
            <numerusform>« %1 » correspond à %n connexion (%2) : nommez-en une, ou faites-en une la connexion par défaut avec keyway connections default %3 CONNEXION.</numerusform>
            <numerusform>« %1 » correspond à %n connexions (%2) : nommez-en une, ou faites-en une la connexion par défaut avec keyway connections default %3 CONNEXION.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; matches %n connection(s): give more of the id.</source>
        <translation>
            <numerusform>« %1 » correspond à %n connexion : donnez davantage de l&apos;identifiant.</numerusform>
            <numerusform>« %1 » correspond à %n connexions : donnez davantage de l&apos;identifiant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionExpiry</name>
    <message>
        <source>access token expires %1</source>
        <translation>le jeton d&apos;accès expire %1</translation>
    </message>
    <message>
        <source>access token expiry unknown</source>
        <translation>expiration du jeton d&apos;accès inconnue</translation>
    </message>
    <message>
        <source>no refresh token recorded</source>
        <translation>aucun jeton d&apos;actualisation enregistré</translation>
    </message>
    <message>
        <source>refresh token lapses %1 if unused</source>
        <translation>le jeton d&apos;actualisation expire %1 s&apos;il n&apos;est pas utilisé</translation>
    </message>
    <message>
        <source>refresh token lapsed unused %1</source>
        <translation>le jeton d&apos;actualisation a expiré faute d&apos;utilisation %1</translation>
    </message>
    <message>
        <source>, grant ends %1</source>
        <translation>, l&apos;autorisation prend fin %1</translation>
    </message>
    <message>
        <source>refresh token ends %1</source>
        <translation>le jeton d&apos;actualisation prend fin %1</translation>
    </message>
    <message>
        <source>refresh token expiry unknown</source>
        <translation>expiration du jeton d&apos;actualisation inconnue</translation>
    </message>
    <message>
        <source>last refreshed %1</source>
        <translation>dernière actualisation %1</translation>
    </message>
    <message>
        <source>never refreshed</source>
        <translation>jamais actualisé</translation>
    </message>
    <message>
        <source>Reconnect %1 before %2</source>
        <translation>Reconnectez %1 avant %2</translation>
    </message>
</context>
<context>
    <name>ConnectionJson</name>
    <message>
        <source>disconnected, not revoked</source>
        <translation>déconnectée, non révoquée</translation>
    </message>
</context>
<context>
    <name>ConnectionLock</name>
    <message>
        <source>Keyway could not use its lock folder: %1.</source>
        <translation>Keyway n&apos;a pas pu utiliser son dossier de verrous : %1.</translation>
    </message>
    <message>
        <source>Another Keyway process is still working on this connection: try again in a moment.</source>
        <translation>Un autre processus Keyway travaille encore sur cette connexion : réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Back to the integration (Alt+Left)</source>
        <translation>Retour à l&apos;intégration (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Back to the integration</source>
        <translation>Retour à l&apos;intégration</translation>
    </message>
    <message>
        <source>Connected account</source>
        <translation>Compte connecté</translation>
    </message>
    <message>
        <source>What this connection needs</source>
        <translation>Ce dont cette connexion a besoin</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Reconnecter…</translation>
    </message>
    <message>
        <source>Sign in again (Ctrl+R)</source>
        <translation>Se reconnecter (Ctrl+R)</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualiser maintenant</translation>
    </message>
    <message>
        <source>Get a new access token now (F5)</source>
        <translation>Obtenir maintenant un nouveau jeton d&apos;accès (F5)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the refresh before its next attempt, or stop waiting for an answer already on its way</source>
        <translation>Arrêter l&apos;actualisation avant sa prochaine tentative, ou cesser d&apos;attendre une réponse déjà en route</translation>
    </message>
    <message>
        <source>Copy access token</source>
        <translation>Copier le jeton d&apos;accès</translation>
    </message>
    <message>
        <source>The clipboard is cleared after 30 seconds (Ctrl+Shift+C)</source>
        <translation>Le presse-papiers est vidé au bout de 30 secondes (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Open in request console</source>
        <translation>Ouvrir dans la console de requêtes</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Déconnecter…</translation>
    </message>
    <message>
        <source>Revoke the grant and delete the tokens from the keychain (Delete)</source>
        <translation>Révoquer l&apos;autorisation et supprimer les jetons du trousseau (Suppr)</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Forget this revoked connection with its timeline and request history (Delete)</source>
        <translation>Oublier cette connexion révoquée avec sa chronologie et son historique de requêtes (Suppr)</translation>
    </message>
    <message>
        <source>Removes the connection from the list; its event log and request history are deleted too</source>
        <translation>Retire la connexion de la liste ; son journal d&apos;événements et son historique de requêtes sont supprimés aussi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Jeton d&apos;accès :</translation>
    </message>
    <message>
        <source>Access token expiry</source>
        <translation>Expiration du jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation>Jeton d&apos;actualisation :</translation>
    </message>
    <message>
        <source>Refresh token expiry and last renewal</source>
        <translation>Expiration du jeton d&apos;actualisation et dernier renouvellement</translation>
    </message>
    <message>
        <source>Status detail:</source>
        <translation>Détail de l&apos;état :</translation>
    </message>
    <message>
        <source>Connected with:</source>
        <translation>Connecté avec :</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créée :</translation>
    </message>
    <message>
        <source>Token fingerprint:</source>
        <translation>Empreinte du jeton :</translation>
    </message>
    <message>
        <source>Connection ID:</source>
        <translation>Identifiant de connexion :</translation>
    </message>
    <message>
        <source>Scopes: requested and granted</source>
        <translation>Scopes : demandés et accordés</translation>
    </message>
    <message>
        <source>Requested and granted scopes</source>
        <translation>Scopes demandés et accordés</translation>
    </message>
    <message>
        <source>Derived from:</source>
        <translation>Dérivée de :</translation>
    </message>
    <message>
        <source>The connection whose token was exchanged for this one&apos;s</source>
        <translation>La connexion dont le jeton a été échangé contre celui de celle-ci</translation>
    </message>
</context>
<context>
    <name>ConnectionPlanner</name>
    <message>
        <source>Choose the service account&apos;s JSON key file (or a private key and the issuer it is registered for).</source>
        <translation>Choisissez le fichier de clé JSON du compte de service (ou une clé privée et l&apos;émetteur pour lequel elle est enregistrée).</translation>
    </message>
    <message>
        <source>Enter the issuer of the assertions (the service account or client ID).</source>
        <translation>Saisissez l&apos;émetteur des assertions (le compte de service ou l&apos;identifiant client).</translation>
    </message>
    <message>
        <source>The private key cannot be used: %1</source>
        <translation>La clé privée est inutilisable : %1</translation>
    </message>
    <message>
        <source>This %1 key cannot sign %2 assertions; choose %3.</source>
        <translation>Cette clé %1 ne peut pas signer d&apos;assertions %2 ; choisissez %3.</translation>
    </message>
    <message>
        <source>Connect with the device code mode instead (keyway connect %1 --mode device_code).</source>
        <translation>Connectez-vous plutôt avec le mode code d&apos;appareil (keyway connect %1 --mode device_code).</translation>
    </message>
    <message>
        <source>Use another authentication mode of this integration if it has one.</source>
        <translation>Utilisez un autre mode d&apos;authentification de cette intégration si elle en a un.</translation>
    </message>
    <message>
        <source>%1 does not allow desktop redirects, so a browser sign-in could not come back to Keyway. %2</source>
        <translation>%1 n&apos;autorise pas les redirections vers une application de bureau, donc une connexion dans le navigateur ne pourrait pas revenir à Keyway. %2</translation>
    </message>
    <message>
        <source>This integration declares no way to authenticate.</source>
        <translation>Cette intégration ne déclare aucun moyen de s&apos;authentifier.</translation>
    </message>
    <message>
        <source>%1 does not support the authentication mode &quot;%2&quot;.</source>
        <translation>%1 ne prend pas en charge le mode d&apos;authentification « %2 ».</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Saisissez la clé d&apos;API.</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Saisissez %1.</translation>
    </message>
    <message>
        <source>username</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>Paste the access token.</source>
        <translation>Collez le jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>This integration has no OAuth settings.</source>
        <translation>Cette intégration n&apos;a pas de paramètres OAuth.</translation>
    </message>
    <message>
        <source>Unknown client authentication method &quot;%1&quot;.</source>
        <translation>Méthode d&apos;authentification client inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Enter the client ID of the app you registered with %1.</source>
        <translation>Saisissez l&apos;identifiant client de l&apos;application que vous avez enregistrée auprès de %1.</translation>
    </message>
    <message>
        <source>The client credentials grant needs a client secret or a private key.</source>
        <translation>L&apos;octroi client credentials nécessite un secret client ou une clé privée.</translation>
    </message>
    <message>
        <source>%1 authenticates this client with a private key (private_key_jwt): import the key or generate one.</source>
        <translation>%1 authentifie ce client par une clé privée (private_key_jwt) : importez la clé ou générez-en une.</translation>
    </message>
    <message>
        <source>%1 authenticates this client with a TLS client certificate (%2): give the certificate and its key.</source>
        <translation>%1 authentifie ce client par un certificat client TLS (%2) : indiquez le certificat et sa clé.</translation>
    </message>
    <message>
        <source>%1 accepts only connections that present the TLS client certificate it issued: give the certificate and its key.</source>
        <translation>%1 n&apos;accepte que les connexions qui présentent le certificat client TLS qu&apos;il a délivré : indiquez le certificat et sa clé.</translation>
    </message>
    <message>
        <source>Give the client certificate either as PEM files or as a PKCS#12 file, not both.</source>
        <translation>Donnez le certificat client soit en fichiers PEM, soit en fichier PKCS#12, pas les deux.</translation>
    </message>
</context>
<context>
    <name>ConnectionRepository</name>
    <message>
        <source>Keyway could not save to its database.</source>
        <translation>Keyway n&apos;a pas pu enregistrer dans sa base de données.</translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Needs re-authorization</source>
        <translation>Réautorisation nécessaire</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Temporary problem</source>
        <translation>Problème temporaire</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>ConnectionsCommand</name>
    <message>
        <source>default INTEGRATION CONNECTION: the connection token, exec and git-credential use for INTEGRATION when several are connected and none is named</source>
        <translation>default INTEGRATION CONNECTION : la connexion qu&apos;utilisent token, exec et git-credential pour INTEGRATION quand plusieurs sont connectées et qu&apos;aucune n&apos;est nommée</translation>
    </message>
    <message>
        <source>Print JSON</source>
        <translation>Afficher du JSON</translation>
    </message>
    <message>
        <source>Rebuild the connections the database lost from their entries in the keychain, then list them</source>
        <translation>Reconstruire à partir de leurs entrées du trousseau les connexions que la base de données a perdues, puis les lister</translation>
    </message>
    <message>
        <source>Revoke the connections the database lost at their providers and delete their keychain entries</source>
        <translation>Révoquer auprès de leurs fournisseurs les connexions que la base de données a perdues et supprimer leurs entrées du trousseau</translation>
    </message>
    <message>
        <source>the only subcommand is: default INTEGRATION CONNECTION</source>
        <translation>la seule sous-commande est : default INTEGRATION CONNECTION</translation>
    </message>
    <message>
        <source>give --recover or --revoke-lost, not both</source>
        <translation>donnez --recover ou --revoke-lost, pas les deux</translation>
    </message>
    <message>
        <source>%1 is a connection of %2, not of %3</source>
        <translation>%1 est une connexion de %2, pas de %3</translation>
    </message>
    <message>
        <source>Default for %1: %2</source>
        <translation>Par défaut pour %1 : %2</translation>
    </message>
    <message>
        <source>No connections yet. Connect one with: keyway connect INTEGRATION</source>
        <translation>Aucune connexion pour l&apos;instant. Connectez-en une avec : keyway connect INTEGRATION</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>List connections (or recover those the database lost)</source>
        <translation>Lister les connexions (ou récupérer celles que la base de données a perdues)</translation>
    </message>
</context>
<context>
    <name>ConnectionsView</name>
    <message>
        <source>Your connections</source>
        <translation>Vos connexions</translation>
    </message>
    <message>
        <source>&amp;Connect an account…</source>
        <translation>&amp;Connecter un compte…</translation>
    </message>
    <message>
        <source>Connect an account of the selected integration (Ctrl+N)</source>
        <translation>Connecter un compte de l&apos;intégration sélectionnée (Ctrl+N)</translation>
    </message>
    <message>
        <source>Connect an account</source>
        <translation>Connecter un compte</translation>
    </message>
    <message>
        <source>Connections summary</source>
        <translation>Résumé des connexions</translation>
    </message>
    <message>
        <source>Filter by name, account, integration or status</source>
        <translation>Filtrer par nom, compte, intégration ou état</translation>
    </message>
    <message>
        <source>Filter connections</source>
        <translation>Filtrer les connexions</translation>
    </message>
    <message>
        <source>Shows only the connections whose name, account, integration or status contain every word typed; Down arrow moves into the list</source>
        <translation>N&apos;affiche que les connexions dont le nom, le compte, l&apos;intégration ou l&apos;état contient chaque mot saisi ; la flèche vers le bas passe dans la liste</translation>
    </message>
    <message>
        <source>Show connections</source>
        <translation>Afficher les connexions</translation>
    </message>
    <message>
        <source>Shows all connections, or only those in one kind of state</source>
        <translation>Affiche toutes les connexions, ou seulement celles dans un état donné</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Every connection with its account, integration, status, expiry and last request. Enter opens one; the context menu reconnects, refreshes or disconnects it.</source>
        <translation>Chaque connexion avec son compte, son intégration, son état, son expiration et sa dernière requête. Entrée en ouvre une ; le menu contextuel la reconnecte, l&apos;actualise ou la déconnecte.</translation>
    </message>
    <message>
        <source>No connection matches. Clear the filter or choose &quot;All&quot;.</source>
        <translation>Aucune connexion ne correspond. Effacez le filtre ou choisissez « Toutes ».</translation>
    </message>
</context>
<context>
    <name>CopyFeedback</name>
    <message>
        <source>Copied ✓</source>
        <translation>Copié ✓</translation>
    </message>
</context>
<context>
    <name>CoreContext</name>
    <message>
        <source>Your tokens are safe in the keychain. Move %1 aside (keep it as a backup) and start Keyway again to begin with a new database.</source>
        <translation>Vos jetons sont en sécurité dans le trousseau. Mettez %1 de côté (gardez-le comme sauvegarde) et relancez Keyway pour repartir d&apos;une nouvelle base de données.</translation>
    </message>
    <message>
        <source>The extra CA certificate file %1 could not be read; it is not trusted.</source>
        <translation>Le fichier de certificat d&apos;AC supplémentaire %1 n&apos;a pas pu être lu ; il n&apos;est pas approuvé.</translation>
    </message>
</context>
<context>
    <name>CredentialsForm</name>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
</context>
<context>
    <name>CustomIntegrationDialog</name>
    <message>
        <source>Add custom integration</source>
        <translation>Ajouter une intégration personnalisée</translation>
    </message>
    <message>
        <source>Keyway reads the provider&apos;s OpenID Connect or OAuth 2.0 metadata from its issuer URL and saves an integration you can connect like any other.</source>
        <translation>Keyway lit les métadonnées OpenID Connect ou OAuth 2.0 du fournisseur depuis son URL d&apos;émetteur et enregistre une intégration que vous pouvez connecter comme toute autre.</translation>
    </message>
    <message>
        <source>&amp;Issuer URL:</source>
        <translation>URL de l&apos;&amp;émetteur :</translation>
    </message>
    <message>
        <source>https://login.example.com</source>
        <translation>https://login.example.com</translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation>URL de l&apos;émetteur</translation>
    </message>
    <message>
        <source>The provider&apos;s issuer, as its documentation names it</source>
        <translation>L&apos;émetteur (issuer) du fournisseur, tel que sa documentation le nomme</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Optional: the issuer&apos;s host name</source>
        <translation>Facultatif : le nom d&apos;hôte de l&apos;émetteur</translation>
    </message>
    <message>
        <source>Integration name</source>
        <translation>Nom de l&apos;intégration</translation>
    </message>
    <message>
        <source>I&amp;d:</source>
        <translation>I&amp;dentifiant :</translation>
    </message>
    <message>
        <source>lower-case letters, digits and &apos;-&apos;</source>
        <translation>lettres minuscules, chiffres et « - »</translation>
    </message>
    <message>
        <source>Integration id</source>
        <translation>Identifiant de l&apos;intégration</translation>
    </message>
    <message>
        <source>Used by the keyway command line; made from the name unless you change it</source>
        <translation>Utilisé par la ligne de commande keyway ; formé à partir du nom sauf si vous le changez</translation>
    </message>
    <message>
        <source>Client a&amp;uthentication:</source>
        <translation>A&amp;uthentification du client :</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Authentification du client</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>&amp;Scopes :</translation>
    </message>
    <message>
        <source>Optional, separated by spaces: openid profile email by default</source>
        <translation>Facultatif, séparés par des espaces : openid profile email par défaut</translation>
    </message>
    <message>
        <source>Default scopes</source>
        <translation>Scopes par défaut</translation>
    </message>
    <message>
        <source>Allow plain &amp;http to this host (unsafe)</source>
        <translation>Autoriser le &amp;http non chiffré vers cet hôte (dangereux)</translation>
    </message>
    <message>
        <source>Allow plain http to this host (unsafe)</source>
        <translation>Autoriser le http non chiffré vers cet hôte (dangereux)</translation>
    </message>
    <message>
        <source>Only for a server on your own machine or a test network</source>
        <translation>Uniquement pour un serveur sur votre propre machine ou un réseau de test</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>Avertissement de sécurité</translation>
    </message>
    <message>
        <source>Reading the provider&apos;s metadata</source>
        <translation>Lecture des métadonnées du fournisseur</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Ce qui manque</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>&amp;Register Keyway with this server</source>
        <translation>&amp;Enregistrer Keyway auprès de ce serveur</translation>
    </message>
    <message>
        <source>Register Keyway with this server</source>
        <translation>Enregistrer Keyway auprès de ce serveur</translation>
    </message>
    <message>
        <source>Keyway registers itself as a client (dynamic client registration), so no client ID has to be set up by hand; possible only when the server offers it</source>
        <translation>Keyway s&apos;enregistre lui-même comme client (enregistrement dynamique de client) : aucun identifiant client à créer à la main ; possible seulement si le serveur le propose</translation>
    </message>
    <message>
        <source>Bind tokens to a DPoP &amp;key (RFC 9449)</source>
        <translation>Lier les jetons à une &amp;clé DPoP (RFC 9449)</translation>
    </message>
    <message>
        <source>Bind tokens to a DPoP key</source>
        <translation>Lier les jetons à une clé DPoP</translation>
    </message>
    <message>
        <source>Every connection&apos;s tokens work only together with a key pair of its own (DPoP); a client Keyway registers is registered for such tokens only; possible only when the server supports DPoP</source>
        <translation>Les jetons de chaque connexion ne fonctionnent qu&apos;avec une paire de clés qui lui est propre (DPoP) ; un client que Keyway enregistre l&apos;est pour ces jetons uniquement ; possible seulement si le serveur prend en charge DPoP</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Keyway&apos;s database could not be used: %1.</source>
        <translation>La base de données de Keyway n&apos;a pas pu être utilisée : %1.</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database</source>
        <translation>%1 n&apos;est pas une base de données SQLite utilisable</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 est endommagée</translation>
    </message>
    <message>
        <source>cannot lock the database</source>
        <translation>impossible de verrouiller la base de données</translation>
    </message>
    <message>
        <source>cannot read its version</source>
        <translation>impossible de lire sa version</translation>
    </message>
    <message>
        <source>This database was written by a newer Keyway (schema %1). Update Keyway.</source>
        <translation>Cette base de données a été écrite par un Keyway plus récent (schéma %1). Mettez Keyway à jour.</translation>
    </message>
    <message>
        <source>migration %1 failed</source>
        <translation>la migration %1 a échoué</translation>
    </message>
    <message>
        <source>cannot commit the migration</source>
        <translation>impossible de valider la migration</translation>
    </message>
</context>
<context>
    <name>DatabaseRecovery</name>
    <message>
        <source>Keyway&apos;s database %1 is damaged and could not be set aside. Move it (with any -wal and -shm files next to it) to a safe place and start Keyway again; your tokens are safe in the keychain.</source>
        <translation>La base de données %1 de Keyway est endommagée et n&apos;a pas pu être mise de côté. Déplacez-la (avec les fichiers -wal et -shm à côté) en lieu sûr et relancez Keyway ; vos jetons sont en sécurité dans le trousseau.</translation>
    </message>
    <message>
        <source>Keyway&apos;s database was damaged. It was kept as %1 and a new one was started.</source>
        <translation>La base de données de Keyway était endommagée. Elle a été conservée sous %1 et une nouvelle a été créée.</translation>
    </message>
    <message>
        <source>No connection could be read from it: connect your integrations again, unless Keyway finds them in the keychain.</source>
        <translation>Aucune connexion n&apos;a pu y être lue : connectez à nouveau vos intégrations, sauf si Keyway les retrouve dans le trousseau.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) were recovered and keep their tokens from the keychain.</source>
        <translation>
            <numerusform>%n connexion a été récupérée et garde ses jetons du trousseau.</numerusform>
            <numerusform>%n connexions ont été récupérées et gardent leurs jetons du trousseau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some may be missing: Keyway looks for them in the keychain; connect again any it cannot find.</source>
        <translation>Certaines manquent peut-être : Keyway les cherche dans le trousseau ; reconnectez celles qu&apos;il ne trouve pas.</translation>
    </message>
</context>
<context>
    <name>DerivedConnection</name>
    <message>
        <source>The API base URL must be an https URL (or http on this computer&apos;s loopback): %1</source>
        <translation>L’URL de base de l’API doit être une URL https (ou http sur le loopback de cet ordinateur) : %1</translation>
    </message>
    <message>
        <source>Neither the audience nor a resource is an https URL, so Keyway does not know where the token may be sent: give the API base URL of the service it is for.</source>
        <translation>Ni l’audience ni une ressource n’est une URL https : Keyway ne sait donc pas où le jeton peut être envoyé. Indiquez l’URL de base de l’API du service auquel il est destiné.</translation>
    </message>
    <message>
        <source>The exchanged token is bound to a DPoP key (RFC 9449): it is accepted only with a proof made with the key of the connection it was exchanged from, so it cannot be saved as a connection of its own.</source>
        <translation>Le jeton échangé est lié à une clé DPoP (RFC 9449) : il n’est accepté qu’avec une preuve faite avec la clé de la connexion dont il provient ; il ne peut donc pas être enregistré comme une connexion à part entière.</translation>
    </message>
    <message>
        <source>The provider issued a token that is not an access token (%1): only an access token can be saved as a connection.</source>
        <translation>Le fournisseur a émis un jeton qui n’est pas un jeton d’accès (%1) : seul un jeton d’accès peut être enregistré comme connexion.</translation>
    </message>
    <message>
        <source>The exchanged token is bound to a key or client certificate (its cnf claim): a server accepts it only from the holder of that key, so it cannot be saved as a connection of its own.</source>
        <translation>Le jeton échangé est lié à une clé ou à un certificat client (sa revendication cnf) : un serveur ne l’accepte que du détenteur de cette clé ; il ne peut donc pas être enregistré comme une connexion à part entière.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer held no access token.</source>
        <translation>La réponse du fournisseur ne contenait aucun jeton d’accès.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Give the new connection a name.</source>
        <translation>Donnez un nom à la nouvelle connexion.</translation>
    </message>
</context>
<context>
    <name>DiagnosticBundle</name>
    <message>
        <source>subject (user id)</source>
        <translation>sujet (identifiant utilisateur)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>deuxième prénom</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>surnom</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>adresse postale</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>profile page</source>
        <translation>page de profil</translation>
    </message>
    <message>
        <source>web site</source>
        <translation>site web</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>genre</translation>
    </message>
    <message>
        <source>user principal name</source>
        <translation>nom d&apos;utilisateur principal (UPN)</translation>
    </message>
    <message>
        <source>account</source>
        <translation>compte</translation>
    </message>
</context>
<context>
    <name>DisconnectCommand</name>
    <message>
        <source>Connection id (or a unique prefix, or its name)</source>
        <translation>Identifiant de la connexion (ou un préfixe unique, ou son nom)</translation>
    </message>
    <message>
        <source>Also remove the connection&apos;s record, event log and request history (after revoking it if it is still live)</source>
        <translation>Supprimer aussi l&apos;enregistrement de la connexion, son journal d&apos;événements et son historique de requêtes (après l&apos;avoir révoquée si elle est encore active)</translation>
    </message>
    <message>
        <source>give exactly one CONNECTION</source>
        <translation>donnez exactement une CONNECTION</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Supprimée.</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Déconnectée.</translation>
    </message>
    <message>
        <source>Revoke a connection and delete its secrets (--forget: and its record)</source>
        <translation>Révoquer une connexion et supprimer ses secrets (--forget : et son enregistrement)</translation>
    </message>
</context>
<context>
    <name>DpopProof</name>
    <message>
        <source>Keyway could not build the proof of possession for this request.</source>
        <translation>Keyway n’a pas pu construire la preuve de possession de cette requête.</translation>
    </message>
    <message>
        <source>The proof of possession sent with this request is not valid.</source>
        <translation>La preuve de possession envoyée avec cette requête n’est pas valide.</translation>
    </message>
</context>
<context>
    <name>DpopSetup</name>
    <message>
        <source>The provider signs DPoP proofs only with algorithms Keyway does not support, so its tokens cannot be bound to a key.</source>
        <translation>Le fournisseur n’accepte les preuves DPoP qu’avec des algorithmes que Keyway ne prend pas en charge : ses jetons ne peuvent donc pas être liés à une clé.</translation>
    </message>
</context>
<context>
    <name>DpopSigner</name>
    <message>
        <source>This connection&apos;s proof-of-possession (DPoP) key is missing from the keychain: reconnect it.</source>
        <translation>La clé de preuve de possession (DPoP) de cette connexion manque dans le trousseau : reconnectez-la.</translation>
    </message>
</context>
<context>
    <name>EmbeddedProviders</name>
    <message>
        <source>The built-in provider &quot;%1&quot; is not available in this build.</source>
        <translation>Le fournisseur intégré « %1 » n&apos;est pas disponible dans cette version.</translation>
    </message>
</context>
<context>
    <name>EncryptedVault</name>
    <message>
        <source>The encrypted vault file is damaged or not a Keyway vault.</source>
        <translation>Le fichier du coffre chiffré est endommagé ou n&apos;est pas un coffre Keyway.</translation>
    </message>
    <message>
        <source>The encrypted vault was written by a newer Keyway. Update Keyway to open it.</source>
        <translation>Le coffre chiffré a été écrit par un Keyway plus récent. Mettez Keyway à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The vault key could not be derived.</source>
        <translation>La clé du coffre n&apos;a pas pu être dérivée.</translation>
    </message>
    <message>
        <source>The encrypted vault could not be opened: the passphrase is wrong, or the file was changed.</source>
        <translation>Le coffre chiffré n&apos;a pas pu être ouvert : la phrase secrète est fausse, ou le fichier a été modifié.</translation>
    </message>
    <message>
        <source>The vault could not be encrypted.</source>
        <translation>Le coffre n&apos;a pas pu être chiffré.</translation>
    </message>
    <message>
        <source>An encrypted vault already exists at %1.</source>
        <translation>Un coffre chiffré existe déjà à %1.</translation>
    </message>
    <message>
        <source>There is no encrypted vault at %1.</source>
        <translation>Il n&apos;y a pas de coffre chiffré à %1.</translation>
    </message>
    <message>
        <source>The encrypted vault could not be read.</source>
        <translation>Le coffre chiffré n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The encrypted vault&apos;s passphrase was changed: unlock it again.</source>
        <translation>La phrase secrète du coffre chiffré a été changée : déverrouillez-le à nouveau.</translation>
    </message>
    <message>
        <source>The encrypted vault could not be written.</source>
        <translation>Le coffre chiffré n&apos;a pas pu être écrit.</translation>
    </message>
    <message numerus="yes">
        <source>The vault passphrase must be at least %n character(s) long.</source>
        <translation>
            <numerusform>La phrase secrète du coffre doit compter au moins %n caractère.</numerusform>
            <numerusform>La phrase secrète du coffre doit compter au moins %n caractères.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>Provider metadata read</source>
        <translation>Métadonnées du fournisseur lues</translation>
    </message>
    <message>
        <source>Provider metadata not read</source>
        <translation>Métadonnées du fournisseur non lues</translation>
    </message>
    <message>
        <source>Provider metadata</source>
        <translation>Métadonnées du fournisseur</translation>
    </message>
    <message>
        <source>Permission not offered</source>
        <translation>Autorisation non proposée</translation>
    </message>
    <message>
        <source>Sign-in request prepared</source>
        <translation>Requête de connexion préparée</translation>
    </message>
    <message>
        <source>Sign-in request not prepared</source>
        <translation>Requête de connexion non préparée</translation>
    </message>
    <message>
        <source>Sign-in request</source>
        <translation>Requête de connexion</translation>
    </message>
    <message>
        <source>Waiting for the browser&apos;s redirect</source>
        <translation>Attente de la redirection du navigateur</translation>
    </message>
    <message>
        <source>Could not wait for the redirect</source>
        <translation>Impossible d&apos;attendre la redirection</translation>
    </message>
    <message>
        <source>Redirect listener</source>
        <translation>Récepteur de redirection</translation>
    </message>
    <message>
        <source>Browser opened</source>
        <translation>Navigateur ouvert</translation>
    </message>
    <message>
        <source>Browser did not open</source>
        <translation>Navigateur non ouvert</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Browser came back</source>
        <translation>Retour du navigateur</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>Redirection refusée</translation>
    </message>
    <message>
        <source>Code exchanged for tokens</source>
        <translation>Code échangé contre des jetons</translation>
    </message>
    <message>
        <source>Code exchange failed</source>
        <translation>Échec de l&apos;échange du code</translation>
    </message>
    <message>
        <source>Code exchange</source>
        <translation>Échange du code</translation>
    </message>
    <message>
        <source>Token requested</source>
        <translation>Jeton demandé</translation>
    </message>
    <message>
        <source>Token request failed</source>
        <translation>Échec de la demande de jeton</translation>
    </message>
    <message>
        <source>Token received</source>
        <translation>Jeton reçu</translation>
    </message>
    <message>
        <source>Token request</source>
        <translation>Demande de jeton</translation>
    </message>
    <message>
        <source>Assertion signed</source>
        <translation>Assertion signée</translation>
    </message>
    <message>
        <source>Assertion not signed</source>
        <translation>Assertion non signée</translation>
    </message>
    <message>
        <source>Device code received</source>
        <translation>Code d&apos;appareil reçu</translation>
    </message>
    <message>
        <source>Device code request failed</source>
        <translation>Échec de la demande de code d&apos;appareil</translation>
    </message>
    <message>
        <source>Device code requested</source>
        <translation>Code d&apos;appareil demandé</translation>
    </message>
    <message>
        <source>Device code: the provider&apos;s answer was unusual</source>
        <translation>Code d&apos;appareil : la réponse du fournisseur était inhabituelle</translation>
    </message>
    <message>
        <source>Device approved, tokens received</source>
        <translation>Appareil approuvé, jetons reçus</translation>
    </message>
    <message>
        <source>Device sign-in failed</source>
        <translation>Échec de la connexion par appareil</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Attente de l&apos;approbation</translation>
    </message>
    <message>
        <source>Asked to wait longer between checks</source>
        <translation>Invité à espacer les vérifications</translation>
    </message>
    <message>
        <source>ID token checked</source>
        <translation>Jeton d&apos;identité vérifié</translation>
    </message>
    <message>
        <source>ID token refused</source>
        <translation>Jeton d&apos;identité refusé</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>Jeton d&apos;identité</translation>
    </message>
    <message>
        <source>Account identified</source>
        <translation>Compte identifié</translation>
    </message>
    <message>
        <source>Account not identified</source>
        <translation>Compte non identifié</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Reconnected</source>
        <translation>Reconnecté</translation>
    </message>
    <message>
        <source>Reconnect failed</source>
        <translation>Échec de la reconnexion</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnexion</translation>
    </message>
    <message>
        <source>Access token renewed</source>
        <translation>Jeton d&apos;accès renouvelé</translation>
    </message>
    <message>
        <source>Renewal failed</source>
        <translation>Échec du renouvellement</translation>
    </message>
    <message>
        <source>Renewal started</source>
        <translation>Renouvellement lancé</translation>
    </message>
    <message>
        <source>Saved in the keychain</source>
        <translation>Enregistré dans le trousseau</translation>
    </message>
    <message>
        <source>Keychain write failed</source>
        <translation>Échec de l&apos;écriture dans le trousseau</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>API accepted the token</source>
        <translation>L&apos;API a accepté le jeton</translation>
    </message>
    <message>
        <source>API refused the token</source>
        <translation>L&apos;API a refusé le jeton</translation>
    </message>
    <message>
        <source>API refused the token (401): renewing</source>
        <translation>L&apos;API a refusé le jeton (401) : renouvellement</translation>
    </message>
    <message>
        <source>API request allowed</source>
        <translation>Requête API autorisée</translation>
    </message>
    <message>
        <source>API refused: a permission is missing</source>
        <translation>Refus de l&apos;API : une autorisation manque</translation>
    </message>
    <message>
        <source>PKCE</source>
        <translation>PKCE</translation>
    </message>
    <message>
        <source>Signing in without PKCE</source>
        <translation>Connexion sans PKCE</translation>
    </message>
    <message>
        <source>Another address may receive the credential</source>
        <translation>Une autre adresse pourrait recevoir l&apos;identifiant</translation>
    </message>
    <message>
        <source>Checked: the provider accepts it</source>
        <translation>Vérifié : le fournisseur l&apos;accepte</translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation>Échec de la vérification</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Token introspected</source>
        <translation>Jeton inspecté</translation>
    </message>
    <message>
        <source>Introspection failed</source>
        <translation>Échec de l&apos;introspection</translation>
    </message>
    <message>
        <source>Introspection</source>
        <translation>Introspection</translation>
    </message>
    <message>
        <source>Revoked at the provider</source>
        <translation>Révoqué chez le fournisseur</translation>
    </message>
    <message>
        <source>Revocation failed</source>
        <translation>Échec de la révocation</translation>
    </message>
    <message>
        <source>Not revoked at the provider</source>
        <translation>Non révoqué chez le fournisseur</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Disconnect failed</source>
        <translation>Échec de la déconnexion</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Recovered from the keychain</source>
        <translation>Récupéré depuis le trousseau</translation>
    </message>
    <message>
        <source>Not recovered</source>
        <translation>Non récupéré</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>API requests</source>
        <translation>Requêtes API</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Révocation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <source>Sign-in request pushed to the provider</source>
        <translation>Demande de connexion transmise au fournisseur</translation>
    </message>
    <message>
        <source>Pushing the sign-in request failed</source>
        <translation>Échec de la transmission de la demande de connexion</translation>
    </message>
    <message>
        <source>Pushed sign-in request</source>
        <translation>Demande de connexion transmise</translation>
    </message>
    <message>
        <source>API asked for a fresh DPoP nonce: sent again</source>
        <translation>L’API a demandé un nouveau nonce DPoP : requête renvoyée</translation>
    </message>
    <message>
        <source>Token exchanged for another service</source>
        <translation>Jeton échangé contre un jeton pour un autre service</translation>
    </message>
    <message>
        <source>Token exchange refused</source>
        <translation>Échange de jeton refusé</translation>
    </message>
    <message>
        <source>Token exchange</source>
        <translation>Échange de jeton</translation>
    </message>
    <message>
        <source>Exchanged token saved as a connection</source>
        <translation>Jeton échangé enregistré comme connexion</translation>
    </message>
    <message>
        <source>Exchanged token not saved</source>
        <translation>Jeton échangé non enregistré</translation>
    </message>
    <message>
        <source>Exchanged token saved</source>
        <translation>Jeton échangé enregistré</translation>
    </message>
    <message>
        <source>Made from an exchanged token</source>
        <translation>Créée à partir d’un jeton échangé</translation>
    </message>
    <message>
        <source>Not made from the exchanged token</source>
        <translation>Non créée à partir du jeton échangé</translation>
    </message>
</context>
<context>
    <name>ExecCommand</name>
    <message>
        <source>Connection id (or a unique prefix), name, account, or integration id (its default)</source>
        <translation>Identifiant de la connexion (ou un préfixe unique), nom, compte ou identifiant d&apos;intégration (sa connexion par défaut)</translation>
    </message>
    <message>
        <source>The command to run, after --</source>
        <translation>La commande à lancer, après --</translation>
    </message>
    <message>
        <source>Put the credential in this environment variable instead of KEYWAY_ACCESS_TOKEN (repeatable)</source>
        <translation>Placer l&apos;identifiant dans cette variable d&apos;environnement au lieu de KEYWAY_ACCESS_TOKEN (répétable)</translation>
    </message>
    <message>
        <source>Refresh the token first</source>
        <translation>Actualiser d&apos;abord le jeton</translation>
    </message>
    <message>
        <source>give a CONNECTION, then -- and the COMMAND to run</source>
        <translation>donnez une CONNECTION, puis -- et la COMMAND à lancer</translation>
    </message>
    <message>
        <source>--env %1 is not a variable name a command can read</source>
        <translation>--env %1 n&apos;est pas un nom de variable qu&apos;une commande peut lire</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>impossible de lancer %1 : %2</translation>
    </message>
    <message>
        <source>Run a command with a connection&apos;s token in its environment</source>
        <translation>Lancer une commande avec le jeton d&apos;une connexion dans son environnement</translation>
    </message>
    <message>
        <source>the access token of %1 is bound to its DPoP key (RFC 9449): a server accepts it only with a fresh proof for each request, which COMMAND cannot make alone. Call the API with keyway request instead, or add --allow-bound-token when COMMAND gets a proof for each request from keyway token %1 --dpop-proof.</source>
        <translation>le jeton d’accès de %1 est lié à sa clé DPoP (RFC 9449) : un serveur ne l’accepte qu’avec une preuve neuve pour chaque requête, que COMMAND ne peut pas produire seul. Appelez plutôt l’API avec keyway request, ou ajoutez --allow-bound-token si COMMAND obtient une preuve pour chaque requête avec keyway token %1 --dpop-proof.</translation>
    </message>
    <message>
        <source>Hand over a DPoP-bound token (RFC 9449) too: COMMAND must send it as &quot;Authorization: DPoP&quot; with a fresh proof for each request, from keyway token CONNECTION --dpop-proof. KEYWAY_TOKEN_TYPE always says the token&apos;s type (Bearer, or DPoP for a bound token; unset for an API key or Basic credential), so COMMAND can pick the scheme</source>
        <translation>Remettre aussi un jeton lié à DPoP (RFC 9449) : COMMAND doit l’envoyer en « Authorization: DPoP » avec une preuve neuve pour chaque requête, obtenue par keyway token CONNECTION --dpop-proof. KEYWAY_TOKEN_TYPE donne toujours le type du jeton (Bearer, ou DPoP pour un jeton lié ; absent pour une clé d&apos;API ou un identifiant Basic), pour que COMMAND choisisse le schéma</translation>
    </message>
</context>
<context>
    <name>GitCredential</name>
    <message>
        <source>git sent a credential request Keyway cannot read.</source>
        <translation>git a envoyé une demande d&apos;identifiants que Keyway ne sait pas lire.</translation>
    </message>
    <message>
        <source>a NUL byte</source>
        <translation>un octet NUL</translation>
    </message>
    <message>
        <source>a line without key=value</source>
        <translation>une ligne sans key=value</translation>
    </message>
    <message numerus="yes">
        <source>more than %n byte(s)</source>
        <translation>
            <numerusform>plus de %n octet</numerusform>
            <numerusform>plus de %n octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GitCredentialCommand</name>
    <message>
        <source>get, store or erase (git gives it)</source>
        <translation>get, store ou erase (git le donne)</translation>
    </message>
    <message>
        <source>give get, store or erase (git runs this helper itself)</source>
        <translation>donnez get, store ou erase (git lance lui-même cet assistant)</translation>
    </message>
    <message>
        <source>several connections answer for %1 (%2): put the one to use in the URL&apos;s user name, e.g. https://NAME@%1/, or make one the default (keyway connections default INTEGRATION CONNECTION)</source>
        <translation>plusieurs connexions répondent pour %1 (%2) : mettez celle à utiliser dans le nom d&apos;utilisateur de l&apos;URL, p. ex. https://NAME@%1/, ou faites-en une la connexion par défaut (keyway connections default INTEGRATION CONNECTION)</translation>
    </message>
    <message>
        <source>the credential cannot be written in git&apos;s format</source>
        <translation>l&apos;identifiant ne peut pas être écrit au format de git</translation>
    </message>
    <message>
        <source>Give git a connection&apos;s token (credential helper)</source>
        <translation>Donner à git le jeton d&apos;une connexion (assistant d&apos;identification)</translation>
    </message>
    <message>
        <source>the access token of %1 is bound to its DPoP key (RFC 9449): a server accepts it only with a fresh proof for each request, which git cannot send. Give git a connection made without --dpop.</source>
        <translation>le jeton d’accès de %1 est lié à sa clé DPoP (RFC 9449) : un serveur ne l’accepte qu’avec une preuve neuve pour chaque requête, que git ne sait pas envoyer. Donnez à git une connexion établie sans --dpop.</translation>
    </message>
</context>
<context>
    <name>HandleRedirectCommand</name>
    <message>
        <source>The io.keyway.app: redirect URI the browser opened</source>
        <translation>L&apos;URI de redirection io.keyway.app: que le navigateur a ouverte</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>utilisation : %1</translation>
    </message>
    <message>
        <source>Hand an io.keyway.app: redirect to the waiting sign-in (run by the desktop)</source>
        <translation>Transmettre une redirection io.keyway.app: à la connexion en attente (lancé par le bureau)</translation>
    </message>
</context>
<context>
    <name>IdTokenValidator</name>
    <message>
        <source>The provider&apos;s sign-in answer contained an identity token Keyway could not read.</source>
        <translation>La réponse de connexion du fournisseur contenait un jeton d&apos;identité que Keyway n&apos;a pas pu lire.</translation>
    </message>
    <message>
        <source>The identity token is signed in a way Keyway does not accept.</source>
        <translation>Le jeton d&apos;identité est signé d&apos;une manière que Keyway n&apos;accepte pas.</translation>
    </message>
    <message>
        <source>The identity token was signed with a key the provider does not publish.</source>
        <translation>Le jeton d&apos;identité a été signé avec une clé que le fournisseur ne publie pas.</translation>
    </message>
    <message>
        <source>The identity token&apos;s signature is not valid. It may have been altered.</source>
        <translation>La signature du jeton d&apos;identité n&apos;est pas valide. Il a peut-être été modifié.</translation>
    </message>
    <message>
        <source>The identity token was issued by a different provider than expected.</source>
        <translation>Le jeton d&apos;identité a été émis par un autre fournisseur que celui attendu.</translation>
    </message>
    <message>
        <source>The identity token was issued for a different application.</source>
        <translation>Le jeton d&apos;identité a été émis pour une autre application.</translation>
    </message>
    <message>
        <source>The identity token was issued to a different application (authorized party).</source>
        <translation>Le jeton d&apos;identité a été émis pour une autre application (partie autorisée).</translation>
    </message>
    <message>
        <source>The identity token had already expired by this computer&apos;s clock when it arrived.</source>
        <translation>Le jeton d&apos;identité avait déjà expiré à son arrivée, selon l&apos;horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>The identity token is dated in the future by this computer&apos;s clock.</source>
        <translation>Le jeton d&apos;identité est daté dans le futur selon l&apos;horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>The identity token was issued too long ago by this computer&apos;s clock to be a new one.</source>
        <translation>Le jeton d&apos;identité a été émis il y a trop longtemps, selon l&apos;horloge de cet ordinateur, pour être récent.</translation>
    </message>
    <message>
        <source>The identity token does not belong to this sign-in attempt. Please sign in again.</source>
        <translation>Le jeton d&apos;identité n&apos;appartient pas à cette tentative de connexion. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>The provider did not confirm a recent enough sign-in. Please sign in again.</source>
        <translation>Le fournisseur n&apos;a pas confirmé de connexion assez récente. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Keyway could not download the provider&apos;s signing keys to check the identity token.</source>
        <translation>Keyway n&apos;a pas pu télécharger les clés de signature du fournisseur pour vérifier le jeton d&apos;identité.</translation>
    </message>
    <message>
        <source>The identity token from the refresh names a different user than the one who signed in.</source>
        <translation>Le jeton d&apos;identité de l&apos;actualisation désigne un autre utilisateur que celui qui s&apos;est connecté.</translation>
    </message>
    <message>
        <source>The identity token from the refresh gives a different sign-in time than the one who signed in.</source>
        <translation>Le jeton d&apos;identité de l&apos;actualisation donne une autre heure de connexion que celle de la connexion d&apos;origine.</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Connection id (or a unique prefix, or its name)</source>
        <translation>Identifiant de la connexion (ou un préfixe unique, ou son nom)</translation>
    </message>
    <message>
        <source>Print the redacted diagnostic bundle as JSON</source>
        <translation>Afficher le paquet de diagnostic expurgé en JSON</translation>
    </message>
    <message>
        <source>give exactly one CONNECTION</source>
        <translation>donnez exactement une CONNECTION</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>Auth mode</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Requested scopes</source>
        <translation>Scopes demandés</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>Scopes accordés</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Événements :</translation>
    </message>
    <message>
        <source>Show a connection&apos;s details, decoded tokens and events</source>
        <translation>Afficher les détails, les jetons décodés et les événements d&apos;une connexion</translation>
    </message>
    <message>
        <source>Granted details</source>
        <translation>Détails accordés</translation>
    </message>
</context>
<context>
    <name>IntegrationPage</name>
    <message>
        <source>Integration icon</source>
        <translation>Icône de l&apos;intégration</translation>
    </message>
    <message>
        <source>&amp;Remove integration…</source>
        <translation>&amp;Retirer l&apos;intégration…</translation>
    </message>
    <message>
        <source>Delete this custom integration&apos;s file (its connections stay in the list)</source>
        <translation>Supprimer le fichier de cette intégration personnalisée (ses connexions restent dans la liste)</translation>
    </message>
    <message>
        <source>Remove this custom integration</source>
        <translation>Retirer cette intégration personnalisée</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Connecter…</translation>
    </message>
    <message>
        <source>Connect an account of this integration (Ctrl+N)</source>
        <translation>Connecter un compte de cette intégration (Ctrl+N)</translation>
    </message>
    <message>
        <source>Opens the connect dialog for this integration</source>
        <translation>Ouvre la fenêtre de connexion de cette intégration</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>Avertissement de sécurité</translation>
    </message>
    <message>
        <source>Provider documentation link</source>
        <translation>Lien vers la documentation du fournisseur</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>No account is connected yet.</source>
        <translation>Aucun compte n&apos;est encore connecté.</translation>
    </message>
    <message>
        <source>Connections of this integration</source>
        <translation>Connexions de cette intégration</translation>
    </message>
    <message>
        <source>Press Enter to open the selected connection</source>
        <translation>Appuyez sur Entrée pour ouvrir la connexion sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Open connection</source>
        <translation>&amp;Ouvrir la connexion</translation>
    </message>
    <message>
        <source>Shows the selected connection&apos;s status, tokens, timeline and request console</source>
        <translation>Affiche l&apos;état, les jetons, la chronologie et la console de requêtes de la connexion sélectionnée</translation>
    </message>
    <message>
        <source>Ways to connect</source>
        <translation>Modes de connexion</translation>
    </message>
    <message>
        <source>Setup at the provider</source>
        <translation>Configuration chez le fournisseur</translation>
    </message>
    <message>
        <source>Redirect URI to register:</source>
        <translation>URI de redirection à enregistrer :</translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation>URI de redirection à enregistrer</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the redirect URI</source>
        <translation>Copier l&apos;URI de redirection</translation>
    </message>
    <message>
        <source>Copy redirect URI</source>
        <translation>Copier l&apos;URI de redirection</translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation>Étapes de configuration</translation>
    </message>
    <message>
        <source>Integration details</source>
        <translation>Détails de l&apos;intégration</translation>
    </message>
    <message>
        <source>ⓘ Provider text (the description and the details of the setup steps) is in English.</source>
        <translation>ⓘ Les textes du fournisseur (la description et le détail des étapes de configuration) sont en anglais.</translation>
    </message>
</context>
<context>
    <name>IntegrationsCommand</name>
    <message>
        <source>Added %1 as %2 (overrides the built-in integration of that id)</source>
        <translation>%1 ajoutée comme %2 (remplace l&apos;intégration intégrée de cet identifiant)</translation>
    </message>
    <message>
        <source>Added %1 as %2</source>
        <translation>%1 ajoutée comme %2</translation>
    </message>
    <message>
        <source>Imported %1 as %2 (overrides the built-in integration of that id)</source>
        <translation>%1 importée comme %2 (remplace l&apos;intégration intégrée de cet identifiant)</translation>
    </message>
    <message>
        <source>Imported %1 as %2</source>
        <translation>%1 importée comme %2</translation>
    </message>
    <message>
        <source>Warning: this file replaces the built-in %1 integration (its endpoints are unchanged)</source>
        <translation>Avertissement : ce fichier remplace l&apos;intégration intégrée %1 (ses points de terminaison sont inchangés)</translation>
    </message>
    <message>
        <source>Warning: this file replaces the built-in %1 integration; changed:</source>
        <translation>Avertissement : ce fichier remplace l&apos;intégration intégrée %1 ; modifié :</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>show, add, import, export or remove; none lists</source>
        <translation>show, add, import, export ou remove ; sans : liste</translation>
    </message>
    <message>
        <source>Print JSON</source>
        <translation>Afficher du JSON</translation>
    </message>
    <message>
        <source>Only this category</source>
        <translation>Seulement cette catégorie</translation>
    </message>
    <message>
        <source>Only integrations matching TEXT (name, alias, id, auth mode, description, scopes), best first</source>
        <translation>Seulement les intégrations correspondant à TEXT (nom, alias, identifiant, mode d&apos;authentification, description, scopes), les meilleures d&apos;abord</translation>
    </message>
    <message>
        <source>add: the issuer URL whose metadata gives the endpoints</source>
        <translation>add : l&apos;URL de l&apos;émetteur dont les métadonnées donnent les points de terminaison</translation>
    </message>
    <message>
        <source>add: the new integration&apos;s id (lower case letters, digits, -)</source>
        <translation>add : l&apos;identifiant de la nouvelle intégration (minuscules, chiffres, -)</translation>
    </message>
    <message>
        <source>add: the name shown</source>
        <translation>add : le nom affiché</translation>
    </message>
    <message>
        <source>add: the exact redirect URI registered at the provider (http://127.0.0.1:PORT/PATH, or io.keyway.app:/oauth2redirect), used by every connection; show: the one to show instead of the integration&apos;s</source>
        <translation>add : l&apos;URI de redirection exacte enregistrée chez le fournisseur (http://127.0.0.1:PORT/PATH ou io.keyway.app:/oauth2redirect), utilisée par chaque connexion ; show : celle à afficher à la place de celle de l&apos;intégration</translation>
    </message>
    <message>
        <source>show: a template variable to fill in the setup steps, e.g. subdomain=acme (repeatable)</source>
        <translation>show : une variable de modèle à remplir dans les étapes de configuration, p. ex. subdomain=acme (répétable)</translation>
    </message>
    <message>
        <source>add: allow plain http to the issuer&apos;s host and endpoints (test servers only; tokens are sent unencrypted)</source>
        <translation>add : autoriser le http en clair vers l&apos;hôte et les points de terminaison de l&apos;émetteur (serveurs de test uniquement ; les jetons sont envoyés sans chiffrement)</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>utilisation : %1</translation>
    </message>
    <message>
        <source>export ID FILE (- for standard output)</source>
        <translation>export ID FILE (- pour la sortie standard)</translation>
    </message>
    <message>
        <source>no temporary folder</source>
        <translation>aucun dossier temporaire</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 exportée vers %2</translation>
    </message>
    <message>
        <source>Removed the custom integration %1; the built-in one is used again</source>
        <translation>Intégration personnalisée %1 supprimée ; l&apos;intégration intégrée est de nouveau utilisée</translation>
    </message>
    <message>
        <source>Removed the custom integration %1</source>
        <translation>Intégration personnalisée %1 supprimée</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; (show, add, import, export, remove; none lists)</source>
        <translation>sous-commande inconnue « %1 » (show, add, import, export, remove ; sans : liste)</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>ignoré : %1</translation>
    </message>
    <message>
        <source>(custom, overrides built-in)</source>
        <translation>(personnalisée, remplace l&apos;intégrée)</translation>
    </message>
    <message>
        <source>add needs --issuer URL and --id ID</source>
        <translation>add demande --issuer URL et --id ID</translation>
    </message>
    <message>
        <source>Plain http to %1 is refused; --allow-insecure-http allows it for this integration (test servers only: tokens cross the network unencrypted).</source>
        <translation>Le http en clair vers %1 est refusé ; --allow-insecure-http l&apos;autorise pour cette intégration (serveurs de test uniquement : les jetons traversent le réseau sans chiffrement).</translation>
    </message>
    <message>
        <source>there is no integration &quot;%1&quot; (see keyway integrations)</source>
        <translation>il n&apos;y a pas d&apos;intégration « %1 » (voir keyway integrations)</translation>
    </message>
    <message>
        <source>expected KEY=VALUE, got &apos;%1&apos;</source>
        <translation>KEY=VALUE attendu, « %1 » reçu</translation>
    </message>
    <message>
        <source>List, show, add, import, export or remove integrations</source>
        <translation>Lister, afficher, ajouter, importer, exporter ou supprimer des intégrations</translation>
    </message>
    <message>
        <source>add --register: read the initial access token the provider requires from standard input</source>
        <translation>add --register : lire sur l&apos;entrée standard le jeton d&apos;accès initial exigé par le fournisseur</translation>
    </message>
    <message>
        <source>--initial-access-token-stdin goes with --register</source>
        <translation>--initial-access-token-stdin va avec --register</translation>
    </message>
    <message>
        <source>no initial access token on standard input</source>
        <translation>aucun jeton d&apos;accès initial sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>Registered Keyway at the provider as the client %1 (its secret is in the keychain)</source>
        <translation>Keyway est enregistré auprès du fournisseur comme client %1 (son secret est dans le trousseau)</translation>
    </message>
    <message>
        <source>Registered Keyway at the provider as the client %1</source>
        <translation>Keyway est enregistré auprès du fournisseur comme client %1</translation>
    </message>
    <message>
        <source>add: register Keyway as a client at the provider&apos;s registration endpoint (RFC 7591); the client is deleted there when the integration is removed or replaced</source>
        <translation>add : enregistrer Keyway comme client auprès du point de terminaison d&apos;enregistrement du fournisseur (RFC 7591) ; le client y est supprimé quand l&apos;intégration est retirée ou remplacée</translation>
    </message>
    <message>
        <source>add: bind every connection&apos;s tokens to a key pair of its own (DPoP, RFC 9449); with --register the client is registered for DPoP-bound tokens only</source>
        <translation>add : lier les jetons de chaque connexion à une paire de clés qui lui est propre (DPoP, RFC 9449) ; avec --register le client est enregistré pour des jetons liés à DPoP uniquement</translation>
    </message>
    <message>
        <source>add, import: replace a custom or built-in integration of the same id (a client Keyway registered for the replaced one is deleted at the provider)</source>
        <translation>add, import : remplacer une intégration personnalisée ou intégrée de même identifiant (un client que Keyway avait enregistré pour l&apos;intégration remplacée est supprimé chez le fournisseur)</translation>
    </message>
</context>
<context>
    <name>Jwk</name>
    <message>
        <source>The key (JWK) is not valid.</source>
        <translation>La clé (JWK) n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>This kind of key (JWK) is not supported.</source>
        <translation>Ce type de clé (JWK) n&apos;est pas pris en charge.</translation>
    </message>
</context>
<context>
    <name>Jwks</name>
    <message>
        <source>The provider&apos;s key set (JWKS) could not be read.</source>
        <translation>Le jeu de clés (JWKS) du fournisseur n&apos;a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>Jws</name>
    <message>
        <source>The token is not a well-formed signed JWT.</source>
        <translation>Le jeton n&apos;est pas un JWT signé bien formé.</translation>
    </message>
    <message>
        <source>The token is not signed (alg &quot;none&quot;). Keyway never accepts unsigned tokens.</source>
        <translation>Le jeton n&apos;est pas signé (alg « none »). Keyway n&apos;accepte jamais de jetons non signés.</translation>
    </message>
    <message>
        <source>The token is signed with a shared secret (HMAC), which Keyway does not accept here.</source>
        <translation>Le jeton est signé avec un secret partagé (HMAC), ce que Keyway n&apos;accepte pas ici.</translation>
    </message>
    <message>
        <source>The token is signed with an algorithm Keyway does not accept.</source>
        <translation>Le jeton est signé avec un algorithme que Keyway n&apos;accepte pas.</translation>
    </message>
    <message>
        <source>The token&apos;s signature cannot be checked with this key.</source>
        <translation>La signature du jeton ne peut pas être vérifiée avec cette clé.</translation>
    </message>
    <message>
        <source>The token&apos;s signature is not valid.</source>
        <translation>La signature du jeton n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Keyway could not sign the token.</source>
        <translation>Keyway n&apos;a pas pu signer le jeton.</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <source>This text is not a JWT.</source>
        <translation>Ce texte n&apos;est pas un JWT.</translation>
    </message>
    <message>
        <source>This token is encrypted (JWE); its contents cannot be shown.</source>
        <translation>Ce jeton est chiffré (JWE) ; son contenu ne peut pas être affiché.</translation>
    </message>
</context>
<context>
    <name>JwtDisplay</name>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
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
        <translation>dans %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>An encrypted JWT (JWE): its content cannot be shown.</source>
        <translation>Un JWT chiffré (JWE) : son contenu ne peut pas être affiché.</translation>
    </message>
    <message>
        <source>Looks like a JWT but its parts are not base64url JSON.</source>
        <translation>Ressemble à un JWT, mais ses parties ne sont pas du JSON base64url.</translation>
    </message>
    <message>
        <source>Opaque token: not a JWT, so only the provider can tell what it means.</source>
        <translation>Jeton opaque : pas un JWT, seul le fournisseur sait ce qu&apos;il signifie.</translation>
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
        <translation>Renouveler un jeton d&apos;actualisation autant de jours avant qu&apos;il n&apos;expire faute d&apos;usage (par défaut 3)</translation>
    </message>
    <message>
        <source>Warn this many days before a grant reaches its provider&apos;s absolute lifetime (default 14)</source>
        <translation>Avertir autant de jours avant qu&apos;une autorisation atteigne la durée de vie absolue fixée par son fournisseur (par défaut 14)</translation>
    </message>
    <message>
        <source>Run keep-alive daily as a systemd user timer (missed days made up at the next start)</source>
        <translation>Lancer keep-alive chaque jour avec un minuteur utilisateur systemd (les jours manqués sont rattrapés au prochain démarrage)</translation>
    </message>
    <message>
        <source>Remove the systemd user timer</source>
        <translation>Supprimer le minuteur utilisateur systemd</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 supprimé</translation>
    </message>
    <message>
        <source>The timer is enabled: keyway keep-alive runs daily (systemctl --user list-timers keyway-keep-alive.timer)</source>
        <translation>Le minuteur est activé : keyway keep-alive s&apos;exécute chaque jour (systemctl --user list-timers keyway-keep-alive.timer)</translation>
    </message>
    <message>
        <source>The timer is disabled.</source>
        <translation>Le minuteur est désactivé.</translation>
    </message>
    <message>
        <source>no timer was installed in %1</source>
        <translation>aucun minuteur n&apos;était installé dans %1</translation>
    </message>
    <message>
        <source>takes no CONNECTION: it looks at every connection</source>
        <translation>ne prend pas de CONNECTION : il examine chaque connexion</translation>
    </message>
    <message>
        <source>give --install or --uninstall, not both</source>
        <translation>donnez --install ou --uninstall, pas les deux</translation>
    </message>
    <message>
        <source>--margin-days and --warn-days take a whole number of days from 0 to 3650</source>
        <translation>--margin-days et --warn-days prennent un nombre entier de jours de 0 à 3650</translation>
    </message>
    <message>
        <source>no connection holds a refresh token</source>
        <translation>aucune connexion ne détient de jeton d&apos;actualisation</translation>
    </message>
    <message>
        <source>Renew refresh tokens before they lapse unused; warn before grants end</source>
        <translation>Renouveler les jetons d&apos;actualisation avant qu&apos;ils n&apos;expirent faute d&apos;usage ; avertir avant la fin des autorisations</translation>
    </message>
</context>
<context>
    <name>KeeperReport</name>
    <message>
        <source>reconnect</source>
        <translation>reconnecter</translation>
    </message>
    <message>
        <source>renewed</source>
        <translation>renouvelé</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>needs you</source>
        <translation>vous attend</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>Reconnect %1 before %2 (its grant ends then, whatever is done): keyway connect --reconnect %3</source>
        <translation>Reconnectez %1 avant %2 (son autorisation prend fin alors, quoi qu&apos;on fasse) : keyway connect --reconnect %3</translation>
    </message>
    <message>
        <source>; the grant ends %1, whatever is done</source>
        <translation> ; l&apos;autorisation prend fin %1, quoi qu&apos;on fasse</translation>
    </message>
    <message>
        <source>renewed before its refresh token lapsed unused; now good until %1 if left unused</source>
        <translation>renouvelé avant que son jeton d&apos;actualisation n&apos;expire faute d&apos;utilisation ; valable désormais jusqu&apos;au %1 sans utilisation</translation>
    </message>
    <message>
        <source>refresh token good until %1 if left unused</source>
        <translation>jeton d&apos;actualisation valable jusqu&apos;au %1 sans utilisation</translation>
    </message>
    <message>
        <source>the refresh token does not lapse unused</source>
        <translation>le jeton d&apos;actualisation n&apos;expire pas faute d&apos;utilisation</translation>
    </message>
    <message>
        <source>its provider documents no lifetime for its refresh token: nothing to keep alive</source>
        <translation>son fournisseur ne documente aucune durée de vie pour son jeton d&apos;actualisation : rien à maintenir</translation>
    </message>
    <message>
        <source>%1 needs re-authorization%2: keyway connect --reconnect %3</source>
        <translation>%1 nécessite une réautorisation%2 : keyway connect --reconnect %3</translation>
    </message>
    <message>
        <source>renewal failed, will be tried again: %1</source>
        <translation>échec du renouvellement, nouvel essai plus tard : %1</translation>
    </message>
</context>
<context>
    <name>KeeperTimer</name>
    <message>
        <source>Keyway could not write %1.</source>
        <translation>Keyway n&apos;a pas pu écrire %1.</translation>
    </message>
</context>
<context>
    <name>KeyCommand</name>
    <message>
        <source>generate: a new key pair; public: the public JWK of a key</source>
        <translation>generate : une nouvelle paire de clés ; public : la JWK publique d&apos;une clé</translation>
    </message>
    <message>
        <source>public: the PEM private key file</source>
        <translation>public : le fichier de clé privée PEM</translation>
    </message>
    <message>
        <source>generate: RS256 (RSA 2048) or ES256 (EC P-256, the default)</source>
        <translation>generate : RS256 (RSA 2048) ou ES256 (EC P-256, par défaut)</translation>
    </message>
    <message>
        <source>generate: file to write the private key to (PEM, mode 0600)</source>
        <translation>generate : fichier où écrire la clé privée (PEM, mode 0600)</translation>
    </message>
    <message>
        <source>generate: replace an existing --out file</source>
        <translation>generate : remplacer un fichier --out existant</translation>
    </message>
    <message>
        <source>public: the key stored for this connection</source>
        <translation>public : la clé conservée pour cette connexion</translation>
    </message>
    <message>
        <source>say generate or public (see keyway key --help)</source>
        <translation>dites generate ou public (voir keyway key --help)</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: say generate or public</source>
        <translation>action inconnue « %1 » : dites generate ou public</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--alg takes RS256 or ES256, not &apos;%1&apos;</source>
        <translation>--alg prend RS256 ou ES256, pas « %1 »</translation>
    </message>
    <message>
        <source>give --out PATH for the private key (it is not printed)</source>
        <translation>donnez --out PATH pour la clé privée (elle n&apos;est pas affichée)</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>impossible de remplacer %1 : %2</translation>
    </message>
    <message>
        <source>%1 exists (use --force to replace it)</source>
        <translation>%1 existe (utilisez --force pour le remplacer)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Private key written to %1 (readable by you only). Register the public JWK above with the provider,
then connect with --private-key-file %1 (Keyway keeps its own copy in the keychain).</source>
        <translation>Clé privée écrite dans %1 (lisible par vous seul). Enregistrez la JWK publique ci-dessus auprès du fournisseur,
puis connectez-vous avec --private-key-file %1 (Keyway en garde sa propre copie dans le trousseau).</translation>
    </message>
    <message>
        <source>give either a PEM-FILE or --connection CONNECTION</source>
        <translation>donnez soit un PEM-FILE, soit --connection CONNECTION</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>this connection keeps no private key</source>
        <translation>cette connexion ne conserve aucune clé privée</translation>
    </message>
    <message>
        <source>Generate a signing key pair or show a public JWK</source>
        <translation>Générer une paire de clés de signature ou afficher une JWK publique</translation>
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
        <translation>Avis</translation>
    </message>
    <message>
        <source>Sandbox faults</source>
        <translation>Pannes du bac à sable</translation>
    </message>
    <message>
        <source>Your connections</source>
        <translation>Vos connexions</translation>
    </message>
    <message>
        <source>Every connection at a glance, with what needs you first (Ctrl+Shift+H)</source>
        <translation>Toutes les connexions d&apos;un coup d&apos;œil, ce qui vous attend en premier (Ctrl+Maj+H)</translation>
    </message>
    <message>
        <source>Search integrations (Ctrl+F)</source>
        <translation>Rechercher des intégrations (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search integrations</source>
        <translation>Rechercher des intégrations</translation>
    </message>
    <message>
        <source>Filters the list by name, id, category or scope as you type</source>
        <translation>Filtre la liste par nom, identifiant, catégorie ou scope pendant la saisie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Shows only integrations of one category, or only connected ones</source>
        <translation>N&apos;affiche que les intégrations d&apos;une catégorie, ou seulement celles connectées</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <source>Select an integration to see its details and connections</source>
        <translation>Sélectionnez une intégration pour voir ses détails et ses connexions</translation>
    </message>
    <message>
        <source>No integration matches. Try fewer words or another category.</source>
        <translation>Aucune intégration ne correspond. Essayez moins de mots ou une autre catégorie.</translation>
    </message>
    <message>
        <source>Add c&amp;ustom integration…</source>
        <translation>Ajouter une intégration &amp;personnalisée…</translation>
    </message>
    <message>
        <source>Add a provider that is not in the list, from its issuer URL (Ctrl+Shift+N)</source>
        <translation>Ajouter un fournisseur absent de la liste, à partir de son URL d&apos;émetteur (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>Add custom integration</source>
        <translation>Ajouter une intégration personnalisée</translation>
    </message>
    <message>
        <source>Reads the provider&apos;s OpenID Connect or OAuth metadata from its issuer URL</source>
        <translation>Lit les métadonnées OpenID Connect ou OAuth du fournisseur depuis son URL d&apos;émetteur</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Connecter…</translation>
    </message>
    <message>
        <source>Connect an account of the selected integration</source>
        <translation>Connecter un compte de l&apos;intégration sélectionnée</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Find integration</source>
        <translation>&amp;Trouver une intégration</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Add a provider that is not in the list, from its issuer URL</source>
        <translation>Ajouter un fournisseur absent de la liste, à partir de son URL d&apos;émetteur</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Unlock vault…</source>
        <translation>&amp;Déverrouiller le coffre…</translation>
    </message>
    <message>
        <source>Enter the passphrase of Keyway&apos;s encrypted secret vault</source>
        <translation>Saisir la phrase secrète du coffre de secrets chiffré de Keyway</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualiser maintenant</translation>
    </message>
    <message>
        <source>Refresh the access token of the open connection</source>
        <translation>Actualiser le jeton d&apos;accès de la connexion ouverte</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Re&amp;connect…</source>
        <translation>Re&amp;connecter…</translation>
    </message>
    <message>
        <source>Sign in again to renew the grant of the open connection</source>
        <translation>Se reconnecter pour renouveler l&apos;autorisation de la connexion ouverte</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Copy &amp;access token</source>
        <translation>Copier le jeton d&apos;&amp;accès</translation>
    </message>
    <message>
        <source>Copies the access token; the clipboard is cleared after 30 seconds</source>
        <translation>Copie le jeton d&apos;accès ; le presse-papiers est vidé au bout de 30 secondes</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Open in request &amp;console</source>
        <translation>Ouvrir dans la &amp;console de requêtes</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Export diagnostic bundle…</source>
        <translation>&amp;Exporter un paquet de diagnostic…</translation>
    </message>
    <message>
        <source>Saves the connection&apos;s events, history and decoded claims without any secret</source>
        <translation>Enregistre les événements, l&apos;historique et les claims décodés de la connexion, sans aucun secret</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Déconnecter…</translation>
    </message>
    <message>
        <source>Revokes the grant at the provider and forgets the connection</source>
        <translation>Révoque l&apos;autorisation chez le fournisseur et oublie la connexion</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Back to integration</source>
        <translation>&amp;Retour à l&apos;intégration</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Sandbox panel</source>
        <translation>Panneau du &amp;bac à sable</translation>
    </message>
    <message>
        <source>Start or stop the built-in Keyway Sandbox and switch its faults on and off</source>
        <translation>Démarrer ou arrêter le Keyway Sandbox intégré et activer ou désactiver ses pannes</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Your &amp;connections</source>
        <translation>Vos &amp;connexions</translation>
    </message>
    <message>
        <source>Every connection with its status, expiry and last request</source>
        <translation>Chaque connexion avec son état, son expiration et sa dernière requête</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Show &amp;sidebar</source>
        <translation>Afficher la barre &amp;latérale</translation>
    </message>
    <message>
        <source>Show or hide the list of integrations on the left</source>
        <translation>Afficher ou masquer la liste des intégrations à gauche</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation>Tous les raccourcis clavier de la fenêtre</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About Keyway</source>
        <translation>À &amp;propos de Keyway</translation>
    </message>
</context>
<context>
    <name>MaskedField</name>
    <message>
        <source>%1, masked</source>
        <translation>%1, masqué</translation>
    </message>
    <message>
        <source>The value is hidden: only dots are shown.</source>
        <translation>La valeur est masquée : seuls des points sont affichés.</translation>
    </message>
    <message>
        <source>The value is shown in full.</source>
        <translation>La valeur est affichée en entier.</translation>
    </message>
</context>
<context>
    <name>MessagePanel</name>
    <message>
        <source>Details for support</source>
        <translation>Détails pour l&apos;assistance</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
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
        <translation>Comptabilité</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>RH</translation>
    </message>
    <message>
        <source>Ticketing</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>Calendar and email</source>
        <translation>Agenda et e-mail</translation>
    </message>
    <message>
        <source>File storage</source>
        <translation>Stockage de fichiers</translation>
    </message>
    <message>
        <source>Developer tools</source>
        <translation>Outils de développement</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>Productivité</translation>
    </message>
    <message>
        <source>Commerce</source>
        <translation>Commerce</translation>
    </message>
    <message>
        <source>Analytics and data</source>
        <translation>Analyse et données</translation>
    </message>
    <message>
        <source>Cloud and infrastructure</source>
        <translation>Cloud et infrastructure</translation>
    </message>
    <message>
        <source>Social and advertising</source>
        <translation>Réseaux sociaux et publicité</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Générique</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Sign in with the browser (OAuth 2.0 authorization code)</source>
        <translation>Se connecter dans le navigateur (code d&apos;autorisation OAuth 2.0)</translation>
    </message>
    <message>
        <source>Client credentials (OAuth 2.0, no user)</source>
        <translation>Identifiants client (OAuth 2.0, sans utilisateur)</translation>
    </message>
    <message>
        <source>Service account (JWT bearer grant)</source>
        <translation>Compte de service (octroi JWT bearer)</translation>
    </message>
    <message>
        <source>Device code (sign in on another device)</source>
        <translation>Code d&apos;appareil (se connecter sur un autre appareil)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>User name and password (HTTP Basic)</source>
        <translation>Nom d&apos;utilisateur et mot de passe (HTTP Basic)</translation>
    </message>
    <message>
        <source>Paste a bearer token</source>
        <translation>Coller un jeton bearer</translation>
    </message>
    <message>
        <source>You need a client ID (and usually a secret) from the provider&apos;s developer console. Keyway opens your browser to sign in.</source>
        <translation>Il vous faut un identifiant client (et généralement un secret) depuis la console développeur du fournisseur. Keyway ouvre votre navigateur pour la connexion.</translation>
    </message>
    <message>
        <source>You need a client ID and secret of an application that may call the API on its own behalf.</source>
        <translation>Il vous faut l&apos;identifiant client et le secret d&apos;une application autorisée à appeler l&apos;API pour son propre compte.</translation>
    </message>
    <message>
        <source>You need a service account key file or a private key; Keyway signs an assertion with it.</source>
        <translation>Il vous faut un fichier de clé de compte de service ou une clé privée ; Keyway signe une assertion avec.</translation>
    </message>
    <message>
        <source>You need a client ID. Keyway shows a code to enter on another device.</source>
        <translation>Il vous faut un identifiant client. Keyway affiche un code à saisir sur un autre appareil.</translation>
    </message>
    <message>
        <source>You need an API key or personal access token from the provider.</source>
        <translation>Il vous faut une clé d&apos;API ou un jeton d&apos;accès personnel du fournisseur.</translation>
    </message>
    <message>
        <source>You need a user name and a password or API token.</source>
        <translation>Il vous faut un nom d&apos;utilisateur et un mot de passe ou jeton d&apos;API.</translation>
    </message>
    <message>
        <source>Paste an access token you already have. Keyway cannot refresh it.</source>
        <translation>Collez un jeton d&apos;accès que vous avez déjà. Keyway ne peut pas l&apos;actualiser.</translation>
    </message>
</context>
<context>
    <name>OutgoingRequest</name>
    <message>
        <source>Enter a full URL (https://...).</source>
        <translation>Saisissez une URL complète (https://...).</translation>
    </message>
    <message>
        <source>%1 is not one of this connection&apos;s origins, so its credential is not sent there.</source>
        <translation>%1 ne fait pas partie des origines de cette connexion, son identifiant n&apos;y est donc pas envoyé.</translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <source>This is not a PEM private key Keyway can read.</source>
        <translation>Ce n&apos;est pas une clé privée PEM que Keyway sait lire.</translation>
    </message>
    <message>
        <source>This kind of private key is not supported. Use an RSA key of at least 2048 bits, an EC key on P-256, P-384 or P-521, or an Ed25519 key.</source>
        <translation>Ce type de clé privée n&apos;est pas pris en charge. Utilisez une clé RSA d&apos;au moins 2048 bits, une clé EC sur P-256, P-384 ou P-521, ou une clé Ed25519.</translation>
    </message>
    <message>
        <source>This private key is protected by a passphrase. Export it without a passphrase (for example with &quot;openssl pkey -in key.pem -out key-unencrypted.pem&quot;) and import that file; Keyway keeps it in the system keychain.</source>
        <translation>Cette clé privée est protégée par une phrase secrète. Exportez-la sans phrase secrète (par exemple avec « openssl pkey -in key.pem -out key-unencrypted.pem ») et importez ce fichier ; Keyway la garde dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Keyway could not generate a key pair.</source>
        <translation>Keyway n&apos;a pas pu générer de paire de clés.</translation>
    </message>
    <message>
        <source>This is a public key or certificate. Keyway needs the private key that belongs to it.</source>
        <translation>C&apos;est une clé publique ou un certificat. Keyway a besoin de la clé privée qui lui correspond.</translation>
    </message>
</context>
<context>
    <name>PrivateKeyPanel</name>
    <message>
        <source>No private key loaded.</source>
        <translation>Aucune clé privée chargée.</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>From &amp;file…</source>
        <translation>Depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>Load private key from a PEM file</source>
        <translation>Charger la clé privée depuis un fichier PEM</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Paste private key from the clipboard</source>
        <translation>Coller la clé privée depuis le presse-papiers</translation>
    </message>
    <message>
        <source>Key type to generate</source>
        <translation>Type de clé à générer</translation>
    </message>
    <message>
        <source>&amp;Generate key pair</source>
        <translation>&amp;Générer une paire de clés</translation>
    </message>
    <message>
        <source>Generate a new key pair</source>
        <translation>Générer une nouvelle paire de clés</translation>
    </message>
    <message>
        <source>Keyway keeps the private key in the keychain; register the public key it shows at the provider</source>
        <translation>Keyway garde la clé privée dans le trousseau ; enregistrez chez le fournisseur la clé publique affichée</translation>
    </message>
    <message>
        <source>Register this public key with the provider (as a JWK or PEM, whichever it asks for). The private key stays in Keyway&apos;s keychain.</source>
        <translation>Enregistrez cette clé publique chez le fournisseur (en JWK ou en PEM, selon ce qu&apos;il demande). La clé privée reste dans le trousseau de Keyway.</translation>
    </message>
    <message>
        <source>Public key to register (JWK)</source>
        <translation>Clé publique à enregistrer (JWK)</translation>
    </message>
    <message>
        <source>Cop&amp;y public JWK</source>
        <translation>Cop&amp;ier le JWK public</translation>
    </message>
    <message>
        <source>Copy the public JWK</source>
        <translation>Copier le JWK public</translation>
    </message>
    <message>
        <source>Copy public P&amp;EM</source>
        <translation>Copier le P&amp;EM public</translation>
    </message>
    <message>
        <source>Copy the public key as PEM</source>
        <translation>Copier la clé publique au format PEM</translation>
    </message>
</context>
<context>
    <name>ProtocolError</name>
    <message>
        <source>The provider redirected the request instead of answering with %1. Check the endpoint address.</source>
        <translation>Le fournisseur a redirigé la requête au lieu de répondre par %1. Vérifiez l&apos;adresse du point de terminaison.</translation>
    </message>
    <message>
        <source>The provider refused the request: the credentials were not accepted.</source>
        <translation>Le fournisseur a refusé la requête : les identifiants n&apos;ont pas été acceptés.</translation>
    </message>
    <message>
        <source>The provider refused the request instead of answering with %1.</source>
        <translation>Le fournisseur a refusé la requête au lieu de répondre par %1.</translation>
    </message>
    <message>
        <source>The provider rejected the request as malformed. Check the connection&apos;s settings.</source>
        <translation>Le fournisseur a rejeté la requête comme mal formée. Vérifiez les paramètres de la connexion.</translation>
    </message>
    <message>
        <source>The client id or secret was rejected.</source>
        <translation>L&apos;identifiant ou le secret client a été rejeté.</translation>
    </message>
    <message>
        <source>The authorization is no longer valid: connect again.</source>
        <translation>L&apos;autorisation n&apos;est plus valable : reconnectez-vous.</translation>
    </message>
    <message>
        <source>This client is not allowed to use this kind of authorization at the provider.</source>
        <translation>Ce client n&apos;est pas autorisé à utiliser ce type d&apos;autorisation chez le fournisseur.</translation>
    </message>
    <message>
        <source>The provider does not support this kind of authorization.</source>
        <translation>Le fournisseur ne prend pas en charge ce type d&apos;autorisation.</translation>
    </message>
    <message>
        <source>The provider rejected the requested permissions (scopes).</source>
        <translation>Le fournisseur a rejeté les autorisations (scopes) demandées.</translation>
    </message>
    <message>
        <source>The request was denied.</source>
        <translation>La requête a été refusée.</translation>
    </message>
    <message>
        <source>The provider had a problem answering. Try again later.</source>
        <translation>Le fournisseur a eu un problème pour répondre. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The provider is temporarily unavailable. Try again later.</source>
        <translation>Le fournisseur est temporairement indisponible. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The access token was rejected: it may have expired or been revoked.</source>
        <translation>Le jeton d&apos;accès a été rejeté : il a peut-être expiré ou été révoqué.</translation>
    </message>
    <message>
        <source>The access token does not have the permissions (scopes) this request needs.</source>
        <translation>Le jeton d&apos;accès n&apos;a pas les autorisations (scopes) dont cette requête a besoin.</translation>
    </message>
    <message>
        <source>The provider cannot revoke this kind of token.</source>
        <translation>Le fournisseur ne peut pas révoquer ce type de jeton.</translation>
    </message>
    <message>
        <source>Waiting for the request to be approved on the other device.</source>
        <translation>En attente de l&apos;approbation de la requête sur l&apos;autre appareil.</translation>
    </message>
    <message>
        <source>The provider asked to check less often.</source>
        <translation>Le fournisseur a demandé de vérifier moins souvent.</translation>
    </message>
    <message>
        <source>The code expired before it was approved: start again.</source>
        <translation>Le code a expiré avant d&apos;être approuvé : recommencez.</translation>
    </message>
    <message>
        <source>The provider rejected the requested resource or audience.</source>
        <translation>Le fournisseur a rejeté la ressource ou l&apos;audience demandée.</translation>
    </message>
    <message>
        <source>The provider refused the request (%1).</source>
        <translation>Le fournisseur a refusé la requête (%1).</translation>
    </message>
</context>
<context>
    <name>RedirectTarget</name>
    <message>
        <source>The redirect URI must start with http://127.0.0.1:PORT/ or %1:.</source>
        <translation>L&apos;URI de redirection doit commencer par http://127.0.0.1:PORT/ ou %1:.</translation>
    </message>
    <message>
        <source>Keyway&apos;s app redirect URI is exactly %1.</source>
        <translation>L&apos;URI de redirection d&apos;application de Keyway est exactement %1.</translation>
    </message>
    <message>
        <source>Keyway cannot receive an https redirect: it listens with plain http on this computer&apos;s loopback address (RFC 8252 §7.3). Register http://127.0.0.1:PORT/callback at the provider, or %1 where it accepts an app&apos;s own scheme.</source>
        <translation>Keyway ne peut pas recevoir de redirection https : il écoute en http non chiffré sur l&apos;adresse de bouclage de cet ordinateur (RFC 8252 §7.3). Enregistrez http://127.0.0.1:PORT/callback chez le fournisseur, ou %1 là où il accepte le schéma propre d&apos;une application.</translation>
    </message>
    <message>
        <source>The desktop hands only %1: redirects to Keyway; &quot;%2:&quot; would open another program.</source>
        <translation>Le bureau ne transmet à Keyway que les redirections %1: ; « %2: » ouvrirait un autre programme.</translation>
    </message>
    <message>
        <source>The redirect URI is not a valid URL.</source>
        <translation>L&apos;URI de redirection n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The redirect URI must not carry user info, a query or a fragment (RFC 6749 §3.1.2).</source>
        <translation>L&apos;URI de redirection ne doit contenir ni informations d&apos;utilisateur, ni requête, ni fragment (RFC 6749 §3.1.2).</translation>
    </message>
    <message>
        <source>Keyway can only receive a redirect on this computer: the host must be 127.0.0.1, [::1] or localhost, not %1.</source>
        <translation>Keyway ne peut recevoir une redirection que sur cet ordinateur : l&apos;hôte doit être 127.0.0.1, [::1] ou localhost, pas %1.</translation>
    </message>
    <message>
        <source>Port 0 cannot be registered; give the port the provider has, or none if it accepts any.</source>
        <translation>Le port 0 ne peut pas être enregistré ; indiquez le port dont dispose le fournisseur, ou aucun s&apos;il les accepte tous.</translation>
    </message>
    <message>
        <source>The redirect URI needs a path, such as /callback.</source>
        <translation>L&apos;URI de redirection a besoin d&apos;un chemin, comme /callback.</translation>
    </message>
    <message>
        <source>The redirect path may hold only letters, digits and - . _ ~ /.</source>
        <translation>Le chemin de redirection ne peut contenir que des lettres, des chiffres et - . _ ~ /.</translation>
    </message>
</context>
<context>
    <name>RefreshedIdToken</name>
    <message>
        <source>The refreshed tokens were refused and the previous ones kept: %1</source>
        <translation>Les jetons actualisés ont été refusés et les précédents conservés : %1</translation>
    </message>
    <message>
        <source>The provider publishes no keys (jwks_uri), so its ID token cannot be checked.</source>
        <translation>Le fournisseur ne publie aucune clé (jwks_uri), son jeton d&apos;identité ne peut donc pas être vérifié.</translation>
    </message>
</context>
<context>
    <name>RequestCommand</name>
    <message>
        <source>Connection id (or a unique prefix, or its name)</source>
        <translation>Identifiant de la connexion (ou un préfixe unique, ou son nom)</translation>
    </message>
    <message>
        <source>Absolute URL, or a path relative to the integration&apos;s API base</source>
        <translation>URL absolue, ou chemin relatif à la base d&apos;API de l&apos;intégration</translation>
    </message>
    <message>
        <source>Request header &quot;Name: value&quot; (repeatable)</source>
        <translation>En-tête de requête « Name: value » (répétable)</translation>
    </message>
    <message>
        <source>Request body; @FILE reads a file, @- standard input</source>
        <translation>Corps de la requête ; @FILE lit un fichier, @- l&apos;entrée standard</translation>
    </message>
    <message>
        <source>Print the status line and response headers</source>
        <translation>Afficher la ligne d&apos;état et les en-têtes de la réponse</translation>
    </message>
    <message>
        <source>Also send the credential to this origin (https://host[:port]), which is not one of the connection&apos;s (repeatable)</source>
        <translation>Envoyer aussi l&apos;identifiant à cette origine (https://host[:port]), qui n&apos;est pas l&apos;une de celles de la connexion (répétable)</translation>
    </message>
    <message>
        <source>give CONNECTION METHOD URL</source>
        <translation>donnez CONNECTION METHOD URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HTTP method</source>
        <translation>« %1 » n&apos;est pas une méthode HTTP</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>« %1 » n&apos;est pas une URL valide</translation>
    </message>
    <message>
        <source>header &apos;%1&apos; is not &quot;Name: value&quot;</source>
        <translation>l&apos;en-tête « %1 » n&apos;est pas de la forme &quot;Name: value&quot;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an origin (https://host[:port])</source>
        <translation>« %1 » n&apos;est pas une origine (https://host[:port])</translation>
    </message>
    <message>
        <source>%1 Add --allow-origin ORIGIN to send it there anyway (its origins: %2).</source>
        <translation>%1 Ajoutez --allow-origin ORIGIN pour l&apos;y envoyer quand même (ses origines : %2).</translation>
    </message>
    <message numerus="yes">
        <source>the answer was cut off at %n byte(s)</source>
        <translation>
            <numerusform>la réponse a été coupée à %n octet</numerusform>
            <numerusform>la réponse a été coupée à %n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (keyway connect --reconnect %2 --scope &quot;%3&quot;)</source>
        <translation>%1 (keyway connect --reconnect %2 --scope &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>HTTP %1 %2 (after a refresh and retry)</source>
        <translation>HTTP %1 %2 (après une actualisation et une nouvelle tentative)</translation>
    </message>
    <message>
        <source>Send an API request with a connection&apos;s credential</source>
        <translation>Envoyer une requête d&apos;API avec l&apos;identifiant d&apos;une connexion</translation>
    </message>
</context>
<context>
    <name>RequestConsole</name>
    <message>
        <source>HTTP method</source>
        <translation>Méthode HTTP</translation>
    </message>
    <message>
        <source>Request URL</source>
        <translation>URL de la requête</translation>
    </message>
    <message>
        <source>Absolute, or relative to the integration&apos;s API address. Ctrl+Return sends.</source>
        <translation>Absolue, ou relative à l&apos;adresse de l&apos;API de l&apos;intégration. Ctrl+Entrée envoie.</translation>
    </message>
    <message>
        <source>https://api.example.com/v1/me or /v1/me</source>
        <translation>https://api.example.com/v1/me ou /v1/me</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send the request with this connection&apos;s credential (Ctrl+Return)</source>
        <translation>Envoyer la requête avec l&apos;identifiant de cette connexion (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the request in flight (Esc)</source>
        <translation>Arrêter la requête en cours (Échap)</translation>
    </message>
    <message>
        <source>Request &amp;headers</source>
        <translation>&amp;En-têtes de la requête</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>En-têtes de la requête</translation>
    </message>
    <message>
        <source>&amp;Add header</source>
        <translation>&amp;Ajouter un en-tête</translation>
    </message>
    <message>
        <source>&amp;Remove header</source>
        <translation>&amp;Retirer l&apos;en-tête</translation>
    </message>
    <message>
        <source>The connection&apos;s credential is added when the request is sent.</source>
        <translation>L&apos;identifiant de la connexion est ajouté à l&apos;envoi de la requête.</translation>
    </message>
    <message>
        <source>Request &amp;body</source>
        <translation>&amp;Corps de la requête</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>Request body (e.g. JSON). Add a Content-Type header to match.</source>
        <translation>Corps de la requête (p. ex. JSON). Ajoutez un en-tête Content-Type correspondant.</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Request history</source>
        <translation>Historique des requêtes</translation>
    </message>
    <message>
        <source>Enter loads the request into the form</source>
        <translation>Entrée charge la requête dans le formulaire</translation>
    </message>
    <message>
        <source>&amp;Load into form</source>
        <translation>&amp;Charger dans le formulaire</translation>
    </message>
    <message>
        <source>R&amp;e-run</source>
        <translation>R&amp;elancer</translation>
    </message>
    <message>
        <source>Response status</source>
        <translation>État de la réponse</translation>
    </message>
    <message>
        <source>Include the &amp;credential</source>
        <translation>Inclure l&apos;&amp;identifiant</translation>
    </message>
    <message>
        <source>Off: the credential is masked in the copied command</source>
        <translation>Désactivé : l&apos;identifiant est masqué dans la commande copiée</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Copier en c&amp;URL</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>Sa&amp;ve body…</source>
        <translation>En&amp;registrer le corps…</translation>
    </message>
    <message>
        <source>&amp;Pretty</source>
        <translation>&amp;Mis en forme</translation>
    </message>
    <message>
        <source>Response body, formatted</source>
        <translation>Corps de la réponse, mis en forme</translation>
    </message>
    <message>
        <source>Ra&amp;w</source>
        <translation>&amp;Brut</translation>
    </message>
    <message>
        <source>Response body, raw</source>
        <translation>Corps de la réponse, brut</translation>
    </message>
    <message>
        <source>Response hea&amp;ders</source>
        <translation>En-&amp;têtes de la réponse</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>En-têtes de la réponse</translation>
    </message>
</context>
<context>
    <name>ResponseBody</name>
    <message>
        <source>The provider&apos;s answer is too large to be %1.</source>
        <translation>La réponse du fournisseur est trop volumineuse pour être %1.</translation>
    </message>
    <message>
        <source>The provider sent an empty answer instead of %1.</source>
        <translation>Le fournisseur a envoyé une réponse vide au lieu de %1.</translation>
    </message>
    <message>
        <source>The provider answered with a web page instead of %1.</source>
        <translation>Le fournisseur a répondu par une page web au lieu de %1.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer could not be read as %1.</source>
        <translation>La réponse du fournisseur n&apos;a pas pu être lue comme %1.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer is not valid JSON, so it could not be read as %1.</source>
        <translation>La réponse du fournisseur n&apos;est pas du JSON valide, elle n&apos;a donc pas pu être lue comme %1.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer is JSON but not an object, so it could not be read as %1.</source>
        <translation>La réponse du fournisseur est du JSON mais pas un objet, elle n&apos;a donc pas pu être lue comme %1.</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>The sandbox&apos;s port on 127.0.0.1 (default %1; each port has its own store; 0 with serve: any free port, state in memory only)</source>
        <translation>Le port du bac à sable sur 127.0.0.1 (par défaut %1 ; chaque port a son propre stockage ; 0 avec serve : n&apos;importe quel port libre, état en mémoire seulement)</translation>
    </message>
    <message>
        <source>faults, personalities, log: print JSON</source>
        <translation>faults, personalities, log : afficher du JSON</translation>
    </message>
    <message>
        <source>serve: access token lifetime in seconds (default 3600; kept in the store)</source>
        <translation>serve : durée de vie des jetons d&apos;accès en secondes (par défaut 3600 ; conservée dans le stockage)</translation>
    </message>
    <message>
        <source>serve: device flow polling interval in seconds (default 5; kept in the store)</source>
        <translation>serve : intervalle d&apos;interrogation du flux d&apos;appareil en secondes (par défaut 5 ; conservé dans le stockage)</translation>
    </message>
    <message>
        <source>serve: switch a fault on from the start (repeatable)</source>
        <translation>serve : activer une panne dès le départ (répétable)</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>utilisation : %1</translation>
    </message>
    <message>
        <source>--port must be a whole number from 0 to 65535</source>
        <translation>--port doit être un nombre entier de 0 à 65535</translation>
    </message>
    <message>
        <source>--port must be a whole number from 1 to 65535 (a sandbox on port 0 keeps no store)</source>
        <translation>--port doit être un nombre entier de 1 à 65535 (un bac à sable sur le port 0 n&apos;a pas de stockage)</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of seconds from %2 to %3</source>
        <translation>--%1 doit être un nombre entier de secondes de %2 à %3</translation>
    </message>
    <message>
        <source>there is no fault &quot;%1&quot; (see keyway sandbox faults)</source>
        <translation>il n&apos;y a pas de panne « %1 » (voir keyway sandbox faults)</translation>
    </message>
    <message>
        <source>%1 received; stopping</source>
        <translation>%1 reçu ; arrêt</translation>
    </message>
    <message>
        <source>another Keyway process already serves this sandbox at %1; keyway sandbox fault works on it from here</source>
        <translation>un autre processus Keyway sert déjà ce bac à sable à %1 ; keyway sandbox fault agit dessus d&apos;ici</translation>
    </message>
    <message>
        <source>Keyway Sandbox running at %1 from %2 (public client keyway-sandbox; keyway-sandbox-confidential / sandbox-secret). Ctrl+C or SIGTERM stops it.</source>
        <translation>Keyway Sandbox tourne à %1 depuis %2 (client public keyway-sandbox ; keyway-sandbox-confidential / sandbox-secret). Ctrl+C ou SIGTERM l&apos;arrête.</translation>
    </message>
    <message>
        <source>Keyway Sandbox running at %1 from memory (public client keyway-sandbox; keyway-sandbox-confidential / sandbox-secret). Ctrl+C or SIGTERM stops it.</source>
        <translation>Keyway Sandbox tourne à %1 en mémoire (client public keyway-sandbox ; keyway-sandbox-confidential / sandbox-secret). Ctrl+C ou SIGTERM l&apos;arrête.</translation>
    </message>
    <message>
        <source>served now</source>
        <translation>servi en ce moment</translation>
    </message>
    <message>
        <source>not served now: the next Keyway that needs it serves it</source>
        <translation>pas servi en ce moment : le prochain Keyway qui en a besoin le sert</translation>
    </message>
    <message>
        <source>its port is held by a Keyway Sandbox that is not yours</source>
        <translation>son port est occupé par un Keyway Sandbox qui n&apos;est pas le vôtre</translation>
    </message>
    <message>
        <source>its port is held by a program that is not a Keyway Sandbox</source>
        <translation>son port est occupé par un programme qui n&apos;est pas un Keyway Sandbox</translation>
    </message>
    <message>
        <source>Keyway Sandbox at %1 (%2)</source>
        <translation>Keyway Sandbox à %1 (%2)</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Stockage : %1</translation>
    </message>
    <message>
        <source>Keyway should %1</source>
        <translation>Keyway devrait %1</translation>
    </message>
    <message>
        <source>Switch one with: keyway sandbox fault NAME on|off|VALUE (actions run at once)</source>
        <translation>En basculer une avec : keyway sandbox fault NAME on|off|VALUE (les actions s&apos;exécutent aussitôt)</translation>
    </message>
    <message>
        <source>%1 (client %2): keyway connect %3</source>
        <translation>%1 (client %2) : keyway connect %3</translation>
    </message>
    <message>
        <source>Confidential ones take the client secret sandbox-secret (--client-id ID --client-secret-stdin).</source>
        <translation>Les clients confidentiels prennent le secret client sandbox-secret (--client-id ID --client-secret-stdin).</translation>
    </message>
    <message>
        <source>%1 is not a sandbox client that uses private_key_jwt (see keyway sandbox personalities)</source>
        <translation>%1 n&apos;est pas un client du bac à sable qui utilise private_key_jwt (voir keyway sandbox personalities)</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>%1 is neither a JWK nor a PEM private key: %2</source>
        <translation>%1 n&apos;est ni une JWK ni une clé privée PEM : %2</translation>
    </message>
    <message>
        <source>Registered the key %1 for %2</source>
        <translation>Clé %1 enregistrée pour %2</translation>
    </message>
    <message>
        <source>only &quot;keyway sandbox fault all off&quot; is possible</source>
        <translation>seul « keyway sandbox fault all off » est possible</translation>
    </message>
    <message>
        <source>The Keyway Sandbox forgot everything: keys, grants, tokens, accounts, faults, settings and its log. Connections to it need to be reconnected.</source>
        <translation>Keyway Sandbox a tout oublié : clés, autorisations, jetons, comptes, pannes, réglages et son journal. Les connexions vers lui doivent être reconnectées.</translation>
    </message>
    <message>
        <source>Run the built-in Keyway Sandbox and switch its faults</source>
        <translation>Lancer le Keyway Sandbox intégré et basculer ses pannes</translation>
    </message>
    <message>
        <source>serve, faults, fault, personalities, client-key, client-cert, log or reset</source>
        <translation>serve, faults, fault, personalities, client-key, client-cert, log ou reset</translation>
    </message>
    <message>
        <source>client-cert: the folder to write the client certificate and its key to (mode 0600)</source>
        <translation>client-cert : le dossier où écrire le certificat client et sa clé (mode 0600)</translation>
    </message>
    <message>
        <source>give --out FOLDER for the client certificate and its key (the key is not printed)</source>
        <translation>indiquez --out DOSSIER pour le certificat client et sa clé (la clé n’est pas affichée)</translation>
    </message>
    <message>
        <source>%1 already exists; remove it or choose another folder</source>
        <translation>%1 existe déjà ; supprimez-le ou choisissez un autre dossier</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write the client certificate and its key to %1</source>
        <translation>impossible d’écrire le certificat client et sa clé dans %1</translation>
    </message>
    <message>
        <source>Registered the client certificate %1 for %2.</source>
        <translation>Certificat client %1 enregistré pour %2.</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Certificat : %1</translation>
    </message>
    <message>
        <source>Private key: %1 (mode 0600)</source>
        <translation>Clé privée : %1 (mode 0600)</translation>
    </message>
    <message>
        <source>Connect with: keyway connect %1 --client-id %2 --client-cert %3 --client-key-stdin &lt; %4</source>
        <translation>Connectez-vous avec : keyway connect %1 --client-id %2 --client-cert %3 --client-key-stdin &lt; %4</translation>
    </message>
</context>
<context>
    <name>SandboxFaults</name>
    <message>
        <source>Expire access tokens now</source>
        <translation>Faire expirer les jetons d&apos;accès maintenant</translation>
    </message>
    <message>
        <source>Every access token issued so far (by this process or an earlier one) stops working at once: the API and userinfo answer 401 invalid_token, introspection says inactive.</source>
        <translation>Chaque jeton d&apos;accès émis jusqu&apos;ici (par ce processus ou un précédent) cesse de fonctionner aussitôt : l&apos;API et userinfo répondent 401 invalid_token, l&apos;introspection dit inactif.</translation>
    </message>
    <message>
        <source>get 401 on the next request, refresh the token and retry the request once; without a refresh token, ask to reconnect.</source>
        <translation>recevoir 401 à la prochaine requête, actualiser le jeton et relancer la requête une fois ; sans jeton d&apos;actualisation, demander de se reconnecter.</translation>
    </message>
    <message>
        <source>Revoke refresh tokens</source>
        <translation>Révoquer les jetons d&apos;actualisation</translation>
    </message>
    <message>
        <source>Every refresh token is revoked, as when the user removes the app&apos;s access at the provider. Access tokens keep working until they expire (expire them too to see it at once).</source>
        <translation>Chaque jeton d&apos;actualisation est révoqué, comme quand l&apos;utilisateur retire l&apos;accès de l&apos;application chez le fournisseur. Les jetons d&apos;accès fonctionnent jusqu&apos;à leur expiration (faites-les expirer aussi pour le voir tout de suite).</translation>
    </message>
    <message>
        <source>get invalid_grant on the next refresh, mark the connection as needing re-authorization and offer to reconnect.</source>
        <translation>recevoir invalid_grant à la prochaine actualisation, marquer la connexion comme nécessitant une réautorisation et proposer de se reconnecter.</translation>
    </message>
    <message>
        <source>Next refresh fails</source>
        <translation>La prochaine actualisation échoue</translation>
    </message>
    <message>
        <source>The next refresh_token request is answered 400 invalid_grant, and that grant is revoked.</source>
        <translation>La prochaine requête refresh_token reçoit 400 invalid_grant, et cette autorisation est révoquée.</translation>
    </message>
    <message>
        <source>mark the connection as needing re-authorization and prompt to reconnect, without retrying the refresh.</source>
        <translation>marquer la connexion comme nécessitant une réautorisation et inviter à se reconnecter, sans relancer l&apos;actualisation.</translation>
    </message>
    <message>
        <source>Answer 500</source>
        <translation>Répondre 500</translation>
    </message>
    <message>
        <source>The token endpoint, userinfo and the demo API answer 500 Internal Server Error.</source>
        <translation>Le point de terminaison des jetons, userinfo et l&apos;API de démonstration répondent 500 Internal Server Error.</translation>
    </message>
    <message>
        <source>show a clear error naming HTTP 500 and keep the connection&apos;s tokens; work again once the fault is off.</source>
        <translation>afficher une erreur claire mentionnant HTTP 500 et garder les jetons de la connexion ; fonctionner de nouveau une fois la panne désactivée.</translation>
    </message>
    <message>
        <source>Answer 503</source>
        <translation>Répondre 503</translation>
    </message>
    <message>
        <source>The token endpoint, userinfo and the demo API answer 503 Service Unavailable with Retry-After: 2.</source>
        <translation>Le point de terminaison des jetons, userinfo et l&apos;API de démonstration répondent 503 Service Unavailable avec Retry-After: 2.</translation>
    </message>
    <message>
        <source>wait as Retry-After says (when it is at most 10 s) and retry; if the provider stays unavailable, say so clearly and keep the tokens.</source>
        <translation>attendre ce que dit Retry-After (s&apos;il vaut au plus 10 s) et réessayer ; si le fournisseur reste indisponible, le dire clairement et garder les jetons.</translation>
    </message>
    <message>
        <source>Answer slowly</source>
        <translation>Répondre lentement</translation>
    </message>
    <message>
        <source>The token endpoint, userinfo and the demo API answer only after a delay (milliseconds, at most 30000).</source>
        <translation>Le point de terminaison des jetons, userinfo et l&apos;API de démonstration ne répondent qu&apos;après un délai (millisecondes, 30000 au plus).</translation>
    </message>
    <message>
        <source>show that it is waiting, stay responsive and let the user cancel; past its own timeout, report a timeout.</source>
        <translation>montrer qu&apos;il attend, rester réactif et laisser l&apos;utilisateur annuler ; passé son propre délai, signaler un dépassement de délai.</translation>
    </message>
    <message>
        <source>Malformed token response</source>
        <translation>Réponse de jeton mal formée</translation>
    </message>
    <message>
        <source>The next token endpoint response is 200 with truncated JSON. Nothing is issued or consumed.</source>
        <translation>La prochaine réponse du point de terminaison des jetons est 200 avec un JSON tronqué. Rien n&apos;est émis ni consommé.</translation>
    </message>
    <message>
        <source>report that the token response could not be read (it is not valid JSON; the details say where it breaks off, never the raw answer, which may hold a token) and keep the tokens it had.</source>
        <translation>signaler que la réponse de jeton n&apos;a pas pu être lue (ce n&apos;est pas du JSON valide ; les détails disent où il s&apos;interrompt, jamais la réponse brute, qui peut contenir un jeton) et garder les jetons qu&apos;il avait.</translation>
    </message>
    <message>
        <source>HTML token response</source>
        <translation>Réponse de jeton en HTML</translation>
    </message>
    <message>
        <source>The next token endpoint response is 200 with an HTML page, as a captive portal or a misconfigured proxy sends. Nothing is issued or consumed.</source>
        <translation>La prochaine réponse du point de terminaison des jetons est 200 avec une page HTML, comme en envoie un portail captif ou un proxy mal configuré. Rien n&apos;est émis ni consommé.</translation>
    </message>
    <message>
        <source>report that the provider answered with a web page instead of JSON and keep the tokens it had.</source>
        <translation>signaler que le fournisseur a répondu par une page web au lieu de JSON et garder les jetons qu&apos;il avait.</translation>
    </message>
    <message>
        <source>Omit expires_in</source>
        <translation>Omettre expires_in</translation>
    </message>
    <message>
        <source>Token responses leave out expires_in (RFC 6749 §5.1 only recommends it); the tokens still expire after the configured lifetime.</source>
        <translation>Les réponses de jeton omettent expires_in (la RFC 6749 §5.1 ne fait que le recommander) ; les jetons expirent tout de même après la durée de vie configurée.</translation>
    </message>
    <message>
        <source>show the expiry as unknown and refresh when the API answers 401.</source>
        <translation>afficher l&apos;expiration comme inconnue et actualiser quand l&apos;API répond 401.</translation>
    </message>
    <message>
        <source>Wrong state on the callback</source>
        <translation>Mauvais state au retour</translation>
    </message>
    <message>
        <source>The next authorization response carries a state that does not match the request.</source>
        <translation>La prochaine réponse d&apos;autorisation porte un state qui ne correspond pas à la requête.</translation>
    </message>
    <message>
        <source>refuse the callback (its state is not this sign-in&apos;s: a possible CSRF attack), request no tokens, and keep waiting for the real response until the time-out, which says a response was ignored.</source>
        <translation>refuser le retour (son state n&apos;est pas celui de cette connexion : une attaque CSRF possible), ne demander aucun jeton et continuer d&apos;attendre la vraie réponse jusqu&apos;au délai, qui signale qu&apos;une réponse a été ignorée.</translation>
    </message>
    <message>
        <source>Wrong iss on the callback</source>
        <translation>Mauvais iss au retour</translation>
    </message>
    <message>
        <source>The next authorization response carries an iss naming another server (an RFC 9207 mix-up).</source>
        <translation>La prochaine réponse d&apos;autorisation porte un iss désignant un autre serveur (une confusion au sens de la RFC 9207).</translation>
    </message>
    <message>
        <source>refuse the callback with an issuer mismatch error and request no tokens.</source>
        <translation>refuser le retour avec une erreur d&apos;émetteur non concordant et ne demander aucun jeton.</translation>
    </message>
    <message>
        <source>id_token signed with an unknown key</source>
        <translation>id_token signé avec une clé inconnue</translation>
    </message>
    <message>
        <source>The next id_token is signed with a key whose kid the JWKS does not publish.</source>
        <translation>Le prochain id_token est signé avec une clé dont le JWKS ne publie pas le kid.</translation>
    </message>
    <message>
        <source>fetch the JWKS again at once, still find no such key, and refuse the sign-in with a clear error. Another unknown key within 30 s is refused without a fetch.</source>
        <translation>récupérer aussitôt le JWKS à nouveau, ne toujours pas trouver cette clé et refuser la connexion avec une erreur claire. Une autre clé inconnue dans les 30 s est refusée sans nouvelle récupération.</translation>
    </message>
    <message>
        <source>id_token with a wrong nonce</source>
        <translation>id_token avec un mauvais nonce</translation>
    </message>
    <message>
        <source>The next id_token issued for a request with a nonce carries another nonce.</source>
        <translation>Le prochain id_token émis pour une requête avec nonce porte un autre nonce.</translation>
    </message>
    <message>
        <source>refuse the sign-in (nonce mismatch, a possible replay) with a clear error.</source>
        <translation>refuser la connexion (nonce non concordant, un rejeu possible) avec une erreur claire.</translation>
    </message>
    <message>
        <source>Rotate signing keys</source>
        <translation>Changer les clés de signature</translation>
    </message>
    <message>
        <source>A new RS256 key signs from now on; the JWKS publishes it beside the previous one.</source>
        <translation>Une nouvelle clé RS256 signe désormais ; le JWKS la publie à côté de la précédente.</translation>
    </message>
    <message>
        <source>see an unknown kid on the next id_token, fetch the JWKS again at once and sign in normally, even right after another sign-in.</source>
        <translation>voir un kid inconnu dans le prochain id_token, récupérer aussitôt le JWKS à nouveau et se connecter normalement, même juste après une autre connexion.</translation>
    </message>
    <message>
        <source>Provider&apos;s clock is off</source>
        <translation>L&apos;horloge du fournisseur est décalée</translation>
    </message>
    <message>
        <source>The sandbox&apos;s clock runs N minutes ahead (negative: behind): id_tokens carry iat, exp and auth_time off by that much, and so does the Date header of its answers.</source>
        <translation>L&apos;horloge du bac à sable avance de N minutes (négatif : retarde) : les id_tokens portent des iat, exp et auth_time décalés d&apos;autant, tout comme l&apos;en-tête Date de ses réponses.</translation>
    </message>
    <message>
        <source>accept an id_token whose times are off by up to 5 minutes; beyond that, refuse the sign-in with an error that says how far the provider&apos;s clock is from this computer&apos;s (measured from the Date header), instead of blaming either.</source>
        <translation>accepter un id_token dont les heures sont décalées de 5 minutes au plus ; au-delà, refuser la connexion avec une erreur qui indique l&apos;écart entre l&apos;horloge du fournisseur et celle de cet ordinateur (mesuré d&apos;après l&apos;en-tête Date), au lieu d&apos;accuser l&apos;un ou l&apos;autre.</translation>
    </message>
    <message>
        <source>Keys endpoint down</source>
        <translation>Point de terminaison des clés en panne</translation>
    </message>
    <message>
        <source>The JWKS endpoint (/jwks) answers 503 Service Unavailable; everything else works.</source>
        <translation>Le point de terminaison JWKS (/jwks) répond 503 Service Unavailable ; tout le reste fonctionne.</translation>
    </message>
    <message>
        <source>keep validating id_tokens with the keys it fetched before; when it has none (or meets a new kid), refuse the sign-in with an error saying the provider&apos;s signing keys could not be fetched and store no connection; not ask again within 30 s of a failed fetch, and sign in normally once the keys are back.</source>
        <translation>continuer de valider les id_tokens avec les clés récupérées auparavant ; s&apos;il n&apos;en a aucune (ou rencontre un nouveau kid), refuser la connexion avec une erreur disant que les clés de signature du fournisseur n&apos;ont pas pu être récupérées et n&apos;enregistrer aucune connexion ; ne pas redemander dans les 30 s suivant un échec, et se connecter normalement dès le retour des clés.</translation>
    </message>
    <message>
        <source>Grant fewer scopes than asked</source>
        <translation>Accorder moins de scopes que demandé</translation>
    </message>
    <message>
        <source>Consent grants only the identity scopes (openid, profile, email, offline_access), whatever was asked and ticked; the token response&apos;s scope lists what was granted (RFC 6749 §5.1).</source>
        <translation>Le consentement n&apos;accorde que les scopes d&apos;identité (openid, profile, email, offline_access), quoi qu&apos;on ait demandé et coché ; le scope de la réponse de jeton indique ce qui a été accordé (RFC 6749 §5.1).</translation>
    </message>
    <message>
        <source>connect, name the scopes asked for but not granted (the command line on stderr, the window on the connection&apos;s page), keep only the granted ones, and when the API answers 403 insufficient_scope show that answer without refreshing or asking to reconnect.</source>
        <translation>se connecter, nommer les scopes demandés mais non accordés (la ligne de commande sur stderr, la fenêtre sur la page de la connexion), ne garder que ceux accordés et, quand l&apos;API répond 403 insufficient_scope, afficher cette réponse sans actualiser ni demander de se reconnecter.</translation>
    </message>
    <message>
        <source>Userinfo fails</source>
        <translation>userinfo échoue</translation>
    </message>
    <message>
        <source>The userinfo endpoint answers 500 while the token endpoint and the demo API work.</source>
        <translation>Le point de terminaison userinfo répond 500 tandis que le point de terminaison des jetons et l&apos;API de démonstration fonctionnent.</translation>
    </message>
    <message>
        <source>still connect, naming the account from the id_token&apos;s claims, with a warning in the event log that userinfo failed; API requests keep working.</source>
        <translation>se connecter quand même, en nommant le compte d&apos;après les claims de l&apos;id_token, avec un avertissement dans le journal d&apos;événements indiquant l&apos;échec de userinfo ; les requêtes API continuent de fonctionner.</translation>
    </message>
    <message>
        <source>Client rejected on refresh</source>
        <translation>Client rejeté à l&apos;actualisation</translation>
    </message>
    <message>
        <source>Refresh requests are answered 401 invalid_client, as after the client&apos;s secret was rotated (or the client deleted) at the provider.</source>
        <translation>Les requêtes d&apos;actualisation reçoivent 401 invalid_client, comme après un changement du secret du client (ou la suppression du client) chez le fournisseur.</translation>
    </message>
    <message>
        <source>report that the provider rejected the client&apos;s credentials (invalid_client) without retrying and without calling the grant lost: the tokens are kept, the connection shows the error, and reconnecting in place (with the new secret) restores it.</source>
        <translation>signaler que le fournisseur a rejeté les identifiants du client (invalid_client) sans réessayer et sans déclarer l&apos;autorisation perdue : les jetons sont gardés, la connexion affiche l&apos;erreur et une reconnexion sur place (avec le nouveau secret) la rétablit.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>on, off, a number of requests up to %1, or -1 for until switched off</source>
        <translation>on, off, un nombre de requêtes jusqu&apos;à %1, ou -1 pour jusqu&apos;à désactivation</translation>
    </message>
    <message>
        <source>on, off or a number of %1 from %2 to %3</source>
        <translation>on, off ou un nombre de %1 de %2 à %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value for the fault %2: use %3.</source>
        <translation>« %1 » n&apos;est pas une valeur pour la panne %2 : utilisez %3.</translation>
    </message>
    <message>
        <source>until switched off</source>
        <translation>jusqu&apos;à désactivation</translation>
    </message>
    <message>
        <source>next request only</source>
        <translation>prochaine requête seulement</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>next %n request(s)</source>
        <translation>
            <numerusform>%n prochaine requête</numerusform>
            <numerusform>%n prochaines requêtes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxKeys</name>
    <message>
        <source>The sandbox has no signing key yet.</source>
        <translation>Le bac à sable n&apos;a pas encore de clé de signature.</translation>
    </message>
</context>
<context>
    <name>SandboxPages</name>
    <message>
        <source>sign you in with your account ID (always granted)</source>
        <translation>vous connecter avec l&apos;identifiant de votre compte (toujours accordé)</translation>
    </message>
    <message>
        <source>see your name and user name</source>
        <translation>voir votre nom et votre nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>see your email address</source>
        <translation>voir votre adresse e-mail</translation>
    </message>
    <message>
        <source>stay connected while you are away (a refresh token)</source>
        <translation>rester connecté pendant votre absence (un jeton d&apos;actualisation)</translation>
    </message>
    <message>
        <source>read your contacts</source>
        <translation>lire vos contacts</translation>
    </message>
    <message>
        <source>create contacts</source>
        <translation>créer des contacts</translation>
    </message>
    <message>
        <source>read your calendar events</source>
        <translation>lire les événements de votre agenda</translation>
    </message>
    <message>
        <source>Sign in and allow access</source>
        <translation>Se connecter et autoriser l&apos;accès</translation>
    </message>
    <message>
        <source>The application &lt;strong&gt;%1&lt;/strong&gt; asks to connect to your sandbox account.</source>
        <translation>L&apos;application &lt;strong&gt;%1&lt;/strong&gt; demande à se connecter à votre compte du bac à sable.</translation>
    </message>
    <message>
        <source>Device code:</source>
        <translation>Code d&apos;appareil :</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>Any name works: the sandbox has no passwords and creates the account as you sign in.</source>
        <translation>N&apos;importe quel nom convient : le bac à sable n&apos;a pas de mot de passe et crée le compte à la connexion.</translation>
    </message>
    <message>
        <source>Allow it to</source>
        <translation>L&apos;autoriser à</translation>
    </message>
    <message>
        <source>No scopes were requested.</source>
        <translation>Aucun scope n&apos;a été demandé.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Cancel and return to the application</source>
        <translation>Annuler et revenir à l&apos;application</translation>
    </message>
    <message>
        <source>Sign in to Keyway Sandbox</source>
        <translation>Se connecter au Keyway Sandbox</translation>
    </message>
    <message>
        <source>Connect a device</source>
        <translation>Connecter un appareil</translation>
    </message>
    <message>
        <source>Enter the code your device or application shows.</source>
        <translation>Saisissez le code que votre appareil ou votre application affiche.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Connect a device to Keyway Sandbox</source>
        <translation>Connecter un appareil au Keyway Sandbox</translation>
    </message>
    <message>
        <source>Connect %1?</source>
        <translation>Connecter %1 ?</translation>
    </message>
    <message>
        <source>Check that your device shows the code</source>
        <translation>Vérifiez que votre appareil affiche ce code</translation>
    </message>
    <message>
        <source>Continue only if you started this sign-in yourself. It asks for:</source>
        <translation>Ne continuez que si vous avez lancé cette connexion vous-même. Elle demande :</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Confirm the device</source>
        <translation>Confirmer l&apos;appareil</translation>
    </message>
    <message>
        <source>Device connected</source>
        <translation>Appareil connecté</translation>
    </message>
    <message>
        <source>You can close this page and return to your device.</source>
        <translation>Vous pouvez fermer cette page et revenir à votre appareil.</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Accès refusé</translation>
    </message>
    <message>
        <source>The device was not connected. You can close this page.</source>
        <translation>L&apos;appareil n&apos;a pas été connecté. Vous pouvez fermer cette page.</translation>
    </message>
    <message>
        <source>The sandbox is running</source>
        <translation>Le bac à sable fonctionne</translation>
    </message>
    <message>
        <source>A practice OAuth 2.0 and OpenID Connect provider built into Keyway, on this computer only.</source>
        <translation>Un fournisseur OAuth 2.0 et OpenID Connect d&apos;entraînement intégré à Keyway, sur cet ordinateur seulement.</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Découverte</translation>
    </message>
    <message>
        <source>Public client</source>
        <translation>Client public</translation>
    </message>
    <message>
        <source>Confidential client</source>
        <translation>Client confidentiel</translation>
    </message>
    <message>
        <source>Demo API</source>
        <translation>API de démonstration</translation>
    </message>
</context>
<context>
    <name>SandboxPanel</name>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Keyway Sandbox</source>
        <translation>Keyway Sandbox</translation>
    </message>
    <message>
        <source>A practice provider on this computer: sign in as anyone, call its demo API, and switch on faults to see how Keyway copes. It listens on 127.0.0.1 only.</source>
        <translation>Un fournisseur d&apos;entraînement sur cet ordinateur : connectez-vous sous n&apos;importe quel nom, appelez son API de démonstration et activez des pannes pour voir comment Keyway réagit. Il n&apos;écoute que sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Sandbox status</source>
        <translation>État du bac à sable</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Start the sandbox on 127.0.0.1</source>
        <translation>Démarrer le bac à sable sur 127.0.0.1</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Stop the sandbox and release its port</source>
        <translation>Arrêter le bac à sable et libérer son port</translation>
    </message>
    <message>
        <source>Sandbox error</source>
        <translation>Erreur du bac à sable</translation>
    </message>
    <message>
        <source>Personalities</source>
        <translation>Personnalités</translation>
    </message>
    <message>
        <source>Each personality is a client of the sandbox that behaves as some real providers do. Connect to one to rehearse it; the line below it says what Keyway should do.</source>
        <translation>Chaque personnalité est un client du bac à sable qui se comporte comme certains vrais fournisseurs. Connectez-vous à l&apos;une pour la répéter ; la ligne en dessous dit ce que Keyway devrait faire.</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Pannes</translation>
    </message>
    <message>
        <source>Each fault makes the sandbox misbehave the way real providers do. The line below it says what Keyway should show.</source>
        <translation>Chaque panne fait dérailler le bac à sable comme le font de vrais fournisseurs. La ligne en dessous dit ce que Keyway devrait afficher.</translation>
    </message>
    <message>
        <source>Last fault change</source>
        <translation>Dernier changement de panne</translation>
    </message>
    <message>
        <source>Switch &amp;all off</source>
        <translation>Tout &amp;désactiver</translation>
    </message>
    <message>
        <source>Switch every fault off</source>
        <translation>Désactiver toutes les pannes</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Requests the sandbox answered</source>
        <translation>Requêtes auxquelles le bac à sable a répondu</translation>
    </message>
</context>
<context>
    <name>SandboxPersonality</name>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>A public client: PKCE S256, any loopback port with the path /callback (RFC 8252 §7.3), rotating refresh tokens with reuse detection, the authorization code, device and refresh grants.</source>
        <translation>Un client public : PKCE S256, tout port de bouclage avec le chemin /callback (RFC 8252 §7.3), jetons d&apos;actualisation tournants avec détection de réutilisation, les octrois code d&apos;autorisation, appareil et actualisation.</translation>
    </message>
    <message>
        <source>connect with PKCE on an ephemeral loopback port and refresh without asking the user.</source>
        <translation>se connecter avec PKCE sur un port de bouclage éphémère et actualiser sans rien demander à l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>confidentiel</translation>
    </message>
    <message>
        <source>A confidential client with the published secret sandbox-secret, by client_secret_basic or client_secret_post; the only client allowed the client credentials grant.</source>
        <translation>Un client confidentiel avec le secret publié sandbox-secret, par client_secret_basic ou client_secret_post ; le seul client autorisé à l&apos;octroi client credentials.</translation>
    </message>
    <message>
        <source>authenticate with the secret kept in the keychain and renew client credentials tokens on its own.</source>
        <translation>s&apos;authentifier avec le secret gardé dans le trousseau et renouveler lui-même les jetons client credentials.</translation>
    </message>
    <message>
        <source>exact redirect</source>
        <translation>redirection exacte</translation>
    </message>
    <message>
        <source>Only the registered redirect URI http://127.0.0.1:27660/callback is accepted, compared exactly, port included, as Dropbox, X and Xero do. Any other redirect URI gets an error page and is never redirected to (RFC 6749 §4.1.2.1).</source>
        <translation>Seule l&apos;URI de redirection enregistrée http://127.0.0.1:27660/callback est acceptée, comparée exactement, port compris, comme chez Dropbox, X et Xero. Toute autre URI de redirection reçoit une page d&apos;erreur et n&apos;est jamais utilisée (RFC 6749 §4.1.2.1).</translation>
    </message>
    <message>
        <source>listen on the registered port 27660, send exactly that redirect URI and connect; when another program holds that port, say so instead of trying another one (a sign-in with another redirect URI stops at the provider&apos;s error page).</source>
        <translation>écouter sur le port enregistré 27660, envoyer exactement cette URI de redirection et se connecter ; si un autre programme occupe ce port, le dire au lieu d&apos;en essayer un autre (une connexion avec une autre URI de redirection s&apos;arrête sur la page d&apos;erreur du fournisseur).</translation>
    </message>
    <message>
        <source>refresh reuse detection</source>
        <translation>détection de réutilisation des jetons d&apos;actualisation</translation>
    </message>
    <message>
        <source>Every refresh returns a new refresh token and spends the old one; a refresh token presented twice revokes the whole grant, as oidc-provider and many providers do (RFC 9700 §4.14.2).</source>
        <translation>Chaque actualisation renvoie un nouveau jeton d&apos;actualisation et consomme l&apos;ancien ; un jeton d&apos;actualisation présenté deux fois révoque toute l&apos;autorisation, comme le font oidc-provider et de nombreux fournisseurs (RFC 9700 §4.14.2).</translation>
    </message>
    <message>
        <source>keep the new refresh token of every refresh and never send a spent one; when a spent one was presented elsewhere and the grant is revoked, mark the connection as needing re-authorization.</source>
        <translation>garder le nouveau jeton d&apos;actualisation de chaque actualisation et ne jamais envoyer un jeton consommé ; quand un jeton consommé a été présenté ailleurs et l&apos;autorisation révoquée, marquer la connexion comme nécessitant une réautorisation.</translation>
    </message>
    <message>
        <source>non-expiring tokens</source>
        <translation>jetons sans expiration</translation>
    </message>
    <message>
        <source>Access tokens never expire and token responses carry no expires_in and no refresh token, as GitHub OAuth apps and Slack do.</source>
        <translation>Les jetons d&apos;accès n&apos;expirent jamais et les réponses de jeton ne portent ni expires_in ni jeton d&apos;actualisation, comme chez les applications OAuth de GitHub et Slack.</translation>
    </message>
    <message>
        <source>connect, show the expiry as unknown, schedule no refresh and keep calling the API with the same token.</source>
        <translation>se connecter, afficher l&apos;expiration comme inconnue, ne planifier aucune actualisation et continuer d&apos;appeler l&apos;API avec le même jeton.</translation>
    </message>
    <message>
        <source>nested token response</source>
        <translation>réponse de jeton imbriquée</translation>
    </message>
    <message>
        <source>The token response puts the RFC 6749 §5.1 members inside an object: {&quot;ok&quot;: true, &quot;data&quot;: {&quot;access_token&quot;: ...}}, as Withings and Slack do.</source>
        <translation>La réponse de jeton place les membres de la RFC 6749 §5.1 dans un objet : {&quot;ok&quot;: true, &quot;data&quot;: {&quot;access_token&quot;: ...}}, comme chez Withings et Slack.</translation>
    </message>
    <message>
        <source>read the tokens at the paths the catalogue entry names (data.access_token, ...), connect and refresh.</source>
        <translation>lire les jetons aux chemins que nomme l&apos;entrée du catalogue (data.access_token, ...), se connecter et actualiser.</translation>
    </message>
    <message>
        <source>form-encoded token response</source>
        <translation>réponse de jeton encodée en formulaire</translation>
    </message>
    <message>
        <source>The token endpoint answers application/x-www-form-urlencoded instead of JSON, as GitHub does without an Accept header.</source>
        <translation>Le point de terminaison des jetons répond en application/x-www-form-urlencoded au lieu de JSON, comme GitHub sans en-tête Accept.</translation>
    </message>
    <message>
        <source>read the form-encoded token response as the catalogue entry says, connect and refresh.</source>
        <translation>lire la réponse de jeton encodée en formulaire comme le dit l&apos;entrée du catalogue, se connecter et actualiser.</translation>
    </message>
    <message>
        <source>odd-case token_type</source>
        <translation>token_type à la casse inhabituelle</translation>
    </message>
    <message>
        <source>token_type comes as &quot;bearer&quot; from the code exchange and &quot;BEARER&quot; from refreshes (RFC 6749 §5.1 makes it case-insensitive).</source>
        <translation>token_type arrive en « bearer » lors de l&apos;échange du code et en « BEARER » lors des actualisations (la RFC 6749 §5.1 le rend insensible à la casse).</translation>
    </message>
    <message>
        <source>take either as Bearer and send Authorization: Bearer on API requests.</source>
        <translation>prendre l&apos;un et l&apos;autre pour Bearer et envoyer Authorization: Bearer dans les requêtes API.</translation>
    </message>
    <message>
        <source>client_secret_basic only</source>
        <translation>client_secret_basic uniquement</translation>
    </message>
    <message>
        <source>A confidential client (secret sandbox-secret) that must authenticate with HTTP Basic; the secret in the request body is refused with 401 invalid_client.</source>
        <translation>Un client confidentiel (secret sandbox-secret) qui doit s&apos;authentifier par HTTP Basic ; le secret dans le corps de la requête est refusé avec 401 invalid_client.</translation>
    </message>
    <message>
        <source>send the client secret with HTTP Basic only (RFC 6749 §2.3.1), never in the body.</source>
        <translation>envoyer le secret client par HTTP Basic uniquement (RFC 6749 §2.3.1), jamais dans le corps.</translation>
    </message>
    <message>
        <source>client_secret_post only</source>
        <translation>client_secret_post uniquement</translation>
    </message>
    <message>
        <source>A confidential client (secret sandbox-secret) that must send client_id and client_secret in the request body; HTTP Basic is refused with 401 invalid_client.</source>
        <translation>Un client confidentiel (secret sandbox-secret) qui doit envoyer client_id et client_secret dans le corps de la requête ; HTTP Basic est refusé avec 401 invalid_client.</translation>
    </message>
    <message>
        <source>send the client secret in the body only (client_secret_post), never in an Authorization header.</source>
        <translation>envoyer le secret client dans le corps uniquement (client_secret_post), jamais dans un en-tête Authorization.</translation>
    </message>
    <message>
        <source>private_key_jwt</source>
        <translation>private_key_jwt</translation>
    </message>
    <message>
        <source>A confidential client that authenticates with a JWT signed by its private key (RFC 7523 §2.2): the public key is registered with keyway sandbox client-key keyway-sandbox-private-key-jwt FILE; the assertion&apos;s signature, iss and sub, aud (the issuer or the token endpoint), exp and jti are checked, and a jti used twice is refused.</source>
        <translation>Un client confidentiel qui s&apos;authentifie par un JWT signé avec sa clé privée (RFC 7523 §2.2) : la clé publique est enregistrée avec keyway sandbox client-key keyway-sandbox-private-key-jwt FICHIER ; la signature, iss et sub, aud (l&apos;émetteur ou le point de terminaison des jetons), exp et jti de l&apos;assertion sont vérifiés, et un jti utilisé deux fois est refusé.</translation>
    </message>
    <message>
        <source>sign a new assertion with a fresh jti and a short exp for every token request, addressed to the issuer, and keep the private key in the keychain only.</source>
        <translation>signer une nouvelle assertion avec un jti neuf et un exp court pour chaque demande de jeton, adressée à l&apos;émetteur, et ne garder la clé privée que dans le trousseau.</translation>
    </message>
    <message>
        <source>device flow slow_down</source>
        <translation>flux appareil slow_down</translation>
    </message>
    <message>
        <source>The device flow answers authorization_pending until the user approves (and to the first poll of every device code, however quick the user), and slow_down to the second; every slow_down adds 5 s to the interval, and a poll sooner than that is answered slow_down again (RFC 8628 §3.5).</source>
        <translation>Le flux appareil répond authorization_pending jusqu&apos;à l&apos;approbation de l&apos;utilisateur (et à la première interrogation de chaque code d&apos;appareil, si rapide que soit l&apos;utilisateur), et slow_down à la deuxième ; chaque slow_down ajoute 5 s à l&apos;intervalle, et une interrogation plus précoce reçoit de nouveau slow_down (RFC 8628 §3.5).</translation>
    </message>
    <message>
        <source>keep polling on authorization_pending, add 5 s to its interval for good on slow_down and connect once the user approves.</source>
        <translation>continuer d&apos;interroger sur authorization_pending, ajouter définitivement 5 s à son intervalle sur slow_down et se connecter dès que l&apos;utilisateur approuve.</translation>
    </message>
    <message>
        <source>expiring refresh tokens</source>
        <translation>jetons d&apos;actualisation qui expirent</translation>
    </message>
    <message>
        <source>Refresh tokens die when left unused for 2 minutes, as Microsoft&apos;s do after 90 days and Xero&apos;s after 60, and every grant ends 10 minutes after consent, used or not, as QuickBooks&apos; do after five years: the token endpoint answers invalid_grant. Each refresh returns a new refresh token with 2 minutes to live.</source>
        <translation>Les jetons d&apos;actualisation meurent après 2 minutes sans utilisation, comme ceux de Microsoft après 90 jours et ceux de Xero après 60, et chaque autorisation prend fin 10 minutes après le consentement, utilisée ou non, comme celles de QuickBooks après cinq ans : le point de terminaison des jetons répond invalid_grant. Chaque actualisation renvoie un nouveau jeton d&apos;actualisation valable 2 minutes.</translation>
    </message>
    <message>
        <source>renew a refresh token that would lapse unused (keyway keep-alive, or the window left running), warn &quot;Reconnect before&quot; as the grant&apos;s end nears, and once it has ended mark the connection as needing re-authorization.</source>
        <translation>renouveler un jeton d&apos;actualisation qui expirerait faute d&apos;utilisation (keyway keep-alive, ou la fenêtre laissée ouverte), avertir « Reconnecter avant » à l&apos;approche de la fin de l&apos;autorisation et, une fois celle-ci passée, marquer la connexion comme nécessitant une réautorisation.</translation>
    </message>
    <message>
        <source>DPoP</source>
        <translation>DPoP</translation>
    </message>
    <message>
        <source>A public client whose tokens are bound to a key (DPoP, RFC 9449): every token request must carry a proof signed by the client&apos;s key, and the proof is checked as §4.3 says (typ, an asymmetric alg, the signature with its own jwk, method, URL, age, a jti used once). Access tokens come as token_type DPoP bound with cnf.jkt, refresh tokens stay bound to the same key, and the token endpoint and the demo API demand the sandbox&apos;s nonce (use_dpop_nonce). The API refuses a bound token sent as Bearer or with a proof signed by another key.</source>
        <translation>Un client public dont les jetons sont liés à une clé (DPoP, RFC 9449) : chaque requête de jeton doit porter une preuve signée par la clé du client, et la preuve est vérifiée comme le dit le §4.3 (typ, un alg asymétrique, la signature avec son propre jwk, méthode, URL, âge, un jti utilisé une seule fois). Les jetons d’accès arrivent en token_type DPoP liés par cnf.jkt, les jetons d’actualisation restent liés à la même clé, et le point de terminaison des jetons comme l’API de démonstration exigent le nonce du bac à sable (use_dpop_nonce). L’API refuse un jeton lié envoyé en Bearer ou avec une preuve signée par une autre clé.</translation>
    </message>
    <message>
        <source>make a key pair for the connection, sign a new proof for every token, refresh and API request, send the request once more with the nonce the sandbox asks for, and call the API with the DPoP scheme.</source>
        <translation>créer une paire de clés pour la connexion, signer une nouvelle preuve pour chaque requête de jeton, de renouvellement et d’API, renvoyer la requête une fois avec le nonce que demande le bac à sable, et appeler l’API avec le schéma DPoP.</translation>
    </message>
    <message>
        <source>mutual TLS</source>
        <translation>TLS mutuel</translation>
    </message>
    <message>
        <source>A confidential client that authenticates with a self-signed TLS client certificate (RFC 8705 §2.2, self_signed_tls_client_auth) at the sandbox&apos;s TLS listener, https://127.0.0.1:47232, which discovery names in mtls_endpoint_aliases. The certificate is made and registered with keyway sandbox client-cert --out FOLDER; a request without it, or with another one, is refused with 401 invalid_client. Access tokens are bound to it (cnf x5t#S256, RFC 8705 §3.1), and the demo API and userinfo at the TLS listener refuse a bound token sent over a connection without that certificate (401 invalid_token).</source>
        <translation>Un client confidentiel qui s’authentifie par un certificat client TLS autosigné (RFC 8705 §2.2, self_signed_tls_client_auth) auprès de l’écouteur TLS du bac à sable, https://127.0.0.1:47232, que la découverte indique dans mtls_endpoint_aliases. Le certificat est créé et enregistré avec keyway sandbox client-cert --out DOSSIER ; une requête sans lui, ou avec un autre, est refusée avec 401 invalid_client. Les jetons d’accès lui sont liés (cnf x5t#S256, RFC 8705 §3.1), et l’API de démonstration et userinfo sur l’écouteur TLS refusent un jeton lié envoyé par une connexion sans ce certificat (401 invalid_token).</translation>
    </message>
    <message>
        <source>trust the sandbox&apos;s self-signed server certificate for its TLS origin only, present the client certificate to the token endpoint alias and the API, keep its private key in the keychain, and call the API with the bound token.</source>
        <translation>faire confiance au certificat serveur autosigné du bac à sable pour son origine TLS uniquement, présenter le certificat client à l’alias du point de terminaison des jetons et à l’API, garder sa clé privée dans le trousseau, et appeler l’API avec le jeton lié.</translation>
    </message>
</context>
<context>
    <name>SandboxStore</name>
    <message>
        <source>The Keyway Sandbox cannot open its store %1.</source>
        <translation>Le Keyway Sandbox ne peut pas ouvrir son stockage %1.</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>en mémoire</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>not a usable SQLite database: %1</source>
        <translation>pas une base de données SQLite utilisable : %1</translation>
    </message>
    <message>
        <source>made by a newer Keyway (schema %1)</source>
        <translation>créée par un Keyway plus récent (schéma %1)</translation>
    </message>
    <message>
        <source>The Keyway Sandbox cannot set up its store.</source>
        <translation>La Keyway Sandbox ne peut pas préparer son stockage.</translation>
    </message>
</context>
<context>
    <name>SandboxTls</name>
    <message>
        <source>The Keyway Sandbox&apos;s TLS certificate cannot be read.</source>
        <translation>Le certificat TLS du Keyway Sandbox ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The Keyway Sandbox could not make its TLS certificate.</source>
        <translation>Le Keyway Sandbox n’a pas pu créer son certificat TLS.</translation>
    </message>
</context>
<context>
    <name>SaveExchangedDialog</name>
    <message>
        <source>Save the exchanged token as a connection</source>
        <translation>Enregistrer le jeton échangé comme connexion</translation>
    </message>
    <message>
        <source>Keeps the exchanged token in the keychain as a new connection, so the request console and the command line can call the other service with it. It is sent as it is, only to the API base below, and never renewed: once it expires, exchange again.</source>
        <translation>Conserve le jeton échangé dans le trousseau comme nouvelle connexion, pour que la console de requêtes et la ligne de commande puissent appeler l’autre service avec lui. Il est envoyé tel quel, uniquement à la base d’API ci-dessous, et jamais renouvelé : une fois expiré, échangez-le à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Name of the new connection</source>
        <translation>Nom de la nouvelle connexion</translation>
    </message>
    <message>
        <source>&amp;API base URL:</source>
        <translation>URL de base de l’&amp;API :</translation>
    </message>
    <message>
        <source>API base URL of the service the token is for</source>
        <translation>URL de base de l’API du service auquel le jeton est destiné</translation>
    </message>
    <message>
        <source>https://api.example.com/</source>
        <translation>https://api.example.com/</translation>
    </message>
    <message>
        <source>Why the connection cannot be saved yet</source>
        <translation>Pourquoi la connexion ne peut pas encore être enregistrée</translation>
    </message>
</context>
<context>
    <name>ScopesPanel</name>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>What Keyway may do with this account. The integration&apos;s usual permissions are ticked; tick more or fewer, or type the provider&apos;s own scope names.</source>
        <translation>Ce que Keyway peut faire avec ce compte. Les autorisations habituelles de l&apos;intégration sont cochées ; cochez-en plus ou moins, ou saisissez les noms de scopes propres au fournisseur.</translation>
    </message>
    <message>
        <source>Permissions to request</source>
        <translation>Autorisations à demander</translation>
    </message>
    <message>
        <source>Space toggles a permission</source>
        <translation>Espace coche ou décoche une autorisation</translation>
    </message>
    <message>
        <source>&amp;More scopes:</source>
        <translation>&amp;Autres scopes :</translation>
    </message>
    <message>
        <source>Provider scopes or Keyway permission ids, separated by spaces</source>
        <translation>Scopes du fournisseur ou identifiants d&apos;autorisation Keyway, séparés par des espaces</translation>
    </message>
    <message>
        <source>Additional scopes</source>
        <translation>Scopes supplémentaires</translation>
    </message>
    <message>
        <source>Scopes that will be requested</source>
        <translation>Scopes qui seront demandés</translation>
    </message>
    <message>
        <source>Scope warnings</source>
        <translation>Avertissements sur les scopes</translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificate</name>
    <message>
        <source>A certificate could not be made.</source>
        <translation>Un certificat n’a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>ServiceAccountKey</name>
    <message>
        <source>The service account key file is empty.</source>
        <translation>Le fichier de clé du compte de service est vide.</translation>
    </message>
    <message>
        <source>The service account key file is not valid JSON.</source>
        <translation>Le fichier de clé du compte de service n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 à la position %2</translation>
    </message>
    <message>
        <source>The service account key file is not valid: expected a JSON object.</source>
        <translation>Le fichier de clé du compte de service n&apos;est pas valide : un objet JSON était attendu.</translation>
    </message>
    <message>
        <source>The service account key file has no &quot;%1&quot;.</source>
        <translation>Le fichier de clé du compte de service n&apos;a pas de « %1 ».</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; of the service account key file must be a non-empty string.</source>
        <translation>Le « %1 » du fichier de clé du compte de service doit être une chaîne non vide.</translation>
    </message>
    <message>
        <source>This is not a service account key file: its &quot;type&quot; is &quot;%1&quot;, not &quot;service_account&quot;.</source>
        <translation>Ce n&apos;est pas un fichier de clé de compte de service : son « type » est « %1 », pas « service_account ».</translation>
    </message>
    <message>
        <source>The &quot;client_email&quot; of the service account key file is not an e-mail address.</source>
        <translation>Le « client_email » du fichier de clé du compte de service n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>The &quot;token_uri&quot; of the service account key file is not an https URL.</source>
        <translation>Le « token_uri » du fichier de clé du compte de service n&apos;est pas une URL https.</translation>
    </message>
    <message>
        <source>The &quot;private_key&quot; of the service account key file cannot be used: %1</source>
        <translation>Le « private_key » du fichier de clé du compte de service est inutilisable : %1</translation>
    </message>
    <message numerus="yes">
        <source>This file is too large to be a service account key (%n byte(s)).</source>
        <translation>
            <numerusform>Ce fichier est trop volumineux pour être une clé de compte de service (%n octet).</numerusform>
            <numerusform>Ce fichier est trop volumineux pour être une clé de compte de service (%n octets).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Sign-in and refresh</source>
        <translation>Connexion et actualisation</translation>
    </message>
    <message>
        <source>&amp;Browser command:</source>
        <translation>Commande du &amp;navigateur :</translation>
    </message>
    <message>
        <source>System browser</source>
        <translation>Navigateur du système</translation>
    </message>
    <message>
        <source>Browser command</source>
        <translation>Commande du navigateur</translation>
    </message>
    <message>
        <source>Command that opens sign-in pages; %u or %s is replaced by the address (otherwise it is added at the end). Empty uses the system browser.</source>
        <translation>Commande qui ouvre les pages de connexion ; %u ou %s est remplacé par l&apos;adresse (sinon elle est ajoutée à la fin). Vide : le navigateur du système.</translation>
    </message>
    <message>
        <source>For example: firefox --private-window %u (%s works too; without either, the address is added at the end)</source>
        <translation>Par exemple : firefox --private-window %u (%s fonctionne aussi ; sans l&apos;un ni l&apos;autre, l&apos;adresse est ajoutée à la fin)</translation>
    </message>
    <message>
        <source>Refresh &amp;before expiry:</source>
        <translation>Actualiser &amp;avant l&apos;expiration :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Refresh lead time in seconds</source>
        <translation>Avance de l&apos;actualisation en secondes</translation>
    </message>
    <message>
        <source>&amp;Keep grants alive daily, even when Keyway is closed</source>
        <translation>&amp;Maintenir les autorisations chaque jour, même Keyway fermé</translation>
    </message>
    <message>
        <source>A systemd user timer runs keyway keep-alive every day: refresh tokens that would lapse unused are renewed, and grants near their end are reported (keyway keep-alive --install)</source>
        <translation>Un minuteur utilisateur systemd exécute keyway keep-alive chaque jour : les jetons d&apos;actualisation qui expireraient faute d&apos;utilisation sont renouvelés, et les autorisations proches de leur fin sont signalées (keyway keep-alive --install)</translation>
    </message>
    <message>
        <source>Installs or removes a systemd user timer that runs keyway keep-alive daily</source>
        <translation>Installe ou retire un minuteur utilisateur systemd qui exécute keyway keep-alive chaque jour</translation>
    </message>
    <message>
        <source>Network proxy</source>
        <translation>Proxy réseau</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Utiliser les paramètres de proxy du &amp;système</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>&amp;Pas de proxy</translation>
    </message>
    <message>
        <source>&amp;HTTP proxy:</source>
        <translation>Proxy &amp;HTTP :</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Hôte du proxy</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <source>Extra trusted CA certificates</source>
        <translation>Certificats d&apos;AC supplémentaires approuvés</translation>
    </message>
    <message>
        <source>PEM files trusted in addition to the system&apos;s certificates, for company proxies or private identity providers.</source>
        <translation>Fichiers PEM approuvés en plus des certificats du système, pour les proxys d&apos;entreprise ou les fournisseurs d&apos;identité privés.</translation>
    </message>
    <message>
        <source>Extra CA certificate files</source>
        <translation>Fichiers de certificats d&apos;AC supplémentaires</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add CA certificate file</source>
        <translation>Ajouter un fichier de certificat d&apos;AC</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove selected CA certificate file</source>
        <translation>Retirer le fichier de certificat d&apos;AC sélectionné</translation>
    </message>
    <message>
        <source>Keyway follows the system&apos;s light or dark appearance.</source>
        <translation>Keyway suit l&apos;apparence claire ou sombre du système.</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Langue et apparence</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of Keyway&apos;s window and command line. It applies when Keyway next starts; the KEYWAY_LANGUAGE environment variable overrides it.</source>
        <translation>La langue de la fenêtre et de la ligne de commande de Keyway. Elle s&apos;applique au prochain démarrage de Keyway ; la variable d&apos;environnement KEYWAY_LANGUAGE a la priorité.</translation>
    </message>
    <message>
        <source>A new language applies when Keyway next starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Keyway.</translation>
    </message>
</context>
<context>
    <name>SetupGuide</name>
    <message>
        <source>An app redirect (RFC 8252 §7.1): the browser hands it to Keyway through the desktop, so Keyway must be installed with its desktop files.</source>
        <translation>Une redirection d&apos;application (RFC 8252 §7.1) : le navigateur la transmet à Keyway par le bureau, Keyway doit donc être installé avec ses fichiers de bureau.</translation>
    </message>
    <message>
        <source>Register it exactly, port included: the provider compares the whole URI, so Keyway always listens on port %1 for it.</source>
        <translation>Enregistrez-la exactement, port compris : le fournisseur compare toute l&apos;URI, Keyway écoute donc toujours sur le port %1 pour elle.</translation>
    </message>
    <message>
        <source>Any port: Keyway listens on a free port chosen for each sign-in, and the provider accepts any port on a loopback redirect URI (RFC 8252 §7.3). Register the address as shown.</source>
        <translation>N&apos;importe quel port : Keyway écoute sur un port libre choisi pour chaque connexion, et le fournisseur accepte n&apos;importe quel port sur une URI de redirection de bouclage (RFC 8252 §7.3). Enregistrez l&apos;adresse telle qu&apos;elle est affichée.</translation>
    </message>
    <message>
        <source>A public client (no client secret): Keyway proves the sign-in with PKCE (RFC 7636); give Keyway the client ID only.</source>
        <translation>Un client public (sans secret client) : Keyway prouve la connexion avec PKCE (RFC 7636) ; donnez seulement l&apos;identifiant client à Keyway.</translation>
    </message>
    <message>
        <source>A confidential client that authenticates with a key pair (private_key_jwt): register the public key and give Keyway the private one.</source>
        <translation>Un client confidentiel qui s&apos;authentifie par une paire de clés (private_key_jwt) : enregistrez la clé publique et donnez la clé privée à Keyway.</translation>
    </message>
    <message>
        <source>A confidential client (with a client secret): give Keyway the client ID and the secret.</source>
        <translation>Un client confidentiel (avec secret client) : donnez à Keyway l&apos;identifiant client et le secret.</translation>
    </message>
    <message>
        <source>A confidential client (with a client secret, sent as %1): give Keyway the client ID and the secret.</source>
        <translation>Un client confidentiel (avec secret client, envoyé par %1) : donnez à Keyway l&apos;identifiant client et le secret.</translation>
    </message>
    <message>
        <source>(no redirect URI: this provider accepts none for a desktop app, see above)</source>
        <translation>(pas d&apos;URI de redirection : ce fournisseur n&apos;en accepte aucune pour une application de bureau, voir ci-dessus)</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirection</translation>
    </message>
    <message>
        <source>none: %1</source>
        <translation>aucune : %1</translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation>URI de redirection à enregistrer</translation>
    </message>
    <message>
        <source>Client type</source>
        <translation>Type de client</translation>
    </message>
    <message>
        <source>Public client ID</source>
        <translation>Identifiant client public</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Setup:</source>
        <translation>Configuration :</translation>
    </message>
    <message>
        <source>Notes: </source>
        <translation>Remarques : </translation>
    </message>
    <message>
        <source>A confidential client that authenticates with a TLS client certificate (%1): give Keyway the client ID, the certificate and its private key.</source>
        <translation>Un client confidentiel qui s&apos;authentifie par un certificat client TLS (%1) : donnez à Keyway l&apos;ID client, le certificat et sa clé privée.</translation>
    </message>
</context>
<context>
    <name>SetupText</name>
    <message>
        <source>&lt;p&gt;Developer console: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Console développeur : &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every action of the window can be reached from the keyboard. Tab moves between fields, the menu key or Shift+F10 opens a list&apos;s context menu.</source>
        <translation>Chaque action de la fenêtre est accessible au clavier. Tab passe d&apos;un champ à l&apos;autre, la touche Menu ou Maj+F10 ouvre le menu contextuel d&apos;une liste.</translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Needs re-authorization</source>
        <translation>Réautorisation nécessaire</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Temporary problem</source>
        <translation>Problème temporaire</translation>
    </message>
    <message>
        <source>Keyway is still connecting this account.</source>
        <translation>Keyway connecte encore ce compte.</translation>
    </message>
    <message>
        <source>The credential is present and believed valid.</source>
        <translation>L&apos;identifiant est présent et considéré comme valide.</translation>
    </message>
    <message>
        <source>The access token expires soon and could not be refreshed yet.</source>
        <translation>Le jeton d&apos;accès expire bientôt et n&apos;a pas encore pu être actualisé.</translation>
    </message>
    <message>
        <source>The provider no longer accepts the grant. Reconnect to sign in again.</source>
        <translation>Le fournisseur n&apos;accepte plus l&apos;autorisation. Reconnectez-vous pour vous identifier à nouveau.</translation>
    </message>
    <message>
        <source>This connection was disconnected or revoked.</source>
        <translation>Cette connexion a été déconnectée ou révoquée.</translation>
    </message>
    <message>
        <source>Something failed that a retry cannot fix: see the detail, correct it, then reconnect.</source>
        <translation>Un échec qu&apos;une nouvelle tentative ne corrigera pas : lisez le détail, corrigez-le, puis reconnectez.</translation>
    </message>
    <message>
        <source>The last attempt failed for a reason that usually passes (no answer, a server error, the keychain). The tokens are kept and Keyway tries again; the next success clears this.</source>
        <translation>La dernière tentative a échoué pour une raison généralement passagère (pas de réponse, une erreur du serveur, le trousseau). Les jetons sont gardés et Keyway réessaie ; le prochain succès efface ceci.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État : %1</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>&amp;Export diagnostic bundle…</source>
        <translation>&amp;Exporter un paquet de diagnostic…</translation>
    </message>
    <message>
        <source>Shows what the bundle holds (events, request history, decoded claims, versions; never a secret) before saving it</source>
        <translation>Affiche ce que contient le paquet (événements, historique des requêtes, claims décodés, versions ; jamais de secret) avant de l&apos;enregistrer</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>Rechercher dans la chronologie</translation>
    </message>
    <message>
        <source>Shows only events whose text, step, outcome, detail or HTTP status contain every word typed</source>
        <translation>N&apos;affiche que les événements dont le texte, l&apos;étape, le résultat, le détail ou l&apos;état HTTP contient chaque mot saisi</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Copy &amp;row</source>
        <translation>Copier la &amp;ligne</translation>
    </message>
    <message>
        <source>Copy the selected event as text (Ctrl+C)</source>
        <translation>Copier l&apos;événement sélectionné en texte (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy the selected event</source>
        <translation>Copier l&apos;événement sélectionné</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>&amp;Tout copier</translation>
    </message>
    <message>
        <source>Copy every event shown as text, with a header line</source>
        <translation>Copier en texte tous les événements affichés, avec une ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>Copy all events shown</source>
        <translation>Copier tous les événements affichés</translation>
    </message>
    <message>
        <source>Flow timeline</source>
        <translation>Chronologie du flux</translation>
    </message>
    <message>
        <source>Selected event detail</source>
        <translation>Détail de l&apos;événement sélectionné</translation>
    </message>
    <message>
        <source>Select an event to read its full detail.</source>
        <translation>Sélectionnez un événement pour lire son détail complet.</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>Connection id (or a unique prefix), name, account, or integration id (its default)</source>
        <translation>Identifiant de la connexion (ou un préfixe unique), nom, compte ou identifiant d&apos;intégration (sa connexion par défaut)</translation>
    </message>
    <message>
        <source>Refresh the token first</source>
        <translation>Actualiser d&apos;abord le jeton</translation>
    </message>
    <message>
        <source>token (the token alone, the default), json ({access_token, token_type, expires_at, scope}) or kubernetes (an ExecCredential for kubeconfig&apos;s exec plugin)</source>
        <translation>token (le jeton seul, par défaut), json ({access_token, token_type, expires_at, scope}) ou kubernetes (un ExecCredential pour le plugin exec de kubeconfig)</translation>
    </message>
    <message>
        <source>give exactly one CONNECTION</source>
        <translation>donnez exactement une CONNECTION</translation>
    </message>
    <message>
        <source>--format is token, json or kubernetes</source>
        <translation>--format vaut token, json ou kubernetes</translation>
    </message>
    <message>
        <source>a Basic credential has no kubernetes form: use --format json</source>
        <translation>un identifiant Basic n&apos;a pas de forme kubernetes : utilisez --format json</translation>
    </message>
    <message>
        <source>Print a connection&apos;s access token</source>
        <translation>Afficher le jeton d&apos;accès d&apos;une connexion</translation>
    </message>
    <message>
        <source>The same as --format json</source>
        <translation>Identique à --format json</translation>
    </message>
    <message>
        <source>With --exchange: the service the new token is for</source>
        <translation>Avec --exchange : le service auquel le nouveau jeton est destiné</translation>
    </message>
    <message>
        <source>With --exchange: the URI of the service the new token is for (repeatable)</source>
        <translation>Avec --exchange : l&apos;URI du service auquel le nouveau jeton est destiné (répétable)</translation>
    </message>
    <message>
        <source>With --exchange: the scopes asked for, space-separated</source>
        <translation>Avec --exchange : les scopes demandés, séparés par des espaces</translation>
    </message>
    <message>
        <source>With --exchange: the token type asked for (a URI, e.g. urn:ietf:params:oauth:token-type:jwt)</source>
        <translation>Avec --exchange : le type de jeton demandé (une URI, p. ex. urn:ietf:params:oauth:token-type:jwt)</translation>
    </message>
    <message>
        <source>--%1 goes with --exchange</source>
        <translation>--%1 va avec --exchange</translation>
    </message>
    <message>
        <source>--exchange prints the token alone or --json; it takes no --refresh</source>
        <translation>--exchange affiche le jeton seul ou --json ; il n&apos;accepte pas --refresh</translation>
    </message>
    <message>
        <source>--exchange needs --audience AUD or --resource URI: the service the token is for</source>
        <translation>--exchange a besoin de --audience AUD ou --resource URI : le service auquel le jeton est destiné</translation>
    </message>
    <message>
        <source>For a DPoP-bound token (RFC 9449): also print a fresh proof for one request, --method and --url (the token on the first line, the proof on the second; &quot;dpop_proof&quot; with --json). Send them as &quot;Authorization: DPoP TOKEN&quot; and &quot;DPoP: PROOF&quot;, once, within a few minutes</source>
        <translation>Pour un jeton lié à DPoP (RFC 9449) : afficher aussi une preuve neuve pour une requête, --method et --url (le jeton sur la première ligne, la preuve sur la seconde ; « dpop_proof » avec --json). Envoyez-les en « Authorization: DPoP TOKEN » et « DPoP: PROOF », une seule fois, dans les quelques minutes</translation>
    </message>
    <message>
        <source>With --dpop-proof: the request&apos;s HTTP method (default GET)</source>
        <translation>Avec --dpop-proof : la méthode HTTP de la requête (GET par défaut)</translation>
    </message>
    <message>
        <source>With --dpop-proof: the request&apos;s URL, absolute or relative to the API base URL (one of the connection&apos;s own origins)</source>
        <translation>Avec --dpop-proof : l’URL de la requête, absolue ou relative à l’URL de base de l’API (l’une des origines propres de la connexion)</translation>
    </message>
    <message>
        <source>--%1 goes with --dpop-proof</source>
        <translation>--%1 va avec --dpop-proof</translation>
    </message>
    <message>
        <source>--dpop-proof needs --url URL (and --method METHOD unless it is GET): the request the proof is for</source>
        <translation>--dpop-proof demande --url URL (et --method METHOD sauf pour GET) : la requête à laquelle la preuve est destinée</translation>
    </message>
    <message>
        <source>the access token of %1 is bound to its DPoP key (RFC 9449): a server accepts it only with a fresh proof for each request, which kubectl cannot send. Give kubectl a connection made without --dpop.</source>
        <translation>le jeton d’accès de %1 est lié à sa clé DPoP (RFC 9449) : un serveur ne l’accepte qu’avec une preuve neuve pour chaque requête, que kubectl ne sait pas envoyer. Donnez à kubectl une connexion établie sans --dpop.</translation>
    </message>
    <message>
        <source>warning: this access token is bound to the DPoP key of %1 (RFC 9449): a server accepts it only with a fresh proof for each request (keyway token %1 --dpop-proof --method METHOD --url URL).</source>
        <translation>avertissement : ce jeton d’accès est lié à la clé DPoP de %1 (RFC 9449) : un serveur ne l’accepte qu’avec une preuve neuve pour chaque requête (keyway token %1 --dpop-proof --method METHOD --url URL).</translation>
    </message>
    <message>
        <source>--dpop-proof prints the token and its proof as text or --json; it goes with neither --exchange nor --format kubernetes</source>
        <translation>--dpop-proof affiche le jeton et sa preuve en texte ou avec --json ; il ne va ni avec --exchange ni avec --format kubernetes</translation>
    </message>
    <message>
        <source>With --dpop-proof: the nonce the server asked for in its DPoP-Nonce header, to put in the proof</source>
        <translation>Avec --dpop-proof : le nonce que le serveur a demandé dans son en-tête DPoP-Nonce, à mettre dans la preuve</translation>
    </message>
    <message>
        <source>Exchange the access token for one aimed at another service (RFC 8693); it is printed, not stored, unless --save-as keeps it</source>
        <translation>Échanger le jeton d&apos;accès contre un jeton destiné à un autre service (RFC 8693) ; il est affiché, pas enregistré, sauf si --save-as le conserve</translation>
    </message>
    <message>
        <source>With --exchange: keep the exchanged token as a new connection named NAME and print its id instead of the token (with --json, as &quot;connection_id&quot;). It is kept in the keychain, sent as it is only to the service it is for, and never renewed: exchange again once it expires</source>
        <translation>Avec --exchange : conserver le jeton échangé comme nouvelle connexion nommée NAME et afficher son id au lieu du jeton (avec --json, comme &quot;connection_id&quot;). Il est conservé dans le trousseau, envoyé tel quel uniquement au service auquel il est destiné, et jamais renouvelé : échangez-le à nouveau une fois expiré</translation>
    </message>
    <message>
        <source>With --save-as: the API base URL of the service the token is for (https, or http on loopback); needed when neither the audience nor a resource is an https URL</source>
        <translation>Avec --save-as : l’URL de base de l’API du service auquel le jeton est destiné (https, ou http sur loopback) ; nécessaire quand ni l’audience ni une ressource n’est une URL https</translation>
    </message>
    <message>
        <source>--api-base goes with --save-as</source>
        <translation>--api-base va avec --save-as</translation>
    </message>
    <message>
        <source>%1 Use --api-base URL.</source>
        <translation>%1 Utilisez --api-base URL.</translation>
    </message>
    <message>
        <source>--save-as needs a name for the new connection</source>
        <translation>--save-as a besoin d’un nom pour la nouvelle connexion</translation>
    </message>
</context>
<context>
    <name>TokenExchangeDialog</name>
    <message>
        <source>Exchange the access token</source>
        <translation>Échanger le jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Asks the provider for a token aimed at another service, in exchange for this connection&apos;s access token (RFC 8693). The new token is shown here and not kept: the connection keeps its own.</source>
        <translation>Demande au fournisseur un jeton destiné à un autre service, en échange du jeton d&apos;accès de cette connexion (RFC 8693). Le nouveau jeton est affiché ici et n&apos;est pas conservé : la connexion garde le sien.</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Audience :</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>The service the token is for</source>
        <translation>Le service auquel le jeton est destiné</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource :</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>https://api.example.com/ (optional)</source>
        <translation>https://api.example.com/ (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>&amp;Scopes :</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Space-separated (optional)</source>
        <translation>Séparés par des espaces (facultatif)</translation>
    </message>
    <message>
        <source>Token &amp;type:</source>
        <translation>&amp;Type de jeton :</translation>
    </message>
    <message>
        <source>Requested token type</source>
        <translation>Type de jeton demandé</translation>
    </message>
    <message>
        <source>urn:ietf:params:oauth:token-type:… (optional)</source>
        <translation>urn:ietf:params:oauth:token-type:… (facultatif)</translation>
    </message>
</context>
<context>
    <name>TokenInspector</name>
    <message>
        <source>Token inspector status</source>
        <translation>État de l&apos;inspecteur de jetons</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Reload tokens from the keychain</source>
        <translation>Recharger les jetons depuis le trousseau</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
</context>
<context>
    <name>TokenResponseParser</name>
    <message>
        <source>a token response</source>
        <translation>une réponse de jeton</translation>
    </message>
    <message>
        <source>The provider&apos;s answer did not contain an access token.</source>
        <translation>La réponse du fournisseur ne contenait pas de jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer contained an access token Keyway cannot use.</source>
        <translation>La réponse du fournisseur contenait un jeton d&apos;accès que Keyway ne peut pas utiliser.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer contained an empty access token.</source>
        <translation>La réponse du fournisseur contenait un jeton d&apos;accès vide.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer contained a refresh token Keyway cannot use.</source>
        <translation>La réponse du fournisseur contenait un jeton d&apos;actualisation que Keyway ne peut pas utiliser.</translation>
    </message>
</context>
<context>
    <name>TokenView</name>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Signature status</source>
        <translation>État de la signature</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Introspect</source>
        <translation>Introspection</translation>
    </message>
    <message>
        <source>Ask the provider what this token means (RFC 7662)</source>
        <translation>Demander au fournisseur ce que signifie ce jeton (RFC 7662)</translation>
    </message>
    <message>
        <source>Token binding</source>
        <translation>Liaison du jeton</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>en</source>
        <comment>The language code of this translation (de, fr, es, ja): the window says when provider text is in English</comment>
        <translation>fr</translation>
    </message>
</context>
<context>
    <name>UnifiedScope</name>
    <message>
        <source>Sign the user in and receive an ID token (OpenID Connect)</source>
        <translation>Connecter l&apos;utilisateur et recevoir un jeton d&apos;identité (OpenID Connect)</translation>
    </message>
    <message>
        <source>Keep access when the user is away (refresh tokens)</source>
        <translation>Garder l&apos;accès quand l&apos;utilisateur est absent (jetons d&apos;actualisation)</translation>
    </message>
    <message>
        <source>Read the signed-in user&apos;s basic profile</source>
        <translation>Lire le profil de base de l&apos;utilisateur connecté</translation>
    </message>
    <message>
        <source>Read the signed-in user&apos;s email address</source>
        <translation>Lire l&apos;adresse e-mail de l&apos;utilisateur connecté</translation>
    </message>
    <message>
        <source>Read the organisation&apos;s users and groups</source>
        <translation>Lire les utilisateurs et les groupes de l&apos;organisation</translation>
    </message>
    <message>
        <source>Read CRM contacts</source>
        <translation>Lire les contacts CRM</translation>
    </message>
    <message>
        <source>Create and update CRM contacts</source>
        <translation>Créer et modifier des contacts CRM</translation>
    </message>
    <message>
        <source>Read CRM companies and accounts</source>
        <translation>Lire les entreprises et comptes CRM</translation>
    </message>
    <message>
        <source>Create and update CRM companies and accounts</source>
        <translation>Créer et modifier des entreprises et comptes CRM</translation>
    </message>
    <message>
        <source>Read CRM deals and opportunities</source>
        <translation>Lire les affaires et opportunités CRM</translation>
    </message>
    <message>
        <source>Create and update CRM deals and opportunities</source>
        <translation>Créer et modifier des affaires et opportunités CRM</translation>
    </message>
    <message>
        <source>Read calendar events</source>
        <translation>Lire les événements d&apos;agenda</translation>
    </message>
    <message>
        <source>Create, update and delete calendar events</source>
        <translation>Créer, modifier et supprimer des événements d&apos;agenda</translation>
    </message>
    <message>
        <source>Read email messages</source>
        <translation>Lire les e-mails</translation>
    </message>
    <message>
        <source>Send email on the user&apos;s behalf</source>
        <translation>Envoyer des e-mails au nom de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Read files and folders</source>
        <translation>Lire les fichiers et dossiers</translation>
    </message>
    <message>
        <source>Create, update and delete files and folders</source>
        <translation>Créer, modifier et supprimer des fichiers et dossiers</translation>
    </message>
    <message>
        <source>Read messages</source>
        <translation>Lire les messages</translation>
    </message>
    <message>
        <source>Post messages</source>
        <translation>Publier des messages</translation>
    </message>
    <message>
        <source>List channels and conversations</source>
        <translation>Lister les canaux et conversations</translation>
    </message>
    <message>
        <source>Read invoices</source>
        <translation>Lire les factures</translation>
    </message>
    <message>
        <source>Create and update invoices</source>
        <translation>Créer et modifier des factures</translation>
    </message>
    <message>
        <source>Read accounting customers and contacts</source>
        <translation>Lire les clients et contacts de la comptabilité</translation>
    </message>
    <message>
        <source>Create and update accounting customers and contacts</source>
        <translation>Créer et modifier des clients et contacts de la comptabilité</translation>
    </message>
    <message>
        <source>Read financial reports</source>
        <translation>Lire les rapports financiers</translation>
    </message>
    <message>
        <source>Read support tickets</source>
        <translation>Lire les tickets d&apos;assistance</translation>
    </message>
    <message>
        <source>Create and update support tickets</source>
        <translation>Créer et modifier des tickets d&apos;assistance</translation>
    </message>
    <message>
        <source>Read employee records</source>
        <translation>Lire les dossiers des employés</translation>
    </message>
    <message>
        <source>Create and update employee records</source>
        <translation>Créer et modifier des dossiers d&apos;employés</translation>
    </message>
    <message>
        <source>Read job candidates and applications</source>
        <translation>Lire les candidats et candidatures</translation>
    </message>
    <message>
        <source>Read job postings</source>
        <translation>Lire les offres d&apos;emploi</translation>
    </message>
    <message>
        <source>Read source code repositories</source>
        <translation>Lire les dépôts de code source</translation>
    </message>
    <message>
        <source>Push to and administer source code repositories</source>
        <translation>Pousser vers les dépôts de code source et les administrer</translation>
    </message>
    <message>
        <source>Read issues and pull requests</source>
        <translation>Lire les tickets et pull requests</translation>
    </message>
    <message>
        <source>Create and update issues and pull requests</source>
        <translation>Créer et modifier des tickets et pull requests</translation>
    </message>
    <message>
        <source>Read payments and charges</source>
        <translation>Lire les paiements et débits</translation>
    </message>
    <message>
        <source>Create and refund payments and charges</source>
        <translation>Créer et rembourser des paiements et débits</translation>
    </message>
    <message>
        <source>Read payment customers</source>
        <translation>Lire les clients des paiements</translation>
    </message>
    <message>
        <source>Read marketing lists and audiences</source>
        <translation>Lire les listes et audiences marketing</translation>
    </message>
    <message>
        <source>Manage marketing lists and audiences</source>
        <translation>Gérer les listes et audiences marketing</translation>
    </message>
    <message>
        <source>Read marketing campaigns</source>
        <translation>Lire les campagnes marketing</translation>
    </message>
    <message>
        <source>Create and send marketing campaigns</source>
        <translation>Créer et envoyer des campagnes marketing</translation>
    </message>
    <message>
        <source>Read store orders</source>
        <translation>Lire les commandes de la boutique</translation>
    </message>
    <message>
        <source>Create and update store orders</source>
        <translation>Créer et modifier des commandes de la boutique</translation>
    </message>
    <message>
        <source>Read store products</source>
        <translation>Lire les produits de la boutique</translation>
    </message>
    <message>
        <source>Create and update store products</source>
        <translation>Créer et modifier des produits de la boutique</translation>
    </message>
    <message>
        <source>Read store customers</source>
        <translation>Lire les clients de la boutique</translation>
    </message>
    <message>
        <source>Read documents, pages and notes</source>
        <translation>Lire les documents, pages et notes</translation>
    </message>
    <message>
        <source>Create and update documents, pages and notes</source>
        <translation>Créer et modifier des documents, pages et notes</translation>
    </message>
    <message>
        <source>Read tasks and projects</source>
        <translation>Lire les tâches et projets</translation>
    </message>
    <message>
        <source>Create and update tasks and projects</source>
        <translation>Créer et modifier des tâches et projets</translation>
    </message>
    <message>
        <source>Read analytics data and reports</source>
        <translation>Lire les données et rapports d&apos;analyse</translation>
    </message>
    <message>
        <source>Read meetings and recordings</source>
        <translation>Lire les réunions et enregistrements</translation>
    </message>
    <message>
        <source>Create and update meetings</source>
        <translation>Créer et modifier des réunions</translation>
    </message>
    <message>
        <source>Read advertising accounts, campaigns, ads and their performance</source>
        <translation>Lire les comptes publicitaires, campagnes, annonces et leurs performances</translation>
    </message>
    <message>
        <source>Create and change advertising campaigns and ads</source>
        <translation>Créer et modifier des campagnes publicitaires et annonces</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>No address is configured for this request.</source>
        <translation>Aucune adresse n&apos;est configurée pour cette requête.</translation>
    </message>
    <message>
        <source>The address is not a valid URL.</source>
        <translation>L&apos;adresse n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>L&apos;adresse ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>Only https addresses can be used.</source>
        <translation>Seules les adresses https peuvent être utilisées.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>L&apos;adresse n&apos;a pas de nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>Refusing to send credentials over an unencrypted connection to %1: the address must use https (plain http to a host other than this computer needs the integration&apos;s &quot;allow_insecure_http&quot; setting).</source>
        <translation>Refus d&apos;envoyer des identifiants par une connexion non chiffrée à %1 : l&apos;adresse doit utiliser https (le http non chiffré vers un hôte autre que cet ordinateur nécessite le paramètre « allow_insecure_http » de l&apos;intégration).</translation>
    </message>
</context>
<context>
    <name>VaultUnlockDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>Phrase secrète du coffre</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>À &amp;nouveau :</translation>
    </message>
    <message>
        <source>Vault passphrase again</source>
        <translation>Phrase secrète du coffre, à nouveau</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>Erreur de déverrouillage</translation>
    </message>
</context>
<context>
    <name>keyway::AccountResolver</name>
    <message>
        <source>The provider publishes no keys (jwks_uri), so its ID token cannot be checked.</source>
        <translation>Le fournisseur ne publie aucune clé (jwks_uri), son jeton d&apos;identité ne peut donc pas être vérifié.</translation>
    </message>
    <message>
        <source>ID token valid (signed %1 by key %2, subject %3)</source>
        <translation>Jeton d&apos;identité valide (signé %1 par la clé %2, sujet %3)</translation>
    </message>
    <message>
        <source>The provider&apos;s user info belongs to a different user than the ID token.</source>
        <translation>Les informations utilisateur du fournisseur appartiennent à un autre utilisateur que le jeton d&apos;identité.</translation>
    </message>
    <message>
        <source>userinfo sub &quot;%1&quot;, id_token sub &quot;%2&quot;</source>
        <translation>sub userinfo « %1 », sub id_token « %2 »</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
</context>
<context>
    <name>keyway::ActionDelegate</name>
    <message>
        <source>Reconnect…</source>
        <translation>Reconnecter…</translation>
    </message>
</context>
<context>
    <name>keyway::ApiClient</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The request failed before an answer came.</source>
        <translation>La requête a échoué avant l&apos;arrivée d&apos;une réponse.</translation>
    </message>
    <message>
        <source>The API says this request needs a permission the connection was not granted: reconnect and grant it.</source>
        <translation>L&apos;API indique que cette requête nécessite une autorisation qui n&apos;a pas été accordée à la connexion : reconnectez-vous et accordez-la.</translation>
    </message>
    <message>
        <source>The API says this request needs the permission &quot;%1&quot;, which the connection was not granted: reconnect with it.</source>
        <translation>L&apos;API indique que cette requête nécessite l&apos;autorisation « %1 », qui n&apos;a pas été accordée à la connexion : reconnectez-vous avec elle.</translation>
    </message>
    <message>
        <source>%1 %2 answered 401: refreshing and retrying once</source>
        <translation>%1 %2 a répondu 401 : actualisation et nouvel essai unique</translation>
    </message>
    <message>
        <source>%1 %2 asked for a DPoP nonce: sending it again with one</source>
        <translation>%1 %2 a demandé un nonce DPoP : renvoi avec celui-ci</translation>
    </message>
</context>
<context>
    <name>keyway::ApplicationFlow</name>
    <message>
        <source>The provider&apos;s token endpoint is not known.</source>
        <translation>Le point de terminaison des jetons du fournisseur n&apos;est pas connu.</translation>
    </message>
    <message>
        <source>access token %1, %2</source>
        <translation>jeton d&apos;accès %1, %2</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expire %1</translation>
    </message>
    <message>
        <source>expiry unknown</source>
        <translation>expiration inconnue</translation>
    </message>
</context>
<context>
    <name>keyway::AuthorizationCodeFlow</name>
    <message>
        <source>The provider&apos;s authorization or token endpoint is not known.</source>
        <translation>Le point de terminaison d&apos;autorisation ou des jetons du fournisseur n&apos;est pas connu.</translation>
    </message>
    <message>
        <source>Waiting for the redirect on %1</source>
        <translation>Attente de la redirection sur %1</translation>
    </message>
    <message>
        <source>The authorization request could not be built.</source>
        <translation>La requête d&apos;autorisation n&apos;a pas pu être construite.</translation>
    </message>
    <message>
        <source>%1 (client_id %2, scope &quot;%3&quot;, PKCE %4%5)</source>
        <translation>%1 (client_id %2, scope « %3 », PKCE %4%5)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>, nonce</source>
        <translation>, nonce</translation>
    </message>
    <message>
        <source>Not opened: the sign-in happens on another device and its final address is pasted back</source>
        <translation>Non ouvert : la connexion a lieu sur un autre appareil et son adresse finale est collée ici</translation>
    </message>
    <message>
        <source>This sign-in has already ended. Start connecting again.</source>
        <translation>Cette connexion est déjà terminée. Recommencez à vous connecter.</translation>
    </message>
    <message>
        <source>That is not the address this sign-in ends on. Paste the whole address from the browser&apos;s address bar: it starts with %1?</source>
        <translation>Ce n&apos;est pas l&apos;adresse où se termine cette connexion. Collez toute l&apos;adresse de la barre d&apos;adresse du navigateur : elle commence par %1?</translation>
    </message>
    <message>
        <source>That address belongs to another sign-in (its state is not this one&apos;s), so it was refused and nothing was stored. Paste the address from the browser tab of this sign-in.</source>
        <translation>Cette adresse appartient à une autre connexion (son state n&apos;est pas celui-ci), elle a donc été refusée et rien n&apos;a été enregistré. Collez l&apos;adresse de l&apos;onglet du navigateur de cette connexion.</translation>
    </message>
    <message>
        <source>Browser opened</source>
        <translation>Navigateur ouvert</translation>
    </message>
    <message>
        <source>Port %1 is already in use by another program, and Keyway must listen there because the redirect URI registered at the provider is %2. Close the program using port %1, or register another redirect URI at the provider and give it to Keyway (keyway connect --redirect-uri URI, or Redirect URI under Advanced in the connect dialog).</source>
        <translation>Le port %1 est déjà utilisé par un autre programme, et Keyway doit y écouter car l&apos;URI de redirection enregistrée chez le fournisseur est %2. Fermez le programme qui utilise le port %1, ou enregistrez une autre URI de redirection chez le fournisseur et donnez-la à Keyway (keyway connect --redirect-uri URI, ou URI de redirection sous Avancé dans la fenêtre de connexion).</translation>
    </message>
    <message>
        <source>No answer came back from the browser in time. Usually the provider did not accept the redirect URI, which must be registered there exactly as %1, or does not know the client ID %2; the provider&apos;s page in the browser says which. Keyway waited at %3.</source>
        <translation>Aucune réponse n&apos;est revenue du navigateur à temps. En général, le fournisseur n&apos;a pas accepté l&apos;URI de redirection, qui doit y être enregistrée exactement comme %1, ou ne connaît pas l&apos;identifiant client %2 ; la page du fournisseur dans le navigateur dit lequel. Keyway a attendu sur %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) that did not belong to this sign-in (wrong or missing state) were ignored.</source>
        <translation>
            <numerusform>%n réponse qui n&apos;appartenait pas à cette connexion (state faux ou absent) a été ignorée.</numerusform>
            <numerusform>%n réponses qui n&apos;appartenaient pas à cette connexion (state faux ou absent) ont été ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again, or copy the link into a browser.</source>
        <translation>Réessayez, ou copiez le lien dans un navigateur.</translation>
    </message>
    <message>
        <source>waited %1 s for the redirect to %2</source>
        <translation>%1 s d&apos;attente de la redirection vers %2</translation>
    </message>
    <message>
        <source>This sign-in has already ended</source>
        <translation>Cette connexion est déjà terminée</translation>
    </message>
    <message>
        <source>Start connecting again from Keyway.</source>
        <translation>Recommencez à vous connecter depuis Keyway.</translation>
    </message>
    <message>
        <source>Ignored a redirect that does not belong to this sign-in (%1); still waiting</source>
        <translation>Redirection n&apos;appartenant pas à cette connexion ignorée (%1) ; attente toujours en cours</translation>
    </message>
    <message>
        <source>state missing</source>
        <translation>state absent</translation>
    </message>
    <message>
        <source>state differs</source>
        <translation>state différent</translation>
    </message>
    <message>
        <source>Sign-in response rejected</source>
        <translation>Réponse de connexion rejetée</translation>
    </message>
    <message>
        <source>This response does not belong to the sign-in Keyway is waiting for, so it was ignored.</source>
        <translation>Cette réponse n&apos;appartient pas à la connexion que Keyway attend, elle a donc été ignorée.</translation>
    </message>
    <message>
        <source>Redirect received with %1</source>
        <translation>Redirection reçue avec %1</translation>
    </message>
    <message>
        <source>The sign-in response came from a different server than expected, so it was rejected.</source>
        <translation>La réponse de connexion venait d&apos;un autre serveur que celui attendu, elle a donc été rejetée.</translation>
    </message>
    <message>
        <source>iss missing</source>
        <translation>iss absent</translation>
    </message>
    <message>
        <source>iss &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>iss « %1 », attendu « %2 »</translation>
    </message>
    <message>
        <source>Sign-in rejected</source>
        <translation>Connexion rejetée</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>The provider sent no authorization code.</source>
        <translation>Le fournisseur n&apos;a envoyé aucun code d&apos;autorisation.</translation>
    </message>
    <message>
        <source>Finishing the sign-in</source>
        <translation>Finalisation de la connexion</translation>
    </message>
    <message>
        <source>You can close this tab; Keyway is finishing the sign-in and shows the result.</source>
        <translation>Vous pouvez fermer cet onglet ; Keyway finalise la connexion et affiche le résultat.</translation>
    </message>
    <message>
        <source>access token %1%2%3</source>
        <translation>jeton d&apos;accès %1%2%3</translation>
    </message>
    <message>
        <source>, refresh token %1</source>
        <translation>, jeton d&apos;actualisation %1</translation>
    </message>
    <message>
        <source>, id_token</source>
        <translation>, id_token</translation>
    </message>
    <message>
        <source>The provider did not return an ID token for an OpenID Connect sign-in.</source>
        <translation>Le fournisseur n&apos;a pas renvoyé de jeton d&apos;identité pour une connexion OpenID Connect.</translation>
    </message>
    <message>
        <source>Pushed authorization requests were asked for, but the provider names no endpoint for them.</source>
        <translation>Des requêtes d’autorisation poussées (PAR) ont été demandées, mais le fournisseur n’indique aucun point de terminaison pour elles.</translation>
    </message>
    <message>
        <source>Authorization request pushed to %1; the browser carries only its request_uri</source>
        <translation>Requête d’autorisation poussée vers %1 ; le navigateur ne porte que son request_uri</translation>
    </message>
    <message>
        <source>This connection&apos;s proof-of-possession (DPoP) key could not be read.</source>
        <translation>La clé de preuve de possession (DPoP) de cette connexion n’a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>keyway::BundlePreviewDialog</name>
    <message>
        <source>Diagnostic bundle of %1</source>
        <translation>Paquet de diagnostic de %1</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>The bundle could not be built.</source>
        <translation>Le paquet n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>the connection: integration, sign-in method, status, scopes and settings (never a secret)</source>
        <translation>la connexion : intégration, mode de connexion, état, scopes et paramètres (jamais de secret)</translation>
    </message>
    <message>
        <source>1 timeline event</source>
        <translation>1 événement de chronologie</translation>
    </message>
    <message>
        <source>%1 timeline events</source>
        <translation>%1 événements de chronologie</translation>
    </message>
    <message>
        <source>1 API request (addresses and headers with secrets removed, no bodies)</source>
        <translation>1 requête API (adresses et en-têtes sans secrets, sans corps)</translation>
    </message>
    <message>
        <source>%1 API requests (addresses and headers with secrets removed, no bodies)</source>
        <translation>%1 requêtes API (adresses et en-têtes sans secrets, sans corps)</translation>
    </message>
    <message>
        <source>no token information</source>
        <translation>aucune information de jeton</translation>
    </message>
    <message>
        <source>token fingerprints and the decoded claims of JWTs (never the tokens themselves)</source>
        <translation>empreintes des jetons et claims décodés des JWT (jamais les jetons eux-mêmes)</translation>
    </message>
    <message>
        <source>Keyway %1, Qt %2, %3; secrets kept in %4</source>
        <translation>Keyway %1, Qt %2, %3 ; secrets conservés dans %4</translation>
    </message>
    <message>
        <source>It holds:</source>
        <translation>Il contient :</translation>
    </message>
    <message>
        <source>It holds no personal data that Keyway knows of.</source>
        <translation>Il ne contient aucune donnée personnelle connue de Keyway.</translation>
    </message>
    <message>
        <source>It holds this personal data about the account:
%1</source>
        <translation>Il contient ces données personnelles sur le compte :
%1</translation>
    </message>
    <message>
        <source>Personal data is left out.</source>
        <translation>Les données personnelles sont omises.</translation>
    </message>
    <message>
        <source>Left out: %1. Each value reads &quot;(left out)&quot;.</source>
        <translation>Omis : %1. Chaque valeur vaut « (omis) ».</translation>
    </message>
    <message>
        <source>The bundle was not saved to %1.</source>
        <translation>Le paquet n&apos;a pas été enregistré dans %1.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>Save diagnostic bundle</source>
        <translation>Enregistrer le paquet de diagnostic</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>keyway::CallbackListener</name>
    <message>
        <source>This sign-in listener was already used.</source>
        <translation>Ce récepteur de connexion a déjà été utilisé.</translation>
    </message>
    <message>
        <source>The redirect path &quot;%1&quot; is not valid.</source>
        <translation>Le chemin de redirection « %1 » n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Keyway can only receive a redirect on 127.0.0.1, [::1] or localhost.</source>
        <translation>Keyway ne peut recevoir une redirection que sur 127.0.0.1, [::1] ou localhost.</translation>
    </message>
    <message>
        <source>This sign-in is over</source>
        <translation>Cette connexion est terminée</translation>
    </message>
    <message>
        <source>Keyway is no longer waiting for this response. Return to Keyway and start again if needed.</source>
        <translation>Keyway n&apos;attend plus cette réponse. Revenez à Keyway et recommencez si nécessaire.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Nothing is served here.</source>
        <translation>Rien n&apos;est servi ici.</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Méthode non autorisée</translation>
    </message>
    <message>
        <source>Only GET is accepted here.</source>
        <translation>Seul GET est accepté ici.</translation>
    </message>
    <message>
        <source>Not a sign-in response</source>
        <translation>Pas une réponse de connexion</translation>
    </message>
    <message>
        <source>This address only receives the provider&apos;s answer to a Keyway sign-in.</source>
        <translation>Cette adresse ne reçoit que la réponse du fournisseur à une connexion Keyway.</translation>
    </message>
    <message>
        <source>Not a valid sign-in response</source>
        <translation>Réponse de connexion non valide</translation>
    </message>
    <message>
        <source>The response repeats the parameter &quot;%1&quot;.</source>
        <translation>La réponse répète le paramètre « %1 ».</translation>
    </message>
    <message>
        <source>Sign-in was not completed</source>
        <translation>La connexion n&apos;a pas abouti</translation>
    </message>
    <message>
        <source>The provider returned an error.</source>
        <translation>Le fournisseur a renvoyé une erreur.</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>Réponse reçue</translation>
    </message>
    <message>
        <source>You can close this tab; Keyway received the provider&apos;s response.</source>
        <translation>Vous pouvez fermer cet onglet ; Keyway a reçu la réponse du fournisseur.</translation>
    </message>
</context>
<context>
    <name>keyway::Catalog</name>
    <message>
        <source>The integration file %1 is not valid: %2</source>
        <translation>Le fichier d&apos;intégration %1 n&apos;est pas valide : %2</translation>
    </message>
    <message>
        <source>Only the first %1 integration files in %2 were read.</source>
        <translation>Seuls les %1 premiers fichiers d&apos;intégration de %2 ont été lus.</translation>
    </message>
    <message>
        <source>Custom integrations are turned off.</source>
        <translation>Les intégrations personnalisées sont désactivées.</translation>
    </message>
    <message>
        <source>The folder for custom integrations cannot be created.</source>
        <translation>Le dossier des intégrations personnalisées ne peut pas être créé.</translation>
    </message>
    <message>
        <source>A custom integration with the id &quot;%1&quot; already exists.</source>
        <translation>Une intégration personnalisée avec l&apos;identifiant « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the id of the built-in integration %2; replacing it takes --replace.</source>
        <translation>« %1 » est l&apos;identifiant de l&apos;intégration intégrée %2 ; la remplacer demande --replace.</translation>
    </message>
    <message>
        <source>The integration could not be saved.</source>
        <translation>L&apos;intégration n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>The saved integration could not be loaded.</source>
        <translation>L&apos;intégration enregistrée n&apos;a pas pu être chargée.</translation>
    </message>
    <message>
        <source>The imported integration could not be loaded.</source>
        <translation>L&apos;intégration importée n&apos;a pas pu être chargée.</translation>
    </message>
    <message>
        <source>There is no integration &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas d&apos;intégration « %1 ».</translation>
    </message>
    <message>
        <source>The integration could not be written.</source>
        <translation>L&apos;intégration n&apos;a pas pu être écrite.</translation>
    </message>
    <message>
        <source>There is no custom integration &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas d&apos;intégration personnalisée « %1 ».</translation>
    </message>
    <message>
        <source>The custom integration could not be deleted.</source>
        <translation>L&apos;intégration personnalisée n&apos;a pas pu être supprimée.</translation>
    </message>
</context>
<context>
    <name>keyway::ClientCertificatePanel</name>
    <message>
        <source>PEM certificate and private key files</source>
        <translation>Fichiers PEM du certificat et de la clé privée</translation>
    </message>
    <message>
        <source>PKCS#12 file (.p12, .pfx) with its password</source>
        <translation>Fichier PKCS#12 (.p12, .pfx) avec son mot de passe</translation>
    </message>
    <message>
        <source>Client certificate (PEM)</source>
        <translation>Certificat client (PEM)</translation>
    </message>
    <message>
        <source>Private key of the client certificate (PEM)</source>
        <translation>Clé privée du certificat client (PEM)</translation>
    </message>
    <message>
        <source>Client certificate (PKCS#12)</source>
        <translation>Certificat client (PKCS#12)</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>Fichiers PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.cer *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>⚠ %1 is too large for a certificate or key.</source>
        <translation>⚠ %1 est trop volumineux pour un certificat ou une clé.</translation>
    </message>
    <message>
        <source>⚠ %1 cannot be read: %2</source>
        <translation>⚠ %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>⚠ %1 is empty.</source>
        <translation>⚠ %1 est vide.</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file of the client certificate.</source>
        <translation>Choisissez le fichier PKCS#12 du certificat client.</translation>
    </message>
    <message>
        <source>Choose the client certificate (PEM).</source>
        <translation>Choisissez le certificat client (PEM).</translation>
    </message>
    <message>
        <source>Choose the private key of the client certificate (PEM).</source>
        <translation>Choisissez la clé privée du certificat client (PEM).</translation>
    </message>
    <message>
        <source>No private key chosen.</source>
        <translation>Aucune clé privée choisie.</translation>
    </message>
    <message>
        <source>No PKCS#12 file chosen.</source>
        <translation>Aucun fichier PKCS#12 choisi.</translation>
    </message>
    <message>
        <source>The key kept in the keychain for this connection.</source>
        <translation>La clé conservée dans le trousseau pour cette connexion.</translation>
    </message>
    <message>
        <source>The certificate kept with this connection: %1</source>
        <translation>Le certificat conservé avec cette connexion : %1</translation>
    </message>
    <message>
        <source>No certificate chosen.</source>
        <translation>Aucun certificat choisi.</translation>
    </message>
    <message>
        <source>New certificate for %1 (not from a file)</source>
        <translation>Nouveau certificat pour %1 (pas issu d’un fichier)</translation>
    </message>
    <message>
        <source>Its key, kept in memory until the keychain holds it</source>
        <translation>Sa clé, gardée en mémoire jusqu’à ce que le trousseau la conserve</translation>
    </message>
</context>
<context>
    <name>keyway::ClientCredentialsFlow</name>
    <message>
        <source>client %1 with %2</source>
        <translation>client %1 avec %2</translation>
    </message>
    <message>
        <source>scope &quot;%1&quot;</source>
        <translation>scope « %1 »</translation>
    </message>
    <message>
        <source>audience %1</source>
        <translation>audience %1</translation>
    </message>
    <message>
        <source>resource %1</source>
        <translation>ressource %1</translation>
    </message>
    <message>
        <source>client_credentials grant at %1: %2</source>
        <translation>octroi client_credentials chez %1 : %2</translation>
    </message>
</context>
<context>
    <name>keyway::ClientRegistrar</name>
    <message>
        <source>%1 does not offer dynamic client registration (its metadata lists no registration_endpoint). Register a client in the provider&apos;s console and add the integration without registering.</source>
        <translation>%1 ne propose pas l&apos;enregistrement dynamique de client (ses métadonnées n&apos;indiquent aucun registration_endpoint). Enregistrez un client dans la console du fournisseur et ajoutez l&apos;intégration sans enregistrement.</translation>
    </message>
    <message>
        <source>Nothing to register: Keyway registered itself as a client of this provider when the integration was added. Connect without entering a client ID.</source>
        <translation>Rien à enregistrer : Keyway s&apos;est enregistré comme client de ce fournisseur lors de l&apos;ajout de l&apos;intégration. Connectez-vous sans saisir d&apos;identifiant client.</translation>
    </message>
    <message>
        <source>The provider gave no way to delete Keyway&apos;s client registration; remove the client in the provider&apos;s console.</source>
        <translation>Le fournisseur n&apos;a donné aucun moyen de supprimer l&apos;enregistrement client de Keyway ; supprimez le client dans la console du fournisseur.</translation>
    </message>
</context>
<context>
    <name>keyway::ClientRegistration</name>
    <message>
        <source>The provider refused Keyway&apos;s redirect URI, so it cannot register Keyway as a client. Register a client by hand and enter its client ID when connecting.</source>
        <translation>Le fournisseur a refusé l&apos;URI de redirection de Keyway et ne peut donc pas l&apos;enregistrer comme client. Enregistrez un client à la main et saisissez son identifiant client lors de la connexion.</translation>
    </message>
    <message>
        <source>The provider refused to register Keyway with the settings of a desktop app (public client, authorization code with PKCE).</source>
        <translation>Le fournisseur a refusé d&apos;enregistrer Keyway avec les réglages d&apos;une application de bureau (client public, code d&apos;autorisation avec PKCE).</translation>
    </message>
    <message>
        <source>The provider registers only approved software (a software statement), which Keyway does not have. Register a client by hand instead.</source>
        <translation>Le fournisseur n&apos;enregistre que des logiciels approuvés (une déclaration logicielle), ce que Keyway n&apos;a pas. Enregistrez plutôt un client à la main.</translation>
    </message>
    <message>
        <source>The provider did not accept the registration without a valid initial access token. Ask its administrator for one and give it on standard input (--initial-access-token-stdin).</source>
        <translation>Le fournisseur n&apos;a pas accepté l&apos;enregistrement sans jeton d&apos;accès initial valide. Demandez-en un à son administrateur et donnez-le sur l&apos;entrée standard (--initial-access-token-stdin).</translation>
    </message>
    <message>
        <source>The provider refused to register Keyway as a client.</source>
        <translation>Le fournisseur a refusé d&apos;enregistrer Keyway comme client.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer to the registration could not be used.</source>
        <translation>La réponse du fournisseur à l&apos;enregistrement est inutilisable.</translation>
    </message>
    <message>
        <source>The provider registers only clients that authenticate in ways Keyway cannot register (%1).</source>
        <translation>Le fournisseur n&apos;enregistre que des clients qui s&apos;authentifient d&apos;une façon que Keyway ne peut pas enregistrer (%1).</translation>
    </message>
    <message>
        <source>a registration answer</source>
        <translation>une réponse d&apos;enregistrement</translation>
    </message>
    <message>
        <source>The provider&apos;s metadata lists no registration endpoint (RFC 7591); register a client by hand.</source>
        <translation>Les métadonnées du fournisseur n&apos;indiquent aucun point de terminaison d&apos;enregistrement (RFC 7591) ; enregistrez un client à la main.</translation>
    </message>
    <message>
        <source>The registration access token is missing.</source>
        <translation>Le jeton d&apos;accès d&apos;enregistrement manque.</translation>
    </message>
    <message>
        <source>The provider did not delete Keyway&apos;s client registration; remove the client in the provider&apos;s console.</source>
        <translation>Le fournisseur n&apos;a pas supprimé l&apos;enregistrement client de Keyway ; supprimez le client dans la console du fournisseur.</translation>
    </message>
</context>
<context>
    <name>keyway::ConnectAttempt</name>
    <message>
        <source>This sign-in has already ended. Start connecting again.</source>
        <translation>Cette connexion est déjà terminée. Recommencez à vous connecter.</translation>
    </message>
    <message>
        <source>This sign-in is not waiting for an address yet.</source>
        <translation>Cette connexion n&apos;attend pas encore d&apos;adresse.</translation>
    </message>
</context>
<context>
    <name>keyway::ConnectDialog</name>
    <message>
        <source>Connect %1</source>
        <translation>Connecter %1</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>⚠ Unsafe: %1. Use this only with a server on your own machine or a test network.</source>
        <translation>⚠ Dangereux : %1. N&apos;utilisez ceci qu&apos;avec un serveur sur votre propre machine ou un réseau de test.</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation>Reconnecter %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Keyway could not start connecting.</source>
        <translation>Keyway n&apos;a pas pu commencer la connexion.</translation>
    </message>
    <message>
        <source>Connecting failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
</context>
<context>
    <name>keyway::ConnectFormPage</name>
    <message>
        <source>As the integration says</source>
        <translation>Comme l&apos;indique l&apos;intégration</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off (only for providers that reject it)</source>
        <translation>Désactivé (seulement pour les fournisseurs qui le rejettent)</translation>
    </message>
    <message>
        <source>⚠ %1.</source>
        <translation>⚠ %1.</translation>
    </message>
    <message>
        <source>Hide setup instructions</source>
        <translation>Masquer les instructions de configuration</translation>
    </message>
    <message>
        <source>Show setup instructions</source>
        <translation>Afficher les instructions de configuration</translation>
    </message>
    <message>
        <source>Hide advanced options</source>
        <translation>Masquer les options avancées</translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation>Afficher les options avancées</translation>
    </message>
    <message>
        <source>As the integration says (%1)</source>
        <translation>Comme l&apos;indique l&apos;intégration (%1)</translation>
    </message>
    <message>
        <source> (optional):</source>
        <translation> (facultatif) :</translation>
    </message>
    <message>
        <source>This integration lists no way to connect.</source>
        <translation>Cette intégration n&apos;indique aucun moyen de se connecter.</translation>
    </message>
    <message>
        <source>Nothing to register: %1 publishes a public client. Keyway shows a code to enter on another device.</source>
        <translation>Rien à enregistrer : %1 publie un client public. Keyway affiche un code à saisir sur un autre appareil.</translation>
    </message>
    <message>
        <source>Nothing to register: %1 publishes a public client. Keyway opens your browser to sign in.</source>
        <translation>Rien à enregistrer : %1 publie un client public. Keyway ouvre votre navigateur pour la connexion.</translation>
    </message>
    <message>
        <source>⚠ Not a valid value. Example: %1</source>
        <translation>⚠ Valeur non valide. Exemple : %1</translation>
    </message>
    <message>
        <source>⚠ Not a valid value.</source>
        <translation>⚠ Valeur non valide.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation>Saisissez %1.</translation>
    </message>
    <message>
        <source>%1 does not look right.</source>
        <translation>%1 ne semble pas correct.</translation>
    </message>
    <message>
        <source>This integration has no way to connect.</source>
        <translation>Cette intégration n&apos;a aucun moyen de se connecter.</translation>
    </message>
    <message>
        <source>Extra parameters must be written name=value: %1</source>
        <translation>Les paramètres supplémentaires doivent s&apos;écrire nom=valeur : %1</translation>
    </message>
    <message>
        <source>%1 requires it</source>
        <translation>%1 l’exige</translation>
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
        <translation>un certificat client TLS</translation>
    </message>
    <message>
        <source>%1 requires %2.</source>
        <translation>%1 exige %2.</translation>
    </message>
    <message>
        <source>%1 requires %2 and %3.</source>
        <translation>%1 exige %2 et %3.</translation>
    </message>
    <message>
        <source>%1 requires %2, %3 and %4.</source>
        <translation>%1 exige %2, %3 et %4.</translation>
    </message>
    <message>
        <source>A client certificate binds the tokens to it (RFC 8705); the provider must know the certificate.</source>
        <translation>Un certificat client lie les jetons à lui (RFC 8705) ; le fournisseur doit connaître le certificat.</translation>
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
        <translation>Finalisation de la connexion…</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Open the sign-in page again</source>
        <translation>Rouvrir la page de connexion</translation>
    </message>
    <message>
        <source>Open the sign-in page in the browser again</source>
        <translation>Rouvrir la page de connexion dans le navigateur</translation>
    </message>
    <message>
        <source>Copy the sign-in address to open it in another browser</source>
        <translation>Copier l&apos;adresse de connexion pour l&apos;ouvrir dans un autre navigateur</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>En attente de votre connexion dans le navigateur…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Finish signing in in your browser, then come back here. If no browser opened, copy the link into one.</source>
        <translation>Terminez la connexion dans votre navigateur, puis revenez ici. Si aucun navigateur ne s&apos;est ouvert, copiez le lien dans l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <source>Talking to %1.</source>
        <translation>Communication avec %1.</translation>
    </message>
    <message>
        <source>The sign-in page is open in your browser. Finish there; this window continues by itself.</source>
        <translation>La page de connexion est ouverte dans votre navigateur. Terminez là-bas ; cette fenêtre continue d&apos;elle-même.</translation>
    </message>
    <message>
        <source>The verification page is open in your browser. Enter the code there; this window continues by itself.</source>
        <translation>La page de vérification est ouverte dans votre navigateur. Saisissez-y le code ; cette fenêtre continue d&apos;elle-même.</translation>
    </message>
    <message>
        <source>Enter this code on another device</source>
        <translation>Saisissez ce code sur un autre appareil</translation>
    </message>
    <message>
        <source>Go to &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; and enter:</source>
        <translation>Allez sur &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; et saisissez :</translation>
    </message>
    <message>
        <source>Code to enter: %1</source>
        <translation>Code à saisir : %1</translation>
    </message>
    <message>
        <source>Keyway checks every few seconds whether you have approved the request.</source>
        <translation>Keyway vérifie toutes les quelques secondes si vous avez approuvé la requête.</translation>
    </message>
    <message>
        <source>Copy the address of the page where the code is entered</source>
        <translation>Copier l&apos;adresse de la page où le code est saisi</translation>
    </message>
    <message>
        <source>&amp;Open page again</source>
        <translation>&amp;Rouvrir la page</translation>
    </message>
    <message>
        <source>Open the verification page again</source>
        <translation>Rouvrir la page de vérification</translation>
    </message>
    <message>
        <source>Open the page where the code is entered in the browser again</source>
        <translation>Rouvrir dans le navigateur la page où le code est saisi</translation>
    </message>
    <message>
        <source>The code expires in %1:%2.</source>
        <translation>Le code expire dans %1:%2.</translation>
    </message>
    <message>
        <source>The code has expired.</source>
        <translation>Le code a expiré.</translation>
    </message>
</context>
<context>
    <name>keyway::ConnectionListModel</name>
    <message>
        <source>Reconnect…</source>
        <translation>Reconnecter…</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Pas d&apos;expiration</translation>
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
        <translation>dans %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>expiré il y a %1</translation>
    </message>
    <message>
        <source>%1 · Default</source>
        <translation>%1 · Par défaut</translation>
    </message>
    <message>
        <source>None (revoked)</source>
        <translation>Aucun (révoqué)</translation>
    </message>
    <message>
        <source>Unusable until reconnected</source>
        <translation>Inutilisable jusqu&apos;à la reconnexion</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Sign in again to renew this connection</source>
        <translation>Se reconnecter pour renouveler cette connexion</translation>
    </message>
    <message>
        <source>The default for %1: keyway token, exec and git use it when no connection is named</source>
        <translation>La connexion par défaut pour %1 : keyway token, exec et git l&apos;utilisent quand aucune connexion n&apos;est nommée</translation>
    </message>
    <message>
        <source>The last API request made with it through Keyway (request console or keyway request)</source>
        <translation>La dernière requête API faite avec elle par Keyway (console de requêtes ou keyway request)</translation>
    </message>
    <message>
        <source>Access token: %1
Refresh token: %2</source>
        <translation>Jeton d&apos;accès : %1
Jeton d&apos;actualisation : %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Token expires</source>
        <translation>Expiration du jeton</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>Dernière requête</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ConnectionPage</name>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Jetons</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <source>Request co&amp;nsole</source>
        <translation>Co&amp;nsole de requêtes</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Presse-papiers vidé.</translation>
    </message>
    <message>
        <source>This connection no longer exists.</source>
        <translation>Cette connexion n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Retour à %1</translation>
    </message>
    <message>
        <source>Account not known</source>
        <translation>Compte inconnu</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source> (subject %1)</source>
        <translation> (sujet %1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Get a new access token now (F5)</source>
        <translation>Obtenir maintenant un nouveau jeton d&apos;accès (F5)</translation>
    </message>
    <message>
        <source>This connection was revoked; reconnect to use it again.</source>
        <translation>Cette connexion a été révoquée ; reconnectez-la pour l&apos;utiliser à nouveau.</translation>
    </message>
    <message>
        <source>This kind of credential does not expire or refresh.</source>
        <translation>Ce type d&apos;identifiant n&apos;expire pas et ne s&apos;actualise pas.</translation>
    </message>
    <message>
        <source>No expiry known</source>
        <translation>Expiration inconnue</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
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
        <translation>expire dans %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>expiré il y a %1</translation>
    </message>
    <message>
        <source>This connection needs you: the provider no longer accepts its grant (or its tokens are gone). Sign in again to use it.</source>
        <translation>Cette connexion vous attend : le fournisseur n&apos;accepte plus son autorisation (ou ses jetons ont disparu). Reconnectez-vous pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>This connection stopped working for a reason a retry cannot fix. Correct what the detail says, then reconnect.</source>
        <translation>Cette connexion a cessé de fonctionner pour une raison qu&apos;une nouvelle tentative ne corrigera pas. Corrigez ce qu&apos;indique le détail, puis reconnectez.</translation>
    </message>
    <message>
        <source>The last attempt to reach the provider failed for a reason that usually passes. The tokens are kept and Keyway tries again; the next success clears this.</source>
        <translation>La dernière tentative de joindre le fournisseur a échoué pour une raison généralement passagère. Les jetons sont gardés et Keyway réessaie ; le prochain succès efface ceci.</translation>
    </message>
    <message>
        <source>Try &amp;again now</source>
        <translation>Réessayer &amp;maintenant</translation>
    </message>
    <message>
        <source>Re&amp;connect…</source>
        <translation>Re&amp;connecter…</translation>
    </message>
    <message>
        <source>None: the tokens were revoked and deleted from the keychain</source>
        <translation>Aucun : les jetons ont été révoqués et supprimés du trousseau</translation>
    </message>
    <message>
        <source>Not usable: the provider no longer accepts this connection. Reconnect to get new tokens.</source>
        <translation>Inutilisable : le fournisseur n&apos;accepte plus cette connexion. Reconnectez-la pour obtenir de nouveaux jetons.</translation>
    </message>
    <message>
        <source>No expiry known (the provider did not say, or the credential does not expire)</source>
        <translation>Expiration inconnue (le fournisseur ne l&apos;a pas indiquée, ou l&apos;identifiant n&apos;expire pas)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>✓ yes</source>
        <translation>✓ oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>✗ not granted</source>
        <translation>✗ non accordé</translation>
    </message>
    <message>
        <source>⚠ The provider granted fewer scopes than requested (%1 missing).</source>
        <translation>⚠ Le fournisseur a accordé moins de scopes que demandé (%1 manquants).</translation>
    </message>
    <message>
        <source>Every requested scope was granted.</source>
        <translation>Tous les scopes demandés ont été accordés.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Stopped waiting. The request already sent finishes in the background and its answer is kept.</source>
        <translation>Attente arrêtée. La requête déjà envoyée se termine en arrière-plan et sa réponse est gardée.</translation>
    </message>
    <message>
        <source>Refreshing… %1</source>
        <translation>Actualisation… %1</translation>
    </message>
    <message>
        <source>Access token refreshed.</source>
        <translation>Jeton d&apos;accès actualisé.</translation>
    </message>
    <message>
        <source>Refresh stopped. %1</source>
        <translation>Actualisation arrêtée. %1</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Échec de l&apos;actualisation : %1</translation>
    </message>
    <message>
        <source>No access token: %1</source>
        <translation>Pas de jeton d&apos;accès : %1</translation>
    </message>
    <message>
        <source>Diagnostic bundle saved to %1</source>
        <translation>Paquet de diagnostic enregistré dans %1</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>Déconnecter %1 ?</translation>
    </message>
    <message>
        <source>Keyway revokes the grant at %1 and deletes the tokens from the keychain.</source>
        <translation>Keyway révoque l&apos;autorisation chez %1 et supprime les jetons du trousseau.</translation>
    </message>
    <message>
        <source>Keyway deletes the credential from the keychain. %1 offers no revocation endpoint; revoke the grant in its settings to be sure.</source>
        <translation>Keyway supprime l&apos;identifiant du trousseau. %1 ne propose pas de point de terminaison de révocation ; révoquez l&apos;autorisation dans ses paramètres pour en être sûr.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>Removed locally, but revocation failed: %1</source>
        <translation>Retiré localement, mais la révocation a échoué : %1</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Retirer %1 ?</translation>
    </message>
    <message>
        <source>The connection was already revoked. Removing it deletes its timeline and request history from Keyway; export a diagnostic bundle first if support may need them.</source>
        <translation>La connexion a déjà été révoquée. La retirer supprime sa chronologie et son historique de requêtes de Keyway ; exportez d&apos;abord un paquet de diagnostic si l&apos;assistance peut en avoir besoin.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Could not remove the connection: %1</source>
        <translation>Impossible de retirer la connexion : %1</translation>
    </message>
    <message numerus="yes">
        <source>Access token copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Jeton d&apos;accès copié. Le presse-papiers sera vidé dans %n seconde.</numerusform>
            <numerusform>Jeton d&apos;accès copié. Le presse-papiers sera vidé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the exchanged token as a new connection.</source>
        <translation>Le jeton échangé a été enregistré comme nouvelle connexion.</translation>
    </message>
    <message>
        <source>Sign in again (Ctrl+R)</source>
        <translation>Se reconnecter (Ctrl+R)</translation>
    </message>
    <message>
        <source>This connection holds an exchanged token: exchange again from the connection it was derived from.</source>
        <translation>Cette connexion contient un jeton échangé : échangez à nouveau depuis la connexion dont elle est dérivée.</translation>
    </message>
    <message>
        <source>An exchanged token, sent as a bearer token</source>
        <translation>Un jeton échangé, envoyé comme jeton bearer</translation>
    </message>
    <message>
        <source>a connection that no longer exists (%1), by token exchange</source>
        <translation>une connexion qui n’existe plus (%1), par échange de jeton</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;, by token exchange (RFC 8693); never renewed: exchange again once it expires</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;, par échange de jeton (RFC 8693) ; jamais renouvelé : échangez à nouveau une fois expiré</translation>
    </message>
</context>
<context>
    <name>keyway::ConnectionService</name>
    <message>
        <source>No connection &quot;%1&quot; (see keyway connections).</source>
        <translation>Aucune connexion « %1 » (voir keyway connections).</translation>
    </message>
    <message>
        <source>No such connection.</source>
        <translation>Connexion inexistante.</translation>
    </message>
    <message>
        <source>Another connection is already named &quot;%1&quot;: choose another name.</source>
        <translation>Une autre connexion s&apos;appelle déjà « %1 » : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>This connection already exists.</source>
        <translation>Cette connexion existe déjà.</translation>
    </message>
    <message>
        <source>The local secrets were deleted, but revoking the token at the provider failed, so it may stay valid there until it expires. To end it now, remove Keyway&apos;s access in your account settings at the provider.</source>
        <translation>Les secrets locaux ont été supprimés, mais la révocation du jeton chez le fournisseur a échoué, il peut donc y rester valide jusqu&apos;à son expiration. Pour y mettre fin maintenant, retirez l&apos;accès de Keyway dans les paramètres de votre compte chez le fournisseur.</translation>
    </message>
    <message>
        <source>Not revoked at the provider (%1): the token may stay valid there until it expires.</source>
        <translation>Non révoqué chez le fournisseur (%1) : le jeton peut y rester valide jusqu&apos;à son expiration.</translation>
    </message>
    <message>
        <source>Not revoked at the provider, which has no revocation endpoint: the token may stay valid there until it expires.</source>
        <translation>Non révoqué chez le fournisseur, qui n&apos;a pas de point de terminaison de révocation : le jeton peut y rester valide jusqu&apos;à son expiration.</translation>
    </message>
    <message>
        <source>Secrets deleted from the keychain</source>
        <translation>Secrets supprimés du trousseau</translation>
    </message>
    <message>
        <source>The provider has no revocation endpoint; only local secrets are removed</source>
        <translation>Le fournisseur n&apos;a pas de point de terminaison de révocation ; seuls les secrets locaux sont retirés</translation>
    </message>
    <message>
        <source>Revoked at the provider</source>
        <translation>Révoqué chez le fournisseur</translation>
    </message>
    <message>
        <source>Disconnect this connection first: only revoked or failed connections can be removed.</source>
        <translation>Déconnectez d&apos;abord cette connexion : seules les connexions révoquées ou en échec peuvent être retirées.</translation>
    </message>
    <message>
        <source>This connection is being refreshed: try again in a moment.</source>
        <translation>Cette connexion est en cours d&apos;actualisation : réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The stored credentials are damaged.</source>
        <translation>Les identifiants enregistrés sont endommagés.</translation>
    </message>
    <message>
        <source>The provider publishes no key set (jwks_uri), so the signature cannot be checked.</source>
        <translation>Le fournisseur ne publie aucun jeu de clés (jwks_uri), la signature ne peut donc pas être vérifiée.</translation>
    </message>
    <message>
        <source>The token is signed with &quot;%1&quot;, which Keyway does not accept.</source>
        <translation>Le jeton est signé avec « %1 », que Keyway n&apos;accepte pas.</translation>
    </message>
    <message>
        <source>No key in the provider&apos;s key set matches the token (kid &quot;%1&quot;).</source>
        <translation>Aucune clé du jeu de clés du fournisseur ne correspond au jeton (kid « %1 »).</translation>
    </message>
    <message>
        <source>The provider&apos;s key set could not be fetched.</source>
        <translation>Le jeu de clés du fournisseur n&apos;a pas pu être récupéré.</translation>
    </message>
    <message>
        <source>This provider has no token introspection endpoint.</source>
        <translation>Ce fournisseur n&apos;a pas de point de terminaison d&apos;introspection de jetons.</translation>
    </message>
    <message>
        <source>active: %1</source>
        <translation>actif : %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>The keychain holds no tokens for this connection</source>
        <translation>Le trousseau ne contient aucun jeton pour cette connexion</translation>
    </message>
    <message>
        <source>Its tokens are no longer in the keychain: reconnect to use it again.</source>
        <translation>Ses jetons ne sont plus dans le trousseau : reconnectez-la pour l&apos;utiliser à nouveau.</translation>
    </message>
    <message>
        <source>The provider accepts the connection (after a refresh)</source>
        <translation>Le fournisseur accepte la connexion (après une actualisation)</translation>
    </message>
    <message>
        <source>The provider accepts the access token</source>
        <translation>Le fournisseur accepte le jeton d&apos;accès</translation>
    </message>
    <message>
        <source>The provider no longer accepts this connection: reconnect.</source>
        <translation>Le fournisseur n&apos;accepte plus cette connexion : reconnectez-la.</translation>
    </message>
    <message>
        <source>The provider no longer accepts this credential: enter a new one (Reconnect).</source>
        <translation>Le fournisseur n&apos;accepte plus cet identifiant : saisissez-en un nouveau (Reconnecter).</translation>
    </message>
    <message>
        <source>The provider answered HTTP %1 when Keyway checked the connection.</source>
        <translation>Le fournisseur a répondu HTTP %1 quand Keyway a vérifié la connexion.</translation>
    </message>
    <message>
        <source>The provider answered HTTP %1; the token was not judged</source>
        <translation>Le fournisseur a répondu HTTP %1 ; le jeton n&apos;a pas été jugé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin of a connection.</source>
        <translation>« %1 » n&apos;est l&apos;origine d&apos;aucune connexion.</translation>
    </message>
    <message>
        <source>The credential may now also be sent to %1</source>
        <translation>L&apos;identifiant peut désormais aussi être envoyé à %1</translation>
    </message>
    <message>
        <source>Keyway holds renewed tokens for this connection that the keychain has not taken yet (is it locked?): unlock it and try again.</source>
        <translation>Keyway détient pour cette connexion des jetons renouvelés que le trousseau n&apos;a pas encore acceptés (est-il verrouillé ?) : déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The private key was deleted from the keychain when this connection was disconnected: load it again.</source>
        <translation>La clé privée a été supprimée du trousseau lors de la déconnexion de cette connexion : chargez-la à nouveau.</translation>
    </message>
    <message>
        <source>The client secret was deleted from the keychain when this connection was disconnected: enter it again.</source>
        <translation>Le secret client a été supprimé du trousseau lors de la déconnexion de cette connexion : saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 The tokens the provider issued were revoked.</source>
        <translation>%1 Les jetons émis par le fournisseur ont été révoqués.</translation>
    </message>
    <message>
        <source>%1 Revoking the tokens the provider issued failed too: %2</source>
        <translation>%1 La révocation des jetons émis par le fournisseur a aussi échoué : %2</translation>
    </message>
    <message>
        <source>This connection was disconnected: connect again.</source>
        <translation>Cette connexion a été déconnectée : reconnectez-la.</translation>
    </message>
    <message>
        <source>The authorization is no longer valid: connect again.</source>
        <translation>L&apos;autorisation n&apos;est plus valable : reconnectez-vous.</translation>
    </message>
    <message>
        <source>The stored credentials are damaged: connect again.</source>
        <translation>Les identifiants enregistrés sont endommagés : reconnectez-vous.</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>There is no integration &quot;%1&quot; (see keyway integrations).</source>
        <translation>Il n&apos;y a pas d&apos;intégration « %1 » (voir keyway integrations).</translation>
    </message>
    <message>
        <source>%1 has no mapping for the unified scope %2; it is not requested</source>
        <translation>%1 n&apos;a pas de correspondance pour le scope unifié %2 ; il n&apos;est pas demandé</translation>
    </message>
    <message>
        <source>Endpoints from %1</source>
        <translation>Points de terminaison de %1</translation>
    </message>
    <message>
        <source>%1 Nothing was opened or requested: the tokens could not be kept.</source>
        <translation>%1 Rien n&apos;a été ouvert ni demandé : les jetons n&apos;auraient pas pu être gardés.</translation>
    </message>
    <message>
        <source>The token endpoint of %1 moved from %2 to %3: Keyway does not send the kept client secret or key there. Give it again to use the new endpoint.</source>
        <translation>Le point de terminaison des jetons de %1 est passé de %2 à %3 : Keyway n&apos;y envoie pas le secret client ou la clé enregistrés. Redonnez-les pour utiliser le nouveau point de terminaison.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>This version of Keyway cannot connect with &quot;%1&quot; yet.</source>
        <translation>Cette version de Keyway ne sait pas encore se connecter avec « %1 ».</translation>
    </message>
    <message>
        <source>This sign-in has already ended.</source>
        <translation>Cette connexion est déjà terminée.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Name the service the exchanged token is for: an audience or a resource.</source>
        <translation>Indiquez le service auquel le jeton échangé est destiné : une audience ou une ressource.</translation>
    </message>
    <message>
        <source>Only a connection holding an OAuth access token can exchange it for another.</source>
        <translation>Seule une connexion détenant un jeton d&apos;accès OAuth peut l&apos;échanger contre un autre.</translation>
    </message>
    <message>
        <source>This connection holds no access token to exchange: connect again.</source>
        <translation>Cette connexion n&apos;a aucun jeton d&apos;accès à échanger : reconnectez-vous.</translation>
    </message>
    <message>
        <source>Token for %1 (%2)</source>
        <translation>Jeton pour %1 (%2)</translation>
    </message>
    <message>
        <source>Token for %1: %2</source>
        <translation>Jeton pour %1 : %2</translation>
    </message>
    <message>
        <source>The client secret Keyway registered for this integration is not in the keychain. Remove the integration and add it again to register anew.</source>
        <translation>Le secret client que Keyway a enregistré pour cette intégration n&apos;est pas dans le trousseau. Supprimez l&apos;intégration et ajoutez-la de nouveau pour l&apos;enregistrer à neuf.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; matches %n connection(s): give more of the id.</source>
        <translation>
            <numerusform>« %1 » correspond à %n connexion : donnez davantage de l&apos;identifiant.</numerusform>
            <numerusform>« %1 » correspond à %n connexions : donnez davantage de l&apos;identifiant.</numerusform>
        </translation>
    </message>
    <message>
        <source>This connection&apos;s access token is not bound to a DPoP key, so it needs no proof: use it alone.</source>
        <translation>Le jeton d’accès de cette connexion n’est lié à aucune clé DPoP, il n’a donc besoin d’aucune preuve : utilisez-le seul.</translation>
    </message>
    <message>
        <source>That is not a DPoP nonce: give the value of the server&apos;s DPoP-Nonce header as it is.</source>
        <translation>Ce n’est pas un nonce DPoP : donnez la valeur de l’en-tête DPoP-Nonce du serveur telle quelle.</translation>
    </message>
    <message>
        <source>Give the new connection a name.</source>
        <translation>Donnez un nom à la nouvelle connexion.</translation>
    </message>
    <message>
        <source>Derived from %1 by token exchange; its token goes to %2</source>
        <translation>Dérivée de %1 par échange de jeton ; son jeton va à %2</translation>
    </message>
    <message>
        <source>Exchanged token saved as %1 (%2)</source>
        <translation>Jeton échangé enregistré comme %1 (%2)</translation>
    </message>
</context>
<context>
    <name>keyway::ConnectionsView</name>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Needing you (reconnect, error)</source>
        <translation>Vous attendent (reconnecter, erreur)</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Fonctionnelles</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Re&amp;connect…</source>
        <translation>Re&amp;connecter…</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualiser maintenant</translation>
    </message>
    <message>
        <source>Refreshing %1…</source>
        <translation>Actualisation de %1…</translation>
    </message>
    <message>
        <source>%1: access token refreshed.</source>
        <translation>%1 : jeton d&apos;accès actualisé.</translation>
    </message>
    <message>
        <source>%1: refresh failed: %2</source>
        <translation>%1 : échec de l&apos;actualisation : %2</translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation>Définir par &amp;défaut</translation>
    </message>
    <message>
        <source>%1 is now the default for its integration.</source>
        <translation>%1 est désormais la connexion par défaut de son intégration.</translation>
    </message>
    <message>
        <source>keyway token, exec and git use this connection when none is named</source>
        <translation>keyway token, exec et git utilisent cette connexion quand aucune n&apos;est nommée</translation>
    </message>
    <message>
        <source>Copy &amp;name</source>
        <translation>Copier le &amp;nom</translation>
    </message>
    <message>
        <source>Copied &quot;%1&quot;.</source>
        <translation>« %1 » copié.</translation>
    </message>
    <message>
        <source>Copy connection &amp;id</source>
        <translation>Copier l&apos;&amp;identifiant de connexion</translation>
    </message>
    <message>
        <source>Copied the connection id.</source>
        <translation>Identifiant de connexion copié.</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Déconnecter…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Reti&amp;rer…</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 affichées</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connexion</numerusform>
            <numerusform>%n connexions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) you (press Reconnect)</source>
        <translation>
            <numerusform>%n vous attend (appuyez sur Reconnecter)</numerusform>
            <numerusform>%n vous attendent (appuyez sur Reconnecter)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a temporary problem or expiring</source>
        <translation>
            <numerusform>%n avec un problème temporaire ou bientôt expirée</numerusform>
            <numerusform>%n avec un problème temporaire ou bientôt expirées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::CredentialsForm</name>
    <message>
        <source>client_secret_basic: secret in the Authorization header</source>
        <translation>client_secret_basic : secret dans l&apos;en-tête Authorization</translation>
    </message>
    <message>
        <source>client_secret_post: secret in the request body</source>
        <translation>client_secret_post : secret dans le corps de la requête</translation>
    </message>
    <message>
        <source>private_key_jwt: assertion signed with your private key</source>
        <translation>private_key_jwt : assertion signée avec votre clé privée</translation>
    </message>
    <message>
        <source>none: public client, PKCE only</source>
        <translation>none : client public, PKCE uniquement</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Laisser vide pour garder la clé enregistrée</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored account</source>
        <translation>Laisser vide pour garder le compte enregistré</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored one</source>
        <translation>Laisser vide pour garder celui enregistré</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Paste the token</source>
        <translation>Collez le jeton</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Authentification du client</translation>
    </message>
    <message>
        <source>How Keyway proves to the token endpoint that it is your registered client</source>
        <translation>Comment Keyway prouve au point de terminaison des jetons qu&apos;il est votre client enregistré</translation>
    </message>
    <message>
        <source>What %1 documents</source>
        <translation>Ce que documente %1</translation>
    </message>
    <message>
        <source>Client a&amp;uthentication:</source>
        <translation>A&amp;uthentification du client :</translation>
    </message>
    <message>
        <source>How the client signs in</source>
        <translation>Comment le client se connecte</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Key ID (kid)</source>
        <translation>Identifiant de clé (kid)</translation>
    </message>
    <message>
        <source>Optional: the key&apos;s thumbprint</source>
        <translation>Facultatif : l&apos;empreinte de la clé</translation>
    </message>
    <message>
        <source>Load service account key file (JSON)…</source>
        <translation>Charger le fichier de clé du compte de service (JSON)…</translation>
    </message>
    <message>
        <source>Load service account key file (JSON)</source>
        <translation>Charger le fichier de clé du compte de service (JSON)</translation>
    </message>
    <message>
        <source>No key file loaded. Alternatively enter the issuer and a private key below.</source>
        <translation>Aucun fichier de clé chargé. Vous pouvez aussi saisir l&apos;émetteur et une clé privée ci-dessous.</translation>
    </message>
    <message>
        <source>Issuer (client ID or email)</source>
        <translation>Émetteur (identifiant client ou e-mail)</translation>
    </message>
    <message>
        <source>No key file loaded: the stored key is kept unless you load another one.</source>
        <translation>Aucun fichier de clé chargé : la clé enregistrée est gardée, sauf si vous en chargez une autre.</translation>
    </message>
    <message>
        <source>The stored private key is kept unless you load another one.</source>
        <translation>La clé privée enregistrée est gardée, sauf si vous en chargez une autre.</translation>
    </message>
    <message>
        <source>Act as user (subject)</source>
        <translation>Agir en tant qu&apos;utilisateur (sujet)</translation>
    </message>
    <message>
        <source>Optional: domain-wide delegation</source>
        <translation>Facultatif : délégation à l&apos;échelle du domaine</translation>
    </message>
    <message>
        <source>Private key (PEM):</source>
        <translation>Clé privée (PEM) :</translation>
    </message>
    <message>
        <source>Service account key file</source>
        <translation>Fichier de clé du compte de service</translation>
    </message>
    <message>
        <source>JSON key files (*.json);;All files (*)</source>
        <translation>Fichiers de clé JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Loaded the key of %1.</source>
        <translation>Clé de %1 chargée.</translation>
    </message>
    <message>
        <source>%1 publishes a public client for everyone: nothing to type. Keyway signs in as &quot;%2&quot; without a secret (client authentication: none); PKCE protects the sign-in.</source>
        <translation>%1 publie un client public pour tout le monde : rien à saisir. Keyway se connecte en tant que « %2 » sans secret (authentification du client : aucune) ; PKCE protège la connexion.</translation>
    </message>
    <message>
        <source>No secret is sent: the provider must have registered this client as public, and PKCE protects the sign-in.</source>
        <translation>Aucun secret n&apos;est envoyé : le fournisseur doit avoir enregistré ce client comme public, et PKCE protège la connexion.</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>Laisser vide pour garder le secret enregistré</translation>
    </message>
    <message>
        <source>Optional: without it Keyway signs in as a public client</source>
        <translation>Facultatif : sans lui, Keyway se connecte comme client public</translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation>Saisissez %1.</translation>
    </message>
    <message>
        <source>Load the private key.</source>
        <translation>Chargez la clé privée.</translation>
    </message>
    <message>
        <source>Load a service account key file, or enter the issuer and a private key.</source>
        <translation>Chargez un fichier de clé de compte de service, ou saisissez l&apos;émetteur et une clé privée.</translation>
    </message>
    <message>
        <source>tls_client_auth: your TLS client certificate (from a CA)</source>
        <translation>tls_client_auth : votre certificat client TLS (émis par une AC)</translation>
    </message>
    <message>
        <source>self_signed_tls_client_auth: your self-signed TLS client certificate</source>
        <translation>self_signed_tls_client_auth : votre certificat client TLS auto-signé</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Par défaut : %1</translation>
    </message>
</context>
<context>
    <name>keyway::CustomIntegrationBuilder</name>
    <message>
        <source>&quot;%1&quot; cannot be an integration id: use lower case letters, digits and &apos;-&apos;.</source>
        <translation>« %1 » ne peut pas être un identifiant d&apos;intégration : utilisez des lettres minuscules, des chiffres et « - ».</translation>
    </message>
    <message>
        <source>Added from the issuer %1.</source>
        <translation>Ajoutée à partir de l&apos;émetteur %1.</translation>
    </message>
    <message>
        <source>Register a client with the provider, using {{redirect_uri}} as the redirect URI.</source>
        <translation>Enregistrez un client chez le fournisseur, avec {{redirect_uri}} comme URI de redirection.</translation>
    </message>
    <message>
        <source>Enter its client ID (and client secret for a confidential client) when connecting.</source>
        <translation>Saisissez son identifiant client (et son secret pour un client confidentiel) lors de la connexion.</translation>
    </message>
    <message>
        <source>Endpoints read from %1&apos;s metadata when this integration was added.</source>
        <translation>Points de terminaison lus dans les métadonnées de %1 lors de l&apos;ajout de cette intégration.</translation>
    </message>
    <message>
        <source>Added by hand.</source>
        <translation>Ajoutée à la main.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
</context>
<context>
    <name>keyway::CustomIntegrationDialog</name>
    <message>
        <source>As the provider&apos;s metadata says</source>
        <translation>Comme l&apos;indiquent les métadonnées du fournisseur</translation>
    </message>
    <message>
        <source>client_secret_basic: secret in the Authorization header</source>
        <translation>client_secret_basic : secret dans l&apos;en-tête Authorization</translation>
    </message>
    <message>
        <source>client_secret_post: secret in the request body</source>
        <translation>client_secret_post : secret dans le corps de la requête</translation>
    </message>
    <message>
        <source>private_key_jwt: assertion signed with a private key</source>
        <translation>private_key_jwt : assertion signée avec une clé privée</translation>
    </message>
    <message>
        <source>none: public client, PKCE only</source>
        <translation>none : client public, PKCE uniquement</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>⚠ Unsafe: client secrets and tokens sent to this host over http can be read and changed by anyone on the network path. Every connection of this integration will carry this warning. Use it only for a server on your own machine or a test network.</source>
        <translation>⚠ Dangereux : les secrets client et jetons envoyés à cet hôte en http peuvent être lus et modifiés par n&apos;importe qui sur le chemin réseau. Chaque connexion de cette intégration portera cet avertissement. Ne l&apos;utilisez que pour un serveur sur votre propre machine ou un réseau de test.</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s issuer URL, like https://login.example.com.</source>
        <translation>Saisissez l&apos;URL d&apos;émetteur du fournisseur, comme https://login.example.com.</translation>
    </message>
    <message>
        <source>The issuer must be a web address starting with https://.</source>
        <translation>L&apos;émetteur doit être une adresse web commençant par https://.</translation>
    </message>
    <message>
        <source>Enter an id for the integration.</source>
        <translation>Saisissez un identifiant pour l&apos;intégration.</translation>
    </message>
    <message>
        <source>The id may hold only lower-case letters, digits and &apos;-&apos;, and must start with a letter or digit.</source>
        <translation>L&apos;identifiant ne peut contenir que des lettres minuscules, des chiffres et « - », et doit commencer par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>An integration with the id &quot;%1&quot; exists already; choose another id.</source>
        <translation>Une intégration avec l&apos;identifiant « %1 » existe déjà ; choisissez un autre identifiant.</translation>
    </message>
    <message>
        <source>Scopes are plain words separated by spaces.</source>
        <translation>Les scopes sont de simples mots séparés par des espaces.</translation>
    </message>
    <message>
        <source>%1 was added, but without your client authentication and scopes: %2</source>
        <translation>%1 a été ajoutée, mais sans votre authentification du client ni vos scopes : %2</translation>
    </message>
    <message>
        <source>The integration could not be added.</source>
        <translation>L&apos;intégration n&apos;a pas pu être ajoutée.</translation>
    </message>
    <message>
        <source>Enter the issuer first: Keyway then checks whether the server offers registration.</source>
        <translation>Saisissez d&apos;abord l&apos;émetteur : Keyway vérifie alors si le serveur propose l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Checking whether the server offers registration…</source>
        <translation>Vérification de l&apos;enregistrement proposé par le serveur…</translation>
    </message>
    <message>
        <source>This server does not offer dynamic client registration.</source>
        <translation>Ce serveur ne propose pas l&apos;enregistrement dynamique de client.</translation>
    </message>
    <message>
        <source>Keyway registers itself at %1 as a client of this server (RFC 7591).</source>
        <translation>Keyway s&apos;enregistre auprès de %1 comme client de ce serveur (RFC 7591).</translation>
    </message>
    <message>
        <source>The server&apos;s metadata could not be read.</source>
        <translation>Les métadonnées du serveur n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <source>Enter the issuer first: Keyway then checks whether the server supports DPoP.</source>
        <translation>Saisissez d&apos;abord l&apos;émetteur : Keyway vérifie alors si le serveur prend en charge DPoP.</translation>
    </message>
    <message>
        <source>Checking whether the server supports DPoP…</source>
        <translation>Vérification de la prise en charge de DPoP par le serveur…</translation>
    </message>
    <message>
        <source>This server does not support DPoP (its metadata lists no DPoP signing algorithms).</source>
        <translation>Ce serveur ne prend pas en charge DPoP (ses métadonnées n&apos;indiquent aucun algorithme de signature DPoP).</translation>
    </message>
    <message>
        <source>Every connection&apos;s tokens are bound to a key pair of its own (DPoP, RFC 9449); a client Keyway registers is registered for DPoP-bound tokens only.</source>
        <translation>Les jetons de chaque connexion sont liés à une paire de clés qui lui est propre (DPoP, RFC 9449) ; un client que Keyway enregistre l&apos;est pour des jetons liés à DPoP uniquement.</translation>
    </message>
</context>
<context>
    <name>keyway::DeviceFlow</name>
    <message>
        <source>The provider&apos;s device authorization or token endpoint is not known.</source>
        <translation>Le point de terminaison d&apos;autorisation d&apos;appareil ou des jetons du fournisseur n&apos;est pas connu.</translation>
    </message>
    <message>
        <source>Asking %1 for a user code (client_id %2, scope &quot;%3&quot;)</source>
        <translation>Demande d&apos;un code utilisateur à %1 (client_id %2, scope « %3 »)</translation>
    </message>
    <message>
        <source>a device authorization response</source>
        <translation>une réponse d&apos;autorisation d&apos;appareil</translation>
    </message>
    <message>
        <source>the device authorization endpoint</source>
        <translation>le point de terminaison d&apos;autorisation d&apos;appareil</translation>
    </message>
    <message>
        <source>The provider&apos;s device authorization answer is incomplete, so the sign-in cannot go on.</source>
        <translation>La réponse d&apos;autorisation d&apos;appareil du fournisseur est incomplète, la connexion ne peut donc pas continuer.</translation>
    </message>
    <message>
        <source>no valid &quot;%1&quot;</source>
        <translation>pas de « %1 » valide</translation>
    </message>
    <message>
        <source>verification_uri_complete is not an https URL and is ignored</source>
        <translation>verification_uri_complete n&apos;est pas une URL https et est ignoré</translation>
    </message>
    <message>
        <source>no expires_in; assuming %1 s</source>
        <translation>pas de expires_in ; %1 s supposées</translation>
    </message>
    <message>
        <source>User code issued (device code %1); verify at %2%3; expires in %4 s; polling every %5 s</source>
        <translation>Code utilisateur émis (code d&apos;appareil %1) ; vérifier sur %2%3 ; expire dans %4 s ; interrogation toutes les %5 s</translation>
    </message>
    <message>
        <source> (a link with the code filled in was given)</source>
        <translation> (un lien avec le code prérempli a été fourni)</translation>
    </message>
    <message>
        <source>Browser opened at %1</source>
        <translation>Navigateur ouvert sur %1</translation>
    </message>
    <message>
        <source>the user code expired at %1 without approval</source>
        <translation>le code utilisateur a expiré à %1 sans approbation</translation>
    </message>
    <message>
        <source>Approved after %1 poll(s): access token %2%3</source>
        <translation>Approuvé après %1 interrogation(s) : jeton d&apos;accès %2%3</translation>
    </message>
    <message>
        <source>, refresh token %1</source>
        <translation>, jeton d&apos;actualisation %1</translation>
    </message>
    <message>
        <source>Waiting for approval on the other device</source>
        <translation>En attente de l&apos;approbation sur l&apos;autre appareil</translation>
    </message>
    <message>
        <source>The provider asked to slow down: polling every %1 s</source>
        <translation>Le fournisseur a demandé de ralentir : interrogation toutes les %1 s</translation>
    </message>
    <message>
        <source>%1; trying again in %2 s</source>
        <translation>%1 ; nouvel essai dans %2 s</translation>
    </message>
    <message>
        <source>The sign-in was denied on the other device.</source>
        <translation>La connexion a été refusée sur l&apos;autre appareil.</translation>
    </message>
    <message>
        <source>The code expired before it was approved: start connecting again.</source>
        <translation>Le code a expiré avant d&apos;être approuvé : recommencez à vous connecter.</translation>
    </message>
    <message>
        <source>The provider did not return an ID token for an OpenID Connect sign-in.</source>
        <translation>Le fournisseur n&apos;a pas renvoyé de jeton d&apos;identité pour une connexion OpenID Connect.</translation>
    </message>
</context>
<context>
    <name>keyway::Discovery</name>
    <message>
        <source>The issuer must be an https URL without query or fragment.</source>
        <translation>L&apos;émetteur doit être une URL https sans requête ni fragment.</translation>
    </message>
    <message>
        <source>The metadata URL must be an https URL.</source>
        <translation>L&apos;URL des métadonnées doit être une URL https.</translation>
    </message>
    <message>
        <source>The provider&apos;s metadata document is too large.</source>
        <translation>Le document de métadonnées du fournisseur est trop volumineux.</translation>
    </message>
    <message>
        <source>The provider&apos;s metadata could not be fetched.</source>
        <translation>Les métadonnées du fournisseur n&apos;ont pas pu être récupérées.</translation>
    </message>
    <message>
        <source>The provider has no metadata document at the expected address.</source>
        <translation>Le fournisseur n&apos;a pas de document de métadonnées à l&apos;adresse attendue.</translation>
    </message>
    <message>
        <source>The provider&apos;s metadata is not valid JSON.</source>
        <translation>Les métadonnées du fournisseur ne sont pas du JSON valide.</translation>
    </message>
    <message>
        <source>The provider&apos;s metadata names a different issuer; it was not used.</source>
        <translation>Les métadonnées du fournisseur désignent un autre émetteur ; elles n&apos;ont pas été utilisées.</translation>
    </message>
    <message>
        <source>The provider&apos;s metadata is incomplete or invalid.</source>
        <translation>Les métadonnées du fournisseur sont incomplètes ou non valides.</translation>
    </message>
</context>
<context>
    <name>keyway::Flow</name>
    <message>
        <source>This sign-in does not come back to an address to paste.</source>
        <translation>Cette connexion ne revient pas à une adresse à coller.</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
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
        <translation>%1 a besoin que vous vous reconnectiez</translation>
    </message>
    <message>
        <source>The provider no longer accepts this connection&apos;s grant. Click to reconnect.</source>
        <translation>Le fournisseur n&apos;accepte plus l&apos;autorisation de cette connexion. Cliquez pour la reconnecter.</translation>
    </message>
    <message>
        <source>Reconnect %1…</source>
        <translation>Reconnecter %1…</translation>
    </message>
    <message>
        <source>Reconnect %1 before %2</source>
        <translation>Reconnectez %1 avant %2</translation>
    </message>
    <message>
        <source>%1&apos;s grant ends then, used or not; only signing in again renews it. Click to reconnect now.</source>
        <translation>L&apos;autorisation de %1 prend fin à ce moment, utilisée ou non ; seule une nouvelle connexion la renouvelle. Cliquez pour reconnecter maintenant.</translation>
    </message>
</context>
<context>
    <name>keyway::HistoryModel</name>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>keyway::Integration</name>
    <message>
        <source>hosts other than this computer</source>
        <translation>des hôtes autres que cet ordinateur</translation>
    </message>
    <message>
        <source>%1 allows plain http to %2: tokens cross the network unencrypted</source>
        <translation>%1 autorise le http non chiffré vers %2 : les jetons traversent le réseau sans chiffrement</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a protocol parameter Keyway sets itself; it cannot be overridden</source>
        <translation>« %1 » est un paramètre de protocole que Keyway définit lui-même ; il ne peut pas être remplacé</translation>
    </message>
    <message>
        <source>PKCE is off for %1: an authorization code intercepted on its way to Keyway could be redeemed by whoever took it (RFC 9700 §2.1.1)</source>
        <translation>PKCE est désactivé pour %1 : un code d&apos;autorisation intercepté en route vers Keyway pourrait être utilisé par celui qui l&apos;a pris (RFC 9700 §2.1.1)</translation>
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
            <numerusform>%n connexion (le pire : %1)</numerusform>
            <numerusform>%n connexions (le pire : %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connexion</numerusform>
            <numerusform>%n connexions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::IntegrationLoader</name>
    <message>
        <source>The integration file %1 is not valid: %2</source>
        <translation>Le fichier d&apos;intégration %1 n&apos;est pas valide : %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it is not read as an integration file.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire, il n&apos;est donc pas lu comme fichier d&apos;intégration.</translation>
    </message>
    <message>
        <source>The integration file %1 cannot be read.</source>
        <translation>Le fichier d&apos;intégration %1 ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>keyway::IntegrationPage</name>
    <message>
        <source>Unknown integration</source>
        <translation>Intégration inconnue</translation>
    </message>
    <message>
        <source>%1 icon</source>
        <translation>Icône de %1</translation>
    </message>
    <message>
        <source> · custom integration</source>
        <translation> · intégration personnalisée</translation>
    </message>
    <message>
        <source>⚠ Warning: %1. Client secrets and tokens sent over plain http can be read and changed by anyone on the network path; use this only for a test server.</source>
        <translation>⚠ Avertissement : %1. Les secrets client et jetons envoyés en http non chiffré peuvent être lus et modifiés par n&apos;importe qui sur le chemin réseau ; n&apos;utilisez ceci que pour un serveur de test.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Provider documentation&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Documentation du fournisseur&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>Connecter %1</translation>
    </message>
    <message>
        <source>Connections (%1)</source>
        <translation>Connexions (%1)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Retirer %1 ?</translation>
    </message>
    <message>
        <source>Remove the custom integration %1?</source>
        <translation>Retirer l&apos;intégration personnalisée %1 ?</translation>
    </message>
    <message>
        <source>Its file is deleted from Keyway&apos;s folder of custom integrations. You can add it again at any time.</source>
        <translation>Son fichier est supprimé du dossier des intégrations personnalisées de Keyway. Vous pouvez l&apos;ajouter à nouveau à tout moment.</translation>
    </message>
    <message numerus="yes">
        <source>Its file is deleted. Its %n connection(s) stay in the list, but cannot be used or reconnected until you add the integration again.</source>
        <translation>
            <numerusform>Son fichier est supprimé. Sa %n connexion reste dans la liste, mais ne peut être ni utilisée ni reconnectée tant que vous n&apos;ajoutez pas à nouveau l&apos;intégration.</numerusform>
            <numerusform>Son fichier est supprimé. Ses %n connexions restent dans la liste, mais ne peuvent être ni utilisées ni reconnectées tant que vous n&apos;ajoutez pas à nouveau l&apos;intégration.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 n&apos;a pas été retirée : %2</translation>
    </message>
    <message>
        <source>Keyway&apos;s client registration at the provider is deleted too.</source>
        <translation>L&apos;enregistrement client de Keyway chez le fournisseur est supprimé aussi.</translation>
    </message>
    <message>
        <source>%1 was removed, but: %2</source>
        <translation>%1 a été supprimé, mais : %2</translation>
    </message>
</context>
<context>
    <name>keyway::Introspection</name>
    <message>
        <source>This provider offers no token introspection.</source>
        <translation>Ce fournisseur ne propose pas d&apos;introspection de jetons.</translation>
    </message>
    <message>
        <source>There is no token to look up.</source>
        <translation>Il n&apos;y a aucun jeton à examiner.</translation>
    </message>
    <message>
        <source>an introspection answer</source>
        <translation>une réponse d&apos;introspection</translation>
    </message>
    <message>
        <source>The provider&apos;s introspection answer does not say whether the token is active.</source>
        <translation>La réponse d&apos;introspection du fournisseur ne dit pas si le jeton est actif.</translation>
    </message>
</context>
<context>
    <name>keyway::JwksCache</name>
    <message>
        <source>The provider&apos;s key set address is not a secure (https) URL.</source>
        <translation>L&apos;adresse du jeu de clés du fournisseur n&apos;est pas une URL sécurisée (https).</translation>
    </message>
    <message>
        <source>The provider&apos;s key set (JWKS) is unreasonably large.</source>
        <translation>Le jeu de clés (JWKS) du fournisseur est déraisonnablement volumineux.</translation>
    </message>
    <message>
        <source>The provider&apos;s key set (JWKS) did not arrive in time.</source>
        <translation>Le jeu de clés (JWKS) du fournisseur n&apos;est pas arrivé à temps.</translation>
    </message>
    <message>
        <source>The provider&apos;s key set (JWKS) could not be downloaded (HTTP %1).</source>
        <translation>Le jeu de clés (JWKS) du fournisseur n&apos;a pas pu être téléchargé (HTTP %1).</translation>
    </message>
    <message>
        <source>The provider&apos;s key set (JWKS) could not be downloaded.</source>
        <translation>Le jeu de clés (JWKS) du fournisseur n&apos;a pas pu être téléchargé.</translation>
    </message>
    <message>
        <source>The provider&apos;s key set address did not return JSON.</source>
        <translation>L&apos;adresse du jeu de clés du fournisseur n&apos;a pas renvoyé de JSON.</translation>
    </message>
    <message>
        <source>The provider&apos;s key set (JWKS) holds no usable signing key.</source>
        <translation>Le jeu de clés (JWKS) du fournisseur ne contient aucune clé de signature utilisable.</translation>
    </message>
</context>
<context>
    <name>keyway::JwtBearerFlow</name>
    <message>
        <source>The service account (the assertion&apos;s issuer) is not known.</source>
        <translation>Le compte de service (l&apos;émetteur de l&apos;assertion) n&apos;est pas connu.</translation>
    </message>
    <message>
        <source>No private key is stored for this connection: connect again with the key file.</source>
        <translation>Aucune clé privée n&apos;est enregistrée pour cette connexion : reconnectez-vous avec le fichier de clé.</translation>
    </message>
    <message>
        <source>The stored private key cannot be used: %1</source>
        <translation>La clé privée enregistrée est inutilisable : %1</translation>
    </message>
    <message>
        <source>Could not sign the assertion: %1</source>
        <translation>Impossible de signer l&apos;assertion : %1</translation>
    </message>
    <message>
        <source>JWT bearer grant at %1: iss %2%3, aud %4, key %5, scope &quot;%6&quot;</source>
        <translation>Octroi JWT bearer chez %1 : iss %2%3, aud %4, clé %5, scope « %6 »</translation>
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
        <translation>son autorisation a pris fin %1</translation>
    </message>
</context>
<context>
    <name>keyway::KeeperTimer</name>
    <message>
        <source>systemd cannot run Keyway from %1: move it to a path without quotes, backslashes or line breaks.</source>
        <translation>systemd ne peut pas exécuter Keyway depuis %1 : déplacez-le vers un chemin sans guillemets, barres obliques inverses ni sauts de ligne.</translation>
    </message>
    <message>
        <source>Keyway could not create %1.</source>
        <translation>Keyway n&apos;a pas pu créer %1.</translation>
    </message>
    <message>
        <source>Keyway could not remove %1.</source>
        <translation>Keyway n&apos;a pas pu retirer %1.</translation>
    </message>
    <message>
        <source>systemctl was not found (or KEYWAY_SYSTEMCTL is empty): the timer runs once systemd&apos;s user manager loads it (systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now %1).</source>
        <translation>systemctl est introuvable (ou KEYWAY_SYSTEMCTL est vide) : le minuteur fonctionnera dès que le gestionnaire utilisateur de systemd le chargera (systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now %1).</translation>
    </message>
    <message>
        <source>systemd&apos;s user manager did not take &quot;systemctl %1&quot; (%2): the files are in place; in your desktop session run: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now %3</source>
        <translation>Le gestionnaire utilisateur de systemd n&apos;a pas accepté « systemctl %1 » (%2) : les fichiers sont en place ; dans votre session de bureau, exécutez : systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now %3</translation>
    </message>
</context>
<context>
    <name>keyway::KeychainRecovery</name>
    <message>
        <source>Recovered from the keychain</source>
        <translation>Récupéré depuis le trousseau</translation>
    </message>
    <message>
        <source>Recovered from the keychain after the database lost its record</source>
        <translation>Récupérée depuis le trousseau après la perte de son enregistrement par la base de données</translation>
    </message>
    <message>
        <source>Taken back from the keychain to be revoked</source>
        <translation>Reprise du trousseau pour être révoquée</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Le trousseau n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>%1 could not be recovered: %2</source>
        <translation>%1 n&apos;a pas pu être récupérée : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Keyway&apos;s database has no record of %n connection(s) whose tokens are still in the keychain (the database was deleted, emptied or replaced).</source>
        <translation>
            <numerusform>La base de données de Keyway n&apos;a aucun enregistrement de %n connexion dont les jetons sont encore dans le trousseau (la base a été supprimée, vidée ou remplacée).</numerusform>
            <numerusform>La base de données de Keyway n&apos;a aucun enregistrement de %n connexions dont les jetons sont encore dans le trousseau (la base a été supprimée, vidée ou remplacée).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) recovered from the keychain.</source>
        <translation>
            <numerusform>%n connexion récupérée depuis le trousseau.</numerusform>
            <numerusform>%n connexions récupérées depuis le trousseau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) saved by an older Keyway cannot be rebuilt: revoke and remove them, then connect again.</source>
        <translation>
            <numerusform>%n connexion enregistrée par un Keyway plus ancien ne peut pas être reconstruite : révoquez-la et retirez-la, puis reconnectez-vous.</numerusform>
            <numerusform>%n connexions enregistrées par un Keyway plus ancien ne peuvent pas être reconstruites : révoquez-les et retirez-les, puis reconnectez-vous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) revoked at their providers and removed.</source>
        <translation>
            <numerusform>%n connexion révoquée auprès de son fournisseur et retirée.</numerusform>
            <numerusform>%n connexions révoquées auprès de leurs fournisseurs et retirées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::KeychainSecretStore</name>
    <message>
        <source>A keychain entry of Keyway&apos;s is damaged (its parts do not match).</source>
        <translation>Une entrée de trousseau de Keyway est endommagée (ses parties ne concordent pas).</translation>
    </message>
    <message>
        <source>A keychain entry of Keyway&apos;s is incomplete.</source>
        <translation>Une entrée de trousseau de Keyway est incomplète.</translation>
    </message>
</context>
<context>
    <name>keyway::LoopbackServer</name>
    <message>
        <source>Keyway only listens on the loopback addresses 127.0.0.1 and ::1.</source>
        <translation>Keyway n&apos;écoute que sur les adresses de bouclage 127.0.0.1 et ::1.</translation>
    </message>
    <message>
        <source>This listener is already running.</source>
        <translation>Ce récepteur fonctionne déjà.</translation>
    </message>
    <message>
        <source>Port %1 on %2 is already in use by another program. Close that program, or choose another port if the provider allows it.</source>
        <translation>Le port %1 sur %2 est déjà utilisé par un autre programme. Fermez ce programme, ou choisissez un autre port si le fournisseur le permet.</translation>
    </message>
    <message>
        <source>Keyway is not allowed to listen on port %1. Choose a port above 1023.</source>
        <translation>Keyway n&apos;a pas le droit d&apos;écouter sur le port %1. Choisissez un port supérieur à 1023.</translation>
    </message>
    <message>
        <source>Keyway could not listen on %1.</source>
        <translation>Keyway n&apos;a pas pu écouter sur %1.</translation>
    </message>
</context>
<context>
    <name>keyway::MainWindow</name>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Removed the custom integration %1.</source>
        <translation>Intégration personnalisée %1 retirée.</translation>
    </message>
    <message>
        <source>Connection removed.</source>
        <translation>Connexion retirée.</translation>
    </message>
    <message>
        <source>Recover them from the keychain, or revoke them at their providers and remove them.</source>
        <translation>Récupérez-les depuis le trousseau, ou révoquez-les auprès de leurs fournisseurs et retirez-les.</translation>
    </message>
    <message>
        <source>Revoke them at their providers and remove them.</source>
        <translation>Révoquez-les auprès de leurs fournisseurs et retirez-les.</translation>
    </message>
    <message>
        <source>Recovering connections from the keychain…</source>
        <translation>Récupération des connexions depuis le trousseau…</translation>
    </message>
    <message>
        <source>Revoke and remove the lost connections?</source>
        <translation>Révoquer et retirer les connexions perdues ?</translation>
    </message>
    <message>
        <source>Revoke and remove the lost connection?</source>
        <translation>Révoquer et retirer la connexion perdue ?</translation>
    </message>
    <message>
        <source>Revoke and remove %1 lost connections?</source>
        <translation>Révoquer et retirer %1 connexions perdues ?</translation>
    </message>
    <message>
        <source>Keyway revokes their grants at their providers and deletes their tokens from the keychain. To use them again you connect them again.</source>
        <translation>Keyway révoque leurs autorisations auprès de leurs fournisseurs et supprime leurs jetons du trousseau. Pour les utiliser à nouveau, vous les reconnectez.</translation>
    </message>
    <message>
        <source>Re&amp;voke and remove</source>
        <translation>Ré&amp;voquer et retirer</translation>
    </message>
    <message>
        <source>Revoking the lost connections…</source>
        <translation>Révocation des connexions perdues…</translation>
    </message>
    <message>
        <source>The secret vault is locked: connections cannot use their tokens until you unlock it.</source>
        <translation>Le coffre de secrets est verrouillé : les connexions ne peuvent pas utiliser leurs jetons tant que vous ne l&apos;avez pas déverrouillé.</translation>
    </message>
    <message>
        <source>Hide these notices</source>
        <translation>Masquer ces avis</translation>
    </message>
    <message>
        <source>Dismiss notices</source>
        <translation>Ignorer les avis</translation>
    </message>
    <message>
        <source>&amp;Recover connections</source>
        <translation>&amp;Récupérer les connexions</translation>
    </message>
    <message>
        <source>Rebuild the connections the database lost from their entries in the keychain</source>
        <translation>Reconstruire les connexions perdues par la base de données à partir de leurs entrées dans le trousseau</translation>
    </message>
    <message>
        <source>Recover the lost connections from the keychain</source>
        <translation>Récupérer les connexions perdues depuis le trousseau</translation>
    </message>
    <message>
        <source>Re&amp;voke and remove…</source>
        <translation>Ré&amp;voquer et retirer…</translation>
    </message>
    <message>
        <source>Revoke the lost connections at their providers and delete their entries from the keychain</source>
        <translation>Révoquer les connexions perdues auprès de leurs fournisseurs et supprimer leurs entrées du trousseau</translation>
    </message>
    <message>
        <source>Revoke and remove the lost connections</source>
        <translation>Révoquer et retirer les connexions perdues</translation>
    </message>
    <message>
        <source>&amp;Unlock vault…</source>
        <translation>&amp;Déverrouiller le coffre…</translation>
    </message>
    <message>
        <source>Enter the passphrase of Keyway&apos;s encrypted secret vault</source>
        <translation>Saisir la phrase secrète du coffre de secrets chiffré de Keyway</translation>
    </message>
    <message>
        <source>Unlock the secret vault</source>
        <translation>Déverrouiller le coffre de secrets</translation>
    </message>
    <message>
        <source>Vault unlocked.</source>
        <translation>Coffre déverrouillé.</translation>
    </message>
    <message>
        <source>The vault stays locked. Unlock it with File ▸ Unlock vault… (Ctrl+Shift+U).</source>
        <translation>Le coffre reste verrouillé. Déverrouillez-le avec Fichier ▸ Déverrouiller le coffre… (Ctrl+Maj+U).</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajoutée.</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Bon retour</translation>
    </message>
    <message>
        <source>Choose an integration on the left to see its connections, or pick &quot;Connected&quot; in the category list to see only the ones in use.</source>
        <translation>Choisissez une intégration à gauche pour voir ses connexions, ou choisissez « Connectées » dans la liste des catégories pour ne voir que celles utilisées.</translation>
    </message>
    <message>
        <source>&amp;Connect an account…</source>
        <translation>&amp;Connecter un compte…</translation>
    </message>
    <message>
        <source>No connections yet</source>
        <translation>Pas encore de connexions</translation>
    </message>
    <message>
        <source>Connect Keyway Sandbox to try everything without an account: sign-in, token refresh, the token inspector and the request console.</source>
        <translation>Connectez le Keyway Sandbox pour tout essayer sans compte : connexion, actualisation des jetons, l&apos;inspecteur de jetons et la console de requêtes.</translation>
    </message>
    <message>
        <source>&amp;Connect Keyway Sandbox…</source>
        <translation>&amp;Connecter le Keyway Sandbox…</translation>
    </message>
    <message>
        <source>Choose an integration on the left (Ctrl+F to search) and press Connect. Each integration page says what to register at the provider first.</source>
        <translation>Choisissez une intégration à gauche (Ctrl+F pour chercher) et appuyez sur Connecter. Chaque page d&apos;intégration indique ce qu&apos;il faut d&apos;abord enregistrer chez le fournisseur.</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Connecter…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Copy &amp;id</source>
        <translation>Copier l&apos;&amp;identifiant</translation>
    </message>
    <message>
        <source>Copied &quot;%1&quot;.</source>
        <translation>« %1 » copié.</translation>
    </message>
    <message>
        <source>&amp;Remove integration…</source>
        <translation>&amp;Retirer l&apos;intégration…</translation>
    </message>
    <message>
        <source>Your connections (%1)</source>
        <translation>Vos connexions (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A Keyway Sandbox fault is on: %1.</source>
        <translation>Une panne du Keyway Sandbox est activée : %1.</translation>
    </message>
    <message>
        <source>Keyway Sandbox faults are on: %1.</source>
        <translation>Des pannes du Keyway Sandbox sont activées : %1.</translation>
    </message>
    <message>
        <source>Connections to the sandbox fail on purpose until it is switched off.</source>
        <translation>Les connexions au bac à sable échouent volontairement tant qu&apos;elle n&apos;est pas désactivée.</translation>
    </message>
    <message>
        <source>Sandbox &amp;panel…</source>
        <translation>&amp;Panneau du bac à sable…</translation>
    </message>
    <message>
        <source>Switch all &amp;off</source>
        <translation>Tout &amp;désactiver</translation>
    </message>
    <message>
        <source>Every sandbox fault is off.</source>
        <translation>Toutes les pannes du bac à sable sont désactivées.</translation>
    </message>
    <message>
        <source>Choose an integration first.</source>
        <translation>Choisissez d&apos;abord une intégration.</translation>
    </message>
    <message>
        <source>Connected; the provider did not say which account.</source>
        <translation>Connecté ; le fournisseur n&apos;a pas dit quel compte.</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>%1 needs to be reconnected: press Reconnect beside it in Your connections, or Ctrl+R.</source>
        <translation>%1 doit être reconnectée : appuyez sur Reconnecter à côté dans Vos connexions, ou Ctrl+R.</translation>
    </message>
    <message>
        <source>Keyway Sandbox</source>
        <translation>Keyway Sandbox</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;A connection manager for API integrations: OAuth 2.0, OpenID Connect, API keys and more, with secrets kept in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Un gestionnaire de connexions pour les intégrations d&apos;API : OAuth 2.0, OpenID Connect, clés d&apos;API et plus, avec les secrets conservés dans le trousseau du système.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 cannot start</source>
        <translation>%1 ne peut pas démarrer</translation>
    </message>
    <message>
        <source>%1 could not open its data.</source>
        <translation>%1 n&apos;a pas pu ouvrir ses données.</translation>
    </message>
    <message>
        <source>Nothing was changed. Fix the problem and start %1 again.</source>
        <translation>Rien n&apos;a été modifié. Corrigez le problème et relancez %1.</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Code d&apos;erreur : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n integration(s) shown</source>
        <translation>
            <numerusform>%1 intégration affichée sur %n</numerusform>
            <numerusform>%1 intégrations affichées sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connexion</numerusform>
            <numerusform>%n connexions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your connections (%1) · ⚠ %n need(s) you</source>
        <translation>
            <numerusform>Vos connexions (%1) · ⚠ %n vous attend</numerusform>
            <numerusform>Vos connexions (%1) · ⚠ %n vous attendent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your connections: %n connection(s)</source>
        <translation>
            <numerusform>Vos connexions : %n connexion</numerusform>
            <numerusform>Vos connexions : %n connexions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n need(s) you (worst: %2)</source>
        <translation>
            <numerusform>%1, %n vous attend (le pire : %2)</numerusform>
            <numerusform>%1, %n vous attendent (le pire : %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds an exchanged token: exchange again from the connection it was derived from.</source>
        <translation>%1 contient un jeton échangé : échangez à nouveau depuis la connexion dont elle est dérivée.</translation>
    </message>
</context>
<context>
    <name>keyway::MessagePanel</name>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Something failed.</source>
        <translation>Un échec est survenu.</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>État HTTP %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Code d&apos;erreur : %1</translation>
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
        <translation>le presse-papiers</translation>
    </message>
    <message>
        <source>This is too large to be a private key.</source>
        <translation>C&apos;est trop volumineux pour être une clé privée.</translation>
    </message>
    <message>
        <source>no PEM private key</source>
        <translation>pas de clé privée PEM</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 key loaded from %2.</source>
        <translation>Clé %1 chargée depuis %2.</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Generating a %1 key pair…</source>
        <translation>Génération d&apos;une paire de clés %1…</translation>
    </message>
    <message>
        <source>No key was generated: %1</source>
        <translation>Aucune clé n&apos;a été générée : %1</translation>
    </message>
    <message>
        <source>New %1 key pair generated. Register its public key (below) with %2.</source>
        <translation>Nouvelle paire de clés %1 générée. Enregistrez sa clé publique (ci-dessous) auprès de %2.</translation>
    </message>
</context>
<context>
    <name>keyway::ProtocolClient</name>
    <message>
        <source>The provider&apos;s answer was too large and was not read.</source>
        <translation>La réponse du fournisseur était trop volumineuse et n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The provider did not answer in time. Check your connection and try again.</source>
        <translation>Le fournisseur n&apos;a pas répondu à temps. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>The secure connection to the provider could not be verified.</source>
        <translation>La connexion sécurisée au fournisseur n&apos;a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>The provider&apos;s server could not be found. Check the address and your connection.</source>
        <translation>Le serveur du fournisseur est introuvable. Vérifiez l&apos;adresse et votre connexion.</translation>
    </message>
    <message>
        <source>The provider&apos;s server refused the connection.</source>
        <translation>Le serveur du fournisseur a refusé la connexion.</translation>
    </message>
    <message>
        <source>Could not reach the provider. Check your connection and try again.</source>
        <translation>Impossible de joindre le fournisseur. Vérifiez votre connexion et réessayez.</translation>
    </message>
</context>
<context>
    <name>keyway::PushedAuthorizationRequest</name>
    <message>
        <source>an answer to the pushed authorization request</source>
        <translation>une réponse à la requête d’autorisation poussée</translation>
    </message>
    <message>
        <source>The provider&apos;s answer to the pushed authorization request has no usable request_uri.</source>
        <translation>La réponse du fournisseur à la requête d’autorisation poussée ne contient aucun request_uri utilisable.</translation>
    </message>
</context>
<context>
    <name>keyway::RedirectHandoff</name>
    <message>
        <source>Keyway did not answer in time.</source>
        <translation>Keyway n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>This is not a sign-in response for Keyway.</source>
        <translation>Ce n&apos;est pas une réponse de connexion pour Keyway.</translation>
    </message>
    <message>
        <source>This response names no Keyway sign-in (it carries no state), so it was not used.</source>
        <translation>Cette réponse ne désigne aucune connexion Keyway (elle ne porte pas de state), elle n&apos;a donc pas été utilisée.</translation>
    </message>
    <message>
        <source>No Keyway sign-in is waiting for this response: it has ended, timed out, or belongs to another attempt. Start connecting again in Keyway.</source>
        <translation>Aucune connexion Keyway n&apos;attend cette réponse : elle est terminée, a expiré ou appartient à une autre tentative. Recommencez à vous connecter dans Keyway.</translation>
    </message>
    <message>
        <source>Keyway&apos;s answer was not understood.</source>
        <translation>La réponse de Keyway n&apos;a pas été comprise.</translation>
    </message>
</context>
<context>
    <name>keyway::RefreshCoordinator</name>
    <message>
        <source>The provider gave no refresh token, so this connection cannot renew itself: connect again.</source>
        <translation>Le fournisseur n&apos;a pas donné de jeton d&apos;actualisation, cette connexion ne peut donc pas se renouveler elle-même : reconnectez-vous.</translation>
    </message>
    <message>
        <source>No such connection.</source>
        <translation>Connexion inexistante.</translation>
    </message>
    <message>
        <source>This kind of connection has no token to refresh.</source>
        <translation>Ce type de connexion n&apos;a pas de jeton à actualiser.</translation>
    </message>
    <message>
        <source>The stored credentials are damaged: connect again.</source>
        <translation>Les identifiants enregistrés sont endommagés : reconnectez-vous.</translation>
    </message>
    <message>
        <source>This connection was disconnected: connect again.</source>
        <translation>Cette connexion a été déconnectée : reconnectez-la.</translation>
    </message>
    <message>
        <source>The authorization is no longer valid: connect again.</source>
        <translation>L&apos;autorisation n&apos;est plus valable : reconnectez-vous.</translation>
    </message>
    <message>
        <source>A renewal sent at %1 never finished (its process ended or its answer was lost): the provider may already have replaced the refresh token</source>
        <translation>Un renouvellement envoyé à %1 n&apos;a jamais abouti (son processus s&apos;est terminé ou sa réponse a été perdue) : le fournisseur a peut-être déjà remplacé le jeton d&apos;actualisation</translation>
    </message>
    <message>
        <source>Using the current access token until it expires at %1 before trying the refresh token again</source>
        <translation>Utilisation du jeton d&apos;accès actuel jusqu&apos;à son expiration à %1 avant de réessayer le jeton d&apos;actualisation</translation>
    </message>
    <message>
        <source>The provider says the refresh token is still valid</source>
        <translation>Le fournisseur indique que le jeton d&apos;actualisation est encore valable</translation>
    </message>
    <message>
        <source>The provider says the refresh token is no longer valid</source>
        <translation>Le fournisseur indique que le jeton d&apos;actualisation n&apos;est plus valable</translation>
    </message>
    <message>
        <source>An interrupted renewal used up this connection&apos;s refresh token and its replacement was lost: connect again.</source>
        <translation>Un renouvellement interrompu a consommé le jeton d&apos;actualisation de cette connexion et son remplaçant a été perdu : reconnectez-vous.</translation>
    </message>
    <message>
        <source>Refreshing (refresh token %1)</source>
        <translation>Actualisation (jeton d&apos;actualisation %1)</translation>
    </message>
    <message>
        <source>Retrying the refresh (attempt %1)</source>
        <translation>Nouvelle tentative d&apos;actualisation (essai %1)</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3 of %4).</source>
        <translation>%1 Nouvel essai dans %2 s (essai %3 sur %4).</translation>
    </message>
    <message>
        <source>%1 The provider may have renewed the token without Keyway hearing of it: Keyway keeps the current tokens and checks before trying again.</source>
        <translation>%1 Le fournisseur a peut-être renouvelé le jeton sans que Keyway l&apos;apprenne : Keyway garde les jetons actuels et vérifie avant de réessayer.</translation>
    </message>
    <message>
        <source>New access token %1%2</source>
        <translation>Nouveau jeton d&apos;accès %1%2</translation>
    </message>
    <message>
        <source>, refresh token %1</source>
        <translation>, jeton d&apos;actualisation %1</translation>
    </message>
    <message>
        <source>The renewed tokens could not be saved in the keychain (%1): Keyway keeps them in memory and saves them as soon as the keychain is available again. Until then the connection is at risk: if Keyway quits first, you may have to connect again.</source>
        <translation>Les jetons renouvelés n&apos;ont pas pu être enregistrés dans le trousseau (%1) : Keyway les garde en mémoire et les enregistre dès que le trousseau est de nouveau disponible. D&apos;ici là, la connexion est en danger : si Keyway se ferme avant, vous devrez peut-être vous reconnecter.</translation>
    </message>
    <message>
        <source>The renewed tokens held in memory are now saved in the keychain</source>
        <translation>Les jetons renouvelés gardés en mémoire sont maintenant enregistrés dans le trousseau</translation>
    </message>
    <message>
        <source>The renewal was stopped before attempt %1. The connection keeps its current tokens.</source>
        <translation>Le renouvellement a été arrêté avant l&apos;essai %1. La connexion garde ses jetons actuels.</translation>
    </message>
</context>
<context>
    <name>keyway::RequestConsole</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>No request sent yet.</source>
        <translation>Aucune requête envoyée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>⚠ Enter a URL first.</source>
        <translation>⚠ Saisissez d&apos;abord une URL.</translation>
    </message>
    <message>
        <source>⚠ The request could not be started.</source>
        <translation>⚠ La requête n&apos;a pas pu être lancée.</translation>
    </message>
    <message>
        <source>Send the credential to %1?</source>
        <translation>Envoyer l&apos;identifiant à %1 ?</translation>
    </message>
    <message>
        <source>%1 is not one of this connection&apos;s addresses.</source>
        <translation>%1 ne fait pas partie des adresses de cette connexion.</translation>
    </message>
    <message>
        <source>Whoever runs %1 could use this connection&apos;s credential as you. Send the request without it unless you trust that site with this connection.</source>
        <translation>Quiconque exploite %1 pourrait utiliser l&apos;identifiant de cette connexion en votre nom. Envoyez la requête sans lui, sauf si vous confiez cette connexion à ce site.</translation>
    </message>
    <message>
        <source>Send without the credential</source>
        <translation>Envoyer sans l&apos;identifiant</translation>
    </message>
    <message>
        <source>Send the credential</source>
        <translation>Envoyer l&apos;identifiant</translation>
    </message>
    <message>
        <source>Always send it to %1 for this connection</source>
        <translation>Toujours l&apos;envoyer à %1 pour cette connexion</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Sending… %1 s</source>
        <translation>Envoi… %1 s</translation>
    </message>
    <message>
        <source> · %1 received</source>
        <translation> · %1 reçus</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>⚠ Not sent: %1</source>
        <translation>⚠ Non envoyé : %1</translation>
    </message>
    <message>
        <source>⚠ No answer: %1</source>
        <translation>⚠ Pas de réponse : %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2 · %3 · %4</source>
        <translation>HTTP %1 %2 · %3 · %4</translation>
    </message>
    <message>
        <source> · the token was refreshed and the request retried</source>
        <translation> · le jeton a été actualisé et la requête relancée</translation>
    </message>
    <message>
        <source> · ⚠ %1</source>
        <translation> · ⚠ %1</translation>
    </message>
    <message>
        <source>Reconnect with %1</source>
        <translation>Reconnecter avec %1</translation>
    </message>
    <message>
        <source>Reconnect with the permission %1</source>
        <translation>Reconnecter avec l&apos;autorisation %1</translation>
    </message>
    <message>
        <source>The response has no body.</source>
        <translation>La réponse n&apos;a pas de corps.</translation>
    </message>
    <message>
        <source>Formatting %1…</source>
        <translation>Mise en forme de %1…</translation>
    </message>
    <message>
        <source>Binary content (%1). Save the body to look at it.</source>
        <translation>Contenu binaire (%1). Enregistrez le corps pour le consulter.</translation>
    </message>
    <message>
        <source>Binary content is not shown.</source>
        <translation>Le contenu binaire n&apos;est pas affiché.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>Affichage des %1 premiers sur %2.</translation>
    </message>
    <message>
        <source>The body was cut off at %1 by Keyway&apos;s size limit.</source>
        <translation>Le corps a été tronqué à %1 par la limite de taille de Keyway.</translation>
    </message>
    <message>
        <source>Formatting all %1…</source>
        <translation>Mise en forme de l&apos;ensemble (%1)…</translation>
    </message>
    <message>
        <source>Save response body</source>
        <translation>Enregistrer le corps de la réponse</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation>⚠ Non enregistré : %1</translation>
    </message>
    <message>
        <source>⚠ No cURL command: %1</source>
        <translation>⚠ Pas de commande cURL : %1</translation>
    </message>
    <message>
        <source>⚠ The credential cannot be copied here.</source>
        <translation>⚠ L&apos;identifiant ne peut pas être copié ici.</translation>
    </message>
    <message>
        <source>The DPoP proof in this command is good for one request, within a few minutes: copy the command again for each run.</source>
        <translation>La preuve DPoP de cette commande ne vaut que pour une requête, dans les quelques minutes : copiez de nouveau la commande pour chaque exécution.</translation>
    </message>
</context>
<context>
    <name>keyway::Revoker</name>
    <message>
        <source>This provider offers no way to revoke tokens; remove the app&apos;s access in the provider&apos;s account settings instead.</source>
        <translation>Ce fournisseur ne permet pas de révoquer les jetons ; retirez plutôt l&apos;accès de l&apos;application dans les paramètres du compte chez le fournisseur.</translation>
    </message>
    <message>
        <source>There is no token to revoke.</source>
        <translation>Il n&apos;y a aucun jeton à révoquer.</translation>
    </message>
    <message>
        <source>a revocation answer</source>
        <translation>une réponse de révocation</translation>
    </message>
    <message>
        <source>The provider cannot revoke the token right now. Try again later.</source>
        <translation>Le fournisseur ne peut pas révoquer le jeton pour l&apos;instant. Réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>keyway::SandboxPanel</name>
    <message>
        <source>Connect…</source>
        <translation>Connecter…</translation>
    </message>
    <message>
        <source>Connect to the Keyway Sandbox (%1)</source>
        <translation>Se connecter au Keyway Sandbox (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — client %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — client %2</translation>
    </message>
    <message>
        <source>Keyway should %1</source>
        <translation>Keyway devrait %1</translation>
    </message>
    <message>
        <source>Applies to the next request only, then switches itself off.</source>
        <translation>S&apos;applique uniquement à la prochaine requête, puis se désactive d&apos;elle-même.</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, dans %2</translation>
    </message>
    <message>
        <source>Stopped. Keyway starts it when you connect or use the Keyway Sandbox.</source>
        <translation>Arrêté. Keyway le démarre quand vous connectez ou utilisez le Keyway Sandbox.</translation>
    </message>
    <message>
        <source>Running at %1</source>
        <translation>En marche sur %1</translation>
    </message>
    <message>
        <source>Served by another Keyway process at %1; the switches below act on it.</source>
        <translation>Servi par un autre processus Keyway sur %1 ; les interrupteurs ci-dessous agissent sur lui.</translation>
    </message>
    <message>
        <source>on until switched off</source>
        <translation>activée jusqu&apos;à désactivation</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every fault is off.</source>
        <translation>Toutes les pannes sont désactivées.</translation>
    </message>
    <message>
        <source>On: %1.</source>
        <translation>Activées : %1.</translation>
    </message>
    <message>
        <source>%1: done at %2.</source>
        <translation>%1 : fait à %2.</translation>
    </message>
    <message>
        <source>Connect makes a new client certificate, registers it with the sandbox and picks it in the connect dialog.</source>
        <translation>Connecter crée un nouveau certificat client, l’enregistre auprès du bac à sable et le choisit dans la fenêtre de connexion.</translation>
    </message>
</context>
<context>
    <name>keyway::SandboxServer</name>
    <message>
        <source>Stop the Keyway Sandbox before it changes its store.</source>
        <translation>Arrêtez le Keyway Sandbox avant qu&apos;il ne change de stockage.</translation>
    </message>
    <message>
        <source>The Keyway Sandbox already runs on port %1; stop it first.</source>
        <translation>Le Keyway Sandbox fonctionne déjà sur le port %1 ; arrêtez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>The Keyway Sandbox could not make its signing key.</source>
        <translation>Le Keyway Sandbox n&apos;a pas pu créer sa clé de signature.</translation>
    </message>
    <message>
        <source>The Keyway Sandbox needs port %1 on 127.0.0.1, but another program that is not a Keyway Sandbox uses it. Close that program and try again.</source>
        <translation>Le Keyway Sandbox a besoin du port %1 sur 127.0.0.1, mais un autre programme qui n&apos;est pas un Keyway Sandbox l&apos;utilise. Fermez ce programme et réessayez.</translation>
    </message>
    <message>
        <source>The Keyway Sandbox needs port %1 on 127.0.0.1, but a Keyway Sandbox that is not yours holds it (another user&apos;s, or one working from another data folder). Stop that one and try again.</source>
        <translation>Le Keyway Sandbox a besoin du port %1 sur 127.0.0.1, mais un Keyway Sandbox qui n&apos;est pas le vôtre l&apos;occupe (celui d&apos;un autre utilisateur, ou un qui travaille depuis un autre dossier de données). Arrêtez-le et réessayez.</translation>
    </message>
</context>
<context>
    <name>keyway::SaveExchangedDialog</name>
    <message>
        <source>&amp;Save connection</source>
        <translation>&amp;Enregistrer la connexion</translation>
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
        <translation>Le dossier de Keyway pour les redirections d&apos;application (%1) n&apos;est pas sûr : %2.</translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation>ce n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>it belongs to another user</source>
        <translation>il appartient à un autre utilisateur</translation>
    </message>
    <message>
        <source>others may open it</source>
        <translation>d&apos;autres peuvent l&apos;ouvrir</translation>
    </message>
    <message>
        <source>This sign-in listener was already used.</source>
        <translation>Ce récepteur de connexion a déjà été utilisé.</translation>
    </message>
    <message>
        <source>The app redirect is not configured.</source>
        <translation>La redirection d&apos;application n&apos;est pas configurée.</translation>
    </message>
    <message>
        <source>Keyway could not wait for the app redirect.</source>
        <translation>Keyway n&apos;a pas pu attendre la redirection d&apos;application.</translation>
    </message>
    <message>
        <source>Not a valid sign-in response</source>
        <translation>Réponse de connexion non valide</translation>
    </message>
    <message>
        <source>The redirect is too long.</source>
        <translation>La redirection est trop longue.</translation>
    </message>
    <message>
        <source>This sign-in is over</source>
        <translation>Cette connexion est terminée</translation>
    </message>
    <message>
        <source>Keyway is no longer waiting for this response.</source>
        <translation>Keyway n&apos;attend plus cette réponse.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>This is not Keyway&apos;s redirect URI.</source>
        <translation>Ce n&apos;est pas l&apos;URI de redirection de Keyway.</translation>
    </message>
</context>
<context>
    <name>keyway::ScopeVocabulary</name>
    <message>
        <source>The unified scope list is not valid.</source>
        <translation>La liste des scopes unifiés n&apos;est pas valide.</translation>
    </message>
</context>
<context>
    <name>keyway::ScopesPanel</name>
    <message>
        <source>Requests: %1</source>
        <translation>Demande : %1</translation>
    </message>
    <message>
        <source>Will request no scope: the provider&apos;s default applies.</source>
        <translation>Aucun scope ne sera demandé : la valeur par défaut du fournisseur s&apos;applique.</translation>
    </message>
    <message>
        <source>Nothing chosen, so the integration&apos;s defaults will be requested: %1</source>
        <translation>Rien n&apos;est choisi, les valeurs par défaut de l&apos;intégration seront donc demandées : %1</translation>
    </message>
    <message>
        <source>Will request no scope.</source>
        <translation>Aucun scope ne sera demandé.</translation>
    </message>
    <message>
        <source>Will request exactly: %1</source>
        <translation>Sera demandé exactement : %1</translation>
    </message>
    <message>
        <source>⚠ %1 (%2) is not offered by %3 and will not be requested.</source>
        <translation>⚠ %1 (%2) n&apos;est pas proposé par %3 et ne sera pas demandé.</translation>
    </message>
</context>
<context>
    <name>keyway::SecretStore</name>
    <message>
        <source>No D-Bus session bus, so no Secret Service can be reached. Log in to a desktop session (or start one with dbus-run-session) with GNOME Keyring or KWallet running.</source>
        <translation>Pas de bus de session D-Bus, aucun Secret Service n&apos;est donc joignable. Ouvrez une session de bureau (ou lancez-en une avec dbus-run-session) où GNOME Keyring ou KWallet fonctionne.</translation>
    </message>
    <message>
        <source>No Secret Service on the session bus. Start GNOME Keyring, KWallet or another org.freedesktop.secrets provider, then try again.</source>
        <translation>Pas de Secret Service sur le bus de session. Démarrez GNOME Keyring, KWallet ou un autre fournisseur org.freedesktop.secrets, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (log in to your desktop session, or unlock the login keyring in your keyring manager), then try again.</source>
        <translation>Le trousseau est verrouillé. Déverrouillez-le (ouvrez votre session de bureau, ou déverrouillez le trousseau de connexion dans votre gestionnaire de trousseaux), puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain refused access. It may be locked: unlock it and try again.</source>
        <translation>Le trousseau a refusé l&apos;accès. Il est peut-être verrouillé : déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>Le trousseau du système n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Le trousseau a signalé une erreur.</translation>
    </message>
    <message>
        <source>A keychain entry of Keyway&apos;s is damaged.</source>
        <translation>Une entrée de trousseau de Keyway est endommagée.</translation>
    </message>
    <message>
        <source>No secret is stored for this item.</source>
        <translation>Aucun secret n&apos;est enregistré pour cet élément.</translation>
    </message>
</context>
<context>
    <name>keyway::SettingsDialog</name>
    <message>
        <source>Add CA certificate</source>
        <translation>Ajouter un certificat d&apos;AC</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name, or choose another proxy setting.</source>
        <translation>Saisissez le nom d&apos;hôte du proxy, ou choisissez un autre paramètre de proxy.</translation>
    </message>
    <message>
        <source>These files hold no readable PEM certificate and were skipped: %1</source>
        <translation>Ces fichiers ne contiennent aucun certificat PEM lisible et ont été ignorés : %1</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>keyway::ShortcutsDialog</name>
    <message>
        <source>Move from a search or filter field into its list</source>
        <translation>Passer d&apos;un champ de recherche ou de filtre à sa liste</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Flèche bas</translation>
    </message>
    <message>
        <source>Open the integration or connection selected in a list</source>
        <translation>Ouvrir l&apos;intégration ou la connexion sélectionnée dans une liste</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Open a list&apos;s context menu</source>
        <translation>Ouvrir le menu contextuel d&apos;une liste</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10</source>
        <translation>Touche Menu ou Maj+F10</translation>
    </message>
    <message>
        <source>Copy the selected timeline event</source>
        <translation>Copier l&apos;événement de chronologie sélectionné</translation>
    </message>
    <message>
        <source>Send the request in the console</source>
        <translation>Envoyer la requête dans la console</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Cancel a sign-in or a request under way</source>
        <translation>Annuler une connexion ou une requête en cours</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Move between fields and buttons</source>
        <translation>Passer d&apos;un champ ou d&apos;un bouton à l&apos;autre</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>keyway::SignalWatcher</name>
    <message>
        <source>signal %1</source>
        <translation>signal %1</translation>
    </message>
</context>
<context>
    <name>keyway::TemplateExpander</name>
    <message>
        <source>Enter the %1.</source>
        <translation>Saisissez %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2.</source>
        <translation>« %1 » n&apos;est pas un %2 valide.</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Exemple : %1</translation>
    </message>
    <message>
        <source>The integration uses an undeclared value.</source>
        <translation>L&apos;intégration utilise une valeur non déclarée.</translation>
    </message>
    <message>
        <source>A required value is missing.</source>
        <translation>Une valeur obligatoire manque.</translation>
    </message>
    <message>
        <source>A value from the provider&apos;s token response is missing.</source>
        <translation>Une valeur de la réponse de jeton du fournisseur manque.</translation>
    </message>
    <message>
        <source>A value contains control characters.</source>
        <translation>Une valeur contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an acceptable URL.</source>
        <translation>« %1 » n&apos;est pas une URL acceptable.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used in a host name.</source>
        <translation>« %1 » ne peut pas figurer dans un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>The integration has a malformed URL.</source>
        <translation>L&apos;intégration a une URL mal formée.</translation>
    </message>
    <message>
        <source>The values entered do not make a valid URL.</source>
        <translation>Les valeurs saisies ne forment pas une URL valide.</translation>
    </message>
    <message>
        <source>Keyway cannot use this URL.</source>
        <translation>Keyway ne peut pas utiliser cette URL.</translation>
    </message>
</context>
<context>
    <name>keyway::TimelineModel</name>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (essai %2)</translation>
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
        <translation>%1 · étape « %2 »</translation>
    </message>
    <message>
        <source>Time since the event before it</source>
        <translation>Temps écoulé depuis l&apos;événement précédent</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>keyway::TimelineView</name>
    <message>
        <source>Every kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Every outcome</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>Échecs uniquement</translation>
    </message>
    <message>
        <source>Successes only</source>
        <translation>Succès uniquement</translation>
    </message>
    <message>
        <source>No events recorded yet.</source>
        <translation>Aucun événement enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>1 event.</source>
        <translation>1 événement.</translation>
    </message>
    <message>
        <source>%1 events, newest first.</source>
        <translation>%1 événements, les plus récents d&apos;abord.</translation>
    </message>
    <message>
        <source>%1 of %2 events shown, newest first.</source>
        <translation>%1 événements affichés sur %2, les plus récents d&apos;abord.</translation>
    </message>
    <message>
        <source>Times are local, with milliseconds and the offset from UTC; details are redacted before they are stored.</source>
        <translation>Les heures sont locales, avec les millisecondes et le décalage par rapport à UTC ; les détails sont expurgés avant d&apos;être enregistrés.</translation>
    </message>
    <message>
        <source>Event copied.</source>
        <translation>Événement copié.</translation>
    </message>
    <message>
        <source>1 event copied.</source>
        <translation>1 événement copié.</translation>
    </message>
    <message>
        <source>%1 events copied.</source>
        <translation>%1 événements copiés.</translation>
    </message>
    <message>
        <source>Copy &amp;row</source>
        <translation>Copier la &amp;ligne</translation>
    </message>
    <message>
        <source>Copy &amp;detail</source>
        <translation>Copier le &amp;détail</translation>
    </message>
    <message>
        <source>Detail copied.</source>
        <translation>Détail copié.</translation>
    </message>
    <message>
        <source>Copy &amp;all shown</source>
        <translation>Copier &amp;tout ce qui est affiché</translation>
    </message>
    <message>
        <source>Show only &quot;%1&quot; events</source>
        <translation>N&apos;afficher que les événements « %1 »</translation>
    </message>
    <message>
        <source>Show only &amp;failures</source>
        <translation>N&apos;afficher que les &amp;échecs</translation>
    </message>
    <message>
        <source>Show &amp;everything</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>&amp;Export diagnostic bundle…</source>
        <translation>&amp;Exporter un paquet de diagnostic…</translation>
    </message>
</context>
<context>
    <name>keyway::TokenInspector</name>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Jeton d&apos;actualisation</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>Jeton d&apos;identité</translation>
    </message>
    <message>
        <source>Tokens are read from the keychain when this tab is open, and shown masked.</source>
        <translation>Les jetons sont lus dans le trousseau quand cet onglet est ouvert, et affichés masqués.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Lecture du trousseau…</translation>
    </message>
    <message>
        <source>⚠ The tokens could not be read: %1</source>
        <translation>⚠ Les jetons n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Tokens are masked until you reveal them. JWTs are decoded here and their signature is checked against the provider&apos;s published keys.</source>
        <translation>Les jetons sont masqués jusqu&apos;à ce que vous les affichiez. Les JWT sont décodés ici et leur signature est vérifiée avec les clés publiées par le fournisseur.</translation>
    </message>
    <message>
        <source>Checking the signature against the provider&apos;s keys…</source>
        <translation>Vérification de la signature avec les clés du fournisseur…</translation>
    </message>
    <message>
        <source>Signature valid (checked against the provider&apos;s JWKS)</source>
        <translation>Signature valide (vérifiée avec le JWKS du fournisseur)</translation>
    </message>
    <message>
        <source>Signature valid: key %1 of the provider&apos;s JWKS</source>
        <translation>Signature valide : clé %1 du JWKS du fournisseur</translation>
    </message>
    <message>
        <source>Signature not checked: %1</source>
        <translation>Signature non vérifiée : %1</translation>
    </message>
    <message>
        <source>Signature NOT valid: %1</source>
        <translation>Signature NON valide : %1</translation>
    </message>
    <message>
        <source>Asking the provider…</source>
        <translation>Interrogation du fournisseur…</translation>
    </message>
    <message>
        <source>Exchanged token</source>
        <translation>Jeton échangé</translation>
    </message>
    <message>
        <source>E&amp;xchange…</source>
        <translation>É&amp;changer…</translation>
    </message>
    <message>
        <source>Exchange the access token for one aimed at another service</source>
        <translation>Échanger le jeton d&apos;accès contre un jeton destiné à un autre service</translation>
    </message>
    <message>
        <source>Asking the provider for a token for %1…</source>
        <translation>Demande au fournisseur d&apos;un jeton pour %1…</translation>
    </message>
    <message>
        <source>⚠ The token exchange failed: %1</source>
        <translation>⚠ L&apos;échange de jeton a échoué : %1</translation>
    </message>
    <message>
        <source>Token exchanged (%1). It is shown below and not kept: the connection keeps its own.</source>
        <translation>Jeton échangé (%1). Il est affiché ci-dessous et n&apos;est pas conservé : la connexion garde le sien.</translation>
    </message>
    <message>
        <source>type not given</source>
        <translation>type non indiqué</translation>
    </message>
    <message>
        <source>&lt;b&gt;Granted authorization details&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Détails d&apos;autorisation accordés&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Sa&amp;ve as connection…</source>
        <translation>Enregistrer comme &amp;connexion…</translation>
    </message>
    <message>
        <source>Save the exchanged token as a new connection</source>
        <translation>Enregistrer le jeton échangé comme nouvelle connexion</translation>
    </message>
    <message>
        <source>Keep this token as a new connection, to call the service it is for from the console or the command line</source>
        <translation>Conserver ce jeton comme nouvelle connexion, pour appeler le service auquel il est destiné depuis la console ou la ligne de commande</translation>
    </message>
    <message>
        <source>Saving the exchanged token as %1…</source>
        <translation>Enregistrement du jeton échangé comme %1…</translation>
    </message>
    <message>
        <source>⚠ The exchanged token was not saved: %1</source>
        <translation>⚠ Le jeton échangé n’a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Saved the exchanged token as the connection %1.</source>
        <translation>Le jeton échangé a été enregistré comme connexion %1.</translation>
    </message>
</context>
<context>
    <name>keyway::TokenView</name>
    <message>
        <source>Reveal %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Decoded %1</source>
        <translation>%1 décodé</translation>
    </message>
    <message>
        <source>Introspect %1</source>
        <translation>Introspection de %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>The provider issued no %1.</source>
        <translation>Le fournisseur n&apos;a émis aucun %1.</translation>
    </message>
    <message>
        <source>JWT, signed with %1</source>
        <translation>JWT, signé avec %1</translation>
    </message>
    <message>
        <source>an unknown algorithm</source>
        <translation>un algorithme inconnu</translation>
    </message>
    <message>
        <source> · fingerprint %1</source>
        <translation> · empreinte %1</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>The provider says the token is active.</source>
        <translation>Le fournisseur indique que le jeton est actif.</translation>
    </message>
    <message>
        <source>The provider says the token is not active.</source>
        <translation>Le fournisseur indique que le jeton n&apos;est pas actif.</translation>
    </message>
    <message>
        <source>Introspection (RFC 7662)</source>
        <translation>Introspection (RFC 7662)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>DPoP key, cnf.jkt %1</source>
        <translation>clé DPoP, cnf.jkt %1</translation>
    </message>
    <message>
        <source>client certificate, cnf.x5t#S256 %1</source>
        <translation>certificat client, cnf.x5t#S256 %1</translation>
    </message>
    <message>
        <source>✓ Bound to this device&apos;s key (%1)</source>
        <translation>✓ Lié à la clé de cet appareil (%1)</translation>
    </message>
    <message>
        <source>✗ Bound to a different key (%1): not this connection&apos;s</source>
        <translation>✗ Lié à une autre clé (%1) : pas celle de cette connexion</translation>
    </message>
    <message>
        <source>Not bound: whoever holds a copy of this token can use it</source>
        <translation>Non lié : quiconque détient une copie de ce jeton peut l’utiliser</translation>
    </message>
    <message>
        <source>Access token profile (RFC 9068)</source>
        <translation>Profil du jeton d’accès (RFC 9068)</translation>
    </message>
    <message>
        <source>Access token claims (RFC 9068 names; not typed at+jwt)</source>
        <translation>Revendications du jeton d’accès (noms de la RFC 9068 ; pas typé at+jwt)</translation>
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
        <translation>Ce fournisseur n&apos;a pas d&apos;adresse pour demander qui est connecté.</translation>
    </message>
    <message>
        <source>There is no access token to ask with.</source>
        <translation>Il n&apos;y a pas de jeton d&apos;accès avec lequel demander.</translation>
    </message>
    <message>
        <source>information about the account</source>
        <translation>des informations sur le compte</translation>
    </message>
    <message>
        <source>The provider sent signed account information, which Keyway cannot read.</source>
        <translation>Le fournisseur a envoyé des informations de compte signées, que Keyway ne sait pas lire.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer is not JSON, so it could not be read as %1.</source>
        <translation>La réponse du fournisseur n&apos;est pas du JSON, elle n&apos;a donc pas pu être lue comme %1.</translation>
    </message>
</context>
<context>
    <name>keyway::VaultSecretStore</name>
    <message>
        <source>Keyway keeps secrets in its encrypted vault, which is locked. Unlock it with its passphrase (in the window, or with KEYWAY_VAULT_PASSPHRASE_FILE for the command line).</source>
        <translation>Keyway garde les secrets dans son coffre chiffré, qui est verrouillé. Déverrouillez-le avec sa phrase secrète (dans la fenêtre, ou avec KEYWAY_VAULT_PASSPHRASE_FILE pour la ligne de commande).</translation>
    </message>
    <message>
        <source>Keyway&apos;s encrypted vault could not be opened: %1</source>
        <translation>Le coffre chiffré de Keyway n&apos;a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <source>Another Keyway process holds the encrypted vault. Try again.</source>
        <translation>Un autre processus Keyway détient le coffre chiffré. Réessayez.</translation>
    </message>
</context>
<context>
    <name>keyway::VaultUnlockDialog</name>
    <message>
        <source>Create the secret vault</source>
        <translation>Créer le coffre de secrets</translation>
    </message>
    <message>
        <source>Unlock the secret vault</source>
        <translation>Déverrouiller le coffre de secrets</translation>
    </message>
    <message>
        <source>Keyway keeps tokens and client secrets in an encrypted vault on this computer. Choose a passphrase for it; without the passphrase nobody (not even Keyway) can read them, so keep it safe.</source>
        <translation>Keyway garde les jetons et les secrets client dans un coffre chiffré sur cet ordinateur. Choisissez-lui une phrase secrète ; sans elle, personne (pas même Keyway) ne peut les lire, gardez-la donc en lieu sûr.</translation>
    </message>
    <message>
        <source>Keyway&apos;s tokens and client secrets are in an encrypted vault (%1). Enter its passphrase to use your connections.</source>
        <translation>Les jetons et secrets client de Keyway sont dans un coffre chiffré (%1). Saisissez sa phrase secrète pour utiliser vos connexions.</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Créer le coffre</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Leave the vault locked; File ▸ Unlock vault… asks again</source>
        <translation>Laisser le coffre verrouillé ; Fichier ▸ Déverrouiller le coffre… le redemande</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Saisissez la phrase secrète.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Les deux phrases secrètes diffèrent. Saisissez deux fois la même.</translation>
    </message>
    <message>
        <source>The vault could not be unlocked.</source>
        <translation>Le coffre n&apos;a pas pu être déverrouillé.</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Création du coffre…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
</context>
</TS>
