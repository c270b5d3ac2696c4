#include "http/OriginTrust.h"

#include "http/LoopbackServer.h"

#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace keyway::OriginTrust {

namespace {

QMutex s_mutex;

QHash<QString, Anchors> &pins()
{
    static QHash<QString, Anchors> map;
    return map;
}

} // namespace

QString originOf(const QUrl &url)
{
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1);
    QUrl origin;
    origin.setScheme(scheme);
    origin.setHost(url.host()); // QUrl lower-cases names and brackets an IPv6 literal itself
    origin.setPort(port);
    return origin.toString(QUrl::FullyEncoded);
}

bool pin(const QUrl &origin, Anchors anchors)
{
    // A loopback IP literal over https only: the certificate of a program on this computer, never a name that DNS
    // (or a hosts file) could point elsewhere.
    if (origin.scheme().toLower() != QLatin1String("https") || !LoopbackServer::isLoopbackLiteral(QHostAddress(origin.host()))
        || origin.port() <= 0 || !anchors)
        return false;
    QMutexLocker lock(&s_mutex);
    pins().insert(originOf(origin), std::move(anchors));
    return true;
}

void unpin(const QUrl &origin)
{
    QMutexLocker lock(&s_mutex);
    pins().remove(originOf(origin));
}

bool isPinned(const QUrl &url)
{
    QMutexLocker lock(&s_mutex);
    return pins().contains(originOf(url));
}

void clear()
{
    QMutexLocker lock(&s_mutex);
    pins().clear();
}

void applyTo(QNetworkRequest *request)
{
    Anchors anchors;
    {
        QMutexLocker lock(&s_mutex);
        anchors = pins().value(originOf(request->url()));
    }
    if (!anchors)
        return;
    // Instead of the system's CAs (and any extra ones the user added): this origin is this certificate's alone,
    // and checked as any other (chain, dates, the host in subjectAltName). Nothing is ever ignored.
    QSslConfiguration tls = request->sslConfiguration();
    tls.setCaCertificates(anchors());
    request->setSslConfiguration(tls);
}

QNetworkReply *NetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    QNetworkRequest pinned = request;
    applyTo(&pinned);
    return QNetworkAccessManager::createRequest(op, pinned, outgoingData);
}

} // namespace keyway::OriginTrust
