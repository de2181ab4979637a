#pragma once

#include <QString>

namespace kj {

// Words as people type them, compared by their letters and digits only, case-folded:
// "No. Registrasi" and "no registrasi", "Istri/Suami" and "istrisuami" are the same key.
QString foldedKey(QStringView text);

} // namespace kj
