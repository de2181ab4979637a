#include "RosterDesk.h"

#include "DayKey.h"
#include "Desk.h"
#include "Drafts.h"
#include "FreeText.h"
#include "PhoneNumber.h"
#include "Queue.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

// An import, given its transaction: a dry run has none and only counts; a real one writes in one
// transaction and, once it is kept, tells the views.
template<typename T, typename Run> Result<T> importRun(Desk &desk, bool dryRun, const Run &run)
{
    if (dryRun)
        return run(nullptr);
    auto result = desk.logbook().write<T>([&](WriteTransaction &tx) { return run(&tx); });
    if (result)
        emit desk.changed();
    return result;
}

} // namespace

RosterRecords RosterDesk::records() const
{
    return RosterRecords(m_desk.logbook());
}

Result<std::optional<Wbp>> RosterDesk::wbp(qint64 id) const
{
    return records().wbp(id);
}

Result<std::optional<Wbp>> RosterDesk::wbpByRegisterNumber(const QString &registerNumber) const
{
    return records().wbpByRegisterNumber(registerNumber);
}

Result<QList<Wbp>> RosterDesk::wbpInCell(const QString &cell) const
{
    return records().wbpInCell(cell);
}

Result<QList<Wbp>> RosterDesk::searchWbp(const QString &text, int limit) const
{
    return records().searchWbp(text, limit);
}

Result<QList<Wbp>> RosterDesk::all(bool includeInactive, const QString &cell) const
{
    return records().allWbp(includeInactive, cell);
}

Result<QList<Wbp>> RosterDesk::notVisitedThisWeek() const
{
    const QDate today = m_desk.today();
    return records().notVisited(
        m_desk.schedule().dayPlan(today).cells, dayKey(today.addDays(1 - today.dayOfWeek())), dayKey(today));
}

Result<QList<Contact>> RosterDesk::contactsOf(qint64 wbpId) const
{
    return records().contactsOf(wbpId);
}

Result<QList<Contact>> RosterDesk::kioskContactsOf(qint64 wbpId) const
{
    return records().kioskContactsOf(wbpId);
}

Result<std::optional<Contact>> RosterDesk::contact(qint64 id) const
{
    return records().contact(id);
}

Result<QList<Restriction>> RosterDesk::restrictionsOf(qint64 wbpId) const
{
    return records().restrictionsOf(wbpId);
}

Result<std::optional<Restriction>> RosterDesk::activeRestriction(qint64 wbpId, QDate day) const
{
    auto all = restrictionsOf(wbpId);
    if (!all)
        return all.error();
    for (const Restriction &r : std::as_const(*all)) {
        if (r.activeOn(day))
            return std::optional<Restriction>(r);
    }
    return std::optional<Restriction>();
}

Result<RosterSize> RosterDesk::size() const
{
    return records().size();
}

Result<qint64> RosterDesk::addWbp(const RosterRow &typed, const QString &actor)
{
    if (auto allowed = m_desk.authorize(actor, Desk::Role::Admin); !allowed)
        return allowed.error();
    RosterRow row = typed;
    row.name = row.name.simplified();
    row.registerNumber = row.registerNumber.trimmed();
    row.cell = Schedule::normalizeCell(row.cell);
    row.block = row.block.simplified();
    row.status = custodyStatusOf(row.registerNumber);
    if (row.name.isEmpty())
        return Error::invalid(u"roster-name-empty"_s, tr("The name is empty."));
    if (row.registerNumber.isEmpty())
        return Error::invalid(u"roster-register-empty"_s, tr("The register number is empty."));
    if (row.cell.isEmpty())
        return Error::invalid(u"roster-cell-empty"_s, tr("The cell is empty."));
    if (auto kept = FreeText::check(
            { { row.name, FreeText::Field::Name }, { row.registerNumber, FreeText::Field::RegisterNumber },
                { row.block, FreeText::Field::Block }, { row.cell, FreeText::Field::Cell } });
        !kept)
        return kept.error();
    auto id = m_desk.logbook().write<qint64>([&](WriteTransaction &tx) -> Result<qint64> {
        auto known = records().wbpByRegisterNumber(row.registerNumber);
        if (!known)
            return known.error();
        if (const auto &w = *known) {
            return Error::invalid(u"roster-duplicate-register"_s,
                w->active ? tr("Register number %1 is already in the roster: %2, cell %3.")
                                .arg(row.registerNumber, w->name, w->cell)
                          : tr("Register number %1 is in the roster as released: %2. Import "
                               "the roster again to bring them back.")
                                .arg(row.registerNumber, w->name));
        }
        auto next = tx.nextId(u"wbp"_s);
        if (!next)
            return next.error();
        if (auto r = tx.append(Drafts::rosterImported(QString(), { { *next, row } }, {}, 1, actor)); !r)
            return r.error();
        return *next;
    });
    if (id)
        emit m_desk.changed();
    return id;
}

