#pragma once

// A small configurable OAuth 2.0 provider on loopback (on FakeHttpServer) for tests of provider quirks. It approves every
// authorization request at once (/authorize answers 302 straight to the redirect URI with code and state, so any
// client that follows redirects is the "browser", see tests/peers/follow.mjs), issues tokens at /token with the
// quirks switched on, and serves a protected API (/api/... or, with instanceUrl, <instance>/api/...). Every
// request it receives is recorded, so a test can assert exactly what Keyway sent.
//
// Endpoints, all under pathPrefix (a templated path such as /{{tenant}}/... in an integration file):
//   GET  /authorize    RFC 6749 §4.1.1: checks response_type, client_id, redirect_uri (loopback), state and the
//                      scope parameter's name; remembers the PKCE challenge; 302 to redirect_uri?code&state.
//   POST /token        authorization_code (RFC 6749 §4.1.3, RFC 7636 §4.6) and refresh_token (§6) grants; with
//                      Quirks::jsonRequests only as a JSON object, with Quirks::clientIdParam the client under that name.
//   GET  /api/...      RFC 6750: 200 {"login":"alice",...} for a current access token, else 401 invalid_token.
// With Quirks::openid, also an OpenID Provider (off by default, so the other quirks are unchanged):
//   GET  /.well-known/openid-configuration   OIDC Discovery §3, "issuer" as Quirks::issuer gives it (a template
//                      such as .../{tenantid}/v2.0 is published as is, like Microsoft's multi-tenant endpoints).
//   GET  /jwks         the public key that signs the ID tokens (RS256, RFC 7517).
//   POST /token        the authorization_code answer then carries an id_token (OIDC Core §3.1.3.3) with the
//                      nonce from /authorize, iss = Quirks::idTokenIssuer and Quirks::idTokenClaims added.
#include "FakeHttpServer.h"
#include "common/Error.h"
#include "http/HttpResponse.h"
#include "jose/Jws.h"
#include "jose/PrivateKey.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

namespace keyway::test {

class FakeProvider
{
public:
    struct Quirks
    {
        QString clientId = QStringLiteral("quirk-client");
        QByteArray clientSecret = "quirk-secret";
        QString pathPrefix; // every endpoint under it, e.g. "/acme"
        QString scopeParam = QStringLiteral("scope"); // the authorization request must carry the scopes here
        bool formResponse = false; // token answers as application/x-www-form-urlencoded
        QString nestUnder; // "authed_user": the user's tokens inside that object, a decoy at the top
        bool basicOnly = false; // only client_secret_basic: a client_secret in the body is invalid_client
        bool sendExpiry = true; // expires_in in token answers
        int expiresIn = 3600;
        bool rotateRefresh = true; // false: refresh answers carry no refresh_token and the old one stays valid
        bool instanceUrl = false; // instance_url in token answers; the API is served only below it
        bool openid = false; // discovery document, /jwks and a signed id_token (see above)
        QString issuer; // the discovery document's "issuer"; "{base}" stands for base()
        QString idTokenIssuer; // the id_token's "iss"; "{base}" stands for base(); empty: the issuer
        QJsonObject idTokenClaims; // added to the id_token's claims, e.g. {"tid": "..."}
        // Departures from RFC 6749 that integration files declare (oauth.token_request, client_id_param,
        // token_response.expires_at):
        bool jsonRequests = false; // /token takes only a JSON object (Square); a form body is invalid_request
        QString clientIdParam = QStringLiteral("client_id"); // the client's parameter (TikTok: client_key); client_id is refused
        bool expiresAt = false; // token answers give "expires_at" (ISO 8601, Square) instead of expires_in
    };

    struct Seen
    {
        QByteArray method;
        QString path; // without pathPrefix
        QUrlQuery query;
        QMap<QString, QString> form; // the body, form-decoded (or a JSON object's string members)
        QByteArray contentType; // the Content-Type header as sent
        QByteArray authorization; // the Authorization header as sent
        int status = 0; // what the fake answered
    };

    explicit FakeProvider(const Quirks &quirks)
        : m_quirks(quirks)
    {
    }

