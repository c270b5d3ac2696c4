#include "cli/KeyCommand.h"

#include "core/ConnectionService.h"
#include "core/CoreContext.h"
#include "jose/PrivateKey.h"

#include <QFile>
#include <QJsonDocument>

namespace keyway {

namespace {

void printJwk(const PrivateKey &key, const QString &algorithm)
{
    CliCommand::out() << QString::fromUtf8(QJsonDocument(key.publicJwk(algorithm)).toJson(QJsonDocument::Indented)) << Qt::flush;
}

} // namespace

void KeyCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("generate: a new key pair; public: the public JWK of a key"));
    parser.addPositionalArgument(
        QStringLiteral("pem-file"), tr("public: the PEM private key file"), QStringLiteral("[PEM-FILE]"));
    parser.addOptions({
        {QStringLiteral("alg"), tr("generate: RS256 (RSA 2048) or ES256 (EC P-256, the default)"), QStringLiteral("ALG")},
        {QStringLiteral("out"), tr("generate: file to write the private key to (PEM, mode 0600)"), QStringLiteral("PATH")},
        {QStringLiteral("force"), tr("generate: replace an existing --out file")},
        {QStringLiteral("connection"), tr("public: the key stored for this connection"), QStringLiteral("CONNECTION")},
    });
}

void KeyCommand::run(CoreContext &core, const QCommandLineParser &parser, Exit exit)
{
    const QString action = parser.positionalArguments().value(0);
    if (action == QLatin1String("generate"))
        return generate(parser, exit);
    if (action == QLatin1String("public"))
        return showPublic(core, parser, exit);
    exit(fail(name(),
        action.isEmpty() ? tr("say generate or public (see keyway key --help)")
                         : tr("unknown action '%1': say generate or public").arg(action)));
}

void KeyCommand::generate(const QCommandLineParser &parser, Exit exit)
{
    if (parser.positionalArguments().size() > 1)
        return exit(fail(name(), tr("unexpected argument '%1'").arg(parser.positionalArguments().at(1))));
    const QString alg
        = parser.value(QStringLiteral("alg")).isEmpty() ? QStringLiteral("ES256") : parser.value(QStringLiteral("alg")).toUpper();
    if (alg != QLatin1String("RS256") && alg != QLatin1String("ES256"))
        return exit(fail(name(), tr("--alg takes RS256 or ES256, not '%1'").arg(parser.value(QStringLiteral("alg")))));
    const QString path = parser.value(QStringLiteral("out"));
    // The private key never goes to stdout, where it would end up in terminals and logs.
    if (path.isEmpty())
        return exit(fail(name(), tr("give --out PATH for the private key (it is not printed)")));

    const Result<PrivateKey> key
        = alg == QLatin1String("RS256") ? PrivateKey::generateRsa(2048) : PrivateKey::generateEc(QStringLiteral("P-256"));
    if (!key)
        return exit(fail(name(), key.error().toString()));

    QFile file(path);
    if (parser.isSet(QStringLiteral("force")) && file.exists() && !file.remove())
        return exit(fail(name(), tr("cannot replace %1: %2").arg(path, file.errorString())));
    // Created with owner-only permissions from the start (no window where others could read it).
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return exit(fail(name(),
            file.exists() ? tr("%1 exists (use --force to replace it)").arg(path)
                          : tr("cannot write %1: %2").arg(path, file.errorString())));
    const QByteArray pem = key.value().toPem();
    if (file.write(pem) != pem.size() || !file.flush()) {
        file.remove();
        return exit(fail(name(), tr("cannot write %1: %2").arg(path, file.errorString())));
    }
    file.close();
    printJwk(key.value(), alg);
    err() << tr("Private key written to %1 (readable by you only). Register the public JWK above with the provider,\n"
                "then connect with --private-key-file %1 (Keyway keeps its own copy in the keychain).")
                 .arg(path)
          << Qt::endl;
    exit(0);
}

void KeyCommand::showPublic(CoreContext &core, const QCommandLineParser &parser, Exit exit)
{
    const QString path = parser.positionalArguments().value(1);
    const bool fromConnection = parser.isSet(QStringLiteral("connection"));
    if (path.isEmpty() == !fromConnection)
        return exit(fail(name(), tr("give either a PEM-FILE or --connection CONNECTION")));
    if (!fromConnection) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return exit(fail(name(), tr("cannot read %1: %2").arg(path, file.errorString())));
        const Result<PrivateKey> key = PrivateKey::fromPem(file.read(PrivateKey::kMaxPemSize + 1));
        if (!key)
            return exit(fail(name(), key.error().toString()));
        printJwk(key.value(), {});
        return exit(0);
    }
    const auto connection = core.service().resolve(parser.value(QStringLiteral("connection")));
    if (!connection)
        return exit(fail(name(), connection.error().toString()));
    core.service().credentials(connection.value().id, &core.service(), [this, exit](const Result<StoredCredentials> &stored) {
        if (!stored)
            return exit(fail(name(), stored.error().toString()));
        const StoredCredentials &c = stored.value();
        if (c.client.privateKeyPem.isEmpty())
            return exit(fail(name(), tr("this connection keeps no private key")));
        const Result<PrivateKey> key = PrivateKey::fromPem(c.client.privateKeyPem);
        if (!key)
            return exit(fail(name(), key.error().toString()));
        printJwk(key.value(), c.client.privateKeyAlg);
        exit(0);
    });
}

} // namespace keyway
