#include "ReportDocument.h"

#include "Format.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <limits>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Sizes are relative (large, x-large) to the document's default font, so the same HTML prints at
// 7.5 pt and shows on screen at the screen's size.

// The facility's letterhead (kop surat), a rule under it.
QString letterhead(const FacilityInfo &f)
{
    return u"<table width='100%' cellspacing='0' cellpadding='0'><tr><td align='center'>"
           "<div style='font-size:large;font-weight:bold'>%1</div>"
           "<div style='font-size:large;font-weight:bold'>%2</div>"
           "<div style='font-size:x-large;font-weight:bold'>%3</div>"
           "<div>%4</div></td></tr></table>"
           "<hr style='height:2px;background-color:black'/>"_s.arg(esc(f.ministry.toUpper()),
               esc(f.office.toUpper()), esc(f.name.toUpper()),
               esc(ReportDocument::tr("%1 · Telephone %2").arg(f.address, f.phone)));
}

QString titleBlock(const QString &title, const QString &subtitle)
{
    return u"<p align='center' style='margin-top:4px;margin-bottom:0'><span "
           u"style='font-size:x-large;font-weight:bold'>"
           "%1</span><br/><span style='font-size:large'>%2</span></p>"_s.arg(esc(title), esc(subtitle));
}

QString sectionTitle(const QString &title)
{
    return u"<p style='font-size:large;font-weight:bold;margin-top:10px;margin-bottom:3px'>%1</p>"_s.arg(
        esc(title));
}

// A bordered table whose header rows (the caption, if any, and the column names) are repeated on
// every page, so a section's title stays with its table.
struct TableSpec
{
    QString caption;
    QStringList headers;
    QList<int> widths = {}; // percent per column, or none
    QList<int> alignRight = {}; // columns of numbers
    bool boldLast = false; // the last row is a total
};

QString table(const TableSpec &spec, const QList<QStringList> &rows)
{
    // Space above as a paragraph: a table's own top margin shortens its pages' usable height in
    // QTextDocument's layout, which keepRowsTogether() does not account for.
    QString html = u"<p style='margin:0;font-size:small'>&nbsp;</p>"
                   "<table width='100%' border='1' cellspacing='0' cellpadding='2.5' "
                   "style='border-collapse:collapse;border-color:#444'><thead>"_s;
    if (!spec.caption.isEmpty()) {
        html += u"<tr><th colspan='%1' align='left' style='font-size:large;border-style:none'>%2</th></tr>"_s
                    .arg(spec.headers.size())
                    .arg(esc(spec.caption));
    }
    html += u"<tr>"_s;
    for (qsizetype c = 0; c < spec.headers.size(); ++c) {
        const QString width = c < spec.widths.size() ? u" width='%1%'"_s.arg(spec.widths[c]) : QString();
        html += u"<th%1 bgcolor='#e5e7eb'>%2</th>"_s.arg(width, esc(spec.headers[c]));
    }
    html += u"</tr></thead>"_s;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QStringList &row = rows[r];
        const bool bold = spec.boldLast && r + 1 == rows.size();
        html += u"<tr>"_s;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const QString align = spec.alignRight.contains(int(c)) ? u" align='right'"_s : QString();
            html += (bold ? u"<td%1><b>%2</b></td>"_s : u"<td%1>%2</td>"_s).arg(align, esc(row[c]));
        }
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

// Two signature blocks: the officer on the left, the head of the facility on the right.
QString signatures(const FacilityInfo &f, QDate date)
{
    const QString blank = u"<br/><br/><br/><br/>(..........................................)<br/>"_s;
    return u"<table width='100%' cellspacing='0' cellpadding='0' style='margin-top:14px'><tr>"
           "<td width='50%' align='center'>%1<br/>%2%3</td>"
           "<td width='50%' align='center'>%4<br/>%5%3%6</td></tr></table>"_s.arg(
               esc(ReportDocument::tr("Made by,")), esc(ReportDocument::tr("Officer on duty")), blank,
               esc(ReportDocument::tr("Acknowledged, %1").arg(Format::date(date))),
               esc(ReportDocument::tr("Head of %1").arg(f.name)), esc(ReportDocument::tr("NIP.")));
}

