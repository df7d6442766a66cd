// Tenant settings: name and regional head, formula for lower-is-better indicators, the cap for
// averages, the category band set, the early-warning category, the pemda's time zone (WIB,
// WITA, WIT), how the pohon kinerja rolls up and whether the PK print names what each indicator
// supports. Logged like every write.
import type { BandSet, TenantSettingsResponse, TenantSettingsUpdate } from '../../../api/admin';
import { dashboardStatusBands, permendagri86Bands } from '../../../domain/default-settings';
import { bandsTopDown, checkBandThresholds, withThresholds } from '../../../domain/band-thresholds';
import type { CategoryBand, Tenant } from '../../../domain/tenant';
import { tenantTimeZone } from '../../../domain/tenant-clock';
import { cascadeRollUpRule } from '../../../domain/cascade';
import { dataChecksOf } from '../../../domain/data-checks';
import type { Actor } from '../../../domain/user';
import type { ServiceContext } from '../context';
import { ServiceError } from '../errors';
import { refused, requireAdmin, writeLogged } from './admin-log';

const bandSets: Record<BandSet, CategoryBand[]> = { permendagri86: permendagri86Bands, dashboard: dashboardStatusBands };

const bandSetOf = (bands: CategoryBand[]): BandSet | null => {
  const keys = bands.map((b) => b.key).join(',');
  const found = (Object.keys(bandSets) as BandSet[]).find((set) => bandSets[set].map((b) => b.key).join(',') === keys);
  return found ?? null;
};

function toResponse(tenant: Tenant): TenantSettingsResponse {
  const { settings } = tenant;
  return {
    logo: tenant.logo ?? null,
    name: tenant.name, kind: tenant.kind, regionalHeadName: tenant.regionalHeadName, regionalHeadTitle: tenant.regionalHeadTitle,
    lowerIsBetterFormula: settings.lowerIsBetterFormula, achievementCap: settings.achievementCap,
    bandSet: bandSetOf(settings.categoryBands), warningBelowCategory: settings.warningBelowCategory,
    categoryKeys: settings.categoryBands.map((b) => b.key),
    categoryBands: bandsTopDown(settings.categoryBands),
    timeZone: tenantTimeZone(settings),
    cascadeRollUp: cascadeRollUpRule(settings),
    pkPrintSupports: settings.pkPrintSupports === true,
    dataChecks: dataChecksOf(settings),
  };
}

export async function getTenantSettings(ctx: ServiceContext, actor: Actor): Promise<TenantSettingsResponse> {
  requireAdmin(actor);
  const tenant = await ctx.store.getTenant(actor.tenantId);
  if (!tenant) throw new ServiceError('not_found');
  return toResponse(tenant);
}

export function updateTenantSettings(ctx: ServiceContext, actor: Actor, input: TenantSettingsUpdate): Promise<TenantSettingsResponse> {
  requireAdmin(actor);
  return writeLogged(ctx, actor, async (tx) => {
    const before = await tx.getTenant(actor.tenantId);
    if (!before) throw new ServiceError('not_found');
    const chosenBands = input.bandSet ? bandSets[input.bandSet] : before.settings.categoryBands;
    // Bounds the admin typed: ordered, from 0 up, one per band but the open bottom one.
    let categoryBands = chosenBands;
    if (input.bandThresholds) {
      const issues = checkBandThresholds(input.bandThresholds);
      if (input.bandThresholds.length !== chosenBands.length - 1) issues.push({ index: chosenBands.length - 1, problem: 'wrong_count' });
      if (issues.length > 0) throw refused('band_thresholds', { field: 'bandThresholds', issues });
      categoryBands = withThresholds(chosenBands, input.bandThresholds);
    }
    // Switching band sets changes the keys: keep the warning at the same position from the top.
    let warning = input.warningBelowCategory ?? before.settings.warningBelowCategory;
    if (input.bandSet && input.warningBelowCategory === undefined && !categoryBands.some((b) => b.key === warning)) {
      const position = Math.max(0, before.settings.categoryBands.findIndex((b) => b.key === warning));
      warning = categoryBands[Math.min(position, categoryBands.length - 1)]?.key ?? warning;
    }
    if (!categoryBands.some((b) => b.key === warning)) throw refused('unknown_category', { field: 'warningBelowCategory' });
    const explainBelow = input.dataChecks?.explainBelowCategory;
    if (explainBelow !== undefined && !categoryBands.some((b) => b.key === explainBelow)) throw refused('unknown_category', { field: 'dataChecks.explainBelowCategory' });
    const after: Tenant = {
      ...before,
      name: input.name ?? before.name,
      regionalHeadName: input.regionalHeadName ?? before.regionalHeadName,
      regionalHeadTitle: input.regionalHeadTitle ?? before.regionalHeadTitle,
      settings: {
        lowerIsBetterFormula: input.lowerIsBetterFormula ?? before.settings.lowerIsBetterFormula,
        achievementCap: input.achievementCap === undefined ? before.settings.achievementCap : input.achievementCap,
        categoryBands,
        warningBelowCategory: warning,
        timeZone: input.timeZone ?? tenantTimeZone(before.settings),
        cascadeRollUp: input.cascadeRollUp ?? cascadeRollUpRule(before.settings),
        pkPrintSupports: input.pkPrintSupports ?? (before.settings.pkPrintSupports === true),
        dataChecks: input.dataChecks ?? dataChecksOf(before.settings),
      },
    };
    await tx.updateTenant(after);
    return { change: { entity: 'tenant', recordId: after.id, orgUnitId: null, op: 'update', before, after }, result: toResponse(after) };
  });
}
