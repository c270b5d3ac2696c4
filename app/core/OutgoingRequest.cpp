#include "core/OutgoingRequest.h"

#include "auth/UrlPolicy.h"
#include "core/ApiClient.h"
#include "core/ConnectionSettings.h"
#include "core/CredentialApplier.h"
#include "core/CredentialOrigins.h"

#include <QCoreApplication>

#include <algorithm>

namespace keyway {

namespace {
// tr() under the context lupdate records for these strings (a free tr() would be filed under the
// namespace and never found at run time).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OutgoingRequest)
};

// QNetworkRequest::setRawHeader's rule, so the list is exactly what goes out: a later header replaces every
// earlier one of the same name (compared without case) and takes the last place.
HeaderList asSet(const HeaderList &headers)
{
    HeaderList out;
    for (const auto &header : headers) {
        out.erase(std::remove_if(out.begin(), out.end(),
                      [&header](const auto &h) { return h.first.compare(header.first, Qt::CaseInsensitive) == 0; }),
            out.end());
        out.append(header);
    }
    return out;
}
} // namespace

Result<OutgoingRequest> OutgoingRequest::build(
    const ApiRequest &request, const ConnectionSettings &settings, const QByteArray &credential)
{
    const QUrl url = ApiClient::resolveUrl(settings.apiBaseUrl, request.url);
    const Error policy = UrlPolicy::check(url, settings.provider.allowInsecureHttp);
    if (!url.isValid() || url.isRelative() || !policy.isNull())
        return policy.isNull() ? Error::make(QStringLiteral("bad_url"), Tr::tr("Enter a full URL (https://...)."), url.toString())
                               : policy;
    // RFC 6750 §5.3: the credential goes to the connection's own origins only, or where the user said so.
    const QString origin = CredentialOrigins::of(url);
    OutgoingRequest out;
    out.ownOrigin = CredentialOrigins::belongsTo(settings, url);
    bool allowedOrigin = false;
    for (const QString &allowed : request.allowedOrigins)
        allowedOrigin = allowedOrigin || CredentialOrigins::parse(allowed) == origin;
    if (!out.ownOrigin && !allowedOrigin && !request.withoutCredentialElsewhere)
        return Error::make(QStringLiteral("foreign_origin"),
            Tr::tr("%1 is not one of this connection's origins, so its credential is not sent there.").arg(origin),
            CredentialOrigins::ofConnection(settings).join(QLatin1Char(' ')));
    out.withCredential = out.ownOrigin || allowedOrigin;
    const CredentialApplier::Applied applied = out.withCredential
        ? CredentialApplier::apply(request, url, settings, credential)
        : CredentialApplier::Applied {url, request.headers, request.headers, url};
    out.method = request.method;
    out.url = applied.url;
    out.headers = asSet(applied.headers);
    out.body = request.body;
    out.maskedUrl = applied.maskedUrl;
    out.maskedHeaders = asSet(applied.maskedHeaders);
    bool hasUserAgent = false;
    for (const auto &h : std::as_const(out.headers))
        hasUserAgent = hasUserAgent || h.first.compare("User-Agent", Qt::CaseInsensitive) == 0;
    if (!hasUserAgent) {
        const QPair<QByteArray, QByteArray> agent {QByteArrayLiteral("User-Agent"), QByteArrayLiteral("Keyway/" KEYWAY_VERSION)};
        out.headers.append(agent);
        out.maskedHeaders.append(agent);
    }
    return out;
}

QNetworkRequest OutgoingRequest::toNetworkRequest() const
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    // Redirects only to the same origin, so a credential never travels to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(120000);
    return request;
}

} // namespace keyway
