import { describe, expect, it } from 'vitest';
import { GraphRequestError, GraphValidationError } from '../../../../src/graph';
import { describeError } from '../../../../src/tab/shell/errors';

function graphError(status: number, code = '') {
  return new GraphRequestError({ status, code, message: `status ${status}` });
}

describe('describeError', () => {
  it.each([
    [403, /geen toegang/],
    [412, /Iemand anders heeft dit intussen gewijzigd/],
    [429, /even druk.*over een ogenblik opnieuw/],
    [503, /even druk/],
    [0, /geen verbinding/],
    [401, /aanmelding is verlopen/],
    [404, /bestaat niet meer/],
    [500, /status 500/],
  ])('status %i gets its own Dutch sentence', (status, expected) => {
    expect(describeError(graphError(status), 'nl')).toMatch(expected);
  });

  it('fetch failure reads as offline', () => {
    expect(describeError(new TypeError('Failed to fetch'), 'nl')).toMatch(/geen verbinding/);
  });

  it('validation error uses its own text', () => {
    const error = GraphValidationError.tooLong('title', 255, 300);

    expect(describeError(error, 'nl')).toBe(error.messages.nl);
    expect(describeError(error, 'en')).toBe(error.messages.en);
  });

  it('English locale gets English', () => {
    expect(describeError(graphError(403), 'en')).toMatch(/no access/);
  });

  it('unknown value names what went wrong', () => {
    expect(describeError('kapot', 'nl')).toMatch(/kapot/);
  });
});
