// Client tests: a real IndexedDB (fake-indexeddb) under Dexie, and a clean DOM after each test.
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// findBy*/waitFor give up after 1 s by default; with two workers and the real server on two
// cores a first render can take longer, and a timeout then looks like a missing element.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