    // Listens on 127.0.0.1; the error when it cannot.
    Error start()
    {
        if (m_quirks.openid) {
            const auto key = PrivateKey::generateRsa(2048);
            if (!key)
                return key.error();
            m_signingKey = key.value();
        }
        m_server.setHandler([this](const RecordedRequest &request) {
            // The target as LoopbackServer's parser would read it: the path percent-decoded, '+' in the query a
            // space (RFC 6749 Appendix B).
            const QByteArray target = request.target;
            const qsizetype mark = target.indexOf('?');
            Seen seen;
            seen.method = request.method;
            seen.path = QUrl::fromPercentEncoding(mark < 0 ? target : target.left(mark));
            seen.query.setQuery(mark < 0 ? QString() : QString::fromLatin1(target.mid(mark + 1).replace('+', "%20")));
            seen.authorization = request.header("Authorization");
            seen.contentType = request.header("Content-Type");
            if (request.method == "POST")
                seen.form = seen.contentType.startsWith("application/json") ? decodeJson(request.body) : decodeForm(request.body);
            const HttpResponse response = handle(seen);
            seen.status = response.status();
            m_seen << seen;
            CannedResponse canned;
            canned.raw = response.serialize(request.method == "HEAD");
            return canned;
        });
        if (!m_server.isListening())
            return Error::make(
                QStringLiteral("listen_failed"), QStringLiteral("the fake provider could not listen on 127.0.0.1"));
        return {};
    }

    const Quirks &quirks() const { return m_quirks; }
    QString origin() const { return m_server.base(); }
    // Where the endpoints are: origin + pathPrefix.
    QString base() const { return origin() + m_quirks.pathPrefix; }
    QString instanceUrl() const { return base() + QStringLiteral("/instance-7"); }

    const QList<Seen> &seen() const { return m_seen; }
    QList<Seen> seenAt(const QString &path) const
    {
        QList<Seen> out;
        for (const Seen &s : m_seen)
            if (s.path == m_quirks.pathPrefix + path)
                out << s;
        return out;
    }
    QList<Seen> tokenRequests(const QString &grantType) const
    {
        QList<Seen> out;
        for (const Seen &s : seenAt(QStringLiteral("/token")))
            if (s.form.value(QStringLiteral("grant_type")) == grantType)
                out << s;
        return out;
    }
    // Requests whose path is outside pathPrefix (a templated URL expanded wrongly would land there).
    int strayRequests() const
    {
        int count = 0;
        for (const Seen &s : m_seen)
            count += !s.path.startsWith(m_quirks.pathPrefix + QLatin1Char('/'));
        return count;
    }

    QByteArray lastAccessToken() const { return m_lastAccess; }
    QByteArray lastRefreshToken() const { return m_lastRefresh; }
    QList<QByteArray> issuedRefreshTokens() const { return m_issuedRefresh; }
    // The provider stops accepting every access token it issued (a revocation behind Keyway's back).
    void voidAccessTokens() { m_validAccess.clear(); }

    static QByteArray basicAuthorization(const QString &id, const QByteArray &secret)
    {
        return "Basic " + (QUrl::toPercentEncoding(id) + ':' + QUrl::toPercentEncoding(QString::fromUtf8(secret))).toBase64();
    }

private:
    struct Grant
    {
        QString redirectUri;
        QString challenge;
        QString scope;
        QString nonce;
    };

    static QMap<QString, QString> decodeForm(const QByteArray &body)
    {
        QMap<QString, QString> form;
        for (const QByteArray &pair : body.split('&')) {
            if (pair.isEmpty())
                continue;
            const qsizetype eq = pair.indexOf('=');
            auto decode = [](QByteArray s) { return QUrl::fromPercentEncoding(s.replace('+', ' ')); };
            const QString name = decode(eq < 0 ? pair : pair.left(eq));
            if (!form.contains(name))
                form.insert(name, eq < 0 ? QString() : decode(pair.mid(eq + 1)));
        }
        return form;
    }

