#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace kj {

// What kind of failure; decides the CLI exit code (design §5) and how the UI presents it.
enum class ErrorKind {
    InvalidInput, // the input is wrong; nothing changed (exit 2)
    Refused, // a rule of the service says no, with a reason (exit 5)
    Integrity, // the record does not verify (exit 3)
    Database, // locked, full, read-only, corrupt (exit 4)
};

int exitCodeFor(ErrorKind kind);

// A failure as a value: a stable reason key for code and tests, a translated message for people,
// and a developer detail for logs.
struct Error
{
    ErrorKind kind = ErrorKind::InvalidInput;
    QString reason; // stable key, e.g. "already-waiting"
    QString message; // one line, in the UI language (Indonesian by default)
    QString detail = {}; // for developers and logs; may be empty

    static Error invalid(QString reason, QString message, QString detail = {})
    {
        return { ErrorKind::InvalidInput, std::move(reason), std::move(message), std::move(detail) };
    }
    static Error refused(QString reason, QString message, QString detail = {})
    {
        return { ErrorKind::Refused, std::move(reason), std::move(message), std::move(detail) };
    }
    static Error integrity(QString reason, QString message, QString detail = {})
    {
        return { ErrorKind::Integrity, std::move(reason), std::move(message), std::move(detail) };
    }
};

// Either a value or an Error. Core never throws across its boundary and never shows a dialog.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    { }
    Result(Error error)
        : m_data(std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    // The value of a failure (or the error of a success) is a bug, asserted; never an exception
    // (the core throws nothing, so std::get's bad_variant_access is not used).
    const T &value() const &
    {
        Q_ASSERT(ok());
        return *std::get_if<0>(&m_data);
    }
    T &value() &
    {
        Q_ASSERT(ok());
        return *std::get_if<0>(&m_data);
    }
    T &&value() && { return std::move(value()); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const Error &error() const
    {
        Q_ASSERT(!ok());
        return *std::get_if<1>(&m_data);
    }
    // The value, or the fallback on failure: for a view that shows nothing rather than an error
    // and reads again at its next refresh.
    T valueOr(T fallback) const & { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    { }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace kj
