#pragma once

#include "common/Error.h"

#include <optional>
#include <utility>

namespace keyway {

// Either a value or an Error. Used where a function has something to return; functions that only succeed or
// fail return Error (null on success).
template <typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    } // implicit on purpose: a function returning Result<T> returns its T, or an Error, as is
    Result(Error error)
        : m_error(std::move(error))
    {
    } // implicit too

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace keyway
