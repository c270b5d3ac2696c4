#include "catalog/IntegrationLoader.h"

#include "catalog/AuthorizationDetails.h"
#include "catalog/TemplateExpander.h"
#include "common/JsonPath.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <functional>
#include <optional>

namespace keyway {

namespace {

const QRegularExpression &re(const char *pattern)
{
    // Patterns are string literals; one compiled instance each, kept for the process.
    static QHash<const char *, QRegularExpression> cache;
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, QRegularExpression(QString::fromLatin1(pattern)));
    return it.value();
}

// A variable's pattern, compiled once per process: many files share the same few patterns, and compiling one
// costs more than reading a whole file. Bounded, since custom files can hold any pattern; a copy is returned
// (implicitly shared), so clearing the cache never pulls one from under a caller.
QRegularExpression variablePattern(const QString &pattern)
{
    static QHash<QString, QRegularExpression> cache;
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    auto it = cache.find(pattern);
    if (it == cache.end()) {
        if (cache.size() > 512)
            cache.clear();
        it = cache.insert(pattern, QRegularExpression(QRegularExpression::anchoredPattern(pattern)));
    }
    return it.value();
}

constexpr const char *kIdPattern = "^[a-z0-9][a-z0-9-]*$";
constexpr const char *kTemplateNamePattern = "^[a-z][a-z0-9_]*$";
constexpr const char *kIconPattern = "^[a-z0-9][a-z0-9-]*\\.svg$";
constexpr const char *kTokenPattern = "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"; // RFC 9110 §5.6.2 token
constexpr const char *kRedirectPathPattern = "^/[A-Za-z0-9._~/-]*$";

// Walks the JSON document, collecting every problem with the dotted path where it was found.
class Reader
{
public:
    explicit Reader(QString fileName, bool verify = true)
        : m_file(std::move(fileName))
        , m_verify(verify)
    {
    }

    // False for a built-in file this binary was built with: keyway-catalog-check verified it at build time, so
    // reading it at every start skips the checks (only reads; wrong types still fall back to defaults).
    bool verifying() const { return m_verify; }

    void error(const QString &path, const QString &message)
    {
        m_errors << (path.isEmpty() ? m_file + QStringLiteral(": ") + message
                                    : m_file + QStringLiteral(": ") + path + QStringLiteral(": ") + message);
    }
    const QStringList &errors() const { return m_errors; }

    static QString join(const QString &path, const QString &key) { return path.isEmpty() ? key : path + QLatin1Char('.') + key; }

    void allowOnly(const QJsonObject &object, const QString &path, std::initializer_list<const char *> keys)
    {
        if (!m_verify)
            return;
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool known = false;
            for (const char *k : keys)
                known = known || it.key() == QLatin1String(k);
            if (!known)
                error(join(path, it.key()), QStringLiteral("unknown field"));
        }
    }

    // Strings. `required` reports a missing field; a present field of another type is always reported.
    QString string(
        const QJsonObject &object, const QString &path, const char *key, bool required, int minLength = 0, int maxLength = 2048)
    {
        const QLatin1String name(key);
        // The path is built only for an error: most fields are fine, and this runs for every field of every file.
        const auto where = [&] { return join(path, QString(name)); };
        const QJsonValue v = object.value(name);
        if (v.isUndefined()) {
            if (required)
                error(where(), QStringLiteral("missing required field"));
            return {};
        }
        if (!v.isString()) {
            error(where(), QStringLiteral("expected a string"));
            return {};
        }
        const QString s = v.toString();
        if (s.size() < minLength)
            error(where(),
                minLength == 1 ? QStringLiteral("must not be empty")
                               : QStringLiteral("must be at least %1 characters").arg(minLength));
        if (s.size() > maxLength)
            error(where(), QStringLiteral("longer than %1 characters").arg(maxLength));
        return s;
    }

    QString matching(const QJsonObject &object, const QString &path, const char *key, bool required, const char *pattern,
        const QString &what, int maxLength = 2048)
    {
        const QString s = string(object, path, key, required, 0, maxLength);
        if (m_verify && object.value(QString::fromLatin1(key)).isString() && !re(pattern).match(s).hasMatch())
            error(join(path, QString::fromLatin1(key)), QStringLiteral("\"%1\" is not %2").arg(s.left(80), what));
        return s;
    }

    QString oneOf(const QJsonObject &object, const QString &path, const char *key, bool required, const QStringList &allowed,
        const QString &fallback = {})
    {
        const QString s = string(object, path, key, required);
        if (!object.value(QString::fromLatin1(key)).isString())
            return fallback;
        if (!allowed.contains(s)) {
            error(join(path, QString::fromLatin1(key)),
                QStringLiteral("\"%1\" is not one of: %2").arg(s.left(80), allowed.join(QStringLiteral(", "))));
            return fallback;
        }
        return s;
    }

    bool boolean(const QJsonObject &object, const QString &path, const char *key, bool fallback)
    {
        const QString name = QString::fromLatin1(key);
        if (!object.contains(name))
            return fallback;
        if (!object.value(name).isBool()) {
            error(join(path, name), QStringLiteral("expected true or false"));
            return fallback;
        }
        return object.value(name).toBool();
    }

    // A whole number in [min, max]; empty when absent or wrong (a wrong value is reported).
    std::optional<qint64> integer(const QJsonObject &object, const QString &path, const char *key, qint64 min, qint64 max)
    {
        const QString name = QString::fromLatin1(key);
        if (!object.contains(name))
            return std::nullopt;
        const QJsonValue v = object.value(name);
        const double d = v.toDouble(-1);
        // Range first: casting a double outside the integer's range is undefined behaviour.
        if (!v.isDouble() || !(d >= double(min) && d <= double(max)) || std::floor(d) != d) {
            error(join(path, name), QStringLiteral("expected a whole number from %1 to %2").arg(min).arg(max));
            return std::nullopt;
        }
        return static_cast<qint64>(d);
    }

    // Reports an array (already read) with fewer or more items than the format allows.
    void itemCount(const QJsonObject &parent, const QString &path, const char *key, qsizetype min, qsizetype max)
    {
        const QJsonValue v = parent.value(QString::fromLatin1(key));
        if (!v.isArray())
            return;
        const qsizetype n = v.toArray().size();
        if (n < min)
            error(join(path, QString::fromLatin1(key)),
                min == 1 ? QStringLiteral("list at least one item") : QStringLiteral("list at least %1 items").arg(min));
        else if (n > max)
            error(join(path, QString::fromLatin1(key)), QStringLiteral("more than %1 items").arg(max));
    }

    QJsonObject object(const QJsonObject &parent, const QString &path, const char *key, bool *present = nullptr)
    {
        const QString name = QString::fromLatin1(key);
        if (present)
            *present = false;
        if (!parent.contains(name))
            return {};
        if (!parent.value(name).isObject()) {
            error(join(path, name), QStringLiteral("expected an object"));
            return {};
        }
        if (present)
            *present = true;
        return parent.value(name).toObject();
    }

