<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccessTokenProfile</name>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>Token ID</source>
        <translation>ID del token</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Authentication context</source>
        <translation>Contexto de autenticación</translation>
    </message>
</context>
<context>
    <name>Base64Url</name>
    <message>
        <source>The data is not valid base64url text.</source>
        <translation>Los datos no son un texto base64url válido.</translation>
    </message>
</context>
<context>
    <name>BodyFormatter</name>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>JSON no válido en el byte %1: %2</translation>
    </message>
</context>
<context>
    <name>BrowserLauncher</name>
    <message>
        <source>Keyway will only open web addresses in a browser.</source>
        <translation>Keyway solo abre direcciones web en un navegador.</translation>
    </message>
    <message>
        <source>The system browser could not be opened. Copy the link into a browser instead.</source>
        <translation>No se pudo abrir el navegador del sistema. Copie el enlace en un navegador.</translation>
    </message>
    <message>
        <source>The browser command could not be started. Copy the link into a browser instead.</source>
        <translation>No se pudo iniciar el comando del navegador. Copie el enlace en un navegador.</translation>
    </message>
</context>
<context>
    <name>BundlePreviewDialog</name>
    <message>
        <source>Diagnostic bundle</source>
        <translation>Paquete de diagnóstico</translation>
    </message>
    <message>
        <source>What the bundle holds</source>
        <translation>Qué contiene el paquete</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <source>Personal data in the bundle</source>
        <translation>Datos personales en el paquete</translation>
    </message>
    <message>
        <source>&amp;Leave out personal data (account, names, e-mail, user id)</source>
        <translation>&amp;Omitir los datos personales (cuenta, nombres, correo, ID de usuario)</translation>
    </message>
    <message>
        <source>Replaces each personal value in the bundle by &quot;(left out)&quot;</source>
        <translation>Sustituye cada valor personal del paquete por «(omitido)»</translation>
    </message>
    <message>
        <source>Bundle contents (JSON)</source>
        <translation>Contenido del paquete (JSON)</translation>
    </message>
    <message>
        <source>Building the bundle…</source>
        <translation>Creando el paquete…</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: keyway [SUBCOMMAND] [OPTIONS]

Without a subcommand, opens the Keyway window.

Subcommands:
</source>
        <translation>Uso: keyway [SUBORDEN] [OPCIONES]

Sin suborden, abre la ventana de Keyway.

Subórdenes:
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
Opciones:
  -h, --help        Mostrar esta ayuda (keyway SUBORDEN --help para las opciones de una suborden)
  -v, --version     Mostrar la versión

Los secretos nunca se toman de la línea de órdenes: use las opciones --*-stdin.
</translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not take the renewed tokens (is it locked?). Unlock it within %n second(s), or the new refresh token is lost and you may have to connect again.</source>
        <translation>
            <numerusform>el llavero no aceptó los tokens renovados (¿está bloqueado?). Desbloquéelo en %n segundo, o el nuevo token de actualización se perderá y quizá tenga que volver a conectar.</numerusform>
            <numerusform>el llavero no aceptó los tokens renovados (¿está bloqueado?). Desbloquéelo en %n segundos, o el nuevo token de actualización se perderá y quizá tenga que volver a conectar.</numerusform>
        </translation>
    </message>
    <message>
        <source>keyway: the renewed tokens are saved in the keychain.</source>
        <translation>keyway: los tokens renovados están guardados en el llavero.</translation>
    </message>
    <message>
        <source>the keychain stayed unavailable: the renewed tokens were not saved.</source>
        <translation>el llavero siguió sin estar disponible: los tokens renovados no se guardaron.</translation>
    </message>
    <message>
        <source>keyway: unknown subcommand &apos;%1&apos; (see keyway --help)</source>
        <translation>keyway: suborden desconocida «%1» (consulte keyway --help)</translation>
    </message>
    <message>
        <source>Run &apos;keyway connections --recover&apos; to bring them back, or &apos;keyway connections --revoke-lost&apos; to revoke them at their providers and delete them.</source>
        <translation>Ejecute «keyway connections --recover» para recuperarlas, o «keyway connections --revoke-lost» para revocarlas en sus proveedores y eliminarlas.</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>Mostrar esta ayuda</translation>
    </message>
    <message>
        <source>%1 (see keyway %2 --help)</source>
        <translation>%1 (consulte keyway %2 --help)</translation>
    </message>
</context>
<context>
    <name>ClientAssertion</name>
    <message>
        <source>Keyway could not build the signed request for the provider.</source>
        <translation>Keyway no pudo construir la solicitud firmada para el proveedor.</translation>
    </message>
</context>
<context>
    <name>ClientAuthenticator</name>
    <message>
        <source>No client id is configured for this connection.</source>
        <translation>No hay ningún ID de cliente configurado para esta conexión.</translation>
    </message>
    <message>
        <source>No client secret is configured for this connection.</source>
        <translation>No hay ningún secreto de cliente configurado para esta conexión.</translation>
    </message>
    <message>
        <source>No private key is configured for this connection.</source>
        <translation>No hay ninguna clave privada configurada para esta conexión.</translation>
    </message>
    <message>
        <source>The configured private key cannot be used: %1</source>
        <translation>La clave privada configurada no se puede usar: %1</translation>
    </message>
    <message>
        <source>Could not sign the client assertion with the configured private key: %1</source>
        <translation>No se pudo firmar la aserción de cliente con la clave privada configurada: %1</translation>
    </message>
    <message>
        <source>No client certificate is configured for this connection.</source>
        <translation>Esta conexión no tiene ningún certificado de cliente configurado.</translation>
    </message>
</context>
<context>
    <name>ClientCertificate</name>
    <message>
        <source>The client certificate file is not a PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>El archivo del certificado de cliente no es un certificado PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>The client certificate&apos;s private key is not an unencrypted PEM private key.</source>
        <translation>La clave privada del certificado de cliente no es una clave privada PEM sin cifrar.</translation>
    </message>
    <message>
        <source>The private key does not belong to the client certificate.</source>
        <translation>La clave privada no corresponde al certificado de cliente.</translation>
    </message>
    <message>
        <source>The client certificate&apos;s key must be an RSA or EC key.</source>
        <translation>La clave del certificado de cliente debe ser una clave RSA o EC.</translation>
    </message>
    <message>
        <source>The client certificate or its key could not be loaded for TLS.</source>
        <translation>No se pudo cargar el certificado de cliente o su clave para TLS.</translation>
    </message>
    <message>
        <source>The PKCS#12 file could not be opened: the password is wrong, or it holds no certificate and key.</source>
        <translation>No se pudo abrir el archivo PKCS#12: la contraseña es incorrecta o no contiene un certificado y una clave.</translation>
    </message>
</context>
<context>
    <name>ClientCertificateOptions</name>
    <message>
        <source>TLS client certificate (PEM) for mutual TLS (RFC 8705); its key with --client-key-stdin</source>
        <translation>Certificado de cliente TLS (PEM) para TLS mutuo (RFC 8705); su clave con --client-key-stdin</translation>
    </message>
    <message>
        <source>Read the client certificate&apos;s private key (PEM) from standard input</source>
        <translation>Leer la clave privada (PEM) del certificado de cliente de la entrada estándar</translation>
    </message>
    <message>
        <source>TLS client certificate and key as a PKCS#12 file, imported once</source>
        <translation>Certificado de cliente TLS y su clave como archivo PKCS#12, importado una vez</translation>
    </message>
    <message>
        <source>Read the PKCS#12 file&apos;s password from standard input</source>
        <translation>Leer la contraseña del archivo PKCS#12 de la entrada estándar</translation>
    </message>
    <message>
        <source>--client-cert and --client-p12 cannot be given together</source>
        <translation>--client-cert y --client-p12 no pueden indicarse juntos</translation>
    </message>
    <message>
        <source>--client-p12 FILE takes its password with --p12-password-stdin</source>
        <translation>--client-p12 ARCHIVO recibe su contraseña con --p12-password-stdin</translation>
    </message>
    <message>
        <source>--p12-password-stdin goes with --client-p12 FILE</source>
        <translation>--p12-password-stdin se usa con --client-p12 ARCHIVO</translation>
    </message>
    <message>
        <source>only one option at a time can read standard input</source>
        <translation>solo una opción a la vez puede leer la entrada estándar</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>standard input was empty: --client-key-stdin reads the private key there</source>
        <translation>la entrada estándar estaba vacía: --client-key-stdin lee allí la clave privada</translation>
    </message>
    <message>
        <source>Read the client certificate&apos;s private key (PEM) from FILE, leaving standard input to --client-secret-stdin</source>
        <translation>Leer la clave privada (PEM) del certificado de cliente de ARCHIVO, dejando la entrada estándar para --client-secret-stdin</translation>
    </message>
    <message>
        <source>give the private key once: --client-key-stdin or --client-key-file FILE</source>
        <translation>indique la clave privada una sola vez: --client-key-stdin o --client-key-file ARCHIVO</translation>
    </message>
    <message>
        <source>--client-cert FILE takes its private key with --client-key-stdin or --client-key-file FILE</source>
        <translation>--client-cert ARCHIVO recibe su clave privada con --client-key-stdin o --client-key-file ARCHIVO</translation>
    </message>
</context>
<context>
    <name>ClientCertificatePanel</name>
    <message>
        <source>Client certificate &amp;format:</source>
        <translation>&amp;Formato del certificado de cliente:</translation>
    </message>
    <message>
        <source>Client certificate format</source>
        <translation>Formato del certificado de cliente</translation>
    </message>
    <message>
        <source>Certificate (PEM):</source>
        <translation>Certificado (PEM):</translation>
    </message>
    <message>
        <source>No certificate chosen.</source>
        <translation>Ningún certificado elegido.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose the client certificate file (PEM)</source>
        <translation>Elegir el archivo del certificado de cliente (PEM)</translation>
    </message>
    <message>
        <source>Its private key (PEM):</source>
        <translation>Su clave privada (PEM):</translation>
    </message>
    <message>
        <source>No private key chosen.</source>
        <translation>Ninguna clave privada elegida.</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>Ele&amp;gir…</translation>
    </message>
    <message>
        <source>Choose the client certificate&apos;s private key file (PEM)</source>
        <translation>Elegir el archivo de la clave privada del certificado de cliente (PEM)</translation>
    </message>
    <message>
        <source>PKCS#12 file:</source>
        <translation>Archivo PKCS#12:</translation>
    </message>
    <message>
        <source>No PKCS#12 file chosen.</source>
        <translation>Ningún archivo PKCS#12 elegido.</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file (.p12, .pfx)</source>
        <translation>Elegir el archivo PKCS#12 (.p12, .pfx)</translation>
    </message>
    <message>
        <source>PKCS#12 pass&amp;word:</source>
        <translation>Con&amp;traseña PKCS#12:</translation>
    </message>
    <message>
        <source>Empty when the file has no password</source>
        <translation>Vacío si el archivo no tiene contraseña</translation>
    </message>
    <message>
        <source>PKCS#12 password</source>
        <translation>Contraseña PKCS#12</translation>
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
        <translation>Keyway no pudo comparar su reloj con el del proveedor (la respuesta no tenía cabecera Date): compruebe la fecha, la hora y la zona horaria de este equipo; si son correctas, el reloj del proveedor está mal.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock agrees with the provider&apos;s within %1 (going by the Date header of its answer), so the provider dated the token wrongly.</source>
        <translation>El reloj de este equipo coincide con el del proveedor con un margen de %1 (según la cabecera Date de su respuesta), así que el proveedor fechó mal el token.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the provider&apos;s (going by the Date header of its answer).</source>
        <translation>El reloj de este equipo va %1 por detrás del del proveedor (según la cabecera Date de su respuesta).</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the provider&apos;s (going by the Date header of its answer).</source>
        <translation>El reloj de este equipo va %1 por delante del del proveedor (según la cabecera Date de su respuesta).</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date, time and time zone; if they are right, the provider&apos;s clock is wrong.</source>
        <translation>Compruebe la fecha, la hora y la zona horaria de este equipo; si son correctas, el reloj del proveedor está mal.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1 h</source>
        <translation>
            <numerusform>%n día %1 h</numerusform>
            <numerusform>%n días %1 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectCommand</name>
    <message>
        <source>Catalogue id (see keyway integrations)</source>
        <translation>Id. del catálogo (consulte keyway integrations)</translation>
    </message>
    <message>
        <source>OpenID Connect issuer URL (endpoints by discovery)</source>
        <translation>URL del emisor OpenID Connect (puntos de conexión por descubrimiento)</translation>
    </message>
    <message>
        <source>Auth mode, e.g. oauth2_authorization_code, api_key</source>
        <translation>Modo de autenticación, p. ej. oauth2_authorization_code, api_key</translation>
    </message>
    <message>
        <source>OAuth client id</source>
        <translation>Id. de cliente OAuth</translation>
    </message>
    <message>
        <source>Read the client secret from standard input</source>
        <translation>Leer el secreto de cliente de la entrada estándar</translation>
    </message>
    <message>
        <source>Read the API key from standard input</source>
        <translation>Leer la clave de API de la entrada estándar</translation>
    </message>
    <message>
        <source>Basic auth user name</source>
        <translation>Nombre de usuario de la autenticación Basic</translation>
    </message>
    <message>
        <source>Read the Basic auth user name from standard input (an API key sent as the user name)</source>
        <translation>Leer el nombre de usuario Basic de la entrada estándar (una clave de API enviada como nombre de usuario)</translation>
    </message>
    <message>
        <source>Client authentication: client_secret_basic, client_secret_post, private_key_jwt, tls_client_auth, self_signed_tls_client_auth or none</source>
        <translation>Autenticación del cliente: client_secret_basic, client_secret_post, private_key_jwt, tls_client_auth, self_signed_tls_client_auth o none</translation>
    </message>
    <message>
        <source>Read the Basic auth password from standard input</source>
        <translation>Leer la contraseña Basic de la entrada estándar</translation>
    </message>
    <message>
        <source>Read a bearer token (pasted by hand) from standard input</source>
        <translation>Leer un token bearer (pegado a mano) de la entrada estándar</translation>
    </message>
    <message>
        <source>Service account JSON key file (JWT bearer)</source>
        <translation>Archivo de clave JSON de la cuenta de servicio (JWT bearer)</translation>
    </message>
    <message>
        <source>PEM private key for private_key_jwt</source>
        <translation>Clave privada PEM para private_key_jwt</translation>
    </message>
    <message>
        <source>kid of the private key</source>
        <translation>kid de la clave privada</translation>
    </message>
    <message>
        <source>Signing algorithm of the private key, RS256 or ES256 (default: the key&apos;s)</source>
        <translation>Algoritmo de firma de la clave privada, RS256 o ES256 (predeterminado: el de la clave)</translation>
    </message>
    <message>
        <source>audience parameter of the token request (client credentials)</source>
        <translation>parámetro audience de la solicitud de token (credenciales de cliente)</translation>
    </message>
    <message>
        <source>RFC 8707 resource indicator of the token request (repeatable)</source>
        <translation>indicador de recurso RFC 8707 de la solicitud de token (repetible)</translation>
    </message>
    <message>
        <source>JWT bearer subject (domain-wide delegation)</source>
        <translation>Sujeto del JWT bearer (delegación en todo el dominio)</translation>
    </message>
    <message>
        <source>Scopes, unified or provider&apos;s, space separated</source>
        <translation>Ámbitos, unificados o del proveedor, separados por espacios</translation>
    </message>
    <message>
        <source>A name for the connection</source>
        <translation>Un nombre para la conexión</translation>
    </message>
    <message>
        <source>Browser command (%s = URL); default KEYWAY_BROWSER, then the system browser</source>
        <translation>Comando del navegador (%s = URL); predeterminado KEYWAY_BROWSER, luego el navegador del sistema</translation>
    </message>
    <message>
        <source>Template variable, e.g. subdomain=acme (repeatable)</source>
        <translation>Variable de plantilla, p. ej. subdomain=acme (repetible)</translation>
    </message>
    <message>
        <source>Extra authorization request parameter (repeatable)</source>
        <translation>Parámetro adicional de la solicitud de autorización (repetible)</translation>
    </message>
    <message>
        <source>Extra token request parameter, e.g. audience=... (repeatable)</source>
        <translation>Parámetro adicional de la solicitud de token, p. ej. audience=... (repetible)</translation>
    </message>
    <message>
        <source>The exact redirect URI registered at the provider: http://127.0.0.1:PORT/PATH (Keyway listens there) or io.keyway.app:/oauth2redirect; kept for --reconnect</source>
        <translation>La URI de redirección exacta registrada en el proveedor: http://127.0.0.1:PORT/PATH (Keyway escucha allí) o io.keyway.app:/oauth2redirect; se guarda para --reconnect</translation>
    </message>
    <message>
        <source>Sign in on another device: open no browser here, print the address to open anywhere and read back from standard input the address the browser ended on (the device code sign-in instead, where the integration has one)</source>
        <translation>Iniciar sesión en otro dispositivo: no abrir ningún navegador aquí, mostrar la dirección que se abre en cualquier parte y leer de la entrada estándar la dirección en la que terminó el navegador (en su lugar, el inicio de sesión con código de dispositivo, si la integración lo tiene)</translation>
    </message>
    <message>
        <source>Do not send PKCE (for servers that reject it)</source>
        <translation>No enviar PKCE (para servidores que lo rechazan)</translation>
    </message>
    <message>
        <source>Push the authorization request to the provider first (RFC 9126): the browser gets only client_id and request_uri</source>
        <translation>Enviar primero la solicitud de autorización al proveedor (RFC 9126): el navegador solo recibe client_id y request_uri</translation>
    </message>
    <message>
        <source>Bind the tokens to a key pair kept in the keychain for this connection (DPoP, RFC 9449): every token, refresh and API request carries a proof signed with it</source>
        <translation>Vincular los tokens a un par de claves guardado en el llavero para esta conexión (DPoP, RFC 9449): cada solicitud de token, de actualización y de API lleva una prueba firmada con él</translation>
    </message>
    <message>
        <source>Seconds to wait for the browser (default 300)</source>
        <translation>Segundos de espera al navegador (predeterminado 300)</translation>
    </message>
    <message>
        <source>Re-authorize this existing connection in place</source>
        <translation>Volver a autorizar esta conexión existente en su lugar</translation>
    </message>
    <message>
        <source>name an integration or give --issuer URL (see keyway integrations)</source>
        <translation>nombre una integración o indique --issuer URL (consulte keyway integrations)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>expected KEY=VALUE, got &apos;%1&apos;</source>
        <translation>se esperaba KEY=VALUE, se recibió «%1»</translation>
    </message>
    <message>
        <source>--resource takes an absolute URI without a fragment, got &apos;%1&apos;</source>
        <translation>--resource admite una URI absoluta sin fragmento, se recibió «%1»</translation>
    </message>
    <message>
        <source>only one --*-stdin option at a time</source>
        <translation>solo una opción --*-stdin a la vez</translation>
    </message>
    <message>
        <source>--no-browser reads the browser&apos;s address from standard input, so no --*-stdin option can be given with it (a --reconnect reuses a kept secret)</source>
        <translation>--no-browser lee la dirección del navegador de la entrada estándar, así que no se puede indicar ninguna opción --*-stdin con ella (un --reconnect reutiliza un secreto guardado)</translation>
    </message>
    <message>
        <source>standard input was empty</source>
        <translation>la entrada estándar estaba vacía</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds</source>
        <translation>--timeout admite un número de segundos</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Signing in with a device code, which needs nothing pasted back (--mode %1 for the other way).</source>
        <translation>Inicio de sesión con un código de dispositivo, que no necesita pegar nada de vuelta (--mode %1 para la otra forma).</translation>
    </message>
    <message>
        <source>Open this address in a browser on any device and sign in:</source>
        <translation>Abra esta dirección en un navegador de cualquier dispositivo e inicie sesión:</translation>
    </message>
    <message>
        <source>The browser then ends on an address it cannot load; that is expected.</source>
        <translation>El navegador termina luego en una dirección que no puede cargar; es lo esperado.</translation>
    </message>
    <message>
        <source>The browser then ends on an address it cannot load (%1?...); that is expected.</source>
        <translation>El navegador termina luego en una dirección que no puede cargar (%1?...); es lo esperado.</translation>
    </message>
    <message>
        <source>Copy that whole address from its address bar, paste it here and press Enter:</source>
        <translation>Copie esa dirección completa de la barra de direcciones, péguela aquí y pulse Intro:</translation>
    </message>
    <message>
        <source>Opening your browser. If it does not open, visit:</source>
        <translation>Abriendo su navegador. Si no se abre, visite:</translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code:</source>
        <translation>Para iniciar sesión, abra %1 e introduzca el código:</translation>
    </message>
    <message>
        <source>(or open %1, which has the code filled in)</source>
        <translation>(o abra %1, que ya tiene el código rellenado)</translation>
    </message>
    <message>
        <source>Waiting for approval until %1 (Ctrl+C cancels)...</source>
        <translation>Esperando la aprobación hasta las %1 (Ctrl+C cancela)...</translation>
    </message>
    <message>
        <source>Connected; the provider did not say which account.</source>
        <translation>Conectada; el proveedor no indicó qué cuenta.</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>Conectada como %1</translation>
    </message>
    <message>
        <source>Scopes granted: %1</source>
        <translation>Ámbitos concedidos: %1</translation>
    </message>
    <message>
        <source>Not granted: %1</source>
        <translation>No concedidos: %1</translation>
    </message>
    <message>
        <source>no address was pasted; nothing was stored</source>
        <translation>no se pegó ninguna dirección; no se guardó nada</translation>
    </message>
    <message>
        <source>Connect an integration (prints the connection id)</source>
        <translation>Conectar una integración (muestra el id. de la conexión)</translation>
    </message>
    <message>
        <source>RFC 9396 authorization details: a file holding their JSON array, sent with the authorization request</source>
        <translation>Detalles de autorización RFC 9396: un archivo con su array JSON, enviado con la solicitud de autorización</translation>
    </message>
    <message>
        <source>--authorization-details: cannot read %1 (%2)</source>
        <translation>--authorization-details: no se puede leer %1 (%2)</translation>
    </message>
    <message>
        <source>--authorization-details: %1 is not JSON (%2 at offset %3)</source>
        <translation>--authorization-details: %1 no es JSON (%2 en la posición %3)</translation>
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
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>Aviso de seguridad</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Qué falta</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>Error de conexión</translation>
    </message>