    // A JSON object of strings (what a JSON token request holds); anything else decodes to nothing.
    static QMap<QString, QString> decodeJson(const QByteArray &body)
    {
        QMap<QString, QString> form;
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        for (auto it = object.begin(); it != object.end(); ++it)
            if (it.value().isString())
                form.insert(it.key(), it.value().toString());
        return form;
    }

    static HttpResponse oauthError(int status, const QString &code, const QString &description)
    {
        HttpResponse r = HttpResponse::json(status,
            QJsonDocument(QJsonObject {{QStringLiteral("error"), code}, {QStringLiteral("error_description"), description}}));
        if (status == 401)
            r.setHeader("WWW-Authenticate", "Basic realm=\"fake\"");
        return r;
    }

    QByteArray newToken(const char *kind)
    {
        const QByteArray serial = QByteArray::number(++m_counter);
        return QByteArray(kind) + '-' + serial + '-'
            + QCryptographicHash::hash(QByteArray::number(quintptr(this)) + serial, QCryptographicHash::Sha256).toHex().left(24);
    }

    HttpResponse handle(const Seen &seen)
    {
        const QString prefix = m_quirks.pathPrefix;
        if (!seen.path.startsWith(prefix + QLatin1Char('/')))
            return HttpResponse::error(404);
        const QString path = seen.path.mid(prefix.size());
        if (path == QLatin1String("/authorize") && seen.method == "GET")
            return authorize(seen.query);
        if (path == QLatin1String("/token") && seen.method == "POST")
            return token(seen);
        if (m_quirks.openid && path == QLatin1String("/.well-known/openid-configuration") && seen.method == "GET")
            return HttpResponse::json(200,
                QJsonDocument(QJsonObject {{QStringLiteral("issuer"), expandBase(m_quirks.issuer)},
                    {QStringLiteral("authorization_endpoint"), base() + QStringLiteral("/authorize")},
                    {QStringLiteral("token_endpoint"), base() + QStringLiteral("/token")},
                    {QStringLiteral("jwks_uri"), base() + QStringLiteral("/jwks")},
                    {QStringLiteral("response_types_supported"), QJsonArray {QStringLiteral("code")}},
                    {QStringLiteral("subject_types_supported"), QJsonArray {QStringLiteral("pairwise")}},
                    {QStringLiteral("id_token_signing_alg_values_supported"), QJsonArray {QStringLiteral("RS256")}}}));
        if (m_quirks.openid && path == QLatin1String("/jwks") && seen.method == "GET")
            return HttpResponse::json(200,
                QJsonDocument(
                    QJsonObject {{QStringLiteral("keys"), QJsonArray {m_signingKey.publicJwk(QStringLiteral("RS256"))}}}));
        const QString apiRoot = m_quirks.instanceUrl ? QStringLiteral("/instance-7/api/") : QStringLiteral("/api/");
        if (path.startsWith(apiRoot)) {
            const QByteArray auth = seen.authorization;
            if (!auth.startsWith("Bearer ") || !m_validAccess.contains(auth.mid(7))) {
                HttpResponse r = HttpResponse::json(
                    401, QJsonDocument(QJsonObject {{QStringLiteral("error"), QStringLiteral("invalid_token")}}));
                r.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                return r;
            }
            return HttpResponse::json(200,
                QJsonDocument(QJsonObject {{QStringLiteral("login"), QStringLiteral("alice")},
                    {QStringLiteral("id"), QStringLiteral("u-1")}, {QStringLiteral("path"), path}}));
        }
        return HttpResponse::error(404);
    }

