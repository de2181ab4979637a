#include "HallSound.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <QtEndian>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace kj::test {

namespace {
constexpr qint64 frameMs = 10;
constexpr double heardRms = 300.0;
} // namespace

QList<Span> audibleSpans(const QByteArray &pcm, int rate, qint64 mergeGapMs)
{
    const qsizetype frame = rate * frameMs / 1000;
    const qsizetype samples = pcm.size() / 2;
    const auto *data = reinterpret_cast<const uchar *>(pcm.constData());
    QList<Span> spans;
    for (qsizetype first = 0; first + frame <= samples; first += frame) {
        double sum = 0;
        for (qsizetype i = first; i < first + frame; ++i) {
            const double v = qFromLittleEndian<qint16>(data + 2 * i);
            sum += v * v;
        }
        if (std::sqrt(sum / double(frame)) <= heardRms)
            continue;
        const qint64 start = first / frame * frameMs;
        if (!spans.isEmpty() && start - spans.last().endMs <= mergeGapMs)
            spans.last().endMs = start + frameMs;
        else
            spans.append({ start, start + frameMs });
    }
    return spans;
}

std::optional<Wav> readWav(const QByteArray &bytes)
{
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return std::nullopt;
    Wav wav;
    bool mono16 = false;
    qsizetype at = 12;
    while (at + 8 <= bytes.size()) {
        const QByteArray id = bytes.mid(at, 4);
        const quint32 size = qFromLittleEndian<quint32>(bytes.constData() + at + 4);
        const qsizetype body = at + 8;
        if (id == "fmt " && body + 16 <= bytes.size()) {
            const quint16 format = qFromLittleEndian<quint16>(bytes.constData() + body);
            const quint16 channels = qFromLittleEndian<quint16>(bytes.constData() + body + 2);
            wav.rate = int(qFromLittleEndian<quint32>(bytes.constData() + body + 4));
            const quint16 bits = qFromLittleEndian<quint16>(bytes.constData() + body + 14);
            mono16 = format == 1 && channels == 1 && bits == 16;
        } else if (id == "data") {
            wav.pcm = bytes.mid(body, qMin<qsizetype>(size, bytes.size() - body));
            return mono16 && wav.rate > 0 ? std::optional(wav) : std::nullopt;
        }
        at = body + size + (size & 1);
    }
    return std::nullopt;
}

HallRecorder::HallRecorder(const Clock &clock)
    : m_clock(clock)
{
    QObject::connect(&m_parec, &QProcess::readyReadStandardOutput, [this] { read(); });
}

HallRecorder::~HallRecorder()
{
    stop();
}

bool HallRecorder::start(const QString &source)
{
    m_parec.start(u"parec"_s,
        { u"--raw"_s, u"--format=s16le"_s, u"--rate=%1"_s.arg(rate), u"--channels=1"_s,
            u"--latency-msec=10"_s, u"--device="_s + source });
    if (!m_parec.waitForStarted(5000))
        return false;
    return waitUntil(m_clock, 5000, [this] { return m_started; });
}

void HallRecorder::stop()
{
    if (m_parec.state() == QProcess::NotRunning)
        return;
    m_parec.terminate();
    if (!m_parec.waitForFinished(3000))
        m_parec.kill();
    m_parec.waitForFinished(3000);
}

void HallRecorder::read()
{
    const qint64 now = m_clock.monotonicMs();
    m_pcm += m_parec.readAllStandardOutput();
    // The samples just received end now at the latest: their first sample was at most now minus
    // their own length. The smallest such bound over all blocks is the recording's start.
    const qint64 startBound = now - (m_pcm.size() / 2) * 1000 / rate;
    m_startMs = m_started ? qMin(m_startMs, startBound) : startBound;
    m_started = true;
}

QList<Span> HallRecorder::spans(qint64 mergeGapMs) const
{
    QList<Span> list = audibleSpans(m_pcm, rate, mergeGapMs);
    for (Span &s : list) {
        s.startMs += m_startMs;
        s.endMs += m_startMs;
    }
    return list;
}

qint64 HallRecorder::recordedUntilMs() const
{
    return m_started ? m_startMs + (m_pcm.size() / 2) * 1000 / rate : std::numeric_limits<qint64>::min();
}

bool waitUntil(const Clock &clock, qint64 timeoutMs, const std::function<bool()> &done)
{
    const qint64 until = clock.monotonicMs() + timeoutMs;
    while (!done()) {
        if (clock.monotonicMs() >= until)
            return false;
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

} // namespace kj::test
