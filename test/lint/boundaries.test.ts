// The import boundaries of design.md ("Layout") are kept by eslint.config.js. Each rule is shown
// failing on a file it forbids, linted in place (ESLint's own API, the project's real config), and
// a lawful import is shown passing, so a rule that silently stops matching is caught.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string, ruleId = 'no-restricted-imports'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === ruleId).map((m) => m.message);
}

describe('import boundaries', () => {
  it('a feature never imports another, budget and submission included (the list is read from the folders)', { timeout: 60_000 }, async () => {
    expect(await restrictedImports('src/client/features/budget/x.ts', "import { RealisationPage } from '../realisations/realisation-page';\nexport const x = RealisationPage;\n"))
      .toEqual([expect.stringContaining('A feature never imports another feature')]);
    expect(await restrictedImports('src/client/features/agreements/x.ts', "import { ProgramEntryPage } from '../budget/program-entry-page';\nexport const x = ProgramEntryPage;\n"))
      .toEqual([expect.stringContaining('A feature never imports another feature')]);
    expect(await restrictedImports('src/client/features/submission/x.ts', "import { useI18n } from '../../i18n/i18n-context';\nexport const x = useI18n;\n")).toEqual([]);
    // From a feature's inner folder too, and a folder inside one feature may use another of its own.
    expect(await restrictedImports('src/client/features/agreements/view/x.ts', "import { UnitsPage } from '../../units/units-page';\nexport const x = UnitsPage;\n"))
      .toEqual([expect.stringContaining('A feature never imports another feature')]);
    expect(await restrictedImports('src/client/features/agreements/versions/x.ts', "import { AgreementHeader } from '../view/agreement-header';\nexport const x = AgreementHeader;\n")).toEqual([]);
  });

  it('each client layer imports only the layers below it: features, widgets, pwa, session, lib, sync, db, documents, ui, i18n', { timeout: 60_000 }, async () => {
    const layers = ['features', 'widgets', 'pwa', 'session', 'lib', 'sync', 'db', 'documents', 'ui', 'i18n'];
    for (const [index, layer] of layers.entries()) {
      if (layer === 'features') continue;
      for (const [otherIndex, other] of layers.entries()) {
        if (other === layer) continue;
        const found = await restrictedImports(`src/client/${layer}/x.ts`, `import * as m from '../${other}/y';\nexport const x = m;\n`);
        if (otherIndex < index) expect(found, `${layer} → ${other}`).toEqual([expect.stringMatching(/sits below|presentational|never import a feature/)]);
        else expect(found, `${layer} → ${other}`).toEqual([]);
      }
    }
  });

  it('ui is presentational: it never reads the session, the database, sync state or widgets', { timeout: 60_000 }, async () => {
    for (const spec of ['../session/session-context', '../db/database', '../sync/sync-context', '../pwa/offline-readiness', '../widgets/sync-indicator']) {
      expect(await restrictedImports('src/client/ui/x.ts', `import * as m from '${spec}';\nexport const x = m;\n`), spec).toEqual([expect.stringContaining('ui is presentational')]);
    }
    expect(await restrictedImports('src/client/ui/x.ts', "import { useI18n } from '../i18n/i18n-context';\nexport const x = useI18n;\n")).toEqual([]);
    expect(await restrictedImports('src/client/widgets/x.ts', "import { useActiveSession } from '../session/session-context';\nexport const x = useActiveSession;\n")).toEqual([]);
  });

  it('server services never import routes, the store never imports services', { timeout: 60_000 }, async () => {
    expect(await restrictedImports('src/server/services/x.ts', "import { registerRoutes } from '../routes/index';\nexport const x = registerRoutes;\n"))
      .toEqual([expect.stringContaining('Services sit below the routes')]);
    expect(await restrictedImports('src/server/store/x.ts', "import { login } from '../services/auth/auth';\nexport const x = login;\n"))
      .toEqual([expect.stringContaining('The store sits below services and routes')]);
    expect(await restrictedImports('src/server/services/x.ts', "import type { Store } from '../store/connection';\nexport type X = Store;\n")).toEqual([]);
  });

  it('above the data layer, the device tables are reached through db/, never as db.<table>', { timeout: 60_000 }, async () => {
    const direct = "declare const db: { orgUnits: { get(id: string): unknown } };\nexport const unit = db.orgUnits.get('x');\n";
    const throughSession = "declare const session: { db: { orgUnits: { get(id: string): unknown } } };\nexport const unit = session.db.orgUnits.get('x');\n";
    for (const folder of ['features/agreements', 'widgets', 'pwa', 'session']) {
      expect(await restrictedImports(`src/client/${folder}/x.ts`, direct, 'no-restricted-syntax'), folder).toEqual([expect.stringContaining('through db/')]);
      expect(await restrictedImports(`src/client/${folder}/x.ts`, throughSession, 'no-restricted-syntax'), folder).toEqual([expect.stringContaining('through db/')]);
    }
    expect(await restrictedImports('src/client/db/x.ts', direct, 'no-restricted-syntax')).toEqual([]);
    const transaction = "declare const db: { transaction(mode: string): unknown };\nexport const t = db.transaction('rw');\n";
    expect(await restrictedImports('src/client/features/agreements/x.ts', transaction, 'no-restricted-syntax')).toEqual([]);
  });

  it('roles are not compared inline outside domain/permissions.ts (filters by an empty choice are fine)', { timeout: 60_000 }, async () => {
    const inline = "declare const actor: { role: string };\nexport const mayReview = actor.role === 'evaluator';\n";
    for (const path of ['src/client/widgets/x.tsx', 'src/client/features/review/x.tsx', 'src/server/services/x.ts', 'src/server/routes/x.ts']) {
      expect(await restrictedImports(path, inline, 'no-restricted-syntax'), path).toEqual([expect.stringContaining('permissions.ts')]);
    }
    expect(await restrictedImports('src/domain/permissions.ts', inline, 'no-restricted-syntax')).toEqual([]);
    const filter = "declare const filter: { role: string };\nexport const all = filter.role === '';\n";
    expect(await restrictedImports('src/client/features/admin/x.ts', filter, 'no-restricted-syntax')).toEqual([]);
  });
});
