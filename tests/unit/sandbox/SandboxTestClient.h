#pragma once

// Drives a Keyway Sandbox over real loopback HTTP the way Keyway and a browser do, for the sandbox's tests:
// synchronous GET/POST through QNetworkAccessManager (redirects are not followed, so a test sees each 302/303),
// a form encoder, and the browser's part of the authorization code flow (open /authorize, read the consent
// form, post it, take the callback from Location).
#include "jose/Pkce.h"
#include "jose/Random.h"
#include "sandbox/SandboxServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrlQuery>
#include <QtTest>

#include <memory>

namespace keyway::test {

using Params = QList<QPair<QString, QString>>;
using Headers = QList<QPair<QByteArray, QByteArray>>;

inline QPair<QByteArray, QByteArray> header(const QByteArray &name, const QByteArray &value)
{
    return {name, value};
}

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QString networkError;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString error() const { return json().value(QStringLiteral("error")).toString(); }
    QUrl location() const { return QUrl::fromEncoded(header("Location")); }
    // The redirect's query, fully decoded values.
    QUrlQuery locationQuery() const { return QUrlQuery(location()); }
    QString locationValue(const QString &key) const { return locationQuery().queryItemValue(key, QUrl::FullyDecoded); }
    QString text() const { return QString::fromUtf8(body); }
};

inline QByteArray formEncode(const Params &params)
{
    QByteArray out;
    for (const auto &p : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(p.first) + '=' + QUrl::toPercentEncoding(p.second);
    }
    return out;
}

inline QByteArray basicAuth(const QString &id, const QString &secret)
{
    return "Basic " + (QUrl::toPercentEncoding(id) + ':' + QUrl::toPercentEncoding(secret)).toBase64();
}

// The value of a hidden input in an HTML form, as a browser would send it (entities decoded).
inline QString formValue(const QString &html, const QString &name)
{
    const QRegularExpression re(
        QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"([^\"]*)\"").arg(QRegularExpression::escape(name)));
    QString value = re.match(html).captured(1);
    value.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return value;
}

// One authorization request and how the user answers it.
struct Authorization
{
    QString clientId = SandboxProvider::publicClientId();
    QString redirectUri = QStringLiteral("http://127.0.0.1:49152/callback");
    QString scope = QStringLiteral("openid profile email offline_access contacts.read");
    QString state = Random::token(16);
    QString nonce = Random::token(16);
    QString verifier = Pkce::generateVerifier();
    QString account = QStringLiteral("alice");
    std::optional<QStringList> grant; // the scope boxes to send; all requested when not set
    bool deny = false;
};

class SandboxTestClient
{
public:
    explicit SandboxTestClient(const QUrl &base)
        : m_base(base)
    {
        m_network.setProxy(QNetworkProxy::NoProxy);
    }

    QUrl base() const { return m_base; }
    QUrl url(const QString &pathAndQuery) const { return QUrl(m_base.toString() + pathAndQuery); }