    // An array of strings, each checked by `check` (which returns why a string is wrong, or empty).
    QStringList stringArray(const QJsonObject &parent, const QString &path, const char *key, bool unique,
        const std::function<QString(const QString &)> &check, bool *present = nullptr)
    {
        const QLatin1String name(key);
        // Paths are built only for errors (this runs for every list of every file at each start).
        const auto where = [&] { return join(path, QString(name)); };
        if (present)
            *present = false;
        const QJsonValue value = parent.value(name);
        if (value.isUndefined())
            return {};
        if (!value.isArray()) {
            error(where(), QStringLiteral("expected an array"));
            return {};
        }
        if (present)
            *present = true;
        QStringList out;
        const QJsonArray array = value.toArray();
        out.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            const auto at = [&] { return QStringLiteral("%1[%2]").arg(where()).arg(i); };
            const QJsonValue item = array.at(i);
            if (!item.isString()) {
                error(at(), QStringLiteral("expected a string"));
                continue;
            }
            const QString s = item.toString();
            if (!m_verify) {
                out << s;
                continue;
            }
            const QString why = check(s);
            if (!why.isEmpty()) {
                error(at(), why);
                continue;
            }
            if (unique && out.contains(s)) {
                error(at(), QStringLiteral("\"%1\" is listed twice").arg(s.left(80)));
                continue;
            }
            out << s;
        }
        return out;
    }

    QMap<QString, QString> stringMap(const QJsonObject &parent, const QString &path, const char *key,
        const std::function<QString(const QString &)> &checkKey, const std::function<QString(const QString &)> &checkValue)
    {
        QMap<QString, QString> out;
        const QJsonObject object = this->object(parent, path, key);
        const QString where = join(path, QString::fromLatin1(key));
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!m_verify) {
                if (it.value().isString())
                    out.insert(it.key(), it.value().toString());
                continue;
            }
            const QString at = join(where, it.key());
            QString why = checkKey(it.key());
            if (!why.isEmpty()) {
                error(at, why);
                continue;
            }
            if (!it.value().isString()) {
                error(at, QStringLiteral("expected a string"));
                continue;
            }
            why = checkValue(it.value().toString());
            if (!why.isEmpty()) {
                error(at, why);
                continue;
            }
            out.insert(it.key(), it.value().toString());
        }
        return out;
    }

    // A URL that may hold {{templates}}: https, or http on loopback, or starting with a template.
    QString url(const QJsonObject &object, const QString &path, const char *key, bool required = false)
    {
        const QString s = string(object, path, key, required);
        if (!object.value(QString::fromLatin1(key)).isString())
            return {};
        if (!m_verify)
            return s;
        if (const Error refused = TemplateExpander::checkUrlTemplate(s, m_allowInsecureHttp); !refused.isNull()) {
            error(join(path, QString::fromLatin1(key)), refused.detail);
            return {};
        }
        return s;
    }

    // The integration's "allow_insecure_http": plain http URLs to any host are then accepted.
    void setAllowInsecureHttp(bool allow) { m_allowInsecureHttp = allow; }

private:
    QString m_file;
    bool m_verify = true;
    QStringList m_errors;
    bool m_allowInsecureHttp = false;
};

QString scopeCheck(const QString &s)
{
    if (s.isEmpty())
        return QStringLiteral("a scope cannot be empty");
    if (s.size() > 512)
        return QStringLiteral("a scope cannot be longer than 512 characters");
    for (const QChar c : s) {
        // RFC 6749 §3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E )
        if (c.unicode() < 0x21 || c.unicode() > 0x7e || c == QLatin1Char('"') || c == QLatin1Char('\\'))
            return QStringLiteral("\"%1\" is not a valid scope (RFC 6749 §3.3)").arg(s.left(80));
    }
    return {};
}

// "docs" and "sources": an https URL without templates (schema: plainHttpsUrl).
QString plainHttpsUrlCheck(const QString &s)
{
    if (s.isEmpty() || s.size() > 2048 || s.contains(QLatin1Char('{')) || s.contains(QLatin1Char('}'))
        || !s.startsWith(QLatin1String("https://")) || !TemplateExpander::checkUrl(s).isNull())
        return QStringLiteral("expected an https URL without templates");
    return {};
}

// One line of text for people (aliases, unsourced facts, sources' about): no control characters.
std::function<QString(const QString &)> textCheck(int maxLength)
{
    return [maxLength](const QString &s) {
        if (s.isEmpty())
            return QStringLiteral("must not be empty");
        if (s.size() > maxLength)
            return QStringLiteral("longer than %1 characters").arg(maxLength);
        for (const QChar c : s) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                return QStringLiteral("cannot contain control characters");
        }
        return QString();
    };
}

// api.origins: scheme://host[:port] and nothing else, https or a {{template}} supplying it (schema: api.origins).
QString originCheck(const QString &s)
{
    if (s.size() > 300
        || !re("^(https://[A-Za-z0-9.-]+(:[0-9]{1,5})?|\\{\\{[a-z][a-z0-9_]*\\}\\}|"
               "https://[A-Za-z0-9.-]*\\{\\{[a-z][a-z0-9_]*\\}\\}[A-Za-z0-9.-]*(:[0-9]{1,5})?)$")
                .match(s)
                .hasMatch())
        return QStringLiteral("\"%1\" is not an origin (https://host[:port], no path)").arg(s.left(80));
    return {};
}

QString responsePathCheck(const QString &s)
{
    return JsonPath::isValid(s) ? QString() : QStringLiteral("\"%1\" is not a dot-separated path").arg(s.left(80));
}

QString templateNameCheck(const QString &s)
{
    return re(kTemplateNamePattern).match(s).hasMatch() && s.size() <= 64
        ? QString()
        : QStringLiteral("\"%1\" is not a valid name (lower case letters, digits and _)").arg(s.left(80));
}

// A {placeholder} of a templated issuer (see oauth.issuer_claims).
QString placeholderNameCheck(const QString &s)
{
    return re("^[A-Za-z][A-Za-z0-9_]*$").match(s).hasMatch() && s.size() <= 64
        ? QString()
        : QStringLiteral("\"%1\" is not a valid placeholder name (letters, digits and _)").arg(s.left(80));
}

QString headerNameCheck(const QString &s)
{
    return re(kTokenPattern).match(s).hasMatch() ? QString()
                                                 : QStringLiteral("\"%1\" is not a valid header name").arg(s.left(80));
}

QString headerValueCheck(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return QStringLiteral("a header value cannot contain control characters");
    }
    return s.size() > 2048 ? QStringLiteral("longer than 2048 characters") : QString();
}

