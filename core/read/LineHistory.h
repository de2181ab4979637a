#pragma once

#include "Event.h"
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace kj {

class Desk;

// A line of the visiting book told in words, event by event: when, what happened, the outcome
// and length, minutes added, the correction, and who did it.
class LineHistory
{
    Q_DECLARE_TR_FUNCTIONS(LineHistory)

public:
    static Result<QStringList> of(const Desk &desk, qint64 sessionId);
    // What happened, as people say it ("dipanggil", "waktu habis" …); the key for other kinds.
    static QString eventLabel(const QString &type);
    // The event's particulars in words; empty when it has none.
    static QString details(const Event &event);
};

} // namespace kj
