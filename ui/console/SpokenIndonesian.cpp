#include "SpokenIndonesian.h"

#include <QRegularExpression>
#include <QStringList>

#include <array>

using namespace Qt::StringLiterals;

namespace kj::SpokenIndonesian {

namespace {

const std::array<QString, 10> &units()
{
    static const std::array<QString, 10> words = { u"nol"_s, u"satu"_s, u"dua"_s, u"tiga"_s, u"empat"_s,
        u"lima"_s, u"enam"_s, u"tujuh"_s, u"delapan"_s, u"sembilan"_s };
    return words;
}

// 1..999, without "nol".
QString belowThousand(int n)
{
    QStringList parts;
    const int hundreds = n / 100;
    const int rest = n % 100;
    if (hundreds == 1)
        parts.append(u"seratus"_s);
    else if (hundreds > 1)
        parts.append(units()[hundreds] + u" ratus"_s);
    if (rest == 10) {
        parts.append(u"sepuluh"_s);
    } else if (rest == 11) {
        parts.append(u"sebelas"_s);
    } else if (rest > 11 && rest < 20) {
        parts.append(units()[rest - 10] + u" belas"_s);
    } else if (rest >= 20) {
        parts.append(units()[rest / 10] + u" puluh"_s);
        if (rest % 10)
            parts.append(units()[rest % 10]);
    } else if (rest > 0) {
        parts.append(units()[rest]);
    }
    return parts.join(u' ');
}

} // namespace

QString number(qint64 value)
{
    if (value == 0)
        return units()[0];
    if (value < 0)
        return u"minus "_s + number(-value);
    static const std::array<QString, 5> scales
        = { QString(), u"ribu"_s, u"juta"_s, u"miliar"_s, u"triliun"_s };
    QStringList parts;
    int scale = 0;
    while (value > 0 && scale < int(scales.size())) {
        const int group = int(value % 1000);
        value /= 1000;
        if (group > 0) {
            QString words;
            if (scale == 1 && group == 1)
                words = u"seribu"_s;
            else
                words = belowThousand(group) + (scale ? u" "_s + scales[scale] : QString());
            parts.prepend(words);
        }
        ++scale;
    }
    return parts.join(u' ');
}

QString digits(const QString &text)
{
    QStringList words;
    for (const QChar c : text) {
        if (c.isDigit())
            words.append(units()[c.digitValue()]);
        else if (c.isLetter())
            words.append(QString(c));
    }
    return words.join(u' ');
}

QString name(const QString &text)
{
    if (!text.contains(QRegularExpression(u"\\d"_s)))
        return text.simplified(); // a named station ("Mawar") is said as written
    QStringList words;
    QString run;
    auto flush = [&] {
        if (!run.isEmpty())
            words.append(number(run.toLongLong()));
        run.clear();
    };
    for (const QChar c : text.trimmed()) {
        if (c.isDigit() && run.size() < 12) {
            run.append(c);
            continue;
        }
        flush();
        if (c.isLetter())
            words.append(QString(c));
    }
    flush();
    return words.join(u' ');
}

QString call(const QString &ticketLabel, const QString &wbpName, const QString &cell, const QString &station)
{
    const QString who = wbpName.simplified();
    return u"Nomor antrian "_s + digits(ticketLabel) + (who.isEmpty() ? QString() : u", "_s + who)
        + u", kamar "_s + name(cell) + u", silakan ke bilik "_s + name(station);
}

} // namespace kj::SpokenIndonesian
