#include "auth/ServiceAccountKey.h"

#include "auth/UrlPolicy.h"
#include "common/Redactor.h"
#include "jose/PrivateKey.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace keyway {

namespace {

Error invalid(const QString &message, const QString &field)
{
    return Error::make(QStringLiteral("service_account_invalid"), message, field);
}

} // namespace

Result<ServiceAccountKey> ServiceAccountKey::parse(const QByteArray &json)
{
    if (json.size() > kMaxFileSize)
        return Error::make(QStringLiteral("service_account_too_large"),
            tr("This file is too large to be a service account key (%n byte(s)).", nullptr, int(json.size())));
    if (json.trimmed().isEmpty())
        return invalid(tr("The service account key file is empty."), {});
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    // The parser's message never quotes the input, so no part of the key can leak through it.
    if (parseError.error != QJsonParseError::NoError)
        return invalid(tr("The service account key file is not valid JSON."),
            tr("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return invalid(tr("The service account key file is not valid: expected a JSON object."), {});
    const QJsonObject root = doc.object();

    // Reads a string member; a member of another type is an error (as is a missing required one).
    Error error;
    auto text = [&root, &error](const char *name, bool required) -> QString {
        const QString key = QString::fromLatin1(name);
        if (!root.contains(key)) {
            if (required && error.isNull())
                error = invalid(tr("The service account key file has no \"%1\".").arg(key), key);
            return {};
        }
        const QJsonValue v = root.value(key);
        if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
            if (error.isNull())
                error = invalid(tr("The \"%1\" of the service account key file must be a non-empty string.").arg(key), key);
            return {};
        }
        return v.toString().trimmed();
    };

    ServiceAccountKey key;
    key.type = text("type", true);
    if (!error.isNull())
        return error;
    if (key.type != QLatin1String("service_account"))
        return invalid(
            tr("This is not a service account key file: its \"type\" is \"%1\", not \"service_account\".").arg(key.type.left(40)),
            QStringLiteral("type"));
    key.clientEmail = text("client_email", true);
    const QByteArray pem = text("private_key", true).toUtf8();
    key.privateKeyId = text("private_key_id", false);
    key.tokenUri = text("token_uri", false);
    key.clientId = text("client_id", false);
    key.projectId = text("project_id", false);
    if (!error.isNull())
        return error;
    Redactor::registerSecret(pem);

    // The assertion's iss: an address such as name@project.iam.gserviceaccount.com.
    static const QRegularExpression emailShape(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    if (!emailShape.match(key.clientEmail).hasMatch())
        return invalid(
            tr("The \"client_email\" of the service account key file is not an e-mail address."), QStringLiteral("client_email"));
    if (!key.tokenUri.isEmpty()) {
        const QUrl url(key.tokenUri, QUrl::StrictMode);
        const Error policy = UrlPolicy::check(url, false);
        if (!url.isValid() || url.isRelative() || !policy.isNull())
            return invalid(
                tr("The \"token_uri\" of the service account key file is not an https URL."), QStringLiteral("token_uri"));
    }

    const Result<PrivateKey> privateKey = PrivateKey::fromPem(pem);
    if (!privateKey)
        return Error::make(privateKey.error().code,
            tr("The \"private_key\" of the service account key file cannot be used: %1").arg(privateKey.error().message),
            QStringLiteral("private_key")
                + (privateKey.error().detail.isEmpty() ? QString() : QStringLiteral(": ") + privateKey.error().detail));
    // Kept in one normal form (PKCS#8), whatever the file held.
    key.privateKeyPem = privateKey.value().toPem();
    Redactor::registerSecret(key.privateKeyPem);
    return key;
}

} // namespace keyway
