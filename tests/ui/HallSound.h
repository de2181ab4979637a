// What a microphone in the hall would tell: where in a recording sound is heard. Used on the sound
// files, on espeak-ng's rendering of a call, and on the recording of a real sound server's output.
#pragma once

#include "Clock.h"

#include <QByteArray>
#include <QList>
#include <QProcess>

#include <functional>
#include <optional>

namespace kj::test {

// Heard: a 10 ms frame whose RMS is above 300 of 32767 (-40 dBFS). Silences shorter than mergeGapMs
// inside a cue (between the warning's two beeps, the chime's fading first note, a comma in speech)
// do not split it.
struct Span
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 lengthMs() const { return endMs - startMs; }
};
// 400 ms: the chime's first note fades below hearing 230 ms before its second begins, and a short
// underrun of a busy machine must not split it; different cues are 0.7 s and more apart.
inline constexpr qint64 cueGapMs = 400;
// Times from the first sample; pcm: signed 16-bit little-endian mono.
QList<Span> audibleSpans(const QByteArray &pcm, int rate, qint64 mergeGapMs = cueGapMs);

// A mono 16-bit PCM WAV file's samples and rate. A data chunk claiming more than the file holds
// (espeak-ng --stdout cannot seek back to write its size) is read to the end.
struct Wav
{
    QByteArray pcm;
    int rate = 0;
};
std::optional<Wav> readWav(const QByteArray &bytes);

// Records a PulseAudio source (the null sink's monitor) with parec as it plays, and places each
// sample on the clock: a block is heard no later than it arrives, so the earliest arrival relative
// to its samples' place gives the recording's start (within parec's 10 ms latency).
class HallRecorder
{
public:
    explicit HallRecorder(const Clock &clock);
    ~HallRecorder();
    // False when parec does not start or sends nothing within 5 s.
    bool start(const QString &source);
    void stop();
    // Audible spans on the clock (ms).
    QList<Span> spans(qint64 mergeGapMs = cueGapMs) const;
    // The clock time up to which sound has been recorded.
    qint64 recordedUntilMs() const;

    static constexpr int rate = 16000;

private:
    void read();

    const Clock &m_clock;
    QProcess m_parec;
    QByteArray m_pcm;
    qint64 m_startMs = 0; // clock time of the first sample
    bool m_started = false;
};

// Runs the event loop until done() holds or timeoutMs pass on the clock; whether done() held.
bool waitUntil(const Clock &clock, qint64 timeoutMs, const std::function<bool()> &done);

} // namespace kj::test
