#include "jose/IdTokenValidator.h"

#include "common/Log.h"
#include "common/Redactor.h"
#include "jose/Jws.h"
#include "jose/Jwt.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <openssl/crypto.h>

namespace keyway {

namespace {

// tr() under the context lupdate records for these strings (a free tr() would be filed under the
// namespace and never found at run time).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IdTokenValidator)
};

QString userMessage(IdTokenValidator::Failure failure)
{
    using F = IdTokenValidator::Failure;
    switch (failure) {
    case F::None:
        return {};
    case F::Malformed:
        return Tr::tr("The provider's sign-in answer contained an identity token Keyway could not read.");
    case F::AlgNotAllowed:
        return Tr::tr("The identity token is signed in a way Keyway does not accept.");
    case F::UnknownKey:
        return Tr::tr("The identity token was signed with a key the provider does not publish.");
    case F::BadSignature:
        return Tr::tr("The identity token's signature is not valid. It may have been altered.");
    case F::WrongIssuer:
        return Tr::tr("The identity token was issued by a different provider than expected.");
    case F::WrongAudience:
        return Tr::tr("The identity token was issued for a different application.");
    case F::WrongAzp:
        return Tr::tr("The identity token was issued to a different application (authorized party).");
    case F::Expired:
        return Tr::tr("The identity token had already expired by this computer's clock when it arrived.");
    case F::IssuedInFuture:
        return Tr::tr("The identity token is dated in the future by this computer's clock.");
    case F::IssuedLongAgo:
        return Tr::tr("The identity token was issued too long ago by this computer's clock to be a new one.");
    case F::WrongNonce:
        return Tr::tr("The identity token does not belong to this sign-in attempt. Please sign in again.");
    case F::AuthTooOld:
        return Tr::tr("The provider did not confirm a recent enough sign-in. Please sign in again.");
    case F::KeysUnavailable:
        return Tr::tr("Keyway could not download the provider's signing keys to check the identity token.");
    case F::SubjectChanged:
        return Tr::tr("The identity token from the refresh names a different user than the one who signed in.");
    case F::AuthTimeChanged:
        return Tr::tr("The identity token from the refresh gives a different sign-in time than the one who signed in.");
    }
    return {};
}

bool constantTimeEquals(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    return x.size() == y.size() && CRYPTO_memcmp(x.constData(), y.constData(), size_t(x.size())) == 0;
}

QString describe(const QJsonValue &value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isUndefined())
        return QStringLiteral("(absent)");
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QStringLiteral("(object)");
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

Error wrongIssuer(const QString &detail)
{
    using F = IdTokenValidator::Failure;
    return Error::make(IdTokenValidator::code(F::WrongIssuer), userMessage(F::WrongIssuer), detail);
}

// An issuer published as a template (Microsoft's multi-tenant endpoints: "https://login.microsoftonline.com/
// {tenantid}/v2.0", with the user's tenant in the token's "tid" claim) names the real issuer only once each
// {placeholder} is replaced by the claim Expectations::issuerClaims maps it to. The claim value is restricted to
// letters, digits, '-', '.' and '_' so it cannot add a path, host or query to the issuer it fills in; the result
// is then compared exactly like any other issuer (OpenID Connect Core §3.1.3.7 step 2).
Result<QString> expandIssuer(const IdTokenValidator::Expectations &expectations, const QJsonObject &claims)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z0-9_]+)\\}"));
    static const QRegularExpression safeValue(QStringLiteral("^[A-Za-z0-9._-]{1,256}$"));
    QString out = expectations.issuer;
    QRegularExpressionMatchIterator it = placeholder.globalMatch(expectations.issuer);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        const auto mapped = expectations.issuerClaims.constFind(name);
        if (mapped == expectations.issuerClaims.cend() || mapped.value().isEmpty())
            return wrongIssuer(QStringLiteral("the expected issuer \"%1\" holds the placeholder {%2}, and no issuer_claims "
                                              "entry names the claim that fills it")
                                   .arg(expectations.issuer, name));
        const QJsonValue value = claims.value(mapped.value());
        if (value.isUndefined() || value.isNull())
            return wrongIssuer(
                QStringLiteral("the expected issuer \"%1\" needs the claim \"%2\" for {%3}, and the token has none")
                    .arg(expectations.issuer, mapped.value(), name));
        if (!value.isString() || !safeValue.match(value.toString()).hasMatch())
            return wrongIssuer(QStringLiteral("claim \"%1\" is %2; it must be a non-empty string of letters, digits, '-', '.' "
                                              "and '_' to fill {%3} of the issuer")
                                   .arg(mapped.value(), describe(value), name));
        out.replace(QLatin1Char('{') + name + QLatin1Char('}'), value.toString());
    }
    return out;
}

