#pragma once

// Checking a Result<T> in a test: the failure says what went wrong, not just that something did.
#include "common/Result.h"

#include <QString>
#include <QTest>

namespace keyway::test {

// The value, or "error CODE: message" — readable in a QCOMPARE's failure output.
inline QString describe(const Result<QString> &result)
{
    return result ? result.value() : QStringLiteral("error %1: %2").arg(result.error().code, result.error().toString());
}

// The error's code, or "(succeeded)" when there was no error.
template <typename T> QString failureCode(const Result<T> &result)
{
    return result ? QStringLiteral("(succeeded)") : result.error().code;
}

} // namespace keyway::test

// Fails the test, with the error, unless the Result holds a value.
#define KEYWAY_VERIFY_RESULT(expression)                                                                                         \
    do {                                                                                                                         \
        const auto &keywayResult_ = (expression);                                                                                \
        QVERIFY2(keywayResult_.ok(),                                                                                             \
            qPrintable(QStringLiteral("error %1: %2").arg(keywayResult_.error().code, keywayResult_.error().toString())));       \
    } while (false)

// Fails the test, with the error, unless the Error-returning expression succeeded (returned a null Error).
#define KEYWAY_VERIFY_NO_ERROR(expression)                                                                                       \
    do {                                                                                                                         \
        const keyway::Error keywayError_ = (expression);                                                                         \
        QVERIFY2(                                                                                                                \
            keywayError_.isNull(), qPrintable(QStringLiteral("error %1: %2").arg(keywayError_.code, keywayError_.toString())));  \
    } while (false)
