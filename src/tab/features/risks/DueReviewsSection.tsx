/** A start-page section: the risks that ask for a review, with the reasons and the risk owner. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useId, useState } from 'react';
import type { Action, DateOnly, Risk } from '../../../domain/model';
import {
  dueReviews,
  reviewActions,
  type DueReview,
  type ReviewReason,
} from '../../../domain/reviewDates';
import { MAX_TITLE_LENGTH } from '../../../graph/schema';
import type { Repository } from '../../../graph/store';
import { useLocale, useMessages } from '../../i18n/messages';
import { useNavigate } from '../../navigation/NavigationContext';
import { formatDate, toDateOnly } from '../../shell/dates';
import { useSession } from '../../shell/StoreContext';
import { depthMessages, type DepthMessageKey } from './depthMessages';
import { riskMessages } from './messages';

const useSectionStyles = makeStyles({
  root: {
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
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  button: { alignSelf: 'start' },
});

const REASON_KEYS: Record<ReviewReason, DepthMessageKey> = {
  due: 'dueReasonDue',
  never: 'dueReasonNever',
  acceptanceExpired: 'dueReasonAcceptanceExpired',
  actionsDone: 'dueReasonActionsDone',
};

// NOTE: a generated title past 255 characters is shortened with an ellipsis, because the risk's
// own title may already use up to 255 of them and Planner rejects longer titles.
function fitTitle(title: string): string {
  return title.length <= MAX_TITLE_LENGTH ? title : `${title.slice(0, MAX_TITLE_LENGTH - 1)}…`;
}

/** Stores one action per dated review, so the next Planner push gives the owner a task. */
async function createReviewActions(
  repository: Repository<Action>,
  due: readonly DueReview[],
  actions: readonly Action[],
  titleOf: (risk: Risk) => string,
): Promise<void> {
  // Creates are idempotent by key, so a second member opening the tab at once adds nothing.
  for (const action of reviewActions(due, actions, titleOf)) await repository.create(action);
}

/** Props of DueReviewsSection. */
export interface DueReviewsSectionProps {
  /** Today's date; tests pin it. */
  today?: DateOnly;
}

/**
 * Reads risks and actions when the tab opens, lists the reviews due and stores their review
 * actions; renders nothing when reading fails.
 */
export function DueReviewsSection({ today = toDateOnly(new Date()) }: DueReviewsSectionProps) {
  const d = useMessages(depthMessages);
  const t = useMessages(riskMessages);
  const locale = useLocale();
  const styles = useSectionStyles();
  const navigate = useNavigate();
  const titleId = useId();
  const { store } = useSession();
  const [due, setDue] = useState<DueReview[]>();
  const titleOf = useCallback(
    (risk: Risk) => fitTitle(d('reviewTaskTitle', { title: risk.title })),
    [d],
  );

  useEffect(() => {
    let current = true;
    void (async () => {
      try {
        const [risks, actions] = await Promise.all([store.risks.list(), store.actions.list()]);
        const found = dueReviews(risks, actions, today);
        if (current) setDue(found);
        await createReviewActions(store.actions, found, actions, titleOf);
      } catch (error) {
        console.error('[risks] reading the due reviews or creating their actions failed', error);
      }
    })();
    return () => {
      current = false;
    };
  }, [store, today, titleOf]);

  if (!due) return null;

  const reasons = (review: DueReview) =>
    review.reasons
      .map((reason) => d(REASON_KEYS[reason], { date: formatDate(review.dueDate, locale) }))
      .join(', ');

  return (
    <section aria-labelledby={titleId} className={styles.root}>
      <h2 id={titleId} className={styles.heading}>
        {d('dueTitle')}
      </h2>
      <p className={styles.text}>{due.length === 0 ? d('dueNone') : d('dueIntro')}</p>
      {due.length > 0 && (
        <ul className={styles.list}>
          {due.map((review) => (
            <li key={review.risk.key}>
              {review.risk.title}: {reasons(review)} (
              {d('dueOwner', { owner: review.risk.riskOwner?.displayName ?? t('noOwner') })})
            </li>
          ))}
        </ul>
      )}
      <Button className={styles.button} onClick={() => navigate('risks')}>
        {d('openRegister')}
      </Button>
    </section>
  );
}