IdTokenValidator::Validation failed(IdTokenValidator::Validation result, IdTokenValidator::Failure failure, const QString &detail)
{
    result.failure = failure;
    result.error = Error::make(IdTokenValidator::code(failure), userMessage(failure), detail);
    result.claims = QJsonObject(); // never hand out claims that did not pass
    qCInfo(lcJose).noquote() << "ID token rejected:" << IdTokenValidator::code(failure) << "-" << detail;
    return result;
}

} // namespace

QString IdTokenValidator::code(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::Malformed:
        return QStringLiteral("malformed");
    case Failure::AlgNotAllowed:
        return QStringLiteral("alg_not_allowed");
    case Failure::UnknownKey:
        return QStringLiteral("unknown_key");
    case Failure::BadSignature:
        return QStringLiteral("bad_signature");
    case Failure::WrongIssuer:
        return QStringLiteral("wrong_issuer");
    case Failure::WrongAudience:
        return QStringLiteral("wrong_audience");
    case Failure::WrongAzp:
        return QStringLiteral("wrong_azp");
    case Failure::Expired:
        return QStringLiteral("expired");
    case Failure::IssuedInFuture:
        return QStringLiteral("issued_in_future");
    case Failure::WrongNonce:
        return QStringLiteral("wrong_nonce");
    case Failure::AuthTooOld:
        return QStringLiteral("auth_too_old");
    case Failure::KeysUnavailable:
        return QStringLiteral("keys_unavailable");
    case Failure::SubjectChanged:
        return QStringLiteral("subject_changed");
    case Failure::AuthTimeChanged:
        return QStringLiteral("auth_time_changed");
    case Failure::IssuedLongAgo:
        return QStringLiteral("issued_long_ago");
    }
    return {};
}

