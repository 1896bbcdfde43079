import '../fakes/tabSetup';
import { waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GraphRequestError } from '../../../../src/graph/errors';
import {
  autoRetryDelay,
  MAX_AUTO_RETRIES,
} from '../../../../src/tab/features/questionnaire/autoRetry';
import { createMemoryStore } from '../fakes/memoryStore';
import { question, renderQuestionnaire, textField } from './renderQuestionnaire';

// Retry-After of 0.05 s keeps the waits short with real timers, which userEvent needs.
function unavailable(retryAfterMs = 50): GraphRequestError {
  return new GraphRequestError({
    status: 503,
    code: 'serviceNotAvailable',
    message: 'busy',
    retryAfterMs,
  });
}

describe('autoRetryDelay', () => {
  it('uses the Retry-After of a throttled response', () => {
    const throttled = new GraphRequestError({
      status: 429,
      code: 'tooManyRequests',
      message: 'slow down',
      retryAfterMs: 7_000,
    });

    expect(autoRetryDelay(throttled, 1)).toBe(7_000);
  });

  it('doubles its own wait without Retry-After', () => {
    const error = new GraphRequestError({ status: 504, code: 'gatewayTimeout', message: 'late' });

    expect(autoRetryDelay(error, 1)).toBe(2_000);
    expect(autoRetryDelay(error, 2)).toBe(4_000);
  });

  it('stops after the last automatic retry', () => {
    expect(autoRetryDelay(unavailable(), MAX_AUTO_RETRIES)).toBe(50);
    expect(autoRetryDelay(unavailable(), MAX_AUTO_RETRIES + 1)).toBeUndefined();
  });

  it('leaves other failures to the user', () => {
    const denied = new GraphRequestError({ status: 403, code: 'accessDenied', message: 'no' });

    expect(autoRetryDelay(denied, 1)).toBeUndefined();
    expect(autoRetryDelay(new TypeError('Failed to fetch'), 1)).toBeUndefined();
  });
});

describe('Zelfevaluatie automatic retry', { timeout: 20_000 }, () => {
  it('saves the answer after Microsoft 365 was busy', async () => {
    const store = createMemoryStore();
    store.answers.failNext('create', unavailable(1_500));
    const { user } = await renderQuestionnaire(store);

    await user.click(within(question(7)).getByRole('radio', { name: /^Ja/ }));

    expect(
      await within(question(7)).findByText(/Opnieuw proberen over [12] s…/),
    ).toBeInTheDocument();
    expect(await within(question(7)).findByText('Bewaard', {}, { timeout: 3_000 })).toBeVisible();
    expect(store.answers.items.get('round-first:q7')?.value.kind).toBe('single');
  });

  it('asks the user after the automatic retries fail', async () => {
    const store = createMemoryStore();
    for (let i = 0; i <= MAX_AUTO_RETRIES; i += 1) store.answers.failNext('create', unavailable());
    const { user } = await renderQuestionnaire(store);

    await user.type(textField(1), 'Gemeente Zoersel');
    await user.tab();

    const alert = await within(question(1)).findByRole('alert', {}, { timeout: 3_000 });
    expect(alert).toHaveTextContent('Niet bewaard. Microsoft 365 is even druk.');
    expect(alert).not.toHaveTextContent(/automatisch/);
    expect(textField(1)).toHaveValue('Gemeente Zoersel');
    expect(store.answers.items.has('round-first:q1')).toBe(false);

    await user.click(within(question(1)).getByRole('button', { name: 'Opnieuw proberen' }));
    await waitFor(() => expect(store.answers.items.has('round-first:q1')).toBe(true));
  });

  it('never saves an older value after a newer one', async () => {
    const store = createMemoryStore();
    store.answers.failNext('create', unavailable(300));
    const { user } = await renderQuestionnaire(store);

    await user.type(textField(1), 'Zoersel');
    await user.tab();
    await within(question(1)).findByText(/Opnieuw proberen over/);
    await user.type(textField(1), ' en Malle');
    await user.tab();

    await within(question(1)).findByText('Bewaard');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(store.answers.items.get('round-first:q1')?.value).toEqual({
      kind: 'text',
      text: 'Zoersel en Malle',
    });
  });
});