    HttpReply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {}, const Headers &headers = {},
        int timeoutMs = 15000)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        HttpReply out;
        if (!finished.wait(timeoutMs)) {
            reply->abort();
            out.networkError = QStringLiteral("timed out");
            reply->deleteLater();
            return out;
        }
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        out.headers = reply->rawHeaderPairs();
        if (out.status == 0)
            out.networkError = reply->errorString();
        reply->deleteLater();
        return out;
    }

    HttpReply get(const QString &pathAndQuery, const Headers &headers = {})
    {
        return send("GET", url(pathAndQuery), {}, headers);
    }

    HttpReply postForm(const QString &path, const Params &params, const Headers &headers = {})
    {
        Headers all = headers;
        all.append(header("Content-Type", "application/x-www-form-urlencoded"));
        return send("POST", url(path), formEncode(params), all);
    }

    HttpReply postRaw(const QString &path, const QByteArray &body, const QByteArray &contentType, const Headers &headers = {})
    {
        Headers all = headers;
        if (!contentType.isEmpty())
            all.append(header("Content-Type", contentType));
        return send("POST", url(path), body, all);
    }

    HttpReply api(const QByteArray &method, const QString &path, const QString &accessToken, const QByteArray &body = {})
    {
        Headers headers {header("Authorization", "Bearer " + accessToken.toLatin1())};
        if (!body.isEmpty())
            headers.append(header("Content-Type", "application/json"));
        return send(method, url(path), body, headers);
    }

    // --- The browser's part of the authorization code flow ------------------------------------------------------

    struct Callback
    {
        HttpReply consentPage; // the GET /authorize answer
        HttpReply decision; // the POST of the consent form
        QUrlQuery query; // the redirect's query
        QString code;
        QString value(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
    };

    Params authorizeParams(const Authorization &a) const
    {
        return {{QStringLiteral("response_type"), QStringLiteral("code")}, {QStringLiteral("client_id"), a.clientId},
            {QStringLiteral("redirect_uri"), a.redirectUri}, {QStringLiteral("scope"), a.scope},
            {QStringLiteral("state"), a.state}, {QStringLiteral("nonce"), a.nonce},
            {QStringLiteral("code_challenge"), Pkce::challengeS256(a.verifier)},
            {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
    }

    HttpReply openAuthorize(const Params &params)
    {
        return get(QStringLiteral("/authorize?") + QString::fromLatin1(formEncode(params)));
    }

    // Opens the consent page and answers it. Fails the test (through the returned empty code) when a step
    // does not look as expected.
    Callback authorize(const Authorization &a)
    {
        Callback cb;
        cb.consentPage = openAuthorize(authorizeParams(a));
        if (cb.consentPage.status != 200) {
            qWarning() << "consent page:" << cb.consentPage.status << cb.consentPage.header("Location");
            return cb;
        }
        cb.decision = decide(cb.consentPage.text(), QStringLiteral("/authorize/decision"), a.account,
            a.grant.value_or(a.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts)), a.deny);
        cb.query = cb.decision.locationQuery();
        cb.code = cb.value(QStringLiteral("code"));
        return cb;
    }

    HttpReply decide(const QString &page, const QString &action, const QString &account, const QStringList &scopes, bool deny)
    {
        Params form {{QStringLiteral("prompt"), QStringLiteral("login")},
            {QStringLiteral("request"), formValue(page, QStringLiteral("request"))},
            {QStringLiteral("csrf"), formValue(page, QStringLiteral("csrf"))}, {QStringLiteral("login"), account}};
        for (const QString &s : scopes)
            form.append({QStringLiteral("scope"), s});
        if (deny)
            form.append({QStringLiteral("deny"), QStringLiteral("yes")});
        return postForm(action, form);
    }

    HttpReply exchangeCode(const QString &code, const Authorization &a, const Headers &headers = {}, const Params &extra = {})
    {
        Params params {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")}, {QStringLiteral("code"), code},
            {QStringLiteral("redirect_uri"), a.redirectUri}, {QStringLiteral("code_verifier"), a.verifier}};
        if (headers.isEmpty())
            params.append({QStringLiteral("client_id"), a.clientId});
        params.append(extra);
        return postForm(QStringLiteral("/token"), params, headers);
    }

    // The whole flow for the public client: consent as `account`, then the token response.
    HttpReply signIn(const Authorization &a = Authorization())
    {
        const Callback cb = authorize(a);
        if (cb.code.isEmpty()) {
            qWarning() << "no code in the callback" << cb.decision.status << cb.decision.header("Location");
            return {};
        }
        return exchangeCode(cb.code, a);
    }

    HttpReply refresh(
        const QString &refreshToken, const QString &clientId = SandboxProvider::publicClientId(), const Params &extra = {})
    {
        Params params {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
            {QStringLiteral("refresh_token"), refreshToken}, {QStringLiteral("client_id"), clientId}};
        params.append(extra);
        return postForm(QStringLiteral("/token"), params);
    }

    HttpReply clientCredentials(const QString &scope = {})
    {
        Params params {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}};
        if (!scope.isNull())
            params.append({QStringLiteral("scope"), scope});
        return postForm(QStringLiteral("/token"), params,
            {{"Authorization", basicAuth(SandboxProvider::confidentialClientId(), SandboxProvider::confidentialClientSecret())}});
    }

private:
    QUrl m_base;
    QNetworkAccessManager m_network;
};

// A started sandbox on an ephemeral port (never 47231: a Keyway on the test machine may hold it).
inline std::unique_ptr<SandboxServer> startSandbox()
{
    auto server = std::make_unique<SandboxServer>();
    const Error error = server->start(0);
    if (!error.isNull())
        qFatal("sandbox did not start: %s", qPrintable(error.toString()));
    return server;
}

} // namespace keyway::test
