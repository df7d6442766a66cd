// An entry's history tells its evidence story too (issue 15): a file attached, its caption changed,
// a file removed — who, when, from which device — and not another entry's files.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyResponseSchema, realisationHistoryPath } from '../../../../src/api/history';
import { attachmentPath } from '../../../../src/api/routes';
import type { Mutation } from '../../../../src/api/sync';
import { jpegBytes, sha256Hex } from '../../../support/evidence-bytes';
import { createTestServer, csrf, loginAs, pushOk, realisationMutation as rm, type TestServer } from '../../../support/server-app';

let server: TestServer;
const cookies = new Map<string, string>();
const device = randomUUID();
let seq = 0;
beforeAll(async () => {
  server = await createTestServer();
  for (const username of ['operator.a', 'kepala.a', 'evaluator', 'pimpinan', 'admin', 'operator.b', 'operator.x']) {
    cookies.set(username, await loginAs(server.app, username));
  }
});
afterAll(async () => { await server.cleanup(); });

const cookie = (username: string) => cookies.get(username) ?? '';

async function pushOne(mutation: Omit<Mutation, 'seq'>): Promise<void> {
  seq += 1;
  const response = await pushOk(server.app, cookie('operator.a'), device, [{ ...mutation, seq }]);
  expect(response.results[0]?.status).toBe('applied');
}

async function upload(bytes: Uint8Array): Promise<string> {
  const sha256 = sha256Hex(bytes);
  const response = await server.app.inject({
    method: 'PUT', url: attachmentPath(sha256), payload: Buffer.from(bytes),
    headers: { cookie: cookie('operator.a'), ...csrf, 'content-type': 'image/jpeg' },
  });
  expect(response.statusCode).toBeLessThan(300);
  return sha256;
}

const evidence = (recordId: string, fields: Record<string, unknown>, op: Mutation['op'] = 'upsert'): Omit<Mutation, 'seq'> =>
  ({ id: randomUUID(), entity: 'evidence', recordId, op, fields, baseRev: null, clientTime: new Date().toISOString() });

async function attach(realisationId: string, fileName: string, caption: string): Promise<string> {
  const bytes = jpegBytes(2048);
  const sha256 = await upload(bytes);
  const id = randomUUID();
  await pushOne(evidence(id, {
    realisationId, sha256, mimeType: 'image/jpeg', size: bytes.length, caption, takenAt: null, latitude: null, longitude: null, fileName,
  }));
  return id;
}

async function entry(quarter: number): Promise<string> {
  const id = randomUUID();
  await pushOne(rm(0, id, { indicatorId: server.world.indicators.count.id, quarter, value: 7 }));
  return id;
}

const history = (username: string, id: string) =>
  server.app.inject({ method: 'GET', url: realisationHistoryPath(id), headers: { cookie: cookie(username) } });

describe('evidence in an entry’s history', () => {
  it('lists attach, caption change and removal in order, with who and which device, for every reader', async () => {
    const id = await entry(1);
    const other = await entry(2);
    const photo = await attach(id, 'rapat.jpg', 'Rapat koordinasi');
    await attach(other, 'lain.jpg', 'Milik isian lain');
    await pushOne(evidence(photo, { caption: 'Rapat koordinasi TW I' }));
    await pushOne(evidence(photo, { caption: 'Rapat koordinasi TW I' })); // no change: not a history line
    const scan = await attach(id, 'notulen.jpg', '');
    await pushOne(evidence(scan, {}, 'delete'));

    for (const username of ['operator.a', 'kepala.a', 'evaluator', 'pimpinan', 'admin']) {
      const response = await history(username, id);
      expect(response.statusCode, username).toBe(200);
      const { entries } = historyResponseSchema.parse(response.json());
      const lines = entries.filter((e) => e.evidence);
      expect(lines.map((e) => e.evidence), username).toEqual([
        { id: photo, change: 'added', fileName: 'rapat.jpg', captionBefore: null, caption: 'Rapat koordinasi' },
        { id: photo, change: 'caption', fileName: 'rapat.jpg', captionBefore: 'Rapat koordinasi', caption: 'Rapat koordinasi TW I' },
        { id: scan, change: 'added', fileName: 'notulen.jpg', captionBefore: null, caption: '' },
        { id: scan, change: 'removed', fileName: 'notulen.jpg', captionBefore: null, caption: '' },
      ]);
      expect(lines.every((e) => e.username === 'operator.a' && e.deviceId === device && e.fields.length === 0)).toBe(true);
      // In the order things happened, after the entry's own creation.
      expect(entries.map((e) => e.rev)).toEqual([...entries.map((e) => e.rev)].sort((a, b) => a - b));
      expect(entries[0]?.evidence).toBeUndefined();
      expect(response.body).not.toContain('Milik isian lain');
    }
    for (const username of ['operator.b', 'operator.x']) {
      const response = await history(username, id);
      expect(response.statusCode, username).toBe(404);
      expect(response.body).not.toContain('rapat.jpg');
    }
  });
});
