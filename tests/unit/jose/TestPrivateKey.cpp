#include "JoseTestSupport.h"

#include "jose/Jwk.h"
#include "jose/Jws.h"
#include "jose/PrivateKey.h"

#include <QtTest>

#include <openssl/encoder.h>
#include <openssl/pem.h>

using namespace keyway;
using namespace keyway::test;

namespace {

QByteArray bioText(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(length));
}

// PEM through OSSL_ENCODER: "PrivateKeyInfo" (PKCS#8) or "type-specific" (traditional "BEGIN RSA/EC PRIVATE KEY"),
// optionally encrypted with a passphrase.
QByteArray encodePem(EVP_PKEY *key, const char *structure, const char *passphrase = nullptr)
{
    OSSL_ENCODER_CTX *ctx = OSSL_ENCODER_CTX_new_for_pkey(key, OSSL_KEYMGMT_SELECT_KEYPAIR, "PEM", structure, nullptr);
    if (!ctx)
        return {};
    if (passphrase) {
        OSSL_ENCODER_CTX_set_cipher(ctx, "AES-256-CBC", nullptr);
        OSSL_ENCODER_CTX_set_passphrase(ctx, reinterpret_cast<const unsigned char *>(passphrase), strlen(passphrase));
    }
    openssl::BioPtr bio(BIO_new(BIO_s_mem()));
    const bool ok = OSSL_ENCODER_to_bio(ctx, bio.get()) == 1;
    OSSL_ENCODER_CTX_free(ctx);
    return ok ? bioText(bio.get()) : QByteArray();
}

QByteArray publicPem(EVP_PKEY *key)
{
    openssl::BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PUBKEY(bio.get(), key);
    return bioText(bio.get());
}

} // namespace

