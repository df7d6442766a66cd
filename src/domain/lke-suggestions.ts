// Suggested answers for a unit's penilaian mandiri drawn from what the app already holds of that
// unit and year (issue 20): the PK, the quarters reported, entries with bukti dukung, links in the
// pohon kinerja, early warnings followed up. A suggestion is never an answer: the screen shows it
// with its evidence and a person takes it or not. Pure.
//
// Decisions:
// - Each rule names the criterion of the default template it answers (lke-template.ts ids). A
//   template without that id, or a fact the device does not hold, gets no suggestion: nothing here
//   guesses.
// - Every rule measures one share, 0–100 % (a yes/no fact is 100 or 0), and the answer follows
//   from that share on the criterion's own scale, because a pemda may change a criterion's scale:
//   graded by lkeSuggestionGradeBands; ya/tidak is ya only when the fact holds in full.
// - The evidence is a sentence in Indonesian with the figures (id-ID), written into the note the
//   unit hands to the Inspektorat, so it is document text, not screen text.
// - "On time" is reporting-compliance.ts's onTimePercent (the device keeps no time of sending);
//   quarters are the ones that have ended (period.ts pastQuarters).
import { listLkeCriteria, settleLke, type LkeAnswer, type LkeAnswerScale, type LkeTemplate } from './lke-template';
import { formatNumber, formatPercent } from './number-format';
import { quarterRoman, type Quarter } from './period';
import type { UnitCompliance } from './reporting-compliance';

/** What the app knows of one unit and year, read from the device (client/db/lke-facts.ts). */
export interface LkeFacts {
  year: number;
  /** The unit's PK in force for the year; null when the device holds none. */
  pk: { signed: boolean; signedOn: string | null; version: number } | null;
  /** Each quarter of the year that has ended, with its reporting as reporting-compliance.ts judges it. */
  quarters: ReadonlyArray<{ quarter: Quarter } & Pick<UnitCompliance, 'due' | 'outstanding' | 'onTimePercent'>>;
  /** Realisations of the year with a value, and those with bukti dukung. */
  entries: { entered: number; withEvidence: number };
  /** The PK's indicators that need a link in the pohon kinerja (alignment.ts needsParent), and those linked. */
  alignment: { indicators: number; aligned: number };
  /** Early warnings up to the last ended quarter, and those whose latest entry has a rencana tindak lanjut; null before TW I ends. */
  warnings: { upTo: Quarter; atRisk: number; followedUp: number } | null;
}

export interface LkeSuggestion {
  criterionId: string;
  /** On the criterion's scale. */
  answer: LkeAnswer;
  /** The figures in one Indonesian sentence, for the note. */
  evidence: string;
  /** The facts the suggestion was drawn from. */
  facts: Partial<LkeFacts>;
}

/**
 * The lowest share (%) that earns each grade, top first: ≥ 90 A, ≥ 75 B, ≥ 50 C, ≥ 25 D, else E.
 * Our rule, not the regulation's: PermenPANRB 88/2021 leaves the grade to the evaluator's reading.
 */
export const lkeSuggestionGradeBands: ReadonlyArray<{ grade: LkeAnswer; min: number }> = [
  { grade: 'A', min: 90 },
  { grade: 'B', min: 75 },
  { grade: 'C', min: 50 },
  { grade: 'D', min: 25 },
];

/** The answer a share earns on a scale (see the header). */
export function lkeAnswerOfShare(percent: number, scale: LkeAnswerScale): LkeAnswer {
  const share = settleLke(percent);
  if (scale === 'yesNo') return share >= 100 ? 'ya' : 'tidak';
  return lkeSuggestionGradeBands.find((band) => share >= band.min)?.grade ?? 'E';
}

/** What a rule finds: the share it measures and the sentence that says so. */
export interface LkeSuggestionMeasure {
  percent: number;
  evidence: string;
  facts: Partial<LkeFacts>;
}

