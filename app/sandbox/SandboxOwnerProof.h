#pragma once

// Proof that a Keyway Sandbox answering on a loopback port is this user's, and serves this user's store (issues
// 15.12 and 17). Anyone on the machine can bind the sandbox's fixed port first and answer its discovery
// document; Keyway would then run sign-ins against that server, and `keyway sandbox fault` would change a store
// the server never reads. So a sandbox answers GET /_sandbox/owner?challenge=C with HMAC-SHA256(secret, C), the
// secret being 32 random bytes kept in its store (SandboxStore::ownerSecret: a file only this user can read), and
// a Keyway uses a sandbox it did not start only when the answer checks out against its own store's secret.
// Another user's sandbox, a program that is no sandbox, or this user's sandbox working from another data folder
// (another XDG_DATA_HOME) all fail the check.

#include <QByteArray>

namespace keyway::SandboxOwnerProof {

constexpr int kMaxChallenge = 128;

// The hex HMAC of `challenge` under `secret`; empty when either is empty.
QByteArray answer(const QByteArray &secret, const QByteArray &challenge);
// Whether `proof` is the answer to `challenge` under `secret` (compared in constant time).
bool verify(const QByteArray &secret, const QByteArray &challenge, const QByteArray &proof);
// A fresh random challenge (32 hex digits).
QByteArray challenge();

} // namespace keyway::SandboxOwnerProof
