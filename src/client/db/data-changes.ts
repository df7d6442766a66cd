// Any write to this origin's databases, from this tab and (Dexie tells them over a
// BroadcastChannel) from other open tabs and the service worker.
import Dexie, { type ObservabilitySet } from 'dexie';
import { draftDatabasePrefix } from './draft-names';

// Parts are named `idb://<database>/<table>/<index>`: a form's draft as the user types (form-drafts.ts)
// is not a change of the device's data, nor is the sync's bookkeeping in the meta table (last sync
// time, clock skew), written by every cycle of the page and of the service worker.
const draftPart = `idb://${draftDatabasePrefix}`;

/**
 * Whether a write changed anything: Dexie also reports writes that matched no key (a cleanup
 * that found nothing to delete runs on every sync cycle), as empty key ranges (`{ d: 0 }`).
 */
function changedSomething(parts: ObservabilitySet): boolean {
  return Object.entries(parts).some(([part, range]) => range !== undefined && 'from' in range && !part.startsWith(draftPart) && !part.includes('/meta/'));
}

/** Calls `listener` after every write that changed a row; returns the unsubscribe. */
export function onDeviceDataChanged(listener: () => void): () => void {
  const handler = (parts: ObservabilitySet) => {
    if (changedSomething(parts)) listener();
  };
  Dexie.on('storagemutated', handler);
  return () => Dexie.on.storagemutated.unsubscribe(handler);
}
