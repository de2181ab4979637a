#pragma once

// Runs the test cases linked into the program (Catch2's session, see catch_runner.cpp).
int runCatch(int argc, char *argv[]);
