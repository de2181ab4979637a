#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

class QSoundEffect;
class QTextToSpeech;

namespace kj {

// The hall's sounds: a chime and the spoken call, a tone at the warning, an alarm repeating while
// any station's time is up. Silent (never failing) without an audio device or Indonesian voice.
class Announcer : public QObject
{
    Q_OBJECT

public:
    // output = false: nothing is played (tests); requests are still recorded.
    explicit Announcer(bool output = true, QObject *parent = nullptr);
    ~Announcer() override;

    void setMuted(bool muted);
    bool isMuted() const { return m_muted; }

    void announceCall(const QString &spokenText);
    void warning();
    // The alarm repeats every few seconds while at least one station is alarming.
    void setAlarm(int station, bool on);
    bool isAlarming() const { return !m_alarming.isEmpty(); }
    // Call by the owner's tick with the monotonic time; the alarm repeats from it, not from ticks.
    void tick(qint64 monoMs);

    // What was requested, in order ("chime", "speech:<text>", "warning", "alarm"), muted or not.
    QStringList requests() const { return m_requests; }
    bool hasVoice() const;

private:
    void play(const QString &name);
    QSoundEffect *effect(const QString &name);

    bool m_output;
    bool m_muted = false;
    QStringList m_requests;
    QSet<int> m_alarming;
    qint64 m_lastAlarmMs = -1;
    QHash<QString, QSoundEffect *> m_effects;
    QTextToSpeech *m_speech = nullptr;
    bool m_speechTried = false;
};

} // namespace kj
