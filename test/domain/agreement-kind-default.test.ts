import { describe, expect, it } from 'vitest';
import { defaultAgreementKind } from '../../src/domain/agreement-kind-default';

describe('the PK level a new PK starts with', () => {
  it.each([
    ['kecamatan', 'camat'],
    ['opd', 'jpt'],
    ['setda', 'jpt'],
    ['bidang', 'administrator'],
    ['uptd', 'administrator'],
    [null, 'jpt'],
    [undefined, 'jpt'],
  ] as const)('%s → %s', (type, kind) => {
    expect(defaultAgreementKind(type)).toBe(kind);
  });
});
