// The data of the screen an app start opens, read as soon as the session's database is open,
// before React renders that screen. The screen then renders with its data in its first commit:
// no spinner painted first and no second render, ~90 ms of an offline start at 4× slower CPU
// (docs/performance.md). The live queries take over from there; a primed result is offered only
// briefly, so a screen opened again later starts from its live query, not from old data.
import type { OrgUnit } from '../../domain/org-unit';
import type { PantauDatabase } from './database';
import { getAgreementView, listOrgUnits, type AgreementView } from './queries';

export type FirstScreen = { kind: 'units' } | { kind: 'agreement'; orgUnitId: string; year: number };

interface Primed {
  key: string;
  value: unknown;
  at: number;
}

const primed = new WeakMap<PantauDatabase, Primed>();
/** How long after the start a primed result is offered. */
const offeredForMs = 2000;

const keyOf = (screen: FirstScreen): string => (screen.kind === 'units' ? 'units' : `agreement:${screen.orgUnitId}:${screen.year}`);

/** Reads the first screen's data into memory, for the screen's first render. */
export async function primeFirstScreen(db: PantauDatabase, screen: FirstScreen): Promise<void> {
  const value = screen.kind === 'units' ? await listOrgUnits(db) : await getAgreementView(db, screen.orgUnitId, screen.year);
  primed.set(db, { key: keyOf(screen), value, at: Date.now() });
}

function take(db: PantauDatabase, key: string): unknown {
  const found = primed.get(db);
  return found && found.key === key && Date.now() - found.at < offeredForMs ? found.value : undefined;
}

/** The units list read at start, if this is that start's first screen. */
export function primedUnits(db: PantauDatabase): OrgUnit[] | undefined {
  return take(db, 'units') as OrgUnit[] | undefined;
}

/** A unit's PK view read at start (null: no PK in force), if this is that start's first screen. */
export function primedAgreementView(db: PantauDatabase, orgUnitId: string, year: number): AgreementView | null | undefined {
  return take(db, keyOf({ kind: 'agreement', orgUnitId, year })) as AgreementView | null | undefined;
}
