#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkRequest;

namespace keyway {

// Certificates trusted for one origin and nothing else: how Keyway trusts the self-signed TLS certificate of a
// provider built into it (the Keyway Sandbox's mutual-TLS listener) without trusting that certificate anywhere
// else, and without ever ignoring a TLS error or trusting a certificate on first use. A request whose URL has a
// pinned origin (RFC 6454: scheme, host, port, compared exactly) is verified against the pinned certificates
// alone, instead of the system's CAs; every other request is left as it is. Only https origins on a loopback IP
// literal (127.0.0.1, [::1]) can be pinned: the certificate of a program on this computer, never a remote one.
//
// Who pins: EmbeddedProviders, for the origins named by built-in catalogue entries with "embedded_provider".
// Where it applies: OriginTrust::NetworkAccessManager, the one QNetworkAccessManager every core request goes
// through (protocol requests, discovery, the API), so the rule lives here and nowhere else.
namespace OriginTrust {

using Anchors = std::function<QList<QSslCertificate>()>;

// "https://127.0.0.1:47232" for any URL of that origin (the default port written out); empty when `url` has no
// scheme or host.
QString originOf(const QUrl &url);
// Pins `origin` (only its origin counts) to the certificates `anchors` gives when a request is made (an empty list
// trusts nothing there). False, and nothing pinned, for an origin that is not https on a loopback IP literal.
bool pin(const QUrl &origin, Anchors anchors);
void unpin(const QUrl &origin);
bool isPinned(const QUrl &url);
// For tests.
void clear();
// Makes `request` trust only the pinned certificates when its URL's origin is pinned; leaves it alone otherwise.
void applyTo(QNetworkRequest *request);

// A QNetworkAccessManager that applies the pins to every request it sends.
class NetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;
};

} // namespace OriginTrust

} // namespace keyway
