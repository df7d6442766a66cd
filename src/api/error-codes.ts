// Error and rejection codes with their messages in both languages: plain data, no zod, so the
// client's first load can show them without the contract's schemas (docs/performance.md).
// errors.ts builds the schemas on these and re-exports them for the server.
export const errorCodes = [
  'invalid_request',
  'unauthenticated',
  'session_expired',
  'invalid_credentials',
  'account_inactive',
  'password_change_required',
  'rate_limited',
  'login_busy',
  'forbidden',
  'not_found',
  'csrf',
  'payload_too_large',
  'storage_quota_exceeded',
  'partial_upload_limit',
  'device_mismatch',
  'client_outdated',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export type Language = 'id' | 'en';

/** Messages for every error code, in both languages; the client's catalogue uses these too. */
export const errorMessages: Record<ErrorCode, Record<Language, string>> = {
  invalid_request: { id: 'Permintaan tidak valid.', en: 'The request is not valid.' },
  unauthenticated: { id: 'Silakan masuk terlebih dahulu.', en: 'Please log in first.' },
  session_expired: {
    id: 'Sesi Anda berakhir. Masukkan kata sandi lagi; data yang belum tersinkron tetap aman di perangkat.',
    en: 'Your session has ended. Enter your password again; unsynced data stays safe on this device.',
  },
  invalid_credentials: { id: 'Nama pengguna atau kata sandi salah.', en: 'Wrong username or password.' },
  account_inactive: { id: 'Akun ini tidak aktif. Hubungi admin SAKIP.', en: 'This account is inactive. Contact the SAKIP admin.' },
  password_change_required: {
    id: 'Ganti kata sandi sementara Anda terlebih dahulu; data lain baru dapat dikirim setelah itu.',
    en: 'Change your one-time password first; nothing else can be sent until then.',
  },
  rate_limited: {
    id: 'Terlalu banyak percobaan masuk. Coba lagi dalam {seconds} detik.',
    en: 'Too many login attempts. Try again in {seconds} seconds.',
  },
  login_busy: {
    id: 'Server sedang memeriksa banyak kata sandi. Coba lagi dalam {seconds} detik.',
    en: 'The server is checking many passwords right now. Try again in {seconds} seconds.',
  },
  forbidden: { id: 'Anda tidak berhak melakukan ini.', en: 'You are not allowed to do this.' },
  not_found: { id: 'Data tidak ditemukan.', en: 'Not found.' },
  csrf: { id: 'Permintaan ditolak (header keamanan tidak ada).', en: 'Request refused (missing security header).' },
  payload_too_large: { id: 'Data yang dikirim terlalu besar.', en: 'The data sent is too large.' },
  storage_quota_exceeded: {
    id: 'Ruang penyimpanan berkas bukti dukung pemda ini sudah penuh. Berkas tetap di perangkat; hubungi admin SAKIP.',
    en: 'The evidence file storage of this government is full. The file stays on this device; contact the SAKIP admin.',
  },
  partial_upload_limit: {
    id: 'Terlalu banyak unggahan berkas yang belum selesai. Berkas tetap di perangkat dan akan dikirim lagi nanti.',
    en: 'Too many unfinished file uploads. The file stays on this device and will be sent again later.',
  },
  device_mismatch: {
    id: 'Perangkat ini terdaftar untuk pengguna lain.',
    en: 'This device is registered to another user.',
  },
  client_outdated: {
    id: 'Versi aplikasi ini sudah terlalu lama untuk server. Perbarui aplikasi (muat ulang saat daring); data yang belum tersinkron tetap aman di perangkat.',
    en: 'This version of the app is too old for the server. Update the app (reload while online); unsynced data stays safe on this device.',
  },
  internal: { id: 'Terjadi kesalahan di server. Coba lagi nanti.', en: 'Something went wrong on the server. Try again later.' },
};

/** Reasons a single mutation is refused; each shown on the entry it concerns. */
export const rejectionCodes = [
  'invalid',
  'forbidden',
  'other_unit',
  'not_found',
  'quarter_locked',
  'not_editable',
  'quarter_outside_year',
  'negative_value',
  'not_binary',
  'not_on_scale',
  'value_too_large',
  'attachment_missing',
  'conflict_resolved',
  'wrong_status',
  'not_filled',
  'note_required',
  'reply_required',
  'stale_review',
  'changed_elsewhere',
  'agreement_signed',
  'agreement_exists',
  'agreement_incomplete',
  'parent_not_signed',
] as const;
export type RejectionCode = (typeof rejectionCodes)[number];

export const rejectionMessages: Record<RejectionCode, Record<Language, string>> = {
  invalid: { id: 'Isian tidak valid.', en: 'The entry is not valid.' },
  forbidden: { id: 'Peran Anda tidak berhak mengubah data ini.', en: 'Your role may not change this.' },
  other_unit: { id: 'Data ini milik unit kerja lain.', en: 'This belongs to another unit.' },
  not_found: { id: 'Indikator atau data tidak ditemukan di server.', en: 'The indicator or record does not exist on the server.' },
  quarter_locked: { id: 'Jadwal input triwulan ini sudah dikunci.', en: 'This quarter is locked for input.' },
  not_editable: {
    id: 'Realisasi sudah diajukan atau diverifikasi sehingga tidak dapat diubah.',
    en: 'The realisation has been submitted or verified and cannot be changed.',
  },
  quarter_outside_year: { id: 'Triwulan harus I sampai IV.', en: 'The quarter must be I to IV.' },
  negative_value: { id: 'Realisasi jumlah tidak boleh negatif.', en: 'A count cannot be negative.' },
  not_binary: { id: 'Isi 1 (tercapai) atau 0 (tidak tercapai).', en: 'Enter 1 (achieved) or 0 (not achieved).' },
  not_on_scale: { id: 'Nilai tidak ada pada skala predikat indikator ini.', en: 'The value is not on this indicator’s scale.' },
  value_too_large: { id: 'Angka terlalu besar: periksa titik dan koma.', en: 'Number too large: check the separators.' },
  attachment_missing: {
    id: 'Berkas bukti dukung belum terunggah ke server. Berkas tetap di perangkat dan akan dikirim ulang.',
    en: 'The evidence file has not reached the server yet. It stays on this device and will be sent again.',
  },
  conflict_resolved: {
    id: 'Konflik ini sudah diselesaikan pengguna lain; periksa nilai yang berlaku sekarang.',
    en: 'Someone else already resolved this conflict; check the value that now applies.',
  },
  wrong_status: {
    id: 'Status isian sudah berubah sehingga langkah ini tidak berlaku (misalnya sudah diverifikasi atau belum diajukan).',
    en: 'The entry’s status has changed, so this step no longer applies (e.g. already verified, or not submitted).',
  },
  not_filled: { id: 'Isian tanpa nilai realisasi tidak dapat diajukan.', en: 'An entry without a realisation value cannot be submitted.' },
  note_required: { id: 'Tulis catatan verifikator: mengapa isian dikembalikan.', en: 'Write a reviewer’s note: why the entry is returned.' },
  reply_required: {
    id: 'Isian ini dikembalikan verifikator dan belum diubah. Perbaiki isiannya, atau tulis balasan mengapa tetap seperti ini, lalu ajukan lagi.',
    en: 'The reviewer returned this entry and it has not been changed. Fix it, or write a reply saying why it stays as it is, then submit again.',
  },
  changed_elsewhere: {
    id: 'Isian ini diubah di perangkat lain sejak Anda terakhir sinkron. Nilai Anda tetap di perangkat; periksa nilai terbaru, lalu simpan lagi bila perlu.',
    en: 'This entry was changed on another device since you last synced. Your value stays on this device; check the latest value, then save again if needed.',
  },
  agreement_signed: {
    id: 'PK ini sudah ditandatangani sehingga tidak dapat diubah. Buat PK perubahan untuk merevisinya; isian Anda tetap di perangkat.',
    en: 'This PK has been signed and cannot be changed. Create a PK revision to change it; your entry stays on this device.',
  },
  agreement_exists: {
    id: 'Unit kerja ini sudah memiliki PK untuk tahun dan versi tersebut.',
    en: 'This unit already has a PK for that year and version.',
  },
  agreement_incomplete: {
    id: 'PK belum lengkap sehingga belum dapat ditandatangani. Lengkapi isian yang ditandai, lalu tanda tangani lagi.',
    en: 'The PK is not complete, so it cannot be signed yet. Fix the marked items, then sign again.',
  },
  parent_not_signed: {
    id: 'PK perubahan hanya dapat dibuat dari PK versi terakhir yang sudah ditandatangani.',
    en: 'A PK revision can only be made from the latest signed version.',
  },
  stale_review: {
    id: 'Unit kerja mengubah isian ini setelah Anda memeriksanya. Sinkronkan, periksa nilai terbaru, lalu putuskan lagi.',
    en: 'The unit changed this entry after you reviewed it. Sync, check the latest value, then decide again.',
  },
};

export function fillMessage(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
