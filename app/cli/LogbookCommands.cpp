#include "AdminCommands.h"

#include "BookExport.h"
#include "Desk.h"
#include "PersonalDataExport.h"

#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace kj {

// ---- logbook ------------------------------------------------------------------------------

int AdminCommands::logbookExport(const QString &file, const QString &from, const QString &to)
{
    QDate first(1, 1, 1);
    QDate last(9999, 12, 31);
    if (!from.isEmpty()) {
        const auto day = parseDay(from);
        if (!day)
            return fail(badDay(from));
        first = *day;
    }
    if (!to.isEmpty()) {
        const auto day = parseDay(to);
        if (!day)
            return fail(badDay(to));
        last = *day;
    }
    if (last < first)
        return fail(
            Error::invalid(u"bad-range"_s, tr("The end date %1 is before the start date %2.").arg(to, from)));
    auto opened = openDesk(false);
    if (!opened)
        return fail(opened.error());
    auto count = BookExport::write(*(*opened)->desk, file, first, last);
    if (!count)
        return fail(count.error());
    m_out << tr("%1 lines written to %2.").arg(*count).arg(file) << '\n';
    return 0;
}

int AdminCommands::logbookVerify(const QString &anchorText)
{
    std::optional<std::pair<qint64, QByteArray>> anchor;
    if (!anchorText.isEmpty()) {
        const qsizetype colon = anchorText.indexOf(u':');
        bool seqOk = false;
        const qint64 seq = anchorText.left(colon).trimmed().toLongLong(&seqOk);
        const QString hash = anchorText.mid(colon + 1).trimmed().toLower();
        const bool hex = std::all_of(hash.cbegin(), hash.cend(),
            [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
        // A few hex digits would match by chance; eight make a wrong anchor stand out.
        if (colon < 0 || !seqOk || seq < 1 || !hex || hash.size() < 8 || hash.size() > 32) {
            return fail(Error::invalid(u"bad-anchor"_s,
                tr("An anchor is SEQ:HASH with at least 8 hex digits, e.g. 1234:9f86d081884c7d65.")));
        }
        anchor = std::pair { seq, hash.toLatin1() };
    }
    auto logbook = openLogbook(false, m_clock);
    if (!logbook)
        return fail(logbook.error());
    const auto report = (*logbook)->verify(anchor);
    if (!report)
        return fail(report.error());
    if (!report->ok()) {
        // Every finding on its own line (Audit returns the first of each kind first).
        for (const VerifyFinding &finding : report->findings) {
            if (finding.seq > 0)
                m_err << u"seq "_s << finding.seq << u": "_s;
            m_err << finding.message << '\n';
        }
        return exitCodeFor(ErrorKind::Integrity);
    }
    m_out << u"ok: %1 events, last seq %2, hash %3"_s.arg(report->events)
                 .arg(report->lastSeq)
                 .arg(QString::fromLatin1(report->lastHash.toHex()))
          << '\n';
    if (!report->seals.isEmpty())
        m_out << tr("%n seal(s) in %1 hold.", nullptr, int(report->seals.size())).arg(m_sealFolder) << '\n';
    return 0;
}

int AdminCommands::logbookSeal()
{
    auto logbook = openLogbook(false, m_clock);
    if (!logbook)
        return fail(logbook.error());
    const auto report = (*logbook)->verify();
    if (!report)
        return fail(report.error());
    if (!report->ok()) {
        m_err << tr("Not sealed: the logbook does not verify.") << '\n' << report->problem() << '\n';
        return exitCodeFor(ErrorKind::Integrity);
    }
    auto id = (*logbook)->id();
    if (!id)
        return fail(id.error());
    auto seal = SealFolder(m_sealFolder).seal(*id, report->lastSeq, report->lastHash, m_clock.nowUtc());
    if (!seal)
        return fail(seal.error());
    m_out << tr("Sealed: event %1, hash %2, in %3.")
                 .arg(seal->seq)
                 .arg(QString::fromLatin1(seal->hash.toHex()), m_sealFolder)
          << '\n';
    return 0;
}

int AdminCommands::backup(const QString &file)
{
    auto logbook = openLogbook(false, m_clock);
    if (!logbook)
        return fail(logbook.error());
    const QString target = QFileInfo(file).absoluteFilePath();
    if (auto done = (*logbook)->backupTo(target); !done)
        return fail(done.error());
    m_out << tr("Backup written and verified: %1 (%2 events)").arg(target).arg((*logbook)->lastSeq()) << '\n';
    return 0;
}

// ---- privacy ------------------------------------------------------------------------------

int AdminCommands::privacyRedact(const QString &before)
{
    const auto day = parseDay(before);
    if (!day)
        return fail(badDay(before));
    auto opened = openDesk(false);
    if (!opened)
        return fail(opened.error());
    const Desk &desk = *(*opened)->desk;
    // A date in the future would destroy contacts that are still in use.
    if (*day > desk.today())
        return fail(Error::invalid(u"future-date"_s, tr("%1 is in the future.").arg(before)));
    const QDateTime start(*day, QTime(0, 0), desk.schedule().zone());
    auto count = (*opened)->logbook->redactPersonalBefore(start.toUTC(), m_actor);
    if (!count)
        return fail(count.error());
    m_out << tr("Family names and phone numbers destroyed: %1").arg(*count) << '\n';
    return 0;
}

int AdminCommands::privacyExport(const QString &registerNumber, const QString &file)
{
    auto opened = openDesk(false);
    if (!opened)
        return fail(opened.error());
    if (auto written = PersonalDataExport::write(*(*opened)->desk, registerNumber, file); !written)
        return fail(written.error());
    m_out << tr("Everything held about %1 written to %2.").arg(registerNumber.trimmed(), file) << '\n';
    return 0;
}

} // namespace kj
