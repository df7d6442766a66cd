// The facts of one unit and year that the LKE's suggested answers are drawn from
// (domain/lke-suggestions.ts), from the device's own copy: the PK in force with its indicators and
// entries (queries.ts getAgreementView), the jadwal input, the bukti dukung held. Each figure is
// judged by the rule the rest of the app uses (reporting compliance, alignment, early warning), so
// the LKE never says something the dashboard contradicts.
import { needsParent } from '../../domain/alignment';
import type { LkeFacts } from '../../domain/lke-suggestions';
import { pastQuarters } from '../../domain/period';
import { quarterValuesOf } from '../../domain/quarter-values';
import type { Realisation } from '../../domain/realisation';
import { unitCompliance, unitDeadline } from '../../domain/reporting-compliance';
import type { TenantSettings } from '../../domain/tenant';
import { tenantTimeZone } from '../../domain/tenant-clock';
import { scoreUnit } from '../../domain/unit-score';
import type { PantauDatabase } from './database';
import { listPeriodWindows } from './period-window-queries';
import { getAgreementView } from './queries';

type FactSettings = Pick<TenantSettings, 'lowerIsBetterFormula' | 'achievementCap' | 'categoryBands' | 'warningBelowCategory' | 'timeZone'>;

export async function getLkeFacts(db: PantauDatabase, orgUnitId: string, year: number, settings: FactSettings, now: Date): Promise<LkeFacts> {
  const view = await getAgreementView(db, orgUnitId, year);
  if (!view) {
    return { year, pk: null, quarters: [], entries: { entered: 0, withEvidence: 0 }, alignment: { indicators: 0, aligned: 0 }, warnings: null };
  }
  const ended = pastQuarters(year, now, tenantTimeZone(settings));
  const { agreement } = view;
  const indicators = view.goals.flatMap((g) => g.indicators);
  const windows = await listPeriodWindows(db, year);

  // As the dashboard reads a quarter's compliance (dashboard-queries.ts): due when it has a target.
  const quarters = ended.map((quarter) => {
    const { deadline } = unitDeadline(windows.find((w) => w.quarter === quarter) ?? null, orgUnitId);
    const { due, outstanding, onTimePercent } = unitCompliance(
      indicators.map((v) => {
        const row = v.realisations[quarter - 1] ?? null;
        return { due: v.indicator.quarterTargets[quarter - 1] !== null, entry: row && !row.deleted ? { value: row.value, status: row.status } : null };
      }),
      deadline,
      now,
    );
    return { quarter, due, outstanding, onTimePercent };
  });

  const filled = indicators.flatMap((v) => v.realisations.filter((r): r is Realisation => r !== null && !r.deleted && r.value !== null));
  const evidenced = new Set((await db.evidence.where('realisationId').anyOf(filled.map((r) => r.id)).toArray()).filter((e) => !e.deleted).map((e) => e.realisationId));

  // Every indicator of a PK sits at its PK's level: all of them need a parent, or (the pemda's own) none.
  const linkable = needsParent({ agreementKind: agreement.kind }) ? indicators : [];

  // Early warning as the unit's own summary reads it (every entry, not only the verified).
  const upTo = ended.at(-1);
  let warnings: LkeFacts['warnings'] = null;
  if (upTo !== undefined) {
    const { atRisk } = scoreUnit(indicators.map((v) => ({ indicator: v.indicator, values: quarterValuesOf(v.realisations) })), upTo, settings);
    const followedUp = atRisk.filter((risk) => {
      const rows = indicators.find((v) => v.indicator.id === risk.indicator.id)?.realisations ?? [];
      // The latest entry the projection saw: its follow-up answers the warning it raised.
      const latest = rows.slice(0, upTo).reverse().find((r) => r && !r.deleted && r.value !== null);
      return (latest?.followUp ?? '').trim() !== '';
    }).length;
    warnings = { upTo, atRisk: atRisk.length, followedUp };
  }

  return {
    year,
    // A superseded PK is in force only while its successor is not pulled yet; it was signed.
    pk: { signed: agreement.status !== 'draft', signedOn: agreement.signedOn, version: agreement.version },
    quarters,
    entries: { entered: filled.length, withEvidence: filled.filter((r) => evidenced.has(r.id)).length },
    alignment: { indicators: linkable.length, aligned: linkable.filter((v) => v.indicator.supportsId !== null).length },
    warnings,
  };
}
