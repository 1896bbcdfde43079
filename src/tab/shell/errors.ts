/** Turns the Graph layer's typed error (status, code) into a sentence: what happened and what to do. */
import { defineMessages, translate, type Locale } from '../i18n/messages';

const errorMessages = defineMessages(
  {
    forbidden:
      'Je hebt geen toegang tot deze gegevens. Vraag de eigenaar van het team om je als lid toe te voegen.',
    unauthorized: 'Je aanmelding is verlopen. Laad de pagina opnieuw om je opnieuw aan te melden.',
    notFound:
      'Dit onderdeel bestaat niet meer; iemand heeft het misschien verwijderd. Laad de pagina opnieuw.',
    conflict:
      'Iemand anders heeft dit intussen gewijzigd. Bekijk de nieuwe waarde en kies welke je wilt bewaren.',
    busy: 'Microsoft 365 is even druk. Probeer het over een ogenblik opnieuw.',
    offline:
      'Er is geen verbinding met Microsoft 365. Controleer je netwerkverbinding en probeer het opnieuw.',
    invalid: 'Microsoft 365 heeft de wijziging geweigerd omdat een waarde ongeldig is ({detail}).',
    tooLong: 'De tekst is te lang voor Microsoft 365. Maak hem korter en probeer het opnieuw.',
    server:
      'Microsoft 365 meldt een fout (status {status}). Probeer het over enkele minuten opnieuw.',
    unknown: 'Er ging iets mis: {detail}. Probeer het opnieuw of laad de pagina opnieuw.',
  },
  {
    forbidden: 'You have no access to this data. Ask the team’s owner to add you as a member.',
    unauthorized: 'Your sign-in has expired. Reload the page to sign in again.',
    notFound: 'This item no longer exists; someone may have deleted it. Reload the page.',
    conflict:
      'Someone else changed this in the meantime. Look at the new value and choose which one to keep.',
    busy: 'Microsoft 365 is busy. Try again in a moment.',
    offline:
      'There is no connection to Microsoft 365. Check your network connection and try again.',
    invalid: 'Microsoft 365 rejected the change because a value is invalid ({detail}).',
    tooLong: 'The text is too long for Microsoft 365. Shorten it and try again.',
    server: 'Microsoft 365 reports an error (status {status}). Try again in a few minutes.',
    unknown: 'Something went wrong: {detail}. Try again or reload the page.',
  },
);

/** The fields of the Graph layer's error that the UI reads; any thrown value may carry them. */
export interface ErrorLike {
  status?: number;
  code?: string;
  message?: string;
}

/** Reads status, code and message from any thrown value without trusting its shape. */
export function readError(error: unknown): ErrorLike {
  if (typeof error !== 'object' || error === null) return { message: String(error) };
  const record = error as Record<string, unknown>;
  return {
    status: typeof record.status === 'number' ? record.status : undefined,
    code: typeof record.code === 'string' ? record.code : undefined,
    message: typeof record.message === 'string' ? record.message : undefined,
  };
}

/** True for a rejected ETag (If-Match) write: someone else saved the item first. */
export function isConflict(error: unknown): boolean {
  return readError(error).status === 412;
}

function isNetworkFailure({ status, code, message }: ErrorLike): boolean {
  // fetch rejects with a TypeError ("Failed to fetch") when the connection fails; the Graph layer
  // may pass that on as status 0 or with a network code.
  if (status === 0) return true;
  if (code && /network|offline|timeout/i.test(code)) return true;
  return !status && !!message && /failed to fetch|network|load failed/i.test(message);
}

// The Graph layer rejects over-long input before any request and carries its own nl and en text.
function validationText(error: unknown): { nl: string; en: string } | undefined {
  const messages = (error as { messages?: { nl?: unknown; en?: unknown } } | null)?.messages;
  if (typeof messages?.nl !== 'string' || typeof messages.en !== 'string') return undefined;
  return { nl: messages.nl, en: messages.en };
}

/** Describes a failure in the user's language: what happened and what the user can do next. */
export function describeError(error: unknown, locale: Locale): string {
  const validation = validationText(error);
  if (validation) return validation[locale];
  const info = readError(error);
  const say = (key: keyof typeof errorMessages.nl, params?: Record<string, string | number>) =>
    translate(errorMessages, locale, key, params);

  if (isNetworkFailure(info)) return say('offline');
  switch (info.status) {
    case 401:
      return say('unauthorized');
    case 403:
      return say('forbidden');
    case 404:
      return say('notFound');
    case 409:
    case 412:
      return say('conflict');
    case 413:
      return say('tooLong');
    case 400:
      return say('invalid', { detail: info.code ?? info.message ?? '400' });
    case 429:
    case 503:
    case 504:
      return say('busy');
  }
  if (info.status && info.status >= 500) return say('server', { status: info.status });
  return say('unknown', { detail: info.message ?? info.code ?? String(error) });
}
