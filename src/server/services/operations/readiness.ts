// Readiness for a load balancer or orchestrator: this instance can serve only when its database
// answers and its evidence store (disk or S3) answers. Liveness is /api/health, which touches
// neither, so a slow database takes an instance out of rotation without getting it restarted.
import type { BlobStorage } from '../evidence/blob-storage';
import type { ServiceContext } from '../context';

export type CheckResult = 'ok' | 'failed' | 'timeout';
export interface Readiness { ready: boolean; database: CheckResult; files: CheckResult }

/** A file name that is never stored (not a sha256 of anything we keep): asking for it is a pure round trip. */
const probeName = '0'.repeat(64);

async function check(work: () => Promise<unknown>, timeoutMs: number): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<CheckResult>((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs); });
  try {
    return await Promise.race([work().then((): CheckResult => 'ok', (): CheckResult => 'failed'), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function checkReadiness(ctx: ServiceContext, storage: BlobStorage, timeoutMs = 3000): Promise<Readiness> {
  const [database, files] = await Promise.all([
    check(() => ctx.store.hasAnyTenant(), timeoutMs),
    check(() => storage.has(probeName), timeoutMs),
  ]);
  return { ready: database === 'ok' && files === 'ok', database, files };
}
