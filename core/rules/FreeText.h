#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <initializer_list>
#include <optional>
#include <utility>

namespace kj {

// Text people type or import that the record keeps and shows again, on screens, printed registers,
// CSV files and terminals: bounded in length, and free of characters that hide or reorder what is
// shown (control characters, bidirectional overrides). One rule for the importers and the Desk.
class FreeText
{
    Q_DECLARE_TR_FUNCTIONS(FreeText)

public:
    // What a text is: decides its limit and names it in the message.
    enum class Field {
        Name, // a WBP's
        Alias,
        FamilyName,
        OfficerName,
        Complainant,
        Relation,
        RegisterNumber,
        Block,
        Cell,
        Reason,
        Note, // a corrected value of a line, the note among them
        Complaint,
        FollowUp,
    };
    // Names, relations, numbers and places: one line.
    static constexpr int maxShort = 120;
    // A reason or a note: one line, a sentence or two (what the register's column can show).
    static constexpr int maxReason = 500;
    // A complaint and its follow-up: may run over several lines.
    static constexpr int maxLong = 2000;

    static int maxLength(Field field);
    // Characters, as people count them (a letter outside the BMP is one).
    static qsizetype length(QStringView text);

    // nullopt when the text may be kept. Otherwise InvalidInput, reason text-too-long or
    // text-hidden-character, whose message is a phrase for a line of a file: "nama lebih dari 120
    // karakter". Tabs are allowed (whitespace, collapsed where a line is kept); line breaks only in
    // a complaint and its follow-up.
    static std::optional<Error> problem(QStringView text, Field field);
    // The same as a sentence, for text typed at the desk.
    static Result<void> check(QStringView text, Field field);
    // The first problem of several texts.
    static Result<void> check(std::initializer_list<std::pair<QStringView, Field>> texts);

private:
    static QString label(Field field);
};

} // namespace kj
