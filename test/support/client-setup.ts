// Client tests: a real IndexedDB (fake-indexeddb) under Dexie, and a clean DOM after each test.
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => {
  cleanup();
});
