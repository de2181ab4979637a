#include "CallTimer.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

constexpr qint64 msPerMinute = 60'000;

// The part of [from, to] that lies inside [lo, hi]; 0 when a wall jump made it inside out.
qint64 overlapMs(const QDateTime &from, const QDateTime &to, const QDateTime &lo, const QDateTime &hi)
{
    const QDateTime a = std::max(from, lo);
    const QDateTime b = std::min(to, hi);
    return std::max<qint64>(0, a.msecsTo(b));
}

} // namespace

Result<void> CallLimits::validate() const
{
    if (defaultMinutes < 1 || defaultMinutes > 30)
        return Error::invalid(u"default-length-out-of-range"_s,
            tr("The default call length must be between 1 and 30 minutes, not %1.").arg(defaultMinutes));
    if (maxMinutes < defaultMinutes || maxMinutes > 60)
        return Error::invalid(u"max-length-out-of-range"_s,
            tr("The maximum call length must be between the default length (%1 minutes) "
               "and 60 minutes, not %2.")
                .arg(defaultMinutes)
                .arg(maxMinutes));
    const int longestWarning = defaultMinutes * 60 - 1;
    if (warningSeconds < 10 || warningSeconds > longestWarning)
        return Error::invalid(u"warning-out-of-range"_s,
            tr("The warning must come between 10 and %1 seconds before the end, not %2.")
                .arg(longestWarning)
                .arg(warningSeconds));
    return {};
}

CallTimer::CallTimer(CallLimits limits)
    : m_limits(std::move(limits))
{ }

Result<CallTimer> CallTimer::restore(const CallRecord &record, const QDateTime &nowUtc, qint64 nowMonoMs)
{
    if (auto valid = record.limits.validate(); !valid)
        return valid.error();
    if (!record.startedUtc.isValid() || !nowUtc.isValid())
        return Error::invalid(
            u"record-start-missing"_s, tr("The call cannot be resumed: its start time is missing."));
    for (const CallExtension &extension : record.extensions) {
        if (extension.minutes < 1)
            return Error::invalid(u"record-extension-invalid"_s,
                tr("The call cannot be resumed: it has an extension of %1 minutes.").arg(extension.minutes));
    }

    // Wall instants are comparable across processes; monotonic readings are not.
    const QDateTime &start = record.startedUtc;
    const QDateTime now = std::max(nowUtc, start);
    qint64 closedPausesMs = 0;
    std::optional<qint64> openPauseMs;
    for (qsizetype i = 0; i < record.pauses.size(); ++i) {
        const CallPause &pause = record.pauses.at(i);
        const bool open = pause.toUtc.isNull();
        if (!pause.fromUtc.isValid() || (open && i != record.pauses.size() - 1)
            || (!open && !pause.toUtc.isValid()))
            return Error::invalid(u"record-pause-invalid"_s,
                tr("The call cannot be resumed: a dropped line has no valid times."));
        const qint64 ms = overlapMs(pause.fromUtc, open ? now : pause.toUtc, start, now);
        if (open)
            openPauseMs = ms;
        else
            closedPausesMs += ms;
    }
    const qint64 elapsedMs = start.msecsTo(now);
    const qint64 activeMs = std::max<qint64>(0, elapsedMs - closedPausesMs - openPauseMs.value_or(0));

    CallTimer timer(record.limits);
    timer.m_extensions = record.extensions;
    timer.m_started = true;
    timer.m_closedPausesMs = closedPausesMs;
    timer.m_startMs = nowMonoMs - activeMs - closedPausesMs - openPauseMs.value_or(0);
    timer.m_paused = openPauseMs.has_value();
    timer.m_pausedSinceMs = nowMonoMs - openPauseMs.value_or(0);
    timer.m_lastEventMs = nowMonoMs;
    for (CallThreshold threshold : { CallThreshold::Warning, CallThreshold::TimeUp }) {
        if (timer.signedRemainingMs(nowMonoMs) <= timer.levelMs(threshold))
            timer.state(threshold) = { true, std::nullopt, true };
    }
    return timer;
}

Result<void> CallTimer::start(qint64 monoMs)
{
    if (m_started)
        return Error::refused(u"already-started"_s, tr("The call has already started."));
    if (auto valid = m_limits.validate(); !valid)
        return valid;
    m_started = true;
    m_startMs = monoMs;
    m_lastEventMs = monoMs;
    return {};
}

