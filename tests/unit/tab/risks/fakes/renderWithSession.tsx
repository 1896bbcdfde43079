/** Renders a feature page inside the providers the shell gives it: theme, locale and session. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { RisicoradarStore } from '../../../../../src/graph/store';
import { LocaleContext } from '../../../../../src/tab/i18n/messages';
import { SessionContext } from '../../../../../src/tab/shell/StoreContext';
import { MEMBERS } from './memoryStore';

/** Renders `ui` with the Dutch locale and a session on `store`. */
export function renderWithSession(ui: ReactElement, store: RisicoradarStore) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LocaleContext.Provider value="nl">
        <SessionContext.Provider
          value={{ store, me: MEMBERS[0]!, members: MEMBERS, localMode: true }}
        >
          {ui}
        </SessionContext.Provider>
      </LocaleContext.Provider>
    </FluentProvider>,
  );
}
