// libFuzzer target: IntegrationLoader, which reads integration files - the built-in catalogue, and custom files
// a user drops into the config folder or imports from someone else. Then, for a file it accepts, the templates are
// expanded with the file's own example values, as connecting would. Checked besides memory safety: every error
// names the file, an accepted file has a well-formed id, and whatever the values, an expanded token URL is one
// Keyway may send credentials to (https, or http on loopback).
#include "catalog/IntegrationLoader.h"
#include "catalog/TemplateExpander.h"

#include "FuzzSupport.h"

#include <QRegularExpression>

using namespace keyway;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto loaded = IntegrationLoader::parse(bytes, QStringLiteral("fuzz.json"));
    if (!loaded) {
        KEYWAY_FUZZ_ASSERT(loaded.error().toString().contains(QLatin1String("fuzz.json")));
        return 0;
    }
    const Integration &integration = loaded.value();
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    KEYWAY_FUZZ_ASSERT(idPattern.match(integration.id).hasMatch());
    KEYWAY_FUZZ_ASSERT(!integration.authModes.isEmpty());

    const TemplateExpander expander(integration);
    QVariantMap values;
    for (const TemplateVariable &variable : integration.variables)
        values.insert(variable.name, variable.example);
    const auto resolved = expander.resolveValues(values);
    if (!resolved)
        return 0;
    if (integration.hasOAuth) {
        const auto oauth = expander.expandOAuth(integration.oauth, resolved.value());
        if (oauth && !oauth.value().tokenUrl.isEmpty())
            KEYWAY_FUZZ_ASSERT(TemplateExpander::checkUrl(oauth.value().tokenUrl).isNull());
        (void)expander.expandScopes(integration.oauth.scopes, resolved.value());
    }
    (void)expander.expandApi(integration.api, resolved.value());
    for (const QString &step : integration.setup.steps)
        (void)expander.expandSetupText(step, resolved.value(), QStringLiteral("http://127.0.0.1:4567/callback"));
    return 0;
}
