/** Display texts of a control: its level, its title in the UI's language, and who is responsible. */
import { startingControls } from '../../../content/measures';
import { measureLevels } from '../../../content/questionsControls';
import type { Control } from '../../../domain/model';
import { pickText, type Locale } from '../../i18n/messages';

/** Returns the question 16 label of a level key, or undefined for an absent or unknown key. */
export function levelLabel(level: string | undefined, locale: Locale): string | undefined {
  const option = measureLevels.find((candidate) => candidate.key === level);
  return option && pickText(option.label, locale);
}

/**
 * Returns the title to show. While a measure's control keeps the stored Dutch wording, it shows
 * the measure in the UI's language. A title the team changed is shown as typed.
 */
export function controlTitle(control: Control, locale: Locale): string {
  const measure = startingControls.find((candidate) => candidate.key === control.measureKey);
  if (measure && control.title === measure.label.nl) return pickText(measure.label, locale);
  return control.title;
}
