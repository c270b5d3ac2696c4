// `keyway token --format`: the shapes other programs read (issue 21): JSON for any tool, an ExecCredential
// (client.authentication.k8s.io/v1) for kubeconfig's exec plugin, and a DPoP-bound token with its proof (RFC 9449).
#include "cli/TokenOutput.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace keyway;
using namespace Qt::StringLiterals;

namespace {

PresentedCredential bearer()
{
    PresentedCredential c;
    c.authMode = AuthMode::AuthorizationCode;
    c.secret = "at-123";
    c.tokenType = u"Bearer"_s;
    c.expiresAt = QDateTime(QDate(2026, 12, 5), QTime(21, 30, 0), Qt::UTC);
    c.scopes = {u"openid"_s, u"email"_s};
    return c;
}

QJsonObject parsed(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}

} // namespace

class TestTokenOutput : public QObject
{
    Q_OBJECT

private slots:
    void formatsByName()
    {
        QCOMPARE(TokenOutput::parseFormat(u"token"_s), TokenOutput::Format::Token);
        QCOMPARE(TokenOutput::parseFormat(u"json"_s), TokenOutput::Format::Json);
        QCOMPARE(TokenOutput::parseFormat(u"kubernetes"_s), TokenOutput::Format::Kubernetes);
        QVERIFY(!TokenOutput::parseFormat(u"yaml"_s));
        QVERIFY(!TokenOutput::parseFormat(u""_s));
    }

    void tokenAlone() { QCOMPARE(TokenOutput::render(bearer(), TokenOutput::Format::Token), QByteArray("at-123\n")); }

    void json()
    {
        const QJsonObject o = parsed(TokenOutput::render(bearer(), TokenOutput::Format::Json));
        QCOMPARE(o.value(u"access_token"_s).toString(), u"at-123"_s);
        QCOMPARE(o.value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(o.value(u"expires_at"_s).toString(), u"2026-12-05T21:30:00Z"_s);
        QCOMPARE(o.value(u"scope"_s).toString(), u"openid email"_s);
    }

    void jsonSaysNullForWhatIsUnknown()
    {
        PresentedCredential key;
        key.authMode = AuthMode::ApiKey;
        key.secret = "k-1";
        const QJsonObject o = parsed(TokenOutput::render(key, TokenOutput::Format::Json));
        QCOMPARE(o.value(u"access_token"_s).toString(), u"k-1"_s);
        QVERIFY(o.value(u"token_type"_s).isNull());
        QVERIFY(o.value(u"expires_at"_s).isNull());
        QVERIFY(o.value(u"scope"_s).isNull());
    }

    void execCredential()
    {
        const QJsonObject o = parsed(TokenOutput::render(bearer(), TokenOutput::Format::Kubernetes));
        QCOMPARE(o.value(u"apiVersion"_s).toString(), u"client.authentication.k8s.io/v1"_s);
        QCOMPARE(o.value(u"kind"_s).toString(), u"ExecCredential"_s);
        const QJsonObject status = o.value(u"status"_s).toObject();
        QCOMPARE(status.value(u"token"_s).toString(), u"at-123"_s);
        QCOMPARE(status.value(u"expirationTimestamp"_s).toString(), u"2026-12-05T21:30:00Z"_s);
        QCOMPARE(status.keys().size(), 2);
    }

    void execCredentialWithoutAnExpiryLeavesItOut()
    {
        PresentedCredential c = bearer();
        c.expiresAt = {};
        const QJsonObject status = parsed(TokenOutput::render(c, TokenOutput::Format::Kubernetes)).value(u"status"_s).toObject();
        QVERIFY(!status.contains(u"expirationTimestamp"_s));
    }

    void basicHasNoExecCredential()
    {
        PresentedCredential c;
        c.authMode = AuthMode::Basic;
        c.secret = "dXNlcjpwdw==";
        QVERIFY(TokenOutput::render(c, TokenOutput::Format::Kubernetes).isEmpty());
    }

    // RFC 9449 §7.1: kubectl sends the token as Bearer, alone; a server refuses a DPoP-bound one without a proof.
    void aDpopBoundTokenHasNoExecCredential()
    {
        PresentedCredential c = bearer();
        c.tokenType = u"DPoP"_s;
        c.dpopBound = true;
        QVERIFY(TokenOutput::render(c, TokenOutput::Format::Kubernetes).isEmpty());
    }

    void aProofFollowsTheTokenOnItsOwnLine()
    {
        PresentedCredential c = bearer();
        c.tokenType = u"DPoP"_s;
        c.dpopBound = true;
        c.dpopProof = "eyJ.proof.sig";
        QCOMPARE(TokenOutput::render(c, TokenOutput::Format::Token), QByteArray("at-123\neyJ.proof.sig\n"));
        const QJsonObject o = parsed(TokenOutput::render(c, TokenOutput::Format::Json));
        QCOMPARE(o.value(u"access_token"_s).toString(), u"at-123"_s);
        QCOMPARE(o.value(u"token_type"_s).toString(), u"DPoP"_s);
        QCOMPARE(o.value(u"dpop_proof"_s).toString(), u"eyJ.proof.sig"_s);
        // Without a proof, the JSON has no such member.
        QVERIFY(!parsed(TokenOutput::render(bearer(), TokenOutput::Format::Json)).contains(u"dpop_proof"_s));
    }
};

QTEST_GUILESS_MAIN(TestTokenOutput)
#include "TestTokenOutput.moc"
