// Saving a realisation on the device: validation by the domain rules, then the row and its outbox
// entry in ONE transaction (design.md, invariant 1).
import type { Actor } from '../../domain/user';
import type { Quarter } from '../../domain/period';
import type { DataCheckKind } from '../../domain/data-checks';
import { plainTextOf } from '../../domain/plain-text';
import {
  checkRealisationValue,
  type Realisation,
  type RealisationValueProblem,
} from '../../domain/realisation';
import { statusAfterEdit } from '../../domain/resubmission';
import type { PantauDatabase } from './database';
import { addEvidenceRow, type EvidenceInput } from './evidence-repository';
import { ensureDeviceId } from './meta';
import { guardStorage } from './storage-errors';
import { realisationEditableFields } from '../../domain/entity-fields';
import { baseRevOf, queueMutation } from './outbox-queue';

export { StorageFullError } from './storage-errors';

export interface RealisationInput {
  indicatorId: string;
  quarter: Quarter;
  value: number | null;
  drivers: string;
  obstacles: string;
  followUp: string;
  /**
   * Files picked in the form before the entry's first save (db/form-drafts.ts), with the evidence
   * ids made then: attached in the same transaction, after the realisation's own entry. One whose
   * id is already on the device (a save that completed before the draft was cleared) is skipped.
   */
  evidence?: PendingEvidence[];
  /**
   * The checks at entry the user was asked about and confirmed for this value: sent with the value
   * (never stored in the row), the server keeps them in the entry's history.
   */
  confirmedChecks?: readonly DataCheckKind[];
}

export type PendingEvidence = Omit<EvidenceInput, 'realisationId'> & { id: string };

export class RealisationValueError extends Error {
  readonly problem: RealisationValueProblem | 'notANumber' | 'indicatorMissing';
  constructor(problem: RealisationValueProblem | 'notANumber' | 'indicatorMissing') {
    super(`Realisation value refused: ${problem}`);
    this.name = 'RealisationValueError';
    this.problem = problem;
  }
}

export async function saveRealisation(
  db: PantauDatabase,
  actor: Actor,
  input: RealisationInput,
  now: Date = new Date(),
): Promise<Realisation> {
  if (input.value !== null && !Number.isFinite(input.value)) throw new RealisationValueError('notANumber');
  return guardStorage(() =>
    db.transaction('rw', [db.indicators, db.agreements, db.realisations, db.outbox, db.meta, db.evidence, db.blobs], async () => {
      const deviceId = await ensureDeviceId(db);
      const indicator = await db.indicators.get(input.indicatorId);
      const agreement = indicator && (await db.agreements.get(indicator.agreementId));
      if (!indicator || indicator.deleted || !agreement) throw new RealisationValueError('indicatorMissing');
      const problem = checkRealisationValue(indicator, input.value);
      if (problem) throw new RealisationValueError(problem);

      const existing = await db.realisations
        .where('[indicatorId+quarter]')
        .equals([input.indicatorId, input.quarter])
        .filter((r) => !r.deleted)
        .first();
      const edited = {
        value: input.value,
        drivers: plainTextOf(input.drivers),
        obstacles: plainTextOf(input.obstacles),
        followUp: plainTextOf(input.followUp),
      };
      const changed: Record<string, unknown> = {};
      for (const field of realisationEditableFields) {
        if (!existing || existing[field] !== edited[field]) changed[field] = edited[field];
      }
      const stamp = now.toISOString();
      const attach = async (row: Realisation) => {
        for (const file of input.evidence ?? []) {
          if (await db.evidence.get(file.id)) continue;
          // Only the evidence's own fields: the caller may hand whole draft rows (db/form-drafts.ts).
          const { id, bytes, sha256, mimeType, fileName, caption, takenAt, latitude, longitude } = file;
          const evidence = { realisationId: row.id, bytes, sha256, mimeType, fileName, caption, takenAt, latitude, longitude };
          await addEvidenceRow(db, actor, row, evidence, { deviceId, stamp, id });
        }
        return row;
      };
      if (existing && Object.keys(changed).length === 0) return attach(existing);

      const row: Realisation = existing
        ? // Editing a returned entry is the change the evaluator asked for: back to draft (resubmission.ts).
          { ...existing, ...edited, status: statusAfterEdit(existing.status), updatedAt: stamp, updatedBy: actor.id, deviceId }
        : {
            id: crypto.randomUUID(),
            tenantId: indicator.tenantId,
            rev: 0,
            updatedAt: stamp,
            updatedBy: actor.id,
            deviceId,
            deleted: false,
            orgUnitId: indicator.orgUnitId,
            indicatorId: indicator.id,
            year: agreement.year,
            quarter: input.quarter,
            ...edited,
            status: 'draft',
            reviewNote: null,
          };
      // A row the server never saw must be created there, whole (a refused earlier create may have
      // left values the server does not have), unless an earlier unsent entry already creates it.
      const pendingForRow = await db.outbox.where('recordId').equals(row.id).count();
      const isNewOnServer = row.rev === 0 && pendingForRow === 0;
      const confirmed = input.confirmedChecks && input.confirmedChecks.length > 0 ? { confirmedChecks: [...input.confirmedChecks] } : {};
      const contents = isNewOnServer ? { indicatorId: row.indicatorId, quarter: row.quarter, ...edited } : changed;
      const fields = 'value' in contents ? { ...contents, ...confirmed } : contents;
      await db.realisations.put(row);
      await queueMutation(db, { entity: 'realisation', recordId: row.id, op: 'upsert', fields, baseRev: baseRevOf(row), clientTime: stamp });
      return attach(row);
    }),
  );
}
