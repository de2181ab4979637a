#include "Outcome.h"

namespace kj {

QStringList Outcome::all()
{
    return { Completed, EndedEarly, Stopped, Interrupted, NoShow, NoAnswer, Cancelled };
}

bool Outcome::isServed(QStringView outcome)
{
    return outcome == Completed || outcome == EndedEarly || outcome == Stopped || outcome == Interrupted;
}

} // namespace kj
