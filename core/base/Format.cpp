#include "Format.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace kj {

namespace {
bool indonesianStyle()
{
    return QLocale().language() == QLocale::Indonesian;
}
} // namespace

QString Format::date(QDate date)
{
    return QLocale().toString(date, u"dddd, d MMMM yyyy"_s);
}

QString Format::shortDate(QDate date)
{
    return date.toString(u"dd/MM/yyyy"_s);
}

QString Format::time(QTime time)
{
    return time.toString(indonesianStyle() ? u"HH.mm"_s : u"HH:mm"_s);
}

QString Format::timeWithSeconds(QTime time)
{
    return time.toString(indonesianStyle() ? u"HH.mm.ss"_s : u"HH:mm:ss"_s);
}

QString Format::timeRange(QTime from, QTime to)
{
    return Format::time(from) + u'\u2013' + Format::time(to);
}

QString Format::zoneAbbreviation(const QTimeZone &zone)
{
    static const QList<QByteArray> wib = { "Asia/Jakarta", "Asia/Pontianak" };
    static const QList<QByteArray> wita = { "Asia/Makassar", "Asia/Ujung_Pandang" };
    const QByteArray id = zone.id();
    if (wib.contains(id))
        return u"WIB"_s;
    if (wita.contains(id))
        return u"WITA"_s;
    if (id == "Asia/Jayapura")
        return u"WIT"_s;
    return zone.abbreviation(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC));
}

QString Format::duration(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    const qint64 rest = seconds % 60;
    if (minutes >= 60) // a time to an opening or closing: to the minute
        return minutes % 60 ? tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                            : tr("%1 h").arg(minutes / 60);
    if (minutes == 0)
        return tr("%1 s").arg(rest);
    if (rest == 0)
        return tr("%1 min").arg(minutes);
    return tr("%1 min %2 s").arg(minutes).arg(rest);
}

QString Format::countdown(qint64 ms)
{
    const qint64 seconds = (qMax<qint64>(ms, 0) + 999) / 1000;
    return u"%1:%2"_s.arg(seconds / 60, 2, 10, QChar(u'0')).arg(seconds % 60, 2, 10, QChar(u'0'));
}

QString Format::joinAnd(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return tr("%1 and %2").arg(items.mid(0, items.size() - 1).join(u", "_s), items.last());
}

} // namespace kj
