#pragma once

#include "core/ApiRequest.h"

#include <QString>

namespace keyway {

// Writes a request as a curl command line (POSIX shell quoting) for "Copy as cURL".
namespace CurlCommand {
QString build(const QByteArray &method, const QString &url, const HeaderList &headers, const QByteArray &body);
QString shellQuote(const QString &text);
} // namespace CurlCommand

} // namespace keyway
