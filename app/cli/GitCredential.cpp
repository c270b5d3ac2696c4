#include "cli/GitCredential.h"

#include "core/ConnectionSettings.h"
#include "http/LoopbackHost.h"

#include <QCoreApplication>
#include <QUrl>

namespace keyway {

Result<GitCredentialRequest> GitCredentialRequest::parse(const QByteArray &input)
{
    auto bad = [](const QString &detail) {
        return Error::make(QStringLiteral("bad_input"),
            QCoreApplication::translate("GitCredential", "git sent a credential request Keyway cannot read."), detail);
    };
    if (input.size() > kMaxBytes)
        return bad(QCoreApplication::translate("GitCredential", "more than %n byte(s)", nullptr, int(kMaxBytes)));
    if (input.contains('\0'))
        return bad(QCoreApplication::translate("GitCredential", "a NUL byte"));
    GitCredentialRequest request;
    for (const QByteArray &line : input.split('\n')) {
        if (line.isEmpty())
            break; // a blank line ends the request
        const qsizetype equals = line.indexOf('=');
        if (equals <= 0)
            return bad(QCoreApplication::translate("GitCredential", "a line without key=value"));
        const QByteArray key = line.left(equals);
        const QString value = QString::fromUtf8(line.mid(equals + 1));
        if (key == "protocol")
            request.protocol = value;
        else if (key == "host")
            request.host = value;
        else if (key == "path")
            request.path = value;
        else if (key == "username")
            request.username = value;
        else if (key == "password")
            request.password = line.mid(equals + 1);
        else if (key == "url") {
            // git may send the whole URL instead of its parts; the parts it also sends win.
            const QUrl url(value);
            if (request.protocol.isEmpty())
                request.protocol = url.scheme();
            if (request.host.isEmpty())
                request.host = url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port()) : url.host();
            if (request.username.isEmpty())
                request.username = url.userName();
        }
    }
    return request;
}

namespace GitCredential {

namespace {

// "host" or "host:port" as git writes it: the port only when the URL names one.
QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port()) : url.host();
}

bool sameOrigin(const QString &urlText, const GitCredentialRequest &request)
{
    const QUrl url(urlText);
    if (urlText.isEmpty() || !url.isValid() || url.host().isEmpty())
        return false;
    return url.scheme().compare(request.protocol, Qt::CaseInsensitive) == 0
        && hostOf(url).compare(request.host, Qt::CaseInsensitive) == 0;
}

} // namespace

bool answersFor(const ConnectionRecord &connection, const GitCredentialRequest &request, const GitSettings &git)
{
    if (connection.status == ConnectionStatus::Revoked || request.host.isEmpty())
        return false;
    const QString protocol = request.protocol.toLower();
    if (protocol != QLatin1String("https")) {
        // RFC 6750 §5.3: bearer tokens only over TLS; plain http to this computer only (test servers).
        const QUrl url(QStringLiteral("http://") + request.host);
        if (protocol != QLatin1String("http") || !isLoopbackHost(url.host()))
            return false;
    }
    const ConnectionSettings settings = ConnectionSettings::fromJson(connection.settings);
    if (sameOrigin(settings.apiBaseUrl, request) || sameOrigin(settings.issuer, request)
        || sameOrigin(settings.provider.issuer, request))
        return true;
    // The forge's own git hosts, from the catalogue; RFC 6750 §5.3: over TLS only.
    if (protocol != QLatin1String("https"))
        return false;
    for (const QString &host : git.hosts)
        if (host.compare(request.host, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QList<ConnectionRecord> chosen(const QList<ConnectionRecord> &answering, const QString &username,
    const std::function<QString(const ConnectionRecord &)> &forgeUser)
{
    if (username.isEmpty())
        return answering;
    QList<ConnectionRecord> named;
    for (const ConnectionRecord &c : answering)
        if (c.name == username || c.accountLabel == username || c.id == username)
            named << c;
    if (!named.isEmpty() || !forgeUser)
        return named;
    // The user name the forge expects with every token names no one connection.
    for (const ConnectionRecord &c : answering)
        if (forgeUser(c) == username)
            named << c;
    return named;
}

QByteArray answer(const QString &username, const QByteArray &password, const QDateTime &expiresAt)
{
    // One value per line: a newline or NUL inside one would forge another key.
    for (const QByteArray &value : {username.toUtf8(), password})
        if (value.contains('\n') || value.contains('\0'))
            return {};
    QByteArray text = "username=" + username.toUtf8() + "\npassword=" + password + '\n';
    if (expiresAt.isValid())
        text += "password_expiry_utc=" + QByteArray::number(expiresAt.toSecsSinceEpoch()) + '\n';
    return text;
}

} // namespace GitCredential

} // namespace keyway
