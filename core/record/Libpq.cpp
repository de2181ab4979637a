#include "Libpq.h"

#include <QtEndian>

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

qint64 Cursor::integer(int column) const
{
    const char *value = PQgetvalue(m_result, m_row, column);
    switch (PQgetlength(m_result, m_row, column)) {
    case 8:
        return qFromBigEndian<qint64>(value);
    case 4:
        return qFromBigEndian<qint32>(value);
    case 2:
        return qFromBigEndian<qint16>(value);
    default:
        return 0; // NULL
    }
}

QString Cursor::text(int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
}

QByteArray Cursor::bytes(int column) const
{
    return QByteArray(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
}

} // namespace kj::libpq
