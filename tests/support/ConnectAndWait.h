#pragma once

// Runs a connect through the façade to its end, for tests that are not built on ServiceFixture.
#include "ResultChecks.h"
#include "core/ConnectAttempt.h"
#include "core/ConnectionService.h"

#include <QObject>
#include <QTest>

#include <functional>
#include <optional>

namespace keyway::test {

// The new connection's id, or why the connect failed (test_timeout when it did not end in time). `during` sees
// the attempt before the wait (to cancel it, or to watch its signals).
inline Result<QString> connectAndWait(ConnectionService &service, const ConnectRequest &request, int timeoutMs = 60000,
    const std::function<void(ConnectAttempt *)> &during = {})
{
    ConnectAttempt *attempt = service.connectIntegration(request);
    QObject context; // ends the connections below when this call returns
    std::optional<Result<QString>> outcome;
    QObject::connect(attempt, &ConnectAttempt::succeeded, &context, [&](const QString &id) { outcome = id; });
    QObject::connect(attempt, &ConnectAttempt::failed, &context, [&](const Error &e) { outcome = e; });
    if (during)
        during(attempt);
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, timeoutMs))
        return Error::make(QStringLiteral("test_timeout"), QStringLiteral("the connect did not end in time"));
    return *outcome;
}

} // namespace keyway::test
