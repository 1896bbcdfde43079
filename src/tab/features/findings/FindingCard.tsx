/** One weak point: what it is, the answers behind it, why it matters, and "Als risico toevoegen". */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircle16Regular } from '@fluentui/react-icons';
import { riskDomainById } from '../../../content/domains';
import type { Finding } from '../../../domain/findings';
import { pickText, useLocale, useMessages } from '../../i18n/messages';
import { describeError } from '../../shell/errors';
import { describeEvidence } from './evidenceText';
import { findingsMessages } from './messages';
import type { AddState } from './useFindingRisks';

const useCardStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { marginInlineStart: 0, marginBottom: tokens.spacingVerticalXS },
  added: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

/** Props of FindingCard. */
export interface FindingCardProps {
  finding: Finding;
  inRegister: boolean;
  addState?: AddState;
  onAdd(): void;
}

/** Renders a finding with its evidence and the add button or its result. */
export function FindingCard({ finding, inRegister, addState, onAdd }: FindingCardProps) {
  const t = useMessages(findingsMessages);
  const locale = useLocale();
  const styles = useCardStyles();
  const headingId = `finding-${finding.ruleId}`;
  const title = pickText(finding.finding, locale);
  const domains = finding.domains.map((id) => pickText(riskDomainById(id).name, locale));

  return (
    <article aria-labelledby={headingId} className={styles.card}>
      <h3 id={headingId} className={styles.heading}>
        {title}
      </h3>
      <dl>
        <dt className={styles.term}>{t('basedOn')}</dt>
        <dd className={styles.definition}>
          <ul className={styles.list}>
            {finding.evidence.map((evidence) => (
              <li
                key={`${evidence.questionId}-${evidence.rowKey ?? ''}-${evidence.optionKey ?? ''}`}
              >
                {pickText(describeEvidence(evidence), locale)}
              </li>
            ))}
          </ul>
        </dd>
        <dt className={styles.term}>{t('why')}</dt>
        <dd className={styles.definition}>{pickText(finding.reason, locale)}</dd>
        <dt className={styles.term}>{t('domains')}</dt>
        <dd className={styles.definition}>{domains.length ? domains.join(', ') : t('noDomain')}</dd>
        <dt className={styles.term}>{t('comparison')}</dt>
        <dd className={styles.definition}>{pickText(finding.comparison.sentence, locale)}</dd>
        <dt className={styles.term}>{t('source')}</dt>
        <dd className={styles.definition}>{finding.source.where}</dd>
      </dl>
      <AddControl title={title} inRegister={inRegister} addState={addState} onAdd={onAdd} />
    </article>
  );
}

function AddControl(props: {
  title: string;
  inRegister: boolean;
  addState?: AddState;
  onAdd(): void;
}) {
  const t = useMessages(findingsMessages);
  const locale = useLocale();
  const styles = useCardStyles();
  if (props.inRegister) {
    return (
      <Text className={styles.added} role="status">
        <CheckmarkCircle16Regular aria-hidden /> {t('added')}
      </Text>
    );
  }
  return (
    <div>
      <Button
        appearance="primary"
        aria-label={t('addRiskLabel', { finding: props.title })}
        disabled={props.addState?.state === 'adding'}
        icon={props.addState?.state === 'adding' ? <Spinner size="tiny" /> : undefined}
        onClick={props.onAdd}
      >
        {props.addState?.state === 'adding' ? t('adding') : t('addRisk')}
      </Button>
      {props.addState?.state === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t('addFailed', { reason: describeError(props.addState.error, locale) })}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
