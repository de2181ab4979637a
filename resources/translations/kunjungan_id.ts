<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name />
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a date (yyyy-mm-dd): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ended early</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stopped by the officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no-show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>called</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in call</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AdminCommands</name>
    <message>
        <source>added %1, updated %2, unchanged %3, deactivated %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 WBP written to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No WBP found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cell</source>
        <translation>Kamar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>added %1, already known %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visiting schedule, time zone %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cells %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cells with no day ask the officer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holidays:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Special days:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the weekday's cells</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call length: %1, at most %2; warning %3 before the end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a date and time (ISO 8601, e.g. 2026-11-30T09:00+07:00): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register number %1 is not in the roster.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 lines written to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An anchor is SEQ:HASH with at least 8 hex digits, e.g. 1234:9f86d081884c7d65.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup written and verified: %1 (%2 events)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Officer %1 added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New PIN set for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Family names and phone numbers destroyed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything held about %1 written to %2.</source>
        <translation type="unfinished" />
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
        <source>line %1: the family member's name is empty</source>
        <translation>baris %1: nama keluarga kosong</translation>
    </message>
    <message>
        <source>line %1: relation "%2" is not one of: %3</source>
        <translation>baris %1: hubungan "%2" bukan salah satu dari: %3</translation>
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
        <source>line %1: the header has no column "%2"</source>
        <translation>baris %1: judul kolom tidak memuat kolom "%2"</translation>
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
</context>
<context>
    <name>Logbook</name>
    <message>
        <source>The logbook is locked by another program for too long. Try again; if it stays locked, close the other Kunjungan windows.</source>
        <translation>Buku kunjungan sedang dikunci program lain terlalu lama. Coba lagi; bila tetap terkunci, tutup jendela Kunjungan yang lain.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was written. Free some space and try again.</source>
        <translation>Disk penuh: tidak ada yang ditulis. Kosongkan sebagian ruang lalu coba lagi.</translation>
    </message>
    <message>
        <source>The logbook file is read-only: nothing was written. Check the file's permissions.</source>
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
        <source>a stored family name or phone number was changed</source>
        <translation>nama keluarga atau nomor telepon yang tersimpan telah diubah</translation>
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
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN terdiri dari 4 sampai 8 angka.</translation>
    </message>
    <message>
        <source>The PIN library cannot start.</source>
        <translation>Pustaka PIN tidak dapat dijalankan.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the PIN.</source>
        <translation>Memori tidak cukup untuk mengamankan PIN.</translation>
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
        <source>This inmate already has ticket %1 in today's queue.</source>
        <translation>Anda sudah memiliki nomor antrian %1 hari ini.</translation>
    </message>
    <message>
        <source>This inmate has already had a call today.</source>
        <translation>Anda sudah melakukan video call hari ini.</translation>
    </message>
    <message numerus="yes">
        <source>This inmate has already had %n call(s) this week, the weekly limit.</source>
        <translation>
            <numerusform>Anda sudah melakukan %n kali video call minggu ini, batas mingguan.</numerusform></translation>
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
            <numerusform>Tidak ada bilik %1; meja ini memiliki %n bilik.</numerusform></translation>
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
    <name>RosterCsv</name>
    <message>
        <source>line %1: "%2" in column "%3" is not a date (dd/mm/yyyy)</source>
        <translation>baris %1: "%2" pada kolom "%3" bukan tanggal (hh/bb/tttt)</translation>
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
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The schedule needs exactly 7 weekdays.</source>
        <translation>Jadwal harus berisi tepat 7 hari.</translation>
    </message>
    <message>
        <source>A window must be written like 08:00-11:00.</source>
        <translation>Jam layanan ditulis seperti 08:00-11:00.</translation>
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
</context>
<context>
    <name>kj::Desk</name>
    <message>
        <source>closed after a restart: the call's time had run out</source>
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
        <source>There is no such line in the logbook.</source>
        <translation>Baris tersebut tidak ada di buku kunjungan.</translation>
    </message>
    <message>
        <source>This register number is not in the roster.</source>
        <translation>Nomor registrasi ini tidak ada dalam daftar penghuni.</translation>
    </message>
    <message>
        <source>The family member's name is empty.</source>
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
        <source>The officer's name is empty.</source>
        <translation>Nama petugas kosong.</translation>
    </message>
    <message>
        <source>The role must be officer or admin.</source>
        <translation>Peran harus petugas (officer) atau admin.</translation>
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
</context>
<context>
    <name>kj::DeskWindow</name>
    <message>
        <source>Kunjungan — Visiting desk</source>
        <translation>Kunjungan — Meja Layanan Kunjungan</translation>
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
            <numerusform>Antrian: %n menunggu</numerusform></translation>
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
</TS>
