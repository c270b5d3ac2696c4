// Issue 26, point 10: a deleted or zero-byte database no longer says "No connections yet" while the keychain
// silently keeps the connections' tokens. The command line says on stderr that the database lost them;
// `keyway connections --recover` rebuilds them from their keychain entries and they work at once (a refresh succeeds
// at the real OpenID Provider), or `keyway connections --revoke-lost` revokes them there (RFC 7009 §2: the old
// refresh token is refused afterwards) and deletes their entries. Real Secret Service, real oidc-provider, the real
// command line, a confidential and a public client.
#include "KeywayRun.h"
#include "PeerProcess.h"
#include "ResultChecks.h"
#include "TestSupport.h"
#include "core/StoredCredentials.h"
#include "store/KeychainSecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using namespace keyway;

class TestKeychainRecoveryFlow : public QObject
{
    Q_OBJECT

private:
    test::PeerProcess m_peer;
    QString m_tokenEndpoint;

    // The command line on the data folder `data` (each case its own database, so its own index in the keychain).
    test::KeywayRun keyway(const QString &data, const QStringList &args, const QByteArray &input = {})
    {
        return test::runKeyway(args, input,
            {{QStringLiteral("XDG_DATA_HOME"), data}, {QStringLiteral("KEYWAY_BROWSER"), test::scriptedBrowserCommand()},
                {QStringLiteral("KEYWAY_TEST_BROWSER_MODE"), QStringLiteral("approve")}});
    }

    // What the keychain holds for a connection (as the command line stored it), or the read error.
    static Result<StoredCredentials> stored(const QString &id)
    {
        KeychainSecretStore keychain(QStringLiteral("keyway"));
        Result<StoredCredentials> result = Error::make(QStringLiteral("timeout"), QStringLiteral("the keychain did not answer"));
        bool done = false;
        keychain.read(QStringLiteral("connection/") + id, [&](const QByteArray &bytes, const Error &error) {
            if (!error.isNull())
                result = error;
            else if (const std::optional<StoredCredentials> c = StoredCredentials::fromBytes(bytes))
                result = *c;
            else
                result = Error::make(QStringLiteral("keychain_corrupt"), QStringLiteral("not a connection's entry"));
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 20000);
        return result;
    }

    // RFC 6749 §6: a refresh with `refreshToken`, straight at the provider; returns the HTTP status and the error code.
    QPair<int, QString> refreshAtProvider(const QString &clientId, const QByteArray &secret, const QByteArray &refreshToken)
    {
        QNetworkAccessManager network;
        QNetworkRequest request {QUrl(m_tokenEndpoint)};
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken));
        if (secret.isEmpty())
            form.addQueryItem(QStringLiteral("client_id"), clientId);
        else
            request.setRawHeader("Authorization", "Basic " + (clientId.toUtf8() + ':' + secret).toBase64());
        QNetworkReply *reply = network.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
        (void)QTest::qWaitFor([&] { return reply->isFinished(); }, 20000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString error = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("error")).toString();
        reply->deleteLater();
        return {status, error};
    }

    Result<QString> connect(const QString &data, const QString &clientId, const QByteArray &secret, const QString &name)
    {
        QStringList args {QStringLiteral("connect"), QStringLiteral("--issuer"), m_peer.issuer(), QStringLiteral("--client-id"),
            clientId, QStringLiteral("--scope"), QStringLiteral("openid email offline_access"), QStringLiteral("--name"), name};
        if (!secret.isEmpty())
            args << QStringLiteral("--client-secret-stdin");
        const test::KeywayRun run = keyway(data, args, secret.isEmpty() ? QByteArray() : secret + '\n');
        if (run.code != 0)
            return Error::make(QStringLiteral("exit_%1").arg(run.code), run.err);
        return QString::fromUtf8(run.out).trimmed();
    }

