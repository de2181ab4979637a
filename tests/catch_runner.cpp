// Catch2's own implementation, compiled once for every test program: it is the slowest file of the
// build, it is not what we test, so it is built without sanitizers and with light optimisation.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "CatchRunner.h"

int runCatch(int argc, char *argv[])
{
    return Catch::Session().run(argc, argv);
}
