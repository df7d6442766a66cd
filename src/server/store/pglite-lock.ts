// One process per PGlite data directory. PGlite runs Postgres inside the process and has no
// postmaster to refuse a second opener (its postmaster.pid always says -42 and stays behind after a
// crash), so two processes on one directory would both write it and corrupt it. Whoever opens it
// (the server, `npm run admin`) first creates `<dataDir>/pglite.lock` holding its pid; a lock whose
// process is gone (killed server) is taken over.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirInUseError extends Error {
  constructor(readonly lockFile: string, readonly pid: number) {
    super(
      `The embedded database in ${join(lockFile, '..')} is in use by process ${pid} (a running server?). ` +
        'PGlite is single-process: stop the server first, then run this again. ' +
        `If no such process runs, delete ${lockFile}.`,
    );
    this.name = 'DataDirInUseError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0 only checks that the process exists
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user, so it is alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the directory's lock or throws DataDirInUseError; the returned function releases it. */
export function lockDataDir(dataDir: string): () => void {
  const lockFile = join(dataDir, 'pglite.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      // 'wx' fails when the file exists: creating it is the atomic test-and-set.
      writeFileSync(lockFile, `${process.pid}\n`, { flag: 'wx' });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(lockFile, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let pid: number;
    try {
      pid = Number(readFileSync(lockFile, 'utf8').trim());
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue; // released meanwhile
      throw error;
    }
    // The same process opening a directory twice would corrupt it just the same.
    if (Number.isInteger(pid) && pid > 0 && alive(pid)) throw new DataDirInUseError(lockFile, pid);
    rmSync(lockFile, { force: true }); // stale: its process ended without closing
  }
  throw new Error(`Could not take the lock ${lockFile}`);
}
