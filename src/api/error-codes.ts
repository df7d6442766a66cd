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
  'data_check_refused',
  'evidence_required',
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
  'support_invalid',
  'lke_final',
  'lke_unreviewed',
] as const;
export type RejectionCode = (typeof rejectionCodes)[number];

export function fillMessage(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
