/** The risk page, as a dialog over the register: facts, notices, controls, actions and history. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Action, Control, DateOnly, Risk } from '../../../domain/model';
import { recordReview, type ReviewCycles } from '../../../domain/reviewDates';
import type { RiskRepository } from '../../../graph/store';
import { useMessages } from '../../i18n/messages';
import { saveRecord } from './conflict';
import { depthMessages } from './depthMessages';
import { useHeatMapStyles } from './heatMapStyles';
import { ReviewNotices } from './ReviewNotices';
import { RiskDetailSections } from './RiskDetailSections';
import { RiskHistory } from './RiskHistory';
import { useRestoreFocus } from './useRestoreFocus';

/** Props of RiskDetailDialog. */
export interface RiskDetailDialogProps {
  risk: Risk;
  repository: RiskRepository;
  controls: readonly Control[];
  actions: readonly Action[];
  today: DateOnly;
  cycles: ReviewCycles;
  onSaved: (risk: Risk) => void;
  onEdit: (risk: Risk) => void;
  onClose: () => void;
}

type ReviewState =
  { kind: 'idle' | 'saving' | 'conflict' | 'failed' } | { kind: 'saved'; next: string };

/** Shows one risk; "Herziening opslaan" records a review with If-Match on the risk's ETag. */
export function RiskDetailDialog(props: RiskDetailDialogProps) {
  const { risk, repository, controls, actions, today, cycles, onSaved, onEdit, onClose } = props;
  const d = useMessages(depthMessages);
  const styles = useHeatMapStyles();
  useRestoreFocus();
  const [review, setReview] = useState<ReviewState>({ kind: 'idle' });

  async function saveReview() {
    setReview({ kind: 'saving' });
    const outcome = await saveRecord(repository, recordReview(risk, today, cycles));
    if (outcome.kind === 'saved') {
      setReview({ kind: 'saved', next: outcome.record.nextReview ?? '' });
      onSaved(outcome.record);
    } else if (outcome.kind === 'conflict') {
      setReview({ kind: 'conflict' });
    } else {
      console.error('[risks] saving the review failed', outcome.error);
      setReview({ kind: 'failed' });
    }
  }

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{d('detailTitle', { title: risk.title })}</DialogTitle>
          <DialogContent className={styles.root}>
            <ReviewNotices risk={risk} actions={actions} today={today} />
            {review.kind === 'saved' && (
              <MessageBar intent="success">
                <MessageBarBody>{d('reviewSaved', { date: review.next })}</MessageBarBody>
              </MessageBar>
            )}
            {review.kind === 'conflict' && (
              <MessageBar intent="error">
                <MessageBarBody>{d('reviewConflict')}</MessageBarBody>
              </MessageBar>
            )}
            {review.kind === 'failed' && (
              <MessageBar intent="error">
                <MessageBarBody>{d('reviewFailed')}</MessageBarBody>
              </MessageBar>
            )}
            <RiskDetailSections risk={risk} controls={controls} actions={actions} />
            <section>
              <h3 className={styles.heading}>{d('sectionHistory')}</h3>
              <RiskHistory risk={risk} repository={repository} />
            </section>
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabledFocusable={review.kind === 'saving'}
              onClick={() => void saveReview()}
            >
              {d('recordReview')}
            </Button>
            <Button onClick={() => onEdit(risk)}>{d('edit')}</Button>
            <Button onClick={onClose}>{d('close')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