Result<void> CallTimer::extend(int minutes, const QString &reason, qint64 monoMs)
{
    if (auto open = checkOpen(); !open)
        return open;
    if (auto forward = checkMovingForward(monoMs); !forward)
        return forward;
    if (minutes < 1)
        return Error::invalid(u"extension-too-short"_s, tr("An extension must be at least one minute."));
    if (reason.trimmed().isEmpty())
        return Error::invalid(u"extension-reason-missing"_s, tr("Please give a reason for the extension."));
    if (minutes > extensionMinutesLeft())
        return Error::refused(u"extension-beyond-maximum"_s,
            tr("A call may last at most %1 minutes; only %2 more minutes can be added.")
                .arg(m_limits.maxMinutes)
                .arg(extensionMinutesLeft()));

    noteReached(monoMs);
    m_extensions.append({ minutes, reason.trimmed() });
    m_lastEventMs = monoMs;
    // Re-arm what the extension moved back into the future, so the officer is warned again.
    const qint64 remaining = signedRemainingMs(monoMs);
    for (CallThreshold threshold : { CallThreshold::Warning, CallThreshold::TimeUp }) {
        if (remaining > levelMs(threshold))
            state(threshold) = {};
    }
    return {};
}

Result<void> CallTimer::pause(qint64 monoMs)
{
    if (auto open = checkOpen(); !open)
        return open;
    if (auto forward = checkMovingForward(monoMs); !forward)
        return forward;
    if (m_paused)
        return Error::refused(u"already-paused"_s, tr("The call is already paused."));
    noteReached(monoMs);
    m_paused = true;
    m_pausedSinceMs = monoMs;
    m_lastEventMs = monoMs;
    return {};
}

Result<void> CallTimer::resume(qint64 monoMs)
{
    if (auto open = checkOpen(); !open)
        return open;
    if (auto forward = checkMovingForward(monoMs); !forward)
        return forward;
    if (!m_paused)
        return Error::refused(u"not-paused"_s, tr("The call is not paused."));
    m_closedPausesMs += monoMs - m_pausedSinceMs;
    m_paused = false;
    m_lastEventMs = monoMs;
    return {};
}

Result<void> CallTimer::end(qint64 monoMs)
{
    if (auto open = checkOpen(); !open)
        return open;
    if (auto forward = checkMovingForward(monoMs); !forward)
        return forward;
    noteReached(monoMs);
    if (m_paused) {
        m_closedPausesMs += monoMs - m_pausedSinceMs;
        m_paused = false;
    }
    m_ended = true;
    m_endMs = monoMs;
    m_lastEventMs = monoMs;
    return {};
}

CallCrossings CallTimer::poll(qint64 monoMs)
{
    CallCrossings crossings;
    if (!m_started || m_ended)
        return crossings;
    noteReached(monoMs);
    for (CallThreshold threshold : { CallThreshold::Warning, CallThreshold::TimeUp }) {
        ThresholdState &s = state(threshold);
        if (!s.reached || s.reported)
            continue;
        s.reported = true;
        // reachedAtMs is known for every threshold reached in this process.
        (threshold == CallThreshold::Warning ? crossings.warningAtMs : crossings.timeUpAtMs) = s.reachedAtMs;
    }
    return crossings;
}

std::optional<qint64> CallTimer::nextThresholdAtMs(qint64 monoMs) const
{
    if (!isRunning())
        return std::nullopt;
    std::optional<qint64> next;
    for (CallThreshold threshold : { CallThreshold::Warning, CallThreshold::TimeUp }) {
        if (state(threshold).reported)
            continue;
        const std::optional<qint64> instant = thresholdAtMs(threshold, monoMs);
        if (instant && (!next || *instant < *next))
            next = instant;
    }
    return next;
}

std::optional<qint64> CallTimer::msUntilNextThreshold(qint64 monoMs) const
{
    const std::optional<qint64> next = nextThresholdAtMs(monoMs);
    if (!next)
        return std::nullopt;
    return std::max<qint64>(0, *next - at(monoMs));
}