Result<RosterImportSummary> RosterDesk::importRoster(
    const QList<RosterRow> &rows, const QString &fileName, const QString &actor, bool dryRun)
{
    if (auto allowed = m_desk.authorize(actor, Desk::Role::Admin); !allowed)
        return allowed.error();
    auto run = [&](WriteTransaction *tx) -> Result<RosterImportSummary> {
        auto all = records().allWbp(true);
        if (!all)
            return all.error();
        QHash<QString, Wbp> known;
        qint64 next = 1;
        for (const Wbp &w : std::as_const(*all)) {
            known.insert(w.registerNumber, w);
            next = qMax(next, w.id + 1);
        }
        RosterImportSummary summary;
        QList<Drafts::RosterEntry> changed;
        QSet<QString> seen;
        for (const RosterRow &row : rows) {
            seen.insert(row.registerNumber);
            const auto existing = known.constFind(row.registerNumber);
            if (existing != known.cend() && existing->name == row.name && existing->cell == row.cell
                && existing->block == row.block && existing->aliases == row.aliases.join(u", "_s)
                && existing->status == custodyKey(row.status) && existing->active) {
                ++summary.unchanged;
                continue;
            }
            const qint64 id = existing != known.cend() ? existing->id : next++;
            (existing != known.cend() ? summary.updated : summary.added)++;
            changed.append({ id, row });
        }
        QList<qint64> inactive;
        for (const Wbp &w : std::as_const(*all)) {
            if (w.active && !seen.contains(w.registerNumber)) {
                inactive.append(w.id);
                ++summary.deactivated;
            }
        }
        if (tx) {
            if (auto r = tx->append(Drafts::rosterImported(fileName, changed, inactive, rows.size(), actor));
                !r)
                return r.error();
        }
        return summary;
    };
    return importRun<RosterImportSummary>(m_desk, dryRun, run);
}

Result<qint64> RosterDesk::addContact(qint64 wbpId, const QString &name, const QString &relation,
    const QString &phone, bool approved, const QString &actor)
{
    if (auto allowed = m_desk.authorize(actor, Desk::Role::Officer); !allowed)
        return allowed.error();
    auto person = wbp(wbpId);
    if (!person)
        return person.error();
    if (!*person)
        return Error::invalid(u"unknown-wbp"_s, tr("This register number is not in the roster."));
    if (name.trimmed().isEmpty())
        return Error::invalid(u"contact-name-empty"_s, tr("The family member's name is empty."));
    if (auto text
        = FreeText::check({ { name, FreeText::Field::FamilyName }, { relation, FreeText::Field::Relation } });
        !text)
        return text.error();
    const QString relationKey = Relation::key(relation);
    if (relationKey.isEmpty())
        return Error::invalid(u"bad-relation"_s, tr("Unknown relation: %1").arg(relation));
    auto normalized = normalisePhone(phone);
    if (!normalized)
        return normalized.error();
    auto id = m_desk.logbook().write<qint64>([&](WriteTransaction &tx) -> Result<qint64> {
        auto contactId = tx.nextId(u"contacts"_s);
        if (!contactId)
            return contactId;
        auto nameDigest = tx.storePersonal(name.simplified());
        if (!nameDigest)
            return nameDigest.error();
        auto phoneDigest = tx.storePersonal(*normalized);
        if (!phoneDigest)
            return phoneDigest.error();
        auto r = tx.append(
            Drafts::contactAdded(*contactId, wbpId, *nameDigest, *phoneDigest, relationKey, approved, actor));
        if (!r)
            return r.error();
        return contactId;
    });
    if (id)
        emit m_desk.changed();
    return id;
}

Result<int> RosterDesk::importContacts(const QList<ContactRow> &rows, const QString &actor, bool dryRun)
{
    if (auto allowed = m_desk.authorize(actor, Desk::Role::Admin); !allowed)
        return allowed.error();
    QStringList problems;
    QHash<QString, qint64> wbpIds;
    for (const ContactRow &row : rows) {
        auto person = wbpByRegisterNumber(row.registerNumber);
        if (!person)
            return person.error();
        if (*person)
            wbpIds.insert(row.registerNumber, (*person)->id);
        else
            problems.append(
                tr("line %1: register number %2 is not in the roster").arg(row.line).arg(row.registerNumber));
    }
    if (!problems.isEmpty())
        return Error::invalid(u"unknown-wbp"_s, problems.join(u'\n'));
    // A dry run counts what the import would add, without a write.
    auto run = [&](WriteTransaction *tx) -> Result<int> {
        int count = 0;
        qint64 id = 0;
        if (tx) {
            auto first = tx->nextId(u"contacts"_s);
            if (!first)
                return first.error();
            id = *first;
        }
        QHash<qint64, QSet<QString>> phones; // of each WBP, the file's own included
        for (const ContactRow &row : rows) {
            const qint64 wbpId = wbpIds.value(row.registerNumber);
            if (!phones.contains(wbpId)) {
                auto existing = contactsOf(wbpId);
                if (!existing)
                    return existing.error();
                QSet<QString> &known = phones[wbpId];
                for (const Contact &c : std::as_const(*existing))
                    known.insert(c.phone);
            }
            if (phones[wbpId].contains(row.phone))
                continue;
            phones[wbpId].insert(row.phone);
            ++count;
            if (!tx)
                continue;
            auto nameDigest = tx->storePersonal(row.name);
            if (!nameDigest)
                return nameDigest.error();
            auto phoneDigest = tx->storePersonal(row.phone);
            if (!phoneDigest)
                return phoneDigest.error();
            auto r = tx->append(
                Drafts::contactAdded(id++, wbpId, *nameDigest, *phoneDigest, row.relation, true, actor));
            if (!r)
                return r.error();
        }
        return count;
    };
    return importRun<int>(m_desk, dryRun, run);
}

