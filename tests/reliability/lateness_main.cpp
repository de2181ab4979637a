// kunjungan-lateness: how late do the countdowns' warning and time-up fire on a busy PC? Runs 10
// stations' calls the way the console does (a CallTimer per station and a single-shot QTimer
// aimed at msUntilNextThreshold) on the machine's clock, while other threads keep every core busy,
// and prints the worst lateness of each threshold (target: 50 ms).
#include "CallTimer.h"
#include "Clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace kj;

namespace {

// The machine's monotonic clock, optionally sped up so a smoke run of one-minute calls takes
// seconds; lateness is reported in real milliseconds either way.
class FastClock final : public Clock
{
public:
    explicit FastClock(int speed)
        : m_speed(speed)
    { }
    QDateTime nowUtc() const override { return m_system.nowUtc(); }
    qint64 monotonicMs() const override { return m_system.monotonicMs() * m_speed; }
    int speed() const { return m_speed; }

private:
    SystemClock m_system;
    int m_speed;
};

struct Station
{
    CallTimer timer;
    QTimer wake;
};

qint64 worst(const std::vector<qint64> &v)
{
    return v.empty() ? -1 : *std::max_element(v.begin(), v.end());
}

qint64 median(std::vector<qint64> v)
{
    if (v.empty())
        return -1;
    std::nth_element(v.begin(), v.begin() + qsizetype(v.size() / 2), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures how late call warnings and time-ups fire on a busy PC."_s);
    parser.addHelpOption();
    const QCommandLineOption stationsOption(
        u"stations"_s, u"Stations with a running call (default 10)."_s, u"N"_s, u"10"_s);
    const QCommandLineOption busyOption(
        u"busy-threads"_s, u"Threads keeping the CPU busy (default: 2 per core)."_s, u"N"_s);
    const QCommandLineOption speedOption(
        u"speed"_s, u"Run the calls F times faster (default 1: real one-minute calls)."_s, u"F"_s, u"1"_s);
    const QCommandLineOption smokeOption(u"smoke"_s, u"A two-second run (calls 30 times faster)."_s);
    parser.addOptions({ stationsOption, busyOption, speedOption, smokeOption });
    parser.process(app);

    const int stations = qBound(1, parser.value(stationsOption).toInt(), 99);
    const int speed = parser.isSet(smokeOption) ? 30 : qMax(1, parser.value(speedOption).toInt());
    const int cores = int(qMax(1u, std::thread::hardware_concurrency()));
    const int busyThreads = parser.isSet(busyOption) ? qMax(0, parser.value(busyOption).toInt()) : 2 * cores;

    // The shortest call the settings allow: one minute, warned 50 s before its end.
    CallLimits limits;
    limits.defaultMinutes = 1;
    limits.maxMinutes = 1;
    limits.warningSeconds = 50;
    if (auto valid = limits.validate(); !valid) {
        std::fprintf(stderr, "limits refused: %s\n", qPrintable(valid.error().reason));
        return 2;
    }

    std::atomic<bool> stop = false;
    std::vector<std::thread> busy;
    busy.reserve(size_t(busyThreads));
    for (int i = 0; i < busyThreads; ++i) {
        busy.emplace_back([&stop, i] {
            QByteArray block(64 * 1024, char(i));
            while (!stop.load(std::memory_order_relaxed))
                block = QCryptographicHash::hash(block, QCryptographicHash::Sha256).repeated(2048);
        });
    }

    const FastClock clock(speed);
    std::vector<qint64> warningLate;
    std::vector<qint64> timeUpLate;
    std::vector<std::unique_ptr<Station>> list;
    int finished = 0;
    for (int i = 0; i < stations; ++i) {
        auto station = std::make_unique<Station>();
        station->timer = CallTimer(limits);
        station->wake.setSingleShot(true);
        station->wake.setTimerType(Qt::PreciseTimer);
        Station *s = station.get();
        auto schedule = [s, &clock] {
            if (const auto ms = s->timer.msUntilNextThreshold(clock.monotonicMs()))
                s->wake.start(int((*ms + clock.speed() - 1) / clock.speed()));
        };
        QObject::connect(&s->wake, &QTimer::timeout, &app,
            [s, &clock, &warningLate, &timeUpLate, &finished, &app, stations, schedule] {
                const qint64 now = clock.monotonicMs();
                const CallCrossings crossed = s->timer.poll(now);
                if (crossed.warningAtMs)
                    warningLate.push_back((now - *crossed.warningAtMs) / clock.speed());
                if (crossed.timeUpAtMs) {
                    timeUpLate.push_back((now - *crossed.timeUpAtMs) / clock.speed());
                    (void)s->timer.end(now);
                    if (++finished == stations)
                        app.quit();
                    return;
                }
                schedule();
            });
        // Calls start a little apart, as they do at a real desk.
        QTimer::singleShot(i * 97, &app, [s, &clock, schedule] {
            (void)s->timer.start(clock.monotonicMs());
            schedule();
        });
        list.push_back(std::move(station));
    }
    const int timeoutMs = 5 * 60'000 / speed + 10'000;
    QTimer::singleShot(timeoutMs, &app, [&app] { app.exit(3); });
    const int code = app.exec();
    stop = true;
    for (std::thread &t : busy)
        t.join();

    const qint64 worstWarning = worst(warningLate);
    const qint64 worstTimeUp = worst(timeUpLate);
    const bool met = worstWarning >= 0 && worstTimeUp >= 0 && qMax(worstWarning, worstTimeUp) <= 50;
    std::printf("stations %d, busy threads %d on %d cores, calls %d s (speed %d)\n", stations, busyThreads,
        cores, 60 / speed, speed);
    std::printf("warning lateness: worst %lld ms, median %lld ms, %zu fired\n", worstWarning,
        median(warningLate), warningLate.size());
    std::printf("time-up lateness: worst %lld ms, median %lld ms, %zu fired\n", worstTimeUp,
        median(timeUpLate), timeUpLate.size());
    std::printf("target <= 50 ms: %s\n", met ? "met" : "NOT met");
    if (code != 0 || int(warningLate.size()) != stations || int(timeUpLate.size()) != stations) {
        std::fprintf(stderr, "not every threshold fired\n");
        return 1;
    }
    return 0;
}
