import { describe, expect, it } from 'vitest';
import { applyWorkflow, availableActions, type WorkflowAction, type WorkflowEntry } from '../../src/domain/realisation-workflow';
import { realisationStatuses, type RealisationStatus } from '../../src/domain/realisation-status';
import type { Actor } from '../../src/domain/user';
import type { Role } from '../../src/domain/role';

const tenant = '00000000-0000-4000-8000-000000000001';
const unit = '00000000-0000-4000-8000-0000000000a1';
const actor = (role: Role, orgUnitId = unit, tenantId = tenant): Actor => ({ id: '00000000-0000-4000-8000-0000000000f1', tenantId, orgUnitId, role });
const entry = (status: RealisationStatus, patch: Partial<WorkflowEntry> = {}): WorkflowEntry => ({
  tenantId: tenant, orgUnitId: unit, status, value: 12, rev: 40, reviewNote: null, ...patch,
});

// Every action × status × role: the only allowed cells are the arrows of the state machine.
const allowed: Record<WorkflowAction, { roles: Role[]; from: RealisationStatus[]; to: RealisationStatus }> = {
  submit: { roles: ['head'], from: ['draft', 'returned'], to: 'submitted' },
  verify: { roles: ['evaluator'], from: ['submitted'], to: 'verified' },
  return: { roles: ['evaluator'], from: ['submitted'], to: 'returned' },
  undo: { roles: ['evaluator'], from: ['verified', 'returned'], to: 'submitted' },
};
const roles: Role[] = ['operator', 'head', 'evaluator', 'leader', 'admin'];
const table = (['submit', 'verify', 'return', 'undo'] as const).flatMap((action) =>
  realisationStatuses.flatMap((status) => roles.map((role) => [action, status, role] as const)));

describe('applyWorkflow: every transition by every role', () => {
  it.each(table)('%s from %s as %s', (action, status, role) => {
    const result = applyWorkflow(actor(role), entry(status), { action, baseRev: 40, note: 'Data dukung kurang lengkap' });
    const rule = allowed[action];
    if (!rule.roles.includes(role)) expect(result).toEqual({ allowed: false, reason: 'role' });
    else if (!rule.from.includes(status)) expect(result).toEqual({ allowed: false, reason: 'status' });
    else expect(result).toMatchObject({ allowed: true, status: rule.to });
  });
});

describe('applyWorkflow: the other refusals', () => {
  it('keeps units and tenants apart', () => {
    const otherUnit = '00000000-0000-4000-8000-0000000000a2';
    const otherTenant = '00000000-0000-4000-8000-000000000002';
    expect(applyWorkflow(actor('head', otherUnit), entry('draft'), { action: 'submit', baseRev: 40 })).toEqual({ allowed: false, reason: 'otherUnit' });
    expect(applyWorkflow(actor('head', unit, otherTenant), entry('draft'), { action: 'submit', baseRev: 40 })).toEqual({ allowed: false, reason: 'otherTenant' });
    // An evaluator reviews every unit of the tenant, not another tenant.
    expect(applyWorkflow(actor('evaluator', otherUnit), entry('submitted'), { action: 'verify', baseRev: 40 }).allowed).toBe(true);
    expect(applyWorkflow(actor('evaluator', unit, otherTenant), entry('submitted'), { action: 'verify', baseRev: 40 })).toEqual({ allowed: false, reason: 'otherTenant' });
  });

  it("takes no step on an entry of the pemda's own IKU, whoever asks (Bappeda's own measurement)", () => {
    for (const action of ['submit', 'verify', 'return', 'undo'] as const) {
      for (const status of realisationStatuses) {
        for (const role of roles) {
          const who = { ...actor(role), planner: true };
          expect(applyWorkflow(who, entry(status, { pemda: true }), { action, baseRev: 40, note: 'x' })).toEqual({ allowed: false, reason: 'role' });
        }
      }
    }
  });

  it('refuses to submit an entry without a value, but 0 is a value', () => {
    expect(applyWorkflow(actor('head'), entry('draft', { value: null }), { action: 'submit', baseRev: null })).toEqual({ allowed: false, reason: 'notFilled' });
    expect(applyWorkflow(actor('head'), entry('draft', { value: 0 }), { action: 'submit', baseRev: null }).allowed).toBe(true);
  });

  it('requires a note to return, trimmed, and stores it', () => {
    for (const note of [undefined, null, '', '   ']) {
      expect(applyWorkflow(actor('evaluator'), entry('submitted'), { action: 'return', baseRev: 40, note })).toEqual({ allowed: false, reason: 'noteRequired' });
    }
    expect(applyWorkflow(actor('evaluator'), entry('submitted'), { action: 'return', baseRev: 40, note: '  Lampirkan bukti. ' }))
      .toEqual({ allowed: true, status: 'returned', reviewNote: 'Lampirkan bukti.' });
  });

  it('refuses a review of an entry the unit changed after the evaluator saw it', () => {
    for (const action of ['verify', 'return', 'undo'] as const) {
      const status = action === 'undo' ? 'verified' : 'submitted';
      expect(applyWorkflow(actor('evaluator'), entry(status, { rev: 41 }), { action, baseRev: 40, note: 'x' })).toEqual({ allowed: false, reason: 'stale' });
      expect(applyWorkflow(actor('evaluator'), entry(status), { action, baseRev: null, note: 'x' })).toEqual({ allowed: false, reason: 'stale' });
    }
  });

  it('keeps the returned note on resubmission and clears it on verification without a note', () => {
    const returned = entry('returned', { reviewNote: 'Lampirkan bukti.' });
    expect(applyWorkflow(actor('head'), returned, { action: 'submit', baseRev: 40 })).toEqual({ allowed: true, status: 'submitted', reviewNote: 'Lampirkan bukti.' });
    expect(applyWorkflow(actor('evaluator'), entry('submitted', { reviewNote: 'lama' }), { action: 'verify', baseRev: 40 }))
      .toEqual({ allowed: true, status: 'verified', reviewNote: null });
  });
});

describe('applyWorkflow: undo', () => {
  it('takes a decision back to submitted, keeps the note, and is the evaluator\'s of that tenant only', () => {
    const returned = entry('returned', { reviewNote: 'Lampirkan bukti.' });
    expect(applyWorkflow(actor('evaluator'), returned, { action: 'undo', baseRev: 40 })).toEqual({ allowed: true, status: 'submitted', reviewNote: 'Lampirkan bukti.' });
    expect(applyWorkflow(actor('evaluator', '00000000-0000-4000-8000-0000000000a2'), entry('verified'), { action: 'undo', baseRev: 40 }).allowed).toBe(true);
    expect(applyWorkflow(actor('evaluator', unit, '00000000-0000-4000-8000-000000000002'), entry('verified'), { action: 'undo', baseRev: 40 }))
      .toEqual({ allowed: false, reason: 'otherTenant' });
  });
});

describe('availableActions', () => {
  it.each<[Role, RealisationStatus, WorkflowAction[]]>([
    ['operator', 'draft', []],
    ['head', 'draft', ['submit']],
    ['head', 'returned', ['submit']],
    ['head', 'submitted', []],
    ['evaluator', 'submitted', ['verify', 'return']],
    ['evaluator', 'verified', ['undo']],
    ['evaluator', 'returned', ['undo']],
    ['evaluator', 'draft', []],
    ['head', 'verified', []],
    ['leader', 'submitted', []],
    ['admin', 'submitted', []],
  ])('%s on %s: %j', (role, status, actions) => {
    expect(availableActions(actor(role), entry(status))).toEqual(actions);
  });
});
