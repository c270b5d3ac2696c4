#include "jose/Pkce.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace keyway;

// RFC 7636: verifier shape, the S256 transform, and the Appendix B example.
class TestPkce : public QObject
{
    Q_OBJECT

private slots:
    void rfc7636AppendixB()
    {
        // RFC 7636 Appendix B: the verifier from 32 octets and its S256 challenge.
        const QString verifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        QVERIFY(Pkce::isValidVerifier(verifier));
        QCOMPARE(Pkce::challengeS256(verifier), QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        QCOMPARE(Pkce::method(), QStringLiteral("S256"));
    }

    void generatedVerifiers()
    {
        const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
        QSet<QString> seen;
        for (int i = 0; i < 50; ++i) {
            const QString verifier = Pkce::generateVerifier();
            QVERIFY2(shape.match(verifier).hasMatch(), qPrintable(verifier));
            QVERIFY(Pkce::isValidVerifier(verifier));
            QCOMPARE(Pkce::challengeS256(verifier).size(), 43);
            seen.insert(verifier);
        }
        QCOMPARE(seen.size(), 50);
    }

    void verifierRules_data()
    {
        QTest::addColumn<QString>("verifier");
        QTest::addColumn<bool>("valid");
        QTest::newRow("43") << QString(43, QLatin1Char('a')) << true;
        QTest::newRow("128") << QString(128, QLatin1Char('Z')) << true;
        QTest::newRow("unreserved") << QStringLiteral("abcdefghijklmnopqrstuvwxyz-._~ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
                                    << true;
        QTest::newRow("42") << QString(42, QLatin1Char('a')) << false;
        QTest::newRow("129") << QString(129, QLatin1Char('a')) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("plus") << QString(42, QLatin1Char('a')) + QLatin1Char('+') << false;
        QTest::newRow("slash") << QString(42, QLatin1Char('a')) + QLatin1Char('/') << false;
        QTest::newRow("equals") << QString(42, QLatin1Char('a')) + QLatin1Char('=') << false;
        QTest::newRow("space") << QString(42, QLatin1Char('a')) + QLatin1Char(' ') << false;
        QTest::newRow("non-ascii") << QString(42, QLatin1Char('a')) + QChar(0xe9) << false;
    }
    void verifierRules()
    {
        QFETCH(QString, verifier);
        QFETCH(bool, valid);
        QCOMPARE(Pkce::isValidVerifier(verifier), valid);
        QCOMPARE(Pkce::challengeS256(verifier).isEmpty(), !valid);
    }
};

QTEST_GUILESS_MAIN(TestPkce)
#include "TestPkce.moc"
