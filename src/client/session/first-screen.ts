// Which screen an app start opens, and so which data to read before it renders
// (db/first-screen.ts). Mirrors routes.tsx for the screens a start lands on: home (an operator's
// or head's own PK), the units list (tenant-wide roles' home) and one unit's PK.
import { periodOf } from '../../domain/period';
import type { Actor } from '../../domain/user';
import type { FirstScreen } from '../db/first-screen';
import { homePathOf } from '../home-path';

export function firstScreenOf(pathname: string, actor: Actor, now = new Date()): FirstScreen | null {
  const year = periodOf(now).year;
  if (pathname === '/units') return { kind: 'units' };
  if (pathname === '/' && homePathOf(actor) === '/') return { kind: 'agreement', orgUnitId: actor.orgUnitId, year };
  const unit = /^\/units\/([^/]+)$/.exec(pathname);
  return unit?.[1] ? { kind: 'agreement', orgUnitId: decodeURIComponent(unit[1]), year } : null;
}
