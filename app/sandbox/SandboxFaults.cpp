#include "sandbox/SandboxFaults.h"

#include <QCoreApplication>

namespace keyway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SandboxFaults", text);
}

QList<SandboxFaults::Info> buildCatalog()
{
    using F = SandboxFaults::Fault;
    using K = SandboxFaults::Kind;
    constexpr int once = 1;
    constexpr int always = SandboxFaults::kUntilOff;
    return {
        {F::ExpireAccessTokens, K::Action, QStringLiteral("expire-access-tokens"), tr("Expire access tokens now"),
            tr("Every access token issued so far stops working at once: the API and userinfo answer 401 "
               "invalid_token, introspection says inactive."),
            tr("get 401 on the next request, refresh the token and retry the request once; without a refresh token, "
               "ask to reconnect."),
            0},
        {F::RevokeRefreshTokens, K::Action, QStringLiteral("revoke-refresh-tokens"), tr("Revoke refresh tokens"),
            tr("Every refresh token is revoked, as when the user removes the app's access at the provider. Access "
               "tokens keep working until they expire (expire them too to see it at once)."),
            tr("get invalid_grant on the next refresh, mark the connection as needing re-authorization and offer to "
               "reconnect."),
            0},
        {F::RefreshInvalidGrant, K::Count, QStringLiteral("refresh-invalid-grant"), tr("Next refresh fails"),
            tr("The next refresh_token request is answered 400 invalid_grant, and that grant is revoked."),
            tr("mark the connection as needing re-authorization and prompt to reconnect, without retrying the refresh."), once},
        {F::ServerError, K::Count, QStringLiteral("server-error"), tr("Answer 500"),
            tr("The token endpoint, userinfo and the demo API answer 500 Internal Server Error."),
            tr("show a clear error naming HTTP 500 and keep the connection's tokens; work again once the fault is off."), always},
        {F::ServiceUnavailable, K::Count, QStringLiteral("service-unavailable"), tr("Answer 503"),
            tr("The token endpoint, userinfo and the demo API answer 503 Service Unavailable with Retry-After: 2."),
            tr("wait as Retry-After says (when it is at most 10 s) and retry; if the provider stays unavailable, say "
               "so clearly and keep the tokens."),
            always},
        {F::SlowResponses, K::Value, QStringLiteral("slow"), tr("Answer slowly"),
            tr("The token endpoint, userinfo and the demo API answer only after a delay (milliseconds, at most 30000)."),
            tr("show that it is waiting, stay responsive and let the user cancel; past its own timeout, report a "
               "timeout."),
            5000},
        {F::MalformedTokenResponse, K::Count, QStringLiteral("malformed-token-response"), tr("Malformed token response"),
            tr("The next token endpoint response is 200 with truncated JSON. Nothing is issued or consumed."),
            tr("report that the token response could not be read (it is not valid JSON; the details say where it "
               "breaks off, never the raw answer, which may hold a token) and keep the tokens it had."),
            once},
        {F::HtmlTokenResponse, K::Count, QStringLiteral("html-token-response"), tr("HTML token response"),
            tr("The next token endpoint response is 200 with an HTML page, as a captive portal or a misconfigured "
               "proxy sends. Nothing is issued or consumed."),
            tr("report that the provider answered with a web page instead of JSON and keep the tokens it had."), once},
        {F::OmitExpiresIn, K::Count, QStringLiteral("omit-expires-in"), tr("Omit expires_in"),
            tr("Token responses leave out expires_in (RFC 6749 §5.1 only recommends it); the tokens still expire "
               "after the configured lifetime."),
            tr("show the expiry as unknown and refresh when the API answers 401."), always},
        {F::WrongState, K::Count, QStringLiteral("wrong-state"), tr("Wrong state on the callback"),
            tr("The next authorization response carries a state that does not match the request."),
            tr("refuse the callback (its state is not this sign-in's: a possible CSRF attack), request no tokens, and "
               "keep waiting for the real response until the time-out, which says a response was ignored."),
            once},
        {F::WrongIssuer, K::Count, QStringLiteral("wrong-iss"), tr("Wrong iss on the callback"),
            tr("The next authorization response carries an iss naming another server (an RFC 9207 mix-up)."),
            tr("refuse the callback with an issuer mismatch error and request no tokens."), once},
        {F::UnknownSigningKey, K::Count, QStringLiteral("unknown-signing-key"), tr("id_token signed with an unknown key"),
            tr("The next id_token is signed with a key whose kid the JWKS does not publish."),
            tr("fetch the JWKS again at once, still find no such key, and refuse the sign-in with a clear error. "
               "Another unknown key within 30 s is refused without a fetch."),
            once},
        {F::WrongNonce, K::Count, QStringLiteral("wrong-nonce"), tr("id_token with a wrong nonce"),
            tr("The next id_token issued for a request with a nonce carries another nonce."),
            tr("refuse the sign-in (nonce mismatch, a possible replay) with a clear error."), once},
        {F::RotateKeys, K::Action, QStringLiteral("rotate-keys"), tr("Rotate signing keys"),
            tr("A new RS256 key signs from now on; the JWKS publishes it beside the previous one."),
            tr("see an unknown kid on the next id_token, fetch the JWKS again at once and sign in normally, even "
               "right after another sign-in."),
            0},
    };
}

} // namespace