// Secrets never go to files: an integration file (built-in, custom, imported or exported) cannot carry a
// credential in a parameter or header map. The names are those that hold one in OAuth (RFC 6749 §2.3.1, §4.1.3,
// §6; RFC 7523; RFC 7636) or in common API authentication; the credential itself lives in the keychain.
QString credentialNameCheck(const QString &name, bool header)
{
    static const QRegularExpression param(
        QStringLiteral("^(client_secret|client_assertion|assertion|password|passwd|secret|api_?key|access_token|"
                       "refresh_token|id_token|token|code|code_verifier|private_key|device_code)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression headerName(
        QStringLiteral("^((proxy-)?authorization|cookie|set-cookie)$|secret|password|token|api-?key|session"),
        QRegularExpression::CaseInsensitiveOption);
    const bool credential = header ? headerName.match(name).hasMatch()
                                   : param.match(name).hasMatch() || name.contains(QLatin1String("secret"), Qt::CaseInsensitive)
            || name.contains(QLatin1String("password"), Qt::CaseInsensitive);
    return credential ? QStringLiteral("\"%1\" carries a credential, which never goes in an integration file "
                                       "(Keyway keeps it in the keychain)")
                            .arg(name.left(80))
                      : QString();
}

// oauth.client_id_param: a plain name that neither carries a secret nor replaces another protocol parameter of
// the authorization request (RFC 6749 §4.1.1, RFC 7636 §4.3) or of a token request (§4.1.3, §6).
QString clientIdParamCheck(const QString &name)
{
    static const QStringList reserved {QStringLiteral("client_id"), QStringLiteral("response_type"),
        QStringLiteral("redirect_uri"), QStringLiteral("scope"), QStringLiteral("state"), QStringLiteral("nonce"),
        QStringLiteral("grant_type"), QStringLiteral("code_challenge"), QStringLiteral("code_challenge_method"),
        QStringLiteral("client_assertion_type"), QStringLiteral("audience"), QStringLiteral("resource")};
    if (name == QLatin1String("client_id"))
        return QStringLiteral("client_id is the default; leave client_id_param out");
    if (reserved.contains(name))
        return QStringLiteral("\"%1\" is another OAuth parameter").arg(name);
    return credentialNameCheck(name, false);
}

// Issue 14: a built-in file's setup text agrees with its redirect declaration. Where the provider accepts no
// desktop redirect (loopback none, no private-use scheme) there is no {{redirect_uri}} to register; a loopback URL
// written out in a step has the host Keyway listens on, and a port only where that port is fixed (exact) and the
// same ("*" stands for a provider's wildcard port). Each problem is "path: sentence".
QStringList setupRedirectProblems(const Integration &in)
{
    QStringList problems;
    const OAuthSettings &o = in.oauth;
    QList<QPair<QString, QString>> texts; // path, text
    for (qsizetype i = 0; i < in.setup.steps.size(); ++i)
        texts.append({QStringLiteral("setup.steps[%1]").arg(i), in.setup.steps.at(i)});
    if (o.redirectLoopback == LoopbackRedirect::None && !o.redirectPrivateUseScheme) {
        if (!in.setup.notes.isEmpty())
            texts.append({QStringLiteral("setup.notes"), in.setup.notes});
        for (const auto &[path, text] : std::as_const(texts))
            if (text.contains(QLatin1String("{{redirect_uri}}")))
                problems << path
                        + QStringLiteral(": asks to register {{redirect_uri}}, but oauth.redirect.loopback is none (no desktop "
                                         "redirect)");
        return problems; // prose about what the provider refuses may name any loopback URL
    }
    static const QRegularExpression loopbackUrl(QStringLiteral("http://(127\\.0\\.0\\.1|localhost|\\[::1\\])(?::(\\d+|\\*))?"));
    for (const auto &[path, text] : std::as_const(texts)) {
        if (!path.startsWith(QLatin1String("setup.steps")))
            continue;
        for (auto it = loopbackUrl.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString port = m.captured(2);
            if (m.captured(1) != o.redirectHost)
                problems << QStringLiteral("%1: %2 names %3, but Keyway listens on %4 (oauth.redirect.host)")
                                .arg(path, m.captured(0), m.captured(1), o.redirectHost);
            else if (!port.isEmpty() && port != QLatin1String("*")
                && (o.redirectLoopback != LoopbackRedirect::Exact || port.toInt() != o.redirectPort))
                problems << QStringLiteral("%1: %2: Keyway listens on %3; write {{redirect_uri}}")
                                .arg(path, m.captured(0),
                                    o.redirectLoopback == LoopbackRedirect::Exact ? QStringLiteral("port %1").arg(o.redirectPort)
                                                                                  : QStringLiteral("an ephemeral port"));
        }
    }
    return problems;
}

CredentialPlacement readPlacement(Reader &r, const QJsonObject &object, const QString &path)
{
    CredentialPlacement p;
    const QString in
        = r.oneOf(object, path, "in", true, {QStringLiteral("header"), QStringLiteral("query")}, QStringLiteral("header"));
    p.in = in == QLatin1String("query") ? CredentialPlacement::In::Query : CredentialPlacement::In::Header;
    p.name = r.matching(object, path, "name", true, kTokenPattern, QStringLiteral("a valid header or parameter name"), 128);
    if (object.contains(QStringLiteral("scheme"))) {
        p.scheme = r.string(object, path, "scheme", false, 0, 64);
        if (object.value(QStringLiteral("scheme")).isString() && !p.scheme.isEmpty() && r.verifying()
            && !re(kTokenPattern).match(p.scheme).hasMatch())
            r.error(Reader::join(path, QStringLiteral("scheme")),
                QStringLiteral("\"%1\" is not a valid scheme").arg(p.scheme.left(80)));
    } else if (p.in == CredentialPlacement::In::Query
        || p.name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) != 0) {
        p.scheme.clear(); // a scheme only makes sense as the Authorization header's prefix
    } else {
        p.scheme = QStringLiteral("Bearer");
    }
    if (object.contains(QStringLiteral("param"))) {
        // RFC 9110 §11.2: auth-param = token BWS "=" BWS ( token / quoted-string ), after the scheme.
        p.param = r.matching(object, path, "param", false, kTokenPattern, QStringLiteral("a valid parameter name"), 64);
        if (r.verifying()
            && (p.in != CredentialPlacement::In::Header || p.scheme.isEmpty() || !object.contains(QStringLiteral("scheme"))))
            r.error(Reader::join(path, QStringLiteral("param")),
                QStringLiteral("an auth-param goes after a scheme in a header: needs \"in\": \"header\" and a scheme"));
    }
    return p;
}

// tr() under the context lupdate records for these strings (a free tr() would be filed under the
// namespace and never found at run time).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(keyway::IntegrationLoader)
};

Error loadError(const QString &fileName, const QStringList &problems)
{
    return Error::make(QStringLiteral("invalid_integration"),
        Tr::tr("The integration file %1 is not valid: %2").arg(fileName, problems.value(0)), problems.join(QLatin1Char('\n')));
}

// The identity every file has: id, name, category, description, icon, docs; and whether it may use plain http.
void readIdentity(Reader &r, const QJsonObject &root, Integration &in)
{
    r.allowOnly(root, {},
        {"$schema", "id", "name", "category", "description", "icon", "docs", "auth_modes", "variables", "oauth", "api_key",
            "basic", "api", "unified_scopes", "setup", "embedded_provider", "allow_insecure_http", "aliases", "sources",
            "checked", "unsourced", "docs_elsewhere", "git", "listed"});
    r.string(root, {}, "$schema", false);
    in.id = r.matching(root, {}, "id", true, kIdPattern, QStringLiteral("a valid id (lower case letters, digits and -)"), 64);
    in.name = r.string(root, {}, "name", true, 1, 80);
    in.category = r.oneOf(root, {}, "category", true, Integration::knownCategories());
    in.description = r.string(root, {}, "description", true, 1, 300);
    in.icon = r.matching(root, {}, "icon", true, kIconPattern, QStringLiteral("an .svg file name"), 128);
    in.embeddedProvider = r.oneOf(root, {}, "embedded_provider", false, {QStringLiteral("sandbox")});
    in.listed = r.boolean(root, {}, "listed", true);
    // Read before any URL: it decides whether plain http to a non-loopback host is acceptable in this file.
    in.insecureHttpAllowed = r.boolean(root, {}, "allow_insecure_http", false);
    r.setAllowInsecureHttp(in.insecureHttpAllowed);
    in.docs = r.string(root, {}, "docs", true, 1);
    if (r.verifying() && root.value(QStringLiteral("docs")).isString() && !in.docs.isEmpty()) {
        if (in.docs.contains(QLatin1String("{{")) || !in.docs.startsWith(QLatin1String("https://"))
            || !TemplateExpander::checkUrl(in.docs).isNull())
            r.error(QStringLiteral("docs"), QStringLiteral("expected an https URL without templates"));
    }
}

