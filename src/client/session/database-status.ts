// Whether the active user's database still belongs to this page (db/schema-watch.ts): forms read
// it to stop saving into a database a newer build took over.
import { createContext, useContext } from 'react';

export type DatabaseStatus = 'ok' | 'blocked' | 'replaced';

export const DatabaseStatusContext = createContext<DatabaseStatus>('ok');

export function useDatabaseStatus(): DatabaseStatus {
  return useContext(DatabaseStatusContext);
}