const QList<SandboxFaults::Info> &SandboxFaults::catalog()
{
    static const QList<Info> list = buildCatalog();
    return list;
}

const SandboxFaults::Info &SandboxFaults::info(Fault fault)
{
    for (const Info &i : catalog()) {
        if (i.fault == fault)
            return i;
    }
    Q_UNREACHABLE();
    return catalog().first();
}

std::optional<SandboxFaults::Fault> SandboxFaults::fromName(const QString &name)
{
    for (const Info &i : catalog()) {
        if (i.name == name)
            return i.fault;
    }
    return std::nullopt;
}

int SandboxFaults::set(Fault fault, int value)
{
    const Info &i = info(fault);
    switch (i.kind) {
    case Kind::Action:
        value = 0;
        break;
    case Kind::Count:
        value = value < 0 ? kUntilOff : qMin(value, kMaxCount);
        break;
    case Kind::Value:
        value = qBound(0, value, kMaxDelayMs);
        break;
    }
    if (value == 0)
        m_values.remove(fault);
    else
        m_values.insert(fault, value);
    return value;
}

bool SandboxFaults::consume(Fault fault)
{
    const auto it = m_values.find(fault);
    if (it == m_values.end())
        return false;
    if (*it > 0 && --*it == 0)
        m_values.erase(it);
    return true;
}

Result<int> SandboxFaults::parseValue(const Info &info, const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("on") || t == QLatin1String("true") || t == QLatin1String("yes"))
        return info.kind == Kind::Action ? 1 : info.onValue;
    if (t == QLatin1String("off") || t == QLatin1String("false") || t == QLatin1String("no"))
        return 0;
    bool ok = false;
    const int number = t.toInt(&ok);
    const int max = info.kind == Kind::Value ? kMaxDelayMs : kMaxCount;
    if (!ok || number < (info.kind == Kind::Count ? kUntilOff : 0) || number > max) {
        QString allowed;
        switch (info.kind) {
        case Kind::Action:
            allowed = tr("on");
            break;
        case Kind::Count:
            allowed = tr("on, off, a number of requests up to %1, or -1 for until switched off").arg(kMaxCount);
            break;
        case Kind::Value:
            allowed = tr("on, off or milliseconds up to %1").arg(kMaxDelayMs);
            break;
        }
        return Error::make(QStringLiteral("invalid_fault_value"),
            tr("\"%1\" is not a value for the fault %2: use %3.").arg(text.left(40), info.name, allowed));
    }
    return number;
}

QString SandboxFaults::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Action:
        return QStringLiteral("action");
    case Kind::Count:
        return QStringLiteral("count");
    case Kind::Value:
        return QStringLiteral("value");
    }
    return {};
}

QJsonObject SandboxFaults::toJson(Fault fault) const
{
    const Info &i = info(fault);
    return QJsonObject {{QStringLiteral("name"), i.name}, {QStringLiteral("kind"), kindName(i.kind)},
        {QStringLiteral("title"), i.title}, {QStringLiteral("description"), i.description},
        {QStringLiteral("expected"), i.expected}, {QStringLiteral("active"), isActive(fault)},
        {QStringLiteral("value"), value(fault)}};
}

QString SandboxFaults::stateText(const Info &info, int value)
{
    switch (info.kind) {
    case Kind::Count:
        if (value == kUntilOff)
            return tr("until switched off");
        if (value == 1)
            return tr("next request only");
        return value > 1 ? tr("next %1 requests").arg(value) : QString();
    case Kind::Value:
        return value > 0 ? tr("%1 ms").arg(value) : QString();
    case Kind::Action:
        break;
    }
    return {};
}

} // namespace keyway
