#include "Queue.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace kj;
using namespace Qt::StringLiterals;

namespace {

// 08.00 WIB on a Monday; every step of a test is a fixed offset from it.
const QDateTime kMorning(QDate(2026, 11, 30), QTime(1, 0), Qt::UTC);

QDateTime at(int minutes)
{
    return kMorning.addSecs(qint64(minutes) * 60);
}

// What the logbook does: take the event the rules produced, "commit" it, then apply it.
QueueEvent commit(Queue &queue, const Result<QueueEvent> &result, QList<QueueEvent> *log = nullptr)
{
    if (!result.ok())
        FAIL(
            "refused: " << result.error().reason.toStdString() << " " << result.error().detail.toStdString());
    queue.apply(result.value());
    if (log)
        log->append(result.value());
    return result.value();
}

int signIn(Queue &queue, const QString &wbpId, int minute, QList<QueueEvent> *log = nullptr)
{
    return commit(queue,
        queue.signIn({ .wbpId = wbpId, .cell = u"12"_s, .contactId = u"c-"_s + wbpId }, at(minute)), log)
        .ticket;
}

QList<int> numbers(const QList<Ticket> &tickets)
{
    QList<int> out;
    for (const Ticket &t : tickets)
        out.append(t.number);
    return out;
}

QueuePolicy policyWith(int stations, int maxRetries = 2)
{
    QueuePolicy p;
    p.stations = stations;
    p.maxRetries = maxRetries;
    return p;
}

} // namespace

TEST_CASE("waiting tickets are in sign-in order and numbered from one", "[queue]")
{
    Queue q;
    CHECK(signIn(q, u"w-budi"_s, 0) == 1);
    CHECK(signIn(q, u"w-agus"_s, 1) == 2);
    CHECK(signIn(q, u"w-siti"_s, 2) == 3);

    CHECK(numbers(q.waiting()) == QList<int> { 1, 2, 3 });
    CHECK(q.positionOf(1) == 1);
    CHECK(q.positionOf(3) == 3);
    CHECK(q.positionOf(99) == 0);
    const auto budi = q.findByWbp(u"w-budi"_s);
    REQUIRE(budi);
    CHECK(budi->number == 1);
    CHECK(budi->cell == u"12"_s);
    CHECK(budi->contactId == u"c-w-budi"_s);
    CHECK(budi->state == TicketState::Waiting);
    CHECK(budi->signedInUtc == at(0));
    CHECK_FALSE(q.findByWbp(u"w-nobody"_s));
}

TEST_CASE("call next with two stations gives the oldest first and each station its own", "[queue]")
{
    Queue q;
    signIn(q, u"w1"_s, 0);
    signIn(q, u"w2"_s, 1);
    signIn(q, u"w3"_s, 2);
    CHECK(q.freeStations() == QList<int> { 1, 2 });

    const QueueEvent first = commit(q, q.callNext(2, at(5)));
    CHECK(first.type == QueueEvent::Type::Called);
    CHECK(first.ticket == 1);
    CHECK(first.station == 2);
    CHECK(q.atStation(2)->number == 1);
    CHECK(q.freeStations() == QList<int> { 1 });

    const auto busy = q.callNext(2, at(6));
    REQUIRE_FALSE(busy.ok());
    CHECK(busy.error().kind == ErrorKind::Refused);
    CHECK(busy.error().reason == u"station-busy"_s);
    CHECK(busy.error().detail == u"A-001"_s);

    CHECK(commit(q, q.callNext(1, at(6))).ticket == 2);
    CHECK(q.atStation(1)->number == 2);
    CHECK(q.freeStations().isEmpty());
    CHECK(numbers(q.waiting()) == QList<int> { 3 });

    const auto outOfRange = q.callNext(3, at(7));
    REQUIRE_FALSE(outOfRange.ok());
    CHECK(outOfRange.error().reason == u"no-such-station"_s);
    CHECK(outOfRange.error().kind == ErrorKind::InvalidInput);
    CHECK(q.callNext(0, at(7)).error().reason == u"no-such-station"_s);
}

