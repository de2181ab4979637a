#include "Audit.h"

#include "AuditSource.h"
#include "MemoryRows.h"
#include "Projector.h"
#include "Schema.h"
#include "Seals.h"
#include "Sha256.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

using Check = VerifyFinding::Check;

class Findings
{
public:
    explicit Findings(qsizetype limit)
        : m_limit(limit)
    { }
    void add(VerifyFinding finding)
    {
        if (m_list.size() < m_limit)
            m_list.append(std::move(finding));
    }
    QList<VerifyFinding> list() const { return m_list; }

private:
    qsizetype m_limit;
    QList<VerifyFinding> m_list;
};

// Where a personal-data digest is first named, and that it is named at all.
struct DigestUse
{
    qint64 seq = 0;
    qint64 atMs = 0;
};

QString hexOf(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex());
}

// Compares one table's rows, read in key order, with what the events give (also in key order).
template<typename Row, typename Key>
Result<void> compareTable(AuditSource &source, const Rows::Table &table, const QList<const Row *> &expected,
    Key (*keyOf)(const Row &), Findings &findings)
{
    const QStringList columns = QString::fromLatin1(table.columns).split(u", "_s);
    const QString name = QString::fromLatin1(table.name);
    qsizetype next = 0;
    auto missing = [&](const Row &row) {
        findings.add({ Check::Projection, 0, name, Rows::values(row).value(0), {},
            Rows::values(row).join(u" | "_s), {},
            Audit::tr("%1 %2 is missing: the events give it.").arg(name, Rows::values(row).value(0)) });
    };
    auto read = source.rows(table, [&](const Rows::Cursor &cursor) {
        Row found;
        Rows::read(cursor, found);
        const Key key = keyOf(found);
        while (next < expected.size() && keyOf(*expected[next]) < key)
            missing(*expected[next++]);
        if (next < expected.size() && keyOf(*expected[next]) == key) {
            const Row &wanted = *expected[next++];
            if (wanted == found)
                return;
            const QStringList want = Rows::values(wanted);
            const QStringList got = Rows::values(found);
            for (qsizetype i = 0; i < columns.size(); ++i) {
                if (want.value(i) == got.value(i))
                    continue;
                findings.add(
                    { Check::Projection, 0, name, got.value(0), columns[i], want.value(i), got.value(i),
                        Audit::tr("%1 %2: %3 is \"%4\", the events give \"%5\".")
                            .arg(name, got.value(0), columns[i], got.value(i), want.value(i)) });
            }
            return;
        }
        const QStringList got = Rows::values(found);
        findings.add({ Check::Projection, 0, name, got.value(0), {}, {}, got.join(u" | "_s),
            Audit::tr("%1 %2 is not given by any event.").arg(name, got.value(0)) });
    });
    if (!read)
        return read;
    while (next < expected.size())
        missing(*expected[next++]);
    return {};
}

template<typename Map> QList<const typename Map::mapped_type *> sorted(const Map &map)
{
    QList<const typename Map::mapped_type *> list;
    list.reserve(qsizetype(map.size()));
    for (const auto &[key, row] : map)
        list.append(&row);
    return list;
}

template<typename Row> QList<const Row *> sorted(const RowBlocks<Row> &rows)
{
    QList<const Row *> list;
    list.reserve(qsizetype(rows.size()));
    rows.forEach([&list](const Row &row) { list.append(&row); });
    return list;
}

template<typename Row> qint64 idOf(const Row &row)
{
    return row.id;
}

template<typename Row> qint64 seqOf(const Row &row)
{
    return row.seq;
}

QString settingKey(const Rows::Setting &row)
{
    return row.key;
}

// The personal-data digests an event names (family names and phones, a complainant).
void digestsOf(const Event &e, QHash<QString, DigestUse> &uses)
{
    QStringList keys;
    if (e.type == EventType::ContactAdded || e.type == EventType::ContactChanged)
        keys = { u"name"_s, u"phone"_s };
    else if (e.type == EventType::ComplaintAdded)
        keys = { u"who"_s };
    else
        return;
    const QJsonObject p = e.payload();
    for (const QString &key : std::as_const(keys)) {
        const QString digest = p.value(key).toString();
        if (!digest.isEmpty() && !uses.contains(digest))
            uses.insert(digest, { e.seq, e.atMs });
    }
}

