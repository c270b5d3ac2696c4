#include "core/CredentialApplier.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace keyway::CredentialApplier {

QByteArray mask(const QByteArray &secret)
{
    // Enough to tell two credentials apart, never enough to guess one: at most a quarter of it shows, at most 4
    // characters before and 2 after, and nothing of one shorter than 12. The stars say nothing of the length.
    const qsizetype shown = secret.size() < 12 ? 0 : qMin<qsizetype>(6, secret.size() / 4);
    const qsizetype head = qMin<qsizetype>(4, (shown * 2 + 2) / 3);
    return secret.left(head) + QByteArray(8, '*') + secret.right(shown - head);
}

QByteArray headerValue(const QString &scheme, const QString &param, const QByteArray &credential)
{
    if (scheme.isEmpty())
        return credential;
    if (param.isEmpty())
        return scheme.toUtf8() + ' ' + credential;
    // RFC 9110 §11.2: auth-param = token BWS "=" BWS ( token / quoted-string ); §5.6.2 tchar, §5.6.4 quoted-string.
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"));
    QByteArray value = credential;
    if (!token.match(QString::fromLatin1(credential)).hasMatch()) {
        value.replace('\\', "\\\\");
        value.replace('"', "\\\"");
        value = '"' + value + '"';
    }
    return scheme.toUtf8() + ' ' + param.toUtf8() + '=' + value;
}

QByteArray credentialValue(const ConnectionSettings &settings, const StoredCredentials &c)
{
    switch (AuthModes::credential(settings.authMode)) {
    case AuthModes::Credential::Basic:
        return (c.username + ':' + c.password).toBase64(); // RFC 7617 §2
    case AuthModes::Credential::ApiKey:
        return c.apiKey;
    case AuthModes::Credential::AccessToken:
        return c.tokens.accessToken;
    }
    return c.tokens.accessToken;
}

Applied apply(const ApiRequest &request, const QUrl &resolvedUrl, const ConnectionSettings &settings, const StoredCredentials &c)
{
    return apply(request, resolvedUrl, settings, credentialValue(settings, c));
}

Applied apply(const ApiRequest &request, const QUrl &resolvedUrl, const ConnectionSettings &settings, const QByteArray &value)
{
    Applied out;
    out.url = resolvedUrl;
    out.maskedUrl = resolvedUrl;

    for (auto it = settings.apiHeaders.begin(); it != settings.apiHeaders.end(); ++it) {
        const QByteArray name = it.key().toUtf8();
        bool overridden = false;
        for (const auto &h : request.headers)
            overridden = overridden || h.first.compare(name, Qt::CaseInsensitive) == 0;
        if (!overridden) {
            out.headers.append({name, it.value().toUtf8()});
            out.maskedHeaders.append({name, it.value().toUtf8()});
        }
    }
    for (const auto &h : request.headers) {
        out.headers.append(h);
        out.maskedHeaders.append(h);
    }

    if (settings.credentialIn == QLatin1String("query")) {
        QUrlQuery query(out.url);
        query.removeAllQueryItems(settings.credentialName);
        query.addQueryItem(settings.credentialName, QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(value))));
        out.url.setQuery(query);
        QUrlQuery masked(out.maskedUrl);
        masked.removeAllQueryItems(settings.credentialName);
        masked.addQueryItem(settings.credentialName, QString::fromUtf8(mask(value)));
        out.maskedUrl.setQuery(masked);
        return out;
    }
    const QByteArray name = settings.credentialName.isEmpty() ? QByteArray("Authorization") : settings.credentialName.toUtf8();
    // The integration's credential replaces any header of the same name the user typed.
    auto dropSameName = [&name](HeaderList &list) {
        list.erase(std::remove_if(list.begin(), list.end(),
                       [&name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; }),
            list.end());
    };
    dropSameName(out.headers);
    dropSameName(out.maskedHeaders);
    out.headers.append({name, headerValue(settings.credentialScheme, settings.credentialParam, value)});
    out.maskedHeaders.append({name, headerValue(settings.credentialScheme, settings.credentialParam, mask(value))});
    return out;
}

} // namespace keyway::CredentialApplier