TEST_CASE("call next with three stations serves three tickets at once, oldest first", "[queue]")
{
    Queue q;
    REQUIRE(q.setPolicy(policyWith(3)).ok());
    for (int i = 1; i <= 4; ++i)
        signIn(q, u"w%1"_s.arg(i), i);

    CHECK(commit(q, q.callNext(3, at(10))).ticket == 1);
    CHECK(commit(q, q.callNext(1, at(11))).ticket == 2);
    CHECK(q.callNext(3, at(12)).error().reason == u"station-busy"_s);
    CHECK(commit(q, q.callNext(2, at(12))).ticket == 3);
    CHECK(q.atStation(1)->number == 2);
    CHECK(q.atStation(2)->number == 3);
    CHECK(q.atStation(3)->number == 1);
    CHECK(q.freeStations().isEmpty());
    CHECK(q.callNext(4, at(13)).error().reason == u"no-such-station"_s);

    // A station is free again once its call is finished.
    commit(q, q.start(1, at(14)));
    CHECK(q.callNext(3, at(15)).error().reason == u"station-busy"_s);
    commit(q, q.finish(1, at(19)));
    CHECK(q.freeStations() == QList<int> { 3 });
    CHECK(commit(q, q.callNext(3, at(20))).ticket == 4);
}

TEST_CASE("call next on an empty queue is refused", "[queue]")
{
    Queue q;
    const auto empty = q.callNext(1, at(0));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().kind == ErrorKind::Refused);
    CHECK(empty.error().reason == u"queue-empty"_s);
}

TEST_CASE("a specific waiting ticket can be called ahead of the line", "[queue]")
{
    Queue q;
    signIn(q, u"w1"_s, 0);
    signIn(q, u"w2"_s, 1);
    CHECK(commit(q, q.call(2, 1, at(5))).station == 1);
    CHECK(numbers(q.waiting()) == QList<int> { 1 });
    CHECK(q.call(2, 2, at(6)).error().reason == u"wrong-state"_s);
    CHECK(q.call(7, 2, at(6)).error().reason == u"no-such-ticket"_s);
    CHECK(q.call(1, 1, at(6)).error().reason == u"station-busy"_s);
}

TEST_CASE("a recall keeps the ticket at its station and counts the recalls", "[queue]")
{
    Queue q;
    signIn(q, u"w1"_s, 0);
    commit(q, q.callNext(1, at(1)));
    const QueueEvent recall = commit(q, q.recall(1, at(3)));
    CHECK(recall.type == QueueEvent::Type::Recalled);
    CHECK(recall.station == 1);
    commit(q, q.recall(1, at(5)));
    CHECK(q.find(1)->recalls == 2);
    CHECK(q.find(1)->state == TicketState::Called);
    CHECK(q.atStation(1)->number == 1);

    commit(q, q.start(1, at(6)));
    CHECK(q.recall(1, at(7)).error().reason == u"wrong-state"_s);
    CHECK(q.recall(1, at(7)).error().detail == u"state=InCall"_s);
}

TEST_CASE("a called ticket can be marked as a no-show directly", "[queue]")
{
    Queue q;
    signIn(q, u"w1"_s, 0);
    signIn(q, u"w2"_s, 1);
    CHECK(q.noShow(1, at(2)).error().reason == u"wrong-state"_s); // waiting, not called
    commit(q, q.callNext(1, at(2)));
    const QueueEvent noShow = commit(q, q.noShow(1, at(4)));
    CHECK(noShow.type == QueueEvent::Type::NoShow);
    CHECK(noShow.station == 1);
    CHECK(q.find(1)->state == TicketState::NoShow);
    CHECK_FALSE(q.atStation(1));
    CHECK(q.freeStations() == QList<int> { 1, 2 });
    CHECK(numbers(q.waiting()) == QList<int> { 2 });
    CHECK(q.noShow(1, at(5)).error().reason == u"wrong-state"_s);
}

