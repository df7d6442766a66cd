// The pemda's choice of how strict the checks at entry are (issue 21): the thresholds of "far from
// the target", and per check whether it is off, only shown, asked before saving, or refused (the
// server refuses it too, with the same message). Kept in the tenant's settings; absent in settings
// stored before these choices existed, which then read as defaultDataChecks.
import { z } from 'zod';

/** The checks a pemda sets, each with its own severity. */
export const dataCheckKinds = ['separatorSlip', 'percentOutOfRange', 'notWholeCount', 'outOfBounds', 'farFromTarget', 'peerOutlier', 'historyOutlier', 'explanationMissing', 'evidenceMissing'] as const;
export type DataCheckKind = (typeof dataCheckKinds)[number];

/**
 * off: not shown; note: shown as the value is typed; ask: the form asks before saving and the
 * user may confirm; refuse: the entry cannot be saved so (the device and the server say why).
 */
export const dataCheckSeverities = ['off', 'note', 'ask', 'refuse'] as const;
export const dataCheckSeveritySchema = z.enum(dataCheckSeverities);
export type DataCheckSeverity = z.infer<typeof dataCheckSeveritySchema>;

/**
 * A capaian far from other units' (peer-outlier.ts) is judged only where other units' entries are
 * held, never at entry: it can be shown or turned off, not asked about or refused.
 */
const shownOnlySeverities = ['off', 'note'] as const satisfies readonly DataCheckSeverity[];
/**
 * A change far from the unit's own record (history-outlier.ts) may be a true change: it can be asked
 * about, never refused; and the server, which checks each entry alone, does not judge it.
 */
const askedAtMostSeverities = ['off', 'note', 'ask'] as const satisfies readonly DataCheckSeverity[];
export const severitiesOf = (kind: DataCheckKind): readonly DataCheckSeverity[] =>
  kind === 'peerOutlier' ? shownOnlySeverities : kind === 'historyOutlier' ? askedAtMostSeverities : dataCheckSeverities;

export const dataChecksSchema = z
  .object({
    /** Capaian above this (%) is far above the target. */
    farAbovePercent: z.number().finite().min(100).max(10_000),
    /** Capaian below this (%) is far below the target. */
    farBelowPercent: z.number().finite().min(0).max(100),
    /**
     * A capaian below this band (a band key of the tenant) needs its obstacles and follow-up
     * written; one far above the target needs its drivers. Absent, or not one of the tenant's
     * bands: the band below which early warning flags an indicator.
     */
    explainBelowCategory: z.string().min(1).max(40).optional(),
    severity: z.object({
      separatorSlip: dataCheckSeveritySchema,
      percentOutOfRange: dataCheckSeveritySchema,
      notWholeCount: dataCheckSeveritySchema,
      /**
       * A value outside the indicator's own bounds (minValue–maxValue, set in the PK), or a negative
       * count. Settings stored before this check existed read as the default.
       */
      outOfBounds: dataCheckSeveritySchema.default('ask'),
      farFromTarget: dataCheckSeveritySchema,
      /** A capaian far from the same indicator's in other units (shown or off only). */
      peerOutlier: z.enum(shownOnlySeverities).default('note'),
      /** A level changing far more than it usually does in the unit (off, shown or asked; settings stored before it read as shown). */
      historyOutlier: z.enum(askedAtMostSeverities).default('note'),
      explanationMissing: dataCheckSeveritySchema,
      /**
       * An entry submitted without bukti dukung (judged at submission, quarter-checklist.ts: a file
       * may be attached after the value): shown in the checklist, or refused (also by the server).
       */
      evidenceMissing: dataCheckSeveritySchema,
    }).strict(),
  })
  .strict()
  .refine((c) => c.farBelowPercent < c.farAbovePercent, { path: ['farBelowPercent'], message: 'farBelowPercent must be below farAbovePercent' });
export type DataChecks = z.infer<typeof dataChecksSchema>;

/**
 * What a pemda starts with: the typo class (a separator slip, an impossible percentage, a part of
 * a person) is asked
 * about before saving; a capaian far from its target and a missing explanation are shown only, as
 * they were before a pemda could choose (a field user is not stopped by a rule nobody set); bukti
 * dukung is not asked for until the pemda says so.
 */
export const defaultDataChecks: DataChecks = {
  farAbovePercent: 150,
  farBelowPercent: 25,
  explainBelowCategory: 'sedang',
  severity: { separatorSlip: 'ask', percentOutOfRange: 'ask', notWholeCount: 'ask', outOfBounds: 'ask', farFromTarget: 'note', peerOutlier: 'note', historyOutlier: 'note', explanationMissing: 'note', evidenceMissing: 'off' },
};

export const dataChecksOf = (settings: { dataChecks?: DataChecks | undefined }): DataChecks => settings.dataChecks ?? defaultDataChecks;

/**
 * How strictly bukti dukung is asked for an indicator's entries: an indicator the PK marks
 * "bukti dukung wajib" is refused without one whatever the pemda's general rule; the others follow it.
 */
export const evidenceSeverityFor = (indicator: { evidenceRequired?: boolean | undefined }, general: DataCheckSeverity): DataCheckSeverity =>
  indicator.evidenceRequired === true ? 'refuse' : general;

/** Whether any check is refused: only then does the server read the entry's other quarters. */
export const refusesAny = (checks: DataChecks): boolean => dataCheckKinds.some((kind) => checks.severity[kind] === 'refuse');
