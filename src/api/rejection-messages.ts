// The texts of the refusals (error-codes.ts rejectionCodes), in both languages. Apart from the
// codes so the client's first load does not carry them: the screens that show a refusal load them
// (client/i18n/rejection-entries.ts); the server answers each refusal with its text.
import type { Language, RejectionCode } from './error-codes';

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
  data_check_refused: {
    id: 'Pemda Anda tidak menerima isian ini sebelum diperbaiki: periksa titik dan koma pada nilai, persentase di luar 0–100, capaian yang jauh dari target, atau kendala, tindak lanjut dan faktor pendorong yang belum ditulis. Isian Anda tetap di perangkat.',
    en: 'Your pemda does not accept this entry until it is fixed: check the separators in the value, a percentage outside 0–100, an achievement far from its target, or obstacles, follow-up and drivers not yet written. Your entry stays on this device.',
  },
  evidence_required: {
    id: 'Pemda Anda mewajibkan bukti dukung sebelum realisasi diajukan. Lampirkan foto atau dokumen, lalu ajukan lagi.',
    en: 'Your pemda requires evidence before a realisation is submitted. Attach a photo or document, then submit again.',
  },
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
  lke_final: {
    id: 'LKE unit ini tahun itu sudah final sehingga jawabannya tidak dapat diubah. Minta evaluator membukanya kembali; isian Anda tetap di perangkat.',
    en: 'This unit\'s LKE for that year is final, so its answers cannot change. Ask the evaluator to reopen it; your entry stays on this device.',
  },
  lke_unreviewed: {
    id: 'LKE belum dapat difinalkan: masih ada kriteria yang belum dinilai evaluator.',
    en: 'The LKE cannot be finalised yet: some criteria have no evaluator\'s answer.',
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
  support_invalid: {
    id: 'Indikator yang didukung tidak dapat dipilih: harus IKU pemda (untuk PK kepala OPD atau camat) atau indikator PK atasan di unit yang sama, pada tahun yang sama, tanpa saling mendukung.',
    en: 'This supported indicator cannot be chosen: it must be a pemda IKU (for a head of OPD’s or a camat’s PK) or an indicator of the higher PK of the same unit, in the same year, without supporting each other in a loop.',
  },
  stale_review: {
    id: 'Unit kerja mengubah isian ini setelah Anda memeriksanya. Sinkronkan, periksa nilai terbaru, lalu putuskan lagi.',
    en: 'The unit changed this entry after you reviewed it. Sync, check the latest value, then decide again.',
  },
};
