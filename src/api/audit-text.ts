// The audit trail in words, in both languages: one sentence per row ("Siti (Evaluator) mengembalikan
// realisasi Persentase … TW III: “lampirkan foto”") and each changed field as "label: before → after".
// Plain data and functions: the admin screen and the server's CSV export say the same thing.
import type { AuditEventKind } from '../domain/audit-event';
import type { AuditEntry } from './admin';
import type { Language } from './error-codes';

type Texts = Record<AuditEventKind, string>;

const sentences: Record<Language, Texts> = {
  id: {
    realisationCreated: '{actor} mengisi realisasi {subject} {period}',
    realisationEdited: '{actor} mengubah realisasi {subject} {period} ({fields})',
    realisationSubmitted: '{actor} mengajukan realisasi {subject} {period}',
    realisationResubmitted: '{actor} mengajukan ulang realisasi {subject} {period}',
    realisationVerified: '{actor} memverifikasi realisasi {subject} {period}',
    realisationReturned: '{actor} mengembalikan realisasi {subject} {period}: “{note}”',
    realisationDecisionUndone: '{actor} membatalkan keputusan atas realisasi {subject} {period}',
    realisationDeleted: '{actor} menghapus realisasi {subject} {period}',
    evidenceAdded: '{actor} melampirkan bukti pada {subject} {period}',
    evidenceCaptionChanged: '{actor} mengubah keterangan bukti pada {subject} {period}',
    evidenceRemoved: '{actor} menghapus bukti pada {subject} {period}',
    agreementCreated: '{actor} membuat PK {subject}',
    agreementSigned: '{actor} menandatangani PK {subject}',
    agreementSuperseded: 'PK {subject} digantikan oleh revisinya',
    agreementChanged: '{actor} mengubah PK {subject} ({fields})',
    agreementRemoved: '{actor} menghapus PK {subject}',
    partCreated: '{actor} menambah {part} “{subject}”',
    partChanged: '{actor} mengubah {part} “{subject}” ({fields})',
    partRemoved: '{actor} menghapus {part} “{subject}”',
    budgetRealisationChanged: '{actor} mengisi realisasi anggaran program “{subject}” {period}',
    lkeAnswered: '{actor} mengisi penilaian mandiri LKE {subject} ({fields})',
    lkeReviewed: '{actor} menilai LKE {subject} ({fields})',
    lkeFinalised: '{actor} memfinalkan LKE {subject}',
    lkeReopened: '{actor} membuka kembali LKE {subject}',
    lkeRecommended: '{actor} memberi rekomendasi LKE {subject}',
    lkeRecommendationChanged: '{actor} mengubah rekomendasi LKE {subject} ({fields})',
    lkeRecommendationRemoved: '{actor} menghapus rekomendasi LKE {subject}',
    lkeTemplateSet: '{actor} menetapkan template LKE {subject} ({fields})',
    planSet: '{actor} menetapkan RPJMD {subject} ({fields})',
    lkeFollowedUp: '{actor} memperbarui tindak lanjut rekomendasi LKE {subject} ({fields})',
    lkeEvidenceAdded: '{actor} melampirkan bukti dukung LKE {subject}',
    lkeEvidenceChanged: '{actor} mengubah keterangan bukti dukung LKE {subject} ({fields})',
    lkeEvidenceRemoved: '{actor} menghapus bukti dukung LKE {subject}',
    unitCreated: '{actor} menambah unit {subject}',
    unitChanged: '{actor} mengubah unit {subject} ({fields})',
    unitDeactivated: '{actor} menonaktifkan unit {subject}',
    unitReactivated: '{actor} mengaktifkan kembali unit {subject}',
    userCreated: '{actor} membuat akun {subject}',
    userChanged: '{actor} mengubah akun {subject} ({fields})',
    userRoleChanged: '{actor} mengubah peran {subject}: {from} → {to}',
    userDeactivated: '{actor} menonaktifkan akun {subject}',
    userReactivated: '{actor} mengaktifkan kembali akun {subject}',
    userPasswordReset: '{actor} mengatur ulang kata sandi {subject}',
    settingsChanged: '{actor} mengubah pengaturan pemda ({fields})',
    windowLocked: '{actor} menutup jadwal input {period}',
    windowOpened: '{actor} membuka jadwal input {period}',
    windowChanged: '{actor} mengubah jadwal input {period} ({fields})',
    conflictResolved: '{actor} memilih nilai konflik realisasi {subject} {period}',
    conflictRecorded: 'Konflik tercatat pada realisasi {subject} {period}',
    tokenCreated: '{actor} membuat token layanan “{subject}”',
    tokenRevoked: '{actor} mencabut token layanan “{subject}”',
    tokenUsed: 'Token layanan “{subject}” dipakai',
    signedIn: '{actor} masuk',
    signInLocked: 'Masuk sebagai {subject} dikunci sementara: terlalu banyak kata sandi salah',
    signedOut: '{actor} keluar',
    sessionEnded: '{actor} mengakhiri sesi {subject}',
    passwordChanged: '{actor} mengganti kata sandinya',
    otherCreated: '{actor} menambah {part} {subject}',
    otherChanged: '{actor} mengubah {part} {subject}',
    otherRemoved: '{actor} menghapus {part} {subject}',
  },
  en: {
    realisationCreated: '{actor} entered the realisation of {subject} {period}',
    realisationEdited: '{actor} changed the realisation of {subject} {period} ({fields})',
    realisationSubmitted: '{actor} submitted the realisation of {subject} {period}',
    realisationResubmitted: '{actor} resubmitted the realisation of {subject} {period}',
    realisationVerified: '{actor} verified the realisation of {subject} {period}',
    realisationReturned: '{actor} returned the realisation of {subject} {period}: “{note}”',
    realisationDecisionUndone: '{actor} undid the decision on the realisation of {subject} {period}',
    realisationDeleted: '{actor} deleted the realisation of {subject} {period}',
    evidenceAdded: '{actor} attached evidence to {subject} {period}',
    evidenceCaptionChanged: '{actor} changed an evidence caption of {subject} {period}',
    evidenceRemoved: '{actor} removed evidence from {subject} {period}',
    agreementCreated: '{actor} created the performance agreement of {subject}',
    agreementSigned: '{actor} signed the performance agreement of {subject}',
    agreementSuperseded: 'The performance agreement of {subject} was superseded by its revision',
    agreementChanged: '{actor} changed the performance agreement of {subject} ({fields})',
    agreementRemoved: '{actor} deleted the performance agreement of {subject}',
    partCreated: '{actor} added the {part} “{subject}”',
    partChanged: '{actor} changed the {part} “{subject}” ({fields})',
    partRemoved: '{actor} removed the {part} “{subject}”',
    budgetRealisationChanged: '{actor} entered the budget realisation of programme “{subject}” {period}',
    lkeAnswered: '{actor} answered the LKE self-assessment of {subject} ({fields})',
    lkeReviewed: '{actor} reviewed the LKE of {subject} ({fields})',
    lkeFinalised: '{actor} finalised the LKE of {subject}',
    lkeReopened: '{actor} reopened the LKE of {subject}',
    lkeRecommended: '{actor} made an LKE recommendation to {subject}',
    lkeRecommendationChanged: '{actor} changed an LKE recommendation to {subject} ({fields})',
    lkeRecommendationRemoved: '{actor} removed an LKE recommendation to {subject}',
    lkeTemplateSet: '{actor} set the LKE template {subject} ({fields})',
    planSet: '{actor} set the RPJMD plan {subject} ({fields})',
    lkeFollowedUp: '{actor} updated the follow-up of an LKE recommendation to {subject} ({fields})',
    lkeEvidenceAdded: '{actor} attached LKE evidence to {subject}',
    lkeEvidenceChanged: '{actor} changed the caption of LKE evidence of {subject} ({fields})',
    lkeEvidenceRemoved: '{actor} removed LKE evidence from {subject}',
    unitCreated: '{actor} added the unit {subject}',
    unitChanged: '{actor} changed the unit {subject} ({fields})',
    unitDeactivated: '{actor} deactivated the unit {subject}',
    unitReactivated: '{actor} reactivated the unit {subject}',
    userCreated: '{actor} created the account {subject}',
    userChanged: '{actor} changed the account {subject} ({fields})',
    userRoleChanged: '{actor} changed the role of {subject}: {from} → {to}',
    userDeactivated: '{actor} deactivated the account {subject}',
    userReactivated: '{actor} reactivated the account {subject}',
    userPasswordReset: '{actor} reset the password of {subject}',
    settingsChanged: '{actor} changed the pemda settings ({fields})',
    windowLocked: '{actor} closed the entry window {period}',
    windowOpened: '{actor} opened the entry window {period}',
    windowChanged: '{actor} changed the entry window {period} ({fields})',
    conflictResolved: '{actor} chose the value of a conflict on {subject} {period}',
    conflictRecorded: 'A conflict was recorded on {subject} {period}',
    tokenCreated: '{actor} created the service token “{subject}”',
    tokenRevoked: '{actor} revoked the service token “{subject}”',
    tokenUsed: 'The service token “{subject}” was used',
    signedIn: '{actor} signed in',
    signInLocked: 'Signing in as {subject} was locked for a while: too many wrong passwords',
    signedOut: '{actor} signed out',
    sessionEnded: '{actor} ended a session of {subject}',
    passwordChanged: '{actor} changed their password',
    otherCreated: '{actor} added the {part} {subject}',
    otherChanged: '{actor} changed the {part} {subject}',
    otherRemoved: '{actor} removed the {part} {subject}',
  },
};

