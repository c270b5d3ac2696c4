<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AccessTokenProfile</name>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>オーディエンス</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Token ID</source>
        <translation>トークン ID</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行日時</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>サインイン日時</translation>
    </message>
    <message>
        <source>Authentication context</source>
        <translation>認証コンテキスト</translation>
    </message>
</context>
<context>
    <name>Base64Url</name>
    <message>
        <source>The data is not valid base64url text.</source>
        <translation>データが有効な base64url テキストではありません。</translation>
    </message>
</context>
<context>
    <name>BodyFormatter</name>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>バイト %1 で JSON が無効です: %2</translation>
    </message>
</context>
<context>
    <name>BrowserLauncher</name>
    <message>
        <source>Keyway will only open web addresses in a browser.</source>
        <translation>Keyway がブラウザーで開くのはウェブアドレスだけです。</translation>
    </message>
    <message>
        <source>The system browser could not be opened. Copy the link into a browser instead.</source>
        <translation>システムのブラウザーを開けませんでした。代わりにリンクをブラウザーにコピーしてください。</translation>
    </message>
    <message>
        <source>The browser command could not be started. Copy the link into a browser instead.</source>
        <translation>ブラウザーのコマンドを起動できませんでした。代わりにリンクをブラウザーにコピーしてください。</translation>
    </message>
</context>
<context>
    <name>BundlePreviewDialog</name>
    <message>
        <source>Diagnostic bundle</source>
        <translation>診断バンドル</translation>
    </message>
    <message>
        <source>What the bundle holds</source>
        <translation>バンドルの内容</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>個人データ</translation>
    </message>
    <message>
        <source>Personal data in the bundle</source>
        <translation>バンドル内の個人データ</translation>
    </message>
    <message>
        <source>&amp;Leave out personal data (account, names, e-mail, user id)</source>
        <translation>個人データを除外する(&amp;L)(アカウント、名前、メール、ユーザー ID)</translation>
    </message>
    <message>
        <source>Replaces each personal value in the bundle by &quot;(left out)&quot;</source>
        <translation>バンドル内の各個人データを「(除外)」に置き換えます</translation>
    </message>
    <message>
        <source>Bundle contents (JSON)</source>
        <translation>バンドルの内容 (JSON)</translation>
    </message>
    <message>
        <source>Building the bundle…</source>
        <translation>バンドルを作成中…</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: keyway [SUBCOMMAND] [OPTIONS]

Without a subcommand, opens the Keyway window.

Subcommands:
</source>
        <translation>使い方: keyway [サブコマンド] [オプション]

サブコマンドなしで Keyway のウィンドウを開きます。

サブコマンド:
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
オプション:
  -h, --help        このヘルプを表示 (サブコマンドのオプションは keyway サブコマンド --help)
  -v, --version     バージョンを表示

秘密情報はコマンドラインからは受け取りません: --*-stdin オプションを使ってください。
</translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not take the renewed tokens (is it locked?). Unlock it within %n second(s), or the new refresh token is lost and you may have to connect again.</source>
        <translation>
            <numerusform>キーチェーンが更新されたトークンを受け付けませんでした (ロックされていませんか?)。%n 秒以内にロックを解除しないと、新しいリフレッシュトークンが失われ、接続し直す必要があるかもしれません。</numerusform>
        </translation>
    </message>
    <message>
        <source>keyway: the renewed tokens are saved in the keychain.</source>
        <translation>keyway: 更新されたトークンをキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>the keychain stayed unavailable: the renewed tokens were not saved.</source>
        <translation>キーチェーンが使えないままでした: 更新されたトークンは保存されていません。</translation>
    </message>
    <message>
        <source>keyway: unknown subcommand &apos;%1&apos; (see keyway --help)</source>
        <translation>keyway: 不明なサブコマンド「%1」です (keyway --help を参照)</translation>
    </message>
    <message>
        <source>Run &apos;keyway connections --recover&apos; to bring them back, or &apos;keyway connections --revoke-lost&apos; to revoke them at their providers and delete them.</source>
        <translation>「keyway connections --recover」で復元するか、「keyway connections --revoke-lost」でプロバイダー側で取り消して削除してください。</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>このヘルプを表示</translation>
    </message>
    <message>
        <source>%1 (see keyway %2 --help)</source>
        <translation>%1 (keyway %2 --help を参照)</translation>
    </message>
</context>
<context>
    <name>ClientAssertion</name>
    <message>
        <source>Keyway could not build the signed request for the provider.</source>
        <translation>Keyway はプロバイダーへの署名付きリクエストを作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>ClientAuthenticator</name>
    <message>
        <source>No client id is configured for this connection.</source>
        <translation>この接続にはクライアント ID が設定されていません。</translation>
    </message>
    <message>
        <source>No client secret is configured for this connection.</source>
        <translation>この接続にはクライアントシークレットが設定されていません。</translation>
    </message>
    <message>
        <source>No private key is configured for this connection.</source>
        <translation>この接続には秘密鍵が設定されていません。</translation>
    </message>
    <message>
        <source>The configured private key cannot be used: %1</source>
        <translation>設定された秘密鍵は使用できません: %1</translation>
    </message>
    <message>
        <source>Could not sign the client assertion with the configured private key: %1</source>
        <translation>設定された秘密鍵でクライアントアサーションに署名できませんでした: %1</translation>
    </message>
    <message>
        <source>No client certificate is configured for this connection.</source>
        <translation>この接続にはクライアント証明書が設定されていません。</translation>
    </message>
</context>
<context>
    <name>ClientCertificate</name>
    <message>
        <source>The client certificate file is not a PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>クライアント証明書のファイルが PEM 形式の証明書ではありません (-----BEGIN CERTIFICATE-----)。</translation>
    </message>
    <message>
        <source>The client certificate&apos;s private key is not an unencrypted PEM private key.</source>
        <translation>クライアント証明書の秘密鍵が、暗号化されていない PEM 形式の秘密鍵ではありません。</translation>
    </message>
    <message>
        <source>The private key does not belong to the client certificate.</source>
        <translation>この秘密鍵はクライアント証明書のものではありません。</translation>
    </message>
    <message>
        <source>The client certificate&apos;s key must be an RSA or EC key.</source>
        <translation>クライアント証明書の鍵は RSA または EC の鍵でなければなりません。</translation>
    </message>
    <message>
        <source>The client certificate or its key could not be loaded for TLS.</source>
        <translation>クライアント証明書またはその鍵を TLS 用に読み込めませんでした。</translation>
    </message>
    <message>
        <source>The PKCS#12 file could not be opened: the password is wrong, or it holds no certificate and key.</source>
        <translation>PKCS#12 ファイルを開けませんでした。パスワードが違うか、証明書と鍵が含まれていません。</translation>
    </message>
</context>
<context>
    <name>ClientCertificateOptions</name>
    <message>
        <source>TLS client certificate (PEM) for mutual TLS (RFC 8705); its key with --client-key-stdin</source>
        <translation>相互 TLS (RFC 8705) 用の TLS クライアント証明書 (PEM)。鍵は --client-key-stdin で渡す</translation>
    </message>
    <message>
        <source>Read the client certificate&apos;s private key (PEM) from standard input</source>
        <translation>クライアント証明書の秘密鍵 (PEM) を標準入力から読み取る</translation>
    </message>
    <message>
        <source>TLS client certificate and key as a PKCS#12 file, imported once</source>
        <translation>TLS クライアント証明書と鍵を含む PKCS#12 ファイル (一度だけ取り込む)</translation>
    </message>
    <message>
        <source>Read the PKCS#12 file&apos;s password from standard input</source>
        <translation>PKCS#12 ファイルのパスワードを標準入力から読み取る</translation>
    </message>
    <message>
        <source>--client-cert and --client-p12 cannot be given together</source>
        <translation>--client-cert と --client-p12 は同時に指定できません</translation>
    </message>
    <message>
        <source>--client-p12 FILE takes its password with --p12-password-stdin</source>
        <translation>--client-p12 FILE のパスワードは --p12-password-stdin で渡してください</translation>
    </message>
    <message>
        <source>--p12-password-stdin goes with --client-p12 FILE</source>
        <translation>--p12-password-stdin は --client-p12 FILE と一緒に使います</translation>
    </message>
    <message>
        <source>only one option at a time can read standard input</source>
        <translation>標準入力を読み取れるオプションは一度に 1 つだけです</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>standard input was empty: --client-key-stdin reads the private key there</source>
        <translation>標準入力が空でした: --client-key-stdin は秘密鍵をそこから読み取ります</translation>
    </message>
    <message>
        <source>Read the client certificate&apos;s private key (PEM) from FILE, leaving standard input to --client-secret-stdin</source>
        <translation>クライアント証明書の秘密鍵 (PEM) を FILE から読み取る (標準入力は --client-secret-stdin 用に空けておく)</translation>
    </message>
    <message>
        <source>give the private key once: --client-key-stdin or --client-key-file FILE</source>
        <translation>秘密鍵は 1 回だけ指定してください: --client-key-stdin または --client-key-file FILE</translation>
    </message>
    <message>
        <source>--client-cert FILE takes its private key with --client-key-stdin or --client-key-file FILE</source>
        <translation>--client-cert FILE の秘密鍵は --client-key-stdin または --client-key-file FILE で渡してください</translation>
    </message>
</context>
<context>
    <name>ClientCertificatePanel</name>
    <message>
        <source>Client certificate &amp;format:</source>
        <translation>クライアント証明書の形式(&amp;F):</translation>
    </message>
    <message>
        <source>Client certificate format</source>
        <translation>クライアント証明書の形式</translation>
    </message>
    <message>
        <source>Certificate (PEM):</source>
        <translation>証明書 (PEM):</translation>
    </message>
    <message>
        <source>No certificate chosen.</source>
        <translation>証明書が選択されていません。</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the client certificate file (PEM)</source>
        <translation>クライアント証明書ファイル (PEM) を選択</translation>
    </message>
    <message>
        <source>Its private key (PEM):</source>
        <translation>その秘密鍵 (PEM):</translation>
    </message>
    <message>
        <source>No private key chosen.</source>
        <translation>秘密鍵が選択されていません。</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>選択(&amp;S)…</translation>
    </message>
    <message>
        <source>Choose the client certificate&apos;s private key file (PEM)</source>
        <translation>クライアント証明書の秘密鍵ファイル (PEM) を選択</translation>
    </message>
    <message>
        <source>PKCS#12 file:</source>
        <translation>PKCS#12 ファイル:</translation>
    </message>
    <message>
        <source>No PKCS#12 file chosen.</source>
        <translation>PKCS#12 ファイルが選択されていません。</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file (.p12, .pfx)</source>
        <translation>PKCS#12 ファイル (.p12, .pfx) を選択</translation>
    </message>
    <message>
        <source>PKCS#12 pass&amp;word:</source>
        <translation>PKCS#12 パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>Empty when the file has no password</source>
        <translation>ファイルにパスワードがない場合は空欄</translation>
    </message>
    <message>
        <source>PKCS#12 password</source>
        <translation>PKCS#12 パスワード</translation>
    </message>
</context>
<context>
    <name>ClockLeeway</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Keyway could not compare its clock with the provider&apos;s (the answer had no Date header): check that this computer&apos;s date, time and time zone are right; if they are, the provider&apos;s clock is wrong.</source>
        <translation>Keyway は自分の時計をプロバイダーの時計と比較できませんでした (応答に Date ヘッダーがありません): このコンピューターの日付、時刻、タイムゾーンを確認してください。正しければ、プロバイダーの時計が間違っています。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock agrees with the provider&apos;s within %1 (going by the Date header of its answer), so the provider dated the token wrongly.</source>
        <translation>このコンピューターの時計はプロバイダーの時計と %1 以内で一致しています (応答の Date ヘッダーによる)。つまりプロバイダーがトークンの日時を誤っています。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the provider&apos;s (going by the Date header of its answer).</source>
        <translation>このコンピューターの時計はプロバイダーより %1 遅れています (応答の Date ヘッダーによる)。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the provider&apos;s (going by the Date header of its answer).</source>
        <translation>このコンピューターの時計はプロバイダーより %1 進んでいます (応答の Date ヘッダーによる)。</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date, time and time zone; if they are right, the provider&apos;s clock is wrong.</source>
        <translation>このコンピューターの日付、時刻、タイムゾーンを確認してください。正しければ、プロバイダーの時計が間違っています。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1 h</source>
        <translation>
            <numerusform>%n 日 %1 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectCommand</name>
    <message>
        <source>Catalogue id (see keyway integrations)</source>
        <translation>カタログの ID (keyway integrations を参照)</translation>
    </message>
    <message>
        <source>OpenID Connect issuer URL (endpoints by discovery)</source>
        <translation>OpenID Connect の発行者 URL (エンドポイントはディスカバリーで取得)</translation>
    </message>
    <message>
        <source>Auth mode, e.g. oauth2_authorization_code, api_key</source>
        <translation>認証方式 (例: oauth2_authorization_code、api_key)</translation>
    </message>
    <message>
        <source>OAuth client id</source>
        <translation>OAuth クライアント ID</translation>
    </message>
    <message>
        <source>Read the client secret from standard input</source>
        <translation>クライアントシークレットを標準入力から読み取る</translation>
    </message>
    <message>
        <source>Read the API key from standard input</source>
        <translation>API キーを標準入力から読み取る</translation>
    </message>
    <message>
        <source>Basic auth user name</source>
        <translation>Basic 認証のユーザー名</translation>
    </message>
    <message>
        <source>Read the Basic auth user name from standard input (an API key sent as the user name)</source>
        <translation>Basic 認証のユーザー名を標準入力から読み取る (ユーザー名として送る API キー)</translation>
    </message>
    <message>
        <source>Client authentication: client_secret_basic, client_secret_post, private_key_jwt, tls_client_auth, self_signed_tls_client_auth or none</source>
        <translation>クライアント認証: client_secret_basic、client_secret_post、private_key_jwt、tls_client_auth、self_signed_tls_client_auth、none のいずれか</translation>
    </message>
    <message>
        <source>Read the Basic auth password from standard input</source>
        <translation>Basic 認証のパスワードを標準入力から読み取る</translation>
    </message>
    <message>
        <source>Read a bearer token (pasted by hand) from standard input</source>
        <translation>(手で貼り付けた) ベアラートークンを標準入力から読み取る</translation>
    </message>
    <message>
        <source>Service account JSON key file (JWT bearer)</source>
        <translation>サービスアカウントの JSON 鍵ファイル (JWT ベアラー)</translation>
    </message>
    <message>
        <source>PEM private key for private_key_jwt</source>
        <translation>private_key_jwt 用の PEM 秘密鍵</translation>
    </message>
    <message>
        <source>kid of the private key</source>
        <translation>秘密鍵の kid</translation>
    </message>
    <message>
        <source>Signing algorithm of the private key, RS256 or ES256 (default: the key&apos;s)</source>
        <translation>秘密鍵の署名アルゴリズム、RS256 または ES256 (既定: 鍵に合うもの)</translation>
    </message>
    <message>
        <source>audience parameter of the token request (client credentials)</source>
        <translation>トークンリクエストの audience パラメーター (クライアントクレデンシャル)</translation>
    </message>
    <message>
        <source>RFC 8707 resource indicator of the token request (repeatable)</source>
        <translation>トークンリクエストの RFC 8707 リソースインジケーター (複数指定可)</translation>
    </message>
    <message>
        <source>JWT bearer subject (domain-wide delegation)</source>
        <translation>JWT ベアラーのサブジェクト (ドメイン全体の委任)</translation>
    </message>
    <message>
        <source>Scopes, unified or provider&apos;s, space separated</source>
        <translation>スコープ (統一スコープまたはプロバイダーのもの、空白区切り)</translation>
    </message>
    <message>
        <source>A name for the connection</source>
        <translation>接続の名前</translation>
    </message>
    <message>
        <source>Browser command (%s = URL); default KEYWAY_BROWSER, then the system browser</source>
        <translation>ブラウザーのコマンド (%s = URL)。既定は KEYWAY_BROWSER、次にシステムのブラウザー</translation>
    </message>
    <message>
        <source>Template variable, e.g. subdomain=acme (repeatable)</source>
        <translation>テンプレート変数 (例: subdomain=acme、複数指定可)</translation>
    </message>
    <message>
        <source>Extra authorization request parameter (repeatable)</source>
        <translation>認可リクエストの追加パラメーター (複数指定可)</translation>
    </message>
    <message>
        <source>Extra token request parameter, e.g. audience=... (repeatable)</source>
        <translation>トークンリクエストの追加パラメーター (例: audience=...、複数指定可)</translation>
    </message>
    <message>
        <source>The exact redirect URI registered at the provider: http://127.0.0.1:PORT/PATH (Keyway listens there) or io.keyway.app:/oauth2redirect; kept for --reconnect</source>
        <translation>プロバイダーに登録したとおりのリダイレクト URI: http://127.0.0.1:PORT/PATH (Keyway がそこで待ち受ける) または io.keyway.app:/oauth2redirect。--reconnect のために保存される</translation>
    </message>
    <message>
        <source>Sign in on another device: open no browser here, print the address to open anywhere and read back from standard input the address the browser ended on (the device code sign-in instead, where the integration has one)</source>
        <translation>別のデバイスでサインインする: ここではブラウザーを開かず、どこかで開くアドレスを表示し、ブラウザーが最後に表示したアドレスを標準入力から読み取る (連携にデバイスコードによるサインインがあればそちらを使う)</translation>
    </message>
    <message>
        <source>Do not send PKCE (for servers that reject it)</source>
        <translation>PKCE を送らない (PKCE を拒否するサーバー向け)</translation>
    </message>
    <message>
        <source>Push the authorization request to the provider first (RFC 9126): the browser gets only client_id and request_uri</source>
        <translation>認可リクエストを先にプロバイダーへ送る (RFC 9126)。ブラウザーには client_id と request_uri だけが渡る</translation>
    </message>
    <message>
        <source>Bind the tokens to a key pair kept in the keychain for this connection (DPoP, RFC 9449): every token, refresh and API request carries a proof signed with it</source>
        <translation>この接続用にキーチェーンに保管する鍵ペアにトークンを結び付ける (DPoP、RFC 9449)。トークン・更新・API の各リクエストにその鍵で署名した証明が付く</translation>
    </message>
    <message>
        <source>Seconds to wait for the browser (default 300)</source>
        <translation>ブラウザーを待つ秒数 (既定 300)</translation>
    </message>
    <message>
        <source>Re-authorize this existing connection in place</source>
        <translation>この既存の接続をそのまま再認可する</translation>
    </message>
    <message>
        <source>name an integration or give --issuer URL (see keyway integrations)</source>
        <translation>連携を指定するか --issuer URL を指定してください (keyway integrations を参照)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>予期しない引数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected KEY=VALUE, got &apos;%1&apos;</source>
        <translation>KEY=VALUE の形式が必要ですが &apos;%1&apos; でした</translation>
    </message>
    <message>
        <source>--resource takes an absolute URI without a fragment, got &apos;%1&apos;</source>
        <translation>--resource にはフラグメントのない絶対 URI が必要ですが &apos;%1&apos; でした</translation>
    </message>
    <message>
        <source>only one --*-stdin option at a time</source>
        <translation>--*-stdin オプションは一度に 1 つだけです</translation>
    </message>
    <message>
        <source>--no-browser reads the browser&apos;s address from standard input, so no --*-stdin option can be given with it (a --reconnect reuses a kept secret)</source>
        <translation>--no-browser はブラウザーのアドレスを標準入力から読み取るため、--*-stdin オプションと一緒には指定できません (--reconnect は保存済みのシークレットを再利用します)</translation>
    </message>
    <message>
        <source>standard input was empty</source>
        <translation>標準入力が空でした</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds</source>
        <translation>--timeout には秒数を指定してください</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Signing in with a device code, which needs nothing pasted back (--mode %1 for the other way).</source>
        <translation>デバイスコードでサインインします。何も貼り付ける必要はありません (もう一方の方法は --mode %1)。</translation>
    </message>
    <message>
        <source>Open this address in a browser on any device and sign in:</source>
        <translation>任意のデバイスのブラウザーでこのアドレスを開き、サインインしてください:</translation>
    </message>
    <message>
        <source>The browser then ends on an address it cannot load; that is expected.</source>
        <translation>その後ブラウザーは読み込めないアドレスで止まりますが、それで正常です。</translation>
    </message>
    <message>
        <source>The browser then ends on an address it cannot load (%1?...); that is expected.</source>
        <translation>その後ブラウザーは読み込めないアドレス (%1?...) で止まりますが、それで正常です。</translation>
    </message>
    <message>
        <source>Copy that whole address from its address bar, paste it here and press Enter:</source>
        <translation>アドレスバーからそのアドレス全体をコピーし、ここに貼り付けて Enter キーを押してください:</translation>
    </message>
    <message>
        <source>Opening your browser. If it does not open, visit:</source>
        <translation>ブラウザーを開いています。開かない場合は次のアドレスにアクセスしてください:</translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code:</source>
        <translation>サインインするには %1 を開いて次のコードを入力してください:</translation>
    </message>
    <message>
        <source>(or open %1, which has the code filled in)</source>
        <translation>(または、コードが入力済みの %1 を開いてください)</translation>
    </message>
    <message>
        <source>Waiting for approval until %1 (Ctrl+C cancels)...</source>
        <translation>%1 まで承認を待っています (Ctrl+C で中止)...</translation>
    </message>
    <message>
        <source>Connected; the provider did not say which account.</source>
        <translation>接続しました。プロバイダーはどのアカウントかを示しませんでした。</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>%1 として接続しました</translation>
    </message>
    <message>
        <source>Scopes granted: %1</source>
        <translation>許可されたスコープ: %1</translation>
    </message>
    <message>
        <source>Not granted: %1</source>
        <translation>許可されなかったもの: %1</translation>
    </message>
    <message>
        <source>no address was pasted; nothing was stored</source>
        <translation>アドレスが貼り付けられなかったため、何も保存していません</translation>
    </message>
    <message>
        <source>Connect an integration (prints the connection id)</source>
        <translation>連携に接続する (接続 ID を出力)</translation>
    </message>
    <message>
        <source>RFC 9396 authorization details: a file holding their JSON array, sent with the authorization request</source>
        <translation>RFC 9396 の認可詳細: その JSON 配列を収めたファイル。認可リクエストと一緒に送信します</translation>
    </message>
    <message>
        <source>--authorization-details: cannot read %1 (%2)</source>
        <translation>--authorization-details: %1 を読み取れません (%2)</translation>
    </message>
    <message>
        <source>--authorization-details: %1 is not JSON (%2 at offset %3)</source>
        <translation>--authorization-details: %1 は JSON ではありません (位置 %3 で %2)</translation>
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
        <translation>接続</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>セキュリティ警告</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>不足しているもの</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>接続エラー</translation>
    </message>