</context>
<context>
    <name>ConnectFormPage</name>
    <message>
        <source>PKCE warning</source>
        <translation>Aviso de PKCE</translation>
    </message>
    <message>
        <source>&amp;How to connect:</source>
        <translation>&amp;Forma de conectar:</translation>
    </message>
    <message>
        <source>Authentication mode</source>
        <translation>Modo de autenticación</translation>
    </message>
    <message>
        <source>Connection &amp;name:</source>
        <translation>&amp;Nombre de la conexión:</translation>
    </message>
    <message>
        <source>Optional: the account name is used</source>
        <translation>Opcional: se usa el nombre de la cuenta</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nombre de la conexión</translation>
    </message>
    <message>
        <source>&amp;Where do these values come from?</source>
        <translation>¿&amp;De dónde salen estos valores?</translation>
    </message>
    <message>
        <source>Show setup instructions</source>
        <translation>Mostrar las instrucciones de configuración</translation>
    </message>
    <message>
        <source>Setup instructions</source>
        <translation>Instrucciones de configuración</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Datos de la cuenta</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Redirección</translation>
    </message>
    <message>
        <source>Redirect URI to register at the provider:</source>
        <translation>URI de redirección que registrar en el proveedor:</translation>
    </message>
    <message>
        <source>Redirect URI to register at the provider</source>
        <translation>URI de redirección que registrar en el proveedor</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the redirect URI</source>
        <translation>Copiar la URI de redirección</translation>
    </message>
    <message>
        <source>Copy redirect URI</source>
        <translation>Copiar la URI de redirección</translation>
    </message>
    <message>
        <source>About the redirect URI</source>
        <translation>Acerca de la URI de redirección</translation>
    </message>
    <message>
        <source>&amp;Advanced options</source>
        <translation>Opciones &amp;avanzadas</translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation>Mostrar las opciones avanzadas</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Extra &amp;authorization parameters:</source>
        <translation>Parámetros de &amp;autorización adicionales:</translation>
    </message>
    <message>
        <source>name=value, one per line (e.g. prompt=consent)</source>
        <translation>nombre=valor, uno por línea (p. ej. prompt=consent)</translation>
    </message>
    <message>
        <source>Extra authorization parameters</source>
        <translation>Parámetros de autorización adicionales</translation>
    </message>
    <message>
        <source>Extra &amp;token parameters:</source>
        <translation>Parámetros de &amp;token adicionales:</translation>
    </message>
    <message>
        <source>name=value, one per line (e.g. audience=https://api.example.com)</source>
        <translation>nombre=valor, uno por línea (p. ej. audience=https://api.example.com)</translation>
    </message>
    <message>
        <source>Extra token parameters</source>
        <translation>Parámetros de token adicionales</translation>
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
        <translation>Orden del &amp;navegador:</translation>
    </message>
    <message>
        <source>As in Settings (system browser)</source>
        <translation>Como en la configuración (navegador del sistema)</translation>
    </message>
    <message>
        <source>Browser command for this sign-in</source>
        <translation>Orden del navegador para este inicio de sesión</translation>
    </message>
    <message>
        <source>Redirect &amp;URI:</source>
        <translation>&amp;URI de redirección:</translation>
    </message>
    <message>
        <source>Redirect URI registered at the provider</source>
        <translation>URI de redirección registrada en el proveedor</translation>
    </message>
    <message>
        <source>The exact redirect URI registered at the provider, when it is not the one shown above: http://127.0.0.1:PORT/PATH (Keyway listens there) or io.keyway.app:/oauth2redirect</source>
        <translation>La URI de redirección exacta registrada en el proveedor, si no es la que se muestra arriba: http://127.0.0.1:PUERTO/RUTA (Keyway escucha ahí) o io.keyway.app:/oauth2redirect</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Configuración de la conexión</translation>
    </message>
    <message>
        <source>Token security</source>
        <translation>Seguridad de los tokens</translation>
    </message>
    <message>
        <source>&amp;Bind tokens to this device (DPoP)</source>
        <translation>&amp;Vincular los tokens a este dispositivo (DPoP)</translation>
    </message>
    <message>
        <source>RFC 9449: Keyway makes a key pair for this connection (the private key stays in the keychain) and proves it holds the key on every request, so a copied token is useless elsewhere</source>
        <translation>RFC 9449: Keyway crea un par de claves para esta conexión (la clave privada se queda en el llavero) y demuestra en cada solicitud que posee la clave; un token copiado no sirve en otro lugar</translation>
    </message>
    <message>
        <source>Use PA&amp;R: send the sign-in request to the provider first</source>
        <translation>Usar PA&amp;R: enviar primero la solicitud de inicio de sesión al proveedor</translation>
    </message>
    <message>
        <source>RFC 9126 pushed authorization requests: the browser then carries only a reference to the request</source>
        <translation>RFC 9126 (solicitudes de autorización enviadas): el navegador solo lleva entonces una referencia a la solicitud</translation>
    </message>
    <message>
        <source>About token security</source>
        <translation>Acerca de la seguridad de los tokens</translation>
    </message>
</context>
<context>
    <name>ConnectWaitingPage</name>
    <message>
        <source>Sign-in progress</source>
        <translation>Progreso del inicio de sesión</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Esperando</translation>
    </message>
    <message>
        <source>Code to enter</source>
        <translation>Código que introducir</translation>
    </message>
    <message>
        <source>Copy &amp;code</source>
        <translation>Copiar el &amp;código</translation>
    </message>
    <message>
        <source>Open this address in a browser on any device and sign in:</source>
        <translation>Abra esta dirección en un navegador de cualquier dispositivo e inicie sesión:</translation>
    </message>
    <message>
        <source>Sign-in address to open on another device</source>
        <translation>Dirección de inicio de sesión para abrir en otro dispositivo</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Copiar la dirección de inicio de sesión</translation>
    </message>
    <message>
        <source>The browser then ends on an address it cannot load; that is expected. Copy that whole address from its address bar and paste it here:</source>
        <translation>Después el navegador termina en una dirección que no puede cargar; es lo esperado. Copie esa dirección completa de su barra de direcciones y péguela aquí:</translation>
    </message>
    <message>
        <source>http://127.0.0.1:…/callback?code=…&amp;state=…</source>
        <translation>http://127.0.0.1:…/callback?code=…&amp;state=…</translation>
    </message>
    <message>
        <source>Address the browser ended on</source>
        <translation>Dirección en la que terminó el navegador</translation>
    </message>
    <message>
        <source>&amp;Finish sign-in</source>
        <translation>&amp;Terminar el inicio de sesión</translation>
    </message>
    <message>
        <source>Finish the sign-in with the pasted address</source>
        <translation>Terminar el inicio de sesión con la dirección pegada</translation>
    </message>
    <message>
        <source>Why the pasted address was refused</source>
        <translation>Por qué se rechazó la dirección pegada</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copiar el &amp;enlace</translation>
    </message>
    <message>
        <source>Copy the sign-in address to open it in another browser</source>
        <translation>Copiar la dirección de inicio de sesión para abrirla en otro navegador</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>&amp;Abrir de nuevo</translation>
    </message>
    <message>
        <source>Open the sign-in page in the browser again</source>
        <translation>Abrir de nuevo la página de inicio de sesión en el navegador</translation>
    </message>
    <message>
        <source>Sign in on another &amp;device…</source>
        <translation>Iniciar sesión en otro &amp;dispositivo…</translation>
    </message>
    <message>
        <source>Show the sign-in address to open on another device, and a box for the address it ends on</source>
        <translation>Mostrar la dirección de inicio de sesión para abrirla en otro dispositivo, y un campo para la dirección en la que termina</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop waiting and go back to the form (Esc)</source>
        <translation>Dejar de esperar y volver al formulario (Esc)</translation>
    </message>
</context>
<context>
    <name>ConnectionChooser</name>
    <message>
        <source>Name a connection (see keyway connections).</source>
        <translation>Nombre una conexión (consulte keyway connections).</translation>
    </message>
    <message>
        <source>No connection &quot;%1&quot; (see keyway connections).</source>
        <translation>No existe la conexión «%1» (consulte keyway connections).</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; answers for %n connection(s) (%2): name one of them, or make one the default with keyway connections default %3 CONNECTION.</source>
        <translation>
            <numerusform>«%1» corresponde a %n conexión (%2): nombre una de ellas, o haga que una sea la predeterminada con keyway connections default %3 CONEXIÓN.</numerusform>
            <numerusform>«%1» corresponde a %n conexiones (%2): nombre una de ellas, o haga que una sea la predeterminada con keyway connections default %3 CONEXIÓN.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; matches %n connection(s): give more of the id.</source>
        <translation>
            <numerusform>«%1» coincide con %n conexión: dé más caracteres del ID.</numerusform>
            <numerusform>«%1» coincide con %n conexiones: dé más caracteres del ID.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionExpiry</name>
    <message>
        <source>access token expires %1</source>
        <translation>el token de acceso caduca %1</translation>
    </message>
    <message>
        <source>access token expiry unknown</source>
        <translation>caducidad del token de acceso desconocida</translation>
    </message>
    <message>
        <source>no refresh token recorded</source>
        <translation>no hay token de actualización registrado</translation>
    </message>
    <message>
        <source>refresh token lapses %1 if unused</source>
        <translation>el token de actualización caduca %1 si no se usa</translation>
    </message>
    <message>
        <source>refresh token lapsed unused %1</source>
        <translation>el token de actualización caducó sin uso %1</translation>
    </message>
    <message>
        <source>, grant ends %1</source>
        <translation>, la concesión termina %1</translation>
    </message>
    <message>
        <source>refresh token ends %1</source>
        <translation>el token de actualización termina %1</translation>
    </message>
    <message>
        <source>refresh token expiry unknown</source>
        <translation>caducidad del token de actualización desconocida</translation>
    </message>
    <message>
        <source>last refreshed %1</source>
        <translation>última actualización %1</translation>
    </message>
    <message>
        <source>never refreshed</source>
        <translation>nunca actualizado</translation>
    </message>
    <message>
        <source>Reconnect %1 before %2</source>
        <translation>Vuelva a conectar %1 antes de %2</translation>
    </message>
</context>
<context>
    <name>ConnectionJson</name>
    <message>
        <source>disconnected, not revoked</source>
        <translation>desconectada, no revocada</translation>
    </message>
</context>
<context>
    <name>ConnectionLock</name>
    <message>
        <source>Keyway could not use its lock folder: %1.</source>
        <translation>Keyway no pudo usar su carpeta de bloqueos: %1.</translation>
    </message>
    <message>
        <source>Another Keyway process is still working on this connection: try again in a moment.</source>
        <translation>Otro proceso de Keyway sigue trabajando con esta conexión: inténtelo de nuevo en un momento.</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Back to the integration (Alt+Left)</source>
        <translation>Volver a la integración (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Back to the integration</source>
        <translation>Volver a la integración</translation>
    </message>
    <message>
        <source>Connected account</source>
        <translation>Cuenta conectada</translation>
    </message>
    <message>
        <source>What this connection needs</source>
        <translation>Lo que necesita esta conexión</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Volver a conectar…</translation>
    </message>
    <message>
        <source>Sign in again (Ctrl+R)</source>
        <translation>Iniciar sesión de nuevo (Ctrl+R)</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <source>Get a new access token now (F5)</source>
        <translation>Obtener ahora un nuevo token de acceso (F5)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the refresh before its next attempt, or stop waiting for an answer already on its way</source>
        <translation>Detener la actualización antes de su siguiente intento, o dejar de esperar una respuesta ya en camino</translation>
    </message>
    <message>
        <source>Copy access token</source>
        <translation>Copiar el token de acceso</translation>
    </message>
    <message>
        <source>The clipboard is cleared after 30 seconds (Ctrl+Shift+C)</source>
        <translation>El portapapeles se vacía tras 30 segundos (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <source>Open in request console</source>
        <translation>Abrir en la consola de solicitudes</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Desconectar…</translation>
    </message>
    <message>
        <source>Revoke the grant and delete the tokens from the keychain (Delete)</source>
        <translation>Revocar la concesión y borrar los tokens del llavero (Supr)</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Forget this revoked connection with its timeline and request history (Delete)</source>
        <translation>Olvidar esta conexión revocada con su cronología y su historial de solicitudes (Supr)</translation>
    </message>
    <message>
        <source>Removes the connection from the list; its event log and request history are deleted too</source>
        <translation>Quita la conexión de la lista; también se borran su registro de eventos y su historial de solicitudes</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Token de acceso:</translation>
    </message>
    <message>
        <source>Access token expiry</source>
        <translation>Caducidad del token de acceso</translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation>Token de actualización:</translation>
    </message>
    <message>
        <source>Refresh token expiry and last renewal</source>
        <translation>Caducidad del token de actualización y última renovación</translation>
    </message>
    <message>
        <source>Status detail:</source>
        <translation>Detalle del estado:</translation>
    </message>
    <message>
        <source>Connected with:</source>
        <translation>Conectado con:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creada:</translation>
    </message>
    <message>
        <source>Token fingerprint:</source>
        <translation>Huella del token:</translation>
    </message>
    <message>
        <source>Connection ID:</source>
        <translation>ID de la conexión:</translation>
    </message>
    <message>
        <source>Scopes: requested and granted</source>
        <translation>Ámbitos: solicitados y concedidos</translation>
    </message>
    <message>
        <source>Requested and granted scopes</source>
        <translation>Ámbitos solicitados y concedidos</translation>
    </message>
    <message>
        <source>Derived from:</source>
        <translation>Derivada de:</translation>
    </message>
    <message>
        <source>The connection whose token was exchanged for this one&apos;s</source>
        <translation>La conexión cuyo token se intercambió por el de esta</translation>
    </message>
</context>
<context>
    <name>ConnectionPlanner</name>
    <message>
        <source>Choose the service account&apos;s JSON key file (or a private key and the issuer it is registered for).</source>
        <translation>Elija el archivo de clave JSON de la cuenta de servicio (o una clave privada y el emisor para el que está registrada).</translation>
    </message>
    <message>
        <source>Enter the issuer of the assertions (the service account or client ID).</source>
        <translation>Introduzca el emisor de las aserciones (la cuenta de servicio o el ID de cliente).</translation>
    </message>
    <message>
        <source>The private key cannot be used: %1</source>
        <translation>La clave privada no se puede usar: %1</translation>
    </message>
    <message>
        <source>This %1 key cannot sign %2 assertions; choose %3.</source>
        <translation>Esta clave %1 no puede firmar aserciones %2; elija %3.</translation>
    </message>
    <message>
        <source>Connect with the device code mode instead (keyway connect %1 --mode device_code).</source>
        <translation>Conecte mejor con el modo de código de dispositivo (keyway connect %1 --mode device_code).</translation>
    </message>
    <message>
        <source>Use another authentication mode of this integration if it has one.</source>
        <translation>Use otro modo de autenticación de esta integración si lo tiene.</translation>
    </message>
    <message>
        <source>%1 does not allow desktop redirects, so a browser sign-in could not come back to Keyway. %2</source>
        <translation>%1 no permite redirecciones a aplicaciones de escritorio, así que un inicio de sesión en el navegador no podría volver a Keyway. %2</translation>
    </message>
    <message>
        <source>This integration declares no way to authenticate.</source>
        <translation>Esta integración no declara ninguna forma de autenticarse.</translation>
    </message>
    <message>
        <source>%1 does not support the authentication mode &quot;%2&quot;.</source>
        <translation>%1 no admite el modo de autenticación «%2».</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Introduzca la clave de API.</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Introduzca %1.</translation>
    </message>
    <message>
        <source>username</source>
        <translation>nombre de usuario</translation>
    </message>
    <message>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <source>Paste the access token.</source>
        <translation>Pegue el token de acceso.</translation>
    </message>
    <message>
        <source>This integration has no OAuth settings.</source>
        <translation>Esta integración no tiene configuración OAuth.</translation>
    </message>
    <message>
        <source>Unknown client authentication method &quot;%1&quot;.</source>
        <translation>Método de autenticación de cliente desconocido «%1».</translation>
    </message>
    <message>
        <source>Enter the client ID of the app you registered with %1.</source>
        <translation>Introduzca el ID de cliente de la aplicación que registró en %1.</translation>
    </message>
    <message>
        <source>The client credentials grant needs a client secret or a private key.</source>
        <translation>La concesión client credentials necesita un secreto de cliente o una clave privada.</translation>
    </message>
    <message>
        <source>%1 authenticates this client with a private key (private_key_jwt): import the key or generate one.</source>
        <translation>%1 autentica a este cliente con una clave privada (private_key_jwt): importe la clave o genere una.</translation>
    </message>
    <message>
        <source>%1 authenticates this client with a TLS client certificate (%2): give the certificate and its key.</source>
        <translation>%1 autentica este cliente con un certificado de cliente TLS (%2): indique el certificado y su clave.</translation>
    </message>
    <message>
        <source>%1 accepts only connections that present the TLS client certificate it issued: give the certificate and its key.</source>
        <translation>%1 solo acepta conexiones que presenten el certificado de cliente TLS que emitió: indique el certificado y su clave.</translation>
    </message>
    <message>
        <source>Give the client certificate either as PEM files or as a PKCS#12 file, not both.</source>
        <translation>Indique el certificado de cliente como archivos PEM o como archivo PKCS#12, no ambos.</translation>
    </message>
</context>
<context>
    <name>ConnectionRepository</name>
    <message>
        <source>Keyway could not save to its database.</source>
        <translation>Keyway no pudo guardar en su base de datos.</translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Caduca pronto</translation>
    </message>
    <message>
        <source>Needs re-authorization</source>
        <translation>Requiere reautorización</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Temporary problem</source>
        <translation>Problema temporal</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>ConnectionsCommand</name>
    <message>
        <source>default INTEGRATION CONNECTION: the connection token, exec and git-credential use for INTEGRATION when several are connected and none is named</source>
        <translation>default INTEGRATION CONNECTION: la conexión que usan token, exec y git-credential para INTEGRATION cuando hay varias conectadas y no se nombra ninguna</translation>
    </message>
    <message>
        <source>Print JSON</source>
        <translation>Mostrar JSON</translation>
    </message>
    <message>
        <source>Rebuild the connections the database lost from their entries in the keychain, then list them</source>
        <translation>Reconstruir desde sus entradas del llavero las conexiones que perdió la base de datos y después listarlas</translation>
    </message>
    <message>
        <source>Revoke the connections the database lost at their providers and delete their keychain entries</source>
        <translation>Revocar en sus proveedores las conexiones que perdió la base de datos y eliminar sus entradas del llavero</translation>
    </message>
    <message>
        <source>the only subcommand is: default INTEGRATION CONNECTION</source>
        <translation>el único subcomando es: default INTEGRATION CONNECTION</translation>
    </message>
    <message>
        <source>give --recover or --revoke-lost, not both</source>
        <translation>indique --recover o --revoke-lost, no ambos</translation>
    </message>
    <message>
        <source>%1 is a connection of %2, not of %3</source>
        <translation>%1 es una conexión de %2, no de %3</translation>
    </message>
    <message>
        <source>Default for %1: %2</source>
        <translation>Predeterminada para %1: %2</translation>
    </message>
    <message>
        <source>No connections yet. Connect one with: keyway connect INTEGRATION</source>
        <translation>Todavía no hay conexiones. Conecte una con: keyway connect INTEGRATION</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(predeterminada)</translation>
    </message>
    <message>
        <source>List connections (or recover those the database lost)</source>
        <translation>Listar las conexiones (o recuperar las que perdió la base de datos)</translation>
    </message>
</context>
<context>
    <name>ConnectionsView</name>
    <message>
        <source>Your connections</source>
        <translation>Sus conexiones</translation>
    </message>
    <message>
        <source>&amp;Connect an account…</source>
        <translation>&amp;Conectar una cuenta…</translation>
    </message>
    <message>
        <source>Connect an account of the selected integration (Ctrl+N)</source>
        <translation>Conectar una cuenta de la integración seleccionada (Ctrl+N)</translation>
    </message>
    <message>
        <source>Connect an account</source>
        <translation>Conectar una cuenta</translation>
    </message>
    <message>
        <source>Connections summary</source>
        <translation>Resumen de las conexiones</translation>
    </message>
    <message>
        <source>Filter by name, account, integration or status</source>
        <translation>Filtrar por nombre, cuenta, integración o estado</translation>
    </message>
    <message>
        <source>Filter connections</source>
        <translation>Filtrar las conexiones</translation>
    </message>
    <message>
        <source>Shows only the connections whose name, account, integration or status contain every word typed; Down arrow moves into the list</source>
        <translation>Muestra solo las conexiones cuyo nombre, cuenta, integración o estado contiene cada palabra escrita; la flecha abajo pasa a la lista</translation>
    </message>
    <message>
        <source>Show connections</source>
        <translation>Mostrar las conexiones</translation>
    </message>
    <message>
        <source>Shows all connections, or only those in one kind of state</source>
        <translation>Muestra todas las conexiones, o solo las de un estado</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Every connection with its account, integration, status, expiry and last request. Enter opens one; the context menu reconnects, refreshes or disconnects it.</source>
        <translation>Cada conexión con su cuenta, integración, estado, caducidad y última solicitud. Intro abre una; el menú contextual la vuelve a conectar, la actualiza o la desconecta.</translation>
    </message>
    <message>
        <source>No connection matches. Clear the filter or choose &quot;All&quot;.</source>
        <translation>Ninguna conexión coincide. Borre el filtro o elija «Todas».</translation>
    </message>
</context>
<context>
    <name>CopyFeedback</name>
    <message>
        <source>Copied ✓</source>
        <translation>Copiado ✓</translation>
    </message>
</context>
<context>
    <name>CoreContext</name>
    <message>
        <source>Your tokens are safe in the keychain. Move %1 aside (keep it as a backup) and start Keyway again to begin with a new database.</source>
        <translation>Sus tokens están a salvo en el llavero. Aparte %1 (consérvelo como copia de seguridad) e inicie Keyway de nuevo para empezar con una base de datos nueva.</translation>
    </message>
    <message>
        <source>The extra CA certificate file %1 could not be read; it is not trusted.</source>
        <translation>No se pudo leer el archivo de certificado de CA adicional %1; no es de confianza.</translation>
    </message>
</context>
<context>
    <name>CredentialsForm</name>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
</context>
<context>
    <name>CustomIntegrationDialog</name>
    <message>
        <source>Add custom integration</source>
        <translation>Añadir una integración personalizada</translation>
    </message>
    <message>
        <source>Keyway reads the provider&apos;s OpenID Connect or OAuth 2.0 metadata from its issuer URL and saves an integration you can connect like any other.</source>
        <translation>Keyway lee los metadatos OpenID Connect u OAuth 2.0 del proveedor a partir de su URL de emisor y guarda una integración que puede conectar como cualquier otra.</translation>
    </message>
    <message>
        <source>&amp;Issuer URL:</source>
        <translation>URL del &amp;emisor:</translation>
    </message>
    <message>
        <source>https://login.example.com</source>
        <translation>https://login.example.com</translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation>URL del emisor</translation>
    </message>
    <message>
        <source>The provider&apos;s issuer, as its documentation names it</source>
        <translation>El emisor (issuer) del proveedor, tal como lo nombra su documentación</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Optional: the issuer&apos;s host name</source>
        <translation>Opcional: el nombre de host del emisor</translation>
    </message>
    <message>
        <source>Integration name</source>
        <translation>Nombre de la integración</translation>
    </message>
    <message>
        <source>I&amp;d:</source>
        <translation>I&amp;D:</translation>
    </message>
    <message>
        <source>lower-case letters, digits and &apos;-&apos;</source>
        <translation>letras minúsculas, dígitos y «-»</translation>
    </message>
    <message>
        <source>Integration id</source>
        <translation>ID de la integración</translation>
    </message>
    <message>
        <source>Used by the keyway command line; made from the name unless you change it</source>
        <translation>Lo usa la línea de órdenes de keyway; se forma a partir del nombre salvo que lo cambie</translation>
    </message>
    <message>
        <source>Client a&amp;uthentication:</source>
        <translation>A&amp;utenticación del cliente:</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Autenticación del cliente</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>Á&amp;mbitos:</translation>
    </message>
    <message>
        <source>Optional, separated by spaces: openid profile email by default</source>
        <translation>Opcional, separados por espacios: openid profile email de forma predeterminada</translation>
    </message>
    <message>
        <source>Default scopes</source>
        <translation>Ámbitos predeterminados</translation>
    </message>
    <message>
        <source>Allow plain &amp;http to this host (unsafe)</source>
        <translation>Permitir &amp;http sin cifrar a este host (inseguro)</translation>
    </message>
    <message>
        <source>Allow plain http to this host (unsafe)</source>
        <translation>Permitir http sin cifrar a este host (inseguro)</translation>
    </message>
    <message>
        <source>Only for a server on your own machine or a test network</source>
        <translation>Solo para un servidor en su propio equipo o en una red de pruebas</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>Aviso de seguridad</translation>
    </message>
    <message>
        <source>Reading the provider&apos;s metadata</source>
        <translation>Leyendo los metadatos del proveedor</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Qué falta</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>&amp;Register Keyway with this server</source>
        <translation>&amp;Registrar Keyway en este servidor</translation>
    </message>
    <message>
        <source>Register Keyway with this server</source>
        <translation>Registrar Keyway en este servidor</translation>
    </message>
    <message>
        <source>Keyway registers itself as a client (dynamic client registration), so no client ID has to be set up by hand; possible only when the server offers it</source>
        <translation>Keyway se registra como cliente (registro dinámico de clientes), así que no hay que configurar a mano ningún ID de cliente; solo es posible si el servidor lo ofrece</translation>
    </message>
    <message>
        <source>Bind tokens to a DPoP &amp;key (RFC 9449)</source>
        <translation>Vincular los tokens a una &amp;clave DPoP (RFC 9449)</translation>
    </message>
    <message>
        <source>Bind tokens to a DPoP key</source>
        <translation>Vincular los tokens a una clave DPoP</translation>
    </message>
    <message>
        <source>Every connection&apos;s tokens work only together with a key pair of its own (DPoP); a client Keyway registers is registered for such tokens only; possible only when the server supports DPoP</source>
        <translation>Los tokens de cada conexión solo funcionan junto con un par de claves propio (DPoP); un cliente que Keyway registra se registra solo para esos tokens; solo es posible cuando el servidor admite DPoP</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Keyway&apos;s database could not be used: %1.</source>
        <translation>No se pudo usar la base de datos de Keyway: %1.</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>no se puede abrir %1</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database</source>
        <translation>%1 no es una base de datos SQLite utilizable</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 está dañada</translation>
    </message>
    <message>
        <source>cannot lock the database</source>
        <translation>no se puede bloquear la base de datos</translation>
    </message>
    <message>
        <source>cannot read its version</source>
        <translation>no se puede leer su versión</translation>
    </message>
    <message>
        <source>This database was written by a newer Keyway (schema %1). Update Keyway.</source>
        <translation>Esta base de datos la escribió un Keyway más reciente (esquema %1). Actualice Keyway.</translation>
    </message>
    <message>
        <source>migration %1 failed</source>
        <translation>la migración %1 falló</translation>
    </message>
    <message>
        <source>cannot commit the migration</source>
        <translation>no se puede confirmar la migración</translation>
    </message>
</context>
<context>
    <name>DatabaseRecovery</name>
    <message>
        <source>Keyway&apos;s database %1 is damaged and could not be set aside. Move it (with any -wal and -shm files next to it) to a safe place and start Keyway again; your tokens are safe in the keychain.</source>
        <translation>La base de datos %1 de Keyway está dañada y no se pudo apartar. Muévala (con los archivos -wal y -shm que tenga al lado) a un lugar seguro e inicie Keyway de nuevo; sus tokens están a salvo en el llavero.</translation>
    </message>
    <message>
        <source>Keyway&apos;s database was damaged. It was kept as %1 and a new one was started.</source>
        <translation>La base de datos de Keyway estaba dañada. Se conservó como %1 y se creó una nueva.</translation>
    </message>
    <message>
        <source>No connection could be read from it: connect your integrations again, unless Keyway finds them in the keychain.</source>
        <translation>No se pudo leer ninguna conexión de ella: vuelva a conectar sus integraciones, salvo que Keyway las encuentre en el llavero.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) were recovered and keep their tokens from the keychain.</source>
        <translation>
            <numerusform>Se recuperó %n conexión, que conserva sus tokens del llavero.</numerusform>
            <numerusform>Se recuperaron %n conexiones, que conservan sus tokens del llavero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some may be missing: Keyway looks for them in the keychain; connect again any it cannot find.</source>
        <translation>Puede que falten algunas: Keyway las busca en el llavero; vuelva a conectar las que no encuentre.</translation>
    </message>
</context>
<context>
    <name>DerivedConnection</name>
    <message>
        <source>The API base URL must be an https URL (or http on this computer&apos;s loopback): %1</source>
        <translation>La URL base de la API debe ser una URL https (o http en el loopback de este equipo): %1</translation>
    </message>
    <message>
        <source>Neither the audience nor a resource is an https URL, so Keyway does not know where the token may be sent: give the API base URL of the service it is for.</source>
        <translation>Ni la audiencia ni un recurso es una URL https, así que Keyway no sabe adónde puede enviarse el token: indique la URL base de la API del servicio al que va destinado.</translation>
    </message>
    <message>
        <source>The exchanged token is bound to a DPoP key (RFC 9449): it is accepted only with a proof made with the key of the connection it was exchanged from, so it cannot be saved as a connection of its own.</source>
        <translation>El token intercambiado está vinculado a una clave DPoP (RFC 9449): solo se acepta con una prueba hecha con la clave de la conexión de la que se intercambió, así que no puede guardarse como una conexión propia.</translation>
    </message>
    <message>
        <source>The provider issued a token that is not an access token (%1): only an access token can be saved as a connection.</source>
        <translation>El proveedor emitió un token que no es un token de acceso (%1): solo un token de acceso puede guardarse como conexión.</translation>
    </message>
    <message>
        <source>The exchanged token is bound to a key or client certificate (its cnf claim): a server accepts it only from the holder of that key, so it cannot be saved as a connection of its own.</source>
        <translation>El token intercambiado está vinculado a una clave o a un certificado de cliente (su claim cnf): un servidor solo lo acepta del titular de esa clave, así que no puede guardarse como una conexión propia.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer held no access token.</source>
        <translation>La respuesta del proveedor no contenía ningún token de acceso.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Give the new connection a name.</source>
        <translation>Dé un nombre a la nueva conexión.</translation>
    </message>
</context>
<context>
    <name>DiagnosticBundle</name>
    <message>
        <source>subject (user id)</source>
        <translation>sujeto (ID de usuario)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>nombre de pila</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>apellido</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>segundo nombre</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>apodo</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nombre de usuario</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>dirección de correo</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>número de teléfono</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>dirección postal</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>profile page</source>
        <translation>página de perfil</translation>
    </message>
    <message>
        <source>web site</source>
        <translation>sitio web</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>género</translation>
    </message>
    <message>
        <source>user principal name</source>
        <translation>nombre principal de usuario</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
</context>
<context>
    <name>DisconnectCommand</name>
    <message>
        <source>Connection id (or a unique prefix, or its name)</source>
        <translation>Id. de la conexión (o un prefijo único, o su nombre)</translation>
    </message>
    <message>
        <source>Also remove the connection&apos;s record, event log and request history (after revoking it if it is still live)</source>
        <translation>Eliminar también el registro de la conexión, su registro de eventos y su historial de solicitudes (tras revocarla si sigue activa)</translation>
    </message>
    <message>
        <source>give exactly one CONNECTION</source>
        <translation>indique exactamente una CONNECTION</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Eliminada.</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Desconectada.</translation>
    </message>
    <message>
        <source>Revoke a connection and delete its secrets (--forget: and its record)</source>
        <translation>Revocar una conexión y eliminar sus secretos (--forget: y su registro)</translation>
    </message>
</context>
<context>
    <name>DpopProof</name>
    <message>
        <source>Keyway could not build the proof of possession for this request.</source>
        <translation>Keyway no pudo crear la prueba de posesión para esta solicitud.</translation>
    </message>
    <message>
        <source>The proof of possession sent with this request is not valid.</source>
        <translation>La prueba de posesión enviada con esta solicitud no es válida.</translation>
    </message>
</context>
<context>
    <name>DpopSetup</name>
    <message>
        <source>The provider signs DPoP proofs only with algorithms Keyway does not support, so its tokens cannot be bound to a key.</source>
        <translation>El proveedor solo acepta pruebas DPoP con algoritmos que Keyway no admite, así que sus tokens no pueden vincularse a una clave.</translation>
    </message>
</context>
<context>
    <name>DpopSigner</name>
    <message>
        <source>This connection&apos;s proof-of-possession (DPoP) key is missing from the keychain: reconnect it.</source>
        <translation>Falta en el llavero la clave de prueba de posesión (DPoP) de esta conexión: vuelva a conectarla.</translation>
    </message>
</context>
<context>
    <name>EmbeddedProviders</name>
    <message>
        <source>The built-in provider &quot;%1&quot; is not available in this build.</source>
        <translation>El proveedor integrado «%1» no está disponible en esta compilación.</translation>
    </message>
</context>
<context>
    <name>EncryptedVault</name>
    <message>
        <source>The encrypted vault file is damaged or not a Keyway vault.</source>
        <translation>El archivo de la bóveda cifrada está dañado o no es una bóveda de Keyway.</translation>
    </message>
    <message>
        <source>The encrypted vault was written by a newer Keyway. Update Keyway to open it.</source>
        <translation>La bóveda cifrada la escribió un Keyway más reciente. Actualice Keyway para abrirla.</translation>
    </message>
    <message>
        <source>The vault key could not be derived.</source>
        <translation>No se pudo derivar la clave de la bóveda.</translation>
    </message>
    <message>
        <source>The encrypted vault could not be opened: the passphrase is wrong, or the file was changed.</source>
        <translation>No se pudo abrir la bóveda cifrada: la frase de contraseña es incorrecta, o el archivo se modificó.</translation>
    </message>
    <message>
        <source>The vault could not be encrypted.</source>
        <translation>No se pudo cifrar la bóveda.</translation>
    </message>
    <message>
        <source>An encrypted vault already exists at %1.</source>
        <translation>Ya existe una bóveda cifrada en %1.</translation>
    </message>
    <message>
        <source>There is no encrypted vault at %1.</source>
        <translation>No hay ninguna bóveda cifrada en %1.</translation>
    </message>
    <message>
        <source>The encrypted vault could not be read.</source>
        <translation>No se pudo leer la bóveda cifrada.</translation>
    </message>
    <message>
        <source>The encrypted vault&apos;s passphrase was changed: unlock it again.</source>
        <translation>La frase de contraseña de la bóveda cifrada cambió: desbloquéela de nuevo.</translation>
    </message>
    <message>
        <source>The encrypted vault could not be written.</source>
        <translation>No se pudo escribir la bóveda cifrada.</translation>
    </message>
    <message numerus="yes">
        <source>The vault passphrase must be at least %n character(s) long.</source>
        <translation>
            <numerusform>La frase de contraseña de la bóveda debe tener al menos %n carácter.</numerusform>
            <numerusform>La frase de contraseña de la bóveda debe tener al menos %n caracteres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>Provider metadata read</source>
        <translation>Metadatos del proveedor leídos</translation>
    </message>
    <message>
        <source>Provider metadata not read</source>
        <translation>Metadatos del proveedor no leídos</translation>
    </message>
    <message>
        <source>Provider metadata</source>
        <translation>Metadatos del proveedor</translation>
    </message>
    <message>
        <source>Permission not offered</source>
        <translation>Permiso no ofrecido</translation>
    </message>
    <message>
        <source>Sign-in request prepared</source>
        <translation>Solicitud de inicio de sesión preparada</translation>
    </message>
    <message>
        <source>Sign-in request not prepared</source>
        <translation>Solicitud de inicio de sesión no preparada</translation>
    </message>
    <message>
        <source>Sign-in request</source>
        <translation>Solicitud de inicio de sesión</translation>
    </message>
    <message>
        <source>Waiting for the browser&apos;s redirect</source>
        <translation>Esperando la redirección del navegador</translation>
    </message>
    <message>
        <source>Could not wait for the redirect</source>
        <translation>No se pudo esperar la redirección</translation>
    </message>
    <message>
        <source>Redirect listener</source>
        <translation>Receptor de redirecciones</translation>
    </message>
    <message>
        <source>Browser opened</source>
        <translation>Navegador abierto</translation>
    </message>
    <message>
        <source>Browser did not open</source>
        <translation>El navegador no se abrió</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navegador</translation>
    </message>
    <message>
        <source>Browser came back</source>
        <translation>El navegador volvió</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>Redirección rechazada</translation>
    </message>
    <message>
        <source>Code exchanged for tokens</source>
        <translation>Código canjeado por tokens</translation>
    </message>
    <message>
        <source>Code exchange failed</source>
        <translation>Falló el canje del código</translation>
    </message>
    <message>
        <source>Code exchange</source>
        <translation>Canje del código</translation>
    </message>
    <message>
        <source>Token requested</source>
        <translation>Token solicitado</translation>
    </message>
    <message>
        <source>Token request failed</source>
        <translation>Falló la solicitud de token</translation>
    </message>
    <message>
        <source>Token received</source>
        <translation>Token recibido</translation>
    </message>
    <message>
        <source>Token request</source>
        <translation>Solicitud de token</translation>
    </message>
    <message>
        <source>Assertion signed</source>
        <translation>Aserción firmada</translation>
    </message>
    <message>
        <source>Assertion not signed</source>
        <translation>Aserción no firmada</translation>
    </message>
    <message>
        <source>Device code received</source>
        <translation>Código de dispositivo recibido</translation>
    </message>
    <message>
        <source>Device code request failed</source>
        <translation>Falló la solicitud del código de dispositivo</translation>
    </message>
    <message>
        <source>Device code requested</source>
        <translation>Código de dispositivo solicitado</translation>
    </message>
    <message>
        <source>Device code: the provider&apos;s answer was unusual</source>
        <translation>Código de dispositivo: la respuesta del proveedor era inusual</translation>
    </message>
    <message>
        <source>Device approved, tokens received</source>
        <translation>Dispositivo aprobado, tokens recibidos</translation>
    </message>
    <message>
        <source>Device sign-in failed</source>
        <translation>Falló el inicio de sesión del dispositivo</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Esperando la aprobación</translation>
    </message>
    <message>
        <source>Asked to wait longer between checks</source>
        <translation>Se pidió esperar más entre comprobaciones</translation>
    </message>
    <message>
        <source>ID token checked</source>
        <translation>Token de identidad comprobado</translation>
    </message>
    <message>
        <source>ID token refused</source>
        <translation>Token de identidad rechazado</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>Token de identidad</translation>
    </message>
    <message>
        <source>Account identified</source>
        <translation>Cuenta identificada</translation>
    </message>
    <message>
        <source>Account not identified</source>
        <translation>Cuenta no identificada</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectada</translation>
    </message>
    <message>
        <source>Reconnected</source>
        <translation>Reconectada</translation>
    </message>
    <message>
        <source>Reconnect failed</source>
        <translation>Falló la reconexión</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconexión</translation>
    </message>
    <message>
        <source>Access token renewed</source>
        <translation>Token de acceso renovado</translation>
    </message>
    <message>
        <source>Renewal failed</source>
        <translation>Falló la renovación</translation>
    </message>
    <message>
        <source>Renewal started</source>
        <translation>Renovación iniciada</translation>
    </message>
    <message>
        <source>Saved in the keychain</source>
        <translation>Guardado en el llavero</translation>
    </message>
    <message>
        <source>Keychain write failed</source>
        <translation>Falló la escritura en el llavero</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <source>API accepted the token</source>
        <translation>La API aceptó el token</translation>
    </message>
    <message>
        <source>API refused the token</source>
        <translation>La API rechazó el token</translation>
    </message>
    <message>
        <source>API refused the token (401): renewing</source>
        <translation>La API rechazó el token (401): renovando</translation>
    </message>
    <message>
        <source>API request allowed</source>
        <translation>Solicitud a la API permitida</translation>
    </message>
    <message>
        <source>API refused: a permission is missing</source>
        <translation>La API rechazó: falta un permiso</translation>
    </message>
    <message>
        <source>PKCE</source>
        <translation>PKCE</translation>
    </message>
    <message>
        <source>Signing in without PKCE</source>
        <translation>Inicio de sesión sin PKCE</translation>
    </message>
    <message>
        <source>Another address may receive the credential</source>
        <translation>Otra dirección podría recibir la credencial</translation>
    </message>
    <message>
        <source>Checked: the provider accepts it</source>
        <translation>Comprobado: el proveedor la acepta</translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation>Falló la comprobación</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Comprobado</translation>
    </message>
    <message>
        <source>Token introspected</source>
        <translation>Token inspeccionado</translation>
    </message>
    <message>
        <source>Introspection failed</source>
        <translation>Falló la introspección</translation>
    </message>
    <message>
        <source>Introspection</source>
        <translation>Introspección</translation>
    </message>
    <message>
        <source>Revoked at the provider</source>
        <translation>Revocada en el proveedor</translation>
    </message>
    <message>
        <source>Revocation failed</source>
        <translation>Falló la revocación</translation>
    </message>
    <message>
        <source>Not revoked at the provider</source>
        <translation>No revocada en el proveedor</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectada</translation>
    </message>
    <message>
        <source>Disconnect failed</source>
        <translation>Falló la desconexión</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconexión</translation>
    </message>
    <message>
        <source>Recovered from the keychain</source>
        <translation>Recuperada del llavero</translation>
    </message>
    <message>
        <source>Not recovered</source>
        <translation>No recuperada</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <source>API requests</source>
        <translation>Solicitudes a la API</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Revocación</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>Sign-in request pushed to the provider</source>
        <translation>Solicitud de inicio de sesión enviada al proveedor</translation>
    </message>
    <message>
        <source>Pushing the sign-in request failed</source>
        <translation>No se pudo enviar la solicitud de inicio de sesión</translation>
    </message>
    <message>
        <source>Pushed sign-in request</source>
        <translation>Solicitud de inicio de sesión enviada</translation>
    </message>
    <message>
        <source>API asked for a fresh DPoP nonce: sent again</source>
        <translation>La API pidió un nonce DPoP nuevo: solicitud enviada de nuevo</translation>
    </message>
    <message>
        <source>Token exchanged for another service</source>
        <translation>Token intercambiado por uno para otro servicio</translation>
    </message>
    <message>
        <source>Token exchange refused</source>
        <translation>Intercambio de token rechazado</translation>
    </message>
    <message>
        <source>Token exchange</source>
        <translation>Intercambio de token</translation>
    </message>
    <message>
        <source>Exchanged token saved as a connection</source>
        <translation>Token intercambiado guardado como conexión</translation>
    </message>
    <message>
        <source>Exchanged token not saved</source>
        <translation>Token intercambiado no guardado</translation>
    </message>
    <message>
        <source>Exchanged token saved</source>
        <translation>Token intercambiado guardado</translation>
    </message>
    <message>
        <source>Made from an exchanged token</source>
        <translation>Creada a partir de un token intercambiado</translation>
    </message>
    <message>
        <source>Not made from the exchanged token</source>
        <translation>No creada a partir del token intercambiado</translation>
    </message>
</context>
<context>
    <name>ExecCommand</name>
    <message>
        <source>Connection id (or a unique prefix), name, account, or integration id (its default)</source>
        <translation>Id. de la conexión (o un prefijo único), nombre, cuenta o id. de integración (su predeterminada)</translation>
    </message>
    <message>
        <source>The command to run, after --</source>
        <translation>El comando que se ejecuta, después de --</translation>
    </message>
    <message>
        <source>Put the credential in this environment variable instead of KEYWAY_ACCESS_TOKEN (repeatable)</source>
        <translation>Poner la credencial en esta variable de entorno en lugar de KEYWAY_ACCESS_TOKEN (repetible)</translation>
    </message>
    <message>
        <source>Refresh the token first</source>
        <translation>Actualizar primero el token</translation>
    </message>
    <message>
        <source>give a CONNECTION, then -- and the COMMAND to run</source>
        <translation>indique una CONNECTION, luego -- y el COMMAND que se ejecuta</translation>
    </message>
    <message>
        <source>--env %1 is not a variable name a command can read</source>
        <translation>--env %1 no es un nombre de variable que un comando pueda leer</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>no se puede ejecutar %1: %2</translation>
    </message>
    <message>
        <source>Run a command with a connection&apos;s token in its environment</source>
        <translation>Ejecutar un comando con el token de una conexión en su entorno</translation>
    </message>
    <message>
        <source>the access token of %1 is bound to its DPoP key (RFC 9449): a server accepts it only with a fresh proof for each request, which COMMAND cannot make alone. Call the API with keyway request instead, or add --allow-bound-token when COMMAND gets a proof for each request from keyway token %1 --dpop-proof.</source>
        <translation>el token de acceso de %1 está vinculado a su clave DPoP (RFC 9449): un servidor solo lo acepta con una prueba nueva para cada solicitud, que COMMAND no puede generar por sí solo. Llame a la API con keyway request, o añada --allow-bound-token si COMMAND obtiene una prueba para cada solicitud con keyway token %1 --dpop-proof.</translation>
    </message>
    <message>
        <source>Hand over a DPoP-bound token (RFC 9449) too: COMMAND must send it as &quot;Authorization: DPoP&quot; with a fresh proof for each request, from keyway token CONNECTION --dpop-proof. KEYWAY_TOKEN_TYPE always says the token&apos;s type (Bearer, or DPoP for a bound token; unset for an API key or Basic credential), so COMMAND can pick the scheme</source>
        <translation>Entregar también un token vinculado a DPoP (RFC 9449): COMMAND debe enviarlo como «Authorization: DPoP» con una prueba nueva para cada solicitud, obtenida con keyway token CONNECTION --dpop-proof. KEYWAY_TOKEN_TYPE indica siempre el tipo del token (Bearer, o DPoP para un token vinculado; sin definir para una clave de API o una credencial Basic), para que COMMAND elija el esquema</translation>
    </message>
</context>
<context>
    <name>GitCredential</name>
    <message>
        <source>git sent a credential request Keyway cannot read.</source>
        <translation>git envió una solicitud de credenciales que Keyway no puede leer.</translation>
    </message>
    <message>
        <source>a NUL byte</source>
        <translation>un byte NUL</translation>
    </message>
    <message>
        <source>a line without key=value</source>
        <translation>una línea sin key=value</translation>
    </message>
    <message numerus="yes">
        <source>more than %n byte(s)</source>
        <translation>
            <numerusform>más de %n byte</numerusform>
            <numerusform>más de %n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GitCredentialCommand</name>
    <message>
        <source>get, store or erase (git gives it)</source>
        <translation>get, store o erase (lo indica git)</translation>
    </message>
    <message>
        <source>give get, store or erase (git runs this helper itself)</source>
        <translation>indique get, store o erase (git ejecuta este asistente por sí mismo)</translation>
    </message>
    <message>
        <source>several connections answer for %1 (%2): put the one to use in the URL&apos;s user name, e.g. https://NAME@%1/, or make one the default (keyway connections default INTEGRATION CONNECTION)</source>
        <translation>varias conexiones responden para %1 (%2): ponga la que se debe usar en el nombre de usuario de la URL, p. ej. https://NAME@%1/, o haga una la predeterminada (keyway connections default INTEGRATION CONNECTION)</translation>
    </message>
    <message>
        <source>the credential cannot be written in git&apos;s format</source>
        <translation>la credencial no se puede escribir en el formato de git</translation>
    </message>
    <message>
        <source>Give git a connection&apos;s token (credential helper)</source>
        <translation>Dar a git el token de una conexión (asistente de credenciales)</translation>
    </message>
    <message>
        <source>the access token of %1 is bound to its DPoP key (RFC 9449): a server accepts it only with a fresh proof for each request, which git cannot send. Give git a connection made without --dpop.</source>
        <translation>el token de acceso de %1 está vinculado a su clave DPoP (RFC 9449): un servidor solo lo acepta con una prueba nueva para cada solicitud, que git no puede enviar. Dé a git una conexión creada sin --dpop.</translation>
    </message>
</context>
<context>
    <name>HandleRedirectCommand</name>
    <message>
        <source>The io.keyway.app: redirect URI the browser opened</source>
        <translation>La URI de redirección io.keyway.app: que abrió el navegador</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>uso: %1</translation>
    </message>
    <message>
        <source>Hand an io.keyway.app: redirect to the waiting sign-in (run by the desktop)</source>
        <translation>Entregar una redirección io.keyway.app: al inicio de sesión en espera (lo ejecuta el escritorio)</translation>
    </message>
</context>
<context>
    <name>IdTokenValidator</name>
    <message>
        <source>The provider&apos;s sign-in answer contained an identity token Keyway could not read.</source>
        <translation>La respuesta de inicio de sesión del proveedor contenía un token de identidad que Keyway no pudo leer.</translation>
    </message>
    <message>
        <source>The identity token is signed in a way Keyway does not accept.</source>
        <translation>El token de identidad está firmado de una forma que Keyway no acepta.</translation>
    </message>
    <message>
        <source>The identity token was signed with a key the provider does not publish.</source>
        <translation>El token de identidad se firmó con una clave que el proveedor no publica.</translation>
    </message>
    <message>
        <source>The identity token&apos;s signature is not valid. It may have been altered.</source>
        <translation>La firma del token de identidad no es válida. Puede haber sido alterado.</translation>
    </message>
    <message>
        <source>The identity token was issued by a different provider than expected.</source>
        <translation>El token de identidad lo emitió un proveedor distinto del esperado.</translation>
    </message>
    <message>
        <source>The identity token was issued for a different application.</source>
        <translation>El token de identidad se emitió para otra aplicación.</translation>
    </message>
    <message>
        <source>The identity token was issued to a different application (authorized party).</source>
        <translation>El token de identidad se emitió a otra aplicación (parte autorizada).</translation>
    </message>
    <message>
        <source>The identity token had already expired by this computer&apos;s clock when it arrived.</source>
        <translation>Según el reloj de este equipo, el token de identidad ya había caducado al llegar.</translation>
    </message>
    <message>
        <source>The identity token is dated in the future by this computer&apos;s clock.</source>
        <translation>Según el reloj de este equipo, el token de identidad tiene fecha futura.</translation>
    </message>
    <message>
        <source>The identity token was issued too long ago by this computer&apos;s clock to be a new one.</source>
        <translation>Según el reloj de este equipo, el token de identidad se emitió hace demasiado tiempo para ser nuevo.</translation>
    </message>
    <message>
        <source>The identity token does not belong to this sign-in attempt. Please sign in again.</source>
        <translation>El token de identidad no pertenece a este intento de inicio de sesión. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>The provider did not confirm a recent enough sign-in. Please sign in again.</source>
        <translation>El proveedor no confirmó un inicio de sesión lo bastante reciente. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Keyway could not download the provider&apos;s signing keys to check the identity token.</source>
        <translation>Keyway no pudo descargar las claves de firma del proveedor para comprobar el token de identidad.</translation>
    </message>
    <message>
        <source>The identity token from the refresh names a different user than the one who signed in.</source>
        <translation>El token de identidad de la actualización nombra a un usuario distinto del que inició sesión.</translation>
    </message>
    <message>
        <source>The identity token from the refresh gives a different sign-in time than the one who signed in.</source>
        <translation>El token de identidad de la actualización da una hora de inicio de sesión distinta de la del inicio de sesión original.</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Connection id (or a unique prefix, or its name)</source>
        <translation>Id. de la conexión (o un prefijo único, o su nombre)</translation>
    </message>
    <message>
        <source>Print the redacted diagnostic bundle as JSON</source>
        <translation>Mostrar el paquete de diagnóstico censurado como JSON</translation>
    </message>
    <message>
        <source>give exactly one CONNECTION</source>
        <translation>indique exactamente una CONNECTION</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integración</translation>
    </message>
    <message>
        <source>Auth mode</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Requested scopes</source>
        <translation>Ámbitos solicitados</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>Ámbitos concedidos</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Eventos:</translation>
    </message>
    <message>
        <source>Show a connection&apos;s details, decoded tokens and events</source>
        <translation>Mostrar los detalles, los tokens decodificados y los eventos de una conexión</translation>
    </message>
    <message>
        <source>Granted details</source>
        <translation>Detalles concedidos</translation>
    </message>
</context>
<context>
    <name>IntegrationPage</name>
    <message>
        <source>Integration icon</source>
        <translation>Icono de la integración</translation>
    </message>
    <message>
        <source>&amp;Remove integration…</source>
        <translation>&amp;Quitar la integración…</translation>
    </message>
    <message>
        <source>Delete this custom integration&apos;s file (its connections stay in the list)</source>
        <translation>Borrar el archivo de esta integración personalizada (sus conexiones siguen en la lista)</translation>
    </message>
    <message>
        <source>Remove this custom integration</source>
        <translation>Quitar esta integración personalizada</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Conectar…</translation>
    </message>
    <message>
        <source>Connect an account of this integration (Ctrl+N)</source>
        <translation>Conectar una cuenta de esta integración (Ctrl+N)</translation>
    </message>
    <message>
        <source>Opens the connect dialog for this integration</source>
        <translation>Abre el diálogo de conexión de esta integración</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>Aviso de seguridad</translation>
    </message>
    <message>
        <source>Provider documentation link</source>
        <translation>Enlace a la documentación del proveedor</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>No account is connected yet.</source>
        <translation>Todavía no hay ninguna cuenta conectada.</translation>
    </message>
    <message>
        <source>Connections of this integration</source>
        <translation>Conexiones de esta integración</translation>
    </message>
    <message>
        <source>Press Enter to open the selected connection</source>
        <translation>Pulse Intro para abrir la conexión seleccionada</translation>
    </message>
    <message>
        <source>&amp;Open connection</source>
        <translation>&amp;Abrir la conexión</translation>
    </message>
    <message>
        <source>Shows the selected connection&apos;s status, tokens, timeline and request console</source>
        <translation>Muestra el estado, los tokens, la cronología y la consola de solicitudes de la conexión seleccionada</translation>
    </message>
    <message>
        <source>Ways to connect</source>
        <translation>Formas de conectar</translation>
    </message>
    <message>
        <source>Setup at the provider</source>
        <translation>Configuración en el proveedor</translation>
    </message>
    <message>
        <source>Redirect URI to register:</source>
        <translation>URI de redirección que registrar:</translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation>URI de redirección que registrar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the redirect URI</source>
        <translation>Copiar la URI de redirección</translation>
    </message>
    <message>
        <source>Copy redirect URI</source>
        <translation>Copiar la URI de redirección</translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation>Pasos de configuración</translation>
    </message>
    <message>
        <source>Integration details</source>
        <translation>Detalles de la integración</translation>
    </message>
    <message>
        <source>ⓘ Provider text (the description and the details of the setup steps) is in English.</source>
        <translation>ⓘ Los textos del proveedor (la descripción y los detalles de los pasos de configuración) están en inglés.</translation>
    </message>
</context>
<context>
    <name>IntegrationsCommand</name>
    <message>
        <source>Added %1 as %2 (overrides the built-in integration of that id)</source>
        <translation>%1 añadida como %2 (sustituye a la integración incorporada con ese id.)</translation>
    </message>
    <message>
        <source>Added %1 as %2</source>
        <translation>%1 añadida como %2</translation>
    </message>
    <message>
        <source>Imported %1 as %2 (overrides the built-in integration of that id)</source>
        <translation>%1 importada como %2 (sustituye a la integración incorporada con ese id.)</translation>
    </message>
    <message>
        <source>Imported %1 as %2</source>
        <translation>%1 importada como %2</translation>
    </message>
    <message>
        <source>Warning: this file replaces the built-in %1 integration (its endpoints are unchanged)</source>
        <translation>Aviso: este archivo sustituye a la integración incorporada %1 (sus puntos de conexión no cambian)</translation>
    </message>
    <message>
        <source>Warning: this file replaces the built-in %1 integration; changed:</source>
        <translation>Aviso: este archivo sustituye a la integración incorporada %1; cambios:</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>show, add, import, export or remove; none lists</source>
        <translation>show, add, import, export o remove; sin ninguno: lista</translation>
    </message>
    <message>
        <source>Print JSON</source>
        <translation>Mostrar JSON</translation>
    </message>
    <message>
        <source>Only this category</source>
        <translation>Solo esta categoría</translation>
    </message>
    <message>
        <source>Only integrations matching TEXT (name, alias, id, auth mode, description, scopes), best first</source>
        <translation>Solo las integraciones que coinciden con TEXT (nombre, alias, id., modo de autenticación, descripción, ámbitos), las mejores primero</translation>
    </message>
    <message>
        <source>add: the issuer URL whose metadata gives the endpoints</source>
        <translation>add: la URL del emisor cuyos metadatos dan los puntos de conexión</translation>
    </message>
    <message>
        <source>add: the new integration&apos;s id (lower case letters, digits, -)</source>
        <translation>add: el id. de la nueva integración (minúsculas, dígitos, -)</translation>
    </message>
    <message>
        <source>add: the name shown</source>
        <translation>add: el nombre que se muestra</translation>
    </message>
    <message>
        <source>add: the exact redirect URI registered at the provider (http://127.0.0.1:PORT/PATH, or io.keyway.app:/oauth2redirect), used by every connection; show: the one to show instead of the integration&apos;s</source>
        <translation>add: la URI de redirección exacta registrada en el proveedor (http://127.0.0.1:PORT/PATH o io.keyway.app:/oauth2redirect), que usan todas las conexiones; show: la que se muestra en lugar de la de la integración</translation>
    </message>
    <message>
        <source>show: a template variable to fill in the setup steps, e.g. subdomain=acme (repeatable)</source>
        <translation>show: una variable de plantilla para rellenar los pasos de configuración, p. ej. subdomain=acme (repetible)</translation>
    </message>
    <message>
        <source>add: allow plain http to the issuer&apos;s host and endpoints (test servers only; tokens are sent unencrypted)</source>
        <translation>add: permitir http sin cifrar hacia el host y los puntos de conexión del emisor (solo servidores de prueba; los tokens se envían sin cifrar)</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>uso: %1</translation>
    </message>
    <message>
        <source>export ID FILE (- for standard output)</source>
        <translation>export ID FILE (- para la salida estándar)</translation>
    </message>
    <message>
        <source>no temporary folder</source>
        <translation>no hay carpeta temporal</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 exportada a %2</translation>
    </message>
    <message>
        <source>Removed the custom integration %1; the built-in one is used again</source>
        <translation>Se eliminó la integración personalizada %1; se vuelve a usar la incorporada</translation>
    </message>
    <message>
        <source>Removed the custom integration %1</source>
        <translation>Se eliminó la integración personalizada %1</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; (show, add, import, export, remove; none lists)</source>
        <translation>subcomando desconocido «%1» (show, add, import, export, remove; sin ninguno: lista)</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>omitido: %1</translation>
    </message>
    <message>
        <source>(custom, overrides built-in)</source>
        <translation>(personalizada, sustituye a la incorporada)</translation>
    </message>
    <message>
        <source>add needs --issuer URL and --id ID</source>
        <translation>add necesita --issuer URL y --id ID</translation>
    </message>
    <message>
        <source>Plain http to %1 is refused; --allow-insecure-http allows it for this integration (test servers only: tokens cross the network unencrypted).</source>
        <translation>Se rechaza http sin cifrar hacia %1; --allow-insecure-http lo permite para esta integración (solo servidores de prueba: los tokens cruzan la red sin cifrar).</translation>
    </message>
    <message>
        <source>there is no integration &quot;%1&quot; (see keyway integrations)</source>
        <translation>no hay ninguna integración «%1» (consulte keyway integrations)</translation>
    </message>
    <message>
        <source>expected KEY=VALUE, got &apos;%1&apos;</source>
        <translation>se esperaba KEY=VALUE, se recibió «%1»</translation>
    </message>
    <message>
        <source>List, show, add, import, export or remove integrations</source>
        <translation>Listar, mostrar, añadir, importar, exportar o eliminar integraciones</translation>
    </message>
    <message>
        <source>add --register: read the initial access token the provider requires from standard input</source>
        <translation>add --register: leer de la entrada estándar el token de acceso inicial que exige el proveedor</translation>
    </message>
    <message>
        <source>--initial-access-token-stdin goes with --register</source>
        <translation>--initial-access-token-stdin va con --register</translation>
    </message>
    <message>
        <source>no initial access token on standard input</source>
        <translation>no hay token de acceso inicial en la entrada estándar</translation>
    </message>
    <message>
        <source>Registered Keyway at the provider as the client %1 (its secret is in the keychain)</source>
        <translation>Keyway se registró en el proveedor como el cliente %1 (su secreto está en el llavero)</translation>
    </message>
    <message>
        <source>Registered Keyway at the provider as the client %1</source>
        <translation>Keyway se registró en el proveedor como el cliente %1</translation>
    </message>
    <message>
        <source>add: register Keyway as a client at the provider&apos;s registration endpoint (RFC 7591); the client is deleted there when the integration is removed or replaced</source>
        <translation>add: registrar Keyway como cliente en el endpoint de registro del proveedor (RFC 7591); el cliente se elimina allí cuando se quita o se sustituye la integración</translation>
    </message>
    <message>
        <source>add: bind every connection&apos;s tokens to a key pair of its own (DPoP, RFC 9449); with --register the client is registered for DPoP-bound tokens only</source>
        <translation>add: vincular los tokens de cada conexión a un par de claves propio (DPoP, RFC 9449); con --register el cliente se registra solo para tokens vinculados a DPoP</translation>
    </message>
    <message>
        <source>add, import: replace a custom or built-in integration of the same id (a client Keyway registered for the replaced one is deleted at the provider)</source>
        <translation>add, import: sustituir una integración personalizada o incorporada con el mismo id (un cliente que Keyway registró para la sustituida se elimina en el proveedor)</translation>
    </message>
</context>
<context>
    <name>Jwk</name>
    <message>
        <source>The key (JWK) is not valid.</source>
        <translation>La clave (JWK) no es válida.</translation>
    </message>
    <message>
        <source>This kind of key (JWK) is not supported.</source>
        <translation>Este tipo de clave (JWK) no es compatible.</translation>
    </message>
</context>
<context>
    <name>Jwks</name>
    <message>
        <source>The provider&apos;s key set (JWKS) could not be read.</source>
        <translation>No se pudo leer el conjunto de claves (JWKS) del proveedor.</translation>
    </message>
</context>
<context>
    <name>Jws</name>
    <message>
        <source>The token is not a well-formed signed JWT.</source>
        <translation>El token no es un JWT firmado bien formado.</translation>
    </message>
    <message>
        <source>The token is not signed (alg &quot;none&quot;). Keyway never accepts unsigned tokens.</source>
        <translation>El token no está firmado (alg «none»). Keyway nunca acepta tokens sin firmar.</translation>
    </message>
    <message>
        <source>The token is signed with a shared secret (HMAC), which Keyway does not accept here.</source>
        <translation>El token está firmado con un secreto compartido (HMAC), que Keyway no acepta aquí.</translation>
    </message>
    <message>
        <source>The token is signed with an algorithm Keyway does not accept.</source>
        <translation>El token está firmado con un algoritmo que Keyway no acepta.</translation>
    </message>
    <message>
        <source>The token&apos;s signature cannot be checked with this key.</source>
        <translation>La firma del token no se puede comprobar con esta clave.</translation>
    </message>
    <message>
        <source>The token&apos;s signature is not valid.</source>
        <translation>La firma del token no es válida.</translation>
    </message>
    <message>
        <source>Keyway could not sign the token.</source>
        <translation>Keyway no pudo firmar el token.</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <source>This text is not a JWT.</source>
        <translation>Este texto no es un JWT.</translation>
    </message>
    <message>
        <source>This token is encrypted (JWE); its contents cannot be shown.</source>
        <translation>Este token está cifrado (JWE); su contenido no se puede mostrar.</translation>
    </message>
</context>
<context>
    <name>JwtDisplay</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
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
        <translation>dentro de %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <source>An encrypted JWT (JWE): its content cannot be shown.</source>
        <translation>Un JWT cifrado (JWE): su contenido no se puede mostrar.</translation>
    </message>
    <message>
        <source>Looks like a JWT but its parts are not base64url JSON.</source>
        <translation>Parece un JWT, pero sus partes no son JSON en base64url.</translation>
    </message>
    <message>
        <source>Opaque token: not a JWT, so only the provider can tell what it means.</source>
        <translation>Token opaco: no es un JWT, así que solo el proveedor sabe qué significa.</translation>
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
        <translation>Renovar un token de actualización tantos días antes de que caduque sin uso (predeterminado 3)</translation>
    </message>
    <message>
        <source>Warn this many days before a grant reaches its provider&apos;s absolute lifetime (default 14)</source>
        <translation>Avisar tantos días antes de que una autorización alcance la vida útil absoluta de su proveedor (predeterminado 14)</translation>
    </message>
    <message>
        <source>Run keep-alive daily as a systemd user timer (missed days made up at the next start)</source>
        <translation>Ejecutar keep-alive a diario como temporizador de usuario de systemd (los días perdidos se recuperan en el siguiente arranque)</translation>
    </message>
    <message>
        <source>Remove the systemd user timer</source>
        <translation>Eliminar el temporizador de usuario de systemd</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Se escribió %1</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Se eliminó %1</translation>
    </message>
    <message>
        <source>The timer is enabled: keyway keep-alive runs daily (systemctl --user list-timers keyway-keep-alive.timer)</source>
        <translation>El temporizador está activado: keyway keep-alive se ejecuta a diario (systemctl --user list-timers keyway-keep-alive.timer)</translation>
    </message>
    <message>
        <source>The timer is disabled.</source>
        <translation>El temporizador está desactivado.</translation>
    </message>
    <message>
        <source>no timer was installed in %1</source>
        <translation>no había ningún temporizador instalado en %1</translation>
    </message>
    <message>
        <source>takes no CONNECTION: it looks at every connection</source>
        <translation>no admite CONNECTION: revisa todas las conexiones</translation>
    </message>
    <message>
        <source>give --install or --uninstall, not both</source>
        <translation>indique --install o --uninstall, no ambos</translation>
    </message>
    <message>
        <source>--margin-days and --warn-days take a whole number of days from 0 to 3650</source>
        <translation>--margin-days y --warn-days admiten un número entero de días de 0 a 3650</translation>
    </message>
    <message>
        <source>no connection holds a refresh token</source>
        <translation>ninguna conexión tiene un token de actualización</translation>
    </message>
    <message>
        <source>Renew refresh tokens before they lapse unused; warn before grants end</source>
        <translation>Renovar los tokens de actualización antes de que caduquen sin uso; avisar antes de que terminen las autorizaciones</translation>
    </message>
</context>
<context>
    <name>KeeperReport</name>
    <message>
        <source>reconnect</source>
        <translation>reconectar</translation>
    </message>
    <message>
        <source>renewed</source>
        <translation>renovado</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>needs you</source>
        <translation>le necesita</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>Reconnect %1 before %2 (its grant ends then, whatever is done): keyway connect --reconnect %3</source>
        <translation>Vuelva a conectar %1 antes de %2 (su concesión termina entonces, se haga lo que se haga): keyway connect --reconnect %3</translation>
    </message>
    <message>
        <source>; the grant ends %1, whatever is done</source>
        <translation>; la concesión termina %1, se haga lo que se haga</translation>
    </message>
    <message>
        <source>renewed before its refresh token lapsed unused; now good until %1 if left unused</source>
        <translation>renovado antes de que su token de actualización caducara sin uso; ahora válido hasta %1 si no se usa</translation>
    </message>
    <message>
        <source>refresh token good until %1 if left unused</source>
        <translation>token de actualización válido hasta %1 si no se usa</translation>
    </message>
    <message>
        <source>the refresh token does not lapse unused</source>
        <translation>el token de actualización no caduca por falta de uso</translation>
    </message>
    <message>
        <source>its provider documents no lifetime for its refresh token: nothing to keep alive</source>
        <translation>su proveedor no documenta ninguna duración para su token de actualización: nada que mantener</translation>
    </message>
    <message>
        <source>%1 needs re-authorization%2: keyway connect --reconnect %3</source>
        <translation>%1 requiere reautorización%2: keyway connect --reconnect %3</translation>
    </message>
    <message>
        <source>renewal failed, will be tried again: %1</source>
        <translation>falló la renovación, se volverá a intentar: %1</translation>
    </message>
</context>
<context>
    <name>KeeperTimer</name>
    <message>
        <source>Keyway could not write %1.</source>
        <translation>Keyway no pudo escribir %1.</translation>
    </message>
</context>
<context>
    <name>KeyCommand</name>
    <message>
        <source>generate: a new key pair; public: the public JWK of a key</source>
        <translation>generate: un nuevo par de claves; public: la JWK pública de una clave</translation>
    </message>
    <message>
        <source>public: the PEM private key file</source>
        <translation>public: el archivo de clave privada PEM</translation>
    </message>
    <message>
        <source>generate: RS256 (RSA 2048) or ES256 (EC P-256, the default)</source>
        <translation>generate: RS256 (RSA 2048) o ES256 (EC P-256, el predeterminado)</translation>
    </message>
    <message>
        <source>generate: file to write the private key to (PEM, mode 0600)</source>
        <translation>generate: archivo en el que se escribe la clave privada (PEM, modo 0600)</translation>
    </message>
    <message>
        <source>generate: replace an existing --out file</source>
        <translation>generate: sustituir un archivo --out existente</translation>
    </message>
    <message>
        <source>public: the key stored for this connection</source>
        <translation>public: la clave guardada para esta conexión</translation>
    </message>
    <message>
        <source>say generate or public (see keyway key --help)</source>
        <translation>indique generate o public (consulte keyway key --help)</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: say generate or public</source>
        <translation>acción desconocida «%1»: indique generate o public</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>--alg takes RS256 or ES256, not &apos;%1&apos;</source>
        <translation>--alg admite RS256 o ES256, no «%1»</translation>
    </message>
    <message>
        <source>give --out PATH for the private key (it is not printed)</source>
        <translation>indique --out PATH para la clave privada (no se muestra)</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>no se puede sustituir %1: %2</translation>
    </message>
    <message>
        <source>%1 exists (use --force to replace it)</source>
        <translation>%1 ya existe (use --force para sustituirlo)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Private key written to %1 (readable by you only). Register the public JWK above with the provider,
then connect with --private-key-file %1 (Keyway keeps its own copy in the keychain).</source>
        <translation>Clave privada escrita en %1 (solo usted puede leerla). Registre la JWK pública de arriba en el proveedor
y luego conecte con --private-key-file %1 (Keyway guarda su propia copia en el llavero).</translation>
    </message>
    <message>
        <source>give either a PEM-FILE or --connection CONNECTION</source>
        <translation>indique un PEM-FILE o bien --connection CONNECTION</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>this connection keeps no private key</source>
        <translation>esta conexión no guarda ninguna clave privada</translation>
    </message>
    <message>
        <source>Generate a signing key pair or show a public JWK</source>
        <translation>Generar un par de claves de firma o mostrar una JWK pública</translation>
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
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Sandbox faults</source>
        <translation>Fallos del entorno de pruebas</translation>
    </message>
    <message>
        <source>Your connections</source>
        <translation>Sus conexiones</translation>
    </message>
    <message>
        <source>Every connection at a glance, with what needs you first (Ctrl+Shift+H)</source>
        <translation>Todas las conexiones de un vistazo, primero lo que le necesita (Ctrl+Mayús+H)</translation>
    </message>
    <message>
        <source>Search integrations (Ctrl+F)</source>
        <translation>Buscar integraciones (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search integrations</source>
        <translation>Buscar integraciones</translation>
    </message>
    <message>
        <source>Filters the list by name, id, category or scope as you type</source>
        <translation>Filtra la lista por nombre, ID, categoría o ámbito mientras escribe</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Shows only integrations of one category, or only connected ones</source>
        <translation>Muestra solo las integraciones de una categoría, o solo las conectadas</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integraciones</translation>
    </message>
    <message>
        <source>Select an integration to see its details and connections</source>
        <translation>Seleccione una integración para ver sus detalles y conexiones</translation>
    </message>
    <message>
        <source>No integration matches. Try fewer words or another category.</source>
        <translation>Ninguna integración coincide. Pruebe con menos palabras u otra categoría.</translation>
    </message>
    <message>
        <source>Add c&amp;ustom integration…</source>
        <translation>Añadir una integración &amp;personalizada…</translation>
    </message>
    <message>
        <source>Add a provider that is not in the list, from its issuer URL (Ctrl+Shift+N)</source>
        <translation>Añadir un proveedor que no está en la lista, a partir de su URL de emisor (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <source>Add custom integration</source>
        <translation>Añadir una integración personalizada</translation>
    </message>
    <message>
        <source>Reads the provider&apos;s OpenID Connect or OAuth metadata from its issuer URL</source>
        <translation>Lee los metadatos OpenID Connect u OAuth del proveedor a partir de su URL de emisor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Conexión</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Conectar…</translation>
    </message>
    <message>
        <source>Connect an account of the selected integration</source>
        <translation>Conectar una cuenta de la integración seleccionada</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Find integration</source>
        <translation>&amp;Buscar integración</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Add a provider that is not in the list, from its issuer URL</source>
        <translation>Añadir un proveedor que no está en la lista, a partir de su URL de emisor</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Unlock vault…</source>
        <translation>&amp;Desbloquear la bóveda…</translation>
    </message>
    <message>
        <source>Enter the passphrase of Keyway&apos;s encrypted secret vault</source>
        <translation>Introducir la frase de contraseña de la bóveda de secretos cifrada de Keyway</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualizar ahora</translation>
    </message>
    <message>
        <source>Refresh the access token of the open connection</source>
        <translation>Actualizar el token de acceso de la conexión abierta</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Re&amp;connect…</source>
        <translation>&amp;Volver a conectar…</translation>
    </message>
    <message>
        <source>Sign in again to renew the grant of the open connection</source>
        <translation>Iniciar sesión de nuevo para renovar la concesión de la conexión abierta</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Copy &amp;access token</source>
        <translation>Copiar el token de &amp;acceso</translation>
    </message>
    <message>
        <source>Copies the access token; the clipboard is cleared after 30 seconds</source>
        <translation>Copia el token de acceso; el portapapeles se vacía tras 30 segundos</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Open in request &amp;console</source>
        <translation>Abrir en la &amp;consola de solicitudes</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Export diagnostic bundle…</source>
        <translation>&amp;Exportar un paquete de diagnóstico…</translation>
    </message>
    <message>
        <source>Saves the connection&apos;s events, history and decoded claims without any secret</source>
        <translation>Guarda los eventos, el historial y las claims decodificadas de la conexión, sin ningún secreto</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Desconectar…</translation>
    </message>
    <message>
        <source>Revokes the grant at the provider and forgets the connection</source>
        <translation>Revoca la concesión en el proveedor y olvida la conexión</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Back to integration</source>
        <translation>&amp;Volver a la integración</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Sandbox panel</source>
        <translation>Panel del &amp;entorno de pruebas</translation>
    </message>
    <message>
        <source>Start or stop the built-in Keyway Sandbox and switch its faults on and off</source>
        <translation>Iniciar o detener el Keyway Sandbox integrado y activar o desactivar sus fallos</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Your &amp;connections</source>
        <translation>Sus &amp;conexiones</translation>
    </message>
    <message>
        <source>Every connection with its status, expiry and last request</source>
        <translation>Cada conexión con su estado, caducidad y última solicitud</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Show &amp;sidebar</source>
        <translation>Mostrar la barra &amp;lateral</translation>
    </message>
    <message>
        <source>Show or hide the list of integrations on the left</source>
        <translation>Mostrar u ocultar la lista de integraciones de la izquierda</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation>Todos los atajos de teclado de la ventana</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About Keyway</source>
        <translation>&amp;Acerca de Keyway</translation>
    </message>
</context>
<context>
    <name>MaskedField</name>
    <message>
        <source>%1, masked</source>
        <translation>%1, oculto</translation>
    </message>
    <message>
        <source>The value is hidden: only dots are shown.</source>
        <translation>El valor está oculto: solo se muestran puntos.</translation>
    </message>
    <message>
        <source>The value is shown in full.</source>
        <translation>El valor se muestra completo.</translation>
    </message>
</context>
<context>
    <name>MessagePanel</name>
    <message>
        <source>Details for support</source>
        <translation>Detalles para el soporte</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar el mensaje</translation>
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
        <translation>Contabilidad</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>RR. HH.</translation>
    </message>
    <message>
        <source>Ticketing</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Mensajería</translation>
    </message>
    <message>
        <source>Calendar and email</source>
        <translation>Calendario y correo</translation>
    </message>
    <message>
        <source>File storage</source>
        <translation>Almacenamiento de archivos</translation>
    </message>
    <message>
        <source>Developer tools</source>
        <translation>Herramientas de desarrollo</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>Productividad</translation>
    </message>
    <message>
        <source>Commerce</source>
        <translation>Comercio</translation>
    </message>
    <message>
        <source>Analytics and data</source>
        <translation>Analítica y datos</translation>
    </message>
    <message>
        <source>Cloud and infrastructure</source>
        <translation>Nube e infraestructura</translation>
    </message>
    <message>
        <source>Social and advertising</source>
        <translation>Redes sociales y publicidad</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Genérico</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Entorno de pruebas</translation>
    </message>
    <message>
        <source>Sign in with the browser (OAuth 2.0 authorization code)</source>
        <translation>Iniciar sesión con el navegador (código de autorización OAuth 2.0)</translation>
    </message>
    <message>
        <source>Client credentials (OAuth 2.0, no user)</source>
        <translation>Credenciales de cliente (OAuth 2.0, sin usuario)</translation>
    </message>
    <message>
        <source>Service account (JWT bearer grant)</source>
        <translation>Cuenta de servicio (concesión JWT bearer)</translation>
    </message>
    <message>
        <source>Device code (sign in on another device)</source>
        <translation>Código de dispositivo (iniciar sesión en otro dispositivo)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>User name and password (HTTP Basic)</source>
        <translation>Nombre de usuario y contraseña (HTTP Basic)</translation>
    </message>
    <message>
        <source>Paste a bearer token</source>
        <translation>Pegar un token bearer</translation>
    </message>
    <message>
        <source>You need a client ID (and usually a secret) from the provider&apos;s developer console. Keyway opens your browser to sign in.</source>
        <translation>Necesita un ID de cliente (y normalmente un secreto) de la consola de desarrolladores del proveedor. Keyway abre su navegador para iniciar sesión.</translation>
    </message>
    <message>
        <source>You need a client ID and secret of an application that may call the API on its own behalf.</source>
        <translation>Necesita el ID de cliente y el secreto de una aplicación que pueda llamar a la API por cuenta propia.</translation>
    </message>
    <message>
        <source>You need a service account key file or a private key; Keyway signs an assertion with it.</source>
        <translation>Necesita un archivo de clave de cuenta de servicio o una clave privada; Keyway firma una aserción con ella.</translation>
    </message>
    <message>
        <source>You need a client ID. Keyway shows a code to enter on another device.</source>
        <translation>Necesita un ID de cliente. Keyway muestra un código que introducir en otro dispositivo.</translation>
    </message>
    <message>
        <source>You need an API key or personal access token from the provider.</source>
        <translation>Necesita una clave de API o un token de acceso personal del proveedor.</translation>
    </message>
    <message>
        <source>You need a user name and a password or API token.</source>
        <translation>Necesita un nombre de usuario y una contraseña o token de API.</translation>
    </message>
    <message>
        <source>Paste an access token you already have. Keyway cannot refresh it.</source>
        <translation>Pegue un token de acceso que ya tenga. Keyway no puede actualizarlo.</translation>
    </message>
</context>
<context>
    <name>OutgoingRequest</name>
    <message>
        <source>Enter a full URL (https://...).</source>
        <translation>Introduzca una URL completa (https://...).</translation>
    </message>
    <message>
        <source>%1 is not one of this connection&apos;s origins, so its credential is not sent there.</source>
        <translation>%1 no es uno de los orígenes de esta conexión, así que su credencial no se envía allí.</translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <source>This is not a PEM private key Keyway can read.</source>
        <translation>No es una clave privada PEM que Keyway pueda leer.</translation>
    </message>
    <message>
        <source>This kind of private key is not supported. Use an RSA key of at least 2048 bits, an EC key on P-256, P-384 or P-521, or an Ed25519 key.</source>
        <translation>Este tipo de clave privada no es compatible. Use una clave RSA de al menos 2048 bits, una clave EC en P-256, P-384 o P-521, o una clave Ed25519.</translation>
    </message>
    <message>
        <source>This private key is protected by a passphrase. Export it without a passphrase (for example with &quot;openssl pkey -in key.pem -out key-unencrypted.pem&quot;) and import that file; Keyway keeps it in the system keychain.</source>
        <translation>Esta clave privada está protegida por una frase de contraseña. Expórtela sin frase de contraseña (por ejemplo con «openssl pkey -in key.pem -out key-unencrypted.pem») e importe ese archivo; Keyway la guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Keyway could not generate a key pair.</source>
        <translation>Keyway no pudo generar un par de claves.</translation>
    </message>
    <message>
        <source>This is a public key or certificate. Keyway needs the private key that belongs to it.</source>
        <translation>Es una clave pública o un certificado. Keyway necesita la clave privada correspondiente.</translation>
    </message>
</context>
<context>
    <name>PrivateKeyPanel</name>
    <message>
        <source>No private key loaded.</source>
        <translation>No hay ninguna clave privada cargada.</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clave privada</translation>
    </message>
    <message>
        <source>From &amp;file…</source>
        <translation>Desde un &amp;archivo…</translation>
    </message>
    <message>
        <source>Load private key from a PEM file</source>
        <translation>Cargar la clave privada desde un archivo PEM</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Paste private key from the clipboard</source>
        <translation>Pegar la clave privada desde el portapapeles</translation>
    </message>
    <message>
        <source>Key type to generate</source>
        <translation>Tipo de clave que generar</translation>
    </message>
    <message>
        <source>&amp;Generate key pair</source>
        <translation>&amp;Generar un par de claves</translation>
    </message>
    <message>
        <source>Generate a new key pair</source>
        <translation>Generar un nuevo par de claves</translation>
    </message>
    <message>
        <source>Keyway keeps the private key in the keychain; register the public key it shows at the provider</source>
        <translation>Keyway guarda la clave privada en el llavero; registre en el proveedor la clave pública que muestra</translation>
    </message>
    <message>
        <source>Register this public key with the provider (as a JWK or PEM, whichever it asks for). The private key stays in Keyway&apos;s keychain.</source>
        <translation>Registre esta clave pública en el proveedor (como JWK o PEM, según lo que pida). La clave privada se queda en el llavero de Keyway.</translation>
    </message>
    <message>
        <source>Public key to register (JWK)</source>
        <translation>Clave pública que registrar (JWK)</translation>
    </message>
    <message>
        <source>Cop&amp;y public JWK</source>
        <translation>Cop&amp;iar el JWK público</translation>
    </message>
    <message>
        <source>Copy the public JWK</source>
        <translation>Copiar el JWK público</translation>
    </message>
    <message>
        <source>Copy public P&amp;EM</source>
        <translation>Copiar el P&amp;EM público</translation>
    </message>
    <message>
        <source>Copy the public key as PEM</source>
        <translation>Copiar la clave pública como PEM</translation>
    </message>
</context>
<context>
    <name>ProtocolError</name>
    <message>
        <source>The provider redirected the request instead of answering with %1. Check the endpoint address.</source>
        <translation>El proveedor redirigió la solicitud en lugar de responder con %1. Compruebe la dirección del punto de conexión.</translation>
    </message>
    <message>
        <source>The provider refused the request: the credentials were not accepted.</source>
        <translation>El proveedor rechazó la solicitud: no se aceptaron las credenciales.</translation>
    </message>
    <message>
        <source>The provider refused the request instead of answering with %1.</source>
        <translation>El proveedor rechazó la solicitud en lugar de responder con %1.</translation>
    </message>
    <message>
        <source>The provider rejected the request as malformed. Check the connection&apos;s settings.</source>
        <translation>El proveedor rechazó la solicitud por estar mal formada. Compruebe la configuración de la conexión.</translation>
    </message>
    <message>
        <source>The client id or secret was rejected.</source>
        <translation>Se rechazó el ID o el secreto de cliente.</translation>
    </message>
    <message>
        <source>The authorization is no longer valid: connect again.</source>
        <translation>La autorización ya no es válida: vuelva a conectar.</translation>
    </message>
    <message>
        <source>This client is not allowed to use this kind of authorization at the provider.</source>
        <translation>Este cliente no puede usar este tipo de autorización en el proveedor.</translation>
    </message>
    <message>
        <source>The provider does not support this kind of authorization.</source>
        <translation>El proveedor no admite este tipo de autorización.</translation>
    </message>
    <message>
        <source>The provider rejected the requested permissions (scopes).</source>
        <translation>El proveedor rechazó los permisos (ámbitos) solicitados.</translation>
    </message>
    <message>
        <source>The request was denied.</source>
        <translation>Se denegó la solicitud.</translation>
    </message>
    <message>
        <source>The provider had a problem answering. Try again later.</source>
        <translation>El proveedor tuvo un problema al responder. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The provider is temporarily unavailable. Try again later.</source>
        <translation>El proveedor no está disponible temporalmente. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The access token was rejected: it may have expired or been revoked.</source>
        <translation>Se rechazó el token de acceso: puede haber caducado o haber sido revocado.</translation>
    </message>
    <message>
        <source>The access token does not have the permissions (scopes) this request needs.</source>
        <translation>El token de acceso no tiene los permisos (ámbitos) que necesita esta solicitud.</translation>
    </message>
    <message>
        <source>The provider cannot revoke this kind of token.</source>
        <translation>El proveedor no puede revocar este tipo de token.</translation>
    </message>
    <message>
        <source>Waiting for the request to be approved on the other device.</source>
        <translation>Esperando a que se apruebe la solicitud en el otro dispositivo.</translation>
    </message>
    <message>
        <source>The provider asked to check less often.</source>
        <translation>El proveedor pidió comprobar con menos frecuencia.</translation>
    </message>
    <message>
        <source>The code expired before it was approved: start again.</source>
        <translation>El código caducó antes de aprobarse: empiece de nuevo.</translation>
    </message>
    <message>
        <source>The provider rejected the requested resource or audience.</source>
        <translation>El proveedor rechazó el recurso o la audiencia solicitados.</translation>
    </message>
    <message>
        <source>The provider refused the request (%1).</source>
        <translation>El proveedor rechazó la solicitud (%1).</translation>
    </message>
</context>
<context>
    <name>RedirectTarget</name>
    <message>
        <source>The redirect URI must start with http://127.0.0.1:PORT/ or %1:.</source>
        <translation>La URI de redirección debe empezar por http://127.0.0.1:PUERTO/ o %1:.</translation>
    </message>
    <message>
        <source>Keyway&apos;s app redirect URI is exactly %1.</source>
        <translation>La URI de redirección de aplicación de Keyway es exactamente %1.</translation>
    </message>
    <message>
        <source>Keyway cannot receive an https redirect: it listens with plain http on this computer&apos;s loopback address (RFC 8252 §7.3). Register http://127.0.0.1:PORT/callback at the provider, or %1 where it accepts an app&apos;s own scheme.</source>
        <translation>Keyway no puede recibir una redirección https: escucha con http sin cifrar en la dirección de bucle local de este equipo (RFC 8252 §7.3). Registre http://127.0.0.1:PUERTO/callback en el proveedor, o %1 donde acepte el esquema propio de una aplicación.</translation>
    </message>
    <message>
        <source>The desktop hands only %1: redirects to Keyway; &quot;%2:&quot; would open another program.</source>
        <translation>El escritorio solo entrega a Keyway las redirecciones %1:; «%2:» abriría otro programa.</translation>
    </message>
    <message>
        <source>The redirect URI is not a valid URL.</source>
        <translation>La URI de redirección no es una URL válida.</translation>
    </message>
    <message>
        <source>The redirect URI must not carry user info, a query or a fragment (RFC 6749 §3.1.2).</source>
        <translation>La URI de redirección no debe llevar información de usuario, consulta ni fragmento (RFC 6749 §3.1.2).</translation>
    </message>
    <message>
        <source>Keyway can only receive a redirect on this computer: the host must be 127.0.0.1, [::1] or localhost, not %1.</source>
        <translation>Keyway solo puede recibir una redirección en este equipo: el host debe ser 127.0.0.1, [::1] o localhost, no %1.</translation>
    </message>
    <message>
        <source>Port 0 cannot be registered; give the port the provider has, or none if it accepts any.</source>
        <translation>No se puede registrar el puerto 0; indique el puerto que tiene el proveedor, o ninguno si acepta cualquiera.</translation>
    </message>
    <message>
        <source>The redirect URI needs a path, such as /callback.</source>
        <translation>La URI de redirección necesita una ruta, como /callback.</translation>
    </message>
    <message>
        <source>The redirect path may hold only letters, digits and - . _ ~ /.</source>
        <translation>La ruta de redirección solo puede contener letras, dígitos y - . _ ~ /.</translation>
    </message>
</context>
<context>
    <name>RefreshedIdToken</name>
    <message>
        <source>The refreshed tokens were refused and the previous ones kept: %1</source>
        <translation>Se rechazaron los tokens actualizados y se conservaron los anteriores: %1</translation>
    </message>
    <message>
        <source>The provider publishes no keys (jwks_uri), so its ID token cannot be checked.</source>
        <translation>El proveedor no publica claves (jwks_uri), así que su token de identidad no se puede comprobar.</translation>
    </message>
</context>
<context>
    <name>RequestCommand</name>
    <message>
        <source>Connection id (or a unique prefix, or its name)</source>
        <translation>Id. de la conexión (o un prefijo único, o su nombre)</translation>
    </message>
    <message>
        <source>Absolute URL, or a path relative to the integration&apos;s API base</source>
        <translation>URL absoluta, o una ruta relativa a la base de API de la integración</translation>
    </message>
    <message>
        <source>Request header &quot;Name: value&quot; (repeatable)</source>
        <translation>Cabecera de la solicitud «Name: value» (repetible)</translation>
    </message>
    <message>
        <source>Request body; @FILE reads a file, @- standard input</source>
        <translation>Cuerpo de la solicitud; @FILE lee un archivo, @- la entrada estándar</translation>
    </message>
    <message>
        <source>Print the status line and response headers</source>
        <translation>Mostrar la línea de estado y las cabeceras de la respuesta</translation>
    </message>
    <message>
        <source>Also send the credential to this origin (https://host[:port]), which is not one of the connection&apos;s (repeatable)</source>
        <translation>Enviar también la credencial a este origen (https://host[:port]), que no es uno de los de la conexión (repetible)</translation>
    </message>
    <message>
        <source>give CONNECTION METHOD URL</source>
        <translation>indique CONNECTION METHOD URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HTTP method</source>
        <translation>«%1» no es un método HTTP</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>«%1» no es una URL válida</translation>
    </message>
    <message>
        <source>header &apos;%1&apos; is not &quot;Name: value&quot;</source>
        <translation>la cabecera «%1» no tiene la forma &quot;Name: value&quot;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an origin (https://host[:port])</source>
        <translation>«%1» no es un origen (https://host[:port])</translation>
    </message>
    <message>
        <source>%1 Add --allow-origin ORIGIN to send it there anyway (its origins: %2).</source>
        <translation>%1 Añada --allow-origin ORIGIN para enviarla allí de todos modos (sus orígenes: %2).</translation>
    </message>
    <message numerus="yes">
        <source>the answer was cut off at %n byte(s)</source>
        <translation>
            <numerusform>la respuesta se cortó en %n byte</numerusform>
            <numerusform>la respuesta se cortó en %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (keyway connect --reconnect %2 --scope &quot;%3&quot;)</source>
        <translation>%1 (keyway connect --reconnect %2 --scope &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>HTTP %1 %2 (after a refresh and retry)</source>
        <translation>HTTP %1 %2 (tras una actualización y un reintento)</translation>
    </message>
    <message>
        <source>Send an API request with a connection&apos;s credential</source>
        <translation>Enviar una solicitud de API con la credencial de una conexión</translation>
    </message>
</context>
<context>
    <name>RequestConsole</name>
    <message>
        <source>HTTP method</source>
        <translation>Método HTTP</translation>
    </message>
    <message>
        <source>Request URL</source>
        <translation>URL de la solicitud</translation>
    </message>
    <message>
        <source>Absolute, or relative to the integration&apos;s API address. Ctrl+Return sends.</source>
        <translation>Absoluta, o relativa a la dirección de la API de la integración. Ctrl+Intro envía.</translation>
    </message>
    <message>
        <source>https://api.example.com/v1/me or /v1/me</source>
        <translation>https://api.example.com/v1/me o /v1/me</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send the request with this connection&apos;s credential (Ctrl+Return)</source>
        <translation>Enviar la solicitud con la credencial de esta conexión (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the request in flight (Esc)</source>
        <translation>Detener la solicitud en curso (Esc)</translation>
    </message>
    <message>
        <source>Request &amp;headers</source>
        <translation>&amp;Cabeceras de la solicitud</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Cabeceras de la solicitud</translation>
    </message>
    <message>
        <source>&amp;Add header</source>
        <translation>&amp;Añadir cabecera</translation>
    </message>
    <message>
        <source>&amp;Remove header</source>
        <translation>&amp;Quitar cabecera</translation>
    </message>
    <message>
        <source>The connection&apos;s credential is added when the request is sent.</source>
        <translation>La credencial de la conexión se añade al enviar la solicitud.</translation>
    </message>
    <message>
        <source>Request &amp;body</source>
        <translation>C&amp;uerpo de la solicitud</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>Request body (e.g. JSON). Add a Content-Type header to match.</source>
        <translation>Cuerpo de la solicitud (p. ej. JSON). Añada una cabecera Content-Type acorde.</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Request history</source>
        <translation>Historial de solicitudes</translation>
    </message>
    <message>
        <source>Enter loads the request into the form</source>
        <translation>Intro carga la solicitud en el formulario</translation>
    </message>
    <message>
        <source>&amp;Load into form</source>
        <translation>&amp;Cargar en el formulario</translation>
    </message>
    <message>
        <source>R&amp;e-run</source>
        <translation>Volver a &amp;ejecutar</translation>
    </message>
    <message>
        <source>Response status</source>
        <translation>Estado de la respuesta</translation>
    </message>
    <message>
        <source>Include the &amp;credential</source>
        <translation>Incluir la c&amp;redencial</translation>
    </message>
    <message>
        <source>Off: the credential is masked in the copied command</source>
        <translation>Desactivado: la credencial se oculta en la orden copiada</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Copiar como c&amp;URL</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Mostrar &amp;todo</translation>
    </message>
    <message>
        <source>Sa&amp;ve body…</source>
        <translation>&amp;Guardar el cuerpo…</translation>
    </message>
    <message>
        <source>&amp;Pretty</source>
        <translation>&amp;Formateado</translation>
    </message>
    <message>
        <source>Response body, formatted</source>
        <translation>Cuerpo de la respuesta, formateado</translation>
    </message>
    <message>
        <source>Ra&amp;w</source>
        <translation>&amp;Sin formato</translation>
    </message>
    <message>
        <source>Response body, raw</source>
        <translation>Cuerpo de la respuesta, sin formato</translation>
    </message>
    <message>
        <source>Response hea&amp;ders</source>
        <translation>Ca&amp;beceras de la respuesta</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Cabeceras de la respuesta</translation>
    </message>
</context>
<context>
    <name>ResponseBody</name>
    <message>
        <source>The provider&apos;s answer is too large to be %1.</source>
        <translation>La respuesta del proveedor es demasiado grande para ser %1.</translation>
    </message>
    <message>
        <source>The provider sent an empty answer instead of %1.</source>
        <translation>El proveedor envió una respuesta vacía en lugar de %1.</translation>
    </message>
    <message>
        <source>The provider answered with a web page instead of %1.</source>
        <translation>El proveedor respondió con una página web en lugar de %1.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer could not be read as %1.</source>
        <translation>La respuesta del proveedor no se pudo leer como %1.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer is not valid JSON, so it could not be read as %1.</source>
        <translation>La respuesta del proveedor no es JSON válido, así que no se pudo leer como %1.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer is JSON but not an object, so it could not be read as %1.</source>
        <translation>La respuesta del proveedor es JSON pero no un objeto, así que no se pudo leer como %1.</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>The sandbox&apos;s port on 127.0.0.1 (default %1; each port has its own store; 0 with serve: any free port, state in memory only)</source>
        <translation>El puerto del entorno de pruebas en 127.0.0.1 (predeterminado %1; cada puerto tiene su propio almacén; 0 con serve: cualquier puerto libre, estado solo en memoria)</translation>
    </message>
    <message>
        <source>faults, personalities, log: print JSON</source>
        <translation>faults, personalities, log: mostrar JSON</translation>
    </message>
    <message>
        <source>serve: access token lifetime in seconds (default 3600; kept in the store)</source>
        <translation>serve: vida útil de los tokens de acceso en segundos (predeterminado 3600; se guarda en el almacén)</translation>
    </message>
    <message>
        <source>serve: device flow polling interval in seconds (default 5; kept in the store)</source>
        <translation>serve: intervalo de sondeo del flujo de dispositivo en segundos (predeterminado 5; se guarda en el almacén)</translation>
    </message>
    <message>
        <source>serve: switch a fault on from the start (repeatable)</source>
        <translation>serve: activar un fallo desde el principio (repetible)</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>uso: %1</translation>
    </message>
    <message>
        <source>--port must be a whole number from 0 to 65535</source>
        <translation>--port debe ser un número entero de 0 a 65535</translation>
    </message>
    <message>
        <source>--port must be a whole number from 1 to 65535 (a sandbox on port 0 keeps no store)</source>
        <translation>--port debe ser un número entero de 1 a 65535 (un entorno de pruebas en el puerto 0 no tiene almacén)</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of seconds from %2 to %3</source>
        <translation>--%1 debe ser un número entero de segundos de %2 a %3</translation>
    </message>
    <message>
        <source>there is no fault &quot;%1&quot; (see keyway sandbox faults)</source>
        <translation>no hay ningún fallo «%1» (consulte keyway sandbox faults)</translation>
    </message>
    <message>
        <source>%1 received; stopping</source>
        <translation>%1 recibida; deteniendo</translation>
    </message>
    <message>
        <source>another Keyway process already serves this sandbox at %1; keyway sandbox fault works on it from here</source>
        <translation>otro proceso de Keyway ya sirve este entorno de pruebas en %1; keyway sandbox fault actúa sobre él desde aquí</translation>
    </message>
    <message>
        <source>Keyway Sandbox running at %1 from %2 (public client keyway-sandbox; keyway-sandbox-confidential / sandbox-secret). Ctrl+C or SIGTERM stops it.</source>
        <translation>Keyway Sandbox se ejecuta en %1 desde %2 (cliente público keyway-sandbox; keyway-sandbox-confidential / sandbox-secret). Ctrl+C o SIGTERM lo detiene.</translation>
    </message>
    <message>
        <source>Keyway Sandbox running at %1 from memory (public client keyway-sandbox; keyway-sandbox-confidential / sandbox-secret). Ctrl+C or SIGTERM stops it.</source>
        <translation>Keyway Sandbox se ejecuta en %1 desde la memoria (cliente público keyway-sandbox; keyway-sandbox-confidential / sandbox-secret). Ctrl+C o SIGTERM lo detiene.</translation>
    </message>
    <message>
        <source>served now</source>
        <translation>se sirve ahora</translation>
    </message>
    <message>
        <source>not served now: the next Keyway that needs it serves it</source>
        <translation>no se sirve ahora: lo servirá el próximo Keyway que lo necesite</translation>
    </message>
    <message>
        <source>its port is held by a Keyway Sandbox that is not yours</source>
        <translation>su puerto lo ocupa un Keyway Sandbox que no es suyo</translation>
    </message>
    <message>
        <source>its port is held by a program that is not a Keyway Sandbox</source>
        <translation>su puerto lo ocupa un programa que no es un Keyway Sandbox</translation>
    </message>
    <message>
        <source>Keyway Sandbox at %1 (%2)</source>
        <translation>Keyway Sandbox en %1 (%2)</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Almacén: %1</translation>
    </message>
    <message>
        <source>Keyway should %1</source>
        <translation>Keyway debería %1</translation>
    </message>
    <message>
        <source>Switch one with: keyway sandbox fault NAME on|off|VALUE (actions run at once)</source>
        <translation>Cambie uno con: keyway sandbox fault NAME on|off|VALUE (las acciones se ejecutan al instante)</translation>
    </message>
    <message>
        <source>%1 (client %2): keyway connect %3</source>
        <translation>%1 (cliente %2): keyway connect %3</translation>
    </message>
    <message>
        <source>Confidential ones take the client secret sandbox-secret (--client-id ID --client-secret-stdin).</source>
        <translation>Los confidenciales usan el secreto de cliente sandbox-secret (--client-id ID --client-secret-stdin).</translation>
    </message>
    <message>
        <source>%1 is not a sandbox client that uses private_key_jwt (see keyway sandbox personalities)</source>
        <translation>%1 no es un cliente del entorno de pruebas que use private_key_jwt (consulte keyway sandbox personalities)</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <source>%1 is neither a JWK nor a PEM private key: %2</source>
        <translation>%1 no es ni una JWK ni una clave privada PEM: %2</translation>
    </message>
    <message>
        <source>Registered the key %1 for %2</source>
        <translation>Se registró la clave %1 para %2</translation>
    </message>
    <message>
        <source>only &quot;keyway sandbox fault all off&quot; is possible</source>
        <translation>solo es posible «keyway sandbox fault all off»</translation>
    </message>
    <message>
        <source>The Keyway Sandbox forgot everything: keys, grants, tokens, accounts, faults, settings and its log. Connections to it need to be reconnected.</source>
        <translation>Keyway Sandbox lo olvidó todo: claves, autorizaciones, tokens, cuentas, fallos, ajustes y su registro. Hay que volver a conectar las conexiones con él.</translation>
    </message>
    <message>
        <source>Run the built-in Keyway Sandbox and switch its faults</source>
        <translation>Ejecutar el Keyway Sandbox incorporado y cambiar sus fallos</translation>
    </message>
    <message>
        <source>serve, faults, fault, personalities, client-key, client-cert, log or reset</source>
        <translation>serve, faults, fault, personalities, client-key, client-cert, log o reset</translation>
    </message>
    <message>
        <source>client-cert: the folder to write the client certificate and its key to (mode 0600)</source>
        <translation>client-cert: la carpeta donde escribir el certificado de cliente y su clave (modo 0600)</translation>
    </message>
    <message>
        <source>give --out FOLDER for the client certificate and its key (the key is not printed)</source>
        <translation>indica --out CARPETA para el certificado de cliente y su clave (la clave no se imprime)</translation>
    </message>
    <message>
        <source>%1 already exists; remove it or choose another folder</source>
        <translation>%1 ya existe; elimínalo o elige otra carpeta</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot write the client certificate and its key to %1</source>
        <translation>no se pueden escribir el certificado de cliente y su clave en %1</translation>
    </message>
    <message>
        <source>Registered the client certificate %1 for %2.</source>
        <translation>Certificado de cliente %1 registrado para %2.</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Certificado: %1</translation>
    </message>
    <message>
        <source>Private key: %1 (mode 0600)</source>
        <translation>Clave privada: %1 (modo 0600)</translation>
    </message>
    <message>
        <source>Connect with: keyway connect %1 --client-id %2 --client-cert %3 --client-key-stdin &lt; %4</source>
        <translation>Conéctate con: keyway connect %1 --client-id %2 --client-cert %3 --client-key-stdin &lt; %4</translation>
    </message>
</context>
<context>
    <name>SandboxFaults</name>
    <message>
        <source>Expire access tokens now</source>
        <translation>Hacer caducar ahora los tokens de acceso</translation>
    </message>
    <message>
        <source>Every access token issued so far (by this process or an earlier one) stops working at once: the API and userinfo answer 401 invalid_token, introspection says inactive.</source>
        <translation>Todo token de acceso emitido hasta ahora (por este proceso o uno anterior) deja de funcionar al instante: la API y userinfo responden 401 invalid_token, la introspección dice inactivo.</translation>
    </message>
    <message>
        <source>get 401 on the next request, refresh the token and retry the request once; without a refresh token, ask to reconnect.</source>
        <translation>recibir 401 en la siguiente solicitud, actualizar el token y repetir la solicitud una vez; sin token de actualización, pedir volver a conectar.</translation>
    </message>
    <message>
        <source>Revoke refresh tokens</source>
        <translation>Revocar los tokens de actualización</translation>
    </message>
    <message>
        <source>Every refresh token is revoked, as when the user removes the app&apos;s access at the provider. Access tokens keep working until they expire (expire them too to see it at once).</source>
        <translation>Se revoca todo token de actualización, como cuando el usuario retira el acceso de la aplicación en el proveedor. Los tokens de acceso siguen funcionando hasta que caducan (hágalos caducar también para verlo al instante).</translation>
    </message>
    <message>
        <source>get invalid_grant on the next refresh, mark the connection as needing re-authorization and offer to reconnect.</source>
        <translation>recibir invalid_grant en la siguiente actualización, marcar la conexión como pendiente de reautorización y ofrecer volver a conectar.</translation>
    </message>
    <message>
        <source>Next refresh fails</source>
        <translation>La siguiente actualización falla</translation>
    </message>
    <message>
        <source>The next refresh_token request is answered 400 invalid_grant, and that grant is revoked.</source>
        <translation>La siguiente solicitud refresh_token recibe 400 invalid_grant, y esa concesión se revoca.</translation>
    </message>
    <message>
        <source>mark the connection as needing re-authorization and prompt to reconnect, without retrying the refresh.</source>
        <translation>marcar la conexión como pendiente de reautorización y pedir volver a conectar, sin repetir la actualización.</translation>
    </message>
    <message>
        <source>Answer 500</source>
        <translation>Responder 500</translation>
    </message>
    <message>
        <source>The token endpoint, userinfo and the demo API answer 500 Internal Server Error.</source>
        <translation>El punto de conexión de tokens, userinfo y la API de demostración responden 500 Internal Server Error.</translation>
    </message>
    <message>
        <source>show a clear error naming HTTP 500 and keep the connection&apos;s tokens; work again once the fault is off.</source>
        <translation>mostrar un error claro que mencione HTTP 500 y conservar los tokens de la conexión; volver a funcionar cuando se desactive el fallo.</translation>
    </message>
    <message>
        <source>Answer 503</source>
        <translation>Responder 503</translation>
    </message>
    <message>
        <source>The token endpoint, userinfo and the demo API answer 503 Service Unavailable with Retry-After: 2.</source>
        <translation>El punto de conexión de tokens, userinfo y la API de demostración responden 503 Service Unavailable con Retry-After: 2.</translation>
    </message>
    <message>
        <source>wait as Retry-After says (when it is at most 10 s) and retry; if the provider stays unavailable, say so clearly and keep the tokens.</source>
        <translation>esperar lo que diga Retry-After (si son 10 s como mucho) y reintentar; si el proveedor sigue sin estar disponible, decirlo claramente y conservar los tokens.</translation>
    </message>
    <message>
        <source>Answer slowly</source>
        <translation>Responder despacio</translation>
    </message>
    <message>
        <source>The token endpoint, userinfo and the demo API answer only after a delay (milliseconds, at most 30000).</source>
        <translation>El punto de conexión de tokens, userinfo y la API de demostración responden solo tras un retraso (milisegundos, 30000 como mucho).</translation>
    </message>
    <message>
        <source>show that it is waiting, stay responsive and let the user cancel; past its own timeout, report a timeout.</source>
        <translation>mostrar que está esperando, seguir respondiendo y dejar que el usuario cancele; pasado su propio tiempo de espera, informar de que se agotó.</translation>
    </message>
    <message>
        <source>Malformed token response</source>
        <translation>Respuesta de token mal formada</translation>
    </message>
    <message>
        <source>The next token endpoint response is 200 with truncated JSON. Nothing is issued or consumed.</source>
        <translation>La siguiente respuesta del punto de conexión de tokens es 200 con JSON truncado. No se emite ni se consume nada.</translation>
    </message>
    <message>
        <source>report that the token response could not be read (it is not valid JSON; the details say where it breaks off, never the raw answer, which may hold a token) and keep the tokens it had.</source>
        <translation>informar de que no se pudo leer la respuesta de token (no es JSON válido; los detalles dicen dónde se corta, nunca la respuesta en bruto, que puede contener un token) y conservar los tokens que tenía.</translation>
    </message>
    <message>
        <source>HTML token response</source>
        <translation>Respuesta de token en HTML</translation>
    </message>
    <message>
        <source>The next token endpoint response is 200 with an HTML page, as a captive portal or a misconfigured proxy sends. Nothing is issued or consumed.</source>
        <translation>La siguiente respuesta del punto de conexión de tokens es 200 con una página HTML, como la que envía un portal cautivo o un proxy mal configurado. No se emite ni se consume nada.</translation>
    </message>
    <message>
        <source>report that the provider answered with a web page instead of JSON and keep the tokens it had.</source>
        <translation>informar de que el proveedor respondió con una página web en lugar de JSON y conservar los tokens que tenía.</translation>
    </message>
    <message>
        <source>Omit expires_in</source>
        <translation>Omitir expires_in</translation>
    </message>
    <message>
        <source>Token responses leave out expires_in (RFC 6749 §5.1 only recommends it); the tokens still expire after the configured lifetime.</source>
        <translation>Las respuestas de token omiten expires_in (la RFC 6749 §5.1 solo lo recomienda); aun así los tokens caducan tras la duración configurada.</translation>
    </message>
    <message>
        <source>show the expiry as unknown and refresh when the API answers 401.</source>
        <translation>mostrar la caducidad como desconocida y actualizar cuando la API responda 401.</translation>
    </message>
    <message>
        <source>Wrong state on the callback</source>
        <translation>state incorrecto en el retorno</translation>
    </message>
    <message>
        <source>The next authorization response carries a state that does not match the request.</source>
        <translation>La siguiente respuesta de autorización lleva un state que no coincide con la solicitud.</translation>
    </message>
    <message>
        <source>refuse the callback (its state is not this sign-in&apos;s: a possible CSRF attack), request no tokens, and keep waiting for the real response until the time-out, which says a response was ignored.</source>
        <translation>rechazar el retorno (su state no es el de este inicio de sesión: un posible ataque CSRF), no pedir tokens y seguir esperando la respuesta real hasta el tiempo límite, que indica que se ignoró una respuesta.</translation>
    </message>
    <message>
        <source>Wrong iss on the callback</source>
        <translation>iss incorrecto en el retorno</translation>
    </message>
    <message>
        <source>The next authorization response carries an iss naming another server (an RFC 9207 mix-up).</source>
        <translation>La siguiente respuesta de autorización lleva un iss que nombra otro servidor (una confusión según la RFC 9207).</translation>
    </message>
    <message>
        <source>refuse the callback with an issuer mismatch error and request no tokens.</source>
        <translation>rechazar el retorno con un error de emisor no coincidente y no pedir tokens.</translation>
    </message>
    <message>
        <source>id_token signed with an unknown key</source>
        <translation>id_token firmado con una clave desconocida</translation>
    </message>
    <message>
        <source>The next id_token is signed with a key whose kid the JWKS does not publish.</source>
        <translation>El siguiente id_token se firma con una clave cuyo kid no publica el JWKS.</translation>
    </message>
    <message>
        <source>fetch the JWKS again at once, still find no such key, and refuse the sign-in with a clear error. Another unknown key within 30 s is refused without a fetch.</source>
        <translation>volver a obtener el JWKS al instante, seguir sin encontrar esa clave y rechazar el inicio de sesión con un error claro. Otra clave desconocida en 30 s se rechaza sin volver a obtenerlo.</translation>
    </message>
    <message>
        <source>id_token with a wrong nonce</source>
        <translation>id_token con un nonce incorrecto</translation>
    </message>
    <message>
        <source>The next id_token issued for a request with a nonce carries another nonce.</source>
        <translation>El siguiente id_token emitido para una solicitud con nonce lleva otro nonce.</translation>
    </message>
    <message>
        <source>refuse the sign-in (nonce mismatch, a possible replay) with a clear error.</source>
        <translation>rechazar el inicio de sesión (nonce no coincidente, una posible repetición) con un error claro.</translation>
    </message>
    <message>
        <source>Rotate signing keys</source>
        <translation>Rotar las claves de firma</translation>
    </message>
    <message>
        <source>A new RS256 key signs from now on; the JWKS publishes it beside the previous one.</source>
        <translation>A partir de ahora firma una nueva clave RS256; el JWKS la publica junto a la anterior.</translation>
    </message>
    <message>
        <source>see an unknown kid on the next id_token, fetch the JWKS again at once and sign in normally, even right after another sign-in.</source>
        <translation>ver un kid desconocido en el siguiente id_token, volver a obtener el JWKS al instante e iniciar sesión con normalidad, incluso justo después de otro inicio de sesión.</translation>
    </message>
    <message>
        <source>Provider&apos;s clock is off</source>
        <translation>El reloj del proveedor está desfasado</translation>
    </message>
    <message>
        <source>The sandbox&apos;s clock runs N minutes ahead (negative: behind): id_tokens carry iat, exp and auth_time off by that much, and so does the Date header of its answers.</source>
        <translation>El reloj del entorno de pruebas va N minutos adelantado (negativo: atrasado): los id_tokens llevan iat, exp y auth_time desfasados en esa cantidad, igual que la cabecera Date de sus respuestas.</translation>
    </message>
    <message>
        <source>accept an id_token whose times are off by up to 5 minutes; beyond that, refuse the sign-in with an error that says how far the provider&apos;s clock is from this computer&apos;s (measured from the Date header), instead of blaming either.</source>
        <translation>aceptar un id_token cuyas horas estén desfasadas hasta 5 minutos; más allá, rechazar el inicio de sesión con un error que diga cuánto se aleja el reloj del proveedor del de este equipo (medido por la cabecera Date), en lugar de culpar a uno de los dos.</translation>
    </message>
    <message>
        <source>Keys endpoint down</source>
        <translation>Punto de conexión de claves caído</translation>
    </message>
    <message>
        <source>The JWKS endpoint (/jwks) answers 503 Service Unavailable; everything else works.</source>
        <translation>El punto de conexión JWKS (/jwks) responde 503 Service Unavailable; todo lo demás funciona.</translation>
    </message>
    <message>
        <source>keep validating id_tokens with the keys it fetched before; when it has none (or meets a new kid), refuse the sign-in with an error saying the provider&apos;s signing keys could not be fetched and store no connection; not ask again within 30 s of a failed fetch, and sign in normally once the keys are back.</source>
        <translation>seguir validando id_tokens con las claves obtenidas antes; si no tiene ninguna (o encuentra un kid nuevo), rechazar el inicio de sesión con un error que diga que no se pudieron obtener las claves de firma del proveedor y no guardar ninguna conexión; no volver a pedirlas en los 30 s siguientes a un fallo, e iniciar sesión con normalidad cuando vuelvan las claves.</translation>
    </message>
    <message>
        <source>Grant fewer scopes than asked</source>
        <translation>Conceder menos ámbitos de los pedidos</translation>
    </message>
    <message>
        <source>Consent grants only the identity scopes (openid, profile, email, offline_access), whatever was asked and ticked; the token response&apos;s scope lists what was granted (RFC 6749 §5.1).</source>
        <translation>El consentimiento concede solo los ámbitos de identidad (openid, profile, email, offline_access), se pida y marque lo que se pida; el scope de la respuesta de token indica lo concedido (RFC 6749 §5.1).</translation>
    </message>
    <message>
        <source>connect, name the scopes asked for but not granted (the command line on stderr, the window on the connection&apos;s page), keep only the granted ones, and when the API answers 403 insufficient_scope show that answer without refreshing or asking to reconnect.</source>
        <translation>conectar, nombrar los ámbitos pedidos pero no concedidos (la línea de órdenes en stderr, la ventana en la página de la conexión), conservar solo los concedidos y, cuando la API responda 403 insufficient_scope, mostrar esa respuesta sin actualizar ni pedir volver a conectar.</translation>
    </message>
    <message>
        <source>Userinfo fails</source>
        <translation>userinfo falla</translation>
    </message>
    <message>
        <source>The userinfo endpoint answers 500 while the token endpoint and the demo API work.</source>
        <translation>El punto de conexión userinfo responde 500 mientras el de tokens y la API de demostración funcionan.</translation>
    </message>
    <message>
        <source>still connect, naming the account from the id_token&apos;s claims, with a warning in the event log that userinfo failed; API requests keep working.</source>
        <translation>conectar igualmente, nombrando la cuenta a partir de las claims del id_token, con un aviso en el registro de eventos de que userinfo falló; las solicitudes a la API siguen funcionando.</translation>
    </message>
    <message>
        <source>Client rejected on refresh</source>
        <translation>Cliente rechazado al actualizar</translation>
    </message>
    <message>
        <source>Refresh requests are answered 401 invalid_client, as after the client&apos;s secret was rotated (or the client deleted) at the provider.</source>
        <translation>Las solicitudes de actualización reciben 401 invalid_client, como tras rotar el secreto del cliente (o borrar el cliente) en el proveedor.</translation>
    </message>
    <message>
        <source>report that the provider rejected the client&apos;s credentials (invalid_client) without retrying and without calling the grant lost: the tokens are kept, the connection shows the error, and reconnecting in place (with the new secret) restores it.</source>
        <translation>informar de que el proveedor rechazó las credenciales del cliente (invalid_client) sin reintentar y sin dar la concesión por perdida: los tokens se conservan, la conexión muestra el error y volver a conectarla en el sitio (con el nuevo secreto) la restablece.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>on, off, a number of requests up to %1, or -1 for until switched off</source>
        <translation>on, off, un número de solicitudes hasta %1, o -1 para hasta que se desactive</translation>
    </message>
    <message>
        <source>on, off or a number of %1 from %2 to %3</source>
        <translation>on, off o un número de %1 de %2 a %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value for the fault %2: use %3.</source>
        <translation>«%1» no es un valor para el fallo %2: use %3.</translation>
    </message>
    <message>
        <source>until switched off</source>
        <translation>hasta que se desactive</translation>
    </message>
    <message>
        <source>next request only</source>
        <translation>solo la siguiente solicitud</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>next %n request(s)</source>
        <translation>
            <numerusform>siguiente %n solicitud</numerusform>
            <numerusform>siguientes %n solicitudes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxKeys</name>
    <message>
        <source>The sandbox has no signing key yet.</source>
        <translation>El entorno de pruebas aún no tiene clave de firma.</translation>
    </message>
</context>
<context>
    <name>SandboxPages</name>
    <message>
        <source>sign you in with your account ID (always granted)</source>
        <translation>iniciar su sesión con el ID de su cuenta (siempre concedido)</translation>
    </message>
    <message>
        <source>see your name and user name</source>
        <translation>ver su nombre y su nombre de usuario</translation>
    </message>
    <message>
        <source>see your email address</source>
        <translation>ver su dirección de correo</translation>
    </message>
    <message>
        <source>stay connected while you are away (a refresh token)</source>
        <translation>mantener la conexión mientras no está (un token de actualización)</translation>
    </message>
    <message>
        <source>read your contacts</source>
        <translation>leer sus contactos</translation>
    </message>
    <message>
        <source>create contacts</source>
        <translation>crear contactos</translation>
    </message>
    <message>
        <source>read your calendar events</source>
        <translation>leer los eventos de su calendario</translation>
    </message>
    <message>
        <source>Sign in and allow access</source>
        <translation>Iniciar sesión y permitir el acceso</translation>
    </message>
    <message>
        <source>The application &lt;strong&gt;%1&lt;/strong&gt; asks to connect to your sandbox account.</source>
        <translation>La aplicación &lt;strong&gt;%1&lt;/strong&gt; pide conectarse a su cuenta del entorno de pruebas.</translation>
    </message>
    <message>
        <source>Device code:</source>
        <translation>Código de dispositivo:</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <source>Any name works: the sandbox has no passwords and creates the account as you sign in.</source>
        <translation>Sirve cualquier nombre: el entorno de pruebas no tiene contraseñas y crea la cuenta al iniciar sesión.</translation>
    </message>
    <message>
        <source>Allow it to</source>
        <translation>Permitirle</translation>
    </message>
    <message>
        <source>No scopes were requested.</source>
        <translation>No se pidió ningún ámbito.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <source>Cancel and return to the application</source>
        <translation>Cancelar y volver a la aplicación</translation>
    </message>
    <message>
        <source>Sign in to Keyway Sandbox</source>
        <translation>Iniciar sesión en Keyway Sandbox</translation>
    </message>
    <message>
        <source>Connect a device</source>
        <translation>Conectar un dispositivo</translation>
    </message>
    <message>
        <source>Enter the code your device or application shows.</source>
        <translation>Introduzca el código que muestra su dispositivo o aplicación.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Connect a device to Keyway Sandbox</source>
        <translation>Conectar un dispositivo a Keyway Sandbox</translation>
    </message>
    <message>
        <source>Connect %1?</source>
        <translation>¿Conectar %1?</translation>
    </message>
    <message>
        <source>Check that your device shows the code</source>
        <translation>Compruebe que su dispositivo muestra este código</translation>
    </message>
    <message>
        <source>Continue only if you started this sign-in yourself. It asks for:</source>
        <translation>Continúe solo si inició usted mismo este inicio de sesión. Pide:</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abortar</translation>
    </message>
    <message>
        <source>Confirm the device</source>
        <translation>Confirmar el dispositivo</translation>
    </message>
    <message>
        <source>Device connected</source>
        <translation>Dispositivo conectado</translation>
    </message>
    <message>
        <source>You can close this page and return to your device.</source>
        <translation>Puede cerrar esta página y volver a su dispositivo.</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Acceso denegado</translation>
    </message>
    <message>
        <source>The device was not connected. You can close this page.</source>
        <translation>El dispositivo no se conectó. Puede cerrar esta página.</translation>
    </message>
    <message>
        <source>The sandbox is running</source>
        <translation>El entorno de pruebas está en marcha</translation>
    </message>
    <message>
        <source>A practice OAuth 2.0 and OpenID Connect provider built into Keyway, on this computer only.</source>
        <translation>Un proveedor OAuth 2.0 y OpenID Connect de práctica integrado en Keyway, solo en este equipo.</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Descubrimiento</translation>
    </message>
    <message>
        <source>Public client</source>
        <translation>Cliente público</translation>
    </message>
    <message>
        <source>Confidential client</source>
        <translation>Cliente confidencial</translation>
    </message>
    <message>
        <source>Demo API</source>
        <translation>API de demostración</translation>
    </message>
</context>
<context>
    <name>SandboxPanel</name>
    <message>
        <source>Sandbox</source>
        <translation>Entorno de pruebas</translation>
    </message>
    <message>
        <source>Keyway Sandbox</source>
        <translation>Keyway Sandbox</translation>
    </message>
    <message>
        <source>A practice provider on this computer: sign in as anyone, call its demo API, and switch on faults to see how Keyway copes. It listens on 127.0.0.1 only.</source>
        <translation>Un proveedor de práctica en este equipo: inicie sesión como cualquiera, llame a su API de demostración y active fallos para ver cómo reacciona Keyway. Solo escucha en 127.0.0.1.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Sandbox status</source>
        <translation>Estado del entorno de pruebas</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start the sandbox on 127.0.0.1</source>
        <translation>Iniciar el entorno de pruebas en 127.0.0.1</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>Stop the sandbox and release its port</source>
        <translation>Detener el entorno de pruebas y liberar su puerto</translation>
    </message>
    <message>
        <source>Sandbox error</source>
        <translation>Error del entorno de pruebas</translation>
    </message>
    <message>
        <source>Personalities</source>
        <translation>Personalidades</translation>
    </message>
    <message>
        <source>Each personality is a client of the sandbox that behaves as some real providers do. Connect to one to rehearse it; the line below it says what Keyway should do.</source>
        <translation>Cada personalidad es un cliente del entorno de pruebas que se comporta como algunos proveedores reales. Conéctese a una para ensayarla; la línea de debajo dice qué debería hacer Keyway.</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <source>Each fault makes the sandbox misbehave the way real providers do. The line below it says what Keyway should show.</source>
        <translation>Cada fallo hace que el entorno de pruebas se comporte mal como lo hacen proveedores reales. La línea de debajo dice qué debería mostrar Keyway.</translation>
    </message>
    <message>
        <source>Last fault change</source>
        <translation>Último cambio de fallos</translation>
    </message>
    <message>
        <source>Switch &amp;all off</source>
        <translation>Desactivar &amp;todos</translation>
    </message>
    <message>
        <source>Switch every fault off</source>
        <translation>Desactivar todos los fallos</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Requests the sandbox answered</source>
        <translation>Solicitudes que respondió el entorno de pruebas</translation>
    </message>
</context>
<context>
    <name>SandboxPersonality</name>
    <message>
        <source>standard</source>
        <translation>estándar</translation>
    </message>
    <message>
        <source>A public client: PKCE S256, any loopback port with the path /callback (RFC 8252 §7.3), rotating refresh tokens with reuse detection, the authorization code, device and refresh grants.</source>
        <translation>Un cliente público: PKCE S256, cualquier puerto de bucle local con la ruta /callback (RFC 8252 §7.3), tokens de actualización rotatorios con detección de reutilización, las concesiones código de autorización, dispositivo y actualización.</translation>
    </message>
    <message>
        <source>connect with PKCE on an ephemeral loopback port and refresh without asking the user.</source>
        <translation>conectar con PKCE en un puerto de bucle local efímero y actualizar sin preguntar al usuario.</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>confidencial</translation>
    </message>
    <message>
        <source>A confidential client with the published secret sandbox-secret, by client_secret_basic or client_secret_post; the only client allowed the client credentials grant.</source>
        <translation>Un cliente confidencial con el secreto publicado sandbox-secret, por client_secret_basic o client_secret_post; el único cliente con permiso para la concesión client credentials.</translation>
    </message>
    <message>
        <source>authenticate with the secret kept in the keychain and renew client credentials tokens on its own.</source>
        <translation>autenticarse con el secreto guardado en el llavero y renovar por sí mismo los tokens client credentials.</translation>
    </message>
    <message>
        <source>exact redirect</source>
        <translation>redirección exacta</translation>
    </message>
    <message>
        <source>Only the registered redirect URI http://127.0.0.1:27660/callback is accepted, compared exactly, port included, as Dropbox, X and Xero do. Any other redirect URI gets an error page and is never redirected to (RFC 6749 §4.1.2.1).</source>
        <translation>Solo se acepta la URI de redirección registrada http://127.0.0.1:27660/callback, comparada exactamente, puerto incluido, como hacen Dropbox, X y Xero. Cualquier otra URI de redirección recibe una página de error y nunca se usa (RFC 6749 §4.1.2.1).</translation>
    </message>
    <message>
        <source>listen on the registered port 27660, send exactly that redirect URI and connect; when another program holds that port, say so instead of trying another one (a sign-in with another redirect URI stops at the provider&apos;s error page).</source>
        <translation>escuchar en el puerto registrado 27660, enviar exactamente esa URI de redirección y conectar; si otro programa ocupa ese puerto, decirlo en lugar de probar otro (un inicio de sesión con otra URI de redirección se detiene en la página de error del proveedor).</translation>
    </message>
    <message>
        <source>refresh reuse detection</source>
        <translation>detección de reutilización de tokens de actualización</translation>
    </message>
    <message>
        <source>Every refresh returns a new refresh token and spends the old one; a refresh token presented twice revokes the whole grant, as oidc-provider and many providers do (RFC 9700 §4.14.2).</source>
        <translation>Cada actualización devuelve un nuevo token de actualización y gasta el anterior; un token de actualización presentado dos veces revoca toda la concesión, como hacen oidc-provider y muchos proveedores (RFC 9700 §4.14.2).</translation>
    </message>
    <message>
        <source>keep the new refresh token of every refresh and never send a spent one; when a spent one was presented elsewhere and the grant is revoked, mark the connection as needing re-authorization.</source>
        <translation>conservar el nuevo token de actualización de cada actualización y no enviar nunca uno gastado; cuando uno gastado se presentó en otro sitio y la concesión se revocó, marcar la conexión como pendiente de reautorización.</translation>
    </message>
    <message>
        <source>non-expiring tokens</source>
        <translation>tokens sin caducidad</translation>
    </message>
    <message>
        <source>Access tokens never expire and token responses carry no expires_in and no refresh token, as GitHub OAuth apps and Slack do.</source>
        <translation>Los tokens de acceso nunca caducan y las respuestas de token no llevan expires_in ni token de actualización, como en las aplicaciones OAuth de GitHub y en Slack.</translation>
    </message>
    <message>
        <source>connect, show the expiry as unknown, schedule no refresh and keep calling the API with the same token.</source>
        <translation>conectar, mostrar la caducidad como desconocida, no programar actualizaciones y seguir llamando a la API con el mismo token.</translation>
    </message>
    <message>
        <source>nested token response</source>
        <translation>respuesta de token anidada</translation>
    </message>
    <message>
        <source>The token response puts the RFC 6749 §5.1 members inside an object: {&quot;ok&quot;: true, &quot;data&quot;: {&quot;access_token&quot;: ...}}, as Withings and Slack do.</source>
        <translation>La respuesta de token pone los miembros de la RFC 6749 §5.1 dentro de un objeto: {&quot;ok&quot;: true, &quot;data&quot;: {&quot;access_token&quot;: ...}}, como hacen Withings y Slack.</translation>
    </message>
    <message>
        <source>read the tokens at the paths the catalogue entry names (data.access_token, ...), connect and refresh.</source>
        <translation>leer los tokens en las rutas que indica la entrada del catálogo (data.access_token, ...), conectar y actualizar.</translation>
    </message>
    <message>
        <source>form-encoded token response</source>
        <translation>respuesta de token codificada como formulario</translation>
    </message>
    <message>
        <source>The token endpoint answers application/x-www-form-urlencoded instead of JSON, as GitHub does without an Accept header.</source>
        <translation>El punto de conexión de tokens responde application/x-www-form-urlencoded en lugar de JSON, como GitHub sin cabecera Accept.</translation>
    </message>
    <message>
        <source>read the form-encoded token response as the catalogue entry says, connect and refresh.</source>
        <translation>leer la respuesta de token codificada como formulario como dice la entrada del catálogo, conectar y actualizar.</translation>
    </message>
    <message>
        <source>odd-case token_type</source>
        <translation>token_type con mayúsculas inusuales</translation>
    </message>
    <message>
        <source>token_type comes as &quot;bearer&quot; from the code exchange and &quot;BEARER&quot; from refreshes (RFC 6749 §5.1 makes it case-insensitive).</source>
        <translation>token_type llega como «bearer» en el canje del código y como «BEARER» en las actualizaciones (la RFC 6749 §5.1 lo hace insensible a mayúsculas).</translation>
    </message>
    <message>
        <source>take either as Bearer and send Authorization: Bearer on API requests.</source>
        <translation>tomar ambos como Bearer y enviar Authorization: Bearer en las solicitudes a la API.</translation>
    </message>
    <message>
        <source>client_secret_basic only</source>
        <translation>solo client_secret_basic</translation>
    </message>
    <message>
        <source>A confidential client (secret sandbox-secret) that must authenticate with HTTP Basic; the secret in the request body is refused with 401 invalid_client.</source>
        <translation>Un cliente confidencial (secreto sandbox-secret) que debe autenticarse con HTTP Basic; el secreto en el cuerpo de la solicitud se rechaza con 401 invalid_client.</translation>
    </message>
    <message>
        <source>send the client secret with HTTP Basic only (RFC 6749 §2.3.1), never in the body.</source>
        <translation>enviar el secreto de cliente solo por HTTP Basic (RFC 6749 §2.3.1), nunca en el cuerpo.</translation>
    </message>
    <message>
        <source>client_secret_post only</source>
        <translation>solo client_secret_post</translation>
    </message>
    <message>
        <source>A confidential client (secret sandbox-secret) that must send client_id and client_secret in the request body; HTTP Basic is refused with 401 invalid_client.</source>
        <translation>Un cliente confidencial (secreto sandbox-secret) que debe enviar client_id y client_secret en el cuerpo de la solicitud; HTTP Basic se rechaza con 401 invalid_client.</translation>
    </message>
    <message>
        <source>send the client secret in the body only (client_secret_post), never in an Authorization header.</source>
        <translation>enviar el secreto de cliente solo en el cuerpo (client_secret_post), nunca en una cabecera Authorization.</translation>
    </message>
    <message>
        <source>private_key_jwt</source>
        <translation>private_key_jwt</translation>
    </message>
    <message>
        <source>A confidential client that authenticates with a JWT signed by its private key (RFC 7523 §2.2): the public key is registered with keyway sandbox client-key keyway-sandbox-private-key-jwt FILE; the assertion&apos;s signature, iss and sub, aud (the issuer or the token endpoint), exp and jti are checked, and a jti used twice is refused.</source>
        <translation>Un cliente confidencial que se autentica con un JWT firmado por su clave privada (RFC 7523 §2.2): la clave pública se registra con keyway sandbox client-key keyway-sandbox-private-key-jwt ARCHIVO; se comprueban la firma, iss y sub, aud (el emisor o el punto de conexión de tokens), exp y jti de la aserción, y un jti usado dos veces se rechaza.</translation>
    </message>
    <message>
        <source>sign a new assertion with a fresh jti and a short exp for every token request, addressed to the issuer, and keep the private key in the keychain only.</source>
        <translation>firmar una nueva aserción con un jti nuevo y un exp corto en cada solicitud de token, dirigida al emisor, y guardar la clave privada solo en el llavero.</translation>
    </message>
    <message>
        <source>device flow slow_down</source>
        <translation>flujo de dispositivo slow_down</translation>
    </message>
    <message>
        <source>The device flow answers authorization_pending until the user approves (and to the first poll of every device code, however quick the user), and slow_down to the second; every slow_down adds 5 s to the interval, and a poll sooner than that is answered slow_down again (RFC 8628 §3.5).</source>
        <translation>El flujo de dispositivo responde authorization_pending hasta que el usuario aprueba (y al primer sondeo de cada código de dispositivo, por rápido que sea el usuario), y slow_down al segundo; cada slow_down suma 5 s al intervalo, y un sondeo anterior recibe de nuevo slow_down (RFC 8628 §3.5).</translation>
    </message>
    <message>
        <source>keep polling on authorization_pending, add 5 s to its interval for good on slow_down and connect once the user approves.</source>
        <translation>seguir sondeando ante authorization_pending, sumar 5 s a su intervalo de forma permanente ante slow_down y conectar en cuanto el usuario apruebe.</translation>
    </message>
    <message>
        <source>expiring refresh tokens</source>
        <translation>tokens de actualización que caducan</translation>
    </message>
    <message>
        <source>Refresh tokens die when left unused for 2 minutes, as Microsoft&apos;s do after 90 days and Xero&apos;s after 60, and every grant ends 10 minutes after consent, used or not, as QuickBooks&apos; do after five years: the token endpoint answers invalid_grant. Each refresh returns a new refresh token with 2 minutes to live.</source>
        <translation>Los tokens de actualización mueren tras 2 minutos sin uso, como los de Microsoft a los 90 días y los de Xero a los 60, y toda concesión termina 10 minutos después del consentimiento, se use o no, como las de QuickBooks a los cinco años: el punto de conexión de tokens responde invalid_grant. Cada actualización devuelve un nuevo token de actualización con 2 minutos de vida.</translation>
    </message>
    <message>
        <source>renew a refresh token that would lapse unused (keyway keep-alive, or the window left running), warn &quot;Reconnect before&quot; as the grant&apos;s end nears, and once it has ended mark the connection as needing re-authorization.</source>
        <translation>renovar un token de actualización que caducaría sin uso (keyway keep-alive, o la ventana abierta), avisar «Volver a conectar antes de» cuando se acerque el fin de la concesión y, una vez terminada, marcar la conexión como pendiente de reautorización.</translation>
    </message>
    <message>
        <source>DPoP</source>
        <translation>DPoP</translation>
    </message>
    <message>
        <source>A public client whose tokens are bound to a key (DPoP, RFC 9449): every token request must carry a proof signed by the client&apos;s key, and the proof is checked as §4.3 says (typ, an asymmetric alg, the signature with its own jwk, method, URL, age, a jti used once). Access tokens come as token_type DPoP bound with cnf.jkt, refresh tokens stay bound to the same key, and the token endpoint and the demo API demand the sandbox&apos;s nonce (use_dpop_nonce). The API refuses a bound token sent as Bearer or with a proof signed by another key.</source>
        <translation>Un cliente público cuyos tokens están vinculados a una clave (DPoP, RFC 9449): cada solicitud de token debe llevar una prueba firmada con la clave del cliente, y la prueba se comprueba como dice el §4.3 (typ, un alg asimétrico, la firma con su propio jwk, método, URL, antigüedad, un jti usado una sola vez). Los tokens de acceso llegan con token_type DPoP vinculados con cnf.jkt, los tokens de actualización siguen vinculados a la misma clave, y el endpoint de tokens y la API de demostración exigen el nonce del sandbox (use_dpop_nonce). La API rechaza un token vinculado enviado como Bearer o con una prueba firmada por otra clave.</translation>
    </message>
    <message>
        <source>make a key pair for the connection, sign a new proof for every token, refresh and API request, send the request once more with the nonce the sandbox asks for, and call the API with the DPoP scheme.</source>
        <translation>crear un par de claves para la conexión, firmar una prueba nueva para cada solicitud de token, de renovación y de API, enviar la solicitud una vez más con el nonce que pide el sandbox y llamar a la API con el esquema DPoP.</translation>
    </message>
    <message>
        <source>mutual TLS</source>
        <translation>TLS mutuo</translation>
    </message>
    <message>
        <source>A confidential client that authenticates with a self-signed TLS client certificate (RFC 8705 §2.2, self_signed_tls_client_auth) at the sandbox&apos;s TLS listener, https://127.0.0.1:47232, which discovery names in mtls_endpoint_aliases. The certificate is made and registered with keyway sandbox client-cert --out FOLDER; a request without it, or with another one, is refused with 401 invalid_client. Access tokens are bound to it (cnf x5t#S256, RFC 8705 §3.1), and the demo API and userinfo at the TLS listener refuse a bound token sent over a connection without that certificate (401 invalid_token).</source>
        <translation>Un cliente confidencial que se autentica con un certificado de cliente TLS autofirmado (RFC 8705 §2.2, self_signed_tls_client_auth) en el listener TLS del sandbox, https://127.0.0.1:47232, que el discovery indica en mtls_endpoint_aliases. El certificado se crea y registra con keyway sandbox client-cert --out CARPETA; una solicitud sin él, o con otro, se rechaza con 401 invalid_client. Los tokens de acceso quedan vinculados a él (cnf x5t#S256, RFC 8705 §3.1), y la API de demostración y userinfo del listener TLS rechazan un token vinculado enviado por una conexión sin ese certificado (401 invalid_token).</translation>
    </message>
    <message>
        <source>trust the sandbox&apos;s self-signed server certificate for its TLS origin only, present the client certificate to the token endpoint alias and the API, keep its private key in the keychain, and call the API with the bound token.</source>
        <translation>confiar en el certificado de servidor autofirmado del sandbox solo para su origen TLS, presentar el certificado de cliente al alias del endpoint de tokens y a la API, guardar su clave privada en el llavero y llamar a la API con el token vinculado.</translation>
    </message>
</context>
<context>
    <name>SandboxStore</name>
    <message>
        <source>The Keyway Sandbox cannot open its store %1.</source>
        <translation>Keyway Sandbox no puede abrir su almacén %1.</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>en memoria</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>not a usable SQLite database: %1</source>
        <translation>no es una base de datos SQLite utilizable: %1</translation>
    </message>
    <message>
        <source>made by a newer Keyway (schema %1)</source>
        <translation>creada por un Keyway más reciente (esquema %1)</translation>
    </message>
    <message>
        <source>The Keyway Sandbox cannot set up its store.</source>
        <translation>La Keyway Sandbox no puede preparar su almacén.</translation>
    </message>
</context>
<context>
    <name>SandboxTls</name>
    <message>
        <source>The Keyway Sandbox&apos;s TLS certificate cannot be read.</source>
        <translation>No se puede leer el certificado TLS del Keyway Sandbox.</translation>
    </message>
    <message>
        <source>The Keyway Sandbox could not make its TLS certificate.</source>
        <translation>El Keyway Sandbox no pudo crear su certificado TLS.</translation>
    </message>
</context>
<context>
    <name>SaveExchangedDialog</name>
    <message>
        <source>Save the exchanged token as a connection</source>
        <translation>Guardar el token intercambiado como conexión</translation>
    </message>
    <message>
        <source>Keeps the exchanged token in the keychain as a new connection, so the request console and the command line can call the other service with it. It is sent as it is, only to the API base below, and never renewed: once it expires, exchange again.</source>
        <translation>Guarda el token intercambiado en el llavero como una nueva conexión, para que la consola de peticiones y la línea de órdenes puedan llamar con él al otro servicio. Se envía tal cual, solo a la base de API de abajo, y nunca se renueva: cuando caduque, vuelva a intercambiarlo.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Name of the new connection</source>
        <translation>Nombre de la nueva conexión</translation>
    </message>
    <message>
        <source>&amp;API base URL:</source>
        <translation>URL base de la &amp;API:</translation>
    </message>
    <message>
        <source>API base URL of the service the token is for</source>
        <translation>URL base de la API del servicio al que va destinado el token</translation>
    </message>
    <message>
        <source>https://api.example.com/</source>
        <translation>https://api.example.com/</translation>
    </message>
    <message>
        <source>Why the connection cannot be saved yet</source>
        <translation>Por qué aún no puede guardarse la conexión</translation>
    </message>
</context>
<context>
    <name>ScopesPanel</name>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>What Keyway may do with this account. The integration&apos;s usual permissions are ticked; tick more or fewer, or type the provider&apos;s own scope names.</source>
        <translation>Lo que Keyway puede hacer con esta cuenta. Los permisos habituales de la integración están marcados; marque más o menos, o escriba los nombres de ámbito propios del proveedor.</translation>
    </message>
    <message>
        <source>Permissions to request</source>
        <translation>Permisos que solicitar</translation>
    </message>
    <message>
        <source>Space toggles a permission</source>
        <translation>Espacio activa o desactiva un permiso</translation>
    </message>
    <message>
        <source>&amp;More scopes:</source>
        <translation>&amp;Más ámbitos:</translation>
    </message>
    <message>
        <source>Provider scopes or Keyway permission ids, separated by spaces</source>
        <translation>Ámbitos del proveedor o ID de permisos de Keyway, separados por espacios</translation>
    </message>
    <message>
        <source>Additional scopes</source>
        <translation>Ámbitos adicionales</translation>
    </message>
    <message>
        <source>Scopes that will be requested</source>
        <translation>Ámbitos que se solicitarán</translation>
    </message>
    <message>
        <source>Scope warnings</source>
        <translation>Avisos sobre los ámbitos</translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificate</name>
    <message>
        <source>A certificate could not be made.</source>
        <translation>No se pudo crear un certificado.</translation>
    </message>
</context>
<context>
    <name>ServiceAccountKey</name>
    <message>
        <source>The service account key file is empty.</source>
        <translation>El archivo de clave de la cuenta de servicio está vacío.</translation>
    </message>
    <message>
        <source>The service account key file is not valid JSON.</source>
        <translation>El archivo de clave de la cuenta de servicio no es JSON válido.</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 en la posición %2</translation>
    </message>
    <message>
        <source>The service account key file is not valid: expected a JSON object.</source>
        <translation>El archivo de clave de la cuenta de servicio no es válido: se esperaba un objeto JSON.</translation>
    </message>
    <message>
        <source>The service account key file has no &quot;%1&quot;.</source>
        <translation>El archivo de clave de la cuenta de servicio no tiene «%1».</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; of the service account key file must be a non-empty string.</source>
        <translation>El «%1» del archivo de clave de la cuenta de servicio debe ser una cadena no vacía.</translation>
    </message>
    <message>
        <source>This is not a service account key file: its &quot;type&quot; is &quot;%1&quot;, not &quot;service_account&quot;.</source>
        <translation>No es un archivo de clave de cuenta de servicio: su «type» es «%1», no «service_account».</translation>
    </message>
    <message>
        <source>The &quot;client_email&quot; of the service account key file is not an e-mail address.</source>
        <translation>El «client_email» del archivo de clave de la cuenta de servicio no es una dirección de correo.</translation>
    </message>
    <message>
        <source>The &quot;token_uri&quot; of the service account key file is not an https URL.</source>
        <translation>El «token_uri» del archivo de clave de la cuenta de servicio no es una URL https.</translation>
    </message>
    <message>
        <source>The &quot;private_key&quot; of the service account key file cannot be used: %1</source>
        <translation>El «private_key» del archivo de clave de la cuenta de servicio no se puede usar: %1</translation>
    </message>
    <message numerus="yes">
        <source>This file is too large to be a service account key (%n byte(s)).</source>
        <translation>
            <numerusform>Este archivo es demasiado grande para ser una clave de cuenta de servicio (%n byte).</numerusform>
            <numerusform>Este archivo es demasiado grande para ser una clave de cuenta de servicio (%n bytes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Sign-in and refresh</source>
        <translation>Inicio de sesión y actualización</translation>
    </message>
    <message>
        <source>&amp;Browser command:</source>
        <translation>Orden del &amp;navegador:</translation>
    </message>
    <message>
        <source>System browser</source>
        <translation>Navegador del sistema</translation>
    </message>
    <message>
        <source>Browser command</source>
        <translation>Orden del navegador</translation>
    </message>
    <message>
        <source>Command that opens sign-in pages; %u or %s is replaced by the address (otherwise it is added at the end). Empty uses the system browser.</source>
        <translation>Orden que abre las páginas de inicio de sesión; %u o %s se sustituye por la dirección (si no, se añade al final). Vacía usa el navegador del sistema.</translation>
    </message>
    <message>
        <source>For example: firefox --private-window %u (%s works too; without either, the address is added at the end)</source>
        <translation>Por ejemplo: firefox --private-window %u (%s también sirve; sin ninguno, la dirección se añade al final)</translation>
    </message>
    <message>
        <source>Refresh &amp;before expiry:</source>
        <translation>Actualizar &amp;antes de caducar:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Refresh lead time in seconds</source>
        <translation>Antelación de la actualización en segundos</translation>
    </message>
    <message>
        <source>&amp;Keep grants alive daily, even when Keyway is closed</source>
        <translation>&amp;Mantener las concesiones cada día, aunque Keyway esté cerrado</translation>
    </message>
    <message>
        <source>A systemd user timer runs keyway keep-alive every day: refresh tokens that would lapse unused are renewed, and grants near their end are reported (keyway keep-alive --install)</source>
        <translation>Un temporizador de usuario de systemd ejecuta keyway keep-alive cada día: se renuevan los tokens de actualización que caducarían sin uso y se informa de las concesiones cercanas a su fin (keyway keep-alive --install)</translation>
    </message>
    <message>
        <source>Installs or removes a systemd user timer that runs keyway keep-alive daily</source>
        <translation>Instala o quita un temporizador de usuario de systemd que ejecuta keyway keep-alive a diario</translation>
    </message>
    <message>
        <source>Network proxy</source>
        <translation>Proxy de red</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Usar la configuración de proxy del &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>&amp;Sin proxy</translation>
    </message>
    <message>
        <source>&amp;HTTP proxy:</source>
        <translation>Proxy &amp;HTTP:</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Host del proxy</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Puerto del proxy</translation>
    </message>
    <message>
        <source>Extra trusted CA certificates</source>
        <translation>Certificados de CA adicionales de confianza</translation>
    </message>
    <message>
        <source>PEM files trusted in addition to the system&apos;s certificates, for company proxies or private identity providers.</source>
        <translation>Archivos PEM de confianza además de los certificados del sistema, para proxies de empresa o proveedores de identidad privados.</translation>
    </message>
    <message>
        <source>Extra CA certificate files</source>
        <translation>Archivos de certificados de CA adicionales</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Add CA certificate file</source>
        <translation>Añadir un archivo de certificado de CA</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove selected CA certificate file</source>
        <translation>Quitar el archivo de certificado de CA seleccionado</translation>
    </message>
    <message>
        <source>Keyway follows the system&apos;s light or dark appearance.</source>
        <translation>Keyway sigue la apariencia clara u oscura del sistema.</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Idioma y apariencia</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of Keyway&apos;s window and command line. It applies when Keyway next starts; the KEYWAY_LANGUAGE environment variable overrides it.</source>
        <translation>El idioma de la ventana y de la línea de órdenes de Keyway. Se aplica la próxima vez que se inicie Keyway; la variable de entorno KEYWAY_LANGUAGE tiene prioridad.</translation>
    </message>
    <message>
        <source>A new language applies when Keyway next starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie Keyway.</translation>
    </message>
</context>
<context>
    <name>SetupGuide</name>
    <message>
        <source>An app redirect (RFC 8252 §7.1): the browser hands it to Keyway through the desktop, so Keyway must be installed with its desktop files.</source>
        <translation>Una redirección de aplicación (RFC 8252 §7.1): el navegador la entrega a Keyway a través del escritorio, así que Keyway debe estar instalado con sus archivos de escritorio.</translation>
    </message>
    <message>
        <source>Register it exactly, port included: the provider compares the whole URI, so Keyway always listens on port %1 for it.</source>
        <translation>Regístrela exactamente, puerto incluido: el proveedor compara la URI completa, así que Keyway siempre escucha en el puerto %1 para ella.</translation>
    </message>
    <message>
        <source>Any port: Keyway listens on a free port chosen for each sign-in, and the provider accepts any port on a loopback redirect URI (RFC 8252 §7.3). Register the address as shown.</source>
        <translation>Cualquier puerto: Keyway escucha en un puerto libre elegido para cada inicio de sesión, y el proveedor acepta cualquier puerto en una URI de redirección de bucle local (RFC 8252 §7.3). Registre la dirección tal como se muestra.</translation>
    </message>
    <message>
        <source>A public client (no client secret): Keyway proves the sign-in with PKCE (RFC 7636); give Keyway the client ID only.</source>
        <translation>Un cliente público (sin secreto de cliente): Keyway acredita el inicio de sesión con PKCE (RFC 7636); dé a Keyway solo el ID de cliente.</translation>
    </message>
    <message>
        <source>A confidential client that authenticates with a key pair (private_key_jwt): register the public key and give Keyway the private one.</source>
        <translation>Un cliente confidencial que se autentica con un par de claves (private_key_jwt): registre la clave pública y dé a Keyway la privada.</translation>
    </message>
    <message>
        <source>A confidential client (with a client secret): give Keyway the client ID and the secret.</source>
        <translation>Un cliente confidencial (con secreto de cliente): dé a Keyway el ID de cliente y el secreto.</translation>
    </message>
    <message>
        <source>A confidential client (with a client secret, sent as %1): give Keyway the client ID and the secret.</source>
        <translation>Un cliente confidencial (con secreto de cliente, enviado por %1): dé a Keyway el ID de cliente y el secreto.</translation>
    </message>
    <message>
        <source>(no redirect URI: this provider accepts none for a desktop app, see above)</source>
        <translation>(sin URI de redirección: este proveedor no acepta ninguna para una aplicación de escritorio, véase arriba)</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Consola</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentación</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirección</translation>
    </message>
    <message>
        <source>none: %1</source>
        <translation>ninguna: %1</translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation>URI de redirección que registrar</translation>
    </message>
    <message>
        <source>Client type</source>
        <translation>Tipo de cliente</translation>
    </message>
    <message>
        <source>Public client ID</source>
        <translation>ID de cliente público</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>Setup:</source>
        <translation>Configuración:</translation>
    </message>
    <message>
        <source>Notes: </source>
        <translation>Notas: </translation>
    </message>
    <message>
        <source>A confidential client that authenticates with a TLS client certificate (%1): give Keyway the client ID, the certificate and its private key.</source>
        <translation>Un cliente confidencial que se autentica con un certificado de cliente TLS (%1): dé a Keyway el ID de cliente, el certificado y su clave privada.</translation>
    </message>
</context>
<context>
    <name>SetupText</name>
    <message>
        <source>&lt;p&gt;Developer console: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Consola de desarrolladores: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Every action of the window can be reached from the keyboard. Tab moves between fields, the menu key or Shift+F10 opens a list&apos;s context menu.</source>
        <translation>Cada acción de la ventana se puede hacer con el teclado. Tab pasa de un campo a otro; la tecla de menú o Mayús+F10 abre el menú contextual de una lista.</translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Caduca pronto</translation>
    </message>
    <message>
        <source>Needs re-authorization</source>
        <translation>Requiere reautorización</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Temporary problem</source>
        <translation>Problema temporal</translation>
    </message>
    <message>
        <source>Keyway is still connecting this account.</source>
        <translation>Keyway todavía está conectando esta cuenta.</translation>
    </message>
    <message>
        <source>The credential is present and believed valid.</source>
        <translation>La credencial está presente y se considera válida.</translation>
    </message>
    <message>
        <source>The access token expires soon and could not be refreshed yet.</source>
        <translation>El token de acceso caduca pronto y aún no se ha podido actualizar.</translation>
    </message>
    <message>
        <source>The provider no longer accepts the grant. Reconnect to sign in again.</source>
        <translation>El proveedor ya no acepta la concesión. Vuelva a conectar para iniciar sesión de nuevo.</translation>
    </message>
    <message>
        <source>This connection was disconnected or revoked.</source>
        <translation>Esta conexión se desconectó o se revocó.</translation>
    </message>
    <message>
        <source>Something failed that a retry cannot fix: see the detail, correct it, then reconnect.</source>
        <translation>Algo falló que un reintento no arreglará: lea el detalle, corríjalo y vuelva a conectar.</translation>
    </message>
    <message>
        <source>The last attempt failed for a reason that usually passes (no answer, a server error, the keychain). The tokens are kept and Keyway tries again; the next success clears this.</source>
        <translation>El último intento falló por un motivo que suele pasar (sin respuesta, un error del servidor, el llavero). Los tokens se conservan y Keyway lo reintenta; el próximo éxito borra esto.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>&amp;Export diagnostic bundle…</source>
        <translation>&amp;Exportar un paquete de diagnóstico…</translation>
    </message>
    <message>
        <source>Shows what the bundle holds (events, request history, decoded claims, versions; never a secret) before saving it</source>
        <translation>Muestra lo que contiene el paquete (eventos, historial de solicitudes, claims decodificadas, versiones; nunca un secreto) antes de guardarlo</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>Buscar en la cronología</translation>
    </message>
    <message>
        <source>Shows only events whose text, step, outcome, detail or HTTP status contain every word typed</source>
        <translation>Muestra solo los eventos cuyo texto, paso, resultado, detalle o estado HTTP contiene cada palabra escrita</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Copy &amp;row</source>
        <translation>Copiar la &amp;fila</translation>
    </message>
    <message>
        <source>Copy the selected event as text (Ctrl+C)</source>
        <translation>Copiar el evento seleccionado como texto (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy the selected event</source>
        <translation>Copiar el evento seleccionado</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>Copiar &amp;todo</translation>
    </message>
    <message>
        <source>Copy every event shown as text, with a header line</source>
        <translation>Copiar como texto cada evento mostrado, con una línea de cabecera</translation>
    </message>
    <message>
        <source>Copy all events shown</source>
        <translation>Copiar todos los eventos mostrados</translation>
    </message>
    <message>
        <source>Flow timeline</source>
        <translation>Cronología del flujo</translation>
    </message>
    <message>
        <source>Selected event detail</source>
        <translation>Detalle del evento seleccionado</translation>
    </message>
    <message>
        <source>Select an event to read its full detail.</source>
        <translation>Seleccione un evento para leer su detalle completo.</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>Connection id (or a unique prefix), name, account, or integration id (its default)</source>
        <translation>Id. de la conexión (o un prefijo único), nombre, cuenta o id. de integración (su predeterminada)</translation>
    </message>
    <message>
        <source>Refresh the token first</source>
        <translation>Actualizar primero el token</translation>
    </message>
    <message>
        <source>token (the token alone, the default), json ({access_token, token_type, expires_at, scope}) or kubernetes (an ExecCredential for kubeconfig&apos;s exec plugin)</source>
        <translation>token (solo el token, el predeterminado), json ({access_token, token_type, expires_at, scope}) o kubernetes (un ExecCredential para el plugin exec de kubeconfig)</translation>
    </message>
    <message>
        <source>give exactly one CONNECTION</source>
        <translation>indique exactamente una CONNECTION</translation>
    </message>
    <message>
        <source>--format is token, json or kubernetes</source>
        <translation>--format es token, json o kubernetes</translation>
    </message>
    <message>
        <source>a Basic credential has no kubernetes form: use --format json</source>
        <translation>una credencial Basic no tiene forma kubernetes: use --format json</translation>
    </message>
    <message>
        <source>Print a connection&apos;s access token</source>
        <translation>Mostrar el token de acceso de una conexión</translation>
    </message>
    <message>
        <source>The same as --format json</source>
        <translation>Lo mismo que --format json</translation>
    </message>
    <message>
        <source>With --exchange: the service the new token is for</source>
        <translation>Con --exchange: el servicio al que va destinado el nuevo token</translation>
    </message>
    <message>
        <source>With --exchange: the URI of the service the new token is for (repeatable)</source>
        <translation>Con --exchange: el URI del servicio al que va destinado el nuevo token (repetible)</translation>
    </message>
    <message>
        <source>With --exchange: the scopes asked for, space-separated</source>
        <translation>Con --exchange: los scopes solicitados, separados por espacios</translation>
    </message>
    <message>
        <source>With --exchange: the token type asked for (a URI, e.g. urn:ietf:params:oauth:token-type:jwt)</source>
        <translation>Con --exchange: el tipo de token solicitado (un URI, p. ej. urn:ietf:params:oauth:token-type:jwt)</translation>
    </message>
    <message>
        <source>--%1 goes with --exchange</source>
        <translation>--%1 va con --exchange</translation>
    </message>
    <message>
        <source>--exchange prints the token alone or --json; it takes no --refresh</source>
        <translation>--exchange imprime solo el token o --json; no admite --refresh</translation>
    </message>
    <message>
        <source>--exchange needs --audience AUD or --resource URI: the service the token is for</source>
        <translation>--exchange necesita --audience AUD o --resource URI: el servicio al que va destinado el token</translation>
    </message>
    <message>
        <source>For a DPoP-bound token (RFC 9449): also print a fresh proof for one request, --method and --url (the token on the first line, the proof on the second; &quot;dpop_proof&quot; with --json). Send them as &quot;Authorization: DPoP TOKEN&quot; and &quot;DPoP: PROOF&quot;, once, within a few minutes</source>
        <translation>Para un token vinculado a DPoP (RFC 9449): imprimir además una prueba nueva para una solicitud, --method y --url (el token en la primera línea, la prueba en la segunda; «dpop_proof» con --json). Envíelos como «Authorization: DPoP TOKEN» y «DPoP: PROOF», una sola vez, en pocos minutos</translation>
    </message>
    <message>
        <source>With --dpop-proof: the request&apos;s HTTP method (default GET)</source>
        <translation>Con --dpop-proof: el método HTTP de la solicitud (GET por omisión)</translation>
    </message>
    <message>
        <source>With --dpop-proof: the request&apos;s URL, absolute or relative to the API base URL (one of the connection&apos;s own origins)</source>
        <translation>Con --dpop-proof: la URL de la solicitud, absoluta o relativa a la URL base de la API (uno de los orígenes propios de la conexión)</translation>
    </message>
    <message>
        <source>--%1 goes with --dpop-proof</source>
        <translation>--%1 va con --dpop-proof</translation>
    </message>
    <message>
        <source>--dpop-proof needs --url URL (and --method METHOD unless it is GET): the request the proof is for</source>
        <translation>--dpop-proof necesita --url URL (y --method METHOD si no es GET): la solicitud a la que corresponde la prueba</translation>
    </message>
    <message>
        <source>the access token of %1 is bound to its DPoP key (RFC 9449): a server accepts it only with a fresh proof for each request, which kubectl cannot send. Give kubectl a connection made without --dpop.</source>
        <translation>el token de acceso de %1 está vinculado a su clave DPoP (RFC 9449): un servidor solo lo acepta con una prueba nueva para cada solicitud, que kubectl no puede enviar. Dé a kubectl una conexión creada sin --dpop.</translation>
    </message>
    <message>
        <source>warning: this access token is bound to the DPoP key of %1 (RFC 9449): a server accepts it only with a fresh proof for each request (keyway token %1 --dpop-proof --method METHOD --url URL).</source>
        <translation>aviso: este token de acceso está vinculado a la clave DPoP de %1 (RFC 9449): un servidor solo lo acepta con una prueba nueva para cada solicitud (keyway token %1 --dpop-proof --method METHOD --url URL).</translation>
    </message>
    <message>
        <source>--dpop-proof prints the token and its proof as text or --json; it goes with neither --exchange nor --format kubernetes</source>
        <translation>--dpop-proof imprime el token y su prueba como texto o con --json; no va ni con --exchange ni con --format kubernetes</translation>
    </message>
    <message>
        <source>With --dpop-proof: the nonce the server asked for in its DPoP-Nonce header, to put in the proof</source>
        <translation>Con --dpop-proof: el nonce que el servidor pidió en su cabecera DPoP-Nonce, para incluirlo en la prueba</translation>
    </message>
    <message>
        <source>Exchange the access token for one aimed at another service (RFC 8693); it is printed, not stored, unless --save-as keeps it</source>
        <translation>Intercambiar el token de acceso por uno destinado a otro servicio (RFC 8693); se imprime, no se guarda, salvo que --save-as lo guarde</translation>
    </message>
    <message>
        <source>With --exchange: keep the exchanged token as a new connection named NAME and print its id instead of the token (with --json, as &quot;connection_id&quot;). It is kept in the keychain, sent as it is only to the service it is for, and never renewed: exchange again once it expires</source>
        <translation>Con --exchange: guardar el token intercambiado como una nueva conexión llamada NAME e imprimir su id en lugar del token (con --json, como &quot;connection_id&quot;). Se guarda en el llavero, se envía tal cual solo al servicio al que va destinado y nunca se renueva: vuelva a intercambiarlo cuando caduque</translation>
    </message>
    <message>
        <source>With --save-as: the API base URL of the service the token is for (https, or http on loopback); needed when neither the audience nor a resource is an https URL</source>
        <translation>Con --save-as: la URL base de la API del servicio al que va destinado el token (https, o http en loopback); necesaria cuando ni la audiencia ni un recurso es una URL https</translation>
    </message>
    <message>
        <source>--api-base goes with --save-as</source>
        <translation>--api-base va con --save-as</translation>
    </message>
    <message>
        <source>%1 Use --api-base URL.</source>
        <translation>%1 Use --api-base URL.</translation>
    </message>
    <message>
        <source>--save-as needs a name for the new connection</source>
        <translation>--save-as necesita un nombre para la nueva conexión</translation>
    </message>
</context>
<context>
    <name>TokenExchangeDialog</name>
    <message>
        <source>Exchange the access token</source>
        <translation>Intercambiar el token de acceso</translation>
    </message>
    <message>
        <source>Asks the provider for a token aimed at another service, in exchange for this connection&apos;s access token (RFC 8693). The new token is shown here and not kept: the connection keeps its own.</source>
        <translation>Pide al proveedor un token destinado a otro servicio, a cambio del token de acceso de esta conexión (RFC 8693). El nuevo token se muestra aquí y no se guarda: la conexión conserva el suyo.</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Audiencia:</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>The service the token is for</source>
        <translation>El servicio al que va destinado el token</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Recurso:</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>https://api.example.com/ (optional)</source>
        <translation>https://api.example.com/ (opcional)</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>Á&amp;mbitos:</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>Space-separated (optional)</source>
        <translation>Separados por espacios (opcional)</translation>
    </message>
    <message>
        <source>Token &amp;type:</source>
        <translation>&amp;Tipo de token:</translation>
    </message>
    <message>
        <source>Requested token type</source>
        <translation>Tipo de token solicitado</translation>
    </message>
    <message>
        <source>urn:ietf:params:oauth:token-type:… (optional)</source>
        <translation>urn:ietf:params:oauth:token-type:… (opcional)</translation>
    </message>
</context>
<context>
    <name>TokenInspector</name>
    <message>
        <source>Token inspector status</source>
        <translation>Estado del inspector de tokens</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Reload tokens from the keychain</source>
        <translation>Recargar los tokens desde el llavero</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
</context>
<context>
    <name>TokenResponseParser</name>
    <message>
        <source>a token response</source>
        <translation>una respuesta de token</translation>
    </message>
    <message>
        <source>The provider&apos;s answer did not contain an access token.</source>
        <translation>La respuesta del proveedor no contenía un token de acceso.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer contained an access token Keyway cannot use.</source>
        <translation>La respuesta del proveedor contenía un token de acceso que Keyway no puede usar.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer contained an empty access token.</source>
        <translation>La respuesta del proveedor contenía un token de acceso vacío.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer contained a refresh token Keyway cannot use.</source>
        <translation>La respuesta del proveedor contenía un token de actualización que Keyway no puede usar.</translation>
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
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Signature status</source>
        <translation>Estado de la firma</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Introspect</source>
        <translation>Introspección</translation>
    </message>
    <message>
        <source>Ask the provider what this token means (RFC 7662)</source>
        <translation>Preguntar al proveedor qué significa este token (RFC 7662)</translation>
    </message>
    <message>
        <source>Token binding</source>
        <translation>Vinculación del token</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>en</source>
        <comment>The language code of this translation (de, fr, es, ja): the window says when provider text is in English</comment>
        <translation>es</translation>
    </message>
</context>
<context>
    <name>UnifiedScope</name>
    <message>
        <source>Sign the user in and receive an ID token (OpenID Connect)</source>
        <translation>Iniciar la sesión del usuario y recibir un token de ID (OpenID Connect)</translation>
    </message>
    <message>
        <source>Keep access when the user is away (refresh tokens)</source>
        <translation>Mantener el acceso cuando el usuario no está (tokens de actualización)</translation>
    </message>
    <message>
        <source>Read the signed-in user&apos;s basic profile</source>
        <translation>Leer el perfil básico del usuario que inició sesión</translation>
    </message>
    <message>
        <source>Read the signed-in user&apos;s email address</source>
        <translation>Leer la dirección de correo del usuario que inició sesión</translation>
    </message>
    <message>
        <source>Read the organisation&apos;s users and groups</source>
        <translation>Leer los usuarios y grupos de la organización</translation>
    </message>
    <message>
        <source>Read CRM contacts</source>
        <translation>Leer los contactos del CRM</translation>
    </message>
    <message>
        <source>Create and update CRM contacts</source>
        <translation>Crear y actualizar contactos del CRM</translation>
    </message>
    <message>
        <source>Read CRM companies and accounts</source>
        <translation>Leer las empresas y cuentas del CRM</translation>
    </message>
    <message>
        <source>Create and update CRM companies and accounts</source>
        <translation>Crear y actualizar empresas y cuentas del CRM</translation>
    </message>
    <message>
        <source>Read CRM deals and opportunities</source>
        <translation>Leer los negocios y oportunidades del CRM</translation>
    </message>
    <message>
        <source>Create and update CRM deals and opportunities</source>
        <translation>Crear y actualizar negocios y oportunidades del CRM</translation>
    </message>
    <message>
        <source>Read calendar events</source>
        <translation>Leer eventos del calendario</translation>
    </message>
    <message>
        <source>Create, update and delete calendar events</source>
        <translation>Crear, actualizar y eliminar eventos del calendario</translation>
    </message>
    <message>
        <source>Read email messages</source>
        <translation>Leer mensajes de correo</translation>
    </message>
    <message>
        <source>Send email on the user&apos;s behalf</source>
        <translation>Enviar correo en nombre del usuario</translation>
    </message>
    <message>
        <source>Read files and folders</source>
        <translation>Leer archivos y carpetas</translation>
    </message>
    <message>
        <source>Create, update and delete files and folders</source>
        <translation>Crear, actualizar y eliminar archivos y carpetas</translation>
    </message>
    <message>
        <source>Read messages</source>
        <translation>Leer mensajes</translation>
    </message>
    <message>
        <source>Post messages</source>
        <translation>Publicar mensajes</translation>
    </message>
    <message>
        <source>List channels and conversations</source>
        <translation>Listar canales y conversaciones</translation>
    </message>
    <message>
        <source>Read invoices</source>
        <translation>Leer facturas</translation>
    </message>
    <message>
        <source>Create and update invoices</source>
        <translation>Crear y actualizar facturas</translation>
    </message>
    <message>
        <source>Read accounting customers and contacts</source>
        <translation>Leer clientes y contactos de contabilidad</translation>
    </message>
    <message>
        <source>Create and update accounting customers and contacts</source>
        <translation>Crear y actualizar clientes y contactos de contabilidad</translation>
    </message>
    <message>
        <source>Read financial reports</source>
        <translation>Leer informes financieros</translation>
    </message>
    <message>
        <source>Read support tickets</source>
        <translation>Leer tickets de soporte</translation>
    </message>
    <message>
        <source>Create and update support tickets</source>
        <translation>Crear y actualizar tickets de soporte</translation>
    </message>
    <message>
        <source>Read employee records</source>
        <translation>Leer fichas de empleados</translation>
    </message>
    <message>
        <source>Create and update employee records</source>
        <translation>Crear y actualizar fichas de empleados</translation>
    </message>
    <message>
        <source>Read job candidates and applications</source>
        <translation>Leer candidatos y candidaturas</translation>
    </message>
    <message>
        <source>Read job postings</source>
        <translation>Leer ofertas de empleo</translation>
    </message>
    <message>
        <source>Read source code repositories</source>
        <translation>Leer repositorios de código fuente</translation>
    </message>
    <message>
        <source>Push to and administer source code repositories</source>
        <translation>Enviar cambios a repositorios de código fuente y administrarlos</translation>
    </message>
    <message>
        <source>Read issues and pull requests</source>
        <translation>Leer incidencias y pull requests</translation>
    </message>
    <message>
        <source>Create and update issues and pull requests</source>
        <translation>Crear y actualizar incidencias y pull requests</translation>
    </message>
    <message>
        <source>Read payments and charges</source>
        <translation>Leer pagos y cargos</translation>
    </message>
    <message>
        <source>Create and refund payments and charges</source>
        <translation>Crear y reembolsar pagos y cargos</translation>
    </message>
    <message>
        <source>Read payment customers</source>
        <translation>Leer clientes de pagos</translation>
    </message>
    <message>
        <source>Read marketing lists and audiences</source>
        <translation>Leer listas y audiencias de marketing</translation>
    </message>
    <message>
        <source>Manage marketing lists and audiences</source>
        <translation>Gestionar listas y audiencias de marketing</translation>
    </message>
    <message>
        <source>Read marketing campaigns</source>
        <translation>Leer campañas de marketing</translation>
    </message>
    <message>
        <source>Create and send marketing campaigns</source>
        <translation>Crear y enviar campañas de marketing</translation>
    </message>
    <message>
        <source>Read store orders</source>
        <translation>Leer pedidos de la tienda</translation>
    </message>
    <message>
        <source>Create and update store orders</source>
        <translation>Crear y actualizar pedidos de la tienda</translation>
    </message>
    <message>
        <source>Read store products</source>
        <translation>Leer productos de la tienda</translation>
    </message>
    <message>
        <source>Create and update store products</source>
        <translation>Crear y actualizar productos de la tienda</translation>
    </message>
    <message>
        <source>Read store customers</source>
        <translation>Leer clientes de la tienda</translation>
    </message>
    <message>
        <source>Read documents, pages and notes</source>
        <translation>Leer documentos, páginas y notas</translation>
    </message>
    <message>
        <source>Create and update documents, pages and notes</source>
        <translation>Crear y actualizar documentos, páginas y notas</translation>
    </message>
    <message>
        <source>Read tasks and projects</source>
        <translation>Leer tareas y proyectos</translation>
    </message>
    <message>
        <source>Create and update tasks and projects</source>
        <translation>Crear y actualizar tareas y proyectos</translation>
    </message>
    <message>
        <source>Read analytics data and reports</source>
        <translation>Leer datos e informes de analítica</translation>
    </message>
    <message>
        <source>Read meetings and recordings</source>
        <translation>Leer reuniones y grabaciones</translation>
    </message>
    <message>
        <source>Create and update meetings</source>
        <translation>Crear y actualizar reuniones</translation>
    </message>
    <message>
        <source>Read advertising accounts, campaigns, ads and their performance</source>
        <translation>Leer cuentas publicitarias, campañas, anuncios y su rendimiento</translation>
    </message>
    <message>
        <source>Create and change advertising campaigns and ads</source>
        <translation>Crear y cambiar campañas publicitarias y anuncios</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>No address is configured for this request.</source>
        <translation>No hay ninguna dirección configurada para esta solicitud.</translation>
    </message>
    <message>
        <source>The address is not a valid URL.</source>
        <translation>La dirección no es una URL válida.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>La dirección no debe contener un nombre de usuario ni una contraseña.</translation>
    </message>
    <message>
        <source>Only https addresses can be used.</source>
        <translation>Solo se pueden usar direcciones https.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>La dirección no tiene nombre de host.</translation>
    </message>
    <message>
        <source>Refusing to send credentials over an unencrypted connection to %1: the address must use https (plain http to a host other than this computer needs the integration&apos;s &quot;allow_insecure_http&quot; setting).</source>
        <translation>No se envían credenciales por una conexión sin cifrar a %1: la dirección debe usar https (el http sin cifrar a un host distinto de este equipo requiere el ajuste «allow_insecure_http» de la integración).</translation>
    </message>
</context>
<context>
    <name>VaultUnlockDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>Frase de contraseña de la bóveda</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
    <message>
        <source>Vault passphrase again</source>
        <translation>Frase de contraseña de la bóveda, otra vez</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>Error al desbloquear</translation>
    </message>
</context>
<context>
    <name>keyway::AccountResolver</name>
    <message>
        <source>The provider publishes no keys (jwks_uri), so its ID token cannot be checked.</source>
        <translation>El proveedor no publica claves (jwks_uri), así que su token de identidad no se puede comprobar.</translation>
    </message>
    <message>
        <source>ID token valid (signed %1 by key %2, subject %3)</source>
        <translation>Token de identidad válido (firmado %1 con la clave %2, sujeto %3)</translation>
    </message>
    <message>
        <source>The provider&apos;s user info belongs to a different user than the ID token.</source>
        <translation>La información de usuario del proveedor pertenece a un usuario distinto del del token de identidad.</translation>
    </message>
    <message>
        <source>userinfo sub &quot;%1&quot;, id_token sub &quot;%2&quot;</source>
        <translation>sub de userinfo «%1», sub del id_token «%2»</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
</context>
<context>
    <name>keyway::ActionDelegate</name>
    <message>
        <source>Reconnect…</source>
        <translation>Volver a conectar…</translation>
    </message>
</context>
<context>
    <name>keyway::ApiClient</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>The request failed before an answer came.</source>
        <translation>La solicitud falló antes de que llegara una respuesta.</translation>
    </message>
    <message>
        <source>The API says this request needs a permission the connection was not granted: reconnect and grant it.</source>
        <translation>La API dice que esta solicitud necesita un permiso que no se concedió a la conexión: vuelva a conectar y concédalo.</translation>
    </message>
    <message>
        <source>The API says this request needs the permission &quot;%1&quot;, which the connection was not granted: reconnect with it.</source>
        <translation>La API dice que esta solicitud necesita el permiso «%1», que no se concedió a la conexión: vuelva a conectar con él.</translation>
    </message>
    <message>
        <source>%1 %2 answered 401: refreshing and retrying once</source>
        <translation>%1 %2 respondió 401: actualizando y reintentando una vez</translation>
    </message>
    <message>
        <source>%1 %2 asked for a DPoP nonce: sending it again with one</source>
        <translation>%1 %2 pidió un nonce DPoP: se envía de nuevo con él</translation>
    </message>
</context>
<context>
    <name>keyway::ApplicationFlow</name>
    <message>
        <source>The provider&apos;s token endpoint is not known.</source>
        <translation>No se conoce el punto de conexión de tokens del proveedor.</translation>
    </message>
    <message>
        <source>access token %1, %2</source>
        <translation>token de acceso %1, %2</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>caduca %1</translation>
    </message>
    <message>
        <source>expiry unknown</source>
        <translation>caducidad desconocida</translation>
    </message>
</context>
<context>
    <name>keyway::AuthorizationCodeFlow</name>
    <message>
        <source>The provider&apos;s authorization or token endpoint is not known.</source>
        <translation>No se conoce el punto de conexión de autorización o de tokens del proveedor.</translation>
    </message>
    <message>
        <source>Waiting for the redirect on %1</source>
        <translation>Esperando la redirección en %1</translation>
    </message>
    <message>
        <source>The authorization request could not be built.</source>
        <translation>No se pudo construir la solicitud de autorización.</translation>
    </message>
    <message>
        <source>%1 (client_id %2, scope &quot;%3&quot;, PKCE %4%5)</source>
        <translation>%1 (client_id %2, scope «%3», PKCE %4%5)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>, nonce</source>
        <translation>, nonce</translation>
    </message>
    <message>
        <source>Not opened: the sign-in happens on another device and its final address is pasted back</source>
        <translation>No abierto: el inicio de sesión se hace en otro dispositivo y su dirección final se pega aquí</translation>
    </message>
    <message>
        <source>This sign-in has already ended. Start connecting again.</source>
        <translation>Este inicio de sesión ya terminó. Vuelva a empezar a conectar.</translation>
    </message>
    <message>
        <source>That is not the address this sign-in ends on. Paste the whole address from the browser&apos;s address bar: it starts with %1?</source>
        <translation>Esa no es la dirección en la que termina este inicio de sesión. Pegue la dirección completa de la barra de direcciones del navegador: empieza por %1?</translation>
    </message>
    <message>
        <source>That address belongs to another sign-in (its state is not this one&apos;s), so it was refused and nothing was stored. Paste the address from the browser tab of this sign-in.</source>
        <translation>Esa dirección pertenece a otro inicio de sesión (su state no es el de este), así que se rechazó y no se guardó nada. Pegue la dirección de la pestaña del navegador de este inicio de sesión.</translation>
    </message>
    <message>
        <source>Browser opened</source>
        <translation>Navegador abierto</translation>
    </message>
    <message>
        <source>Port %1 is already in use by another program, and Keyway must listen there because the redirect URI registered at the provider is %2. Close the program using port %1, or register another redirect URI at the provider and give it to Keyway (keyway connect --redirect-uri URI, or Redirect URI under Advanced in the connect dialog).</source>
        <translation>El puerto %1 ya lo usa otro programa, y Keyway debe escuchar ahí porque la URI de redirección registrada en el proveedor es %2. Cierre el programa que usa el puerto %1, o registre otra URI de redirección en el proveedor y désela a Keyway (keyway connect --redirect-uri URI, o URI de redirección en Avanzado del diálogo de conexión).</translation>
    </message>
    <message>
        <source>No answer came back from the browser in time. Usually the provider did not accept the redirect URI, which must be registered there exactly as %1, or does not know the client ID %2; the provider&apos;s page in the browser says which. Keyway waited at %3.</source>
        <translation>No llegó ninguna respuesta del navegador a tiempo. Normalmente el proveedor no aceptó la URI de redirección, que debe estar registrada allí exactamente como %1, o no conoce el ID de cliente %2; la página del proveedor en el navegador dice cuál. Keyway esperó en %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) that did not belong to this sign-in (wrong or missing state) were ignored.</source>
        <translation>
            <numerusform>Se ignoró %n respuesta que no pertenecía a este inicio de sesión (state incorrecto o ausente).</numerusform>
            <numerusform>Se ignoraron %n respuestas que no pertenecían a este inicio de sesión (state incorrecto o ausente).</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again, or copy the link into a browser.</source>
        <translation>Inténtelo de nuevo, o copie el enlace en un navegador.</translation>
    </message>
    <message>
        <source>waited %1 s for the redirect to %2</source>
        <translation>se esperó %1 s la redirección a %2</translation>
    </message>
    <message>
        <source>This sign-in has already ended</source>
        <translation>Este inicio de sesión ya terminó</translation>
    </message>
    <message>
        <source>Start connecting again from Keyway.</source>
        <translation>Vuelva a empezar a conectar desde Keyway.</translation>
    </message>
    <message>
        <source>Ignored a redirect that does not belong to this sign-in (%1); still waiting</source>
        <translation>Se ignoró una redirección que no pertenece a este inicio de sesión (%1); se sigue esperando</translation>
    </message>
    <message>
        <source>state missing</source>
        <translation>falta el state</translation>
    </message>
    <message>
        <source>state differs</source>
        <translation>el state no coincide</translation>
    </message>
    <message>
        <source>Sign-in response rejected</source>
        <translation>Respuesta de inicio de sesión rechazada</translation>
    </message>
    <message>
        <source>This response does not belong to the sign-in Keyway is waiting for, so it was ignored.</source>
        <translation>Esta respuesta no pertenece al inicio de sesión que espera Keyway, así que se ignoró.</translation>
    </message>
    <message>
        <source>Redirect received with %1</source>
        <translation>Redirección recibida con %1</translation>
    </message>
    <message>
        <source>The sign-in response came from a different server than expected, so it was rejected.</source>
        <translation>La respuesta de inicio de sesión vino de un servidor distinto del esperado, así que se rechazó.</translation>
    </message>
    <message>
        <source>iss missing</source>
        <translation>falta el iss</translation>
    </message>
    <message>
        <source>iss &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>iss «%1», se esperaba «%2»</translation>
    </message>
    <message>
        <source>Sign-in rejected</source>
        <translation>Inicio de sesión rechazado</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectada</translation>
    </message>
    <message>
        <source>The provider sent no authorization code.</source>
        <translation>El proveedor no envió ningún código de autorización.</translation>
    </message>
    <message>
        <source>Finishing the sign-in</source>
        <translation>Terminando el inicio de sesión</translation>
    </message>
    <message>
        <source>You can close this tab; Keyway is finishing the sign-in and shows the result.</source>
        <translation>Puede cerrar esta pestaña; Keyway está terminando el inicio de sesión y muestra el resultado.</translation>
    </message>
    <message>
        <source>access token %1%2%3</source>
        <translation>token de acceso %1%2%3</translation>
    </message>
    <message>
        <source>, refresh token %1</source>
        <translation>, token de actualización %1</translation>
    </message>
    <message>
        <source>, id_token</source>
        <translation>, id_token</translation>
    </message>
    <message>
        <source>The provider did not return an ID token for an OpenID Connect sign-in.</source>
        <translation>El proveedor no devolvió un token de identidad para un inicio de sesión OpenID Connect.</translation>
    </message>
    <message>
        <source>Pushed authorization requests were asked for, but the provider names no endpoint for them.</source>
        <translation>Se pidieron solicitudes de autorización enviadas (PAR), pero el proveedor no indica ningún punto de acceso para ellas.</translation>
    </message>
    <message>
        <source>Authorization request pushed to %1; the browser carries only its request_uri</source>
        <translation>Solicitud de autorización enviada a %1; el navegador solo lleva su request_uri</translation>
    </message>
    <message>
        <source>This connection&apos;s proof-of-possession (DPoP) key could not be read.</source>
        <translation>No se pudo leer la clave de prueba de posesión (DPoP) de esta conexión.</translation>
    </message>
</context>
<context>
    <name>keyway::BundlePreviewDialog</name>
    <message>
        <source>Diagnostic bundle of %1</source>
        <translation>Paquete de diagnóstico de %1</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>The bundle could not be built.</source>
        <translation>No se pudo crear el paquete.</translation>
    </message>
    <message>
        <source>the connection: integration, sign-in method, status, scopes and settings (never a secret)</source>
        <translation>la conexión: integración, forma de inicio de sesión, estado, ámbitos y configuración (nunca un secreto)</translation>
    </message>
    <message>
        <source>1 timeline event</source>
        <translation>1 evento de la cronología</translation>
    </message>
    <message>
        <source>%1 timeline events</source>
        <translation>%1 eventos de la cronología</translation>
    </message>
    <message>
        <source>1 API request (addresses and headers with secrets removed, no bodies)</source>
        <translation>1 solicitud a la API (direcciones y cabeceras sin secretos, sin cuerpos)</translation>
    </message>
    <message>
        <source>%1 API requests (addresses and headers with secrets removed, no bodies)</source>
        <translation>%1 solicitudes a la API (direcciones y cabeceras sin secretos, sin cuerpos)</translation>
    </message>
    <message>
        <source>no token information</source>
        <translation>sin información de tokens</translation>
    </message>
    <message>
        <source>token fingerprints and the decoded claims of JWTs (never the tokens themselves)</source>
        <translation>huellas de los tokens y las claims decodificadas de los JWT (nunca los tokens)</translation>
    </message>
    <message>
        <source>Keyway %1, Qt %2, %3; secrets kept in %4</source>
        <translation>Keyway %1, Qt %2, %3; secretos guardados en %4</translation>
    </message>
    <message>
        <source>It holds:</source>
        <translation>Contiene:</translation>
    </message>
    <message>
        <source>It holds no personal data that Keyway knows of.</source>
        <translation>No contiene datos personales que Keyway conozca.</translation>
    </message>
    <message>
        <source>It holds this personal data about the account:
%1</source>
        <translation>Contiene estos datos personales de la cuenta:
%1</translation>
    </message>
    <message>
        <source>Personal data is left out.</source>
        <translation>Se omiten los datos personales.</translation>
    </message>
    <message>
        <source>Left out: %1. Each value reads &quot;(left out)&quot;.</source>
        <translation>Omitido: %1. Cada valor dice «(omitido)».</translation>
    </message>
    <message>
        <source>The bundle was not saved to %1.</source>
        <translation>El paquete no se guardó en %1.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>Save diagnostic bundle</source>
        <translation>Guardar el paquete de diagnóstico</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>keyway::CallbackListener</name>
    <message>
        <source>This sign-in listener was already used.</source>
        <translation>Este receptor de inicio de sesión ya se usó.</translation>
    </message>
    <message>
        <source>The redirect path &quot;%1&quot; is not valid.</source>
        <translation>La ruta de redirección «%1» no es válida.</translation>
    </message>
    <message>
        <source>Keyway can only receive a redirect on 127.0.0.1, [::1] or localhost.</source>
        <translation>Keyway solo puede recibir una redirección en 127.0.0.1, [::1] o localhost.</translation>
    </message>
    <message>
        <source>This sign-in is over</source>
        <translation>Este inicio de sesión ha terminado</translation>
    </message>
    <message>
        <source>Keyway is no longer waiting for this response. Return to Keyway and start again if needed.</source>
        <translation>Keyway ya no espera esta respuesta. Vuelva a Keyway y empiece de nuevo si hace falta.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Nothing is served here.</source>
        <translation>Aquí no se sirve nada.</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Método no permitido</translation>
    </message>
    <message>
        <source>Only GET is accepted here.</source>
        <translation>Aquí solo se acepta GET.</translation>
    </message>
    <message>
        <source>Not a sign-in response</source>
        <translation>No es una respuesta de inicio de sesión</translation>
    </message>
    <message>
        <source>This address only receives the provider&apos;s answer to a Keyway sign-in.</source>
        <translation>Esta dirección solo recibe la respuesta del proveedor a un inicio de sesión de Keyway.</translation>
    </message>
    <message>
        <source>Not a valid sign-in response</source>
        <translation>Respuesta de inicio de sesión no válida</translation>
    </message>
    <message>
        <source>The response repeats the parameter &quot;%1&quot;.</source>
        <translation>La respuesta repite el parámetro «%1».</translation>
    </message>
    <message>
        <source>Sign-in was not completed</source>
        <translation>No se completó el inicio de sesión</translation>
    </message>
    <message>
        <source>The provider returned an error.</source>
        <translation>El proveedor devolvió un error.</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>Respuesta recibida</translation>
    </message>
    <message>
        <source>You can close this tab; Keyway received the provider&apos;s response.</source>
        <translation>Puede cerrar esta pestaña; Keyway recibió la respuesta del proveedor.</translation>
    </message>
</context>
<context>
    <name>keyway::Catalog</name>
    <message>
        <source>The integration file %1 is not valid: %2</source>
        <translation>El archivo de integración %1 no es válido: %2</translation>
    </message>
    <message>
        <source>Only the first %1 integration files in %2 were read.</source>
        <translation>Solo se leyeron los primeros %1 archivos de integración de %2.</translation>
    </message>
    <message>
        <source>Custom integrations are turned off.</source>
        <translation>Las integraciones personalizadas están desactivadas.</translation>
    </message>
    <message>
        <source>The folder for custom integrations cannot be created.</source>
        <translation>No se puede crear la carpeta de integraciones personalizadas.</translation>
    </message>
    <message>
        <source>A custom integration with the id &quot;%1&quot; already exists.</source>
        <translation>Ya existe una integración personalizada con el ID «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the id of the built-in integration %2; replacing it takes --replace.</source>
        <translation>«%1» es el ID de la integración incorporada %2; sustituirla requiere --replace.</translation>
    </message>
    <message>
        <source>The integration could not be saved.</source>
        <translation>No se pudo guardar la integración.</translation>
    </message>
    <message>
        <source>The saved integration could not be loaded.</source>
        <translation>No se pudo cargar la integración guardada.</translation>
    </message>
    <message>
        <source>The imported integration could not be loaded.</source>
        <translation>No se pudo cargar la integración importada.</translation>
    </message>
    <message>
        <source>There is no integration &quot;%1&quot;.</source>
        <translation>No existe la integración «%1».</translation>
    </message>
    <message>
        <source>The integration could not be written.</source>
        <translation>No se pudo escribir la integración.</translation>
    </message>
    <message>
        <source>There is no custom integration &quot;%1&quot;.</source>
        <translation>No existe la integración personalizada «%1».</translation>
    </message>
    <message>
        <source>The custom integration could not be deleted.</source>
        <translation>No se pudo borrar la integración personalizada.</translation>
    </message>
</context>
<context>
    <name>keyway::ClientCertificatePanel</name>
    <message>
        <source>PEM certificate and private key files</source>
        <translation>Archivos PEM del certificado y de la clave privada</translation>
    </message>
    <message>
        <source>PKCS#12 file (.p12, .pfx) with its password</source>
        <translation>Archivo PKCS#12 (.p12, .pfx) con su contraseña</translation>
    </message>
    <message>
        <source>Client certificate (PEM)</source>
        <translation>Certificado de cliente (PEM)</translation>
    </message>
    <message>
        <source>Private key of the client certificate (PEM)</source>
        <translation>Clave privada del certificado de cliente (PEM)</translation>
    </message>
    <message>
        <source>Client certificate (PKCS#12)</source>
        <translation>Certificado de cliente (PKCS#12)</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>Archivos PKCS#12 (*.p12 *.pfx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>Archivos PEM (*.pem *.crt *.cer *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>⚠ %1 is too large for a certificate or key.</source>
        <translation>⚠ %1 es demasiado grande para un certificado o una clave.</translation>
    </message>
    <message>
        <source>⚠ %1 cannot be read: %2</source>
        <translation>⚠ No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>⚠ %1 is empty.</source>
        <translation>⚠ %1 está vacío.</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file of the client certificate.</source>
        <translation>Elija el archivo PKCS#12 del certificado de cliente.</translation>
    </message>
    <message>
        <source>Choose the client certificate (PEM).</source>
        <translation>Elija el certificado de cliente (PEM).</translation>
    </message>
    <message>
        <source>Choose the private key of the client certificate (PEM).</source>
        <translation>Elija la clave privada del certificado de cliente (PEM).</translation>
    </message>
    <message>
        <source>No private key chosen.</source>
        <translation>Ninguna clave privada elegida.</translation>
    </message>
    <message>
        <source>No PKCS#12 file chosen.</source>
        <translation>Ningún archivo PKCS#12 elegido.</translation>
    </message>
    <message>
        <source>The key kept in the keychain for this connection.</source>
        <translation>La clave guardada en el llavero para esta conexión.</translation>
    </message>
    <message>
        <source>The certificate kept with this connection: %1</source>
        <translation>El certificado guardado con esta conexión: %1</translation>
    </message>
    <message>
        <source>No certificate chosen.</source>
        <translation>Ningún certificado elegido.</translation>
    </message>
    <message>
        <source>New certificate for %1 (not from a file)</source>
        <translation>Certificado nuevo para %1 (no procede de un archivo)</translation>
    </message>
    <message>
        <source>Its key, kept in memory until the keychain holds it</source>
        <translation>Su clave, guardada en memoria hasta que el llavero la guarde</translation>
    </message>
</context>
<context>
    <name>keyway::ClientCredentialsFlow</name>
    <message>
        <source>client %1 with %2</source>
        <translation>cliente %1 con %2</translation>
    </message>
    <message>
        <source>scope &quot;%1&quot;</source>
        <translation>scope «%1»</translation>
    </message>
    <message>
        <source>audience %1</source>
        <translation>audiencia %1</translation>
    </message>
    <message>
        <source>resource %1</source>
        <translation>recurso %1</translation>
    </message>
    <message>
        <source>client_credentials grant at %1: %2</source>
        <translation>concesión client_credentials en %1: %2</translation>
    </message>
</context>
<context>
    <name>keyway::ClientRegistrar</name>
    <message>
        <source>%1 does not offer dynamic client registration (its metadata lists no registration_endpoint). Register a client in the provider&apos;s console and add the integration without registering.</source>
        <translation>%1 no ofrece registro dinámico de clientes (sus metadatos no indican registration_endpoint). Registre un cliente en la consola del proveedor y añada la integración sin registro.</translation>
    </message>
    <message>
        <source>Nothing to register: Keyway registered itself as a client of this provider when the integration was added. Connect without entering a client ID.</source>
        <translation>No hay nada que registrar: Keyway se registró como cliente de este proveedor al añadir la integración. Conecte sin introducir un ID de cliente.</translation>
    </message>
    <message>
        <source>The provider gave no way to delete Keyway&apos;s client registration; remove the client in the provider&apos;s console.</source>
        <translation>El proveedor no ofreció ninguna forma de eliminar el registro de cliente de Keyway; elimine el cliente en la consola del proveedor.</translation>
    </message>
</context>
<context>
    <name>keyway::ClientRegistration</name>
    <message>
        <source>The provider refused Keyway&apos;s redirect URI, so it cannot register Keyway as a client. Register a client by hand and enter its client ID when connecting.</source>
        <translation>El proveedor rechazó el URI de redirección de Keyway, así que no puede registrar Keyway como cliente. Registre un cliente a mano e introduzca su ID de cliente al conectar.</translation>
    </message>
    <message>
        <source>The provider refused to register Keyway with the settings of a desktop app (public client, authorization code with PKCE).</source>
        <translation>El proveedor se negó a registrar Keyway con la configuración de una aplicación de escritorio (cliente público, código de autorización con PKCE).</translation>
    </message>
    <message>
        <source>The provider registers only approved software (a software statement), which Keyway does not have. Register a client by hand instead.</source>
        <translation>El proveedor solo registra software aprobado (una declaración de software), que Keyway no tiene. Registre un cliente a mano.</translation>
    </message>
    <message>
        <source>The provider did not accept the registration without a valid initial access token. Ask its administrator for one and give it on standard input (--initial-access-token-stdin).</source>
        <translation>El proveedor no aceptó el registro sin un token de acceso inicial válido. Pida uno a su administrador y páselo por la entrada estándar (--initial-access-token-stdin).</translation>
    </message>
    <message>
        <source>The provider refused to register Keyway as a client.</source>
        <translation>El proveedor se negó a registrar Keyway como cliente.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer to the registration could not be used.</source>
        <translation>No se pudo usar la respuesta del proveedor al registro.</translation>
    </message>
    <message>
        <source>The provider registers only clients that authenticate in ways Keyway cannot register (%1).</source>
        <translation>El proveedor solo registra clientes que se autentican de formas que Keyway no puede registrar (%1).</translation>
    </message>
    <message>
        <source>a registration answer</source>
        <translation>una respuesta de registro</translation>
    </message>
    <message>
        <source>The provider&apos;s metadata lists no registration endpoint (RFC 7591); register a client by hand.</source>
        <translation>Los metadatos del proveedor no indican ningún endpoint de registro (RFC 7591); registre un cliente a mano.</translation>
    </message>
    <message>
        <source>The registration access token is missing.</source>
        <translation>Falta el token de acceso de registro.</translation>
    </message>
    <message>
        <source>The provider did not delete Keyway&apos;s client registration; remove the client in the provider&apos;s console.</source>
        <translation>El proveedor no eliminó el registro de cliente de Keyway; elimine el cliente en la consola del proveedor.</translation>
    </message>
</context>
<context>
    <name>keyway::ConnectAttempt</name>
    <message>
        <source>This sign-in has already ended. Start connecting again.</source>
        <translation>Este inicio de sesión ya terminó. Vuelva a empezar a conectar.</translation>
    </message>
    <message>
        <source>This sign-in is not waiting for an address yet.</source>
        <translation>Este inicio de sesión aún no espera una dirección.</translation>
    </message>
</context>
<context>
    <name>keyway::ConnectDialog</name>
    <message>
        <source>Connect %1</source>
        <translation>Conectar %1</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>⚠ Unsafe: %1. Use this only with a server on your own machine or a test network.</source>
        <translation>⚠ Inseguro: %1. Úselo solo con un servidor en su propio equipo o en una red de pruebas.</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation>Volver a conectar %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Keyway could not start connecting.</source>
        <translation>Keyway no pudo empezar a conectar.</translation>
    </message>
    <message>
        <source>Connecting failed.</source>
        <translation>Falló la conexión.</translation>
    </message>
</context>
<context>
    <name>keyway::ConnectFormPage</name>
    <message>
        <source>As the integration says</source>
        <translation>Como indica la integración</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off (only for providers that reject it)</source>
        <translation>Desactivado (solo para proveedores que lo rechazan)</translation>
    </message>
    <message>
        <source>⚠ %1.</source>
        <translation>⚠ %1.</translation>
    </message>
    <message>
        <source>Hide setup instructions</source>
        <translation>Ocultar las instrucciones de configuración</translation>
    </message>
    <message>
        <source>Show setup instructions</source>
        <translation>Mostrar las instrucciones de configuración</translation>
    </message>
    <message>
        <source>Hide advanced options</source>
        <translation>Ocultar las opciones avanzadas</translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation>Mostrar las opciones avanzadas</translation>
    </message>
    <message>
        <source>As the integration says (%1)</source>
        <translation>Como indica la integración (%1)</translation>
    </message>
    <message>
        <source> (optional):</source>
        <translation> (opcional):</translation>
    </message>
    <message>
        <source>This integration lists no way to connect.</source>
        <translation>Esta integración no indica ninguna forma de conectar.</translation>
    </message>
    <message>
        <source>Nothing to register: %1 publishes a public client. Keyway shows a code to enter on another device.</source>
        <translation>Nada que registrar: %1 publica un cliente público. Keyway muestra un código que introducir en otro dispositivo.</translation>
    </message>
    <message>
        <source>Nothing to register: %1 publishes a public client. Keyway opens your browser to sign in.</source>
        <translation>Nada que registrar: %1 publica un cliente público. Keyway abre su navegador para iniciar sesión.</translation>
    </message>
    <message>
        <source>⚠ Not a valid value. Example: %1</source>
        <translation>⚠ Valor no válido. Ejemplo: %1</translation>
    </message>
    <message>
        <source>⚠ Not a valid value.</source>
        <translation>⚠ Valor no válido.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation>Introduzca %1.</translation>
    </message>
    <message>
        <source>%1 does not look right.</source>
        <translation>%1 no parece correcto.</translation>
    </message>
    <message>
        <source>This integration has no way to connect.</source>
        <translation>Esta integración no tiene ninguna forma de conectar.</translation>
    </message>
    <message>
        <source>Extra parameters must be written name=value: %1</source>
        <translation>Los parámetros adicionales deben escribirse nombre=valor: %1</translation>
    </message>
    <message>
        <source>%1 requires it</source>
        <translation>%1 lo exige</translation>
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
        <translation>un certificado de cliente TLS</translation>
    </message>
    <message>
        <source>%1 requires %2.</source>
        <translation>%1 exige %2.</translation>
    </message>
    <message>
        <source>%1 requires %2 and %3.</source>
        <translation>%1 exige %2 y %3.</translation>
    </message>
    <message>
        <source>%1 requires %2, %3 and %4.</source>
        <translation>%1 exige %2, %3 y %4.</translation>
    </message>
    <message>
        <source>A client certificate binds the tokens to it (RFC 8705); the provider must know the certificate.</source>
        <translation>Un certificado de cliente vincula los tokens a él (RFC 8705); el proveedor debe conocer el certificado.</translation>
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
        <translation>Terminando el inicio de sesión…</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>&amp;Abrir de nuevo</translation>
    </message>
    <message>
        <source>Open the sign-in page again</source>
        <translation>Abrir de nuevo la página de inicio de sesión</translation>
    </message>
    <message>
        <source>Open the sign-in page in the browser again</source>
        <translation>Abrir de nuevo la página de inicio de sesión en el navegador</translation>
    </message>
    <message>
        <source>Copy the sign-in address to open it in another browser</source>
        <translation>Copiar la dirección de inicio de sesión para abrirla en otro navegador</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Esperando a que inicie sesión en el navegador…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Finish signing in in your browser, then come back here. If no browser opened, copy the link into one.</source>
        <translation>Termine de iniciar sesión en su navegador y vuelva aquí. Si no se abrió ningún navegador, copie el enlace en uno.</translation>
    </message>
    <message>
        <source>Talking to %1.</source>
        <translation>Comunicando con %1.</translation>
    </message>
    <message>
        <source>The sign-in page is open in your browser. Finish there; this window continues by itself.</source>
        <translation>La página de inicio de sesión está abierta en su navegador. Termine allí; esta ventana continúa sola.</translation>
    </message>
    <message>
        <source>The verification page is open in your browser. Enter the code there; this window continues by itself.</source>
        <translation>La página de verificación está abierta en su navegador. Introduzca allí el código; esta ventana continúa sola.</translation>
    </message>
    <message>
        <source>Enter this code on another device</source>
        <translation>Introduzca este código en otro dispositivo</translation>
    </message>
    <message>
        <source>Go to &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; and enter:</source>
        <translation>Vaya a &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; e introduzca:</translation>
    </message>
    <message>
        <source>Code to enter: %1</source>
        <translation>Código que introducir: %1</translation>
    </message>
    <message>
        <source>Keyway checks every few seconds whether you have approved the request.</source>
        <translation>Keyway comprueba cada pocos segundos si ha aprobado la solicitud.</translation>
    </message>
    <message>
        <source>Copy the address of the page where the code is entered</source>
        <translation>Copiar la dirección de la página donde se introduce el código</translation>
    </message>
    <message>
        <source>&amp;Open page again</source>
        <translation>Abrir de nuevo la &amp;página</translation>
    </message>
    <message>
        <source>Open the verification page again</source>
        <translation>Abrir de nuevo la página de verificación</translation>
    </message>
    <message>
        <source>Open the page where the code is entered in the browser again</source>
        <translation>Abrir de nuevo en el navegador la página donde se introduce el código</translation>
    </message>
    <message>
        <source>The code expires in %1:%2.</source>
        <translation>El código caduca en %1:%2.</translation>
    </message>
    <message>
        <source>The code has expired.</source>
        <translation>El código ha caducado.</translation>
    </message>
</context>
<context>
    <name>keyway::ConnectionListModel</name>
    <message>
        <source>Reconnect…</source>
        <translation>Volver a conectar…</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Sin caducidad</translation>
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
        <translation>dentro de %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>caducó hace %1</translation>
    </message>
    <message>
        <source>%1 · Default</source>
        <translation>%1 · Predeterminada</translation>
    </message>
    <message>
        <source>None (revoked)</source>
        <translation>Ninguno (revocado)</translation>
    </message>
    <message>
        <source>Unusable until reconnected</source>
        <translation>Inutilizable hasta volver a conectar</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Sign in again to renew this connection</source>
        <translation>Iniciar sesión de nuevo para renovar esta conexión</translation>
    </message>
    <message>
        <source>The default for %1: keyway token, exec and git use it when no connection is named</source>
        <translation>La predeterminada de %1: keyway token, exec y git la usan cuando no se nombra ninguna conexión</translation>
    </message>
    <message>
        <source>The last API request made with it through Keyway (request console or keyway request)</source>
        <translation>La última solicitud a la API hecha con ella desde Keyway (consola de solicitudes o keyway request)</translation>
    </message>
    <message>
        <source>Access token: %1
Refresh token: %2</source>
        <translation>Token de acceso: %1
Token de actualización: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Token expires</source>
        <translation>Caducidad del token</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integración</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>Última solicitud</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ConnectionPage</name>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Tokens</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>Cro&amp;nología</translation>
    </message>
    <message>
        <source>Request co&amp;nsole</source>
        <translation>Consola de s&amp;olicitudes</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concedido</translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Portapapeles vaciado.</translation>
    </message>
    <message>
        <source>This connection no longer exists.</source>
        <translation>Esta conexión ya no existe.</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Volver a %1</translation>
    </message>
    <message>
        <source>Account not known</source>
        <translation>Cuenta desconocida</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <source> (subject %1)</source>
        <translation> (sujeto %1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Get a new access token now (F5)</source>
        <translation>Obtener ahora un nuevo token de acceso (F5)</translation>
    </message>
    <message>
        <source>This connection was revoked; reconnect to use it again.</source>
        <translation>Esta conexión se revocó; vuelva a conectarla para usarla de nuevo.</translation>
    </message>
    <message>
        <source>This kind of credential does not expire or refresh.</source>
        <translation>Este tipo de credencial no caduca ni se actualiza.</translation>
    </message>
    <message>
        <source>No expiry known</source>
        <translation>Caducidad desconocida</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
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
        <translation>caduca dentro de %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>caducó hace %1</translation>
    </message>
    <message>
        <source>This connection needs you: the provider no longer accepts its grant (or its tokens are gone). Sign in again to use it.</source>
        <translation>Esta conexión le necesita: el proveedor ya no acepta su concesión (o sus tokens han desaparecido). Inicie sesión de nuevo para usarla.</translation>
    </message>
    <message>
        <source>This connection stopped working for a reason a retry cannot fix. Correct what the detail says, then reconnect.</source>
        <translation>Esta conexión dejó de funcionar por un motivo que un reintento no arreglará. Corrija lo que dice el detalle y vuelva a conectar.</translation>
    </message>
    <message>
        <source>The last attempt to reach the provider failed for a reason that usually passes. The tokens are kept and Keyway tries again; the next success clears this.</source>
        <translation>El último intento de contactar con el proveedor falló por un motivo que suele pasar. Los tokens se conservan y Keyway lo reintenta; el próximo éxito borra esto.</translation>
    </message>
    <message>
        <source>Try &amp;again now</source>
        <translation>Reintentar &amp;ahora</translation>
    </message>
    <message>
        <source>Re&amp;connect…</source>
        <translation>&amp;Volver a conectar…</translation>
    </message>
    <message>
        <source>None: the tokens were revoked and deleted from the keychain</source>
        <translation>Ninguno: los tokens se revocaron y se borraron del llavero</translation>
    </message>
    <message>
        <source>Not usable: the provider no longer accepts this connection. Reconnect to get new tokens.</source>
        <translation>Inutilizable: el proveedor ya no acepta esta conexión. Vuelva a conectar para obtener tokens nuevos.</translation>
    </message>
    <message>
        <source>No expiry known (the provider did not say, or the credential does not expire)</source>
        <translation>Caducidad desconocida (el proveedor no la indicó, o la credencial no caduca)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>✓ yes</source>
        <translation>✓ sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>✗ not granted</source>
        <translation>✗ no concedido</translation>
    </message>
    <message>
        <source>⚠ The provider granted fewer scopes than requested (%1 missing).</source>
        <translation>⚠ El proveedor concedió menos ámbitos de los solicitados (faltan %1).</translation>
    </message>
    <message>
        <source>Every requested scope was granted.</source>
        <translation>Se concedieron todos los ámbitos solicitados.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Stopped waiting. The request already sent finishes in the background and its answer is kept.</source>
        <translation>Se dejó de esperar. La solicitud ya enviada termina en segundo plano y su respuesta se conserva.</translation>
    </message>
    <message>
        <source>Refreshing… %1</source>
        <translation>Actualizando… %1</translation>
    </message>
    <message>
        <source>Access token refreshed.</source>
        <translation>Token de acceso actualizado.</translation>
    </message>
    <message>
        <source>Refresh stopped. %1</source>
        <translation>Actualización detenida. %1</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Falló la actualización: %1</translation>
    </message>
    <message>
        <source>No access token: %1</source>
        <translation>Sin token de acceso: %1</translation>
    </message>
    <message>
        <source>Diagnostic bundle saved to %1</source>
        <translation>Paquete de diagnóstico guardado en %1</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>¿Desconectar %1?</translation>
    </message>
    <message>
        <source>Keyway revokes the grant at %1 and deletes the tokens from the keychain.</source>
        <translation>Keyway revoca la concesión en %1 y borra los tokens del llavero.</translation>
    </message>
    <message>
        <source>Keyway deletes the credential from the keychain. %1 offers no revocation endpoint; revoke the grant in its settings to be sure.</source>
        <translation>Keyway borra la credencial del llavero. %1 no ofrece punto de conexión de revocación; revoque la concesión en su configuración para estar seguro.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Desconectando…</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Desconectada.</translation>
    </message>
    <message>
        <source>Removed locally, but revocation failed: %1</source>
        <translation>Quitada localmente, pero falló la revocación: %1</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>¿Quitar %1?</translation>
    </message>
    <message>
        <source>The connection was already revoked. Removing it deletes its timeline and request history from Keyway; export a diagnostic bundle first if support may need them.</source>
        <translation>La conexión ya estaba revocada. Quitarla borra de Keyway su cronología y su historial de solicitudes; exporte antes un paquete de diagnóstico si el soporte puede necesitarlos.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Could not remove the connection: %1</source>
        <translation>No se pudo quitar la conexión: %1</translation>
    </message>
    <message numerus="yes">
        <source>Access token copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Token de acceso copiado. El portapapeles se vaciará en %n segundo.</numerusform>
            <numerusform>Token de acceso copiado. El portapapeles se vaciará en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the exchanged token as a new connection.</source>
        <translation>Se guardó el token intercambiado como una nueva conexión.</translation>
    </message>
    <message>
        <source>Sign in again (Ctrl+R)</source>
        <translation>Iniciar sesión de nuevo (Ctrl+R)</translation>
    </message>
    <message>
        <source>This connection holds an exchanged token: exchange again from the connection it was derived from.</source>
        <translation>Esta conexión contiene un token intercambiado: vuelva a intercambiarlo desde la conexión de la que deriva.</translation>
    </message>
    <message>
        <source>An exchanged token, sent as a bearer token</source>
        <translation>Un token intercambiado, enviado como token bearer</translation>
    </message>
    <message>
        <source>a connection that no longer exists (%1), by token exchange</source>
        <translation>una conexión que ya no existe (%1), por intercambio de tokens</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;, by token exchange (RFC 8693); never renewed: exchange again once it expires</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;, por intercambio de tokens (RFC 8693); nunca se renueva: vuelva a intercambiarlo cuando caduque</translation>
    </message>
</context>
<context>
    <name>keyway::ConnectionService</name>
    <message>
        <source>No connection &quot;%1&quot; (see keyway connections).</source>
        <translation>No existe la conexión «%1» (consulte keyway connections).</translation>
    </message>
    <message>
        <source>No such connection.</source>
        <translation>No existe esa conexión.</translation>
    </message>
    <message>
        <source>Another connection is already named &quot;%1&quot;: choose another name.</source>
        <translation>Otra conexión ya se llama «%1»: elija otro nombre.</translation>
    </message>
    <message>
        <source>This connection already exists.</source>
        <translation>Esta conexión ya existe.</translation>
    </message>
    <message>
        <source>The local secrets were deleted, but revoking the token at the provider failed, so it may stay valid there until it expires. To end it now, remove Keyway&apos;s access in your account settings at the provider.</source>
        <translation>Se borraron los secretos locales, pero falló la revocación del token en el proveedor, así que puede seguir siendo válido allí hasta que caduque. Para anularlo ya, retire el acceso de Keyway en la configuración de su cuenta del proveedor.</translation>
    </message>
    <message>
        <source>Not revoked at the provider (%1): the token may stay valid there until it expires.</source>
        <translation>No revocado en el proveedor (%1): el token puede seguir siendo válido allí hasta que caduque.</translation>
    </message>
    <message>
        <source>Not revoked at the provider, which has no revocation endpoint: the token may stay valid there until it expires.</source>
        <translation>No revocado en el proveedor, que no tiene punto de conexión de revocación: el token puede seguir siendo válido allí hasta que caduque.</translation>
    </message>
    <message>
        <source>Secrets deleted from the keychain</source>
        <translation>Secretos borrados del llavero</translation>
    </message>
    <message>
        <source>The provider has no revocation endpoint; only local secrets are removed</source>
        <translation>El proveedor no tiene punto de conexión de revocación; solo se quitan los secretos locales</translation>
    </message>
    <message>
        <source>Revoked at the provider</source>
        <translation>Revocada en el proveedor</translation>
    </message>
    <message>
        <source>Disconnect this connection first: only revoked or failed connections can be removed.</source>
        <translation>Desconecte primero esta conexión: solo se pueden quitar las conexiones revocadas o fallidas.</translation>
    </message>
    <message>
        <source>This connection is being refreshed: try again in a moment.</source>
        <translation>Esta conexión se está actualizando: inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The stored credentials are damaged.</source>
        <translation>Las credenciales guardadas están dañadas.</translation>
    </message>
    <message>
        <source>The provider publishes no key set (jwks_uri), so the signature cannot be checked.</source>
        <translation>El proveedor no publica ningún conjunto de claves (jwks_uri), así que no se puede comprobar la firma.</translation>
    </message>
    <message>
        <source>The token is signed with &quot;%1&quot;, which Keyway does not accept.</source>
        <translation>El token está firmado con «%1», que Keyway no acepta.</translation>
    </message>
    <message>
        <source>No key in the provider&apos;s key set matches the token (kid &quot;%1&quot;).</source>
        <translation>Ninguna clave del conjunto de claves del proveedor coincide con el token (kid «%1»).</translation>
    </message>
    <message>
        <source>The provider&apos;s key set could not be fetched.</source>
        <translation>No se pudo obtener el conjunto de claves del proveedor.</translation>
    </message>
    <message>
        <source>This provider has no token introspection endpoint.</source>
        <translation>Este proveedor no tiene punto de conexión de introspección de tokens.</translation>
    </message>
    <message>
        <source>active: %1</source>
        <translation>activo: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The keychain holds no tokens for this connection</source>
        <translation>El llavero no contiene tokens para esta conexión</translation>
    </message>
    <message>
        <source>Its tokens are no longer in the keychain: reconnect to use it again.</source>
        <translation>Sus tokens ya no están en el llavero: vuelva a conectarla para usarla de nuevo.</translation>
    </message>
    <message>
        <source>The provider accepts the connection (after a refresh)</source>
        <translation>El proveedor acepta la conexión (tras una actualización)</translation>
    </message>
    <message>
        <source>The provider accepts the access token</source>
        <translation>El proveedor acepta el token de acceso</translation>
    </message>
    <message>
        <source>The provider no longer accepts this connection: reconnect.</source>
        <translation>El proveedor ya no acepta esta conexión: vuelva a conectarla.</translation>
    </message>
    <message>
        <source>The provider no longer accepts this credential: enter a new one (Reconnect).</source>
        <translation>El proveedor ya no acepta esta credencial: introduzca una nueva (Volver a conectar).</translation>
    </message>
    <message>
        <source>The provider answered HTTP %1 when Keyway checked the connection.</source>
        <translation>El proveedor respondió HTTP %1 cuando Keyway comprobó la conexión.</translation>
    </message>
    <message>
        <source>The provider answered HTTP %1; the token was not judged</source>
        <translation>El proveedor respondió HTTP %1; no se evaluó el token</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin of a connection.</source>
        <translation>«%1» no es el origen de ninguna conexión.</translation>
    </message>
    <message>
        <source>The credential may now also be sent to %1</source>
        <translation>La credencial ahora también puede enviarse a %1</translation>
    </message>
    <message>
        <source>Keyway holds renewed tokens for this connection that the keychain has not taken yet (is it locked?): unlock it and try again.</source>
        <translation>Keyway tiene tokens renovados para esta conexión que el llavero aún no ha aceptado (¿está bloqueado?): desbloquéelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The private key was deleted from the keychain when this connection was disconnected: load it again.</source>
        <translation>La clave privada se borró del llavero al desconectar esta conexión: cárguela de nuevo.</translation>
    </message>
    <message>
        <source>The client secret was deleted from the keychain when this connection was disconnected: enter it again.</source>
        <translation>El secreto de cliente se borró del llavero al desconectar esta conexión: introdúzcalo de nuevo.</translation>
    </message>
    <message>
        <source>%1 The tokens the provider issued were revoked.</source>
        <translation>%1 Se revocaron los tokens que emitió el proveedor.</translation>
    </message>
    <message>
        <source>%1 Revoking the tokens the provider issued failed too: %2</source>
        <translation>%1 También falló la revocación de los tokens que emitió el proveedor: %2</translation>
    </message>
    <message>
        <source>This connection was disconnected: connect again.</source>
        <translation>Esta conexión se desconectó: vuelva a conectar.</translation>
    </message>
    <message>
        <source>The authorization is no longer valid: connect again.</source>
        <translation>La autorización ya no es válida: vuelva a conectar.</translation>
    </message>
    <message>
        <source>The stored credentials are damaged: connect again.</source>
        <translation>Las credenciales guardadas están dañadas: vuelva a conectar.</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Se canceló la conexión.</translation>
    </message>
    <message>
        <source>There is no integration &quot;%1&quot; (see keyway integrations).</source>
        <translation>No existe la integración «%1» (consulte keyway integrations).</translation>
    </message>
    <message>
        <source>%1 has no mapping for the unified scope %2; it is not requested</source>
        <translation>%1 no tiene correspondencia para el ámbito unificado %2; no se solicita</translation>
    </message>
    <message>
        <source>Endpoints from %1</source>
        <translation>Puntos de conexión de %1</translation>
    </message>
    <message>
        <source>%1 Nothing was opened or requested: the tokens could not be kept.</source>
        <translation>%1 No se abrió ni se solicitó nada: no se habrían podido conservar los tokens.</translation>
    </message>
    <message>
        <source>The token endpoint of %1 moved from %2 to %3: Keyway does not send the kept client secret or key there. Give it again to use the new endpoint.</source>
        <translation>El punto de conexión de tokens de %1 pasó de %2 a %3: Keyway no envía allí el secreto de cliente o la clave guardados. Vuelva a darlos para usar el nuevo punto de conexión.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>This version of Keyway cannot connect with &quot;%1&quot; yet.</source>
        <translation>Esta versión de Keyway aún no puede conectar con «%1».</translation>
    </message>
    <message>
        <source>This sign-in has already ended.</source>
        <translation>Este inicio de sesión ya terminó.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>Conectado como %1</translation>
    </message>
    <message>
        <source>Name the service the exchanged token is for: an audience or a resource.</source>
        <translation>Indique el servicio al que va destinado el token intercambiado: una audiencia o un recurso.</translation>
    </message>
    <message>
        <source>Only a connection holding an OAuth access token can exchange it for another.</source>
        <translation>Solo una conexión con un token de acceso OAuth puede intercambiarlo por otro.</translation>
    </message>
    <message>
        <source>This connection holds no access token to exchange: connect again.</source>
        <translation>Esta conexión no tiene ningún token de acceso que intercambiar: vuelva a conectar.</translation>
    </message>
    <message>
        <source>Token for %1 (%2)</source>
        <translation>Token para %1 (%2)</translation>
    </message>
    <message>
        <source>Token for %1: %2</source>
        <translation>Token para %1: %2</translation>
    </message>
    <message>
        <source>The client secret Keyway registered for this integration is not in the keychain. Remove the integration and add it again to register anew.</source>
        <translation>El secreto de cliente que Keyway registró para esta integración no está en el llavero. Elimine la integración y vuelva a añadirla para registrarla de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; matches %n connection(s): give more of the id.</source>
        <translation>
            <numerusform>«%1» coincide con %n conexión: dé más caracteres del ID.</numerusform>
            <numerusform>«%1» coincide con %n conexiones: dé más caracteres del ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>This connection&apos;s access token is not bound to a DPoP key, so it needs no proof: use it alone.</source>
        <translation>El token de acceso de esta conexión no está vinculado a ninguna clave DPoP, así que no necesita prueba: úselo solo.</translation>
    </message>
    <message>
        <source>That is not a DPoP nonce: give the value of the server&apos;s DPoP-Nonce header as it is.</source>
        <translation>Eso no es un nonce DPoP: indique el valor de la cabecera DPoP-Nonce del servidor tal cual.</translation>
    </message>
    <message>
        <source>Give the new connection a name.</source>
        <translation>Dé un nombre a la nueva conexión.</translation>
    </message>
    <message>
        <source>Derived from %1 by token exchange; its token goes to %2</source>
        <translation>Derivada de %1 por intercambio de tokens; su token va a %2</translation>
    </message>
    <message>
        <source>Exchanged token saved as %1 (%2)</source>
        <translation>Token intercambiado guardado como %1 (%2)</translation>
    </message>
</context>
<context>
    <name>keyway::ConnectionsView</name>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>Requieren atención</translation>
    </message>
    <message>
        <source>Needing you (reconnect, error)</source>
        <translation>Le necesitan (volver a conectar, error)</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Funcionando</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Re&amp;connect…</source>
        <translation>&amp;Volver a conectar…</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualizar ahora</translation>
    </message>
    <message>
        <source>Refreshing %1…</source>
        <translation>Actualizando %1…</translation>
    </message>
    <message>
        <source>%1: access token refreshed.</source>
        <translation>%1: token de acceso actualizado.</translation>
    </message>
    <message>
        <source>%1: refresh failed: %2</source>
        <translation>%1: falló la actualización: %2</translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation>Hacer &amp;predeterminada</translation>
    </message>
    <message>
        <source>%1 is now the default for its integration.</source>
        <translation>%1 es ahora la predeterminada de su integración.</translation>
    </message>
    <message>
        <source>keyway token, exec and git use this connection when none is named</source>
        <translation>keyway token, exec y git usan esta conexión cuando no se nombra ninguna</translation>
    </message>
    <message>
        <source>Copy &amp;name</source>
        <translation>Copiar el &amp;nombre</translation>
    </message>
    <message>
        <source>Copied &quot;%1&quot;.</source>
        <translation>Se copió «%1».</translation>
    </message>
    <message>
        <source>Copy connection &amp;id</source>
        <translation>Copiar el &amp;ID de la conexión</translation>
    </message>
    <message>
        <source>Copied the connection id.</source>
        <translation>Se copió el ID de la conexión.</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Desconectar…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 mostradas</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n conexión</numerusform>
            <numerusform>%n conexiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) you (press Reconnect)</source>
        <translation>
            <numerusform>%n le necesita (pulse Volver a conectar)</numerusform>
            <numerusform>%n le necesitan (pulse Volver a conectar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a temporary problem or expiring</source>
        <translation>
            <numerusform>%n con un problema temporal o a punto de caducar</numerusform>
            <numerusform>%n con un problema temporal o a punto de caducar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::CredentialsForm</name>
    <message>
        <source>client_secret_basic: secret in the Authorization header</source>
        <translation>client_secret_basic: secreto en la cabecera Authorization</translation>
    </message>
    <message>
        <source>client_secret_post: secret in the request body</source>
        <translation>client_secret_post: secreto en el cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>private_key_jwt: assertion signed with your private key</source>
        <translation>private_key_jwt: aserción firmada con su clave privada</translation>
    </message>
    <message>
        <source>none: public client, PKCE only</source>
        <translation>none: cliente público, solo PKCE</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Déjelo vacío para conservar la clave guardada</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored account</source>
        <translation>Déjelo vacío para conservar la cuenta guardada</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored one</source>
        <translation>Déjelo vacío para conservar la guardada</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Paste the token</source>
        <translation>Pegue el token</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Autenticación del cliente</translation>
    </message>
    <message>
        <source>How Keyway proves to the token endpoint that it is your registered client</source>
        <translation>Cómo demuestra Keyway al punto de conexión de tokens que es su cliente registrado</translation>
    </message>
    <message>
        <source>What %1 documents</source>
        <translation>Lo que documenta %1</translation>
    </message>
    <message>
        <source>Client a&amp;uthentication:</source>
        <translation>A&amp;utenticación del cliente:</translation>
    </message>
    <message>
        <source>How the client signs in</source>
        <translation>Cómo inicia sesión el cliente</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Key ID (kid)</source>
        <translation>ID de clave (kid)</translation>
    </message>
    <message>
        <source>Optional: the key&apos;s thumbprint</source>
        <translation>Opcional: la huella de la clave</translation>
    </message>
    <message>
        <source>Load service account key file (JSON)…</source>
        <translation>Cargar el archivo de clave de la cuenta de servicio (JSON)…</translation>
    </message>
    <message>
        <source>Load service account key file (JSON)</source>
        <translation>Cargar el archivo de clave de la cuenta de servicio (JSON)</translation>
    </message>
    <message>
        <source>No key file loaded. Alternatively enter the issuer and a private key below.</source>
        <translation>No hay ningún archivo de clave cargado. También puede introducir abajo el emisor y una clave privada.</translation>
    </message>
    <message>
        <source>Issuer (client ID or email)</source>
        <translation>Emisor (ID de cliente o correo)</translation>
    </message>
    <message>
        <source>No key file loaded: the stored key is kept unless you load another one.</source>
        <translation>No hay ningún archivo de clave cargado: se conserva la clave guardada salvo que cargue otra.</translation>
    </message>
    <message>
        <source>The stored private key is kept unless you load another one.</source>
        <translation>Se conserva la clave privada guardada salvo que cargue otra.</translation>
    </message>
    <message>
        <source>Act as user (subject)</source>
        <translation>Actuar como usuario (sujeto)</translation>
    </message>
    <message>
        <source>Optional: domain-wide delegation</source>
        <translation>Opcional: delegación en todo el dominio</translation>
    </message>
    <message>
        <source>Private key (PEM):</source>
        <translation>Clave privada (PEM):</translation>
    </message>
    <message>
        <source>Service account key file</source>
        <translation>Archivo de clave de la cuenta de servicio</translation>
    </message>
    <message>
        <source>JSON key files (*.json);;All files (*)</source>
        <translation>Archivos de clave JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Loaded the key of %1.</source>
        <translation>Se cargó la clave de %1.</translation>
    </message>
    <message>
        <source>%1 publishes a public client for everyone: nothing to type. Keyway signs in as &quot;%2&quot; without a secret (client authentication: none); PKCE protects the sign-in.</source>
        <translation>%1 publica un cliente público para todos: no hay nada que escribir. Keyway inicia sesión como «%2» sin secreto (autenticación del cliente: ninguna); PKCE protege el inicio de sesión.</translation>
    </message>
    <message>
        <source>No secret is sent: the provider must have registered this client as public, and PKCE protects the sign-in.</source>
        <translation>No se envía ningún secreto: el proveedor debe haber registrado este cliente como público, y PKCE protege el inicio de sesión.</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>Déjelo vacío para conservar el secreto guardado</translation>
    </message>
    <message>
        <source>Optional: without it Keyway signs in as a public client</source>
        <translation>Opcional: sin él, Keyway inicia sesión como cliente público</translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation>Introduzca %1.</translation>
    </message>
    <message>
        <source>Load the private key.</source>
        <translation>Cargue la clave privada.</translation>
    </message>
    <message>
        <source>Load a service account key file, or enter the issuer and a private key.</source>
        <translation>Cargue un archivo de clave de cuenta de servicio, o introduzca el emisor y una clave privada.</translation>
    </message>
    <message>
        <source>tls_client_auth: your TLS client certificate (from a CA)</source>
        <translation>tls_client_auth: su certificado de cliente TLS (emitido por una CA)</translation>
    </message>
    <message>
        <source>self_signed_tls_client_auth: your self-signed TLS client certificate</source>
        <translation>self_signed_tls_client_auth: su certificado de cliente TLS autofirmado</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Predeterminado: %1</translation>
    </message>
</context>
<context>
    <name>keyway::CustomIntegrationBuilder</name>
    <message>
        <source>&quot;%1&quot; cannot be an integration id: use lower case letters, digits and &apos;-&apos;.</source>
        <translation>«%1» no puede ser un ID de integración: use letras minúsculas, dígitos y «-».</translation>
    </message>
    <message>
        <source>Added from the issuer %1.</source>
        <translation>Añadida desde el emisor %1.</translation>
    </message>
    <message>
        <source>Register a client with the provider, using {{redirect_uri}} as the redirect URI.</source>
        <translation>Registre un cliente en el proveedor, con {{redirect_uri}} como URI de redirección.</translation>
    </message>
    <message>
        <source>Enter its client ID (and client secret for a confidential client) when connecting.</source>
        <translation>Al conectar, introduzca su ID de cliente (y el secreto de cliente si es un cliente confidencial).</translation>
    </message>
    <message>
        <source>Endpoints read from %1&apos;s metadata when this integration was added.</source>
        <translation>Puntos de conexión leídos de los metadatos de %1 al añadir esta integración.</translation>
    </message>
    <message>
        <source>Added by hand.</source>
        <translation>Añadida a mano.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
</context>
<context>
    <name>keyway::CustomIntegrationDialog</name>
    <message>
        <source>As the provider&apos;s metadata says</source>
        <translation>Como dicen los metadatos del proveedor</translation>
    </message>
    <message>
        <source>client_secret_basic: secret in the Authorization header</source>
        <translation>client_secret_basic: secreto en la cabecera Authorization</translation>
    </message>
    <message>
        <source>client_secret_post: secret in the request body</source>
        <translation>client_secret_post: secreto en el cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>private_key_jwt: assertion signed with a private key</source>
        <translation>private_key_jwt: aserción firmada con una clave privada</translation>
    </message>
    <message>
        <source>none: public client, PKCE only</source>
        <translation>none: cliente público, solo PKCE</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>⚠ Unsafe: client secrets and tokens sent to this host over http can be read and changed by anyone on the network path. Every connection of this integration will carry this warning. Use it only for a server on your own machine or a test network.</source>
        <translation>⚠ Inseguro: los secretos de cliente y los tokens enviados a este host por http pueden ser leídos y modificados por cualquiera en el camino de red. Cada conexión de esta integración llevará este aviso. Úselo solo para un servidor en su propio equipo o en una red de pruebas.</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s issuer URL, like https://login.example.com.</source>
        <translation>Introduzca la URL de emisor del proveedor, como https://login.example.com.</translation>
    </message>
    <message>
        <source>The issuer must be a web address starting with https://.</source>
        <translation>El emisor debe ser una dirección web que empiece por https://.</translation>
    </message>
    <message>
        <source>Enter an id for the integration.</source>
        <translation>Introduzca un ID para la integración.</translation>
    </message>
    <message>
        <source>The id may hold only lower-case letters, digits and &apos;-&apos;, and must start with a letter or digit.</source>
        <translation>El ID solo puede contener letras minúsculas, dígitos y «-», y debe empezar por una letra o un dígito.</translation>
    </message>
    <message>
        <source>An integration with the id &quot;%1&quot; exists already; choose another id.</source>
        <translation>Ya existe una integración con el ID «%1»; elija otro ID.</translation>
    </message>
    <message>
        <source>Scopes are plain words separated by spaces.</source>
        <translation>Los ámbitos son palabras sencillas separadas por espacios.</translation>
    </message>
    <message>
        <source>%1 was added, but without your client authentication and scopes: %2</source>
        <translation>Se añadió %1, pero sin su autenticación del cliente ni sus ámbitos: %2</translation>
    </message>
    <message>
        <source>The integration could not be added.</source>
        <translation>No se pudo añadir la integración.</translation>
    </message>
    <message>
        <source>Enter the issuer first: Keyway then checks whether the server offers registration.</source>
        <translation>Introduzca primero el emisor: Keyway comprobará entonces si el servidor ofrece registro.</translation>
    </message>
    <message>
        <source>Checking whether the server offers registration…</source>
        <translation>Comprobando si el servidor ofrece registro…</translation>
    </message>
    <message>
        <source>This server does not offer dynamic client registration.</source>
        <translation>Este servidor no ofrece registro dinámico de clientes.</translation>
    </message>
    <message>
        <source>Keyway registers itself at %1 as a client of this server (RFC 7591).</source>
        <translation>Keyway se registra en %1 como cliente de este servidor (RFC 7591).</translation>
    </message>
    <message>
        <source>The server&apos;s metadata could not be read.</source>
        <translation>No se pudieron leer los metadatos del servidor.</translation>
    </message>
    <message>
        <source>Enter the issuer first: Keyway then checks whether the server supports DPoP.</source>
        <translation>Introduzca primero el emisor: Keyway comprobará entonces si el servidor admite DPoP.</translation>
    </message>
    <message>
        <source>Checking whether the server supports DPoP…</source>
        <translation>Comprobando si el servidor admite DPoP…</translation>
    </message>
    <message>
        <source>This server does not support DPoP (its metadata lists no DPoP signing algorithms).</source>
        <translation>Este servidor no admite DPoP (sus metadatos no indican ningún algoritmo de firma DPoP).</translation>
    </message>
    <message>
        <source>Every connection&apos;s tokens are bound to a key pair of its own (DPoP, RFC 9449); a client Keyway registers is registered for DPoP-bound tokens only.</source>
        <translation>Los tokens de cada conexión se vinculan a un par de claves propio (DPoP, RFC 9449); un cliente que Keyway registra se registra solo para tokens vinculados a DPoP.</translation>
    </message>
</context>
<context>
    <name>keyway::DeviceFlow</name>
    <message>
        <source>The provider&apos;s device authorization or token endpoint is not known.</source>
        <translation>No se conoce el punto de conexión de autorización de dispositivos o de tokens del proveedor.</translation>
    </message>
    <message>
        <source>Asking %1 for a user code (client_id %2, scope &quot;%3&quot;)</source>
        <translation>Pidiendo a %1 un código de usuario (client_id %2, scope «%3»)</translation>
    </message>
    <message>
        <source>a device authorization response</source>
        <translation>una respuesta de autorización de dispositivo</translation>
    </message>
    <message>
        <source>the device authorization endpoint</source>
        <translation>el punto de conexión de autorización de dispositivos</translation>
    </message>
    <message>
        <source>The provider&apos;s device authorization answer is incomplete, so the sign-in cannot go on.</source>
        <translation>La respuesta de autorización de dispositivo del proveedor está incompleta, así que el inicio de sesión no puede continuar.</translation>
    </message>
    <message>
        <source>no valid &quot;%1&quot;</source>
        <translation>no hay «%1» válido</translation>
    </message>
    <message>
        <source>verification_uri_complete is not an https URL and is ignored</source>
        <translation>verification_uri_complete no es una URL https y se ignora</translation>
    </message>
    <message>
        <source>no expires_in; assuming %1 s</source>
        <translation>sin expires_in; se suponen %1 s</translation>
    </message>
    <message>
        <source>User code issued (device code %1); verify at %2%3; expires in %4 s; polling every %5 s</source>
        <translation>Código de usuario emitido (código de dispositivo %1); verificar en %2%3; caduca en %4 s; sondeo cada %5 s</translation>
    </message>
    <message>
        <source> (a link with the code filled in was given)</source>
        <translation> (se dio un enlace con el código ya puesto)</translation>
    </message>
    <message>
        <source>Browser opened at %1</source>
        <translation>Navegador abierto en %1</translation>
    </message>
    <message>
        <source>the user code expired at %1 without approval</source>
        <translation>el código de usuario caducó a las %1 sin aprobarse</translation>
    </message>
    <message>
        <source>Approved after %1 poll(s): access token %2%3</source>
        <translation>Aprobado tras %1 sondeo(s): token de acceso %2%3</translation>
    </message>
    <message>
        <source>, refresh token %1</source>
        <translation>, token de actualización %1</translation>
    </message>
    <message>
        <source>Waiting for approval on the other device</source>
        <translation>Esperando la aprobación en el otro dispositivo</translation>
    </message>
    <message>
        <source>The provider asked to slow down: polling every %1 s</source>
        <translation>El proveedor pidió ir más despacio: sondeo cada %1 s</translation>
    </message>
    <message>
        <source>%1; trying again in %2 s</source>
        <translation>%1; nuevo intento dentro de %2 s</translation>
    </message>
    <message>
        <source>The sign-in was denied on the other device.</source>
        <translation>Se denegó el inicio de sesión en el otro dispositivo.</translation>
    </message>
    <message>
        <source>The code expired before it was approved: start connecting again.</source>
        <translation>El código caducó antes de aprobarse: vuelva a empezar a conectar.</translation>
    </message>
    <message>
        <source>The provider did not return an ID token for an OpenID Connect sign-in.</source>
        <translation>El proveedor no devolvió un token de identidad para un inicio de sesión OpenID Connect.</translation>
    </message>
</context>
<context>
    <name>keyway::Discovery</name>
    <message>
        <source>The issuer must be an https URL without query or fragment.</source>
        <translation>El emisor debe ser una URL https sin consulta ni fragmento.</translation>
    </message>
    <message>
        <source>The metadata URL must be an https URL.</source>
        <translation>La URL de los metadatos debe ser una URL https.</translation>
    </message>
    <message>
        <source>The provider&apos;s metadata document is too large.</source>
        <translation>El documento de metadatos del proveedor es demasiado grande.</translation>
    </message>
    <message>
        <source>The provider&apos;s metadata could not be fetched.</source>
        <translation>No se pudieron obtener los metadatos del proveedor.</translation>
    </message>
    <message>
        <source>The provider has no metadata document at the expected address.</source>
        <translation>El proveedor no tiene documento de metadatos en la dirección esperada.</translation>
    </message>
    <message>
        <source>The provider&apos;s metadata is not valid JSON.</source>
        <translation>Los metadatos del proveedor no son JSON válido.</translation>
    </message>
    <message>
        <source>The provider&apos;s metadata names a different issuer; it was not used.</source>
        <translation>Los metadatos del proveedor nombran otro emisor; no se usaron.</translation>
    </message>
    <message>
        <source>The provider&apos;s metadata is incomplete or invalid.</source>
        <translation>Los metadatos del proveedor están incompletos o no son válidos.</translation>
    </message>
</context>
<context>
    <name>keyway::Flow</name>
    <message>
        <source>This sign-in does not come back to an address to paste.</source>
        <translation>Este inicio de sesión no vuelve a una dirección que pegar.</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Se canceló la conexión.</translation>
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
        <translation>%1 necesita que inicie sesión de nuevo</translation>
    </message>
    <message>
        <source>The provider no longer accepts this connection&apos;s grant. Click to reconnect.</source>
        <translation>El proveedor ya no acepta la concesión de esta conexión. Haga clic para volver a conectar.</translation>
    </message>
    <message>
        <source>Reconnect %1…</source>
        <translation>Volver a conectar %1…</translation>
    </message>
    <message>
        <source>Reconnect %1 before %2</source>
        <translation>Vuelva a conectar %1 antes de %2</translation>
    </message>
    <message>
        <source>%1&apos;s grant ends then, used or not; only signing in again renews it. Click to reconnect now.</source>
        <translation>La concesión de %1 termina entonces, se use o no; solo iniciar sesión de nuevo la renueva. Haga clic para volver a conectar ahora.</translation>
    </message>
</context>
<context>
    <name>keyway::HistoryModel</name>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
</context>
<context>
    <name>keyway::Integration</name>
    <message>
        <source>hosts other than this computer</source>
        <translation>hosts distintos de este equipo</translation>
    </message>
    <message>
        <source>%1 allows plain http to %2: tokens cross the network unencrypted</source>
        <translation>%1 permite http sin cifrar a %2: los tokens cruzan la red sin cifrar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a protocol parameter Keyway sets itself; it cannot be overridden</source>
        <translation>«%1» es un parámetro de protocolo que Keyway fija por sí mismo; no se puede sustituir</translation>
    </message>
    <message>
        <source>PKCE is off for %1: an authorization code intercepted on its way to Keyway could be redeemed by whoever took it (RFC 9700 §2.1.1)</source>
        <translation>PKCE está desactivado para %1: un código de autorización interceptado de camino a Keyway podría canjearlo quien lo tomara (RFC 9700 §2.1.1)</translation>
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
            <numerusform>%n conexión (el peor: %1)</numerusform>
            <numerusform>%n conexiones (el peor: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n conexión</numerusform>
            <numerusform>%n conexiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::IntegrationLoader</name>
    <message>
        <source>The integration file %1 is not valid: %2</source>
        <translation>El archivo de integración %1 no es válido: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it is not read as an integration file.</source>
        <translation>%1 no es un archivo normal, así que no se lee como archivo de integración.</translation>
    </message>
    <message>
        <source>The integration file %1 cannot be read.</source>
        <translation>No se puede leer el archivo de integración %1.</translation>
    </message>
</context>
<context>
    <name>keyway::IntegrationPage</name>
    <message>
        <source>Unknown integration</source>
        <translation>Integración desconocida</translation>
    </message>
    <message>
        <source>%1 icon</source>
        <translation>Icono de %1</translation>
    </message>
    <message>
        <source> · custom integration</source>
        <translation> · integración personalizada</translation>
    </message>
    <message>
        <source>⚠ Warning: %1. Client secrets and tokens sent over plain http can be read and changed by anyone on the network path; use this only for a test server.</source>
        <translation>⚠ Aviso: %1. Los secretos de cliente y los tokens enviados por http sin cifrar pueden ser leídos y modificados por cualquiera en el camino de red; úselo solo para un servidor de pruebas.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Provider documentation&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Documentación del proveedor&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>Conectar %1</translation>
    </message>
    <message>
        <source>Connections (%1)</source>
        <translation>Conexiones (%1)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>¿Quitar %1?</translation>
    </message>
    <message>
        <source>Remove the custom integration %1?</source>
        <translation>¿Quitar la integración personalizada %1?</translation>
    </message>
    <message>
        <source>Its file is deleted from Keyway&apos;s folder of custom integrations. You can add it again at any time.</source>
        <translation>Su archivo se borra de la carpeta de integraciones personalizadas de Keyway. Puede añadirla de nuevo en cualquier momento.</translation>
    </message>
    <message numerus="yes">
        <source>Its file is deleted. Its %n connection(s) stay in the list, but cannot be used or reconnected until you add the integration again.</source>
        <translation>
            <numerusform>Su archivo se borra. Su %n conexión sigue en la lista, pero no se puede usar ni volver a conectar hasta que añada de nuevo la integración.</numerusform>
            <numerusform>Su archivo se borra. Sus %n conexiones siguen en la lista, pero no se pueden usar ni volver a conectar hasta que añada de nuevo la integración.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>No se quitó %1: %2</translation>
    </message>
    <message>
        <source>Keyway&apos;s client registration at the provider is deleted too.</source>
        <translation>También se elimina el registro de cliente de Keyway en el proveedor.</translation>
    </message>
    <message>
        <source>%1 was removed, but: %2</source>
        <translation>%1 se eliminó, pero: %2</translation>
    </message>
</context>
<context>
    <name>keyway::Introspection</name>
    <message>
        <source>This provider offers no token introspection.</source>
        <translation>Este proveedor no ofrece introspección de tokens.</translation>
    </message>
    <message>
        <source>There is no token to look up.</source>
        <translation>No hay ningún token que consultar.</translation>
    </message>
    <message>
        <source>an introspection answer</source>
        <translation>una respuesta de introspección</translation>
    </message>
    <message>
        <source>The provider&apos;s introspection answer does not say whether the token is active.</source>
        <translation>La respuesta de introspección del proveedor no dice si el token está activo.</translation>
    </message>
</context>
<context>
    <name>keyway::JwksCache</name>
    <message>
        <source>The provider&apos;s key set address is not a secure (https) URL.</source>
        <translation>La dirección del conjunto de claves del proveedor no es una URL segura (https).</translation>
    </message>
    <message>
        <source>The provider&apos;s key set (JWKS) is unreasonably large.</source>
        <translation>El conjunto de claves (JWKS) del proveedor es excesivamente grande.</translation>
    </message>
    <message>
        <source>The provider&apos;s key set (JWKS) did not arrive in time.</source>
        <translation>El conjunto de claves (JWKS) del proveedor no llegó a tiempo.</translation>
    </message>
    <message>
        <source>The provider&apos;s key set (JWKS) could not be downloaded (HTTP %1).</source>
        <translation>No se pudo descargar el conjunto de claves (JWKS) del proveedor (HTTP %1).</translation>
    </message>
    <message>
        <source>The provider&apos;s key set (JWKS) could not be downloaded.</source>
        <translation>No se pudo descargar el conjunto de claves (JWKS) del proveedor.</translation>
    </message>
    <message>
        <source>The provider&apos;s key set address did not return JSON.</source>
        <translation>La dirección del conjunto de claves del proveedor no devolvió JSON.</translation>
    </message>
    <message>
        <source>The provider&apos;s key set (JWKS) holds no usable signing key.</source>
        <translation>El conjunto de claves (JWKS) del proveedor no contiene ninguna clave de firma utilizable.</translation>
    </message>
</context>
<context>
    <name>keyway::JwtBearerFlow</name>
    <message>
        <source>The service account (the assertion&apos;s issuer) is not known.</source>
        <translation>No se conoce la cuenta de servicio (el emisor de la aserción).</translation>
    </message>
    <message>
        <source>No private key is stored for this connection: connect again with the key file.</source>
        <translation>No hay ninguna clave privada guardada para esta conexión: vuelva a conectar con el archivo de clave.</translation>
    </message>
    <message>
        <source>The stored private key cannot be used: %1</source>
        <translation>La clave privada guardada no se puede usar: %1</translation>
    </message>
    <message>
        <source>Could not sign the assertion: %1</source>
        <translation>No se pudo firmar la aserción: %1</translation>
    </message>
    <message>
        <source>JWT bearer grant at %1: iss %2%3, aud %4, key %5, scope &quot;%6&quot;</source>
        <translation>Concesión JWT bearer en %1: iss %2%3, aud %4, clave %5, scope «%6»</translation>
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
        <translation>su concesión terminó %1</translation>
    </message>
</context>
<context>
    <name>keyway::KeeperTimer</name>
    <message>
        <source>systemd cannot run Keyway from %1: move it to a path without quotes, backslashes or line breaks.</source>
        <translation>systemd no puede ejecutar Keyway desde %1: muévalo a una ruta sin comillas, barras invertidas ni saltos de línea.</translation>
    </message>
    <message>
        <source>Keyway could not create %1.</source>
        <translation>Keyway no pudo crear %1.</translation>
    </message>
    <message>
        <source>Keyway could not remove %1.</source>
        <translation>Keyway no pudo quitar %1.</translation>
    </message>
    <message>
        <source>systemctl was not found (or KEYWAY_SYSTEMCTL is empty): the timer runs once systemd&apos;s user manager loads it (systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now %1).</source>
        <translation>No se encontró systemctl (o KEYWAY_SYSTEMCTL está vacío): el temporizador funcionará cuando el gestor de usuario de systemd lo cargue (systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now %1).</translation>
    </message>
    <message>
        <source>systemd&apos;s user manager did not take &quot;systemctl %1&quot; (%2): the files are in place; in your desktop session run: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now %3</source>
        <translation>El gestor de usuario de systemd no aceptó «systemctl %1» (%2): los archivos están en su sitio; en su sesión de escritorio ejecute: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now %3</translation>
    </message>
</context>
<context>
    <name>keyway::KeychainRecovery</name>
    <message>
        <source>Recovered from the keychain</source>
        <translation>Recuperada del llavero</translation>
    </message>
    <message>
        <source>Recovered from the keychain after the database lost its record</source>
        <translation>Recuperada del llavero después de que la base de datos perdiera su registro</translation>
    </message>
    <message>
        <source>Taken back from the keychain to be revoked</source>
        <translation>Recuperada del llavero para revocarla</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>No se pudo leer el llavero: %1</translation>
    </message>
    <message>
        <source>%1 could not be recovered: %2</source>
        <translation>No se pudo recuperar %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Keyway&apos;s database has no record of %n connection(s) whose tokens are still in the keychain (the database was deleted, emptied or replaced).</source>
        <translation>
            <numerusform>La base de datos de Keyway no tiene registro de %n conexión cuyos tokens siguen en el llavero (la base de datos se borró, se vació o se sustituyó).</numerusform>
            <numerusform>La base de datos de Keyway no tiene registro de %n conexiones cuyos tokens siguen en el llavero (la base de datos se borró, se vació o se sustituyó).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) recovered from the keychain.</source>
        <translation>
            <numerusform>%n conexión recuperada del llavero.</numerusform>
            <numerusform>%n conexiones recuperadas del llavero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) saved by an older Keyway cannot be rebuilt: revoke and remove them, then connect again.</source>
        <translation>
            <numerusform>%n conexión guardada por un Keyway anterior no se puede reconstruir: revóquela y quítela, y luego vuelva a conectar.</numerusform>
            <numerusform>%n conexiones guardadas por un Keyway anterior no se pueden reconstruir: revóquelas y quítelas, y luego vuelva a conectar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) revoked at their providers and removed.</source>
        <translation>
            <numerusform>%n conexión revocada en su proveedor y quitada.</numerusform>
            <numerusform>%n conexiones revocadas en sus proveedores y quitadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::KeychainSecretStore</name>
    <message>
        <source>A keychain entry of Keyway&apos;s is damaged (its parts do not match).</source>
        <translation>Una entrada del llavero de Keyway está dañada (sus partes no coinciden).</translation>
    </message>
    <message>
        <source>A keychain entry of Keyway&apos;s is incomplete.</source>
        <translation>Una entrada del llavero de Keyway está incompleta.</translation>
    </message>
</context>
<context>
    <name>keyway::LoopbackServer</name>
    <message>
        <source>Keyway only listens on the loopback addresses 127.0.0.1 and ::1.</source>
        <translation>Keyway solo escucha en las direcciones de bucle local 127.0.0.1 y ::1.</translation>
    </message>
    <message>
        <source>This listener is already running.</source>
        <translation>Este receptor ya está en marcha.</translation>
    </message>
    <message>
        <source>Port %1 on %2 is already in use by another program. Close that program, or choose another port if the provider allows it.</source>
        <translation>El puerto %1 de %2 ya lo usa otro programa. Cierre ese programa, o elija otro puerto si el proveedor lo permite.</translation>
    </message>
    <message>
        <source>Keyway is not allowed to listen on port %1. Choose a port above 1023.</source>
        <translation>Keyway no tiene permiso para escuchar en el puerto %1. Elija un puerto superior a 1023.</translation>
    </message>
    <message>
        <source>Keyway could not listen on %1.</source>
        <translation>Keyway no pudo escuchar en %1.</translation>
    </message>
</context>
<context>
    <name>keyway::MainWindow</name>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>Removed the custom integration %1.</source>
        <translation>Se quitó la integración personalizada %1.</translation>
    </message>
    <message>
        <source>Connection removed.</source>
        <translation>Conexión quitada.</translation>
    </message>
    <message>
        <source>Recover them from the keychain, or revoke them at their providers and remove them.</source>
        <translation>Recupérelas del llavero, o revóquelas en sus proveedores y quítelas.</translation>
    </message>
    <message>
        <source>Revoke them at their providers and remove them.</source>
        <translation>Revóquelas en sus proveedores y quítelas.</translation>
    </message>
    <message>
        <source>Recovering connections from the keychain…</source>
        <translation>Recuperando conexiones del llavero…</translation>
    </message>
    <message>
        <source>Revoke and remove the lost connections?</source>
        <translation>¿Revocar y quitar las conexiones perdidas?</translation>
    </message>
    <message>
        <source>Revoke and remove the lost connection?</source>
        <translation>¿Revocar y quitar la conexión perdida?</translation>
    </message>
    <message>
        <source>Revoke and remove %1 lost connections?</source>
        <translation>¿Revocar y quitar %1 conexiones perdidas?</translation>
    </message>
    <message>
        <source>Keyway revokes their grants at their providers and deletes their tokens from the keychain. To use them again you connect them again.</source>
        <translation>Keyway revoca sus concesiones en sus proveedores y borra sus tokens del llavero. Para volver a usarlas, vuelva a conectarlas.</translation>
    </message>
    <message>
        <source>Re&amp;voke and remove</source>
        <translation>Re&amp;vocar y quitar</translation>
    </message>
    <message>
        <source>Revoking the lost connections…</source>
        <translation>Revocando las conexiones perdidas…</translation>
    </message>
    <message>
        <source>The secret vault is locked: connections cannot use their tokens until you unlock it.</source>
        <translation>La bóveda de secretos está bloqueada: las conexiones no pueden usar sus tokens hasta que la desbloquee.</translation>
    </message>
    <message>
        <source>Hide these notices</source>
        <translation>Ocultar estos avisos</translation>
    </message>
    <message>
        <source>Dismiss notices</source>
        <translation>Descartar los avisos</translation>
    </message>
    <message>
        <source>&amp;Recover connections</source>
        <translation>&amp;Recuperar las conexiones</translation>
    </message>
    <message>
        <source>Rebuild the connections the database lost from their entries in the keychain</source>
        <translation>Reconstruir las conexiones que perdió la base de datos a partir de sus entradas en el llavero</translation>
    </message>
    <message>
        <source>Recover the lost connections from the keychain</source>
        <translation>Recuperar las conexiones perdidas del llavero</translation>
    </message>
    <message>
        <source>Re&amp;voke and remove…</source>
        <translation>Re&amp;vocar y quitar…</translation>
    </message>
    <message>
        <source>Revoke the lost connections at their providers and delete their entries from the keychain</source>
        <translation>Revocar las conexiones perdidas en sus proveedores y borrar sus entradas del llavero</translation>
    </message>
    <message>
        <source>Revoke and remove the lost connections</source>
        <translation>Revocar y quitar las conexiones perdidas</translation>
    </message>
    <message>
        <source>&amp;Unlock vault…</source>
        <translation>&amp;Desbloquear la bóveda…</translation>
    </message>
    <message>
        <source>Enter the passphrase of Keyway&apos;s encrypted secret vault</source>
        <translation>Introducir la frase de contraseña de la bóveda de secretos cifrada de Keyway</translation>
    </message>
    <message>
        <source>Unlock the secret vault</source>
        <translation>Desbloquear la bóveda de secretos</translation>
    </message>
    <message>
        <source>Vault unlocked.</source>
        <translation>Bóveda desbloqueada.</translation>
    </message>
    <message>
        <source>The vault stays locked. Unlock it with File ▸ Unlock vault… (Ctrl+Shift+U).</source>
        <translation>La bóveda sigue bloqueada. Desbloquéela con Archivo ▸ Desbloquear la bóveda… (Ctrl+Mayús+U).</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Se añadió %1.</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Bienvenido de nuevo</translation>
    </message>
    <message>
        <source>Choose an integration on the left to see its connections, or pick &quot;Connected&quot; in the category list to see only the ones in use.</source>
        <translation>Elija una integración a la izquierda para ver sus conexiones, o elija «Conectadas» en la lista de categorías para ver solo las que están en uso.</translation>
    </message>
    <message>
        <source>&amp;Connect an account…</source>
        <translation>&amp;Conectar una cuenta…</translation>
    </message>
    <message>
        <source>No connections yet</source>
        <translation>Todavía no hay conexiones</translation>
    </message>
    <message>
        <source>Connect Keyway Sandbox to try everything without an account: sign-in, token refresh, the token inspector and the request console.</source>
        <translation>Conecte Keyway Sandbox para probarlo todo sin cuenta: inicio de sesión, actualización de tokens, el inspector de tokens y la consola de solicitudes.</translation>
    </message>
    <message>
        <source>&amp;Connect Keyway Sandbox…</source>
        <translation>&amp;Conectar Keyway Sandbox…</translation>
    </message>
    <message>
        <source>Choose an integration on the left (Ctrl+F to search) and press Connect. Each integration page says what to register at the provider first.</source>
        <translation>Elija una integración a la izquierda (Ctrl+F para buscar) y pulse Conectar. Cada página de integración dice qué registrar primero en el proveedor.</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Conectar…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Copy &amp;id</source>
        <translation>Copiar el &amp;ID</translation>
    </message>
    <message>
        <source>Copied &quot;%1&quot;.</source>
        <translation>Se copió «%1».</translation>
    </message>
    <message>
        <source>&amp;Remove integration…</source>
        <translation>&amp;Quitar la integración…</translation>
    </message>
    <message>
        <source>Your connections (%1)</source>
        <translation>Sus conexiones (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A Keyway Sandbox fault is on: %1.</source>
        <translation>Hay un fallo de Keyway Sandbox activado: %1.</translation>
    </message>
    <message>
        <source>Keyway Sandbox faults are on: %1.</source>
        <translation>Hay fallos de Keyway Sandbox activados: %1.</translation>
    </message>
    <message>
        <source>Connections to the sandbox fail on purpose until it is switched off.</source>
        <translation>Las conexiones al entorno de pruebas fallan a propósito hasta que se desactive.</translation>
    </message>
    <message>
        <source>Sandbox &amp;panel…</source>
        <translation>&amp;Panel del entorno de pruebas…</translation>
    </message>
    <message>
        <source>Switch all &amp;off</source>
        <translation>Desactivar &amp;todos</translation>
    </message>
    <message>
        <source>Every sandbox fault is off.</source>
        <translation>Todos los fallos del entorno de pruebas están desactivados.</translation>
    </message>
    <message>
        <source>Choose an integration first.</source>
        <translation>Elija primero una integración.</translation>
    </message>
    <message>
        <source>Connected; the provider did not say which account.</source>
        <translation>Conectado; el proveedor no dijo qué cuenta.</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Conectado como %1.</translation>
    </message>
    <message>
        <source>%1 needs to be reconnected: press Reconnect beside it in Your connections, or Ctrl+R.</source>
        <translation>Hay que volver a conectar %1: pulse Volver a conectar a su lado en Sus conexiones, o Ctrl+R.</translation>
    </message>
    <message>
        <source>Keyway Sandbox</source>
        <translation>Keyway Sandbox</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;A connection manager for API integrations: OAuth 2.0, OpenID Connect, API keys and more, with secrets kept in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Un gestor de conexiones para integraciones de API: OAuth 2.0, OpenID Connect, claves de API y más, con los secretos guardados en el llavero del sistema.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 cannot start</source>
        <translation>%1 no puede iniciarse</translation>
    </message>
    <message>
        <source>%1 could not open its data.</source>
        <translation>%1 no pudo abrir sus datos.</translation>
    </message>
    <message>
        <source>Nothing was changed. Fix the problem and start %1 again.</source>
        <translation>No se cambió nada. Corrija el problema e inicie %1 de nuevo.</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Código de error: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n integration(s) shown</source>
        <translation>
            <numerusform>%1 de %n integración mostrada</numerusform>
            <numerusform>%1 de %n integraciones mostradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n conexión</numerusform>
            <numerusform>%n conexiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your connections (%1) · ⚠ %n need(s) you</source>
        <translation>
            <numerusform>Sus conexiones (%1) · ⚠ %n le necesita</numerusform>
            <numerusform>Sus conexiones (%1) · ⚠ %n le necesitan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your connections: %n connection(s)</source>
        <translation>
            <numerusform>Sus conexiones: %n conexión</numerusform>
            <numerusform>Sus conexiones: %n conexiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n need(s) you (worst: %2)</source>
        <translation>
            <numerusform>%1, %n le necesita (el peor: %2)</numerusform>
            <numerusform>%1, %n le necesitan (el peor: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds an exchanged token: exchange again from the connection it was derived from.</source>
        <translation>%1 contiene un token intercambiado: vuelva a intercambiarlo desde la conexión de la que deriva.</translation>
    </message>
</context>
<context>
    <name>keyway::MessagePanel</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Something failed.</source>
        <translation>Algo falló.</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>Estado HTTP %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Código de error: %1</translation>
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
        <translation>el portapapeles</translation>
    </message>
    <message>
        <source>This is too large to be a private key.</source>
        <translation>Es demasiado grande para ser una clave privada.</translation>
    </message>
    <message>
        <source>no PEM private key</source>
        <translation>no hay clave privada PEM</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 key loaded from %2.</source>
        <translation>Clave %1 cargada desde %2.</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clave privada</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation>Archivos PEM (*.pem *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Generating a %1 key pair…</source>
        <translation>Generando un par de claves %1…</translation>
    </message>
    <message>
        <source>No key was generated: %1</source>
        <translation>No se generó ninguna clave: %1</translation>
    </message>
    <message>
        <source>New %1 key pair generated. Register its public key (below) with %2.</source>
        <translation>Nuevo par de claves %1 generado. Registre su clave pública (abajo) en %2.</translation>
    </message>
</context>
<context>
    <name>keyway::ProtocolClient</name>
    <message>
        <source>The provider&apos;s answer was too large and was not read.</source>
        <translation>La respuesta del proveedor era demasiado grande y no se leyó.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>The provider did not answer in time. Check your connection and try again.</source>
        <translation>El proveedor no respondió a tiempo. Compruebe su conexión e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The secure connection to the provider could not be verified.</source>
        <translation>No se pudo verificar la conexión segura con el proveedor.</translation>
    </message>
    <message>
        <source>The provider&apos;s server could not be found. Check the address and your connection.</source>
        <translation>No se encontró el servidor del proveedor. Compruebe la dirección y su conexión.</translation>
    </message>
    <message>
        <source>The provider&apos;s server refused the connection.</source>
        <translation>El servidor del proveedor rechazó la conexión.</translation>
    </message>
    <message>
        <source>Could not reach the provider. Check your connection and try again.</source>
        <translation>No se pudo contactar con el proveedor. Compruebe su conexión e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>keyway::PushedAuthorizationRequest</name>
    <message>
        <source>an answer to the pushed authorization request</source>
        <translation>una respuesta a la solicitud de autorización enviada</translation>
    </message>
    <message>
        <source>The provider&apos;s answer to the pushed authorization request has no usable request_uri.</source>
        <translation>La respuesta del proveedor a la solicitud de autorización enviada no contiene un request_uri utilizable.</translation>
    </message>
</context>
<context>
    <name>keyway::RedirectHandoff</name>
    <message>
        <source>Keyway did not answer in time.</source>
        <translation>Keyway no respondió a tiempo.</translation>
    </message>
    <message>
        <source>This is not a sign-in response for Keyway.</source>
        <translation>No es una respuesta de inicio de sesión para Keyway.</translation>
    </message>
    <message>
        <source>This response names no Keyway sign-in (it carries no state), so it was not used.</source>
        <translation>Esta respuesta no nombra ningún inicio de sesión de Keyway (no lleva state), así que no se usó.</translation>
    </message>
    <message>
        <source>No Keyway sign-in is waiting for this response: it has ended, timed out, or belongs to another attempt. Start connecting again in Keyway.</source>
        <translation>Ningún inicio de sesión de Keyway espera esta respuesta: terminó, se agotó su tiempo o pertenece a otro intento. Vuelva a empezar a conectar en Keyway.</translation>
    </message>
    <message>
        <source>Keyway&apos;s answer was not understood.</source>
        <translation>No se entendió la respuesta de Keyway.</translation>
    </message>
</context>
<context>
    <name>keyway::RefreshCoordinator</name>
    <message>
        <source>The provider gave no refresh token, so this connection cannot renew itself: connect again.</source>
        <translation>El proveedor no dio un token de actualización, así que esta conexión no puede renovarse sola: vuelva a conectar.</translation>
    </message>
    <message>
        <source>No such connection.</source>
        <translation>No existe esa conexión.</translation>
    </message>
    <message>
        <source>This kind of connection has no token to refresh.</source>
        <translation>Este tipo de conexión no tiene token que actualizar.</translation>
    </message>
    <message>
        <source>The stored credentials are damaged: connect again.</source>
        <translation>Las credenciales guardadas están dañadas: vuelva a conectar.</translation>
    </message>
    <message>
        <source>This connection was disconnected: connect again.</source>
        <translation>Esta conexión se desconectó: vuelva a conectar.</translation>
    </message>
    <message>
        <source>The authorization is no longer valid: connect again.</source>
        <translation>La autorización ya no es válida: vuelva a conectar.</translation>
    </message>
    <message>
        <source>A renewal sent at %1 never finished (its process ended or its answer was lost): the provider may already have replaced the refresh token</source>
        <translation>Una renovación enviada a las %1 nunca terminó (su proceso acabó o su respuesta se perdió): puede que el proveedor ya haya sustituido el token de actualización</translation>
    </message>
    <message>
        <source>Using the current access token until it expires at %1 before trying the refresh token again</source>
        <translation>Se usa el token de acceso actual hasta que caduque a las %1 antes de volver a probar el token de actualización</translation>
    </message>
    <message>
        <source>The provider says the refresh token is still valid</source>
        <translation>El proveedor dice que el token de actualización sigue siendo válido</translation>
    </message>
    <message>
        <source>The provider says the refresh token is no longer valid</source>
        <translation>El proveedor dice que el token de actualización ya no es válido</translation>
    </message>
    <message>
        <source>An interrupted renewal used up this connection&apos;s refresh token and its replacement was lost: connect again.</source>
        <translation>Una renovación interrumpida gastó el token de actualización de esta conexión y su sustituto se perdió: vuelva a conectar.</translation>
    </message>
    <message>
        <source>Refreshing (refresh token %1)</source>
        <translation>Actualizando (token de actualización %1)</translation>
    </message>
    <message>
        <source>Retrying the refresh (attempt %1)</source>
        <translation>Reintentando la actualización (intento %1)</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3 of %4).</source>
        <translation>%1 Nuevo intento dentro de %2 s (intento %3 de %4).</translation>
    </message>
    <message>
        <source>%1 The provider may have renewed the token without Keyway hearing of it: Keyway keeps the current tokens and checks before trying again.</source>
        <translation>%1 Puede que el proveedor haya renovado el token sin que Keyway se enterara: Keyway conserva los tokens actuales y comprueba antes de reintentar.</translation>
    </message>
    <message>
        <source>New access token %1%2</source>
        <translation>Nuevo token de acceso %1%2</translation>
    </message>
    <message>
        <source>, refresh token %1</source>
        <translation>, token de actualización %1</translation>
    </message>
    <message>
        <source>The renewed tokens could not be saved in the keychain (%1): Keyway keeps them in memory and saves them as soon as the keychain is available again. Until then the connection is at risk: if Keyway quits first, you may have to connect again.</source>
        <translation>Los tokens renovados no se pudieron guardar en el llavero (%1): Keyway los mantiene en memoria y los guarda en cuanto el llavero vuelva a estar disponible. Hasta entonces la conexión corre peligro: si Keyway se cierra antes, quizá tenga que volver a conectar.</translation>
    </message>
    <message>
        <source>The renewed tokens held in memory are now saved in the keychain</source>
        <translation>Los tokens renovados que estaban en memoria ya están guardados en el llavero</translation>
    </message>
    <message>
        <source>The renewal was stopped before attempt %1. The connection keeps its current tokens.</source>
        <translation>La renovación se detuvo antes del intento %1. La conexión conserva sus tokens actuales.</translation>
    </message>
</context>
<context>
    <name>keyway::RequestConsole</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>No request sent yet.</source>
        <translation>Aún no se ha enviado ninguna solicitud.</translation>
    </message>
    <message>
        <source>⚠ Enter a URL first.</source>
        <translation>⚠ Introduzca primero una URL.</translation>
    </message>
    <message>
        <source>⚠ The request could not be started.</source>
        <translation>⚠ No se pudo iniciar la solicitud.</translation>
    </message>
    <message>
        <source>Send the credential to %1?</source>
        <translation>¿Enviar la credencial a %1?</translation>
    </message>
    <message>
        <source>%1 is not one of this connection&apos;s addresses.</source>
        <translation>%1 no es una de las direcciones de esta conexión.</translation>
    </message>
    <message>
        <source>Whoever runs %1 could use this connection&apos;s credential as you. Send the request without it unless you trust that site with this connection.</source>
        <translation>Quien gestione %1 podría usar la credencial de esta conexión como si fuera usted. Envíe la solicitud sin ella, salvo que confíe esta conexión a ese sitio.</translation>
    </message>
    <message>
        <source>Send without the credential</source>
        <translation>Enviar sin la credencial</translation>
    </message>
    <message>
        <source>Send the credential</source>
        <translation>Enviar la credencial</translation>
    </message>
    <message>
        <source>Always send it to %1 for this connection</source>
        <translation>Enviarla siempre a %1 para esta conexión</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Sending… %1 s</source>
        <translation>Enviando… %1 s</translation>
    </message>
    <message>
        <source> · %1 received</source>
        <translation> · %1 recibidos</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelada.</translation>
    </message>
    <message>
        <source>⚠ Not sent: %1</source>
        <translation>⚠ No enviada: %1</translation>
    </message>
    <message>
        <source>⚠ No answer: %1</source>
        <translation>⚠ Sin respuesta: %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2 · %3 · %4</source>
        <translation>HTTP %1 %2 · %3 · %4</translation>
    </message>
    <message>
        <source> · the token was refreshed and the request retried</source>
        <translation> · el token se actualizó y la solicitud se repitió</translation>
    </message>
    <message>
        <source> · ⚠ %1</source>
        <translation> · ⚠ %1</translation>
    </message>
    <message>
        <source>Reconnect with %1</source>
        <translation>Volver a conectar con %1</translation>
    </message>
    <message>
        <source>Reconnect with the permission %1</source>
        <translation>Volver a conectar con el permiso %1</translation>
    </message>
    <message>
        <source>The response has no body.</source>
        <translation>La respuesta no tiene cuerpo.</translation>
    </message>
    <message>
        <source>Formatting %1…</source>
        <translation>Formateando %1…</translation>
    </message>
    <message>
        <source>Binary content (%1). Save the body to look at it.</source>
        <translation>Contenido binario (%1). Guarde el cuerpo para verlo.</translation>
    </message>
    <message>
        <source>Binary content is not shown.</source>
        <translation>El contenido binario no se muestra.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>Se muestran los primeros %1 de %2.</translation>
    </message>
    <message>
        <source>The body was cut off at %1 by Keyway&apos;s size limit.</source>
        <translation>El cuerpo se cortó en %1 por el límite de tamaño de Keyway.</translation>
    </message>
    <message>
        <source>Formatting all %1…</source>
        <translation>Formateando los %1 completos…</translation>
    </message>
    <message>
        <source>Save response body</source>
        <translation>Guardar el cuerpo de la respuesta</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation>⚠ No guardado: %1</translation>
    </message>
    <message>
        <source>⚠ No cURL command: %1</source>
        <translation>⚠ Sin orden cURL: %1</translation>
    </message>
    <message>
        <source>⚠ The credential cannot be copied here.</source>
        <translation>⚠ La credencial no se puede copiar aquí.</translation>
    </message>
    <message>
        <source>The DPoP proof in this command is good for one request, within a few minutes: copy the command again for each run.</source>
        <translation>La prueba DPoP de este comando sirve para una sola solicitud, en pocos minutos: copie el comando de nuevo para cada ejecución.</translation>
    </message>
</context>
<context>
    <name>keyway::Revoker</name>
    <message>
        <source>This provider offers no way to revoke tokens; remove the app&apos;s access in the provider&apos;s account settings instead.</source>
        <translation>Este proveedor no ofrece forma de revocar tokens; retire en su lugar el acceso de la aplicación en la configuración de la cuenta del proveedor.</translation>
    </message>
    <message>
        <source>There is no token to revoke.</source>
        <translation>No hay ningún token que revocar.</translation>
    </message>
    <message>
        <source>a revocation answer</source>
        <translation>una respuesta de revocación</translation>
    </message>
    <message>
        <source>The provider cannot revoke the token right now. Try again later.</source>
        <translation>El proveedor no puede revocar el token ahora mismo. Inténtelo más tarde.</translation>
    </message>
</context>
<context>
    <name>keyway::SandboxPanel</name>
    <message>
        <source>Connect…</source>
        <translation>Conectar…</translation>
    </message>
    <message>
        <source>Connect to the Keyway Sandbox (%1)</source>
        <translation>Conectar con Keyway Sandbox (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — client %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — cliente %2</translation>
    </message>
    <message>
        <source>Keyway should %1</source>
        <translation>Keyway debería %1</translation>
    </message>
    <message>
        <source>Applies to the next request only, then switches itself off.</source>
        <translation>Se aplica solo a la siguiente solicitud y después se desactiva sola.</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, en %2</translation>
    </message>
    <message>
        <source>Stopped. Keyway starts it when you connect or use the Keyway Sandbox.</source>
        <translation>Detenido. Keyway lo inicia cuando conecta o usa Keyway Sandbox.</translation>
    </message>
    <message>
        <source>Running at %1</source>
        <translation>En marcha en %1</translation>
    </message>
    <message>
        <source>Served by another Keyway process at %1; the switches below act on it.</source>
        <translation>Lo sirve otro proceso de Keyway en %1; los interruptores de abajo actúan sobre él.</translation>
    </message>
    <message>
        <source>on until switched off</source>
        <translation>activado hasta que se desactive</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every fault is off.</source>
        <translation>Todos los fallos están desactivados.</translation>
    </message>
    <message>
        <source>On: %1.</source>
        <translation>Activados: %1.</translation>
    </message>
    <message>
        <source>%1: done at %2.</source>
        <translation>%1: hecho a las %2.</translation>
    </message>
    <message>
        <source>Connect makes a new client certificate, registers it with the sandbox and picks it in the connect dialog.</source>
        <translation>Conectar crea un certificado de cliente nuevo, lo registra en el sandbox y lo selecciona en el diálogo de conexión.</translation>
    </message>
</context>
<context>
    <name>keyway::SandboxServer</name>
    <message>
        <source>Stop the Keyway Sandbox before it changes its store.</source>
        <translation>Detenga Keyway Sandbox antes de que cambie su almacén.</translation>
    </message>
    <message>
        <source>The Keyway Sandbox already runs on port %1; stop it first.</source>
        <translation>Keyway Sandbox ya está en marcha en el puerto %1; deténgalo primero.</translation>
    </message>
    <message>
        <source>The Keyway Sandbox could not make its signing key.</source>
        <translation>Keyway Sandbox no pudo crear su clave de firma.</translation>
    </message>
    <message>
        <source>The Keyway Sandbox needs port %1 on 127.0.0.1, but another program that is not a Keyway Sandbox uses it. Close that program and try again.</source>
        <translation>Keyway Sandbox necesita el puerto %1 en 127.0.0.1, pero lo usa otro programa que no es un Keyway Sandbox. Cierre ese programa e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The Keyway Sandbox needs port %1 on 127.0.0.1, but a Keyway Sandbox that is not yours holds it (another user&apos;s, or one working from another data folder). Stop that one and try again.</source>
        <translation>Keyway Sandbox necesita el puerto %1 en 127.0.0.1, pero lo ocupa un Keyway Sandbox que no es suyo (el de otro usuario, o uno que trabaja desde otra carpeta de datos). Deténgalo e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>keyway::SaveExchangedDialog</name>
    <message>
        <source>&amp;Save connection</source>
        <translation>&amp;Guardar conexión</translation>
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
        <translation>La carpeta de Keyway para redirecciones de aplicación (%1) no es segura: %2.</translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <source>it belongs to another user</source>
        <translation>pertenece a otro usuario</translation>
    </message>
    <message>
        <source>others may open it</source>
        <translation>otros pueden abrirla</translation>
    </message>
    <message>
        <source>This sign-in listener was already used.</source>
        <translation>Este receptor de inicio de sesión ya se usó.</translation>
    </message>
    <message>
        <source>The app redirect is not configured.</source>
        <translation>La redirección de aplicación no está configurada.</translation>
    </message>
    <message>
        <source>Keyway could not wait for the app redirect.</source>
        <translation>Keyway no pudo esperar la redirección de aplicación.</translation>
    </message>
    <message>
        <source>Not a valid sign-in response</source>
        <translation>Respuesta de inicio de sesión no válida</translation>
    </message>
    <message>
        <source>The redirect is too long.</source>
        <translation>La redirección es demasiado larga.</translation>
    </message>
    <message>
        <source>This sign-in is over</source>
        <translation>Este inicio de sesión ha terminado</translation>
    </message>
    <message>
        <source>Keyway is no longer waiting for this response.</source>
        <translation>Keyway ya no espera esta respuesta.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>This is not Keyway&apos;s redirect URI.</source>
        <translation>Esta no es la URI de redirección de Keyway.</translation>
    </message>
</context>
<context>
    <name>keyway::ScopeVocabulary</name>
    <message>
        <source>The unified scope list is not valid.</source>
        <translation>La lista de ámbitos unificados no es válida.</translation>
    </message>
</context>
<context>
    <name>keyway::ScopesPanel</name>
    <message>
        <source>Requests: %1</source>
        <translation>Solicita: %1</translation>
    </message>
    <message>
        <source>Will request no scope: the provider&apos;s default applies.</source>
        <translation>No se solicitará ningún ámbito: se aplica el predeterminado del proveedor.</translation>
    </message>
    <message>
        <source>Nothing chosen, so the integration&apos;s defaults will be requested: %1</source>
        <translation>No se eligió nada, así que se solicitarán los predeterminados de la integración: %1</translation>
    </message>
    <message>
        <source>Will request no scope.</source>
        <translation>No se solicitará ningún ámbito.</translation>
    </message>
    <message>
        <source>Will request exactly: %1</source>
        <translation>Se solicitará exactamente: %1</translation>
    </message>
    <message>
        <source>⚠ %1 (%2) is not offered by %3 and will not be requested.</source>
        <translation>⚠ %3 no ofrece %1 (%2), y no se solicitará.</translation>
    </message>
</context>
<context>
    <name>keyway::SecretStore</name>
    <message>
        <source>No D-Bus session bus, so no Secret Service can be reached. Log in to a desktop session (or start one with dbus-run-session) with GNOME Keyring or KWallet running.</source>
        <translation>No hay bus de sesión D-Bus, así que no se puede contactar con ningún Secret Service. Inicie una sesión de escritorio (o una con dbus-run-session) con GNOME Keyring o KWallet en marcha.</translation>
    </message>
    <message>
        <source>No Secret Service on the session bus. Start GNOME Keyring, KWallet or another org.freedesktop.secrets provider, then try again.</source>
        <translation>No hay ningún Secret Service en el bus de sesión. Inicie GNOME Keyring, KWallet u otro proveedor de org.freedesktop.secrets e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (log in to your desktop session, or unlock the login keyring in your keyring manager), then try again.</source>
        <translation>El llavero está bloqueado. Desbloquéelo (inicie sesión en su escritorio, o desbloquee el llavero de inicio de sesión en su gestor de llaveros) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The keychain refused access. It may be locked: unlock it and try again.</source>
        <translation>El llavero denegó el acceso. Puede estar bloqueado: desbloquéelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>El llavero del sistema no está disponible.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>El llavero informó de un error.</translation>
    </message>
    <message>
        <source>A keychain entry of Keyway&apos;s is damaged.</source>
        <translation>Una entrada del llavero de Keyway está dañada.</translation>
    </message>
    <message>
        <source>No secret is stored for this item.</source>
        <translation>No hay ningún secreto guardado para este elemento.</translation>
    </message>
</context>
<context>
    <name>keyway::SettingsDialog</name>
    <message>
        <source>Add CA certificate</source>
        <translation>Añadir un certificado de CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name, or choose another proxy setting.</source>
        <translation>Introduzca el nombre de host del proxy, o elija otra configuración de proxy.</translation>
    </message>
    <message>
        <source>These files hold no readable PEM certificate and were skipped: %1</source>
        <translation>Estos archivos no contienen ningún certificado PEM legible y se omitieron: %1</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>keyway::ShortcutsDialog</name>
    <message>
        <source>Move from a search or filter field into its list</source>
        <translation>Pasar de un campo de búsqueda o filtro a su lista</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Flecha abajo</translation>
    </message>
    <message>
        <source>Open the integration or connection selected in a list</source>
        <translation>Abrir la integración o conexión seleccionada en una lista</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Open a list&apos;s context menu</source>
        <translation>Abrir el menú contextual de una lista</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10</source>
        <translation>Tecla de menú o Mayús+F10</translation>
    </message>
    <message>
        <source>Copy the selected timeline event</source>
        <translation>Copiar el evento de la cronología seleccionado</translation>
    </message>
    <message>
        <source>Send the request in the console</source>
        <translation>Enviar la solicitud en la consola</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Intro</translation>
    </message>
    <message>
        <source>Cancel a sign-in or a request under way</source>
        <translation>Cancelar un inicio de sesión o una solicitud en curso</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Move between fields and buttons</source>
        <translation>Moverse entre campos y botones</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>keyway::SignalWatcher</name>
    <message>
        <source>signal %1</source>
        <translation>señal %1</translation>
    </message>
</context>
<context>
    <name>keyway::TemplateExpander</name>
    <message>
        <source>Enter the %1.</source>
        <translation>Introduzca %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2.</source>
        <translation>«%1» no es un %2 válido.</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Ejemplo: %1</translation>
    </message>
    <message>
        <source>The integration uses an undeclared value.</source>
        <translation>La integración usa un valor no declarado.</translation>
    </message>
    <message>
        <source>A required value is missing.</source>
        <translation>Falta un valor obligatorio.</translation>
    </message>
    <message>
        <source>A value from the provider&apos;s token response is missing.</source>
        <translation>Falta un valor de la respuesta de token del proveedor.</translation>
    </message>
    <message>
        <source>A value contains control characters.</source>
        <translation>Un valor contiene caracteres de control.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an acceptable URL.</source>
        <translation>«%1» no es una URL aceptable.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used in a host name.</source>
        <translation>«%1» no se puede usar en un nombre de host.</translation>
    </message>
    <message>
        <source>The integration has a malformed URL.</source>
        <translation>La integración tiene una URL mal formada.</translation>
    </message>
    <message>
        <source>The values entered do not make a valid URL.</source>
        <translation>Los valores introducidos no forman una URL válida.</translation>
    </message>
    <message>
        <source>Keyway cannot use this URL.</source>
        <translation>Keyway no puede usar esta URL.</translation>
    </message>
</context>
<context>
    <name>keyway::TimelineModel</name>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (intento %2)</translation>
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
        <translation>%1 · paso «%2»</translation>
    </message>
    <message>
        <source>Time since the event before it</source>
        <translation>Tiempo desde el evento anterior</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>keyway::TimelineView</name>
    <message>
        <source>Every kind</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Every outcome</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>Solo fallos</translation>
    </message>
    <message>
        <source>Successes only</source>
        <translation>Solo éxitos</translation>
    </message>
    <message>
        <source>No events recorded yet.</source>
        <translation>Todavía no hay eventos registrados.</translation>
    </message>
    <message>
        <source>1 event.</source>
        <translation>1 evento.</translation>
    </message>
    <message>
        <source>%1 events, newest first.</source>
        <translation>%1 eventos, los más recientes primero.</translation>
    </message>
    <message>
        <source>%1 of %2 events shown, newest first.</source>
        <translation>%1 de %2 eventos mostrados, los más recientes primero.</translation>
    </message>
    <message>
        <source>Times are local, with milliseconds and the offset from UTC; details are redacted before they are stored.</source>
        <translation>Las horas son locales, con milisegundos y la diferencia con UTC; los detalles se ocultan antes de guardarse.</translation>
    </message>
    <message>
        <source>Event copied.</source>
        <translation>Evento copiado.</translation>
    </message>
    <message>
        <source>1 event copied.</source>
        <translation>1 evento copiado.</translation>
    </message>
    <message>
        <source>%1 events copied.</source>
        <translation>%1 eventos copiados.</translation>
    </message>
    <message>
        <source>Copy &amp;row</source>
        <translation>Copiar la &amp;fila</translation>
    </message>
    <message>
        <source>Copy &amp;detail</source>
        <translation>Copiar el &amp;detalle</translation>
    </message>
    <message>
        <source>Detail copied.</source>
        <translation>Detalle copiado.</translation>
    </message>
    <message>
        <source>Copy &amp;all shown</source>
        <translation>Copiar &amp;todo lo mostrado</translation>
    </message>
    <message>
        <source>Show only &quot;%1&quot; events</source>
        <translation>Mostrar solo los eventos «%1»</translation>
    </message>
    <message>
        <source>Show only &amp;failures</source>
        <translation>Mostrar solo los &amp;fallos</translation>
    </message>
    <message>
        <source>Show &amp;everything</source>
        <translation>Mostrar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Export diagnostic bundle…</source>
        <translation>&amp;Exportar un paquete de diagnóstico…</translation>
    </message>
</context>
<context>
    <name>keyway::TokenInspector</name>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Token de actualización</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>Token de identidad</translation>
    </message>
    <message>
        <source>Tokens are read from the keychain when this tab is open, and shown masked.</source>
        <translation>Los tokens se leen del llavero cuando esta pestaña está abierta, y se muestran ocultos.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Leyendo el llavero…</translation>
    </message>
    <message>
        <source>⚠ The tokens could not be read: %1</source>
        <translation>⚠ No se pudieron leer los tokens: %1</translation>
    </message>
    <message>
        <source>Tokens are masked until you reveal them. JWTs are decoded here and their signature is checked against the provider&apos;s published keys.</source>
        <translation>Los tokens están ocultos hasta que los muestre. Los JWT se decodifican aquí y su firma se comprueba con las claves publicadas por el proveedor.</translation>
    </message>
    <message>
        <source>Checking the signature against the provider&apos;s keys…</source>
        <translation>Comprobando la firma con las claves del proveedor…</translation>
    </message>
    <message>
        <source>Signature valid (checked against the provider&apos;s JWKS)</source>
        <translation>Firma válida (comprobada con el JWKS del proveedor)</translation>
    </message>
    <message>
        <source>Signature valid: key %1 of the provider&apos;s JWKS</source>
        <translation>Firma válida: clave %1 del JWKS del proveedor</translation>
    </message>
    <message>
        <source>Signature not checked: %1</source>
        <translation>Firma no comprobada: %1</translation>
    </message>
    <message>
        <source>Signature NOT valid: %1</source>
        <translation>Firma NO válida: %1</translation>
    </message>
    <message>
        <source>Asking the provider…</source>
        <translation>Preguntando al proveedor…</translation>
    </message>
    <message>
        <source>Exchanged token</source>
        <translation>Token intercambiado</translation>
    </message>
    <message>
        <source>E&amp;xchange…</source>
        <translation>&amp;Intercambiar…</translation>
    </message>
    <message>
        <source>Exchange the access token for one aimed at another service</source>
        <translation>Intercambiar el token de acceso por uno destinado a otro servicio</translation>
    </message>
    <message>
        <source>Asking the provider for a token for %1…</source>
        <translation>Pidiendo al proveedor un token para %1…</translation>
    </message>
    <message>
        <source>⚠ The token exchange failed: %1</source>
        <translation>⚠ El intercambio de token falló: %1</translation>
    </message>
    <message>
        <source>Token exchanged (%1). It is shown below and not kept: the connection keeps its own.</source>
        <translation>Token intercambiado (%1). Se muestra abajo y no se guarda: la conexión conserva el suyo.</translation>
    </message>
    <message>
        <source>type not given</source>
        <translation>tipo no indicado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Granted authorization details&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Detalles de autorización concedidos&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Sa&amp;ve as connection…</source>
        <translation>Guardar como &amp;conexión…</translation>
    </message>
    <message>
        <source>Save the exchanged token as a new connection</source>
        <translation>Guardar el token intercambiado como una nueva conexión</translation>
    </message>
    <message>
        <source>Keep this token as a new connection, to call the service it is for from the console or the command line</source>
        <translation>Guardar este token como una nueva conexión, para llamar al servicio al que va destinado desde la consola o la línea de órdenes</translation>
    </message>
    <message>
        <source>Saving the exchanged token as %1…</source>
        <translation>Guardando el token intercambiado como %1…</translation>
    </message>
    <message>
        <source>⚠ The exchanged token was not saved: %1</source>
        <translation>⚠ No se guardó el token intercambiado: %1</translation>
    </message>
    <message>
        <source>Saved the exchanged token as the connection %1.</source>
        <translation>Se guardó el token intercambiado como la conexión %1.</translation>
    </message>
</context>
<context>
    <name>keyway::TokenView</name>
    <message>
        <source>Reveal %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Decoded %1</source>
        <translation>%1 decodificado</translation>
    </message>
    <message>
        <source>Introspect %1</source>
        <translation>Introspección de %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>The provider issued no %1.</source>
        <translation>El proveedor no emitió ningún %1.</translation>
    </message>
    <message>
        <source>JWT, signed with %1</source>
        <translation>JWT, firmado con %1</translation>
    </message>
    <message>
        <source>an unknown algorithm</source>
        <translation>un algoritmo desconocido</translation>
    </message>
    <message>
        <source> · fingerprint %1</source>
        <translation> · huella %1</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>The provider says the token is active.</source>
        <translation>El proveedor dice que el token está activo.</translation>
    </message>
    <message>
        <source>The provider says the token is not active.</source>
        <translation>El proveedor dice que el token no está activo.</translation>
    </message>
    <message>
        <source>Introspection (RFC 7662)</source>
        <translation>Introspección (RFC 7662)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>DPoP key, cnf.jkt %1</source>
        <translation>clave DPoP, cnf.jkt %1</translation>
    </message>
    <message>
        <source>client certificate, cnf.x5t#S256 %1</source>
        <translation>certificado de cliente, cnf.x5t#S256 %1</translation>
    </message>
    <message>
        <source>✓ Bound to this device&apos;s key (%1)</source>
        <translation>✓ Vinculado a la clave de este dispositivo (%1)</translation>
    </message>
    <message>
        <source>✗ Bound to a different key (%1): not this connection&apos;s</source>
        <translation>✗ Vinculado a otra clave (%1): no la de esta conexión</translation>
    </message>
    <message>
        <source>Not bound: whoever holds a copy of this token can use it</source>
        <translation>No vinculado: cualquiera que tenga una copia de este token puede usarlo</translation>
    </message>
    <message>
        <source>Access token profile (RFC 9068)</source>
        <translation>Perfil del token de acceso (RFC 9068)</translation>
    </message>
    <message>
        <source>Access token claims (RFC 9068 names; not typed at+jwt)</source>
        <translation>Claims del token de acceso (nombres de la RFC 9068; sin tipo at+jwt)</translation>
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
        <translation>Este proveedor no tiene una dirección para preguntar quién está conectado.</translation>
    </message>
    <message>
        <source>There is no access token to ask with.</source>
        <translation>No hay ningún token de acceso con el que preguntar.</translation>
    </message>
    <message>
        <source>information about the account</source>
        <translation>información sobre la cuenta</translation>
    </message>
    <message>
        <source>The provider sent signed account information, which Keyway cannot read.</source>
        <translation>El proveedor envió información de la cuenta firmada, que Keyway no puede leer.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer is not JSON, so it could not be read as %1.</source>
        <translation>La respuesta del proveedor no es JSON, así que no se pudo leer como %1.</translation>
    </message>
</context>
<context>
    <name>keyway::VaultSecretStore</name>
    <message>
        <source>Keyway keeps secrets in its encrypted vault, which is locked. Unlock it with its passphrase (in the window, or with KEYWAY_VAULT_PASSPHRASE_FILE for the command line).</source>
        <translation>Keyway guarda los secretos en su bóveda cifrada, que está bloqueada. Desbloquéela con su frase de contraseña (en la ventana, o con KEYWAY_VAULT_PASSPHRASE_FILE para la línea de órdenes).</translation>
    </message>
    <message>
        <source>Keyway&apos;s encrypted vault could not be opened: %1</source>
        <translation>No se pudo abrir la bóveda cifrada de Keyway: %1</translation>
    </message>
    <message>
        <source>Another Keyway process holds the encrypted vault. Try again.</source>
        <translation>Otro proceso de Keyway tiene la bóveda cifrada. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>keyway::VaultUnlockDialog</name>
    <message>
        <source>Create the secret vault</source>
        <translation>Crear la bóveda de secretos</translation>
    </message>
    <message>
        <source>Unlock the secret vault</source>
        <translation>Desbloquear la bóveda de secretos</translation>
    </message>
    <message>
        <source>Keyway keeps tokens and client secrets in an encrypted vault on this computer. Choose a passphrase for it; without the passphrase nobody (not even Keyway) can read them, so keep it safe.</source>
        <translation>Keyway guarda los tokens y los secretos de cliente en una bóveda cifrada en este equipo. Elija una frase de contraseña para ella; sin la frase de contraseña nadie (ni siquiera Keyway) puede leerlos, así que guárdela bien.</translation>
    </message>
    <message>
        <source>Keyway&apos;s tokens and client secrets are in an encrypted vault (%1). Enter its passphrase to use your connections.</source>
        <translation>Los tokens y secretos de cliente de Keyway están en una bóveda cifrada (%1). Introduzca su frase de contraseña para usar sus conexiones.</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Crear la bóveda</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Leave the vault locked; File ▸ Unlock vault… asks again</source>
        <translation>Dejar la bóveda bloqueada; Archivo ▸ Desbloquear la bóveda… vuelve a preguntar</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Introduzca la frase de contraseña.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Las dos frases de contraseña son distintas. Escriba la misma dos veces.</translation>
    </message>
    <message>
        <source>The vault could not be unlocked.</source>
        <translation>No se pudo desbloquear la bóveda.</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Creando la bóveda…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
</context>
</TS>
