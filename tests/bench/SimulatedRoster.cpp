#include "SimulatedRoster.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kj::bench {

namespace {

// Names as a Central Java roster lists them.
const QStringList givenNames = {
    u"Agus"_s,
    u"Budi"_s,
    u"Slamet"_s,
    u"Sutrisno"_s,
    u"Joko"_s,
    u"Bambang"_s,
    u"Eko"_s,
    u"Dwi"_s,
    u"Ahmad"_s,
    u"Muhammad"_s,
    u"Rizky"_s,
    u"Andi"_s,
    u"Hendra"_s,
    u"Teguh"_s,
    u"Wahyu"_s,
    u"Yusuf"_s,
    u"Arif"_s,
    u"Imam"_s,
    u"Sugeng"_s,
    u"Heri"_s,
    u"Didik"_s,
    u"Fajar"_s,
    u"Dedi"_s,
    u"Rudi"_s,
    u"Anton"_s,
    u"Nur"_s,
    u"Ilham"_s,
    u"Bayu"_s,
    u"Dimas"_s,
    u"Gilang"_s,
    u"Taufik"_s,
    u"Sholikin"_s,
    u"Mulyono"_s,
    u"Suparman"_s,
    u"Rohmat"_s,
    u"Kholil"_s,
    u"Zainal"_s,
    u"Fikri"_s,
    u"Lukman"_s,
    u"Aris"_s,
    u"Yoga"_s,
    u"Wawan"_s,
    u"Kasmin"_s,
    u"Paijo"_s,
    u"Tarno"_s,
    u"Siti"_s,
    u"Sri"_s,
    u"Dewi"_s,
};
const QStringList familyNames = {
    u"Santoso"_s,
    u"Saputra"_s,
    u"Prasetyo"_s,
    u"Wibowo"_s,
    u"Hidayat"_s,
    u"Setiawan"_s,
    u"Susanto"_s,
    u"Nugroho"_s,
    u"Kurniawan"_s,
    u"Purnomo"_s,
    u"Wijaya"_s,
    u"Pratama"_s,
    u"Firmansyah"_s,
    u"Hartono"_s,
    u"Sulistyo"_s,
    u"Riyanto"_s,
    u"Maulana"_s,
    u"Ramadhan"_s,
    u"Hakim"_s,
    u"Anwar"_s,
    u"Syahputra"_s,
    u"Kusuma"_s,
    u"Utomo"_s,
    u"Suryadi"_s,
    u"Hermawan"_s,
    u"Gunawan"_s,
    u"Rahman"_s,
    u"Fauzi"_s,
    u"Haryanto"_s,
    u"Mukhlis"_s,
    u"Subekti"_s,
    u"Widodo"_s,
    u"Sasongko"_s,
    u"Munawar"_s,
    u"Ismail"_s,
    u"Abdullah"_s,
};
const QStringList familyGivenNames = {
    u"Siti Aminah"_s,
    u"Sri Wahyuni"_s,
    u"Dewi Lestari"_s,
    u"Nur Hidayah"_s,
    u"Sumiati"_s,
    u"Yuliani"_s,
    u"Ratna Sari"_s,
    u"Suparmi"_s,
    u"Khotimah"_s,
    u"Rukmini"_s,
    u"Tri Wahyuni"_s,
    u"Endang"_s,
    u"Warsini"_s,
    u"Umi Kulsum"_s,
    u"Fitriyani"_s,
    u"Kasno"_s,
    u"Sarmin"_s,
    u"Ngatiman"_s,
    u"Rini"_s,
    u"Puji Astuti"_s,
};
const QStringList nicknames
    = { u"Gondrong"_s, u"Kempot"_s, u"Bleki"_s, u"Item"_s, u"Cungkring"_s, u"Gendut"_s, u"Kribo"_s };
const QStringList relations = { u"spouse"_s, u"parent"_s, u"child"_s, u"sibling"_s, u"spouse"_s, u"parent"_s,
    u"uncle_aunt"_s, u"other"_s };
const QStringList registerClasses = { u"A I"_s, u"A II"_s, u"A III"_s, u"B I"_s, u"B IIa"_s, u"B IIb"_s };

} // namespace