IdTokenValidator::Validation IdTokenValidator::validate(
    const QString &idToken, const Jwks &jwks, const Expectations &expectations)
{
    Validation result;
    auto fail = [&result](Failure failure, const QString &detail) { return failed(result, failure, detail); };

    // --- The JWS itself -----------------------------------------------------------------------------------
    const auto jws = Jws::parse(idToken);
    if (!jws)
        return fail(Failure::Malformed, jws.error().detail);
    result.header = jws.value().header();
    const QString algorithm = jws.value().algorithm();
    const QString keyId = jws.value().keyId();

    // RFC 8725 §3.1 / §2.1: only asymmetric algorithms, never "none" or an HMAC checked with a public key.
    if (!Jws::isSupportedAlgorithm(algorithm))
        return fail(Failure::AlgNotAllowed, QStringLiteral("alg \"%1\" is refused (RFC 8725 §3.1)").arg(algorithm));
    if (!expectations.allowedAlgorithms.isEmpty() && !expectations.allowedAlgorithms.contains(algorithm))
        return fail(Failure::AlgNotAllowed,
            QStringLiteral("alg \"%1\" is not among the expected %2")
                .arg(algorithm, expectations.allowedAlgorithms.join(QLatin1String(", "))));

    QJsonParseError parseError;
    const QJsonDocument payload = QJsonDocument::fromJson(jws.value().payload(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !payload.isObject())
        return fail(Failure::Malformed, QStringLiteral("the payload is not a JSON object"));

    // --- The signature (OpenID Connect Core §3.1.3.7 step 6; checked before trusting any claim) ---------------
    const QList<Jwk> candidates = jwks.candidates(keyId, algorithm);
    if (candidates.isEmpty()) {
        // A known kid whose key cannot do this alg is a mismatch between header and key, not a rotation.
        if (!keyId.isEmpty() && jwks.containsKeyId(keyId))
            return fail(Failure::BadSignature,
                QStringLiteral("key \"%1\" in the JWKS cannot verify alg %2 (key type or declared alg differs)")
                    .arg(keyId, algorithm));
        return fail(Failure::UnknownKey,
            keyId.isEmpty() ? QStringLiteral("no key in the JWKS (%1 keys) fits alg %2").arg(jwks.size()).arg(algorithm)
                            : QStringLiteral("no key with kid \"%1\" in the JWKS (%2 keys)").arg(keyId).arg(jwks.size()));
    }
    bool verified = false;
    QString signatureDetail;
    for (const Jwk &key : candidates) {
        const Error error = jws.value().verify(key);
        if (error.isNull()) {
            verified = true;
            result.keyId = key.keyId();
            break;
        }
        signatureDetail = error.detail;
    }
    if (!verified)
        return fail(Failure::BadSignature, signatureDetail);

    // --- Claims -------------------------------------------------------------------------------------------
    const QJsonObject claims = payload.object();
    // OpenID Connect Core §2: iss, sub, aud, exp and iat are REQUIRED.
    for (const char *name : {"iss", "sub"}) {
        if (!claims.value(QLatin1String(name)).isString() || claims.value(QLatin1String(name)).toString().isEmpty())
            return fail(Failure::Malformed, QStringLiteral("claim \"%1\" is missing or not a string").arg(QLatin1String(name)));
    }
    QStringList audiences;
    const QJsonValue aud = claims.value(QLatin1String("aud"));
    if (aud.isString()) {
        audiences << aud.toString();
    } else if (aud.isArray()) {
        for (const QJsonValue &entry : aud.toArray()) {
            if (!entry.isString())
                return fail(Failure::Malformed, QStringLiteral("claim \"aud\" holds a value that is not a string"));
            audiences << entry.toString();
        }
    }
    if (audiences.isEmpty())
        return fail(Failure::Malformed, QStringLiteral("claim \"aud\" is missing or empty"));
    const QDateTime expiresAt = Jwt::numericDate(claims, QStringLiteral("exp"));
    const QDateTime issuedAt = Jwt::numericDate(claims, QStringLiteral("iat"));
    if (!expiresAt.isValid())
        return fail(Failure::Malformed, QStringLiteral("claim \"exp\" is missing or not a NumericDate"));
    if (!issuedAt.isValid())
        return fail(Failure::Malformed, QStringLiteral("claim \"iat\" is missing or not a NumericDate"));

    // Step 2: the issuer must match exactly (no trailing-slash or case folding).
    const QString issuer = claims.value(QLatin1String("iss")).toString();
    if (expectations.issuer.isEmpty())
        return fail(Failure::WrongIssuer, QStringLiteral("no expected issuer is configured; refusing to guess"));
    const Result<QString> expanded = expandIssuer(expectations, claims);
    if (!expanded)
        return fail(Failure::WrongIssuer, expanded.error().detail);
    const QString &expectedIssuer = expanded.value();
    if (issuer != expectedIssuer)
        return fail(Failure::WrongIssuer, QStringLiteral("iss is \"%1\", expected \"%2\"").arg(issuer, expectedIssuer));

    // Step 3: our client_id must be an audience.
    if (expectations.clientId.isEmpty() || !audiences.contains(expectations.clientId))
        return fail(Failure::WrongAudience,
            QStringLiteral("aud is %1, expected it to contain \"%2\"").arg(describe(aud), expectations.clientId));

    // Steps 4 and 5: with several audiences, azp names the party the token was issued to, and it must be us.
    const QJsonValue azp = claims.value(QLatin1String("azp"));
    if (!azp.isUndefined()) {
        if (!azp.isString() || azp.toString() != expectations.clientId)
            return fail(
                Failure::WrongAzp, QStringLiteral("azp is %1, expected \"%2\"").arg(describe(azp), expectations.clientId));
    } else if (audiences.size() > 1) {
        return fail(Failure::WrongAzp, QStringLiteral("aud has %1 entries but there is no azp claim").arg(audiences.size()));
    }

    // Steps 9 and 10, RFC 7519 §4.1.4, §4.1.5: time, with one leeway both ways for clocks that disagree a little
    // (ClockLeeway). A refusal says how this computer's clock compares with the provider's, when that was measured.
    const QDateTime now = expectations.now.isValid() ? expectations.now.toUTC() : QDateTime::currentDateTimeUtc();
    const qint64 skew = qint64(expectations.maxClockSkew.count());
    auto timeFail = [&](Failure failure, const char *claim, const QDateTime &value) {
        const qint64 off = now.secsTo(value);
        const auto offset = expectations.providerClockOffset;
        Validation refused = fail(failure,
            QStringLiteral("%1 %2 is %3 s %4 now %5 (leeway %6 s); the provider's clock is %7")
                .arg(QLatin1String(claim), value.toString(Qt::ISODate))
                .arg(qAbs(off))
                .arg(off >= 0 ? QLatin1String("after") : QLatin1String("before"), now.toString(Qt::ISODate))
                .arg(skew)
                .arg(offset ? QStringLiteral("%1%2 s from this computer's (Date header)")
                                  .arg(offset->count() >= 0 ? QStringLiteral("+") : QString())
                                  .arg(offset->count())
                            : QStringLiteral("unknown (no Date header)")));
        refused.error.message += QLatin1Char(' ') + ClockLeeway::explain(offset, expectations.maxClockSkew);
        return refused;
    };
    if (now >= expiresAt.addSecs(skew))
        return timeFail(Failure::Expired, "exp", expiresAt);
    if (issuedAt > now.addSecs(skew))
        return timeFail(Failure::IssuedInFuture, "iat", issuedAt);
    // A token checked here has just been issued: an iat further back than the leeway means the clocks disagree
    // (or the token is replayed), exactly as one too far ahead does.
    if (issuedAt < now.addSecs(-skew))
        return timeFail(Failure::IssuedLongAgo, "iat", issuedAt);
    // RFC 7519 §4.1.5: not before.
    if (claims.contains(QLatin1String("nbf"))) {
        const QDateTime notBefore = Jwt::numericDate(claims, QStringLiteral("nbf"));
        if (!notBefore.isValid())
            return fail(Failure::Malformed, QStringLiteral("claim \"nbf\" is not a NumericDate"));
        if (notBefore > now.addSecs(skew))
            return timeFail(Failure::IssuedInFuture, "nbf", notBefore);
    }

    // Step 11: the nonce we sent comes back unchanged (replay protection). Values are shown as fingerprints only.
    if (!expectations.nonce.isEmpty()) {
        const QJsonValue nonce = claims.value(QLatin1String("nonce"));
        if (!nonce.isString())
            return fail(Failure::WrongNonce, QStringLiteral("the token has no nonce, expected one"));
        if (!constantTimeEquals(nonce.toString(), expectations.nonce))
            return fail(Failure::WrongNonce,
                QStringLiteral("nonce %1 differs from the one sent, %2")
                    .arg(Redactor::fingerprint(nonce.toString()), Redactor::fingerprint(expectations.nonce)));
    }

    // Step 13: when max_age was requested, auth_time is required and must be recent enough.
    if (expectations.maxAge) {
        const QDateTime authTime = Jwt::numericDate(claims, QStringLiteral("auth_time"));
        if (!authTime.isValid())
            return fail(Failure::AuthTooOld, QStringLiteral("max_age was requested but auth_time is missing"));
        const qint64 maxAge = qint64(expectations.maxAge->count());
        if (authTime.addSecs(maxAge + skew) < now)
            return fail(Failure::AuthTooOld,
                QStringLiteral("auth_time %1 is more than %2 s before now %3")
                    .arg(authTime.toString(Qt::ISODate))
                    .arg(maxAge)
                    .arg(now.toString(Qt::ISODate)));
    }

    result.claims = claims;
    return result;
}

IdTokenValidator::Validation IdTokenValidator::validateRefreshed(
    const QString &original, const QString &refreshed, const Jwks &jwks, const Expectations &expectations)
{
    // The nonce belongs to the sign-in's authorization request and max_age to its authentication; what a
    // refreshed token may say about them is compared with the original below instead.
    Expectations fresh = expectations;
    fresh.nonce.clear();
    fresh.maxAge.reset();
    Validation result = validate(refreshed, jwks, fresh);
    if (!result.ok())
        return result;

    const auto before = Jwt::decode(original);
    if (!before)
        return failed(result, Failure::Malformed,
            QStringLiteral("the ID token kept from sign-in cannot be read (%1), so the refreshed one cannot be compared with it")
                .arg(before.error().code));
    const QJsonObject was = before.value().claims();
    const QJsonObject now = result.claims;
    auto claim = [](const QJsonObject &claims, const char *name) { return claims.value(QLatin1String(name)); };

    // OpenID Connect Core §12.2: "its iss Claim Value MUST be the same as in the ID Token issued when the
    // original authentication occurred" (a templated issuer may fill in another tenant: still refused).
    if (claim(now, "iss") != claim(was, "iss"))
        return failed(result, Failure::WrongIssuer,
            QStringLiteral("iss is %1 after the refresh, %2 at sign-in")
                .arg(describe(claim(now, "iss")), describe(claim(was, "iss"))));
    // §12.2: "its sub Claim Value MUST be the same": the refresh must not hand the connection to someone else.
    if (claim(now, "sub") != claim(was, "sub"))
        return failed(result, Failure::SubjectChanged,
            QStringLiteral("sub is %1 after the refresh, %2 at sign-in")
                .arg(describe(claim(now, "sub")), describe(claim(was, "sub"))));
    // §12.2: "if no azp Claim was present in the original ID Token, one MUST NOT be present in the new ID Token";
    // when there was one, validate() has checked that both name this client.
    if (claim(now, "azp").isUndefined() != claim(was, "azp").isUndefined())
        return failed(result, Failure::WrongAzp,
            QStringLiteral("azp is %1 after the refresh, %2 at sign-in")
                .arg(describe(claim(now, "azp")), describe(claim(was, "azp"))));
    // §12.2: a nonce, if present, is the original one (values shown as fingerprints only).
    const QJsonValue nonce = claim(now, "nonce");
    if (!nonce.isUndefined()) {
        const QJsonValue sent = claim(was, "nonce");
        if (!nonce.isString() || !sent.isString() || !constantTimeEquals(nonce.toString(), sent.toString()))
            return failed(result, Failure::WrongNonce,
                QStringLiteral("nonce %1 after the refresh differs from the sign-in's, %2")
                    .arg(nonce.isString() ? Redactor::fingerprint(nonce.toString()) : describe(nonce),
                        sent.isString() ? Redactor::fingerprint(sent.toString()) : describe(sent)));
    }
    // §12.2: auth_time, if present, is the time of the original authentication, not of the refresh.
    const QJsonValue authTime = claim(now, "auth_time");
    if (!authTime.isUndefined() && !claim(was, "auth_time").isUndefined()) {
        const QDateTime at = Jwt::fromNumericDate(authTime);
        const QDateTime originalAt = Jwt::fromNumericDate(claim(was, "auth_time"));
        if (!at.isValid() || at.toSecsSinceEpoch() != originalAt.toSecsSinceEpoch())
            return failed(result, Failure::AuthTimeChanged,
                QStringLiteral("auth_time is %1 after the refresh, %2 at sign-in")
                    .arg(describe(authTime), describe(claim(was, "auth_time"))));
    }
    return result;
}

} // namespace keyway
