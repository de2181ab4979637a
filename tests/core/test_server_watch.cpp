// The server watch on its own, against servers that fail in the two ways a LAN sees: a port where
// nothing listens (a stopped server: refused at once) and one that takes the connection and never
// says a word (a paused or hung server). kunjungan-outage runs it under a real kiosk and console
// against a real PostgreSQL. The watch keeps real time on its own thread, so these wait for its
// report (a condition, not a sleep), as long as its deadline and no more.
#include "CatchQt.h"

#include "ServerWatch.h"

#include <QElapsedTimer>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>

using namespace kj;
using namespace Qt::StringLiterals;

namespace {

// A listening TCP socket on the loopback that accepts into its backlog and never reads or writes.
struct SilentServer
{
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    int port = 0;
    SilentServer()
    {
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
        REQUIRE(::listen(fd, 8) == 0);
        socklen_t size = sizeof address;
        REQUIRE(::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &size) == 0);
        port = ntohs(address.sin_port);
    }
    ~SilentServer() { ::close(fd); }
    SilentServer(const SilentServer &) = delete;
    SilentServer &operator=(const SilentServer &) = delete;
};

struct Report
{
    std::mutex mutex;
    std::condition_variable said;
    std::optional<bool> answers;
    QString detail;

    // What the watch calls, on its own thread.
    std::function<void(bool, const QString &)> callback()
    {
        return [this](bool heard, const QString &why) {
            const std::lock_guard lock(mutex);
            answers = heard;
            detail = why;
            said.notify_all();
        };
    }
    // Waits for the watch's first word, up to `limitMs`.
    bool waitMs(int limitMs)
    {
        std::unique_lock lock(mutex);
        return said.wait_for(
            lock, std::chrono::milliseconds(limitMs), [this] { return answers.has_value(); });
    }
};

StoreLocation at(int port)
{
    auto location = StoreLocation::parse(u"postgresql://kunjungan@127.0.0.1:%1/kunjungan"_s.arg(port));
    REQUIRE(location);
    return *location;
}

} // namespace

TEST_CASE("the server watch reports a server that takes the connection but never answers", "[watch]")
{
    SilentServer silent;
    Report report;
    QElapsedTimer since;
    since.start();
    ServerWatch watch(at(silent.port), report.callback());
    REQUIRE(report.waitMs(5000));
    const qint64 took = since.elapsed();
    CHECK_FALSE(*report.answers);
    INFO(report.detail.toStdString());
    CHECK(report.detail.contains(u"no answer"_s));
    // Its first look gives up at the deadline, not at the system's TCP timeout.
    CHECK(took >= ServerWatch::answerWithinMs - 50);
    CHECK(took <= ServerWatch::probeEveryMs + ServerWatch::answerWithinMs + 500);
}

TEST_CASE("the server watch reports a server that refuses connections at once", "[watch]")
{
    int port = 0;
    {
        SilentServer closedAgain; // a port that was free a moment ago, closed now
        port = closedAgain.port;
    }
    Report report;
    QElapsedTimer since;
    since.start();
    ServerWatch watch(at(port), report.callback());
    REQUIRE(report.waitMs(5000));
    CHECK_FALSE(*report.answers);
    CHECK(since.elapsed() < ServerWatch::answerWithinMs);
}