// Sourced facts (issues 14, 22): the names people type, where each fact comes from and when it was checked.
void readSources(Reader &r, const QJsonObject &root, Integration &in)
{
    in.aliases = r.stringArray(root, {}, "aliases", true, textCheck(60));
    r.itemCount(root, {}, "aliases", 0, 24);
    in.unsourced = r.stringArray(root, {}, "unsourced", true, textCheck(300));
    r.itemCount(root, {}, "unsourced", 0, 20);
    // Where `sources` may also point: the provider's own pages on a domain it shares (github.com/ORG/).
    in.docsElsewhere = r.stringArray(root, {}, "docs_elsewhere", true, [](const QString &prefix) {
        return prefix.size() <= 300 && re("^https://[A-Za-z0-9.-]+/[^\\s{}]*$").match(prefix).hasMatch()
            ? QString()
            : QStringLiteral("\"%1\" is not an https URL prefix with a path (https://github.com/ORG/)").arg(prefix.left(80));
    });
    r.itemCount(root, {}, "docs_elsewhere", 1, 10);
    if (root.contains(QStringLiteral("sources"))) {
        if (!root.value(QStringLiteral("sources")).isArray()) {
            r.error(QStringLiteral("sources"), QStringLiteral("expected an array"));
        } else {
            r.itemCount(root, {}, "sources", 1, 40);
            const QJsonArray sources = root.value(QStringLiteral("sources")).toArray();
            for (qsizetype i = 0; i < sources.size(); ++i) {
                const QString path = QStringLiteral("sources[%1]").arg(i);
                if (!sources.at(i).isObject()) {
                    r.error(path, QStringLiteral("expected an object"));
                    continue;
                }
                const QJsonObject o = sources.at(i).toObject();
                r.allowOnly(o, path, {"url", "about"});
                SourceRef source;
                source.url = r.string(o, path, "url", true);
                if (r.verifying() && o.value(QStringLiteral("url")).isString()) {
                    const QString why = plainHttpsUrlCheck(source.url);
                    if (!why.isEmpty())
                        r.error(path + QStringLiteral(".url"), why);
                }
                source.about = r.string(o, path, "about", true);
                if (r.verifying() && o.value(QStringLiteral("about")).isString()) {
                    const QString why = textCheck(300)(source.about);
                    if (!why.isEmpty())
                        r.error(path + QStringLiteral(".about"), why);
                }
                in.sources << source;
            }
        }
    }
    const QString checked = r.string(root, {}, "checked", false);
    if (root.value(QStringLiteral("checked")).isString()) {
        in.checked = QDate::fromString(checked, Qt::ISODate);
        if ((r.verifying() && !re("^20[0-9]{2}-[01][0-9]-[0-3][0-9]$").match(checked).hasMatch()) || !in.checked.isValid()) {
            r.error(QStringLiteral("checked"), QStringLiteral("\"%1\" is not a date (YYYY-MM-DD)").arg(checked.left(80)));
            in.checked = QDate();
        }
    }
}

// git (issue 21): the hosts a forge serves repositories from and the user name it pairs with an OAuth token.
void readGit(Reader &r, const QJsonObject &root, Integration &in)
{
    bool gitPresent = false;
    const QJsonObject git = r.object(root, {}, "git", &gitPresent);
    if (gitPresent) {
        r.allowOnly(git, QStringLiteral("git"), {"hosts", "username"});
        if (!git.contains(QStringLiteral("hosts")))
            r.error(QStringLiteral("git.hosts"), QStringLiteral("missing required field"));
        // A host name as git sends it (no scheme, path, user or template), with ":port" when one is needed.
        in.git.hosts = r.stringArray(git, QStringLiteral("git"), "hosts", true, [](const QString &host) {
            return host.size() <= 259
                    && re("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[1-9][0-9]{0,4})?$")
                           .match(host)
                           .hasMatch()
                ? QString()
                : QStringLiteral("\"%1\" is not a lower-case host name (no scheme, path or template)").arg(host.left(80));
        });
        r.itemCount(git, QStringLiteral("git"), "hosts", 1, 10);
        in.git.username = r.matching(git, QStringLiteral("git"), "username", false, "^[A-Za-z0-9._-]{1,64}$",
            QStringLiteral("a user name (letters, digits, '.', '_', '-')"), 64);
    }
}

// The auth modes the integration offers, at least one.
void readAuthModes(Reader &r, const QJsonObject &root, Integration &in)
{
    bool modesPresent = false;
    const QStringList modes = r.stringArray(
        root, {}, "auth_modes", true,
        [](const QString &s) {
            return Integration::authModeFromString(s) ? QString()
                                                      : QStringLiteral("\"%1\" is not a known auth mode").arg(s.left(80));
        },
        &modesPresent);
    if (!root.contains(QStringLiteral("auth_modes")))
        r.error(QStringLiteral("auth_modes"), QStringLiteral("missing required field"));
    else if (modesPresent && root.value(QStringLiteral("auth_modes")).toArray().isEmpty())
        r.error(QStringLiteral("auth_modes"), QStringLiteral("list at least one auth mode"));
    for (const QString &m : modes) {
        if (const std::optional<AuthMode> mode = Integration::authModeFromString(m))
            in.authModes << *mode;
    }
}

// The user-supplied template variables; returns the names declared, for the template check.
QSet<QString> readVariables(Reader &r, const QJsonObject &root, Integration &in)
{
    QSet<QString> declared;
    if (root.contains(QStringLiteral("variables"))) {
        if (!root.value(QStringLiteral("variables")).isArray()) {
            r.error(QStringLiteral("variables"), QStringLiteral("expected an array"));
        } else {
            const QJsonArray vars = root.value(QStringLiteral("variables")).toArray();
            for (qsizetype i = 0; i < vars.size(); ++i) {
                const QString path = QStringLiteral("variables[%1]").arg(i);
                if (!vars.at(i).isObject()) {
                    r.error(path, QStringLiteral("expected an object"));
                    continue;
                }
                const QJsonObject o = vars.at(i).toObject();
                r.allowOnly(o, path, {"name", "label", "pattern", "example", "description", "default", "optional"});
                TemplateVariable v;
                v.name = r.matching(o, path, "name", true, kTemplateNamePattern,
                    QStringLiteral("a valid name (lower case letters, digits and _)"), 64);
                if (v.name == QLatin1String("redirect_uri"))
                    r.error(path + QStringLiteral(".name"), QStringLiteral("redirect_uri is reserved"));
                v.label = r.string(o, path, "label", true, 1, 80);
                v.pattern = r.string(o, path, "pattern", true, 1, 512);
                v.example = r.string(o, path, "example", false, 0, 256);
                v.description = r.string(o, path, "description", false, 0, 300);
                v.defaultValue = r.string(o, path, "default", false, 0, 256);
                v.optional = r.boolean(o, path, "optional", false);
                if (r.verifying() && o.value(QStringLiteral("pattern")).isString()) {
                    const QRegularExpression pattern = variablePattern(v.pattern);
                    if (!v.pattern.startsWith(QLatin1Char('^')) || !v.pattern.endsWith(QLatin1Char('$')))
                        r.error(path + QStringLiteral(".pattern"), QStringLiteral("must be anchored with ^ and $"));
                    else if (!pattern.isValid())
                        r.error(path + QStringLiteral(".pattern"),
                            QStringLiteral("not a valid regular expression: %1").arg(pattern.errorString()));
                    else if (!v.defaultValue.isEmpty() && !pattern.match(v.defaultValue).hasMatch())
                        r.error(path + QStringLiteral(".default"), QStringLiteral("does not match the pattern"));
                }
                if (!v.name.isEmpty() && declared.contains(v.name))
                    r.error(path + QStringLiteral(".name"), QStringLiteral("%1 is declared twice").arg(v.name));
                declared.insert(v.name);
                in.variables << v;
            }
        }
    }
    return declared;
}

