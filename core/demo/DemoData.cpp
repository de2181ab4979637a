#include "DemoData.h"

#include "Clock.h"
#include "Desk.h"
#include "VisitingDay.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

const QStringList givenNames
    = { u"Budi"_s, u"Agus"_s, u"Slamet"_s, u"Joko"_s, u"Eko"_s, u"Bambang"_s, u"Hendra"_s, u"Rudi"_s,
          u"Dedi"_s, u"Andi"_s, u"Wahyu"_s, u"Teguh"_s, u"Sutrisno"_s, u"Muhammad"_s, u"Ahmad"_s, u"Rizky"_s,
          u"Dwi"_s, u"Yusuf"_s, u"Imam"_s, u"Arif"_s, u"Sri"_s, u"Siti"_s, u"Dewi"_s, u"Nur"_s };
const QStringList familyNames = { u"Santoso"_s, u"Setiawan"_s, u"Wibowo"_s, u"Prasetyo"_s, u"Hidayat"_s,
    u"Saputra"_s, u"Kurniawan"_s, u"Susanto"_s, u"Nugroho"_s, u"Purnomo"_s, u"Rahmawati"_s, u"Suryani"_s,
    u"Hartono"_s, u"Gunawan"_s, u"Firmansyah"_s, u"Maulana"_s, u"Ramadhan"_s, u"Lestari"_s };
const QStringList kinNames = { u"Sumiati"_s, u"Parmi"_s, u"Wartini"_s, u"Karsono"_s, u"Sukijan"_s,
    u"Aminah"_s, u"Suparno"_s, u"Yuliani"_s, u"Tukiyem"_s, u"Rohmah"_s };
const QStringList relations = { u"spouse"_s, u"parent"_s, u"child"_s, u"sibling"_s };

} // namespace

QList<RosterRow> DemoData::roster(quint32 seed, int perCell)
{
    QRandomGenerator rng(seed);
    QList<RosterRow> rows;
    int serial = 100;
    for (int cell = 1; cell <= 18; ++cell) {
        for (int i = 0; i < perCell; ++i) {
            RosterRow row;
            row.line = int(rows.size()) + 2;
            row.name = givenNames[rng.bounded(int(givenNames.size()))] + u' '
                + familyNames[rng.bounded(int(familyNames.size()))];
            const bool sentenced = rng.bounded(3) != 0;
            row.registerNumber
                = (sentenced ? u"B I "_s : u"A II "_s) + QString::number(serial++) + u"/2026"_s;
            row.status = sentenced ? CustodyStatus::Sentenced : CustodyStatus::Detainee;
            row.block = cell <= 9 ? u"A"_s : u"B"_s;
            row.cell = QString::number(cell);
            rows.append(row);
        }
    }
    return rows;
}

Result<void> DemoData::populate(Desk &desk, quint32 seed, int waiting)
{
    auto officer = setUp(desk, seed);
    if (!officer)
        return officer.error();
    return startLiveDesk(desk, *officer, waiting);
}

Result<qint64> DemoData::setUp(Desk &desk, quint32 seed, int perCell)
{
    const QString actor = QString(Actor::System);
    auto imported = desk.roster().importRoster(roster(seed, perCell), u"demo"_s, actor);
    if (!imported)
        return imported.error();
    QRandomGenerator rng(seed + 1);
    QList<Wbp> everyone;
    for (int cell = 1; cell <= 18; ++cell) {
        auto inCell = desk.roster().wbpInCell(QString::number(cell));
        if (!inCell)
            return inCell.error();
        everyone.append(*inCell);
    }
    for (const Wbp &w : everyone) {
        const int contacts = 1 + int(rng.bounded(10) == 0);
        for (int c = 0; c < contacts; ++c) {
            const QString name
                = kinNames[rng.bounded(int(kinNames.size()))] + u' ' + w.name.section(u' ', -1);
            const QString phone = u"08"_s + QString::number(11 + rng.bounded(12))
                + QString::number(10'000'000 + rng.bounded(89'999'999));
            auto added = desk.roster().addContact(w.id, name, relations[rng.bounded(int(relations.size()))],
                phone, rng.bounded(12) != 0, actor);
            if (!added)
                return added.error();
        }
    }
    for (int i = 0; i < 3 && i < everyone.size(); ++i) {
        const Wbp &w = everyone[rng.bounded(int(everyone.size()))];
        auto r = desk.roster().addRestriction(w.id, u"Pelanggaran tata tertib"_s, desk.today().addDays(-3),
            desk.today().addDays(7 + 7 * i), actor);
        if (!r)
            return r.error();
    }
    return desk.officers().add(officerName, u"admin"_s, officerPin, actor);
}

Result<void> DemoData::startLiveDesk(Desk &desk, qint64 officerId, int waiting)
{
    int signedIn = 0;
    auto visitors = visitorsOf(desk, desk.schedule().dayPlan(desk.today()).cells);
    if (!visitors)
        return visitors.error();
    for (const Visitor &v : std::as_const(*visitors)) {
        if (signedIn >= waiting)
            break;
        if (desk.calls().checkSignIn(v.wbpId)
            && desk.calls().signIn(v.wbpId, v.contactId, QString(Actor::Kiosk)))
            ++signedIn;
    }
    // A live desk: a call running at the first station, someone called to the second.
    const QString officerActor = Actor::officer(officerId);
    if (desk.calls().callNext(1, officerActor))
        (void)desk.calls().startCall(1, officerActor);
    if (desk.settings().stations.size() > 1)
        (void)desk.calls().callNext(2, officerActor);
    return {};
}

} // namespace kj
