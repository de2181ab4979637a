#include "Libpq.h"

#include <QtEndian>

#include <cstring>

using namespace Qt::StringLiterals;

namespace kj::libpq {

QByteArray conninfo(const StoreLocation &location, const char *applicationName, bool withTimeout)
{
    QByteArray info;
    auto add = [&info](const QByteArray &key, const QString &value) {
        if (value.isEmpty())
            return;
        QByteArray quoted = value.toUtf8();
        quoted.replace('\\', "\\\\").replace('\'', "\\'");
        info += key + "='" + quoted + "' ";
    };
    add("host", location.host);
    add("port", location.port > 0 ? QString::number(location.port) : QString());
    add("user", location.user);
    add("dbname", location.database);
    bool named = false;
    for (const QString &option : location.options.split(u';', Qt::SkipEmptyParts)) {
        const QString key = option.section(u'=', 0, 0);
        if (key == u"connect_timeout" && !withTimeout)
            continue;
        named = named || key == u"application_name";
        add(key.toUtf8(), option.section(u'=', 1));
    }
    if (!named)
        add("application_name", QString::fromLatin1(applicationName));
    return info;
}

bool CopyRow::read(const char *data, int size)
{
    const char *p = data;
    const char *const end = data + size;
    auto take = [&](qint64 bytes) -> const char * {
        if (bytes < 0 || bytes > end - p)
            return nullptr;
        const char *at = p;
        p += bytes;
        return at;
    };
    m_kind = Kind::None;
    m_fields.clear();
    if (!m_header) {
        static constexpr char signature[] = "PGCOPY\n\377\r\n"; // and a zero byte
        const char *header = take(19);
        if (!header || std::memcmp(header, signature, sizeof signature) != 0)
            return false;
        // Bits 16 to 31 of the flags mark what a reader must not pass over (OIDs among them).
        if ((qFromBigEndian<quint32>(header + 11) >> 16) != 0 || !take(qFromBigEndian<qint32>(header + 15)))
            return false;
        m_header = true;
        if (p == end)
            return true; // the header alone
    }
    const char *count = take(2);
    if (!count)
        return false;
    const qint16 fields = qFromBigEndian<qint16>(count);
    if (fields == -1) {
        m_kind = Kind::Trailer;
        return p == end;
    }
    for (qint16 i = 0; i < fields; ++i) {
        const char *length = take(4);
        if (!length)
            return false;
        const qint32 bytes = qFromBigEndian<qint32>(length);
        if (bytes == -1) {
            m_fields.emplace_back();
            continue;
        }
        const char *value = take(bytes);
        if (!value)
            return false;
        m_fields.emplace_back(value, bytes);
    }
    m_kind = Kind::Row;
    return fields >= 0 && p == end;
}

qint64 CopyRow::integer(int column) const
{
    const QByteArrayView value = m_fields[size_t(column)];
    switch (value.size()) {
    case 8:
        return qFromBigEndian<qint64>(value.data());
    case 4:
        return qFromBigEndian<qint32>(value.data());
    case 2:
        return qFromBigEndian<qint16>(value.data());
    default:
        return 0; // NULL
    }
}

QString CopyRow::text(int column) const
{
    return QString::fromUtf8(m_fields[size_t(column)]);
}

QByteArray CopyRow::bytes(int column) const
{
    return m_fields[size_t(column)].toByteArray();
}

} // namespace kj::libpq
