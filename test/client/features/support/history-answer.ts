// The entry's history as the server answers it, at the network boundary (fetch): the screen's own
// request code and the contract's schema read it as they would a real answer.
import { afterEach, vi } from 'vitest';
import { cleanup } from '@testing-library/react';
import type { HistoryResponse } from '../../../../src/api/history';

/** Call at the top of a test file: each test's stubbed answer is removed after it. */
export function useHistoryAnswer(): (response: HistoryResponse) => void {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });
  return (response) => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(response), { status: 200, headers: { 'content-type': 'application/json' } })));
  };
}

/** Text without the isolates (FSI…PDI) the screen puts around user values. */
export const withoutIsolates = (text: string | null | undefined) => (text ?? '').replace(/[\u2066-\u2069]/g, '');
