#include "Result.h"

namespace kj {

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::InvalidInput:
        return 2;
    case ErrorKind::Integrity:
        return 3;
    case ErrorKind::Database:
        return 4;
    case ErrorKind::Refused:
        return 5;
    }
    return 1;
}

} // namespace kj
