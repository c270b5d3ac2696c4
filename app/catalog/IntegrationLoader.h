#pragma once

// Reads one integration file into an Integration, checking everything schema.json states (required fields,
// types, enums, patterns, URL schemes, conditional sections) plus what a schema cannot: variable patterns
// compile, defaults match them, every {{template}} is declared. Errors name the file and the field:
// "github.json: oauth.token_url: expected a string". Never throws; bad input of any size or shape gives an Error.
// Built-in files compiled into Keyway are checked once, when Keyway is built (keyway-catalog-check), and then
// read without the checks at every start.

#include "catalog/Integration.h"
#include "common/Result.h"

#include <QByteArray>

namespace keyway {

class IntegrationLoader
{
public:
    static constexpr qint64 MaxFileSize = 1024 * 1024;

    // Who wrote a file decides how it is read.
    enum class FileKind {
        Custom, // the user's (added, imported, or in a folder given on the command line): every check
        Builtin, // one of Keyway's own files, checked as at build time
        VerifiedBuiltin, // compiled into this binary after keyway-catalog-check passed it at build time: read
                         // without checking again (catalogue load time at every start, issue 22)
    };

    // `fileName` only names the file in messages ("github.json").
    static Result<Integration> parse(const QByteArray &json, const QString &fileName, FileKind kind = FileKind::Custom);
    // Reads and parses a file (a path or a Qt resource); sets Integration::source to `path`.
    static Result<Integration> loadFile(const QString &path, FileKind kind = FileKind::Custom);
};

} // namespace keyway
