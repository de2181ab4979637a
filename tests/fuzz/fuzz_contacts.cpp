// libFuzzer entry point for the family-contacts CSV parser: any bytes give rows or listed
// problems, never a crash, a hang or undefined behaviour.
#include "ContactsCsv.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = kj::ContactsCsv::parse(bytes);
    if (parsed.ok()) {
        // An accepted row carries a normalised number and a known relation.
        for (const kj::ContactRow &row : parsed.value()) {
            if (!row.phone.startsWith(QLatin1Char('+')) || kj::Relation::label(row.relation).isEmpty())
                __builtin_trap();
        }
    } else {
        for (const kj::CsvProblem &p : parsed.problems()) {
            if (p.reason.isEmpty())
                __builtin_trap();
        }
    }
    return 0;
}
