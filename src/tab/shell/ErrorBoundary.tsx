/** Catches a render failure and shows a translated screen instead of a blank tab. */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { defineMessages, LocaleContext, translate, type Locale } from '../i18n/messages';
import { describeError } from './errors';

const boundaryMessages = defineMessages(
  {
    title: 'Dit onderdeel van Risicoradar is vastgelopen',
    reload: 'Pagina opnieuw laden',
  },
  {
    title: 'This part of Risicoradar stopped working',
    reload: 'Reload page',
  },
);

interface ErrorBoundaryProps {
  children: ReactNode;
}

interface ErrorBoundaryState {
  error?: unknown;
}

/** An error boundary with a Dutch (or English) screen and a reload button. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  static override contextType = LocaleContext;
  declare context: Locale;
  override state: ErrorBoundaryState = {};

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('[shell] render failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === undefined) return this.props.children;
    const locale = this.context;
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{translate(boundaryMessages, locale, 'title')}</MessageBarTitle>
          {describeError(this.state.error, locale)}
          <div>
            <Button onClick={() => window.location.reload()}>
              {translate(boundaryMessages, locale, 'reload')}
            </Button>
          </div>
        </MessageBarBody>
      </MessageBar>
    );
  }
}
