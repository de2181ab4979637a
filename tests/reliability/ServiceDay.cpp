#include "ServiceDay.h"

#include "DemoData.h"
#include "Desk.h"
#include "Logbook.h"
#include "Pin.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <cstdio>
#include <optional>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace kj::reliability {

namespace {

constexpr int stations = 4;

// Straight to the pipe, no stdio buffer: once write() returns, a SIGKILL cannot lose the line.
void say(const QByteArray &line)
{
    const QByteArray bytes = line + '\n';
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, bytes.constData() + done, size_t(bytes.size() - done));
        if (n <= 0)
            ::_exit(4);
        done += n;
    }
}

} // namespace

Result<void> setUpBusyDay(Desk &desk)
{
    const QString actor = QString(Actor::System);
    // Officer 1, who runs the stations (the PIN hashed at the minimum cost: a test tool).
    auto officers = desk.officers().list(true);
    if (!officers)
        return officers.error();
    if (officers->isEmpty()) {
        Pin::setCost(Pin::Cost::Minimum);
        if (auto r = desk.officers().add(u"Petugas Uji"_s, u"officer"_s, u"582914"_s, actor); !r)
            return r.error();
    }
    const Settings &s = desk.settings();
    if (s.schedule.week[6].cells.isEmpty()) {
        QStringList cells;
        for (int c = 1; c <= 18; ++c)
            cells.append(QString::number(c));
        QJsonArray week;
        for (int d = 0; d < 7; ++d)
            week.append(QJsonObject { { u"cells"_s, QJsonArray::fromStringList(cells) },
                { u"windows"_s, QJsonArray { u"00:00-23:59"_s } } });
        if (auto r = desk.service().changeSetting(
                Settings::ScheduleKey, { { u"zone"_s, u"Asia/Jakarta"_s }, { u"week"_s, week } }, actor);
            !r)
            return r;
    }
    if (s.call.defaultMinutes != 1) {
        if (auto r = desk.service().changeSetting(Settings::CallKey,
                { { u"defaultMinutes"_s, 1 }, { u"maxMinutes"_s, 3 }, { u"warningSeconds"_s, 20 } }, actor);
            !r)
            return r;
    }
    if (s.queue.onePerDay) {
        if (auto r = desk.service().changeSetting(
                Settings::QueueKey, { { u"onePerDay"_s, false }, { u"maxRetries"_s, 2 } }, actor);
            !r)
            return r;
    }
    if (s.stations.size() != stations) {
        if (auto r = desk.service().changeSetting(Settings::StationsKey,
                { { u"names"_s, QJsonArray { u"1"_s, u"2"_s, u"3"_s, u"4"_s } } }, actor);
            !r)
            return r;
    }
    auto firstCell = desk.roster().wbpInCell(u"1"_s);
    if (!firstCell)
        return firstCell.error();
    if (firstCell->isEmpty()) {
        if (auto r = desk.roster().importRoster(DemoData::roster(7, 3), u"penghuni.csv"_s, actor); !r)
            return r.error();
    }
    for (int cell = 1; cell <= 18; ++cell) {
        auto inCell = desk.roster().wbpInCell(QString::number(cell));
        if (!inCell)
            return inCell.error();
        for (const Wbp &w : std::as_const(*inCell)) {
            auto contacts = desk.roster().contactsOf(w.id);
            if (!contacts)
                return contacts.error();
            if (!contacts->isEmpty())
                continue;
            const QString phone = u"0812%1"_s.arg(10'000'000 + w.id * 7919 % 89'999'999);
            if (auto r
                = desk.roster().addContact(w.id, u"Keluarga "_s + w.name, u"Istri"_s, phone, true, actor);
                !r)
                return r.error();
        }
    }
    return {};
}

bool fatal(const Error &e)
{
    return e.kind == ErrorKind::Database || e.kind == ErrorKind::Integrity;
}

int failed(const char *what, const Error &e)
{
    std::fprintf(
        stderr, "%s: %s %s %s\n", what, qPrintable(e.reason), qPrintable(e.message), qPrintable(e.detail));
    return 3;
}

Result<OpenDesk> openDesk(const QString &db, const Clock &clock)
{
    auto logbook = Logbook::open(db, clock, Logbook::Options {});
    if (!logbook)
        return logbook.error();
    OpenDesk opened { std::move(*logbook), nullptr };
    opened.desk = std::make_unique<Desk>(*opened.logbook, clock);
    if (auto loaded = opened.desk->load(false); !loaded)
        return loaded.error();
    return opened;
}

Result<Ticket> signInNext(Desk &desk, const QList<Wbp> &people, qsizetype &next)
{
    for (qsizetype tries = 0; tries < people.size(); ++tries) {
        const Wbp &w = people[next++ % people.size()];
        const QList<Contact> contacts = desk.roster().contactsOf(w.id).valueOr({});
        if (contacts.isEmpty())
            continue;
        auto ticket = desk.calls().signIn(w.id, contacts.first().id, QString(Actor::Kiosk));
        if (ticket || fatal(ticket.error()))
            return ticket;
    }
    return Error::invalid(u"nobody"_s, u"nobody on the roster could sign in now"_s);
}

