/** The credit line for the report's wording, which the UI shows wherever it quotes the report. */
import type { LocalizedText } from './model';

/** Credits the questionnaire, figures, building blocks, types, steps and catalogue to Audit Vlaanderen. */
export const credit: LocalizedText = {
  nl: 'Vragenlijst, cijfers, bouwstenen, types met hun stappen en de risicocatalogus komen uit het inspiratierapport bij de thema-audit "Beheer van ICT-risico’s bij lokale besturen" van Audit Vlaanderen. De formulering ervan is die van Audit Vlaanderen.',
  en: 'The questionnaire, figures, building blocks, types with their steps and the risk catalogue come from Audit Vlaanderen’s inspiration report for the thematic audit "Beheer van ICT-risico’s bij lokale besturen" (management of ICT risks at local governments). Their Dutch wording is Audit Vlaanderen’s.',
};
