// The Indonesian words the cascading documents (matriks and pohon kinerja) print, the same as the
// /cascade screen says them (features/cascade/messages.ts), so paper and screen read alike. Kept
// here because documents are official Indonesian whatever the UI language, and may not import a
// feature's catalogue.
import type { CascadeNodeStatus, RollUpRule } from '../../domain/cascade';
import type { TenantSettings } from '../../domain/tenant';

export const noSupporterText = 'Belum ada indikator pendukung';
export const unalignedTitle = 'Indikator belum selaras';
export const unalignedNoneText = 'Semua indikator unit kerja sudah selaras.';

const ruleText: Record<RollUpRule, string> = {
  average: 'rata-rata capaian indikator pendukung',
  lowest: 'capaian indikator pendukung yang terendah',
};

/** What "capaian pendukung" means under the pemda's setting. */
export function rollUpNote(rule: RollUpRule, cap: TenantSettings['achievementCap']): string {
  const capped = cap === null ? '' : `, tiap capaian dibatasi ${cap}%`;
  return `${ruleText[rule]}${capped} (pengaturan pemda)`;
}

/** Why a node is at risk, in the screen's words; null when it is not. */
export function riskText(status: Pick<CascadeNodeStatus, 'riskReason' | 'childrenAtRisk' | 'children'>): string | null {
  const { riskReason, childrenAtRisk: n, children } = status;
  if (riskReason === 'own') return 'Berisiko: proyeksi akhir tahun di bawah ambang peringatan';
  if (riskReason === 'children') return `Berisiko: ${n} dari ${children} pendukung berisiko`;
  if (riskReason === 'both') return `Berisiko: proyeksinya sendiri dan ${n} dari ${children} pendukung`;
  return null;
}