// Events pass from the reader to the replay a batch at a time, so that reading and replaying run
// at once. The reader stays on the calling thread (a database connection belongs to the thread
// that opened it); the replay, which touches only memory, runs on a thread of its own.
class EventPipe
{
public:
    static constexpr size_t batchSize = 4096;

    void push(std::vector<Event> &&batch)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return m_batches.size() < maxBatches; });
        m_batches.push_back(std::move(batch));
        m_ready.notify_one();
    }
    void close()
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_ready.notify_one();
    }
    // The reader's next empty batch: a spent one handed back, its events freed here, on the thread
    // that allocated them (freeing on another thread is slower), or a new one.
    std::vector<Event> emptyBatch()
    {
        std::vector<Event> batch;
        {
            const std::lock_guard lock(m_mutex);
            if (!m_spent.empty()) {
                batch = std::move(m_spent.back());
                m_spent.pop_back();
            }
        }
        batch.clear();
        batch.reserve(batchSize);
        return batch;
    }
    // The replay hands a batch back once applied.
    void giveBack(std::vector<Event> &&batch)
    {
        const std::lock_guard lock(m_mutex);
        m_spent.push_back(std::move(batch));
    }
    // The next batch; false once the pipe is closed and empty.
    bool pop(std::vector<Event> &batch)
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_batches.empty() || m_closed; });
        if (m_batches.empty())
            return false;
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_space.notify_one();
        return true;
    }

private:
    static constexpr size_t maxBatches = 8; // bounds the memory held between the two
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<std::vector<Event>> m_batches;
    std::vector<std::vector<Event>> m_spent;
    bool m_closed = false;
};

} // namespace