// oauth: the endpoints, given or discovered, and the issuer (templated for multi-tenant providers).
void readOAuthEndpoints(Reader &r, const QJsonObject &oauth, const QString &p, OAuthSettings &o)
{
    r.allowOnly(oauth, p,
        {"authorization_url", "token_url", "revocation_url", "introspection_url", "userinfo_url", "device_authorization_url",
            "jwks_url", "issuer", "discovery_url", "scopes", "scope_separator", "scope_param", "pkce", "public_client_id",
            "client_auth", "assertion_audience", "authorization_params", "token_params", "client_credentials", "token_response",
            "response_values", "refresh_token", "redirect", "openid", "issuer_claims", "refresh_url", "client_types",
            "access_token_lifetime_seconds", "assertion_lifetime_seconds", "client_id_param", "token_request", "dpop", "par",
            "par_url", "client_certificate_required", "authorization_details", "registered_client"});
    o.authorizationUrl = r.url(oauth, p, "authorization_url");
    o.tokenUrl = r.url(oauth, p, "token_url");
    o.refreshUrl = r.url(oauth, p, "refresh_url");
    o.revocationUrl = r.url(oauth, p, "revocation_url");
    o.introspectionUrl = r.url(oauth, p, "introspection_url");
    o.userinfoUrl = r.url(oauth, p, "userinfo_url");
    o.deviceAuthorizationUrl = r.url(oauth, p, "device_authorization_url");
    o.jwksUrl = r.url(oauth, p, "jwks_url");
    o.discoveryUrl = r.url(oauth, p, "discovery_url");
    // OpenID Connect Core §3.1.3.7 step 2 with an issuer published as a template (Microsoft's multi-tenant
    // "https://login.microsoftonline.com/{tenantid}/v2.0"): each {placeholder} is filled from the ID token
    // claim named here, then the issuer is compared exactly. "iss" itself would make the check vacuous.
    o.issuerClaims = r.stringMap(oauth, p, "issuer_claims", placeholderNameCheck, [](const QString &claim) {
        if (!re("^[A-Za-z_][A-Za-z0-9_]*$").match(claim).hasMatch() || claim.size() > 128)
            return QStringLiteral("\"%1\" is not a valid claim name (letters, digits and _)").arg(claim.left(80));
        return claim == QLatin1String("iss") ? QStringLiteral("the issuer cannot be filled from its own iss claim") : QString();
    });
    // The {placeholders} are not part of the URL syntax: the issuer is checked with each one filled in.
    QJsonObject issuerProbe = oauth;
    if (oauth.value(QStringLiteral("issuer")).isString()) {
        QString probe = oauth.value(QStringLiteral("issuer")).toString();
        for (auto it = o.issuerClaims.cbegin(); it != o.issuerClaims.cend(); ++it)
            probe.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), QStringLiteral("x"));
        issuerProbe.insert(QStringLiteral("issuer"), probe);
    }
    if (!r.url(issuerProbe, p, "issuer").isEmpty())
        o.issuer = oauth.value(QStringLiteral("issuer")).toString();
    if (!o.issuerClaims.isEmpty() && !oauth.contains(QStringLiteral("token_url"))
        && !oauth.contains(QStringLiteral("discovery_url")))
        r.error(p + QStringLiteral(".issuer"),
            QStringLiteral("a templated issuer has no metadata URL of its own; give token_url or discovery_url"));
    if (oauth.contains(QStringLiteral("issuer_claims")) && oauth.value(QStringLiteral("issuer_claims")).isObject()) {
        if (!oauth.value(QStringLiteral("issuer")).isString())
            r.error(p + QStringLiteral(".issuer_claims"), QStringLiteral("needs an issuer holding the {placeholders} it fills"));
        else if (oauth.value(QStringLiteral("issuer_claims")).toObject().isEmpty())
            r.error(p + QStringLiteral(".issuer_claims"), QStringLiteral("is empty; leave it out instead"));
        for (auto it = o.issuerClaims.cbegin(); it != o.issuerClaims.cend(); ++it) {
            if (!o.issuer.isEmpty() && !o.issuer.contains(QLatin1Char('{') + it.key() + QLatin1Char('}')))
                r.error(p + QStringLiteral(".issuer_claims.") + it.key(),
                    QStringLiteral("{%1} does not appear in the issuer").arg(it.key()));
        }
    }
    if (!oauth.contains(QStringLiteral("token_url")) && !oauth.contains(QStringLiteral("discovery_url"))
        && !oauth.contains(QStringLiteral("issuer")))
        r.error(p, QStringLiteral("needs token_url, or an issuer or discovery_url to discover it"));
}

// oauth: what Keyway sends — scopes, PKCE, client id and authentication, extra parameters, client credentials.
void readOAuthRequests(Reader &r, const QJsonObject &oauth, const QString &p, OAuthSettings &o)
{
    o.scopes = r.stringArray(oauth, p, "scopes", true, scopeCheck);
    o.scopeSeparator
        = r.oneOf(oauth, p, "scope_separator", false, {QStringLiteral(" "), QStringLiteral(",")}, QStringLiteral(" "));
    if (oauth.contains(QStringLiteral("scope_param")))
        o.scopeParam
            = r.matching(oauth, p, "scope_param", false, kTemplateNamePattern, QStringLiteral("a valid parameter name"), 64);
    o.pkce = r.boolean(oauth, p, "pkce", true);
    o.dpop = r.boolean(oauth, p, "dpop", false);
    o.par = r.boolean(oauth, p, "par", false);
    o.pushedAuthorizationUrl = r.url(oauth, p, "par_url");
    if (oauth.contains(QStringLiteral("authorization_details"))) {
        const QJsonValue details = oauth.value(QStringLiteral("authorization_details"));
        if (const QString why = AuthorizationDetails::problem(details); !why.isEmpty())
            r.error(Reader::join(p, QStringLiteral("authorization_details")), why);
        else
            o.authorizationDetails = details.toArray();
    }
    if (oauth.contains(QStringLiteral("client_id_param"))) {
        o.clientIdParam
            = r.matching(oauth, p, "client_id_param", false, kTemplateNamePattern, QStringLiteral("a valid parameter name"), 64);
        // Another protocol parameter (or a secret's name) under this name would be overwritten by the client id.
        const QString why = r.verifying() ? clientIdParamCheck(o.clientIdParam) : QString();
        if (!why.isEmpty())
            r.error(p + QStringLiteral(".client_id_param"), why);
        if (o.clientIdParam.isEmpty() || !why.isEmpty())
            o.clientIdParam = QStringLiteral("client_id");
    }
    const QString tqPath = p + QStringLiteral(".token_request");
    const QJsonObject tokenRequest = r.object(oauth, p, "token_request");
    r.allowOnly(tokenRequest, tqPath, {"format"});
    o.tokenRequestFormat
        = r.oneOf(tokenRequest, tqPath, "format", false, {QStringLiteral("form"), QStringLiteral("json")}, QStringLiteral("form"))
            == QLatin1String("json")
        ? TokenRequestFormat::Json
        : TokenRequestFormat::Form;
    o.publicClientId = r.string(oauth, p, "public_client_id", false, 1);
    // RFC 7591: a client Keyway registered (keyway integrations add --register). A public one stands in when the user
    // names no client, as a published public client does.
    if (oauth.contains(QLatin1String("registered_client"))) {
        const QString rp = p + QStringLiteral(".registered_client");
        const QJsonObject registered = r.object(oauth, p, "registered_client");
        r.allowOnly(registered, rp, {"client_id", "configuration_url", "confidential"});
        OAuthSettings::RegisteredClient c;
        c.clientId = r.string(registered, rp, "client_id", true, 1, 256);
        c.configurationUrl = r.url(registered, rp, "configuration_url");
        c.confidential = r.boolean(registered, rp, "confidential", false);
        if (!c.confidential && o.publicClientId.isEmpty())
            o.publicClientId = c.clientId;
        o.registeredClient = c;
    }
    const QString clientAuth = r.oneOf(oauth, p, "client_auth", false,
        {QStringLiteral("client_secret_basic"), QStringLiteral("client_secret_post"), QStringLiteral("none"),
            QStringLiteral("private_key_jwt"), QStringLiteral("tls_client_auth"), QStringLiteral("self_signed_tls_client_auth")},
        QStringLiteral("client_secret_basic"));
    o.clientAuth = *Integration::clientAuthFromString(clientAuth);
    o.clientCertificateRequired = r.boolean(oauth, p, "client_certificate_required", false);
    o.assertionAudience = r.string(oauth, p, "assertion_audience", false, 1);
    // Issue 15.7: the protocol's own parameters are Keyway's to set, never a file's.
    const auto paramKey = [](bool authorizationRequest) {
        return [authorizationRequest](const QString &k) {
            if (k.isEmpty() || k.size() > 128)
                return QStringLiteral("a parameter name must have 1 to 128 characters");
            const QString reserved = Integration::reservedParamReason(k, authorizationRequest);
            return reserved.isEmpty() ? credentialNameCheck(k, false) : reserved;
        };
    };
    const auto anyKey = paramKey(false);
    o.authorizationParams = r.stringMap(oauth, p, "authorization_params", paramKey(true), headerValueCheck);
    o.tokenParams = r.stringMap(oauth, p, "token_params", anyKey, headerValueCheck);

    const QString ccPath = p + QStringLiteral(".client_credentials");
    const QJsonObject cc = r.object(oauth, p, "client_credentials");
    r.allowOnly(cc, ccPath, {"scopes", "token_params"});
    bool ccScopes = false;
    const QStringList scopes = r.stringArray(cc, ccPath, "scopes", true, scopeCheck, &ccScopes);
    if (ccScopes)
        o.clientCredentialsScopes = scopes;
    o.clientCredentialsTokenParams = r.stringMap(cc, ccPath, "token_params", anyKey, headerValueCheck);
}

