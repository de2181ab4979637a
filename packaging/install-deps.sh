#!/usr/bin/env bash
# Installs the Debian 12 packages Kunjungan needs to build, test and run. Idempotent; run as root.
set -euo pipefail
packages=(
  g++ cmake ninja-build pkg-config
  qt6-base-dev qt6-declarative-dev qt6-multimedia-dev qt6-speech-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools
  libqt6sql6-sqlite libsqlite3-dev libssl-dev libsodium-dev libqrencode-dev catch2 tzdata
  xvfb xauth fonts-dejavu-core gstreamer1.0-plugins-base
  poppler-utils file dpkg-dev desktop-file-utils appstream sqlite3 cage systemd
  # CI's lint of the changed C++ files (.ci/lint).
  clang-format clang-tidy
  # The spoken call's Indonesian voice, and what the hall sound test plays it on and records it
  # with (tests/sound/hall-sound.sh); zbarimg reads the station cards' QR codes in the tests.
  qt6-speech-speechd-plugin speech-dispatcher-espeak-ng espeak-ng pulseaudio pulseaudio-utils zbar-tools
  # The logbook on a PostgreSQL server: Qt's driver, libpq for the server watch, and the server the
  # tests start, stop and pause (pg_virtualenv from postgresql-common; pkill from procps).
  libqt6sql6-psql libpq-dev postgresql-15 postgresql-common procps
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: run as root (or with sudo) to install: ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