Result<QList<VerifyFinding>> Audit::run(AuditSource &source, ChainVerifier *chain, qsizetype limit)
{
    Findings findings(limit);

    // The projections as the events give them.
    MemoryRows rows;
    Projector projector(rows);
    QHash<QString, DigestUse> digests;
    qint64 redactedBefore = 0; // the latest instant a recorded redaction reaches
    auto apply = [&](const Event &e) {
        if (auto applied = projector.apply(e); !applied) {
            findings.add({ Check::Projection, e.seq, {}, {}, {}, {}, {},
                tr("Event %1 (%2) does not fit the record: %3")
                    .arg(e.seq)
                    .arg(e.type,
                        applied.error().detail.isEmpty() ? applied.error().message
                                                         : applied.error().detail) });
        }
        digestsOf(e, digests);
        if (e.type == EventType::PersonalDataRedacted) {
            const QDateTime before
                = QDateTime::fromString(e.payload().value(u"before"_s).toString(), Qt::ISODate);
            if (before.isValid())
                redactedBefore = std::max(redactedBefore, before.toMSecsSinceEpoch());
        }
    };
    EventPipe pipe;
    std::thread replay([&] {
        std::vector<Event> batch;
        while (pipe.pop(batch)) {
            for (const Event &e : batch)
                apply(e);
            pipe.giveBack(std::move(batch));
            batch = {};
        }
    });
    std::vector<Event> batch = pipe.emptyBatch();
    auto replayed = source.events(
        1, source.lastSeq(),
        [&](const Event &e) -> Result<void> {
            batch.push_back(e);
            if (batch.size() == EventPipe::batchSize) {
                pipe.push(std::move(batch));
                batch = pipe.emptyBatch();
            }
            return {};
        },
        chain);
    if (!batch.empty())
        pipe.push(std::move(batch));
    pipe.close();
    replay.join();
    if (!replayed)
        return replayed.error();

    const QList<Result<void>> compared = {
        compareTable<Rows::Setting, QString>(
            source, Rows::settingsTable, sorted(rows.settings), settingKey, findings),
        compareTable<Rows::Officer, qint64>(
            source, Rows::officersTable, sorted(rows.officers), idOf, findings),
        compareTable<Rows::Wbp, qint64>(source, Rows::wbpTable, sorted(rows.wbpRows), idOf, findings),
        compareTable<Rows::Contact, qint64>(
            source, Rows::contactsTable, sorted(rows.contacts), idOf, findings),
        compareTable<Rows::Restriction, qint64>(
            source, Rows::restrictionsTable, sorted(rows.restrictions), idOf, findings),
        compareTable<Rows::Session, qint64>(
            source, Rows::sessionsTable, sorted(rows.sessions), idOf, findings),
        compareTable<Rows::Note, qint64>(source, Rows::notesTable, sorted(rows.notes), idOf, findings),
        compareTable<Rows::Survey, qint64>(source, Rows::surveyTable, sorted(rows.surveys), seqOf, findings),
        compareTable<Rows::Complaint, qint64>(
            source, Rows::complaintsTable, sorted(rows.complaints), idOf, findings),
        compareTable<Rows::ComplaintChange, qint64>(
            source, Rows::complaintChangesTable, sorted(rows.complaintChanges), seqOf, findings),
    };
    for (const Result<void> &r : compared) {
        if (!r)
            return r.error();
    }

    // Personal data: every digest named has its row, every row is named, a value still held
    // matches its digest, and one erased was erased by a recorded redaction.
    auto personal = source.all<Rows::PersonalData>(Rows::personalTable);
    if (!personal)
        return personal.error();
    QSet<QString> held;
    const QString table = QString::fromLatin1(Rows::personalTable.name);
    for (const Rows::PersonalData &row : std::as_const(*personal)) {
        const QString digest = hexOf(row.digest);
        held.insert(digest);
        const QString key = QString::number(row.id);
        const auto use = digests.constFind(digest);
        if (use == digests.cend()) {
            findings.add({ Check::PersonalData, 0, table, key, u"digest"_s, {}, digest,
                tr("Personal data %1 is named by no event (added or repointed outside the Desk).")
                    .arg(key) });
            continue;
        }
        // Stored in the transaction of the event that first names it: a second apart at most.
        if (qAbs(row.created - use->atMs) > 1000) {
            findings.add({ Check::PersonalData, use->seq, table, key, u"created"_s,
                QString::number(use->atMs), QString::number(row.created),
                tr("Personal data %1 says it was stored at another time than event %2 that names it.")
                    .arg(key)
                    .arg(use->seq) });
        }
        if (row.value) {
            const Sha256Digest computed = sha256({ row.salt.value_or(QByteArray()), row.value->toUtf8() });
            if (QByteArray(reinterpret_cast<const char *>(computed.data()), qsizetype(computed.size()))
                != row.digest) {
                findings.add({ Check::PersonalData, use->seq, table, key, u"value"_s, {}, *row.value,
                    tr("Personal data %1 does not match its digest: it was changed.").arg(key) });
            }
        } else if (row.created >= redactedBefore) {
            findings.add({ Check::PersonalData, use->seq, table, key, u"value"_s, {}, u"NULL"_s,
                tr("Personal data %1 was erased, but no recorded redaction reaches it.").arg(key) });
        }
    }
    for (auto it = digests.cbegin(); it != digests.cend(); ++it) {
        if (!held.contains(it.key())) {
            findings.add({ Check::PersonalData, it->seq, table, {}, u"digest"_s, it.key(), {},
                tr("The personal data named by event %1 is missing.").arg(it->seq) });
        }
    }

    // The schema: exactly a new logbook's objects, and its version.
    auto schema = source.schema();
    if (!schema)
        return schema.error();
    auto expected = source.expectedSchema();
    if (!expected)
        return expected.error();
    const auto objectName = [](const QString &line) { return line.section(u':', 0, 0); };
    QHash<QString, QString> want;
    for (const QString &line : std::as_const(*expected))
        want.insert(objectName(line), line);
    QSet<QString> seen;
    for (const QString &line : std::as_const(*schema)) {
        const QString name = objectName(line);
        seen.insert(name);
        if (!want.contains(name)) {
            findings.add({ Check::Schema, 0, u"schema"_s, name, {}, {}, line,
                tr("The logbook holds %1, which is not part of it (added outside Kunjungan).").arg(name) });
        } else if (want.value(name) != line) {
            findings.add({ Check::Schema, 0, u"schema"_s, name, {}, want.value(name), line,
                tr("%1 differs from Kunjungan's own (changed outside Kunjungan).").arg(name) });
        }
    }
    for (auto it = want.cbegin(); it != want.cend(); ++it) {
        if (!seen.contains(it.key()))
            findings.add({ Check::Schema, 0, u"schema"_s, it.key(), {}, it.value(), {},
                tr("%1 is missing (removed outside Kunjungan).").arg(it.key()) });
    }
    auto version = source.meta(u"schema_version"_s);
    if (!version)
        return version.error();
    if (version->toInt() != schemaVersion) {
        findings.add(
            { Check::Schema, 0, u"meta"_s, u"schema_version"_s, {}, QString::number(schemaVersion), *version,
                tr("The logbook says schema version %1; Kunjungan writes %2.")
                    .arg(*version)
                    .arg(schemaVersion) });
    }
    // The names of the type codes, for people reading the file with the sqlite3 shell.
    auto names = source.all<Rows::EventTypeName>(Rows::eventTypesTable);
    if (!names)
        return names.error();
    for (const Rows::EventTypeName &row : std::as_const(*names)) {
        const QString name = EventType::name(int(row.code));
        if (row.name != name) {
            findings.add({ Check::Schema, 0, QString::fromLatin1(Rows::eventTypesTable.name),
                QString::number(row.code), u"name"_s, name, row.name,
                tr("Event type %1 is named \"%2\" in the file; it is \"%3\".")
                    .arg(row.code)
                    .arg(row.name, name) });
        }
    }
    return findings.list();
}

