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
    <name>keyway::IntegrationPage</name>
    <message numerus="yes">
        <source>Its file is deleted. Its %n connection(s) stay in the list, but cannot be used or reconnected until you add the integration again.</source>
        <translation>
            <numerusform>Its file is deleted. Its %n connection stays in the list, but cannot be used or reconnected until you add the integration again.</numerusform>
            <numerusform>Its file is deleted. Its %n connections stay in the list, but cannot be used or reconnected until you add the integration again.</numerusform>
        </translation>
    </message>
</context>
</TS>