// PEM import of generated keys, key generation, export, and the many ways a pasted "key" can be wrong.
class TestPrivateKey : public QObject
{
    Q_OBJECT

private slots:
    void generateAndRoundTrip_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("algorithm");
        QTest::newRow("RSA-2048") << QStringLiteral("RSA") << QStringLiteral("RS256");
        QTest::newRow("P-256") << QStringLiteral("P-256") << QStringLiteral("ES256");
        QTest::newRow("P-384") << QStringLiteral("P-384") << QStringLiteral("ES384");
        QTest::newRow("Ed25519") << QStringLiteral("Ed25519") << QStringLiteral("EdDSA");
    }
    void generateAndRoundTrip()
    {
        QFETCH(QString, kind);
        QFETCH(QString, algorithm);
        const auto generated = kind == QLatin1String("RSA") ? PrivateKey::generateRsa()
            : kind == QLatin1String("Ed25519")              ? PrivateKey::generateEd25519()
                                                            : PrivateKey::generateEc(kind);
        QVERIFY2(generated.ok(), qPrintable(generated.error().toString()));
        const PrivateKey &key = generated.value();
        QCOMPARE(key.defaultAlgorithm(), algorithm);
        if (kind == QLatin1String("RSA")) {
            QCOMPARE(key.bits(), 2048);
            QCOMPARE(key.keyType(), QStringLiteral("RSA"));
        } else {
            QCOMPARE(key.curve(), kind);
        }

        const QByteArray pem = key.toPem();
        QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----"));
        const auto imported = PrivateKey::fromPem(pem);
        QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
        QCOMPARE(imported.value().thumbprint(), key.thumbprint());
        QCOMPARE(imported.value().toPem(), pem);
        QVERIFY(key.publicPem().startsWith("-----BEGIN PUBLIC KEY-----"));

        // The public JWK to register: kid = RFC 7638 thumbprint, and no private member at all.
        const QJsonObject jwk = key.publicJwk();
        QCOMPARE(jwk.value(QStringLiteral("kid")).toString(), key.thumbprint());
        QCOMPARE(jwk.value(QStringLiteral("alg")).toString(), algorithm);
        QCOMPARE(jwk.value(QStringLiteral("use")).toString(), QStringLiteral("sig"));
        for (const char *secret : {"d", "p", "q", "dp", "dq", "qi"})
            QVERIFY(!jwk.contains(QLatin1String(secret)));

        // What the imported key signs, the registered JWK verifies.
        const auto token = Jws::sign({}, "hello", imported.value().key(), imported.value().defaultAlgorithm());
        QVERIFY(token.ok());
        Error error = Jws::parse(token.value()).value().verify(Jwk::fromJson(jwk).value());
        QVERIFY2(error.isNull(), qPrintable(error.toString()));

        // Copies share the key.
        PrivateKey copy;
        copy = imported.value();
        QCOMPARE(copy.thumbprint(), key.thumbprint());
        PrivateKey moved(std::move(copy));
        QCOMPARE(moved.thumbprint(), key.thumbprint());
    }

    void traditionalPem_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("begin");
        QTest::newRow("rsa") << QStringLiteral("RSA") << QByteArray("-----BEGIN RSA PRIVATE KEY-----");
        QTest::newRow("ec") << QStringLiteral("P-256") << QByteArray("-----BEGIN EC PRIVATE KEY-----");
    }
    void traditionalPem()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, begin);
        const openssl::PkeyPtr key = kind == QLatin1String("RSA") ? generateRsa() : generateEc("P-256");
        const QByteArray pem = encodePem(key.get(), "type-specific");
        QVERIFY2(pem.startsWith(begin), pem.constData());
        const auto imported = PrivateKey::fromPem(pem);
        QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
        QCOMPARE(imported.value().thumbprint(), Jwk::thumbprint(key.get()));
        // Text around the block (as "openssl pkcs12" writes "Bag Attributes") is tolerated.
        const auto withPreamble = PrivateKey::fromPem("Bag Attributes\n    localKeyID: 01 02 03\n" + pem + "\ntrailing notes\n");
        QVERIFY2(withPreamble.ok(), qPrintable(withPreamble.error().toString()));
    }

    void encryptedPemRefused_data()
    {
        QTest::addColumn<QByteArray>("pem");
        const openssl::PkeyPtr rsa = generateRsa();
        const openssl::PkeyPtr ec = generateEc("P-256");
        QTest::newRow("pkcs8-encrypted") << encodePem(rsa.get(), "PrivateKeyInfo", "correct horse");
        QTest::newRow("traditional-rsa-encrypted") << encodePem(rsa.get(), "type-specific", "correct horse");
        QTest::newRow("traditional-ec-encrypted") << encodePem(ec.get(), "type-specific", "correct horse");
    }
    void encryptedPemRefused()
    {
        QFETCH(QByteArray, pem);
        QVERIFY(pem.contains("ENCRYPTED"));
        const auto imported = PrivateKey::fromPem(pem);
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().code, QStringLiteral("encrypted_key"));
        // The message tells the user what to do.
        QVERIFY(imported.error().message.contains(QLatin1String("passphrase")));
        QVERIFY(imported.error().message.contains(QLatin1String("openssl pkey")));
    }

    void garbageRefused_data()
    {
        QTest::addColumn<QByteArray>("pem");
        QTest::addColumn<QString>("code");
        const QString invalid = QStringLiteral("invalid_key");
        const QString unsupported = QStringLiteral("unsupported_key");
        const openssl::PkeyPtr rsa = generateRsa();
        const QByteArray good = encodePem(rsa.get(), "PrivateKeyInfo");

        QTest::newRow("empty") << QByteArray() << invalid;
        QTest::newRow("whitespace") << QByteArray(" \n\t ") << invalid;
        QTest::newRow("plain-text") << QByteArray("my secret key") << invalid;
        QTest::newRow("binary") << QByteArray("\x30\x82\x04\xbd\x02\x01\x00\xff", 8) << invalid;
        QTest::newRow("pem-garbage-body") << QByteArray(
            "-----BEGIN PRIVATE KEY-----\nnot base64 at all!\n-----END PRIVATE KEY-----\n")
                                          << invalid;
        QTest::newRow("pem-valid-base64-not-der")
            << QByteArray("-----BEGIN PRIVATE KEY-----\nAAAAAAAAAAAAAAAA\n-----END PRIVATE KEY-----\n") << invalid;
        QTest::newRow("pem-truncated") << good.left(good.size() / 2) << invalid;
        QTest::newRow("pem-no-end") << good.left(good.indexOf("-----END")) << invalid;
        QTest::newRow("pem-body-corrupted") << QByteArray(good).replace(100, 8, "AAAAAAAA") << invalid;
        QTest::newRow("huge") << QByteArray("-----BEGIN PRIVATE KEY-----\n") + QByteArray(100 * 1024, 'A')
                + "\n-----END PRIVATE KEY-----\n"
                              << invalid;
        QTest::newRow("public-key") << publicPem(rsa.get()) << QStringLiteral("public_key_only");
        QTest::newRow("certificate") << QByteArray(
            "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----\n")
                                     << QStringLiteral("public_key_only");
        QTest::newRow("openssh") << QByteArray(
            "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n")
                                 << unsupported;
        const openssl::PkeyPtr weak = generateRsa(1024);
        QTest::newRow("rsa-1024") << encodePem(weak.get(), "PrivateKeyInfo") << unsupported;
        const openssl::PkeyPtr k1(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "secp256k1"));
        QTest::newRow("secp256k1") << encodePem(k1.get(), "PrivateKeyInfo") << unsupported;
        const openssl::PkeyPtr ed448(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED448"));
        QTest::newRow("ed448") << encodePem(ed448.get(), "PrivateKeyInfo") << unsupported;
        const openssl::PkeyPtr x25519(EVP_PKEY_Q_keygen(nullptr, nullptr, "X25519"));
        QTest::newRow("x25519") << encodePem(x25519.get(), "PrivateKeyInfo") << unsupported;
    }
    void garbageRefused()
    {
        QFETCH(QByteArray, pem);
        QFETCH(QString, code);
        const auto imported = PrivateKey::fromPem(pem);
        QVERIFY2(!imported.ok(), "garbage was accepted as a private key");
        QCOMPARE(imported.error().code, code);
        QVERIFY(!imported.error().message.isEmpty());
        QVERIFY(!imported.error().detail.isEmpty());
    }

    void generationLimits()
    {
        QCOMPARE(PrivateKey::generateRsa(1024).error().code, QStringLiteral("unsupported_key"));
        QCOMPARE(PrivateKey::generateRsa(16384).error().code, QStringLiteral("unsupported_key"));
        QCOMPARE(PrivateKey::generateEc(QStringLiteral("P-999")).error().code, QStringLiteral("unsupported_key"));
        QCOMPARE(PrivateKey::generateEc(QStringLiteral("secp256k1")).error().code, QStringLiteral("unsupported_key"));
        const auto p521 = PrivateKey::generateEc(QStringLiteral("P-521"));
        QVERIFY(p521.ok());
        QCOMPARE(p521.value().defaultAlgorithm(), QStringLiteral("ES512"));
    }

    void publicKeyIsNotAPrivateKey()
    {
        const openssl::PkeyPtr ec = generateEc("P-256");
        const Jwk pub = publicJwk(ec.get());
        QCOMPARE(PrivateKey::fromKey(pub.key()).error().code, QStringLiteral("invalid_key"));
        QCOMPARE(PrivateKey::fromKey(nullptr).error().code, QStringLiteral("invalid_key"));
        const PrivateKey empty;
        QVERIFY(empty.isNull());
        QVERIFY(empty.toPem().isEmpty());
        QVERIFY(empty.publicJwk().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPrivateKey)
#include "TestPrivateKey.moc"