// The title is also the pages' footer.
QString document(const QString &title, const QString &body)
{
    // Any letter spacing turns ligatures off, so "Officer" stays six letters a PDF viewer finds
    // (and pdftotext reads) instead of an "ffi" glyph.
    return u"<html><head><title>%1</title></head><body style='letter-spacing:0.1px'>"_s.arg(esc(title)) + body
        + u"</body></html>"_s;
}

QString dailyTitle(const DailyRegister &report)
{
    return ReportDocument::tr("%1 — %2").arg(Reports::registerTitle(), Format::date(report.day));
}

QString tallyTable(
    const QString &caption, const QString &labelHeader, const QList<TallyRow> &rows, bool withTotal = false)
{
    QList<QStringList> cells;
    for (const TallyRow &row : rows)
        cells.append(QStringList { row.label } + Reports::tallyCells(row.tally));
    return table({ caption, QStringList { labelHeader } + Reports::tallyHeaders(),
                     { 20, 7, 7, 7, 8, 8, 8, 8, 8, 9, 10 }, { 1, 2, 3, 4, 5, 6, 7, 8 }, withTotal },
        cells);
}

// QTextDocument breaks a table row across pages line by line, and a register line must stay whole.
// It moves a row to the next page (under the repeated header) only when no cell's first line fits
// on this one; so a row that would straddle the page's end pushes itself past it by growing the
// row above (as the layout itself grows that row when it moves one). Rows are fixed from the top,
// each fix moving the ones below it.
void keepRowsTogether(QTextDocument &doc)
{
    const qreal pageHeight = doc.pageSize().height();
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    // Cell paddings are in 96-dpi pixels; the layout works in the device's.
    const qreal deviceScale = layout->paintDevice() ? layout->paintDevice()->logicalDpiY() / 96.0 : 1.0;
    // The layout is lazy: blocks never laid out before an edit are then left empty (no lines)
    // when the edit's range is laid out again. So all of it first, and all of it again after.
    (void)layout->documentSize();
    bool moved = false;
    const QList<QTextFrame *> frames = doc.rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        const qreal padding = table->format().cellPadding();
        for (int row = table->format().headerRowCount() + 1; row < table->rows(); ++row) {
            qreal top = std::numeric_limits<qreal>::max();
            qreal bottom = 0;
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                top = qMin(top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
                bottom = qMax(bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
            }
            const int page = int(top / pageHeight);
            if (int((bottom - 0.5) / pageHeight) == page || bottom - top >= pageHeight)
                continue;
            const qreal push = (page + 1) * pageHeight - top + 1;
            // One edit, so the document is laid out again once, not once per cell.
            QTextCursor edit(&doc);
            edit.beginEditBlock();
            for (int column = 0; column < table->columns(); ++column) {
                QTextTableCell above = table->cellAt(row - 1, column);
                QTextTableCellFormat format = above.format().toTableCellFormat();
                format.setBottomPadding(padding + push / deviceScale);
                above.setFormat(format);
            }
            edit.endEditBlock();
            moved = true;
        }
    }
    if (moved)
        doc.markContentsDirty(0, doc.characterCount());
}

} // namespace

QString ReportDocument::html(const DailyRegister &report, bool fullPhone)
{
    QString body = letterhead(report.facility);
    body += titleBlock(Reports::registerTitle(),
        tr("%1 · times in %2").arg(Format::date(report.day), Format::zoneAbbreviation(report.zone)));
    if (report.lines.isEmpty()) {
        body
            += u"<p align='center' style='font-size:x-large;margin-top:18px;margin-bottom:18px'>%1</p>"_s.arg(
                esc(Reports::emptyDayText(report)));
    } else {
        QList<QStringList> rows;
        for (qsizetype i = 0; i < report.lines.size(); ++i)
            rows.append(Reports::registerCells(report, i, fullPhone));
        body += table(
            { {}, Reports::registerHeaders(), { 3, 5, 11, 8, 5, 10, 9, 5, 5, 6, 8, 8, 7, 10 }, { 0 } }, rows);
    }
    QStringList labels;
    QStringList values;
    for (const auto &[label, value] : Reports::totalsText(report.totals)) {
        labels.append(label);
        values.append(value);
    }
    body += table({ tr("Totals"), labels, {}, { 0, 1, 2, 3, 4, 5, 6 } }, { values });
    body += u"<p style='margin-top:6px'>%1</p>"_s.arg(esc(Reports::callLengthText(report.call)));
    body += u"<p style='margin-top:6px'>%1</p>"_s.arg(
        esc(report.anchor ? Reports::anchorText(*report.anchor) : tr("No event was recorded on this day.")));
    if (report.seal)
        body += u"<p>%1</p>"_s.arg(esc(Reports::sealText(*report.seal, report.zone)));
    body += signatures(report.facility, report.day);
    return document(dailyTitle(report), body);
}

