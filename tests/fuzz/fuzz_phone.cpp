// libFuzzer entry point for the phone normaliser: whatever people type, either an E.164 number
// that normalises to itself, or a reason key.
#include "PhoneNumber.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto phone = kj::normalisePhone(text);
    if (!phone.ok()) {
        if (phone.error().reason.isEmpty())
            __builtin_trap();
        return 0;
    }
    const QString &e164 = phone.value();
    if (!e164.startsWith(QLatin1Char('+')) || e164.size() < 9 || e164.size() > 16)
        __builtin_trap();
    for (qsizetype i = 1; i < e164.size(); ++i) {
        if (e164[i] < QLatin1Char('0') || e164[i] > QLatin1Char('9'))
            __builtin_trap();
    }
    // Normalising is idempotent: the stored form reads back as itself.
    const auto again = kj::normalisePhone(e164);
    if (!again.ok() || again.value() != e164)
        __builtin_trap();
    (void)kj::maskPhone(e164);
    return 0;
}
