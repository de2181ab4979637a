#include "FreeText.h"

#include "Text.h"

using namespace Qt::StringLiterals;

namespace kj {

namespace {

bool isMultiLine(FreeText::Field field)
{
    return field == FreeText::Field::Complaint || field == FreeText::Field::FollowUp;
}

} // namespace

int FreeText::maxLength(Field field)
{
    switch (field) {
    case Field::Reason:
    case Field::Note:
        return maxReason;
    case Field::Complaint:
    case Field::FollowUp:
        return maxLong;
    default:
        return maxShort;
    }
}

qsizetype FreeText::length(QStringView text)
{
    return text.toUcs4().size();
}

QString FreeText::label(Field field)
{
    switch (field) {
    case Field::Name:
        return tr("the name");
    case Field::Alias:
        return tr("the alias");
    case Field::FamilyName:
        return tr("the family member's name");
    case Field::OfficerName:
        return tr("the officer's name");
    case Field::Complainant:
        return tr("the complainant's name");
    case Field::Relation:
        return tr("the relation");
    case Field::RegisterNumber:
        return tr("the register number");
    case Field::Block:
        return tr("the block");
    case Field::Cell:
        return tr("the cell");
    case Field::Reason:
        return tr("the reason");
    case Field::Note:
        return tr("the corrected value");
    case Field::Complaint:
        return tr("the complaint");
    case Field::FollowUp:
        return tr("the follow-up");
    }
    return {};
}

std::optional<Error> FreeText::problem(QStringView text, Field field)
{
    const bool lines = isMultiLine(field);
    for (const char32_t c : text.toUcs4()) {
        const bool whitespace = c == u'\t' || (lines && (c == u'\n' || c == u'\r'));
        if ((isControlCharacter(c) && !whitespace) || isBidiControl(c)) {
            return Error::invalid(u"text-hidden-character"_s,
                tr("%1 contains a control or text-direction character (U+%2)")
                    .arg(label(field), u"%1"_s.arg(uint(c), 4, 16, QChar(u'0')).toUpper()));
        }
    }
    // What is kept: the text trimmed, and a one-line text with its inner spaces collapsed too.
    const QString kept = lines ? text.trimmed().toString() : text.toString().simplified();
    if (length(kept) > maxLength(field)) {
        return Error::invalid(u"text-too-long"_s,
            tr("%1 is longer than %2 characters").arg(label(field)).arg(maxLength(field)));
    }
    return std::nullopt;
}

Result<void> FreeText::check(QStringView text, Field field)
{
    std::optional<Error> found = problem(text, field);
    if (!found)
        return {};
    found->message = found->message.left(1).toUpper() + found->message.mid(1) + u'.';
    return *found;
}

Result<void> FreeText::check(std::initializer_list<std::pair<QStringView, Field>> texts)
{
    for (const auto &[text, field] : texts) {
        if (auto checked = check(text, field); !checked)
            return checked;
    }
    return {};
}

} // namespace kj
