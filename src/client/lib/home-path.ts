import { hasTenantWideScope } from '../../domain/permissions';
import type { Actor } from '../../domain/user';

/** Where an actor's home is: tenant-wide roles pick a unit first, from the units list. */
export function homePathOf(actor: Actor): '/' | '/units' {
  return hasTenantWideScope(actor) ? '/units' : '/';
}