QString ReportDocument::html(const MonthlyRecap &recap)
{
    QString body = letterhead(recap.facility);
    body += titleBlock(Reports::recapTitle(recap.month),
        tr("%1 to %2").arg(Format::date(recap.month), Format::date(recap.month.addMonths(1).addDays(-1))));

    if (recap.byDay.isEmpty()) {
        body += sectionTitle(tr("Per day"));
        body += u"<p>%1</p>"_s.arg(esc(tr("No visits were registered in this month.")));
    } else {
        body += tallyTable(
            tr("Per day"), tr("Day"), recap.byDay + QList<TallyRow> { { tr("Month"), recap.total } }, true);
    }
    if (!recap.byCell.isEmpty())
        body += tallyTable(tr("Per cell"), tr("Cell"), recap.byCell);
    if (!recap.byStation.isEmpty())
        body += tallyTable(tr("Per station"), tr("Station"), recap.byStation);
    if (!recap.byOfficer.isEmpty())
        body += tallyTable(tr("Per officer"), tr("Officer"), recap.byOfficer);
    body += u"<p>%1</p>"_s.arg(esc(tr("Corrected lines: %1").arg(recap.corrected)));

    const Ikm &ikm = recap.ikm;
    const QString ikmTitle = tr("Satisfaction index (IKM, PermenPANRB 14/2017)");
    if (ikm.respondents == 0) {
        body += sectionTitle(ikmTitle);
        body += u"<p>%1</p>"_s.arg(esc(tr("No survey answers in this month.")));
    } else {
        QList<QStringList> rows;
        for (int i = 0; i < 9; ++i) {
            const double average = ikm.itemAverage[size_t(i)];
            rows.append({ u"U%1"_s.arg(i + 1), Reports::ikmItemName(i + 1), Reports::decimal(average, 2),
                Reports::decimal(average / 9, 3) });
        }
        rows.append(
            { QString(), tr("Sum of weighted averages"), QString(), Reports::decimal(ikm.average, 3) });
        body += table(
            { ikmTitle, { tr("Element"), tr("Service element"), tr("Average (NRR)"), tr("Weighted (× 1/9)") },
                { 8, 52, 20, 20 }, { 2, 3 } },
            rows);
        body += u"<p style='font-size:large;margin-top:4px'><b>%1</b></p>"_s.arg(
            esc(tr("IKM = %1 × 25 = %2 · quality %3 · %n respondent(s)", nullptr, ikm.respondents)
                    .arg(Reports::decimal(ikm.average, 3), Reports::decimal(ikm.index, 2),
                        Reports::ikmCategoryLabel(ikm.category))));
    }

    body += sectionTitle(tr("Complaints"));
    QStringList counts;
    for (const auto &[label, count] : recap.complaintsByChannel)
        counts.append(u"%1 %2"_s.arg(label).arg(count));
    QStringList statuses;
    for (const auto &[label, count] : recap.complaintsByStatus)
        statuses.append(u"%1 %2"_s.arg(label).arg(count));
    body += u"<p>%1<br/>%2<br/>%3</p>"_s.arg(esc(tr("Received: %1").arg(recap.complaints.size())),
        esc(tr("By channel: %1").arg(counts.join(u", "_s))),
        esc(tr("By status: %1").arg(statuses.join(u", "_s))));
    if (!recap.complaints.isEmpty()) {
        QList<QStringList> rows;
        for (const Complaint &c : recap.complaints) {
            rows.append({ Format::shortDate(c.received), Complaints::channelLabel(c.channel), c.content,
                c.followUp, Complaints::statusLabel(c.status) });
        }
        body += table({ {}, { tr("Received"), tr("Channel"), tr("Content"), tr("Follow-up"), tr("Status") },
                          { 9, 11, 40, 30, 10 } },
            rows);
    }

    const QString restrictionsTitle = tr("Restrictions in force");
    if (recap.restrictions.isEmpty()) {
        body += sectionTitle(restrictionsTitle);
        body += u"<p>%1</p>"_s.arg(esc(tr("None.")));
    } else {
        QList<QStringList> rows;
        for (const RestrictionLine &r : recap.restrictions) {
            rows.append({ r.name, r.registerNumber, r.cell, r.reason, Format::shortDate(r.from),
                r.to.isValid() ? Format::shortDate(r.to) : tr("until lifted"),
                r.lifted ? tr("yes") : QString() });
        }
        body += table({ restrictionsTitle,
                          { tr("WBP name"), tr("Register no."), tr("Cell"), tr("Reason"), tr("From"),
                              tr("Until"), tr("Lifted") },
                          { 18, 12, 6, 34, 10, 12, 8 } },
            rows);
    }
    body += signatures(recap.facility, recap.month.addMonths(1).addDays(-1));
    return document(Reports::recapTitle(recap.month), body);
}

