// Precompiled into every test: Catch2 plus readable printing of Qt values in failed assertions.
#pragma once

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QRect>
#include <QString>
#include <QStringList>

namespace Catch {
template<> struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template<> struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &b) { return '"' + b.toStdString() + '"'; }
};
template<> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &l)
    {
        return "[" + l.join(QLatin1String(", ")).toStdString() + "]";
    }
};
template<> struct StringMaker<QDateTime>
{
    static std::string convert(const QDateTime &d) { return d.toString(Qt::ISODateWithMs).toStdString(); }
};
template<> struct StringMaker<QRect>
{
    static std::string convert(const QRect &r)
    {
        return std::to_string(r.width()) + "×" + std::to_string(r.height()) + " at " + std::to_string(r.x())
            + "," + std::to_string(r.y());
    }
};
template<> struct StringMaker<QDate>
{
    static std::string convert(const QDate &d) { return d.toString(Qt::ISODate).toStdString(); }
};
} // namespace Catch
