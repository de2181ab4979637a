#include "LineHistory.h"

#include "BookLines.h"
#include "Desk.h"
#include "Drafts.h"
#include "Format.h"
#include "Labels.h"
#include "SessionRecords.h"

#include <QHash>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace kj {

Result<QStringList> LineHistory::of(const Desk &desk, qint64 sessionId)
{
    auto events = SessionRecords(desk.logbook()).history(sessionId);
    if (!events)
        return events.error();
    QStringList lines;
    const Schedule &schedule = desk.schedule();
    for (const Event &e : std::as_const(*events)) {
        const QDateTime local = schedule.toLocal(e.atUtc());
        QStringList parts { u"#"_s + QString::number(e.seq),
            Format::shortDate(local.date()) + u' ' + Format::timeWithSeconds(local.time()),
            eventLabel(e.type) };
        if (e.station)
            parts.append(tr("station %1").arg(e.station));
        if (const QString text = details(e); !text.isEmpty())
            parts.append(text);
        parts.append(Labels::actor(desk, e.actor));
        lines.append(parts.join(u" · "_s));
    }
    return lines;
}

QString LineHistory::eventLabel(const QString &type)
{
    static const QHash<QString, const char *> labels = {
        { QString(EventType::SignedIn), QT_TR_NOOP("signed in") },
        { QString(EventType::Called), QT_TR_NOOP("called") },
        { QString(EventType::Recalled), QT_TR_NOOP("called again") },
        { QString(EventType::NoShow), QT_TR_NOOP("did not come") },
        { QString(EventType::NoAnswer), QT_TR_NOOP("family did not answer") },
        { QString(EventType::Cancelled), QT_TR_NOOP("cancelled") },
        { QString(EventType::CallStarted), QT_TR_NOOP("call started") },
        { QString(EventType::CallWarning), QT_TR_NOOP("last minute") },
        { QString(EventType::CallTimeUp), QT_TR_NOOP("time up") },
        { QString(EventType::CallExtended), QT_TR_NOOP("time added") },
        { QString(EventType::CallDropped), QT_TR_NOOP("connection dropped") },
        { QString(EventType::CallResumed), QT_TR_NOOP("call resumed") },
        { QString(EventType::CallEnded), QT_TR_NOOP("call ended") },
        { QString(EventType::CallRecovered), QT_TR_NOOP("found open after a restart") },
        { QString(EventType::Amended), QT_TR_NOOP("corrected") },
    };
    const char *label = labels.value(type);
    return label ? tr(label) : type;
}

QString LineHistory::details(const Event &e)
{
    const LineEvent said = LineEvent::read(e);
    QStringList parts;
    if (e.type == EventType::CallEnded) {
        parts.append(Labels::outcome(said.outcome));
        parts.append(Format::duration(said.durationMs / 1000));
        if (said.endedMs) {
            const QDateTime ended
                = QDateTime::fromMSecsSinceEpoch(said.endedMs, QTimeZone(e.utcOffsetMinutes * 60));
            parts.append(
                tr("ended at %1, recorded when the server answered again").arg(Format::time(ended.time())));
        }
    } else if (e.type == EventType::CallExtended) {
        parts.append(tr("+%1 min").arg(said.minutesAdded));
    } else if (e.type == EventType::NoAnswer && said.requeued) {
        parts.append(tr("back in the queue"));
    } else if (e.type == EventType::Amended) {
        parts.append(Labels::field(said.field) + u": "_s + BookLines::valueText(said.field, said.value));
    } else if (e.type == EventType::CallDropped) {
        parts.append(tr("%1 left").arg(Format::duration(said.leftMs / 1000)));
    } else if (e.type == EventType::CallRecovered && said.resumedAfterRestart) {
        parts.append(tr("resumed with %1 left").arg(Format::duration(said.leftMs / 1000)));
    }
    if (!said.reason.isEmpty())
        parts.append(said.reason);
    if (!said.other.isEmpty())
        parts.append(QString::fromUtf8(QJsonDocument(said.other).toJson(QJsonDocument::Compact)));
    return parts.join(u", "_s);
}

} // namespace kj
