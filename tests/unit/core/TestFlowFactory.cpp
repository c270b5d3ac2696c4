// Every auth mode, from one table: which Flow obtains its tokens (FlowFactory::create), whether the user enters
// the credential instead, whether RefreshCoordinator can renew it (FlowFactory::registerRenewers and the
// coordinator's own renewers) - and that these agree with the mode's traits (catalog/AuthMode), which ApiClient
// and CredentialApplier read. A new mode is a new row here.
#include "auth/Flow.h"
#include "core/ConnectionPlanner.h"
#include "core/FlowFactory.h"
#include "core/RefreshCoordinator.h"
#include "store/ConnectionRepository.h"
#include "store/Database.h"
#include "store/MemorySecretStore.h"

#include <QNetworkAccessManager>
#include <QtTest>

#include <memory>

using namespace keyway;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(keyway::AuthMode)
Q_DECLARE_METATYPE(keyway::AuthModes::Credential)

class TestFlowFactory : public QObject
{
    Q_OBJECT

private slots:
    void everyMode_data()
    {
        QTest::addColumn<AuthMode>("mode");
        QTest::addColumn<QString>("flowClass"); // empty: no flow runs
        QTest::addColumn<bool>("renewable");
        QTest::addColumn<AuthModes::Credential>("credential");
        using C = AuthModes::Credential;
        QTest::newRow("authorization code") << AuthMode::AuthorizationCode << u"keyway::AuthorizationCodeFlow"_s << true
                                            << C::AccessToken;
        QTest::newRow("client credentials") << AuthMode::ClientCredentials << u"keyway::ClientCredentialsFlow"_s << true
                                            << C::AccessToken;
        QTest::newRow("jwt bearer") << AuthMode::JwtBearer << u"keyway::JwtBearerFlow"_s << true << C::AccessToken;
        QTest::newRow("device code") << AuthMode::DeviceCode << u"keyway::DeviceFlow"_s << true << C::AccessToken;
        QTest::newRow("api key") << AuthMode::ApiKey << QString() << false << C::ApiKey;
        QTest::newRow("basic") << AuthMode::Basic << QString() << false << C::Basic;
        QTest::newRow("pasted bearer token") << AuthMode::BearerToken << QString() << false << C::AccessToken;
    }
    void everyMode()
    {
        QFETCH(AuthMode, mode);
        QFETCH(QString, flowClass);
        QFETCH(bool, renewable);
        QFETCH(AuthModes::Credential, credential);

        ConnectionPlan plan;
        plan.mode = mode;
        plan.settings.authMode = mode;
        plan.settings.provider.tokenUrl = u"https://auth.example.com/token"_s;
        plan.settings.provider.authorizationUrl = u"https://auth.example.com/authorize"_s;
        plan.settings.provider.deviceAuthorizationUrl = u"https://auth.example.com/device"_s;
        QNetworkAccessManager network;
        FlowFactory::Environment environment;
        environment.network = &network;
        QObject parent;
        Flow *flow = FlowFactory::create(plan, ConnectRequest(), environment, &parent);
        QCOMPARE(flow ? QString::fromLatin1(flow->metaObject()->className()) : QString(), flowClass);
        QCOMPARE(FlowFactory::isEnteredByHand(plan), flowClass.isEmpty());
        QCOMPARE(AuthModes::isEnteredByHand(mode), flowClass.isEmpty());
        QCOMPARE(AuthModes::isOAuthClient(mode), !flowClass.isEmpty());

        // What can renew is what ApiClient retries a 401 for.
        Database database;
        Error error = database.open(QString());
        QVERIFY(error.isNull());
        MemorySecretStore secrets;
        ConnectionRepository repository(database);
        RefreshCoordinator coordinator(&network, secrets, repository);
        FlowFactory::registerRenewers(coordinator);
        QCOMPARE(coordinator.canRenew(mode), renewable);
        QCOMPARE(AuthModes::renewsWithoutUser(mode), renewable);
        QCOMPARE(AuthModes::credential(mode), credential);
    }
};

QTEST_GUILESS_MAIN(TestFlowFactory)
#include "TestFlowFactory.moc"
