#pragma once

// The misbehaviours the Keyway Sandbox can be told to show, so QA (and a curious user) can watch Keyway cope
// with a provider that fails: the catalogue of faults with a human description and the behaviour Keyway should
// show, and the rules for their values. Plain data: the values themselves live in the sandbox's store
// (SandboxStore), where SandboxProvider reads and consumes them and the Sandbox panel and `keyway sandbox fault`
// change them, with or without a server running.
//
// Three kinds of fault:
//  - Action: happens once, at the moment it is switched on (expire every access token now, rotate keys).
//  - Count: affects the next N requests it applies to, or every one until switched off. "on" means the fault's
//    default: 1 (the next one only) for one-shot faults such as "next refresh fails", unlimited for lasting ones
//    such as "answer 500".
//  - Value: a setting with a number (the delay of slow answers in milliseconds, a clock skew in minutes) within
//    the fault's range; 0 is off.

#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace keyway {

class SandboxFaults
{
public:
    enum class Fault {
        ExpireAccessTokens, // action: every access token issued so far expires now
        RevokeRefreshTokens, // action: every refresh token is revoked
        RefreshInvalidGrant, // count (1): the next refresh is answered invalid_grant
        ServerError, // count (until off): token endpoint, userinfo and API answer 500
        ServiceUnavailable, // count (until off): the same answer 503 with Retry-After
        SlowResponses, // value (ms): the same answer only after a delay
        MalformedTokenResponse, // count (1): the next token response is truncated JSON
        HtmlTokenResponse, // count (1): the next token response is an HTML page
        OmitExpiresIn, // count (until off): token responses without expires_in
        WrongState, // count (1): the next authorization response carries another state
        WrongIssuer, // count (1): the next authorization response carries another iss
        UnknownSigningKey, // count (1): the next id_token is signed with a key the JWKS does not list
        WrongNonce, // count (1): the next id_token for a request with a nonce carries another one
        RotateKeys, // action: a new signing key; the JWKS lists it beside the previous one
        ClockSkew, // value (minutes): iat, exp, auth_time and the Date header as from a clock off by N minutes
        JwksUnavailable, // count (until off): /jwks answers 503
        FewerScopes, // count (until off): consent grants only the identity scopes, whatever was ticked
        UserinfoFailing, // count (until off): userinfo answers 500 while tokens and the API work
        InvalidClientOnRefresh, // count (until off): refresh requests are answered 401 invalid_client
    };

    enum class Kind { Action, Count, Value };

    // Unlimited, for Count faults: until switched off.
    static constexpr int kUntilOff = -1;
    static constexpr int kMaxDelayMs = 30000; // well under LoopbackServer's 60 s handler timeout
    static constexpr int kMaxSkewMinutes = 24 * 60;
    static constexpr int kMaxCount = 1000;

    struct Info
    {
        Fault fault;
        Kind kind;
        QString name; // command-line and control-endpoint name, e.g. "refresh-invalid-grant"
        QString title; // short label for the panel
        QString description; // what the sandbox does
        QString expected; // what Keyway should do, to be read after "Keyway should ...": what QA checks
        int onValue; // the value "on" stands for (Count: 1 or kUntilOff; Value: the default)
        int minValue = 0; // Value faults: the range a value is clamped to, and its unit ("ms", "minutes")
        int maxValue = 0;
        QString unit;
    };

    // Every fault, in the order the panel and `keyway sandbox faults` list them.
    static const QList<Info> &catalog();
    static const Info &info(Fault fault);
    static std::optional<Fault> fromName(const QString &name);

    // The value to store: 0 off; Count: remaining (kUntilOff = until switched off), at most kMaxCount; Value:
    // within the fault's range. Actions are never stored (always 0): the caller performs them.
    static int clamp(Fault fault, int value);

    // "on", "off", "true", "false", "yes", "no", "1", "0" or a whole number, as the command line and the
    // panel take it. Error code "invalid_fault_value".
    static Result<int> parseValue(const Info &info, const QString &text);

    // {"name", "kind", "title", "description", "expected", "active", "value"} for one fault with its value.
    static QJsonObject toJson(Fault fault, int value);
    static QString kindName(Kind kind);
    // How a fault set to `value` behaves, in words for the window: "next request only", "until switched off",
    // "2000 ms"; empty when off (and for actions, which are never stored).
    static QString stateText(const Info &info, int value);
    // "off", "on", "on, next 2", "on, 5000 ms", "action": a value as `keyway sandbox faults` shows it.
    static QString commandLineState(Fault fault, int value);
};

} // namespace keyway
