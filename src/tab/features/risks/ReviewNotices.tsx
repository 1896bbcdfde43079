/** The notices on a risk page: review overdue or due, never reviewed, acceptance expired, rescore. */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Action, DateOnly, Risk } from '../../../domain/model';
import {
  acceptanceExpired,
  rescoreRequested,
  reviewDue,
  reviewOverdue,
} from '../../../domain/reviewDates';
import { useMessages } from '../../i18n/messages';
import { depthMessages } from './depthMessages';

/** Props of ReviewNotices. */
export interface ReviewNoticesProps {
  risk: Risk;
  actions: readonly Action[];
  today: DateOnly;
}

/** Shows one warning per reason to review the risk. */
export function ReviewNotices({ risk, actions, today }: ReviewNoticesProps) {
  const d = useMessages(depthMessages);
  const notices: string[] = [];
  if (risk.nextReview === undefined) notices.push(d('reviewNever'));
  else if (reviewOverdue(risk, today)) notices.push(d('reviewOverdue', { date: risk.nextReview }));
  else if (reviewDue(risk, today)) notices.push(d('reviewDueToday'));
  if (acceptanceExpired(risk, today)) {
    notices.push(d('acceptanceExpired', { date: risk.acceptance?.until ?? '' }));
  }
  if (rescoreRequested(risk, actions)) notices.push(d('rescoreAsked'));
  return (
    <>
      {notices.map((notice) => (
        <MessageBar key={notice} intent="warning">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