Result<void> RosterDesk::changeContact(
    qint64 contactId, const QJsonObject &changes, const QString &reason, const QString &actor)
{
    if (auto allowed = m_desk.authorize(actor, Desk::Role::Officer); !allowed)
        return allowed.error();
    auto before = contact(contactId);
    if (!before)
        return before.error();
    if (!*before)
        return Error::invalid(u"no-contact"_s, tr("There is no such family contact."));
    if (auto text = FreeText::check({ { changes.value(u"name"_s).toString(), FreeText::Field::FamilyName },
            { changes.value(u"rel"_s).toString(), FreeText::Field::Relation },
            { reason, FreeText::Field::Reason } });
        !text)
        return text.error();
    auto r = m_desk.logbook().write<bool>([&](WriteTransaction &tx) -> Result<bool> {
        Drafts::ContactChange change;
        if (changes.contains(u"name"_s)) {
            auto digest = tx.storePersonal(changes.value(u"name"_s).toString().simplified());
            if (!digest)
                return digest.error();
            change.nameDigest = *digest;
        }
        if (changes.contains(u"phone"_s)) {
            auto normalized = normalisePhone(changes.value(u"phone"_s).toString());
            if (!normalized)
                return normalized.error();
            auto digest = tx.storePersonal(*normalized);
            if (!digest)
                return digest.error();
            change.phoneDigest = *digest;
        }
        if (changes.contains(u"rel"_s)) {
            const QString key = Relation::key(changes.value(u"rel"_s).toString());
            if (key.isEmpty())
                return Error::invalid(
                    u"bad-relation"_s, tr("Unknown relation: %1").arg(changes.value(u"rel"_s).toString()));
            change.relation = key;
        }
        if (changes.contains(u"approved"_s))
            change.approved = changes.value(u"approved"_s).toBool();
        if (changes.contains(u"active"_s))
            change.active = changes.value(u"active"_s).toBool();
        auto appended = tx.append(Drafts::contactChanged(contactId, change, reason, actor));
        if (!appended)
            return appended.error();
        return true;
    });
    if (!r)
        return r.error();
    emit m_desk.changed();
    return {};
}

Result<qint64> RosterDesk::addRestriction(
    qint64 wbpId, const QString &reason, QDate from, QDate to, const QString &actor)
{
    if (auto allowed = m_desk.authorize(actor, Desk::Role::Officer); !allowed)
        return allowed.error();
    auto person = wbp(wbpId);
    if (!person)
        return person.error();
    if (!*person)
        return Error::invalid(u"unknown-wbp"_s, tr("This register number is not in the roster."));
    if (reason.trimmed().isEmpty())
        return Error::invalid(u"reason-required"_s, tr("A restriction needs a reason."));
    if (auto text = FreeText::check(reason, FreeText::Field::Reason); !text)
        return text.error();
    if (!from.isValid() || (to.isValid() && to < from))
        return Error::invalid(u"bad-dates"_s, tr("A restriction must end on or after its first day."));
    auto id = m_desk.logbook().write<qint64>([&](WriteTransaction &tx) -> Result<qint64> {
        auto restrictionId = tx.nextId(u"restrictions"_s);
        if (!restrictionId)
            return restrictionId;
        auto r = tx.append(Drafts::restrictionAdded(*restrictionId, wbpId, reason, from, to, actor));
        if (!r)
            return r.error();
        return restrictionId;
    });
    if (id)
        emit m_desk.changed();
    return id;
}

Result<void> RosterDesk::liftRestriction(qint64 restrictionId, const QString &reason, const QString &actor)
{
    if (auto allowed = m_desk.authorize(actor, Desk::Role::Officer); !allowed)
        return allowed.error();
    if (auto text = FreeText::check(reason, FreeText::Field::Reason); !text)
        return text;
    auto r = m_desk.logbook().append(Drafts::restrictionLifted(restrictionId, reason, actor));
    if (!r)
        return r.error();
    emit m_desk.changed();
    return {};
}

} // namespace kj
