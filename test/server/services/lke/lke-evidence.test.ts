// Bukti dukung on a unit's own LKE answers over sync (issue 20): only the unit's operator and head
// attach, re-caption and remove them, for a criterion of the year's template, while the LKE is
// open, naming a file their own unit uploaded; every other role, unit and tenant is refused with
// its reason. The unit and the evaluator may open the file, another unit may not. A build of the
// older sync protocol never receives the rows; a newer one catches up on them.
import { createHash, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { adminRoutes } from '../../../../src/api/admin';
import { attachmentPath } from '../../../../src/api/routes';
import type { Mutation, MutationResult, PullResponse } from '../../../../src/api/sync';
import { lkeEvidenceSchema, type LkeEvidence } from '../../../../src/domain/lke-evidence';
import { listLkeCriteria, lkeTemplateOf } from '../../../../src/domain/lke-template';
import { csrf, pullQuery, pushOk } from '../../../support/server-app';
import { useSignedInServer } from '../../../support/signed-in-server';

const usernames = ['operator.a', 'kepala.a', 'operator.b', 'kepala.b', 'evaluator', 'pimpinan', 'admin', 'operator.x'] as const;
type Username = (typeof usernames)[number];
const signedIn = useSignedInServer(usernames);
const year = 2026;
const criteria = listLkeCriteria(lkeTemplateOf(year));
const criterionAt = (i: number): string => {
  const criterion = criteria[i];
  if (!criterion) throw new Error(`the default LKE has a criterion ${i}`);
  return criterion.id;
};

const units = () => signedIn.server.world.units;
/** A tiny "JPEG": the magic bytes are all the server reads; the uuid makes each file unique. */
const jpeg = () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(randomUUID().repeat(40))]);
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function upload(username: Username, bytes: Buffer): Promise<string> {
  const response = await signedIn.server.app.inject({
    method: 'PUT', url: attachmentPath(sha(bytes)), payload: bytes,
    headers: { cookie: signedIn.cookie(username), ...csrf, 'content-type': 'image/jpeg' },
  });
  expect(response.statusCode, response.body).toBe(200);
  return sha(bytes);
}

const getFile = (username: Username, hash: string) =>
  signedIn.server.app.inject({ method: 'GET', url: attachmentPath(hash), headers: { cookie: signedIn.cookie(username) } });

const mutation = (recordId: string, fields: Record<string, unknown>, op: Mutation['op'] = 'upsert', baseRev: number | null = null): Mutation => ({
  id: randomUUID(), seq: 1, entity: 'lkeEvidence', recordId, op, fields, baseRev, clientTime: new Date().toISOString(),
});
const attach = (orgUnitId: string, criterionId: string, sha256: string, extra: Record<string, unknown> = {}, recordId: string = randomUUID()) => mutation(recordId, {
  orgUnitId, year, criterionId, sha256, mimeType: 'image/jpeg', size: 1, caption: 'Notulen rapat evaluasi', fileName: 'notulen.jpg', ...extra,
});

/** Each push from a new device: seq 1 is always the next one. */
async function one(username: Username, m: Mutation, device = randomUUID()): Promise<MutationResult> {
  const [result] = (await pushOk(signedIn.server.app, signedIn.cookie(username), device, [m])).results;
  if (!result) throw new Error('no result');
  return result;
}
async function applied(username: Username, m: Mutation): Promise<MutationResult & { rev: number }> {
  const result = await one(username, m);
  expect(result.status, JSON.stringify(result.reason)).toBe('applied');
  if (result.rev === null) throw new Error('nothing written');
  return { ...result, rev: result.rev };
}

const pullAs = (username: Username, query: string, protocol?: number): Promise<PullResponse> =>
  pullQuery(signedIn.server.app, signedIn.cookie(username), query, protocol);
const rowsOf = (page: PullResponse): LkeEvidence[] =>
  (page.kind === 'changes' ? page.changes : []).filter((c) => c.entity === 'lkeEvidence').map((c) => lkeEvidenceSchema.parse(c.row));

