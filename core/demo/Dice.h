#pragma once

#include <QtGlobal>

#include <random>
#include <utility>

namespace kj {

// Seeded randomness for simulations, so two runs with the same seed write the same history.
class Dice
{
public:
    explicit Dice(quint64 seed)
        : m_rng(seed)
    { }
    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_rng); }
    qint64 between64(qint64 low, qint64 high)
    {
        return std::uniform_int_distribution<qint64>(low, high)(m_rng);
    }
    double unit() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng); }
    bool chance(double p) { return unit() < p; }
    template<typename List> const auto &pick(const List &list)
    {
        return list[between(0, int(list.size()) - 1)];
    }
    // Fisher–Yates with this generator (std::shuffle's order differs between libraries).
    template<typename List> void shuffle(List &list)
    {
        for (int i = int(list.size()) - 1; i > 0; --i)
            std::swap(list[i], list[between(0, i)]);
    }

private:
    std::mt19937_64 m_rng;
};

} // namespace kj
