// What a sync cycle runs, gathered for the engine's one on-demand import (sync-engine.ts).
export { runSyncCycle } from './sync-cycle';
export { hasOutboxEntries, releaseSending } from '../db/push-ack';