const count = (n: number): string => formatNumber(n, 'id-ID', 0);
const percentText = (part: number, whole: number): string => formatPercent((part * 100) / whole, 'id-ID');
const quarterList = (qs: readonly Quarter[]): string => {
  const names = qs.map((q) => `TW ${quarterRoman[q]}`);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} dan ${names.at(-1)}`;
};
const longDate = (isoDate: string): string =>
  new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));

function pkSigned(facts: LkeFacts): LkeSuggestionMeasure | null {
  const { pk, year } = facts;
  if (!pk) return null;
  const which = pk.version > 0 ? `Perjanjian Kinerja tahun ${year} (perubahan ke-${pk.version})` : `Perjanjian Kinerja tahun ${year}`;
  const evidence = !pk.signed
    ? `${which} di aplikasi Pantau Kinerja masih berupa draf, belum ditandatangani.`
    : pk.signedOn
      ? `${which} telah ditandatangani pada ${longDate(pk.signedOn)} (tercatat di aplikasi Pantau Kinerja).`
      : `${which} telah ditandatangani (tercatat di aplikasi Pantau Kinerja).`;
  return { percent: pk.signed ? 100 : 0, evidence, facts: { year, pk } };
}

function quartersReported(facts: LkeFacts): LkeSuggestionMeasure | null {
  const due = facts.quarters.filter((q) => q.due > 0);
  if (due.length === 0) return null;
  const reported = due.filter((q) => q.outstanding === 0);
  const missing = due.filter((q) => q.outstanding > 0);
  const base = `Realisasi kinerja telah dikirim ke evaluator untuk ${count(reported.length)} dari ${count(due.length)} triwulan tahun ${facts.year} yang telah berakhir`;
  const evidence = missing.length === 0
    ? `${base} (${quarterList(due.map((q) => q.quarter))}).`
    : `${base}; belum lengkap: ${missing.map((q) => `TW ${quarterRoman[q.quarter]} (${count(q.outstanding)} indikator)`).join(', ')}.`;
  return { percent: (reported.length * 100) / due.length, evidence, facts: { year: facts.year, quarters: facts.quarters } };
}

function measuredOnTime(facts: LkeFacts): LkeSuggestionMeasure | null {
  const judged = facts.quarters.filter((q): q is typeof q & { onTimePercent: number } => q.onTimePercent !== null && q.due > 0);
  if (judged.length === 0) return null;
  const due = judged.reduce((n, q) => n + q.due, 0);
  // Weighted by what was due, so the share is that of all indicators due, not a mean of quarters.
  const onTime = Math.round(judged.reduce((n, q) => n + (q.onTimePercent * q.due) / 100, 0));
  const evidence = `Pengukuran kinerja dilakukan setiap triwulan: dari ${count(due)} indikator yang wajib dilaporkan pada ${quarterList(judged.map((q) => q.quarter))} ${facts.year}, ${count(onTime)} (${percentText(onTime, due)}) sampai ke evaluator tepat waktu menurut jadwal input.`;
  return { percent: (onTime * 100) / due, evidence, facts: { year: facts.year, quarters: facts.quarters } };
}

function collectedWithIt(facts: LkeFacts): LkeSuggestionMeasure | null {
  const { entered } = facts.entries;
  if (entered === 0) return null;
  return {
    percent: 100,
    evidence: `Data kinerja dikumpulkan melalui aplikasi Pantau Kinerja: ${count(entered)} realisasi indikator tahun ${facts.year} diisi di aplikasi.`,
    facts: { year: facts.year, entries: facts.entries },
  };
}

function evidenceShare(facts: LkeFacts): LkeSuggestionMeasure | null {
  const { entered, withEvidence } = facts.entries;
  if (entered === 0) return null;
  return {
    percent: (withEvidence * 100) / entered,
    evidence: `${count(withEvidence)} dari ${count(entered)} realisasi indikator tahun ${facts.year} (${percentText(withEvidence, entered)}) dilengkapi bukti dukung.`,
    facts: { year: facts.year, entries: facts.entries },
  };
}

function alignedShare(facts: LkeFacts): LkeSuggestionMeasure | null {
  const { indicators, aligned } = facts.alignment;
  if (indicators === 0) return null;
  return {
    percent: (aligned * 100) / indicators,
    evidence: `${count(aligned)} dari ${count(indicators)} indikator Perjanjian Kinerja tahun ${facts.year} (${percentText(aligned, indicators)}) telah diselaraskan dengan sasaran atau indikator kinerja di atasnya dalam pohon kinerja.`,
    facts: { year: facts.year, alignment: facts.alignment },
  };
}

function warningsFollowedUp(facts: LkeFacts): LkeSuggestionMeasure | null {
  const { warnings } = facts;
  if (!warnings || warnings.atRisk === 0) return null;
  return {
    percent: (warnings.followedUp * 100) / warnings.atRisk,
    evidence: `Capaian kinerja dipantau setiap triwulan: dari ${count(warnings.atRisk)} indikator yang diperkirakan tidak mencapai target (peringatan dini s.d. TW ${quarterRoman[warnings.upTo]} ${facts.year}), ${count(warnings.followedUp)} (${percentText(warnings.followedUp, warnings.atRisk)}) telah diisi rencana tindak lanjut.`,
    facts: { year: facts.year, warnings },
  };
}

/** Criterion id (defaultLkeTemplate) → the rule that answers it. A Map: an id may be any string, "constructor" too. */
export const lkeSuggestionRules: ReadonlyMap<string, (facts: LkeFacts) => LkeSuggestionMeasure | null> = new Map(Object.entries({
  // "Terdapat dokumen perencanaan jangka pendek (Renja dan Perjanjian Kinerja tahunan)."
  'perencanaan.keberadaan.4': pkSigned,
  // "Kinerja selaras dan berkesinambungan di setiap level jabatan (cascading, pohon kinerja)."
  'perencanaan.kualitas.8': alignedShare,
  // "Rencana aksi berjalan dinamis karena capaian kinerja dipantau secara berkala."
  'perencanaan.pemanfaatan.4': warningsFollowedUp,
  // "Data kinerja yang dikumpulkan cukup untuk menunjukkan capaian kinerja yang diharapkan."
  'pengukuran.kualitas.3': evidenceShare,
  // "Pengukuran kinerja dilakukan secara berkala."
  'pengukuran.kualitas.4': measuredOnTime,
  // "Pengumpulan data kinerja memanfaatkan aplikasi teknologi informasi."
  'pengukuran.kualitas.6': collectedWithIt,
  // "Laporan kinerja disusun secara berkala (triwulanan)."
  'pelaporan.keberadaan.2': quartersReported,
}));

/** The suggestions for a template's criteria from a unit's facts, by criterion id. */
export function suggestLkeAnswers(template: LkeTemplate, facts: LkeFacts): Record<string, LkeSuggestion> {
  const suggestions: Record<string, LkeSuggestion> = {};
  for (const criterion of listLkeCriteria(template)) {
    const measure = lkeSuggestionRules.get(criterion.id)?.(facts);
    if (!measure) continue;
    suggestions[criterion.id] = { criterionId: criterion.id, answer: lkeAnswerOfShare(measure.percent, criterion.scale), evidence: measure.evidence, facts: measure.facts };
  }
  return suggestions;
}
