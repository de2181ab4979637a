#include "LogbookCopy.h"

#include "Dialect.h"
#include "Logbook.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Logbook)
};

// Every row of the side tables the events stand on, copied as they are.
struct SideTable
{
    QString name;
    QString columns;
    int count;
};
const SideTable sideTables[] = {
    { u"event_types"_s, u"code, name"_s, 2 },
    { u"personal_data"_s, u"id, digest, salt, value, created, redacted"_s, 6 },
    { u"officer_pins"_s, u"officer_id, hash, previous"_s, 3 },
};

Result<void> copyRows(const QSqlDatabase &from, const QSqlDatabase &to, const SideTable &table)
{
    auto rows = Sql::run(from, u"SELECT %1 FROM %2 ORDER BY 1"_s.arg(table.columns, table.name));
    if (!rows)
        return rows.error();
    BulkInsert insert(to, table.name, table.columns, u"ON CONFLICT DO NOTHING"_s);
    while (rows->next()) {
        QVariantList values;
        for (int i = 0; i < table.count; ++i)
            values.append(rows->value(i));
        if (auto r = insert.add(values); !r)
            return r;
    }
    return insert.finish();
}

} // namespace

Result<CopyReport> copyLogbook(const Logbook &source, const QString &target, const Clock &clock)
{
    auto location = StoreLocation::parse(target);
    if (!location)
        return location.error();
    if (!location->postgres && QFileInfo(target).size() > 0) {
        return Error::invalid(u"copy-target"_s,
            Tr::tr("%1 already exists; copy into a new file or an empty database.").arg(target));
    }
    auto checked = source.verify();
    if (!checked)
        return checked.error();
    if (!checked->ok()) {
        return Error::integrity(u"copy-source"_s,
            Tr::tr("The logbook does not verify, so it is not copied: %1").arg(checked->problem()));
    }
    auto copy = Logbook::open(target, clock, Logbook::Options { true, 5000, 0, {} });
    if (!copy)
        return copy.error();
    Logbook &to = **copy;
    if (const qint64 held = to.lastSeq(); held > 0) {
        return Error::invalid(u"copy-target"_s,
            Tr::tr("%1 already holds a logbook (%2 events); copy only into a new, empty one.")
                .arg(location->text)
                .arg(held));
    }
    auto written = to.write<qint64>([&](WriteTransaction &tx) -> Result<qint64> {
        const QSqlDatabase db = tx.database();
        for (const SideTable &table : sideTables) {
            if (auto copied = copyRows(source.database(), db, table); !copied)
                return copied.error();
        }
        // The id names the logbook in its seals; the created time is the first logbook's.
        auto meta
            = Sql::run(source.database(), u"SELECT key, value FROM meta WHERE key <> 'schema_version'"_s);
        if (!meta)
            return meta.error();
        while (meta->next()) {
            if (auto r = Sql::run(db,
                    u"INSERT INTO meta(key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
                    { meta->value(0), meta->value(1) });
                !r)
                return r.error();
        }
        // The type codes as the copy numbers them (copied above with the other side tables).
        auto types = Sql::run(db, u"SELECT name, code FROM event_types"_s);
        if (!types)
            return types.error();
        QHash<QString, qint64> codes;
        while (types->next())
            codes.insert(types->value(0).toString(), types->value(1).toLongLong());
        BulkInsert insert(
            db, u"events"_s, u"seq, at, utc_offset, type, actor, station, ticket, payload, hash"_s);
        constexpr qint64 batch = 20'000;
        for (qint64 from = 1; from <= checked->lastSeq; from += batch) {
            auto events = source.events(from, qMin(checked->lastSeq, from + batch - 1));
            if (!events)
                return events.error();
            for (const Event &e : std::as_const(*events)) {
                const auto code = codes.constFind(e.type);
                if (code == codes.cend()) {
                    return Error::integrity(u"copy-type"_s,
                        Tr::tr("Event %1 has a type the copy does not know: %2").arg(e.seq).arg(e.type));
                }
                auto added = insert.add(
                    { e.seq, e.atMs, e.utcOffsetMinutes, *code, qint64(Actor::code(e.actor).value_or(0)),
                        e.station, e.ticket ? QVariant(e.ticket) : QVariant(QMetaType::fromType<int>()),
                        e.payloadJson.isEmpty() ? Sql::null() : QVariant(QString::fromUtf8(e.payloadJson)),
                        e.hash });
                if (!added)
                    return added.error();
            }
        }
        if (auto finished = insert.finish(); !finished)
            return finished.error();
        return checked->lastSeq;
    });
    if (!written)
        return written.error();
    if (auto rebuilt = to.rebuildProjections(); !rebuilt)
        return rebuilt.error();
    auto report = to.verify();
    if (!report)
        return report.error();
    if (!report->ok() || report->lastSeq != checked->lastSeq || report->lastHash != checked->lastHash) {
        return Error::integrity(u"copy-mismatch"_s,
            Tr::tr("The copy in %1 does not verify: %2").arg(location->text, report->problem()));
    }
    return CopyReport { report->events, report->lastHash };
}

} // namespace kj
