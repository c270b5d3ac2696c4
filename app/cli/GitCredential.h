#pragma once

#include "catalog/Integration.h"
#include "common/Result.h"
#include "store/ConnectionRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace keyway {

// git's credential helper protocol (git-credential(1), "INPUT/OUTPUT FORMAT"): lines of key=value, ended by a
// blank line or the end of input. Keys Keyway does not use (path, capability[], wwwauth[], ...) are read and
// ignored; a value never holds a newline or a NUL byte.
struct GitCredentialRequest
{
    QString protocol; // "https" (or "http")
    QString host; // host name, with ":port" when git was given one
    QString path;
    QString username;
    QByteArray password; // erase: the credential the server refused

    // Code "bad_input" for a line without '=', an empty key, a NUL byte or more than kMaxBytes.
    static Result<GitCredentialRequest> parse(const QByteArray &input);
    static constexpr qsizetype kMaxBytes = 64 * 1024;
};

// Which connections answer for a host: a connection answers when the scheme and host (and port) of its API base
// URL or of its issuer are the request's, or when the host is one its integration serves git from (the catalogue's
// `git.hosts`, over https only). Plain http only ever matches a loopback host: a credential goes only to its own
// origins, over TLS except on this computer.
namespace GitCredential {

bool answersFor(const ConnectionRecord &connection, const GitCredentialRequest &request, const GitSettings &git = {});
// Among the connections that answer: those git named (its username is a connection's name, account or id); all of
// them when git named none, or named only the fixed user name their forge expects (`forgeUser`: a connection's
// integration's git.username, e.g. GitLab's "oauth2", which git sends back on erase).
QList<ConnectionRecord> chosen(const QList<ConnectionRecord> &answering, const QString &username,
    const std::function<QString(const ConnectionRecord &)> &forgeUser = {});
// The answer to `get`: username, password and, when the token's expiry is known, password_expiry_utc (git 2.41+
// then never uses it past that time); empty when a value holds a newline or NUL byte.
QByteArray answer(const QString &username, const QByteArray &password, const QDateTime &expiresAt);

} // namespace GitCredential

} // namespace keyway
