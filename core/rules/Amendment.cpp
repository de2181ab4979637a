#include "Amendment.h"

namespace kj {

QStringList Amendment::fields()
{
    return { Outcome, Contact, Station, Note, Duration, Started, Ended };
}

std::optional<double> Amendment::minutes(const QString &value)
{
    bool number = false;
    const double minutes = QString(value).replace(u',', u'.').trimmed().toDouble(&number);
    if (!number || !(minutes >= 0 && minutes <= 24 * 60)) // also refuses "nan"
        return std::nullopt;
    return minutes;
}

} // namespace kj
