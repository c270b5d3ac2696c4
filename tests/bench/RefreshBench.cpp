// keyway-bench-refresh: the refresh benchmark's Keyway side, through the real core (CoreContext: SQLite,
// the OS keychain through QtKeychain, ConnectionService).
//   keyway-bench-refresh seed --database PATH --issuer URL --tokens FILE
//       stores one connection per refresh token (one per line) of the public client keyway-native, as a
//       connect to that issuer would: settings in SQLite, tokens in the keychain.
//   keyway-bench-refresh run --database PATH [--concurrency 1] [--rounds 1]
//       refreshes every stored connection through ConnectionService::refresh (refresh_token grant, keychain
//       read and write, database update, events), at most CONCURRENCY at a time, and prints the wall time and
//       the keychain jobs made. With --rounds 2 every connection is refreshed again in the same process
//       ("refresh-warm": the window or the keeper renewing what it renewed before).
//   keyway-bench-refresh run --memory-secrets --database PATH --issuer URL --tokens FILE
//       the same with the secrets in process memory (MemorySecretStore) instead of the keychain, seeded first
//       in the same process: what the refresh costs without the keychain.
#include "BenchSupport.h"

#include "core/AppInfo.h"
#include "core/ConnectionService.h"
#include "core/CoreContext.h"
#include "core/StoredCredentials.h"
#include "store/KeychainSecretStore.h"
#include "store/MemorySecretStore.h"
#include "store/SecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <functional>

using namespace keyway;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "keyway-bench-refresh: %s\n", qPrintable(message));
    return 1;
}

QJsonObject settingsFor(const QString &issuer)
{
    ConnectionSettings s;
    s.authMode = AuthMode::AuthorizationCode;
    s.issuer = issuer;
    s.clientId = QStringLiteral("keyway-native");
    s.provider.issuer = issuer;
    s.provider.authorizationUrl = issuer + QStringLiteral("/auth");
    s.provider.tokenUrl = issuer + QStringLiteral("/token");
    s.provider.revocationUrl = issuer + QStringLiteral("/token/revocation");
    s.provider.introspectionUrl = issuer + QStringLiteral("/token/introspection");
    s.provider.userinfoUrl = issuer + QStringLiteral("/me");
    s.provider.jwksUrl = issuer + QStringLiteral("/jwks");
    s.provider.scopes = {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("offline_access")};
    s.provider.openid = true;
    s.provider.issParameterSupported = true;
    s.provider.clientAuth = ProviderConfig::ClientAuth::None;
    s.whoamiUrl = s.provider.userinfoUrl;
    return s.toJson();
}

int seed(CoreContext &core, const QString &issuer, const QString &tokensFile)
{
    QFile file(tokensFile);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1").arg(tokensFile));
    QList<QByteArray> tokens;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            tokens << line.trimmed();

    QElapsedTimer clock;
    clock.start();
    Integration provider;
    provider.id = QStringLiteral("openid-connect");
    provider.name = QStringLiteral("Local IdP");
    provider.oauth.scopes = {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("offline_access")};
    const QJsonObject settings = settingsFor(issuer);
    ConnectionRepository repository(core.database());
    QStringList ids;
    core.database().handle().transaction();
    for (int n = 0; n < tokens.size(); ++n) {
        const ConnectionRecord r = bench::connectionRecord(provider, n, settings);
        const Error error = repository.save(r);
        if (!error.isNull())
            return fail(error.toString());
        ids << r.id;
    }
    core.database().handle().commit();

    // Secrets one after the other, as a user's connects would write them.
    int index = 0;
    Error failure;
    std::function<void()> writeNext = [&] {
        if (index == ids.size() || !failure.isNull())
            return QCoreApplication::quit();
        StoredCredentials c;
        c.tokens.accessToken = "seeded-access-token-" + QByteArray::number(index);
        c.tokens.refreshToken = tokens.at(index);
        c.tokens.tokenType = QStringLiteral("Bearer");
        c.tokens.obtainedAt = QDateTime::currentDateTimeUtc();
        c.tokens.expiresAt = c.tokens.obtainedAt.addSecs(3600);
        c.tokens.grantedScopes = {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("offline_access")};
        c.tokens.scopeReturned = true;
        c.client.clientId = QStringLiteral("keyway-native");
        core.secrets().write(QStringLiteral("connection/") + ids.at(index++), c.toBytes(), [&](const Error &error) {
            failure = error;
            writeNext();
        });
    };
    QTimer::singleShot(0, writeNext);
    QCoreApplication::exec();
    if (!failure.isNull())
        return fail(failure.toString());
    bench::emitResult(QStringLiteral("refresh-seed"),
        {{QStringLiteral("connections"), int(ids.size())}, {QStringLiteral("ms"), double(clock.elapsed())}});
    return 0;
}

