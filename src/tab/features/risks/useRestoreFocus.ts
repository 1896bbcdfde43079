/** Gives focus back to where it was when a dialog opened, once the dialog is unmounted. */
import { useEffect, useState } from 'react';

/**
 * Remembers the focused element on first render and focuses it again on unmount. These dialogs
 * are unmounted rather than closed, and in Chromium focus then fell back to the page's body.
 */
export function useRestoreFocus(): void {
  // Read during the first render, because the dialog moves focus inside in its own effects,
  // which run before this component's effects.
  const [previous] = useState(() => document.activeElement);
  useEffect(() => {
    return () => {
      // A zero delay lets the dialog's own clean-up finish first, so it cannot move focus again.
      setTimeout(() => {
        // A dialog opened in its place (the catalogue opens the editor) keeps the focus it took.
        if (document.activeElement?.closest('[role="dialog"], [role="alertdialog"]')) return;
        if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
      }, 0);
    };
  }, [previous]);
}