void SimulatedRoster::admit(QDate day)
{
    Person p;
    QString name;
    const double shape = m_dice.unit();
    if (shape < 0.1)
        name = m_dice.pick(givenNames);
    else if (shape < 0.7)
        name = m_dice.pick(givenNames) + u' ' + m_dice.pick(familyNames);
    else if (shape < 0.9)
        name = m_dice.pick(givenNames) + u' ' + m_dice.pick(givenNames) + u' ' + m_dice.pick(familyNames);
    else
        name = m_dice.pick(givenNames) + u" bin "_s + m_dice.pick(givenNames);
    const QString klass = m_dice.pick(registerClasses);
    ++m_serial;
    p.row.name = name;
    p.row.registerNumber = u"%1 %2/%3"_s.arg(klass).arg(m_serial).arg(day.year());
    p.row.cell = m_dice.pick(m_cells);
    const int cellNumber = p.row.cell.toInt();
    p.row.block = cellNumber <= 7 ? u"Blok A"_s : cellNumber <= 13 ? u"Blok B"_s : u"Blok C"_s;
    p.row.entryDate = day.addDays(-m_dice.between(1, 60));
    if (m_dice.chance(0.6))
        p.row.expiryDate = day.addDays(m_dice.between(60, 1500));
    if (m_dice.chance(0.1))
        p.row.aliases = { m_dice.pick(nicknames) };
    p.row.status = klass.startsWith(u'A') ? CustodyStatus::Detainee : CustodyStatus::Sentenced;
    m_people.append(p);
    m_new.append(int(m_people.size()) - 1);
    m_present.append(int(m_people.size()) - 1);
}

void SimulatedRoster::releaseSome(int count)
{
    for (int i = 0; i < count && !m_present.isEmpty(); ++i) {
        const int index = m_present.takeAt(m_dice.between(0, int(m_present.size()) - 1));
        m_people[index].active = false;
    }
    m_eligible.clear();
}

QList<RosterRow> SimulatedRoster::rows() const
{
    QList<RosterRow> rows;
    int line = 1;
    for (const Person &p : m_people) {
        if (!p.active)
            continue;
        RosterRow row = p.row;
        row.line = ++line;
        rows.append(row);
    }
    return rows;
}

QList<ContactRow> SimulatedRoster::newContacts()
{
    QList<ContactRow> rows;
    int line = 1;
    for (int index : std::as_const(m_new)) {
        const Person &p = m_people[index];
        const int count = m_dice.chance(0.3) ? 2 : 1;
        for (int c = 0; c < count; ++c) {
            ContactRow row;
            row.line = ++line;
            row.registerNumber = p.row.registerNumber;
            row.name = m_dice.pick(familyGivenNames);
            row.relation = m_dice.pick(relations);
            row.phone
                = u"+628%1%2"_s.arg(m_dice.between(11, 59)).arg(m_dice.between64(10'000'000, 99'999'999));
            rows.append(row);
        }
    }
    return rows;
}

void SimulatedRoster::learnIds(const QSqlDatabase &db)
{
    QHash<QString, int> byRegister;
    for (int index : std::as_const(m_new))
        byRegister.insert(m_people[index].row.registerNumber, index);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT w.reg_no, w.id, min(c.id) FROM wbp w LEFT JOIN contacts c ON c.wbp_id = w.id "
              "AND c.approved = 1 WHERE w.id >= ? GROUP BY w.id"_s);
    q.addBindValue(m_firstUnknownId);
    q.exec();
    while (q.next()) {
        const auto it = byRegister.constFind(q.value(0).toString());
        if (it == byRegister.cend())
            continue;
        m_people[*it].id = q.value(1).toLongLong();
        m_people[*it].contactId = q.value(2).toLongLong();
        m_firstUnknownId = std::max(m_firstUnknownId, m_people[*it].id + 1);
    }
    m_new.clear();
    m_eligible.clear();
}

const QList<Visitor> &SimulatedRoster::eligible(const QStringList &cells)
{
    const QString key = cells.join(u',');
    auto it = m_eligible.find(key);
    if (it == m_eligible.end()) {
        QList<Visitor> list;
        for (int i : std::as_const(m_present)) {
            const Person &p = m_people[i];
            if (p.id > 0 && p.contactId > 0 && cells.contains(p.row.cell))
                list.append({ p.id, p.contactId, p.row.cell });
        }
        it = m_eligible.insert(key, list);
    }
    return *it;
}

} // namespace kj::bench
