#pragma once

// All integrations Keyway knows: the built-in files compiled into the Qt resource :/integrations/ and the
// user's custom files in <AppConfigLocation>/integrations/. A custom file with a built-in id replaces the
// built-in one and is marked overridesBuiltin. A bad file is reported in errors() and skipped; it never stops
// the others from loading. Import validates a file and copies it into the custom folder; export writes one
// integration's file wherever the user asks. No file can hold a secret: the loader refuses credentials in
// parameters and headers, and the format has no other place for one.
//
// The files are read the first time anything asks for an integration (issue 27): a command that never needs the
// catalogue (`keyway token`, `keyway connections`) never pays for reading some 350 files, and find() before then
// reads only the files of the id it is given (`keyway git-credential` asks for its connections' integrations).

#include "catalog/Integration.h"
#include "catalog/ScopeVocabulary.h"
#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>

#include <optional>

namespace keyway {

class Catalog : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Catalog)

public:
    // Built-in files from :/integrations, custom files from defaultCustomDir(). Reads them when first asked.
    explicit Catalog(QObject *parent = nullptr);
    // Explicit folders (tests, the CLI's --catalog option). An empty customDir means no custom files.
    Catalog(const QString &builtinDir, const QString &customDir, QObject *parent = nullptr);

    // The built-in files compiled into Keyway. They were checked when Keyway was built (keyway-catalog-check), so
    // they are read without the checks; built-in files in any other folder (tests, benchmarks) are checked.
    static QString defaultBuiltinDir() { return QStringLiteral(":/integrations"); }
    static QString defaultCustomDir();

    // Reads every file again; emits changed().
    void reload();

    // What the catalogue as a whole must hold beyond each file's own rules, one line per problem: every fixed
    // redirect port in Keyway's range and used by one integration only (RFC 8252 §7.3: the user registers it).
    static QStringList consistencyProblems(const QList<Integration> &integrations);
    static constexpr quint16 RedirectPortFirst = 27400;
    static constexpr quint16 RedirectPortLast = 27699;

    QList<Integration> all() const; // sorted by name, the "sandbox" category first
    std::optional<Integration> find(const QString &id) const;
    // The built-in integration a custom file of that id replaces, if any.
    std::optional<Integration> overriddenBuiltin(const QString &id) const;
    bool contains(const QString &id) const
    {
        ensureLoaded();
        return m_integrations.contains(id);
    }
    QStringList categories() const; // the categories in use, in the format's order
    QList<Integration> inCategory(const QString &category) const;
    const QList<Error> &errors() const
    {
        ensureLoaded();
        return m_errors;
    }
    const ScopeVocabulary &vocabulary() const
    {
        ensureLoaded();
        return m_vocabulary;
    }
    QString customDir() const { return m_customDir; }

    // The icon to show: a custom icon beside the custom files, else the built-in one; empty if neither exists.
    QString iconPath(const Integration &integration) const;

    // Validates an integration document (IntegrationLoader, as if read from a file) and writes it to
    // customDir()/<id>.json; an existing custom file with that id is replaced only when `replace` is true, and so
    // is a built-in integration of that id (then marked overridesBuiltin; Integration::changesFrom says how it
    // differs). Reloads the catalogue.
    Result<Integration> saveCustom(const QJsonObject &document, bool replace = false);
    // What saveCustom(document, replace) would refuse, found without writing anything (a null Error: it would
    // save): for a caller that must not start something it cannot keep (ClientRegistrar registers a client first).
    Error checkCustom(const QJsonObject &document, bool replace = false);
    // Validates `path` and copies it to customDir()/<id>.json (and an icon of the same name beside it, if any).
    // An existing custom file or a built-in integration with that id is replaced only when `replace` is true.
    Result<Integration> importFile(const QString &path, bool replace = false);
    // Writes the integration's file (as loaded) to `path`.
    Error exportIntegration(const QString &id, const QString &path) const;
    // Deletes a custom file; a built-in one it overrode comes back.
    Error removeCustom(const QString &id);

Q_SIGNALS:
    void changed();

private:
    // Reads every file unless that was done: each accessor calls it first.
    void ensureLoaded() const;
    void load();
    // find() before the whole catalogue is read: the same answer, from that id's files alone.
    std::optional<Integration> loadOne(const QString &id);
    void loadFolder(const QString &dir, bool builtin);
    Result<Integration> check(Result<Integration> loaded, const QString &expectedId) const;
    Result<Integration> writeCustom(const Integration &checked, bool replace);
    Error writeRefusal(const Integration &checked, bool replace) const;

    QString m_builtinDir;
    QString m_customDir;
    ScopeVocabulary m_vocabulary;
    QMap<QString, Integration> m_integrations;
    QMap<QString, Integration> m_overriddenBuiltins;
    QList<Error> m_errors;
    bool m_loaded = false;
    bool m_vocabularyRead = false; // by loadOne(), before the whole catalogue is read
    mutable QHash<QString, std::optional<Integration>> m_foundOne; // find()'s answers until then
};

} // namespace keyway
