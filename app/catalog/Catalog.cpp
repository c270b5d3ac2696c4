#include "catalog/Catalog.h"

#include "catalog/IntegrationLoader.h"
#include "common/Log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <optional>
#include <vector>

namespace keyway {

namespace {
constexpr int kMaxFilesPerFolder = 1000; // a folder full of junk must not stall the start
constexpr int kMinFilesPerThread = 32; // below this a thread costs more than it saves

// A folder's integration files in the order they are read; only the first kMaxFilesPerFolder are.
QStringList integrationFiles(const QDir &folder)
{
    QStringList files = folder.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    files.removeAll(QStringLiteral("schema.json"));
    return files;
}

// Built-in files compiled into Keyway were checked at build time; any other folder's files are checked here.
IntegrationLoader::FileKind kindOf(const QString &dir, bool builtin)
{
    return !builtin                           ? IntegrationLoader::FileKind::Custom
        : dir == Catalog::defaultBuiltinDir() ? IntegrationLoader::FileKind::VerifiedBuiltin
                                              : IntegrationLoader::FileKind::Builtin;
}
} // namespace

Catalog::Catalog(QObject *parent)
    : Catalog(defaultBuiltinDir(), defaultCustomDir(), parent)
{
}

Catalog::Catalog(const QString &builtinDir, const QString &customDir, QObject *parent)
    : QObject(parent)
    , m_builtinDir(builtinDir)
    , m_customDir(customDir)
{
}

QString Catalog::defaultCustomDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/integrations");
}

void Catalog::ensureLoaded() const
{
    // Loading fills the cache behind a const interface: what the accessors return does not change by it.
    if (!m_loaded)
        const_cast<Catalog *>(this)->load();
}

void Catalog::reload()
{
    load();
    Q_EMIT changed();
}

void Catalog::load()
{
    m_loaded = true;
    m_integrations.clear();
    m_overriddenBuiltins.clear();
    m_errors.clear();
    m_foundOne.clear();
    const Result<ScopeVocabulary> vocabulary = ScopeVocabulary::load();
    if (vocabulary.ok()) {
        m_vocabulary = vocabulary.value();
    } else {
        m_vocabulary = ScopeVocabulary();
        m_errors << vocabulary.error();
        qCWarning(lcCatalog) << vocabulary.error().toString();
    }
    loadFolder(m_builtinDir, true);
    if (!m_customDir.isEmpty())
        loadFolder(m_customDir, false);
    qCInfo(lcCatalog) << "catalogue loaded:" << m_integrations.size() << "integrations," << m_errors.size() << "errors";
}

Result<Integration> Catalog::check(Result<Integration> loaded, const QString &expectedId) const
{
    if (!loaded.ok())
        return loaded;
    const Integration &in = loaded.value();
    const QString fileName = QFileInfo(in.source).fileName();
    QStringList problems;
    if (!expectedId.isEmpty() && in.id != expectedId)
        problems << QStringLiteral("%1: id: \"%2\" does not equal the file name").arg(fileName, in.id);
    if (!m_vocabulary.all().isEmpty()) {
        for (auto it = in.unifiedScopes.cbegin(); it != in.unifiedScopes.cend(); ++it) {
            if (!m_vocabulary.contains(it.key()))
                problems << QStringLiteral("%1: unified_scopes.%2: not in Keyway's scope vocabulary").arg(fileName, it.key());
        }
    }
    if (problems.isEmpty())
        return loaded;
    return Error::make(QStringLiteral("invalid_integration"),
        tr("The integration file %1 is not valid: %2").arg(fileName, problems.first()), problems.join(QLatin1Char('\n')));
}

