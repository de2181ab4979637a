#pragma once

#include <QString>

namespace kj {

// Indonesian words for what the hall speaker says; spoken text, so never translated.
namespace SpokenIndonesian {
// 12 → "dua belas", 100 → "seratus", 1000 → "seribu", -5 → "minus lima".
QString number(qint64 value);
// Each digit as a word, letters kept: "A-007" → "A nol nol tujuh".
QString digits(const QString &text);
// A cell or station name: its numbers in words and its letters spelt ("12" → "dua belas",
// "12A" → "dua belas A"); a name without digits as written ("Mawar").
QString name(const QString &text);
// "Nomor antrian A nol nol tujuh, Budi Santoso, kamar dua belas, silakan ke bilik dua"; without a
// name, "Nomor antrian A nol nol tujuh, kamar dua belas, silakan ke bilik dua".
QString call(const QString &ticketLabel, const QString &wbpName, const QString &cell, const QString &station);
} // namespace SpokenIndonesian

} // namespace kj
