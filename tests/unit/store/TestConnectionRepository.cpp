#include "ResultChecks.h"
#include "common/Redactor.h"
#include "store/ConnectionRepository.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

#include <QSqlQuery>
#include <QtTest>

using namespace keyway;

class TestConnectionRepository : public QObject
{
    Q_OBJECT

private:
    Database m_db;

    static ConnectionRecord record(const QString &id, ConnectionStatus status, int createdSecs, const QDateTime &expiresAt)
    {
        ConnectionRecord r;
        r.id = id;
        r.integrationId = QStringLiteral("google");
        r.name = QStringLiteral("Name ") + id;
        r.authMode = QStringLiteral("oauth2_authorization_code");
        r.accountLabel = id + QStringLiteral("@example.test");
        r.status = status;
        r.statusDetail = QStringLiteral("detail ") + id;
        r.expiresAt = expiresAt;
        r.createdAt = QDateTime::fromSecsSinceEpoch(1700000000 + createdSecs, Qt::UTC);
        return r;
    }

private slots:
    void init() { KEYWAY_VERIFY_NO_ERROR(m_db.open(QString())); }
    void cleanup() { m_db.close(); }

    void saveFindUpdateRemove()
    {
        ConnectionRepository repo(m_db);
        ConnectionRecord r;
        r.id = QStringLiteral("abc");
        r.integrationId = QStringLiteral("google");
        r.name = QStringLiteral("Work");
        r.authMode = QStringLiteral("oauth2_authorization_code");
        r.accountLabel = QStringLiteral("alice@example.test");
        r.requestedScopes = {QStringLiteral("openid"), QStringLiteral("email")};
        r.grantedScopes = {QStringLiteral("openid")};
        r.status = ConnectionStatus::Connected;
        r.expiresAt = QDateTime::fromSecsSinceEpoch(2000000000, Qt::UTC);
        r.settings = QJsonObject {{QStringLiteral("client_id"), QStringLiteral("cid")}};
        Error error = repo.save(r);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));

        auto found = repo.find(QStringLiteral("abc"));
        QVERIFY(found);
        QCOMPARE(found->accountLabel, r.accountLabel);
        QCOMPARE(found->requestedScopes, r.requestedScopes);
        QCOMPARE(found->grantedScopes, r.grantedScopes);
        QCOMPARE(found->status, ConnectionStatus::Connected);
        QCOMPARE(found->expiresAt, r.expiresAt);
        QCOMPARE(found->settings.value(QStringLiteral("client_id")).toString(), QStringLiteral("cid"));

        r.status = ConnectionStatus::NeedsReauthorization;
        r.expiresAt = QDateTime();
        KEYWAY_VERIFY_NO_ERROR(repo.save(r));
        found = repo.find(QStringLiteral("abc"));
        QCOMPARE(found->status, ConnectionStatus::NeedsReauthorization);
        QVERIFY(!found->expiresAt.isValid());
        QCOMPARE(repo.all().size(), 1);

        ConnectionEvent e;
        e.connectionId = r.id;
        e.step = QStringLiteral("refresh");
        e.outcome = QStringLiteral("error");
        KEYWAY_VERIFY_NO_ERROR(repo.addEvent(e));
        KEYWAY_VERIFY_NO_ERROR(repo.remove(QStringLiteral("abc")));
        QVERIFY(!repo.find(QStringLiteral("abc")));
        QVERIFY(repo.events(QStringLiteral("abc")).isEmpty());
    }

    // Issue 18: a list of thousands reads the summaries, one query of only what it shows; the start-up reads only
    // the few records that allow plain http and what the refresh schedule needs.
    void summariesHoldWhatListsShowInCreationOrder()
    {
        ConnectionRepository repo(m_db);
        const QDateTime expiry = QDateTime::fromSecsSinceEpoch(2000000000, Qt::UTC);
        KEYWAY_VERIFY_NO_ERROR(repo.save(record(QStringLiteral("b"), ConnectionStatus::Warning, 2, expiry)));
        KEYWAY_VERIFY_NO_ERROR(repo.save(record(QStringLiteral("a"), ConnectionStatus::Revoked, 1, QDateTime())));
        const QList<ConnectionSummary> list = repo.summaries();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).id, QStringLiteral("a")); // created first
        const ConnectionSummary &b = list.at(1);
        QCOMPARE(b.integrationId, QStringLiteral("google"));
        QCOMPARE(b.name, QStringLiteral("Name b"));
        QCOMPARE(b.accountLabel, QStringLiteral("b@example.test"));
        QCOMPARE(b.status, ConnectionStatus::Warning);
        QCOMPARE(b.statusDetail, QStringLiteral("detail b"));
        QCOMPARE(b.expiresAt, expiry);
        QVERIFY(b.updatedAt.isValid());
        QVERIFY(!list.at(0).expiresAt.isValid());
        QVERIFY(repo.summary(QStringLiteral("b")) == b);
        QVERIFY(!repo.summary(QStringLiteral("missing")));
        QCOMPARE(repo.liveIds(), QStringList {QStringLiteral("b")});
    }

    // Whether the keychain may hold connections the database lost is asked on every command (KeychainRecovery): any
    // connection not revoked answers it.
    void hasLiveMeansAnyConnectionNotRevoked()
    {
        ConnectionRepository repo(m_db);
        QVERIFY(!repo.hasLive());
        KEYWAY_VERIFY_NO_ERROR(repo.save(record(QStringLiteral("a"), ConnectionStatus::Revoked, 1, QDateTime())));
        QVERIFY(!repo.hasLive());
        KEYWAY_VERIFY_NO_ERROR(repo.save(record(QStringLiteral("b"), ConnectionStatus::NeedsReauthorization, 2, QDateTime())));
        QVERIFY(repo.hasLive());
    }

    void onlyConnectionsAllowingPlainHttpAreReadWhole()
    {
        ConnectionRepository repo(m_db);
        ConnectionRecord insecure = record(QStringLiteral("insecure"), ConnectionStatus::Connected, 1, QDateTime());
        insecure.settings = QJsonObject {{QStringLiteral("auth_mode"), QStringLiteral("api_key")},
            {QStringLiteral("provider"), QJsonObject {{QStringLiteral("allow_insecure_http"), true}}}};
        ConnectionRecord secure = record(QStringLiteral("secure"), ConnectionStatus::Connected, 2, QDateTime());
        secure.settings
            = QJsonObject {{QStringLiteral("provider"), QJsonObject {{QStringLiteral("allow_insecure_http"), false}}}};
        KEYWAY_VERIFY_NO_ERROR(repo.save(insecure));
        KEYWAY_VERIFY_NO_ERROR(repo.save(secure));
        KEYWAY_VERIFY_NO_ERROR(repo.save(record(QStringLiteral("plain"), ConnectionStatus::Connected, 3, QDateTime())));
        const QList<ConnectionRecord> found = repo.allowingInsecureHttp();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, QStringLiteral("insecure"));
        QCOMPARE(found.first().settings, insecure.settings);
    }

    // Issue 18: a connection's settings text is most of its row; a list of every connection that read the rows would
    // read the whole file (10,000 connections: most of the window's start). Each such query reads an index alone.
    void queriesOverEveryConnectionReadAnIndexNotTheRows()
    {
        const QStringList queries = ConnectionRepository::queriesOverEveryConnection();
        QCOMPARE(queries.size(), 4);
        for (const QString &sql : queries) {
            QSqlQuery q(m_db.handle());
            QVERIFY2(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql), qPrintable(q.lastError().text()));
            if (sql.contains(QLatin1String(":revoked")))
                q.bindValue(QStringLiteral(":revoked"), QStringLiteral("revoked"));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QStringList plan;
            while (q.next())
                plan << q.value(3).toString();
            QVERIFY2(!plan.isEmpty(), qPrintable(sql));
            for (const QString &step : std::as_const(plan)) {
                if (step.contains(QLatin1String("connections")))
                    QVERIFY2(step.contains(QLatin1String("INDEX")),
                        qPrintable(sql + QStringLiteral(": ") + plan.join(QLatin1String("; "))));
            }
            // The lists come in the index's order: no sort of every row.
            if (!sql.contains(QLatin1String("allow_insecure_http")))
                QVERIFY2(!plan.join(QLatin1Char(' ')).contains(QLatin1String("TEMP B-TREE")),
                    qPrintable(plan.join(QLatin1String("; "))));
        }
    }

    void eventsAreRedacted()
    {
        ConnectionRepository repo(m_db);
        const QByteArray token = "ya29.super-secret-access-token-value";
        Redactor::registerSecret(token);
        ConnectionEvent e;
        e.connectionId = QStringLiteral("c");
        e.step = QStringLiteral("token_exchange");
        e.outcome = QStringLiteral("ok");
        e.httpStatus = 200;
        e.detail = QStringLiteral("got ") + QString::fromUtf8(token) + QStringLiteral(" and code=abcdef123456&state=x");
        KEYWAY_VERIFY_NO_ERROR(repo.addEvent(e));
        const auto events = repo.events(QStringLiteral("c"));
        QCOMPARE(events.size(), 1);
        QVERIFY(!events.first().detail.contains(QString::fromUtf8(token)));
        QVERIFY(!events.first().detail.contains(QLatin1String("abcdef123456")));
        QCOMPARE(events.first().httpStatus, 200);
    }

    void historyIsRedacted()
    {
        ConnectionRepository repo(m_db);
        HistoryEntry h;
        h.connectionId = QStringLiteral("c");
        h.method = QStringLiteral("GET");
        h.url = QStringLiteral("https://api.example.test/v1/me?api_key=KEY123456789");
        h.requestHeaders = {{QStringLiteral("Authorization"), QStringLiteral("Bearer abc.def.ghi-secret")},
            {QStringLiteral("Accept"), QStringLiteral("application/json")}};
        h.status = 200;
        KEYWAY_VERIFY_NO_ERROR(repo.addHistory(h));
        const auto list = repo.history(QStringLiteral("c"));
        QCOMPARE(list.size(), 1);
        QVERIFY(!list.first().url.contains(QLatin1String("KEY123456789")));
        QVERIFY(!list.first().requestHeaders.first().second.contains(QLatin1String("abc.def.ghi-secret")));
        QCOMPARE(list.first().requestHeaders.at(1).second, QStringLiteral("application/json"));
    }

    void historyKeepsSubMillisecondDurations()
    {
        ConnectionRepository repo(m_db);
        HistoryEntry h;
        h.connectionId = QStringLiteral("c");
        h.method = QStringLiteral("GET");
        h.url = QStringLiteral("http://127.0.0.1:1/contacts");
        h.durationUs = 420; // a loopback answer
        KEYWAY_VERIFY_NO_ERROR(repo.addHistory(h));
        h.durationUs = 1843210;
        KEYWAY_VERIFY_NO_ERROR(repo.addHistory(h));
        QList<qint64> durations;
        for (const HistoryEntry &e : repo.history(QStringLiteral("c")))
            durations << e.durationUs;
        std::sort(durations.begin(), durations.end());
        QCOMPARE(durations, (QList<qint64> {420, 1843210}));
    }

    // Issue 23: a provider's absolute lifetime counts from the grant, which a rotation does not renew; the idle
    // lifetime from the refresh token's last use.
    void grantTimeSurvivesRotationAndReconnectStartsAnew()
    {
        ConnectionRepository repo(m_db);
        KEYWAY_VERIFY_NO_ERROR(repo.save(record(QStringLiteral("g"), ConnectionStatus::Connected, 0, {})));
        const QDateTime signedIn = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
        KEYWAY_VERIFY_NO_ERROR(repo.recordAuthorized(QStringLiteral("g"), signedIn, true));
        QCOMPARE(repo.find(QStringLiteral("g"))->grantIssuedAt, signedIn);
        QCOMPARE(repo.find(QStringLiteral("g"))->refreshTokenIssuedAt, signedIn);

        ConnectionRepository::RefreshOutcome rotated;
        rotated.sentAt = signedIn.addDays(30);
        rotated.refreshTokenUsed = true;
        rotated.refreshTokenRotated = true;
        KEYWAY_VERIFY_NO_ERROR(repo.recordRefresh(QStringLiteral("g"), rotated));
        const ConnectionRecord afterRotation = *repo.find(QStringLiteral("g"));
        QCOMPARE(afterRotation.grantIssuedAt, signedIn);
        QCOMPARE(afterRotation.refreshTokenIssuedAt, rotated.sentAt);
        QCOMPARE(afterRotation.refreshTokenUsedAt, rotated.sentAt);

        const QDateTime reconnected = signedIn.addDays(40);
        KEYWAY_VERIFY_NO_ERROR(repo.recordAuthorized(QStringLiteral("g"), reconnected, true));
        QCOMPARE(repo.find(QStringLiteral("g"))->grantIssuedAt, reconnected);
        QVERIFY(!repo.find(QStringLiteral("g"))->refreshTokenUsedAt.isValid());
        // A grant without a refresh token has no refresh token lifetime to count.
        KEYWAY_VERIFY_NO_ERROR(repo.recordAuthorized(QStringLiteral("g"), reconnected, false));
        QVERIFY(!repo.find(QStringLiteral("g"))->grantIssuedAt.isValid());
    }

    // A database of schema 3 gets grant_issued_at: the refresh token's issue time where it was never renewed, else
    // the connection's creation (the earliest the grant can be).
    void grantTimeOfOlderDatabasesIsTheEarliestItCanBe()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        {
            Database db;
            KEYWAY_VERIFY_NO_ERROR(db.open(path));
            QSqlQuery q(db.handle());
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE connections DROP COLUMN grant_issued_at")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=3")));
            const QString insert = QStringLiteral("INSERT INTO connections (id, integration_id, auth_mode, status, created_at, "
                                                  "updated_at, refreshed_at, refresh_token_issued_at) VALUES ('%1', 'x', "
                                                  "'oauth2_authorization_code', 'connected', 1000, 1000, %2, %3)");
            QVERIFY(q.exec(insert.arg(u"never-renewed").arg(u"NULL").arg(2000)));
            QVERIFY(q.exec(insert.arg(u"rotated").arg(5000).arg(5000)));
            QVERIFY(q.exec(insert.arg(u"no-refresh-token").arg(u"NULL").arg(u"NULL")));
        }
        Database db;
        KEYWAY_VERIFY_NO_ERROR(db.open(path));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        ConnectionRepository repo(db);
        QCOMPARE(repo.find(QStringLiteral("never-renewed"))->grantIssuedAt.toMSecsSinceEpoch(), 2000);
        QCOMPARE(repo.find(QStringLiteral("rotated"))->grantIssuedAt.toMSecsSinceEpoch(), 1000);
        QVERIFY(!repo.find(QStringLiteral("no-refresh-token"))->grantIssuedAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestConnectionRepository)
#include "TestConnectionRepository.moc"