QPageLayout ReportDocument::pageLayout()
{
    return QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 10, 12, 10), QPageLayout::Millimeter);
}

Result<void> ReportDocument::paint(const QString &html, QPagedPaintDevice &device)
{
    device.setPageLayout(pageLayout());
    QPainter painter;
    if (!painter.begin(&device)) {
        return Error::invalid(u"print-failed"_s, tr("The report could not be printed or written."));
    }
    const QRect area = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const qreal footerHeight = device.logicalDpiY() * 8 / 25.4; // 8 mm
    const QSizeF body(area.width(), area.height() - footerHeight);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDocumentMargin(0);
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(7.5);
    doc.setDefaultFont(font);
    doc.setHtml(html);
    doc.setPageSize(body);
    keepRowsTogether(doc);

    QFont footerFont = font;
    footerFont.setPointSizeF(7);
    const int pages = doc.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        const QRectF visible(0, page * body.height(), body.width(), body.height());
        painter.translate(0, -visible.top());
        doc.drawContents(&painter, visible);
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(Qt::darkGray);
        const QRectF footer(0, area.height() - footerHeight, area.width(), footerHeight);
        painter.drawLine(footer.topLeft() + QPointF(0, footerHeight / 4),
            footer.topRight() + QPointF(0, footerHeight / 4));
        painter.drawText(
            footer, Qt::AlignRight | Qt::AlignBottom, tr("Page %1 of %2").arg(page + 1).arg(pages));
        painter.drawText(
            footer, Qt::AlignLeft | Qt::AlignBottom, doc.metaInformation(QTextDocument::DocumentTitle));
        painter.setPen(Qt::black);
    }
    painter.end();
    return {};
}

Result<void> ReportDocument::writePdf(const QString &html, const QString &file)
{
    QTextDocument titled;
    titled.setHtml(html);
    QPdfWriter writer(file);
    writer.setResolution(300);
    writer.setTitle(titled.metaInformation(QTextDocument::DocumentTitle));
    writer.setCreator(u"Kunjungan"_s);
    if (auto painted = paint(html, writer); !painted)
        return painted;
    if (!QFileInfo(file).isFile() || QFileInfo(file).size() == 0)
        return Error::invalid(u"output-unwritable"_s, tr("%1 cannot be written.").arg(file));
    return {};
}

Result<void> ReportDocument::writePdf(const DailyRegister &report, const QString &file)
{
    return writePdf(html(report), file);
}

Result<void> ReportDocument::writePdf(const MonthlyRecap &recap, const QString &file)
{
    return writePdf(html(recap), file);
}

} // namespace kj
