/** Turns a risk of the catalogue of bijlage 6 into a new draft for the register. */
import type { CatalogueRisk, LocalizedText } from '../../../content/model';
import { pickText, type Locale } from '../../i18n/messages';
import { newRiskDraft, type RiskDraft } from './riskDraft';

/** One heading of the catalogue with its risks, in the report's order. */
export interface CatalogueGroup {
  heading: LocalizedText;
  risks: CatalogueRisk[];
}

/** Groups the catalogue by its headings, keeping the report's order of both. */
export function groupCatalogue(catalogue: readonly CatalogueRisk[]): CatalogueGroup[] {
  const groups: CatalogueGroup[] = [];
  for (const risk of catalogue) {
    const last = groups.at(-1);
    if (last && last.heading.nl === risk.group.nl) last.risks.push(risk);
    else groups.push({ heading: risk.group, risks: [risk] });
  }
  return groups;
}

/**
 * Starts a draft from a catalogue risk. The catalogue's items are short ("technisch"), so the title
 * puts the heading in front. The draft keeps the catalogue id as `originRef`.
 */
export function draftFromCatalogue(risk: CatalogueRisk, locale: Locale): RiskDraft {
  return newRiskDraft({
    title: `${pickText(risk.group, locale)}: ${pickText(risk.title, locale)}`,
    domain: risk.domain,
    origin: 'catalogue',
    originRef: risk.id,
  });
}
