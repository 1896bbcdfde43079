/** The route registry: every page of the tab, its navigation label and its component. */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { MissingPage } from './MissingPage';

/** The ids of the tab's pages; 'review/*' pages sit under Toetsing. */
export type RouteId =
  | 'start'
  | 'questionnaire'
  | 'review/comparison'
  | 'review/findings'
  | 'type'
  | 'risks'
  | 'governance'
  | 'controls'
  | 'actions';

/** The shell catalogue key of a route's label. */
export type RouteLabelKey =
  | 'navStart'
  | 'navQuestionnaire'
  | 'navComparison'
  | 'navFindings'
  | 'navType'
  | 'navRisks'
  | 'navGovernance'
  | 'navControls'
  | 'navActions';

/** One page: its id, label, and the component that renders it. */
export interface RouteDefinition {
  id: RouteId;
  label: RouteLabelKey;
  /** Set for the pages under Toetsing. */
  group?: 'review';
  /** True when the page renders its own h1; the shell gives the others one from the label. */
  ownHeading?: boolean;
  Page: ComponentType | LazyExoticComponent<ComponentType>;
}

type PageModule = Record<string, unknown>;

// Globs keep the tab buildable while a feature's page file is absent, and a notice takes its place.
const featurePages = import.meta.glob<PageModule>([
  '../features/types/TypePage.tsx',
  '../features/risks/RisksPage.tsx',
  '../features/governance/GovernancePage.tsx',
  '../features/controls/ControlsPage.tsx',
  '../features/actions/ActionsPage.tsx',
]);

/** Loads a feature page lazily by path and export name (a default export also works). */
export function lazyFeaturePage(path: string, exportName: string) {
  return lazy(async () => {
    const load = featurePages[path];
    const module = load ? await load() : undefined;
    const Page = (module?.[exportName] ?? module?.default) as ComponentType | undefined;
    return { default: Page ?? MissingPage };
  });
}

const StartPage = lazy(() =>
  import('../features/start/StartPage').then((m) => ({ default: m.StartPage })),
);
const QuestionnairePage = lazy(() =>
  import('../features/questionnaire/QuestionnairePage').then((m) => ({
    default: m.QuestionnairePage,
  })),
);
const ComparisonPage = lazy(() =>
  import('../features/benchmark/ComparisonPage').then((m) => ({ default: m.ComparisonPage })),
);
const FindingsPage = lazy(() =>
  import('../features/findings/FindingsPage').then((m) => ({ default: m.FindingsPage })),
);

/** All routes in navigation order. */
export const routes: readonly RouteDefinition[] = [
  { id: 'start', label: 'navStart', ownHeading: true, Page: StartPage },
  { id: 'questionnaire', label: 'navQuestionnaire', ownHeading: true, Page: QuestionnairePage },
  {
    id: 'review/comparison',
    label: 'navComparison',
    group: 'review',
    ownHeading: true,
    Page: ComparisonPage,
  },
  {
    id: 'review/findings',
    label: 'navFindings',
    group: 'review',
    ownHeading: true,
    Page: FindingsPage,
  },
  {
    id: 'type',
    label: 'navType',
    Page: lazyFeaturePage('../features/types/TypePage.tsx', 'TypePage'),
  },
  {
    id: 'risks',
    label: 'navRisks',
    Page: lazyFeaturePage('../features/risks/RisksPage.tsx', 'RisksPage'),
  },
  {
    id: 'governance',
    label: 'navGovernance',
    ownHeading: true,
    Page: lazyFeaturePage('../features/governance/GovernancePage.tsx', 'GovernancePage'),
  },
  {
    id: 'controls',
    label: 'navControls',
    ownHeading: true,
    Page: lazyFeaturePage('../features/controls/ControlsPage.tsx', 'ControlsPage'),
  },
  {
    id: 'actions',
    label: 'navActions',
    Page: lazyFeaturePage('../features/actions/ActionsPage.tsx', 'ActionsPage'),
  },
];

/** Finds a route by id; unknown ids fall back to the start page. */
export function findRoute(id: string): RouteDefinition {
  return routes.find((route) => route.id === id) ?? routes[0]!;
}