TEST_CASE("a called ticket can be marked as a no-show after a recall", "[queue]")
{
    Queue q;
    signIn(q, u"w1"_s, 0);
    commit(q, q.callNext(2, at(1)));
    commit(q, q.recall(1, at(3)));
    commit(q, q.noShow(1, at(5)));
    CHECK(q.find(1)->state == TicketState::NoShow);
    CHECK(q.find(1)->recalls == 1);
    CHECK_FALSE(q.atStation(2));
}

TEST_CASE("no answer sends the ticket to the back of the line with its retry count", "[queue]")
{
    Queue q;
    signIn(q, u"w1"_s, 0);
    signIn(q, u"w2"_s, 1);
    signIn(q, u"w3"_s, 2);
    commit(q, q.callNext(1, at(5)));

    const QueueEvent noAnswer = commit(q, q.noAnswer(1, at(7)));
    CHECK(noAnswer.type == QueueEvent::Type::NoAnswer);
    CHECK(noAnswer.requeued);
    CHECK(numbers(q.waiting()) == QList<int> { 2, 3, 1 });
    CHECK(q.positionOf(1) == 3);
    const auto t = q.find(1);
    CHECK(t->state == TicketState::Waiting);
    CHECK(t->retries == 1);
    CHECK(t->station == 0);
    CHECK(q.freeStations() == QList<int> { 1, 2 });

    // Someone signing in later queues behind the requeued ticket.
    signIn(q, u"w4"_s, 8);
    CHECK(numbers(q.waiting()) == QList<int> { 2, 3, 1, 4 });
}

TEST_CASE("no answer closes the ticket after the default two retries", "[queue]")
{
    Queue q;
    REQUIRE(q.policy().maxRetries == 2);
    signIn(q, u"w1"_s, 0);

    CHECK(commit(q, q.callNext(1, at(1))).ticket == 1);
    CHECK(commit(q, q.noAnswer(1, at(2))).requeued);
    CHECK(commit(q, q.callNext(1, at(3))).ticket == 1);
    CHECK(commit(q, q.noAnswer(1, at(4))).requeued);
    CHECK(q.find(1)->retries == 2);
    CHECK(commit(q, q.callNext(1, at(5))).ticket == 1);

    const QueueEvent closing = commit(q, q.noAnswer(1, at(6)));
    CHECK_FALSE(closing.requeued);
    CHECK(q.find(1)->state == TicketState::NoAnswer);
    CHECK(q.find(1)->retries == 2);
    CHECK(q.waiting().isEmpty());
    CHECK(q.freeStations() == QList<int> { 1, 2 });
}

TEST_CASE("no answer closes the ticket after a custom limit of one retry", "[queue]")
{
    Queue q;
    REQUIRE(q.setPolicy(policyWith(2, 1)).ok());
    signIn(q, u"w1"_s, 0);
    commit(q, q.callNext(1, at(1)));
    CHECK(commit(q, q.noAnswer(1, at(2))).requeued);
    commit(q, q.callNext(2, at(3)));
    CHECK_FALSE(commit(q, q.noAnswer(1, at(4))).requeued);
    CHECK(q.find(1)->state == TicketState::NoAnswer);
}

TEST_CASE("a WBP may hold only one active ticket at a time", "[queue]")
{
    Queue q;
    signIn(q, u"w1"_s, 0);
    signIn(q, u"w2"_s, 1);
    const SignInRequest again { .wbpId = u"w2"_s, .cell = u"12"_s, .contactId = u"c-other"_s };

    auto refusal = q.signIn(again, at(2));
    REQUIRE_FALSE(refusal.ok());
    CHECK(refusal.error().kind == ErrorKind::Refused);
    CHECK(refusal.error().reason == u"already-waiting"_s);
    CHECK(refusal.error().detail == u"A-002"_s);

    commit(q, q.call(2, 1, at(3)));
    CHECK(q.signIn(again, at(4)).error().reason == u"already-waiting"_s);
    commit(q, q.start(2, at(5)));
    CHECK(q.signIn(again, at(6)).error().reason == u"already-waiting"_s);
}

