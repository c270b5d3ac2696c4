#pragma once

#include <QString>
#include <QStringList>

namespace keyway {

// Extra CA certificates that Keyway trusts on top of the system's: a corporate TLS-inspecting proxy's root, or a
// private CA in front of a provider. They are added to QSslConfiguration's default, so every request made through
// any QNetworkAccessManager afterwards checks against them. Nothing here (or anywhere in Keyway) ignores a
// certificate error: a certificate that does not chain to a trusted CA, has expired or names another host is
// refused; this only widens what is trusted, on the user's explicit say.
//
// Where the list comes from: the "tls/extraCaFiles" setting (the window's Settings dialog writes it) and
// KEYWAY_CA_CERTIFICATES, paths separated by ':' (for the command line and CI).
namespace TlsConfig {

QStringList configuredCaFiles();
// Adds the PEM certificates found in `files`; returns the files that could not be read or held none.
QStringList addCaCertificates(const QStringList &files);
// configuredCaFiles() applied; returns the unreadable ones.
QStringList applyConfigured();

} // namespace TlsConfig

} // namespace keyway
