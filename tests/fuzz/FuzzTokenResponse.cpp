// libFuzzer target: TokenResponseParser, which reads every token endpoint answer (RFC 6749 §5.1 / §5.2) in
// JSON or form encoding, following an integration's response paths; plus the RFC 6750 §3 WWW-Authenticate
// parser that reads API challenges. Both are provider input. Checked besides memory safety: a token set that
// comes out has a usable access token (visible ASCII, RFC 6749 Appendix A.12) and a sane expiry, and a 5xx is
// always "server_error" (callers retry on that code alone).
#include "auth/ProtocolError.h"
#include "auth/TokenResponseParser.h"

#include "FuzzSupport.h"

using namespace keyway;

namespace {

ProviderConfig configFor(uint8_t choice)
{
    ProviderConfig config;
    config.scopes = {QStringLiteral("openid"), QStringLiteral("email")};
    switch (choice % 4) {
    case 1: // Slack-style nested paths and kept response values
        config.accessTokenPath = QStringLiteral("authed_user.access_token");
        config.refreshTokenPath = QStringLiteral("authed_user.refresh_token");
        config.scopePath = QStringLiteral("authed_user.scope");
        config.responseValues.insert(QStringLiteral("team"), QStringLiteral("team.id"));
        break;
    case 2: // GitHub-style form answers
        config.responseFormat = QStringLiteral("form");
        config.responseValues.insert(QStringLiteral("instance_url"), QStringLiteral("instance_url"));
        break;
    case 3: // array indexes in paths
        config.accessTokenPath = QStringLiteral("data.0.token");
        config.expiresInPath = QStringLiteral("data.0.ttl");
        config.responseFormat = QStringLiteral("json");
        break;
    default:
        break;
    }
    return config;
}

const QByteArray kContentTypes[] = {"application/json", "application/x-www-form-urlencoded", "text/html; charset=utf-8",
    "text/plain", "", "application/json; charset=utf-8"};
const int kStatuses[] = {200, 201, 204, 301, 400, 401, 403, 429, 500, 503, 0};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Input input(data, size);
    const uint8_t choice = input.byte();
    const int status = kStatuses[(choice >> 2) % (sizeof(kStatuses) / sizeof(kStatuses[0]))];
    const QByteArray contentType = kContentTypes[input.byte() % (sizeof(kContentTypes) / sizeof(kContentTypes[0]))];
    const QByteArray body = input.rest();
    const ProviderConfig config = configFor(choice);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);

    QStringList warnings;
    const auto result = TokenResponseParser::parse(status, contentType, body, config, now, &warnings);
    if (result) {
        KEYWAY_FUZZ_ASSERT(status >= 200 && status < 300);
        const TokenSet &tokens = result.value();
        KEYWAY_FUZZ_ASSERT(!tokens.accessToken.isEmpty());
        for (const char c : tokens.accessToken)
            KEYWAY_FUZZ_ASSERT(c >= 0x20 && c <= 0x7e);
        for (const char c : tokens.refreshToken)
            KEYWAY_FUZZ_ASSERT(c >= 0x20 && c <= 0x7e);
        KEYWAY_FUZZ_ASSERT(!tokens.expiresAt.isValid()
            || (tokens.expiresAt >= now && tokens.expiresAt <= now.addSecs(TokenResponseParser::kMaxLifetimeSeconds)));
        // The set survives the keychain round trip it makes after every exchange.
        KEYWAY_FUZZ_ASSERT(TokenSet::fromSecretJson(tokens.toSecretJson()).accessToken == tokens.accessToken);
    } else {
        const Error &error = result.error();
        KEYWAY_FUZZ_ASSERT(!error.code.isEmpty() && !error.message.isEmpty());
        if (status >= 500)
            KEYWAY_FUZZ_ASSERT(error.code == QLatin1String("server_error"));
    }

    const Error challenge = ProtocolError::fromWwwAuthenticate(body, 401);
    KEYWAY_FUZZ_ASSERT(!challenge.code.isEmpty());
    (void)ProtocolError::challengeParams(body);
    return 0;
}
