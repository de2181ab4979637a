<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Admin</name>
    <message>
        <source>PIN: </source>
        <translation>PIN: </translation>
    </message>
    <message>
        <source>Check and count, but write nothing.</source>
        <translation>Periksa dan hitung, tanpa menulis apa pun.</translation>
    </message>
    <message>
        <source>Only this cell.</source>
        <translation>Hanya kamar ini.</translation>
    </message>
    <message>
        <source>Also inactive (released) WBP.</source>
        <translation>Termasuk WBP nonaktif (sudah bebas).</translation>
    </message>
    <message>
        <source>Output format: table or tsv.</source>
        <translation>Format keluaran: table atau tsv.</translation>
    </message>
    <message>
        <source>The instant to check instead of now (ISO 8601).</source>
        <translation>Waktu yang diperiksa sebagai pengganti saat ini (ISO 8601).</translation>
    </message>
    <message>
        <source>First day (yyyy-mm-dd).</source>
        <translation>Hari pertama (tttt-bb-hh).</translation>
    </message>
    <message>
        <source>Last day (yyyy-mm-dd).</source>
        <translation>Hari terakhir (tttt-bb-hh).</translation>
    </message>
    <message>
        <source>A sequence number and hash that must match, e.g. from a signed daily register.</source>
        <translation>Nomor urut dan hash yang harus cocok, misalnya dari laporan harian yang ditandatangani.</translation>
    </message>
    <message>
        <source>officer or admin.</source>
        <translation>officer (petugas) atau admin.</translation>
    </message>
    <message>
        <source>Destroy what was stored before this day (yyyy-mm-dd).</source>
        <translation>Hapus data yang disimpan sebelum hari ini (tttt-bb-hh).</translation>
    </message>
    <message>
        <source>Kunjungan administration for IT staff and scripts.</source>
        <translation>Administrasi Kunjungan untuk petugas TI dan skrip.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Perintah:</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 usage, 2 invalid input, 3 integrity, 4 database, 5 refused.</source>
        <translation>Kode keluar: 0 selesai, 1 cara pakai salah, 2 masukan tidak sah, 3 integritas, 4 basis data, 5 ditolak.</translation>
    </message>
    <message>
        <source>One of the commands above, with its arguments.</source>
        <translation>Salah satu perintah di atas, beserta argumennya.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Cara pakai: %1</translation>
    </message>
    <message>
        <source>Wrong number of arguments for %1.</source>
        <translation>Jumlah argumen untuk %1 salah.</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2.</source>
        <translation>--%1 tidak berlaku untuk %2.</translation>
    </message>
    <message>
        <source>%1 needs --%2.</source>
        <translation>%1 memerlukan --%2.</translation>
    </message>
    <message>
        <source>Unknown format: %1</source>
        <translation>Format tidak dikenal: %1</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Tidak ada perintah.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Perintah tidak dikenal: %1</translation>
    </message>
    <message>
        <source>How many days, ending today.</source>
        <translation>Jumlah hari, berakhir hari ini.</translation>
    </message>
    <message>
        <source>Seed of the simulation: the same seed writes the same history.</source>
        <translation>Seed simulasi: seed yang sama menghasilkan riwayat yang sama.</translation>
    </message>
    <message>
        <source>Write the report as a PDF file.</source>
        <translation>Tulis laporan sebagai berkas PDF.</translation>
    </message>
    <message>
        <source>Write the report as a CSV file.</source>
        <translation>Tulis laporan sebagai berkas CSV.</translation>
    </message>
    <message>
        <source>Commands that change the record, and privacy export, are for root and the group %1.</source>
        <translation>Perintah yang mengubah catatan, dan privacy export, hanya untuk root dan anggota grup %1.</translation>
    </message>
    <message>
        <source>The logbook: a file or a postgresql://USER@HOST:PORT/DATABASE address (default: $KUNJUNGAN_DB, else the one named in /etc/kunjungan/kunjungan.conf, else the GUI&apos;s).</source>
        <translation>Buku kunjungan: berkas atau alamat postgresql://USER@HOST:PORT/DATABASE (bawaan: $KUNJUNGAN_DB, atau yang disebut di /etc/kunjungan/kunjungan.conf, atau milik aplikasi desktop).</translation>
    </message>
    <message>
        <source>--db needs a file name or a postgresql:// address.</source>
        <translation>--db memerlukan nama berkas atau alamat postgresql://.</translation>
    </message>
    <message>
        <source>The folder of the facility&apos;s seals (default: $KUNJUNGAN_SEAL_DIR, else /var/lib/kunjungan-seal).</source>
        <translation>Folder segel milik UPT (bawaan: $KUNJUNGAN_SEAL_DIR, jika tidak ada /var/lib/kunjungan-seal).</translation>
    </message>
    <message>
        <source>Where server init writes the new roles&apos; .pgpass lines (default: the current folder).</source>
        <translation>Tempat server init menulis baris .pgpass peran-peran baru (bawaan: folder saat ini).</translation>
    </message>