QList<Wbp> busyDayPeople(Desk &desk)
{
    QList<Wbp> people;
    for (int cell = 1; cell <= 18; ++cell)
        people.append(desk.roster().wbpInCell(QString::number(cell)).valueOr({}));
    return people;
}

namespace {

// One random thing an officer or the kiosk does. Returns the error of a failed write, if fatal.
std::optional<Error> act(Desk &desk, QRandomGenerator &rng, const QList<Wbp> &people)
{
    const QString officer = Actor::officer(1);
    const int station = 1 + int(rng.bounded(stations));
    const int roll = int(rng.bounded(100));
    auto check = [](const auto &result) -> std::optional<Error> {
        if (!result.ok() && fatal(result.error()))
            return result.error();
        return std::nullopt;
    };
    if (roll < 22) {
        if (people.isEmpty())
            return std::nullopt;
        const Wbp &w = people[rng.bounded(int(people.size()))];
        // A failed read (the file locked by the killed writer's recovery) skips this turn.
        const QList<Contact> contacts = desk.roster().contactsOf(w.id).valueOr({});
        if (contacts.isEmpty())
            return std::nullopt;
        return check(desk.calls().signIn(w.id, contacts.first().id, QString(Actor::Kiosk)));
    }
    if (roll < 36)
        return check(desk.calls().callNext(station, officer));
    if (roll < 50)
        return check(desk.calls().startCall(station, officer));
    if (roll < 55)
        return check(desk.calls().extendCall(station, 1, u"keluarga dari jauh"_s, officer));
    if (roll < 60)
        return check(desk.calls().dropCall(station, officer));
    if (roll < 66)
        return check(desk.calls().resumeCall(station, officer));
    if (roll < 78) {
        static const QLatin1String outcomes[] = { Outcome::Completed, Outcome::EndedEarly, Outcome::Stopped };
        return check(desk.calls().endCall(station, outcomes[rng.bounded(3)], u"sinyal buruk"_s, officer));
    }
    if (roll < 81)
        return check(desk.calls().recall(station, officer));
    if (roll < 84)
        return check(desk.calls().noShow(station, officer));
    if (roll < 87)
        return check(desk.calls().noAnswer(station, officer));
    if (roll < 94) {
        QSqlQuery q(desk.logbook().database());
        if (!q.exec(u"SELECT id FROM sessions ORDER BY random() LIMIT 1"_s) || !q.next())
            return std::nullopt;
        const qint64 session = q.value(0).toLongLong();
        q.finish();
        return check(desk.calls().amend(
            session, u"note"_s, u"catatan %1"_s.arg(rng.bounded(1000)), u"koreksi petugas"_s, officer));
    }
    if (roll < 96) {
        // A big transaction: the whole roster again, one WBP moved to another block.
        QList<RosterRow> rows = DemoData::roster(7, 3);
        rows[rng.bounded(int(rows.size()))].block = u"C%1"_s.arg(rng.bounded(9));
        return check(desk.roster().importRoster(rows, u"penghuni.csv"_s, officer));
    }
    return check(desk.calls().cancel(1 + int(rng.bounded(40)), u"dibatalkan"_s, officer));
}

} // namespace

int runServiceDay(const QString &path, const Clock &clock, quint32 seed)
{
    Logbook::Options options;
    options.changePollMs = 0;
    auto opened = Logbook::open(path, clock, options);
    if (!opened) {
        std::fprintf(
            stderr, "open: %s %s\n", qPrintable(opened.error().reason), qPrintable(opened.error().detail));
        return 3;
    }
    Logbook &logbook = **opened;
    qint64 printed = logbook.lastSeq();
    // The signal comes after COMMIT returned: from here on the events are acknowledged.
    QObject::connect(&logbook, &Logbook::committed, [&] {
        const qint64 last = logbook.lastSeq();
        auto events = logbook.events(printed + 1, last);
        if (!events)
            ::_exit(5);
        for (const Event &e : *events)
            say("ack " + QByteArray::number(e.seq) + ' ' + e.hash.toHex());
        printed = last;
    });
    Desk desk(logbook, clock);
    if (auto loaded = desk.load(); !loaded)
        return failed("load", loaded.error());
    say("loaded");
    if (auto ready = setUpBusyDay(desk); !ready)
        return failed("set up", ready.error());
    say("ready");
    const QList<Wbp> people = busyDayPeople(desk);
    QRandomGenerator rng(seed);
    for (;;) {
        (void)desk.calls().poll();
        if (auto error = act(desk, rng, people))
            return failed("write", *error);
    }
}

} // namespace kj::reliability
