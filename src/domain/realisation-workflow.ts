// The realisation workflow as a state machine (domain.md, "Roles and workflow"):
//   draft ─submit→ submitted ─verify→ verified
//   returned ─submit↗          └return (note required)→ returned
//   verified / returned ─undo→ submitted (the evaluator takes a decision back; the server allows
//   it only while the quarter's window is open, workflow-mutation.ts)
// The unit edits only in draft and returned (permissions.ts canEditRealisation). The server
// applies these rules to every transition it receives; the device uses them to offer only what
// would be accepted. Pure and zod-free.
import type { Actor } from './user';
import type { RealisationStatus } from './realisation-status';
import { canReview, canSubmitForUnit, type Denial, type Scoped } from './permissions';

export type WorkflowAction = 'submit' | 'verify' | 'return' | 'undo';

export type WorkflowRefusal =
  | Denial
  /** submit: an entry without a value cannot be submitted (the checklist lists it first). */
  | 'notFilled'
  /** return: the evaluator must say why. */
  | 'noteRequired'
  /** verify/return/undo: the unit changed the entry after the evaluator saw it. */
  | 'stale';

export type Transition =
  | { allowed: true; status: RealisationStatus; reviewNote: string | null }
  | { allowed: false; reason: WorkflowRefusal };

export interface WorkflowEntry extends Scoped {
  status: RealisationStatus;
  value: number | null;
  /** The entry's current rev (server order number). */
  rev: number;
  reviewNote: string | null;
  /** An entry of an IKU of the pemda's own PK (permissions.ts canEditRealisation). */
  pemda?: boolean;
}

export interface WorkflowRequest {
  action: WorkflowAction;
  /** The rev of the entry the reviewer looked at; verify and return are refused when it moved on. */
  baseRev: number | null;
  note?: string | null;
}

const from: Record<WorkflowAction, readonly RealisationStatus[]> = {
  submit: ['draft', 'returned'],
  verify: ['submitted'],
  return: ['submitted'],
  undo: ['verified', 'returned'],
};

const to: Record<WorkflowAction, RealisationStatus> = { submit: 'submitted', verify: 'verified', return: 'returned', undo: 'submitted' };

const refuse = (reason: WorkflowRefusal): Transition => ({ allowed: false, reason });

export function applyWorkflow(actor: Actor, entry: WorkflowEntry, request: WorkflowRequest): Transition {
  const { action } = request;
  // The pemda's own IKU figures are Bappeda's measurement, entered by who keeps the plan: no unit
  // submits them and no evaluator reviews them.
  if (entry.pemda === true) return refuse('role');
  const permission = action === 'submit' ? canSubmitForUnit(actor, entry) : canReview(actor, entry);
  if (!permission.allowed) return refuse(permission.reason);
  if (!from[action].includes(entry.status)) return refuse('status');
  if (action === 'submit') {
    if (entry.value === null) return refuse('notFilled');
    // The returned note stays visible until the evaluator decides again.
    return { allowed: true, status: to.submit, reviewNote: entry.reviewNote };
  }
  if (request.baseRev === null || request.baseRev < entry.rev) return refuse('stale');
  // Undone, the entry waits for a decision again; the note stays as the earlier one.
  if (action === 'undo') return { allowed: true, status: to.undo, reviewNote: entry.reviewNote };
  if (action === 'return') {
    const note = request.note?.trim() ?? '';
    if (note === '') return refuse('noteRequired');
    return { allowed: true, status: to.return, reviewNote: note };
  }
  return { allowed: true, status: to.verify, reviewNote: request.note?.trim() || null };
}

/** The actions this actor may take on the entry now, for the screens (the server re-checks). */
export function availableActions(actor: Actor, entry: WorkflowEntry): WorkflowAction[] {
  const probe = (action: WorkflowAction) =>
    applyWorkflow(actor, entry, { action, baseRev: entry.rev, note: action === 'return' ? 'x' : null }).allowed;
  return (['submit', 'verify', 'return', 'undo'] as const).filter(probe);
}
