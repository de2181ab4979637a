#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kj {

class ChainVerifier;

class AuditSource;
struct Seal;

// One thing verify found wrong, named so that people can look at it: what was checked, the event
// or the row, the field, what the record gives and what was found.
struct VerifyFinding
{
    enum class Check { Chain, Projection, PersonalData, Schema, Seal };
    Check check = Check::Chain;
    qint64 seq = 0; // the event concerned, 0 if none
    QString table;
    QString key;
    QString field;
    QString expected;
    QString found;
    QString message; // one line, in the UI language
};

// Everything verify checks besides the chain: that every projection row is what the events give
// (the whole logbook replayed in memory and compared, table by table), that the personal data
// behind every digest is there, unaltered and only erased by a recorded redaction, and that the
// schema (tables, indexes, triggers, views) is exactly a new logbook's.
class Audit
{
    Q_DECLARE_TR_FUNCTIONS(Audit)

public:
    // At most `limit` findings are returned (the first of each kind come first). The chain, if
    // given, is checked as the events are read for the replay (ChainVerifier::finish says how).
    static Result<QList<VerifyFinding>> run(
        AuditSource &source, ChainVerifier *chain = nullptr, qsizetype limit = 50);
    // The seals against the logbook: each signed by the facility's key, made for this logbook
    // (its id), and still matching the event it sealed (a truncation or rewrite behind it fails).
    static Result<QList<VerifyFinding>> seals(AuditSource &source, const QList<Seal> &seals);
};

} // namespace kj