const words = {
  id: {
    system: 'Sistem', quarter: 'TW', yes: 'ya', no: 'tidak', empty: '—',
    roles: { operator: 'Operator', head: 'Kepala unit', evaluator: 'Evaluator', leader: 'Pimpinan', admin: 'Admin' },
    statuses: { draft: 'draf', submitted: 'diajukan', verified: 'terverifikasi', returned: 'dikembalikan', signed: 'ditandatangani', superseded: 'digantikan', open: 'terbuka', resolved: 'selesai' },
    entities: {
      realisation: 'Realisasi', evidence: 'Bukti', agreement: 'Perjanjian Kinerja', goal: 'sasaran', indicator: 'indikator', program: 'program',
      programRealisation: 'Realisasi anggaran', lkeResponse: 'Jawaban LKE', lkeEvaluation: 'LKE', lkeRecommendation: 'Rekomendasi LKE', lkeTemplate: 'Template LKE', lkeEvidence: 'Bukti dukung LKE', rpjmdPlan: 'RPJMD', orgUnit: 'Unit', user: 'Akun', tenant: 'Pengaturan pemda', periodWindow: 'Jadwal input',
      conflict: 'Konflik', serviceToken: 'Token layanan', session: 'Masuk dan sesi',
    } as Record<string, string>,
    fields: {
      value: 'nilai', drivers: 'faktor pendorong', obstacles: 'kendala', followUp: 'tindak lanjut', status: 'status', reviewNote: 'catatan evaluator',
      name: 'nama', code: 'kode', type: 'jenis', active: 'aktif', role: 'peran', orgUnitId: 'unit', parentId: 'unit induk', position: 'jabatan', nip: 'NIP',
      username: 'nama pengguna', caption: 'keterangan', settings: 'pengaturan', deleted: 'dihapus', target: 'target', targets: 'target per TW',
      unit: 'satuan', statement: 'pernyataan', budget: 'anggaran', locked: 'ditutup', lockAt: 'batas waktu', year: 'tahun', quarter: 'triwulan',
      mustChangePassword: 'wajib ganti kata sandi', passwordReset: 'kata sandi diatur ulang', physical: 'fisik', used: 'dipakai', expiresAt: 'berlaku sampai',
      revokedAt: 'dicabut', event: 'kejadian', ip: 'alamat IP', userAgent: 'peramban', deviceName: 'nama perangkat', resolution: 'pilihan', answer: 'jawaban', note: 'penjelasan', side: 'pihak', score: 'skor', predikat: 'predikat', followUpNote: 'keterangan tindak lanjut', text: 'isi', order: 'urutan', title: 'judul', components: 'komponen dan kriteria', visi: 'visi', misi: 'misi dan tujuan', periodStart: 'awal periode', periodEnd: 'akhir periode', tujuanId: 'tujuan RPJMD', sasaran: 'sasaran daerah dan IKU',
    } as Record<string, string>,
  },
  en: {
    system: 'System', quarter: 'Q', yes: 'yes', no: 'no', empty: '—',
    roles: { operator: 'Operator', head: 'Head of unit', evaluator: 'Evaluator', leader: 'Leader', admin: 'Admin' },
    statuses: { draft: 'draft', submitted: 'submitted', verified: 'verified', returned: 'returned', signed: 'signed', superseded: 'superseded', open: 'open', resolved: 'resolved' },
    entities: {
      realisation: 'Realisation', evidence: 'Evidence', agreement: 'Performance agreement', goal: 'goal', indicator: 'indicator', program: 'programme',
      programRealisation: 'Budget realisation', lkeResponse: 'LKE answer', lkeEvaluation: 'LKE', lkeRecommendation: 'LKE recommendation', lkeTemplate: 'LKE template', lkeEvidence: 'LKE evidence', rpjmdPlan: 'RPJMD plan', orgUnit: 'Unit', user: 'Account', tenant: 'Pemda settings', periodWindow: 'Entry window',
      conflict: 'Conflict', serviceToken: 'Service token', session: 'Sign-in and sessions',
    } as Record<string, string>,
    fields: {
      value: 'value', drivers: 'drivers', obstacles: 'obstacles', followUp: 'follow-up', status: 'status', reviewNote: 'evaluator’s note',
      name: 'name', code: 'code', type: 'type', active: 'active', role: 'role', orgUnitId: 'unit', parentId: 'parent unit', position: 'position', nip: 'NIP',
      username: 'username', caption: 'caption', settings: 'settings', deleted: 'deleted', target: 'target', targets: 'quarterly targets',
      unit: 'unit of measure', statement: 'statement', budget: 'budget', locked: 'closed', lockAt: 'deadline', year: 'year', quarter: 'quarter',
      mustChangePassword: 'must change password', passwordReset: 'password reset', physical: 'physical', used: 'used', expiresAt: 'valid until',
      revokedAt: 'revoked', event: 'event', ip: 'IP address', userAgent: 'browser', deviceName: 'device name', resolution: 'choice', answer: 'answer', note: 'explanation', side: 'side', score: 'score', predikat: 'grade', followUpNote: 'follow-up note', text: 'text', order: 'order', title: 'title', components: 'components and criteria', visi: 'vision', misi: 'missions and objectives', periodStart: 'period start', periodEnd: 'period end', tujuanId: 'RPJMD objective', sasaran: 'regional goals and key indicators',
    } as Record<string, string>,
  },
} as const;

