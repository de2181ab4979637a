#include "ReportCsv.h"

#include "CsvFile.h"
#include "Format.h"

using namespace Qt::StringLiterals;

namespace kj {

Result<void> ReportCsv::write(const DailyRegister &report, const QString &file, bool fullPhone)
{
    QList<QStringList> rows { Reports::registerHeaders() };
    for (qsizetype i = 0; i < report.lines.size(); ++i)
        rows.append(Reports::registerCells(report, i, fullPhone));
    return CsvFile::write(file, rows);
}

Result<void> ReportCsv::write(const MonthlyRecap &recap, const QString &file)
{
    // The recap's sections one after the other, each under its own heading, as on paper.
    QList<QStringList> rows { { Reports::recapTitle(recap.month) }, { recap.facility.name } };
    auto table = [&](const QString &title, const QList<TallyRow> &tallies) {
        rows.append(QStringList());
        rows.append({ title });
        rows.append(QStringList { QString() } + Reports::tallyHeaders());
        for (const TallyRow &row : tallies)
            rows.append(QStringList { row.label } + Reports::tallyCells(row.tally));
    };
    table(Reports::tr("Per day"), recap.byDay + QList<TallyRow> { { Reports::tr("Month"), recap.total } });
    table(Reports::tr("Per cell"), recap.byCell);
    table(Reports::tr("Per station"), recap.byStation);
    table(Reports::tr("Per officer"), recap.byOfficer);

    rows.append(QStringList());
    rows.append({ Reports::tr("Satisfaction index (IKM, PermenPANRB 14/2017)") });
    rows.append({ Reports::tr("Respondents"), QString(), QString::number(recap.ikm.respondents) });
    for (int i = 0; i < 9; ++i)
        rows.append({ u"U%1"_s.arg(i + 1), Reports::ikmItemName(i + 1),
            Reports::decimal(recap.ikm.itemAverage[size_t(i)], 2) });
    rows.append({ Reports::tr("Weighted average"), QString(), Reports::decimal(recap.ikm.average, 3) });
    rows.append({ Reports::tr("IKM"), QString(), Reports::decimal(recap.ikm.index, 2) });
    rows.append({ Reports::tr("Quality"), QString(), Reports::ikmCategoryLabel(recap.ikm.category) });

    rows.append(QStringList());
    rows.append({ Reports::tr("Complaints") });
    rows.append({ Reports::tr("Received"), Reports::tr("Channel"), Reports::tr("Content"),
        Reports::tr("Follow-up"), Reports::tr("Status") });
    for (const Complaint &c : recap.complaints) {
        rows.append({ Format::shortDate(c.received), Complaints::channelLabel(c.channel), c.content,
            c.followUp, Complaints::statusLabel(c.status) });
    }

    rows.append(QStringList());
    rows.append({ Reports::tr("Restrictions in force") });
    rows.append({ Reports::tr("WBP name"), Reports::tr("Register no."), Reports::tr("Cell"),
        Reports::tr("Reason"), Reports::tr("From"), Reports::tr("Until"), Reports::tr("Lifted") });
    for (const RestrictionLine &r : recap.restrictions) {
        rows.append({ r.name, r.registerNumber, r.cell, r.reason, Format::shortDate(r.from),
            r.to.isValid() ? Format::shortDate(r.to) : QString(),
            r.lifted ? Reports::tr("yes") : QString() });
    }
    rows.append(QStringList());
    rows.append({ Reports::tr("Corrected lines"), QString::number(recap.corrected) });
    return CsvFile::write(file, rows);
}

} // namespace kj
