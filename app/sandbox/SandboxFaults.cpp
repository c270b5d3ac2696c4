#include "sandbox/SandboxFaults.h"

#include <QCoreApplication>

namespace keyway {

namespace {

// tr() under the context lupdate records for these strings (a free tr() would be filed under the
// namespace and never found at run time).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SandboxFaults)
};

QList<SandboxFaults::Info> buildCatalog()
{
    using F = SandboxFaults::Fault;
    using K = SandboxFaults::Kind;
    constexpr int once = 1;
    constexpr int always = SandboxFaults::kUntilOff;
    return {
        {F::ExpireAccessTokens, K::Action, QStringLiteral("expire-access-tokens"), Tr::tr("Expire access tokens now"),
            Tr::tr("Every access token issued so far (by this process or an earlier one) stops working at once: the API and "
                   "userinfo answer 401 "
                   "invalid_token, introspection says inactive."),
            Tr::tr("get 401 on the next request, refresh the token and retry the request once; without a refresh token, "
                   "ask to reconnect."),
            0, 0, 0, {}},
        {F::RevokeRefreshTokens, K::Action, QStringLiteral("revoke-refresh-tokens"), Tr::tr("Revoke refresh tokens"),
            Tr::tr("Every refresh token is revoked, as when the user removes the app's access at the provider. Access "
                   "tokens keep working until they expire (expire them too to see it at once)."),
            Tr::tr("get invalid_grant on the next refresh, mark the connection as needing re-authorization and offer to "
                   "reconnect."),
            0, 0, 0, {}},
        {F::RefreshInvalidGrant, K::Count, QStringLiteral("refresh-invalid-grant"), Tr::tr("Next refresh fails"),
            Tr::tr("The next refresh_token request is answered 400 invalid_grant, and that grant is revoked."),
            Tr::tr("mark the connection as needing re-authorization and prompt to reconnect, without retrying the refresh."),
            once, 0, 0, {}},
        {F::ServerError, K::Count, QStringLiteral("server-error"), Tr::tr("Answer 500"),
            Tr::tr("The token endpoint, userinfo and the demo API answer 500 Internal Server Error."),
            Tr::tr("show a clear error naming HTTP 500 and keep the connection's tokens; work again once the fault is off."),
            always, 0, 0, {}},
        {F::ServiceUnavailable, K::Count, QStringLiteral("service-unavailable"), Tr::tr("Answer 503"),
            Tr::tr("The token endpoint, userinfo and the demo API answer 503 Service Unavailable with Retry-After: 2."),
            Tr::tr("wait as Retry-After says (when it is at most 10 s) and retry; if the provider stays unavailable, say "
                   "so clearly and keep the tokens."),
            always, 0, 0, {}},
        {F::SlowResponses, K::Value, QStringLiteral("slow"), Tr::tr("Answer slowly"),
            Tr::tr("The token endpoint, userinfo and the demo API answer only after a delay (milliseconds, at most 30000)."),
            Tr::tr("show that it is waiting, stay responsive and let the user cancel; past its own timeout, report a "
                   "timeout."),
            5000, 0, SandboxFaults::kMaxDelayMs, QStringLiteral("ms")},
        {F::MalformedTokenResponse, K::Count, QStringLiteral("malformed-token-response"), Tr::tr("Malformed token response"),
            Tr::tr("The next token endpoint response is 200 with truncated JSON. Nothing is issued or consumed."),
            Tr::tr("report that the token response could not be read (it is not valid JSON; the details say where it "
                   "breaks off, never the raw answer, which may hold a token) and keep the tokens it had."),
            once, 0, 0, {}},
        {F::HtmlTokenResponse, K::Count, QStringLiteral("html-token-response"), Tr::tr("HTML token response"),
            Tr::tr("The next token endpoint response is 200 with an HTML page, as a captive portal or a misconfigured "
                   "proxy sends. Nothing is issued or consumed."),
            Tr::tr("report that the provider answered with a web page instead of JSON and keep the tokens it had."), once, 0, 0,
            {}},
        {F::OmitExpiresIn, K::Count, QStringLiteral("omit-expires-in"), Tr::tr("Omit expires_in"),
            Tr::tr("Token responses leave out expires_in (RFC 6749 §5.1 only recommends it); the tokens still expire "
                   "after the configured lifetime."),
            Tr::tr("show the expiry as unknown and refresh when the API answers 401."), always, 0, 0, {}},
        {F::WrongState, K::Count, QStringLiteral("wrong-state"), Tr::tr("Wrong state on the callback"),
            Tr::tr("The next authorization response carries a state that does not match the request."),
            Tr::tr("refuse the callback (its state is not this sign-in's: a possible CSRF attack), request no tokens, and "
                   "keep waiting for the real response until the time-out, which says a response was ignored."),
            once, 0, 0, {}},
        {F::WrongIssuer, K::Count, QStringLiteral("wrong-iss"), Tr::tr("Wrong iss on the callback"),
            Tr::tr("The next authorization response carries an iss naming another server (an RFC 9207 mix-up)."),
            Tr::tr("refuse the callback with an issuer mismatch error and request no tokens."), once, 0, 0, {}},
        {F::UnknownSigningKey, K::Count, QStringLiteral("unknown-signing-key"), Tr::tr("id_token signed with an unknown key"),
            Tr::tr("The next id_token is signed with a key whose kid the JWKS does not publish."),
            Tr::tr("fetch the JWKS again at once, still find no such key, and refuse the sign-in with a clear error. "
                   "Another unknown key within 30 s is refused without a fetch."),
            once, 0, 0, {}},
        {F::WrongNonce, K::Count, QStringLiteral("wrong-nonce"), Tr::tr("id_token with a wrong nonce"),
            Tr::tr("The next id_token issued for a request with a nonce carries another nonce."),
            Tr::tr("refuse the sign-in (nonce mismatch, a possible replay) with a clear error."), once, 0, 0, {}},
        {F::RotateKeys, K::Action, QStringLiteral("rotate-keys"), Tr::tr("Rotate signing keys"),
            Tr::tr("A new RS256 key signs from now on; the JWKS publishes it beside the previous one."),
            Tr::tr("see an unknown kid on the next id_token, fetch the JWKS again at once and sign in normally, even "
                   "right after another sign-in."),
            0, 0, 0, {}},
        {F::ClockSkew, K::Value, QStringLiteral("clock-skew"), Tr::tr("Provider's clock is off"),
            Tr::tr("The sandbox's clock runs N minutes ahead (negative: behind): id_tokens carry iat, exp and auth_time "
                   "off by that much, and so does the Date header of its answers."),
            Tr::tr("accept an id_token whose times are off by up to 5 minutes; beyond that, refuse the sign-in with an "
                   "error that says how far the provider's clock is from this computer's (measured from the Date header), "
                   "instead of blaming either."),
            10, -SandboxFaults::kMaxSkewMinutes, SandboxFaults::kMaxSkewMinutes, QStringLiteral("minutes")},
        {F::JwksUnavailable, K::Count, QStringLiteral("jwks-down"), Tr::tr("Keys endpoint down"),
            Tr::tr("The JWKS endpoint (/jwks) answers 503 Service Unavailable; everything else works."),
            Tr::tr("keep validating id_tokens with the keys it fetched before; when it has none (or meets a new kid), refuse "
                   "the sign-in with an error saying the provider's signing keys could not be fetched and store no "
                   "connection; not ask again within 30 s of a failed fetch, and sign in normally once the keys are back."),
            always, 0, 0, {}},
        {F::FewerScopes, K::Count, QStringLiteral("fewer-scopes"), Tr::tr("Grant fewer scopes than asked"),
            Tr::tr("Consent grants only the identity scopes (openid, profile, email, offline_access), whatever was asked "
                   "and ticked; the token response's scope lists what was granted (RFC 6749 §5.1)."),
            Tr::tr("connect, name the scopes asked for but not granted (the command line on stderr, the window on the "
                   "connection's page), keep only the granted ones, and when the API answers 403 insufficient_scope show "
                   "that answer without refreshing or asking to reconnect."),
            always, 0, 0, {}},
        {F::UserinfoFailing, K::Count, QStringLiteral("userinfo-failing"), Tr::tr("Userinfo fails"),
            Tr::tr("The userinfo endpoint answers 500 while the token endpoint and the demo API work."),
            Tr::tr("still connect, naming the account from the id_token's claims, with a warning in the event log that "
                   "userinfo failed; API requests keep working."),
            always, 0, 0, {}},
        {F::InvalidClientOnRefresh, K::Count, QStringLiteral("invalid-client-on-refresh"), Tr::tr("Client rejected on refresh"),
            Tr::tr("Refresh requests are answered 401 invalid_client, as after the client's secret was rotated (or the "
                   "client deleted) at the provider."),
            Tr::tr("report that the provider rejected the client's credentials (invalid_client) without retrying and "
                   "without calling the grant lost: the tokens are kept, the connection shows the error, and reconnecting "
                   "in place (with the new secret) restores it."),
            always, 0, 0, {}},
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

int SandboxFaults::clamp(Fault fault, int value)
{
    const Info &i = info(fault);
    switch (i.kind) {
    case Kind::Action:
        return 0;
    case Kind::Count:
        return value < 0 ? kUntilOff : qMin(value, kMaxCount);
    case Kind::Value:
        return qBound(i.minValue, value, i.maxValue);
    }
    return 0;
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
    const int min = info.kind == Kind::Value ? info.minValue : info.kind == Kind::Count ? kUntilOff : 0;
    const int max = info.kind == Kind::Value ? info.maxValue : kMaxCount;
    if (!ok || number < min || number > max) {
        QString allowed;
        switch (info.kind) {
        case Kind::Action:
            allowed = Tr::tr("on");
            break;
        case Kind::Count:
            allowed = Tr::tr("on, off, a number of requests up to %1, or -1 for until switched off").arg(kMaxCount);
            break;
        case Kind::Value:
            allowed = Tr::tr("on, off or a number of %1 from %2 to %3").arg(info.unit).arg(info.minValue).arg(info.maxValue);
            break;
        }
        return Error::make(QStringLiteral("invalid_fault_value"),
            Tr::tr("\"%1\" is not a value for the fault %2: use %3.").arg(text.left(40), info.name, allowed));
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

QJsonObject SandboxFaults::toJson(Fault fault, int value)
{
    const Info &i = info(fault);
    QJsonObject json {{QStringLiteral("name"), i.name}, {QStringLiteral("kind"), kindName(i.kind)},
        {QStringLiteral("title"), i.title}, {QStringLiteral("description"), i.description},
        {QStringLiteral("expected"), i.expected}, {QStringLiteral("active"), value != 0}, {QStringLiteral("value"), value},
        {QStringLiteral("state"), commandLineState(fault, value)}};
    if (i.kind == Kind::Value)
        json.insert(QStringLiteral("unit"), i.unit);
    return json;
}

QString SandboxFaults::commandLineState(Fault fault, int value)
{
    const Info &i = info(fault);
    switch (i.kind) {
    case Kind::Action:
        return QStringLiteral("action");
    case Kind::Value:
        return value == 0 ? QStringLiteral("off") : QStringLiteral("on, %1 %2").arg(value).arg(i.unit);
    case Kind::Count:
        if (value == 0)
            return QStringLiteral("off");
        return value == kUntilOff ? QStringLiteral("on") : QStringLiteral("on, next %1").arg(value);
    }
    return {};
}

QString SandboxFaults::stateText(const Info &info, int value)
{
    switch (info.kind) {
    case Kind::Count:
        if (value == kUntilOff)
            return Tr::tr("until switched off");
        if (value == 1)
            return Tr::tr("next request only");
        return value > 1 ? Tr::tr("next %n request(s)", nullptr, value) : QString();
    case Kind::Value:
        // The clock skew may be negative (a clock behind); each value fault has its own unit.
        return value != 0 ? Tr::tr("%1 %2").arg(value).arg(info.unit) : QString();
    case Kind::Action:
        break;
    }
    return {};
}

} // namespace keyway
