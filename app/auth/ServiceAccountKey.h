#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace keyway {

// A Google-style service account key file (the JSON that "Create key" downloads), read for the RFC 7523 §2.1
// JWT bearer grant: `type` must be "service_account", `client_email` becomes the assertion's iss,
// `private_key` (PEM) signs it, `private_key_id` is its kid and `token_uri` the token endpoint. Only these
// are kept; the file itself is never stored (its private key goes to the keychain). Every problem is reported
// with the name of the field at fault, never with any part of the key.
class ServiceAccountKey
{
    Q_DECLARE_TR_FUNCTIONS(ServiceAccountKey)

public:
    // A key file is about 2 KiB; anything much larger is not one.
    static constexpr int kMaxFileSize = 64 * 1024;

    QString type; // "service_account"
    QString clientEmail; // the service account: iss of the assertion
    QString clientId; // numeric id, informational
    QString projectId; // informational
    QString privateKeyId; // kid header of the assertion
    QByteArray privateKeyPem; // PKCS#8 PEM: the secret, for the keychain only
    QString tokenUri; // https URL of the token endpoint (may be empty)

    // Error codes: "service_account_invalid" (not JSON, wrong type, a field missing or malformed; the detail
    // names the field), "service_account_too_large", and PrivateKey's codes for an unusable private_key.
    static Result<ServiceAccountKey> parse(const QByteArray &json);
};

} // namespace keyway