TEST_CASE("a WBP who completed a call today cannot sign in again the same day", "[queue]")
{
    Queue q;
    signIn(q, u"w1"_s, 0);
    commit(q, q.callNext(1, at(1)));
    commit(q, q.start(1, at(2)));
    commit(q, q.finish(1, at(7)));
    CHECK(q.find(1)->state == TicketState::Done);

    const SignInRequest again { .wbpId = u"w1"_s, .cell = u"12"_s };
    const auto refusal = q.signIn(again, at(8));
    REQUIRE_FALSE(refusal.ok());
    CHECK(refusal.error().kind == ErrorKind::Refused);
    CHECK(refusal.error().reason == u"already-called-today"_s);

    // The rule is the policy's: without it the same WBP may queue again.
    QueuePolicy relaxed;
    relaxed.onePerDay = false;
    REQUIRE(q.setPolicy(relaxed).ok());
    CHECK(q.signIn(again, at(8)).ok());
}

TEST_CASE("a WBP may sign in again after a no-show, a closed no-answer or a cancel", "[queue]")
{
    Queue q;
    REQUIRE(q.setPolicy(policyWith(2, 0)).ok());
    const SignInRequest budi { .wbpId = u"w1"_s, .cell = u"12"_s };

    signIn(q, u"w1"_s, 0);
    commit(q, q.callNext(1, at(1)));
    commit(q, q.noShow(1, at(3)));
    const QueueEvent second = commit(q, q.signIn(budi, at(4)));
    CHECK(second.ticket == 2);
    CHECK(q.findByWbp(u"w1"_s)->number == 2);

    commit(q, q.callNext(1, at(5)));
    CHECK_FALSE(commit(q, q.noAnswer(2, at(6))).requeued);
    CHECK(commit(q, q.signIn(budi, at(7))).ticket == 3);

    commit(q, q.cancel(3, at(8)));
    CHECK(q.find(3)->state == TicketState::Cancelled);
    CHECK(commit(q, q.signIn(budi, at(9))).ticket == 4);
}

TEST_CASE("cancel is allowed while waiting or called and frees the station", "[queue]")
{
    Queue q;
    signIn(q, u"w1"_s, 0);
    signIn(q, u"w2"_s, 1);
    CHECK(commit(q, q.cancel(2, at(2))).station == 0);
    commit(q, q.callNext(1, at(3)));
    CHECK(commit(q, q.cancel(1, at(4))).station == 1);
    CHECK(q.freeStations() == QList<int> { 1, 2 });
    CHECK(q.cancel(1, at(5)).error().reason == u"wrong-state"_s);

    signIn(q, u"w3"_s, 6);
    commit(q, q.callNext(1, at(7)));
    commit(q, q.start(3, at(8)));
    CHECK(q.cancel(3, at(9)).error().reason == u"wrong-state"_s);
    CHECK(q.finish(1, at(9)).error().reason == u"wrong-state"_s);
}

TEST_CASE("the weekly quota refuses a WBP who reached it, and only when it is on", "[queue]")
{
    Queue q;
    const SignInRequest twoEarlier { .wbpId = u"w1"_s, .cell = u"12"_s, .completedEarlierThisWeek = 2 };
    CHECK(q.signIn(twoEarlier, at(0)).ok()); // off by default

    QueuePolicy withQuota;
    withQuota.weeklyQuota = 2;
    REQUIRE(q.setPolicy(withQuota).ok());
    const auto refusal = q.signIn(twoEarlier, at(0));
    REQUIRE_FALSE(refusal.ok());
    CHECK(refusal.error().kind == ErrorKind::Refused);
    CHECK(refusal.error().reason == u"weekly-quota"_s);

    const SignInRequest oneEarlier { .wbpId = u"w1"_s, .cell = u"12"_s, .completedEarlierThisWeek = 1 };
    CHECK(q.signIn(oneEarlier, at(0)).ok());

    // Today's completed call counts towards the quota too.
    withQuota.onePerDay = false;
    REQUIRE(q.setPolicy(withQuota).ok());
    commit(q, q.signIn(oneEarlier, at(1)));
    commit(q, q.callNext(1, at(2)));
    commit(q, q.start(1, at(3)));
    commit(q, q.finish(1, at(8)));
    CHECK(q.signIn(oneEarlier, at(9)).error().reason == u"weekly-quota"_s);
}

