// The logbook's upkeep: its tables rebuilt from the events, and verified backups.
#include "Logbook.h"

#include "Dialect.h"
#include "LogbookCopy.h"
#include "MemoryRows.h"
#include "Projector.h"
#include "Sql.h"
#include "SqlRows.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Logbook)
};

} // namespace

Result<void> Logbook::rebuildProjections()
{
    auto rebuilt = write<qint64>([&](WriteTransaction &) -> Result<qint64> {
        if (auto head = loadHead(); !head)
            return head.error();
        // Replayed in memory, as the verifier does, then written many rows to a statement: row by
        // row, a million sessions on a server would take an hour of round trips.
        MemoryRows rows;
        Projector projector(rows);
        constexpr qint64 batch = 20'000;
        for (qint64 from = 1; from <= m_headSeq; from += batch) {
            auto chunk = events(from, from + batch - 1);
            if (!chunk)
                return chunk.error();
            for (const Event &e : *chunk) {
                if (auto applied = projector.apply(e); !applied)
                    return applied.error();
            }
        }
        m_projector->resetCache();
        if (auto cleared = m_rows->clear(); !cleared)
            return cleared.error();
        if (auto inserted = m_rows->insertAll(rows); !inserted)
            return inserted.error();
        return m_headSeq;
    });
    if (!rebuilt)
        return rebuilt.error();
    return {};
}

Result<void> Logbook::backupTo(const QString &file) const
{
    if (QFileInfo::exists(file)) {
        return Error::invalid(
            u"backup-exists"_s, Tr::tr("%1 already exists; choose a new file name.").arg(file));
    }
    // A server's logbook is backed up into a logbook file: the same events, hashes and id.
    if (m_dialect.onServer()) {
        auto copied = copyLogbook(*this, file, m_clock);
        return copied ? Result<void>() : Result<void>(copied.error());
    }
    QSqlQuery q(database());
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(file);
    if (!q.exec())
        return databaseError(q.lastError(), u"backup"_s);
    const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY);
    if (fd < 0 || ::fsync(fd) != 0) {
        if (fd >= 0)
            ::close(fd);
        return Error { ErrorKind::Database, u"backup-sync"_s,
            Tr::tr("The backup %1 could not be written to disk.").arg(file) };
    }
    ::close(fd);
    auto copy = open(file, m_clock, Options { false, m_options.busyTimeoutMs, 0, {} });
    if (!copy)
        return copy.error();
    auto report = (*copy)->verify();
    if (!report)
        return report.error();
    if (!report->ok()) {
        return Error::integrity(
            u"backup-mismatch"_s, Tr::tr("The backup %1 does not verify: %2").arg(file, report->problem()));
    }
    // The copy holds the head of its own snapshot, which other writers may have passed since: it
    // is the live logbook's as far as it goes when its last event is the live one at that seq.
    auto live = events(report->lastSeq, report->lastSeq);
    if (!live)
        return live.error();
    if (report->lastSeq > 0 && (live->isEmpty() || live->constFirst().hash != report->lastHash)) {
        return Error::integrity(u"backup-mismatch"_s,
            Tr::tr("The backup %1 ends at event %2, which the logbook does not hold as it is "
                   "in the copy.")
                .arg(file)
                .arg(report->lastSeq));
    }
    return {};
}

} // namespace kj
