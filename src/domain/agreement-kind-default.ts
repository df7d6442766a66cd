// The PK level a new PK starts with, from the unit's type: a kecamatan's PK is the camat's, an
// OPD's (or the sekretariat daerah's) the kepala's (JPT), a bidang's or UPTD's an administrator's
// (eselon III). The user may still choose another level.
import type { OrgUnitType } from './org-unit-type';

export type DefaultAgreementKind = 'jpt' | 'camat' | 'administrator';

const byType: Record<OrgUnitType, DefaultAgreementKind> = {
  opd: 'jpt',
  setda: 'jpt',
  kecamatan: 'camat',
  bidang: 'administrator',
  uptd: 'administrator',
};

export function defaultAgreementKind(unitType: OrgUnitType | null | undefined): DefaultAgreementKind {
  return unitType ? byType[unitType] : 'jpt';
}
