// A query on a database closed under the page (a newer build took it over, db/schema-watch.ts)
// throws from useLiveQuery during render; without this boundary React would unmount everything and
// leave a blank page. The notice above explains and keeps any unsaved text; other errors pass on.
import { Component, type ReactNode } from 'react';
import { isDatabaseClosedError } from '../db/schema-watch';

export class DatabaseClosedBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    if (isDatabaseClosedError(error)) return null;
    throw error; // not ours: on to the next boundary, as without this one
  }
}
