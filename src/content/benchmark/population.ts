/** The population of the benchmark: the 144 besturen that bijlage 1 of the report describes. */
import type { LocalizedText } from '../model';

/** One plain statement of the benchmark's population, shown once beside every comparison. */
export const BENCHMARK_POPULATION: LocalizedText = {
  nl: 'De vergelijking gebruikt de antwoorden van 144 Vlaamse lokale besturen die Audit Vlaanderen van november 2021 tot januari 2022 online bevraagde. Het waren besturen die in oktober 2021 nog geen ICT-veiligheidsaudit hadden besteld. Gemiddeld waren ze iets kleiner dan alle 300 lokale besturen van het Vlaamse Gewest.',
  en: 'The comparison uses the answers of 144 Flemish local governments that Audit Vlaanderen surveyed online from November 2021 to January 2022. They were local governments that had not yet ordered an ICT security audit in October 2021. On average they were slightly smaller than all 300 local governments of the Flemish Region.',
};

/** Number of besturen behind every benchmark figure. */
export const BENCHMARK_SIZE = 144;
