// What a document button reaches in the browser, stubbed at the boundary we do not own: the
// download (an object URL clicked on an <a download>) is recorded instead of saved, and fetch
// answers /fonts/* from public/fonts as the service worker's precache would, or fails as it does
// offline before the font was stored (`fontsOnline = false`). Also the unit most document tests print.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import type { ActiveSession } from '../../../src/client/session/active-session';
import { buildAgreement, buildGoal, buildIndicator, buildOrgUnit, buildProgram, buildRealisation } from '../features/support/fixtures';

export interface DocumentDownloads {
  /** The files the page handed to the browser to save, in order. */
  downloads: Array<{ name: string; blob: Blob }>;
  /** Whether the document font can be fetched (from the precache). */
  fontsOnline: boolean;
}

/** Stubs the download and the font fetch before each test of the file, and restores them after. */
export function useDocumentDownloads(): DocumentDownloads {
  const state: DocumentDownloads = { downloads: [], fontsOnline: true };
  beforeEach(() => {
    state.downloads = [];
    state.fontsOnline = true;
    const urls = new Map<string, Blob>();
    vi.stubGlobal('URL', Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        const url = `blob:test/${urls.size}`;
        urls.set(url, blob);
        return url;
      },
      revokeObjectURL: () => undefined,
    }));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      const blob = urls.get(this.href);
      if (blob) state.downloads.push({ name: this.download, blob });
    });
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      if (!state.fontsOnline || !String(url).startsWith('/fonts/')) throw new TypeError('Failed to fetch');
      return new Response(readFileSync(resolve(__dirname, '../../../public', String(url).slice(1))));
    }));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });
  return state;
}

/** A health office with a PK, one indicator realised in TW I and a budget line. */
export async function seedHealthUnit(db: ActiveSession['db'], status: 'draft' | 'signed' = 'signed') {
  const unit = buildOrgUnit({ name: 'Dinas Kesehatan' });
  const agreement = buildAgreement({ orgUnitId: unit.id, status });
  const goal = buildGoal(agreement, { name: 'Meningkatnya derajat kesehatan' });
  const indicator = buildIndicator(goal, { name: 'Persalinan di faskes', unit: '%', targetType: 'percent', aggregation: 'last', annualTarget: 93.75, quarterTargets: [90, 91, 92, 93.75] });
  await db.orgUnits.put(unit);
  await db.agreements.put(agreement);
  await db.goals.put(goal);
  await db.indicators.put(indicator);
  await db.programs.put(buildProgram(agreement, { budget: 1_234_567_000, name: 'Program Pemenuhan Upaya Kesehatan' }));
  await db.realisations.put(buildRealisation(indicator, { quarter: 1, value: 81, obstacles: 'Bidan cuti melahirkan' }));
  return agreement;
}
