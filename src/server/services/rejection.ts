// A mutation refused for a reason the device shows on the entry (api/errors.ts rejectionCodes).
// Thrown inside the mutation's savepoint so whatever it wrote is rolled back with it.
import type { RejectionCode } from '../../api/errors';
import type { Denial } from '../../domain/permissions';
import type { RealisationValueProblem } from '../../domain/realisation';
import type { z } from 'zod';

export class Rejection extends Error {
  constructor(readonly code: RejectionCode, readonly details?: unknown) {
    super(code);
  }
}

const byDenial: Record<Denial, RejectionCode> = {
  otherTenant: 'not_found', // another tenant's data is not admitted to exist
  otherUnit: 'other_unit',
  role: 'forbidden',
  status: 'not_editable',
};
export const rejectionForDenial = (denial: Denial): Rejection => new Rejection(byDenial[denial]);

const byValueProblem: Record<RealisationValueProblem, RejectionCode> = {
  negative: 'negative_value',
  notBinary: 'not_binary',
  notOnScale: 'not_on_scale',
  tooLarge: 'value_too_large',
};
export const rejectionForValue = (problem: RealisationValueProblem): Rejection =>
  new Rejection(byValueProblem[problem], { field: 'value' });

export const invalidFields = (error: z.ZodError): Rejection =>
  new Rejection('invalid', { issues: error.issues.map((i) => ({ path: i.path.map(String), message: i.message })) });

/**
 * A row another device changed since this one last saw it (rev above the mutation's baseRev) is
 * refused, never silently overwritten (design.md, invariant 4); the device's own later edits pass.
 */
export function assertUnchangedElsewhere(deviceId: string, row: { rev: number; deviceId: string | null }, baseRev: number | null): void {
  if (row.rev > (baseRev ?? 0) && row.deviceId !== deviceId) throw new Rejection('changed_elsewhere', { rev: row.rev });
}
