#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace kj {

// The call-length policy one timer runs under; the Schedule owns the stored settings.
struct CallLimits
{
    Q_DECLARE_TR_FUNCTIONS(CallLimits)

public:
    // The published standard's longest call ("durasi video call maksimal 10 menit").
    static constexpr int publishedMaxMinutes = 10;

    int defaultMinutes = 5;
    int maxMinutes = 10;
    int warningSeconds = 60;
    QString maxReason = {}; // why the maximum is above the published one (empty when it is not)

    // Default 1–30 min, maximum from the default to 60 min, warning from 10 s to the default
    // length less one second (so a fresh call never starts inside its warning).
    Result<void> validate() const;
};

// Minutes added to one call, with the officer's reason.
struct CallExtension
{
    int minutes = 0;
    QString reason;
};

// A dropped line as the logbook stores it, in wall-clock UTC; toUtc is null while still dropped.
struct CallPause
{
    QDateTime fromUtc;
    QDateTime toUtc;
};

// What the logbook keeps of an open call, enough to rebuild its timer in a new process.
struct CallRecord
{
    QDateTime startedUtc;
    QList<CallExtension> extensions;
    QList<CallPause> pauses;
    CallLimits limits;
};

// Paused and Ended win over Warning and TimeUp; CallTimer::isTimeUp() answers regardless.
enum class CallPhase { NotStarted, Running, Warning, TimeUp, Paused, Ended };

enum class CallThreshold { Warning, TimeUp };

// What poll() saw reached since the previous poll, with the monotonic instant each was reached.
struct CallCrossings
{
    std::optional<qint64> warningAtMs;
    std::optional<qint64> timeUpAtMs;
    bool any() const { return warningAtMs || timeUpAtMs; }
};

// The countdown of one call at one station, computed from monotonic readings the caller passes in
// (never from counted ticks, never from the wall clock), so a changed PC time cannot move it.
//
// Readings earlier than the last operation are read as that operation's instant; operations
// given such a reading are refused ("time-went-backwards").
//
// Thresholds: each is reported once by poll(). An extension that lifts the time left back above
// a threshold re-arms it, so the officer is warned again before the new end.
class CallTimer
{
    Q_DECLARE_TR_FUNCTIONS(CallTimer)

public:
    explicit CallTimer(CallLimits limits = {});

    // Rebuilds an open call after a restart from its wall-clock record: the active time up to
    // nowUtc is carried onto the new monotonic clock, so the time left is what the old process
    // would show. A nowUtc before the start (wall clock set back) counts as no time elapsed, and
    // parts of pauses outside start..nowUtc are ignored. Thresholds already passed count as
    // reported, since the old process reported them; see isTimeUp(). Extensions in the record are
    // taken as history even if they exceed today's maximum.
    static Result<CallTimer> restore(const CallRecord &record, const QDateTime &nowUtc, qint64 nowMonoMs);

    Result<void> start(qint64 monoMs);
    Result<void> extend(int minutes, const QString &reason, qint64 monoMs);
    Result<void> pause(qint64 monoMs);
    Result<void> resume(qint64 monoMs);
    // Ending while paused closes the pause at the same instant.
    Result<void> end(qint64 monoMs);

    // Thresholds reached and not yet reported; nothing once the call has ended.
    CallCrossings poll(qint64 monoMs);
    // When the next unreported threshold is (or was) reached; none while paused, ended or done.
    std::optional<qint64> nextThresholdAtMs(qint64 monoMs) const;
    // Milliseconds until nextThresholdAtMs, 0 if it is already due: when a UI should poll next.
    std::optional<qint64> msUntilNextThreshold(qint64 monoMs) const;
    // When a threshold was or will be reached; unknown while paused (it depends on the resume),
    // before the start, and for a threshold already passed when the timer was restored.
    std::optional<qint64> thresholdAtMs(CallThreshold threshold, qint64 monoMs) const;

    CallPhase phase(qint64 monoMs) const;
    bool isStarted() const { return m_started; }
    bool isEnded() const { return m_ended; }
    bool isPaused() const { return m_paused; }
    // Time used up, whether running, paused or ended.
    bool isTimeUp(qint64 monoMs) const;

    qint64 allowedMs() const;
    qint64 activeMs(qint64 monoMs) const;
    qint64 remainingMs(qint64 monoMs) const; // never below 0
    qint64 overrunMs(qint64 monoMs) const; // time used beyond the allowed length, 0 if none
    qint64 pausedTotalMs(qint64 monoMs) const; // including a pause still going on

    const CallLimits &limits() const { return m_limits; }
    const QList<CallExtension> &extensions() const { return m_extensions; }
    int extendedMinutes() const;
    // How many more minutes an extension may add before the maximum length is reached.
    int extensionMinutesLeft() const;

private:
    struct ThresholdState
    {
        bool reached = false;
        std::optional<qint64> reachedAtMs;
        bool reported = false;
    };

    qint64 at(qint64 monoMs) const;
    qint64 signedRemainingMs(qint64 monoMs) const;
    qint64 levelMs(CallThreshold threshold) const;
    bool isRunning() const { return m_started && !m_ended && !m_paused; }
    Result<void> checkMovingForward(qint64 monoMs) const;
    Result<void> checkOpen() const;
    void noteReached(qint64 monoMs);
    ThresholdState &state(CallThreshold threshold);
    const ThresholdState &state(CallThreshold threshold) const;

    CallLimits m_limits;
    QList<CallExtension> m_extensions;
    bool m_started = false;
    bool m_ended = false;
    bool m_paused = false;
    qint64 m_startMs = 0;
    qint64 m_endMs = 0;
    qint64 m_pausedSinceMs = 0;
    qint64 m_closedPausesMs = 0;
    qint64 m_lastEventMs = 0;
    std::array<ThresholdState, 2> m_thresholds;
};

} // namespace kj