private slots:
    void initTestCase()
    {
        test::resetTestHome();
        const QString error = m_peer.start(QStringLiteral("oidc-server.mjs"), {QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QNetworkAccessManager network;
        QNetworkReply *reply
            = network.get(QNetworkRequest(QUrl(m_peer.issuer() + QStringLiteral("/.well-known/openid-configuration"))));
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 20000));
        m_tokenEndpoint = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("token_endpoint")).toString();
        reply->deleteLater();
        QVERIFY(!m_tokenEndpoint.isEmpty());
    }

    void cleanupTestCase() { m_peer.stop(); }

    void lostConnectionsAreNoticedThenRecoveredOrRevoked_data()
    {
        QTest::addColumn<bool>("zeroBytes");
        QTest::addColumn<bool>("recover");
        QTest::newRow("deleted, recovered") << false << true;
        QTest::newRow("zero bytes, recovered") << true << true;
        QTest::newRow("deleted, revoked") << false << false;
        QTest::newRow("zero bytes, revoked") << true << false;
    }
    void lostConnectionsAreNoticedThenRecoveredOrRevoked()
    {
        QFETCH(bool, zeroBytes);
        QFETCH(bool, recover);
        QTemporaryDir data;
        const auto basicConnected = connect(data.path(), QStringLiteral("keyway-basic"), "basic-secret", QStringLiteral("Work"));
        KEYWAY_VERIFY_RESULT(basicConnected);
        const QString basic = basicConnected.value();
        const auto nativeConnected = connect(data.path(), QStringLiteral("keyway-native"), {}, QStringLiteral("Home"));
        KEYWAY_VERIFY_RESULT(nativeConnected);
        const QString native = nativeConnected.value();
        const Result<StoredCredentials> basicBefore = stored(basic);
        const Result<StoredCredentials> nativeBefore = stored(native);
        KEYWAY_VERIFY_RESULT(basicBefore);
        KEYWAY_VERIFY_RESULT(nativeBefore);
        QVERIFY(!basicBefore.value().tokens.refreshToken.isEmpty());
        QVERIFY(!nativeBefore.value().tokens.refreshToken.isEmpty());

        // The database goes: deleted, or emptied to zero bytes.
        const QString database = data.filePath(QStringLiteral("keyway/keyway.sqlite"));
        QVERIFY(QFile::exists(database));
        if (zeroBytes)
            QVERIFY(QFile::resize(database, 0));
        else
            QVERIFY(QFile::remove(database));

        const test::KeywayRun listed = keyway(data.path(), {QStringLiteral("connections")});
        QCOMPARE(listed.code, 0);
        QVERIFY2(listed.err.contains(QLatin1String("no record of 2 connections"))
                && listed.err.contains(QLatin1String("--recover")) && listed.err.contains(QLatin1String("--revoke-lost")),
            qPrintable(listed.err));
        QVERIFY(listed.out.isEmpty());

        if (recover) {
            const test::KeywayRun recovered = keyway(data.path(), {QStringLiteral("connections"), QStringLiteral("--recover")});
            QVERIFY2(recovered.code == 0, qPrintable(recovered.err));
            QVERIFY2(recovered.err.contains(QLatin1String("2 connections recovered")), qPrintable(recovered.err));
            const test::KeywayRun json = keyway(data.path(), {QStringLiteral("connections"), QStringLiteral("--json")});
            QCOMPARE(json.code, 0);
            QVERIFY2(!json.err.contains(QLatin1String("no record")), qPrintable(json.err));
            QStringList names;
            for (const QJsonValue &c : QJsonDocument::fromJson(json.out).array())
                names << c.toObject().value(QStringLiteral("name")).toString();
            names.sort();
            QCOMPARE(names, (QStringList {QStringLiteral("Home"), QStringLiteral("Work")}));
            // They work at once: a refresh at the provider with the kept refresh token and client secret.
            for (const QString &id : {basic, native}) {
                const test::KeywayRun token = keyway(data.path(), {QStringLiteral("token"), id, QStringLiteral("--refresh")});
                QVERIFY2(token.code == 0, qPrintable(token.err));
                QVERIFY(!token.out.trimmed().isEmpty());
            }
            const Result<StoredCredentials> basicAfter = stored(basic);
            const Result<StoredCredentials> nativeAfter = stored(native);
            KEYWAY_VERIFY_RESULT(basicAfter);
            KEYWAY_VERIFY_RESULT(nativeAfter);
            QVERIFY(basicAfter.value().tokens.accessToken != basicBefore.value().tokens.accessToken);
            QVERIFY(nativeAfter.value().tokens.accessToken != nativeBefore.value().tokens.accessToken);
            // And a disconnect revokes them as usual.
            QCOMPARE(keyway(data.path(), {QStringLiteral("disconnect"), QStringLiteral("--forget"), basic}).code, 0);
            QCOMPARE(keyway(data.path(), {QStringLiteral("disconnect"), QStringLiteral("--forget"), native}).code, 0);
        } else {
            const test::KeywayRun revoked = keyway(data.path(), {QStringLiteral("connections"), QStringLiteral("--revoke-lost")});
            QVERIFY2(revoked.code == 0, qPrintable(revoked.err));
            QVERIFY2(revoked.err.contains(QLatin1String("2 connections revoked")), qPrintable(revoked.err));
            // RFC 7009 §2: the provider no longer honours the grant.
            const auto basicRefresh
                = refreshAtProvider(QStringLiteral("keyway-basic"), "basic-secret", basicBefore.value().tokens.refreshToken);
            QCOMPARE(basicRefresh.first, 400);
            QCOMPARE(basicRefresh.second, QStringLiteral("invalid_grant"));
            const auto nativeRefresh
                = refreshAtProvider(QStringLiteral("keyway-native"), {}, nativeBefore.value().tokens.refreshToken);
            QCOMPARE(nativeRefresh.first, 400);
            QCOMPARE(nativeRefresh.second, QStringLiteral("invalid_grant"));
            const test::KeywayRun after = keyway(data.path(), {QStringLiteral("connections")});
            QCOMPARE(after.code, 0);
            QVERIFY2(after.err.contains(QLatin1String("No connections yet")) && !after.err.contains(QLatin1String("no record")),
                qPrintable(after.err));
        }
        // Either way nothing is left in the keychain.
        for (const QString &id : {basic, native})
            QCOMPARE(stored(id).error().code, QStringLiteral("not_found"));
    }
};

QTEST_GUILESS_MAIN(TestKeychainRecoveryFlow)
#include "TestKeychainRecoveryFlow.moc"
