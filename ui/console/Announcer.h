#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QThread>

class QSoundEffect;

namespace kj {

class SpeechVoice;

// The hall's sounds: a chime and the spoken call, a tone at the warning, an alarm repeating while
// any station's time is up. The call is spoken only by an Indonesian voice; without one the chime
// alone calls. Silent (never failing) without an audio device.
class Announcer : public QObject
{
    Q_OBJECT

public:
    enum class Voice {
        Looking, // the speech engine is still listing its voices
        Indonesian, // the call is spoken, by voiceName()
        None, // no Indonesian voice (or no output): the chime alone
    };

    // output = false: nothing is played (tests); requests are still recorded. With output the
    // voice is looked for at once, in the background.
    explicit Announcer(bool output = true, QObject *parent = nullptr);
    ~Announcer() override;

    void setMuted(bool muted);
    bool isMuted() const { return m_muted; }

    // The chime, then (a breath after it) the text spoken by the Indonesian voice.
    void announceCall(const QString &spokenText);
    void warning();
    // The alarm repeats every few seconds while at least one station is alarming.
    void setAlarm(int station, bool on);
    bool isAlarming() const { return !m_alarming.isEmpty(); }
    // Call by the owner's tick with the monotonic time; the alarm repeats from it, not from ticks.
    void tick(qint64 monoMs);

    // What was requested, in order ("chime", "speech:<text>", "warning", "alarm"), muted or not.
    QStringList requests() const { return m_requests; }
    Voice voice() const { return m_voice; }
    QString voiceName() const { return m_voiceName; }

    // From the chime's start to the spoken call's: the chime (1.25 s) and a breath.
    static constexpr int speechDelayMs = 1600;

signals:
    void voiceChanged();
    // A cue handed to the sound device just now: "chime", "speech", "warning" or "alarm".
    void played(const QString &cue);

private:
    void play(const QString &name);
    QSoundEffect *effect(const QString &name);

    bool m_output;
    bool m_muted = false;
    QStringList m_requests;
    QSet<int> m_alarming;
    qint64 m_lastAlarmMs = -1;
    QHash<QString, QSoundEffect *> m_effects;
    Voice m_voice;
    QString m_voiceName;
    QThread m_speechThread;
    SpeechVoice *m_speech = nullptr; // lives on m_speechThread
};

} // namespace kj
