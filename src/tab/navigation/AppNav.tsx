/** The tab's navigation: a main tab list, and a second one for the two Toetsing pages. */
import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useMessages } from '../i18n/messages';
import { shellMessages } from '../shell/shellMessages';
import { routes, type RouteId, type RouteLabelKey } from './routes';

const useNavStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // In the Teams side panel (320 px) the tabs wrap onto more lines, so none is off screen.
  tabs: { flexWrap: 'wrap' },
});

/** Props of the navigation. */
export interface AppNavProps {
  current: RouteId;
  onNavigate(id: RouteId): void;
}

type TopId = Exclude<RouteId, 'review/comparison' | 'review/findings'> | 'review';

function topOf(id: RouteId): TopId {
  return id.startsWith('review/') ? 'review' : (id as TopId);
}

// The main tab list follows the route order, with one Toetsing tab at the position of its first page.
function topTabs(): { value: TopId; label: RouteLabelKey | 'navReview' }[] {
  const tabs: { value: TopId; label: RouteLabelKey | 'navReview' }[] = [];
  for (const route of routes) {
    if (!route.group) tabs.push({ value: topOf(route.id), label: route.label });
    else if (!tabs.some((tab) => tab.value === 'review'))
      tabs.push({ value: 'review', label: 'navReview' });
  }
  return tabs;
}

/** Renders the main and the Toetsing tab lists; arrow keys move between tabs. */
export function AppNav({ current, onNavigate }: AppNavProps) {
  const t = useMessages(shellMessages);
  const styles = useNavStyles();
  const top = topOf(current);
  const review = routes.filter((route) => route.group === 'review');

  const selectTop = (id: TopId) => onNavigate(id === 'review' ? 'review/comparison' : id);

  return (
    <nav aria-label={t('navLabel')} className={styles.root}>
      <TabList
        className={styles.tabs}
        selectedValue={top}
        onTabSelect={(_, data) => selectTop(data.value as TopId)}
      >
        {topTabs().map((tab) => (
          <Tab key={tab.value} value={tab.value}>
            {t(tab.label)}
          </Tab>
        ))}
      </TabList>
      {top === 'review' && (
        <TabList
          className={styles.tabs}
          size="small"
          aria-label={t('navReview')}
          selectedValue={current}
          onTabSelect={(_, data) => onNavigate(data.value as RouteId)}
        >
          {review.map((route) => (
            <Tab key={route.id} value={route.id}>
              {t(route.label)}
            </Tab>
          ))}
        </TabList>
      )}
    </nav>
  );
}