// oauth: where the token response keeps each value, and the non-secret values kept from it (declared as
// template names).
void readTokenResponse(Reader &r, const QJsonObject &oauth, const QString &p, OAuthSettings &o, QSet<QString> &declared)
{
    const QString trPath = p + QStringLiteral(".token_response");
    const QJsonObject tokenResponse = r.object(oauth, p, "token_response");
    r.allowOnly(tokenResponse, trPath,
        {"format", "access_token", "refresh_token", "expires_in", "refresh_token_expires_in", "expires_at",
            "refresh_token_expires_at", "id_token", "scope", "token_type"});
    TokenResponsePaths &t = o.tokenResponse;
    t.format = r.oneOf(tokenResponse, trPath, "format", false, {QStringLiteral("json"), QStringLiteral("form")},
                   QStringLiteral("json"))
            == QLatin1String("form")
        ? TokenResponsePaths::Format::Form
        : TokenResponsePaths::Format::Json;
    const auto path = [&](const char *key, QString *target) {
        if (!tokenResponse.contains(QString::fromLatin1(key)))
            return;
        const QString s = r.string(tokenResponse, trPath, key, false);
        const QString why = r.verifying() ? responsePathCheck(s) : QString();
        if (!tokenResponse.value(QString::fromLatin1(key)).isString())
            return;
        if (!why.isEmpty())
            r.error(trPath + QLatin1Char('.') + QString::fromLatin1(key), why);
        else
            *target = s;
    };
    path("access_token", &t.accessToken);
    path("refresh_token", &t.refreshToken);
    path("expires_in", &t.expiresIn);
    path("refresh_token_expires_in", &t.refreshTokenExpiresIn);
    path("expires_at", &t.expiresAt);
    path("refresh_token_expires_at", &t.refreshTokenExpiresAt);
    path("id_token", &t.idToken);
    path("scope", &t.scope);
    path("token_type", &t.tokenType);

    o.responseValues = r.stringMap(oauth, p, "response_values", templateNameCheck, responsePathCheck);
    for (auto it = o.responseValues.cbegin(); it != o.responseValues.cend(); ++it) {
        // Response values end up in URLs stored with the connection: never a token.
        const QString last = it.value().section(QLatin1Char('.'), -1);
        if ((r.verifying() && !credentialNameCheck(last, false).isEmpty()) || it.value() == t.accessToken
            || it.value() == t.refreshToken || it.value() == t.idToken)
            r.error(p + QStringLiteral(".response_values.") + it.key(),
                QStringLiteral("\"%1\" names a credential; response values must not be secret").arg(it.value().left(80)));
        if (declared.contains(it.key()))
            r.error(p + QStringLiteral(".response_values.") + it.key(), QStringLiteral("%1 is also a variable").arg(it.key()));
        if (it.key() == QLatin1String("redirect_uri"))
            r.error(p + QStringLiteral(".response_values.") + it.key(), QStringLiteral("redirect_uri is reserved"));
        declared.insert(it.key());
    }
}

// oauth: how the provider treats refresh tokens (rotation, reuse detection, lifetimes) and token lifetimes.
void readLifetimes(Reader &r, const QJsonObject &oauth, const QString &p, OAuthSettings &o)
{
    const QString rtPath = p + QStringLiteral(".refresh_token");
    const QJsonObject refresh = r.object(oauth, p, "refresh_token");
    r.allowOnly(refresh, rtPath,
        {"rotates", "expires", "reuse_detection", "reuse_grace_seconds", "idle_lifetime_seconds", "absolute_lifetime_seconds",
            "use_extends_lifetime"});
    if (refresh.contains(QStringLiteral("rotates")))
        o.refreshRotates = r.boolean(refresh, rtPath, "rotates", false);
    o.refreshExpires = r.boolean(refresh, rtPath, "expires", false);
    const auto optionalBool = [&](const char *key) -> std::optional<bool> {
        if (!refresh.contains(QString::fromLatin1(key)))
            return std::nullopt;
        const bool value = r.boolean(refresh, rtPath, key, false);
        return refresh.value(QString::fromLatin1(key)).isBool() ? std::optional<bool>(value) : std::nullopt;
    };
    constexpr qint64 kTenYears = 315360000;
    o.refreshReuseDetection = optionalBool("reuse_detection");
    o.refreshReuseGraceSeconds = r.integer(refresh, rtPath, "reuse_grace_seconds", 0, 31536000);
    o.refreshIdleLifetimeSeconds = r.integer(refresh, rtPath, "idle_lifetime_seconds", 1, kTenYears);
    o.refreshAbsoluteLifetimeSeconds = r.integer(refresh, rtPath, "absolute_lifetime_seconds", 1, kTenYears);
    o.refreshUseExtendsLifetime = optionalBool("use_extends_lifetime");
    o.accessTokenLifetimeSeconds = r.integer(oauth, p, "access_token_lifetime_seconds", 1, kTenYears);
    o.assertionLifetimeSeconds = r.integer(oauth, p, "assertion_lifetime_seconds", 1, 3600);
}

// oauth: the client types the provider allows for a desktop app.
void readClientTypes(Reader &r, const QJsonObject &oauth, const QString &p, OAuthSettings &o)
{
    bool typesPresent = false;
    const QStringList types = r.stringArray(
        oauth, p, "client_types", true,
        [](const QString &t) {
            return Integration::clientTypeFromString(t)
                ? QString()
                : QStringLiteral("\"%1\" is not one of: public, confidential").arg(t.left(80));
        },
        &typesPresent);
    if (typesPresent)
        r.itemCount(oauth, p, "client_types", 1, 2);
    for (const QString &t : types)
        if (const std::optional<ClientType> type = Integration::clientTypeFromString(t))
            o.clientTypes << *type;
}