void Catalog::loadFolder(const QString &dir, bool builtin)
{
    QDir folder(dir);
    if (!folder.exists())
        return;
    QStringList files = integrationFiles(folder);
    if (files.size() > kMaxFilesPerFolder) {
        m_errors << Error::make(QStringLiteral("too_many_integrations"),
            tr("Only the first %1 integration files in %2 were read.").arg(kMaxFilesPerFolder).arg(dir));
        files = files.mid(0, kMaxFilesPerFolder);
    }
    const IntegrationLoader::FileKind kind = kindOf(dir, builtin);
    std::vector<std::optional<Result<Integration>>> results(size_t(files.size()));
    const auto load = [&](qsizetype i) {
        const QString &name = files.at(i);
        results[size_t(i)] = check(IntegrationLoader::loadFile(folder.filePath(name), kind), QFileInfo(name).completeBaseName());
    };
    // Reading the built-in files is most of the start's catalogue work and each file stands alone: spread over
    // the cores (issue 22). Only these: read without checks, they touch nothing shared (no regular expression
    // cache); every thread is done before the results are used.
    const int threads = std::min(QThread::idealThreadCount(), 8);
    if (kind == IntegrationLoader::FileKind::VerifiedBuiltin && threads > 1 && files.size() >= kMinFilesPerThread * 2) {
        QThreadPool pool;
        pool.setMaxThreadCount(threads);
        for (int t = 0; t < threads; ++t) {
            pool.start([&load, t, threads, n = files.size()] {
                for (qsizetype i = t; i < n; i += threads)
                    load(i);
            });
        }
        pool.waitForDone();
    } else {
        for (qsizetype i = 0; i < files.size(); ++i)
            load(i);
    }

    for (qsizetype i = 0; i < files.size(); ++i) {
        const Result<Integration> &loaded = *results[size_t(i)];
        if (!loaded.ok()) {
            m_errors << loaded.error();
            qCWarning(lcCatalog) << "skipped" << folder.filePath(files.at(i)) << ":" << loaded.error().detail;
            continue;
        }
        Integration in = loaded.value();
        in.builtin = builtin;
        if (!builtin) {
            const auto existing = m_integrations.constFind(in.id);
            in.overridesBuiltin = existing != m_integrations.cend() && existing->builtin;
            if (in.overridesBuiltin)
                m_overriddenBuiltins.insert(in.id, *existing);
        }
        m_integrations.insert(in.id, in);
    }
}

QStringList Catalog::consistencyProblems(const QList<Integration> &integrations)
{
    QStringList problems;
    QMap<quint16, QString> owners;
    for (const Integration &in : integrations) {
        const quint16 port = in.oauth.redirectPort;
        if (port == 0)
            continue;
        const QString fileName = in.id + QStringLiteral(".json");
        if (port < RedirectPortFirst || port > RedirectPortLast)
            problems << QStringLiteral("%1: oauth.redirect.port: %2 is outside Keyway's range %3-%4")
                            .arg(fileName)
                            .arg(port)
                            .arg(RedirectPortFirst)
                            .arg(RedirectPortLast);
        const auto owner = owners.constFind(port);
        if (owner != owners.cend())
            problems << QStringLiteral("%1: oauth.redirect.port: %2 is already used by %3").arg(fileName).arg(port).arg(*owner);
        else
            owners.insert(port, in.id);
    }
    return problems;
}

std::optional<Integration> Catalog::overriddenBuiltin(const QString &id) const
{
    ensureLoaded();
    const auto it = m_overriddenBuiltins.constFind(id);
    if (it == m_overriddenBuiltins.cend())
        return std::nullopt;
    return *it;
}

