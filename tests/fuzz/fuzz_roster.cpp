// libFuzzer entry point for the roster CSV parser: any bytes give rows or listed problems, never
// a crash, a hang or undefined behaviour.
#include "RosterCsv.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = kj::RosterCsv::parse(bytes);
    if (parsed.ok()) {
        // Every row the parser accepts must hold what an import needs.
        for (const kj::RosterRow &row : parsed.value()) {
            if (row.registerNumber.isEmpty() || row.name.isEmpty() || row.cell.isEmpty() || row.line < 1)
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
