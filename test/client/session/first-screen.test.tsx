// An offline start reads its first screen's data before that screen renders (db/first-screen.ts,
// session/first-screen.ts): the screen's first render has the data, with no spinner before it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { primeFirstScreen, primedAgreementView, primedUnits } from '../../../src/client/db/first-screen';
import { firstScreenOf } from '../../../src/client/session/first-screen';
import type { ActiveSession } from '../../../src/client/session/active-session';
import { buildOrgUnit } from '../../support/factories';
import { buildSessionInfo, otherUnitId, sessionTenant, sessionUnit } from '../features/support/fixtures';
import { closeTestSession, openTestSession, renderApp } from '../features/support/render-app';
import { seedAgreement } from '../features/support/seed';

let session: ActiveSession | null = null;
afterEach(async () => {
  if (session) await closeTestSession(session);
  session = null;
});

describe('which screen a start opens', () => {
  const now = new Date('2026-05-10T08:00:00+07:00');
  it('is the units list for /units, the own PK for an operator at /, a unit PK for /units/:id', () => {
    const operator = buildSessionInfo('operator');
    const evaluator = buildSessionInfo('evaluator');
    const actor = (info: typeof operator) => ({ ...info.user });
    expect(firstScreenOf('/units', actor(evaluator), 'Asia/Jakarta', now)).toEqual({ kind: 'units' });
    expect(firstScreenOf('/', actor(operator), 'Asia/Jakarta', now)).toEqual({ kind: 'agreement', orgUnitId: operator.user.orgUnitId, year: 2026 });
    expect(firstScreenOf(`/units/${otherUnitId}`, actor(evaluator), 'Asia/Jakarta', now)).toEqual({ kind: 'agreement', orgUnitId: otherUnitId, year: 2026 });
    expect(firstScreenOf('/', actor(evaluator), 'Asia/Jakarta', now)).toBeNull(); // redirected to /units before this is asked
    expect(firstScreenOf('/settings', actor(operator), 'Asia/Jakarta', now)).toBeNull();
  });

  it('opens on the pemda’s year: 31 December 16:30 UTC is already next year in WITA, not yet in WIB', () => {
    const operator = buildSessionInfo('operator');
    const newYearsEve = new Date('2026-12-31T16:30:00Z');
    expect(firstScreenOf('/', { ...operator.user }, 'Asia/Makassar', newYearsEve)).toMatchObject({ year: 2027 });
    expect(firstScreenOf('/', { ...operator.user }, 'Asia/Jakarta', newYearsEve)).toMatchObject({ year: 2026 });
  });
});

describe('a primed first screen', () => {
  it('renders the units list with its data in the first render', async () => {
    const opened = openTestSession(buildSessionInfo('evaluator'));
    session = opened;
    await opened.db.orgUnits.bulkPut([sessionUnit, buildOrgUnit(sessionTenant, { id: otherUnitId, code: '7.01', name: 'Kecamatan Depok', type: 'kecamatan' })]);
    await primeFirstScreen(opened.db, { kind: 'units' });
    expect(primedUnits(opened.db)?.map((u) => u.name)).toEqual(['Dinas Kesehatan', 'Kecamatan Depok']);
    renderApp(opened, ['/units']);
    // No findBy: the list is there in the very first render, no "Memuat…" before it.
    expect(screen.getByText('Kecamatan Depok')).toBeTruthy();
    expect(screen.queryByText('Memuat…')).toBeNull();
  });

  it("renders an operator's own PK with its data in the first render, and offers it only for that unit and year", async () => {
    const opened = openTestSession(buildSessionInfo('operator'));
    session = opened;
    const seeded = await seedAgreement(opened.db);
    const year = seeded.agreement.year;
    await primeFirstScreen(opened.db, { kind: 'agreement', orgUnitId: seeded.agreement.orgUnitId, year });
    expect(primedAgreementView(opened.db, seeded.agreement.orgUnitId, year + 1)).toBeUndefined();
    expect(primedAgreementView(opened.db, otherUnitId, year)).toBeUndefined();
    expect(primedUnits(opened.db)).toBeUndefined();
    renderApp(opened, [`/units/${seeded.agreement.orgUnitId}`]);
    // The PK now shows whole, with its parts loaded on demand (what to do now, the actions), so it
    // waits for those modules, not for its data: shown as soon as they are.
    expect(await screen.findByText(seeded.count.name, { selector: '.pk-table *, table *' }, { timeout: 1000 })).toBeTruthy();
  });

  it('is offered only just after the start: a screen opened later starts from its live query', async () => {
    const opened = openTestSession(buildSessionInfo('evaluator'));
    session = opened;
    await opened.db.orgUnits.bulkPut([sessionUnit]);
    vi.useFakeTimers({ toFake: ['Date'] }); // the clock stands still until moved
    try {
      const start = Date.now();
      await primeFirstScreen(opened.db, { kind: 'units' });
      vi.setSystemTime(start + 1999);
      expect(primedUnits(opened.db)).toHaveLength(1);
      vi.setSystemTime(start + 2000);
      expect(primedUnits(opened.db)).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });
});
