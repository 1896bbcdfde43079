/** A compact way to write the steps of chapter 3 per type and building block. */
import type { BuildingBlockId, IctTypeId, MoscowClass, TypeStep } from '../model';

/** One step as written in the type files: number, Dutch, English, suggested class, and extras. */
export interface StepEntry {
  number: number;
  nl: string;
  en: string;
  moscow: MoscowClass;
  details?: { nl: string; en: string }[];
  /** The second branch of an either/or ("OF") step shares the first branch's number. */
  alternative?: 'a' | 'b';
}

/** Turns the entries of one building block of one type into typed steps with stable ids. */
export function stepsFor(
  type: IctTypeId,
  block: BuildingBlockId,
  entries: StepEntry[],
): TypeStep[] {
  return entries.map((entry) => {
    const base = `${type}-${block}-${entry.number}`;
    const step: TypeStep = {
      id: entry.alternative ? `${base}${entry.alternative}` : base,
      buildingBlock: block,
      number: entry.number,
      text: entry.nl,
      en: entry.en,
      suggestedMoscow: entry.moscow,
    };
    if (entry.alternative) step.choiceGroup = base;
    if (entry.details) {
      step.details = entry.details.map((detail) => detail.nl);
      step.detailsEn = entry.details.map((detail) => detail.en);
    }
    return step;
  });
}
