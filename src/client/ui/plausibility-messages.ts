// Text of the plausibility warnings (domain/plausibility.ts): the entry form asks with them, the
// evaluator's queue flags with them. A feature-scoped catalogue, loaded with those screens.
// "Far from the target" speaks of the capaian as a share of the target, never of the value above or
// below it: where less is better (angka kematian ibu), 1.234,5 cases against a target of 20 is a
// capaian of 0%, and "jauh di bawah target 20" read as if the value were under 20.
import { defineMessages, type FeatureT } from '../i18n/feature-messages';

export const plausibilityMessages = defineMessages({
  id: {
    "plausibility.separatorSlip.target": "Apakah {value} benar? Target triwulan ini {reference}; mungkin maksudnya {suggested}. Periksa titik dan koma.",
    "plausibility.separatorSlip.previous": "Apakah {value} benar? Triwulan sebelumnya {reference}; mungkin maksudnya {suggested}. Periksa titik dan koma.",
    "plausibility.farAbove": "Apakah {value} benar? Capaiannya {percent} dari target {target}, jauh melampaui target.",
    "plausibility.farBelow": "Apakah {value} benar? Capaiannya hanya {percent} dari target {target}.",
    "plausibility.percentOutOfRange": "Apakah {value} benar? Persentase biasanya antara 0 dan 100.",
    "plausibility.notWholeCount": "Apakah {value} benar? Satuannya {measure}, biasanya bilangan bulat. Periksa titik dan koma.",
    "plausibility.outOfBounds.both": "Apakah {value} benar? Nilai indikator ini antara {min} dan {max}.",
    "plausibility.outOfBounds.min": "Apakah {value} benar? Nilai indikator ini tidak kurang dari {min}.",
    "plausibility.outOfBounds.max": "Apakah {value} benar? Nilai indikator ini tidak lebih dari {max}.",
    "plausibility.peerOutlier": "Capaian {percent} jauh dari unit lain untuk indikator yang sama (median {median} dari {count} unit).",
    "plausibility.historyOutlier": "Apakah {value} benar? Nilai triwulan sebelumnya {previous}; di unit ini nilainya biasanya berubah sekitar {usual} per triwulan ({count} triwulan tercatat).",
    "plausibility.explainLow": "Capaiannya {percent}. Tuliskan faktor penghambat (kendala) dan rencana tindak lanjutnya.",
    "plausibility.explainHigh": "Capaiannya {percent}, jauh di atas target. Tuliskan faktor pendorongnya.",
    "plausibility.refused": "Belum dapat disimpan. Pemda Anda mewajibkan ini diperbaiki:",
    "plausibility.ask": "Periksa nilai ini sebelum menyimpan",
    "plausibility.confirm": "Ya, nilai ini benar, simpan",
    "plausibility.fix": "Perbaiki nilai",
  },
  en: {
    "plausibility.separatorSlip.target": "Is {value} right? This quarter's target is {reference}; perhaps {suggested} was meant. Check the separators.",
    "plausibility.separatorSlip.previous": "Is {value} right? The quarter before was {reference}; perhaps {suggested} was meant. Check the separators.",
    "plausibility.farAbove": "Is {value} right? Its achievement is {percent} of the target of {target}, far beyond it.",
    "plausibility.farBelow": "Is {value} right? Its achievement is only {percent} of the target of {target}.",
    "plausibility.percentOutOfRange": "Is {value} right? A percentage is usually between 0 and 100.",
    "plausibility.notWholeCount": "Is {value} right? It is counted in {measure}, usually a whole number. Check the separators.",
    "plausibility.outOfBounds.both": "Is {value} right? This indicator's value lies between {min} and {max}.",
    "plausibility.outOfBounds.min": "Is {value} right? This indicator's value is not below {min}.",
    "plausibility.outOfBounds.max": "Is {value} right? This indicator's value is not above {max}.",
    "plausibility.peerOutlier": "An achievement of {percent} is far from other units' on the same indicator (median {median} of {count} units).",
    "plausibility.historyOutlier": "Is {value} right? The quarter before was {previous}; in this unit it usually changes by about {usual} a quarter ({count} quarters on record).",
    "plausibility.explainLow": "Its achievement is {percent}. Write down the obstacles and the follow-up.",
    "plausibility.explainHigh": "Its achievement is {percent}, far above the target. Write down what drove it.",
    "plausibility.refused": "Not saved yet. Your pemda requires this to be fixed:",
    "plausibility.ask": "Check this value before saving",
    "plausibility.confirm": "Yes, this value is right, save",
    "plausibility.fix": "Fix the value",
  },
});

export type PlausibilityT = FeatureT<keyof (typeof plausibilityMessages)['id']>;
