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

bool CopyRow::read(const char *data, int size, bool first)
{
    const char *p = data;
    const char *end = data + size;
    auto take = [&](qsizetype bytes) {
        const char *at = p;
        p += bytes;
        return p <= end ? at : nullptr;
    };
    if (first) {
        static constexpr char signature[] = "PGCOPY\n\377\r\n"; // and a zero byte
        const char *header = take(19);
        if (!header || std::memcmp(header, signature, sizeof signature) != 0)
            return false;
        const qint32 extension = qFromBigEndian<qint32>(header + 15);
        if (extension < 0 || !take(extension))
            return false;
    }
    const char *count = take(2);
    if (!count)
        return false;
    const qint16 fields = qFromBigEndian<qint16>(count);
    m_trailer = fields == -1;
    m_fields.clear();
    for (qint16 i = 0; i < fields; ++i) {
        const char *length = take(4);
        if (!length)
            return false;
        const qint32 bytes = qFromBigEndian<qint32>(length);
        if (bytes == -1) {
            m_fields.emplace_back();
            continue;
        }
        const char *value = bytes >= 0 ? take(bytes) : nullptr;
        if (!value)
            return false;
        m_fields.emplace_back(value, bytes);
    }
    return p == end && fields >= -1;
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
