<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>the keychain did not take the renewed tokens (is it locked?). Unlock it within %n second(s), or the new refresh token is lost and you may have to connect again.</source>
        <translation>
            <numerusform>the keychain did not take the renewed tokens (is it locked?). Unlock it within %n second, or the new refresh token is lost and you may have to connect again.</numerusform>
            <numerusform>the keychain did not take the renewed tokens (is it locked?). Unlock it within %n seconds, or the new refresh token is lost and you may have to connect again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClockLeeway</name>
    <message numerus="yes">
        <source>%n day(s) %1 h</source>
        <translation>
            <numerusform>%n day %1 h</numerusform>
            <numerusform>%n days %1 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionChooser</name>
    <message numerus="yes">
        <source>&quot;%1&quot; answers for %n connection(s) (%2): name one of them, or make one the default with keyway connections default %3 CONNECTION.</source>
        <translation>
            <numerusform>&quot;%1&quot; answers for %n connection (%2): name one of them, or make one the default with keyway connections default %3 CONNECTION.</numerusform>
            <numerusform>&quot;%1&quot; answers for %n connections (%2): name one of them, or make one the default with keyway connections default %3 CONNECTION.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; matches %n connection(s): give more of the id.</source>
        <translation>
            <numerusform>&quot;%1&quot; matches %n connection: give more of the id.</numerusform>
            <numerusform>&quot;%1&quot; matches %n connections: give more of the id.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseRecovery</name>
    <message numerus="yes">
        <source>%n connection(s) were recovered and keep their tokens from the keychain.</source>
        <translation>
            <numerusform>%n connection was recovered and keeps its tokens from the keychain.</numerusform>
            <numerusform>%n connections were recovered and keep their tokens from the keychain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncryptedVault</name>
    <message numerus="yes">
        <source>The vault passphrase must be at least %n character(s) long.</source>
        <translation>
            <numerusform>The vault passphrase must be at least %n character long.</numerusform>
            <numerusform>The vault passphrase must be at least %n characters long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GitCredential</name>
    <message numerus="yes">
        <source>more than %n byte(s)</source>
        <translation>
            <numerusform>more than %n byte</numerusform>
            <numerusform>more than %n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestCommand</name>
    <message numerus="yes">
        <source>the answer was cut off at %n byte(s)</source>
        <translation>
            <numerusform>the answer was cut off at %n byte</numerusform>
            <numerusform>the answer was cut off at %n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxFaults</name>
    <message numerus="yes">
        <source>next %n request(s)</source>
        <translation>
            <numerusform>next %n request</numerusform>
            <numerusform>next %n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceAccountKey</name>
    <message numerus="yes">
        <source>This file is too large to be a service account key (%n byte(s)).</source>
        <translation>
            <numerusform>This file is too large to be a service account key (%n byte).</numerusform>
            <numerusform>This file is too large to be a service account key (%n bytes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::AuthorizationCodeFlow</name>
    <message numerus="yes">
        <source>%n response(s) that did not belong to this sign-in (wrong or missing state) were ignored.</source>
        <translation>
            <numerusform>%n response that did not belong to this sign-in (wrong or missing state) was ignored.</numerusform>
            <numerusform>%n responses that did not belong to this sign-in (wrong or missing state) were ignored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ConnectionListModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ConnectionPage</name>
    <message numerus="yes">
        <source>Access token copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Access token copied. The clipboard is cleared in %n second.</numerusform>
            <numerusform>Access token copied. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ConnectionService</name>
    <message numerus="yes">
        <source>&quot;%1&quot; matches %n connection(s): give more of the id.</source>
        <translation>
            <numerusform>&quot;%1&quot; matches %n connection: give more of the id.</numerusform>
            <numerusform>&quot;%1&quot; matches %n connections: give more of the id.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ConnectionsView</name>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) you (press Reconnect)</source>
        <translation>
            <numerusform>%n needs you (press Reconnect)</numerusform>
            <numerusform>%n need you (press Reconnect)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a temporary problem or expiring</source>
        <translation>
            <numerusform>%n with a temporary problem or expiring</numerusform>
            <numerusform>%n with a temporary problem or expiring</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::IntegrationListModel</name>
    <message numerus="yes">
        <source>%n connection(s) (worst: %1)</source>
        <translation>
            <numerusform>%n connection (worst: %1)</numerusform>
            <numerusform>%n connections (worst: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::IntegrationPage</name>
    <message numerus="yes">
        <source>Its file is deleted. Its %n connection(s) stay in the list, but cannot be used or reconnected until you add the integration again.</source>
        <translation>
            <numerusform>Its file is deleted. Its %n connection stays in the list, but cannot be used or reconnected until you add the integration again.</numerusform>
            <numerusform>Its file is deleted. Its %n connections stay in the list, but cannot be used or reconnected until you add the integration again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::KeychainRecovery</name>
    <message numerus="yes">
        <source>Keyway&apos;s database has no record of %n connection(s) whose tokens are still in the keychain (the database was deleted, emptied or replaced).</source>
        <translation>
            <numerusform>Keyway&apos;s database has no record of %n connection whose tokens are still in the keychain (the database was deleted, emptied or replaced).</numerusform>
            <numerusform>Keyway&apos;s database has no record of %n connections whose tokens are still in the keychain (the database was deleted, emptied or replaced).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) recovered from the keychain.</source>
        <translation>
            <numerusform>%n connection recovered from the keychain.</numerusform>
            <numerusform>%n connections recovered from the keychain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) saved by an older Keyway cannot be rebuilt: revoke and remove them, then connect again.</source>
        <translation>
            <numerusform>%n connection saved by an older Keyway cannot be rebuilt: revoke and remove it, then connect again.</numerusform>
            <numerusform>%n connections saved by an older Keyway cannot be rebuilt: revoke and remove them, then connect again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) revoked at their providers and removed.</source>
        <translation>
            <numerusform>%n connection revoked at its provider and removed.</numerusform>
            <numerusform>%n connections revoked at their providers and removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::MainWindow</name>
    <message numerus="yes">
        <source>%1 of %n integration(s) shown</source>
        <translation>
            <numerusform>%1 of %n integration shown</numerusform>
            <numerusform>%1 of %n integrations shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your connections (%1) · ⚠ %n need(s) you</source>
        <translation>
            <numerusform>Your connections (%1) · ⚠ %n needs you</numerusform>
            <numerusform>Your connections (%1) · ⚠ %n need you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your connections: %n connection(s)</source>
        <translation>
            <numerusform>Your connections: %n connection</numerusform>
            <numerusform>Your connections: %n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n need(s) you (worst: %2)</source>
        <translation>
            <numerusform>%1, %n needs you (worst: %2)</numerusform>
            <numerusform>%1, %n need you (worst: %2)</numerusform>
        </translation>
    </message>
</context>
</TS>
