#pragma once

#include "Result.h"

#include <QString>

namespace kj {

// Normalises a phone number as people write it to E.164 ("+6281234567890").
//
// Indonesian: "08…", "628…", "+62 8…", "(0291) 591008", with spaces, dashes, dots and
// parentheses. Mobile numbers are +628 and 8–11 more digits; other Indonesian numbers (landlines)
// have 8–12 digits after +62. A bare "8…" is read as a mobile number whose leading 0 a
// spreadsheet dropped (Excel does this to a numeric column). Any other number needs 0, 62 or +.
// International: "+<country><number>", 8–15 digits in all, kept as its digits.
//
// Reason keys: phone-empty, phone-invalid-character, phone-missing-prefix,
// phone-zero-after-country-code, phone-too-short, phone-too-long.
Result<QString> normalisePhone(const QString &text);

// A normalised number for screens and print, showing only its last 4 digits:
// "+62 •••• 7890" (Indonesian), "+•••• 7890" (other countries). The length is hidden too.
QString maskPhone(const QString &e164);

} // namespace kj
