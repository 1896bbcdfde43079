/** Renders a component inside Fluent, a locale and a session on the memory store. */
import './tabSetup';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { LocaleContext, type Locale } from '../../../../src/tab/i18n/messages';
import { SessionContext } from '../../../../src/tab/shell/StoreContext';
import { createMemoryStore, people, type MemoryStore } from './memoryStore';

/** Renders `ui` with a session; returns the store for assertions. */
export function renderWithSession(
  ui: ReactElement,
  options: { store?: MemoryStore; locale?: Locale } = {},
) {
  const store = options.store ?? createMemoryStore();
  const session = { store, me: people.an, members: Object.values(people), localMode: true };
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <LocaleContext.Provider value={options.locale ?? 'nl'}>
        <SessionContext.Provider value={session}>{ui}</SessionContext.Provider>
      </LocaleContext.Provider>
    </FluentProvider>,
  );
  return { ...result, store };
}
