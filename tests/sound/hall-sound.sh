#!/usr/bin/env bash
# The hall's sounds on a real sound server: starts PulseAudio (a null sink, whose monitor is
# recorded) and speech-dispatcher (espeak-ng, Indonesian by default, playing to that PulseAudio),
# both as this user in a folder of their own, runs ui_tests' "[.hall]" case against them, and stops
# them again. Exit 77 (skipped, with the reason) only where no sound server can start.
#   hall-sound.sh UI_TESTS FIGURES_FILE
set -uo pipefail
ui_tests=$1
figures=$2
rm -f "$figures"

work=$(mktemp -d /tmp/kunjungan-sound.XXXXXX)
pulse_pid=
speechd_pid=
cleanup() {
  [ -n "$speechd_pid" ] && kill "$speechd_pid" 2>/dev/null && wait "$speechd_pid" 2>/dev/null
  [ -n "$pulse_pid" ] && kill "$pulse_pid" 2>/dev/null && wait "$pulse_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
skip() {
  echo "SKIPPED: $*"
  echo "skipped: $*" >"$figures"
  exit 77
}
fail() {
  echo "hall-sound: $*" >&2
  exit 1
}
# Polls for a server to answer, up to 10 s.
ready() {
  for _ in $(seq 100); do
    "$@" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  return 1
}

for tool in pulseaudio pactl parec; do
  command -v "$tool" >/dev/null || skip "no sound server: $tool is missing (pulseaudio, pulseaudio-utils)"
done
for tool in speech-dispatcher espeak-ng; do
  command -v "$tool" >/dev/null || fail "$tool is missing (speech-dispatcher-espeak-ng; packaging/install-deps.sh)"
done

# Everything of the servers stays in $work: no user's session, cookie or configuration is touched.
export HOME=$work XDG_RUNTIME_DIR=$work/run XDG_CONFIG_HOME=$work/config
mkdir -m 700 "$XDG_RUNTIME_DIR"
export PULSE_SERVER=unix:$work/pulse.sock
pulseaudio -n --daemonize=no --exit-idle-time=-1 --use-pid-file=no --log-target=stderr \
  --load="module-null-sink sink_name=hall" \
  --load="module-native-protocol-unix socket=$work/pulse.sock auth-anonymous=1" \
  >"$work/pulseaudio.log" 2>&1 &
pulse_pid=$!
ready pactl info || skip "PulseAudio did not start: $(grep -E '^E:' "$work/pulseaudio.log" | head -3)"

mkdir -p "$work/speechd/modules" "$work/speechd-log"
cp /etc/speech-dispatcher/modules/espeak-ng.conf "$work/speechd/modules/" 2>/dev/null ||
  : >"$work/speechd/modules/espeak-ng.conf"
cat >"$work/speechd/speechd.conf" <<CONF
AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"
DefaultModule espeak-ng
DefaultLanguage "id"
AudioOutputMethod "pulse"
LogLevel 2
LogDir "$work/speechd-log"
CONF
export SPEECHD_ADDRESS=unix_socket:$work/speechd.sock
speech-dispatcher --run-single --timeout 0 --config-dir "$work/speechd" --socket-path "$work/speechd.sock" \
  --pid-file "$work/speechd.pid" >"$work/speechd.out" 2>&1 &
speechd_pid=$!
ready test -S "$work/speechd.sock" || fail "speech-dispatcher did not start: $(tail -3 "$work/speechd.out")"

KUNJUNGAN_HALL_SOURCE=hall.monitor KUNJUNGAN_SOUND_FIGURES=$figures QT_QPA_PLATFORM=offscreen \
  "$ui_tests" "[.hall]"
code=$?
if [ $code -ne 0 ]; then
  echo "--- pulseaudio.log"; tail -20 "$work/pulseaudio.log"
  echo "--- speech-dispatcher"; tail -20 "$work/speechd-log/speech-dispatcher.log" 2>/dev/null
fi
exit $code