</context>
<context>
    <name>ConnectFormPage</name>
    <message>
        <source>PKCE warning</source>
        <translation>PKCE の警告</translation>
    </message>
    <message>
        <source>&amp;How to connect:</source>
        <translation>接続方法(&amp;H):</translation>
    </message>
    <message>
        <source>Authentication mode</source>
        <translation>認証方式</translation>
    </message>
    <message>
        <source>Connection &amp;name:</source>
        <translation>接続名(&amp;N):</translation>
    </message>
    <message>
        <source>Optional: the account name is used</source>
        <translation>省略可: アカウント名が使われます</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>接続名</translation>
    </message>
    <message>
        <source>&amp;Where do these values come from?</source>
        <translation>これらの値の入手先(&amp;W)</translation>
    </message>
    <message>
        <source>Show setup instructions</source>
        <translation>設定手順を表示</translation>
    </message>
    <message>
        <source>Setup instructions</source>
        <translation>設定手順</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>アカウントの詳細</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>リダイレクト</translation>
    </message>
    <message>
        <source>Redirect URI to register at the provider:</source>
        <translation>プロバイダーに登録するリダイレクト URI:</translation>
    </message>
    <message>
        <source>Redirect URI to register at the provider</source>
        <translation>プロバイダーに登録するリダイレクト URI</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the redirect URI</source>
        <translation>リダイレクト URI をコピーします</translation>
    </message>
    <message>
        <source>Copy redirect URI</source>
        <translation>リダイレクト URI をコピー</translation>
    </message>
    <message>
        <source>About the redirect URI</source>
        <translation>リダイレクト URI について</translation>
    </message>
    <message>
        <source>&amp;Advanced options</source>
        <translation>詳細オプション(&amp;A)</translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation>詳細オプションを表示</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Extra &amp;authorization parameters:</source>
        <translation>追加の認可パラメーター(&amp;A):</translation>
    </message>
    <message>
        <source>name=value, one per line (e.g. prompt=consent)</source>
        <translation>name=value を 1 行に 1 つ (例: prompt=consent)</translation>
    </message>
    <message>
        <source>Extra authorization parameters</source>
        <translation>追加の認可パラメーター</translation>
    </message>
    <message>
        <source>Extra &amp;token parameters:</source>
        <translation>追加のトークンパラメーター(&amp;T):</translation>
    </message>
    <message>
        <source>name=value, one per line (e.g. audience=https://api.example.com)</source>
        <translation>name=value を 1 行に 1 つ (例: audience=https://api.example.com)</translation>
    </message>
    <message>
        <source>Extra token parameters</source>
        <translation>追加のトークンパラメーター</translation>
    </message>
    <message>
        <source>&amp;PKCE (RFC 7636):</source>
        <translation>PKCE (RFC 7636)(&amp;P):</translation>
    </message>
    <message>
        <source>PKCE</source>
        <translation>PKCE</translation>
    </message>
    <message>
        <source>&amp;Browser command:</source>
        <translation>ブラウザーのコマンド(&amp;B):</translation>
    </message>
    <message>
        <source>As in Settings (system browser)</source>
        <translation>設定と同じ (システムのブラウザー)</translation>
    </message>
    <message>
        <source>Browser command for this sign-in</source>
        <translation>このサインインで使うブラウザーのコマンド</translation>
    </message>
    <message>
        <source>Redirect &amp;URI:</source>
        <translation>リダイレクト URI(&amp;U):</translation>
    </message>
    <message>
        <source>Redirect URI registered at the provider</source>
        <translation>プロバイダーに登録したリダイレクト URI</translation>
    </message>
    <message>
        <source>The exact redirect URI registered at the provider, when it is not the one shown above: http://127.0.0.1:PORT/PATH (Keyway listens there) or io.keyway.app:/oauth2redirect</source>
        <translation>上に表示されたものと異なる場合に、プロバイダーに登録した正確なリダイレクト URI: http://127.0.0.1:PORT/PATH (Keyway がそこで待ち受けます) または io.keyway.app:/oauth2redirect</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>接続の設定</translation>
    </message>
    <message>
        <source>Token security</source>
        <translation>トークンのセキュリティ</translation>
    </message>
    <message>
        <source>&amp;Bind tokens to this device (DPoP)</source>
        <translation>トークンをこのデバイスに結び付ける (DPoP)(&amp;B)</translation>
    </message>
    <message>
        <source>RFC 9449: Keyway makes a key pair for this connection (the private key stays in the keychain) and proves it holds the key on every request, so a copied token is useless elsewhere</source>
        <translation>RFC 9449: Keyway はこの接続用の鍵ペアを作り (秘密鍵はキーチェーンに保管)、リクエストごとにその鍵を持っていることを証明します。コピーされたトークンは他では使えません</translation>
    </message>
    <message>
        <source>Use PA&amp;R: send the sign-in request to the provider first</source>
        <translation>PAR を使う: サインイン要求を先にプロバイダーへ送る(&amp;R)</translation>
    </message>
    <message>
        <source>RFC 9126 pushed authorization requests: the browser then carries only a reference to the request</source>
        <translation>RFC 9126 プッシュ型認可リクエスト: ブラウザーは要求への参照だけを運びます</translation>
    </message>
    <message>
        <source>About token security</source>
        <translation>トークンのセキュリティについて</translation>
    </message>
</context>
<context>
    <name>ConnectWaitingPage</name>
    <message>
        <source>Sign-in progress</source>
        <translation>サインインの進行状況</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Code to enter</source>
        <translation>入力するコード</translation>
    </message>
    <message>
        <source>Copy &amp;code</source>
        <translation>コードをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Open this address in a browser on any device and sign in:</source>
        <translation>任意のデバイスのブラウザーでこのアドレスを開き、サインインしてください:</translation>
    </message>
    <message>
        <source>Sign-in address to open on another device</source>
        <translation>別のデバイスで開くサインインアドレス</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>コピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>サインインアドレスをコピーします</translation>
    </message>
    <message>
        <source>The browser then ends on an address it cannot load; that is expected. Copy that whole address from its address bar and paste it here:</source>
        <translation>ブラウザーはその後、読み込めないアドレスで止まります。これは想定どおりです。アドレスバーからそのアドレス全体をコピーし、ここに貼り付けてください:</translation>
    </message>
    <message>
        <source>http://127.0.0.1:…/callback?code=…&amp;state=…</source>
        <translation>http://127.0.0.1:…/callback?code=…&amp;state=…</translation>
    </message>
    <message>
        <source>Address the browser ended on</source>
        <translation>ブラウザーが最後に表示したアドレス</translation>
    </message>
    <message>
        <source>&amp;Finish sign-in</source>
        <translation>サインインを完了(&amp;F)</translation>
    </message>
    <message>
        <source>Finish the sign-in with the pasted address</source>
        <translation>貼り付けたアドレスでサインインを完了します</translation>
    </message>
    <message>
        <source>Why the pasted address was refused</source>
        <translation>貼り付けたアドレスが拒否された理由</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>リンクをコピー(&amp;L)</translation>
    </message>
    <message>
        <source>Copy the sign-in address to open it in another browser</source>
        <translation>別のブラウザーで開くためにサインインアドレスをコピーします</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>もう一度開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the sign-in page in the browser again</source>
        <translation>サインインページをブラウザーでもう一度開きます</translation>
    </message>
    <message>
        <source>Sign in on another &amp;device…</source>
        <translation>別のデバイスでサインイン(&amp;D)…</translation>
    </message>
    <message>
        <source>Show the sign-in address to open on another device, and a box for the address it ends on</source>
        <translation>別のデバイスで開くサインインアドレスと、最後に表示されたアドレスを入力する欄を表示します</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Stop waiting and go back to the form (Esc)</source>
        <translation>待機をやめてフォームに戻ります (Esc)</translation>
    </message>
</context>
<context>
    <name>ConnectionChooser</name>
    <message>
        <source>Name a connection (see keyway connections).</source>
        <translation>接続を指定してください (keyway connections を参照)。</translation>
    </message>
    <message>
        <source>No connection &quot;%1&quot; (see keyway connections).</source>
        <translation>接続「%1」はありません (keyway connections を参照)。</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; answers for %n connection(s) (%2): name one of them, or make one the default with keyway connections default %3 CONNECTION.</source>
        <translation>
            <numerusform>「%1」は %n 件の接続 (%2) に該当します: どれか 1 つを指定するか、keyway connections default %3 CONNECTION で 1 つを既定にしてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; matches %n connection(s): give more of the id.</source>
        <translation>
            <numerusform>「%1」は %n 件の接続に一致します: ID をもっと長く指定してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionExpiry</name>
    <message>
        <source>access token expires %1</source>
        <translation>アクセストークンの有効期限 %1</translation>
    </message>
    <message>
        <source>access token expiry unknown</source>
        <translation>アクセストークンの有効期限は不明</translation>
    </message>
    <message>
        <source>no refresh token recorded</source>
        <translation>リフレッシュトークンの記録なし</translation>
    </message>
    <message>
        <source>refresh token lapses %1 if unused</source>
        <translation>未使用ならリフレッシュトークンは %1 に失効</translation>
    </message>
    <message>
        <source>refresh token lapsed unused %1</source>
        <translation>リフレッシュトークンは未使用のため %1 に失効</translation>
    </message>
    <message>
        <source>, grant ends %1</source>
        <translation>、付与は %1 に終了</translation>
    </message>
    <message>
        <source>refresh token ends %1</source>
        <translation>リフレッシュトークンは %1 に終了</translation>
    </message>
    <message>
        <source>refresh token expiry unknown</source>
        <translation>リフレッシュトークンの有効期限は不明</translation>
    </message>
    <message>
        <source>last refreshed %1</source>
        <translation>最終更新 %1</translation>
    </message>
    <message>
        <source>never refreshed</source>
        <translation>未更新</translation>
    </message>
    <message>
        <source>Reconnect %1 before %2</source>
        <translation>%2 より前に %1 に再接続してください</translation>
    </message>
</context>
<context>
    <name>ConnectionJson</name>
    <message>
        <source>disconnected, not revoked</source>
        <translation>切断済み (未取り消し)</translation>
    </message>
</context>
<context>
    <name>ConnectionLock</name>
    <message>
        <source>Keyway could not use its lock folder: %1.</source>
        <translation>Keyway はロック用フォルダーを使用できませんでした: %1。</translation>
    </message>
    <message>
        <source>Another Keyway process is still working on this connection: try again in a moment.</source>
        <translation>別の Keyway プロセスがまだこの接続を処理しています: しばらくしてからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Back to the integration (Alt+Left)</source>
        <translation>連携に戻る (Alt+Left)</translation>
    </message>
    <message>
        <source>Back to the integration</source>
        <translation>連携に戻る</translation>
    </message>
    <message>
        <source>Connected account</source>
        <translation>接続済みアカウント</translation>
    </message>
    <message>
        <source>What this connection needs</source>
        <translation>この接続に必要なもの</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概要(&amp;O)</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>再接続…</translation>
    </message>
    <message>
        <source>Sign in again (Ctrl+R)</source>
        <translation>もう一度サインイン (Ctrl+R)</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>今すぐ更新</translation>
    </message>
    <message>
        <source>Get a new access token now (F5)</source>
        <translation>新しいアクセストークンを今すぐ取得 (F5)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the refresh before its next attempt, or stop waiting for an answer already on its way</source>
        <translation>次の試行の前に更新を止めるか、すでに送信中の応答を待つのをやめます</translation>
    </message>
    <message>
        <source>Copy access token</source>
        <translation>アクセストークンをコピー</translation>
    </message>
    <message>
        <source>The clipboard is cleared after 30 seconds (Ctrl+Shift+C)</source>
        <translation>クリップボードは 30 秒後に消去されます (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Open in request console</source>
        <translation>リクエストコンソールで開く</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>切断…</translation>
    </message>
    <message>
        <source>Revoke the grant and delete the tokens from the keychain (Delete)</source>
        <translation>付与を取り消し、トークンをキーチェーンから削除します (Delete)</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Forget this revoked connection with its timeline and request history (Delete)</source>
        <translation>この取り消された接続を、タイムラインとリクエスト履歴ごと削除します (Delete)</translation>
    </message>
    <message>
        <source>Removes the connection from the list; its event log and request history are deleted too</source>
        <translation>接続を一覧から削除します。イベントログとリクエスト履歴も削除されます</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>アクセストークン:</translation>
    </message>
    <message>
        <source>Access token expiry</source>
        <translation>アクセストークンの有効期限</translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation>リフレッシュトークン:</translation>
    </message>
    <message>
        <source>Refresh token expiry and last renewal</source>
        <translation>リフレッシュトークンの有効期限と最終更新</translation>
    </message>
    <message>
        <source>Status detail:</source>
        <translation>状態の詳細:</translation>
    </message>
    <message>
        <source>Connected with:</source>
        <translation>接続方法:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>作成日時:</translation>
    </message>
    <message>
        <source>Token fingerprint:</source>
        <translation>トークンのフィンガープリント:</translation>
    </message>
    <message>
        <source>Connection ID:</source>
        <translation>接続 ID:</translation>
    </message>
    <message>
        <source>Scopes: requested and granted</source>
        <translation>スコープ: 要求したものと付与されたもの</translation>
    </message>
    <message>
        <source>Requested and granted scopes</source>
        <translation>要求したスコープと付与されたスコープ</translation>
    </message>
    <message>
        <source>Derived from:</source>
        <translation>派生元:</translation>
    </message>
    <message>
        <source>The connection whose token was exchanged for this one&apos;s</source>
        <translation>このトークンと交換されたトークンを持つ接続</translation>
    </message>
</context>
<context>
    <name>ConnectionPlanner</name>
    <message>
        <source>Choose the service account&apos;s JSON key file (or a private key and the issuer it is registered for).</source>
        <translation>サービスアカウントの JSON キーファイル (または秘密鍵と、その登録先の発行者) を選んでください。</translation>
    </message>
    <message>
        <source>Enter the issuer of the assertions (the service account or client ID).</source>
        <translation>アサーションの発行者 (サービスアカウントまたはクライアント ID) を入力してください。</translation>
    </message>
    <message>
        <source>The private key cannot be used: %1</source>
        <translation>秘密鍵は使用できません: %1</translation>
    </message>
    <message>
        <source>This %1 key cannot sign %2 assertions; choose %3.</source>
        <translation>この %1 鍵では %2 のアサーションに署名できません。%3 を選んでください。</translation>
    </message>
    <message>
        <source>Connect with the device code mode instead (keyway connect %1 --mode device_code).</source>
        <translation>代わりにデバイスコード方式で接続してください (keyway connect %1 --mode device_code)。</translation>
    </message>
    <message>
        <source>Use another authentication mode of this integration if it has one.</source>
        <translation>この連携に別の認証方式があれば、それを使ってください。</translation>
    </message>
    <message>
        <source>%1 does not allow desktop redirects, so a browser sign-in could not come back to Keyway. %2</source>
        <translation>%1 はデスクトップへのリダイレクトを許可していないため、ブラウザーでのサインインは Keyway に戻れません。%2</translation>
    </message>
    <message>
        <source>This integration declares no way to authenticate.</source>
        <translation>この連携は認証方法を宣言していません。</translation>
    </message>
    <message>
        <source>%1 does not support the authentication mode &quot;%2&quot;.</source>
        <translation>%1 は認証方式「%2」に対応していません。</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>API キーを入力してください。</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>%1 を入力してください。</translation>
    </message>
    <message>
        <source>username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Paste the access token.</source>
        <translation>アクセストークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>This integration has no OAuth settings.</source>
        <translation>この連携には OAuth の設定がありません。</translation>
    </message>
    <message>
        <source>Unknown client authentication method &quot;%1&quot;.</source>
        <translation>不明なクライアント認証方式「%1」です。</translation>
    </message>
    <message>
        <source>Enter the client ID of the app you registered with %1.</source>
        <translation>%1 に登録したアプリのクライアント ID を入力してください。</translation>
    </message>
    <message>
        <source>The client credentials grant needs a client secret or a private key.</source>
        <translation>クライアントクレデンシャルグラントにはクライアントシークレットか秘密鍵が必要です。</translation>
    </message>
    <message>
        <source>%1 authenticates this client with a private key (private_key_jwt): import the key or generate one.</source>
        <translation>%1 はこのクライアントを秘密鍵 (private_key_jwt) で認証します: 鍵をインポートするか生成してください。</translation>
    </message>
    <message>
        <source>%1 authenticates this client with a TLS client certificate (%2): give the certificate and its key.</source>
        <translation>%1 はこのクライアントを TLS クライアント証明書 (%2) で認証します。証明書とその鍵を指定してください。</translation>
    </message>
    <message>
        <source>%1 accepts only connections that present the TLS client certificate it issued: give the certificate and its key.</source>
        <translation>%1 は自らが発行した TLS クライアント証明書を提示する接続のみを受け付けます。証明書とその鍵を指定してください。</translation>
    </message>
    <message>
        <source>Give the client certificate either as PEM files or as a PKCS#12 file, not both.</source>
        <translation>クライアント証明書は PEM ファイルか PKCS#12 ファイルのどちらか一方で指定してください。</translation>
    </message>
</context>
<context>
    <name>ConnectionRepository</name>
    <message>
        <source>Keyway could not save to its database.</source>
        <translation>Keyway はデータベースに保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>まもなく期限切れ</translation>
    </message>
    <message>
        <source>Needs re-authorization</source>
        <translation>再認可が必要</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>Temporary problem</source>
        <translation>一時的な問題</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>ConnectionsCommand</name>
    <message>
        <source>default INTEGRATION CONNECTION: the connection token, exec and git-credential use for INTEGRATION when several are connected and none is named</source>
        <translation>default INTEGRATION CONNECTION: 複数が接続されていて名前の指定がないときに token・exec・git-credential が INTEGRATION に使う接続</translation>
    </message>
    <message>
        <source>Print JSON</source>
        <translation>JSON で出力</translation>
    </message>
    <message>
        <source>Rebuild the connections the database lost from their entries in the keychain, then list them</source>
        <translation>データベースが失った接続をキーチェーンのエントリから作り直し、一覧表示する</translation>
    </message>
    <message>
        <source>Revoke the connections the database lost at their providers and delete their keychain entries</source>
        <translation>データベースが失った接続をプロバイダーで取り消し、キーチェーンのエントリを削除する</translation>
    </message>
    <message>
        <source>the only subcommand is: default INTEGRATION CONNECTION</source>
        <translation>サブコマンドは default INTEGRATION CONNECTION だけです</translation>
    </message>
    <message>
        <source>give --recover or --revoke-lost, not both</source>
        <translation>--recover と --revoke-lost のどちらか一方を指定してください</translation>
    </message>
    <message>
        <source>%1 is a connection of %2, not of %3</source>
        <translation>%1 は %3 ではなく %2 の接続です</translation>
    </message>
    <message>
        <source>Default for %1: %2</source>
        <translation>%1 の既定: %2</translation>
    </message>
    <message>
        <source>No connections yet. Connect one with: keyway connect INTEGRATION</source>
        <translation>まだ接続がありません。次のコマンドで接続してください: keyway connect INTEGRATION</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(既定)</translation>
    </message>
    <message>
        <source>List connections (or recover those the database lost)</source>
        <translation>接続を一覧表示する (またはデータベースが失った接続を復元する)</translation>
    </message>
</context>
<context>
    <name>ConnectionsView</name>
    <message>
        <source>Your connections</source>
        <translation>あなたの接続</translation>
    </message>
    <message>
        <source>&amp;Connect an account…</source>
        <translation>アカウントを接続(&amp;C)…</translation>
    </message>
    <message>
        <source>Connect an account of the selected integration (Ctrl+N)</source>
        <translation>選択した連携のアカウントを接続します (Ctrl+N)</translation>
    </message>
    <message>
        <source>Connect an account</source>
        <translation>アカウントを接続</translation>
    </message>
    <message>
        <source>Connections summary</source>
        <translation>接続の概要</translation>
    </message>
    <message>
        <source>Filter by name, account, integration or status</source>
        <translation>名前、アカウント、連携、状態で絞り込み</translation>
    </message>
    <message>
        <source>Filter connections</source>
        <translation>接続を絞り込み</translation>
    </message>
    <message>
        <source>Shows only the connections whose name, account, integration or status contain every word typed; Down arrow moves into the list</source>
        <translation>名前、アカウント、連携、状態に入力したすべての語を含む接続だけを表示します。下矢印キーで一覧に移動します</translation>
    </message>
    <message>
        <source>Show connections</source>
        <translation>表示する接続</translation>
    </message>
    <message>
        <source>Shows all connections, or only those in one kind of state</source>
        <translation>すべての接続、または特定の状態の接続だけを表示します</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Every connection with its account, integration, status, expiry and last request. Enter opens one; the context menu reconnects, refreshes or disconnects it.</source>
        <translation>すべての接続と、そのアカウント、連携、状態、有効期限、最後のリクエスト。Enter で開きます。コンテキストメニューから再接続、更新、切断ができます。</translation>
    </message>
    <message>
        <source>No connection matches. Clear the filter or choose &quot;All&quot;.</source>
        <translation>一致する接続はありません。絞り込みを消去するか「すべて」を選んでください。</translation>
    </message>
</context>
<context>
    <name>CopyFeedback</name>
    <message>
        <source>Copied ✓</source>
        <translation>コピーしました ✓</translation>
    </message>
</context>
<context>
    <name>CoreContext</name>
    <message>
        <source>Your tokens are safe in the keychain. Move %1 aside (keep it as a backup) and start Keyway again to begin with a new database.</source>
        <translation>トークンはキーチェーンに安全に保管されています。%1 を別の場所に移し (バックアップとして保管)、Keyway を再起動すると新しいデータベースで始まります。</translation>
    </message>
    <message>
        <source>The extra CA certificate file %1 could not be read; it is not trusted.</source>
        <translation>追加の CA 証明書ファイル %1 を読み込めませんでした。信頼されません。</translation>
    </message>
</context>
<context>
    <name>CredentialsForm</name>
    <message>
        <source>Credentials</source>
        <translation>認証情報</translation>
    </message>
</context>
<context>
    <name>CustomIntegrationDialog</name>
    <message>
        <source>Add custom integration</source>
        <translation>カスタム連携を追加</translation>
    </message>
    <message>
        <source>Keyway reads the provider&apos;s OpenID Connect or OAuth 2.0 metadata from its issuer URL and saves an integration you can connect like any other.</source>
        <translation>Keyway はプロバイダーの OpenID Connect または OAuth 2.0 のメタデータを発行者 URL から読み込み、他の連携と同じように接続できる連携として保存します。</translation>
    </message>
    <message>
        <source>&amp;Issuer URL:</source>
        <translation>発行者 URL(&amp;I):</translation>
    </message>
    <message>
        <source>https://login.example.com</source>
        <translation>https://login.example.com</translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation>発行者 URL</translation>
    </message>
    <message>
        <source>The provider&apos;s issuer, as its documentation names it</source>
        <translation>プロバイダーのドキュメントに記載された発行者 (issuer)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Optional: the issuer&apos;s host name</source>
        <translation>省略可: 発行者のホスト名</translation>
    </message>
    <message>
        <source>Integration name</source>
        <translation>連携の名前</translation>
    </message>
    <message>
        <source>I&amp;d:</source>
        <translation>ID(&amp;D):</translation>
    </message>
    <message>
        <source>lower-case letters, digits and &apos;-&apos;</source>
        <translation>英小文字、数字、「-」</translation>
    </message>
    <message>
        <source>Integration id</source>
        <translation>連携の ID</translation>
    </message>
    <message>
        <source>Used by the keyway command line; made from the name unless you change it</source>
        <translation>keyway コマンドラインで使います。変更しなければ名前から作られます</translation>
    </message>
    <message>
        <source>Client a&amp;uthentication:</source>
        <translation>クライアント認証(&amp;U):</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>クライアント認証</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>スコープ(&amp;S):</translation>
    </message>
    <message>
        <source>Optional, separated by spaces: openid profile email by default</source>
        <translation>省略可、スペース区切り: 既定は openid profile email</translation>
    </message>
    <message>
        <source>Default scopes</source>
        <translation>既定のスコープ</translation>
    </message>
    <message>
        <source>Allow plain &amp;http to this host (unsafe)</source>
        <translation>このホストへの暗号化されていない http を許可(&amp;H) (安全ではありません)</translation>
    </message>
    <message>
        <source>Allow plain http to this host (unsafe)</source>
        <translation>このホストへの暗号化されていない http を許可 (安全ではありません)</translation>
    </message>
    <message>
        <source>Only for a server on your own machine or a test network</source>
        <translation>自分のマシン上のサーバーかテスト用ネットワークの場合に限ります</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>セキュリティ警告</translation>
    </message>
    <message>
        <source>Reading the provider&apos;s metadata</source>
        <translation>プロバイダーのメタデータを読み込み中</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>不足しているもの</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>&amp;Register Keyway with this server</source>
        <translation>このサーバーに Keyway を登録(&amp;R)</translation>
    </message>
    <message>
        <source>Register Keyway with this server</source>
        <translation>このサーバーに Keyway を登録</translation>
    </message>
    <message>
        <source>Keyway registers itself as a client (dynamic client registration), so no client ID has to be set up by hand; possible only when the server offers it</source>
        <translation>Keyway が自身をクライアントとして登録します (動的クライアント登録)。クライアント ID を手動で用意する必要はありません。サーバーが対応している場合のみ利用できます</translation>
    </message>
    <message>
        <source>Bind tokens to a DPoP &amp;key (RFC 9449)</source>
        <translation>トークンを DPoP 鍵に結び付ける(&amp;K) (RFC 9449)</translation>
    </message>
    <message>
        <source>Bind tokens to a DPoP key</source>
        <translation>トークンを DPoP 鍵に結び付ける</translation>
    </message>
    <message>
        <source>Every connection&apos;s tokens work only together with a key pair of its own (DPoP); a client Keyway registers is registered for such tokens only; possible only when the server supports DPoP</source>
        <translation>各接続のトークンは、その接続専用の鍵ペアと組み合わせた場合にのみ使えます (DPoP)。Keyway が登録するクライアントは、そのようなトークン専用として登録されます。サーバーが DPoP に対応している場合にのみ選択できます</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Keyway&apos;s database could not be used: %1.</source>
        <translation>Keyway のデータベースを使用できませんでした: %1。</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>%1 を開けません</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database</source>
        <translation>%1 は使用可能な SQLite データベースではありません</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 は破損しています</translation>
    </message>
    <message>
        <source>cannot lock the database</source>
        <translation>データベースをロックできません</translation>
    </message>
    <message>
        <source>cannot read its version</source>
        <translation>バージョンを読み取れません</translation>
    </message>
    <message>
        <source>This database was written by a newer Keyway (schema %1). Update Keyway.</source>
        <translation>このデータベースは新しいバージョンの Keyway で書き込まれています (スキーマ %1)。Keyway を更新してください。</translation>
    </message>
    <message>
        <source>migration %1 failed</source>
        <translation>移行 %1 に失敗しました</translation>
    </message>
    <message>
        <source>cannot commit the migration</source>
        <translation>移行をコミットできません</translation>
    </message>
</context>
<context>
    <name>DatabaseRecovery</name>
    <message>
        <source>Keyway&apos;s database %1 is damaged and could not be set aside. Move it (with any -wal and -shm files next to it) to a safe place and start Keyway again; your tokens are safe in the keychain.</source>
        <translation>Keyway のデータベース %1 は破損しており、退避できませんでした。隣にある -wal と -shm ファイルと一緒に安全な場所へ移動し、Keyway を再起動してください。トークンはキーチェーンに安全に保管されています。</translation>
    </message>
    <message>
        <source>Keyway&apos;s database was damaged. It was kept as %1 and a new one was started.</source>
        <translation>Keyway のデータベースが破損していました。%1 として保管し、新しいデータベースを作成しました。</translation>
    </message>
    <message>
        <source>No connection could be read from it: connect your integrations again, unless Keyway finds them in the keychain.</source>
        <translation>そこから接続を読み込めませんでした: Keyway がキーチェーンで見つけられない限り、連携を接続し直してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) were recovered and keep their tokens from the keychain.</source>
        <translation>
            <numerusform>%n 件の接続を復元しました。トークンはキーチェーンのものをそのまま使います。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some may be missing: Keyway looks for them in the keychain; connect again any it cannot find.</source>
        <translation>一部が欠けているかもしれません: Keyway はキーチェーンでそれらを探します。見つからないものは接続し直してください。</translation>
    </message>
</context>
<context>
    <name>DerivedConnection</name>
    <message>
        <source>The API base URL must be an https URL (or http on this computer&apos;s loopback): %1</source>
        <translation>API ベース URL は https の URL（またはこのコンピューターのループバック上の http）でなければなりません: %1</translation>
    </message>
    <message>
        <source>Neither the audience nor a resource is an https URL, so Keyway does not know where the token may be sent: give the API base URL of the service it is for.</source>
        <translation>オーディエンスもリソースも https の URL ではないため、Keyway はトークンの送信先を判断できません。対象サービスの API ベース URL を指定してください。</translation>
    </message>
    <message>
        <source>The exchanged token is bound to a DPoP key (RFC 9449): it is accepted only with a proof made with the key of the connection it was exchanged from, so it cannot be saved as a connection of its own.</source>
        <translation>交換されたトークンは DPoP 鍵に束縛されています（RFC 9449）。交換元の接続の鍵で作成した証明がある場合にのみ受け付けられるため、独立した接続として保存できません。</translation>
    </message>
    <message>
        <source>The provider issued a token that is not an access token (%1): only an access token can be saved as a connection.</source>
        <translation>プロバイダーが発行したのはアクセストークンではありません（%1）。接続として保存できるのはアクセストークンだけです。</translation>
    </message>
    <message>
        <source>The exchanged token is bound to a key or client certificate (its cnf claim): a server accepts it only from the holder of that key, so it cannot be saved as a connection of its own.</source>
        <translation>交換されたトークンは鍵またはクライアント証明書に束縛されています（cnf クレーム）。サーバーはその鍵の保有者からしか受け付けないため、独立した接続として保存できません。</translation>
    </message>
    <message>
        <source>The provider&apos;s answer held no access token.</source>
        <translation>プロバイダーの応答にアクセストークンが含まれていませんでした。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Give the new connection a name.</source>
        <translation>新しい接続に名前を付けてください。</translation>
    </message>
</context>
<context>
    <name>DiagnosticBundle</name>
    <message>
        <source>subject (user id)</source>
        <translation>サブジェクト (ユーザー ID)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>ミドルネーム</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>ニックネーム</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>profile page</source>
        <translation>プロフィールページ</translation>
    </message>
    <message>
        <source>web site</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>user principal name</source>
        <translation>ユーザープリンシパル名</translation>
    </message>
    <message>
        <source>account</source>
        <translation>アカウント</translation>
    </message>
</context>
<context>
    <name>DisconnectCommand</name>
    <message>
        <source>Connection id (or a unique prefix, or its name)</source>
        <translation>接続 ID (または一意な先頭部分、または接続名)</translation>
    </message>
    <message>
        <source>Also remove the connection&apos;s record, event log and request history (after revoking it if it is still live)</source>
        <translation>接続の記録、イベントログ、リクエスト履歴も削除する (まだ有効なら先に取り消す)</translation>
    </message>
    <message>
        <source>give exactly one CONNECTION</source>
        <translation>CONNECTION をちょうど 1 つ指定してください</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>削除しました。</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>切断しました。</translation>
    </message>
    <message>
        <source>Revoke a connection and delete its secrets (--forget: and its record)</source>
        <translation>接続を取り消してシークレットを削除する (--forget: 記録も削除)</translation>
    </message>
</context>
<context>
    <name>DpopProof</name>
    <message>
        <source>Keyway could not build the proof of possession for this request.</source>
        <translation>Keyway はこのリクエストの所有証明を作成できませんでした。</translation>
    </message>
    <message>
        <source>The proof of possession sent with this request is not valid.</source>
        <translation>このリクエストとともに送られた所有証明は有効ではありません。</translation>
    </message>
</context>
<context>
    <name>DpopSetup</name>
    <message>
        <source>The provider signs DPoP proofs only with algorithms Keyway does not support, so its tokens cannot be bound to a key.</source>
        <translation>このプロバイダーは Keyway が対応していないアルゴリズムの DPoP 証明しか受け付けないため、トークンを鍵に結び付けられません。</translation>
    </message>
</context>
<context>
    <name>DpopSigner</name>
    <message>
        <source>This connection&apos;s proof-of-possession (DPoP) key is missing from the keychain: reconnect it.</source>
        <translation>この接続の所有証明 (DPoP) 鍵がキーチェーンにありません。再接続してください。</translation>
    </message>
</context>
<context>
    <name>EmbeddedProviders</name>
    <message>
        <source>The built-in provider &quot;%1&quot; is not available in this build.</source>
        <translation>組み込みプロバイダー「%1」はこのビルドでは利用できません。</translation>
    </message>
</context>
<context>
    <name>EncryptedVault</name>
    <message>
        <source>The encrypted vault file is damaged or not a Keyway vault.</source>
        <translation>暗号化保管庫のファイルが破損しているか、Keyway の保管庫ではありません。</translation>
    </message>
    <message>
        <source>The encrypted vault was written by a newer Keyway. Update Keyway to open it.</source>
        <translation>暗号化保管庫は新しいバージョンの Keyway で書き込まれています。開くには Keyway を更新してください。</translation>
    </message>
    <message>
        <source>The vault key could not be derived.</source>
        <translation>保管庫の鍵を導出できませんでした。</translation>
    </message>
    <message>
        <source>The encrypted vault could not be opened: the passphrase is wrong, or the file was changed.</source>
        <translation>暗号化保管庫を開けませんでした: パスフレーズが間違っているか、ファイルが変更されています。</translation>
    </message>
    <message>
        <source>The vault could not be encrypted.</source>
        <translation>保管庫を暗号化できませんでした。</translation>
    </message>
    <message>
        <source>An encrypted vault already exists at %1.</source>
        <translation>%1 にはすでに暗号化保管庫があります。</translation>
    </message>
    <message>
        <source>There is no encrypted vault at %1.</source>
        <translation>%1 に暗号化保管庫はありません。</translation>
    </message>
    <message>
        <source>The encrypted vault could not be read.</source>
        <translation>暗号化保管庫を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The encrypted vault&apos;s passphrase was changed: unlock it again.</source>
        <translation>暗号化保管庫のパスフレーズが変更されました: もう一度ロックを解除してください。</translation>
    </message>
    <message>
        <source>The encrypted vault could not be written.</source>
        <translation>暗号化保管庫を書き込めませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>The vault passphrase must be at least %n character(s) long.</source>
        <translation>
            <numerusform>保管庫のパスフレーズは %n 文字以上必要です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>Provider metadata read</source>
        <translation>プロバイダーのメタデータを読み込みました</translation>
    </message>
    <message>
        <source>Provider metadata not read</source>
        <translation>プロバイダーのメタデータを読み込めませんでした</translation>
    </message>
    <message>
        <source>Provider metadata</source>
        <translation>プロバイダーのメタデータ</translation>
    </message>
    <message>
        <source>Permission not offered</source>
        <translation>権限が提供されていません</translation>
    </message>
    <message>
        <source>Sign-in request prepared</source>
        <translation>サインインリクエストを準備しました</translation>
    </message>
    <message>
        <source>Sign-in request not prepared</source>
        <translation>サインインリクエストを準備できませんでした</translation>
    </message>
    <message>
        <source>Sign-in request</source>
        <translation>サインインリクエスト</translation>
    </message>
    <message>
        <source>Waiting for the browser&apos;s redirect</source>
        <translation>ブラウザーからのリダイレクトを待機中</translation>
    </message>
    <message>
        <source>Could not wait for the redirect</source>
        <translation>リダイレクトを待機できませんでした</translation>
    </message>
    <message>
        <source>Redirect listener</source>
        <translation>リダイレクトの受信</translation>
    </message>
    <message>
        <source>Browser opened</source>
        <translation>ブラウザーを開きました</translation>
    </message>
    <message>
        <source>Browser did not open</source>
        <translation>ブラウザーが開きませんでした</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>ブラウザー</translation>
    </message>
    <message>
        <source>Browser came back</source>
        <translation>ブラウザーが戻りました</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>リダイレクトを拒否しました</translation>
    </message>
    <message>
        <source>Code exchanged for tokens</source>
        <translation>コードをトークンと交換しました</translation>
    </message>
    <message>
        <source>Code exchange failed</source>
        <translation>コードの交換に失敗しました</translation>
    </message>
    <message>
        <source>Code exchange</source>
        <translation>コードの交換</translation>
    </message>
    <message>
        <source>Token requested</source>
        <translation>トークンを要求しました</translation>
    </message>
    <message>
        <source>Token request failed</source>
        <translation>トークンの要求に失敗しました</translation>
    </message>
    <message>
        <source>Token received</source>
        <translation>トークンを受け取りました</translation>
    </message>
    <message>
        <source>Token request</source>
        <translation>トークンの要求</translation>
    </message>
    <message>
        <source>Assertion signed</source>
        <translation>アサーションに署名しました</translation>
    </message>
    <message>
        <source>Assertion not signed</source>
        <translation>アサーションに署名できませんでした</translation>
    </message>
    <message>
        <source>Device code received</source>
        <translation>デバイスコードを受け取りました</translation>
    </message>
    <message>
        <source>Device code request failed</source>
        <translation>デバイスコードの要求に失敗しました</translation>
    </message>
    <message>
        <source>Device code requested</source>
        <translation>デバイスコードを要求しました</translation>
    </message>
    <message>
        <source>Device code: the provider&apos;s answer was unusual</source>
        <translation>デバイスコード: プロバイダーの応答が通常と異なります</translation>
    </message>
    <message>
        <source>Device approved, tokens received</source>
        <translation>デバイスが承認され、トークンを受け取りました</translation>
    </message>
    <message>
        <source>Device sign-in failed</source>
        <translation>デバイスでのサインインに失敗しました</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>承認を待機中</translation>
    </message>
    <message>
        <source>Asked to wait longer between checks</source>
        <translation>確認の間隔を延ばすよう求められました</translation>
    </message>
    <message>
        <source>ID token checked</source>
        <translation>ID トークンを検証しました</translation>
    </message>
    <message>
        <source>ID token refused</source>
        <translation>ID トークンを拒否しました</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID トークン</translation>
    </message>
    <message>
        <source>Account identified</source>
        <translation>アカウントを特定しました</translation>
    </message>
    <message>
        <source>Account not identified</source>
        <translation>アカウントを特定できませんでした</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Reconnected</source>
        <translation>再接続しました</translation>
    </message>
    <message>
        <source>Reconnect failed</source>
        <translation>再接続に失敗しました</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>再接続</translation>
    </message>
    <message>
        <source>Access token renewed</source>
        <translation>アクセストークンを更新しました</translation>
    </message>
    <message>
        <source>Renewal failed</source>
        <translation>更新に失敗しました</translation>
    </message>
    <message>
        <source>Renewal started</source>
        <translation>更新を開始しました</translation>
    </message>
    <message>
        <source>Saved in the keychain</source>
        <translation>キーチェーンに保存しました</translation>
    </message>
    <message>
        <source>Keychain write failed</source>
        <translation>キーチェーンへの書き込みに失敗しました</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>キーチェーン</translation>
    </message>
    <message>
        <source>API accepted the token</source>
        <translation>API がトークンを受け付けました</translation>
    </message>
    <message>
        <source>API refused the token</source>
        <translation>API がトークンを拒否しました</translation>
    </message>
    <message>
        <source>API refused the token (401): renewing</source>
        <translation>API がトークンを拒否しました (401): 更新中</translation>
    </message>
    <message>
        <source>API request allowed</source>
        <translation>API リクエストが許可されました</translation>
    </message>
    <message>
        <source>API refused: a permission is missing</source>
        <translation>API が拒否: 権限が不足しています</translation>
    </message>
    <message>
        <source>PKCE</source>
        <translation>PKCE</translation>
    </message>
    <message>
        <source>Signing in without PKCE</source>
        <translation>PKCE なしでサインイン中</translation>
    </message>
    <message>
        <source>Another address may receive the credential</source>
        <translation>別のアドレスが認証情報を受け取る可能性があります</translation>
    </message>
    <message>
        <source>Checked: the provider accepts it</source>
        <translation>確認済み: プロバイダーが受け付けます</translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation>確認に失敗しました</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Token introspected</source>
        <translation>トークンをイントロスペクションしました</translation>
    </message>
    <message>
        <source>Introspection failed</source>
        <translation>イントロスペクションに失敗しました</translation>
    </message>
    <message>
        <source>Introspection</source>
        <translation>イントロスペクション</translation>
    </message>
    <message>
        <source>Revoked at the provider</source>
        <translation>プロバイダー側で取り消しました</translation>
    </message>
    <message>
        <source>Revocation failed</source>
        <translation>取り消しに失敗しました</translation>
    </message>
    <message>
        <source>Not revoked at the provider</source>
        <translation>プロバイダー側で取り消されていません</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>切断しました</translation>
    </message>
    <message>
        <source>Disconnect failed</source>
        <translation>切断に失敗しました</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>Recovered from the keychain</source>
        <translation>キーチェーンから復元しました</translation>
    </message>
    <message>
        <source>Not recovered</source>
        <translation>復元されませんでした</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>API requests</source>
        <translation>API リクエスト</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>Sign-in request pushed to the provider</source>
        <translation>サインイン要求をプロバイダーに送信しました</translation>
    </message>
    <message>
        <source>Pushing the sign-in request failed</source>
        <translation>サインイン要求の送信に失敗しました</translation>
    </message>
    <message>
        <source>Pushed sign-in request</source>
        <translation>送信済みのサインイン要求</translation>
    </message>
    <message>
        <source>API asked for a fresh DPoP nonce: sent again</source>
        <translation>API が新しい DPoP ノンスを要求しました: 再送信しました</translation>
    </message>
    <message>
        <source>Token exchanged for another service</source>
        <translation>別のサービス向けにトークンを交換しました</translation>
    </message>
    <message>
        <source>Token exchange refused</source>
        <translation>トークン交換が拒否されました</translation>
    </message>
    <message>
        <source>Token exchange</source>
        <translation>トークン交換</translation>
    </message>
    <message>
        <source>Exchanged token saved as a connection</source>
        <translation>交換したトークンを接続として保存しました</translation>
    </message>
    <message>
        <source>Exchanged token not saved</source>
        <translation>交換したトークンは保存されませんでした</translation>
    </message>
    <message>
        <source>Exchanged token saved</source>
        <translation>交換したトークンを保存しました</translation>
    </message>
    <message>
        <source>Made from an exchanged token</source>
        <translation>交換したトークンから作成</translation>
    </message>
    <message>
        <source>Not made from the exchanged token</source>
        <translation>交換したトークンから作成されませんでした</translation>
    </message>
</context>
<context>
    <name>ExecCommand</name>
    <message>
        <source>Connection id (or a unique prefix), name, account, or integration id (its default)</source>
        <translation>接続 ID (または一意な先頭部分)、名前、アカウント、または連携 ID (その既定の接続)</translation>
    </message>
    <message>
        <source>The command to run, after --</source>
        <translation>実行するコマンド (-- の後に指定)</translation>
    </message>
    <message>
        <source>Put the credential in this environment variable instead of KEYWAY_ACCESS_TOKEN (repeatable)</source>
        <translation>KEYWAY_ACCESS_TOKEN の代わりにこの環境変数に資格情報を入れる (複数指定可)</translation>
    </message>
    <message>
        <source>Refresh the token first</source>
        <translation>先にトークンを更新する</translation>
    </message>
    <message>
        <source>give a CONNECTION, then -- and the COMMAND to run</source>
        <translation>CONNECTION、続けて -- と実行する COMMAND を指定してください</translation>
    </message>
    <message>
        <source>--env %1 is not a variable name a command can read</source>
        <translation>--env %1 はコマンドが読み取れる変数名ではありません</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>%1 を実行できません: %2</translation>
    </message>
    <message>
        <source>Run a command with a connection&apos;s token in its environment</source>
        <translation>接続のトークンを環境変数に入れてコマンドを実行する</translation>
    </message>
    <message>
        <source>the access token of %1 is bound to its DPoP key (RFC 9449): a server accepts it only with a fresh proof for each request, which COMMAND cannot make alone. Call the API with keyway request instead, or add --allow-bound-token when COMMAND gets a proof for each request from keyway token %1 --dpop-proof.</source>
        <translation>%1 のアクセストークンはその DPoP 鍵に束縛されています (RFC 9449): サーバーはリクエストごとの新しい証明があるときだけ受け付けますが、COMMAND は単独ではそれを作れません。代わりに keyway request で API を呼ぶか、COMMAND がリクエストごとに keyway token %1 --dpop-proof から証明を得る場合は --allow-bound-token を付けてください。</translation>
    </message>
    <message>
        <source>Hand over a DPoP-bound token (RFC 9449) too: COMMAND must send it as &quot;Authorization: DPoP&quot; with a fresh proof for each request, from keyway token CONNECTION --dpop-proof. KEYWAY_TOKEN_TYPE always says the token&apos;s type (Bearer, or DPoP for a bound token; unset for an API key or Basic credential), so COMMAND can pick the scheme</source>
        <translation>DPoP に束縛されたトークン (RFC 9449) も渡す: COMMAND はそれを「Authorization: DPoP」として、リクエストごとに keyway token CONNECTION --dpop-proof で得た新しい証明とともに送る必要があります。KEYWAY_TOKEN_TYPE には常にトークンの種類 (Bearer、束縛されたトークンなら DPoP。API キーや Basic 認証情報では未設定) が入るので、COMMAND はスキームを選べます</translation>
    </message>
</context>
<context>
    <name>GitCredential</name>
    <message>
        <source>git sent a credential request Keyway cannot read.</source>
        <translation>git が Keyway で読み取れない認証情報リクエストを送信しました。</translation>
    </message>
    <message>
        <source>a NUL byte</source>
        <translation>NUL バイトがあります</translation>
    </message>
    <message>
        <source>a line without key=value</source>
        <translation>key=value の形式でない行があります</translation>
    </message>
    <message numerus="yes">
        <source>more than %n byte(s)</source>
        <translation>
            <numerusform>%n バイトを超えています</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GitCredentialCommand</name>
    <message>
        <source>get, store or erase (git gives it)</source>
        <translation>get、store、erase のいずれか (git が指定)</translation>
    </message>
    <message>
        <source>give get, store or erase (git runs this helper itself)</source>
        <translation>get、store、erase のいずれかを指定してください (このヘルパーは git 自身が実行します)</translation>
    </message>
    <message>
        <source>several connections answer for %1 (%2): put the one to use in the URL&apos;s user name, e.g. https://NAME@%1/, or make one the default (keyway connections default INTEGRATION CONNECTION)</source>
        <translation>%1 には複数の接続が該当します (%2)。使う接続を URL のユーザー名に入れるか (例: https://NAME@%1/)、1 つを既定にしてください (keyway connections default INTEGRATION CONNECTION)</translation>
    </message>
    <message>
        <source>the credential cannot be written in git&apos;s format</source>
        <translation>この資格情報は git の形式で書き出せません</translation>
    </message>
    <message>
        <source>Give git a connection&apos;s token (credential helper)</source>
        <translation>git に接続のトークンを渡す (資格情報ヘルパー)</translation>
    </message>
    <message>
        <source>the access token of %1 is bound to its DPoP key (RFC 9449): a server accepts it only with a fresh proof for each request, which git cannot send. Give git a connection made without --dpop.</source>
        <translation>%1 のアクセストークンはその DPoP 鍵に束縛されています (RFC 9449): サーバーはリクエストごとの新しい証明があるときだけ受け付けますが、git はそれを送れません。git には --dpop なしで作った接続を使ってください。</translation>
    </message>
</context>
<context>
    <name>HandleRedirectCommand</name>
    <message>
        <source>The io.keyway.app: redirect URI the browser opened</source>
        <translation>ブラウザーが開いた io.keyway.app: のリダイレクト URI</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>使い方: %1</translation>
    </message>
    <message>
        <source>Hand an io.keyway.app: redirect to the waiting sign-in (run by the desktop)</source>
        <translation>io.keyway.app: のリダイレクトを待機中のサインインに渡す (デスクトップが実行)</translation>
    </message>
</context>
<context>
    <name>IdTokenValidator</name>
    <message>
        <source>The provider&apos;s sign-in answer contained an identity token Keyway could not read.</source>
        <translation>プロバイダーのサインイン応答に、Keyway で読み取れない ID トークンが含まれていました。</translation>
    </message>
    <message>
        <source>The identity token is signed in a way Keyway does not accept.</source>
        <translation>ID トークンは Keyway が受け付けない方法で署名されています。</translation>
    </message>
    <message>
        <source>The identity token was signed with a key the provider does not publish.</source>
        <translation>ID トークンはプロバイダーが公開していない鍵で署名されています。</translation>
    </message>
    <message>
        <source>The identity token&apos;s signature is not valid. It may have been altered.</source>
        <translation>ID トークンの署名が無効です。改ざんされた可能性があります。</translation>
    </message>
    <message>
        <source>The identity token was issued by a different provider than expected.</source>
        <translation>ID トークンは想定と異なるプロバイダーが発行したものです。</translation>
    </message>
    <message>
        <source>The identity token was issued for a different application.</source>
        <translation>ID トークンは別のアプリケーション向けに発行されています。</translation>
    </message>
    <message>
        <source>The identity token was issued to a different application (authorized party).</source>
        <translation>ID トークンは別のアプリケーション (認可された当事者) に発行されています。</translation>
    </message>
    <message>
        <source>The identity token had already expired by this computer&apos;s clock when it arrived.</source>
        <translation>このコンピューターの時計では、ID トークンは届いた時点で期限切れでした。</translation>
    </message>
    <message>
        <source>The identity token is dated in the future by this computer&apos;s clock.</source>
        <translation>このコンピューターの時計では、ID トークンの日時が未来になっています。</translation>
    </message>
    <message>
        <source>The identity token was issued too long ago by this computer&apos;s clock to be a new one.</source>
        <translation>このコンピューターの時計では、ID トークンは発行から時間が経ちすぎており、新しいものとは言えません。</translation>
    </message>
    <message>
        <source>The identity token does not belong to this sign-in attempt. Please sign in again.</source>
        <translation>ID トークンはこのサインインの試行のものではありません。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The provider did not confirm a recent enough sign-in. Please sign in again.</source>
        <translation>プロバイダーが十分に新しいサインインを確認しませんでした。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Keyway could not download the provider&apos;s signing keys to check the identity token.</source>
        <translation>Keyway は ID トークンを検証するためのプロバイダーの署名鍵をダウンロードできませんでした。</translation>
    </message>
    <message>
        <source>The identity token from the refresh names a different user than the one who signed in.</source>
        <translation>更新で得た ID トークンが、サインインしたユーザーとは別のユーザーを示しています。</translation>
    </message>
    <message>
        <source>The identity token from the refresh gives a different sign-in time than the one who signed in.</source>
        <translation>更新で得た ID トークンが、元のサインインとは別のサインイン時刻を示しています。</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Connection id (or a unique prefix, or its name)</source>
        <translation>接続 ID (または一意な先頭部分、または接続名)</translation>
    </message>
    <message>
        <source>Print the redacted diagnostic bundle as JSON</source>
        <translation>秘匿処理済みの診断バンドルを JSON で出力</translation>
    </message>
    <message>
        <source>give exactly one CONNECTION</source>
        <translation>CONNECTION をちょうど 1 つ指定してください</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>連携</translation>
    </message>
    <message>
        <source>Auth mode</source>
        <translation>認証方式</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Requested scopes</source>
        <translation>要求したスコープ</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>許可されたスコープ</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>イベント:</translation>
    </message>
    <message>
        <source>Show a connection&apos;s details, decoded tokens and events</source>
        <translation>接続の詳細、デコードしたトークン、イベントを表示する</translation>
    </message>
    <message>
        <source>Granted details</source>
        <translation>許可された詳細</translation>
    </message>
</context>
<context>
    <name>IntegrationPage</name>
    <message>
        <source>Integration icon</source>
        <translation>連携のアイコン</translation>
    </message>
    <message>
        <source>&amp;Remove integration…</source>
        <translation>連携を削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Delete this custom integration&apos;s file (its connections stay in the list)</source>
        <translation>このカスタム連携のファイルを削除します (接続は一覧に残ります)</translation>
    </message>
    <message>
        <source>Remove this custom integration</source>
        <translation>このカスタム連携を削除</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>接続(&amp;C)…</translation>
    </message>
    <message>
        <source>Connect an account of this integration (Ctrl+N)</source>
        <translation>この連携のアカウントを接続します (Ctrl+N)</translation>
    </message>
    <message>
        <source>Opens the connect dialog for this integration</source>
        <translation>この連携の接続ダイアログを開きます</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>セキュリティ警告</translation>
    </message>
    <message>
        <source>Provider documentation link</source>
        <translation>プロバイダーのドキュメントへのリンク</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>No account is connected yet.</source>
        <translation>まだアカウントが接続されていません。</translation>
    </message>
    <message>
        <source>Connections of this integration</source>
        <translation>この連携の接続</translation>
    </message>
    <message>
        <source>Press Enter to open the selected connection</source>
        <translation>Enter を押すと選択した接続を開きます</translation>
    </message>
    <message>
        <source>&amp;Open connection</source>
        <translation>接続を開く(&amp;O)</translation>
    </message>
    <message>
        <source>Shows the selected connection&apos;s status, tokens, timeline and request console</source>
        <translation>選択した接続の状態、トークン、タイムライン、リクエストコンソールを表示します</translation>
    </message>
    <message>
        <source>Ways to connect</source>
        <translation>接続方法</translation>
    </message>
    <message>
        <source>Setup at the provider</source>
        <translation>プロバイダー側の設定</translation>
    </message>
    <message>
        <source>Redirect URI to register:</source>
        <translation>登録するリダイレクト URI:</translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation>登録するリダイレクト URI</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the redirect URI</source>
        <translation>リダイレクト URI をコピーします</translation>
    </message>
    <message>
        <source>Copy redirect URI</source>
        <translation>リダイレクト URI をコピー</translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation>設定手順</translation>
    </message>
    <message>
        <source>Integration details</source>
        <translation>連携の詳細</translation>
    </message>
    <message>
        <source>ⓘ Provider text (the description and the details of the setup steps) is in English.</source>
        <translation>ⓘ プロバイダーのテキスト (説明と設定手順の詳細) は英語です。</translation>
    </message>
</context>
<context>
    <name>IntegrationsCommand</name>
    <message>
        <source>Added %1 as %2 (overrides the built-in integration of that id)</source>
        <translation>%1 を %2 として追加しました (同じ ID の組み込み連携より優先されます)</translation>
    </message>
    <message>
        <source>Added %1 as %2</source>
        <translation>%1 を %2 として追加しました</translation>
    </message>
    <message>
        <source>Imported %1 as %2 (overrides the built-in integration of that id)</source>
        <translation>%1 を %2 として取り込みました (同じ ID の組み込み連携より優先されます)</translation>
    </message>
    <message>
        <source>Imported %1 as %2</source>
        <translation>%1 を %2 として取り込みました</translation>
    </message>
    <message>
        <source>Warning: this file replaces the built-in %1 integration (its endpoints are unchanged)</source>
        <translation>警告: このファイルは組み込みの連携 %1 を置き換えます (エンドポイントは変わりません)</translation>
    </message>
    <message>
        <source>Warning: this file replaces the built-in %1 integration; changed:</source>
        <translation>警告: このファイルは組み込みの連携 %1 を置き換えます。変更点:</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>show, add, import, export or remove; none lists</source>
        <translation>show、add、import、export、remove のいずれか。省略すると一覧</translation>
    </message>
    <message>
        <source>Print JSON</source>
        <translation>JSON で出力</translation>
    </message>
    <message>
        <source>Only this category</source>
        <translation>このカテゴリーのみ</translation>
    </message>
    <message>
        <source>Only integrations matching TEXT (name, alias, id, auth mode, description, scopes), best first</source>
        <translation>TEXT に一致する連携のみ (名前・別名・ID・認証方式・説明・スコープ)、一致度順</translation>
    </message>
    <message>
        <source>add: the issuer URL whose metadata gives the endpoints</source>
        <translation>add: メタデータからエンドポイントを得る発行者 URL</translation>
    </message>
    <message>
        <source>add: the new integration&apos;s id (lower case letters, digits, -)</source>
        <translation>add: 新しい連携の ID (英小文字・数字・-)</translation>
    </message>
    <message>
        <source>add: the name shown</source>
        <translation>add: 表示する名前</translation>
    </message>
    <message>
        <source>add: the exact redirect URI registered at the provider (http://127.0.0.1:PORT/PATH, or io.keyway.app:/oauth2redirect), used by every connection; show: the one to show instead of the integration&apos;s</source>
        <translation>add: プロバイダーに登録したとおりのリダイレクト URI (http://127.0.0.1:PORT/PATH または io.keyway.app:/oauth2redirect)。すべての接続で使う。show: 連携のものの代わりに表示する URI</translation>
    </message>
    <message>
        <source>show: a template variable to fill in the setup steps, e.g. subdomain=acme (repeatable)</source>
        <translation>show: 設定手順に埋め込むテンプレート変数 (例: subdomain=acme、複数指定可)</translation>
    </message>
    <message>
        <source>add: allow plain http to the issuer&apos;s host and endpoints (test servers only; tokens are sent unencrypted)</source>
        <translation>add: 発行者のホストとエンドポイントへの平文 http を許可する (テストサーバー専用。トークンは暗号化されずに送られる)</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>使い方: %1</translation>
    </message>
    <message>
        <source>export ID FILE (- for standard output)</source>
        <translation>export ID FILE (- で標準出力)</translation>
    </message>
    <message>
        <source>no temporary folder</source>
        <translation>一時フォルダーがありません</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 を %2 に書き出しました</translation>
    </message>
    <message>
        <source>Removed the custom integration %1; the built-in one is used again</source>
        <translation>カスタム連携 %1 を削除しました。組み込みの連携が再び使われます</translation>
    </message>
    <message>
        <source>Removed the custom integration %1</source>
        <translation>カスタム連携 %1 を削除しました</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; (show, add, import, export, remove; none lists)</source>
        <translation>不明なサブコマンド &apos;%1&apos; (show、add、import、export、remove。省略すると一覧)</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>スキップ: %1</translation>
    </message>
    <message>
        <source>(custom, overrides built-in)</source>
        <translation>(カスタム、組み込みより優先)</translation>
    </message>
    <message>
        <source>add needs --issuer URL and --id ID</source>
        <translation>add には --issuer URL と --id ID が必要です</translation>
    </message>
    <message>
        <source>Plain http to %1 is refused; --allow-insecure-http allows it for this integration (test servers only: tokens cross the network unencrypted).</source>
        <translation>%1 への平文 http は拒否されます。--allow-insecure-http でこの連携に限り許可できます (テストサーバー専用。トークンは暗号化されずにネットワークを通ります)。</translation>
    </message>
    <message>
        <source>there is no integration &quot;%1&quot; (see keyway integrations)</source>
        <translation>連携「%1」はありません (keyway integrations を参照)</translation>
    </message>
    <message>
        <source>expected KEY=VALUE, got &apos;%1&apos;</source>
        <translation>KEY=VALUE の形式が必要ですが &apos;%1&apos; でした</translation>
    </message>
    <message>
        <source>List, show, add, import, export or remove integrations</source>
        <translation>連携の一覧・表示・追加・取り込み・書き出し・削除</translation>
    </message>
    <message>
        <source>add --register: read the initial access token the provider requires from standard input</source>
        <translation>add --register: プロバイダーが求める初期アクセストークンを標準入力から読み取る</translation>
    </message>
    <message>
        <source>--initial-access-token-stdin goes with --register</source>
        <translation>--initial-access-token-stdin は --register と一緒に使います</translation>
    </message>
    <message>
        <source>no initial access token on standard input</source>
        <translation>標準入力に初期アクセストークンがありません</translation>
    </message>
    <message>
        <source>Registered Keyway at the provider as the client %1 (its secret is in the keychain)</source>
        <translation>Keyway をプロバイダーにクライアント %1 として登録しました (シークレットはキーチェーンにあります)</translation>
    </message>
    <message>
        <source>Registered Keyway at the provider as the client %1</source>
        <translation>Keyway をプロバイダーにクライアント %1 として登録しました</translation>
    </message>
    <message>
        <source>add: register Keyway as a client at the provider&apos;s registration endpoint (RFC 7591); the client is deleted there when the integration is removed or replaced</source>
        <translation>add: プロバイダーの登録エンドポイントで Keyway をクライアントとして登録する (RFC 7591)。連携を削除または置き換えると、そのクライアントもそこで削除されます</translation>
    </message>
    <message>
        <source>add: bind every connection&apos;s tokens to a key pair of its own (DPoP, RFC 9449); with --register the client is registered for DPoP-bound tokens only</source>
        <translation>add: 各接続のトークンをその接続専用の鍵ペアに結び付ける (DPoP、RFC 9449)。--register と併用すると、クライアントは DPoP に束縛されたトークン専用として登録されます</translation>
    </message>
    <message>
        <source>add, import: replace a custom or built-in integration of the same id (a client Keyway registered for the replaced one is deleted at the provider)</source>
        <translation>add、import: 同じ ID のカスタム連携または組み込み連携を置き換える (置き換えられる連携のために Keyway が登録したクライアントはプロバイダーで削除されます)</translation>
    </message>
</context>
<context>
    <name>Jwk</name>
    <message>
        <source>The key (JWK) is not valid.</source>
        <translation>鍵 (JWK) が無効です。</translation>
    </message>
    <message>
        <source>This kind of key (JWK) is not supported.</source>
        <translation>この種類の鍵 (JWK) には対応していません。</translation>
    </message>
</context>
<context>
    <name>Jwks</name>
    <message>
        <source>The provider&apos;s key set (JWKS) could not be read.</source>
        <translation>プロバイダーの鍵セット (JWKS) を読み取れませんでした。</translation>
    </message>
</context>
<context>
    <name>Jws</name>
    <message>
        <source>The token is not a well-formed signed JWT.</source>
        <translation>トークンが正しい形式の署名付き JWT ではありません。</translation>
    </message>
    <message>
        <source>The token is not signed (alg &quot;none&quot;). Keyway never accepts unsigned tokens.</source>
        <translation>トークンが署名されていません (alg &quot;none&quot;)。Keyway は署名のないトークンを受け付けません。</translation>
    </message>
    <message>
        <source>The token is signed with a shared secret (HMAC), which Keyway does not accept here.</source>
        <translation>トークンは共有秘密 (HMAC) で署名されており、ここでは Keyway は受け付けません。</translation>
    </message>
    <message>
        <source>The token is signed with an algorithm Keyway does not accept.</source>
        <translation>トークンは Keyway が受け付けないアルゴリズムで署名されています。</translation>
    </message>
    <message>
        <source>The token&apos;s signature cannot be checked with this key.</source>
        <translation>この鍵ではトークンの署名を検証できません。</translation>
    </message>
    <message>
        <source>The token&apos;s signature is not valid.</source>
        <translation>トークンの署名が無効です。</translation>
    </message>
    <message>
        <source>Keyway could not sign the token.</source>
        <translation>Keyway はトークンに署名できませんでした。</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <source>This text is not a JWT.</source>
        <translation>このテキストは JWT ではありません。</translation>
    </message>
    <message>
        <source>This token is encrypted (JWE); its contents cannot be shown.</source>
        <translation>このトークンは暗号化されています (JWE)。内容は表示できません。</translation>
    </message>
</context>
<context>
    <name>JwtDisplay</name>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1 後</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <source>An encrypted JWT (JWE): its content cannot be shown.</source>
        <translation>暗号化された JWT (JWE): 内容は表示できません。</translation>
    </message>
    <message>
        <source>Looks like a JWT but its parts are not base64url JSON.</source>
        <translation>JWT のように見えますが、各部分が base64url の JSON ではありません。</translation>
    </message>
    <message>
        <source>Opaque token: not a JWT, so only the provider can tell what it means.</source>
        <translation>不透明なトークン: JWT ではないため、意味がわかるのはプロバイダーだけです。</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2、%3)</translation>
    </message>
</context>
<context>
    <name>KeepAliveCommand</name>
    <message>
        <source>Renew a refresh token this many days before it would lapse unused (default 3)</source>
        <translation>未使用で失効する何日前にリフレッシュトークンを更新するか (既定 3)</translation>
    </message>
    <message>
        <source>Warn this many days before a grant reaches its provider&apos;s absolute lifetime (default 14)</source>
        <translation>許可がプロバイダーの絶対有効期間に達する何日前に警告するか (既定 14)</translation>
    </message>
    <message>
        <source>Run keep-alive daily as a systemd user timer (missed days made up at the next start)</source>
        <translation>keep-alive を systemd のユーザータイマーで毎日実行する (実行できなかった日は次回起動時に実行)</translation>
    </message>
    <message>
        <source>Remove the systemd user timer</source>
        <translation>systemd のユーザータイマーを削除する</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 を書き込みました</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 を削除しました</translation>
    </message>
    <message>
        <source>The timer is enabled: keyway keep-alive runs daily (systemctl --user list-timers keyway-keep-alive.timer)</source>
        <translation>タイマーを有効にしました: keyway keep-alive は毎日実行されます (systemctl --user list-timers keyway-keep-alive.timer)</translation>
    </message>
    <message>
        <source>The timer is disabled.</source>
        <translation>タイマーを無効にしました。</translation>
    </message>
    <message>
        <source>no timer was installed in %1</source>
        <translation>%1 にはタイマーがインストールされていませんでした</translation>
    </message>
    <message>
        <source>takes no CONNECTION: it looks at every connection</source>
        <translation>CONNECTION は指定できません: すべての接続を調べます</translation>
    </message>
    <message>
        <source>give --install or --uninstall, not both</source>
        <translation>--install と --uninstall のどちらか一方を指定してください</translation>
    </message>
    <message>
        <source>--margin-days and --warn-days take a whole number of days from 0 to 3650</source>
        <translation>--margin-days と --warn-days には 0 から 3650 までの整数の日数を指定してください</translation>
    </message>
    <message>
        <source>no connection holds a refresh token</source>
        <translation>リフレッシュトークンを持つ接続はありません</translation>
    </message>
    <message>
        <source>Renew refresh tokens before they lapse unused; warn before grants end</source>
        <translation>未使用で失効する前にリフレッシュトークンを更新し、許可が切れる前に警告する</translation>
    </message>
</context>
<context>
    <name>KeeperReport</name>
    <message>
        <source>reconnect</source>
        <translation>再接続</translation>
    </message>
    <message>
        <source>renewed</source>
        <translation>更新済み</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>needs you</source>
        <translation>要対応</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Reconnect %1 before %2 (its grant ends then, whatever is done): keyway connect --reconnect %3</source>
        <translation>%2 より前に %1 に再接続してください (その時点で付与は何をしても終了します): keyway connect --reconnect %3</translation>
    </message>
    <message>
        <source>; the grant ends %1, whatever is done</source>
        <translation>。付与は何をしても %1 に終了します</translation>
    </message>
    <message>
        <source>renewed before its refresh token lapsed unused; now good until %1 if left unused</source>
        <translation>リフレッシュトークンが未使用で失効する前に更新しました。未使用のままなら %1 まで有効です</translation>
    </message>
    <message>
        <source>refresh token good until %1 if left unused</source>
        <translation>未使用のままならリフレッシュトークンは %1 まで有効</translation>
    </message>
    <message>
        <source>the refresh token does not lapse unused</source>
        <translation>リフレッシュトークンは未使用でも失効しません</translation>
    </message>
    <message>
        <source>its provider documents no lifetime for its refresh token: nothing to keep alive</source>
        <translation>プロバイダーがリフレッシュトークンの有効期間を公開していません: 維持するものはありません</translation>
    </message>
    <message>
        <source>%1 needs re-authorization%2: keyway connect --reconnect %3</source>
        <translation>%1 は再認可が必要です%2: keyway connect --reconnect %3</translation>
    </message>
    <message>
        <source>renewal failed, will be tried again: %1</source>
        <translation>更新に失敗しました。再試行します: %1</translation>
    </message>
</context>
<context>
    <name>KeeperTimer</name>
    <message>
        <source>Keyway could not write %1.</source>
        <translation>Keyway は %1 を書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>KeyCommand</name>
    <message>
        <source>generate: a new key pair; public: the public JWK of a key</source>
        <translation>generate: 新しい鍵ペア。public: 鍵の公開 JWK</translation>
    </message>
    <message>
        <source>public: the PEM private key file</source>
        <translation>public: PEM 秘密鍵ファイル</translation>
    </message>
    <message>
        <source>generate: RS256 (RSA 2048) or ES256 (EC P-256, the default)</source>
        <translation>generate: RS256 (RSA 2048) または ES256 (EC P-256、既定)</translation>
    </message>
    <message>
        <source>generate: file to write the private key to (PEM, mode 0600)</source>
        <translation>generate: 秘密鍵を書き込むファイル (PEM、モード 0600)</translation>
    </message>
    <message>
        <source>generate: replace an existing --out file</source>
        <translation>generate: 既存の --out ファイルを置き換える</translation>
    </message>
    <message>
        <source>public: the key stored for this connection</source>
        <translation>public: この接続用に保存された鍵</translation>
    </message>
    <message>
        <source>say generate or public (see keyway key --help)</source>
        <translation>generate か public を指定してください (keyway key --help を参照)</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: say generate or public</source>
        <translation>不明な操作 &apos;%1&apos;: generate か public を指定してください</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>予期しない引数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--alg takes RS256 or ES256, not &apos;%1&apos;</source>
        <translation>--alg には &apos;%1&apos; ではなく RS256 か ES256 を指定してください</translation>
    </message>
    <message>
        <source>give --out PATH for the private key (it is not printed)</source>
        <translation>秘密鍵の --out PATH を指定してください (秘密鍵は画面に出力しません)</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>%1 を置き換えられません: %2</translation>
    </message>
    <message>
        <source>%1 exists (use --force to replace it)</source>
        <translation>%1 は既に存在します (置き換えるには --force を使用)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Private key written to %1 (readable by you only). Register the public JWK above with the provider,
then connect with --private-key-file %1 (Keyway keeps its own copy in the keychain).</source>
        <translation>秘密鍵を %1 に書き込みました (あなただけが読めます)。上の公開 JWK をプロバイダーに登録し、
--private-key-file %1 で接続してください (Keyway は自分用のコピーをキーチェーンに保管します)。</translation>
    </message>
    <message>
        <source>give either a PEM-FILE or --connection CONNECTION</source>
        <translation>PEM-FILE か --connection CONNECTION のどちらかを指定してください</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>this connection keeps no private key</source>
        <translation>この接続には秘密鍵が保存されていません</translation>
    </message>
    <message>
        <source>Generate a signing key pair or show a public JWK</source>
        <translation>署名用の鍵ペアを生成する、または公開 JWK を表示する</translation>
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
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Sandbox faults</source>
        <translation>サンドボックスの障害</translation>
    </message>
    <message>
        <source>Your connections</source>
        <translation>あなたの接続</translation>
    </message>
    <message>
        <source>Every connection at a glance, with what needs you first (Ctrl+Shift+H)</source>
        <translation>すべての接続を一覧で表示し、対応が必要なものを先頭に並べます (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Search integrations (Ctrl+F)</source>
        <translation>連携を検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search integrations</source>
        <translation>連携を検索</translation>
    </message>
    <message>
        <source>Filters the list by name, id, category or scope as you type</source>
        <translation>入力に応じて、名前、ID、カテゴリ、スコープで一覧を絞り込みます</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Shows only integrations of one category, or only connected ones</source>
        <translation>1 つのカテゴリの連携、または接続済みの連携だけを表示します</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>連携</translation>
    </message>
    <message>
        <source>Select an integration to see its details and connections</source>
        <translation>連携を選ぶと、その詳細と接続が表示されます</translation>
    </message>
    <message>
        <source>No integration matches. Try fewer words or another category.</source>
        <translation>一致する連携はありません。語を減らすか、別のカテゴリを試してください。</translation>
    </message>
    <message>
        <source>Add c&amp;ustom integration…</source>
        <translation>カスタム連携を追加(&amp;U)…</translation>
    </message>
    <message>
        <source>Add a provider that is not in the list, from its issuer URL (Ctrl+Shift+N)</source>
        <translation>一覧にないプロバイダーを発行者 URL から追加します (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Add custom integration</source>
        <translation>カスタム連携を追加</translation>
    </message>
    <message>
        <source>Reads the provider&apos;s OpenID Connect or OAuth metadata from its issuer URL</source>
        <translation>プロバイダーの OpenID Connect または OAuth のメタデータを発行者 URL から読み込みます</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>接続(&amp;C)…</translation>
    </message>
    <message>
        <source>Connect an account of the selected integration</source>
        <translation>選択した連携のアカウントを接続します</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Find integration</source>
        <translation>連携を検索(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Add a provider that is not in the list, from its issuer URL</source>
        <translation>一覧にないプロバイダーを発行者 URL から追加します</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Unlock vault…</source>
        <translation>保管庫のロックを解除(&amp;U)…</translation>
    </message>
    <message>
        <source>Enter the passphrase of Keyway&apos;s encrypted secret vault</source>
        <translation>Keyway の暗号化された秘密情報保管庫のパスフレーズを入力します</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>今すぐ更新(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh the access token of the open connection</source>
        <translation>開いている接続のアクセストークンを更新します</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Re&amp;connect…</source>
        <translation>再接続(&amp;C)…</translation>
    </message>
    <message>
        <source>Sign in again to renew the grant of the open connection</source>
        <translation>もう一度サインインして、開いている接続の付与を更新します</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Copy &amp;access token</source>
        <translation>アクセストークンをコピー(&amp;A)</translation>
    </message>
    <message>
        <source>Copies the access token; the clipboard is cleared after 30 seconds</source>
        <translation>アクセストークンをコピーします。クリップボードは 30 秒後に消去されます</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Open in request &amp;console</source>
        <translation>リクエストコンソールで開く(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Export diagnostic bundle…</source>
        <translation>診断バンドルをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Saves the connection&apos;s events, history and decoded claims without any secret</source>
        <translation>接続のイベント、履歴、デコードしたクレームを、秘密情報を含めずに保存します</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>切断(&amp;D)…</translation>
    </message>
    <message>
        <source>Revokes the grant at the provider and forgets the connection</source>
        <translation>プロバイダー側で付与を取り消し、接続を削除します</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Back to integration</source>
        <translation>連携に戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Sandbox panel</source>
        <translation>サンドボックスパネル(&amp;S)</translation>
    </message>
    <message>
        <source>Start or stop the built-in Keyway Sandbox and switch its faults on and off</source>
        <translation>組み込みの Keyway Sandbox を起動・停止し、障害のオン・オフを切り替えます</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Your &amp;connections</source>
        <translation>あなたの接続(&amp;C)</translation>
    </message>
    <message>
        <source>Every connection with its status, expiry and last request</source>
        <translation>すべての接続と、その状態、有効期限、最後のリクエスト</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Show &amp;sidebar</source>
        <translation>サイドバーを表示(&amp;S)</translation>
    </message>
    <message>
        <source>Show or hide the list of integrations on the left</source>
        <translation>左側の連携一覧を表示・非表示にします</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation>ウィンドウのすべてのキーボードショートカット</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About Keyway</source>
        <translation>Keyway について(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MaskedField</name>
    <message>
        <source>%1, masked</source>
        <translation>%1 (伏せ字)</translation>
    </message>
    <message>
        <source>The value is hidden: only dots are shown.</source>
        <translation>値は伏せ字です: 点だけが表示されています。</translation>
    </message>
    <message>
        <source>The value is shown in full.</source>
        <translation>値をすべて表示しています。</translation>
    </message>
</context>
<context>
    <name>MessagePanel</name>
    <message>
        <source>Details for support</source>
        <translation>サポート用の詳細</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>このメッセージを閉じます</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>メッセージを閉じる</translation>
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
        <translation>会計</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>人事</translation>
    </message>
    <message>
        <source>Ticketing</source>
        <translation>チケット管理</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>メッセージング</translation>
    </message>
    <message>
        <source>Calendar and email</source>
        <translation>カレンダーとメール</translation>
    </message>
    <message>
        <source>File storage</source>
        <translation>ファイルストレージ</translation>
    </message>
    <message>
        <source>Developer tools</source>
        <translation>開発者ツール</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>マーケティング</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>決済</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>ID 管理</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>生産性</translation>
    </message>
    <message>
        <source>Commerce</source>
        <translation>コマース</translation>
    </message>
    <message>
        <source>Analytics and data</source>
        <translation>分析とデータ</translation>
    </message>
    <message>
        <source>Cloud and infrastructure</source>
        <translation>クラウドとインフラ</translation>
    </message>
    <message>
        <source>Social and advertising</source>
        <translation>ソーシャルと広告</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>汎用</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>Sign in with the browser (OAuth 2.0 authorization code)</source>
        <translation>ブラウザーでサインイン (OAuth 2.0 認可コード)</translation>
    </message>
    <message>
        <source>Client credentials (OAuth 2.0, no user)</source>
        <translation>クライアントクレデンシャル (OAuth 2.0、ユーザーなし)</translation>
    </message>
    <message>
        <source>Service account (JWT bearer grant)</source>
        <translation>サービスアカウント (JWT ベアラーグラント)</translation>
    </message>
    <message>
        <source>Device code (sign in on another device)</source>
        <translation>デバイスコード (別のデバイスでサインイン)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>User name and password (HTTP Basic)</source>
        <translation>ユーザー名とパスワード (HTTP Basic)</translation>
    </message>
    <message>
        <source>Paste a bearer token</source>
        <translation>ベアラートークンを貼り付け</translation>
    </message>
    <message>
        <source>You need a client ID (and usually a secret) from the provider&apos;s developer console. Keyway opens your browser to sign in.</source>
        <translation>プロバイダーの開発者コンソールで発行されるクライアント ID (と通常はシークレット) が必要です。Keyway はサインインのためにブラウザーを開きます。</translation>
    </message>
    <message>
        <source>You need a client ID and secret of an application that may call the API on its own behalf.</source>
        <translation>自身の権限で API を呼び出せるアプリケーションのクライアント ID とシークレットが必要です。</translation>
    </message>
    <message>
        <source>You need a service account key file or a private key; Keyway signs an assertion with it.</source>
        <translation>サービスアカウントのキーファイルか秘密鍵が必要です。Keyway はそれでアサーションに署名します。</translation>
    </message>
    <message>
        <source>You need a client ID. Keyway shows a code to enter on another device.</source>
        <translation>クライアント ID が必要です。Keyway は別のデバイスで入力するコードを表示します。</translation>
    </message>
    <message>
        <source>You need an API key or personal access token from the provider.</source>
        <translation>プロバイダーの API キーまたは個人用アクセストークンが必要です。</translation>
    </message>
    <message>
        <source>You need a user name and a password or API token.</source>
        <translation>ユーザー名と、パスワードまたは API トークンが必要です。</translation>
    </message>
    <message>
        <source>Paste an access token you already have. Keyway cannot refresh it.</source>
        <translation>お持ちのアクセストークンを貼り付けてください。Keyway はこれを更新できません。</translation>
    </message>
</context>
<context>
    <name>OutgoingRequest</name>
    <message>
        <source>Enter a full URL (https://...).</source>
        <translation>完全な URL (https://...) を入力してください。</translation>
    </message>
    <message>
        <source>%1 is not one of this connection&apos;s origins, so its credential is not sent there.</source>
        <translation>%1 はこの接続のオリジンではないため、認証情報はそこへ送信されません。</translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <source>This is not a PEM private key Keyway can read.</source>
        <translation>Keyway が読み取れる PEM 形式の秘密鍵ではありません。</translation>
    </message>
    <message>
        <source>This kind of private key is not supported. Use an RSA key of at least 2048 bits, an EC key on P-256, P-384 or P-521, or an Ed25519 key.</source>
        <translation>この種類の秘密鍵には対応していません。2048 ビット以上の RSA 鍵、P-256・P-384・P-521 の EC 鍵、または Ed25519 鍵を使ってください。</translation>
    </message>
    <message>
        <source>This private key is protected by a passphrase. Export it without a passphrase (for example with &quot;openssl pkey -in key.pem -out key-unencrypted.pem&quot;) and import that file; Keyway keeps it in the system keychain.</source>
        <translation>この秘密鍵はパスフレーズで保護されています。パスフレーズなしでエクスポートし (例: &quot;openssl pkey -in key.pem -out key-unencrypted.pem&quot;)、そのファイルをインポートしてください。Keyway はシステムのキーチェーンに保管します。</translation>
    </message>
    <message>
        <source>Keyway could not generate a key pair.</source>
        <translation>Keyway は鍵ペアを生成できませんでした。</translation>
    </message>
    <message>
        <source>This is a public key or certificate. Keyway needs the private key that belongs to it.</source>
        <translation>これは公開鍵または証明書です。Keyway にはそれに対応する秘密鍵が必要です。</translation>
    </message>
</context>
<context>
    <name>PrivateKeyPanel</name>
    <message>
        <source>No private key loaded.</source>
        <translation>秘密鍵が読み込まれていません。</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>秘密鍵</translation>
    </message>
    <message>
        <source>From &amp;file…</source>
        <translation>ファイルから(&amp;F)…</translation>
    </message>
    <message>
        <source>Load private key from a PEM file</source>
        <translation>PEM ファイルから秘密鍵を読み込みます</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Paste private key from the clipboard</source>
        <translation>クリップボードから秘密鍵を貼り付けます</translation>
    </message>
    <message>
        <source>Key type to generate</source>
        <translation>生成する鍵の種類</translation>
    </message>
    <message>
        <source>&amp;Generate key pair</source>
        <translation>鍵ペアを生成(&amp;G)</translation>
    </message>
    <message>
        <source>Generate a new key pair</source>
        <translation>新しい鍵ペアを生成します</translation>
    </message>
    <message>
        <source>Keyway keeps the private key in the keychain; register the public key it shows at the provider</source>
        <translation>Keyway は秘密鍵をキーチェーンに保管します。表示される公開鍵をプロバイダーに登録してください</translation>
    </message>
    <message>
        <source>Register this public key with the provider (as a JWK or PEM, whichever it asks for). The private key stays in Keyway&apos;s keychain.</source>
        <translation>この公開鍵をプロバイダーに登録してください (求められる形式に応じて JWK か PEM で)。秘密鍵は Keyway のキーチェーンに残ります。</translation>
    </message>
    <message>
        <source>Public key to register (JWK)</source>
        <translation>登録する公開鍵 (JWK)</translation>
    </message>
    <message>
        <source>Cop&amp;y public JWK</source>
        <translation>公開 JWK をコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the public JWK</source>
        <translation>公開 JWK をコピーします</translation>
    </message>
    <message>
        <source>Copy public P&amp;EM</source>
        <translation>公開 PEM をコピー(&amp;E)</translation>
    </message>
    <message>
        <source>Copy the public key as PEM</source>
        <translation>公開鍵を PEM としてコピーします</translation>
    </message>
</context>
<context>
    <name>ProtocolError</name>
    <message>
        <source>The provider redirected the request instead of answering with %1. Check the endpoint address.</source>
        <translation>プロバイダーは %1 で応答する代わりにリクエストをリダイレクトしました。エンドポイントのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>The provider refused the request: the credentials were not accepted.</source>
        <translation>プロバイダーがリクエストを拒否しました: 認証情報が受け付けられませんでした。</translation>
    </message>
    <message>
        <source>The provider refused the request instead of answering with %1.</source>
        <translation>プロバイダーは %1 で応答する代わりにリクエストを拒否しました。</translation>
    </message>
    <message>
        <source>The provider rejected the request as malformed. Check the connection&apos;s settings.</source>
        <translation>プロバイダーがリクエストを不正な形式として拒否しました。接続の設定を確認してください。</translation>
    </message>
    <message>
        <source>The client id or secret was rejected.</source>
        <translation>クライアント ID またはシークレットが拒否されました。</translation>
    </message>
    <message>
        <source>The authorization is no longer valid: connect again.</source>
        <translation>認可はもう有効ではありません: 接続し直してください。</translation>
    </message>
    <message>
        <source>This client is not allowed to use this kind of authorization at the provider.</source>
        <translation>このクライアントはプロバイダーでこの種類の認可を使用できません。</translation>
    </message>
    <message>
        <source>The provider does not support this kind of authorization.</source>
        <translation>プロバイダーはこの種類の認可に対応していません。</translation>
    </message>
    <message>
        <source>The provider rejected the requested permissions (scopes).</source>
        <translation>プロバイダーが要求した権限 (スコープ) を拒否しました。</translation>
    </message>
    <message>
        <source>The request was denied.</source>
        <translation>リクエストが拒否されました。</translation>
    </message>
    <message>
        <source>The provider had a problem answering. Try again later.</source>
        <translation>プロバイダーの応答で問題が発生しました。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>The provider is temporarily unavailable. Try again later.</source>
        <translation>プロバイダーは一時的に利用できません。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>The access token was rejected: it may have expired or been revoked.</source>
        <translation>アクセストークンが拒否されました: 期限切れか、取り消された可能性があります。</translation>
    </message>
    <message>
        <source>The access token does not have the permissions (scopes) this request needs.</source>
        <translation>アクセストークンに、このリクエストに必要な権限 (スコープ) がありません。</translation>
    </message>
    <message>
        <source>The provider cannot revoke this kind of token.</source>
        <translation>プロバイダーはこの種類のトークンを取り消せません。</translation>
    </message>
    <message>
        <source>Waiting for the request to be approved on the other device.</source>
        <translation>別のデバイスでリクエストが承認されるのを待っています。</translation>
    </message>
    <message>
        <source>The provider asked to check less often.</source>
        <translation>プロバイダーから確認の頻度を下げるよう求められました。</translation>
    </message>
    <message>
        <source>The code expired before it was approved: start again.</source>
        <translation>承認される前にコードの有効期限が切れました: 最初からやり直してください。</translation>
    </message>
    <message>
        <source>The provider rejected the requested resource or audience.</source>
        <translation>プロバイダーが要求したリソースまたはオーディエンスを拒否しました。</translation>
    </message>
    <message>
        <source>The provider refused the request (%1).</source>
        <translation>プロバイダーがリクエストを拒否しました (%1)。</translation>
    </message>
</context>
<context>
    <name>RedirectTarget</name>
    <message>
        <source>The redirect URI must start with http://127.0.0.1:PORT/ or %1:.</source>
        <translation>リダイレクト URI は http://127.0.0.1:PORT/ か %1: で始まる必要があります。</translation>
    </message>
    <message>
        <source>Keyway&apos;s app redirect URI is exactly %1.</source>
        <translation>Keyway のアプリ用リダイレクト URI は正確には %1 です。</translation>
    </message>
    <message>
        <source>Keyway cannot receive an https redirect: it listens with plain http on this computer&apos;s loopback address (RFC 8252 §7.3). Register http://127.0.0.1:PORT/callback at the provider, or %1 where it accepts an app&apos;s own scheme.</source>
        <translation>Keyway は https のリダイレクトを受け取れません: このコンピューターのループバックアドレスで暗号化なしの http で待ち受けます (RFC 8252 §7.3)。プロバイダーには http://127.0.0.1:PORT/callback を登録するか、アプリ独自のスキームを受け付ける場合は %1 を登録してください。</translation>
    </message>
    <message>
        <source>The desktop hands only %1: redirects to Keyway; &quot;%2:&quot; would open another program.</source>
        <translation>デスクトップが Keyway に渡すのは %1: のリダイレクトだけです。「%2:」は別のプログラムを開きます。</translation>
    </message>
    <message>
        <source>The redirect URI is not a valid URL.</source>
        <translation>リダイレクト URI が有効な URL ではありません。</translation>
    </message>
    <message>
        <source>The redirect URI must not carry user info, a query or a fragment (RFC 6749 §3.1.2).</source>
        <translation>リダイレクト URI にユーザー情報、クエリ、フラグメントを含めることはできません (RFC 6749 §3.1.2)。</translation>
    </message>
    <message>
        <source>Keyway can only receive a redirect on this computer: the host must be 127.0.0.1, [::1] or localhost, not %1.</source>
        <translation>Keyway はこのコンピューター上でしかリダイレクトを受け取れません: ホストは %1 ではなく、127.0.0.1、[::1]、localhost のいずれかである必要があります。</translation>
    </message>
    <message>
        <source>Port 0 cannot be registered; give the port the provider has, or none if it accepts any.</source>
        <translation>ポート 0 は登録できません。プロバイダーで指定されたポートを指定するか、任意のポートを受け付ける場合は省略してください。</translation>
    </message>
    <message>
        <source>The redirect URI needs a path, such as /callback.</source>
        <translation>リダイレクト URI には /callback のようなパスが必要です。</translation>
    </message>
    <message>
        <source>The redirect path may hold only letters, digits and - . _ ~ /.</source>
        <translation>リダイレクトのパスに使えるのは英字、数字、- . _ ~ / だけです。</translation>
    </message>
</context>
<context>
    <name>RefreshedIdToken</name>
    <message>
        <source>The refreshed tokens were refused and the previous ones kept: %1</source>
        <translation>更新されたトークンは拒否され、以前のトークンを保持しました: %1</translation>
    </message>
    <message>
        <source>The provider publishes no keys (jwks_uri), so its ID token cannot be checked.</source>
        <translation>プロバイダーが鍵 (jwks_uri) を公開していないため、ID トークンを検証できません。</translation>
    </message>
</context>
<context>
    <name>RequestCommand</name>
    <message>
        <source>Connection id (or a unique prefix, or its name)</source>
        <translation>接続 ID (または一意な先頭部分、または接続名)</translation>
    </message>
    <message>
        <source>Absolute URL, or a path relative to the integration&apos;s API base</source>
        <translation>絶対 URL、または連携の API ベースからの相対パス</translation>
    </message>
    <message>
        <source>Request header &quot;Name: value&quot; (repeatable)</source>
        <translation>リクエストヘッダー &quot;Name: value&quot; (複数指定可)</translation>
    </message>
    <message>
        <source>Request body; @FILE reads a file, @- standard input</source>
        <translation>リクエスト本文。@FILE でファイル、@- で標準入力を読み取る</translation>
    </message>
    <message>
        <source>Print the status line and response headers</source>
        <translation>ステータス行とレスポンスヘッダーを出力</translation>
    </message>
    <message>
        <source>Also send the credential to this origin (https://host[:port]), which is not one of the connection&apos;s (repeatable)</source>
        <translation>接続の発行元ではないこのオリジン (https://host[:port]) にも資格情報を送る (複数指定可)</translation>
    </message>
    <message>
        <source>give CONNECTION METHOD URL</source>
        <translation>CONNECTION METHOD URL を指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HTTP method</source>
        <translation>&apos;%1&apos; は HTTP メソッドではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>&apos;%1&apos; は有効な URL ではありません</translation>
    </message>
    <message>
        <source>header &apos;%1&apos; is not &quot;Name: value&quot;</source>
        <translation>ヘッダー &apos;%1&apos; が &quot;Name: value&quot; の形式ではありません</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an origin (https://host[:port])</source>
        <translation>&apos;%1&apos; はオリジン (https://host[:port]) ではありません</translation>
    </message>
    <message>
        <source>%1 Add --allow-origin ORIGIN to send it there anyway (its origins: %2).</source>
        <translation>%1 それでも送るには --allow-origin ORIGIN を付けてください (この接続のオリジン: %2)。</translation>
    </message>
    <message numerus="yes">
        <source>the answer was cut off at %n byte(s)</source>
        <translation>
            <numerusform>応答は %n バイトで打ち切られました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (keyway connect --reconnect %2 --scope &quot;%3&quot;)</source>
        <translation>%1 (keyway connect --reconnect %2 --scope &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>HTTP %1 %2 (after a refresh and retry)</source>
        <translation>HTTP %1 %2 (更新して再試行した後)</translation>
    </message>
    <message>
        <source>Send an API request with a connection&apos;s credential</source>
        <translation>接続の資格情報で API リクエストを送る</translation>
    </message>
</context>
<context>
    <name>RequestConsole</name>
    <message>
        <source>HTTP method</source>
        <translation>HTTP メソッド</translation>
    </message>
    <message>
        <source>Request URL</source>
        <translation>リクエスト URL</translation>
    </message>
    <message>
        <source>Absolute, or relative to the integration&apos;s API address. Ctrl+Return sends.</source>
        <translation>絶対 URL、または連携の API アドレスからの相対 URL。Ctrl+Return で送信します。</translation>
    </message>
    <message>
        <source>https://api.example.com/v1/me or /v1/me</source>
        <translation>https://api.example.com/v1/me または /v1/me</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>Send the request with this connection&apos;s credential (Ctrl+Return)</source>
        <translation>この接続の認証情報でリクエストを送信します (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop the request in flight (Esc)</source>
        <translation>送信中のリクエストを中止します (Esc)</translation>
    </message>
    <message>
        <source>Request &amp;headers</source>
        <translation>リクエストヘッダー(&amp;H)</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>リクエストヘッダー</translation>
    </message>
    <message>
        <source>&amp;Add header</source>
        <translation>ヘッダーを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove header</source>
        <translation>ヘッダーを削除(&amp;R)</translation>
    </message>
    <message>
        <source>The connection&apos;s credential is added when the request is sent.</source>
        <translation>接続の認証情報はリクエストの送信時に追加されます。</translation>
    </message>
    <message>
        <source>Request &amp;body</source>
        <translation>リクエスト本文(&amp;B)</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>リクエスト本文</translation>
    </message>
    <message>
        <source>Request body (e.g. JSON). Add a Content-Type header to match.</source>
        <translation>リクエスト本文 (例: JSON)。対応する Content-Type ヘッダーを追加してください。</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>履歴(&amp;I)</translation>
    </message>
    <message>
        <source>Request history</source>
        <translation>リクエスト履歴</translation>
    </message>
    <message>
        <source>Enter loads the request into the form</source>
        <translation>Enter でリクエストをフォームに読み込みます</translation>
    </message>
    <message>
        <source>&amp;Load into form</source>
        <translation>フォームに読み込む(&amp;L)</translation>
    </message>
    <message>
        <source>R&amp;e-run</source>
        <translation>再実行(&amp;E)</translation>
    </message>
    <message>
        <source>Response status</source>
        <translation>応答ステータス</translation>
    </message>
    <message>
        <source>Include the &amp;credential</source>
        <translation>認証情報を含める(&amp;C)</translation>
    </message>
    <message>
        <source>Off: the credential is masked in the copied command</source>
        <translation>オフ: コピーしたコマンドでは認証情報が伏せられます</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>cURL としてコピー(&amp;U)</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>すべて表示(&amp;A)</translation>
    </message>
    <message>
        <source>Sa&amp;ve body…</source>
        <translation>本文を保存(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Pretty</source>
        <translation>整形(&amp;P)</translation>
    </message>
    <message>
        <source>Response body, formatted</source>
        <translation>応答本文 (整形済み)</translation>
    </message>
    <message>
        <source>Ra&amp;w</source>
        <translation>そのまま(&amp;W)</translation>
    </message>
    <message>
        <source>Response body, raw</source>
        <translation>応答本文 (そのまま)</translation>
    </message>
    <message>
        <source>Response hea&amp;ders</source>
        <translation>応答ヘッダー(&amp;D)</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>応答ヘッダー</translation>
    </message>
</context>
<context>
    <name>ResponseBody</name>
    <message>
        <source>The provider&apos;s answer is too large to be %1.</source>
        <translation>プロバイダーの応答は %1 としては大きすぎます。</translation>
    </message>
    <message>
        <source>The provider sent an empty answer instead of %1.</source>
        <translation>プロバイダーは %1 の代わりに空の応答を送信しました。</translation>
    </message>
    <message>
        <source>The provider answered with a web page instead of %1.</source>
        <translation>プロバイダーは %1 の代わりにウェブページで応答しました。</translation>
    </message>
    <message>
        <source>The provider&apos;s answer could not be read as %1.</source>
        <translation>プロバイダーの応答を %1 として読み取れませんでした。</translation>
    </message>
    <message>
        <source>The provider&apos;s answer is not valid JSON, so it could not be read as %1.</source>
        <translation>プロバイダーの応答が有効な JSON ではないため、%1 として読み取れませんでした。</translation>
    </message>
    <message>
        <source>The provider&apos;s answer is JSON but not an object, so it could not be read as %1.</source>
        <translation>プロバイダーの応答は JSON ですがオブジェクトではないため、%1 として読み取れませんでした。</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>The sandbox&apos;s port on 127.0.0.1 (default %1; each port has its own store; 0 with serve: any free port, state in memory only)</source>
        <translation>127.0.0.1 上のサンドボックスのポート (既定 %1。ポートごとに保存先が別。serve で 0: 空いている任意のポート、状態はメモリーのみ)</translation>
    </message>
    <message>
        <source>faults, personalities, log: print JSON</source>
        <translation>faults、personalities、log: JSON で出力</translation>
    </message>
    <message>
        <source>serve: access token lifetime in seconds (default 3600; kept in the store)</source>
        <translation>serve: アクセストークンの有効期間 (秒、既定 3600、保存先に記録)</translation>
    </message>
    <message>
        <source>serve: device flow polling interval in seconds (default 5; kept in the store)</source>
        <translation>serve: デバイスフローのポーリング間隔 (秒、既定 5、保存先に記録)</translation>
    </message>
    <message>
        <source>serve: switch a fault on from the start (repeatable)</source>
        <translation>serve: 起動時から障害をオンにする (複数指定可)</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>使い方: %1</translation>
    </message>
    <message>
        <source>--port must be a whole number from 0 to 65535</source>
        <translation>--port は 0 から 65535 までの整数でなければなりません</translation>
    </message>
    <message>
        <source>--port must be a whole number from 1 to 65535 (a sandbox on port 0 keeps no store)</source>
        <translation>--port は 1 から 65535 までの整数でなければなりません (ポート 0 のサンドボックスには保存先がありません)</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of seconds from %2 to %3</source>
        <translation>--%1 は %2 から %3 までの整数の秒数でなければなりません</translation>
    </message>
    <message>
        <source>there is no fault &quot;%1&quot; (see keyway sandbox faults)</source>
        <translation>障害「%1」はありません (keyway sandbox faults を参照)</translation>
    </message>
    <message>
        <source>%1 received; stopping</source>
        <translation>%1 を受信しました。停止します</translation>
    </message>
    <message>
        <source>another Keyway process already serves this sandbox at %1; keyway sandbox fault works on it from here</source>
        <translation>別の Keyway プロセスがこのサンドボックスを %1 で既に提供しています。keyway sandbox fault はここからそれに作用します</translation>
    </message>
    <message>
        <source>Keyway Sandbox running at %1 from %2 (public client keyway-sandbox; keyway-sandbox-confidential / sandbox-secret). Ctrl+C or SIGTERM stops it.</source>
        <translation>Keyway Sandbox を %1 で実行中 (保存先 %2、公開クライアント keyway-sandbox、keyway-sandbox-confidential / sandbox-secret)。Ctrl+C または SIGTERM で停止します。</translation>
    </message>
    <message>
        <source>Keyway Sandbox running at %1 from memory (public client keyway-sandbox; keyway-sandbox-confidential / sandbox-secret). Ctrl+C or SIGTERM stops it.</source>
        <translation>Keyway Sandbox を %1 で実行中 (メモリー上、公開クライアント keyway-sandbox、keyway-sandbox-confidential / sandbox-secret)。Ctrl+C または SIGTERM で停止します。</translation>
    </message>
    <message>
        <source>served now</source>
        <translation>現在提供中</translation>
    </message>
    <message>
        <source>not served now: the next Keyway that needs it serves it</source>
        <translation>現在は提供されていません。次に必要とした Keyway が提供します</translation>
    </message>
    <message>
        <source>its port is held by a Keyway Sandbox that is not yours</source>
        <translation>そのポートはあなたのものではない Keyway Sandbox が使用しています</translation>
    </message>
    <message>
        <source>its port is held by a program that is not a Keyway Sandbox</source>
        <translation>そのポートは Keyway Sandbox ではないプログラムが使用しています</translation>
    </message>
    <message>
        <source>Keyway Sandbox at %1 (%2)</source>
        <translation>Keyway Sandbox: %1 (%2)</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>保存先: %1</translation>
    </message>
    <message>
        <source>Keyway should %1</source>
        <translation>Keyway の期待される動作: %1</translation>
    </message>
    <message>
        <source>Switch one with: keyway sandbox fault NAME on|off|VALUE (actions run at once)</source>
        <translation>切り替えるには: keyway sandbox fault NAME on|off|VALUE (操作はすぐに実行されます)</translation>
    </message>
    <message>
        <source>%1 (client %2): keyway connect %3</source>
        <translation>%1 (クライアント %2): keyway connect %3</translation>
    </message>
    <message>
        <source>Confidential ones take the client secret sandbox-secret (--client-id ID --client-secret-stdin).</source>
        <translation>機密クライアントにはクライアントシークレット sandbox-secret を使います (--client-id ID --client-secret-stdin)。</translation>
    </message>
    <message>
        <source>%1 is not a sandbox client that uses private_key_jwt (see keyway sandbox personalities)</source>
        <translation>%1 は private_key_jwt を使うサンドボックスのクライアントではありません (keyway sandbox personalities を参照)</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 を読み取れません</translation>
    </message>
    <message>
        <source>%1 is neither a JWK nor a PEM private key: %2</source>
        <translation>%1 は JWK でも PEM 秘密鍵でもありません: %2</translation>
    </message>
    <message>
        <source>Registered the key %1 for %2</source>
        <translation>鍵 %1 を %2 に登録しました</translation>
    </message>
    <message>
        <source>only &quot;keyway sandbox fault all off&quot; is possible</source>
        <translation>使えるのは &quot;keyway sandbox fault all off&quot; だけです</translation>
    </message>
    <message>
        <source>The Keyway Sandbox forgot everything: keys, grants, tokens, accounts, faults, settings and its log. Connections to it need to be reconnected.</source>
        <translation>Keyway Sandbox はすべてを消去しました: 鍵、許可、トークン、アカウント、障害、設定、ログ。Keyway Sandbox への接続は再接続が必要です。</translation>
    </message>
    <message>
        <source>Run the built-in Keyway Sandbox and switch its faults</source>
        <translation>組み込みの Keyway Sandbox を実行し、障害を切り替える</translation>
    </message>
    <message>
        <source>serve, faults, fault, personalities, client-key, client-cert, log or reset</source>
        <translation>serve、faults、fault、personalities、client-key、client-cert、log または reset</translation>
    </message>
    <message>
        <source>client-cert: the folder to write the client certificate and its key to (mode 0600)</source>
        <translation>client-cert: クライアント証明書とその鍵を書き出すフォルダー (モード 0600)</translation>
    </message>
    <message>
        <source>give --out FOLDER for the client certificate and its key (the key is not printed)</source>
        <translation>クライアント証明書とその鍵の書き出し先を --out FOLDER で指定してください (鍵は表示されません)</translation>
    </message>
    <message>
        <source>%1 already exists; remove it or choose another folder</source>
        <translation>%1 は既に存在します。削除するか別のフォルダーを選んでください</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot write the client certificate and its key to %1</source>
        <translation>クライアント証明書とその鍵を %1 に書き込めません</translation>
    </message>
    <message>
        <source>Registered the client certificate %1 for %2.</source>
        <translation>クライアント証明書 %1 を %2 に登録しました。</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>証明書: %1</translation>
    </message>
    <message>
        <source>Private key: %1 (mode 0600)</source>
        <translation>秘密鍵: %1 (モード 0600)</translation>
    </message>
    <message>
        <source>Connect with: keyway connect %1 --client-id %2 --client-cert %3 --client-key-stdin &lt; %4</source>
        <translation>接続コマンド: keyway connect %1 --client-id %2 --client-cert %3 --client-key-stdin &lt; %4</translation>
    </message>
</context>
<context>
    <name>SandboxFaults</name>
    <message>
        <source>Expire access tokens now</source>
        <translation>アクセストークンを今すぐ期限切れにする</translation>
    </message>
    <message>
        <source>Every access token issued so far (by this process or an earlier one) stops working at once: the API and userinfo answer 401 invalid_token, introspection says inactive.</source>
        <translation>これまでに (このプロセスまたは以前のプロセスで) 発行されたすべてのアクセストークンが直ちに無効になります: API と userinfo は 401 invalid_token を返し、イントロスペクションは inactive を返します。</translation>
    </message>
    <message>
        <source>get 401 on the next request, refresh the token and retry the request once; without a refresh token, ask to reconnect.</source>
        <translation>次のリクエストで 401 を受け取り、トークンを更新してリクエストを 1 回だけ再試行する。リフレッシュトークンがなければ再接続を求める。</translation>
    </message>
    <message>
        <source>Revoke refresh tokens</source>
        <translation>リフレッシュトークンを取り消す</translation>
    </message>
    <message>
        <source>Every refresh token is revoked, as when the user removes the app&apos;s access at the provider. Access tokens keep working until they expire (expire them too to see it at once).</source>
        <translation>ユーザーがプロバイダー側でアプリのアクセスを削除したときのように、すべてのリフレッシュトークンが取り消されます。アクセストークンは期限切れまで使えます (すぐに確認するには、それも期限切れにしてください)。</translation>
    </message>
    <message>
        <source>get invalid_grant on the next refresh, mark the connection as needing re-authorization and offer to reconnect.</source>
        <translation>次の更新で invalid_grant を受け取り、接続を再認可が必要とマークして再接続を提案する。</translation>
    </message>
    <message>
        <source>Next refresh fails</source>
        <translation>次の更新が失敗する</translation>
    </message>
    <message>
        <source>The next refresh_token request is answered 400 invalid_grant, and that grant is revoked.</source>
        <translation>次の refresh_token リクエストに 400 invalid_grant で応答し、その付与を取り消します。</translation>
    </message>
    <message>
        <source>mark the connection as needing re-authorization and prompt to reconnect, without retrying the refresh.</source>
        <translation>更新を再試行せずに、接続を再認可が必要とマークして再接続を促す。</translation>
    </message>
    <message>
        <source>Answer 500</source>
        <translation>500 で応答</translation>
    </message>
    <message>
        <source>The token endpoint, userinfo and the demo API answer 500 Internal Server Error.</source>
        <translation>トークンエンドポイント、userinfo、デモ API が 500 Internal Server Error で応答します。</translation>
    </message>
    <message>
        <source>show a clear error naming HTTP 500 and keep the connection&apos;s tokens; work again once the fault is off.</source>
        <translation>HTTP 500 を示すわかりやすいエラーを表示し、接続のトークンを保持する。障害がオフになれば再び動作する。</translation>
    </message>
    <message>
        <source>Answer 503</source>
        <translation>503 で応答</translation>
    </message>
    <message>
        <source>The token endpoint, userinfo and the demo API answer 503 Service Unavailable with Retry-After: 2.</source>
        <translation>トークンエンドポイント、userinfo、デモ API が Retry-After: 2 付きの 503 Service Unavailable で応答します。</translation>
    </message>
    <message>
        <source>wait as Retry-After says (when it is at most 10 s) and retry; if the provider stays unavailable, say so clearly and keep the tokens.</source>
        <translation>Retry-After の指示どおり (10 秒以下の場合) 待って再試行する。プロバイダーが利用できないままなら、そのことをはっきり伝えてトークンを保持する。</translation>
    </message>
    <message>
        <source>Answer slowly</source>
        <translation>ゆっくり応答</translation>
    </message>
    <message>
        <source>The token endpoint, userinfo and the demo API answer only after a delay (milliseconds, at most 30000).</source>
        <translation>トークンエンドポイント、userinfo、デモ API が遅延 (ミリ秒、最大 30000) の後にだけ応答します。</translation>
    </message>
    <message>
        <source>show that it is waiting, stay responsive and let the user cancel; past its own timeout, report a timeout.</source>
        <translation>待機中であることを示し、操作可能なままでユーザーがキャンセルできるようにする。独自のタイムアウトを過ぎたらタイムアウトを報告する。</translation>
    </message>
    <message>
        <source>Malformed token response</source>
        <translation>不正な形式のトークン応答</translation>
    </message>
    <message>
        <source>The next token endpoint response is 200 with truncated JSON. Nothing is issued or consumed.</source>
        <translation>次のトークンエンドポイントの応答は、途中で切れた JSON 付きの 200 です。何も発行・消費されません。</translation>
    </message>
    <message>
        <source>report that the token response could not be read (it is not valid JSON; the details say where it breaks off, never the raw answer, which may hold a token) and keep the tokens it had.</source>
        <translation>トークン応答を読み取れなかったことを報告し (有効な JSON ではない。詳細には途切れた位置を示し、トークンを含むかもしれない生の応答は示さない)、手元のトークンを保持する。</translation>
    </message>
    <message>
        <source>HTML token response</source>
        <translation>HTML のトークン応答</translation>
    </message>
    <message>
        <source>The next token endpoint response is 200 with an HTML page, as a captive portal or a misconfigured proxy sends. Nothing is issued or consumed.</source>
        <translation>次のトークンエンドポイントの応答は、キャプティブポータルや誤設定のプロキシが返すような HTML ページ付きの 200 です。何も発行・消費されません。</translation>
    </message>
    <message>
        <source>report that the provider answered with a web page instead of JSON and keep the tokens it had.</source>
        <translation>プロバイダーが JSON ではなくウェブページで応答したことを報告し、手元のトークンを保持する。</translation>
    </message>
    <message>
        <source>Omit expires_in</source>
        <translation>expires_in を省略</translation>
    </message>
    <message>
        <source>Token responses leave out expires_in (RFC 6749 §5.1 only recommends it); the tokens still expire after the configured lifetime.</source>
        <translation>トークン応答から expires_in を省きます (RFC 6749 §5.1 では推奨にすぎません)。トークンは設定された有効期間の後に期限切れになります。</translation>
    </message>
    <message>
        <source>show the expiry as unknown and refresh when the API answers 401.</source>
        <translation>有効期限を不明と表示し、API が 401 を返したら更新する。</translation>
    </message>
    <message>
        <source>Wrong state on the callback</source>
        <translation>コールバックの state が不正</translation>
    </message>
    <message>
        <source>The next authorization response carries a state that does not match the request.</source>
        <translation>次の認可応答には、リクエストと一致しない state が含まれます。</translation>
    </message>
    <message>
        <source>refuse the callback (its state is not this sign-in&apos;s: a possible CSRF attack), request no tokens, and keep waiting for the real response until the time-out, which says a response was ignored.</source>
        <translation>コールバックを拒否し (state がこのサインインのものではない: CSRF 攻撃の可能性)、トークンを要求せず、タイムアウトまで本物の応答を待ち続ける。タイムアウト時には応答を無視したことを伝える。</translation>
    </message>
    <message>
        <source>Wrong iss on the callback</source>
        <translation>コールバックの iss が不正</translation>
    </message>
    <message>
        <source>The next authorization response carries an iss naming another server (an RFC 9207 mix-up).</source>
        <translation>次の認可応答には、別のサーバーを示す iss が含まれます (RFC 9207 の取り違え)。</translation>
    </message>
    <message>
        <source>refuse the callback with an issuer mismatch error and request no tokens.</source>
        <translation>発行者の不一致エラーでコールバックを拒否し、トークンを要求しない。</translation>
    </message>
    <message>
        <source>id_token signed with an unknown key</source>
        <translation>不明な鍵で署名された id_token</translation>
    </message>
    <message>
        <source>The next id_token is signed with a key whose kid the JWKS does not publish.</source>
        <translation>次の id_token は、JWKS が公開していない kid の鍵で署名されます。</translation>
    </message>
    <message>
        <source>fetch the JWKS again at once, still find no such key, and refuse the sign-in with a clear error. Another unknown key within 30 s is refused without a fetch.</source>
        <translation>直ちに JWKS を再取得し、それでもその鍵が見つからなければ、わかりやすいエラーでサインインを拒否する。30 秒以内の別の不明な鍵は再取得せずに拒否する。</translation>
    </message>
    <message>
        <source>id_token with a wrong nonce</source>
        <translation>nonce が誤っている id_token</translation>
    </message>
    <message>
        <source>The next id_token issued for a request with a nonce carries another nonce.</source>
        <translation>nonce 付きのリクエストに対して発行される次の id_token には、別の nonce が含まれます。</translation>
    </message>
    <message>
        <source>refuse the sign-in (nonce mismatch, a possible replay) with a clear error.</source>
        <translation>わかりやすいエラーでサインインを拒否する (nonce の不一致、リプレイの可能性)。</translation>
    </message>
    <message>
        <source>Rotate signing keys</source>
        <translation>署名鍵をローテーション</translation>
    </message>
    <message>
        <source>A new RS256 key signs from now on; the JWKS publishes it beside the previous one.</source>
        <translation>今後は新しい RS256 鍵で署名し、JWKS は以前の鍵と並べてそれを公開します。</translation>
    </message>
    <message>
        <source>see an unknown kid on the next id_token, fetch the JWKS again at once and sign in normally, even right after another sign-in.</source>
        <translation>次の id_token で不明な kid を検出し、直ちに JWKS を再取得して、別のサインインの直後でも通常どおりサインインする。</translation>
    </message>
    <message>
        <source>Provider&apos;s clock is off</source>
        <translation>プロバイダーの時計がずれている</translation>
    </message>
    <message>
        <source>The sandbox&apos;s clock runs N minutes ahead (negative: behind): id_tokens carry iat, exp and auth_time off by that much, and so does the Date header of its answers.</source>
        <translation>サンドボックスの時計が N 分進みます (負の値は遅れ): id_token の iat、exp、auth_time も、応答の Date ヘッダーも、その分だけずれます。</translation>
    </message>
    <message>
        <source>accept an id_token whose times are off by up to 5 minutes; beyond that, refuse the sign-in with an error that says how far the provider&apos;s clock is from this computer&apos;s (measured from the Date header), instead of blaming either.</source>
        <translation>時刻のずれが 5 分以内の id_token は受け付け、それを超えたら、どちらかのせいにするのではなく、プロバイダーの時計がこのコンピューターとどれだけずれているか (Date ヘッダーから計測) を示すエラーでサインインを拒否する。</translation>
    </message>
    <message>
        <source>Keys endpoint down</source>
        <translation>鍵エンドポイントの停止</translation>
    </message>
    <message>
        <source>The JWKS endpoint (/jwks) answers 503 Service Unavailable; everything else works.</source>
        <translation>JWKS エンドポイント (/jwks) が 503 Service Unavailable で応答します。それ以外は動作します。</translation>
    </message>
    <message>
        <source>keep validating id_tokens with the keys it fetched before; when it has none (or meets a new kid), refuse the sign-in with an error saying the provider&apos;s signing keys could not be fetched and store no connection; not ask again within 30 s of a failed fetch, and sign in normally once the keys are back.</source>
        <translation>以前に取得した鍵で id_token の検証を続ける。鍵がない (または新しい kid に出会った) 場合は、プロバイダーの署名鍵を取得できなかったというエラーでサインインを拒否し、接続を保存しない。取得失敗から 30 秒以内は再要求せず、鍵が戻れば通常どおりサインインする。</translation>
    </message>
    <message>
        <source>Grant fewer scopes than asked</source>
        <translation>要求より少ないスコープを付与</translation>
    </message>
    <message>
        <source>Consent grants only the identity scopes (openid, profile, email, offline_access), whatever was asked and ticked; the token response&apos;s scope lists what was granted (RFC 6749 §5.1).</source>
        <translation>同意では、何を要求・選択したかにかかわらず ID 関連のスコープ (openid、profile、email、offline_access) だけを付与します。トークン応答の scope には付与されたものが示されます (RFC 6749 §5.1)。</translation>
    </message>
    <message>
        <source>connect, name the scopes asked for but not granted (the command line on stderr, the window on the connection&apos;s page), keep only the granted ones, and when the API answers 403 insufficient_scope show that answer without refreshing or asking to reconnect.</source>
        <translation>接続し、要求したが付与されなかったスコープを示し (コマンドラインでは stderr に、ウィンドウでは接続のページに)、付与されたものだけを保持する。API が 403 insufficient_scope を返したら、更新や再接続の要求をせずにその応答を表示する。</translation>
    </message>
    <message>
        <source>Userinfo fails</source>
        <translation>userinfo が失敗する</translation>
    </message>
    <message>
        <source>The userinfo endpoint answers 500 while the token endpoint and the demo API work.</source>
        <translation>トークンエンドポイントとデモ API は動作する一方、userinfo エンドポイントは 500 で応答します。</translation>
    </message>
    <message>
        <source>still connect, naming the account from the id_token&apos;s claims, with a warning in the event log that userinfo failed; API requests keep working.</source>
        <translation>それでも接続し、id_token のクレームからアカウント名を付け、userinfo が失敗したという警告をイベントログに残す。API リクエストは引き続き動作する。</translation>
    </message>
    <message>
        <source>Client rejected on refresh</source>
        <translation>更新時にクライアントを拒否</translation>
    </message>
    <message>
        <source>Refresh requests are answered 401 invalid_client, as after the client&apos;s secret was rotated (or the client deleted) at the provider.</source>
        <translation>プロバイダー側でクライアントのシークレットがローテーションされた (またはクライアントが削除された) 後のように、更新リクエストに 401 invalid_client で応答します。</translation>
    </message>
    <message>
        <source>report that the provider rejected the client&apos;s credentials (invalid_client) without retrying and without calling the grant lost: the tokens are kept, the connection shows the error, and reconnecting in place (with the new secret) restores it.</source>
        <translation>再試行せず、付与が失われたとも見なさずに、プロバイダーがクライアントの認証情報を拒否した (invalid_client) ことを報告する: トークンは保持され、接続にはエラーが表示され、(新しいシークレットで) その場で再接続すれば元に戻る。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>on, off, a number of requests up to %1, or -1 for until switched off</source>
        <translation>on、off、%1 までのリクエスト数、またはオフにするまでは -1</translation>
    </message>
    <message>
        <source>on, off or a number of %1 from %2 to %3</source>
        <translation>on、off、または %2 から %3 までの %1 の数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value for the fault %2: use %3.</source>
        <translation>「%1」は障害 %2 の値ではありません: %3 を使ってください。</translation>
    </message>
    <message>
        <source>until switched off</source>
        <translation>オフにするまで</translation>
    </message>
    <message>
        <source>next request only</source>
        <translation>次のリクエストのみ</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>next %n request(s)</source>
        <translation>
            <numerusform>次の %n 件のリクエスト</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxKeys</name>
    <message>
        <source>The sandbox has no signing key yet.</source>
        <translation>サンドボックスにはまだ署名鍵がありません。</translation>
    </message>
</context>
<context>
    <name>SandboxPages</name>
    <message>
        <source>sign you in with your account ID (always granted)</source>
        <translation>アカウント ID でサインインする (常に付与)</translation>
    </message>
    <message>
        <source>see your name and user name</source>
        <translation>名前とユーザー名を参照する</translation>
    </message>
    <message>
        <source>see your email address</source>
        <translation>メールアドレスを参照する</translation>
    </message>
    <message>
        <source>stay connected while you are away (a refresh token)</source>
        <translation>不在の間も接続を維持する (リフレッシュトークン)</translation>
    </message>
    <message>
        <source>read your contacts</source>
        <translation>連絡先を読み取る</translation>
    </message>
    <message>
        <source>create contacts</source>
        <translation>連絡先を作成する</translation>
    </message>
    <message>
        <source>read your calendar events</source>
        <translation>カレンダーの予定を読み取る</translation>
    </message>
    <message>
        <source>Sign in and allow access</source>
        <translation>サインインしてアクセスを許可</translation>
    </message>
    <message>
        <source>The application &lt;strong&gt;%1&lt;/strong&gt; asks to connect to your sandbox account.</source>
        <translation>アプリケーション &lt;strong&gt;%1&lt;/strong&gt; があなたのサンドボックスアカウントへの接続を求めています。</translation>
    </message>
    <message>
        <source>Device code:</source>
        <translation>デバイスコード:</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>アカウント名</translation>
    </message>
    <message>
        <source>Any name works: the sandbox has no passwords and creates the account as you sign in.</source>
        <translation>どんな名前でもかまいません: サンドボックスにはパスワードがなく、サインイン時にアカウントを作成します。</translation>
    </message>
    <message>
        <source>Allow it to</source>
        <translation>次を許可します</translation>
    </message>
    <message>
        <source>No scopes were requested.</source>
        <translation>スコープは要求されていません。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Cancel and return to the application</source>
        <translation>キャンセルしてアプリケーションに戻る</translation>
    </message>
    <message>
        <source>Sign in to Keyway Sandbox</source>
        <translation>Keyway Sandbox にサインイン</translation>
    </message>
    <message>
        <source>Connect a device</source>
        <translation>デバイスを接続</translation>
    </message>
    <message>
        <source>Enter the code your device or application shows.</source>
        <translation>デバイスまたはアプリケーションに表示されたコードを入力してください。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
    <message>
        <source>Connect a device to Keyway Sandbox</source>
        <translation>デバイスを Keyway Sandbox に接続</translation>
    </message>
    <message>
        <source>Connect %1?</source>
        <translation>%1 を接続しますか?</translation>
    </message>
    <message>
        <source>Check that your device shows the code</source>
        <translation>デバイスにこのコードが表示されていることを確認してください</translation>
    </message>
    <message>
        <source>Continue only if you started this sign-in yourself. It asks for:</source>
        <translation>このサインインを自分で始めた場合にだけ続行してください。次の権限を求めています:</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Confirm the device</source>
        <translation>デバイスを確認</translation>
    </message>
    <message>
        <source>Device connected</source>
        <translation>デバイスを接続しました</translation>
    </message>
    <message>
        <source>You can close this page and return to your device.</source>
        <translation>このページを閉じてデバイスに戻ってかまいません。</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>The device was not connected. You can close this page.</source>
        <translation>デバイスは接続されませんでした。このページを閉じてかまいません。</translation>
    </message>
    <message>
        <source>The sandbox is running</source>
        <translation>サンドボックスは実行中です</translation>
    </message>
    <message>
        <source>A practice OAuth 2.0 and OpenID Connect provider built into Keyway, on this computer only.</source>
        <translation>Keyway に組み込まれた、このコンピューター専用の OAuth 2.0 と OpenID Connect の練習用プロバイダーです。</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>ディスカバリー</translation>
    </message>
    <message>
        <source>Public client</source>
        <translation>パブリッククライアント</translation>
    </message>
    <message>
        <source>Confidential client</source>
        <translation>コンフィデンシャルクライアント</translation>
    </message>
    <message>
        <source>Demo API</source>
        <translation>デモ API</translation>
    </message>
</context>
<context>
    <name>SandboxPanel</name>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>Keyway Sandbox</source>
        <translation>Keyway Sandbox</translation>
    </message>
    <message>
        <source>A practice provider on this computer: sign in as anyone, call its demo API, and switch on faults to see how Keyway copes. It listens on 127.0.0.1 only.</source>
        <translation>このコンピューター上の練習用プロバイダー: 誰としてでもサインインし、デモ API を呼び出し、障害をオンにして Keyway の対処を確認できます。待ち受けは 127.0.0.1 のみです。</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Sandbox status</source>
        <translation>サンドボックスの状態</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>起動(&amp;S)</translation>
    </message>
    <message>
        <source>Start the sandbox on 127.0.0.1</source>
        <translation>127.0.0.1 でサンドボックスを起動します</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the sandbox and release its port</source>
        <translation>サンドボックスを停止してポートを解放します</translation>
    </message>
    <message>
        <source>Sandbox error</source>
        <translation>サンドボックスのエラー</translation>
    </message>
    <message>
        <source>Personalities</source>
        <translation>パーソナリティ</translation>
    </message>
    <message>
        <source>Each personality is a client of the sandbox that behaves as some real providers do. Connect to one to rehearse it; the line below it says what Keyway should do.</source>
        <translation>各パーソナリティは、実在のプロバイダーのように振る舞うサンドボックスのクライアントです。接続して予行演習ができます。下の行は Keyway がすべきことを示します。</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>障害</translation>
    </message>
    <message>
        <source>Each fault makes the sandbox misbehave the way real providers do. The line below it says what Keyway should show.</source>
        <translation>各障害は、実在のプロバイダーと同じようにサンドボックスを誤動作させます。下の行は Keyway が表示すべきことを示します。</translation>
    </message>
    <message>
        <source>Last fault change</source>
        <translation>最後の障害の変更</translation>
    </message>
    <message>
        <source>Switch &amp;all off</source>
        <translation>すべてオフ(&amp;A)</translation>
    </message>
    <message>
        <source>Switch every fault off</source>
        <translation>すべての障害をオフにします</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Requests the sandbox answered</source>
        <translation>サンドボックスが応答したリクエスト</translation>
    </message>
</context>
<context>
    <name>SandboxPersonality</name>
    <message>
        <source>standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>A public client: PKCE S256, any loopback port with the path /callback (RFC 8252 §7.3), rotating refresh tokens with reuse detection, the authorization code, device and refresh grants.</source>
        <translation>パブリッククライアント: PKCE S256、パス /callback の任意のループバックポート (RFC 8252 §7.3)、再利用検知付きのローテーションするリフレッシュトークン、認可コード・デバイス・更新のグラント。</translation>
    </message>
    <message>
        <source>connect with PKCE on an ephemeral loopback port and refresh without asking the user.</source>
        <translation>一時的なループバックポートで PKCE を使って接続し、ユーザーに尋ねずに更新する。</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>コンフィデンシャル</translation>
    </message>
    <message>
        <source>A confidential client with the published secret sandbox-secret, by client_secret_basic or client_secret_post; the only client allowed the client credentials grant.</source>
        <translation>公開されたシークレット sandbox-secret を client_secret_basic または client_secret_post で使うコンフィデンシャルクライアント。クライアントクレデンシャルグラントを許可された唯一のクライアントです。</translation>
    </message>
    <message>
        <source>authenticate with the secret kept in the keychain and renew client credentials tokens on its own.</source>
        <translation>キーチェーンに保管したシークレットで認証し、クライアントクレデンシャルのトークンを自動で更新する。</translation>
    </message>
    <message>
        <source>exact redirect</source>
        <translation>完全一致のリダイレクト</translation>
    </message>
    <message>
        <source>Only the registered redirect URI http://127.0.0.1:27660/callback is accepted, compared exactly, port included, as Dropbox, X and Xero do. Any other redirect URI gets an error page and is never redirected to (RFC 6749 §4.1.2.1).</source>
        <translation>Dropbox、X、Xero と同じく、登録されたリダイレクト URI http://127.0.0.1:27660/callback だけをポートも含めて完全一致で受け付けます。それ以外のリダイレクト URI にはエラーページが表示され、リダイレクトされません (RFC 6749 §4.1.2.1)。</translation>
    </message>
    <message>
        <source>listen on the registered port 27660, send exactly that redirect URI and connect; when another program holds that port, say so instead of trying another one (a sign-in with another redirect URI stops at the provider&apos;s error page).</source>
        <translation>登録されたポート 27660 で待ち受け、そのリダイレクト URI を正確に送って接続する。別のプログラムがそのポートを使っていれば、別のポートを試さずにそのことを伝える (別のリダイレクト URI でのサインインはプロバイダーのエラーページで止まる)。</translation>
    </message>
    <message>
        <source>refresh reuse detection</source>
        <translation>リフレッシュトークンの再利用検知</translation>
    </message>
    <message>
        <source>Every refresh returns a new refresh token and spends the old one; a refresh token presented twice revokes the whole grant, as oidc-provider and many providers do (RFC 9700 §4.14.2).</source>
        <translation>更新のたびに新しいリフレッシュトークンを返して古いものを使用済みにします。oidc-provider や多くのプロバイダーと同じく、2 回提示されたリフレッシュトークンは付与全体を取り消します (RFC 9700 §4.14.2)。</translation>
    </message>
    <message>
        <source>keep the new refresh token of every refresh and never send a spent one; when a spent one was presented elsewhere and the grant is revoked, mark the connection as needing re-authorization.</source>
        <translation>更新のたびに新しいリフレッシュトークンを保持し、使用済みのものは決して送らない。使用済みのものが他で提示されて付与が取り消されたら、接続を再認可が必要とマークする。</translation>
    </message>
    <message>
        <source>non-expiring tokens</source>
        <translation>期限切れにならないトークン</translation>
    </message>
    <message>
        <source>Access tokens never expire and token responses carry no expires_in and no refresh token, as GitHub OAuth apps and Slack do.</source>
        <translation>GitHub の OAuth アプリや Slack と同じく、アクセストークンは期限切れにならず、トークン応答には expires_in もリフレッシュトークンも含まれません。</translation>
    </message>
    <message>
        <source>connect, show the expiry as unknown, schedule no refresh and keep calling the API with the same token.</source>
        <translation>接続し、有効期限を不明と表示し、更新を予定せず、同じトークンで API を呼び続ける。</translation>
    </message>
    <message>
        <source>nested token response</source>
        <translation>入れ子のトークン応答</translation>
    </message>
    <message>
        <source>The token response puts the RFC 6749 §5.1 members inside an object: {&quot;ok&quot;: true, &quot;data&quot;: {&quot;access_token&quot;: ...}}, as Withings and Slack do.</source>
        <translation>Withings や Slack と同じく、トークン応答は RFC 6749 §5.1 のメンバーをオブジェクトの中に入れます: {&quot;ok&quot;: true, &quot;data&quot;: {&quot;access_token&quot;: ...}}。</translation>
    </message>
    <message>
        <source>read the tokens at the paths the catalogue entry names (data.access_token, ...), connect and refresh.</source>
        <translation>カタログのエントリが示すパス (data.access_token など) でトークンを読み取り、接続して更新する。</translation>
    </message>
    <message>
        <source>form-encoded token response</source>
        <translation>フォームエンコードのトークン応答</translation>
    </message>
    <message>
        <source>The token endpoint answers application/x-www-form-urlencoded instead of JSON, as GitHub does without an Accept header.</source>
        <translation>Accept ヘッダーがない場合の GitHub と同じく、トークンエンドポイントが JSON ではなく application/x-www-form-urlencoded で応答します。</translation>
    </message>
    <message>
        <source>read the form-encoded token response as the catalogue entry says, connect and refresh.</source>
        <translation>カタログのエントリのとおりにフォームエンコードのトークン応答を読み取り、接続して更新する。</translation>
    </message>
    <message>
        <source>odd-case token_type</source>
        <translation>大文字小文字が異なる token_type</translation>
    </message>
    <message>
        <source>token_type comes as &quot;bearer&quot; from the code exchange and &quot;BEARER&quot; from refreshes (RFC 6749 §5.1 makes it case-insensitive).</source>
        <translation>token_type はコード交換では &quot;bearer&quot;、更新では &quot;BEARER&quot; で返されます (RFC 6749 §5.1 では大文字小文字を区別しません)。</translation>
    </message>
    <message>
        <source>take either as Bearer and send Authorization: Bearer on API requests.</source>
        <translation>どちらも Bearer として扱い、API リクエストでは Authorization: Bearer を送る。</translation>
    </message>
    <message>
        <source>client_secret_basic only</source>
        <translation>client_secret_basic のみ</translation>
    </message>
    <message>
        <source>A confidential client (secret sandbox-secret) that must authenticate with HTTP Basic; the secret in the request body is refused with 401 invalid_client.</source>
        <translation>HTTP Basic で認証しなければならないコンフィデンシャルクライアント (シークレット sandbox-secret)。リクエスト本文のシークレットは 401 invalid_client で拒否されます。</translation>
    </message>
    <message>
        <source>send the client secret with HTTP Basic only (RFC 6749 §2.3.1), never in the body.</source>
        <translation>クライアントシークレットは HTTP Basic だけで送り (RFC 6749 §2.3.1)、本文には決して入れない。</translation>
    </message>
    <message>
        <source>client_secret_post only</source>
        <translation>client_secret_post のみ</translation>
    </message>
    <message>
        <source>A confidential client (secret sandbox-secret) that must send client_id and client_secret in the request body; HTTP Basic is refused with 401 invalid_client.</source>
        <translation>client_id と client_secret をリクエスト本文で送らなければならないコンフィデンシャルクライアント (シークレット sandbox-secret)。HTTP Basic は 401 invalid_client で拒否されます。</translation>
    </message>
    <message>
        <source>send the client secret in the body only (client_secret_post), never in an Authorization header.</source>
        <translation>クライアントシークレットは本文だけで送り (client_secret_post)、Authorization ヘッダーには決して入れない。</translation>
    </message>
    <message>
        <source>private_key_jwt</source>
        <translation>private_key_jwt</translation>
    </message>
    <message>
        <source>A confidential client that authenticates with a JWT signed by its private key (RFC 7523 §2.2): the public key is registered with keyway sandbox client-key keyway-sandbox-private-key-jwt FILE; the assertion&apos;s signature, iss and sub, aud (the issuer or the token endpoint), exp and jti are checked, and a jti used twice is refused.</source>
        <translation>秘密鍵で署名した JWT で認証するコンフィデンシャルクライアント (RFC 7523 §2.2): 公開鍵は keyway sandbox client-key keyway-sandbox-private-key-jwt FILE で登録します。アサーションの署名、iss と sub、aud (発行者またはトークンエンドポイント)、exp、jti が検証され、2 回使われた jti は拒否されます。</translation>
    </message>
    <message>
        <source>sign a new assertion with a fresh jti and a short exp for every token request, addressed to the issuer, and keep the private key in the keychain only.</source>
        <translation>トークンリクエストのたびに、新しい jti と短い exp で発行者宛ての新しいアサーションに署名し、秘密鍵はキーチェーンにだけ保管する。</translation>
    </message>
    <message>
        <source>device flow slow_down</source>
        <translation>デバイスフローの slow_down</translation>
    </message>
    <message>
        <source>The device flow answers authorization_pending until the user approves (and to the first poll of every device code, however quick the user), and slow_down to the second; every slow_down adds 5 s to the interval, and a poll sooner than that is answered slow_down again (RFC 8628 §3.5).</source>
        <translation>デバイスフローは、ユーザーが承認するまで (およびユーザーがどれだけ早くても各デバイスコードの最初のポーリングに) authorization_pending を、2 回目に slow_down を返します。slow_down のたびに間隔が 5 秒延び、それより早いポーリングには再び slow_down を返します (RFC 8628 §3.5)。</translation>
    </message>
    <message>
        <source>keep polling on authorization_pending, add 5 s to its interval for good on slow_down and connect once the user approves.</source>
        <translation>authorization_pending ではポーリングを続け、slow_down では間隔を恒久的に 5 秒延ばし、ユーザーが承認したら接続する。</translation>
    </message>
    <message>
        <source>expiring refresh tokens</source>
        <translation>失効するリフレッシュトークン</translation>
    </message>
    <message>
        <source>Refresh tokens die when left unused for 2 minutes, as Microsoft&apos;s do after 90 days and Xero&apos;s after 60, and every grant ends 10 minutes after consent, used or not, as QuickBooks&apos; do after five years: the token endpoint answers invalid_grant. Each refresh returns a new refresh token with 2 minutes to live.</source>
        <translation>Microsoft のものが 90 日、Xero のものが 60 日で失効するように、リフレッシュトークンは 2 分間未使用だと失効し、QuickBooks の付与が 5 年で終わるように、すべての付与は使用の有無にかかわらず同意の 10 分後に終了します: トークンエンドポイントは invalid_grant を返します。更新のたびに有効期間 2 分の新しいリフレッシュトークンが返されます。</translation>
    </message>
    <message>
        <source>renew a refresh token that would lapse unused (keyway keep-alive, or the window left running), warn &quot;Reconnect before&quot; as the grant&apos;s end nears, and once it has ended mark the connection as needing re-authorization.</source>
        <translation>未使用で失効しそうなリフレッシュトークンを更新し (keyway keep-alive、または開いたままのウィンドウ)、付与の終了が近づいたら「次の日時より前に再接続」と警告し、終了したら接続を再認可が必要とマークする。</translation>
    </message>
    <message>
        <source>DPoP</source>
        <translation>DPoP</translation>
    </message>
    <message>
        <source>A public client whose tokens are bound to a key (DPoP, RFC 9449): every token request must carry a proof signed by the client&apos;s key, and the proof is checked as §4.3 says (typ, an asymmetric alg, the signature with its own jwk, method, URL, age, a jti used once). Access tokens come as token_type DPoP bound with cnf.jkt, refresh tokens stay bound to the same key, and the token endpoint and the demo API demand the sandbox&apos;s nonce (use_dpop_nonce). The API refuses a bound token sent as Bearer or with a proof signed by another key.</source>
        <translation>トークンが鍵に結び付けられる（DPoP、RFC 9449）公開クライアント。すべてのトークンリクエストはクライアントの鍵で署名された証明を含む必要があり、証明は §4.3 のとおりに検査されます（typ、非対称の alg、自身の jwk による署名、メソッド、URL、経過時間、一度だけ使われる jti）。アクセストークンは cnf.jkt で結び付けられた token_type DPoP として発行され、リフレッシュトークンも同じ鍵に結び付けられたままで、トークンエンドポイントとデモ API はサンドボックスの nonce を要求します（use_dpop_nonce）。API は、Bearer として送られた、または別の鍵で署名された証明とともに送られた結び付け済みトークンを拒否します。</translation>
    </message>
    <message>
        <source>make a key pair for the connection, sign a new proof for every token, refresh and API request, send the request once more with the nonce the sandbox asks for, and call the API with the DPoP scheme.</source>
        <translation>接続用の鍵ペアを作り、トークン・更新・API のリクエストごとに新しい証明に署名し、サンドボックスが求める nonce を付けてリクエストをもう一度送り、DPoP スキームで API を呼び出す。</translation>
    </message>
    <message>
        <source>mutual TLS</source>
        <translation>相互 TLS</translation>
    </message>
    <message>
        <source>A confidential client that authenticates with a self-signed TLS client certificate (RFC 8705 §2.2, self_signed_tls_client_auth) at the sandbox&apos;s TLS listener, https://127.0.0.1:47232, which discovery names in mtls_endpoint_aliases. The certificate is made and registered with keyway sandbox client-cert --out FOLDER; a request without it, or with another one, is refused with 401 invalid_client. Access tokens are bound to it (cnf x5t#S256, RFC 8705 §3.1), and the demo API and userinfo at the TLS listener refuse a bound token sent over a connection without that certificate (401 invalid_token).</source>
        <translation>サンドボックスの TLS リスナー https://127.0.0.1:47232 (ディスカバリーが mtls_endpoint_aliases で示す) で、自己署名の TLS クライアント証明書により認証する機密クライアントです (RFC 8705 §2.2、self_signed_tls_client_auth)。証明書は keyway sandbox client-cert --out FOLDER で作成・登録します。証明書なし、または別の証明書でのリクエストは 401 invalid_client で拒否されます。アクセストークンはその証明書に結び付けられ (cnf x5t#S256、RFC 8705 §3.1)、TLS リスナーのデモ API と userinfo は、その証明書のない接続で送られた結び付きトークンを拒否します (401 invalid_token)。</translation>
    </message>
    <message>
        <source>trust the sandbox&apos;s self-signed server certificate for its TLS origin only, present the client certificate to the token endpoint alias and the API, keep its private key in the keychain, and call the API with the bound token.</source>
        <translation>サンドボックスの自己署名サーバー証明書をその TLS オリジンに対してのみ信頼し、クライアント証明書をトークンエンドポイントのエイリアスと API に提示し、その秘密鍵をキーチェーンに保管し、結び付けられたトークンで API を呼び出す。</translation>
    </message>
</context>
<context>
    <name>SandboxStore</name>
    <message>
        <source>The Keyway Sandbox cannot open its store %1.</source>
        <translation>Keyway Sandbox はストア %1 を開けません。</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>メモリ内</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>not a usable SQLite database: %1</source>
        <translation>使用可能な SQLite データベースではありません: %1</translation>
    </message>
    <message>
        <source>made by a newer Keyway (schema %1)</source>
        <translation>新しいバージョンの Keyway で作成されています (スキーマ %1)</translation>
    </message>
    <message>
        <source>The Keyway Sandbox cannot set up its store.</source>
        <translation>Keyway サンドボックスの保存領域を準備できません。</translation>
    </message>
</context>
<context>
    <name>SandboxTls</name>
    <message>
        <source>The Keyway Sandbox&apos;s TLS certificate cannot be read.</source>
        <translation>Keyway Sandbox の TLS 証明書を読み込めません。</translation>
    </message>
    <message>
        <source>The Keyway Sandbox could not make its TLS certificate.</source>
        <translation>Keyway Sandbox は TLS 証明書を作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>SaveExchangedDialog</name>
    <message>
        <source>Save the exchanged token as a connection</source>
        <translation>交換したトークンを接続として保存</translation>
    </message>
    <message>
        <source>Keeps the exchanged token in the keychain as a new connection, so the request console and the command line can call the other service with it. It is sent as it is, only to the API base below, and never renewed: once it expires, exchange again.</source>
        <translation>交換したトークンを新しい接続としてキーチェーンに保存し、リクエストコンソールやコマンドラインからもう一方のサービスを呼び出せるようにします。トークンはそのまま、下の API ベースにだけ送信され、更新されません。期限が切れたら再度交換してください。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Name of the new connection</source>
        <translation>新しい接続の名前</translation>
    </message>
    <message>
        <source>&amp;API base URL:</source>
        <translation>API ベース URL(&amp;A):</translation>
    </message>
    <message>
        <source>API base URL of the service the token is for</source>
        <translation>トークンの対象サービスの API ベース URL</translation>
    </message>
    <message>
        <source>https://api.example.com/</source>
        <translation>https://api.example.com/</translation>
    </message>
    <message>
        <source>Why the connection cannot be saved yet</source>
        <translation>接続をまだ保存できない理由</translation>
    </message>
</context>
<context>
    <name>ScopesPanel</name>
    <message>
        <source>Permissions</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>What Keyway may do with this account. The integration&apos;s usual permissions are ticked; tick more or fewer, or type the provider&apos;s own scope names.</source>
        <translation>Keyway がこのアカウントで行えること。連携の通常の権限にはチェックが入っています。チェックを増減するか、プロバイダー独自のスコープ名を入力してください。</translation>
    </message>
    <message>
        <source>Permissions to request</source>
        <translation>要求する権限</translation>
    </message>
    <message>
        <source>Space toggles a permission</source>
        <translation>スペースキーで権限を切り替えます</translation>
    </message>
    <message>
        <source>&amp;More scopes:</source>
        <translation>その他のスコープ(&amp;M):</translation>
    </message>
    <message>
        <source>Provider scopes or Keyway permission ids, separated by spaces</source>
        <translation>プロバイダーのスコープまたは Keyway の権限 ID をスペース区切りで</translation>
    </message>
    <message>
        <source>Additional scopes</source>
        <translation>追加のスコープ</translation>
    </message>
    <message>
        <source>Scopes that will be requested</source>
        <translation>要求されるスコープ</translation>
    </message>
    <message>
        <source>Scope warnings</source>
        <translation>スコープに関する警告</translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificate</name>
    <message>
        <source>A certificate could not be made.</source>
        <translation>証明書を作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>ServiceAccountKey</name>
    <message>
        <source>The service account key file is empty.</source>
        <translation>サービスアカウントのキーファイルが空です。</translation>
    </message>
    <message>
        <source>The service account key file is not valid JSON.</source>
        <translation>サービスアカウントのキーファイルが有効な JSON ではありません。</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>オフセット %2 で %1</translation>
    </message>
    <message>
        <source>The service account key file is not valid: expected a JSON object.</source>
        <translation>サービスアカウントのキーファイルが無効です: JSON オブジェクトが必要です。</translation>
    </message>
    <message>
        <source>The service account key file has no &quot;%1&quot;.</source>
        <translation>サービスアカウントのキーファイルに「%1」がありません。</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; of the service account key file must be a non-empty string.</source>
        <translation>サービスアカウントのキーファイルの「%1」は空でない文字列である必要があります。</translation>
    </message>
    <message>
        <source>This is not a service account key file: its &quot;type&quot; is &quot;%1&quot;, not &quot;service_account&quot;.</source>
        <translation>これはサービスアカウントのキーファイルではありません: 「type」が「service_account」ではなく「%1」です。</translation>
    </message>
    <message>
        <source>The &quot;client_email&quot; of the service account key file is not an e-mail address.</source>
        <translation>サービスアカウントのキーファイルの「client_email」がメールアドレスではありません。</translation>
    </message>
    <message>
        <source>The &quot;token_uri&quot; of the service account key file is not an https URL.</source>
        <translation>サービスアカウントのキーファイルの「token_uri」が https の URL ではありません。</translation>
    </message>
    <message>
        <source>The &quot;private_key&quot; of the service account key file cannot be used: %1</source>
        <translation>サービスアカウントのキーファイルの「private_key」は使用できません: %1</translation>
    </message>
    <message numerus="yes">
        <source>This file is too large to be a service account key (%n byte(s)).</source>
        <translation>
            <numerusform>このファイルはサービスアカウントのキーとしては大きすぎます (%n バイト)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Sign-in and refresh</source>
        <translation>サインインと更新</translation>
    </message>
    <message>
        <source>&amp;Browser command:</source>
        <translation>ブラウザーのコマンド(&amp;B):</translation>
    </message>
    <message>
        <source>System browser</source>
        <translation>システムのブラウザー</translation>
    </message>
    <message>
        <source>Browser command</source>
        <translation>ブラウザーのコマンド</translation>
    </message>
    <message>
        <source>Command that opens sign-in pages; %u or %s is replaced by the address (otherwise it is added at the end). Empty uses the system browser.</source>
        <translation>サインインページを開くコマンド。%u または %s はアドレスに置き換えられます (どちらもなければ末尾に追加されます)。空欄ならシステムのブラウザーを使います。</translation>
    </message>
    <message>
        <source>For example: firefox --private-window %u (%s works too; without either, the address is added at the end)</source>
        <translation>例: firefox --private-window %u (%s も使えます。どちらもなければアドレスは末尾に追加されます)</translation>
    </message>
    <message>
        <source>Refresh &amp;before expiry:</source>
        <translation>有効期限前に更新(&amp;B):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Refresh lead time in seconds</source>
        <translation>更新の前倒し時間 (秒)</translation>
    </message>
    <message>
        <source>&amp;Keep grants alive daily, even when Keyway is closed</source>
        <translation>Keyway を閉じていても毎日付与を維持する(&amp;K)</translation>
    </message>
    <message>
        <source>A systemd user timer runs keyway keep-alive every day: refresh tokens that would lapse unused are renewed, and grants near their end are reported (keyway keep-alive --install)</source>
        <translation>systemd のユーザータイマーが毎日 keyway keep-alive を実行します: 未使用で失効しそうなリフレッシュトークンを更新し、終了が近い付与を報告します (keyway keep-alive --install)</translation>
    </message>
    <message>
        <source>Installs or removes a systemd user timer that runs keyway keep-alive daily</source>
        <translation>keyway keep-alive を毎日実行する systemd のユーザータイマーをインストールまたは削除します</translation>
    </message>
    <message>
        <source>Network proxy</source>
        <translation>ネットワークプロキシ</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>システムのプロキシ設定を使う(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>プロキシなし(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;HTTP proxy:</source>
        <translation>HTTP プロキシ(&amp;H):</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>プロキシのホスト</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>プロキシのポート</translation>
    </message>
    <message>
        <source>Extra trusted CA certificates</source>
        <translation>追加で信頼する CA 証明書</translation>
    </message>
    <message>
        <source>PEM files trusted in addition to the system&apos;s certificates, for company proxies or private identity providers.</source>
        <translation>社内プロキシやプライベートな ID プロバイダーのために、システムの証明書に加えて信頼する PEM ファイル。</translation>
    </message>
    <message>
        <source>Extra CA certificate files</source>
        <translation>追加の CA 証明書ファイル</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add CA certificate file</source>
        <translation>CA 証明書ファイルを追加</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove selected CA certificate file</source>
        <translation>選択した CA 証明書ファイルを削除</translation>
    </message>
    <message>
        <source>Keyway follows the system&apos;s light or dark appearance.</source>
        <translation>Keyway はシステムのライトまたはダークの外観に従います。</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>言語と外観</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The language of Keyway&apos;s window and command line. It applies when Keyway next starts; the KEYWAY_LANGUAGE environment variable overrides it.</source>
        <translation>Keyway のウィンドウとコマンドラインの言語。Keyway の次回起動時から適用されます。環境変数 KEYWAY_LANGUAGE が優先されます。</translation>
    </message>
    <message>
        <source>A new language applies when Keyway next starts.</source>
        <translation>新しい言語は Keyway の次回起動時から適用されます。</translation>
    </message>
</context>
<context>
    <name>SetupGuide</name>
    <message>
        <source>An app redirect (RFC 8252 §7.1): the browser hands it to Keyway through the desktop, so Keyway must be installed with its desktop files.</source>
        <translation>アプリのリダイレクト (RFC 8252 §7.1): ブラウザーがデスクトップ経由で Keyway に渡すため、Keyway はデスクトップファイルとともにインストールされている必要があります。</translation>
    </message>
    <message>
        <source>Register it exactly, port included: the provider compares the whole URI, so Keyway always listens on port %1 for it.</source>
        <translation>ポートも含めて正確に登録してください: プロバイダーは URI 全体を比較するため、Keyway は常にポート %1 で待ち受けます。</translation>
    </message>
    <message>
        <source>Any port: Keyway listens on a free port chosen for each sign-in, and the provider accepts any port on a loopback redirect URI (RFC 8252 §7.3). Register the address as shown.</source>
        <translation>任意のポート: Keyway はサインインごとに選んだ空きポートで待ち受け、プロバイダーはループバックのリダイレクト URI の任意のポートを受け付けます (RFC 8252 §7.3)。表示されたとおりのアドレスを登録してください。</translation>
    </message>
    <message>
        <source>A public client (no client secret): Keyway proves the sign-in with PKCE (RFC 7636); give Keyway the client ID only.</source>
        <translation>パブリッククライアント (クライアントシークレットなし): Keyway は PKCE (RFC 7636) でサインインを証明します。Keyway にはクライアント ID だけを指定してください。</translation>
    </message>
    <message>
        <source>A confidential client that authenticates with a key pair (private_key_jwt): register the public key and give Keyway the private one.</source>
        <translation>鍵ペアで認証するコンフィデンシャルクライアント (private_key_jwt): 公開鍵を登録し、秘密鍵を Keyway に渡してください。</translation>
    </message>
    <message>
        <source>A confidential client (with a client secret): give Keyway the client ID and the secret.</source>
        <translation>コンフィデンシャルクライアント (クライアントシークレットあり): Keyway にクライアント ID とシークレットを指定してください。</translation>
    </message>
    <message>
        <source>A confidential client (with a client secret, sent as %1): give Keyway the client ID and the secret.</source>
        <translation>コンフィデンシャルクライアント (クライアントシークレットあり、%1 で送信): Keyway にクライアント ID とシークレットを指定してください。</translation>
    </message>
    <message>
        <source>(no redirect URI: this provider accepts none for a desktop app, see above)</source>
        <translation>(リダイレクト URI なし: このプロバイダーはデスクトップアプリ向けのものを受け付けません。上記を参照)</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>コンソール</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>リダイレクト URI</translation>
    </message>
    <message>
        <source>none: %1</source>
        <translation>なし: %1</translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation>登録するリダイレクト URI</translation>
    </message>
    <message>
        <source>Client type</source>
        <translation>クライアントの種類</translation>
    </message>
    <message>
        <source>Public client ID</source>
        <translation>パブリッククライアント ID</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Setup:</source>
        <translation>設定:</translation>
    </message>
    <message>
        <source>Notes: </source>
        <translation>注記: </translation>
    </message>
    <message>
        <source>A confidential client that authenticates with a TLS client certificate (%1): give Keyway the client ID, the certificate and its private key.</source>
        <translation>TLS クライアント証明書 (%1) で認証する機密クライアントです。Keyway にクライアント ID、証明書、その秘密鍵を渡してください。</translation>
    </message>
</context>
<context>
    <name>SetupText</name>
    <message>
        <source>&lt;p&gt;Developer console: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;開発者コンソール: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Every action of the window can be reached from the keyboard. Tab moves between fields, the menu key or Shift+F10 opens a list&apos;s context menu.</source>
        <translation>ウィンドウのすべての操作はキーボードから実行できます。Tab でフィールド間を移動し、メニューキーまたは Shift+F10 で一覧のコンテキストメニューを開きます。</translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>まもなく期限切れ</translation>
    </message>
    <message>
        <source>Needs re-authorization</source>
        <translation>再認可が必要</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Temporary problem</source>
        <translation>一時的な問題</translation>
    </message>
    <message>
        <source>Keyway is still connecting this account.</source>
        <translation>Keyway はまだこのアカウントを接続中です。</translation>
    </message>
    <message>
        <source>The credential is present and believed valid.</source>
        <translation>認証情報があり、有効と見なされています。</translation>
    </message>
    <message>
        <source>The access token expires soon and could not be refreshed yet.</source>
        <translation>アクセストークンはまもなく期限切れになりますが、まだ更新できていません。</translation>
    </message>
    <message>
        <source>The provider no longer accepts the grant. Reconnect to sign in again.</source>
        <translation>プロバイダーはもうこの付与を受け付けません。再接続してもう一度サインインしてください。</translation>
    </message>
    <message>
        <source>This connection was disconnected or revoked.</source>
        <translation>この接続は切断されたか、取り消されました。</translation>
    </message>
    <message>
        <source>Something failed that a retry cannot fix: see the detail, correct it, then reconnect.</source>
        <translation>再試行では解決できない失敗が起きました: 詳細を確認して修正し、再接続してください。</translation>
    </message>
    <message>
        <source>The last attempt failed for a reason that usually passes (no answer, a server error, the keychain). The tokens are kept and Keyway tries again; the next success clears this.</source>
        <translation>前回の試行は、たいていは一時的な理由 (応答なし、サーバーエラー、キーチェーン) で失敗しました。トークンは保持され、Keyway は再試行します。次に成功すればこの状態は解消されます。</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状態: %1</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>&amp;Export diagnostic bundle…</source>
        <translation>診断バンドルをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Shows what the bundle holds (events, request history, decoded claims, versions; never a secret) before saving it</source>
        <translation>保存する前にバンドルの内容 (イベント、リクエスト履歴、デコードしたクレーム、バージョン。秘密情報は含まない) を表示します</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>タイムラインを検索</translation>
    </message>
    <message>
        <source>Shows only events whose text, step, outcome, detail or HTTP status contain every word typed</source>
        <translation>テキスト、ステップ、結果、詳細、HTTP ステータスに入力したすべての語を含むイベントだけを表示します</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>イベントの種類</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Copy &amp;row</source>
        <translation>行をコピー(&amp;R)</translation>
    </message>
    <message>
        <source>Copy the selected event as text (Ctrl+C)</source>
        <translation>選択したイベントをテキストとしてコピーします (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy the selected event</source>
        <translation>選択したイベントをコピー</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>すべてコピー(&amp;A)</translation>
    </message>
    <message>
        <source>Copy every event shown as text, with a header line</source>
        <translation>表示中のすべてのイベントを見出し行付きのテキストとしてコピーします</translation>
    </message>
    <message>
        <source>Copy all events shown</source>
        <translation>表示中のすべてのイベントをコピー</translation>
    </message>
    <message>
        <source>Flow timeline</source>
        <translation>フローのタイムライン</translation>
    </message>
    <message>
        <source>Selected event detail</source>
        <translation>選択したイベントの詳細</translation>
    </message>
    <message>
        <source>Select an event to read its full detail.</source>
        <translation>イベントを選ぶと、その詳細がすべて表示されます。</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>Connection id (or a unique prefix), name, account, or integration id (its default)</source>
        <translation>接続 ID (または一意な先頭部分)、名前、アカウント、または連携 ID (その既定の接続)</translation>
    </message>
    <message>
        <source>Refresh the token first</source>
        <translation>先にトークンを更新する</translation>
    </message>
    <message>
        <source>token (the token alone, the default), json ({access_token, token_type, expires_at, scope}) or kubernetes (an ExecCredential for kubeconfig&apos;s exec plugin)</source>
        <translation>token (トークンのみ、既定)、json ({access_token, token_type, expires_at, scope})、kubernetes (kubeconfig の exec プラグイン用 ExecCredential) のいずれか</translation>
    </message>
    <message>
        <source>give exactly one CONNECTION</source>
        <translation>CONNECTION をちょうど 1 つ指定してください</translation>
    </message>
    <message>
        <source>--format is token, json or kubernetes</source>
        <translation>--format は token、json、kubernetes のいずれかです</translation>
    </message>
    <message>
        <source>a Basic credential has no kubernetes form: use --format json</source>
        <translation>Basic の資格情報には kubernetes 形式がありません: --format json を使ってください</translation>
    </message>
    <message>
        <source>Print a connection&apos;s access token</source>
        <translation>接続のアクセストークンを出力する</translation>
    </message>
    <message>
        <source>The same as --format json</source>
        <translation>--format json と同じ</translation>
    </message>
    <message>
        <source>With --exchange: the service the new token is for</source>
        <translation>--exchange と一緒に: 新しいトークンの宛先のサービス</translation>
    </message>
    <message>
        <source>With --exchange: the URI of the service the new token is for (repeatable)</source>
        <translation>--exchange と一緒に: 新しいトークンの宛先のサービスの URI (複数指定可)</translation>
    </message>
    <message>
        <source>With --exchange: the scopes asked for, space-separated</source>
        <translation>--exchange と一緒に: 求めるスコープ (スペース区切り)</translation>
    </message>
    <message>
        <source>With --exchange: the token type asked for (a URI, e.g. urn:ietf:params:oauth:token-type:jwt)</source>
        <translation>--exchange と一緒に: 求めるトークンの種類 (URI。例: urn:ietf:params:oauth:token-type:jwt)</translation>
    </message>
    <message>
        <source>--%1 goes with --exchange</source>
        <translation>--%1 は --exchange と一緒に使います</translation>
    </message>
    <message>
        <source>--exchange prints the token alone or --json; it takes no --refresh</source>
        <translation>--exchange はトークンだけか --json を表示します。--refresh は使えません</translation>
    </message>
    <message>
        <source>--exchange needs --audience AUD or --resource URI: the service the token is for</source>
        <translation>--exchange には --audience AUD か --resource URI (トークンの宛先のサービス) が必要です</translation>
    </message>
    <message>
        <source>For a DPoP-bound token (RFC 9449): also print a fresh proof for one request, --method and --url (the token on the first line, the proof on the second; &quot;dpop_proof&quot; with --json). Send them as &quot;Authorization: DPoP TOKEN&quot; and &quot;DPoP: PROOF&quot;, once, within a few minutes</source>
        <translation>DPoP に束縛されたトークン (RFC 9449) の場合: 1 つのリクエスト (--method と --url) のための新しい証明も出力します (1 行目にトークン、2 行目に証明。--json では「dpop_proof」)。「Authorization: DPoP TOKEN」と「DPoP: PROOF」として、数分以内に一度だけ送ってください</translation>
    </message>
    <message>
        <source>With --dpop-proof: the request&apos;s HTTP method (default GET)</source>
        <translation>--dpop-proof と共に: リクエストの HTTP メソッド (既定は GET)</translation>
    </message>
    <message>
        <source>With --dpop-proof: the request&apos;s URL, absolute or relative to the API base URL (one of the connection&apos;s own origins)</source>
        <translation>--dpop-proof と共に: リクエストの URL。絶対 URL、または API ベース URL からの相対 URL (接続自身のオリジンのいずれか)</translation>
    </message>
    <message>
        <source>--%1 goes with --dpop-proof</source>
        <translation>--%1 は --dpop-proof と一緒に使います</translation>
    </message>
    <message>
        <source>--dpop-proof needs --url URL (and --method METHOD unless it is GET): the request the proof is for</source>
        <translation>--dpop-proof には --url URL (GET 以外なら --method METHOD も) が必要です: 証明の対象となるリクエストです</translation>
    </message>
    <message>
        <source>the access token of %1 is bound to its DPoP key (RFC 9449): a server accepts it only with a fresh proof for each request, which kubectl cannot send. Give kubectl a connection made without --dpop.</source>
        <translation>%1 のアクセストークンはその DPoP 鍵に束縛されています (RFC 9449): サーバーはリクエストごとの新しい証明があるときだけ受け付けますが、kubectl はそれを送れません。kubectl には --dpop なしで作った接続を使ってください。</translation>
    </message>
    <message>
        <source>warning: this access token is bound to the DPoP key of %1 (RFC 9449): a server accepts it only with a fresh proof for each request (keyway token %1 --dpop-proof --method METHOD --url URL).</source>
        <translation>警告: このアクセストークンは %1 の DPoP 鍵に束縛されています (RFC 9449): サーバーはリクエストごとの新しい証明があるときだけ受け付けます (keyway token %1 --dpop-proof --method METHOD --url URL)。</translation>
    </message>
    <message>
        <source>--dpop-proof prints the token and its proof as text or --json; it goes with neither --exchange nor --format kubernetes</source>
        <translation>--dpop-proof はトークンと証明をテキストまたは --json で出力します。--exchange や --format kubernetes とは併用できません</translation>
    </message>
    <message>
        <source>With --dpop-proof: the nonce the server asked for in its DPoP-Nonce header, to put in the proof</source>
        <translation>--dpop-proof と共に: サーバーが DPoP-Nonce ヘッダーで求めた nonce。証明に含めます</translation>
    </message>
    <message>
        <source>Exchange the access token for one aimed at another service (RFC 8693); it is printed, not stored, unless --save-as keeps it</source>
        <translation>アクセストークンを別のサービス向けのトークンと交換する (RFC 8693)。表示するだけで保存はしません（--save-as で保存する場合を除く）</translation>
    </message>
    <message>
        <source>With --exchange: keep the exchanged token as a new connection named NAME and print its id instead of the token (with --json, as &quot;connection_id&quot;). It is kept in the keychain, sent as it is only to the service it is for, and never renewed: exchange again once it expires</source>
        <translation>--exchange と併用: 交換したトークンを NAME という名前の新しい接続として保存し、トークンの代わりにその ID を出力します（--json では &quot;connection_id&quot; として）。トークンはキーチェーンに保存され、対象サービスにだけそのまま送信され、更新されません。期限が切れたら再度交換してください</translation>
    </message>
    <message>
        <source>With --save-as: the API base URL of the service the token is for (https, or http on loopback); needed when neither the audience nor a resource is an https URL</source>
        <translation>--save-as と併用: トークンの対象サービスの API ベース URL（https、またはループバック上の http）。オーディエンスもリソースも https の URL でない場合に必要です</translation>
    </message>
    <message>
        <source>--api-base goes with --save-as</source>
        <translation>--api-base は --save-as と一緒に使います</translation>
    </message>
    <message>
        <source>%1 Use --api-base URL.</source>
        <translation>%1 --api-base URL を使ってください。</translation>
    </message>
    <message>
        <source>--save-as needs a name for the new connection</source>
        <translation>--save-as には新しい接続の名前が必要です</translation>
    </message>
</context>
<context>
    <name>TokenExchangeDialog</name>
    <message>
        <source>Exchange the access token</source>
        <translation>アクセストークンの交換</translation>
    </message>
    <message>
        <source>Asks the provider for a token aimed at another service, in exchange for this connection&apos;s access token (RFC 8693). The new token is shown here and not kept: the connection keeps its own.</source>
        <translation>この接続のアクセストークンと引き換えに、別のサービス向けのトークンをプロバイダーに要求します（RFC 8693）。新しいトークンはここに表示されますが保存されません。接続は自身のトークンを保持します。</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>オーディエンス(&amp;A):</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>オーディエンス</translation>
    </message>
    <message>
        <source>The service the token is for</source>
        <translation>トークンの宛先となるサービス</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>リソース(&amp;R):</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>https://api.example.com/ (optional)</source>
        <translation>https://api.example.com/（任意）</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>スコープ(&amp;S):</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Space-separated (optional)</source>
        <translation>空白区切り（任意）</translation>
    </message>
    <message>
        <source>Token &amp;type:</source>
        <translation>トークンの種類(&amp;T):</translation>
    </message>
    <message>
        <source>Requested token type</source>
        <translation>要求するトークンの種類</translation>
    </message>
    <message>
        <source>urn:ietf:params:oauth:token-type:… (optional)</source>
        <translation>urn:ietf:params:oauth:token-type:…（任意）</translation>
    </message>
</context>
<context>
    <name>TokenInspector</name>
    <message>
        <source>Token inspector status</source>
        <translation>トークンインスペクターの状態</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>Reload tokens from the keychain</source>
        <translation>キーチェーンからトークンを再読み込みします</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
</context>
<context>
    <name>TokenResponseParser</name>
    <message>
        <source>a token response</source>
        <translation>トークン応答</translation>
    </message>
    <message>
        <source>The provider&apos;s answer did not contain an access token.</source>
        <translation>プロバイダーの応答にアクセストークンが含まれていませんでした。</translation>
    </message>
    <message>
        <source>The provider&apos;s answer contained an access token Keyway cannot use.</source>
        <translation>プロバイダーの応答に、Keyway が使えないアクセストークンが含まれていました。</translation>
    </message>
    <message>
        <source>The provider&apos;s answer contained an empty access token.</source>
        <translation>プロバイダーの応答に空のアクセストークンが含まれていました。</translation>
    </message>
    <message>
        <source>The provider&apos;s answer contained a refresh token Keyway cannot use.</source>
        <translation>プロバイダーの応答に、Keyway が使えないリフレッシュトークンが含まれていました。</translation>
    </message>
</context>
<context>
    <name>TokenView</name>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Signature status</source>
        <translation>署名の状態</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Introspect</source>
        <translation>イントロスペクション</translation>
    </message>
    <message>
        <source>Ask the provider what this token means (RFC 7662)</source>
        <translation>このトークンの意味をプロバイダーに問い合わせます (RFC 7662)</translation>
    </message>
    <message>
        <source>Token binding</source>
        <translation>トークンの結び付け</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>en</source>
        <comment>The language code of this translation (de, fr, es, ja): the window says when provider text is in English</comment>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>UnifiedScope</name>
    <message>
        <source>Sign the user in and receive an ID token (OpenID Connect)</source>
        <translation>ユーザーをサインインさせ、ID トークンを受け取る (OpenID Connect)</translation>
    </message>
    <message>
        <source>Keep access when the user is away (refresh tokens)</source>
        <translation>ユーザーが不在でもアクセスを維持する (リフレッシュトークン)</translation>
    </message>
    <message>
        <source>Read the signed-in user&apos;s basic profile</source>
        <translation>サインインしたユーザーの基本プロフィールを読む</translation>
    </message>
    <message>
        <source>Read the signed-in user&apos;s email address</source>
        <translation>サインインしたユーザーのメールアドレスを読む</translation>
    </message>
    <message>
        <source>Read the organisation&apos;s users and groups</source>
        <translation>組織のユーザーとグループを読む</translation>
    </message>
    <message>
        <source>Read CRM contacts</source>
        <translation>CRM の連絡先を読む</translation>
    </message>
    <message>
        <source>Create and update CRM contacts</source>
        <translation>CRM の連絡先を作成・更新する</translation>
    </message>
    <message>
        <source>Read CRM companies and accounts</source>
        <translation>CRM の会社とアカウントを読む</translation>
    </message>
    <message>
        <source>Create and update CRM companies and accounts</source>
        <translation>CRM の会社とアカウントを作成・更新する</translation>
    </message>
    <message>
        <source>Read CRM deals and opportunities</source>
        <translation>CRM の商談と案件を読む</translation>
    </message>
    <message>
        <source>Create and update CRM deals and opportunities</source>
        <translation>CRM の商談と案件を作成・更新する</translation>
    </message>
    <message>
        <source>Read calendar events</source>
        <translation>カレンダーの予定を読む</translation>
    </message>
    <message>
        <source>Create, update and delete calendar events</source>
        <translation>カレンダーの予定を作成・更新・削除する</translation>
    </message>
    <message>
        <source>Read email messages</source>
        <translation>メールを読む</translation>
    </message>
    <message>
        <source>Send email on the user&apos;s behalf</source>
        <translation>ユーザーに代わってメールを送信する</translation>
    </message>
    <message>
        <source>Read files and folders</source>
        <translation>ファイルとフォルダーを読む</translation>
    </message>
    <message>
        <source>Create, update and delete files and folders</source>
        <translation>ファイルとフォルダーを作成・更新・削除する</translation>
    </message>
    <message>
        <source>Read messages</source>
        <translation>メッセージを読む</translation>
    </message>
    <message>
        <source>Post messages</source>
        <translation>メッセージを投稿する</translation>
    </message>
    <message>
        <source>List channels and conversations</source>
        <translation>チャンネルと会話を一覧表示する</translation>
    </message>
    <message>
        <source>Read invoices</source>
        <translation>請求書を読む</translation>
    </message>
    <message>
        <source>Create and update invoices</source>
        <translation>請求書を作成・更新する</translation>
    </message>
    <message>
        <source>Read accounting customers and contacts</source>
        <translation>会計の顧客と連絡先を読む</translation>
    </message>
    <message>
        <source>Create and update accounting customers and contacts</source>
        <translation>会計の顧客と連絡先を作成・更新する</translation>
    </message>
    <message>
        <source>Read financial reports</source>
        <translation>財務レポートを読む</translation>
    </message>
    <message>
        <source>Read support tickets</source>
        <translation>サポートチケットを読む</translation>
    </message>
    <message>
        <source>Create and update support tickets</source>
        <translation>サポートチケットを作成・更新する</translation>
    </message>
    <message>
        <source>Read employee records</source>
        <translation>従業員の記録を読む</translation>
    </message>
    <message>
        <source>Create and update employee records</source>
        <translation>従業員の記録を作成・更新する</translation>
    </message>
    <message>
        <source>Read job candidates and applications</source>
        <translation>応募者と応募を読む</translation>
    </message>
    <message>
        <source>Read job postings</source>
        <translation>求人を読む</translation>
    </message>
    <message>
        <source>Read source code repositories</source>
        <translation>ソースコードリポジトリを読む</translation>
    </message>
    <message>
        <source>Push to and administer source code repositories</source>
        <translation>ソースコードリポジトリへプッシュし、管理する</translation>
    </message>
    <message>
        <source>Read issues and pull requests</source>
        <translation>Issue とプルリクエストを読む</translation>
    </message>
    <message>
        <source>Create and update issues and pull requests</source>
        <translation>Issue とプルリクエストを作成・更新する</translation>
    </message>
    <message>
        <source>Read payments and charges</source>
        <translation>支払いと請求を読む</translation>
    </message>
    <message>
        <source>Create and refund payments and charges</source>
        <translation>支払いと請求を作成・返金する</translation>
    </message>
    <message>
        <source>Read payment customers</source>
        <translation>支払いの顧客を読む</translation>
    </message>
    <message>
        <source>Read marketing lists and audiences</source>
        <translation>マーケティングのリストとオーディエンスを読む</translation>
    </message>
    <message>
        <source>Manage marketing lists and audiences</source>
        <translation>マーケティングのリストとオーディエンスを管理する</translation>
    </message>
    <message>
        <source>Read marketing campaigns</source>
        <translation>マーケティングキャンペーンを読む</translation>
    </message>
    <message>
        <source>Create and send marketing campaigns</source>
        <translation>マーケティングキャンペーンを作成・送信する</translation>
    </message>
    <message>
        <source>Read store orders</source>
        <translation>ストアの注文を読む</translation>
    </message>
    <message>
        <source>Create and update store orders</source>
        <translation>ストアの注文を作成・更新する</translation>
    </message>
    <message>
        <source>Read store products</source>
        <translation>ストアの商品を読む</translation>
    </message>
    <message>
        <source>Create and update store products</source>
        <translation>ストアの商品を作成・更新する</translation>
    </message>
    <message>
        <source>Read store customers</source>
        <translation>ストアの顧客を読む</translation>
    </message>
    <message>
        <source>Read documents, pages and notes</source>
        <translation>ドキュメント、ページ、メモを読む</translation>
    </message>
    <message>
        <source>Create and update documents, pages and notes</source>
        <translation>ドキュメント、ページ、メモを作成・更新する</translation>
    </message>
    <message>
        <source>Read tasks and projects</source>
        <translation>タスクとプロジェクトを読む</translation>
    </message>
    <message>
        <source>Create and update tasks and projects</source>
        <translation>タスクとプロジェクトを作成・更新する</translation>
    </message>
    <message>
        <source>Read analytics data and reports</source>
        <translation>分析データとレポートを読む</translation>
    </message>
    <message>
        <source>Read meetings and recordings</source>
        <translation>会議と録画を読む</translation>
    </message>
    <message>
        <source>Create and update meetings</source>
        <translation>会議を作成・更新する</translation>
    </message>
    <message>
        <source>Read advertising accounts, campaigns, ads and their performance</source>
        <translation>広告アカウント、キャンペーン、広告とその成果を読む</translation>
    </message>
    <message>
        <source>Create and change advertising campaigns and ads</source>
        <translation>広告キャンペーンと広告を作成・変更する</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>No address is configured for this request.</source>
        <translation>このリクエストにはアドレスが設定されていません。</translation>
    </message>
    <message>
        <source>The address is not a valid URL.</source>
        <translation>アドレスが有効な URL ではありません。</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>アドレスにユーザー名やパスワードを含めることはできません。</translation>
    </message>
    <message>
        <source>Only https addresses can be used.</source>
        <translation>使用できるのは https のアドレスだけです。</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>アドレスにホスト名がありません。</translation>
    </message>
    <message>
        <source>Refusing to send credentials over an unencrypted connection to %1: the address must use https (plain http to a host other than this computer needs the integration&apos;s &quot;allow_insecure_http&quot; setting).</source>
        <translation>暗号化されていない接続で %1 に認証情報を送ることはできません: アドレスは https である必要があります (このコンピューター以外のホストへの暗号化なしの http には、連携の「allow_insecure_http」設定が必要です)。</translation>
    </message>
</context>
<context>
    <name>VaultUnlockDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>保管庫のパスフレーズ</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>確認(&amp;A):</translation>
    </message>
    <message>
        <source>Vault passphrase again</source>
        <translation>保管庫のパスフレーズ (確認)</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>ロック解除のエラー</translation>
    </message>
</context>
<context>
    <name>keyway::AccountResolver</name>
    <message>
        <source>The provider publishes no keys (jwks_uri), so its ID token cannot be checked.</source>
        <translation>プロバイダーが鍵 (jwks_uri) を公開していないため、ID トークンを検証できません。</translation>
    </message>
    <message>
        <source>ID token valid (signed %1 by key %2, subject %3)</source>
        <translation>ID トークンは有効 (%1 に鍵 %2 で署名、サブジェクト %3)</translation>
    </message>
    <message>
        <source>The provider&apos;s user info belongs to a different user than the ID token.</source>
        <translation>プロバイダーのユーザー情報は、ID トークンとは別のユーザーのものです。</translation>
    </message>
    <message>
        <source>userinfo sub &quot;%1&quot;, id_token sub &quot;%2&quot;</source>
        <translation>userinfo の sub「%1」、id_token の sub「%2」</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1 としてサインイン済み</translation>
    </message>
</context>
<context>
    <name>keyway::ActionDelegate</name>
    <message>
        <source>Reconnect…</source>
        <translation>再接続…</translation>
    </message>
</context>
<context>
    <name>keyway::ApiClient</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>The request failed before an answer came.</source>
        <translation>応答が届く前にリクエストが失敗しました。</translation>
    </message>
    <message>
        <source>The API says this request needs a permission the connection was not granted: reconnect and grant it.</source>
        <translation>このリクエストには接続に付与されていない権限が必要だと API が示しています: 再接続して権限を付与してください。</translation>
    </message>
    <message>
        <source>The API says this request needs the permission &quot;%1&quot;, which the connection was not granted: reconnect with it.</source>
        <translation>このリクエストには接続に付与されていない権限「%1」が必要だと API が示しています: その権限付きで再接続してください。</translation>
    </message>
    <message>
        <source>%1 %2 answered 401: refreshing and retrying once</source>
        <translation>%1 %2 が 401 を返しました: 更新して 1 回だけ再試行します</translation>
    </message>
    <message>
        <source>%1 %2 asked for a DPoP nonce: sending it again with one</source>
        <translation>%1 %2 が DPoP ナンスを要求しました。ナンスを付けて再送します</translation>
    </message>
</context>
<context>
    <name>keyway::ApplicationFlow</name>
    <message>
        <source>The provider&apos;s token endpoint is not known.</source>
        <translation>プロバイダーのトークンエンドポイントが不明です。</translation>
    </message>
    <message>
        <source>access token %1, %2</source>
        <translation>アクセストークン %1、%2</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>有効期限 %1</translation>
    </message>
    <message>
        <source>expiry unknown</source>
        <translation>有効期限不明</translation>
    </message>
</context>
<context>
    <name>keyway::AuthorizationCodeFlow</name>
    <message>
        <source>The provider&apos;s authorization or token endpoint is not known.</source>
        <translation>プロバイダーの認可エンドポイントまたはトークンエンドポイントが不明です。</translation>
    </message>
    <message>
        <source>Waiting for the redirect on %1</source>
        <translation>%1 でリダイレクトを待機中</translation>
    </message>
    <message>
        <source>The authorization request could not be built.</source>
        <translation>認可リクエストを作成できませんでした。</translation>
    </message>
    <message>
        <source>%1 (client_id %2, scope &quot;%3&quot;, PKCE %4%5)</source>
        <translation>%1 (client_id %2、scope &quot;%3&quot;、PKCE %4%5)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>, nonce</source>
        <translation>、nonce</translation>
    </message>
    <message>
        <source>Not opened: the sign-in happens on another device and its final address is pasted back</source>
        <translation>開いていません: サインインは別のデバイスで行い、最後のアドレスをここに貼り付けます</translation>
    </message>
    <message>
        <source>This sign-in has already ended. Start connecting again.</source>
        <translation>このサインインはすでに終了しています。もう一度接続を始めてください。</translation>
    </message>
    <message>
        <source>That is not the address this sign-in ends on. Paste the whole address from the browser&apos;s address bar: it starts with %1?</source>
        <translation>これはこのサインインが最後に到達するアドレスではありません。ブラウザーのアドレスバーからアドレス全体を貼り付けてください: %1? で始まります</translation>
    </message>
    <message>
        <source>That address belongs to another sign-in (its state is not this one&apos;s), so it was refused and nothing was stored. Paste the address from the browser tab of this sign-in.</source>
        <translation>このアドレスは別のサインインのものです (state が一致しません)。そのため拒否され、何も保存されていません。このサインインのブラウザータブからアドレスを貼り付けてください。</translation>
    </message>
    <message>
        <source>Browser opened</source>
        <translation>ブラウザーを開きました</translation>
    </message>
    <message>
        <source>Port %1 is already in use by another program, and Keyway must listen there because the redirect URI registered at the provider is %2. Close the program using port %1, or register another redirect URI at the provider and give it to Keyway (keyway connect --redirect-uri URI, or Redirect URI under Advanced in the connect dialog).</source>
        <translation>ポート %1 はすでに別のプログラムが使用していますが、プロバイダーに登録されたリダイレクト URI が %2 なので、Keyway はそこで待ち受ける必要があります。ポート %1 を使っているプログラムを終了するか、プロバイダーに別のリダイレクト URI を登録して Keyway に指定してください (keyway connect --redirect-uri URI、または接続ダイアログの「詳細」にあるリダイレクト URI)。</translation>
    </message>
    <message>
        <source>No answer came back from the browser in time. Usually the provider did not accept the redirect URI, which must be registered there exactly as %1, or does not know the client ID %2; the provider&apos;s page in the browser says which. Keyway waited at %3.</source>
        <translation>ブラウザーから時間内に応答が戻りませんでした。たいていは、プロバイダーがリダイレクト URI (正確に %1 として登録されている必要があります) を受け付けなかったか、クライアント ID %2 を知らないことが原因です。どちらかはブラウザーのプロバイダーのページに表示されています。Keyway は %3 で待機していました。</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) that did not belong to this sign-in (wrong or missing state) were ignored.</source>
        <translation>
            <numerusform>このサインインに属さない応答 (state が誤っているか欠けている) を %n 件無視しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again, or copy the link into a browser.</source>
        <translation>もう一度お試しいただくか、リンクをブラウザーにコピーしてください。</translation>
    </message>
    <message>
        <source>waited %1 s for the redirect to %2</source>
        <translation>%2 へのリダイレクトを %1 秒待ちました</translation>
    </message>
    <message>
        <source>This sign-in has already ended</source>
        <translation>このサインインはすでに終了しています</translation>
    </message>
    <message>
        <source>Start connecting again from Keyway.</source>
        <translation>Keyway からもう一度接続を始めてください。</translation>
    </message>
    <message>
        <source>Ignored a redirect that does not belong to this sign-in (%1); still waiting</source>
        <translation>このサインインに属さないリダイレクトを無視しました (%1)。待機を続けます</translation>
    </message>
    <message>
        <source>state missing</source>
        <translation>state がありません</translation>
    </message>
    <message>
        <source>state differs</source>
        <translation>state が異なります</translation>
    </message>
    <message>
        <source>Sign-in response rejected</source>
        <translation>サインインの応答を拒否しました</translation>
    </message>
    <message>
        <source>This response does not belong to the sign-in Keyway is waiting for, so it was ignored.</source>
        <translation>この応答は Keyway が待っているサインインのものではないため、無視しました。</translation>
    </message>
    <message>
        <source>Redirect received with %1</source>
        <translation>%1 付きのリダイレクトを受信しました</translation>
    </message>
    <message>
        <source>The sign-in response came from a different server than expected, so it was rejected.</source>
        <translation>サインインの応答が想定と異なるサーバーから届いたため、拒否しました。</translation>
    </message>
    <message>
        <source>iss missing</source>
        <translation>iss がありません</translation>
    </message>
    <message>
        <source>iss &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>iss「%1」、想定「%2」</translation>
    </message>
    <message>
        <source>Sign-in rejected</source>
        <translation>サインインを拒否しました</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>The provider sent no authorization code.</source>
        <translation>プロバイダーが認可コードを送信しませんでした。</translation>
    </message>
    <message>
        <source>Finishing the sign-in</source>
        <translation>サインインを完了しています</translation>
    </message>
    <message>
        <source>You can close this tab; Keyway is finishing the sign-in and shows the result.</source>
        <translation>このタブは閉じてかまいません。Keyway がサインインを完了し、結果を表示します。</translation>
    </message>
    <message>
        <source>access token %1%2%3</source>
        <translation>アクセストークン %1%2%3</translation>
    </message>
    <message>
        <source>, refresh token %1</source>
        <translation>、リフレッシュトークン %1</translation>
    </message>
    <message>
        <source>, id_token</source>
        <translation>、id_token</translation>
    </message>
    <message>
        <source>The provider did not return an ID token for an OpenID Connect sign-in.</source>
        <translation>OpenID Connect のサインインで、プロバイダーが ID トークンを返しませんでした。</translation>
    </message>
    <message>
        <source>Pushed authorization requests were asked for, but the provider names no endpoint for them.</source>
        <translation>プッシュ型認可リクエスト (PAR) が求められましたが、プロバイダーはそのエンドポイントを示していません。</translation>
    </message>
    <message>
        <source>Authorization request pushed to %1; the browser carries only its request_uri</source>
        <translation>認可リクエストを %1 にプッシュしました。ブラウザーにはその request_uri だけを渡します</translation>
    </message>
    <message>
        <source>This connection&apos;s proof-of-possession (DPoP) key could not be read.</source>
        <translation>この接続の所有証明 (DPoP) 鍵を読み取れませんでした。</translation>
    </message>
</context>
<context>
    <name>keyway::BundlePreviewDialog</name>
    <message>
        <source>Diagnostic bundle of %1</source>
        <translation>%1 の診断バンドル</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>The bundle could not be built.</source>
        <translation>バンドルを作成できませんでした。</translation>
    </message>
    <message>
        <source>the connection: integration, sign-in method, status, scopes and settings (never a secret)</source>
        <translation>接続: 連携、サインイン方法、状態、スコープ、設定 (秘密情報は含まない)</translation>
    </message>
    <message>
        <source>1 timeline event</source>
        <translation>タイムラインのイベント 1 件</translation>
    </message>
    <message>
        <source>%1 timeline events</source>
        <translation>タイムラインのイベント %1 件</translation>
    </message>
    <message>
        <source>1 API request (addresses and headers with secrets removed, no bodies)</source>
        <translation>API リクエスト 1 件 (秘密情報を除いたアドレスとヘッダー、本文なし)</translation>
    </message>
    <message>
        <source>%1 API requests (addresses and headers with secrets removed, no bodies)</source>
        <translation>API リクエスト %1 件 (秘密情報を除いたアドレスとヘッダー、本文なし)</translation>
    </message>
    <message>
        <source>no token information</source>
        <translation>トークン情報なし</translation>
    </message>
    <message>
        <source>token fingerprints and the decoded claims of JWTs (never the tokens themselves)</source>
        <translation>トークンのフィンガープリントと JWT のデコードしたクレーム (トークンそのものは含まない)</translation>
    </message>
    <message>
        <source>Keyway %1, Qt %2, %3; secrets kept in %4</source>
        <translation>Keyway %1、Qt %2、%3。秘密情報の保管先: %4</translation>
    </message>
    <message>
        <source>It holds:</source>
        <translation>含まれるもの:</translation>
    </message>
    <message>
        <source>It holds no personal data that Keyway knows of.</source>
        <translation>Keyway が把握している個人データは含まれていません。</translation>
    </message>
    <message>
        <source>It holds this personal data about the account:
%1</source>
        <translation>アカウントに関する次の個人データが含まれています:
%1</translation>
    </message>
    <message>
        <source>Personal data is left out.</source>
        <translation>個人データは除外されています。</translation>
    </message>
    <message>
        <source>Left out: %1. Each value reads &quot;(left out)&quot;.</source>
        <translation>除外: %1。各値は「(除外)」になります。</translation>
    </message>
    <message>
        <source>The bundle was not saved to %1.</source>
        <translation>バンドルは %1 に保存されませんでした。</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>フォルダーに表示(&amp;F)</translation>
    </message>
    <message>
        <source>Save diagnostic bundle</source>
        <translation>診断バンドルを保存</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
</context>
<context>
    <name>keyway::CallbackListener</name>
    <message>
        <source>This sign-in listener was already used.</source>
        <translation>このサインインの受信処理はすでに使用されています。</translation>
    </message>
    <message>
        <source>The redirect path &quot;%1&quot; is not valid.</source>
        <translation>リダイレクトのパス「%1」は無効です。</translation>
    </message>
    <message>
        <source>Keyway can only receive a redirect on 127.0.0.1, [::1] or localhost.</source>
        <translation>Keyway がリダイレクトを受け取れるのは 127.0.0.1、[::1]、localhost だけです。</translation>
    </message>
    <message>
        <source>This sign-in is over</source>
        <translation>このサインインは終了しました</translation>
    </message>
    <message>
        <source>Keyway is no longer waiting for this response. Return to Keyway and start again if needed.</source>
        <translation>Keyway はもうこの応答を待っていません。Keyway に戻り、必要ならやり直してください。</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Nothing is served here.</source>
        <translation>ここでは何も提供していません。</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>許可されていないメソッド</translation>
    </message>
    <message>
        <source>Only GET is accepted here.</source>
        <translation>ここで受け付けるのは GET だけです。</translation>
    </message>
    <message>
        <source>Not a sign-in response</source>
        <translation>サインインの応答ではありません</translation>
    </message>
    <message>
        <source>This address only receives the provider&apos;s answer to a Keyway sign-in.</source>
        <translation>このアドレスが受け取るのは、Keyway のサインインに対するプロバイダーの応答だけです。</translation>
    </message>
    <message>
        <source>Not a valid sign-in response</source>
        <translation>有効なサインインの応答ではありません</translation>
    </message>
    <message>
        <source>The response repeats the parameter &quot;%1&quot;.</source>
        <translation>応答でパラメーター「%1」が重複しています。</translation>
    </message>
    <message>
        <source>Sign-in was not completed</source>
        <translation>サインインは完了しませんでした</translation>
    </message>
    <message>
        <source>The provider returned an error.</source>
        <translation>プロバイダーがエラーを返しました。</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>応答を受信しました</translation>
    </message>
    <message>
        <source>You can close this tab; Keyway received the provider&apos;s response.</source>
        <translation>このタブは閉じてかまいません。Keyway はプロバイダーの応答を受信しました。</translation>
    </message>
</context>
<context>
    <name>keyway::Catalog</name>
    <message>
        <source>The integration file %1 is not valid: %2</source>
        <translation>連携ファイル %1 は無効です: %2</translation>
    </message>
    <message>
        <source>Only the first %1 integration files in %2 were read.</source>
        <translation>%2 の連携ファイルは最初の %1 件だけを読み込みました。</translation>
    </message>
    <message>
        <source>Custom integrations are turned off.</source>
        <translation>カスタム連携は無効になっています。</translation>
    </message>
    <message>
        <source>The folder for custom integrations cannot be created.</source>
        <translation>カスタム連携用のフォルダーを作成できません。</translation>
    </message>
    <message>
        <source>A custom integration with the id &quot;%1&quot; already exists.</source>
        <translation>ID「%1」のカスタム連携はすでに存在します。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the id of the built-in integration %2; replacing it takes --replace.</source>
        <translation>「%1」は組み込み連携 %2 の ID です。置き換えるには --replace が必要です。</translation>
    </message>
    <message>
        <source>The integration could not be saved.</source>
        <translation>連携を保存できませんでした。</translation>
    </message>
    <message>
        <source>The saved integration could not be loaded.</source>
        <translation>保存した連携を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The imported integration could not be loaded.</source>
        <translation>インポートした連携を読み込めませんでした。</translation>
    </message>
    <message>
        <source>There is no integration &quot;%1&quot;.</source>
        <translation>連携「%1」はありません。</translation>
    </message>
    <message>
        <source>The integration could not be written.</source>
        <translation>連携を書き込めませんでした。</translation>
    </message>
    <message>
        <source>There is no custom integration &quot;%1&quot;.</source>
        <translation>カスタム連携「%1」はありません。</translation>
    </message>
    <message>
        <source>The custom integration could not be deleted.</source>
        <translation>カスタム連携を削除できませんでした。</translation>
    </message>
</context>
<context>
    <name>keyway::ClientCertificatePanel</name>
    <message>
        <source>PEM certificate and private key files</source>
        <translation>PEM 証明書と秘密鍵のファイル</translation>
    </message>
    <message>
        <source>PKCS#12 file (.p12, .pfx) with its password</source>
        <translation>PKCS#12 ファイル (.p12, .pfx) とそのパスワード</translation>
    </message>
    <message>
        <source>Client certificate (PEM)</source>
        <translation>クライアント証明書 (PEM)</translation>
    </message>
    <message>
        <source>Private key of the client certificate (PEM)</source>
        <translation>クライアント証明書の秘密鍵 (PEM)</translation>
    </message>
    <message>
        <source>Client certificate (PKCS#12)</source>
        <translation>クライアント証明書 (PKCS#12)</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 ファイル (*.p12 *.pfx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM ファイル (*.pem *.crt *.cer *.key);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>⚠ %1 is too large for a certificate or key.</source>
        <translation>⚠ %1 は証明書や鍵としては大きすぎます。</translation>
    </message>
    <message>
        <source>⚠ %1 cannot be read: %2</source>
        <translation>⚠ %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>⚠ %1 is empty.</source>
        <translation>⚠ %1 は空です。</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file of the client certificate.</source>
        <translation>クライアント証明書の PKCS#12 ファイルを選択してください。</translation>
    </message>
    <message>
        <source>Choose the client certificate (PEM).</source>
        <translation>クライアント証明書 (PEM) を選択してください。</translation>
    </message>
    <message>
        <source>Choose the private key of the client certificate (PEM).</source>
        <translation>クライアント証明書の秘密鍵 (PEM) を選択してください。</translation>
    </message>
    <message>
        <source>No private key chosen.</source>
        <translation>秘密鍵が選択されていません。</translation>
    </message>
    <message>
        <source>No PKCS#12 file chosen.</source>
        <translation>PKCS#12 ファイルが選択されていません。</translation>
    </message>
    <message>
        <source>The key kept in the keychain for this connection.</source>
        <translation>この接続のためにキーチェーンに保管されている鍵。</translation>
    </message>
    <message>
        <source>The certificate kept with this connection: %1</source>
        <translation>この接続に保管されている証明書: %1</translation>
    </message>
    <message>
        <source>No certificate chosen.</source>
        <translation>証明書が選択されていません。</translation>
    </message>
    <message>
        <source>New certificate for %1 (not from a file)</source>
        <translation>%1 の新しい証明書（ファイルからではありません）</translation>
    </message>
    <message>
        <source>Its key, kept in memory until the keychain holds it</source>
        <translation>その鍵（キーチェーンに保存されるまでメモリ上に保持）</translation>
    </message>
</context>
<context>
    <name>keyway::ClientCredentialsFlow</name>
    <message>
        <source>client %1 with %2</source>
        <translation>クライアント %1 (%2)</translation>
    </message>
    <message>
        <source>scope &quot;%1&quot;</source>
        <translation>スコープ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>audience %1</source>
        <translation>オーディエンス %1</translation>
    </message>
    <message>
        <source>resource %1</source>
        <translation>リソース %1</translation>
    </message>
    <message>
        <source>client_credentials grant at %1: %2</source>
        <translation>%1 での client_credentials グラント: %2</translation>
    </message>
</context>
<context>
    <name>keyway::ClientRegistrar</name>
    <message>
        <source>%1 does not offer dynamic client registration (its metadata lists no registration_endpoint). Register a client in the provider&apos;s console and add the integration without registering.</source>
        <translation>%1 は動的クライアント登録に対応していません (メタデータに registration_endpoint がありません)。プロバイダーのコンソールでクライアントを登録し、登録なしで連携を追加してください。</translation>
    </message>
    <message>
        <source>Nothing to register: Keyway registered itself as a client of this provider when the integration was added. Connect without entering a client ID.</source>
        <translation>登録は不要です: 連携の追加時に Keyway がこのプロバイダーのクライアントとして自身を登録しました。クライアント ID を入力せずに接続してください。</translation>
    </message>
    <message>
        <source>The provider gave no way to delete Keyway&apos;s client registration; remove the client in the provider&apos;s console.</source>
        <translation>プロバイダーは Keyway のクライアント登録を削除する手段を提供していません。プロバイダーのコンソールでクライアントを削除してください。</translation>
    </message>
</context>
<context>
    <name>keyway::ClientRegistration</name>
    <message>
        <source>The provider refused Keyway&apos;s redirect URI, so it cannot register Keyway as a client. Register a client by hand and enter its client ID when connecting.</source>
        <translation>プロバイダーが Keyway のリダイレクト URI を拒否したため、Keyway をクライアントとして登録できません。手動でクライアントを登録し、接続時にそのクライアント ID を入力してください。</translation>
    </message>
    <message>
        <source>The provider refused to register Keyway with the settings of a desktop app (public client, authorization code with PKCE).</source>
        <translation>プロバイダーは、デスクトップアプリの設定 (パブリッククライアント、PKCE 付き認可コード) での Keyway の登録を拒否しました。</translation>
    </message>
    <message>
        <source>The provider registers only approved software (a software statement), which Keyway does not have. Register a client by hand instead.</source>
        <translation>プロバイダーは承認済みのソフトウェア (ソフトウェアステートメント) のみを登録しますが、Keyway はそれを持っていません。代わりに手動でクライアントを登録してください。</translation>
    </message>
    <message>
        <source>The provider did not accept the registration without a valid initial access token. Ask its administrator for one and give it on standard input (--initial-access-token-stdin).</source>
        <translation>有効な初期アクセストークンがないため、プロバイダーは登録を受け付けませんでした。管理者に発行を依頼し、標準入力から渡してください (--initial-access-token-stdin)。</translation>
    </message>
    <message>
        <source>The provider refused to register Keyway as a client.</source>
        <translation>プロバイダーは Keyway のクライアント登録を拒否しました。</translation>
    </message>
    <message>
        <source>The provider&apos;s answer to the registration could not be used.</source>
        <translation>登録に対するプロバイダーの応答を使用できませんでした。</translation>
    </message>
    <message>
        <source>The provider registers only clients that authenticate in ways Keyway cannot register (%1).</source>
        <translation>プロバイダーは、Keyway が登録できない方式で認証するクライアントのみを登録します (%1)。</translation>
    </message>
    <message>
        <source>a registration answer</source>
        <translation>登録の応答</translation>
    </message>
    <message>
        <source>The provider&apos;s metadata lists no registration endpoint (RFC 7591); register a client by hand.</source>
        <translation>プロバイダーのメタデータに登録エンドポイント (RFC 7591) がありません。手動でクライアントを登録してください。</translation>
    </message>
    <message>
        <source>The registration access token is missing.</source>
        <translation>登録アクセストークンがありません。</translation>
    </message>
    <message>
        <source>The provider did not delete Keyway&apos;s client registration; remove the client in the provider&apos;s console.</source>
        <translation>プロバイダーは Keyway のクライアント登録を削除しませんでした。プロバイダーのコンソールでクライアントを削除してください。</translation>
    </message>
</context>
<context>
    <name>keyway::ConnectAttempt</name>
    <message>
        <source>This sign-in has already ended. Start connecting again.</source>
        <translation>このサインインはすでに終了しています。もう一度接続を始めてください。</translation>
    </message>
    <message>
        <source>This sign-in is not waiting for an address yet.</source>
        <translation>このサインインはまだアドレスを待っていません。</translation>
    </message>
</context>
<context>
    <name>keyway::ConnectDialog</name>
    <message>
        <source>Connect %1</source>
        <translation>%1 に接続</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>⚠ Unsafe: %1. Use this only with a server on your own machine or a test network.</source>
        <translation>⚠ 安全ではありません: %1。自分のマシン上のサーバーかテスト用ネットワークでのみ使用してください。</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation>%1 に再接続</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Keyway could not start connecting.</source>
        <translation>Keyway は接続を開始できませんでした。</translation>
    </message>
    <message>
        <source>Connecting failed.</source>
        <translation>接続に失敗しました。</translation>
    </message>
</context>
<context>
    <name>keyway::ConnectFormPage</name>
    <message>
        <source>As the integration says</source>
        <translation>連携の指定どおり</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off (only for providers that reject it)</source>
        <translation>オフ (拒否するプロバイダーの場合のみ)</translation>
    </message>
    <message>
        <source>⚠ %1.</source>
        <translation>⚠ %1。</translation>
    </message>
    <message>
        <source>Hide setup instructions</source>
        <translation>設定手順を隠す</translation>
    </message>
    <message>
        <source>Show setup instructions</source>
        <translation>設定手順を表示</translation>
    </message>
    <message>
        <source>Hide advanced options</source>
        <translation>詳細オプションを隠す</translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation>詳細オプションを表示</translation>
    </message>
    <message>
        <source>As the integration says (%1)</source>
        <translation>連携の指定どおり (%1)</translation>
    </message>
    <message>
        <source> (optional):</source>
        <translation> (省略可):</translation>
    </message>
    <message>
        <source>This integration lists no way to connect.</source>
        <translation>この連携には接続方法が記載されていません。</translation>
    </message>
    <message>
        <source>Nothing to register: %1 publishes a public client. Keyway shows a code to enter on another device.</source>
        <translation>登録は不要です: %1 はパブリッククライアントを公開しています。Keyway は別のデバイスで入力するコードを表示します。</translation>
    </message>
    <message>
        <source>Nothing to register: %1 publishes a public client. Keyway opens your browser to sign in.</source>
        <translation>登録は不要です: %1 はパブリッククライアントを公開しています。Keyway はサインインのためにブラウザーを開きます。</translation>
    </message>
    <message>
        <source>⚠ Not a valid value. Example: %1</source>
        <translation>⚠ 有効な値ではありません。例: %1</translation>
    </message>
    <message>
        <source>⚠ Not a valid value.</source>
        <translation>⚠ 有効な値ではありません。</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation>%1 を入力してください。</translation>
    </message>
    <message>
        <source>%1 does not look right.</source>
        <translation>%1 が正しくないようです。</translation>
    </message>
    <message>
        <source>This integration has no way to connect.</source>
        <translation>この連携には接続方法がありません。</translation>
    </message>
    <message>
        <source>Extra parameters must be written name=value: %1</source>
        <translation>追加パラメーターは name=value の形式で書く必要があります: %1</translation>
    </message>
    <message>
        <source>%1 requires it</source>
        <translation>%1 が必須としています</translation>
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
        <translation>TLS クライアント証明書</translation>
    </message>
    <message>
        <source>%1 requires %2.</source>
        <translation>%1 は %2 を必須としています。</translation>
    </message>
    <message>
        <source>%1 requires %2 and %3.</source>
        <translation>%1 は %2 と %3 を必須としています。</translation>
    </message>
    <message>
        <source>%1 requires %2, %3 and %4.</source>
        <translation>%1 は %2、%3、%4 を必須としています。</translation>
    </message>
    <message>
        <source>A client certificate binds the tokens to it (RFC 8705); the provider must know the certificate.</source>
        <translation>クライアント証明書はトークンをその証明書に結び付けます (RFC 8705)。プロバイダーが証明書を知っている必要があります。</translation>
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
        <translation>サインインを完了しています…</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>もう一度開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the sign-in page again</source>
        <translation>サインインページをもう一度開く</translation>
    </message>
    <message>
        <source>Open the sign-in page in the browser again</source>
        <translation>サインインページをブラウザーでもう一度開きます</translation>
    </message>
    <message>
        <source>Copy the sign-in address to open it in another browser</source>
        <translation>別のブラウザーで開くためにサインインアドレスをコピーします</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>ブラウザーでのサインインを待っています…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Finish signing in in your browser, then come back here. If no browser opened, copy the link into one.</source>
        <translation>ブラウザーでサインインを完了してから、ここに戻ってください。ブラウザーが開かない場合は、リンクをブラウザーにコピーしてください。</translation>
    </message>
    <message>
        <source>Talking to %1.</source>
        <translation>%1 と通信中です。</translation>
    </message>
    <message>
        <source>The sign-in page is open in your browser. Finish there; this window continues by itself.</source>
        <translation>サインインページがブラウザーで開いています。そこで完了してください。このウィンドウは自動的に続行します。</translation>
    </message>
    <message>
        <source>The verification page is open in your browser. Enter the code there; this window continues by itself.</source>
        <translation>確認ページがブラウザーで開いています。そこでコードを入力してください。このウィンドウは自動的に続行します。</translation>
    </message>
    <message>
        <source>Enter this code on another device</source>
        <translation>このコードを別のデバイスで入力してください</translation>
    </message>
    <message>
        <source>Go to &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; and enter:</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; を開いて、次のコードを入力してください:</translation>
    </message>
    <message>
        <source>Code to enter: %1</source>
        <translation>入力するコード: %1</translation>
    </message>
    <message>
        <source>Keyway checks every few seconds whether you have approved the request.</source>
        <translation>Keyway は数秒ごとにリクエストが承認されたかを確認します。</translation>
    </message>
    <message>
        <source>Copy the address of the page where the code is entered</source>
        <translation>コードを入力するページのアドレスをコピーします</translation>
    </message>
    <message>
        <source>&amp;Open page again</source>
        <translation>ページをもう一度開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the verification page again</source>
        <translation>確認ページをもう一度開く</translation>
    </message>
    <message>
        <source>Open the page where the code is entered in the browser again</source>
        <translation>コードを入力するページをブラウザーでもう一度開きます</translation>
    </message>
    <message>
        <source>The code expires in %1:%2.</source>
        <translation>コードの有効期限まで %1:%2 です。</translation>
    </message>
    <message>
        <source>The code has expired.</source>
        <translation>コードの有効期限が切れました。</translation>
    </message>
</context>
<context>
    <name>keyway::ConnectionListModel</name>
    <message>
        <source>Reconnect…</source>
        <translation>再接続…</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>有効期限なし</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1 後</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>%1 前に期限切れ</translation>
    </message>
    <message>
        <source>%1 · Default</source>
        <translation>%1 · 既定</translation>
    </message>
    <message>
        <source>None (revoked)</source>
        <translation>なし (取り消し済み)</translation>
    </message>
    <message>
        <source>Unusable until reconnected</source>
        <translation>再接続するまで使用不可</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Sign in again to renew this connection</source>
        <translation>もう一度サインインしてこの接続を更新します</translation>
    </message>
    <message>
        <source>The default for %1: keyway token, exec and git use it when no connection is named</source>
        <translation>%1 の既定: 接続が指定されていないとき、keyway token、exec、git がこれを使います</translation>
    </message>
    <message>
        <source>The last API request made with it through Keyway (request console or keyway request)</source>
        <translation>Keyway 経由 (リクエストコンソールまたは keyway request) で、これを使った最後の API リクエスト</translation>
    </message>
    <message>
        <source>Access token: %1
Refresh token: %2</source>
        <translation>アクセストークン: %1
リフレッシュトークン: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Token expires</source>
        <translation>トークンの有効期限</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>連携</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>最後のリクエスト</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ConnectionPage</name>
    <message>
        <source>&amp;Tokens</source>
        <translation>トークン(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>タイムライン(&amp;I)</translation>
    </message>
    <message>
        <source>Request co&amp;nsole</source>
        <translation>リクエストコンソール(&amp;N)</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>付与</translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>クリップボードを消去しました。</translation>
    </message>
    <message>
        <source>This connection no longer exists.</source>
        <translation>この接続はもう存在しません。</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>%1 に戻る</translation>
    </message>
    <message>
        <source>Account not known</source>
        <translation>アカウント不明</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1 としてサインイン済み</translation>
    </message>
    <message>
        <source> (subject %1)</source>
        <translation> (サブジェクト %1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Get a new access token now (F5)</source>
        <translation>新しいアクセストークンを今すぐ取得 (F5)</translation>
    </message>
    <message>
        <source>This connection was revoked; reconnect to use it again.</source>
        <translation>この接続は取り消されています。再び使うには再接続してください。</translation>
    </message>
    <message>
        <source>This kind of credential does not expire or refresh.</source>
        <translation>この種類の認証情報は期限切れにならず、更新もされません。</translation>
    </message>
    <message>
        <source>No expiry known</source>
        <translation>有効期限は不明</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>あと %1 で期限切れ</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>%1 前に期限切れ</translation>
    </message>
    <message>
        <source>This connection needs you: the provider no longer accepts its grant (or its tokens are gone). Sign in again to use it.</source>
        <translation>この接続には対応が必要です: プロバイダーがもう付与を受け付けません (またはトークンがありません)。使うにはもう一度サインインしてください。</translation>
    </message>
    <message>
        <source>This connection stopped working for a reason a retry cannot fix. Correct what the detail says, then reconnect.</source>
        <translation>この接続は再試行では解決できない理由で動作しなくなりました。詳細に示された内容を修正してから再接続してください。</translation>
    </message>
    <message>
        <source>The last attempt to reach the provider failed for a reason that usually passes. The tokens are kept and Keyway tries again; the next success clears this.</source>
        <translation>プロバイダーへの前回の接続試行は、たいていは一時的な理由で失敗しました。トークンは保持され、Keyway は再試行します。次に成功すればこの状態は解消されます。</translation>
    </message>
    <message>
        <source>Try &amp;again now</source>
        <translation>今すぐ再試行(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;connect…</source>
        <translation>再接続(&amp;C)…</translation>
    </message>
    <message>
        <source>None: the tokens were revoked and deleted from the keychain</source>
        <translation>なし: トークンは取り消され、キーチェーンから削除されました</translation>
    </message>
    <message>
        <source>Not usable: the provider no longer accepts this connection. Reconnect to get new tokens.</source>
        <translation>使用不可: プロバイダーがもうこの接続を受け付けません。再接続して新しいトークンを取得してください。</translation>
    </message>
    <message>
        <source>No expiry known (the provider did not say, or the credential does not expire)</source>
        <translation>有効期限は不明 (プロバイダーが示していないか、認証情報が期限切れにならない)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>✓ yes</source>
        <translation>✓ はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>✗ not granted</source>
        <translation>✗ 付与されていません</translation>
    </message>
    <message>
        <source>⚠ The provider granted fewer scopes than requested (%1 missing).</source>
        <translation>⚠ プロバイダーが付与したスコープは要求より少なくなっています (%1 が不足)。</translation>
    </message>
    <message>
        <source>Every requested scope was granted.</source>
        <translation>要求したすべてのスコープが付与されました。</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>更新中…</translation>
    </message>
    <message>
        <source>Stopped waiting. The request already sent finishes in the background and its answer is kept.</source>
        <translation>待機をやめました。送信済みのリクエストはバックグラウンドで完了し、その応答は保持されます。</translation>
    </message>
    <message>
        <source>Refreshing… %1</source>
        <translation>更新中… %1</translation>
    </message>
    <message>
        <source>Access token refreshed.</source>
        <translation>アクセストークンを更新しました。</translation>
    </message>
    <message>
        <source>Refresh stopped. %1</source>
        <translation>更新を停止しました。%1</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>更新に失敗しました: %1</translation>
    </message>
    <message>
        <source>No access token: %1</source>
        <translation>アクセストークンがありません: %1</translation>
    </message>
    <message>
        <source>Diagnostic bundle saved to %1</source>
        <translation>診断バンドルを %1 に保存しました</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>%1 を切断しますか?</translation>
    </message>
    <message>
        <source>Keyway revokes the grant at %1 and deletes the tokens from the keychain.</source>
        <translation>Keyway は %1 で付与を取り消し、トークンをキーチェーンから削除します。</translation>
    </message>
    <message>
        <source>Keyway deletes the credential from the keychain. %1 offers no revocation endpoint; revoke the grant in its settings to be sure.</source>
        <translation>Keyway は認証情報をキーチェーンから削除します。%1 には取り消し用のエンドポイントがないため、確実にするにはその設定画面で付与を取り消してください。</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>切断中…</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>切断しました。</translation>
    </message>
    <message>
        <source>Removed locally, but revocation failed: %1</source>
        <translation>ローカルでは削除しましたが、取り消しに失敗しました: %1</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 を削除しますか?</translation>
    </message>
    <message>
        <source>The connection was already revoked. Removing it deletes its timeline and request history from Keyway; export a diagnostic bundle first if support may need them.</source>
        <translation>この接続はすでに取り消されています。削除すると、タイムラインとリクエスト履歴が Keyway から削除されます。サポートで必要になりそうなら、先に診断バンドルをエクスポートしてください。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Could not remove the connection: %1</source>
        <translation>接続を削除できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Access token copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>アクセストークンをコピーしました。クリップボードは %n 秒後に消去されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the exchanged token as a new connection.</source>
        <translation>交換したトークンを新しい接続として保存しました。</translation>
    </message>
    <message>
        <source>Sign in again (Ctrl+R)</source>
        <translation>もう一度サインイン (Ctrl+R)</translation>
    </message>
    <message>
        <source>This connection holds an exchanged token: exchange again from the connection it was derived from.</source>
        <translation>この接続は交換したトークンを保持しています。派生元の接続から再度交換してください。</translation>
    </message>
    <message>
        <source>An exchanged token, sent as a bearer token</source>
        <translation>交換したトークン（ベアラートークンとして送信）</translation>
    </message>
    <message>
        <source>a connection that no longer exists (%1), by token exchange</source>
        <translation>存在しなくなった接続（%1）から、トークン交換で</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;, by token exchange (RFC 8693); never renewed: exchange again once it expires</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;（トークン交換、RFC 8693）。更新されません。期限が切れたら再度交換してください</translation>
    </message>
</context>
<context>
    <name>keyway::ConnectionService</name>
    <message>
        <source>No connection &quot;%1&quot; (see keyway connections).</source>
        <translation>接続「%1」はありません (keyway connections を参照)。</translation>
    </message>
    <message>
        <source>No such connection.</source>
        <translation>そのような接続はありません。</translation>
    </message>
    <message>
        <source>Another connection is already named &quot;%1&quot;: choose another name.</source>
        <translation>別の接続がすでに「%1」という名前です: 別の名前を選んでください。</translation>
    </message>
    <message>
        <source>This connection already exists.</source>
        <translation>この接続はすでに存在します。</translation>
    </message>
    <message>
        <source>The local secrets were deleted, but revoking the token at the provider failed, so it may stay valid there until it expires. To end it now, remove Keyway&apos;s access in your account settings at the provider.</source>
        <translation>ローカルの秘密情報は削除しましたが、プロバイダー側でのトークンの取り消しに失敗したため、期限切れまでそこで有効なままの可能性があります。今すぐ無効にするには、プロバイダーのアカウント設定で Keyway のアクセスを削除してください。</translation>
    </message>
    <message>
        <source>Not revoked at the provider (%1): the token may stay valid there until it expires.</source>
        <translation>プロバイダー側で取り消されていません (%1): トークンは期限切れまでそこで有効なままの可能性があります。</translation>
    </message>
    <message>
        <source>Not revoked at the provider, which has no revocation endpoint: the token may stay valid there until it expires.</source>
        <translation>取り消し用のエンドポイントがないため、プロバイダー側で取り消されていません: トークンは期限切れまでそこで有効なままの可能性があります。</translation>
    </message>
    <message>
        <source>Secrets deleted from the keychain</source>
        <translation>キーチェーンから秘密情報を削除しました</translation>
    </message>
    <message>
        <source>The provider has no revocation endpoint; only local secrets are removed</source>
        <translation>プロバイダーに取り消し用のエンドポイントがありません。ローカルの秘密情報だけを削除します</translation>
    </message>
    <message>
        <source>Revoked at the provider</source>
        <translation>プロバイダー側で取り消しました</translation>
    </message>
    <message>
        <source>Disconnect this connection first: only revoked or failed connections can be removed.</source>
        <translation>先にこの接続を切断してください: 削除できるのは取り消し済みか失敗した接続だけです。</translation>
    </message>
    <message>
        <source>This connection is being refreshed: try again in a moment.</source>
        <translation>この接続は更新中です: しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The stored credentials are damaged.</source>
        <translation>保存された認証情報が破損しています。</translation>
    </message>
    <message>
        <source>The provider publishes no key set (jwks_uri), so the signature cannot be checked.</source>
        <translation>プロバイダーが鍵セット (jwks_uri) を公開していないため、署名を検証できません。</translation>
    </message>
    <message>
        <source>The token is signed with &quot;%1&quot;, which Keyway does not accept.</source>
        <translation>トークンは「%1」で署名されており、Keyway は受け付けません。</translation>
    </message>
    <message>
        <source>No key in the provider&apos;s key set matches the token (kid &quot;%1&quot;).</source>
        <translation>プロバイダーの鍵セットにトークンと一致する鍵がありません (kid「%1」)。</translation>
    </message>
    <message>
        <source>The provider&apos;s key set could not be fetched.</source>
        <translation>プロバイダーの鍵セットを取得できませんでした。</translation>
    </message>
    <message>
        <source>This provider has no token introspection endpoint.</source>
        <translation>このプロバイダーにはトークンイントロスペクションのエンドポイントがありません。</translation>
    </message>
    <message>
        <source>active: %1</source>
        <translation>active: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>The keychain holds no tokens for this connection</source>
        <translation>キーチェーンにこの接続のトークンがありません</translation>
    </message>
    <message>
        <source>Its tokens are no longer in the keychain: reconnect to use it again.</source>
        <translation>トークンがもうキーチェーンにありません: 再び使うには再接続してください。</translation>
    </message>
    <message>
        <source>The provider accepts the connection (after a refresh)</source>
        <translation>プロバイダーは (更新後に) 接続を受け付けています</translation>
    </message>
    <message>
        <source>The provider accepts the access token</source>
        <translation>プロバイダーはアクセストークンを受け付けています</translation>
    </message>
    <message>
        <source>The provider no longer accepts this connection: reconnect.</source>
        <translation>プロバイダーはもうこの接続を受け付けません: 再接続してください。</translation>
    </message>
    <message>
        <source>The provider no longer accepts this credential: enter a new one (Reconnect).</source>
        <translation>プロバイダーはもうこの認証情報を受け付けません: 新しいものを入力してください (再接続)。</translation>
    </message>
    <message>
        <source>The provider answered HTTP %1 when Keyway checked the connection.</source>
        <translation>Keyway が接続を確認したとき、プロバイダーは HTTP %1 を返しました。</translation>
    </message>
    <message>
        <source>The provider answered HTTP %1; the token was not judged</source>
        <translation>プロバイダーは HTTP %1 を返しました。トークンは判定されていません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin of a connection.</source>
        <translation>「%1」はどの接続のオリジンでもありません。</translation>
    </message>
    <message>
        <source>The credential may now also be sent to %1</source>
        <translation>認証情報は今後 %1 にも送信される可能性があります</translation>
    </message>
    <message>
        <source>Keyway holds renewed tokens for this connection that the keychain has not taken yet (is it locked?): unlock it and try again.</source>
        <translation>Keyway はこの接続の更新済みトークンを保持していますが、キーチェーンがまだ受け付けていません (ロックされていませんか?): ロックを解除してもう一度お試しください。</translation>
    </message>
    <message>
        <source>The private key was deleted from the keychain when this connection was disconnected: load it again.</source>
        <translation>この接続を切断したときに秘密鍵はキーチェーンから削除されました: もう一度読み込んでください。</translation>
    </message>
    <message>
        <source>The client secret was deleted from the keychain when this connection was disconnected: enter it again.</source>
        <translation>この接続を切断したときにクライアントシークレットはキーチェーンから削除されました: もう一度入力してください。</translation>
    </message>
    <message>
        <source>%1 The tokens the provider issued were revoked.</source>
        <translation>%1 プロバイダーが発行したトークンは取り消されました。</translation>
    </message>
    <message>
        <source>%1 Revoking the tokens the provider issued failed too: %2</source>
        <translation>%1 プロバイダーが発行したトークンの取り消しにも失敗しました: %2</translation>
    </message>
    <message>
        <source>This connection was disconnected: connect again.</source>
        <translation>この接続は切断されています: 接続し直してください。</translation>
    </message>
    <message>
        <source>The authorization is no longer valid: connect again.</source>
        <translation>認可はもう有効ではありません: 接続し直してください。</translation>
    </message>
    <message>
        <source>The stored credentials are damaged: connect again.</source>
        <translation>保存された認証情報が破損しています: 接続し直してください。</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>接続はキャンセルされました。</translation>
    </message>
    <message>
        <source>There is no integration &quot;%1&quot; (see keyway integrations).</source>
        <translation>連携「%1」はありません (keyway integrations を参照)。</translation>
    </message>
    <message>
        <source>%1 has no mapping for the unified scope %2; it is not requested</source>
        <translation>%1 には統一スコープ %2 の対応付けがないため、要求しません</translation>
    </message>
    <message>
        <source>Endpoints from %1</source>
        <translation>%1 から取得したエンドポイント</translation>
    </message>
    <message>
        <source>%1 Nothing was opened or requested: the tokens could not be kept.</source>
        <translation>%1 何も開いたり要求したりしていません: トークンを保持できませんでした。</translation>
    </message>
    <message>
        <source>The token endpoint of %1 moved from %2 to %3: Keyway does not send the kept client secret or key there. Give it again to use the new endpoint.</source>
        <translation>%1 のトークンエンドポイントが %2 から %3 に移動しました: Keyway は保存したクライアントシークレットや鍵をそこへは送りません。新しいエンドポイントを使うには、もう一度指定してください。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>This version of Keyway cannot connect with &quot;%1&quot; yet.</source>
        <translation>このバージョンの Keyway はまだ「%1」で接続できません。</translation>
    </message>
    <message>
        <source>This sign-in has already ended.</source>
        <translation>このサインインはすでに終了しています。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>%1 として接続済み</translation>
    </message>
    <message>
        <source>Name the service the exchanged token is for: an audience or a resource.</source>
        <translation>交換したトークンの宛先となるサービスを指定してください（オーディエンスまたはリソース）。</translation>
    </message>
    <message>
        <source>Only a connection holding an OAuth access token can exchange it for another.</source>
        <translation>OAuth アクセストークンを持つ接続だけが、それを別のトークンと交換できます。</translation>
    </message>
    <message>
        <source>This connection holds no access token to exchange: connect again.</source>
        <translation>この接続には交換できるアクセストークンがありません。もう一度接続してください。</translation>
    </message>
    <message>
        <source>Token for %1 (%2)</source>
        <translation>%1 向けのトークン（%2）</translation>
    </message>
    <message>
        <source>Token for %1: %2</source>
        <translation>%1 向けのトークン: %2</translation>
    </message>
    <message>
        <source>The client secret Keyway registered for this integration is not in the keychain. Remove the integration and add it again to register anew.</source>
        <translation>Keyway がこの連携用に登録したクライアントシークレットがキーチェーンにありません。連携を削除し、追加し直して再登録してください。</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; matches %n connection(s): give more of the id.</source>
        <translation>
            <numerusform>「%1」は %n 件の接続に一致します: ID をもっと長く指定してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>This connection&apos;s access token is not bound to a DPoP key, so it needs no proof: use it alone.</source>
        <translation>この接続のアクセストークンは DPoP 鍵に束縛されていないため、証明は不要です: トークンだけを使ってください。</translation>
    </message>
    <message>
        <source>That is not a DPoP nonce: give the value of the server&apos;s DPoP-Nonce header as it is.</source>
        <translation>これは DPoP nonce ではありません: サーバーの DPoP-Nonce ヘッダーの値をそのまま指定してください。</translation>
    </message>
    <message>
        <source>Give the new connection a name.</source>
        <translation>新しい接続に名前を付けてください。</translation>
    </message>
    <message>
        <source>Derived from %1 by token exchange; its token goes to %2</source>
        <translation>%1 からトークン交換で派生。トークンの送信先は %2</translation>
    </message>
    <message>
        <source>Exchanged token saved as %1 (%2)</source>
        <translation>交換したトークンを %1 として保存しました（%2）</translation>
    </message>
</context>
<context>
    <name>keyway::ConnectionsView</name>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>要注意</translation>
    </message>
    <message>
        <source>Needing you (reconnect, error)</source>
        <translation>要対応 (再接続、エラー)</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;connect…</source>
        <translation>再接続(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>今すぐ更新(&amp;R)</translation>
    </message>
    <message>
        <source>Refreshing %1…</source>
        <translation>%1 を更新中…</translation>
    </message>
    <message>
        <source>%1: access token refreshed.</source>
        <translation>%1: アクセストークンを更新しました。</translation>
    </message>
    <message>
        <source>%1: refresh failed: %2</source>
        <translation>%1: 更新に失敗しました: %2</translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation>既定にする(&amp;D)</translation>
    </message>
    <message>
        <source>%1 is now the default for its integration.</source>
        <translation>%1 がこの連携の既定になりました。</translation>
    </message>
    <message>
        <source>keyway token, exec and git use this connection when none is named</source>
        <translation>接続が指定されていないとき、keyway token、exec、git がこの接続を使います</translation>
    </message>
    <message>
        <source>Copy &amp;name</source>
        <translation>名前をコピー(&amp;N)</translation>
    </message>
    <message>
        <source>Copied &quot;%1&quot;.</source>
        <translation>「%1」をコピーしました。</translation>
    </message>
    <message>
        <source>Copy connection &amp;id</source>
        <translation>接続 ID をコピー(&amp;I)</translation>
    </message>
    <message>
        <source>Copied the connection id.</source>
        <translation>接続 ID をコピーしました。</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>切断(&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>削除(&amp;M)…</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 件を表示</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>接続 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) you (press Reconnect)</source>
        <translation>
            <numerusform>%n 件が要対応 (再接続を押してください)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a temporary problem or expiring</source>
        <translation>
            <numerusform>%n 件が一時的な問題ありまたは期限切れ間近</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::CredentialsForm</name>
    <message>
        <source>client_secret_basic: secret in the Authorization header</source>
        <translation>client_secret_basic: シークレットを Authorization ヘッダーで送信</translation>
    </message>
    <message>
        <source>client_secret_post: secret in the request body</source>
        <translation>client_secret_post: シークレットをリクエスト本文で送信</translation>
    </message>
    <message>
        <source>private_key_jwt: assertion signed with your private key</source>
        <translation>private_key_jwt: 秘密鍵で署名したアサーション</translation>
    </message>
    <message>
        <source>none: public client, PKCE only</source>
        <translation>none: パブリッククライアント、PKCE のみ</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>保存済みの鍵を使う場合は空欄のまま</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored account</source>
        <translation>保存済みのアカウントを使う場合は空欄のまま</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored one</source>
        <translation>保存済みのものを使う場合は空欄のまま</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>Paste the token</source>
        <translation>トークンを貼り付け</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>クライアント認証</translation>
    </message>
    <message>
        <source>How Keyway proves to the token endpoint that it is your registered client</source>
        <translation>登録済みクライアントであることを Keyway がトークンエンドポイントに証明する方法</translation>
    </message>
    <message>
        <source>What %1 documents</source>
        <translation>%1 のドキュメントの記載</translation>
    </message>
    <message>
        <source>Client a&amp;uthentication:</source>
        <translation>クライアント認証(&amp;U):</translation>
    </message>
    <message>
        <source>How the client signs in</source>
        <translation>クライアントのサインイン方法</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>クライアントシークレット</translation>
    </message>
    <message>
        <source>Key ID (kid)</source>
        <translation>鍵 ID (kid)</translation>
    </message>
    <message>
        <source>Optional: the key&apos;s thumbprint</source>
        <translation>省略可: 鍵のサムプリント</translation>
    </message>
    <message>
        <source>Load service account key file (JSON)…</source>
        <translation>サービスアカウントのキーファイル (JSON) を読み込む…</translation>
    </message>
    <message>
        <source>Load service account key file (JSON)</source>
        <translation>サービスアカウントのキーファイル (JSON) を読み込む</translation>
    </message>
    <message>
        <source>No key file loaded. Alternatively enter the issuer and a private key below.</source>
        <translation>キーファイルが読み込まれていません。代わりに下で発行者と秘密鍵を入力することもできます。</translation>
    </message>
    <message>
        <source>Issuer (client ID or email)</source>
        <translation>発行者 (クライアント ID またはメール)</translation>
    </message>
    <message>
        <source>No key file loaded: the stored key is kept unless you load another one.</source>
        <translation>キーファイルが読み込まれていません: 別のものを読み込まない限り、保存済みの鍵を使います。</translation>
    </message>
    <message>
        <source>The stored private key is kept unless you load another one.</source>
        <translation>別のものを読み込まない限り、保存済みの秘密鍵を使います。</translation>
    </message>
    <message>
        <source>Act as user (subject)</source>
        <translation>ユーザーとして動作 (サブジェクト)</translation>
    </message>
    <message>
        <source>Optional: domain-wide delegation</source>
        <translation>省略可: ドメイン全体の委任</translation>
    </message>
    <message>
        <source>Private key (PEM):</source>
        <translation>秘密鍵 (PEM):</translation>
    </message>
    <message>
        <source>Service account key file</source>
        <translation>サービスアカウントのキーファイル</translation>
    </message>
    <message>
        <source>JSON key files (*.json);;All files (*)</source>
        <translation>JSON キーファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Loaded the key of %1.</source>
        <translation>%1 の鍵を読み込みました。</translation>
    </message>
    <message>
        <source>%1 publishes a public client for everyone: nothing to type. Keyway signs in as &quot;%2&quot; without a secret (client authentication: none); PKCE protects the sign-in.</source>
        <translation>%1 は誰でも使えるパブリッククライアントを公開しています: 入力は不要です。Keyway はシークレットなしで「%2」としてサインインします (クライアント認証: なし)。サインインは PKCE で保護されます。</translation>
    </message>
    <message>
        <source>No secret is sent: the provider must have registered this client as public, and PKCE protects the sign-in.</source>
        <translation>シークレットは送信されません: プロバイダーがこのクライアントをパブリックとして登録している必要があり、サインインは PKCE で保護されます。</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>保存済みのシークレットを使う場合は空欄のまま</translation>
    </message>
    <message>
        <source>Optional: without it Keyway signs in as a public client</source>
        <translation>省略可: なければ Keyway はパブリッククライアントとしてサインインします</translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation>%1 を入力してください。</translation>
    </message>
    <message>
        <source>Load the private key.</source>
        <translation>秘密鍵を読み込んでください。</translation>
    </message>
    <message>
        <source>Load a service account key file, or enter the issuer and a private key.</source>
        <translation>サービスアカウントのキーファイルを読み込むか、発行者と秘密鍵を入力してください。</translation>
    </message>
    <message>
        <source>tls_client_auth: your TLS client certificate (from a CA)</source>
        <translation>tls_client_auth: あなたの TLS クライアント証明書 (認証局が発行)</translation>
    </message>
    <message>
        <source>self_signed_tls_client_auth: your self-signed TLS client certificate</source>
        <translation>self_signed_tls_client_auth: あなたの自己署名 TLS クライアント証明書</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>既定: %1</translation>
    </message>
</context>
<context>
    <name>keyway::CustomIntegrationBuilder</name>
    <message>
        <source>&quot;%1&quot; cannot be an integration id: use lower case letters, digits and &apos;-&apos;.</source>
        <translation>「%1」は連携の ID にできません: 英小文字、数字、「-」を使ってください。</translation>
    </message>
    <message>
        <source>Added from the issuer %1.</source>
        <translation>発行者 %1 から追加しました。</translation>
    </message>
    <message>
        <source>Register a client with the provider, using {{redirect_uri}} as the redirect URI.</source>
        <translation>リダイレクト URI に {{redirect_uri}} を使って、プロバイダーにクライアントを登録してください。</translation>
    </message>
    <message>
        <source>Enter its client ID (and client secret for a confidential client) when connecting.</source>
        <translation>接続時にクライアント ID (コンフィデンシャルクライアントならクライアントシークレットも) を入力してください。</translation>
    </message>
    <message>
        <source>Endpoints read from %1&apos;s metadata when this integration was added.</source>
        <translation>この連携を追加したときに %1 のメタデータから読み込んだエンドポイント。</translation>
    </message>
    <message>
        <source>Added by hand.</source>
        <translation>手動で追加しました。</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
</context>
<context>
    <name>keyway::CustomIntegrationDialog</name>
    <message>
        <source>As the provider&apos;s metadata says</source>
        <translation>プロバイダーのメタデータの記載どおり</translation>
    </message>
    <message>
        <source>client_secret_basic: secret in the Authorization header</source>
        <translation>client_secret_basic: シークレットを Authorization ヘッダーで送信</translation>
    </message>
    <message>
        <source>client_secret_post: secret in the request body</source>
        <translation>client_secret_post: シークレットをリクエスト本文で送信</translation>
    </message>
    <message>
        <source>private_key_jwt: assertion signed with a private key</source>
        <translation>private_key_jwt: 秘密鍵で署名したアサーション</translation>
    </message>
    <message>
        <source>none: public client, PKCE only</source>
        <translation>none: パブリッククライアント、PKCE のみ</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>⚠ Unsafe: client secrets and tokens sent to this host over http can be read and changed by anyone on the network path. Every connection of this integration will carry this warning. Use it only for a server on your own machine or a test network.</source>
        <translation>⚠ 安全ではありません: http でこのホストに送られるクライアントシークレットとトークンは、ネットワーク経路上の誰でも読み取り・改ざんできます。この連携のすべての接続にこの警告が表示されます。自分のマシン上のサーバーかテスト用ネットワークにだけ使ってください。</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s issuer URL, like https://login.example.com.</source>
        <translation>プロバイダーの発行者 URL を入力してください (例: https://login.example.com)。</translation>
    </message>
    <message>
        <source>The issuer must be a web address starting with https://.</source>
        <translation>発行者は https:// で始まるウェブアドレスである必要があります。</translation>
    </message>
    <message>
        <source>Enter an id for the integration.</source>
        <translation>連携の ID を入力してください。</translation>
    </message>
    <message>
        <source>The id may hold only lower-case letters, digits and &apos;-&apos;, and must start with a letter or digit.</source>
        <translation>ID に使えるのは英小文字、数字、「-」だけで、先頭は英字か数字である必要があります。</translation>
    </message>
    <message>
        <source>An integration with the id &quot;%1&quot; exists already; choose another id.</source>
        <translation>ID「%1」の連携はすでに存在します。別の ID を選んでください。</translation>
    </message>
    <message>
        <source>Scopes are plain words separated by spaces.</source>
        <translation>スコープはスペースで区切った単語です。</translation>
    </message>
    <message>
        <source>%1 was added, but without your client authentication and scopes: %2</source>
        <translation>%1 を追加しましたが、指定したクライアント認証とスコープは反映されていません: %2</translation>
    </message>
    <message>
        <source>The integration could not be added.</source>
        <translation>連携を追加できませんでした。</translation>
    </message>
    <message>
        <source>Enter the issuer first: Keyway then checks whether the server offers registration.</source>
        <translation>まず発行者を入力してください。Keyway がサーバーの登録対応を確認します。</translation>
    </message>
    <message>
        <source>Checking whether the server offers registration…</source>
        <translation>サーバーの登録対応を確認しています…</translation>
    </message>
    <message>
        <source>This server does not offer dynamic client registration.</source>
        <translation>このサーバーは動的クライアント登録に対応していません。</translation>
    </message>
    <message>
        <source>Keyway registers itself at %1 as a client of this server (RFC 7591).</source>
        <translation>Keyway は %1 でこのサーバーのクライアントとして自身を登録します (RFC 7591)。</translation>
    </message>
    <message>
        <source>The server&apos;s metadata could not be read.</source>
        <translation>サーバーのメタデータを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Enter the issuer first: Keyway then checks whether the server supports DPoP.</source>
        <translation>まず発行者を入力してください。Keyway がサーバーの DPoP 対応を確認します。</translation>
    </message>
    <message>
        <source>Checking whether the server supports DPoP…</source>
        <translation>サーバーの DPoP 対応を確認しています…</translation>
    </message>
    <message>
        <source>This server does not support DPoP (its metadata lists no DPoP signing algorithms).</source>
        <translation>このサーバーは DPoP に対応していません (メタデータに DPoP の署名アルゴリズムがありません)。</translation>
    </message>
    <message>
        <source>Every connection&apos;s tokens are bound to a key pair of its own (DPoP, RFC 9449); a client Keyway registers is registered for DPoP-bound tokens only.</source>
        <translation>各接続のトークンは、その接続専用の鍵ペアに結び付けられます (DPoP、RFC 9449)。Keyway が登録するクライアントは、DPoP に束縛されたトークン専用として登録されます。</translation>
    </message>
</context>
<context>
    <name>keyway::DeviceFlow</name>
    <message>
        <source>The provider&apos;s device authorization or token endpoint is not known.</source>
        <translation>プロバイダーのデバイス認可エンドポイントまたはトークンエンドポイントが不明です。</translation>
    </message>
    <message>
        <source>Asking %1 for a user code (client_id %2, scope &quot;%3&quot;)</source>
        <translation>%1 にユーザーコードを要求中 (client_id %2、scope &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>a device authorization response</source>
        <translation>デバイス認可の応答</translation>
    </message>
    <message>
        <source>the device authorization endpoint</source>
        <translation>デバイス認可エンドポイント</translation>
    </message>
    <message>
        <source>The provider&apos;s device authorization answer is incomplete, so the sign-in cannot go on.</source>
        <translation>プロバイダーのデバイス認可の応答が不完全なため、サインインを続けられません。</translation>
    </message>
    <message>
        <source>no valid &quot;%1&quot;</source>
        <translation>有効な「%1」がありません</translation>
    </message>
    <message>
        <source>verification_uri_complete is not an https URL and is ignored</source>
        <translation>verification_uri_complete が https の URL ではないため無視します</translation>
    </message>
    <message>
        <source>no expires_in; assuming %1 s</source>
        <translation>expires_in がありません。%1 秒と見なします</translation>
    </message>
    <message>
        <source>User code issued (device code %1); verify at %2%3; expires in %4 s; polling every %5 s</source>
        <translation>ユーザーコードを発行しました (デバイスコード %1)。%2%3 で確認してください。%4 秒後に期限切れ。%5 秒ごとにポーリングします</translation>
    </message>
    <message>
        <source> (a link with the code filled in was given)</source>
        <translation> (コード入力済みのリンクが提供されました)</translation>
    </message>
    <message>
        <source>Browser opened at %1</source>
        <translation>%1 でブラウザーを開きました</translation>
    </message>
    <message>
        <source>the user code expired at %1 without approval</source>
        <translation>ユーザーコードは承認されないまま %1 に期限切れになりました</translation>
    </message>
    <message>
        <source>Approved after %1 poll(s): access token %2%3</source>
        <translation>%1 回のポーリング後に承認されました: アクセストークン %2%3</translation>
    </message>
    <message>
        <source>, refresh token %1</source>
        <translation>、リフレッシュトークン %1</translation>
    </message>
    <message>
        <source>Waiting for approval on the other device</source>
        <translation>別のデバイスでの承認を待機中</translation>
    </message>
    <message>
        <source>The provider asked to slow down: polling every %1 s</source>
        <translation>プロバイダーから間隔を空けるよう求められました: %1 秒ごとにポーリングします</translation>
    </message>
    <message>
        <source>%1; trying again in %2 s</source>
        <translation>%1。%2 秒後に再試行します</translation>
    </message>
    <message>
        <source>The sign-in was denied on the other device.</source>
        <translation>別のデバイスでサインインが拒否されました。</translation>
    </message>
    <message>
        <source>The code expired before it was approved: start connecting again.</source>
        <translation>承認される前にコードの有効期限が切れました: もう一度接続を始めてください。</translation>
    </message>
    <message>
        <source>The provider did not return an ID token for an OpenID Connect sign-in.</source>
        <translation>OpenID Connect のサインインで、プロバイダーが ID トークンを返しませんでした。</translation>
    </message>
</context>
<context>
    <name>keyway::Discovery</name>
    <message>
        <source>The issuer must be an https URL without query or fragment.</source>
        <translation>発行者はクエリやフラグメントのない https の URL である必要があります。</translation>
    </message>
    <message>
        <source>The metadata URL must be an https URL.</source>
        <translation>メタデータの URL は https の URL である必要があります。</translation>
    </message>
    <message>
        <source>The provider&apos;s metadata document is too large.</source>
        <translation>プロバイダーのメタデータ文書が大きすぎます。</translation>
    </message>
    <message>
        <source>The provider&apos;s metadata could not be fetched.</source>
        <translation>プロバイダーのメタデータを取得できませんでした。</translation>
    </message>
    <message>
        <source>The provider has no metadata document at the expected address.</source>
        <translation>プロバイダーの想定されるアドレスにメタデータ文書がありません。</translation>
    </message>
    <message>
        <source>The provider&apos;s metadata is not valid JSON.</source>
        <translation>プロバイダーのメタデータが有効な JSON ではありません。</translation>
    </message>
    <message>
        <source>The provider&apos;s metadata names a different issuer; it was not used.</source>
        <translation>プロバイダーのメタデータに別の発行者が記載されているため、使用しませんでした。</translation>
    </message>
    <message>
        <source>The provider&apos;s metadata is incomplete or invalid.</source>
        <translation>プロバイダーのメタデータが不完全か無効です。</translation>
    </message>
</context>
<context>
    <name>keyway::Flow</name>
    <message>
        <source>This sign-in does not come back to an address to paste.</source>
        <translation>このサインインは、貼り付けるアドレスには戻りません。</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>接続はキャンセルされました。</translation>
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
        <translation>%1 にもう一度サインインする必要があります</translation>
    </message>
    <message>
        <source>The provider no longer accepts this connection&apos;s grant. Click to reconnect.</source>
        <translation>プロバイダーがもうこの接続の付与を受け付けません。クリックして再接続します。</translation>
    </message>
    <message>
        <source>Reconnect %1…</source>
        <translation>%1 に再接続…</translation>
    </message>
    <message>
        <source>Reconnect %1 before %2</source>
        <translation>%2 より前に %1 に再接続してください</translation>
    </message>
    <message>
        <source>%1&apos;s grant ends then, used or not; only signing in again renews it. Click to reconnect now.</source>
        <translation>%1 の付与は使用の有無にかかわらずその時点で終了し、更新するにはもう一度サインインするしかありません。クリックして今すぐ再接続します。</translation>
    </message>
</context>
<context>
    <name>keyway::HistoryModel</name>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
</context>
<context>
    <name>keyway::Integration</name>
    <message>
        <source>hosts other than this computer</source>
        <translation>このコンピューター以外のホスト</translation>
    </message>
    <message>
        <source>%1 allows plain http to %2: tokens cross the network unencrypted</source>
        <translation>%1 は %2 への暗号化なしの http を許可しています: トークンは暗号化されずにネットワークを通ります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a protocol parameter Keyway sets itself; it cannot be overridden</source>
        <translation>「%1」は Keyway が自分で設定するプロトコルパラメーターのため、上書きできません</translation>
    </message>
    <message>
        <source>PKCE is off for %1: an authorization code intercepted on its way to Keyway could be redeemed by whoever took it (RFC 9700 §2.1.1)</source>
        <translation>%1 では PKCE がオフです: Keyway に届く途中で傍受された認可コードは、傍受した者に使われる可能性があります (RFC 9700 §2.1.1)</translation>
    </message>
</context>
<context>
    <name>keyway::IntegrationListModel</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1、%2、%3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) (worst: %1)</source>
        <translation>
            <numerusform>接続 %n 件 (最も深刻: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>接続 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::IntegrationLoader</name>
    <message>
        <source>The integration file %1 is not valid: %2</source>
        <translation>連携ファイル %1 は無効です: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it is not read as an integration file.</source>
        <translation>%1 は通常のファイルではないため、連携ファイルとして読み込みません。</translation>
    </message>
    <message>
        <source>The integration file %1 cannot be read.</source>
        <translation>連携ファイル %1 を読み込めません。</translation>
    </message>
</context>
<context>
    <name>keyway::IntegrationPage</name>
    <message>
        <source>Unknown integration</source>
        <translation>不明な連携</translation>
    </message>
    <message>
        <source>%1 icon</source>
        <translation>%1 のアイコン</translation>
    </message>
    <message>
        <source> · custom integration</source>
        <translation> · カスタム連携</translation>
    </message>
    <message>
        <source>⚠ Warning: %1. Client secrets and tokens sent over plain http can be read and changed by anyone on the network path; use this only for a test server.</source>
        <translation>⚠ 警告: %1。暗号化なしの http で送信されるクライアントシークレットとトークンは、ネットワーク経路上の誰でも読み取り・改ざんできます。テスト用サーバーにだけ使ってください。</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Provider documentation&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;プロバイダーのドキュメント&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>%1 に接続</translation>
    </message>
    <message>
        <source>Connections (%1)</source>
        <translation>接続 (%1)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 を削除しますか?</translation>
    </message>
    <message>
        <source>Remove the custom integration %1?</source>
        <translation>カスタム連携 %1 を削除しますか?</translation>
    </message>
    <message>
        <source>Its file is deleted from Keyway&apos;s folder of custom integrations. You can add it again at any time.</source>
        <translation>そのファイルは Keyway のカスタム連携フォルダーから削除されます。いつでも追加し直せます。</translation>
    </message>
    <message numerus="yes">
        <source>Its file is deleted. Its %n connection(s) stay in the list, but cannot be used or reconnected until you add the integration again.</source>
        <translation>
            <numerusform>そのファイルは削除されます。%n 件の接続は一覧に残りますが、連携を追加し直すまで使用も再接続もできません。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 は削除されませんでした: %2</translation>
    </message>
    <message>
        <source>Keyway&apos;s client registration at the provider is deleted too.</source>
        <translation>プロバイダーにある Keyway のクライアント登録も削除されます。</translation>
    </message>
    <message>
        <source>%1 was removed, but: %2</source>
        <translation>%1 を削除しましたが、次の問題があります: %2</translation>
    </message>
</context>
<context>
    <name>keyway::Introspection</name>
    <message>
        <source>This provider offers no token introspection.</source>
        <translation>このプロバイダーはトークンイントロスペクションを提供していません。</translation>
    </message>
    <message>
        <source>There is no token to look up.</source>
        <translation>調べるトークンがありません。</translation>
    </message>
    <message>
        <source>an introspection answer</source>
        <translation>イントロスペクションの応答</translation>
    </message>
    <message>
        <source>The provider&apos;s introspection answer does not say whether the token is active.</source>
        <translation>プロバイダーのイントロスペクションの応答に、トークンが有効かどうかが示されていません。</translation>
    </message>
</context>
<context>
    <name>keyway::JwksCache</name>
    <message>
        <source>The provider&apos;s key set address is not a secure (https) URL.</source>
        <translation>プロバイダーの鍵セットのアドレスが安全な (https の) URL ではありません。</translation>
    </message>
    <message>
        <source>The provider&apos;s key set (JWKS) is unreasonably large.</source>
        <translation>プロバイダーの鍵セット (JWKS) が異常に大きすぎます。</translation>
    </message>
    <message>
        <source>The provider&apos;s key set (JWKS) did not arrive in time.</source>
        <translation>プロバイダーの鍵セット (JWKS) が時間内に届きませんでした。</translation>
    </message>
    <message>
        <source>The provider&apos;s key set (JWKS) could not be downloaded (HTTP %1).</source>
        <translation>プロバイダーの鍵セット (JWKS) をダウンロードできませんでした (HTTP %1)。</translation>
    </message>
    <message>
        <source>The provider&apos;s key set (JWKS) could not be downloaded.</source>
        <translation>プロバイダーの鍵セット (JWKS) をダウンロードできませんでした。</translation>
    </message>
    <message>
        <source>The provider&apos;s key set address did not return JSON.</source>
        <translation>プロバイダーの鍵セットのアドレスが JSON を返しませんでした。</translation>
    </message>
    <message>
        <source>The provider&apos;s key set (JWKS) holds no usable signing key.</source>
        <translation>プロバイダーの鍵セット (JWKS) に使用可能な署名鍵がありません。</translation>
    </message>
</context>
<context>
    <name>keyway::JwtBearerFlow</name>
    <message>
        <source>The service account (the assertion&apos;s issuer) is not known.</source>
        <translation>サービスアカウント (アサーションの発行者) が不明です。</translation>
    </message>
    <message>
        <source>No private key is stored for this connection: connect again with the key file.</source>
        <translation>この接続には秘密鍵が保存されていません: キーファイルで接続し直してください。</translation>
    </message>
    <message>
        <source>The stored private key cannot be used: %1</source>
        <translation>保存された秘密鍵は使用できません: %1</translation>
    </message>
    <message>
        <source>Could not sign the assertion: %1</source>
        <translation>アサーションに署名できませんでした: %1</translation>
    </message>
    <message>
        <source>JWT bearer grant at %1: iss %2%3, aud %4, key %5, scope &quot;%6&quot;</source>
        <translation>%1 での JWT ベアラーグラント: iss %2%3、aud %4、鍵 %5、scope &quot;%6&quot;</translation>
    </message>
    <message>
        <source>, sub %1</source>
        <translation>、sub %1</translation>
    </message>
</context>
<context>
    <name>keyway::Keeper</name>
    <message>
        <source>its grant ended %1</source>
        <translation>付与は %1 に終了しました</translation>
    </message>
</context>
<context>
    <name>keyway::KeeperTimer</name>
    <message>
        <source>systemd cannot run Keyway from %1: move it to a path without quotes, backslashes or line breaks.</source>
        <translation>systemd は %1 から Keyway を実行できません: 引用符、バックスラッシュ、改行を含まないパスに移動してください。</translation>
    </message>
    <message>
        <source>Keyway could not create %1.</source>
        <translation>Keyway は %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Keyway could not remove %1.</source>
        <translation>Keyway は %1 を削除できませんでした。</translation>
    </message>
    <message>
        <source>systemctl was not found (or KEYWAY_SYSTEMCTL is empty): the timer runs once systemd&apos;s user manager loads it (systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now %1).</source>
        <translation>systemctl が見つかりません (または KEYWAY_SYSTEMCTL が空です): systemd のユーザーマネージャーが読み込めばタイマーは動作します (systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now %1)。</translation>
    </message>
    <message>
        <source>systemd&apos;s user manager did not take &quot;systemctl %1&quot; (%2): the files are in place; in your desktop session run: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now %3</source>
        <translation>systemd のユーザーマネージャーが「systemctl %1」を受け付けませんでした (%2): ファイルは配置済みです。デスクトップセッションで次を実行してください: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now %3</translation>
    </message>
</context>
<context>
    <name>keyway::KeychainRecovery</name>
    <message>
        <source>Recovered from the keychain</source>
        <translation>キーチェーンから復元しました</translation>
    </message>
    <message>
        <source>Recovered from the keychain after the database lost its record</source>
        <translation>データベースが記録を失った後、キーチェーンから復元しました</translation>
    </message>
    <message>
        <source>Taken back from the keychain to be revoked</source>
        <translation>取り消すためにキーチェーンから取り戻しました</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>キーチェーンを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>%1 could not be recovered: %2</source>
        <translation>%1 を復元できませんでした: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Keyway&apos;s database has no record of %n connection(s) whose tokens are still in the keychain (the database was deleted, emptied or replaced).</source>
        <translation>
            <numerusform>トークンがキーチェーンに残っている接続 %n 件の記録が Keyway のデータベースにありません (データベースが削除、空にされた、または置き換えられました)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) recovered from the keychain.</source>
        <translation>
            <numerusform>キーチェーンから接続を %n 件復元しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) saved by an older Keyway cannot be rebuilt: revoke and remove them, then connect again.</source>
        <translation>
            <numerusform>古いバージョンの Keyway で保存された接続 %n 件は再構築できません: 取り消して削除してから、接続し直してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) revoked at their providers and removed.</source>
        <translation>
            <numerusform>接続 %n 件をプロバイダー側で取り消し、削除しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::KeychainSecretStore</name>
    <message>
        <source>A keychain entry of Keyway&apos;s is damaged (its parts do not match).</source>
        <translation>Keyway のキーチェーン項目が破損しています (各部分が一致しません)。</translation>
    </message>
    <message>
        <source>A keychain entry of Keyway&apos;s is incomplete.</source>
        <translation>Keyway のキーチェーン項目が不完全です。</translation>
    </message>
</context>
<context>
    <name>keyway::LoopbackServer</name>
    <message>
        <source>Keyway only listens on the loopback addresses 127.0.0.1 and ::1.</source>
        <translation>Keyway が待ち受けるのはループバックアドレス 127.0.0.1 と ::1 だけです。</translation>
    </message>
    <message>
        <source>This listener is already running.</source>
        <translation>この受信処理はすでに実行中です。</translation>
    </message>
    <message>
        <source>Port %1 on %2 is already in use by another program. Close that program, or choose another port if the provider allows it.</source>
        <translation>%2 のポート %1 はすでに別のプログラムが使用しています。そのプログラムを終了するか、プロバイダーが許可していれば別のポートを選んでください。</translation>
    </message>
    <message>
        <source>Keyway is not allowed to listen on port %1. Choose a port above 1023.</source>
        <translation>Keyway はポート %1 で待ち受けることを許可されていません。1023 より大きいポートを選んでください。</translation>
    </message>
    <message>
        <source>Keyway could not listen on %1.</source>
        <translation>Keyway は %1 で待ち受けられませんでした。</translation>
    </message>
</context>
<context>
    <name>keyway::MainWindow</name>
    <message>
        <source>All categories</source>
        <translation>すべてのカテゴリ</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Removed the custom integration %1.</source>
        <translation>カスタム連携 %1 を削除しました。</translation>
    </message>
    <message>
        <source>Connection removed.</source>
        <translation>接続を削除しました。</translation>
    </message>
    <message>
        <source>Recover them from the keychain, or revoke them at their providers and remove them.</source>
        <translation>キーチェーンから復元するか、プロバイダー側で取り消して削除してください。</translation>
    </message>
    <message>
        <source>Revoke them at their providers and remove them.</source>
        <translation>プロバイダー側で取り消して削除してください。</translation>
    </message>
    <message>
        <source>Recovering connections from the keychain…</source>
        <translation>キーチェーンから接続を復元中…</translation>
    </message>
    <message>
        <source>Revoke and remove the lost connections?</source>
        <translation>失われた接続を取り消して削除しますか?</translation>
    </message>
    <message>
        <source>Revoke and remove the lost connection?</source>
        <translation>失われた接続を取り消して削除しますか?</translation>
    </message>
    <message>
        <source>Revoke and remove %1 lost connections?</source>
        <translation>失われた接続 %1 件を取り消して削除しますか?</translation>
    </message>
    <message>
        <source>Keyway revokes their grants at their providers and deletes their tokens from the keychain. To use them again you connect them again.</source>
        <translation>Keyway はプロバイダー側でそれらの付与を取り消し、トークンをキーチェーンから削除します。再び使うには接続し直してください。</translation>
    </message>
    <message>
        <source>Re&amp;voke and remove</source>
        <translation>取り消して削除(&amp;V)</translation>
    </message>
    <message>
        <source>Revoking the lost connections…</source>
        <translation>失われた接続を取り消し中…</translation>
    </message>
    <message>
        <source>The secret vault is locked: connections cannot use their tokens until you unlock it.</source>
        <translation>秘密情報の保管庫がロックされています: ロックを解除するまで、接続はトークンを使えません。</translation>
    </message>
    <message>
        <source>Hide these notices</source>
        <translation>これらのお知らせを隠す</translation>
    </message>
    <message>
        <source>Dismiss notices</source>
        <translation>お知らせを閉じる</translation>
    </message>
    <message>
        <source>&amp;Recover connections</source>
        <translation>接続を復元(&amp;R)</translation>
    </message>
    <message>
        <source>Rebuild the connections the database lost from their entries in the keychain</source>
        <translation>データベースが失った接続を、キーチェーンの項目から再構築します</translation>
    </message>
    <message>
        <source>Recover the lost connections from the keychain</source>
        <translation>失われた接続をキーチェーンから復元します</translation>
    </message>
    <message>
        <source>Re&amp;voke and remove…</source>
        <translation>取り消して削除(&amp;V)…</translation>
    </message>
    <message>
        <source>Revoke the lost connections at their providers and delete their entries from the keychain</source>
        <translation>失われた接続をプロバイダー側で取り消し、キーチェーンの項目を削除します</translation>
    </message>
    <message>
        <source>Revoke and remove the lost connections</source>
        <translation>失われた接続を取り消して削除します</translation>
    </message>
    <message>
        <source>&amp;Unlock vault…</source>
        <translation>保管庫のロックを解除(&amp;U)…</translation>
    </message>
    <message>
        <source>Enter the passphrase of Keyway&apos;s encrypted secret vault</source>
        <translation>Keyway の暗号化された秘密情報保管庫のパスフレーズを入力します</translation>
    </message>
    <message>
        <source>Unlock the secret vault</source>
        <translation>秘密情報の保管庫のロックを解除します</translation>
    </message>
    <message>
        <source>Vault unlocked.</source>
        <translation>保管庫のロックを解除しました。</translation>
    </message>
    <message>
        <source>The vault stays locked. Unlock it with File ▸ Unlock vault… (Ctrl+Shift+U).</source>
        <translation>保管庫はロックされたままです。ファイル ▸ 保管庫のロックを解除… (Ctrl+Shift+U) で解除してください。</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 を追加しました。</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>おかえりなさい</translation>
    </message>
    <message>
        <source>Choose an integration on the left to see its connections, or pick &quot;Connected&quot; in the category list to see only the ones in use.</source>
        <translation>左の連携を選ぶとその接続が表示されます。使用中のものだけを見るには、カテゴリ一覧で「接続済み」を選んでください。</translation>
    </message>
    <message>
        <source>&amp;Connect an account…</source>
        <translation>アカウントを接続(&amp;C)…</translation>
    </message>
    <message>
        <source>No connections yet</source>
        <translation>まだ接続がありません</translation>
    </message>
    <message>
        <source>Connect Keyway Sandbox to try everything without an account: sign-in, token refresh, the token inspector and the request console.</source>
        <translation>Keyway Sandbox に接続すると、アカウントなしですべてを試せます: サインイン、トークンの更新、トークンインスペクター、リクエストコンソール。</translation>
    </message>
    <message>
        <source>&amp;Connect Keyway Sandbox…</source>
        <translation>Keyway Sandbox に接続(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose an integration on the left (Ctrl+F to search) and press Connect. Each integration page says what to register at the provider first.</source>
        <translation>左で連携を選び (Ctrl+F で検索)、「接続」を押してください。各連携のページに、最初にプロバイダーで登録するものが書かれています。</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>接続(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Copy &amp;id</source>
        <translation>ID をコピー(&amp;I)</translation>
    </message>
    <message>
        <source>Copied &quot;%1&quot;.</source>
        <translation>「%1」をコピーしました。</translation>
    </message>
    <message>
        <source>&amp;Remove integration…</source>
        <translation>連携を削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Your connections (%1)</source>
        <translation>あなたの接続 (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A Keyway Sandbox fault is on: %1.</source>
        <translation>Keyway Sandbox の障害がオンです: %1。</translation>
    </message>
    <message>
        <source>Keyway Sandbox faults are on: %1.</source>
        <translation>Keyway Sandbox の障害がオンです: %1。</translation>
    </message>
    <message>
        <source>Connections to the sandbox fail on purpose until it is switched off.</source>
        <translation>オフにするまで、サンドボックスへの接続は意図的に失敗します。</translation>
    </message>
    <message>
        <source>Sandbox &amp;panel…</source>
        <translation>サンドボックスパネル(&amp;P)…</translation>
    </message>
    <message>
        <source>Switch all &amp;off</source>
        <translation>すべてオフ(&amp;O)</translation>
    </message>
    <message>
        <source>Every sandbox fault is off.</source>
        <translation>サンドボックスの障害はすべてオフです。</translation>
    </message>
    <message>
        <source>Choose an integration first.</source>
        <translation>先に連携を選んでください。</translation>
    </message>
    <message>
        <source>Connected; the provider did not say which account.</source>
        <translation>接続しました。プロバイダーはどのアカウントかを示しませんでした。</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>%1 として接続しました。</translation>
    </message>
    <message>
        <source>%1 needs to be reconnected: press Reconnect beside it in Your connections, or Ctrl+R.</source>
        <translation>%1 は再接続が必要です: 「あなたの接続」でその横の「再接続」を押すか、Ctrl+R を押してください。</translation>
    </message>
    <message>
        <source>Keyway Sandbox</source>
        <translation>Keyway Sandbox</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>%1 について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;A connection manager for API integrations: OAuth 2.0, OpenID Connect, API keys and more, with secrets kept in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;API 連携のための接続マネージャー: OAuth 2.0、OpenID Connect、API キーなどに対応し、秘密情報はシステムのキーチェーンに保管します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 cannot start</source>
        <translation>%1 を起動できません</translation>
    </message>
    <message>
        <source>%1 could not open its data.</source>
        <translation>%1 はデータを開けませんでした。</translation>
    </message>
    <message>
        <source>Nothing was changed. Fix the problem and start %1 again.</source>
        <translation>何も変更されていません。問題を解決してから %1 をもう一度起動してください。</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>エラーコード: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n integration(s) shown</source>
        <translation>
            <numerusform>%n 件中 %1 件の連携を表示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>接続 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your connections (%1) · ⚠ %n need(s) you</source>
        <translation>
            <numerusform>あなたの接続 (%1) · ⚠ %n 件が要対応</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your connections: %n connection(s)</source>
        <translation>
            <numerusform>あなたの接続: 接続 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n need(s) you (worst: %2)</source>
        <translation>
            <numerusform>%1、%n 件が要対応 (最も深刻: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds an exchanged token: exchange again from the connection it was derived from.</source>
        <translation>%1 は交換したトークンを保持しています。派生元の接続から再度交換してください。</translation>
    </message>
</context>
<context>
    <name>keyway::MessagePanel</name>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Something failed.</source>
        <translation>問題が発生しました。</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP ステータス %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>エラーコード: %1</translation>
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
        <translation>クリップボード</translation>
    </message>
    <message>
        <source>This is too large to be a private key.</source>
        <translation>秘密鍵としては大きすぎます。</translation>
    </message>
    <message>
        <source>no PEM private key</source>
        <translation>PEM の秘密鍵ではありません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 key loaded from %2.</source>
        <translation>%2 から %1 鍵を読み込みました。</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>秘密鍵</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation>PEM ファイル (*.pem *.key);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Generating a %1 key pair…</source>
        <translation>%1 の鍵ペアを生成中…</translation>
    </message>
    <message>
        <source>No key was generated: %1</source>
        <translation>鍵は生成されませんでした: %1</translation>
    </message>
    <message>
        <source>New %1 key pair generated. Register its public key (below) with %2.</source>
        <translation>新しい %1 の鍵ペアを生成しました。その公開鍵 (下) を %2 に登録してください。</translation>
    </message>
</context>
<context>
    <name>keyway::ProtocolClient</name>
    <message>
        <source>The provider&apos;s answer was too large and was not read.</source>
        <translation>プロバイダーの応答が大きすぎたため、読み込みませんでした。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>The provider did not answer in time. Check your connection and try again.</source>
        <translation>プロバイダーが時間内に応答しませんでした。接続を確認してもう一度お試しください。</translation>
    </message>
    <message>
        <source>The secure connection to the provider could not be verified.</source>
        <translation>プロバイダーとの安全な接続を検証できませんでした。</translation>
    </message>
    <message>
        <source>The provider&apos;s server could not be found. Check the address and your connection.</source>
        <translation>プロバイダーのサーバーが見つかりませんでした。アドレスと接続を確認してください。</translation>
    </message>
    <message>
        <source>The provider&apos;s server refused the connection.</source>
        <translation>プロバイダーのサーバーが接続を拒否しました。</translation>
    </message>
    <message>
        <source>Could not reach the provider. Check your connection and try again.</source>
        <translation>プロバイダーに接続できませんでした。接続を確認してもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>keyway::PushedAuthorizationRequest</name>
    <message>
        <source>an answer to the pushed authorization request</source>
        <translation>プッシュ型認可リクエストへの応答</translation>
    </message>
    <message>
        <source>The provider&apos;s answer to the pushed authorization request has no usable request_uri.</source>
        <translation>プッシュ型認可リクエストに対するプロバイダーの応答に、使える request_uri がありません。</translation>
    </message>
</context>
<context>
    <name>keyway::RedirectHandoff</name>
    <message>
        <source>Keyway did not answer in time.</source>
        <translation>Keyway が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>This is not a sign-in response for Keyway.</source>
        <translation>これは Keyway へのサインインの応答ではありません。</translation>
    </message>
    <message>
        <source>This response names no Keyway sign-in (it carries no state), so it was not used.</source>
        <translation>この応答はどの Keyway のサインインも示していない (state がない) ため、使用しませんでした。</translation>
    </message>
    <message>
        <source>No Keyway sign-in is waiting for this response: it has ended, timed out, or belongs to another attempt. Start connecting again in Keyway.</source>
        <translation>この応答を待っている Keyway のサインインはありません: 終了したか、タイムアウトしたか、別の試行のものです。Keyway でもう一度接続を始めてください。</translation>
    </message>
    <message>
        <source>Keyway&apos;s answer was not understood.</source>
        <translation>Keyway の応答を解釈できませんでした。</translation>
    </message>
</context>
<context>
    <name>keyway::RefreshCoordinator</name>
    <message>
        <source>The provider gave no refresh token, so this connection cannot renew itself: connect again.</source>
        <translation>プロバイダーがリフレッシュトークンを返さなかったため、この接続は自分で更新できません: 接続し直してください。</translation>
    </message>
    <message>
        <source>No such connection.</source>
        <translation>そのような接続はありません。</translation>
    </message>
    <message>
        <source>This kind of connection has no token to refresh.</source>
        <translation>この種類の接続には更新するトークンがありません。</translation>
    </message>
    <message>
        <source>The stored credentials are damaged: connect again.</source>
        <translation>保存された認証情報が破損しています: 接続し直してください。</translation>
    </message>
    <message>
        <source>This connection was disconnected: connect again.</source>
        <translation>この接続は切断されています: 接続し直してください。</translation>
    </message>
    <message>
        <source>The authorization is no longer valid: connect again.</source>
        <translation>認可はもう有効ではありません: 接続し直してください。</translation>
    </message>
    <message>
        <source>A renewal sent at %1 never finished (its process ended or its answer was lost): the provider may already have replaced the refresh token</source>
        <translation>%1 に送信した更新が完了していません (プロセスが終了したか、応答が失われました): プロバイダーはすでにリフレッシュトークンを置き換えた可能性があります</translation>
    </message>
    <message>
        <source>Using the current access token until it expires at %1 before trying the refresh token again</source>
        <translation>リフレッシュトークンを再試行する前に、%1 の期限切れまで現在のアクセストークンを使います</translation>
    </message>
    <message>
        <source>The provider says the refresh token is still valid</source>
        <translation>プロバイダーによると、リフレッシュトークンはまだ有効です</translation>
    </message>
    <message>
        <source>The provider says the refresh token is no longer valid</source>
        <translation>プロバイダーによると、リフレッシュトークンはもう有効ではありません</translation>
    </message>
    <message>
        <source>An interrupted renewal used up this connection&apos;s refresh token and its replacement was lost: connect again.</source>
        <translation>中断された更新がこの接続のリフレッシュトークンを使い切り、その代わりが失われました: 接続し直してください。</translation>
    </message>
    <message>
        <source>Refreshing (refresh token %1)</source>
        <translation>更新中 (リフレッシュトークン %1)</translation>
    </message>
    <message>
        <source>Retrying the refresh (attempt %1)</source>
        <translation>更新を再試行中 (%1 回目)</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3 of %4).</source>
        <translation>%1 %2 秒後に再試行します (%4 回中 %3 回目)。</translation>
    </message>
    <message>
        <source>%1 The provider may have renewed the token without Keyway hearing of it: Keyway keeps the current tokens and checks before trying again.</source>
        <translation>%1 Keyway が知らないうちにプロバイダーがトークンを更新した可能性があります: Keyway は現在のトークンを保持し、再試行する前に確認します。</translation>
    </message>
    <message>
        <source>New access token %1%2</source>
        <translation>新しいアクセストークン %1%2</translation>
    </message>
    <message>
        <source>, refresh token %1</source>
        <translation>、リフレッシュトークン %1</translation>
    </message>
    <message>
        <source>The renewed tokens could not be saved in the keychain (%1): Keyway keeps them in memory and saves them as soon as the keychain is available again. Until then the connection is at risk: if Keyway quits first, you may have to connect again.</source>
        <translation>更新されたトークンをキーチェーンに保存できませんでした (%1): Keyway はメモリに保持し、キーチェーンが再び使えるようになり次第保存します。それまでの間、接続は危険な状態です: 先に Keyway を終了すると、接続し直す必要があるかもしれません。</translation>
    </message>
    <message>
        <source>The renewed tokens held in memory are now saved in the keychain</source>
        <translation>メモリに保持していた更新済みトークンをキーチェーンに保存しました</translation>
    </message>
    <message>
        <source>The renewal was stopped before attempt %1. The connection keeps its current tokens.</source>
        <translation>%1 回目の試行の前に更新を停止しました。接続は現在のトークンを保持します。</translation>
    </message>
</context>
<context>
    <name>keyway::RequestConsole</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>No request sent yet.</source>
        <translation>まだリクエストを送信していません。</translation>
    </message>
    <message>
        <source>⚠ Enter a URL first.</source>
        <translation>⚠ 先に URL を入力してください。</translation>
    </message>
    <message>
        <source>⚠ The request could not be started.</source>
        <translation>⚠ リクエストを開始できませんでした。</translation>
    </message>
    <message>
        <source>Send the credential to %1?</source>
        <translation>認証情報を %1 に送信しますか?</translation>
    </message>
    <message>
        <source>%1 is not one of this connection&apos;s addresses.</source>
        <translation>%1 はこの接続のアドレスではありません。</translation>
    </message>
    <message>
        <source>Whoever runs %1 could use this connection&apos;s credential as you. Send the request without it unless you trust that site with this connection.</source>
        <translation>%1 の運営者は、この接続の認証情報をあなたとして使える可能性があります。そのサイトにこの接続を任せられるのでない限り、認証情報なしでリクエストを送信してください。</translation>
    </message>
    <message>
        <source>Send without the credential</source>
        <translation>認証情報なしで送信</translation>
    </message>
    <message>
        <source>Send the credential</source>
        <translation>認証情報を送信</translation>
    </message>
    <message>
        <source>Always send it to %1 for this connection</source>
        <translation>この接続では常に %1 に送信する</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Sending… %1 s</source>
        <translation>送信中… %1 秒</translation>
    </message>
    <message>
        <source> · %1 received</source>
        <translation> · %1 受信</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>⚠ Not sent: %1</source>
        <translation>⚠ 送信されていません: %1</translation>
    </message>
    <message>
        <source>⚠ No answer: %1</source>
        <translation>⚠ 応答なし: %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2 · %3 · %4</source>
        <translation>HTTP %1 %2 · %3 · %4</translation>
    </message>
    <message>
        <source> · the token was refreshed and the request retried</source>
        <translation> · トークンを更新してリクエストを再試行しました</translation>
    </message>
    <message>
        <source> · ⚠ %1</source>
        <translation> · ⚠ %1</translation>
    </message>
    <message>
        <source>Reconnect with %1</source>
        <translation>%1 で再接続</translation>
    </message>
    <message>
        <source>Reconnect with the permission %1</source>
        <translation>権限 %1 付きで再接続</translation>
    </message>
    <message>
        <source>The response has no body.</source>
        <translation>応答に本文がありません。</translation>
    </message>
    <message>
        <source>Formatting %1…</source>
        <translation>%1 を整形中…</translation>
    </message>
    <message>
        <source>Binary content (%1). Save the body to look at it.</source>
        <translation>バイナリの内容 (%1)。見るには本文を保存してください。</translation>
    </message>
    <message>
        <source>Binary content is not shown.</source>
        <translation>バイナリの内容は表示されません。</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>%2 のうち最初の %1 を表示しています。</translation>
    </message>
    <message>
        <source>The body was cut off at %1 by Keyway&apos;s size limit.</source>
        <translation>Keyway のサイズ上限により、本文は %1 で切り詰められました。</translation>
    </message>
    <message>
        <source>Formatting all %1…</source>
        <translation>%1 すべてを整形中…</translation>
    </message>
    <message>
        <source>Save response body</source>
        <translation>応答本文を保存</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation>⚠ 保存されていません: %1</translation>
    </message>
    <message>
        <source>⚠ No cURL command: %1</source>
        <translation>⚠ cURL コマンドがありません: %1</translation>
    </message>
    <message>
        <source>⚠ The credential cannot be copied here.</source>
        <translation>⚠ ここでは認証情報をコピーできません。</translation>
    </message>
    <message>
        <source>The DPoP proof in this command is good for one request, within a few minutes: copy the command again for each run.</source>
        <translation>このコマンドの DPoP 証明は数分以内の 1 回のリクエストにだけ使えます。実行するたびにコマンドをコピーし直してください。</translation>
    </message>
</context>
<context>
    <name>keyway::Revoker</name>
    <message>
        <source>This provider offers no way to revoke tokens; remove the app&apos;s access in the provider&apos;s account settings instead.</source>
        <translation>このプロバイダーにはトークンを取り消す方法がありません。代わりにプロバイダーのアカウント設定でアプリのアクセスを削除してください。</translation>
    </message>
    <message>
        <source>There is no token to revoke.</source>
        <translation>取り消すトークンがありません。</translation>
    </message>
    <message>
        <source>a revocation answer</source>
        <translation>取り消しの応答</translation>
    </message>
    <message>
        <source>The provider cannot revoke the token right now. Try again later.</source>
        <translation>プロバイダーは現在トークンを取り消せません。後でもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>keyway::SandboxPanel</name>
    <message>
        <source>Connect…</source>
        <translation>接続…</translation>
    </message>
    <message>
        <source>Connect to the Keyway Sandbox (%1)</source>
        <translation>Keyway Sandbox に接続 (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — client %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — クライアント %2</translation>
    </message>
    <message>
        <source>Keyway should %1</source>
        <translation>Keyway が行うべきこと: %1</translation>
    </message>
    <message>
        <source>Applies to the next request only, then switches itself off.</source>
        <translation>次のリクエストにだけ適用され、その後自動的にオフになります。</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1、%2 に</translation>
    </message>
    <message>
        <source>Stopped. Keyway starts it when you connect or use the Keyway Sandbox.</source>
        <translation>停止中。接続したり Keyway Sandbox を使ったりすると Keyway が起動します。</translation>
    </message>
    <message>
        <source>Running at %1</source>
        <translation>%1 で実行中</translation>
    </message>
    <message>
        <source>Served by another Keyway process at %1; the switches below act on it.</source>
        <translation>別の Keyway プロセスが %1 で提供しています。下のスイッチはそれに作用します。</translation>
    </message>
    <message>
        <source>on until switched off</source>
        <translation>オフにするまでオン</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every fault is off.</source>
        <translation>すべての障害はオフです。</translation>
    </message>
    <message>
        <source>On: %1.</source>
        <translation>オン: %1。</translation>
    </message>
    <message>
        <source>%1: done at %2.</source>
        <translation>%1: %2 に完了。</translation>
    </message>
    <message>
        <source>Connect makes a new client certificate, registers it with the sandbox and picks it in the connect dialog.</source>
        <translation>「接続」を押すと、新しいクライアント証明書を作成してサンドボックスに登録し、接続ダイアログで選択します。</translation>
    </message>
</context>
<context>
    <name>keyway::SandboxServer</name>
    <message>
        <source>Stop the Keyway Sandbox before it changes its store.</source>
        <translation>ストアを変更する前に Keyway Sandbox を停止してください。</translation>
    </message>
    <message>
        <source>The Keyway Sandbox already runs on port %1; stop it first.</source>
        <translation>Keyway Sandbox はすでにポート %1 で実行中です。先に停止してください。</translation>
    </message>
    <message>
        <source>The Keyway Sandbox could not make its signing key.</source>
        <translation>Keyway Sandbox は署名鍵を作成できませんでした。</translation>
    </message>
    <message>
        <source>The Keyway Sandbox needs port %1 on 127.0.0.1, but another program that is not a Keyway Sandbox uses it. Close that program and try again.</source>
        <translation>Keyway Sandbox には 127.0.0.1 のポート %1 が必要ですが、Keyway Sandbox ではない別のプログラムが使用しています。そのプログラムを終了してもう一度お試しください。</translation>
    </message>
    <message>
        <source>The Keyway Sandbox needs port %1 on 127.0.0.1, but a Keyway Sandbox that is not yours holds it (another user&apos;s, or one working from another data folder). Stop that one and try again.</source>
        <translation>Keyway Sandbox には 127.0.0.1 のポート %1 が必要ですが、あなたのものではない Keyway Sandbox (別のユーザーのもの、または別のデータフォルダーで動作しているもの) が使用しています。それを停止してもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>keyway::SaveExchangedDialog</name>
    <message>
        <source>&amp;Save connection</source>
        <translation>接続を保存(&amp;S)</translation>
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
        <translation>Keyway のアプリリダイレクト用フォルダー (%1) は安全に使用できません: %2。</translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation>フォルダーではありません</translation>
    </message>
    <message>
        <source>it belongs to another user</source>
        <translation>別のユーザーが所有しています</translation>
    </message>
    <message>
        <source>others may open it</source>
        <translation>他のユーザーが開ける状態です</translation>
    </message>
    <message>
        <source>This sign-in listener was already used.</source>
        <translation>このサインインの受信処理はすでに使用されています。</translation>
    </message>
    <message>
        <source>The app redirect is not configured.</source>
        <translation>アプリのリダイレクトが設定されていません。</translation>
    </message>
    <message>
        <source>Keyway could not wait for the app redirect.</source>
        <translation>Keyway はアプリのリダイレクトを待機できませんでした。</translation>
    </message>
    <message>
        <source>Not a valid sign-in response</source>
        <translation>有効なサインインの応答ではありません</translation>
    </message>
    <message>
        <source>The redirect is too long.</source>
        <translation>リダイレクトが長すぎます。</translation>
    </message>
    <message>
        <source>This sign-in is over</source>
        <translation>このサインインは終了しました</translation>
    </message>
    <message>
        <source>Keyway is no longer waiting for this response.</source>
        <translation>Keyway はもうこの応答を待っていません。</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>This is not Keyway&apos;s redirect URI.</source>
        <translation>これは Keyway のリダイレクト URI ではありません。</translation>
    </message>
</context>
<context>
    <name>keyway::ScopeVocabulary</name>
    <message>
        <source>The unified scope list is not valid.</source>
        <translation>統一スコープの一覧が無効です。</translation>
    </message>
</context>
<context>
    <name>keyway::ScopesPanel</name>
    <message>
        <source>Requests: %1</source>
        <translation>要求: %1</translation>
    </message>
    <message>
        <source>Will request no scope: the provider&apos;s default applies.</source>
        <translation>スコープを要求しません: プロバイダーの既定が適用されます。</translation>
    </message>
    <message>
        <source>Nothing chosen, so the integration&apos;s defaults will be requested: %1</source>
        <translation>何も選ばれていないため、連携の既定を要求します: %1</translation>
    </message>
    <message>
        <source>Will request no scope.</source>
        <translation>スコープを要求しません。</translation>
    </message>
    <message>
        <source>Will request exactly: %1</source>
        <translation>正確にこれを要求します: %1</translation>
    </message>
    <message>
        <source>⚠ %1 (%2) is not offered by %3 and will not be requested.</source>
        <translation>⚠ %1 (%2) は %3 で提供されていないため、要求しません。</translation>
    </message>
</context>
<context>
    <name>keyway::SecretStore</name>
    <message>
        <source>No D-Bus session bus, so no Secret Service can be reached. Log in to a desktop session (or start one with dbus-run-session) with GNOME Keyring or KWallet running.</source>
        <translation>D-Bus のセッションバスがないため、Secret Service に接続できません。GNOME Keyring か KWallet が動作しているデスクトップセッションにログインしてください (または dbus-run-session で開始してください)。</translation>
    </message>
    <message>
        <source>No Secret Service on the session bus. Start GNOME Keyring, KWallet or another org.freedesktop.secrets provider, then try again.</source>
        <translation>セッションバスに Secret Service がありません。GNOME Keyring、KWallet、または別の org.freedesktop.secrets プロバイダーを起動してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (log in to your desktop session, or unlock the login keyring in your keyring manager), then try again.</source>
        <translation>キーチェーンがロックされています。ロックを解除して (デスクトップセッションにログインするか、キーリングマネージャーでログインキーリングのロックを解除して) から、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The keychain refused access. It may be locked: unlock it and try again.</source>
        <translation>キーチェーンがアクセスを拒否しました。ロックされている可能性があります: ロックを解除してもう一度お試しください。</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>システムのキーチェーンを利用できません。</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>キーチェーンがエラーを報告しました。</translation>
    </message>
    <message>
        <source>A keychain entry of Keyway&apos;s is damaged.</source>
        <translation>Keyway のキーチェーン項目が破損しています。</translation>
    </message>
    <message>
        <source>No secret is stored for this item.</source>
        <translation>この項目には秘密情報が保存されていません。</translation>
    </message>
</context>
<context>
    <name>keyway::SettingsDialog</name>
    <message>
        <source>Add CA certificate</source>
        <translation>CA 証明書を追加</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name, or choose another proxy setting.</source>
        <translation>プロキシのホスト名を入力するか、別のプロキシ設定を選んでください。</translation>
    </message>
    <message>
        <source>These files hold no readable PEM certificate and were skipped: %1</source>
        <translation>次のファイルには読み取れる PEM 証明書がないため、スキップしました: %1</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
</context>
<context>
    <name>keyway::ShortcutsDialog</name>
    <message>
        <source>Move from a search or filter field into its list</source>
        <translation>検索欄や絞り込み欄からその一覧に移動</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下矢印</translation>
    </message>
    <message>
        <source>Open the integration or connection selected in a list</source>
        <translation>一覧で選択した連携または接続を開く</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open a list&apos;s context menu</source>
        <translation>一覧のコンテキストメニューを開く</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10</source>
        <translation>メニューキーまたは Shift+F10</translation>
    </message>
    <message>
        <source>Copy the selected timeline event</source>
        <translation>選択したタイムラインのイベントをコピー</translation>
    </message>
    <message>
        <source>Send the request in the console</source>
        <translation>コンソールでリクエストを送信</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Cancel a sign-in or a request under way</source>
        <translation>進行中のサインインまたはリクエストをキャンセル</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Move between fields and buttons</source>
        <translation>フィールドとボタンの間を移動</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>keyway::SignalWatcher</name>
    <message>
        <source>signal %1</source>
        <translation>シグナル %1</translation>
    </message>
</context>
<context>
    <name>keyway::TemplateExpander</name>
    <message>
        <source>Enter the %1.</source>
        <translation>%1 を入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2.</source>
        <translation>「%1」は有効な %2 ではありません。</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>例: %1</translation>
    </message>
    <message>
        <source>The integration uses an undeclared value.</source>
        <translation>連携が宣言されていない値を使っています。</translation>
    </message>
    <message>
        <source>A required value is missing.</source>
        <translation>必須の値がありません。</translation>
    </message>
    <message>
        <source>A value from the provider&apos;s token response is missing.</source>
        <translation>プロバイダーのトークン応答の値がありません。</translation>
    </message>
    <message>
        <source>A value contains control characters.</source>
        <translation>値に制御文字が含まれています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an acceptable URL.</source>
        <translation>「%1」は使用できる URL ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used in a host name.</source>
        <translation>「%1」はホスト名に使用できません。</translation>
    </message>
    <message>
        <source>The integration has a malformed URL.</source>
        <translation>連携の URL の形式が正しくありません。</translation>
    </message>
    <message>
        <source>The values entered do not make a valid URL.</source>
        <translation>入力された値では有効な URL になりません。</translation>
    </message>
    <message>
        <source>Keyway cannot use this URL.</source>
        <translation>Keyway はこの URL を使用できません。</translation>
    </message>
</context>
<context>
    <name>keyway::TimelineModel</name>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (%2 回目)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 · step &quot;%2&quot;</source>
        <translation>%1 · ステップ「%2」</translation>
    </message>
    <message>
        <source>Time since the event before it</source>
        <translation>前のイベントからの経過時間</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>起きたこと</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>After</source>
        <translation>経過</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>keyway::TimelineView</name>
    <message>
        <source>Every kind</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Every outcome</source>
        <translation>すべての結果</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>失敗のみ</translation>
    </message>
    <message>
        <source>Successes only</source>
        <translation>成功のみ</translation>
    </message>
    <message>
        <source>No events recorded yet.</source>
        <translation>まだイベントは記録されていません。</translation>
    </message>
    <message>
        <source>1 event.</source>
        <translation>イベント 1 件。</translation>
    </message>
    <message>
        <source>%1 events, newest first.</source>
        <translation>イベント %1 件 (新しい順)。</translation>
    </message>
    <message>
        <source>%1 of %2 events shown, newest first.</source>
        <translation>%2 件中 %1 件のイベントを表示 (新しい順)。</translation>
    </message>
    <message>
        <source>Times are local, with milliseconds and the offset from UTC; details are redacted before they are stored.</source>
        <translation>時刻はミリ秒と UTC からの時差付きのローカル時刻です。詳細は保存前に秘匿化されます。</translation>
    </message>
    <message>
        <source>Event copied.</source>
        <translation>イベントをコピーしました。</translation>
    </message>
    <message>
        <source>1 event copied.</source>
        <translation>イベントを 1 件コピーしました。</translation>
    </message>
    <message>
        <source>%1 events copied.</source>
        <translation>イベントを %1 件コピーしました。</translation>
    </message>
    <message>
        <source>Copy &amp;row</source>
        <translation>行をコピー(&amp;R)</translation>
    </message>
    <message>
        <source>Copy &amp;detail</source>
        <translation>詳細をコピー(&amp;D)</translation>
    </message>
    <message>
        <source>Detail copied.</source>
        <translation>詳細をコピーしました。</translation>
    </message>
    <message>
        <source>Copy &amp;all shown</source>
        <translation>表示中をすべてコピー(&amp;A)</translation>
    </message>
    <message>
        <source>Show only &quot;%1&quot; events</source>
        <translation>「%1」のイベントだけを表示</translation>
    </message>
    <message>
        <source>Show only &amp;failures</source>
        <translation>失敗だけを表示(&amp;F)</translation>
    </message>
    <message>
        <source>Show &amp;everything</source>
        <translation>すべて表示(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Export diagnostic bundle…</source>
        <translation>診断バンドルをエクスポート(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>keyway::TokenInspector</name>
    <message>
        <source>Access token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>リフレッシュトークン</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID トークン</translation>
    </message>
    <message>
        <source>Tokens are read from the keychain when this tab is open, and shown masked.</source>
        <translation>このタブを開くとキーチェーンからトークンを読み込み、伏せた状態で表示します。</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>キーチェーンを読み込み中…</translation>
    </message>
    <message>
        <source>⚠ The tokens could not be read: %1</source>
        <translation>⚠ トークンを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Tokens are masked until you reveal them. JWTs are decoded here and their signature is checked against the provider&apos;s published keys.</source>
        <translation>トークンは表示するまで伏せられています。JWT はここでデコードされ、その署名はプロバイダーが公開する鍵で検証されます。</translation>
    </message>
    <message>
        <source>Checking the signature against the provider&apos;s keys…</source>
        <translation>プロバイダーの鍵で署名を検証中…</translation>
    </message>
    <message>
        <source>Signature valid (checked against the provider&apos;s JWKS)</source>
        <translation>署名は有効です (プロバイダーの JWKS で検証)</translation>
    </message>
    <message>
        <source>Signature valid: key %1 of the provider&apos;s JWKS</source>
        <translation>署名は有効です: プロバイダーの JWKS の鍵 %1</translation>
    </message>
    <message>
        <source>Signature not checked: %1</source>
        <translation>署名は未検証: %1</translation>
    </message>
    <message>
        <source>Signature NOT valid: %1</source>
        <translation>署名は無効です: %1</translation>
    </message>
    <message>
        <source>Asking the provider…</source>
        <translation>プロバイダーに問い合わせ中…</translation>
    </message>
    <message>
        <source>Exchanged token</source>
        <translation>交換したトークン</translation>
    </message>
    <message>
        <source>E&amp;xchange…</source>
        <translation>交換(&amp;X)…</translation>
    </message>
    <message>
        <source>Exchange the access token for one aimed at another service</source>
        <translation>アクセストークンを別のサービス向けのトークンと交換</translation>
    </message>
    <message>
        <source>Asking the provider for a token for %1…</source>
        <translation>%1 向けのトークンをプロバイダーに要求しています…</translation>
    </message>
    <message>
        <source>⚠ The token exchange failed: %1</source>
        <translation>⚠ トークン交換に失敗しました: %1</translation>
    </message>
    <message>
        <source>Token exchanged (%1). It is shown below and not kept: the connection keeps its own.</source>
        <translation>トークンを交換しました（%1）。下に表示されますが保存されません。接続は自身のトークンを保持します。</translation>
    </message>
    <message>
        <source>type not given</source>
        <translation>種類の指定なし</translation>
    </message>
    <message>
        <source>&lt;b&gt;Granted authorization details&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;付与された認可の詳細&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Sa&amp;ve as connection…</source>
        <translation>接続として保存(&amp;V)…</translation>
    </message>
    <message>
        <source>Save the exchanged token as a new connection</source>
        <translation>交換したトークンを新しい接続として保存</translation>
    </message>
    <message>
        <source>Keep this token as a new connection, to call the service it is for from the console or the command line</source>
        <translation>このトークンを新しい接続として保存し、対象サービスをコンソールやコマンドラインから呼び出せるようにします</translation>
    </message>
    <message>
        <source>Saving the exchanged token as %1…</source>
        <translation>交換したトークンを %1 として保存しています…</translation>
    </message>
    <message>
        <source>⚠ The exchanged token was not saved: %1</source>
        <translation>⚠ 交換したトークンは保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Saved the exchanged token as the connection %1.</source>
        <translation>交換したトークンを接続 %1 として保存しました。</translation>
    </message>
</context>
<context>
    <name>keyway::TokenView</name>
    <message>
        <source>Reveal %1</source>
        <translation>%1 を表示</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 をコピー</translation>
    </message>
    <message>
        <source>Decoded %1</source>
        <translation>デコードした %1</translation>
    </message>
    <message>
        <source>Introspect %1</source>
        <translation>%1 をイントロスペクション</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The provider issued no %1.</source>
        <translation>プロバイダーは %1 を発行していません。</translation>
    </message>
    <message>
        <source>JWT, signed with %1</source>
        <translation>JWT、%1 で署名</translation>
    </message>
    <message>
        <source>an unknown algorithm</source>
        <translation>不明なアルゴリズム</translation>
    </message>
    <message>
        <source> · fingerprint %1</source>
        <translation> · フィンガープリント %1</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>クレーム</translation>
    </message>
    <message>
        <source>The provider says the token is active.</source>
        <translation>プロバイダーによると、トークンは有効です。</translation>
    </message>
    <message>
        <source>The provider says the token is not active.</source>
        <translation>プロバイダーによると、トークンは有効ではありません。</translation>
    </message>
    <message>
        <source>Introspection (RFC 7662)</source>
        <translation>イントロスペクション (RFC 7662)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>DPoP key, cnf.jkt %1</source>
        <translation>DPoP 鍵、cnf.jkt %1</translation>
    </message>
    <message>
        <source>client certificate, cnf.x5t#S256 %1</source>
        <translation>クライアント証明書、cnf.x5t#S256 %1</translation>
    </message>
    <message>
        <source>✓ Bound to this device&apos;s key (%1)</source>
        <translation>✓ このデバイスの鍵に結び付いています (%1)</translation>
    </message>
    <message>
        <source>✗ Bound to a different key (%1): not this connection&apos;s</source>
        <translation>✗ 別の鍵に結び付いています (%1): この接続の鍵ではありません</translation>
    </message>
    <message>
        <source>Not bound: whoever holds a copy of this token can use it</source>
        <translation>結び付いていません: このトークンのコピーを持つ人は誰でも使えます</translation>
    </message>
    <message>
        <source>Access token profile (RFC 9068)</source>
        <translation>アクセストークンのプロファイル (RFC 9068)</translation>
    </message>
    <message>
        <source>Access token claims (RFC 9068 names; not typed at+jwt)</source>
        <translation>アクセストークンのクレーム (RFC 9068 の名前。at+jwt の型なし)</translation>
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
        <translation>このプロバイダーには、誰が接続しているかを問い合わせるアドレスがありません。</translation>
    </message>
    <message>
        <source>There is no access token to ask with.</source>
        <translation>問い合わせに使うアクセストークンがありません。</translation>
    </message>
    <message>
        <source>information about the account</source>
        <translation>アカウントの情報</translation>
    </message>
    <message>
        <source>The provider sent signed account information, which Keyway cannot read.</source>
        <translation>プロバイダーが署名付きのアカウント情報を送ってきましたが、Keyway では読み取れません。</translation>
    </message>
    <message>
        <source>The provider&apos;s answer is not JSON, so it could not be read as %1.</source>
        <translation>プロバイダーの応答が JSON ではないため、%1 として読み取れませんでした。</translation>
    </message>
</context>
<context>
    <name>keyway::VaultSecretStore</name>
    <message>
        <source>Keyway keeps secrets in its encrypted vault, which is locked. Unlock it with its passphrase (in the window, or with KEYWAY_VAULT_PASSPHRASE_FILE for the command line).</source>
        <translation>Keyway は秘密情報を暗号化保管庫に保管していますが、保管庫はロックされています。パスフレーズでロックを解除してください (ウィンドウで、またはコマンドラインでは KEYWAY_VAULT_PASSPHRASE_FILE で)。</translation>
    </message>
    <message>
        <source>Keyway&apos;s encrypted vault could not be opened: %1</source>
        <translation>Keyway の暗号化保管庫を開けませんでした: %1</translation>
    </message>
    <message>
        <source>Another Keyway process holds the encrypted vault. Try again.</source>
        <translation>別の Keyway プロセスが暗号化保管庫を使用中です。もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>keyway::VaultUnlockDialog</name>
    <message>
        <source>Create the secret vault</source>
        <translation>秘密情報の保管庫を作成</translation>
    </message>
    <message>
        <source>Unlock the secret vault</source>
        <translation>秘密情報の保管庫のロックを解除します</translation>
    </message>
    <message>
        <source>Keyway keeps tokens and client secrets in an encrypted vault on this computer. Choose a passphrase for it; without the passphrase nobody (not even Keyway) can read them, so keep it safe.</source>
        <translation>Keyway はトークンとクライアントシークレットをこのコンピューター上の暗号化保管庫に保管します。パスフレーズを決めてください。パスフレーズがなければ誰も (Keyway でさえ) 読み取れないので、大切に保管してください。</translation>
    </message>
    <message>
        <source>Keyway&apos;s tokens and client secrets are in an encrypted vault (%1). Enter its passphrase to use your connections.</source>
        <translation>Keyway のトークンとクライアントシークレットは暗号化保管庫 (%1) にあります。接続を使うにはパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>保管庫を作成(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>ロックを解除(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
    <message>
        <source>Leave the vault locked; File ▸ Unlock vault… asks again</source>
        <translation>保管庫をロックしたままにします。ファイル ▸ 保管庫のロックを解除… で再度尋ねます</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>2 つのパスフレーズが異なります。同じものを 2 回入力してください。</translation>
    </message>
    <message>
        <source>The vault could not be unlocked.</source>
        <translation>保管庫のロックを解除できませんでした。</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>保管庫を作成中…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>ロックを解除中…</translation>
    </message>
</context>
</TS>
