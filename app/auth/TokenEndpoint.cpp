#include "auth/TokenEndpoint.h"

#include "auth/DpopSigner.h"
#include "auth/ProtocolClient.h"
#include "auth/TokenResponseParser.h"
#include "common/Log.h"
#include "common/Redactor.h"
#include "jose/ClockLeeway.h"

#include <QDateTime>
#include <QRegularExpression>

namespace keyway {

namespace {

QString grantTypeOf(const TokenEndpoint::Params &params)
{
    for (const auto &p : params) {
        if (p.first == QLatin1String("grant_type"))
            return p.second;
    }
    return QStringLiteral("(none)");
}

bool hasParam(const TokenEndpoint::Params &params, const QString &name)
{
    for (const auto &p : params) {
        if (p.first == name)
            return true;
    }
    return false;
}

QString grant(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

TokenEndpoint::TokenEndpoint(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_client(new ProtocolClient(network, this))
{
}

TokenEndpoint::~TokenEndpoint() = default;

void TokenEndpoint::setTransferTimeout(int milliseconds)
{
    m_client->setTransferTimeout(milliseconds);
}

int TokenEndpoint::transferTimeout() const
{
    return m_client->transferTimeout();
}

void TokenEndpoint::abortAll()
{
    m_client->abortAll();
}

int TokenEndpoint::pendingCount() const
{
    return m_client->pendingCount();
}

void TokenEndpoint::request(
    const ProviderConfig &config, const ClientCredentials &credentials, const Params &grantParams, Done done)
{
    m_lastRetryAfter = -1;
    m_lastUnprocessed = false;
    const QString grantType = grantTypeOf(grantParams);
    // Some providers renew at a separate endpoint (the integration's oauth.refresh_url).
    const QUrl url(
        grantType == QLatin1String(kGrantRefreshToken) && !config.refreshUrl.isEmpty() ? config.refreshUrl : config.tokenUrl);
    Params form = grantParams;
    // Integration-specific extras (e.g. audience); the grant's own parameters win.
    for (auto it = config.tokenParams.cbegin(); it != config.tokenParams.cend(); ++it) {
        if (!hasParam(form, it.key()))
            form.append({it.key(), it.value()});
    }

    post(url, config, credentials, form, grantType, std::move(done), false);
}

void TokenEndpoint::post(const QUrl &url, const ProviderConfig &config, const ClientCredentials &credentials, const Params &form,
    const QString &grantType, Done done, bool nonceRetried)
{
    QList<QNetworkReply::RawHeaderPair> headers;
    if (!config.dpopAlgorithm.isEmpty()) {
        // RFC 9449 §5: a proof on every token request, new each time (§11.1: a server may refuse a jti seen before).
        const Result<QByteArray> proof = DpopSigner::proof(credentials.dpopKeyPem, config.dpopAlgorithm, "POST", url);
        if (!proof) {
            qCWarning(lcAuth).noquote() << "Token request" << grantType << "not sent:" << proof.error().toString();
            m_client->fail(proof.error(), [done](const ProtocolClient::Answer &answer) { done(answer.error, 0); });
            return;
        }
        headers.append({DpopSigner::proofHeader(), proof.value()});
    }
    const QString shownUrl = url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    auto handle = [this, done, config, credentials, form, url, grantType, shownUrl, nonceRetried, dpop = !headers.isEmpty()](
                      const ProtocolClient::Answer &answer) {
        // m_client is our child: its callbacks never outlive this endpoint.
        if (dpop && answer.error.isNull()) {
            DpopSigner::rememberNonce(url, answer.headers);
            // RFC 9449 §8: the server wants its nonce in the proof; the request was refused, not carried out, so
            // it is sent once more (a refresh token is not spent twice).
            if (!nonceRetried && DpopSigner::asksForNonce(answer.httpStatus, answer.body, QByteArray())
                && !DpopSigner::nonceFor(url).isEmpty()) {
                qCInfo(lcAuth).noquote() << "Token request" << grantType << "-> the server asks for a DPoP nonce; sending again";
                post(url, config, credentials, form, grantType, done, true);
                return;
            }
        }
        m_lastRetryAfter = parseRetryAfter(answer.header("Retry-After"), QDateTime::currentDateTimeUtc());
        m_lastUnprocessed = answer.delivery == ProtocolClient::Delivery::NotSent
            || ((answer.httpStatus == 429 || answer.httpStatus == 503) && m_lastRetryAfter >= 0);
        if (!answer.error.isNull()) {
            qCWarning(lcAuth).noquote() << "Token request" << grantType << "to" << shownUrl
                                        << "failed:" << answer.error.toString();
            done(answer.error, answer.httpStatus);
            return;
        }
        QStringList warnings;
        Result<TokenSet> result = TokenResponseParser::parse(
            answer.httpStatus, answer.contentType, answer.body, config, QDateTime::currentDateTimeUtc(), &warnings);
        if (result.ok()) {
            // RFC 9110 §6.6.1: the provider's clock, kept so a token refused for its times can say which clock
            // disagrees (ClockLeeway).
            result.value().providerDate = parseHttpDate(answer.header("Date"));
            const TokenSet &tokens = result.value();
            const auto offset = ClockLeeway::offset(tokens.providerDate, tokens.obtainedAt);
            if (offset && qAbs(offset->count()) > ClockLeeway::kDefaultSeconds)
                qCWarning(lcAuth).noquote() << "The provider's clock is" << offset->count()
                                            << "s from this computer's (Date header of the token response)";
            Redactor::registerSecret(tokens.accessToken);
            Redactor::registerSecret(tokens.refreshToken);
            Redactor::registerSecret(tokens.idToken);
            qCInfo(lcAuth).noquote() << "Token request" << grantType << "-> HTTP" << answer.httpStatus << "access token"
                                     << Redactor::fingerprint(tokens.accessToken)
                                     << (tokens.refreshToken.isEmpty() ? QStringLiteral("without refresh token")
                                                                       : QStringLiteral("with refresh token"))
                                     << (tokens.expiresAt.isValid()
                                                ? QStringLiteral("expires ") + tokens.expiresAt.toString(Qt::ISODate)
                                                : QStringLiteral("expiry unknown"));
        } else {
            qCWarning(lcAuth).noquote() << "Token request" << grantType << "-> HTTP" << answer.httpStatus << "error"
                                        << result.error().code << result.error().detail;
        }
        done(result, answer.httpStatus);
    };
    // RFC 7523 §3.1 / §2.1: with a JWT bearer grant, client authentication is optional (Google service accounts
    // send none); without a client id none is attempted.
    const bool noClient = grantType == grant(kGrantJwtBearer) && credentials.clientId.isEmpty();
    const auto clientAuth = noClient ? ProtocolClient::ClientAuth::Omit : ProtocolClient::ClientAuth::Apply;
    // A request refused before sending (URL policy, missing credentials) reaches `handle`, which logs it.
    if (m_client->postAuthenticatedForm(url, config, credentials, form, handle, clientAuth, config.tokenRequestFormat, headers)
            .isNull())
        qCInfo(lcAuth).noquote() << "Token request" << grantType << "to" << shownUrl << "with"
                                 << ProviderConfig::clientAuthName(config.clientAuth) << "as"
                                 << ProviderConfig::requestFormatName(config.tokenRequestFormat);
}

int TokenEndpoint::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? int(qMin<qint64>(seconds, 24 * 3600)) : -1;
    const QDateTime when = parseHttpDate(text);
    if (!when.isValid())
        return -1;
    return int(qBound(qint64(0), now.secsTo(when), qint64(24 * 3600)));
}

QDateTime TokenEndpoint::parseHttpDate(const QByteArray &value)
{
    // RFC 9110 §5.6.7, after folding runs of spaces (asctime pads a one-digit day with one):
    //   IMF-fixdate  "Sun, 06 Nov 1994 08:49:37 GMT"
    //   rfc850-date  "Sunday, 06-Nov-94 08:49:37 GMT" (a two-digit year is 1970..2069)
    //   asctime-date "Sun Nov 6 08:49:37 1994"
    // The day name is not checked; the time is UTC whatever this computer's time zone.
    static const QRegularExpression imf(
        QStringLiteral("^[A-Za-z]{3}, (\\d{2}) ([A-Za-z]{3}) (\\d{4}) (\\d{2}:\\d{2}:\\d{2}) GMT$"));
    static const QRegularExpression rfc850(
        QStringLiteral("^[A-Za-z]{6,9}, (\\d{2})-([A-Za-z]{3})-(\\d{2}) (\\d{2}:\\d{2}:\\d{2}) GMT$"));
    static const QRegularExpression asctime(
        QStringLiteral("^[A-Za-z]{3} ([A-Za-z]{3}) (\\d{1,2}) (\\d{2}:\\d{2}:\\d{2}) (\\d{4})$"));
    static const QStringList months {QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr"),
        QStringLiteral("May"), QStringLiteral("Jun"), QStringLiteral("Jul"), QStringLiteral("Aug"), QStringLiteral("Sep"),
        QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    const QString text = QString::fromLatin1(value.left(64)).simplified();
    QString day, month, year, time;
    if (const auto m = imf.match(text); m.hasMatch()) {
        day = m.captured(1);
        month = m.captured(2);
        year = m.captured(3);
        time = m.captured(4);
    } else if (const auto m850 = rfc850.match(text); m850.hasMatch()) {
        day = m850.captured(1);
        month = m850.captured(2);
        time = m850.captured(4);
        const int yy = m850.captured(3).toInt();
        year = QString::number(yy < 70 ? 2000 + yy : 1900 + yy);
    } else if (const auto ma = asctime.match(text); ma.hasMatch()) {
        month = ma.captured(1);
        day = ma.captured(2);
        time = ma.captured(3);
        year = ma.captured(4);
    } else {
        return {};
    }
    const QDate date(year.toInt(), int(months.indexOf(month)) + 1, day.toInt());
    const QTime clock = QTime::fromString(time, QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !clock.isValid())
        return {};
    return QDateTime(date, clock, Qt::UTC);
}

void TokenEndpoint::exchangeCode(const ProviderConfig &config, const ClientCredentials &credentials, const QString &code,
    const QString &codeVerifier, const QString &redirectUri, Done done)
{
    Redactor::registerSecret(code);
    Redactor::registerSecret(codeVerifier);
    Params params {{QStringLiteral("grant_type"), grant(kGrantAuthorizationCode)}, {QStringLiteral("code"), code}};
    // RFC 6749 §4.1.3: REQUIRED when the authorization request carried redirect_uri (it always does in Keyway).
    if (!redirectUri.isEmpty())
        params.append({QStringLiteral("redirect_uri"), redirectUri});
    if (!codeVerifier.isEmpty())
        params.append({QStringLiteral("code_verifier"), codeVerifier}); // RFC 7636 §4.5
    request(config, credentials, params, std::move(done));
}

void TokenEndpoint::refresh(const ProviderConfig &config, const ClientCredentials &credentials, const QByteArray &refreshToken,
    const QStringList &scopes, Done done)
{
    Redactor::registerSecret(refreshToken);
    Params params {{QStringLiteral("grant_type"), grant(kGrantRefreshToken)},
        {QStringLiteral("refresh_token"), QString::fromUtf8(refreshToken)}};
    if (!scopes.isEmpty())
        params.append({QStringLiteral("scope"), config.joinedScopes(scopes)}); // RFC 6749 §6: narrower or equal
    request(config, credentials, params, std::move(done));
}

void TokenEndpoint::clientCredentials(const ProviderConfig &config, const ClientCredentials &credentials,
    const QStringList &scopes, const QString &audience, const QStringList &resources, Done done)
{
    Params params {{QStringLiteral("grant_type"), grant(kGrantClientCredentials)}};
    if (!scopes.isEmpty())
        params.append({QStringLiteral("scope"), config.joinedScopes(scopes)});
    if (!audience.isEmpty())
        params.append({QStringLiteral("audience"), audience});
    for (const QString &resource : resources) {
        if (!resource.isEmpty())
            params.append({QStringLiteral("resource"), resource}); // RFC 8707 §2: may be repeated
    }
    request(config, credentials, params, std::move(done));
}

void TokenEndpoint::jwtBearer(const ProviderConfig &config, const ClientCredentials &credentials, const QByteArray &assertion,
    const QStringList &scopes, Done done)
{
    Redactor::registerSecret(assertion);
    Params params {
        {QStringLiteral("grant_type"), grant(kGrantJwtBearer)}, {QStringLiteral("assertion"), QString::fromUtf8(assertion)}};
    if (!scopes.isEmpty())
        params.append({QStringLiteral("scope"), config.joinedScopes(scopes)});
    request(config, credentials, params, std::move(done));
}

void TokenEndpoint::deviceToken(
    const ProviderConfig &config, const ClientCredentials &credentials, const QString &deviceCode, Done done)
{
    Redactor::registerSecret(deviceCode);
    const Params params {{QStringLiteral("grant_type"), grant(kGrantDeviceCode)}, {QStringLiteral("device_code"), deviceCode}};
    request(config, credentials, params, std::move(done));
}

void TokenEndpoint::exchangeToken(const ProviderConfig &config, const ClientCredentials &credentials,
    const QByteArray &subjectToken, const TokenExchangeRequest &exchange, Done done)
{
    Redactor::registerSecret(subjectToken);
    Params params {{QStringLiteral("grant_type"), grant(TokenExchangeRequest::kGrantType)},
        {QStringLiteral("subject_token"), QString::fromUtf8(subjectToken)},
        {QStringLiteral("subject_token_type"), grant(TokenExchangeRequest::kAccessTokenType)}};
    // RFC 8693 §2.1: resource and audience may each be given more than once; Keyway sends one audience.
    for (const QString &resource : exchange.resources) {
        if (!resource.isEmpty())
            params.append({QStringLiteral("resource"), resource});
    }
    if (!exchange.audience.trimmed().isEmpty())
        params.append({QStringLiteral("audience"), exchange.audience.trimmed()});
    if (!exchange.scopes.isEmpty())
        params.append({QStringLiteral("scope"), config.joinedScopes(exchange.scopes)});
    if (!exchange.requestedTokenType.isEmpty())
        params.append({QStringLiteral("requested_token_type"), exchange.requestedTokenType});
    // The scope of the answer, when it names none, is what was asked (RFC 8693 §2.2.1: "if the scope of the issued
    // token is identical to the scope requested by the client", it may be left out).
    ProviderConfig target = config;
    target.scopes = exchange.scopes;
    request(target, credentials, params, std::move(done));
}

} // namespace keyway