TEST_CASE("ticket labels are A and three digits", "[queue]")
{
    CHECK(Queue::ticketLabel(1) == u"A-001"_s);
    CHECK(Queue::ticketLabel(7) == u"A-007"_s);
    CHECK(Queue::ticketLabel(42) == u"A-042"_s);
    CHECK(Queue::ticketLabel(123) == u"A-123"_s);
    CHECK(Queue::ticketLabel(1000) == u"A-1000"_s);
}

TEST_CASE("replaying the events into a fresh queue gives an identical queue", "[queue]")
{
    Queue live;
    REQUIRE(live.setPolicy(policyWith(3)).ok());
    QList<QueueEvent> log;
    for (int i = 1; i <= 6; ++i)
        signIn(live, u"w%1"_s.arg(i), i, &log);
    commit(live, live.callNext(1, at(10)), &log);
    commit(live, live.callNext(2, at(10)), &log);
    commit(live, live.noAnswer(1, at(11)), &log);
    commit(live, live.recall(2, at(12)), &log);
    commit(live, live.start(2, at(13)), &log);
    commit(live, live.callNext(3, at(13)), &log);
    commit(live, live.noShow(3, at(15)), &log);
    commit(live, live.cancel(5, at(16)), &log);
    commit(live, live.finish(2, at(18)), &log);
    commit(live, live.callNext(1, at(19)), &log);

    Queue replayed;
    REQUIRE(replayed.setPolicy(policyWith(3)).ok());
    for (const QueueEvent &e : log)
        replayed.apply(e);

    CHECK(replayed == live);
    CHECK(replayed.tickets() == live.tickets());
    CHECK(numbers(replayed.waiting()) == QList<int> { 6, 1 });
    CHECK(numbers(replayed.waiting()) == numbers(live.waiting()));
    // And it keeps going the same way afterwards.
    CHECK(replayed.signIn({ .wbpId = u"w9"_s, .cell = u"7"_s }, at(20)).value()
        == live.signIn({ .wbpId = u"w9"_s, .cell = u"7"_s }, at(20)).value());
}

TEST_CASE("operations do not change the queue before their event is applied", "[queue]")
{
    Queue q;
    signIn(q, u"w1"_s, 0);
    signIn(q, u"w2"_s, 1);
    signIn(q, u"w3"_s, 2);
    commit(q, q.callNext(1, at(3)));
    commit(q, q.callNext(2, at(3)));
    commit(q, q.start(2, at(4)));
    const Queue before = q;

    CHECK(q.signIn({ .wbpId = u"w4"_s, .cell = u"12"_s }, at(5)).ok());
    CHECK(q.callNext(1, at(5)).error().reason == u"station-busy"_s);
    CHECK(q.call(3, 1, at(5)).error().reason == u"station-busy"_s);
    CHECK(q.recall(1, at(5)).ok());
    CHECK(q.noShow(1, at(5)).ok());
    CHECK(q.noAnswer(1, at(5)).ok());
    CHECK(q.start(1, at(5)).ok());
    CHECK(q.cancel(1, at(5)).ok());
    CHECK(q.cancel(3, at(5)).ok());
    CHECK(q.finish(2, at(5)).ok());

    CHECK(q == before);
    CHECK(q.find(1)->state == TicketState::Called);
    CHECK(q.find(1)->recalls == 0);
    CHECK(q.tickets().size() == 3);
}

