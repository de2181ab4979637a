#include "CsvFile.h"

using namespace Qt::StringLiterals;

namespace kj {

CsvFile::CsvFile(const QString &path)
    : m_file(path)
{ }

Result<void> CsvFile::open()
{
    if (auto opened = m_file.open(); !opened)
        return opened;
    m_file.writeBytes("\xEF\xBB\xBF");
    return {};
}

void CsvFile::writeRow(const QStringList &fields)
{
    m_file.write(csvLine(fields));
}

Result<void> CsvFile::commit()
{
    return m_file.commit();
}

Result<void> CsvFile::write(const QString &path, const QList<QStringList> &rows)
{
    CsvFile file(path);
    if (auto opened = file.open(); !opened)
        return opened;
    for (const QStringList &row : rows)
        file.writeRow(row);
    return file.commit();
}

QString csvLine(const QStringList &fields)
{
    QStringList out;
    for (QString field : fields) {
        // A spreadsheet runs a cell starting with one of these as a formula (=HYPERLINK(…), a
        // DDE call): a name from the record must stay text, and the apostrophe makes it so.
        if (!field.isEmpty() && QStringView(u"=+-@\t\r").contains(field[0]))
            field.prepend(u'\'');
        const bool plain = !field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n')
            && !field.contains(u'\r') && field == field.trimmed();
        out.append(plain ? field : u'"' + field.replace(u"\""_s, u"\"\""_s) + u'"');
    }
    return out.join(u',') + u"\r\n"_s;
}

} // namespace kj
