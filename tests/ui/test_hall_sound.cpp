// The hall's sounds heard, not assumed. The "[.hall]" case runs only under tests/sound/hall-sound.sh,
// which starts PulseAudio with a null sink and speech-dispatcher with espeak-ng: a real call runs
// through the desk on a fake clock while parec records what the speakers would play.
#include "ConsoleFixture.h"

#include "HallSound.h"
#include "SettingsView.h"

#include <QFile>
#include <QTimer>

#include <iostream>
#include <sstream>

using namespace kj;
using namespace kj::test;
using Action = StationCard::Action;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// From the first sound to the last of a rendering: how long it is heard.
qint64 heardMs(const Wav &wav, qint64 mergeGapMs = cueGapMs)
{
    const QList<Span> spans = audibleSpans(wav.pcm, wav.rate, mergeGapMs);
    return spans.isEmpty() ? 0 : spans.last().endMs - spans.first().startMs;
}

Wav soundFile(const QString &name)
{
    const auto wav = readWav(fileBytes(u":/sounds/"_s + name + u".wav"_s));
    REQUIRE(wav);
    return *wav;
}

// espeak-ng's own rendering of a text with its Indonesian voice, as a WAV.
Wav espeakRendering(const QString &text)
{
    QProcess espeak;
    espeak.start(u"espeak-ng"_s, { u"-v"_s, u"id"_s, u"--stdout"_s, text });
    REQUIRE(espeak.waitForFinished(30'000));
    REQUIRE(espeak.exitCode() == 0);
    const auto wav = readWav(espeak.readAllStandardOutput());
    REQUIRE(wav);
    return *wav;
}

// The first sound heard from an event on (the recording's place on the clock is exact to ~10 ms,
// and a frame is 10 ms: a sound may seem to start up to 20 ms early).
std::optional<Span> firstAfter(const QList<Span> &spans, qint64 atMs)
{
    for (const Span &s : spans) {
        if (s.startMs >= atMs - 20)
            return s;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("the sound finder hears each cue file as one sound of its length, and silence as none", "[sound]")
{
    const Wav warning = soundFile(u"warning"_s);
    CHECK(warning.rate == 22050);
    // Two beeps of 0.25 s with 0.15 s between: one cue of 0.65 s (to a frame of 10 ms), then the
    // 0.25 s of silence every file ends with.
    const QList<Span> beeps = audibleSpans(warning.pcm, warning.rate);
    REQUIRE(beeps.size() == 1);
    CHECK(beeps.first().startMs == 0);
    CHECK(std::abs(beeps.first().endMs - 650) <= 10);
    CHECK(warning.pcm.size() / 2 * 1000 / warning.rate - beeps.first().endMs >= 230);
    const QList<Span> apart = audibleSpans(warning.pcm, warning.rate, 0);
    REQUIRE(apart.size() == 2);
    CHECK(std::abs(apart.last().startMs - 400) <= 10);
    CHECK(audibleSpans(QByteArray(22050 * 2, '\0'), 22050).isEmpty());
    // The alarm: three tones in 1.1 s. The chime's fading second note is heard for 0.85 of its 1.25 s.
    CHECK(std::abs(heardMs(soundFile(u"alarm"_s)) - 1100) <= 10);
    CHECK(std::abs(heardMs(soundFile(u"chime"_s)) - 850) <= 10);
    CHECK_FALSE(readWav("RIFF....WAVE"));
}

TEST_CASE(
    "on a real sound server the hall hears the chime, the spoken call, the warning and the repeating alarm "
    "on time and as long as they are, and nothing once muted",
    "[.hall]")
{
    const QString source = qEnvironmentVariable("KUNJUNGAN_HALL_SOURCE");
    if (source.isEmpty())
        FAIL(
            "KUNJUNGAN_HALL_SOURCE is not set: run tests/sound/hall-sound.sh, which starts the sound server");
    const SystemClock real;
    ConsoleFixture f(true, true); // an announcer that plays
    HallRecorder hall(real);
    REQUIRE(hall.start(source));
    QList<std::pair<QString, qint64>> played;
    QObject::connect(&f.announcer, &Announcer::played, [&](const QString &cue) {
        played.append({ cue, real.monotonicMs() });
    });
    auto playedAt = [&](const QString &cue, int nth = 1) -> qint64 {
        for (const auto &[name, at] : std::as_const(played)) {
            if (name == cue && --nth == 0)
                return at;
        }
        return -1;
    };
    auto count = [&](const QString &cue) {
        return std::count_if(played.cbegin(), played.cend(), [&](const auto &p) { return p.first == cue; });
    };
    // Sound was heard after `from`, and has since been silent for quietMs.
    auto heardThenQuiet = [&](qint64 from, qint64 quietMs) {
        const auto last = hall.spans();
        return !last.isEmpty() && last.last().startMs >= from - 20
            && hall.recordedUntilMs() - last.last().endMs >= quietMs;
    };
    auto recordedTo = [&](qint64 at) {
        return waitUntil(real, at - real.monotonicMs() + 5000, [&] { return hall.recordedUntilMs() >= at; });
    };

    // The voice list is read in the background; the console is usable meanwhile.
    REQUIRE(waitUntil(real, 120'000, [&] { return f.announcer.voice() != Announcer::Voice::Looking; }));
    REQUIRE(f.announcer.voice() == Announcer::Voice::Indonesian);
    // The fake clock keeps pace with the real one (the alarm repeats by it); the test jumps it on top.
    qint64 paced = real.monotonicMs();
    QTimer pace;
    QObject::connect(&pace, &QTimer::timeout, [&] {
        const qint64 now = real.monotonicMs();
        f.clock.advanceMs(now - paced);
        paced = now;
    });
    pace.start(20);
    const qint64 quietFrom = real.monotonicMs();
    REQUIRE(recordedTo(quietFrom + 500));
    CHECK(hall.spans().isEmpty()); // the server's silence is silent

    // Pengaturan names the voice it found.
    f.login();
    REQUIRE(f.window->showPage(ConsoleWindow::Page::Settings));
    CHECK(f.window->settingsView()->voiceText().startsWith(
        u"Suara panggilan: "_s + f.announcer.voiceName() + u", bahasa Indonesia."_s));
    REQUIRE(f.window->showPage(ConsoleWindow::Page::Desk));

    // 1. The call: the chime, then the voice.
    f.signIn(f.budi);
    f.signIn(f.agus);
    const qint64 callAt = real.monotonicMs();
    f.click(Action::CallNext);
    REQUIRE(waitUntil(real, 30'000,
        [&] { return count(u"speech"_s) == 1 && heardThenQuiet(playedAt(u"speech"_s), 1000); }));
    const QString spoken = f.announcer.requests().filter(u"speech:"_s).value(0).mid(7);
    REQUIRE(spoken == u"Nomor antrian A nol nol satu, Budi Santoso, kamar dua belas, silakan ke bilik satu");

    // 2. One minute left: the warning (the clock moved there at once, not in four minutes).
    f.click(Action::Start);
    f.clock.advanceSeconds(4 * 60);
    const qint64 warningAt = real.monotonicMs();
    f.window->tick();
    REQUIRE(count(u"warning"_s) == 1);
    REQUIRE(waitUntil(real, 10'000, [&] { return heardThenQuiet(warningAt, 500); }));

    // 3. Time is up: the alarm, again every 4 s, until the call is ended mid-tone in its third ring.
    f.clock.advanceSeconds(60);
    const qint64 timeUpAt = real.monotonicMs();
    f.window->tick();
    REQUIRE(waitUntil(real, 20'000, [&] { return count(u"alarm"_s) == 3; }));
    REQUIRE(waitUntil(real, 2000, [&] { return real.monotonicMs() >= playedAt(u"alarm"_s, 3) + 550; }));
    const qint64 endAt = real.monotonicMs();
    f.click(Action::End);
    REQUIRE(recordedTo(endAt + 5000)); // past the next ring, had there been one

    // 4. Muted while the next call is spoken: the voice stops, and a call again while muted is silent.
    const qint64 secondCallAt = real.monotonicMs();
    f.click(Action::CallNext);
    REQUIRE(waitUntil(real, 10'000, [&] {
        return count(u"speech"_s) == 2 && hall.recordedUntilMs() >= playedAt(u"speech"_s, 2) + 1000;
    }));
    const qint64 muteAt = real.monotonicMs();
    f.window->muteAction()->setChecked(true);
    REQUIRE(recordedTo(muteAt + 1000));
    const qint64 mutedCallAt = real.monotonicMs();
    f.click(Action::Recall);
    REQUIRE(recordedTo(mutedCallAt + Announcer::speechDelayMs + 3000));

    // What was heard, cue by cue. Each starts within 300 ms of its event. A tone lasts as long as
    // its file (±15%, at least ±60 ms: two frames at either end); the voice as long as espeak-ng
    // renders the same text (±20%: speech-dispatcher speaks at 170 words a minute, espeak-ng alone
    // at 175). A cue cut short by End or Mute is measured from there, below.
    const QList<Span> spans = hall.spans();
    const QList<Span> speechSpans = hall.spans(600); // a pause in speech does not end it
    std::ostringstream table;
    table << "Hall sound on PulseAudio (null sink) and speech-dispatcher (espeak-ng, voice "
          << f.announcer.voiceName().toStdString() << ")\n"
          << "cue                onset ms  heard ms  expected ms\n";
    auto heard = [&](const QString &cue, const QList<Span> &from, qint64 eventAt,
                     std::optional<qint64> expectedMs, double tolerance = 0.15) {
        const auto span = firstAfter(from, eventAt);
        INFO(cue.toStdString());
        REQUIRE(span);
        const qint64 onset = span->startMs - eventAt;
        table << cue.leftJustified(18).toStdString() << QString::number(onset).rightJustified(9).toStdString()
              << QString::number(span->lengthMs()).rightJustified(10).toStdString()
              << (expectedMs ? QString::number(*expectedMs) : u"(cut)"_s).rightJustified(13).toStdString()
              << '\n';
        CHECK(onset >= 0);
        CHECK(onset <= 300);
        if (expectedMs)
            CHECK(std::abs(span->lengthMs() - *expectedMs)
                <= std::max<qint64>(60, qint64(*expectedMs * tolerance)));
        return *span;
    };
    const qint64 chimeMs = heardMs(soundFile(u"chime"_s));
    const qint64 alarmMs = heardMs(soundFile(u"alarm"_s));
    const Span chime = heard(u"chime"_s, spans, callAt, chimeMs);
    const Span speech = heard(
        u"spoken call"_s, speechSpans, playedAt(u"speech"_s), heardMs(espeakRendering(spoken), 600), 0.20);
    heard(u"warning"_s, spans, warningAt, heardMs(soundFile(u"warning"_s)));
    heard(u"alarm at time up"_s, spans, timeUpAt, alarmMs);
    heard(u"alarm again"_s, spans, playedAt(u"alarm"_s, 2), alarmMs);
    const Span lastRing = heard(u"alarm, then End"_s, spans, playedAt(u"alarm"_s, 3), std::nullopt);
    heard(u"chime, next call"_s, spans, secondCallAt, chimeMs);
    const Span mutedSpeech
        = heard(u"voice, then Mute"_s, speechSpans, playedAt(u"speech"_s, 2), std::nullopt);
    table << "voice " << speech.startMs - callAt << " ms after the call (due at " << Announcer::speechDelayMs
          << " ms, after the chime)\n"
          << "alarm silent " << lastRing.endMs - endAt << " ms after End; voice silent "
          << mutedSpeech.endMs - muteAt << " ms after Mute; nothing heard in the "
          << hall.recordedUntilMs() - mutedCallAt << " ms after a call while muted\n";
    std::cout << table.str() << std::flush;
    if (const QString out = qEnvironmentVariable("KUNJUNGAN_SOUND_FIGURES"); !out.isEmpty()) {
        QFile file(out);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray::fromStdString(table.str()));
    }

    CHECK(playedAt(u"speech"_s) - callAt >= Announcer::speechDelayMs);
    CHECK(speech.startMs > chime.endMs); // the voice after the chime, not over it
    CHECK(playedAt(u"alarm"_s) - timeUpAt < 50); // the ring is asked for at the tick that sees time up
    const qint64 repeatMs = playedAt(u"alarm"_s, 2) - playedAt(u"alarm"_s);
    CHECK(repeatMs >= 3900);
    CHECK(repeatMs <= 4400);
    // Ending the call stops the ring at once, and no ring follows.
    CHECK(lastRing.endMs - endAt <= 300);
    CHECK(count(u"alarm"_s) == 3);
    // Mute silences the voice, and a call while muted is neither rung nor spoken. The voice is
    // stopped by speech-dispatcher's process, told over its socket and passing it to espeak-ng's:
    // 150-350 ms measured on a busy 2-core machine, so 500 ms allowed (tones stop in this process).
    CHECK(mutedSpeech.endMs - muteAt <= 500);
    CHECK(count(u"speech"_s) == 2);
    CHECK(f.announcer.requests().count(u"chime"_s) == 3);
    for (const Span &s : spans)
        CHECK_FALSE((s.startMs > endAt && s.startMs < secondCallAt - 20));
    CHECK(spans.last().startMs < muteAt);
}
