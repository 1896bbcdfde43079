/** The start page: progress of the self-assessment, the register and the plan, and reminders. */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useLocale, useMessages } from '../../i18n/messages';
import { useNavigate } from '../../navigation/NavigationContext';
import type { RouteId } from '../../navigation/routes';
import { formatDate } from '../../shell/dates';
import { describeError } from '../../shell/errors';
import { startMessages } from './messages';
import type { Overview } from './overview';
import { ExpirySection } from '../governance/ExpirySection';
import { DueReviewsSection } from '../risks/DueReviewsSection';
import { ReminderList } from './ReminderList';
import { useOverview } from './useOverview';

const useStartStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  cards: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500 },
  text: { margin: 0 },
  action: { marginTop: 'auto', alignSelf: 'start' },
});

/** Renders the overview once it is loaded. */
export function StartPage() {
  const t = useMessages(startMessages);
  const locale = useLocale();
  const styles = useStartStyles();
  const result = useOverview();

  return (
    <div className={styles.root}>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {result.state === 'loading' && <Spinner label={t('loading')} />}
      {result.state === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t('loadFailed')} {describeError(result.error, locale)}
          </MessageBarBody>
        </MessageBar>
      )}
      {result.state === 'ready' && (
        <OverviewCards overview={result.overview} roundName={result.roundName} />
      )}
    </div>
  );
}

function Card(props: {
  id: string;
  title: string;
  route: RouteId;
  button: string;
  children: ReactNode;
}) {
  const styles = useStartStyles();
  const navigate = useNavigate();
  return (
    <section aria-labelledby={props.id} className={styles.card}>
      <h2 id={props.id} className={styles.heading}>
        {props.title}
      </h2>
      {props.children}
      <Button className={styles.action} onClick={() => navigate(props.route)}>
        {props.button}
      </Button>
    </section>
  );
}

function OverviewCards({ overview, roundName }: { overview: Overview; roundName: string }) {
  const t = useMessages(startMessages);
  const locale = useLocale();
  const styles = useStartStyles();
  const { plan } = overview;
  const open = plan.mustTotal - plan.mustDone;
  const planText = {
    noTarget: t('noTarget'),
    noMusts: t('noMusts'),
    reached: t('reached'),
    onTrack: t('onTrack'),
    atRisk: t('atRisk', { count: plan.blockingMusts.length }),
    missed: t('missed', { count: open }),
  }[plan.state];

  return (
    <>
      <div className={styles.cards}>
        <Card
          id="start-questionnaire"
          title={t('questionnaire')}
          route="questionnaire"
          button={t('openQuestionnaire')}
        >
          <p className={styles.text}>
            {t('answered', {
              answered: overview.answered,
              total: overview.total,
              round: roundName,
            })}
          </p>
          <ProgressBar
            value={overview.total ? overview.answered / overview.total : 0}
            aria-hidden
          />
          {overview.requiredOpen > 0 && (
            <p className={styles.text}>{t('requiredOpen', { count: overview.requiredOpen })}</p>
          )}
        </Card>
        <Card id="start-risks" title={t('risks')} route="risks" button={t('openRisks')}>
          <p className={styles.text}>
            {t('riskCount', { count: overview.riskCount, open: overview.openRisks })}
          </p>
        </Card>
        <Card id="start-actions" title={t('actions')} route="actions" button={t('openActions')}>
          <p className={styles.text}>
            {t('actionCount', { done: overview.actionsDone, count: overview.actionCount })}
          </p>
          <p className={styles.text}>
            {t('mustProgress', { done: plan.mustDone, total: plan.mustTotal })}
          </p>
          {plan.targetDate && (
            <p className={styles.text}>
              {t('targetDate', { date: formatDate(plan.targetDate, locale) })}
            </p>
          )}
          <p className={styles.text}>{planText}</p>
        </Card>
      </div>
      <section aria-labelledby="start-reminders">
        <h2 id="start-reminders">{t('reminders')}</h2>
        <ReminderList reminders={overview.reminders} />
      </section>
      <ExpirySection />
      <DueReviewsSection />
    </>
  );
}
