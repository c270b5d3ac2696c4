// ScopeVocabulary: the built-in vocabulary loads, unified ids map to provider scopes, raw scopes pass through,
// unmapped unified ids come back as warnings, and a malformed vocabulary is refused.
#include "catalog/IntegrationLoader.h"
#include "catalog/ScopeVocabulary.h"

#include <QTest>

using namespace keyway;
using namespace Qt::Literals::StringLiterals;

class TestScopeVocabulary : public QObject
{
    Q_OBJECT

private:
    static Integration builtin(const QString &id)
    {
        const Result<Integration> r = IntegrationLoader::loadFile(u":/integrations/"_s + id + u".json"_s);
        if (!r.ok())
            qFatal("%s", qPrintable(r.error().detail));
        return r.value();
    }
    static ScopeVocabulary vocabulary()
    {
        const Result<ScopeVocabulary> v = ScopeVocabulary::load();
        if (!v.ok())
            qFatal("%s", qPrintable(v.error().detail));
        return v.value();
    }

private Q_SLOTS:
    void loadsBuiltin()
    {
        const ScopeVocabulary v = vocabulary();
        QVERIFY(v.all().size() >= 40);
        for (const char *id : {"user_profile_read", "user_email_read", "crm_contact_read", "crm_contact_write", "crm_deal_read",
                 "crm_deal_write", "crm_company_read", "calendar_event_read", "calendar_event_write", "email_message_read",
                 "email_message_send", "storage_file_read", "storage_file_write", "messaging_message_read",
                 "messaging_message_write", "messaging_channel_read", "accounting_invoice_read", "accounting_invoice_write",
                 "accounting_customer_read", "ticketing_ticket_read", "ticketing_ticket_write", "hr_employee_read",
                 "ats_candidate_read", "developer_repo_read", "developer_repo_write", "developer_issue_read",
                 "developer_issue_write", "payments_charge_read", "marketing_list_read", "marketing_campaign_read",
                 "commerce_order_read", "commerce_product_read", "offline_access", "openid"})
            QVERIFY2(v.contains(QString::fromLatin1(id)), id);
        QVERIFY(!v.description(u"crm_contact_read"_s).isEmpty());
        QVERIFY(v.description(u"nope"_s).isEmpty());
        QVERIFY(!v.contains(u"repo"_s));
    }

    void resolvesUnifiedAndRaw()
    {
        const ScopeResolution r
            = vocabulary().resolve(builtin(u"github"_s), {u"user_profile_read"_s, u"developer_repo_write"_s, u"admin:org"_s});
        QCOMPARE(r.providerScopes, QStringList({u"read:user"_s, u"repo"_s, u"admin:org"_s}));
        QVERIFY(r.unsupported.isEmpty());
    }

    void reportsUnsupported()
    {
        const ScopeResolution r
            = vocabulary().resolve(builtin(u"github"_s), {u"crm_contact_read"_s, u"user_email_read"_s, u"crm_contact_read"_s});
        QCOMPARE(r.providerScopes, QStringList({u"user:email"_s}));
        QCOMPARE(r.unsupported, QStringList({u"crm_contact_read"_s}));
        // Google grants refresh tokens through access_type, not an offline_access scope.
        const ScopeResolution google = vocabulary().resolve(builtin(u"google"_s), {u"openid"_s, u"offline_access"_s});
        QCOMPARE(google.providerScopes, QStringList({u"openid"_s}));
        QCOMPARE(google.unsupported, QStringList({u"offline_access"_s}));
    }

    // An id that is also a protocol scope name, unmapped but named by the integration itself: meant raw.
    void protocolScopeNamedByTheIntegrationPassesThrough()
    {
        Integration custom;
        custom.id = u"local-idp"_s;
        custom.oauth.scopes = {u"openid"_s, u"email"_s};
        custom.oauth.scopesSupported = {u"openid"_s, u"offline_access"_s, u"email"_s};
        const ScopeResolution r = vocabulary().resolve(custom, {u"openid"_s, u"offline_access"_s, u"crm_contact_read"_s});
        QCOMPARE(r.providerScopes, QStringList({u"openid"_s, u"offline_access"_s}));
        QCOMPARE(r.unsupported, QStringList({u"crm_contact_read"_s}));
    }

    void collapsesDuplicates()
    {
        const ScopeResolution r = vocabulary().resolve(
            builtin(u"github"_s), {u"developer_repo_read"_s, u"developer_repo_write"_s, u"repo"_s, u" repo "_s, u""_s});
        QCOMPARE(r.providerScopes, QStringList({u"repo"_s}));
    }

    void multipleProviderScopes()
    {
        const ScopeResolution r = vocabulary().resolve(builtin(u"dropbox"_s), {u"storage_file_read"_s});
        QCOMPARE(r.providerScopes, QStringList({u"files.metadata.read"_s, u"files.content.read"_s}));
    }

    void supportedBy()
    {
        const QStringList ids = vocabulary().supportedBy(builtin(u"hubspot"_s));
        QVERIFY(ids.contains(u"crm_contact_read"_s));
        QVERIFY(!ids.contains(u"developer_repo_read"_s));
    }

    void rejectsBadVocabulary_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("scopes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no scopes") << QByteArray("{\"ids\": []}");
        QTest::newRow("scopes object") << QByteArray("{\"scopes\": {}}");
        QTest::newRow("bad id") << QByteArray("{\"scopes\": [{\"id\": \"Bad Id\"}]}");
        QTest::newRow("missing id") << QByteArray("{\"scopes\": [{\"description\": \"x\"}]}");
        QTest::newRow("entry string") << QByteArray("{\"scopes\": [\"crm\"]}");
        QTest::newRow("duplicate") << QByteArray("{\"scopes\": [{\"id\": \"a\"}, {\"id\": \"a\"}]}");
    }

    void rejectsBadVocabulary()
    {
        QFETCH(QByteArray, json);
        const Result<ScopeVocabulary> v = ScopeVocabulary::fromJson(json);
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, u"invalid_scope_vocabulary"_s);
    }

    void missingFile()
    {
        const Result<ScopeVocabulary> v = ScopeVocabulary::load(u"/nonexistent/unified-scopes.json"_s);
        QVERIFY(!v.ok());
        QVERIFY(v.error().detail.contains(u"/nonexistent/unified-scopes.json"_s));
    }
};

QTEST_GUILESS_MAIN(TestScopeVocabulary)
#include "TestScopeVocabulary.moc"