    HttpResponse authorize(const QUrlQuery &q)
    {
        auto get = [&q](const char *name) { return q.queryItemValue(QLatin1String(name), QUrl::FullyDecoded); };
        const QUrl redirect(get("redirect_uri"));
        if (!redirect.isValid() || redirect.scheme() != QLatin1String("http") || redirect.host() != QLatin1String("127.0.0.1"))
            return HttpResponse::error(400, QStringLiteral("redirect_uri must be a loopback URL"));
        QString error;
        if (get("response_type") != QLatin1String("code"))
            error = QStringLiteral("unsupported_response_type");
        else if (get(m_quirks.clientIdParam.toLatin1().constData()) != m_quirks.clientId
            || (m_quirks.clientIdParam != QLatin1String("client_id") && q.hasQueryItem(QStringLiteral("client_id"))))
            error = QStringLiteral("unauthorized_client");
        else if (get("state").isEmpty() || !q.hasQueryItem(m_quirks.scopeParam))
            error = QStringLiteral("invalid_request");
        QUrl target = redirect;
        QUrlQuery answer;
        if (!error.isEmpty()) {
            answer.addQueryItem(QStringLiteral("error"), error);
        } else {
            const QByteArray code = newToken("code");
            m_codes.insert(code,
                Grant {
                    redirect.toString(), get("code_challenge"), get(m_quirks.scopeParam.toLatin1().constData()), get("nonce")});
            answer.addQueryItem(QStringLiteral("code"), QString::fromLatin1(code));
        }
        answer.addQueryItem(QStringLiteral("state"), QString::fromUtf8(QUrl::toPercentEncoding(get("state"))));
        target.setQuery(answer);
        return HttpResponse::redirect(target);
    }

