#pragma once

// The thin layer between Keyway and OpenSSL 3: owning smart pointers for OpenSSL's objects, so no code path in
// app/jose frees by hand, and the few conversions (big numbers, error queue, key type names) every JOSE class needs.
// Only EVP / OSSL_PARAM / provider APIs are used; nothing deprecated in OpenSSL 3 (RSA_*, EC_KEY_*).

#include <QByteArray>
#include <QString>

#include <memory>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/params.h>

namespace keyway::openssl {

// Calls an OpenSSL free function; `fn` is the function itself, so each alias below is one line.
template <auto fn> struct Deleter
{
    template <typename T> void operator()(T *p) const { fn(p); }
};

using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, Deleter<BN_clear_free>>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG_free>>;

// Another owner of the same key (EVP_PKEY is reference counted and safe to share for verification).
PkeyPtr shareKey(EVP_PKEY *key);

// Empties OpenSSL's thread-local error queue and returns its entries as one line for Error::detail.
// Every failing call site drains the queue, so a stale error never shows up under an unrelated failure.
QString takeErrors();

// Unsigned big-endian bytes <-> BIGNUM (JWK members are unsigned big-endian, RFC 7518 §2 "Base64urlUInt").
BignumPtr toBignum(const QByteArray &bigEndian);
// `padTo` > 0 left-pads with zeros to exactly that many bytes (EC coordinates, RFC 7518 §6.2.1.2); returns empty
// when the number does not fit.
QByteArray fromBignum(const BIGNUM *number, int padTo = 0);
// A BIGNUM parameter of a key (OSSL_PKEY_PARAM_RSA_N, ..._EC_PUB_X, ...) as bytes; empty when absent.
QByteArray bignumParam(const EVP_PKEY *key, const char *name, int padTo = 0);

// JOSE's view of a key: "RSA", "EC" or "OKP" (RFC 7518 §6.1, RFC 8037 §2); empty for anything else.
QString joseKeyType(const EVP_PKEY *key);
// "P-256", "P-384", "P-521" or "Ed25519"; empty for RSA and unsupported curves.
QString joseCurve(const EVP_PKEY *key);
// Bytes of one coordinate (and of the private scalar) for a JOSE EC curve; 0 when unknown.
int curveCoordinateBytes(const QString &joseCurve);
// OpenSSL's group name for a JOSE curve name ("P-256" -> "prime256v1").
const char *curveGroupName(const QString &joseCurve);
// True when the key carries its private part (RSA d, EC private scalar, Ed25519 seed).
bool hasPrivateKey(const EVP_PKEY *key);
// Signs a fixed message with the private part and verifies it with the public part: proves that the private
// members belong to the public ones, which OpenSSL's import does not check for every key type and format.
bool pairwiseConsistent(EVP_PKEY *key);

} // namespace keyway::openssl
