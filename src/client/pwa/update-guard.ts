// When a waiting service worker may take over (design.md, "Updates"): only on the user's word,
// and never over a form with unsaved edits or in the middle of a sync, whose work a reload would cut.
import type { SyncState } from '../sync/sync-engine';

export function isUpdateBlocked(state: { hasUnsavedEdits: boolean; phase: SyncState['phase'] }): boolean {
  return state.hasUnsavedEdits || state.phase === 'syncing';
}