</context>
<context>
    <name>AdminCommands</name>
    <message>
        <source>added %1, updated %2, unchanged %3, deactivated %4</source>
        <translation>ditambahkan %1, diperbarui %2, tidak berubah %3, dinonaktifkan %4</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Uji coba: tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>%1 WBP written to %2.</source>
        <translation>%1 WBP ditulis ke %2.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>No WBP found.</source>
        <translation>Tidak ada WBP yang ditemukan.</translation>
    </message>
    <message>
        <source>Register no.</source>
        <translation>No. registrasi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Kamar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>added %1, already known %2</source>
        <translation>ditambahkan %1, sudah ada %2</translation>
    </message>
    <message>
        <source>Visiting schedule, time zone %1 (%2)</source>
        <translation>Jadwal kunjungan, zona waktu %1 (%2)</translation>
    </message>
    <message>
        <source>cells %1</source>
        <translation>kamar %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>tutup</translation>
    </message>
    <message>
        <source>Cells with no day ask the officer.</source>
        <translation>Kamar tanpa jadwal: tanyakan kepada petugas.</translation>
    </message>
    <message>
        <source>Holidays:</source>
        <translation>Hari libur:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Special days:</source>
        <translation>Hari khusus:</translation>
    </message>
    <message>
        <source>the weekday&apos;s cells</source>
        <translation>kamar sesuai jadwal hari itu</translation>
    </message>
    <message>
        <source>Call length: %1, at most %2; warning %3 before the end.</source>
        <translation>Durasi panggilan: %1, paling lama %2; peringatan %3 sebelum waktu habis.</translation>
    </message>
    <message>
        <source>Not a date and time (ISO 8601, e.g. 2026-11-30T09:00+07:00): %1</source>
        <translation>Bukan tanggal dan jam yang sah (ISO 8601, mis. 2026-11-30T09:00+07:00): %1</translation>
    </message>
    <message>
        <source>Register number %1 is not in the roster.</source>
        <translation>Nomor registrasi %1 tidak ada dalam daftar penghuni.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>Tanggal akhir %1 lebih awal dari tanggal mulai %2.</translation>
    </message>
    <message>
        <source>%1 lines written to %2.</source>
        <translation>%1 baris ditulis ke %2.</translation>
    </message>
    <message>
        <source>An anchor is SEQ:HASH with at least 8 hex digits, e.g. 1234:9f86d081884c7d65.</source>
        <translation>Jangkar ditulis SEQ:HASH dengan minimal 8 digit heksadesimal, mis. 1234:9f86d081884c7d65.</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2 events)</source>
        <translation>Cadangan ditulis dan sudah diperiksa: %1 (%2 peristiwa)</translation>
    </message>
    <message>
        <source>Officer %1 added.</source>
        <translation>Petugas %1 ditambahkan.</translation>
    </message>
    <message>
        <source>New PIN set for %1.</source>
        <translation>PIN baru untuk %1 sudah disimpan.</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 masih di masa depan.</translation>
    </message>
    <message>
        <source>Family names and phone numbers destroyed: %1</source>
        <translation>Nama dan nomor telepon keluarga yang dimusnahkan: %1</translation>
    </message>
    <message>
        <source>Everything held about %1 written to %2.</source>
        <translation>Seluruh data tentang %1 ditulis ke %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>Not a date (yyyy-mm-dd): %1</source>
        <translation>Bukan tanggal yang sah (tttt-bb-hh): %1</translation>
    </message>
    <message>
        <source>--days needs a whole number from 1 to 3660: %1</source>
        <translation>--days memerlukan bilangan bulat dari 1 sampai 3660: %1</translation>
    </message>
    <message>
        <source>--seed needs a whole number: %1</source>
        <translation>--seed memerlukan bilangan bulat: %1</translation>
    </message>
    <message>
        <source>Demo history %1 to %2: %3 service days, %4 sign-ins, %5 calls, %6 corrections, %7 survey answers, %8 complaints, %9 events.</source>
        <translation>Riwayat demo %1 sampai %2: %3 hari layanan, %4 pendaftaran, %5 panggilan, %6 koreksi, %7 jawaban survei, %8 pengaduan, %9 kejadian.</translation>
    </message>
    <message>
        <source>This kunjungan-admin was built without PDF support; use --csv.</source>
        <translation>kunjungan-admin ini dibuat tanpa dukungan PDF; gunakan --csv.</translation>
    </message>
    <message>
        <source>Daily register of %1 written to %2.</source>
        <translation>Laporan harian %1 ditulis ke %2.</translation>
    </message>
    <message>
        <source>Not a month (yyyy-mm): %1</source>
        <translation>Bukan bulan (tttt-bb): %1</translation>
    </message>
    <message>
        <source>Monthly recap of %1 written to %2.</source>
        <translation>Rekap bulanan %1 ditulis ke %2.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message numerus="yes">
        <source>IKM: %1, quality %2 (%n respondent(s))</source>
        <translation>
            <numerusform>IKM: %1, mutu %2 (%n responden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaints: %1</source>
        <translation>Pengaduan: %1</translation>
    </message>
    <message>
        <source>Restrictions in force: %1</source>
        <translation>Pembatasan yang berlaku: %1</translation>
    </message>
    <message>
        <source>Corrected lines: %1</source>
        <translation>Baris yang dikoreksi: %1</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 dapat masuk kembali.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in; their name stays in the record.</source>
        <translation>%1 tidak dapat masuk lagi; namanya tetap tercatat di buku.</translation>
    </message>
    <message>
        <source>Copied and verified: %1 events to %2, last hash %3</source>
        <translation>Disalin dan diperiksa: %1 kejadian ke %2, hash terakhir %3</translation>
    </message>
    <message numerus="yes">
        <source>%n seal(s) in %1 hold.</source>
        <translation>
            <numerusform>%n segel di %1 sah.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sealed: the logbook does not verify.</source>
        <translation>Tidak disegel: buku log tidak lolos pemeriksaan.</translation>
    </message>
    <message>
        <source>Sealed: event %1, hash %2, in %3.</source>
        <translation>Disegel: kejadian %1, hash %2, di %3.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 tidak ada.</translation>
    </message>
    <message>
        <source>Database %1: %2.</source>
        <translation>Basis data %1: %2.</translation>
    </message>
    <message>
        <source>created</source>
        <translation>dibuat</translation>
    </message>
    <message>
        <source>already there, schema and grants checked</source>
        <translation>sudah ada, skema dan hak akses diperiksa</translation>
    </message>
    <message>
        <source>Roles created: %1.</source>
        <translation>Peran yang dibuat: %1.</translation>
    </message>
    <message>
        <source>none (they were there; their passwords are unchanged)</source>
        <translation>tidak ada (sudah ada sebelumnya; kata sandinya tidak diubah)</translation>
    </message>
    <message>
        <source>%1 could not be written (does it exist already?). The role %2 was created; set a new password for it with ALTER ROLE on the server.</source>
        <translation>%1 tidak dapat ditulis (apakah sudah ada?). Peran %2 sudah dibuat; tetapkan kata sandi baru untuknya dengan ALTER ROLE di server.</translation>
    </message>
    <message>
        <source>The password of %1 is in %2: copy it to each PC of that role as the .pgpass of the user running Kunjungan (mode 0600), then delete it here.</source>
        <translation>Kata sandi %1 ada di %2: salin ke setiap PC dengan peran itu sebagai .pgpass milik pengguna yang menjalankan Kunjungan (mode 0600), lalu hapus dari sini.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>%1 %2 is missing: the events give it.</source>
        <translation>%1 %2 tidak ada, padahal peristiwa memberikannya.</translation>
    </message>
    <message>
        <source>%1 %2: %3 is &quot;%4&quot;, the events give &quot;%5&quot;.</source>
        <translation>%1 %2: %3 berisi &quot;%4&quot;, peristiwa memberikan &quot;%5&quot;.</translation>
    </message>
    <message>
        <source>%1 %2 is not given by any event.</source>
        <translation>%1 %2 tidak diberikan oleh peristiwa mana pun.</translation>
    </message>
    <message>
        <source>Event %1 (%2) does not fit the record: %3</source>
        <translation>Peristiwa %1 (%2) tidak sesuai dengan catatan: %3</translation>
    </message>
    <message>
        <source>Personal data %1 is named by no event (added or repointed outside the Desk).</source>
        <translation>Data pribadi %1 tidak disebut oleh peristiwa mana pun (ditambahkan atau dialihkan di luar Kunjungan).</translation>
    </message>
    <message>
        <source>Personal data %1 says it was stored at another time than event %2 that names it.</source>
        <translation>Data pribadi %1 tercatat disimpan pada waktu lain daripada peristiwa %2 yang menyebutnya.</translation>
    </message>
    <message>
        <source>Personal data %1 does not match its digest: it was changed.</source>
        <translation>Data pribadi %1 tidak cocok dengan digest-nya: data itu diubah.</translation>
    </message>
    <message>
        <source>Personal data %1 was erased, but no recorded redaction reaches it.</source>
        <translation>Data pribadi %1 dihapus, tetapi tidak ada penghapusan tercatat yang mencakupnya.</translation>
    </message>
    <message>
        <source>The personal data named by event %1 is missing.</source>
        <translation>Data pribadi yang disebut peristiwa %1 tidak ada.</translation>
    </message>
    <message>
        <source>The logbook holds %1, which is not part of it (added outside Kunjungan).</source>
        <translation>Buku kunjungan memuat %1, yang bukan bagiannya (ditambahkan di luar Kunjungan).</translation>
    </message>
    <message>
        <source>%1 differs from Kunjungan&apos;s own (changed outside Kunjungan).</source>
        <translation>%1 berbeda dari milik Kunjungan (diubah di luar Kunjungan).</translation>
    </message>
    <message>
        <source>%1 is missing (removed outside Kunjungan).</source>
        <translation>%1 tidak ada (dihapus di luar Kunjungan).</translation>
    </message>
    <message>
        <source>The logbook says schema version %1; Kunjungan writes %2.</source>
        <translation>Buku kunjungan menyebut skema versi %1; Kunjungan menulis versi %2.</translation>
    </message>
    <message>
        <source>Event type %1 is named &quot;%2&quot; in the file; it is &quot;%3&quot;.</source>
        <translation>Jenis peristiwa %1 bernama &quot;%2&quot; di berkas; seharusnya &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The seal of %1 is not signed with this facility&apos;s key.</source>
        <translation>Segel %1 tidak ditandatangani dengan kunci UPT ini.</translation>
    </message>
    <message>
        <source>The seal of %1 was made for logbook %2, and this is %3: it is not the logbook that was sealed.</source>
        <translation>Segel %1 dibuat untuk buku log %2, sedangkan ini %3: bukan buku log yang disegel.</translation>
    </message>
    <message>
        <source>a logbook without an id</source>
        <translation>buku log tanpa id</translation>
    </message>
    <message>
        <source>The logbook was sealed at event %1 on %2, but ends at event %3: events were removed.</source>
        <translation>Buku log disegel pada kejadian %1 tanggal %2, tetapi berakhir pada kejadian %3: ada kejadian yang dihapus.</translation>
    </message>
    <message>
        <source>Event %1 no longer matches the seal of %2: the logbook was rewritten.</source>
        <translation>Kejadian %1 tidak lagi cocok dengan segel %2: buku log telah ditulis ulang.</translation>
    </message>
</context>
<context>
    <name>Authority</name>
    <message>
        <source>Only root or a member of the group %1 may run &quot;%2&quot; (you are %3); nothing was written.</source>
        <translation>Hanya root atau anggota grup %1 yang boleh menjalankan &quot;%2&quot; (Anda: %3); tidak ada yang ditulis.</translation>
    </message>
</context>
<context>
    <name>BookLines</name>
    <message>
        <source>%1 (was: %2)</source>
        <translation>%1 (semula: %2)</translation>
    </message>
    <message>
        <source>officer no. %1</source>
        <translation>petugas no. %1</translation>
    </message>
    <message>
        <source>extended %1 min: %2</source>
        <translation>tambah waktu %1 menit: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>dibatalkan: %1</translation>
    </message>
    <message>
        <source>recovered after a restart (%1)</source>
        <translation>dipulihkan setelah mulai ulang (%1)</translation>
    </message>
</context>
<context>
    <name>CallDesk</name>
    <message>
        <source>closed after a restart: the call&apos;s time had run out</source>
        <translation>ditutup setelah aplikasi dimulai ulang: waktu panggilan sudah habis</translation>
    </message>
    <message>
        <source>This register number is not in the roster. Please ask the officer.</source>
        <translation>Nomor registrasi ini tidak ada dalam daftar penghuni. Silakan tanyakan kepada petugas.</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>sampai pemberitahuan lebih lanjut</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>sampai %1</translation>
    </message>
    <message>
        <source>Visits are suspended for you %1 (%2). Please ask the officer.</source>
        <translation>Layanan kunjungan untuk Anda ditangguhkan %1 (%2). Silakan tanyakan kepada petugas.</translation>
    </message>
    <message>
        <source>You have no approved family contact yet. Please ask the officer to register one.</source>
        <translation>Anda belum memiliki kontak keluarga yang disetujui. Silakan minta petugas untuk mendaftarkannya.</translation>
    </message>
    <message>
        <source>This family contact is not approved. Please ask the officer.</source>
        <translation>Kontak keluarga ini belum disetujui. Silakan tanyakan kepada petugas.</translation>
    </message>
    <message>
        <source>The ticket could not be read back.</source>
        <translation>Nomor antrian tidak dapat dibaca kembali.</translation>
    </message>
    <message>
        <source>There is no call running at station %1.</source>
        <translation>Tidak ada video call yang berjalan di bilik %1.</translation>
    </message>
    <message>
        <source>Nobody has been called to station %1.</source>
        <translation>Belum ada yang dipanggil ke bilik %1.</translation>
    </message>
    <message>
        <source>Unknown outcome: %1</source>
        <translation>Hasil tidak dikenal: %1</translation>
    </message>
    <message>
        <source>Please give the reason the call was stopped.</source>
        <translation>Isi alasan panggilan dihentikan.</translation>
    </message>
    <message>
        <source>This field cannot be corrected: %1</source>
        <translation>Kolom ini tidak dapat dikoreksi: %1</translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation>Koreksi harus disertai alasan.</translation>
    </message>
    <message>
        <source>A duration is given in minutes, such as 4 or 4,5.</source>
        <translation>Durasi diisi dalam menit, misalnya 4 atau 4,5.</translation>
    </message>
    <message>
        <source>There is no station %1: the stations are numbered 1 to %2.</source>
        <translation>Tidak ada bilik %1: bilik bernomor 1 sampai %2.</translation>
    </message>
    <message>
        <source>Please give the correct value.</source>
        <translation>Silakan isi nilai yang benar.</translation>
    </message>
    <message>
        <source>You have already had your turn today. Your next turn: %1.</source>
        <translation>Anda sudah mendapat giliran hari ini. Giliran Anda berikutnya: %1.</translation>
    </message>
    <message>
        <source>You have already had your turn today.</source>
        <translation>Anda sudah mendapat giliran hari ini.</translation>
    </message>
    <message>
        <source>There is no such line in the visiting book.</source>
        <translation>Baris tersebut tidak ada di buku kunjungan.</translation>
    </message>
    <message>
        <source>The call at station %1 has ended; its end is recorded as soon as the server answers.</source>
        <translation>Panggilan di bilik %1 sudah selesai; selesainya dicatat begitu server tersambung lagi.</translation>
    </message>
</context>
<context>
    <name>CallLimits</name>
    <message>
        <source>The default call length must be between 1 and 30 minutes, not %1.</source>
        <translation>Durasi panggilan bawaan harus antara 1 dan 30 menit, bukan %1.</translation>
    </message>
    <message>
        <source>The maximum call length must be between the default length (%1 minutes) and 60 minutes, not %2.</source>
        <translation>Durasi panggilan maksimal harus antara durasi bawaan (%1 menit) dan 60 menit, bukan %2.</translation>
    </message>
    <message>
        <source>The warning must come between 10 and %1 seconds before the end, not %2.</source>
        <translation>Peringatan harus berbunyi antara 10 dan %1 detik sebelum waktu habis, bukan %2.</translation>
    </message>
</context>
<context>
    <name>CallTimer</name>
    <message>
        <source>The call cannot be resumed: its start time is missing.</source>
        <translation>Panggilan tidak dapat dilanjutkan: waktu mulainya tidak tercatat.</translation>
    </message>
    <message>
        <source>The call cannot be resumed: it has an extension of %1 minutes.</source>
        <translation>Panggilan tidak dapat dilanjutkan: ada tambahan waktu %1 menit yang tidak sah.</translation>
    </message>
    <message>
        <source>The call cannot be resumed: a dropped line has no valid times.</source>
        <translation>Panggilan tidak dapat dilanjutkan: waktu sambungan terputus tidak sah.</translation>
    </message>
    <message>
        <source>The call has already started.</source>
        <translation>Panggilan sudah dimulai.</translation>
    </message>
    <message>
        <source>An extension must be at least one minute.</source>
        <translation>Tambahan waktu minimal satu menit.</translation>
    </message>
    <message>
        <source>Please give a reason for the extension.</source>
        <translation>Isi alasan tambahan waktu.</translation>
    </message>
    <message>
        <source>A call may last at most %1 minutes; only %2 more minutes can be added.</source>
        <translation>Panggilan paling lama %1 menit; hanya dapat ditambah %2 menit lagi.</translation>
    </message>
    <message>
        <source>The call is already paused.</source>
        <translation>Panggilan sudah dijeda.</translation>
    </message>
    <message>
        <source>The call is not paused.</source>
        <translation>Panggilan tidak sedang dijeda.</translation>
    </message>
    <message>
        <source>The clock reading is earlier than the last change of this call.</source>
        <translation>Waktu jam lebih awal dari perubahan terakhir panggilan ini.</translation>
    </message>
    <message>
        <source>The call has not started yet.</source>
        <translation>Panggilan belum dimulai.</translation>
    </message>
    <message>
        <source>The call has already ended.</source>
        <translation>Panggilan sudah berakhir.</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>Unknown complaint status: %1</source>
        <translation>Status pengaduan tidak dikenal: %1</translation>
    </message>
    <message>
        <source>A complaint can only be closed with its follow-up.</source>
        <translation>Pengaduan hanya dapat ditutup beserta tindak lanjutnya.</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Langsung</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Lapor Karutan</source>
        <translation>Lapor Karutan</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>Sedang ditangani</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>The date the complaint was received must be today or earlier.</source>
        <translation>Tanggal pengaduan diterima harus hari ini atau sebelumnya.</translation>
    </message>
    <message>
        <source>Unknown complaint channel: %1</source>
        <translation>Saluran pengaduan tidak dikenal: %1</translation>
    </message>
    <message>
        <source>The complaint&apos;s content is empty.</source>
        <translation>Isi pengaduan kosong.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>ContactsCsv</name>
    <message>
        <source>Wife/Husband</source>
        <translation>Istri/Suami</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Orang Tua</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Anak</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Saudara Kandung</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Kakek/Nenek</translation>
    </message>
    <message>
        <source>Uncle/Aunt</source>
        <translation>Paman/Bibi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>line %1: the register number is empty</source>
        <translation>baris %1: nomor registrasi kosong</translation>
    </message>
    <message>
        <source>line %1: the family member&apos;s name is empty</source>
        <translation>baris %1: nama keluarga kosong</translation>
    </message>
    <message>
        <source>line %1: relation &quot;%2&quot; is not one of: %3</source>
        <translation>baris %1: hubungan &quot;%2&quot; bukan salah satu dari: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <source>line %1: the same contact is already on line %2</source>
        <translation>baris %1: kontak yang sama sudah ada di baris %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: a quote is opened and never closed</source>
        <translation>baris %1: tanda kutip dibuka tetapi tidak ditutup</translation>
    </message>
    <message>
        <source>line %1: the file has more than %2 cells</source>
        <translation>baris %1: berkas berisi lebih dari %2 sel</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>berkas lebih besar dari %1 MB</translation>
    </message>
    <message>
        <source>line %1: the file contains binary data; it is not a CSV text file</source>
        <translation>baris %1: berkas berisi data biner; ini bukan berkas teks CSV</translation>
    </message>
    <message>
        <source>line %1: the line is longer than %2 characters</source>
        <translation>baris %1: baris lebih panjang dari %2 karakter</translation>
    </message>
    <message>
        <source>line %1: the header has no column &quot;%2&quot;</source>
        <translation>baris %1: judul kolom tidak memuat kolom &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the file has no data rows</source>
        <translation>berkas tidak berisi baris data</translation>
    </message>
    <message>
        <source>line %1: %2 fields where the header has %3</source>
        <translation>baris %1: ada %2 kolom, sedangkan judul memiliki %3</translation>
    </message>
    <message>
        <source>line %1: %2 fields where the header has %3; is a value with the delimiter missing its quotes?</source>
        <translation>baris %1: ada %2 kolom, sedangkan judul memiliki %3; apakah ada nilai berisi pemisah tanpa tanda kutip?</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoHistory</name>
    <message>
        <source>The number of days must be at least 1.</source>
        <translation>Jumlah hari sekurang-kurangnya 1.</translation>
    </message>
    <message>
        <source>%1 already holds %2 WBP and %3 sessions: a demo history is only written into a new or empty logbook.</source>
        <translation>%1 sudah berisi %2 WBP dan %3 sesi: riwayat demo hanya ditulis ke buku kunjungan yang baru atau kosong.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Kunjungan</source>
        <translation>Kunjungan</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 s</source>
        <translation>%1 detik</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 menit</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 menit %2 detik</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 dan %2</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 jam %2 menit</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 jam</translation>
    </message>
</context>
<context>
    <name>FreeText</name>
    <message>
        <source>the name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>the alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <source>the family member&apos;s name</source>
        <translation>nama keluarga</translation>
    </message>
    <message>
        <source>the officer&apos;s name</source>
        <translation>nama petugas</translation>
    </message>
    <message>
        <source>the complainant&apos;s name</source>
        <translation>nama pengadu</translation>
    </message>
    <message>
        <source>the relation</source>
        <translation>hubungan</translation>
    </message>
    <message>
        <source>the register number</source>
        <translation>nomor registrasi</translation>
    </message>
    <message>
        <source>the block</source>
        <translation>blok</translation>
    </message>
    <message>
        <source>the cell</source>
        <translation>kamar</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>alasan</translation>
    </message>
    <message>
        <source>the corrected value</source>
        <translation>nilai koreksi</translation>
    </message>
    <message>
        <source>the complaint</source>
        <translation>isi pengaduan</translation>
    </message>
    <message>
        <source>the follow-up</source>
        <translation>tindak lanjut</translation>
    </message>
    <message>
        <source>%1 contains a control or text-direction character (U+%2)</source>
        <translation>%1 berisi karakter kendali atau karakter arah teks (U+%2)</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 lebih dari %2 karakter</translation>
    </message>
</context>
<context>
    <name>KioskInfo</name>
    <message>
        <source>%1: cell %2, %3</source>
        <translation>%1: kamar %2, %3</translation>
    </message>
    <message>
        <source>No visiting days are set. Please ask the officer.</source>
        <translation>Belum ada hari kunjungan. Silakan tanyakan kepada petugas.</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Persyaratan</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Prosedur</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Produk layanan</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Complaints, suggestions and feedback: %1.
%2, %3, telephone %4.</source>
        <translation>Pengaduan, saran, dan masukan: %1.
%2, %3, telepon %4.</translation>
    </message>
    <message>
        <source>1. Online visits are for every WBP.
2. Every WBP has the right to register with the online visiting officer.
3. Online visits are scheduled for each WBP cell.
4. WBP may contact their family free of charge.</source>
        <translation>1. Layanan kunjungan online untuk seluruh WBP.
2. Setiap WBP berhak mendaftar kepada petugas layanan kunjungan online.
3. Layanan kunjungan online terjadwal pada setiap kamar WBP.
4. WBP dapat menghubungi keluarganya tanpa dipungut biaya (gratis).</translation>
    </message>
    <message>
        <source>1. Every WBP has the right to register with the online visiting officer, ACCORDING TO THE SCHEDULE.
    Here: tap your cell and your name on your cell&apos;s day.
2. The WBP fills in the visiting book.
    Here: your sign-in is written into the electronic visiting book and you get a number.
3. Then the WBP is called by the online visiting officer and may use the service&apos;s facilities.
    Here: your number and booth appear under &quot;Now calling&quot;; go to that booth.
4. A video call lasts at most %1 minutes.
    At the booth: the officer runs a countdown of %2 minutes, and may add time up to %3 minutes.</source>
        <translation>1. Setiap WBP berhak mendaftar kepada petugas layanan kunjungan online SESUAI JADWAL.
    Di kios ini: sentuh kamar dan nama Anda pada hari jadwal kamar Anda.
2. WBP mengisi buku layanan kunjungan.
    Di kios ini: pendaftaran Anda tercatat di buku kunjungan elektronik dan Anda mendapat nomor antrian.
3. Kemudian WBP dipanggil oleh petugas layanan kunjungan dan berhak menggunakan fasilitas layanan.
    Di kios ini: nomor dan bilik Anda tampil di &quot;Sedang dipanggil&quot;; silakan menuju bilik itu.
4. Durasi video call maksimal %1 menit.
    Di bilik: petugas menjalankan hitung mundur %2 menit, dan dapat menambah waktu sampai %3 menit.</translation>
    </message>
    <message numerus="yes">
        <source>Completion time: %n hour(s).</source>
        <translation>
            <numerusform>Waktu penyelesaian: %n jam.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits are scheduled for each cell, with an officer on duty. Each WBP gets a video call of %1 minutes; the officer may extend it up to %2 minutes.</source>
        <translation>Kunjungan terjadwal pada setiap kamar dan dijaga petugas. Setiap WBP mendapat video call %1 menit; petugas dapat menambahnya sampai %2 menit.</translation>
    </message>
    <message>
        <source>Free of charge: Rp 0. No payment is asked for this service.</source>
        <translation>Tidak dipungut biaya: Rp 0 (gratis). Layanan ini tidak meminta pembayaran apa pun.</translation>
    </message>
    <message>
        <source>Online visits by video call.</source>
        <translation>Layanan Kunjungan Online Video Call.</translation>
    </message>
</context>
<context>
    <name>KioskSurvey</name>
    <message>
        <source>Not suitable</source>
        <translation>Tidak sesuai</translation>
    </message>
    <message>
        <source>Somewhat suitable</source>
        <translation>Kurang sesuai</translation>
    </message>
    <message>
        <source>Suitable</source>
        <translation>Sesuai</translation>
    </message>
    <message>
        <source>Very suitable</source>
        <translation>Sangat sesuai</translation>
    </message>
    <message>
        <source>Do the requirements fit this service?</source>
        <translation>Apakah persyaratannya sudah sesuai?</translation>
    </message>
    <message>
        <source>How easy was the procedure?</source>
        <translation>Seberapa mudah prosedurnya?</translation>
    </message>
    <message>
        <source>Not easy</source>
        <translation>Tidak mudah</translation>
    </message>
    <message>
        <source>Somewhat easy</source>
        <translation>Kurang mudah</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Mudah</translation>
    </message>
    <message>
        <source>Very easy</source>
        <translation>Sangat mudah</translation>
    </message>
    <message>
        <source>How fast was the service?</source>
        <translation>Seberapa cepat pelayanannya?</translation>
    </message>
    <message>
        <source>Not fast</source>
        <translation>Tidak cepat</translation>
    </message>
    <message>
        <source>Somewhat fast</source>
        <translation>Kurang cepat</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Cepat</translation>
    </message>
    <message>
        <source>Very fast</source>
        <translation>Sangat cepat</translation>
    </message>
    <message>
        <source>How fair was the cost?</source>
        <translation>Bagaimana kewajaran biayanya?</translation>
    </message>
    <message>
        <source>Very expensive</source>
        <translation>Sangat mahal</translation>
    </message>
    <message>
        <source>Rather expensive</source>
        <translation>Cukup mahal</translation>
    </message>
    <message>
        <source>Cheap</source>
        <translation>Murah</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Did you get the service as it is announced?</source>
        <translation>Apakah layanan sesuai dengan yang diumumkan?</translation>
    </message>
    <message>
        <source>How capable were the officers?</source>
        <translation>Seberapa mampu petugas melayani?</translation>
    </message>
    <message>
        <source>Not capable</source>
        <translation>Tidak mampu</translation>
    </message>
    <message>
        <source>Somewhat capable</source>
        <translation>Kurang mampu</translation>
    </message>
    <message>
        <source>Capable</source>
        <translation>Mampu</translation>
    </message>
    <message>
        <source>Very capable</source>
        <translation>Sangat mampu</translation>
    </message>
    <message>
        <source>How polite and friendly were the officers?</source>
        <translation>Seberapa sopan dan ramah petugasnya?</translation>
    </message>
    <message>
        <source>Not polite</source>
        <translation>Tidak sopan</translation>
    </message>
    <message>
        <source>Somewhat polite</source>
        <translation>Kurang sopan</translation>
    </message>
    <message>
        <source>Polite</source>
        <translation>Sopan</translation>
    </message>
    <message>
        <source>Very polite</source>
        <translation>Sangat sopan</translation>
    </message>
    <message>
        <source>How are complaints and suggestions handled?</source>
        <translation>Bagaimana pengaduan dan saran ditangani?</translation>
    </message>
    <message>
        <source>No way to complain</source>
        <translation>Tidak ada tempat pengaduan</translation>
    </message>
    <message>
        <source>There is a way, it does not work</source>
        <translation>Ada, tetapi tidak berfungsi</translation>
    </message>
    <message>
        <source>It works, not well</source>
        <translation>Berfungsi, tetapi kurang baik</translation>
    </message>
    <message>
        <source>Handled well</source>
        <translation>Ditangani dengan baik</translation>
    </message>
    <message>
        <source>How good are the rooms and equipment?</source>
        <translation>Bagaimana ruangan dan peralatannya?</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Buruk</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Cukup</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Sangat baik</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Diakhiri lebih awal</translation>
    </message>
    <message>
        <source>Stopped by officer</source>
        <translation>Dihentikan petugas</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Terputus</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Tidak tersambung</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Dipanggil</translation>
    </message>
    <message>
        <source>In call</source>
        <translation>Sedang panggilan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Bilik</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation>Kontak keluarga</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>kios</translation>
    </message>
    <message>
        <source>admin command line</source>
        <translation>baris perintah admin</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistem</translation>
    </message>
    <message>
        <source>admin command line (%1)</source>
        <translation>baris perintah admin (%1)</translation>
    </message>
    <message>
        <source>admin command line (%1, sudo: %2)</source>
        <translation>baris perintah admin (%1, sudo: %2)</translation>
    </message>
</context>
<context>
    <name>LineHistory</name>
    <message>
        <source>station %1</source>
        <translation>bilik %1</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>mendaftar</translation>
    </message>
    <message>
        <source>called</source>
        <translation>dipanggil</translation>
    </message>
    <message>
        <source>called again</source>
        <translation>dipanggil ulang</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>tidak hadir</translation>
    </message>
    <message>
        <source>family did not answer</source>
        <translation>keluarga tidak menjawab</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>call started</source>
        <translation>panggilan dimulai</translation>
    </message>
    <message>
        <source>last minute</source>
        <translation>menit terakhir</translation>
    </message>
    <message>
        <source>time up</source>
        <translation>waktu habis</translation>
    </message>
    <message>
        <source>time added</source>
        <translation>waktu ditambah</translation>
    </message>
    <message>
        <source>connection dropped</source>
        <translation>sambungan terputus</translation>
    </message>
    <message>
        <source>call resumed</source>
        <translation>panggilan dilanjutkan</translation>
    </message>
    <message>
        <source>call ended</source>
        <translation>panggilan diakhiri</translation>
    </message>
    <message>
        <source>found open after a restart</source>
        <translation>masih terbuka saat aplikasi dimulai ulang</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>dikoreksi</translation>
    </message>
    <message>
        <source>+%1 min</source>
        <translation>+%1 menit</translation>
    </message>
    <message>
        <source>back in the queue</source>
        <translation>kembali ke antrian</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>sisa %1</translation>
    </message>
    <message>
        <source>resumed with %1 left</source>
        <translation>dilanjutkan dengan sisa %1</translation>
    </message>
    <message>
        <source>ended at %1, recorded when the server answered again</source>
        <translation>selesai pukul %1, dicatat saat server tersambung lagi</translation>
    </message>
</context>
<context>
    <name>Logbook</name>
    <message>
        <source>The logbook file cannot be opened. Check that the folder exists and may be written.</source>
        <translation>Berkas buku kunjungan tidak dapat dibuka. Periksa bahwa foldernya ada dan dapat ditulis.</translation>
    </message>
    <message>
        <source>The logbook file %1 does not exist.</source>
        <translation>Berkas buku kunjungan %1 tidak ada.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 bukan berkas.</translation>
    </message>
    <message>
        <source>The file is an SQLite database of another program, not a Kunjungan logbook.</source>
        <translation>Berkas ini basis data SQLite milik program lain, bukan buku kunjungan Kunjungan.</translation>
    </message>
    <message>
        <source>This logbook was written by a newer version of Kunjungan (schema %1; this program knows up to %2). Update Kunjungan to open it.</source>
        <translation>Buku kunjungan ini ditulis oleh Kunjungan versi lebih baru (skema %1; program ini hanya mengenal sampai %2). Perbarui Kunjungan untuk membukanya.</translation>
    </message>
    <message>
        <source>events %1 to %2 are missing</source>
        <translation>peristiwa %1 sampai %2 hilang</translation>
    </message>
    <message>
        <source>event %1 does not match its hash (changed after it was written)</source>
        <translation>peristiwa %1 tidak cocok dengan hash-nya (diubah setelah ditulis)</translation>
    </message>
    <message>
        <source>event %1 does not match the anchor %2</source>
        <translation>peristiwa %1 tidak cocok dengan jangkar %2</translation>
    </message>
    <message>
        <source>event %1 named by the anchor is missing</source>
        <translation>peristiwa %1 yang disebut jangkar tidak ada</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 sudah ada; pilih nama berkas baru.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written to disk.</source>
        <translation>Cadangan %1 tidak dapat ditulis ke disk.</translation>
    </message>
    <message>
        <source>The backup %1 does not verify: %2</source>
        <translation>Cadangan %1 tidak lolos pemeriksaan: %2</translation>
    </message>
    <message>
        <source>The event cannot be recorded.</source>
        <translation>Kejadian tidak dapat dicatat.</translation>
    </message>
    <message>
        <source>event %1 is missing</source>
        <translation>kejadian %1 tidak ada</translation>
    </message>
    <message>
        <source>The logbook could not be read to check it.</source>
        <translation>Buku kunjungan tidak dapat dibaca untuk diperiksa.</translation>
    </message>
    <message>
        <source>Saving to the disk failed (disk full or disk error). The last change may or may not have been kept: check the visiting book after restarting.</source>
        <translation>Penyimpanan ke disk gagal (disk penuh atau rusak). Perubahan terakhir mungkin tersimpan, mungkin tidak: periksa buku kunjungan setelah aplikasi dimulai ulang.</translation>
    </message>
    <message>
        <source>The data was destroyed, but another program is reading the logbook, so an old copy is still in the -wal file. Close Kunjungan on this PC and run the command again.</source>
        <translation>Data sudah dihancurkan, tetapi program lain sedang membaca buku kunjungan, sehingga salinan lamanya masih ada di berkas -wal. Tutup Kunjungan di PC ini lalu jalankan perintah ini lagi.</translation>
    </message>
    <message>
        <source>The database address %1 cannot be read. Write it as postgresql://user@host:port/database.</source>
        <translation>Alamat basis data %1 tidak dapat dibaca. Tulis sebagai postgresql://pengguna@host:port/basisdata.</translation>
    </message>
    <message>
        <source>The database address holds a password. Remove it and put the password in ~/.pgpass (or the file PGPASSFILE names) instead.</source>
        <translation>Alamat basis data memuat kata sandi. Hapus kata sandi dari alamat dan simpan di ~/.pgpass (atau berkas yang disebut PGPASSFILE).</translation>
    </message>
    <message>
        <source>The database address %1 names no database. Write it as postgresql://user@host:port/database.</source>
        <translation>Alamat basis data %1 tidak menyebut basis data. Tulis sebagai postgresql://pengguna@host:port/basisdata.</translation>
    </message>
    <message>
        <source>The database address has a setting Kunjungan does not know: %1.</source>
        <translation>Alamat basis data memuat pengaturan yang tidak dikenal Kunjungan: %1.</translation>
    </message>
    <message>
        <source>The database holds the tables of another program, not a Kunjungan logbook.</source>
        <translation>Basis data ini berisi tabel program lain, bukan buku kunjungan Kunjungan.</translation>
    </message>
    <message>
        <source>The database %1 holds no logbook yet.</source>
        <translation>Basis data %1 belum berisi buku kunjungan.</translation>
    </message>
    <message>
        <source>%1 already exists; copy into a new file or an empty database.</source>
        <translation>%1 sudah ada; salin ke berkas baru atau basis data kosong.</translation>
    </message>
    <message>
        <source>The logbook does not verify, so it is not copied: %1</source>
        <translation>Buku kunjungan tidak lolos pemeriksaan, jadi tidak disalin: %1</translation>
    </message>
    <message>
        <source>%1 already holds a logbook (%2 events); copy only into a new, empty one.</source>
        <translation>%1 sudah berisi buku kunjungan (%2 kejadian); salin hanya ke yang baru dan kosong.</translation>
    </message>
    <message>
        <source>The copy in %1 does not verify: %2</source>
        <translation>Salinan di %1 tidak lolos pemeriksaan: %2</translation>
    </message>
    <message>
        <source>The database server %1 refused the user: wrong or missing password. Put the password in ~/.pgpass (or the file PGPASSFILE names) and check the user name.</source>
        <translation>Server basis data %1 menolak pengguna: kata sandi salah atau tidak ada. Simpan kata sandi di ~/.pgpass (atau berkas yang disebut PGPASSFILE) dan periksa nama pengguna.</translation>
    </message>
    <message>
        <source>The database %1 does not exist on the server %2. Create it (createdb) or check the address.</source>
        <translation>Basis data %1 tidak ada di server %2. Buat basis data itu (createdb) atau periksa alamatnya.</translation>
    </message>
    <message>
        <source>The database server %1 does not answer. Check the address, the network and that PostgreSQL runs on the server.</source>
        <translation>Server basis data %1 tidak menjawab. Periksa alamat, jaringan, dan bahwa PostgreSQL berjalan di server.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Driver PostgreSQL untuk Qt belum terpasang (paket Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The data was destroyed, but old copies stay in the database server&apos;s files until it is vacuumed. Ask the server&apos;s administrator to run VACUUM FULL personal_data.</source>
        <translation>Data sudah dimusnahkan, tetapi salinan lama masih ada di berkas server basis data sampai di-vacuum. Minta administrator server menjalankan VACUUM FULL personal_data.</translation>
    </message>
    <message>
        <source>The database server accepts no changes (a read-only server): nothing was written.</source>
        <translation>Server basis data tidak menerima perubahan (server hanya-baca): tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>The database user may not do this: nothing was written. Check its rights on the server.</source>
        <translation>Pengguna basis data tidak berhak melakukan ini: tidak ada yang ditulis. Periksa haknya di server.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. The last change may or may not have been kept: check the visiting book when the server answers again.</source>
        <translation>Sambungan ke server basis data terputus. Perubahan terakhir mungkin tersimpan, mungkin tidak: periksa buku kunjungan setelah server menjawab lagi.</translation>
    </message>
    <message>
        <source>The database server reports damaged data. Ask its administrator to restore it from a backup.</source>
        <translation>Server basis data melaporkan data rusak. Minta administratornya memulihkan dari cadangan.</translation>
    </message>
    <message>
        <source>The logbook does not verify, so nothing is printed or exported from it: %1. Run kunjungan-admin logbook verify for every finding.</source>
        <translation>Buku log tidak lolos pemeriksaan, jadi tidak ada yang dicetak atau diekspor darinya: %1. Jalankan kunjungan-admin logbook verify untuk melihat semua temuan.</translation>
    </message>
    <message>
        <source>The backup %1 ends at event %2, which the logbook does not hold as it is in the copy.</source>
        <translation>Cadangan %1 berakhir pada kejadian %2, yang di buku log tidak sama dengan di salinan.</translation>
    </message>
    <message>
        <source>A logbook file has no database roles.</source>
        <translation>Berkas buku kunjungan tidak mempunyai peran basis data.</translation>
    </message>
    <message>
        <source>Event %1 has a type the copy does not know: %2</source>
        <translation>Kejadian %1 berjenis yang tidak dikenal salinan: %2</translation>
    </message>
    <message>
        <source>The logbook&apos;s database server (%1) does not answer since %2. Check the network cable and that the server PC is on. Calls ended meanwhile are recorded as soon as it answers.</source>
        <translation>Server basis data buku kunjungan (%1) tidak menjawab sejak pukul %2. Periksa kabel jaringan dan pastikan PC server menyala. Panggilan yang selesai selama itu dicatat begitu server menjawab lagi.</translation>
    </message>
    <message>
        <source>The logbook on the server %1 has schema %2 and this program writes schema %3. The server&apos;s administrator upgrades it there with: sudo -u postgres kunjungan-admin server init postgresql:///%4</source>
        <translation>Buku kunjungan di server %1 memakai skema %2, sedangkan program ini menulis skema %3. Administrator server meningkatkannya di server itu dengan: sudo -u postgres kunjungan-admin server init postgresql:///%4</translation>
    </message>
    <message>
        <source>Another desk wrote at the same moment: nothing was written. Try again.</source>
        <translation>Meja lain menulis pada saat yang sama: tidak ada yang ditulis. Silakan coba lagi.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Kunjungan</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Run the touchscreen sign-in kiosk, full screen.</source>
        <translation>Jalankan kios pendaftaran layar sentuh dalam layar penuh.</translation>
    </message>
    <message>
        <source>Start on a fresh demo logbook with simulated time, with the kiosk beside the desk.</source>
        <translation>Mulai dengan buku kunjungan demo yang baru dan waktu simulasi, dengan kios di samping meja layanan.</translation>
    </message>
    <message>
        <source>The kiosk needs an officer to be able to close it: start the desk once and create the admin first.</source>
        <translation>Kios memerlukan petugas yang dapat menutupnya: jalankan meja layanan sekali dan buat akun admin terlebih dahulu.</translation>
    </message>
    <message>
        <source>DEMO MODE — simulated time</source>
        <translation>MODE DEMO — waktu simulasi</translation>
    </message>
    <message>
        <source>User interface language: id or en (default: the language set in the settings, else id).</source>
        <translation>Bahasa antarmuka: id atau en (bawaan: bahasa yang diatur di pengaturan, jika tidak ada id).</translation>
    </message>
    <message>
        <source>--demo writes a new demo logbook, but %1 already holds data. Start without --demo to open it.</source>
        <translation>--demo menulis buku kunjungan demo yang baru, tetapi %1 sudah berisi data. Jalankan tanpa --demo untuk membukanya.</translation>
    </message>
    <message>
        <source>The logbook: a file or a postgresql:// address.</source>
        <translation>Buku kunjungan: berkas atau alamat postgresql://.</translation>
    </message>
    <message>
        <source>Save screenshots of every page of the desk and the kiosk into a folder, then quit.</source>
        <translation>Simpan tangkapan layar setiap halaman meja layanan dan kios ke sebuah folder, lalu keluar.</translation>
    </message>
    <message>
        <source>Kunjungan: the desk of the online visiting service by video call (and its kiosk).</source>
        <translation>Kunjungan: meja layanan kunjungan online melalui video call (beserta kiosnya).</translation>
    </message>
</context>
<context>
    <name>OfficerDesk</name>
    <message>
        <source>The officer&apos;s name is empty.</source>
        <translation>Nama petugas kosong.</translation>
    </message>
    <message>
        <source>The role must be officer or admin.</source>
        <translation>Peran harus petugas (officer) atau admin.</translation>
    </message>
    <message>
        <source>There is already an inactive officer named %1: reactivate them.</source>
        <translation>Sudah ada petugas nonaktif bernama %1: aktifkan kembali petugas tersebut.</translation>
    </message>
    <message>
        <source>There is already an officer named %1.</source>
        <translation>Sudah ada petugas bernama %1.</translation>
    </message>
    <message>
        <source>There is no officer named %1.</source>
        <translation>Tidak ada petugas bernama %1.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself; another admin can.</source>
        <translation>Anda tidak dapat menonaktifkan diri sendiri; admin lain dapat melakukannya.</translation>
    </message>
    <message>
        <source>%1 is the last active admin: add or reactivate another admin first.</source>
        <translation>%1 adalah admin aktif terakhir: tambahkan atau aktifkan kembali admin lain terlebih dahulu.</translation>
    </message>
    <message>
        <source>Unknown officer or wrong PIN.</source>
        <translation>Petugas tidak dikenal atau PIN salah.</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong PINs. An admin must set a new PIN.</source>
        <translation>Akun ini dikunci karena terlalu banyak PIN salah. Admin harus membuat PIN baru.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Terlalu banyak PIN salah. Coba lagi dalam %1.</translation>
    </message>
    <message>
        <source>The administrator was already created: sign in, or ask an admin.</source>
        <translation>Administrator sudah dibuat: silakan masuk, atau hubungi admin.</translation>
    </message>
    <message>
        <source>The new PIN must differ from the last two PINs.</source>
        <translation>PIN baru harus berbeda dari dua PIN terakhir.</translation>
    </message>
    <message>
        <source>The PIN was changed a moment ago. Try again.</source>
        <translation>PIN baru saja diganti. Silakan coba lagi.</translation>
    </message>
    <message>
        <source>This account&apos;s PIN was changed outside Kunjungan. An admin must set a new PIN.</source>
        <translation>PIN akun ini diubah di luar Kunjungan. Admin harus menetapkan PIN baru.</translation>
    </message>
    <message>
        <source>Too many wrong PINs at this kiosk. The PIN pad is closed; try again in %1.</source>
        <translation>Terlalu banyak PIN salah di kios ini. Pengisian PIN ditutup; coba lagi dalam %1.</translation>
    </message>
    <message>
        <source>Too many wrong PINs while the server does not answer. Wait until it answers again.</source>
        <translation>Terlalu banyak PIN salah selama server tidak menjawab. Tunggu sampai server menjawab lagi.</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Penulisan %1 gagal: %2</translation>
    </message>
</context>
<context>
    <name>PersonalDataExport</name>
    <message>
        <source>Register number %1 is not in the roster.</source>
        <translation>Nomor registrasi %1 tidak ada dalam daftar penghuni.</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>the phone number is too short</source>
        <translation>nomor telepon terlalu pendek</translation>
    </message>
    <message>
        <source>the phone number is too long</source>
        <translation>nomor telepon terlalu panjang</translation>
    </message>
    <message>
        <source>after +62 the number cannot start with 0</source>
        <translation>setelah +62 nomor tidak boleh diawali 0</translation>
    </message>
    <message>
        <source>the phone number is empty</source>
        <translation>nomor telepon kosong</translation>
    </message>
    <message>
        <source>the phone number may contain only digits, spaces, dashes, dots, parentheses and a leading +</source>
        <translation>nomor telepon hanya boleh berisi angka, spasi, tanda hubung, titik, tanda kurung, dan + di depan</translation>
    </message>
    <message>
        <source>a country code cannot start with 0</source>
        <translation>kode negara tidak boleh diawali 0</translation>
    </message>
    <message>
        <source>write the phone number with 0, 62 or + in front</source>
        <translation>tulis nomor telepon dengan awalan 0, 62, atau +</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message>
        <source>The PIN library cannot start.</source>
        <translation>Pustaka PIN tidak dapat dijalankan.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the PIN.</source>
        <translation>Memori tidak cukup untuk mengamankan PIN.</translation>
    </message>
    <message>
        <source>A PIN is %1 to %2 digits.</source>
        <translation>PIN terdiri dari %1 sampai %2 angka.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess (one digit repeated, or digits in a row). Choose another.</source>
        <translation>PIN ini terlalu mudah ditebak (satu angka berulang, atau angka berurutan). Pilih PIN lain.</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>The logbook does not add up.</source>
        <translation>Buku kunjungan tidak sesuai dengan catatannya.</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>The number of stations must be between 1 and 99.</source>
        <translation>Jumlah bilik harus antara 1 dan 99.</translation>
    </message>
    <message>
        <source>The number of retries cannot be negative.</source>
        <translation>Jumlah percobaan ulang tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The weekly quota cannot be negative.</source>
        <translation>Kuota mingguan tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Station %1 is still serving ticket %2; finish it before removing the station.</source>
        <translation>Bilik %1 masih melayani nomor %2; selesaikan dulu sebelum bilik dihapus.</translation>
    </message>
    <message>
        <source>The sign-in is incomplete.</source>
        <translation>Pendaftaran belum lengkap.</translation>
    </message>
    <message>
        <source>This inmate already has ticket %1 in today&apos;s queue.</source>
        <translation>Anda sudah memiliki nomor antrian %1 hari ini.</translation>
    </message>
    <message>
        <source>This inmate has already had a call today.</source>
        <translation>Anda sudah melakukan video call hari ini.</translation>
    </message>
    <message numerus="yes">
        <source>This inmate has already had %n call(s) this week, the weekly limit.</source>
        <translation>
            <numerusform>Anda sudah melakukan %n kali video call minggu ini, batas mingguan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Tidak ada yang menunggu.</translation>
    </message>
    <message>
        <source>The time is not valid.</source>
        <translation>Waktu tidak sah.</translation>
    </message>
    <message>
        <source>There is no ticket %1 today.</source>
        <translation>Tidak ada nomor antrian %1 hari ini.</translation>
    </message>
    <message>
        <source>Ticket %1 is not waiting, so it cannot be called.</source>
        <translation>Nomor %1 tidak sedang menunggu, jadi tidak dapat dipanggil.</translation>
    </message>
    <message>
        <source>Ticket %1 is not being called, so it cannot be called again.</source>
        <translation>Nomor %1 tidak sedang dipanggil, jadi tidak dapat dipanggil ulang.</translation>
    </message>
    <message>
        <source>Ticket %1 is not being called, so it cannot be marked as not present.</source>
        <translation>Nomor %1 tidak sedang dipanggil, jadi tidak dapat ditandai tidak hadir.</translation>
    </message>
    <message>
        <source>Ticket %1 is not being called, so it cannot be marked as not answered.</source>
        <translation>Nomor %1 tidak sedang dipanggil, jadi tidak dapat ditandai tidak tersambung.</translation>
    </message>
    <message>
        <source>Ticket %1 is not being called, so its call cannot start.</source>
        <translation>Nomor %1 tidak sedang dipanggil, jadi panggilannya tidak dapat dimulai.</translation>
    </message>
    <message>
        <source>Ticket %1 is not in a call, so it cannot be finished.</source>
        <translation>Nomor %1 tidak sedang video call, jadi tidak dapat diakhiri.</translation>
    </message>
    <message>
        <source>Ticket %1 can only be cancelled while it waits or is being called.</source>
        <translation>Nomor %1 hanya dapat dibatalkan saat menunggu atau dipanggil.</translation>
    </message>
    <message numerus="yes">
        <source>There is no station %1; this desk has %n station(s).</source>
        <translation>
            <numerusform>Tidak ada bilik %1; meja ini memiliki %n bilik.</numerusform>
        </translation>
    </message>
    <message>
        <source>Station %1 is busy with ticket %2.</source>
        <translation>Bilik %1 sedang melayani nomor %2.</translation>
    </message>
    <message>
        <source>The saved queue of the day is inconsistent; rebuild it from the logbook.</source>
        <translation>Antrian hari ini yang tersimpan tidak konsisten; bangun ulang dari buku kunjungan.</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>%1 · Telephone %2</source>
        <translation>%1 · Telepon %2</translation>
    </message>
    <message>
        <source>Made by,</source>
        <translation>Dibuat oleh,</translation>
    </message>
    <message>
        <source>Officer on duty</source>
        <translation>Petugas jaga</translation>
    </message>
    <message>
        <source>Acknowledged, %1</source>
        <translation>Mengetahui, %1</translation>
    </message>
    <message>
        <source>Head of %1</source>
        <translation>Kepala %1</translation>
    </message>
    <message>
        <source>NIP.</source>
        <translation>NIP.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · times in %2</source>
        <translation>%1 · waktu dalam %2</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>No event was recorded on this day.</source>
        <translation>Tidak ada kejadian yang tercatat pada hari ini.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 sampai %2</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Per hari</translation>
    </message>
    <message>
        <source>No visits were registered in this month.</source>
        <translation>Tidak ada kunjungan yang terdaftar pada bulan ini.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Per cell</source>
        <translation>Per kamar</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Kamar</translation>
    </message>
    <message>
        <source>Per station</source>
        <translation>Per bilik</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Bilik</translation>
    </message>
    <message>
        <source>Per officer</source>
        <translation>Per petugas</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Corrected lines: %1</source>
        <translation>Baris yang dikoreksi: %1</translation>
    </message>
    <message>
        <source>Satisfaction index (IKM, PermenPANRB 14/2017)</source>
        <translation>Indeks Kepuasan Masyarakat (IKM, PermenPANRB 14/2017)</translation>
    </message>
    <message>
        <source>No survey answers in this month.</source>
        <translation>Tidak ada jawaban survei pada bulan ini.</translation>
    </message>
    <message>
        <source>Sum of weighted averages</source>
        <translation>Jumlah nilai rata-rata tertimbang</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Unsur</translation>
    </message>
    <message>
        <source>Service element</source>
        <translation>Unsur pelayanan</translation>
    </message>
    <message>
        <source>Average (NRR)</source>
        <translation>Rata-rata (NRR)</translation>
    </message>
    <message>
        <source>Weighted (× 1/9)</source>
        <translation>Tertimbang (× 1/9)</translation>
    </message>
    <message numerus="yes">
        <source>IKM = %1 × 25 = %2 · quality %3 · %n respondent(s)</source>
        <translation>
            <numerusform>IKM = %1 × 25 = %2 · mutu %3 · %n responden</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Diterima: %1</translation>
    </message>
    <message>
        <source>By channel: %1</source>
        <translation>Menurut saluran: %1</translation>
    </message>
    <message>
        <source>By status: %1</source>
        <translation>Menurut status: %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Restrictions in force</source>
        <translation>Pembatasan yang berlaku</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Tidak ada.</translation>
    </message>
    <message>
        <source>until lifted</source>
        <translation>sampai dicabut</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>WBP name</source>
        <translation>Nama WBP</translation>
    </message>
    <message>
        <source>Register no.</source>
        <translation>No. registrasi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>Dicabut</translation>
    </message>
    <message>
        <source>The report could not be printed or written.</source>
        <translation>Laporan tidak dapat dicetak atau ditulis.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 tidak dapat ditulis.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Not a valid date.</source>
        <translation>Tanggal tidak valid.</translation>
    </message>
    <message>
        <source>holiday: %1</source>
        <translation>hari libur: %1</translation>
    </message>
    <message>
        <source>no visiting service is scheduled on this day</source>
        <translation>tidak ada layanan kunjungan yang dijadwalkan pada hari ini</translation>
    </message>
    <message>
        <source>Not a valid month.</source>
        <translation>Bulan tidak valid.</translation>
    </message>
    <message>
        <source>Cell %1</source>
        <translation>Kamar %1</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>Bilik %1</translation>
    </message>
    <message>
        <source>MONTHLY RECAP OF THE ONLINE VISITING SERVICE (VIDEO CALL) — %1</source>
        <translation>REKAP BULANAN LAYANAN KUNJUNGAN ONLINE (VIDEO CALL) — %1</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Tidak tersambung</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Nomor antrian</translation>
    </message>
    <message>
        <source>WBP name</source>
        <translation>Nama WBP</translation>
    </message>
    <message>
        <source>Register no.</source>
        <translation>No. registrasi</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Kamar</translation>
    </message>
    <message>
        <source>Family (relation)</source>
        <translation>Keluarga (hubungan)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Bilik</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Corrected %1: %2 → %3 (%4)</source>
        <translation>Dikoreksi %1: %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Mendaftar</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Dilayani</translation>
    </message>
    <message>
        <source>Not served at close</source>
        <translation>Tidak terlayani saat tutup</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Rata-rata waktu tunggu</translation>
    </message>
    <message>
        <source>Average call length</source>
        <translation>Rata-rata lama panggilan</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Rp 0 (free)</source>
        <translation>Rp 0 (gratis)</translation>
    </message>
    <message>
        <source>No visits on %1: %2.</source>
        <translation>Tidak ada kunjungan pada %1: %2.</translation>
    </message>
    <message>
        <source>No visits were registered on %1.</source>
        <translation>Tidak ada kunjungan yang terdaftar pada %1.</translation>
    </message>
    <message>
        <source>Last event of the day: no. %1, hash %2 (check: kunjungan-admin logbook verify --anchor %1:%2)</source>
        <translation>Kejadian terakhir hari ini: no. %1, hash %2 (periksa: kunjungan-admin logbook verify --anchor %1:%2)</translation>
    </message>
    <message>
        <source>Served %</source>
        <translation>Dilayani %</translation>
    </message>
    <message>
        <source>Not served</source>
        <translation>Tidak terlayani</translation>
    </message>
    <message>
        <source>Avg. wait</source>
        <translation>Rata-rata tunggu</translation>
    </message>
    <message>
        <source>Avg. call</source>
        <translation>Rata-rata panggilan</translation>
    </message>
    <message>
        <source>A (very good)</source>
        <translation>A (sangat baik)</translation>
    </message>
    <message>
        <source>B (good)</source>
        <translation>B (baik)</translation>
    </message>
    <message>
        <source>C (not good enough)</source>
        <translation>C (kurang baik)</translation>
    </message>
    <message>
        <source>D (poor)</source>
        <translation>D (tidak baik)</translation>
    </message>
    <message>
        <source>no survey answers</source>
        <translation>tidak ada jawaban survei</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Persyaratan</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Prosedur</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Waktu penyelesaian</translation>
    </message>
    <message>
        <source>Service as announced</source>
        <translation>Kesesuaian layanan dengan yang diumumkan</translation>
    </message>
    <message>
        <source>Officers&apos; competence</source>
        <translation>Kompetensi petugas</translation>
    </message>
    <message>
        <source>Officers&apos; conduct</source>
        <translation>Perilaku petugas</translation>
    </message>
    <message>
        <source>Handling of complaints and suggestions</source>
        <translation>Penanganan pengaduan, saran, dan masukan</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Sarana dan prasarana</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Per hari</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Per cell</source>
        <translation>Per kamar</translation>
    </message>
    <message>
        <source>Per station</source>
        <translation>Per bilik</translation>
    </message>
    <message>
        <source>Per officer</source>
        <translation>Per petugas</translation>
    </message>
    <message>
        <source>Satisfaction index (IKM, PermenPANRB 14/2017)</source>
        <translation>Indeks kepuasan (IKM, PermenPANRB 14/2017)</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Responden</translation>
    </message>
    <message>
        <source>Weighted average</source>
        <translation>Rata-rata tertimbang</translation>
    </message>
    <message>
        <source>IKM</source>
        <translation>IKM</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Mutu</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Restrictions in force</source>
        <translation>Pembatasan yang berlaku</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>Dicabut</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>Corrected lines</source>
        <translation>Baris yang dikoreksi</translation>
    </message>
    <message>
        <source>Not finished yet</source>
        <translation>Belum selesai</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Belum selesai</translation>
    </message>
    <message>
        <source>Video call length: %1 minutes, at most %2 minutes.</source>
        <translation>Durasi video call: %1 menit, maksimal %2 menit.</translation>
    </message>
    <message>
        <source>Above the published standard (at most %1 minutes); reason: %2.</source>
        <translation>Di atas standar pelayanan (maksimal %1 menit); alasan: %2.</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>tidak diisi</translation>
    </message>
    <message>
        <source>Latest seal: event no. %1, hash %2, sealed %3 at %4</source>
        <translation>Segel terakhir: kejadian no. %1, hash %2, disegel %3 pukul %4</translation>
    </message>
</context>
<context>
    <name>RosterCsv</name>
    <message>
        <source>line %1: &quot;%2&quot; in column &quot;%3&quot; is not a date (dd/mm/yyyy)</source>
        <translation>baris %1: &quot;%2&quot; pada kolom &quot;%3&quot; bukan tanggal (hh/bb/tttt)</translation>
    </message>
    <message>
        <source>line %1: the name is empty</source>
        <translation>baris %1: nama kosong</translation>
    </message>
    <message>
        <source>line %1: the register number is empty</source>
        <translation>baris %1: nomor registrasi kosong</translation>
    </message>
    <message>
        <source>line %1: register number %2 is already on line %3</source>
        <translation>baris %1: nomor registrasi %2 sudah ada di baris %3</translation>
    </message>
    <message>
        <source>line %1: the cell is empty</source>
        <translation>baris %1: kamar kosong</translation>
    </message>
</context>
<context>
    <name>RosterDesk</name>
    <message>
        <source>This register number is not in the roster.</source>
        <translation>Nomor registrasi ini tidak ada dalam daftar penghuni.</translation>
    </message>
    <message>
        <source>The family member&apos;s name is empty.</source>
        <translation>Nama anggota keluarga kosong.</translation>
    </message>
    <message>
        <source>Unknown relation: %1</source>
        <translation>Hubungan tidak dikenal: %1</translation>
    </message>
    <message>
        <source>line %1: register number %2 is not in the roster</source>
        <translation>baris %1: nomor registrasi %2 tidak ada dalam daftar penghuni</translation>
    </message>
    <message>
        <source>There is no such family contact.</source>
        <translation>Kontak keluarga tersebut tidak ada.</translation>
    </message>
    <message>
        <source>A restriction needs a reason.</source>
        <translation>Pembatasan harus disertai alasan.</translation>
    </message>
    <message>
        <source>A restriction must end on or after its first day.</source>
        <translation>Pembatasan harus berakhir pada atau setelah hari pertamanya.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Nama kosong.</translation>
    </message>
    <message>
        <source>The register number is empty.</source>
        <translation>Nomor registrasi kosong.</translation>
    </message>
    <message>
        <source>The cell is empty.</source>
        <translation>Kamar kosong.</translation>
    </message>
    <message>
        <source>Register number %1 is already in the roster: %2, cell %3.</source>
        <translation>Nomor registrasi %1 sudah ada di daftar penghuni: %2, kamar %3.</translation>
    </message>
    <message>
        <source>Register number %1 is in the roster as released: %2. Import the roster again to bring them back.</source>
        <translation>Nomor registrasi %1 ada di daftar penghuni sebagai sudah bebas: %2. Impor daftar penghuni lagi untuk mengaktifkannya kembali.</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>A CSV file as SDP&apos;s &quot;daftar penghuni&quot; exports it: a header row, then a row per WBP. The columns are found by their names:
• Nama Lengkap (or Nama): required
• No. Registrasi: required, e.g. B I 101/2025 (A = tahanan, B = narapidana)
• Lokasi Sel (or Kamar): required, e.g. 12
• Blok, Tgl Msk UPT and Tgl Ekspirasi (dd/mm/yyyy), Nm Alias 1 to 3: optional
Separated by commas, semicolons or tabs. A WBP missing from the file is marked released, never deleted. Nothing is imported before you confirm.</source>
        <translation>Berkas CSV seperti hasil ekspor &quot;daftar penghuni&quot; SDP: satu baris judul kolom, lalu satu baris per WBP. Kolom dikenali dari namanya:
• Nama Lengkap (atau Nama): wajib
• No. Registrasi: wajib, mis. B I 101/2025 (A = tahanan, B = narapidana)
• Lokasi Sel (atau Kamar): wajib, mis. 12
• Blok, Tgl Msk UPT dan Tgl Ekspirasi (hh/bb/tttt), Nm Alias 1 sampai 3: tidak wajib
Dipisahkan koma, titik koma, atau tab. WBP yang tidak ada di berkas ditandai bebas, tidak pernah dihapus. Tidak ada yang diimpor sebelum Anda setujui.</translation>
    </message>
    <message>
        <source>A CSV file with a header row, then a row per family contact. The columns are found by their names:
• No. Registrasi: the WBP&apos;s register number, as in the roster
• Nama Keluarga: the family member&apos;s name
• Hubungan: %1
• No. HP: 08…, 62… or +62…
Contacts from the file are recorded as approved. Nothing is imported before you confirm.</source>
        <translation>Berkas CSV dengan satu baris judul kolom, lalu satu baris per kontak keluarga. Kolom dikenali dari namanya:
• No. Registrasi: nomor registrasi WBP, sama seperti di daftar penghuni
• Nama Keluarga: nama anggota keluarga
• Hubungan: %1
• No. HP: 08…, 62… atau +62…
Kontak dari berkas dicatat sebagai disetujui. Tidak ada yang diimpor sebelum Anda setujui.</translation>
    </message>
    <message>
        <source>Choose the CSV file…</source>
        <translation>Pilih berkas CSV…</translation>
    </message>
    <message>
        <source>Save a sample CSV…</source>
        <translation>Simpan contoh CSV…</translation>
    </message>
    <message>
        <source>Save a sample CSV</source>
        <translation>Simpan contoh CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Tidak dapat menulis %1.</translation>
    </message>
    <message>
        <source>Saved: %1. Fill it in (a spreadsheet can save it as CSV), then import it.</source>
        <translation>Tersimpan: %1. Isi berkas itu (program lembar kerja dapat menyimpannya sebagai CSV), lalu impor.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Berkas CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Tidak dapat membaca %1.</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these lines:</source>
        <translation>Tidak ada yang diimpor. Perbaiki baris berikut:</translation>
    </message>
    <message>
        <source>Import the roster</source>
        <translation>Impor daftar penghuni</translation>
    </message>
    <message>
        <source>%1: %2 rows. New: %3, changed: %4, unchanged: %5, no longer in the file (marked released): %6. Import?</source>
        <translation>%1: %2 baris. Baru: %3, berubah: %4, tidak berubah: %5, tidak ada lagi di berkas (ditandai sudah bebas): %6. Impor?</translation>
    </message>
    <message>
        <source>Import family contacts</source>
        <translation>Impor kontak keluarga</translation>
    </message>
    <message>
        <source>%1: %2 contacts. New (recorded as approved): %3, already known: %4. Import?</source>
        <translation>%1: %2 kontak. Baru (dicatat sebagai disetujui): %3, sudah terdaftar: %4. Impor?</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>Unknown time zone: %1</source>
        <translation>Zona waktu tidak dikenal: %1</translation>
    </message>
    <message>
        <source>%1: a window must start before it ends.</source>
        <translation>%1: jam mulai harus sebelum jam selesai.</translation>
    </message>
    <message>
        <source>%1: windows overlap.</source>
        <translation>%1: jam layanan saling tumpang tindih.</translation>
    </message>
    <message>
        <source>%1: a cell label is empty.</source>
        <translation>%1: nama kamar kosong.</translation>
    </message>
    <message>
        <source>A special day has no valid date.</source>
        <translation>Hari khusus tidak memiliki tanggal yang sah.</translation>
    </message>
    <message>
        <source>A holiday has no valid date.</source>
        <translation>Hari libur tidak memiliki tanggal yang sah.</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Hari libur</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source> Next visit: %1.</source>
        <translation> Jadwal berikutnya: %1.</translation>
    </message>
    <message>
        <source>Cell %1 may sign in now, until %2 %3.</source>
        <translation>Kamar %1 dapat mendaftar sekarang, sampai pukul %2 %3.</translation>
    </message>
    <message>
        <source>No cell given.</source>
        <translation>Kamar belum dipilih.</translation>
    </message>
    <message>
        <source>Cell %1 has no visiting day in the schedule. Please ask the officer.</source>
        <translation>Kamar %1 belum memiliki jadwal kunjungan. Silakan tanyakan kepada petugas.</translation>
    </message>
    <message>
        <source>Today is a holiday: there are no visits.</source>
        <translation>Hari ini hari libur: tidak ada layanan kunjungan.</translation>
    </message>
    <message>
        <source>There are no visits today.</source>
        <translation>Hari ini tidak ada layanan kunjungan.</translation>
    </message>
    <message>
        <source>Cell %1 is scheduled on %2.</source>
        <translation>Kamar %1 terjadwal hari %2.</translation>
    </message>
    <message>
        <source>Visits for cell %1 open today at %2 %3.</source>
        <translation>Layanan untuk kamar %1 dibuka hari ini pukul %2 %3.</translation>
    </message>
    <message>
        <source>Visits for cell %1 are on a break; they resume today at %2 %3.</source>
        <translation>Layanan untuk kamar %1 sedang istirahat; dibuka kembali hari ini pukul %2 %3.</translation>
    </message>
    <message>
        <source>Visits for cell %1 have ended for today.</source>
        <translation>Layanan untuk kamar %1 hari ini sudah selesai.</translation>
    </message>
    <message>
        <source>%1: a special day needs its visiting windows (a closed date is a holiday).</source>
        <translation>%1: hari khusus memerlukan jam kunjungannya sendiri (tanggal tutup adalah hari libur).</translation>
    </message>
</context>
<context>
    <name>SealFolder</name>
    <message>
        <source>%1 cannot be read: %2. Sealing needs root.</source>
        <translation>%1 tidak dapat dibaca: %2. Penyegelan memerlukan root.</translation>
    </message>
    <message>
        <source>%1 is not a key.</source>
        <translation>%1 bukan kunci.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>%1 cannot be made.</source>
        <translation>%1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 tidak dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>ServerSetup</name>
    <message>
        <source>server init needs a postgresql://USER@HOST:PORT/DATABASE address whose database name has only small letters, digits and _.</source>
        <translation>server init memerlukan alamat postgresql://PENGGUNA@HOST:PORT/BASISDATA yang nama basis datanya hanya berisi huruf kecil, angka, dan _.</translation>
    </message>
    <message>
        <source>server init must connect as a superuser of the database server (e.g. postgresql://postgres@localhost/%1, run as the postgres user).</source>
        <translation>server init harus tersambung sebagai superuser server basis data (misalnya postgresql://postgres@localhost/%1, dijalankan sebagai pengguna postgres).</translation>
    </message>
</context>
<context>
    <name>ServiceDesk</name>
    <message>
        <source>There is no such complaint.</source>
        <translation>Pengaduan tersebut tidak ditemukan.</translation>
    </message>
    <message>
        <source>A survey answer gives each of the %1 items a value from 1 to %2.</source>
        <translation>Jawaban survei memberi nilai 1 sampai %2 untuk setiap unsur (%1 unsur).</translation>
    </message>
    <message>
        <source>Thank you: an answer was just recorded. The survey can be filled in again in a minute.</source>
        <translation>Terima kasih: jawaban baru saja dicatat. Survei dapat diisi lagi dalam satu menit.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The schedule needs exactly 7 weekdays.</source>
        <translation>Jadwal harus berisi tepat 7 hari.</translation>
    </message>
    <message>
        <source>The facility needs a name.</source>
        <translation>Nama unit pelaksana teknis harus diisi.</translation>
    </message>
    <message>
        <source>There must be between 1 and 20 stations.</source>
        <translation>Jumlah bilik harus antara 1 dan 20.</translation>
    </message>
    <message>
        <source>Unknown setting: %1</source>
        <translation>Pengaturan tidak dikenal: %1</translation>
    </message>
    <message>
        <source>Unknown language: %1</source>
        <translation>Bahasa tidak dikenal: %1</translation>
    </message>
    <message>
        <source>Each station needs its own yes-or-no &quot;this desk PC&quot; flag.</source>
        <translation>Setiap bilik memerlukan tanda ya/tidak &quot;PC meja ini&quot; sendiri.</translation>
    </message>
    <message>
        <source>A window must be written like 08.00-11.00.</source>
        <translation>Jam layanan ditulis seperti 08.00-11.00.</translation>
    </message>
    <message>
        <source>The published standard allows video calls of at most %1 minutes. To set %2 minutes, give the reason; it is printed on the daily register.</source>
        <translation>Standar pelayanan menetapkan video call maksimal %1 menit. Untuk menetapkan %2 menit, isi alasannya; alasan itu dicetak di laporan harian.</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>The logbook is locked by another program for too long. Try again; if it stays locked, close the other Kunjungan windows.</source>
        <translation>Buku kunjungan sedang dikunci program lain terlalu lama. Coba lagi; bila tetap terkunci, tutup jendela Kunjungan yang lain.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was written. Free some space and try again.</source>
        <translation>Disk penuh: tidak ada yang ditulis. Kosongkan sebagian ruang lalu coba lagi.</translation>
    </message>
    <message>
        <source>The logbook file is read-only: nothing was written. Check the file&apos;s permissions.</source>
        <translation>Berkas buku kunjungan hanya-baca: tidak ada yang ditulis. Periksa izin berkas.</translation>
    </message>
    <message>
        <source>The file is not a Kunjungan logbook or it is damaged. Restore it from a backup.</source>
        <translation>Berkas ini bukan buku kunjungan Kunjungan atau rusak. Pulihkan dari cadangan.</translation>
    </message>
    <message>
        <source>The logbook file cannot be opened. Check that the folder exists and may be written.</source>
        <translation>Berkas buku kunjungan tidak dapat dibuka. Periksa bahwa foldernya ada dan dapat ditulis.</translation>
    </message>
    <message>
        <source>Reading or writing the logbook failed (disk error): nothing was written.</source>
        <translation>Gagal membaca atau menulis buku kunjungan (kesalahan disk): tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Database error: nothing was written.</source>
        <translation>Kesalahan basis data: tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>The logbook&apos;s database server does not answer, so nothing was done. Kunjungan connects again by itself as soon as it answers.</source>
        <translation>Server basis data buku kunjungan tidak menjawab, jadi tidak ada yang dilakukan. Kunjungan tersambung lagi dengan sendirinya begitu server menjawab.</translation>
    </message>
</context>
<context>
    <name>VisitStatistics</name>
    <message>
        <source>Choose a first day on or before the last day, at most ten years apart.</source>
        <translation>Pilih hari pertama yang sama dengan atau sebelum hari terakhir, paling lama berjarak sepuluh tahun.</translation>
    </message>
</context>
<context>
    <name>kj::CapacityView</name>
    <message>
        <source>%1 min</source>
        <translation>%1 menit</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 jam %2 menit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source> s</source>
        <translation> detik</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>WBP expected to come</source>
        <translation>WBP yang diperkirakan datang</translation>
    </message>
    <message>
        <source>Call length</source>
        <translation>Durasi panggilan</translation>
    </message>
    <message>
        <source>Pause between calls</source>
        <translation>Jeda antarpanggilan</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Bilik</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Jam kunjungan</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Bilik</translation>
    </message>
    <message>
        <source>Can hold</source>
        <translation>Kapasitas</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Terlayani</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Berbicara</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Tidak terpakai</translation>
    </message>
    <message>
        <source>Idle between calls</source>
        <translation>Tidak terpakai antarpanggilan</translation>
    </message>
    <message>
        <source>WBP who can call, by number of stations</source>
        <translation>WBP yang dapat melakukan panggilan, menurut jumlah bilik</translation>
    </message>
    <message>
        <source>Seen over the last 8 weeks: %1%.</source>
        <translation>Kehadiran dalam 8 minggu terakhir: %1%.</translation>
    </message>
    <message>
        <source>No history yet: everyone is expected.</source>
        <translation>Belum ada riwayat: semua diperkirakan hadir.</translation>
    </message>
    <message>
        <source>%1: no visiting service.</source>
        <translation>%1: tidak ada layanan kunjungan.</translation>
    </message>
    <message numerus="yes">
        <source>%1: cells %2, %3; %n active WBP.</source>
        <translation>
            <numerusform>%1: kamar %2, %3; %n WBP aktif.</numerusform>
        </translation>
    </message>
    <message>
        <source>No service on this day.</source>
        <translation>Tidak ada layanan pada hari ini.</translation>
    </message>
    <message>
        <source>A call is longer than the windows.</source>
        <translation>Durasi panggilan lebih panjang daripada jam kunjungan.</translation>
    </message>
    <message numerus="yes">
        <source>%n station(s) needed, %1 available: enough.</source>
        <translation>
            <numerusform>Diperlukan %n bilik, tersedia %1: cukup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station(s) needed, %1 available: too few.</source>
        <translation>
            <numerusform>Diperlukan %n bilik, tersedia %1: kurang.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 WBP expected. One station holds %3 calls a day with calls of %4 and %5 between them.</source>
        <translation>%1 dari %2 WBP diperkirakan hadir. Satu bilik menampung %3 panggilan sehari dengan durasi panggilan %4 dan jeda %5.</translation>
    </message>
    <message numerus="yes">
        <source>With %n station(s), %1 WBP cannot call.</source>
        <translation>
            <numerusform>Dengan %n bilik, %1 WBP tidak dapat melakukan panggilan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Can call</source>
        <translation>Dapat melakukan panggilan</translation>
    </message>
    <message>
        <source>Cannot call</source>
        <translation>Tidak dapat melakukan panggilan</translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n bilik</numerusform>
        </translation>
    </message>
    <message>
        <source>WBP</source>
        <translation>WBP</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>Bilik %1</translation>
    </message>
</context>
<context>
    <name>kj::ComplaintsView</name>
    <message>
        <source>New complaint…</source>
        <translation>Pengaduan baru…</translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation>Tindak lanjuti…</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Bulan:</translation>
    </message>
    <message>
        <source>History of the selected complaint (each change is in the logbook):</source>
        <translation>Riwayat pengaduan yang dipilih (setiap perubahan tercatat dalam buku kunjungan):</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) received</source>
        <translation>
            <numerusform>%n pengaduan diterima</numerusform>
        </translation>
    </message>
    <message>
        <source>Received (dd/mm/yyyy)</source>
        <translation>Diterima (hh/bb/tttt)</translation>
    </message>
    <message>
        <source>From (name or account; may be empty)</source>
        <translation>Dari (nama atau akun; boleh kosong)</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>Pengaduan baru</translation>
    </message>
    <message>
        <source>Follow up the complaint of %1</source>
        <translation>Tindak lanjuti pengaduan dari %1</translation>
    </message>
</context>
<context>
    <name>kj::ConfirmPage</name>
    <message>
        <source>Is this right?</source>
        <translation>Apakah sudah benar?</translation>
    </message>
    <message>
        <source>◀ No, start again</source>
        <translation>◀ Tidak, ulangi</translation>
    </message>
    <message>
        <source>Yes, sign me in</source>
        <translation>Ya, daftarkan saya</translation>
    </message>
    <message>
        <source>Cell %1 · register number %2</source>
        <translation>Kamar %1 · nomor registrasi %2</translation>
    </message>
    <message>
        <source>Video call to: %1</source>
        <translation>Video call ke: %1</translation>
    </message>
</context>
<context>
    <name>kj::ConsoleWindow</name>
    <message>
        <source>Demo officer: %1 · PIN %2</source>
        <translation>Petugas demo: %1 · PIN %2</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Bisukan</translation>
    </message>
    <message>
        <source>Kunjungan — Visiting desk</source>
        <translation>Kunjungan — Meja Layanan Kunjungan</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Lock the console (Ctrl+L)</source>
        <translation>Kunci layar (Ctrl+L)</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Meja layanan</translation>
    </message>
    <message>
        <source>Visiting book</source>
        <translation>Buku kunjungan</translation>
    </message>
    <message>
        <source>WBP data</source>
        <translation>Data WBP</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>Petugas: %1</translation>
    </message>
    <message>
        <source>Only an administrator can change the settings.</source>
        <translation>Hanya admin yang dapat mengubah pengaturan.</translation>
    </message>
    <message>
        <source>Next: %1.</source>
        <translation>Berikutnya: %1.</translation>
    </message>
    <message>
        <source>OUTSIDE VISITING HOURS — no sign-in now. %1</source>
        <translation>DI LUAR JAM LAYANAN — saat ini tidak menerima pendaftaran. %1</translation>
    </message>
    <message numerus="yes">
        <source>Not visited this week: %n</source>
        <translation>
            <numerusform>Belum dikunjungi minggu ini: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitas</translation>
    </message>
    <message>
        <source>NOT CONNECTED — %1</source>
        <translation>TIDAK TERSAMBUNG — %1</translation>
    </message>
    <message>
        <source>Close the desk?</source>
        <translation>Tutup meja layanan?</translation>
    </message>
    <message numerus="yes">
        <source>%n call end(s) are not recorded yet: the logbook&apos;s server does not answer, and they are kept only in this window until it does. Closed now, they are lost: when the desk starts again those calls run on, or are recorded as interrupted if their time is up. Close anyway?</source>
        <translation>
            <numerusform>%n akhir panggilan belum tercatat: server buku kunjungan tidak menjawab, dan akhir panggilan itu hanya tersimpan di jendela ini sampai server menjawab lagi. Bila ditutup sekarang, akhir itu hilang: saat meja layanan dibuka lagi, panggilan itu berlanjut, atau dicatat terputus bila waktunya sudah habis. Tetap tutup?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kj::ContactsPage</name>
    <message>
        <source>Whom do you want to call?</source>
        <translation>Siapa yang ingin Anda hubungi?</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Kembali</translation>
    </message>
</context>
<context>
    <name>kj::Desk</name>
    <message>
        <source>Unknown actor: %1</source>
        <translation>Pelaku tidak dikenal: %1</translation>
    </message>
    <message>
        <source>The kiosk may only sign WBP in and record the survey.</source>
        <translation>Kios hanya boleh mendaftarkan WBP dan mencatat survei.</translation>
    </message>
    <message>
        <source>This officer is unknown or no longer active.</source>
        <translation>Petugas ini tidak dikenal atau sudah tidak aktif.</translation>
    </message>
    <message>
        <source>Only an administrator can do this.</source>
        <translation>Hanya administrator yang dapat melakukan ini.</translation>
    </message>
</context>
<context>
    <name>kj::FormDialog</name>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Wajib diisi</translation>
    </message>
    <message>
        <source>%1: please fill this in.</source>
        <translation>%1: wajib diisi.</translation>
    </message>
    <message>
        <source>%1: at most %2.</source>
        <translation>%1: paling banyak %2.</translation>
    </message>
    <message>
        <source>%1: at least %2.</source>
        <translation>%1: paling sedikit %2.</translation>
    </message>
</context>
<context>
    <name>kj::InfoPage</name>
    <message>
        <source>◀ Back</source>
        <translation>◀ Kembali</translation>
    </message>
</context>
<context>
    <name>kj::KioskKeyboard</name>
    <message>
        <source>Space</source>
        <translation>Spasi</translation>
    </message>
</context>
<context>
    <name>kj::KioskPinPad</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>kj::KioskWindow</name>
    <message>
        <source>Kunjungan — sign-in kiosk</source>
        <translation>Kunjungan — Kios Pendaftaran</translation>
    </message>
</context>
<context>
    <name>kj::LoginPage</name>
    <message>
        <source>PIN again</source>
        <translation>Ulangi PIN</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>First start: create the administrator</source>
        <translation>Penggunaan pertama: buat akun admin</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Buat dan masuk</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Kedua PIN tidak sama.</translation>
    </message>
    <message>
        <source>Online visiting service (video call)</source>
        <translation>Layanan Kunjungan Online (Video Call)</translation>
    </message>
</context>
<context>
    <name>kj::NamesPage</name>
    <message>
        <source>cell %1</source>
        <translation>kamar %1</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Kembali</translation>
    </message>
    <message>
        <source>Cell %1: tap your name</source>
        <translation>Kamar %1: sentuh nama Anda</translation>
    </message>
    <message>
        <source>Type your name or register number</source>
        <translation>Ketik nama atau nomor registrasi</translation>
    </message>
    <message>
        <source>Hide keyboard</source>
        <translation>Tutup keyboard</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Type at least two letters or digits</source>
        <translation>Ketik minimal dua huruf atau angka</translation>
    </message>
    <message>
        <source>Tap here to find a name or number</source>
        <translation>Sentuh di sini untuk mencari nama atau nomor</translation>
    </message>
    <message>
        <source>No one found for &quot;%1&quot;.</source>
        <translation>Tidak ada yang cocok dengan &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>kj::NowCallingBoard</name>
    <message>
        <source>Now calling</source>
        <translation>Sedang dipanggil</translation>
    </message>
    <message>
        <source>Booth %1</source>
        <translation>Bilik %1</translation>
    </message>
    <message>
        <source>Nobody is being called right now.</source>
        <translation>Saat ini belum ada yang dipanggil.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting: %n</source>
        <translation>
            <numerusform>Menunggu: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kj::OfflinePage</name>
    <message>
        <source>The sign-in service is not connected right now.</source>
        <translation>Layanan pendaftaran sedang tidak tersambung.</translation>
    </message>
    <message>
        <source>Please tell an officer.</source>
        <translation>Silakan lapor petugas.</translation>
    </message>
    <message>
        <source>Nobody was signed in halfway. This screen goes back to the start by itself when the service is connected again.</source>
        <translation>Tidak ada pendaftaran yang tersimpan setengah jalan. Layar ini kembali ke awal dengan sendirinya begitu layanan tersambung lagi.</translation>
    </message>
</context>
<context>
    <name>kj::PinPage</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Officer: choose your name and enter your PIN to close the kiosk.</source>
        <translation>Petugas: pilih nama Anda dan masukkan PIN untuk menutup kios.</translation>
    </message>
</context>
<context>
    <name>kj::QueueView</name>
    <message>
        <source>Ticket</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Kamar</translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation>Kontak keluarga</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message numerus="yes">
        <source>Queue: %n waiting</source>
        <translation>
            <numerusform>Antrian: %n menunggu</numerusform>
        </translation>
    </message>
    <message>
        <source>Call to station %1</source>
        <translation>Panggil ke bilik %1</translation>
    </message>
</context>
<context>
    <name>kj::RefusalPage</name>
    <message>
        <source>Back to the start</source>
        <translation>Kembali ke awal</translation>
    </message>
    <message>
        <source>Check your register number with the officer at the desk.</source>
        <translation>Silakan cocokkan nomor registrasi Anda dengan petugas di meja layanan.</translation>
    </message>
    <message>
        <source>Please come back at that time. The schedule is under &quot;Service information&quot;.</source>
        <translation>Silakan datang kembali pada waktu tersebut. Jadwal ada di &quot;Informasi layanan&quot;.</translation>
    </message>
    <message>
        <source>The officer can register and approve your family&apos;s number; then you can sign in here.</source>
        <translation>Petugas dapat mendaftarkan dan menyetujui nomor keluarga Anda; setelah itu Anda dapat mendaftar di sini.</translation>
    </message>
    <message>
        <source>You are already in the queue with number %1. Please wait to be called.</source>
        <translation>Anda sudah dalam antrian dengan nomor %1. Silakan tunggu dipanggil.</translation>
    </message>
    <message>
        <source>Please come back then: you can sign in again on your cell&apos;s next visiting day.</source>
        <translation>Silakan datang lagi pada waktu itu: Anda dapat mendaftar lagi pada jadwal kamar Anda berikutnya.</translation>
    </message>
    <message>
        <source>You can sign in again next week.</source>
        <translation>Anda dapat mendaftar lagi minggu depan.</translation>
    </message>
    <message>
        <source>Please ask the officer for help.</source>
        <translation>Silakan minta bantuan petugas.</translation>
    </message>
    <message>
        <source>You have already had your turn today</source>
        <translation>Anda sudah mendapat giliran hari ini</translation>
    </message>
    <message>
        <source>You cannot sign in now</source>
        <translation>Anda belum dapat mendaftar</translation>
    </message>
    <message>
        <source>Visits are suspended for you for now.</source>
        <translation>Kunjungan untuk Anda sedang ditangguhkan.</translation>
    </message>
    <message>
        <source>Please contact the officer.</source>
        <translation>Silakan hubungi petugas.</translation>
    </message>
</context>
<context>
    <name>kj::ReportsView</name>
    <message>
        <source>Full phone numbers</source>
        <translation>Nomor telepon lengkap</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Simpan CSV…</translation>
    </message>
    <message>
        <source>Daily register</source>
        <translation>Laporan harian</translation>
    </message>
    <message>
        <source>Monthly recap</source>
        <translation>Rekap bulanan</translation>
    </message>
    <message>
        <source>Administrators only. Otherwise only the last 4 digits are shown and printed.</source>
        <translation>Khusus administrator. Selain itu, hanya 4 digit terakhir yang ditampilkan dan dicetak.</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Laporan:</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Simpan laporan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Simpan laporan sebagai CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>kj::RosterView</name>
    <message>
        <source>Name, register number or cell</source>
        <translation>Nama, nomor registrasi, atau kamar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Register no.</source>
        <translation>No. registrasi</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Kamar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Family contacts</source>
        <translation>Kontak keluarga</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Tambah kontak…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Pembatasan</translation>
    </message>
    <message>
        <source>Add restriction…</source>
        <translation>Tambah pembatasan…</translation>
    </message>
    <message>
        <source>Lift…</source>
        <translation>Cabut…</translation>
    </message>
    <message>
        <source>Import roster CSV…</source>
        <translation>Impor daftar penghuni (CSV)…</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>disetujui</translation>
    </message>
    <message>
        <source>NOT APPROVED</source>
        <translation>BELUM DISETUJUI</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>tanpa batas waktu</translation>
    </message>
    <message>
        <source>lifted</source>
        <translation>dicabut</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>BERLAKU</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>Add a family contact</source>
        <translation>Tambah kontak keluarga</translation>
    </message>
    <message>
        <source>Approved at the desk</source>
        <translation>Disetujui di meja layanan</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Alasan perubahan</translation>
    </message>
    <message>
        <source>Change a family contact</source>
        <translation>Ubah kontak keluarga</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>From (dd/mm/yyyy)</source>
        <translation>Mulai (hh/bb/tttt)</translation>
    </message>
    <message>
        <source>Until (dd/mm/yyyy, empty = open-ended)</source>
        <translation>Sampai (hh/bb/tttt, kosong = tanpa batas waktu)</translation>
    </message>
    <message>
        <source>Add a restriction</source>
        <translation>Tambah pembatasan</translation>
    </message>
    <message>
        <source>Write dates as dd/mm/yyyy.</source>
        <translation>Tulis tanggal dengan format hh/bb/tttt.</translation>
    </message>
    <message>
        <source>Lift the restriction</source>
        <translation>Cabut pembatasan</translation>
    </message>
    <message>
        <source>Import contacts CSV…</source>
        <translation>Impor CSV kontak…</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tampilkan semua</translation>
    </message>
    <message>
        <source>Add WBP…</source>
        <translation>Tambah WBP…</translation>
    </message>
    <message numerus="yes">
        <source>No cell visits today. The roster holds %n WBP: search, or show all.</source>
        <translation>
            <numerusform>Hari ini tidak ada kamar yang terjadwal. Data berisi %n WBP: cari, atau tampilkan semua.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today&apos;s cells (%1): %2 of the roster&apos;s %n WBP. Search for others, or show all.</source>
        <translation>
            <numerusform>Kamar hari ini (%1): %2 dari %n WBP di data. Cari yang lain, atau tampilkan semua.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found for &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n ditemukan untuk &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n WBP of the roster.</source>
        <translation>
            <numerusform>Semua %n WBP di data.</numerusform>
        </translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Register number (e.g. B I 101/2025)</source>
        <translation>Nomor registrasi (mis. B I 101/2025)</translation>
    </message>
    <message>
        <source>Block (optional)</source>
        <translation>Blok (tidak wajib)</translation>
    </message>
    <message>
        <source>Add a WBP</source>
        <translation>Tambah WBP</translation>
    </message>
</context>
<context>
    <name>kj::SettingsView</name>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source> s</source>
        <translation> detik</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Call length</source>
        <translation>Durasi panggilan</translation>
    </message>
    <message>
        <source>Default length</source>
        <translation>Durasi bawaan</translation>
    </message>
    <message>
        <source>Maximum with extensions</source>
        <translation>Maksimal dengan tambahan waktu</translation>
    </message>
    <message>
        <source>Warning before the end</source>
        <translation>Peringatan sebelum waktu habis</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Kamar</translation>
    </message>
    <message>
        <source>One a line: 2026-12-25 Natal</source>
        <translation>Satu per baris: 2026-12-25 Natal</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Hari libur</translation>
    </message>
    <message>
        <source>Stations and queue</source>
        <translation>Bilik dan antrian</translation>
    </message>
    <message>
        <source>Names separated by commas, e.g. 1, 2</source>
        <translation>Nama dipisah koma, mis. 1, 2</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Bilik</translation>
    </message>
    <message>
        <source>&quot;No answer&quot; retries</source>
        <translation>Percobaan ulang &quot;tidak tersambung&quot;</translation>
    </message>
    <message>
        <source>Facility (for documents)</source>
        <translation>Unit pelaksana teknis (untuk dokumen)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Add officer…</source>
        <translation>Tambah petugas…</translation>
    </message>
    <message>
        <source>Last changes</source>
        <translation>Perubahan terakhir</translation>
    </message>
    <message>
        <source>default</source>
        <translation>bawaan</translation>
    </message>
    <message>
        <source>Not a date (yyyy-mm-dd): %1</source>
        <translation>Bukan tanggal yang sah (tttt-bb-hh): %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation>Tambah petugas</translation>
    </message>
    <message>
        <source>New PIN…</source>
        <translation>PIN baru…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Date (yyyy-mm-dd)</source>
        <translation>Tanggal (tttt-bb-hh)</translation>
    </message>
    <message>
        <source>Cells (empty: the weekday&apos;s)</source>
        <translation>Kamar (kosong: seperti biasa)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>A date with its own cells and windows instead of its weekday&apos;s, e.g. Lebaran.</source>
        <translation>Tanggal dengan kamar dan jam kunjungan sendiri, bukan mengikuti hari biasanya, mis. Lebaran.</translation>
    </message>
    <message>
        <source>Add a special day</source>
        <translation>Tambah hari khusus</translation>
    </message>
    <message>
        <source>Remove the selected one</source>
        <translation>Hapus yang dipilih</translation>
    </message>
    <message>
        <source>Special days</source>
        <translation>Hari khusus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Console language</source>
        <translation>Bahasa konsol</translation>
    </message>
    <message>
        <source>Applied when Kunjungan next starts. The kiosk stays in Bahasa Indonesia; --lang on the command line overrides this setting.</source>
        <translation>Berlaku saat Kunjungan dijalankan berikutnya. Kios tetap dalam Bahasa Indonesia; --lang pada baris perintah mengesampingkan pengaturan ini.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>Last changed by — schedule: %1 · call length: %2 · stations: %3 · queue: %4 · facility: %5 · language: %6</source>
        <translation>Terakhir diubah oleh — jadwal: %1 · durasi panggilan: %2 · bilik: %3 · antrian: %4 · instansi: %5 · bahasa: %6</translation>
    </message>
    <message>
        <source>Special day %1: not a date (yyyy-mm-dd): %2</source>
        <translation>Hari khusus %1: bukan tanggal (tttt-bb-hh): %2</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Aktifkan kembali</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN baru</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Ulangi PIN baru</translation>
    </message>
    <message>
        <source>New PIN for %1</source>
        <translation>PIN baru untuk %1</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Kedua PIN tidak sama.</translation>
    </message>
    <message>
        <source>%1 has a new PIN.</source>
        <translation>%1 telah memiliki PIN baru.</translation>
    </message>
    <message>
        <source>Deactivate an officer</source>
        <translation>Nonaktifkan petugas</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in. Their name stays in the visiting book. Deactivate?</source>
        <translation>%1 tidak akan dapat masuk lagi. Namanya tetap tercatat dalam buku kunjungan. Nonaktifkan?</translation>
    </message>
    <message>
        <source>The language changes when Kunjungan next starts.</source>
        <translation>Bahasa berubah saat Kunjungan dijalankan berikutnya.</translation>
    </message>
    <message>
        <source>Tick a station that is this desk PC itself: its card opens the family&apos;s WhatsApp chat here instead of showing a code for a phone to scan.</source>
        <translation>Centang bilik yang merupakan PC meja ini sendiri: kartunya membuka obrolan WhatsApp keluarga di sini, bukan menampilkan kode untuk dipindai HP.</translation>
    </message>
    <message>
        <source>Station is this desk PC</source>
        <translation>Bilik di PC meja ini</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Suara</translation>
    </message>
    <message>
        <source>Test sound</source>
        <translation>Tes suara</translation>
    </message>
    <message>
        <source>Sounds a call in the hall: the chime, then the voice</source>
        <translation>Membunyikan panggilan di ruang tunggu: lonceng, lalu suara</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>Bilik %1</translation>
    </message>
    <message>
        <source>Call voice: looking for an Indonesian voice…</source>
        <translation>Suara panggilan: mencari suara bahasa Indonesia…</translation>
    </message>
    <message>
        <source>Call voice: %1, in Indonesian. A call sounds the chime, then the voice reads the ticket, the name, the cell and the station.</source>
        <translation>Suara panggilan: %1, bahasa Indonesia. Panggilan membunyikan lonceng, lalu suara membacakan nomor antrian, nama, kamar dan bilik.</translation>
    </message>
    <message>
        <source>Call voice: no Indonesian voice is installed, so a call sounds the chime only. The package speech-dispatcher-espeak-ng gives one.</source>
        <translation>Suara panggilan: tidak ada suara bahasa Indonesia; panggilan hanya membunyikan lonceng. Paket speech-dispatcher-espeak-ng menyediakannya.</translation>
    </message>
    <message>
        <source>The desk&apos;s sound is muted now.</source>
        <translation>Suara meja sedang dibisukan.</translation>
    </message>
    <message>
        <source>Only above the published %1 minutes; printed on the daily register</source>
        <translation>Hanya bila di atas standar %1 menit; dicetak di laporan harian</translation>
    </message>
    <message>
        <source>Reason for a longer maximum</source>
        <translation>Alasan batas lebih lama</translation>
    </message>
    <message>
        <source>Windows (e.g. 08.00-11.00)</source>
        <translation>Jam layanan (mis. 08.00-11.00)</translation>
    </message>
</context>
<context>
    <name>kj::SetupGuide</name>
    <message>
        <source>First steps at a new desk</source>
        <translation>Langkah pertama di meja layanan baru</translation>
    </message>
    <message>
        <source>Import the roster…</source>
        <translation>Impor daftar penghuni…</translation>
    </message>
    <message>
        <source>Import family contacts…</source>
        <translation>Impor kontak keluarga…</translation>
    </message>
    <message>
        <source>Officers…</source>
        <translation>Petugas…</translation>
    </message>
    <message numerus="yes">
        <source>The roster holds %n WBP.</source>
        <translation>
            <numerusform>Daftar penghuni berisi %n WBP.</numerusform>
        </translation>
    </message>
    <message>
        <source>1. Import the roster: the CSV file of SDP&apos;s &quot;daftar penghuni&quot; (Data WBP → Import roster CSV; the import explains the columns and saves a sample). A single WBP can be added by hand with &quot;Add WBP…&quot;.</source>
        <translation>1. Impor daftar penghuni: berkas CSV &quot;daftar penghuni&quot; dari SDP (Data WBP → Impor daftar penghuni (CSV); impor menjelaskan kolomnya dan dapat menyimpan contoh). Satu WBP dapat ditambahkan langsung dengan &quot;Tambah WBP…&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n approved family contact(s).</source>
        <translation>
            <numerusform>%n kontak keluarga disetujui.</numerusform>
        </translation>
    </message>
    <message>
        <source>2. Add the family contacts the WBP may call: a CSV file, or one by one in Data WBP. A WBP without an approved contact cannot sign in.</source>
        <translation>2. Tambahkan kontak keluarga yang boleh dihubungi WBP: berkas CSV, atau satu per satu di Data WBP. WBP tanpa kontak yang disetujui tidak dapat mendaftar.</translation>
    </message>
    <message numerus="yes">
        <source>%n officers can sign in.</source>
        <translation>
            <numerusform>%n petugas dapat masuk.</numerusform>
        </translation>
    </message>
    <message>
        <source>3. Add the officers who work at the desk, each with their own PIN (Settings → Officers; administrators only).</source>
        <translation>3. Tambahkan petugas yang bertugas di meja layanan, masing-masing dengan PIN sendiri (Pengaturan → Petugas; khusus administrator).</translation>
    </message>
</context>
<context>
    <name>kj::StationCard</name>
    <message>
        <source>Station %1</source>
        <translation>Bilik %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Copy the phone number</source>
        <translation>Salin nomor telepon</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Panggil berikutnya</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Panggil ulang</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Tidak tersambung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Add time</source>
        <translation>Tambah waktu</translation>
    </message>
    <message>
        <source>Line dropped</source>
        <translation>Terputus</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Akhiri</translation>
    </message>
    <message>
        <source>End the call as completed (%1)</source>
        <translation>Akhiri panggilan sebagai selesai (%1)</translation>
    </message>
    <message>
        <source>Completed (%1)</source>
        <translation>Selesai (%1)</translation>
    </message>
    <message>
        <source>Completed, call next (%1)</source>
        <translation>Selesai, panggil berikutnya (%1)</translation>
    </message>
    <message>
        <source>Ended early (%1)</source>
        <translation>Diakhiri lebih awal (%1)</translation>
    </message>
    <message>
        <source>Stopped by officer… (%1)</source>
        <translation>Dihentikan petugas… (%1)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Menit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Add time at station %1</source>
        <translation>Tambah waktu di bilik %1</translation>
    </message>
    <message>
        <source>Why was the call stopped?</source>
        <translation>Mengapa panggilan dihentikan?</translation>
    </message>
    <message>
        <source>Stop the call at station %1</source>
        <translation>Hentikan panggilan di bilik %1</translation>
    </message>
    <message>
        <source>Nobody called</source>
        <translation>Belum ada yang dipanggil</translation>
    </message>
    <message>
        <source>Cell %1</source>
        <translation>Kamar %1</translation>
    </message>
    <message>
        <source>No family contact chosen</source>
        <translation>Kontak keluarga belum dipilih</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>Nobody waiting</source>
        <translation>Tidak ada yang menunggu</translation>
    </message>
    <message>
        <source>Called: dial the family, press Start when they answer</source>
        <translation>Dipanggil: hubungi keluarga, tekan Mulai saat diangkat</translation>
    </message>
    <message>
        <source>Line dropped: the time is paused</source>
        <translation>Terputus: waktu dijeda</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Sisa waktu</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Waktu habis</translation>
    </message>
    <message numerus="yes">
        <source>+%n min added</source>
        <translation>
            <numerusform>+%n menit ditambahkan</numerusform>
        </translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Kosong</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Dipanggil</translation>
    </message>
    <message>
        <source>In call</source>
        <translation>Berlangsung</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Menit terakhir</translation>
    </message>
    <message>
        <source>Time up</source>
        <translation>Waktu habis</translation>
    </message>
    <message>
        <source>Scan with the station phone: WhatsApp opens the chat with the family</source>
        <translation>Pindai dengan HP bilik: WhatsApp membuka obrolan dengan keluarga</translation>
    </message>
    <message>
        <source>Open WhatsApp</source>
        <translation>Buka WhatsApp</translation>
    </message>
    <message>
        <source>Open the chat with the family in WhatsApp on this PC</source>
        <translation>Buka obrolan dengan keluarga di WhatsApp pada PC ini</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Berikutnya: %1</translation>
    </message>
    <message>
        <source>Scan with the station phone</source>
        <translation>Pindai dengan HP bilik</translation>
    </message>
    <message>
        <source>Did not come — station %1</source>
        <translation>Tidak hadir — bilik %1</translation>
    </message>
    <message>
        <source>%1 %2 did not come to station %3? The ticket leaves the queue and the visiting book records &quot;did not come&quot;.</source>
        <translation>%1 %2 tidak hadir di bilik %3? Nomor antrian keluar dari antrian dan buku kunjungan mencatat &quot;tidak hadir&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>The call already has its maximum length of %n minute(s).</source>
        <translation>
            <numerusform>Panggilan sudah mencapai batas maksimal %n menit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Call next (%1)</source>
        <translation>Tekan Panggil berikutnya (%1)</translation>
    </message>
    <message>
        <source>Ended at %1</source>
        <translation>Selesai pukul %1</translation>
    </message>
    <message>
        <source>Ended, not yet recorded</source>
        <translation>Selesai, belum tercatat</translation>
    </message>
</context>
<context>
    <name>kj::StatisticsView</name>
    <message>
        <source>Held</source>
        <translation>Terlaksana</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 hari terakhir</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Bulan lalu</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Tanggal pilihan</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Simpan sebagai PNG…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Simpan sebagai CSV…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Calls per day</source>
        <translation>Panggilan per hari</translation>
    </message>
    <message>
        <source>Station use during the windows</source>
        <translation>Penggunaan bilik selama jam kunjungan</translation>
    </message>
    <message>
        <source>Calls per cell</source>
        <translation>Panggilan per kamar</translation>
    </message>
    <message>
        <source>Waiting time (minutes)</source>
        <translation>Waktu tunggu (menit)</translation>
    </message>
    <message>
        <source>Call length (minutes)</source>
        <translation>Durasi panggilan (menit)</translation>
    </message>
    <message>
        <source>Visiting statistics, %1 to %2</source>
        <translation>Statistik kunjungan, %1 s.d. %2</translation>
    </message>
    <message>
        <source>%1 sign-ins</source>
        <translation>%1 pendaftaran</translation>
    </message>
    <message>
        <source>%1 calls held</source>
        <translation>%1 panggilan terlaksana</translation>
    </message>
    <message>
        <source>%1 no-shows</source>
        <translation>%1 tidak hadir</translation>
    </message>
    <message>
        <source>%1 not reached</source>
        <translation>%1 tidak tersambung</translation>
    </message>
    <message>
        <source>average wait %1</source>
        <translation>rata-rata tunggu %1</translation>
    </message>
    <message>
        <source>average call %1</source>
        <translation>rata-rata panggilan %1</translation>
    </message>
    <message>
        <source>Not held (no-show, no answer, cancelled)</source>
        <translation>Tidak terlaksana (tidak hadir, tidak tersambung, dibatalkan)</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Jumlah pendaftaran</translation>
    </message>
    <message>
        <source>Not held</source>
        <translation>Tidak terlaksana</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Kamar</translation>
    </message>
    <message>
        <source>Minutes from sign-in to being called</source>
        <translation>Menit dari pendaftaran hingga dipanggil</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Panggilan</translation>
    </message>
    <message>
        <source>Minutes talking</source>
        <translation>Menit berbicara</translation>
    </message>
    <message>
        <source>In a call</source>
        <translation>Sedang panggilan</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>Bilik %1</translation>
    </message>
    <message>
        <source>% of the window time</source>
        <translation>% dari waktu jam kunjungan</translation>
    </message>
    <message>
        <source>Save the charts</source>
        <translation>Simpan grafik</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>Save the figures</source>
        <translation>Simpan angka</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>kj::SurveyPage</name>
    <message>
        <source>Stop the survey</source>
        <translation>Hentikan survei</translation>
    </message>
    <message>
        <source>Question %1 of %2 · %3</source>
        <translation>Pertanyaan %1 dari %2 · %3</translation>
    </message>
    <message>
        <source>optional, no names are kept</source>
        <translation>tidak wajib, nama tidak dicatat</translation>
    </message>
    <message>
        <source>Someone answered the survey a moment ago, so these answers were not counted. The survey can be filled in again in a minute.</source>
        <translation>Seseorang baru saja mengisi survei, jadi jawaban ini tidak dihitung. Survei dapat diisi lagi dalam satu menit.</translation>
    </message>
    <message>
        <source>These answers could not be saved just now.</source>
        <translation>Jawaban ini tidak dapat disimpan saat ini.</translation>
    </message>
</context>
<context>
    <name>kj::ThanksPage</name>
    <message>
        <source>Thank you for your answers.</source>
        <translation>Terima kasih atas jawaban Anda.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Kembali ke awal</translation>
    </message>
</context>
<context>
    <name>kj::TicketPage</name>
    <message>
        <source>Your number</source>
        <translation>Nomor antrian Anda</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Your number is being called: please go to booth %1.</source>
        <translation>Nomor Anda dipanggil: silakan ke bilik %1.</translation>
    </message>
    <message>
        <source>You are next in the queue.</source>
        <translation>Giliran Anda berikutnya.</translation>
    </message>
    <message>
        <source>Place in the queue: %1</source>
        <translation>Urutan antrian: %1</translation>
    </message>
    <message>
        <source>You may be called at any moment: please stay near the booths.</source>
        <translation>Anda dapat dipanggil sewaktu-waktu: silakan tetap di dekat bilik.</translation>
    </message>
    <message numerus="yes">
        <source>Estimated wait: about %n minute(s)</source>
        <translation>
            <numerusform>Perkiraan menunggu: sekitar %n menit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Booths serving: %1. Each call lasts %n minute(s).</source>
        <translation>
            <numerusform>Jumlah bilik: %1. Setiap video call %n menit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch the board: when your number appears, go to the booth shown.</source>
        <translation>Perhatikan layar: bila nomor Anda muncul, silakan ke bilik yang tertera.</translation>
    </message>
</context>
<context>
    <name>kj::TodayView</name>
    <message>
        <source>Cell %1</source>
        <translation>Kamar %1</translation>
    </message>
    <message>
        <source>No visits</source>
        <translation>Tidak ada layanan kunjungan</translation>
    </message>
    <message>
        <source>No visiting window is scheduled in the coming year.</source>
        <translation>Tidak ada jadwal layanan kunjungan dalam setahun ke depan.</translation>
    </message>
    <message>
        <source>OPEN until %1 %2 (%3 left).</source>
        <translation>BUKA sampai pukul %1 %2 (sisa %3).</translation>
    </message>
    <message>
        <source>CLOSED. Next window: %1 for cell %2.</source>
        <translation>TUTUP. Layanan berikutnya: %1 untuk kamar %2.</translation>
    </message>
</context>
<context>
    <name>kj::VisitingBookModel</name>
    <message>
        <source>Corrected; the original values stay in the line:</source>
        <translation>Dikoreksi; nilai asli tetap tercatat pada baris ini:</translation>
    </message>
    <message>
        <source>corrected: %1</source>
        <translation>dikoreksi: %1</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>dikoreksi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Register no.</source>
        <translation>No. reg.</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Kamar</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Bilik</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Koreksi</translation>
    </message>
</context>
<context>
    <name>kj::VisitingBookView</name>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Koreksi…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Register no.</source>
        <translation>No. registrasi</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Kamar</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Semua hasil</translation>
    </message>
    <message>
        <source>Any officer</source>
        <translation>Semua petugas</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>History of the selected line</source>
        <translation>Riwayat baris yang dipilih</translation>
    </message>
    <message>
        <source>Check integrity</source>
        <translation>Periksa keutuhan</translation>
    </message>
    <message>
        <source>Integrity not checked yet.</source>
        <translation>Keutuhan belum diperiksa.</translation>
    </message>
    <message>
        <source>Correct line %1 of %2</source>
        <translation>Koreksi baris %1 atas nama %2</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Bagian yang salah</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Durasi (menit)</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Bilik</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message numerus="yes">
        <source>Chain OK: %n events verified.</source>
        <translation>
            <numerusform>Catatan utuh: %n peristiwa sudah diperiksa.</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT INTACT: first bad event #%1 (%2).</source>
        <translation>TIDAK UTUH: peristiwa rusak pertama #%1 (%2).</translation>
    </message>
</context>
<context>
    <name>kj::WelcomePage</name>
    <message>
        <source>To sign in, tap your cell:</source>
        <translation>Untuk mendaftar, sentuh kamar Anda:</translation>
    </message>
    <message>
        <source>Other cell or register number</source>
        <translation>Kamar lain / nomor registrasi</translation>
    </message>
    <message>
        <source>Service information</source>
        <translation>Informasi layanan</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>Survei kepuasan</translation>
    </message>
    <message>
        <source>Today: cell %1, %2</source>
        <translation>Hari ini: kamar %1, %2</translation>
    </message>
    <message>
        <source>Today is a holiday (%1): no visits.</source>
        <translation>Hari ini libur (%1): tidak ada kunjungan.</translation>
    </message>
    <message>
        <source>No visits today.</source>
        <translation>Hari ini tidak ada kunjungan.</translation>
    </message>
    <message>
        <source>No visiting time is planned. Please ask the officer.</source>
        <translation>Belum ada jadwal kunjungan. Silakan tanyakan kepada petugas.</translation>
    </message>
    <message>
        <source>Sign-in is open until %1 %2.</source>
        <translation>Pendaftaran dibuka sampai pukul %1 %2.</translation>
    </message>
    <message>
        <source>Closed now. Next visiting time: %1, for cell %2.</source>
        <translation>Sekarang tutup. Kunjungan berikutnya: %1, untuk kamar %2.</translation>
    </message>
    <message>
        <source>Cell %1</source>
        <translation>Kamar %1</translation>
    </message>
    <message>
        <source>No cell signs in today.</source>
        <translation>Hari ini tidak ada kamar yang terjadwal.</translation>
    </message>
</context>
</TS>
