#pragma once

// Reads one integration file into an Integration, checking everything schema.json states (required fields,
// types, enums, patterns, URL schemes, conditional sections) plus what a schema cannot: variable patterns
// compile, defaults match them, every {{template}} is declared. Errors name the file and the field:
// "github.json: oauth.token_url: expected a string". Never throws; bad input of any size or shape gives an Error.

#include "catalog/Integration.h"
#include "common/Result.h"

#include <QByteArray>

namespace keyway {

class IntegrationLoader
{
public:
    static constexpr qint64 MaxFileSize = 1024 * 1024;

    // `fileName` only names the file in messages ("github.json").
    static Result<Integration> parse(const QByteArray &json, const QString &fileName);
    // Reads and parses a file (a path or a Qt resource); sets Integration::source to `path`.
    static Result<Integration> loadFile(const QString &path);
};

} // namespace keyway
