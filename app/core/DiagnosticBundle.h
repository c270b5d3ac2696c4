#pragma once

#include <QJsonObject>
#include <QStringList>

namespace keyway {

// What a support bundle says about where it was made, and which personal data it carries. ConnectionService
// builds the bundle (never with a secret: every string passes Redactor); this adds the environment (Keyway's
// version, Qt's, the platform, the secret store) and finds the personal data in it: the account name, the
// subject and the OpenID Connect standard claims that describe a person (OpenID Connect Core §5.1: name, e-mail,
// phone, address, ...), wherever they appear (token claims, the connection's name, event details). A bundle
// without them says so in "personal_data" and has each value replaced by "(left out)".
namespace DiagnosticBundle {

QJsonObject environment(const QString &secretStore);
// The claims of OpenID Connect Core §5.1 that describe a person (and "sub", the stable id).
const QStringList &personalClaims();
// Each personal value found, as "e-mail address: alice@example.test", in the order found.
QStringList personalData(const QJsonObject &bundle);
// The bundle with every personal value replaced, and "personal_data" saying they were left out.
QJsonObject withoutPersonalData(const QJsonObject &bundle);
// Marks a bundle that keeps them: "personal_data" lists what it holds.
QJsonObject withPersonalDataNoted(const QJsonObject &bundle);

} // namespace DiagnosticBundle

} // namespace keyway