// oauth: how the provider matches the redirect URI (RFC 8252 §7.3 loopback, exact port, private-use scheme).
void readRedirect(Reader &r, const QJsonObject &oauth, const QString &p, OAuthSettings &o)
{
    const QString rdPath = p + QStringLiteral(".redirect");
    const QJsonObject redirect = r.object(oauth, p, "redirect");
    r.allowOnly(redirect, rdPath, {"host", "port", "path", "loopback", "private_use_scheme", "alternative"});
    o.redirectHost = r.oneOf(redirect, rdPath, "host", false,
        {QStringLiteral("127.0.0.1"), QStringLiteral("[::1]"), QStringLiteral("localhost")}, QStringLiteral("127.0.0.1"));
    if (redirect.contains(QStringLiteral("port"))) {
        const QJsonValue port = redirect.value(QStringLiteral("port"));
        const double d = port.toDouble(-1);
        // Range first: casting a double outside int's range is undefined behaviour.
        if (!port.isDouble() || !(d >= 0 && d <= 65535) || std::floor(d) != d)
            r.error(rdPath + QStringLiteral(".port"), QStringLiteral("expected a whole number from 0 to 65535"));
        else
            o.redirectPort = static_cast<quint16>(d);
    }
    if (redirect.contains(QStringLiteral("path")))
        o.redirectPath
            = r.matching(redirect, rdPath, "path", false, kRedirectPathPattern, QStringLiteral("a path starting with /"), 256);
    const QString loopback = r.oneOf(
        redirect, rdPath, "loopback", false, {QStringLiteral("any_port"), QStringLiteral("exact"), QStringLiteral("none")});
    o.redirectLoopback = Integration::loopbackRedirectFromString(loopback).value_or(
        o.redirectPort != 0 ? LoopbackRedirect::Exact : LoopbackRedirect::AnyPort);
    // An exact match needs the fixed port the user registers (schema: exact requires port >= 1).
    if (o.redirectLoopback == LoopbackRedirect::Exact && o.redirectPort == 0)
        r.error(rdPath + QStringLiteral(".port"), QStringLiteral("loopback exact needs a fixed port from 1 to 65535"));
    o.redirectPrivateUseScheme = r.boolean(redirect, rdPath, "private_use_scheme", false);
    o.redirectAlternative = r.string(redirect, rdPath, "alternative", false, 1, 300);
    if (r.verifying() && o.redirectAlternative.contains(re("[\\x00-\\x1f\\x7f]")))
        r.error(rdPath + QStringLiteral(".alternative"), QStringLiteral("cannot contain control characters"));
}

// oauth, in the steps above, then what the auth modes require of it.
void readOAuth(Reader &r, const QJsonObject &root, Integration &in, QSet<QString> &declared)
{
    const QJsonObject oauth = r.object(root, {}, "oauth", &in.hasOAuth);
    if (in.hasOAuth) {
        const QString p = QStringLiteral("oauth");
        OAuthSettings &o = in.oauth;
        readOAuthEndpoints(r, oauth, p, o);
        readOAuthRequests(r, oauth, p, o);
        readTokenResponse(r, oauth, p, o, declared);
        readLifetimes(r, oauth, p, o);
        readClientTypes(r, oauth, p, o);
        readRedirect(r, oauth, p, o);
        o.openid = r.boolean(oauth, p, "openid", false);
        o.allowInsecureHttp = in.insecureHttpAllowed;

        // Conditional endpoints: the flow must be able to find the endpoint it needs.
        const bool discoverable = !o.discoveryUrl.isEmpty() || !o.issuer.isEmpty();
        if (in.supports(AuthMode::AuthorizationCode) && o.authorizationUrl.isEmpty() && !discoverable)
            r.error(p, QStringLiteral("oauth2_authorization_code needs authorization_url (or an issuer to discover it)"));
        if (in.supports(AuthMode::DeviceCode) && o.deviceAuthorizationUrl.isEmpty() && !discoverable)
            r.error(p, QStringLiteral("device_code needs device_authorization_url (or an issuer to discover it)"));
    }
    if (in.usesOAuth() && !root.contains(QStringLiteral("oauth")))
        r.error(QStringLiteral("oauth"), QStringLiteral("missing: required by the OAuth auth modes listed"));
}

// api_key: where an API key goes.
void readApiKey(Reader &r, const QJsonObject &root, Integration &in)
{
    const QJsonObject apiKey = r.object(root, {}, "api_key", &in.hasApiKey);
    if (in.hasApiKey) {
        r.allowOnly(apiKey, QStringLiteral("api_key"), {"in", "name", "scheme", "param", "label"});
        in.apiKey.placement = readPlacement(r, apiKey, QStringLiteral("api_key"));
        in.apiKey.label = r.string(apiKey, QStringLiteral("api_key"), "label", true, 1, 80);
    }
    if (in.supports(AuthMode::ApiKey) && !root.contains(QStringLiteral("api_key")))
        r.error(QStringLiteral("api_key"), QStringLiteral("missing: required by the api_key auth mode"));
}

// basic: the labels of the user name and password.
void readBasic(Reader &r, const QJsonObject &root, Integration &in)
{
    const QJsonObject basic = r.object(root, {}, "basic", &in.hasBasic);
    if (in.hasBasic) {
        const QString p = QStringLiteral("basic");
        r.allowOnly(basic, p, {"username_label", "password_label", "password_optional"});
        in.basic.usernameLabel = r.string(basic, p, "username_label", false, 1, 80);
        in.basic.passwordLabel = r.string(basic, p, "password_label", false, 1, 80);
        in.basic.passwordOptional = r.boolean(basic, p, "password_optional", false);
    }
    if (in.supports(AuthMode::Basic) && !root.contains(QStringLiteral("basic")))
        r.error(QStringLiteral("basic"), QStringLiteral("missing: required by the basic auth mode"));
}

// api: the base URL and origins the credential may go to, how it is attached, and the who-am-I call.
void readApi(Reader &r, const QJsonObject &root, Integration &in)
{
    const QJsonObject api = r.object(root, {}, "api");
    {
        const QString p = QStringLiteral("api");
        r.allowOnly(api, p, {"base_url", "origins", "auth", "headers", "sample_path", "whoami"});
        in.api.baseUrl = r.url(api, p, "base_url");
        in.api.origins = r.stringArray(api, p, "origins", true, originCheck);
        r.itemCount(api, p, "origins", 0, 20);
        in.api.samplePath = r.matching(api, p, "sample_path", false, "^/\\S*$", QStringLiteral("a path starting with /"), 256);
        bool hasAuth = false;
        const QJsonObject auth = r.object(api, p, "auth", &hasAuth);
        if (hasAuth) {
            r.allowOnly(auth, p + QStringLiteral(".auth"), {"in", "name", "scheme", "param"});
            in.api.auth = readPlacement(r, auth, p + QStringLiteral(".auth"));
        }
        in.api.headers = r.stringMap(
            api, p, "headers",
            [](const QString &k) {
                const QString why = headerNameCheck(k);
                return why.isEmpty() ? credentialNameCheck(k, true) : why;
            },
            headerValueCheck);
        bool hasWhoami = false;
        const QJsonObject whoami = r.object(api, p, "whoami", &hasWhoami);
        if (hasWhoami) {
            const QString wp = p + QStringLiteral(".whoami");
            r.allowOnly(whoami, wp, {"url", "method", "account_field"});
            in.api.whoamiUrl = r.url(whoami, wp, "url", true);
            in.api.whoamiMethod
                = r.oneOf(whoami, wp, "method", false, {QStringLiteral("GET"), QStringLiteral("POST")}, QStringLiteral("GET"));
            if (whoami.contains(QStringLiteral("account_field"))) {
                in.api.accountField = r.string(whoami, wp, "account_field", false);
                const QString why = r.verifying() ? responsePathCheck(in.api.accountField) : QString();
                if (whoami.value(QStringLiteral("account_field")).isString() && !why.isEmpty())
                    r.error(wp + QStringLiteral(".account_field"), why);
            }
        }
    }
}

