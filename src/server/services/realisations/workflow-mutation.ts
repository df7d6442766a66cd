// A workflow step on a realisation (submit, verify, return, undo) arriving as a mutation: checked
// with the domain's state machine, then written like any field edit (status, reviewNote), so it is in
// the change log and audit trail and every device pulls it. Refusals come before any write
// (realisation-mutation.ts, push-batch.ts).
import type { Mutation } from '../../../api/sync';
import type { RejectionCode } from '../../../api/error-codes';
import { realisationWorkflowSchema, type RealisationStatus } from '../../../domain/realisation';
import { applyWorkflow, type WorkflowAction, type WorkflowRefusal } from '../../../domain/realisation-workflow';
import { checkResubmission } from '../../../domain/resubmission';
import { dataChecksOf, evidenceSeverityFor } from '../../../domain/data-checks';
import type { Tx } from '../../store/connection';
import { assertQuarterOpen } from './period-guard';
import { invalidFields, Rejection } from '../rejection';
import { applyRealisationMutation, writeFields } from './realisation-mutation';
import { isPemdaRealisation } from './pemda-realisation';
import type { Applied, WriteContext } from '../sync/write-context';

const actionFor: Record<Exclude<RealisationStatus, 'draft'>, WorkflowAction> = { submitted: 'submit', verified: 'verify', returned: 'return' };

const codeFor: Record<WorkflowRefusal, RejectionCode> = {
  otherTenant: 'not_found',
  otherUnit: 'other_unit',
  role: 'forbidden',
  status: 'wrong_status',
  notFilled: 'not_filled',
  noteRequired: 'note_required',
  stale: 'stale_review',
};

/** The pemda refuses submissions without bukti dukung (data-checks.ts, evidenceMissing: refuse). */
async function assertEvidenceIfRequired(tx: Tx, row: { id: string; tenantId: string; indicatorId: string }, held: { status: RealisationStatus; rev: number }): Promise<void> {
  const tenant = await tx.getTenant(row.tenantId);
  if (!tenant) return;
  const indicator = await tx.getIndicator(row.indicatorId);
  // The PK's "bukti dukung wajib" on the indicator, else the pemda's general rule.
  if (evidenceSeverityFor(indicator ?? {}, dataChecksOf(tenant.settings).severity.evidenceMissing) !== 'refuse') return;
  if (!(await tx.realisationHasEvidence(row.id))) throw new Rejection('evidence_required', held);
}

async function applyWorkflowMutation(tx: Tx, wc: WriteContext, mutation: Mutation): Promise<Applied> {
  if (mutation.op === 'delete') throw new Rejection('forbidden', { op: 'delete' });
  const parsed = realisationWorkflowSchema.safeParse(mutation.fields);
  if (!parsed.success) throw invalidFields(parsed.error);
  // A row this device created may have been folded into the server's row of the same key.
  const row = (await tx.getRealisation(mutation.recordId))
    ?? (await tx.findFoldedRecord(wc.deviceId, mutation.recordId).then((id) => (id ? tx.getRealisation(id) : null)));
  if (!row || row.deleted || row.tenantId !== wc.actor.tenantId) throw new Rejection('not_found');
  // Undo names the status it goes back to (submitted) and says so; nothing else carries the flag.
  if (parsed.data.undo && parsed.data.status !== 'submitted') {
    throw new Rejection('invalid', { issues: [{ path: ['undo'], message: 'undo goes back to submitted' }] });
  }
  const action: WorkflowAction = parsed.data.undo ? 'undo' : actionFor[parsed.data.status];
  const step = applyWorkflow(wc.actor, { ...row, pemda: await isPemdaRealisation(tx, row) }, { action, baseRev: mutation.baseRev, note: parsed.data.reviewNote ?? null });
  // Every refusal names the status the server holds, so the device can show it again.
  const held = { status: row.status, rev: row.rev };
  if (!step.allowed) throw new Rejection(codeFor[step.reason], held);
  // A reply answers a return; only the head's submission carries one.
  if (action !== 'submit' && parsed.data.reply !== undefined) {
    throw new Rejection('invalid', { issues: [{ path: ['reply'], message: 'only a submission carries a reply' }] });
  }
  // Returned and unchanged since (an edit moves it to draft): it goes back only with a reply.
  const resubmission = checkResubmission(row, parsed.data.reply);
  if (action === 'submit' && !resubmission.allowed) throw new Rejection('reply_required', held);
  // The window closes input, including the head's submission; review happens after it closes,
  // and a decision is final then: undo only while the window is open.
  if (action === 'submit' || action === 'undo') {
    await assertQuarterOpen(tx, row, wc.now).catch((error: unknown) => {
      throw error instanceof Rejection ? new Rejection(error.code, { ...(error.details as object), ...held }) : error;
    });
  }
  if (action === 'submit') await assertEvidenceIfRequired(tx, row, held);
  const reply = action === 'submit' && resubmission.allowed ? resubmission.reply : null;
  const rev = await writeFields(tx, wc, row, { status: step.status, reviewNote: step.reviewNote }, reply === null ? {} : { unitReply: reply });
  return { status: 'applied', recordId: row.id, rev };
}

/** Every realisation mutation: a workflow step on an existing entry, or an edit of its values. */
export function applyRealisationChange(tx: Tx, wc: WriteContext, mutation: Mutation): Promise<Applied> {
  return 'status' in mutation.fields ? applyWorkflowMutation(tx, wc, mutation) : applyRealisationMutation(tx, wc, mutation);
}
