import { describe, expect, it } from 'vitest';

import { questionBenchmarks } from '../../../src/content/benchmark';
import { buildingBlocks } from '../../../src/content/buildingBlocks';
import { credit } from '../../../src/content/credit';
import { riskDomains } from '../../../src/content/domains';
import { findingRules, questionsWithoutRule } from '../../../src/content/findingRules';
import { ictTypes } from '../../../src/content/ictTypes';
import { startingControls } from '../../../src/content/measures';
import { moscowClasses } from '../../../src/content/moscow';
import { questionnaireParts, questions } from '../../../src/content/questionnaire';
import { riskAnalysisConditions } from '../../../src/content/riskAnalysisConditions';
import { riskCatalogue } from '../../../src/content/riskCatalogue';

function collectStrings(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (Array.isArray(value)) value.forEach((item) => collectStrings(item, found));
  else if (value && typeof value === 'object') {
    Object.values(value).forEach((item) => collectStrings(item, found));
  }
  return found;
}

const content = {
  questions,
  questionnaireParts,
  riskDomains,
  startingControls,
  questionBenchmarks,
  buildingBlocks,
  moscowClasses,
  riskCatalogue,
  riskAnalysisConditions,
  credit,
  findingRules,
  questionsWithoutRule,
  ictTypes,
};

const texts = collectStrings(content);

// Words the PDF extraction ran together; the report writes them with a hyphen or a space elsewhere.
const runTogether = ['ICTgebeuren', 'ICTdienst', 'ICTbeheer', 'lokaalbestuur'];

describe('content text', () => {
  it('contains text to check', () => {
    expect(texts.length).toBeGreaterThan(300);
  });

  it.each(runTogether)('has no run-together word %s', (word) => {
    expect(texts.filter((text) => text.includes(word))).toEqual([]);
  });

  it('has no hyphen left by a line break', () => {
    // An elision hyphen before "en" or "of" ("applicatie- en") is Dutch spelling, not an artefact.
    const broken = texts.filter((text) => /\p{L}- (?!en |of )/u.test(text));
    expect(broken).toEqual([]);
  });

  it('has no double spaces or line breaks', () => {
    expect(texts.filter((text) => / {2}|\n/.test(text))).toEqual([]);
  });

  it('has no stray list numbering', () => {
    expect(texts.filter((text) => /^\d+\.\s/.test(text))).toEqual([]);
  });

  it('has no space before punctuation', () => {
    // The report's own ellipsis (", ...") is kept, so a space before three dots is allowed.
    expect(texts.filter((text) => / [,;:)]| \.(?!\.\.)/.test(text))).toEqual([]);
  });
});
