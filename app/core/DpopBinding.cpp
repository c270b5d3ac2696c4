#include "core/DpopBinding.h"

#include "auth/DpopSigner.h"
#include "core/ConnectionSettings.h"
#include "core/CredentialApplier.h"
#include "core/OutgoingRequest.h"
#include "core/StoredCredentials.h"

namespace keyway::DpopBinding {

namespace {

bool usesHeader(const OutgoingRequest &outgoing, const ConnectionSettings &settings)
{
    return !settings.provider.dpopAlgorithm.isEmpty() && outgoing.withCredential
        && settings.credentialIn != QLatin1String("query");
}

QByteArray credentialHeaderName(const ConnectionSettings &settings)
{
    return settings.credentialName.isEmpty() ? QByteArrayLiteral("Authorization") : settings.credentialName.toUtf8();
}

void replace(HeaderList &headers, const QByteArray &name, const QByteArray &value)
{
    headers.erase(std::remove_if(headers.begin(), headers.end(),
                      [&name](const auto &h) {
                          return h.first.compare(name, Qt::CaseInsensitive) == 0
                              || h.first.compare(DpopSigner::proofHeader(), Qt::CaseInsensitive) == 0;
                      }),
        headers.end());
    headers.append({name, value});
}

void place(OutgoingRequest &outgoing, const ConnectionSettings &settings, const QByteArray &token, const QByteArray &maskedToken,
    const QByteArray &proof, const QByteArray &maskedProof)
{
    const QByteArray name = credentialHeaderName(settings);
    // RFC 9449 §7.1: Authorization: DPoP <token>, and the proof in the DPoP header.
    replace(outgoing.headers, name, CredentialApplier::headerValue(DpopSigner::scheme(), QString(), token));
    replace(outgoing.maskedHeaders, name, CredentialApplier::headerValue(DpopSigner::scheme(), QString(), maskedToken));
    outgoing.headers.append({DpopSigner::proofHeader(), proof});
    outgoing.maskedHeaders.append({DpopSigner::proofHeader(), maskedProof});
    outgoing.singleUseProof = true;
}

} // namespace

bool applies(const ConnectionSettings &settings, const StoredCredentials &credentials)
{
    return !settings.provider.dpopAlgorithm.isEmpty() && DpopSigner::isDpopTokenType(credentials.tokens.tokenType);
}

Error bind(OutgoingRequest &outgoing, const ConnectionSettings &settings, const StoredCredentials &credentials)
{
    if (!applies(settings, credentials) || !usesHeader(outgoing, settings))
        return {};
    const QByteArray &token = credentials.tokens.accessToken;
    const Result<QByteArray> proof
        = DpopSigner::proof(credentials.client.dpopKeyPem, settings.provider.dpopAlgorithm, outgoing.method, outgoing.url, token);
    if (!proof)
        return proof.error();
    place(outgoing, settings, token, CredentialApplier::mask(token), proof.value(), CredentialApplier::mask(proof.value()));
    return {};
}

void bindPlaceholder(OutgoingRequest &outgoing, const ConnectionSettings &settings)
{
    if (!usesHeader(outgoing, settings))
        return;
    place(outgoing, settings, OutgoingRequest::placeholder(), OutgoingRequest::placeholder(), OutgoingRequest::placeholder(),
        OutgoingRequest::placeholder());
}

} // namespace keyway::DpopBinding