std::optional<qint64> CallTimer::thresholdAtMs(CallThreshold threshold, qint64 monoMs) const
{
    const ThresholdState &s = state(threshold);
    if (s.reached)
        return s.reachedAtMs;
    if (!isRunning())
        return std::nullopt;
    // While running, time left falls one millisecond per millisecond from now on.
    const qint64 now = at(monoMs);
    return now + signedRemainingMs(now) - levelMs(threshold);
}

CallPhase CallTimer::phase(qint64 monoMs) const
{
    if (!m_started)
        return CallPhase::NotStarted;
    if (m_ended)
        return CallPhase::Ended;
    if (m_paused)
        return CallPhase::Paused;
    const qint64 remaining = signedRemainingMs(monoMs);
    if (remaining <= 0)
        return CallPhase::TimeUp;
    if (remaining <= levelMs(CallThreshold::Warning))
        return CallPhase::Warning;
    return CallPhase::Running;
}

bool CallTimer::isTimeUp(qint64 monoMs) const
{
    return m_started && signedRemainingMs(monoMs) <= 0;
}

qint64 CallTimer::allowedMs() const
{
    return (qint64(m_limits.defaultMinutes) + extendedMinutes()) * msPerMinute;
}

qint64 CallTimer::activeMs(qint64 monoMs) const
{
    if (!m_started)
        return 0;
    const qint64 now = at(monoMs);
    return now - m_startMs - pausedTotalMs(now);
}

qint64 CallTimer::remainingMs(qint64 monoMs) const
{
    return std::max<qint64>(0, signedRemainingMs(monoMs));
}

qint64 CallTimer::overrunMs(qint64 monoMs) const
{
    if (!m_started)
        return 0;
    return std::max<qint64>(0, -signedRemainingMs(monoMs));
}

qint64 CallTimer::pausedTotalMs(qint64 monoMs) const
{
    return m_closedPausesMs + (m_paused ? at(monoMs) - m_pausedSinceMs : 0);
}

int CallTimer::extendedMinutes() const
{
    int minutes = 0;
    for (const CallExtension &extension : m_extensions)
        minutes += extension.minutes;
    return minutes;
}

int CallTimer::extensionMinutesLeft() const
{
    return std::max(0, m_limits.maxMinutes - m_limits.defaultMinutes - extendedMinutes());
}

// The instant a read-out is taken at: frozen at the end, and never before the last operation.
qint64 CallTimer::at(qint64 monoMs) const
{
    if (m_ended)
        return m_endMs;
    return std::max(monoMs, m_lastEventMs);
}

qint64 CallTimer::signedRemainingMs(qint64 monoMs) const
{
    return allowedMs() - activeMs(monoMs);
}

qint64 CallTimer::levelMs(CallThreshold threshold) const
{
    return threshold == CallThreshold::Warning ? qint64(m_limits.warningSeconds) * 1000 : 0;
}

Result<void> CallTimer::checkMovingForward(qint64 monoMs) const
{
    if (monoMs < m_lastEventMs)
        return Error::invalid(
            u"time-went-backwards"_s, tr("The clock reading is earlier than the last change of this call."));
    return {};
}

Result<void> CallTimer::checkOpen() const
{
    if (!m_started)
        return Error::refused(u"not-started"_s, tr("The call has not started yet."));
    if (m_ended)
        return Error::refused(u"call-ended"_s, tr("The call has already ended."));
    return {};
}

// Records when a running stretch (from the last operation up to monoMs) passed a threshold.
// Called before every change of state, so a crossing always lies in the stretch just ended.
void CallTimer::noteReached(qint64 monoMs)
{
    if (!isRunning())
        return;
    const qint64 now = at(monoMs);
    const qint64 remaining = signedRemainingMs(now);
    for (CallThreshold threshold : { CallThreshold::Warning, CallThreshold::TimeUp }) {
        ThresholdState &s = state(threshold);
        if (!s.reached && remaining <= levelMs(threshold)) {
            s.reached = true;
            s.reachedAtMs = now + remaining - levelMs(threshold);
        }
    }
}

CallTimer::ThresholdState &CallTimer::state(CallThreshold threshold)
{
    return m_thresholds[threshold == CallThreshold::Warning ? 0 : 1];
}

const CallTimer::ThresholdState &CallTimer::state(CallThreshold threshold) const
{
    return m_thresholds[threshold == CallThreshold::Warning ? 0 : 1];
}

} // namespace kj