TEST_CASE("bad arguments are refused as invalid input", "[queue]")
{
    Queue q;
    const auto noWbp = q.signIn({ .wbpId = u"  "_s, .cell = u"12"_s }, at(0));
    CHECK(noWbp.error().kind == ErrorKind::InvalidInput);
    CHECK(noWbp.error().reason == u"invalid-argument"_s);
    CHECK(q.signIn({ .wbpId = u"w1"_s, .cell = QString() }, at(0)).error().reason == u"invalid-argument"_s);
    CHECK(
        q.signIn({ .wbpId = u"w1"_s, .cell = u"12"_s }, QDateTime()).error().reason == u"invalid-argument"_s);
    CHECK(
        q.signIn({ .wbpId = u"w1"_s, .cell = u"12"_s, .completedEarlierThisWeek = -1 }, at(0)).error().reason
        == u"invalid-argument"_s);
    const auto unknown = q.start(5, at(0));
    CHECK(unknown.error().kind == ErrorKind::InvalidInput);
    CHECK(unknown.error().reason == u"no-such-ticket"_s);
}

TEST_CASE("an invalid policy is refused and the old one kept", "[queue]")
{
    Queue q;
    for (const QueuePolicy &bad : { policyWith(0), policyWith(100), policyWith(2, -1) }) {
        const auto result = q.setPolicy(bad);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().reason == u"invalid-policy"_s);
    }
    QueuePolicy negativeQuota;
    negativeQuota.weeklyQuota = -1;
    CHECK(negativeQuota.validate().error().reason == u"invalid-policy"_s);
    CHECK(q.policy() == QueuePolicy {});
}

TEST_CASE("removing a station that still serves a ticket is refused", "[queue]")
{
    Queue q;
    signIn(q, u"w1"_s, 0);
    commit(q, q.callNext(2, at(1)));
    const auto result = q.setPolicy(policyWith(1));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().reason == u"station-busy"_s);
    CHECK(q.policy().stations == 2);

    commit(q, q.cancel(1, at(2)));
    CHECK(q.setPolicy(policyWith(1)).ok());
    CHECK(q.freeStations() == QList<int> { 1 });
}

TEST_CASE("restoring the saved tickets gives the queue the events built", "[queue]")
{
    Queue live;
    for (int i = 1; i <= 4; ++i)
        signIn(live, u"w%1"_s.arg(i), i);
    commit(live, live.callNext(1, at(10)));
    commit(live, live.callNext(2, at(10)));
    commit(live, live.noAnswer(1, at(11))); // ticket 1 takes the newest order key
    commit(live, live.start(2, at(12)));

    QList<Ticket> saved = live.tickets();
    std::reverse(saved.begin(), saved.end()); // a projection need not come back in order
    const auto restored = Queue::restore(saved);
    REQUIRE(restored.ok());
    CHECK(*restored == live);

    // Both go on the same way: a new ticket queues behind the requeued one.
    Queue fromSnapshot = restored.value();
    commit(live, live.signIn({ .wbpId = u"w9"_s, .cell = u"7"_s }, at(13)));
    commit(fromSnapshot, fromSnapshot.signIn({ .wbpId = u"w9"_s, .cell = u"7"_s }, at(13)));
    CHECK(fromSnapshot == live);
    CHECK(numbers(fromSnapshot.waiting()) == QList<int> { 3, 4, 1, 5 });
}

TEST_CASE("an inconsistent saved queue is refused as an integrity failure", "[queue]")
{
    Queue live;
    signIn(live, u"w1"_s, 0);
    signIn(live, u"w2"_s, 1);
    commit(live, live.callNext(1, at(2)));
    commit(live, live.callNext(2, at(2)));
    const QList<Ticket> good = live.tickets();
    REQUIRE(Queue::restore(good).ok());

    QList<Ticket> sharedStation = good;
    sharedStation[1].station = 1;
    QList<Ticket> repeatedNumber = good;
    repeatedNumber[1].number = 1;
    QList<Ticket> unknownState = good;
    unknownState[0].state = static_cast<TicketState>(42);
    QList<Ticket> twoActive = good;
    twoActive[1].wbpId = u"w1"_s;
    for (const QList<Ticket> &bad : { sharedStation, repeatedNumber, unknownState, twoActive }) {
        const auto result = Queue::restore(bad);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind == ErrorKind::Integrity);
        CHECK(result.error().reason == u"bad-snapshot"_s);
    }
}
