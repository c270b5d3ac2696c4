#include "jose/JwksCache.h"

#include "common/Log.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

namespace keyway {

namespace {

Error fetchError(const QString &code, const QString &message, const QString &detail, int httpStatus = 0)
{
    return Error::make(code, message, detail, httpStatus);
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// A JWKS is JSON (RFC 7517 §8.5.1 registers application/jwk-set+json); text/html is an error page, not keys.
bool isJsonContentType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    return type == "application/json" || type == "application/jwk-set+json" || type.endsWith("+json");
}

} // namespace

JwksCache::JwksCache(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network ? network : new QNetworkAccessManager(this))
{
}

JwksCache::~JwksCache()
{
    for (Entry &entry : m_entries) {
        if (entry.reply) {
            entry.reply->disconnect(this);
            entry.reply->abort();
        }
    }
}

QDateTime JwksCache::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void JwksCache::clear()
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->reply) {
            it->hasKeys = false;
            it->jwks = Jwks();
            it->lastAttempt = QDateTime();
            it->lastForcedAttempt = QDateTime();
            ++it;
        } else {
            it = m_entries.erase(it);
        }
    }
}

void JwksCache::keys(const QUrl &url, bool forceRefresh, Callback callback, QObject *context, bool allowInsecureHttp)
{
    const Waiter waiter {std::move(callback), QPointer<QObject>(context), context != nullptr};
    // OpenID Connect Discovery §3: jwks_uri is HTTPS. Plain HTTP only to this machine (tests, local providers),
    // or where the user allowed it for this integration.
    const bool plainHttpAllowed = allowInsecureHttp || isLoopback(url);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty()
        || !(url.scheme() == QLatin1String("https") || (url.scheme() == QLatin1String("http") && plainHttpAllowed))) {
        deliverLater(waiter, Jwks(),
            fetchError(QStringLiteral("jwks_insecure_url"), tr("The provider's key set address is not a secure (https) URL."),
                url.toDisplayString()));
        return;
    }

    Entry &entry = m_entries[url];
    if (entry.reply) {
        // Share the fetch already under way.
        entry.waiters.append(waiter);
        return;
    }
    const QDateTime current = now();
    const bool expired = !entry.fetchedAt.isValid() || entry.fetchedAt.msecsTo(current) >= qint64(m_maxAge.count());
    const bool ordinaryFetch = !entry.hasKeys || expired;
    if (!ordinaryFetch && !forceRefresh) {
        deliverLater(waiter, entry.jwks, Error());
        return;
    }
    // Rate limits, each at most one network fetch per URL per interval. A forced refresh (the unknown-kid refetch,
    // OpenID Connect Core §10.1.1) counts only against earlier forced refreshes, so a rotation right after an
    // ordinary fetch is seen at once; an ordinary fetch counts against every earlier attempt, so a failing
    // provider is not asked again and again.
    const bool forced = !ordinaryFetch;
    const QDateTime &last = forced ? entry.lastForcedAttempt : entry.lastAttempt;
    if (last.isValid() && last.msecsTo(current) < qint64(m_minRefreshInterval.count())) {
        qCDebug(lcJose) << (forced ? "JWKS forced refresh rate-limited for" : "JWKS fetch rate-limited for")
                        << url.toDisplayString();
        if (entry.hasKeys)
            deliverLater(waiter, entry.jwks, Error());
        else
            deliverLater(waiter, Jwks(), entry.lastError);
        return;
    }
    entry.waiters.append(waiter);
    startFetch(url, entry, forced);
}

void JwksCache::startFetch(const QUrl &url, Entry &entry, bool forced)
{
    entry.lastAttempt = now();
    if (forced)
        entry.lastForcedAttempt = entry.lastAttempt;
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/jwk-set+json, application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setTransferTimeout(int(m_timeout.count()));
    QNetworkReply *reply = m_network->get(request);
    entry.reply = reply;
    qCDebug(lcJose) << "JWKS fetch" << url.toDisplayString();

    // Shared state of this one fetch.
    struct State
    {
        QByteArray body;
        bool tooLarge = false;
        bool timedOut = false;
    };
    auto state = std::make_shared<State>();
    const qint64 maxSize = m_maxSize;

    auto timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, state]() {
        state->timedOut = true;
        reply->abort();
    });
    timer->start(m_timeout);

    auto checkSize = [reply, state, maxSize]() {
        if (state->tooLarge)
            return;
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxSize)
            state->tooLarge = true;
        if (!state->tooLarge) {
            state->body += reply->readAll();
            if (state->body.size() > maxSize)
                state->tooLarge = true;
        }
        if (state->tooLarge) {
            state->body.clear();
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, checkSize);
    connect(reply, &QNetworkReply::readyRead, this, checkSize);
    connect(reply, &QNetworkReply::finished, this, [this, url, reply, state, checkSize]() {
        if (!state->tooLarge && !state->timedOut && reply->error() == QNetworkReply::NoError)
            checkSize();
        finishFetch(url, reply, state->body, state->tooLarge, state->timedOut);
    });
}

