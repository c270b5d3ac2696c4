#pragma once

// Signs the DPoP proofs of a connection's requests (RFC 9449) and remembers each server's nonce: the one place
// that turns "this connection uses DPoP" into a DPoP header, for the token endpoint (TokenEndpoint) and for API
// requests (ApiClient, UserInfo).
//  - §8 (authorization server) and §9 (resource server): a server may demand a nonce it chose. It sends it in the
//    DPoP-Nonce header, with an error "use_dpop_nonce" (a 400 token error, or a 401 WWW-Authenticate challenge)
//    when the proof lacked it, and may send a fresh one with any answer. The last one seen is kept per origin
//    (RFC 6454) for this process and put in every later proof to that origin; a request refused for it is sent
//    again once with a new proof.
//  - §7.1: requests that carry a DPoP-bound access token use the scheme "DPoP" and a proof with ath.

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

namespace keyway {

class DpopSigner
{
public:
    // The header a proof travels in (RFC 9449 §4.1) and the one a server's nonce comes in (§8.1).
    static QByteArray proofHeader() { return QByteArrayLiteral("DPoP"); }
    static QByteArray nonceHeader() { return QByteArrayLiteral("DPoP-Nonce"); }
    // The token_type (RFC 9449 §5) and Authorization scheme (§7.1) of a DPoP-bound access token.
    static QString scheme() { return QStringLiteral("DPoP"); }
    static bool isDpopTokenType(const QString &tokenType);

    // A proof for `method` `url`, signed with `keyPem` (the connection's ClientCredentials::dpopKeyPem) using
    // `algorithm`, with the origin's remembered nonce and, when `accessToken` is given, its ath. Error codes:
    // "missing_dpop_key" (no or unreadable key) and DpopProof::create's.
    static Result<QByteArray> proof(const QByteArray &keyPem, const QString &algorithm, const QByteArray &method, const QUrl &url,
        const QByteArray &accessToken = QByteArray());

    // Keeps the DPoP-Nonce of an answer from `url`'s origin, when it has one (RFC 9449 §8.2, §9).
    static void rememberNonce(const QUrl &url, const QList<QNetworkReply::RawHeaderPair> &headers);
    // The same for a nonce the server gave someone else (a tool that asks `keyway token --dpop-proof` for its next
    // proof); false, and nothing kept, when it is not a nonce (§8.1: 1*NQCHAR).
    static bool rememberNonce(const QUrl &url, const QString &nonce);
    static QString nonceFor(const QUrl &url);
    // Forgets every remembered nonce (tests).
    static void forgetNonces();

    // Whether an answer asks for the request again with a nonce: a token endpoint error "use_dpop_nonce" in the
    // JSON body (RFC 9449 §8) or a resource server's 401 whose WWW-Authenticate DPoP challenge says so (§9).
    static bool asksForNonce(int httpStatus, const QByteArray &body, const QByteArray &wwwAuthenticate);
};

} // namespace keyway