QList<Integration> Catalog::all() const
{
    ensureLoaded();
    QList<Integration> list = m_integrations.values();
    std::stable_sort(list.begin(), list.end(), [](const Integration &a, const Integration &b) {
        // The "sandbox" category comes first: it is what a new user can try without any account.
        const bool aSandbox = a.category == QLatin1String("sandbox");
        const bool bSandbox = b.category == QLatin1String("sandbox");
        if (aSandbox != bSandbox)
            return aSandbox;
        const int byName = QString::compare(a.name, b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return list;
}

std::optional<Integration> Catalog::find(const QString &id) const
{
    if (!m_loaded) {
        const auto found = m_foundOne.constFind(id);
        if (found != m_foundOne.cend())
            return *found;
        return m_foundOne[id] = const_cast<Catalog *>(this)->loadOne(id);
    }
    const auto it = m_integrations.constFind(id);
    if (it == m_integrations.cend())
        return std::nullopt;
    return *it;
}

std::optional<Integration> Catalog::loadOne(const QString &id)
{
    if (!m_vocabularyRead) {
        m_vocabularyRead = true;
        const Result<ScopeVocabulary> vocabulary = ScopeVocabulary::load();
        m_vocabulary = vocabulary.ok() ? vocabulary.value() : ScopeVocabulary();
    }
    // By the rules of loadFolder(): only a file the whole load would read, checked the same way, named after its id.
    const auto readOne = [this, &id](const QString &dir, bool builtin) -> std::optional<Integration> {
        if (dir.isEmpty())
            return std::nullopt;
        const QDir folder(dir);
        const QString name = id + QStringLiteral(".json");
        const qsizetype at = integrationFiles(folder).indexOf(name);
        if (at < 0 || at >= kMaxFilesPerFolder)
            return std::nullopt;
        const Result<Integration> loaded = check(IntegrationLoader::loadFile(folder.filePath(name), kindOf(dir, builtin)), id);
        if (!loaded.ok())
            return std::nullopt;
        Integration in = loaded.value();
        in.builtin = builtin;
        return in;
    };
    const std::optional<Integration> builtin = readOne(m_builtinDir, true);
    std::optional<Integration> custom = readOne(m_customDir, false);
    if (!custom)
        return builtin;
    custom->overridesBuiltin = builtin.has_value();
    return custom;
}

QStringList Catalog::categories() const
{
    ensureLoaded();
    QStringList used;
    for (const QString &category : Integration::knownCategories()) {
        for (const Integration &in : m_integrations) {
            if (in.category == category) {
                used << category;
                break;
            }
        }
    }
    return used;
}

QList<Integration> Catalog::inCategory(const QString &category) const
{
    ensureLoaded();
    QList<Integration> list;
    for (const Integration &in : all()) {
        if (in.category == category)
            list << in;
    }
    return list;
}

QString Catalog::iconPath(const Integration &integration) const
{
    if (integration.icon.isEmpty())
        return {};
    if (!integration.builtin && !m_customDir.isEmpty()) {
        const QString custom = m_customDir + QStringLiteral("/icons/") + integration.icon;
        if (QFileInfo::exists(custom))
            return custom;
    }
    const QString builtin = QStringLiteral(":/icons/integrations/") + integration.icon;
    return QFileInfo::exists(builtin) ? builtin : QString();
}

Error Catalog::writeRefusal(const Integration &in, bool replace) const
{
    if (m_customDir.isEmpty())
        return Error::make(QStringLiteral("no_custom_folder"), tr("Custom integrations are turned off."));
    const QString target = m_customDir + QLatin1Char('/') + in.id + QStringLiteral(".json");
    if (QFileInfo::exists(target) && !replace)
        return Error::make(QStringLiteral("integration_exists"),
            tr("A custom integration with the id \"%1\" already exists.").arg(in.id), target);
    // Issue 15.3: a file never takes a built-in integration's place (and its endpoints) without being asked to.
    if (const auto existing = find(in.id); existing && existing->builtin && !replace)
        return Error::make(QStringLiteral("overrides_builtin"),
            tr("\"%1\" is the id of the built-in integration %2; replacing it takes --replace.").arg(in.id, existing->name),
            target);
    return {};
}

Error Catalog::checkCustom(const QJsonObject &document, bool replace)
{
    ensureLoaded();
    const QString id = document.value(QStringLiteral("id")).toString();
    const QString fileName = (id.isEmpty() ? QStringLiteral("integration") : id.left(64)) + QStringLiteral(".json");
    const Result<Integration> loaded = check(IntegrationLoader::parse(QJsonDocument(document).toJson(), fileName), {});
    return loaded.ok() ? writeRefusal(loaded.value(), replace) : loaded.error();
}

Result<Integration> Catalog::writeCustom(const Integration &in, bool replace)
{
    if (const Error refused = writeRefusal(in, replace); !refused.isNull())
        return refused;
    if (!QDir().mkpath(m_customDir))
        return Error::make(
            QStringLiteral("save_failed"), tr("The folder for custom integrations cannot be created."), m_customDir);
    const QString target = m_customDir + QLatin1Char('/') + in.id + QStringLiteral(".json");

    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || out.write(QJsonDocument(in.document).toJson(QJsonDocument::Indented)) < 0 || !out.commit())
        return Error::make(QStringLiteral("save_failed"), tr("The integration could not be saved."),
            QStringLiteral("%1: %2").arg(target, out.errorString()));
    qCInfo(lcCatalog) << "saved custom integration" << in.id << "to" << target;
    return in;
}

Result<Integration> Catalog::saveCustom(const QJsonObject &document, bool replace)
{
    ensureLoaded();
    const QString id = document.value(QStringLiteral("id")).toString();
    const QString fileName = (id.isEmpty() ? QStringLiteral("integration") : id.left(64)) + QStringLiteral(".json");
    const Result<Integration> loaded = check(IntegrationLoader::parse(QJsonDocument(document).toJson(), fileName), {});
    if (!loaded.ok())
        return loaded.error();
    const Result<Integration> written = writeCustom(loaded.value(), replace);
    if (!written.ok())
        return written.error();
    reload();
    const std::optional<Integration> saved = find(written.value().id);
    if (!saved || saved->builtin)
        return Error::make(QStringLiteral("save_failed"), tr("The saved integration could not be loaded."), written.value().id);
    return *saved;
}

Result<Integration> Catalog::importFile(const QString &path, bool replace)
{
    ensureLoaded();
    const Result<Integration> loaded = check(IntegrationLoader::loadFile(path), {});
    if (!loaded.ok())
        return loaded.error();
    const Integration &in = loaded.value();
    const Result<Integration> written = writeCustom(in, replace);
    if (!written.ok()) {
        Error e = written.error();
        if (e.code == QLatin1String("save_failed"))
            e.code = QStringLiteral("import_failed");
        return e;
    }

    // An icon of the same name beside the imported file comes along.
    const QString iconSource = QFileInfo(path).absoluteDir().filePath(in.icon);
    if (!in.icon.isEmpty() && QFileInfo(iconSource).isFile() && QFileInfo(iconSource).size() <= 256 * 1024) {
        QDir().mkpath(m_customDir + QStringLiteral("/icons"));
        const QString iconTarget = m_customDir + QStringLiteral("/icons/") + in.icon;
        QFile::remove(iconTarget);
        QFile::copy(iconSource, iconTarget);
    }
    qCInfo(lcCatalog) << "imported" << in.id << "from" << path;
    reload();
    const std::optional<Integration> imported = find(in.id);
    if (!imported)
        return Error::make(QStringLiteral("import_failed"), tr("The imported integration could not be loaded."), path);
    return *imported;
}

Error Catalog::exportIntegration(const QString &id, const QString &path) const
{
    const std::optional<Integration> in = find(id);
    if (!in)
        return Error::make(QStringLiteral("unknown_integration"), tr("There is no integration \"%1\".").arg(id));
    QSaveFile out(path);
    // Owner-only like everything Keyway writes, even over a file others could read (QSaveFile keeps its mode).
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || out.write(QJsonDocument(in->document).toJson(QJsonDocument::Indented)) < 0 || !out.commit())
        return Error::make(QStringLiteral("export_failed"), tr("The integration could not be written."),
            QStringLiteral("%1: %2").arg(path, out.errorString()));
    return {};
}

Error Catalog::removeCustom(const QString &id)
{
    const std::optional<Integration> in = find(id);
    if (!in || in->builtin)
        return Error::make(QStringLiteral("unknown_integration"), tr("There is no custom integration \"%1\".").arg(id));
    if (!QFile::remove(in->source))
        return Error::make(QStringLiteral("remove_failed"), tr("The custom integration could not be deleted."), in->source);
    reload();
    return {};
}

} // namespace keyway
