// Which screen an app start opens, and so which data to read before it renders
// (db/first-screen.ts). Mirrors routes.tsx for the screens a start lands on: home (an operator's
// or head's own PK), the units list (tenant-wide roles' home) and one unit's PK.
import { periodOf } from '../../domain/period';
import type { Actor } from '../../domain/user';
import type { FirstScreen } from '../db/first-screen';
import { homePathOf } from '../lib/home-path';

/** `timeZone` is the pemda's: the year a screen opens on is its year. */
export function firstScreenOf(pathname: string, actor: Actor, timeZone: string, now = new Date()): FirstScreen | null {
  const year = periodOf(now, timeZone).year;
  if (pathname === '/units') return { kind: 'units' };
  if (pathname === '/' && homePathOf(actor) === '/') return { kind: 'agreement', orgUnitId: actor.orgUnitId, year };
  const unit = /^\/units\/([^/]+)$/.exec(pathname);
  return unit?.[1] ? { kind: 'agreement', orgUnitId: decodeURIComponent(unit[1]), year } : null;
}