// One round: every connection refreshed once; `name` is the result's name ("refresh" for the first round,
// "refresh-warm" for a later one).
int runRound(CoreContext &core, const QStringList &ids, int concurrency, const QString &secrets, const QString &name)
{
    ConnectionService &service = core.service();
    const auto *keychain = dynamic_cast<const KeychainSecretStore *>(&core.secrets());
    const KeychainSecretStore::Traffic before = keychain ? keychain->traffic() : KeychainSecretStore::Traffic();

    QElapsedTimer clock;
    qsizetype next = 0;
    int inFlight = 0;
    int ok = 0;
    int failed = 0;
    QString firstError;
    QList<double> latencies;
    std::function<void()> pump = [&] {
        while (inFlight < concurrency && next < ids.size()) {
            const QString id = ids.at(next++);
            ++inFlight;
            QElapsedTimer started;
            started.start();
            service.refresh(id, &service, [&, started](const Error &error) {
                latencies << double(started.nsecsElapsed()) / 1e6;
                if (error.isNull()) {
                    ++ok;
                } else {
                    ++failed;
                    if (firstError.isEmpty())
                        firstError = error.toString();
                }
                --inFlight;
                if (next == ids.size() && inFlight == 0)
                    QCoreApplication::quit();
                else
                    pump();
            });
        }
    };
    QTimer::singleShot(0, [&] {
        clock.start();
        pump();
    });
    QCoreApplication::exec();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    const KeychainSecretStore::Traffic after = keychain ? keychain->traffic() : KeychainSecretStore::Traffic();
    bench::emitResult(name,
        {{QStringLiteral("connections"), int(ids.size())}, {QStringLiteral("concurrency"), concurrency},
            {QStringLiteral("secrets"), secrets}, {QStringLiteral("ms"), ms}, {QStringLiteral("ok"), ok},
            {QStringLiteral("failed"), failed}, {QStringLiteral("first_error"), firstError},
            {QStringLiteral("median_ms"), bench::median(latencies)}, {QStringLiteral("max_ms"), bench::maximum(latencies)},
            {QStringLiteral("keychain_reads"), after.reads - before.reads},
            {QStringLiteral("keychain_writes"), after.writes - before.writes},
            {QStringLiteral("keychain_removes"), after.removes - before.removes}});
    return failed == 0 ? 0 : 1;
}

int run(CoreContext &core, int concurrency, int rounds, const QString &secrets)
{
    QStringList ids;
    for (const ConnectionSummary &r : core.service().summaries())
        ids << r.id;
    if (ids.isEmpty())
        return fail(QStringLiteral("no connections: run the seed step first"));
    for (int round = 1; round <= rounds; ++round) {
        if (const int failed
            = runRound(core, ids, concurrency, secrets, round == 1 ? QStringLiteral("refresh") : QStringLiteral("refresh-warm"));
            failed != 0)
            return failed;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    AppInfo::apply();
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("step"), QStringLiteral("seed or run"));
    parser.addOptions({{QStringLiteral("database"), QStringLiteral("SQLite file"), QStringLiteral("PATH")},
        {QStringLiteral("issuer"), QStringLiteral("Issuer of the tokens (seed)"), QStringLiteral("URL")},
        {QStringLiteral("tokens"), QStringLiteral("File with one refresh token per line (seed)"), QStringLiteral("FILE")},
        {QStringLiteral("keychain-service"), QStringLiteral("Keychain service name"), QStringLiteral("NAME"),
            QStringLiteral("keyway-bench")},
        {QStringLiteral("concurrency"), QStringLiteral("Refreshes in flight at once (run)"), QStringLiteral("N"),
            QStringLiteral("1")},
        {QStringLiteral("rounds"), QStringLiteral("Refresh every connection this many times in one process (run)"),
            QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("memory-secrets"), QStringLiteral("Keep secrets in memory, not in the keychain (run)")}});
    parser.process(app);
    const QString step = parser.positionalArguments().value(0);
    if (!parser.isSet(QStringLiteral("database")) || (step != QLatin1String("seed") && step != QLatin1String("run")))
        return fail(QStringLiteral("usage: keyway-bench-refresh seed|run --database PATH ..."));

    CoreContext::Options options;
    options.databasePath = parser.value(QStringLiteral("database"));
    options.keychainService = parser.value(QStringLiteral("keychain-service"));
    const bool inMemory = parser.isSet(QStringLiteral("memory-secrets"));
    if (inMemory)
        options.secrets = std::make_shared<MemorySecretStore>();
    auto core = CoreContext::open(options);
    if (!core)
        return fail(core.error().toString());
    ConnectionService::Settings settings = core.value()->service().settings();
    settings.autoRefresh = false; // only the refreshes this benchmark asks for
    core.value()->service().setSettings(settings);

    if (step == QLatin1String("seed") || inMemory) {
        const int seeded = seed(*core.value(), parser.value(QStringLiteral("issuer")), parser.value(QStringLiteral("tokens")));
        if (seeded != 0 || step == QLatin1String("seed"))
            return seeded;
    }
    return run(*core.value(), qMax(1, parser.value(QStringLiteral("concurrency")).toInt()),
        qMax(1, parser.value(QStringLiteral("rounds")).toInt()),
        inMemory ? QStringLiteral("memory") : QStringLiteral("keychain"));
}
