// SetupGuide over the real catalogue: every built-in integration with a browser sign-in says exactly which
// redirect URI to register (with its port where the provider compares it, without one where any port is
// accepted, Keyway's app scheme where only that works) or, where the provider accepts no desktop redirect, what
// works instead; no setup step is left with a placeholder for it.
#include "catalog/Catalog.h"
#include "core/SetupGuide.h"

#include <QJsonObject>
#include <QtTest>

using namespace keyway;
using namespace Qt::Literals::StringLiterals;

class TestSetupGuide : public QObject
{
    Q_OBJECT

private slots:
    void everyBrowserSignInSaysWhatToRegister()
    {
        const Catalog catalog(Catalog::defaultBuiltinDir(), QString());
        int checked = 0;
        for (const Integration &in : catalog.all()) {
            if (!in.builtin || !in.supports(AuthMode::AuthorizationCode))
                continue;
            ++checked;
            const SetupGuide guide = SetupGuide::build(in);
            const QJsonObject json = guide.toJson();
            QVERIFY2(json.contains(u"redirect_uri"_s), qPrintable(in.id));
            switch (in.oauth.redirectLoopback) {
            case LoopbackRedirect::AnyPort:
                QCOMPARE(guide.redirectUri, u"http://%1%2"_s.arg(in.oauth.redirectHost, in.oauth.redirectPath));
                QCOMPARE(json.value(u"redirect_uri"_s).toString(), guide.redirectUri);
                break;
            case LoopbackRedirect::Exact:
                QVERIFY2(in.oauth.redirectPort != 0, qPrintable(in.id));
                QCOMPARE(guide.redirectUri,
                    u"http://%1:%2%3"_s.arg(in.oauth.redirectHost).arg(in.oauth.redirectPort).arg(in.oauth.redirectPath));
                QCOMPARE(guide.redirectMatching, u"exact"_s);
                break;
            case LoopbackRedirect::None:
                if (in.oauth.redirectPrivateUseScheme) {
                    QCOMPARE(guide.redirectUri, u"io.keyway.app:/oauth2redirect"_s);
                } else {
                    QVERIFY2(json.value(u"redirect_uri"_s).isNull(), qPrintable(in.id));
                    QVERIFY2(guide.redirectProblem.contains(u"does not allow desktop redirects"_s), qPrintable(in.id));
                }
                break;
            }
            for (const QString &step : guide.steps)
                QVERIFY2(!step.contains(u"{{redirect_uri}}"_s), qPrintable(in.id + u": "_s + step));
            QVERIFY2(!guide.clientTypes.isEmpty(), qPrintable(in.id));
        }
        QVERIFY(checked > 10);
    }
};

QTEST_GUILESS_MAIN(TestSetupGuide)
#include "TestSetupGuide.moc"
