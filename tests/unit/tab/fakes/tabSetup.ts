/** Set-up every tab test imports first: unmount between tests, and stub browser APIs jsdom lacks. */
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

// Fluent's MessageBar and overflow measure themselves with ResizeObserver.
if (!('ResizeObserver' in globalThis)) {
  Object.assign(globalThis, { ResizeObserver: ResizeObserverStub });
}

// The tab's pages are large for jsdom and the test machine may be busy, so allow async queries
// more than Testing Library's default one second.
configure({ asyncUtilTimeout: 5000 });