describe('LKE evidence files', () => {
  it('are attached by the unit\'s operator and head only, for their own unit and tenant', async () => {
    // Each unit sends the file itself, so only the rule on who may attach decides.
    const bytes = jpeg();
    const hash = await upload('operator.a', bytes);
    await upload('operator.b', bytes);
    await upload('operator.x', bytes);
    const { unitA, unitB, unitX } = units();
    const expected: Record<Username, [string, string, string]> = {
      'operator.a': ['applied', 'other_unit', 'not_found'],
      'kepala.a': ['applied', 'other_unit', 'not_found'],
      'operator.b': ['other_unit', 'applied', 'not_found'],
      'kepala.b': ['other_unit', 'applied', 'not_found'],
      evaluator: ['forbidden', 'forbidden', 'not_found'],
      pimpinan: ['forbidden', 'forbidden', 'not_found'],
      admin: ['forbidden', 'forbidden', 'not_found'],
      'operator.x': ['not_found', 'not_found', 'applied'],
    };
    for (const username of usernames) {
      const outcomes = [];
      for (const unit of [unitA, unitB, unitX]) {
        const result = await one(username, attach(unit.id, criterionAt(0), hash));
        outcomes.push(result.status === 'applied' ? 'applied' : result.reason?.code);
      }
      expect(outcomes, username).toEqual(expected[username]);
    }
    // An unknown unit does not exist either.
    expect((await one('operator.a', attach(randomUUID(), criterionAt(0), hash))).reason?.code).toBe('not_found');
  });

  it('keeps the server\'s reading of the file and refuses what the template or the schema does not allow', async () => {
    const bytes = jpeg();
    const hash = await upload('operator.a', bytes);
    const unit = units().unitA.id;
    const made = await applied('operator.a', attach(unit, criterionAt(1), hash, { mimeType: 'application/pdf', size: 5 }));
    const [row] = rowsOf(await pullAs('evaluator', 'cursor=0&limit=5000')).filter((r) => r.id === made.recordId);
    expect(row).toMatchObject({ orgUnitId: unit, year, criterionId: criterionAt(1), sha256: hash, mimeType: 'image/jpeg', size: bytes.length, fileName: 'notulen.jpg', deleted: false });

    for (const m of [
      attach(unit, 'no-such-criterion', hash),
      attach(unit, criterionAt(1), hash, { takenAt: null }),
      attach(unit, criterionAt(1), hash, { side: 'self' }),
      attach(unit, criterionAt(1), 'ABC'),
      attach(unit, criterionAt(1), hash, { fileName: '' }),
      // The file of a row never changes: another sha on an existing row is refused.
      attach(unit, criterionAt(1), sha(jpeg()), {}, made.recordId),
      mutation(made.recordId, { criterionId: criterionAt(2) }, 'upsert', made.rev),
    ]) {
      expect((await one('operator.a', m)).reason?.code, JSON.stringify(m.fields).slice(0, 90)).toBe('invalid');
    }
    // A removal of a row that never existed names nothing.
    expect((await one('operator.a', mutation(randomUUID(), {}, 'delete'))).reason?.code).toBe('not_found');
  });

  it('needs a file the actor\'s own unit uploaded: an unknown one, or another unit\'s, is attachment_missing', async () => {
    const unknown = sha(jpeg());
    const missing = await one('operator.a', attach(units().unitA.id, criterionAt(2), unknown));
    expect(missing.reason).toMatchObject({ code: 'attachment_missing', details: { sha256: unknown } });
    const unitAsFile = await upload('operator.a', jpeg());
    expect((await one('operator.b', attach(units().unitB.id, criterionAt(2), unitAsFile))).reason?.code).toBe('attachment_missing');
    // The head shares the unit's upload.
    expect((await one('kepala.a', attach(units().unitA.id, criterionAt(2), unitAsFile))).status).toBe('applied');
  });

  it('is re-captioned and removed by the unit\'s operator and head only; a change made elsewhere is never overwritten', async () => {
    const hash = await upload('operator.a', jpeg());
    const made = await applied('operator.a', attach(units().unitA.id, criterionAt(3), hash));
    const refused: Array<[Username, string]> = [
      ['operator.b', 'other_unit'], ['kepala.b', 'other_unit'], ['evaluator', 'forbidden'], ['pimpinan', 'forbidden'], ['admin', 'forbidden'], ['operator.x', 'not_found'],
    ];
    for (const [username, code] of refused) {
      expect((await one(username, mutation(made.recordId, { caption: `dari ${username}` }, 'upsert', made.rev))).reason?.code, username).toBe(code);
      expect((await one(username, mutation(made.recordId, {}, 'delete', made.rev))).reason?.code, username).toBe(code);
    }
    const byHead = await applied('kepala.a', mutation(made.recordId, { caption: 'Notulen (ditandatangani)' }, 'upsert', made.rev));
    // The operator's phone still holds the first rev: its caption would silently replace the head's.
    const stale = await one('operator.a', mutation(made.recordId, { caption: 'Notulen' }, 'upsert', made.rev));
    expect(stale.reason?.code).toBe('changed_elsewhere');
    const byOperator = await applied('operator.a', mutation(made.recordId, { caption: 'Notulen rapat, 3 halaman' }, 'upsert', byHead.rev));
    expect(byOperator.rev).toBeGreaterThan(byHead.rev);
    // The same caption again writes nothing.
    expect((await one('operator.a', mutation(made.recordId, { caption: 'Notulen rapat, 3 halaman' }, 'upsert', byOperator.rev))).rev).toBeNull();

    const removed = await applied('kepala.a', mutation(made.recordId, {}, 'delete', byOperator.rev));
    const again = await one('operator.a', mutation(made.recordId, {}, 'delete', removed.rev));
    expect(again).toMatchObject({ status: 'applied', rev: null });
    expect((await one('operator.a', mutation(made.recordId, { caption: 'x' }, 'upsert', removed.rev))).reason?.code).toBe('not_found');
    const [row] = rowsOf(await pullAs('kepala.a', 'cursor=0&limit=5000')).filter((r) => r.id === made.recordId).slice(-1);
    expect(row).toMatchObject({ deleted: true, caption: 'Notulen rapat, 3 halaman' });
  });

  it('does not change while the LKE is final, and does again once it is reopened', async () => {
    const unit = units().unitB.id;
    const hash = await upload('kepala.b', jpeg());
    const before = await applied('kepala.b', attach(unit, criterionAt(4), hash));
    // The evaluator reviews every criterion, then finalises (the server refuses an unreviewed LKE).
    const device = randomUUID();
    const reviews = criteria.map((c, i): Mutation => ({
      id: randomUUID(), seq: i + 1, entity: 'lkeResponse', recordId: randomUUID(), op: 'upsert', baseRev: null, clientTime: new Date().toISOString(),
      fields: { orgUnitId: unit, year, criterionId: c.id, side: 'review', answer: c.scale === 'yesNo' ? 'ya' : 'B', note: '' },
    }));
    const evaluationId = randomUUID();
    const finalise: Mutation = { ...reviews[0] as Mutation, id: randomUUID(), seq: reviews.length + 1, entity: 'lkeEvaluation', recordId: evaluationId, fields: { orgUnitId: unit, year, status: 'final' } };
    const results = (await pushOk(signedIn.server.app, signedIn.cookie('evaluator'), device, [...reviews, finalise])).results;
    expect(results.every((r) => r.status === 'applied'), JSON.stringify(results.find((r) => r.status !== 'applied'))).toBe(true);
    const final = results.at(-1);

    expect((await one('kepala.b', attach(unit, criterionAt(5), hash))).reason?.code).toBe('lke_final');
    expect((await one('operator.b', mutation(before.recordId, { caption: 'diubah' }, 'upsert', before.rev))).reason?.code).toBe('lke_final');
    expect((await one('operator.b', mutation(before.recordId, {}, 'delete', before.rev))).reason?.code).toBe('lke_final');
    // Another year of the same unit stays open.
    expect((await one('kepala.b', { ...attach(unit, criterionAt(5), hash), fields: { ...attach(unit, criterionAt(5), hash).fields, year: year + 1 } })).status).toBe('applied');

    const reopen: Mutation = { ...finalise, id: randomUUID(), seq: reviews.length + 2, fields: { status: 'open' }, baseRev: final?.rev ?? null };
    expect((await pushOk(signedIn.server.app, signedIn.cookie('evaluator'), device, [reopen])).results[0]?.status).toBe('applied');
    expect((await one('kepala.b', attach(unit, criterionAt(5), hash))).status).toBe('applied');
    expect((await one('operator.b', mutation(before.recordId, {}, 'delete', before.rev))).status).toBe('applied');
  });

  it('lets the unit and tenant-wide readers open the file, never another unit or tenant; nobody once it is removed', async () => {
    const bytes = jpeg();
    const hash = await upload('operator.a', bytes);
    // Before any row names it, not even its uploader's unit may read it back.
    expect((await getFile('kepala.a', hash)).statusCode).toBe(404);
    const made = await applied('operator.a', attach(units().unitA.id, criterionAt(6), hash));
    for (const username of ['operator.a', 'kepala.a', 'evaluator', 'pimpinan'] as const) {
      const response = await getFile(username, hash);
      expect(response.statusCode, username).toBe(200);
      expect(response.rawPayload.equals(bytes), username).toBe(true);
      expect(response.headers['content-type'], username).toContain('image/jpeg');
    }
    for (const username of ['operator.b', 'kepala.b', 'operator.x'] as const) {
      expect((await getFile(username, hash)).statusCode, username).toBe(404);
    }
    await applied('operator.a', mutation(made.recordId, {}, 'delete', made.rev));
    expect((await getFile('evaluator', hash)).statusCode).toBe(404);
  });

  it('reaches the unit and tenant-wide readers, no build of the older protocol, and a newer build catches up on them', async () => {
    const hash = await upload('operator.a', jpeg());
    const live = await applied('operator.a', attach(units().unitA.id, criterionAt(7), hash));
    const gone = await applied('operator.a', attach(units().unitA.id, criterionAt(8), hash));
    await applied('operator.a', mutation(gone.recordId, {}, 'delete', gone.rev));

    for (const username of ['operator.a', 'kepala.a', 'evaluator', 'pimpinan'] as const) {
      const ids = rowsOf(await pullAs(username, 'cursor=0&limit=5000')).map((r) => r.id);
      expect(ids, username).toContain(live.recordId);
      const older = await pullAs(username, 'cursor=0&limit=5000', 1);
      expect(older.kind === 'changes' && older.changes.length > 0, username).toBe(true);
      expect(rowsOf(older), username).toEqual([]);
    }
    expect(rowsOf(await pullAs('operator.b', 'cursor=0&limit=5000')).some((r) => r.orgUnitId === units().unitA.id)).toBe(false);

    // A catch-up: the rows as they are now (live ones only), those the user may read; the cursor stays.
    const page = await pullAs('kepala.a', 'cursor=0&limit=5000');
    if (page.kind !== 'changes') throw new Error('changes expected');
    const caught = await pullAs('kepala.a', `cursor=${page.nextCursor}&limit=10&catchUp=lkeEvidence`);
    expect(caught).toMatchObject({ kind: 'changes', nextCursor: page.nextCursor, hasMore: false });
    const unitRows = rowsOf(caught);
    expect(unitRows.map((r) => r.id)).toContain(live.recordId);
    expect(unitRows.map((r) => r.id)).not.toContain(gone.recordId);
    expect(unitRows.every((r) => r.orgUnitId === units().unitA.id && !r.deleted)).toBe(true);
    const tenantRows = rowsOf(await pullAs('evaluator', 'cursor=0&catchUp=lkeEvidence'));
    expect(new Set(tenantRows.map((r) => r.orgUnitId))).toEqual(new Set([units().unitA.id, units().unitB.id]));
    expect(rowsOf(await pullAs('operator.b', 'cursor=0&catchUp=lkeEvidence')).every((r) => r.orgUnitId === units().unitB.id)).toBe(true);
    expect(rowsOf(await pullAs('operator.x', 'cursor=0&catchUp=lkeEvidence')).map((r) => r.orgUnitId)).toEqual([units().unitX.id]);
  });

  it('is an audit entry naming the unit, year and criterion', async () => {
    const audit = await signedIn.server.app.inject({ method: 'GET', url: `${adminRoutes.audit}?entity=lkeEvidence&pageSize=200`, headers: { cookie: signedIn.cookie('admin') } });
    expect(audit.statusCode, audit.body).toBe(200);
    const entries = (audit.json() as { entries: Array<{ kind: string; subject: string | null }> }).entries;
    const kinds = new Set(entries.map((e) => e.kind));
    expect(kinds).toEqual(new Set(['lkeEvidenceAdded', 'lkeEvidenceChanged', 'lkeEvidenceRemoved']));
    expect(entries.map((e) => e.subject)).toContain(`Dinas A ${year} ${criterionAt(3)}`);
  });
});
