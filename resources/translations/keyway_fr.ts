<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Base64Url</name>
    <message>
        <source>The data is not valid base64url text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyFormatter</name>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserLauncher</name>
    <message>
        <source>Keyway will only open web addresses in a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system browser could not be opened. Copy the link into a browser instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser command could not be started. Copy the link into a browser instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundlePreviewDialog</name>
    <message>
        <source>Diagnostic bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the bundle holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave out personal data (account, names, e-mail, user id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces each personal value in the bundle by &quot;(left out)&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle contents (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: keyway [SUBCOMMAND] [OPTIONS]

Without a subcommand, opens the Keyway window.

Subcommands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options:
  -h, --help        Show this help (keyway SUBCOMMAND --help for a subcommand&apos;s options)
  -v, --version     Show the version

Secrets are never taken from the command line: use the --*-stdin options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not take the renewed tokens (is it locked?). Unlock it within %n second(s), or the new refresh token is lost and you may have to connect again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>keyway: the renewed tokens are saved in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain stayed unavailable: the renewed tokens were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyway: unknown subcommand &apos;%1&apos; (see keyway --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;keyway connections --recover&apos; to bring them back, or &apos;keyway connections --revoke-lost&apos; to revoke them at their providers and delete them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientAssertion</name>
    <message>
        <source>Keyway could not build the signed request for the provider.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientAuthenticator</name>
    <message>
        <source>No client id is configured for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret is configured for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private key is configured for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configured private key cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign the client assertion with the configured private key: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClockLeeway</name>
    <message>
        <source>%1 days %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway could not compare its clock with the provider&apos;s (the answer had no Date header): check that this computer&apos;s date, time and time zone are right; if they are, the provider&apos;s clock is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock agrees with the provider&apos;s within %1 (going by the Date header of its answer), so the provider dated the token wrongly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the provider&apos;s (going by the Date header of its answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the provider&apos;s (going by the Date header of its answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this computer&apos;s date, time and time zone; if they are right, the provider&apos;s clock is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectFormPage</name>
    <message>
        <source>PKCE warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How to connect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the account name is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where do these values come from?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show setup instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI to register at the provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI to register at the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advanced options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;authorization parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name=value, one per line (e.g. prompt=consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra authorization parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;token parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name=value, one per line (e.g. audience=https://api.example.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra token parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PKCE (RFC 7636):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browser command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in Settings (system browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser command for this sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect &amp;URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI registered at the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact redirect URI registered at the provider, when it is not the one shown above: http://127.0.0.1:PORT/PATH (Keyway listens there) or io.keyway.app:/oauth2redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectWaitingPage</name>
    <message>
        <source>Sign-in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code to enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in a browser on any device and sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in address to open on another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser then ends on an address it cannot load; that is expected. Copy that whole address from its address bar and paste it here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://127.0.0.1:…/callback?code=…&amp;state=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address the browser ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the sign-in with the pasted address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the pasted address was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the sign-in address to open it in another browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sign-in page in the browser again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in on another &amp;device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the sign-in address to open on another device, and a box for the address it ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting and go back to the form (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionChooser</name>
    <message>
        <source>&quot;%1&quot; answers for %2 connections (%3): name one of them, or make one the default with keyway connections default %4 CONNECTION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a connection (see keyway connections).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 connections: give more of the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection &quot;%1&quot; (see keyway connections).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionExpiry</name>
    <message>
        <source>access token expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access token expiry unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no refresh token recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh token lapses %1 if unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh token lapsed unused %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, grant ends %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh token ends %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh token expiry unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last refreshed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect %1 before %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionLock</name>
    <message>
        <source>Keyway could not use its lock folder: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Keyway process is still working on this connection: try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Back to the integration (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this connection needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a new access token now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the refresh before its next attempt, or stop waiting for an answer already on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard is cleared after 30 seconds (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in request console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the grant and delete the tokens from the keychain (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this revoked connection with its timeline and request history (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the connection from the list; its event log and request history are deleted too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token expiry and last renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status detail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes: requested and granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested and granted scopes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionPlanner</name>
    <message>
        <source>Choose the service account&apos;s JSON key file (or a private key and the issuer it is registered for).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the issuer of the assertions (the service account or client ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 key cannot sign %2 assertions; choose %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with the device code mode instead (keyway connect %1 --mode device_code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another authentication mode of this integration if it has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not allow desktop redirects, so a browser sign-in could not come back to Keyway. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This integration declares no way to authenticate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not support the authentication mode &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This integration has no OAuth settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown client authentication method &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client ID of the app you registered with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client credentials grant needs a client secret or a private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 authenticates this client with a private key (private_key_jwt): import the key or generate one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionRepository</name>
    <message>
        <source>Keyway could not save to its database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs re-authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionsView</name>
    <message>
        <source>Your connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect an account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect an account of the selected integration (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, account, integration or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the connections whose name, account, integration or status contain every word typed; Down arrow moves into the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows all connections, or only those in one kind of state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every connection with its account, integration, status, expiry and last request. Enter opens one; the context menu reconnects, refreshes or disconnects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection matches. Clear the filter or choose &quot;All&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyFeedback</name>
    <message>
        <source>Copied ✓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreContext</name>
    <message>
        <source>Your tokens are safe in the keychain. Move %1 aside (keep it as a backup) and start Keyway again to begin with a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra CA certificate file %1 could not be read; it is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsForm</name>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomIntegrationDialog</name>
    <message>
        <source>Add custom integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway reads the provider&apos;s OpenID Connect or OAuth 2.0 metadata from its issuer URL and saves an integration you can connect like any other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuer URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://login.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s issuer, as its documentation names it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the issuer&apos;s host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case letters, digits and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by the keyway command line; made from the name unless you change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client a&amp;uthentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, separated by spaces: openid profile email by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain &amp;http to this host (unsafe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain http to this host (unsafe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a server on your own machine or a test network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the provider&apos;s metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Keyway&apos;s database could not be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read its version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer Keyway (schema %1). Update Keyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit the migration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseRecovery</name>
    <message>
        <source>Keyway&apos;s database %1 is damaged and could not be set aside. Move it (with any -wal and -shm files next to it) to a safe place and start Keyway again; your tokens are safe in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway&apos;s database was damaged. It was kept as %1 and a new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection could be read from it: connect your integrations again, unless Keyway finds them in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) were recovered and keep their tokens from the keychain.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Some may be missing: Keyway looks for them in the keychain; connect again any it cannot find.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticBundle</name>
    <message>
        <source>subject (user id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user principal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmbeddedProviders</name>
    <message>
        <source>The built-in provider &quot;%1&quot; is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptedVault</name>
    <message>
        <source>The encrypted vault file is damaged or not a Keyway vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted vault was written by a newer Keyway. Update Keyway to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault key could not be derived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted vault could not be opened: the passphrase is wrong, or the file was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted vault already exists at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault passphrase must be at least %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no encrypted vault at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted vault could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted vault&apos;s passphrase was changed: unlock it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted vault could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>Provider metadata read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider metadata not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in request prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in request not prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser&apos;s redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not wait for the redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser did not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code exchanged for tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code exchange failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assertion signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assertion not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device code received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device code request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device code requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device code: the provider&apos;s answer was unusual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device approved, tokens received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked to wait longer between checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account not identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain write failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API accepted the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API refused the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API refused the token (401): renewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API request allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API refused: a permission is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in without PKCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another address may receive the credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: the provider accepts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token introspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introspection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked at the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not revoked at the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitCredential</name>
    <message>
        <source>git sent a credential request Keyway cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdTokenValidator</name>
    <message>
        <source>The provider&apos;s sign-in answer contained an identity token Keyway could not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token is signed in a way Keyway does not accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token was signed with a key the provider does not publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token&apos;s signature is not valid. It may have been altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token was issued by a different provider than expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token was issued for a different application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token was issued to a different application (authorized party).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token had already expired by this computer&apos;s clock when it arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token is dated in the future by this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token was issued too long ago by this computer&apos;s clock to be a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token does not belong to this sign-in attempt. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not confirm a recent enough sign-in. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway could not download the provider&apos;s signing keys to check the identity token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token from the refresh names a different user than the one who signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token from the refresh gives a different sign-in time than the one who signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrationPage</name>
    <message>
        <source>Integration icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove integration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this custom integration&apos;s file (its connections stay in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this custom integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect an account of this integration (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the connect dialog for this integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider documentation link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is connected yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections of this integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to open the selected connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the selected connection&apos;s status, tokens, timeline and request console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways to connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup at the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI to register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jwk</name>
    <message>
        <source>The key (JWK) is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of key (JWK) is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jwks</name>
    <message>
        <source>The provider&apos;s key set (JWKS) could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jws</name>
    <message>
        <source>The token is not a well-formed signed JWT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is not signed (alg &quot;none&quot;). Keyway never accepts unsigned tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is signed with a shared secret (HMAC), which Keyway does not accept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is signed with an algorithm Keyway does not accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s signature cannot be checked with this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s signature is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway could not sign the token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <source>This text is not a JWT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token is encrypted (JWE); its contents cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwtDisplay</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted JWT (JWE): its content cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like a JWT but its parts are not base64url JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opaque token: not a JWT, so only the provider can tell what it means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeeperReport</name>
    <message>
        <source>reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect %1 before %2 (its grant ends then, whatever is done): keyway connect --reconnect %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the grant ends %1, whatever is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewed before its refresh token lapsed unused; now good until %1 if left unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh token good until %1 if left unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the refresh token does not lapse unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its provider documents no lifetime for its refresh token: nothing to keep alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs re-authorization%2: keyway connect --reconnect %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewal failed, will be tried again: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeeperTimer</name>
    <message>
        <source>Keyway could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Keyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every connection at a glance, with what needs you first (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search integrations (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters the list by name, id, category or scope as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only integrations of one category, or only connected ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an integration to see its details and connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No integration matches. Try fewer words or another category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add c&amp;ustom integration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a provider that is not in the list, from its issuer URL (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add custom integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the provider&apos;s OpenID Connect or OAuth metadata from its issuer URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect an account of the selected integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a provider that is not in the list, from its issuer URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase of Keyway&apos;s encrypted secret vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the access token of the open connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again to renew the grant of the open connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the access token; the clipboard is cleared after 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in request &amp;console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export diagnostic bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the connection&apos;s events, history and decoded claims without any secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revokes the grant at the provider and forgets the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sandbox panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop the built-in Keyway Sandbox and switch its faults on and off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every connection with its status, expiry and last request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the list of integrations on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Keyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagePanel</name>
    <message>
        <source>Details for support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar and email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commerce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud and infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social and advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the browser (OAuth 2.0 authorization code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client credentials (OAuth 2.0, no user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service account (JWT bearer grant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device code (sign in on another device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name and password (HTTP Basic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need a client ID (and usually a secret) from the provider&apos;s developer console. Keyway opens your browser to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need a client ID and secret of an application that may call the API on its own behalf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need a service account key file or a private key; Keyway signs an assertion with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need a client ID. Keyway shows a code to enter on another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need an API key or personal access token from the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need a user name and a password or API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an access token you already have. Keyway cannot refresh it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutgoingRequest</name>
    <message>
        <source>Enter a full URL (https://...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of this connection&apos;s origins, so its credential is not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <source>This is not a PEM private key Keyway can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of private key is not supported. Use an RSA key of at least 2048 bits, an EC key on P-256, P-384 or P-521, or an Ed25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This private key is protected by a passphrase. Export it without a passphrase (for example with &quot;openssl pkey -in key.pem -out key-unencrypted.pem&quot;) and import that file; Keyway keeps it in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway could not generate a key pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a public key or certificate. Keyway needs the private key that belongs to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateKeyPanel</name>
    <message>
        <source>No private key loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load private key from a PEM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste private key from the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type to generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate key pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new key pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway keeps the private key in the keychain; register the public key it shows at the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register this public key with the provider (as a JWK or PEM, whichever it asks for). The private key stays in Keyway&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key to register (JWK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y public JWK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the public JWK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy public P&amp;EM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the public key as PEM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolError</name>
    <message>
        <source>The provider redirected the request instead of answering with %1. Check the endpoint address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the request: the credentials were not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the request instead of answering with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider rejected the request as malformed. Check the connection&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id or secret was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization is no longer valid: connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client is not allowed to use this kind of authorization at the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not support this kind of authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider rejected the requested permissions (scopes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider had a problem answering. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider is temporarily unavailable. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token was rejected: it may have expired or been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token does not have the permissions (scopes) this request needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider cannot revoke this kind of token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the request to be approved on the other device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider asked to check less often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code expired before it was approved: start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider rejected the requested resource or audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedirectTarget</name>
    <message>
        <source>The redirect URI must start with http://127.0.0.1:PORT/ or %1:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway&apos;s app redirect URI is exactly %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway cannot receive an https redirect: it listens with plain http on this computer&apos;s loopback address (RFC 8252 §7.3). Register http://127.0.0.1:PORT/callback at the provider, or %1 where it accepts an app&apos;s own scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop hands only %1: redirects to Keyway; &quot;%2:&quot; would open another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URI is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URI must not carry user info, a query or a fragment (RFC 6749 §3.1.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway can only receive a redirect on this computer: the host must be 127.0.0.1, [::1] or localhost, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 0 cannot be registered; give the port the provider has, or none if it accepts any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URI needs a path, such as /callback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect path may hold only letters, digits and - . _ ~ /.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshedIdToken</name>
    <message>
        <source>The refreshed tokens were refused and the previous ones kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider publishes no keys (jwks_uri), so its ID token cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestConsole</name>
    <message>
        <source>HTTP method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute, or relative to the integration&apos;s API address. Ctrl+Return sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://api.example.com/v1/me or /v1/me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request with this connection&apos;s credential (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the request in flight (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection&apos;s credential is added when the request is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body (e.g. JSON). Add a Content-Type header to match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter loads the request into the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load into form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;e-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the &amp;credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the credential is masked in the copied command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve body…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pretty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body, formatted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ra&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body, raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response hea&amp;ders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseBody</name>
    <message>
        <source>The provider&apos;s answer is too large to be %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider sent an empty answer instead of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answered with a web page instead of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s answer could not be read as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s answer is not valid JSON, so it could not be read as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s answer is JSON but not an object, so it could not be read as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxFaults</name>
    <message>
        <source>Expire access tokens now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every access token issued so far (by this process or an earlier one) stops working at once: the API and userinfo answer 401 invalid_token, introspection says inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get 401 on the next request, refresh the token and retry the request once; without a refresh token, ask to reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke refresh tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every refresh token is revoked, as when the user removes the app&apos;s access at the provider. Access tokens keep working until they expire (expire them too to see it at once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get invalid_grant on the next refresh, mark the connection as needing re-authorization and offer to reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next refresh fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next refresh_token request is answered 400 invalid_grant, and that grant is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark the connection as needing re-authorization and prompt to reconnect, without retrying the refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint, userinfo and the demo API answer 500 Internal Server Error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show a clear error naming HTTP 500 and keep the connection&apos;s tokens; work again once the fault is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer 503</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint, userinfo and the demo API answer 503 Service Unavailable with Retry-After: 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait as Retry-After says (when it is at most 10 s) and retry; if the provider stays unavailable, say so clearly and keep the tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint, userinfo and the demo API answer only after a delay (milliseconds, at most 30000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show that it is waiting, stay responsive and let the user cancel; past its own timeout, report a timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed token response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next token endpoint response is 200 with truncated JSON. Nothing is issued or consumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report that the token response could not be read (it is not valid JSON; the details say where it breaks off, never the raw answer, which may hold a token) and keep the tokens it had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML token response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next token endpoint response is 200 with an HTML page, as a captive portal or a misconfigured proxy sends. Nothing is issued or consumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report that the provider answered with a web page instead of JSON and keep the tokens it had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omit expires_in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token responses leave out expires_in (RFC 6749 §5.1 only recommends it); the tokens still expire after the configured lifetime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the expiry as unknown and refresh when the API answers 401.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong state on the callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next authorization response carries a state that does not match the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse the callback (its state is not this sign-in&apos;s: a possible CSRF attack), request no tokens, and keep waiting for the real response until the time-out, which says a response was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong iss on the callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next authorization response carries an iss naming another server (an RFC 9207 mix-up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse the callback with an issuer mismatch error and request no tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id_token signed with an unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next id_token is signed with a key whose kid the JWKS does not publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch the JWKS again at once, still find no such key, and refuse the sign-in with a clear error. Another unknown key within 30 s is refused without a fetch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id_token with a wrong nonce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next id_token issued for a request with a nonce carries another nonce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse the sign-in (nonce mismatch, a possible replay) with a clear error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate signing keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new RS256 key signs from now on; the JWKS publishes it beside the previous one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see an unknown kid on the next id_token, fetch the JWKS again at once and sign in normally, even right after another sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s clock is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s clock runs N minutes ahead (negative: behind): id_tokens carry iat, exp and auth_time off by that much, and so does the Date header of its answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept an id_token whose times are off by up to 5 minutes; beyond that, refuse the sign-in with an error that says how far the provider&apos;s clock is from this computer&apos;s (measured from the Date header), instead of blaming either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys endpoint down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWKS endpoint (/jwks) answers 503 Service Unavailable; everything else works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep validating id_tokens with the keys it fetched before; when it has none (or meets a new kid), refuse the sign-in with an error saying the provider&apos;s signing keys could not be fetched and store no connection; not ask again within 30 s of a failed fetch, and sign in normally once the keys are back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant fewer scopes than asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent grants only the identity scopes (openid, profile, email, offline_access), whatever was asked and ticked; the token response&apos;s scope lists what was granted (RFC 6749 §5.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect, name the scopes asked for but not granted (the command line on stderr, the window on the connection&apos;s page), keep only the granted ones, and when the API answers 403 insufficient_scope show that answer without refreshing or asking to reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Userinfo fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The userinfo endpoint answers 500 while the token endpoint and the demo API work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still connect, naming the account from the id_token&apos;s claims, with a warning in the event log that userinfo failed; API requests keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client rejected on refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh requests are answered 401 invalid_client, as after the client&apos;s secret was rotated (or the client deleted) at the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report that the provider rejected the client&apos;s credentials (invalid_client) without retrying and without calling the grant lost: the tokens are kept, the connection shows the error, and reconnecting in place (with the new secret) restores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on, off, a number of requests up to %1, or -1 for until switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on, off or a number of %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value for the fault %2: use %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next request only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next %1 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxKeys</name>
    <message>
        <source>The sandbox has no signing key yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxPages</name>
    <message>
        <source>sign you in with your account ID (always granted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see your name and user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see your email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stay connected while you are away (a refresh token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read your contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read your calendar events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in and allow access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application &lt;strong&gt;%1&lt;/strong&gt; asks to connect to your sandbox account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any name works: the sandbox has no passwords and creates the account as you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow it to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scopes were requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel and return to the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Keyway Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code your device or application shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a device to Keyway Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that your device shows the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue only if you started this sign-in yourself. It asks for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this page and return to your device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device was not connected. You can close this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practice OAuth 2.0 and OpenID Connect provider built into Keyway, on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo API</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxPanel</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practice provider on this computer: sign in as anyone, call its demo API, and switch on faults to see how Keyway copes. It listens on 127.0.0.1 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the sandbox on 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the sandbox and release its port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each personality is a client of the sandbox that behaves as some real providers do. Connect to one to rehearse it; the line below it says what Keyway should do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each fault makes the sandbox misbehave the way real providers do. The line below it says what Keyway should show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last fault change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;all off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch every fault off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests the sandbox answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxPersonality</name>
    <message>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public client: PKCE S256, any loopback port with the path /callback (RFC 8252 §7.3), rotating refresh tokens with reuse detection, the authorization code, device and refresh grants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect with PKCE on an ephemeral loopback port and refresh without asking the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A confidential client with the published secret sandbox-secret, by client_secret_basic or client_secret_post; the only client allowed the client credentials grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticate with the secret kept in the keychain and renew client credentials tokens on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the registered redirect URI http://127.0.0.1:27660/callback is accepted, compared exactly, port included, as Dropbox, X and Xero do. Any other redirect URI gets an error page and is never redirected to (RFC 6749 §4.1.2.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listen on the registered port 27660, send exactly that redirect URI and connect; when another program holds that port, say so instead of trying another one (a sign-in with another redirect URI stops at the provider&apos;s error page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh reuse detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every refresh returns a new refresh token and spends the old one; a refresh token presented twice revokes the whole grant, as oidc-provider and many providers do (RFC 9700 §4.14.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the new refresh token of every refresh and never send a spent one; when a spent one was presented elsewhere and the grant is revoked, mark the connection as needing re-authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-expiring tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access tokens never expire and token responses carry no expires_in and no refresh token, as GitHub OAuth apps and Slack do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect, show the expiry as unknown, schedule no refresh and keep calling the API with the same token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested token response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token response puts the RFC 6749 §5.1 members inside an object: {&quot;ok&quot;: true, &quot;data&quot;: {&quot;access_token&quot;: ...}}, as Withings and Slack do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the tokens at the paths the catalogue entry names (data.access_token, ...), connect and refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form-encoded token response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint answers application/x-www-form-urlencoded instead of JSON, as GitHub does without an Accept header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the form-encoded token response as the catalogue entry says, connect and refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>odd-case token_type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token_type comes as &quot;bearer&quot; from the code exchange and &quot;BEARER&quot; from refreshes (RFC 6749 §5.1 makes it case-insensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take either as Bearer and send Authorization: Bearer on API requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_secret_basic only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A confidential client (secret sandbox-secret) that must authenticate with HTTP Basic; the secret in the request body is refused with 401 invalid_client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send the client secret with HTTP Basic only (RFC 6749 §2.3.1), never in the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_secret_post only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A confidential client (secret sandbox-secret) that must send client_id and client_secret in the request body; HTTP Basic is refused with 401 invalid_client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send the client secret in the body only (client_secret_post), never in an Authorization header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private_key_jwt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A confidential client that authenticates with a JWT signed by its private key (RFC 7523 §2.2): the public key is registered with keyway sandbox client-key keyway-sandbox-private-key-jwt FILE; the assertion&apos;s signature, iss and sub, aud (the issuer or the token endpoint), exp and jti are checked, and a jti used twice is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign a new assertion with a fresh jti and a short exp for every token request, addressed to the issuer, and keep the private key in the keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device flow slow_down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device flow answers authorization_pending until the user approves (and to the first poll of every device code, however quick the user), and slow_down to the second; every slow_down adds 5 s to the interval, and a poll sooner than that is answered slow_down again (RFC 8628 §3.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep polling on authorization_pending, add 5 s to its interval for good on slow_down and connect once the user approves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiring refresh tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh tokens die when left unused for 2 minutes, as Microsoft&apos;s do after 90 days and Xero&apos;s after 60, and every grant ends 10 minutes after consent, used or not, as QuickBooks&apos; do after five years: the token endpoint answers invalid_grant. Each refresh returns a new refresh token with 2 minutes to live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renew a refresh token that would lapse unused (keyway keep-alive, or the window left running), warn &quot;Reconnect before&quot; as the grant&apos;s end nears, and once it has ended mark the connection as needing re-authorization.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxStore</name>
    <message>
        <source>The Keyway Sandbox cannot open its store %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a usable SQLite database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by a newer Keyway (schema %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopesPanel</name>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Keyway may do with this account. The integration&apos;s usual permissions are ticked; tick more or fewer, or type the provider&apos;s own scope names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions to request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space toggles a permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider scopes or Keyway permission ids, separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes that will be requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceAccountKey</name>
    <message>
        <source>This file is too large to be a service account key (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service account key file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service account key file is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service account key file is not valid: expected a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service account key file has no &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; of the service account key file must be a non-empty string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a service account key file: its &quot;type&quot; is &quot;%1&quot;, not &quot;service_account&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;client_email&quot; of the service account key file is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;token_uri&quot; of the service account key file is not an https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;private_key&quot; of the service account key file cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in and refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browser command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command that opens sign-in pages; %u or %s is replaced by the address (otherwise it is added at the end). Empty uses the system browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: firefox --private-window %u (%s works too; without either, the address is added at the end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;before expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh lead time in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep grants alive daily, even when Keyway is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A systemd user timer runs keyway keep-alive every day: refresh tokens that would lapse unused are renewed, and grants near their end are reported (keyway keep-alive --install)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs or removes a systemd user timer that runs keyway keep-alive daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTTP proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra trusted CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files trusted in addition to the system&apos;s certificates, for company proxies or private identity providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificate files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway follows the system&apos;s light or dark appearance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of Keyway&apos;s window and command line. It applies when Keyway next starts; the KEYWAY_LANGUAGE environment variable overrides it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when Keyway next starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupGuide</name>
    <message>
        <source>An app redirect (RFC 8252 §7.1): the browser hands it to Keyway through the desktop, so Keyway must be installed with its desktop files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register it exactly, port included: the provider compares the whole URI, so Keyway always listens on port %1 for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any port: Keyway listens on a free port chosen for each sign-in, and the provider accepts any port on a loopback redirect URI (RFC 8252 §7.3). Register the address as shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public client (no client secret): Keyway proves the sign-in with PKCE (RFC 7636); give Keyway the client ID only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A confidential client that authenticates with a key pair (private_key_jwt): register the public key and give Keyway the private one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A confidential client (with a client secret): give Keyway the client ID and the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A confidential client (with a client secret, sent as %1): give Keyway the client ID and the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no redirect URI: this provider accepts none for a desktop app, see above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupText</name>
    <message>
        <source>&lt;p&gt;Developer console: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action of the window can be reached from the keyboard. Tab moves between fields, the menu key or Shift+F10 opens a list&apos;s context menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs re-authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway is still connecting this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential is present and believed valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token expires soon and could not be refreshed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider no longer accepts the grant. Reconnect to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection was disconnected or revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something failed that a retry cannot fix: see the detail, correct it, then reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last attempt failed for a reason that usually passes (no answer, a server error, the keychain). The tokens are kept and Keyway tries again; the next success clears this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>&amp;Export diagnostic bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what the bundle holds (events, request history, decoded claims, versions; never a secret) before saving it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only events whose text, step, outcome, detail or HTTP status contain every word typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected event as text (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every event shown as text, with a header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all events shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected event detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to read its full detail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenInspector</name>
    <message>
        <source>Token inspector status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload tokens from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenResponseParser</name>
    <message>
        <source>a token response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s answer did not contain an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s answer contained an access token Keyway cannot use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s answer contained an empty access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s answer contained a refresh token Keyway cannot use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenView</name>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the provider what this token means (RFC 7662)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>No address is configured for this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only https addresses can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send credentials over an unencrypted connection to %1: the address must use https (plain http to a host other than this computer needs the integration&apos;s &quot;allow_insecure_http&quot; setting).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::AccountResolver</name>
    <message>
        <source>The provider publishes no keys (jwks_uri), so its ID token cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token valid (signed %1 by key %2, subject %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s user info belongs to a different user than the ID token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>userinfo sub &quot;%1&quot;, id_token sub &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ActionDelegate</name>
    <message>
        <source>Reconnect…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ApiClient</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed before an answer came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API says this request needs a permission the connection was not granted: reconnect and grant it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API says this request needs the permission &quot;%1&quot;, which the connection was not granted: reconnect with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 answered 401: refreshing and retrying once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ApplicationFlow</name>
    <message>
        <source>The provider&apos;s token endpoint is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access token %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiry unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::AuthorizationCodeFlow</name>
    <message>
        <source>The provider&apos;s authorization or token endpoint is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the redirect on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization request could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (client_id %2, scope &quot;%3&quot;, PKCE %4%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, nonce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened: the sign-in happens on another device and its final address is pasted back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in has already ended. Start connecting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the address this sign-in ends on. Paste the whole address from the browser&apos;s address bar: it starts with %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That address belongs to another sign-in (its state is not this one&apos;s), so it was refused and nothing was stored. Paste the address from the browser tab of this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is already in use by another program, and Keyway must listen there because the redirect URI registered at the provider is %2. Close the program using port %1, or register another redirect URI at the provider and give it to Keyway (keyway connect --redirect-uri URI, or Redirect URI under Advanced in the connect dialog).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer came back from the browser in time. Usually the provider did not accept the redirect URI, which must be registered there exactly as %1, or does not know the client ID %2; the provider&apos;s page in the browser says which. Keyway waited at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) that did not belong to this sign-in (wrong or missing state) were ignored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Try again, or copy the link into a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waited %1 s for the redirect to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in has already ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start connecting again from Keyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored a redirect that does not belong to this sign-in (%1); still waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in response rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This response does not belong to the sign-in Keyway is waiting for, so it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect received with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in response came from a different server than expected, so it was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iss missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iss &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider sent no authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab; Keyway is finishing the sign-in and shows the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access token %1%2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, refresh token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, id_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not return an ID token for an OpenID Connect sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::BundlePreviewDialog</name>
    <message>
        <source>Diagnostic bundle of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection: integration, sign-in method, status, scopes and settings (never a secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 timeline event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 timeline events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 API request (addresses and headers with secrets removed, no bodies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 API requests (addresses and headers with secrets removed, no bodies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token fingerprints and the decoded claims of JWTs (never the tokens themselves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway %1, Qt %2, %3; secrets kept in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds no personal data that Keyway knows of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds this personal data about the account:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1. Each value reads &quot;(left out)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was not saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save diagnostic bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::CallbackListener</name>
    <message>
        <source>This sign-in listener was already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect path &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway can only receive a redirect on 127.0.0.1, [::1] or localhost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway is no longer waiting for this response. Return to Keyway and start again if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is served here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only GET is accepted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a sign-in response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address only receives the provider&apos;s answer to a Keyway sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid sign-in response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response repeats the parameter &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in was not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider returned an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab; Keyway received the provider&apos;s response.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::Catalog</name>
    <message>
        <source>The integration file %1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 integration files in %2 were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom integrations are turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for custom integrations cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom integration with the id &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the id of the built-in integration %2; replacing it takes --replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved integration could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported integration could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no integration &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no custom integration &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom integration could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ClientCredentialsFlow</name>
    <message>
        <source>client %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audience %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_credentials grant at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ConnectAttempt</name>
    <message>
        <source>This sign-in has already ended. Start connecting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in is not waiting for an address yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ConnectDialog</name>
    <message>
        <source>Connect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Unsafe: %1. Use this only with a server on your own machine or a test network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway could not start connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ConnectFormPage</name>
    <message>
        <source>As the integration says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (only for providers that reject it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide setup instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show setup instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide advanced options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the integration says (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This integration lists no way to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to register: %1 publishes a public client. Keyway shows a code to enter on another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to register: %1 publishes a public client. Keyway opens your browser to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not a valid value. Example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not a valid value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This integration has no way to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra parameters must be written name=value: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ConnectWaitingPage</name>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sign-in page again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sign-in page in the browser again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the sign-in address to open it in another browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish signing in in your browser, then come back here. If no browser opened, copy the link into one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in page is open in your browser. Finish there; this window continues by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification page is open in your browser. Enter the code there; this window continues by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter this code on another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; and enter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code to enter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway checks every few seconds whether you have approved the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the address of the page where the code is entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open page again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the verification page again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the page where the code is entered in the browser again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code expires in %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has expired.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ConnectionListModel</name>
    <message>
        <source>Reconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (revoked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusable until reconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again to renew this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default for %1: keyway token, exec and git use it when no connection is named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last API request made with it through Keyway (request console or keyway request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token: %1
Refresh token: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ConnectionPage</name>
    <message>
        <source>&amp;Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request co&amp;nsole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (subject %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a new access token now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection was revoked; reconnect to use it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of credential does not expire or refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection needs you: the provider no longer accepts its grant (or its tokens are gone). Sign in again to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection stopped working for a reason a retry cannot fix. Correct what the detail says, then reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last attempt to reach the provider failed for a reason that usually passes. The tokens are kept and Keyway tries again; the next success clears this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &amp;again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the tokens were revoked and deleted from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not usable: the provider no longer accepts this connection. Reconnect to get new tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry known (the provider did not say, or the credential does not expire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ not granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The provider granted fewer scopes than requested (%1 missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every requested scope was granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting. The request already sent finishes in the background and its answer is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh stopped. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token copied. The clipboard is cleared in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic bundle saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway revokes the grant at %1 and deletes the tokens from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway deletes the credential from the keychain. %1 offers no revocation endpoint; revoke the grant in its settings to be sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed locally, but revocation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was already revoked. Removing it deletes its timeline and request history from Keyway; export a diagnostic bundle first if support may need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ConnectionService</name>
    <message>
        <source>No connection &quot;%1&quot; (see keyway connections).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 connections: give more of the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another connection is already named &quot;%1&quot;: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local secrets were deleted, but revoking the token at the provider failed, so it may stay valid there until it expires. To end it now, remove Keyway&apos;s access in your account settings at the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not revoked at the provider (%1): the token may stay valid there until it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not revoked at the provider, which has no revocation endpoint: the token may stay valid there until it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets deleted from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider has no revocation endpoint; only local secrets are removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked at the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect this connection first: only revoked or failed connections can be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection is being refreshed: try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored credentials are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider publishes no key set (jwks_uri), so the signature cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is signed with &quot;%1&quot;, which Keyway does not accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key in the provider&apos;s key set matches the token (kid &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s key set could not be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider has no token introspection endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no tokens for this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its tokens are no longer in the keychain: reconnect to use it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider accepts the connection (after a refresh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider accepts the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider no longer accepts this connection: reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider no longer accepts this credential: enter a new one (Reconnect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answered HTTP %1 when Keyway checked the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answered HTTP %1; the token was not judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin of a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential may now also be sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway holds renewed tokens for this connection that the keychain has not taken yet (is it locked?): unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key was deleted from the keychain when this connection was disconnected: load it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret was deleted from the keychain when this connection was disconnected: enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The tokens the provider issued were revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Revoking the tokens the provider issued failed too: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection was disconnected: connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization is no longer valid: connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored credentials are damaged: connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no integration &quot;%1&quot; (see keyway integrations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no mapping for the unified scope %2; it is not requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was opened or requested: the tokens could not be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint of %1 moved from %2 to %3: Keyway does not send the kept client secret or key there. Give it again to use the new endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Keyway cannot connect with &quot;%1&quot; yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ConnectionsView</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needing you (reconnect, error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: access token refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refresh failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now the default for its integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyway token, exec and git use this connection when none is named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy connection &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the connection id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 needs you (press Reconnect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 need you (press Reconnect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 with a temporary problem or expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with a temporary problem or expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::CredentialsForm</name>
    <message>
        <source>client_secret_basic: secret in the Authorization header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_secret_post: secret in the request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private_key_jwt: assertion signed with your private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: public client, PKCE only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Keyway proves to the token endpoint that it is your registered client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client a&amp;uthentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the client signs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ID (kid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the key&apos;s thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load service account key file (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load service account key file (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key file loaded. Alternatively enter the issuer and a private key below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer (client ID or email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key file loaded: the stored key is kept unless you load another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored private key is kept unless you load another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as user (subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: domain-wide delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key (PEM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service account key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON key files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the key of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes a public client for everyone: nothing to type. Keyway signs in as &quot;%2&quot; without a secret (client authentication: none); PKCE protects the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is sent: the provider must have registered this client as public, and PKCE protects the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: without it Keyway signs in as a public client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a service account key file, or enter the issuer and a private key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::CustomIntegrationBuilder</name>
    <message>
        <source>&quot;%1&quot; cannot be an integration id: use lower case letters, digits and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added from the issuer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a client with the provider, using {{redirect_uri}} as the redirect URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter its client ID (and client secret for a confidential client) when connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints read from %1&apos;s metadata when this integration was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::CustomIntegrationDialog</name>
    <message>
        <source>As the provider&apos;s metadata says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_secret_basic: secret in the Authorization header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_secret_post: secret in the request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private_key_jwt: assertion signed with a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: public client, PKCE only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Unsafe: client secrets and tokens sent to this host over http can be read and changed by anyone on the network path. Every connection of this integration will carry this warning. Use it only for a server on your own machine or a test network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the provider&apos;s issuer URL, like https://login.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer must be a web address starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an id for the integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id may hold only lower-case letters, digits and &apos;-&apos;, and must start with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An integration with the id &quot;%1&quot; exists already; choose another id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes are plain words separated by spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added, but without your client authentication and scopes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::DeviceFlow</name>
    <message>
        <source>The provider&apos;s device authorization or token endpoint is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for a user code (client_id %2, scope &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device authorization response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device authorization endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s device authorization answer is incomplete, so the sign-in cannot go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification_uri_complete is not an https URL and is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expires_in; assuming %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User code issued (device code %1); verify at %2%3; expires in %4 s; polling every %5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a link with the code filled in was given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser opened at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user code expired at %1 without approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved after %1 poll(s): access token %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, refresh token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval on the other device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider asked to slow down: polling every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; trying again in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was denied on the other device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code expired before it was approved: start connecting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not return an ID token for an OpenID Connect sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::Discovery</name>
    <message>
        <source>The issuer must be an https URL without query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata URL must be an https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s metadata document is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s metadata could not be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider has no metadata document at the expected address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s metadata is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s metadata names a different issuer; it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s metadata is incomplete or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::Flow</name>
    <message>
        <source>This sign-in does not come back to an address to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::GrantAlerts</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs you to sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider no longer accepts this connection&apos;s grant. Click to reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect %1 before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s grant ends then, used or not; only signing in again renews it. Click to reconnect now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::HistoryModel</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::Integration</name>
    <message>
        <source>hosts other than this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 allows plain http to %2: tokens cross the network unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a protocol parameter Keyway sets itself; it cannot be overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCE is off for %1: an authorization code intercepted on its way to Keyway could be redeemed by whoever took it (RFC 9700 §2.1.1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::IntegrationListModel</name>
    <message>
        <source>1 connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (worst: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::IntegrationLoader</name>
    <message>
        <source>The integration file %1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it is not read as an integration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::IntegrationPage</name>
    <message>
        <source>Unknown integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · custom integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Warning: %1. Client secrets and tokens sent over plain http can be read and changed by anyone on the network path; use this only for a test server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Provider documentation&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the custom integration %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its file is deleted from Keyway&apos;s folder of custom integrations. You can add it again at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its file is deleted. Its %n connection(s) stay in the list, but cannot be used or reconnected until you add the integration again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::Introspection</name>
    <message>
        <source>This provider offers no token introspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no token to look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an introspection answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s introspection answer does not say whether the token is active.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::JwksCache</name>
    <message>
        <source>The provider&apos;s key set address is not a secure (https) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s key set (JWKS) is unreasonably large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s key set (JWKS) did not arrive in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s key set (JWKS) could not be downloaded (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s key set (JWKS) could not be downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s key set address did not return JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s key set (JWKS) holds no usable signing key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::JwtBearerFlow</name>
    <message>
        <source>The service account (the assertion&apos;s issuer) is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private key is stored for this connection: connect again with the key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored private key cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign the assertion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT bearer grant at %1: iss %2%3, aud %4, key %5, scope &quot;%6&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, sub %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::Keeper</name>
    <message>
        <source>its grant ended %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::KeeperTimer</name>
    <message>
        <source>systemd cannot run Keyway from %1: move it to a path without quotes, backslashes or line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway could not create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway could not remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemctl was not found (or KEYWAY_SYSTEMCTL is empty): the timer runs once systemd&apos;s user manager loads it (systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd&apos;s user manager did not take &quot;systemctl %1&quot; (%2): the files are in place; in your desktop session run: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::KeychainRecovery</name>
    <message>
        <source>Recovered from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered from the keychain after the database lost its record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken back from the keychain to be revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway&apos;s database has no record of 1 connection whose tokens are still in the keychain (the database was deleted, emptied or replaced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway&apos;s database has no record of %1 connections whose tokens are still in the keychain (the database was deleted, emptied or replaced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 connection recovered from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connections recovered from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be recovered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved by an older Keyway cannot be rebuilt: revoke and remove them, then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 connection revoked at its provider and removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connections revoked at their providers and removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::KeychainSecretStore</name>
    <message>
        <source>A keychain entry of Keyway&apos;s is damaged (its parts do not match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A keychain entry of Keyway&apos;s is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::LoopbackServer</name>
    <message>
        <source>Keyway only listens on the loopback addresses 127.0.0.1 and ::1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This listener is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on %2 is already in use by another program. Close that program, or choose another port if the provider allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway is not allowed to listen on port %1. Choose a port above 1023.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway could not listen on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::MainWindow</name>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the custom integration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover them from the keychain, or revoke them at their providers and remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke them at their providers and remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovering connections from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke and remove the lost connections?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke and remove the lost connection?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke and remove %1 lost connections?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway revokes their grants at their providers and deletes their tokens from the keychain. To use them again you connect them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke and remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking the lost connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret vault is locked: connections cannot use their tokens until you unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide these notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild the connections the database lost from their entries in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover the lost connections from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke and remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the lost connections at their providers and delete their entries from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke and remove the lost connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase of Keyway&apos;s encrypted secret vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the secret vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault stays locked. Unlock it with File ▸ Unlock vault… (Ctrl+Shift+U).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 integrations shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an integration on the left to see its connections, or pick &quot;Connected&quot; in the category list to see only the ones in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect an account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connections yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Keyway Sandbox to try everything without an account: sign-in, token refresh, the token inspector and the request console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect Keyway Sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an integration on the left (Ctrl+F to search) and press Connect. Each integration page says what to register at the provider first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove integration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your connections (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Keyway Sandbox fault is on: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway Sandbox faults are on: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections to the sandbox fail on purpose until it is switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox &amp;panel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch all &amp;off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sandbox fault is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an integration first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected; the provider did not say which account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs to be reconnected: press Reconnect beside it in Your connections, or Ctrl+R.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;A connection manager for API integrations: OAuth 2.0, OpenID Connect, API keys and more, with secrets kept in the system keychain.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not open its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Fix the problem and start %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your connections (%1) · ⚠ 1 needs you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your connections (%1) · ⚠ %2 need you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your connections: 1 connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your connections: %1 connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, 1 needs you (worst: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 need you (worst: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::MessagePanel</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::PrivateKeyPanel</name>
    <message>
        <source>RSA 2048 (RS256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC P-256 (ES256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too large to be a private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PEM private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 key loaded from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating a %1 key pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key was generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1 key pair generated. Register its public key (below) with %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ProtocolClient</name>
    <message>
        <source>The provider&apos;s answer was too large and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not answer in time. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the provider could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s server could not be found. Check the address and your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s server refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the provider. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::RedirectHandoff</name>
    <message>
        <source>Keyway did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a sign-in response for Keyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This response names no Keyway sign-in (it carries no state), so it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Keyway sign-in is waiting for this response: it has ended, timed out, or belongs to another attempt. Start connecting again in Keyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway&apos;s answer was not understood.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::RefreshCoordinator</name>
    <message>
        <source>The provider gave no refresh token, so this connection cannot renew itself: connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of connection has no token to refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored credentials are damaged: connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection was disconnected: connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization is no longer valid: connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A renewal sent at %1 never finished (its process ended or its answer was lost): the provider may already have replaced the refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the current access token until it expires at %1 before trying the refresh token again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider says the refresh token is still valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider says the refresh token is no longer valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interrupted renewal used up this connection&apos;s refresh token and its replacement was lost: connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing (refresh token %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying the refresh (attempt %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3 of %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The provider may have renewed the token without Keyway hearing of it: Keyway keeps the current tokens and checks before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New access token %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, refresh token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewed tokens could not be saved in the keychain (%1): Keyway keeps them in memory and saves them as soon as the keychain is available again. Until then the connection is at risk: if Keyway quits first, you may have to connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewed tokens held in memory are now saved in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewal was stopped before attempt %1. The connection keeps its current tokens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::RequestConsole</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Enter a URL first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The request could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the credential to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of this connection&apos;s addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever runs %1 could use this connection&apos;s credential as you. Send the request without it unless you trust that site with this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send without the credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always send it to %1 for this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending… %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ No answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · the token was refreshed and the request retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · ⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect with the permission %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary content (%1). Save the body to look at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary content is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body was cut off at %1 by Keyway&apos;s size limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting all %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ No cURL command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The credential cannot be copied here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::Revoker</name>
    <message>
        <source>This provider offers no way to revoke tokens; remove the app&apos;s access in the provider&apos;s account settings instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no token to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a revocation answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider cannot revoke the token right now. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::SandboxPanel</name>
    <message>
        <source>Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the Keyway Sandbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — client %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway should %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to the next request only, then switches itself off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Error:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Keyway starts it when you connect or use the Keyway Sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by another Keyway process at %1; the switches below act on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on until switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every fault is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::SandboxServer</name>
    <message>
        <source>Stop the Keyway Sandbox before it changes its store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Keyway Sandbox already runs on port %1; stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Keyway Sandbox could not make its signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Keyway Sandbox needs port %1 on 127.0.0.1, but another program that is not a Keyway Sandbox uses it. Close that program and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Keyway Sandbox needs port %1 on 127.0.0.1, but a Keyway Sandbox that is not yours holds it (another user&apos;s, or one working from another data folder). Stop that one and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::SchemeRedirectListener</name>
    <message>
        <source>Keyway&apos;s folder for app redirects (%1) is not safe to use: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it belongs to another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>others may open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in listener was already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app redirect is not configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway could not wait for the app redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid sign-in response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway is no longer waiting for this response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not Keyway&apos;s redirect URI.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ScopeVocabulary</name>
    <message>
        <source>The unified scope list is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ScopesPanel</name>
    <message>
        <source>Requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will request no scope: the provider&apos;s default applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing chosen, so the integration&apos;s defaults will be requested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will request no scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will request exactly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 (%2) is not offered by %3 and will not be requested.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::SecretStore</name>
    <message>
        <source>No D-Bus session bus, so no Secret Service can be reached. Log in to a desktop session (or start one with dbus-run-session) with GNOME Keyring or KWallet running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Secret Service on the session bus. Start GNOME Keyring, KWallet or another org.freedesktop.secrets provider, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (log in to your desktop session, or unlock the login keyring in your keyring manager), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access. It may be locked: unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A keychain entry of Keyway&apos;s is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored for this item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::SettingsDialog</name>
    <message>
        <source>Add CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name, or choose another proxy setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files hold no readable PEM certificate and were skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ShortcutsDialog</name>
    <message>
        <source>Move from a search or filter field into its list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the integration or connection selected in a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a list&apos;s context menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu key or Shift+F10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected timeline event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a sign-in or a request under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between fields and buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::TemplateExpander</name>
    <message>
        <source>Enter the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration uses an undeclared value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required value is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value from the provider&apos;s token response is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an acceptable URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used in a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration has a malformed URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values entered do not make a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::TimelineModel</name>
    <message>
        <source>%1 (attempt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · step &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the event before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::TimelineView</name>
    <message>
        <source>Every kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 events shown, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are local, with milliseconds and the offset from UTC; details are redacted before they are stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 event copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only &quot;%1&quot; events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only &amp;failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export diagnostic bundle…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::TokenInspector</name>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens are read from the keychain when this tab is open, and shown masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The tokens could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens are masked until you reveal them. JWTs are decoded here and their signature is checked against the provider&apos;s published keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the signature against the provider&apos;s keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature valid (checked against the provider&apos;s JWKS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature valid: key %1 of the provider&apos;s JWKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature NOT valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the provider…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::TokenView</name>
    <message>
        <source>%1, masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introspect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider issued no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT, signed with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · fingerprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider says the token is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider says the token is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introspection (RFC 7662)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::UserInfo</name>
    <message>
        <source>This provider has no address to ask who is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no access token to ask with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>information about the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider sent signed account information, which Keyway cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s answer is not JSON, so it could not be read as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::VaultSecretStore</name>
    <message>
        <source>Keyway keeps secrets in its encrypted vault, which is locked. Unlock it with its passphrase (in the window, or with KEYWAY_VAULT_PASSPHRASE_FILE for the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway&apos;s encrypted vault could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Keyway process holds the encrypted vault. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::VaultUnlockDialog</name>
    <message>
        <source>Create the secret vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the secret vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway keeps tokens and client secrets in an encrypted vault on this computer. Choose a passphrase for it; without the passphrase nobody (not even Keyway) can read them, so keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway&apos;s tokens and client secrets are in an encrypted vault (%1). Enter its passphrase to use your connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the vault locked; File ▸ Unlock vault… asks again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
