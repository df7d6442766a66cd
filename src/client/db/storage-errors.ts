// A full disk must become a message the user can act on (style.md: Excalidraw's LocalData).
export class StorageFullError extends Error {
  constructor(cause?: unknown) {
    super('Penyimpanan perangkat penuh: data tidak tersimpan.', { cause });
    this.name = 'StorageFullError';
  }
}

/** True for QuotaExceededError, also when Dexie wraps it (Dexie.QuotaExceededError, `.inner`). */
export function isQuotaExceeded(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    if (typeof current !== 'object') return false;
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError') return true;
    current = inner ?? cause;
  }
  return false;
}

/** Runs a write; a quota failure becomes StorageFullError (the transaction already rolled back). */
export async function guardStorage<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaExceeded(error)) throw new StorageFullError(error);
    throw error;
  }
}
