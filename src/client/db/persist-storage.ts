// Asks the browser once to keep this origin's data (IndexedDB holds unsent work).
const askedKey = 'pantau-kinerja.persist-asked';

export async function requestPersistentStorage(): Promise<boolean> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return false;
  try {
    if (await storage.persisted()) return true;
    if (localStorage.getItem(askedKey)) return false;
    localStorage.setItem(askedKey, new Date().toISOString());
    return await storage.persist();
  } catch {
    return false; // not granted or not allowed here; the settings page shows the state
  }
}

export interface StorageStatus {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

export async function getStorageStatus(): Promise<StorageStatus> {
  const storage = globalThis.navigator?.storage;
  const estimate = storage?.estimate ? await storage.estimate().catch(() => null) : null;
  const persisted = storage?.persisted ? await storage.persisted().catch(() => null) : null;
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted };
}