Result<QList<VerifyFinding>> Audit::seals(AuditSource &source, const QList<Seal> &seals)
{
    QList<VerifyFinding> findings;
    if (seals.isEmpty())
        return findings;
    auto id = source.meta(u"id"_s);
    if (!id)
        return id.error();
    const QString table = u"seals"_s;
    for (const Seal &s : seals) {
        const QString when = s.atUtc.toString(Qt::ISODate);
        if (!s.signatureHolds) {
            findings.append({ Check::Seal, s.seq, table, when, u"signature"_s, {}, {},
                tr("The seal of %1 is not signed with this facility's key.").arg(when) });
            continue;
        }
        if (s.logbookId != *id) {
            findings.append({ Check::Seal, s.seq, table, when, u"logbook"_s, s.logbookId, *id,
                tr("The seal of %1 was made for logbook %2, and this is %3: it is not the logbook "
                   "that was sealed.")
                    .arg(when, s.logbookId, id->isEmpty() ? tr("a logbook without an id") : *id) });
            continue;
        }
        if (s.seq > source.lastSeq()) {
            findings.append({ Check::Seal, s.seq, table, when, u"seq"_s, QString::number(s.seq),
                QString::number(source.lastSeq()),
                tr("The logbook was sealed at event %1 on %2, but ends at event %3: events were "
                   "removed.")
                    .arg(s.seq)
                    .arg(when)
                    .arg(source.lastSeq()) });
            continue;
        }
        QByteArray hash;
        auto read = source.events(s.seq, s.seq, [&](const Event &e) -> Result<void> {
            hash = e.hash;
            return {};
        });
        if (!read)
            return read.error();
        if (hash != s.hash) {
            findings.append({ Check::Seal, s.seq, table, when, u"hash"_s, QString::fromLatin1(s.hash.toHex()),
                QString::fromLatin1(hash.toHex()),
                tr("Event %1 no longer matches the seal of %2: the logbook was rewritten.")
                    .arg(s.seq)
                    .arg(when) });
        }
    }
    return findings;
}

} // namespace kj
