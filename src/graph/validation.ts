/** Input the Graph layer rejects before any request, with a message in both UI languages. */

/** Dutch and English text for a validation message. */
export interface ValidationMessage {
  nl: string;
  en: string;
}

/** The rule a rejected value broke. */
export type ValidationReason = 'tooLong' | 'invalidDate';

/** A value rejected before any request, such as a title over SharePoint's and Planner's limit. */
export class GraphValidationError extends Error {
  override readonly name = 'GraphValidationError';
  readonly field: string;
  readonly reason: ValidationReason;
  /** Limit in characters, for `tooLong`. */
  readonly maxLength: number | undefined;
  /** Length in characters of the rejected value, for `tooLong`. */
  readonly actualLength: number | undefined;
  readonly messages: ValidationMessage;

  private constructor(
    field: string,
    reason: ValidationReason,
    messages: ValidationMessage,
    lengths: { maxLength?: number; actualLength?: number } = {},
  ) {
    super(`${field}: ${messages.en}`);
    this.field = field;
    this.reason = reason;
    this.messages = messages;
    this.maxLength = lengths.maxLength;
    this.actualLength = lengths.actualLength;
  }

  /** Rejects a text longer than `maxLength` characters. */
  static tooLong(field: string, maxLength: number, actualLength: number): GraphValidationError {
    const subject =
      field === 'title' ? { nl: 'De titel', en: 'The title' } : { nl: 'De tekst', en: 'The text' };
    const messages = {
      nl: `${subject.nl} is ${actualLength} tekens lang, maar het maximum is ${maxLength}. Maak hem korter.`,
      en: `${subject.en} is ${actualLength} characters long, but the maximum is ${maxLength}. Shorten it.`,
    };
    return new GraphValidationError(field, 'tooLong', messages, { maxLength, actualLength });
  }

  /** Rejects a date that is not a calendar date in the form YYYY-MM-DD. */
  static invalidDate(field: string, value: string): GraphValidationError {
    const excerpt = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    const messages = {
      nl: `De datum "${excerpt}" is ongeldig. Kies een datum in de kalender.`,
      en: `The date "${excerpt}" is invalid. Pick a date in the calendar.`,
    };
    return new GraphValidationError(field, 'invalidDate', messages);
  }
}
