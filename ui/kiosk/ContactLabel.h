#pragma once

#include "RosterRecords.h"

#include <QList>
#include <QString>

namespace kj {

// A family contact as the kiosk shows it to whoever stands there: the relation and the first name
// ("Istri/Suami — Siti"), never the rest of the name or the number. When two of the WBP's
// `contacts` would read the same, it adds the fewest last digits of the number (two or more) that
// tell them apart: "Anak — Dewi (…44)".
QString kioskContactLabel(const Contact &contact, const QList<Contact> &contacts);

} // namespace kj
