#!/usr/bin/env bash
# Builds the .deb from a build folder, unpacks it into a temporary root and checks what an IT
# person relies on: files, desktop entries, metainfo, Depends, a runnable kunjungan-admin and a
# kiosk unit that systemd accepts.
set -euo pipefail
build=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "test-deb: $*" >&2; exit 1; }

(cd "$build" && cpack --config CPackConfig.cmake -G DEB -B "$work/out" >/dev/null)
deb=$(ls "$work"/out/kunjungan_*.deb) || fail "no .deb was built"
root="$work/root"
dpkg-deb -x "$deb" "$root"

for f in usr/bin/kunjungan usr/bin/kunjungan-admin \
         usr/share/applications/id.kunjungan.Petugas.desktop usr/share/applications/id.kunjungan.Kiosk.desktop \
         usr/share/metainfo/id.kunjungan.Petugas.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/kunjungan.svg usr/share/icons/hicolor/48x48/apps/kunjungan.png \
         usr/lib/kunjungan/kunjungan-backup usr/lib/systemd/system/kunjungan-kiosk.service \
         usr/lib/systemd/system/kunjungan-backup.service usr/lib/systemd/system/kunjungan-backup.timer \
         etc/kunjungan/kunjungan.conf; do
  [ -e "$root/$f" ] || fail "missing $f"
done

depends=$(dpkg-deb -f "$deb" Depends)
for d in libqt6sql6-sqlite qt6-qpa-plugins libqt6multimedia6 libqt6charts6 libsodium23 libqt6widgets6; do
  grep -q "$d" <<<"$depends" || fail "Depends lacks $d: $depends"
done
recommends=$(dpkg-deb -f "$deb" Recommends)
for r in qt6-speech-speechd-plugin speech-dispatcher-espeak-ng; do
  grep -q "$r" <<<"$recommends" || fail "Recommends lacks $r (the spoken call's voice): $recommends"
done
grep -q libqrencode <<<"$depends" || fail "Depends lacks libqrencode (the station cards' QR codes): $depends"
dpkg-deb --ctrl-tarfile "$deb" | tar -t | grep -q conffiles || fail "no conffiles"
dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./postrm | grep -q "rm -rf /var/lib/kunjungan" && fail "postrm deletes the logbook"

desktop-file-validate "$root"/usr/share/applications/*.desktop
appstreamcli validate --no-net "$root/usr/share/metainfo/id.kunjungan.Petugas.metainfo.xml" >/dev/null

version=$("$root/usr/bin/kunjungan-admin" --version)
grep -q "0\.[0-9]" <<<"$version" || fail "kunjungan-admin --version printed: $version"

(cd "$root/usr/lib/systemd/system" && systemd-analyze verify ./kunjungan-kiosk.service)
grep -q '^User=kunjungan-backup' "$root/usr/lib/systemd/system/kunjungan-backup.service" \
  || fail "the backup unit runs as root"
grep -q '^ExecStartPre=+/usr/bin/kunjungan-admin logbook seal' "$root/usr/lib/systemd/system/kunjungan-backup.service" \
  || fail "the backup unit does not seal the logbook first" 
echo "test-deb: $(basename "$deb") ok ($(du -k "$deb" | cut -f1) KiB)"