void JwksCache::finishFetch(const QUrl &url, QNetworkReply *reply, const QByteArray &body, bool tooLarge, bool timedOut)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString where = url.toDisplayString();

    Error error;
    Jwks jwks;
    if (tooLarge) {
        error = fetchError(QStringLiteral("jwks_too_large"), tr("The provider's key set (JWKS) is unreasonably large."),
            QStringLiteral("%1: larger than %2 bytes").arg(where).arg(m_maxSize));
    } else if (timedOut || reply->error() == QNetworkReply::TimeoutError
        || (reply->error() == QNetworkReply::OperationCanceledError && status == 0)) {
        error = fetchError(QStringLiteral("jwks_timeout"), tr("The provider's key set (JWKS) did not arrive in time."),
            QStringLiteral("%1: no answer within %2 ms").arg(where).arg(m_timeout.count()));
    } else if (status != 0 && status != 200) {
        error = fetchError(QStringLiteral("jwks_http_error"),
            tr("The provider's key set (JWKS) could not be downloaded (HTTP %1).").arg(status),
            QStringLiteral("%1: HTTP %2 %3")
                .arg(where)
                .arg(status)
                .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()),
            status);
    } else if (reply->error() != QNetworkReply::NoError) {
        error = fetchError(QStringLiteral("jwks_unreachable"), tr("The provider's key set (JWKS) could not be downloaded."),
            QStringLiteral("%1: %2").arg(where, reply->errorString()));
    } else if (!isJsonContentType(reply->rawHeader("Content-Type"))) {
        error = fetchError(QStringLiteral("jwks_not_json"), tr("The provider's key set address did not return JSON."),
            QStringLiteral("%1: Content-Type \"%2\"").arg(where, QString::fromLatin1(reply->rawHeader("Content-Type"))), status);
    } else {
        auto parsed = Jwks::parse(body);
        if (!parsed) {
            error = parsed.error();
            error.detail = QStringLiteral("%1: %2").arg(where, error.detail);
        } else if (parsed.value().isEmpty()) {
            error = fetchError(QStringLiteral("jwks_empty"), tr("The provider's key set (JWKS) holds no usable signing key."),
                QStringLiteral("%1: %2").arg(where,
                    parsed.value().skipped().isEmpty() ? QStringLiteral("the set has no keys")
                                                       : parsed.value().skipped().join(QLatin1String("; "))));
        } else {
            jwks = parsed.value();
        }
    }

    const auto it = m_entries.find(url);
    QList<Waiter> waiters;
    if (it != m_entries.end()) {
        it->reply = nullptr;
        waiters = std::move(it->waiters);
        it->waiters.clear();
        if (error.isNull()) {
            it->jwks = jwks;
            it->hasKeys = true;
            it->fetchedAt = now();
            it->lastError = Error();
        } else {
            it->lastError = error;
        }
    }
    if (error.isNull())
        qCInfo(lcJose) << "JWKS fetched from" << where << "with" << jwks.size() << "keys";
    else
        qCWarning(lcJose).noquote() << "JWKS fetch failed:" << error.code << error.detail;
    emit fetched(url, jwks.size(), error);
    for (const Waiter &waiter : std::as_const(waiters))
        deliver(waiter, jwks, error);
}

void JwksCache::deliverLater(const Waiter &waiter, const Jwks &jwks, const Error &error)
{
    QTimer::singleShot(0, this, [waiter, jwks, error]() { deliver(waiter, jwks, error); });
}

void JwksCache::deliver(const Waiter &waiter, const Jwks &jwks, const Error &error)
{
    if (waiter.hasContext && !waiter.context)
        return;
    if (waiter.callback)
        waiter.callback(jwks, error);
}

void JwksCache::validateIdToken(const QUrl &jwksUrl, const QString &idToken, const IdTokenValidator::Expectations &expectations,
    ValidationCallback callback, QObject *context, bool allowInsecureHttp)
{
    validateWithKeys(
        jwksUrl, [idToken, expectations](const Jwks &jwks) { return IdTokenValidator::validate(idToken, jwks, expectations); },
        std::move(callback), context, allowInsecureHttp);
}

void JwksCache::validateRefreshedIdToken(const QUrl &jwksUrl, const QString &original, const QString &refreshed,
    const IdTokenValidator::Expectations &expectations, ValidationCallback callback, QObject *context, bool allowInsecureHttp)
{
    validateWithKeys(
        jwksUrl,
        [original, refreshed, expectations](
            const Jwks &jwks) { return IdTokenValidator::validateRefreshed(original, refreshed, jwks, expectations); },
        std::move(callback), context, allowInsecureHttp);
}

void JwksCache::validateWithKeys(
    const QUrl &jwksUrl, Check check, ValidationCallback callback, QObject *context, bool allowInsecureHttp)
{
    auto unavailable = [](const Error &error) {
        IdTokenValidator::Validation validation;
        validation.failure = IdTokenValidator::Failure::KeysUnavailable;
        validation.error = Error::make(IdTokenValidator::code(validation.failure), error.message, error.detail, error.httpStatus);
        return validation;
    };
    QPointer<JwksCache> self(this);
    keys(
        jwksUrl, false,
        [self, jwksUrl, check, callback, context, unavailable, allowInsecureHttp](const Jwks &jwks, const Error &error) {
            if (!error.isNull()) {
                callback(unavailable(error));
                return;
            }
            const IdTokenValidator::Validation first = check(jwks);
            if (first.failure != IdTokenValidator::Failure::UnknownKey || !self) {
                callback(first);
                return;
            }
            // OpenID Connect Core §10.1.1: a new kid may mean the provider rotated its keys; refetch once.
            self->keys(
                jwksUrl, true,
                [check, callback, first](const Jwks &fresh, const Error &refreshError) {
                    if (!refreshError.isNull()) {
                        IdTokenValidator::Validation validation = first;
                        validation.error.detail += QStringLiteral("; refreshing the JWKS failed: %1").arg(refreshError.detail);
                        callback(validation);
                        return;
                    }
                    callback(check(fresh));
                },
                context, allowInsecureHttp);
        },
        context, allowInsecureHttp);
}

} // namespace keyway