// unified_scopes: Keyway's scope ids mapped to the provider's scopes.
void readUnifiedScopes(Reader &r, const QJsonObject &root, Integration &in)
{
    const QJsonObject unified = r.object(root, {}, "unified_scopes");
    for (auto it = unified.begin(); it != unified.end(); ++it) {
        const QString p = QStringLiteral("unified_scopes.") + it.key();
        if (r.verifying() && !templateNameCheck(it.key()).isEmpty()) {
            r.error(p, QStringLiteral("not a valid unified scope id"));
            continue;
        }
        bool present = false;
        const QStringList scopes = r.stringArray(
            unified, QStringLiteral("unified_scopes"), it.key().toLatin1().constData(), true, scopeCheck, &present);
        if (present && it.value().toArray().isEmpty())
            r.error(p, QStringLiteral("list at least one provider scope"));
        if (!scopes.isEmpty())
            in.unifiedScopes.insert(it.key(), scopes);
    }
}

// setup: the provider console and the steps to register a client.
void readSetup(Reader &r, const QJsonObject &root, Integration &in)
{
    const QJsonObject setup = r.object(root, {}, "setup");
    {
        const QString p = QStringLiteral("setup");
        r.allowOnly(setup, p, {"console_url", "steps", "notes"});
        in.setup.consoleUrl = r.url(setup, p, "console_url");
        in.setup.steps = r.stringArray(setup, p, "steps", false, [](const QString &s) {
            return s.isEmpty()   ? QStringLiteral("a step cannot be empty")
                : s.size() > 500 ? QStringLiteral("longer than 500 characters")
                                 : QString();
        });
        in.setup.notes = r.string(setup, p, "notes", false, 0, 2000);
    }
}

// Templates: every {{name}} must be declared; {{redirect_uri}} only in setup text.
void checkTemplates(Reader &r, const QJsonObject &root, const QSet<QString> &declared)
{
    std::function<void(const QJsonValue &, const QString &, bool)> check = [&](const QJsonValue &value, const QString &path,
                                                                               bool inSetup) {
        if (value.isString()) {
            for (const QString &name : TemplateExpander::templateNames(value.toString())) {
                if (name == QLatin1String("redirect_uri") && inSetup)
                    continue;
                if (!declared.contains(name))
                    r.error(path, QStringLiteral("template {{%1}} is not declared in variables or response_values").arg(name));
            }
        } else if (value.isArray()) {
            const QJsonArray a = value.toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                check(a.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), inSetup);
        } else if (value.isObject()) {
            const QJsonObject o = value.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                check(it.value(), Reader::join(path, it.key()), inSetup);
        }
    };
    for (auto it = root.begin(); it != root.end() && r.verifying(); ++it) {
        if (it.key() == QLatin1String("variables"))
            continue;
        check(it.value(), it.key(), it.key() == QLatin1String("setup"));
    }
}

// Issues 14 and 22: Keyway's own files name the pages each fact comes from and the day they were checked, say how
// the provider matches a loopback redirect (so Keyway listens where the browser will be sent), and never lift
// TLS. The user's own files need none of this.
void checkBuiltinRules(Reader &r, const QJsonObject &root, const Integration &in)
{
    if (!root.contains(QStringLiteral("sources")))
        r.error(QStringLiteral("sources"), QStringLiteral("missing: a built-in file names the pages its facts come from"));
    if (!root.contains(QStringLiteral("checked")))
        r.error(QStringLiteral("checked"), QStringLiteral("missing: the day the facts were checked against the sources"));
    const QJsonObject redirect = root.value(QStringLiteral("oauth")).toObject().value(QStringLiteral("redirect")).toObject();
    if (in.supports(AuthMode::AuthorizationCode) && !redirect.contains(QStringLiteral("loopback")))
        r.error(QStringLiteral("oauth.redirect.loopback"),
            QStringLiteral("missing: how the provider matches a loopback redirect (any_port, exact or none)"));
    if (root.contains(QStringLiteral("allow_insecure_http")))
        r.error(QStringLiteral("allow_insecure_http"), QStringLiteral("is the user's choice; a built-in file never sets it"));
    if (in.supports(AuthMode::AuthorizationCode) && redirect.contains(QStringLiteral("loopback"))) {
        for (const QString &problem : setupRedirectProblems(in)) {
            const qsizetype colon = problem.indexOf(QStringLiteral(": "));
            r.error(problem.left(colon), problem.mid(colon + 2));
        }
    }
}

} // namespace

Result<Integration> IntegrationLoader::parse(const QByteArray &json, const QString &fileName, FileKind kind)
{
    if (json.size() > MaxFileSize)
        return loadError(fileName, {fileName + QStringLiteral(": the file is larger than 1 MiB")});
    if (json.trimmed().isEmpty())
        return loadError(fileName, {fileName + QStringLiteral(": the file is empty")});

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return loadError(fileName,
            {fileName
                + QStringLiteral(": not valid JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset)});
    if (!doc.isObject())
        return loadError(fileName, {fileName + QStringLiteral(": expected a JSON object at the top level")});

    const QJsonObject root = doc.object();
    Reader r(fileName, kind != FileKind::VerifiedBuiltin);
    Integration in;
    in.document = root;

    readIdentity(r, root, in);
    readSources(r, root, in);
    readGit(r, root, in);
    readAuthModes(r, root, in);
    QSet<QString> declared = readVariables(r, root, in);
    readOAuth(r, root, in, declared);
    readApiKey(r, root, in);
    readBasic(r, root, in);
    readApi(r, root, in);
    readUnifiedScopes(r, root, in);
    readSetup(r, root, in);
    checkTemplates(r, root, declared);
    if (kind == FileKind::Builtin)
        checkBuiltinRules(r, root, in);

    if (!r.errors().isEmpty())
        return loadError(fileName, r.errors());
    return in;
}

Result<Integration> IntegrationLoader::loadFile(const QString &path, FileKind kind)
{
    const QString fileName = QFileInfo(path).fileName();
    // Issue 15.12: only a regular file (or a link to one). Opening a FIFO blocks until someone writes to it, and
    // a device or socket is no integration file either; refused before anything opens it.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Error::make(QStringLiteral("integration_unreadable"),
            Tr::tr("%1 is not a regular file, so it is not read as an integration file.").arg(fileName), path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(QStringLiteral("integration_unreadable"),
            Tr::tr("The integration file %1 cannot be read.").arg(fileName),
            QStringLiteral("%1: %2").arg(path, file.errorString()));
    }
    if (file.size() > MaxFileSize)
        return loadError(fileName, {fileName + QStringLiteral(": the file is larger than 1 MiB")});
    // As much as the file holds (a buffer of MaxFileSize for each of hundreds of small files costs more than
    // reading them); a file that reports no size (a pipe) is read up to the limit.
    const QByteArray bytes = file.read(file.size() > 0 ? file.size() + 1 : MaxFileSize + 1);
    Result<Integration> result = parse(bytes, fileName, kind);
    if (result.ok())
        result.value().source = path;
    return result;
}

} // namespace keyway
