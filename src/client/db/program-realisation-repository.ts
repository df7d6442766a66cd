// Saving realisasi anggaran and fisik of a program for a quarter on the device: the row and its
// outbox entry in ONE transaction (design.md, invariant 1), only the changed fields sent.
import type { Actor } from '../../domain/user';
import type { Quarter } from '../../domain/period';
import type { ProgramRealisation } from '../../domain/program-realisation';
import type { PantauDatabase } from './database';
import { ensureDeviceId } from './meta';
import { guardStorage } from './storage-errors';
import { baseRevOf, queueMutation } from './outbox-queue';

export interface ProgramRealisationInput {
  programId: string;
  quarter: Quarter;
  budgetRealised: number | null;
  physicalProgress: number | null;
}

export class ProgramRealisationError extends Error {
  constructor(readonly problem: 'programMissing' | 'budgetInvalid' | 'progressInvalid') {
    super(`Program realisation refused: ${problem}`);
    this.name = 'ProgramRealisationError';
  }
}

const fields = ['budgetRealised', 'physicalProgress'] as const;

export function saveProgramRealisation(db: PantauDatabase, actor: Actor, input: ProgramRealisationInput, now: Date = new Date()): Promise<ProgramRealisation> {
  const { budgetRealised, physicalProgress } = input;
  if (budgetRealised !== null && (!Number.isSafeInteger(budgetRealised) || budgetRealised < 0)) throw new ProgramRealisationError('budgetInvalid');
  if (physicalProgress !== null && !(physicalProgress >= 0 && physicalProgress <= 100)) throw new ProgramRealisationError('progressInvalid');
  return guardStorage(() =>
    db.transaction('rw', [db.programs, db.agreements, db.programRealisations, db.outbox, db.meta], async () => {
      const deviceId = await ensureDeviceId(db);
      const program = await db.programs.get(input.programId);
      const agreement = program && (await db.agreements.get(program.agreementId));
      if (!program || program.deleted || !agreement) throw new ProgramRealisationError('programMissing');
      const existing = await db.programRealisations.where('[programId+quarter]').equals([program.id, input.quarter]).first();
      const edited = { budgetRealised, physicalProgress };
      const changed: Record<string, unknown> = {};
      for (const field of fields) if (!existing || existing[field] !== edited[field]) changed[field] = edited[field];
      if (existing && Object.keys(changed).length === 0) return existing;
      const stamp = now.toISOString();
      const row: ProgramRealisation = existing
        ? { ...existing, ...edited, updatedAt: stamp, updatedBy: actor.id, deviceId }
        : {
            id: crypto.randomUUID(), tenantId: program.tenantId, rev: 0, updatedAt: stamp, updatedBy: actor.id, deviceId, deleted: false,
            orgUnitId: program.orgUnitId, programId: program.id, year: agreement.year, quarter: input.quarter, ...edited,
          };
      const isNewOnServer = row.rev === 0 && (await db.outbox.where('recordId').equals(row.id).count()) === 0;
      await db.programRealisations.put(row);
      await queueMutation(db, {
        entity: 'programRealisation', recordId: row.id, op: 'upsert',
        fields: isNewOnServer ? { programId: row.programId, quarter: row.quarter, ...edited } : changed,
        baseRev: baseRevOf(row), clientTime: stamp,
      });
      return row;
    }),
  );
}