    HttpResponse token(const Seen &seen)
    {
        if (m_quirks.jsonRequests != seen.contentType.startsWith("application/json"))
            return oauthError(400, QStringLiteral("invalid_request"),
                m_quirks.jsonRequests ? QStringLiteral("send a JSON body") : QStringLiteral("send a form body"));
        if (m_quirks.clientIdParam != QLatin1String("client_id") && seen.form.contains(QStringLiteral("client_id")))
            return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("unknown parameter client_id"));
        // RFC 6749 §2.3.1: HTTP Basic, or (where the provider allows it) the body; never both.
        const bool bodySecret = seen.form.contains(QStringLiteral("client_secret"));
        const bool basic = seen.authorization.startsWith("Basic ");
        if (m_quirks.basicOnly && bodySecret)
            return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("client_secret_post is not supported"));
        if (basic && bodySecret)
            return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("two client authentication methods"));
        if (basic) {
            if (seen.authorization != basicAuthorization(m_quirks.clientId, m_quirks.clientSecret))
                return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("bad client credentials"));
        } else if (m_quirks.basicOnly || !bodySecret || seen.form.value(m_quirks.clientIdParam) != m_quirks.clientId
            || seen.form.value(QStringLiteral("client_secret")).toUtf8() != m_quirks.clientSecret) {
            return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("client authentication failed"));
        }

        const QString grantType = seen.form.value(QStringLiteral("grant_type"));
        QString scope;
        QString nonce;
        bool issueRefresh = true;
        if (grantType == QLatin1String("authorization_code")) {
            const QByteArray code = seen.form.value(QStringLiteral("code")).toUtf8();
            const auto grant = m_codes.constFind(code);
            if (grant == m_codes.cend() || grant->redirectUri != seen.form.value(QStringLiteral("redirect_uri")))
                return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("unknown code or redirect_uri"));
            if (!grant->challenge.isEmpty()) {
                const QByteArray verifier = seen.form.value(QStringLiteral("code_verifier")).toUtf8();
                const QByteArray s256 = QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                                            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
                if (s256 != grant->challenge.toUtf8())
                    return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("PKCE verification failed"));
            }
            scope = grant->scope;
            nonce = grant->nonce;
            m_codes.remove(code);
        } else if (grantType == QLatin1String("refresh_token")) {
            const QByteArray refresh = seen.form.value(QStringLiteral("refresh_token")).toUtf8();
            if (!m_validRefresh.contains(refresh))
                return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("unknown refresh token"));
            if (m_quirks.rotateRefresh)
                m_validRefresh.remove(refresh); // RFC 9700 §4.14.2: a rotated refresh token is used once
            else
                issueRefresh = false; // the same refresh token stays valid and is not sent again
            scope = m_scope;
        } else {
            return oauthError(400, QStringLiteral("unsupported_grant_type"), grantType);
        }
        m_scope = scope;

        m_lastAccess = newToken("at");
        m_validAccess.insert(m_lastAccess);
        QJsonObject fields {{QStringLiteral("access_token"), QString::fromLatin1(m_lastAccess)},
            {QStringLiteral("token_type"), QStringLiteral("bearer")}, {QStringLiteral("scope"), scope}};
        if (m_quirks.sendExpiry && m_quirks.expiresAt)
            fields.insert(QStringLiteral("expires_at"),
                QDateTime::currentDateTimeUtc().addSecs(m_quirks.expiresIn).toString(Qt::ISODate)); // "...Z"
        else if (m_quirks.sendExpiry)
            fields.insert(QStringLiteral("expires_in"), m_quirks.expiresIn);
        if (m_quirks.openid && grantType == QLatin1String("authorization_code"))
            fields.insert(QStringLiteral("id_token"), idToken(nonce));
        if (issueRefresh) {
            m_lastRefresh = newToken("rt");
            m_validRefresh.insert(m_lastRefresh);
            m_issuedRefresh << m_lastRefresh;
            fields.insert(QStringLiteral("refresh_token"), QString::fromLatin1(m_lastRefresh));
        }

        QJsonObject body = fields;
        if (!m_quirks.nestUnder.isEmpty()) {
            // Slack's oauth.v2.access: a bot token at the top (which this API does not accept), the user's under
            // authed_user.
            body = QJsonObject {{QStringLiteral("ok"), true}, {QStringLiteral("access_token"), QStringLiteral("decoy-bot-token")},
                {QStringLiteral("token_type"), QStringLiteral("bot")}, {m_quirks.nestUnder, fields}};
        }
        if (m_quirks.instanceUrl)
            body.insert(QStringLiteral("instance_url"), instanceUrl());

        if (!m_quirks.formResponse)
            return HttpResponse::json(200, QJsonDocument(body));
        QUrlQuery form;
        for (auto it = body.begin(); it != body.end(); ++it) {
            const QString value = it.value().isDouble() ? QString::number(it.value().toInt()) : it.value().toString();
            form.addQueryItem(it.key(), QString::fromUtf8(QUrl::toPercentEncoding(value)));
        }
        HttpResponse r(200);
        r.setBody(form.query(QUrl::FullyEncoded).toUtf8(), "application/x-www-form-urlencoded");
        return r;
    }

    QString expandBase(QString text) const { return text.replace(QStringLiteral("{base}"), base()); }

    // OIDC Core §2: iss, sub, aud, exp, iat (and the nonce sent to /authorize), signed with the key at /jwks.
    QString idToken(const QString &nonce) const
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QJsonObject claims {
            {QStringLiteral("iss"), expandBase(m_quirks.idTokenIssuer.isEmpty() ? m_quirks.issuer : m_quirks.idTokenIssuer)},
            {QStringLiteral("sub"), QStringLiteral("alice-sub")}, {QStringLiteral("aud"), m_quirks.clientId},
            {QStringLiteral("exp"), now + 600}, {QStringLiteral("iat"), now}};
        if (!nonce.isEmpty())
            claims.insert(QStringLiteral("nonce"), nonce);
        for (auto it = m_quirks.idTokenClaims.begin(); it != m_quirks.idTokenClaims.end(); ++it)
            claims.insert(it.key(), it.value());
        const QJsonObject header {{QStringLiteral("typ"), QStringLiteral("JWT")},
            {QStringLiteral("kid"), m_signingKey.publicJwk(QStringLiteral("RS256")).value(QStringLiteral("kid"))}};
        const auto token = Jws::sign(
            header, QJsonDocument(claims).toJson(QJsonDocument::Compact), m_signingKey.key(), QStringLiteral("RS256"));
        return token.ok() ? token.value() : QString();
    }

    Quirks m_quirks;
    PrivateKey m_signingKey;
    FakeHttpServer m_server;
    QList<Seen> m_seen;
    QMap<QByteArray, Grant> m_codes;
    QSet<QByteArray> m_validAccess;
    QSet<QByteArray> m_validRefresh;
    QList<QByteArray> m_issuedRefresh;
    QByteArray m_lastAccess;
    QByteArray m_lastRefresh;
    QString m_scope;
    int m_counter = 0;
};

} // namespace keyway::test