const romans = ['I', 'II', 'III', 'IV'];

export interface AuditFormat {
  number: (n: number) => string;
  /** A time stamp in the tenant's zone (ISO in, words out). */
  dateTime: (iso: string) => string;
  /** How text people typed sits in a sentence (the screen isolates it: ui/bidi.ts); none in a CSV. */
  isolate?: (text: string) => string;
}

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => params[key] ?? '');
}

/** The entity filter's choices and the export's column, in words. */
export function auditEntityLabel(entity: string, language: Language): string {
  return words[language].entities[entity] ?? entity;
}

/** A field's name in words (a field with no words yet is shown split at its capitals, never as a key). */
export function auditFieldLabel(field: string, language: Language): string {
  return words[language].fields[field] ?? field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export function roleLabel(role: string | null, language: Language): string {
  const roles: Record<string, string> = words[language].roles;
  return role ? (roles[role] ?? role) : '';
}

const isoStamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A logged value in words: numbers in the locale, statuses and roles named, times local. */
export function auditValue(field: string, value: unknown, language: Language, format: AuditFormat): string {
  const w = words[language];
  if (value === null || value === undefined || value === '') return w.empty;
  if (typeof value === 'boolean') return value ? w.yes : w.no;
  if (typeof value === 'number') return format.number(value);
  if (typeof value === 'string') {
    const statuses: Record<string, string> = w.statuses;
    if (field === 'status' && statuses[value]) return statuses[value];
    if (field === 'role') return roleLabel(value, language);
    if (isoStamp.test(value)) return format.dateTime(value);
    return format.isolate ? format.isolate(value) : value;
  }
  const json = JSON.stringify(value);
  return format.isolate ? format.isolate(json) : json;
}

export function auditPeriod(entry: Pick<AuditEntry, 'quarter' | 'after'>, language: Language): string {
  if (!entry.quarter) return '';
  const year = typeof entry.after.year === 'number' ? ` ${entry.after.year}` : '';
  return `${words[language].quarter} ${romans[entry.quarter - 1] ?? entry.quarter}${year}`;
}

/** "Siti (Evaluator)": who did it; "Sistem" for the server's own writes. */
export function auditActor(entry: Pick<AuditEntry, 'actorName' | 'actorRole' | 'username'>, language: Language, isolate = (t: string) => t): string {
  const name = entry.actorName ?? entry.username;
  if (!name) return words[language].system;
  return entry.actorRole ? `${isolate(name)} (${roleLabel(entry.actorRole, language)})` : isolate(name);
}

/** The row as one sentence in the user's language. */
export function auditSentence(entry: AuditEntry, language: Language, format: AuditFormat): string {
  const kind = entry.kind as AuditEventKind;
  const template = sentences[language][kind] ?? sentences[language].otherChanged;
  const role = (v: unknown) => (typeof v === 'string' ? roleLabel(v, language) : '');
  const isolate = format.isolate ?? ((t: string) => t);
  const typed = (t: string) => (t === '' ? '' : isolate(t));
  return fill(template, {
    actor: auditActor(entry, language, isolate),
    subject: typed(entry.subject ?? ''),
    period: auditPeriod(entry, language),
    part: auditEntityLabel(entry.entity, language).toLowerCase(),
    note: typeof entry.after.reviewNote === 'string' ? typed(entry.after.reviewNote) : '',
    fields: entry.fields.map((f) => auditFieldLabel(f.field, language)).join(', '),
    from: role(entry.before?.role), to: role(entry.after.role),
  }).replace(/\s+/g, ' ').replace(/ \)/g, ')').replace(/ \(\)/g, '').trim();
}

/** Each changed field as "label: before → after" (a new row lists its values only). */
export function auditDetails(entry: AuditEntry, language: Language, format: AuditFormat): string[] {
  return entry.fields.map((f) => {
    const label = auditFieldLabel(f.field, language);
    const after = auditValue(f.field, f.after, language, format);
    return entry.before === null ? `${label}: ${after}` : `${label}: ${auditValue(f.field, f.before, language, format)} → ${after}`;
  });
}
