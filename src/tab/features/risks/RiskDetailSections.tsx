/** The read-only sections of a risk page: score, treatment, owners, controls and actions. */
import { Text } from '@fluentui/react-components';
import type { Action, Control, Risk } from '../../../domain/model';
import { assessView } from '../../../domain/riskScore';
import { useMessages } from '../../i18n/messages';
import { depthMessages } from './depthMessages';
import { useHeatMapStyles } from './heatMapStyles';
import { LevelBadge } from './LevelBadge';
import { riskMessages } from './messages';
import { RESPONSIBILITY_KEYS, TREATMENT_KEYS } from './riskDepthLabels';

/** Props of RiskDetailSections. */
export interface RiskDetailSectionsProps {
  risk: Risk;
  controls: readonly Control[];
  actions: readonly Action[];
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const styles = useHeatMapStyles();
  return (
    <section>
      <h3 className={styles.heading}>{title}</h3>
      {children}
    </section>
  );
}

/** Renders the risk's facts; its controls are those whose `riskKeys` name it. */
export function RiskDetailSections({ risk, controls, actions }: RiskDetailSectionsProps) {
  const t = useMessages(riskMessages);
  const d = useMessages(depthMessages);
  const styles = useHeatMapStyles();
  const own = actions.filter((action) => action.riskKey === risk.key);
  const linked = controls.filter((control) => control.riskKeys.includes(risk.key));
  const before = assessView(risk, 'inherent');
  const after = assessView(risk, 'residual');
  const person = (name?: string) => name ?? t('noOwner');

  return (
    <>
      <Section title={d('sectionScore')}>
        <Text block>
          {d('scoreBefore')}: {before?.score ?? '–'} {before && <LevelBadge level={before.level} />}
        </Text>
        <Text block>
          {d('scoreAfter')}:{' '}
          {after ? (
            <>
              {after.score} <LevelBadge level={after.level} />
            </>
          ) : (
            d('notScored')
          )}
        </Text>
        {risk.consequences && (
          <Text block>
            {d('fieldConsequences')}: {risk.consequences}
          </Text>
        )}
      </Section>
      <Section title={d('sectionTreatment')}>
        <Text block>{risk.treatment ? d(TREATMENT_KEYS[risk.treatment]) : d('noTreatment')}</Text>
        {risk.treatment === 'accept' && risk.acceptance && (
          <Text block>
            {d('fieldAcceptanceReason')}: {risk.acceptance.reason} · {d('fieldAcceptedBy')}:{' '}
            {person(risk.acceptance.acceptedBy?.displayName)} · {d('fieldAcceptedUntil')}:{' '}
            {risk.acceptance.until ?? d('noDate')}
          </Text>
        )}
      </Section>
      <Section title={d('sectionOwners')}>
        <Text block>
          {t('fieldRiskOwner')}: {person(risk.riskOwner?.displayName)}
        </Text>
        <Text block>
          {t('fieldActionOwner')}:{' '}
          {[risk.actionOwner, ...(risk.actionOwners ?? [])]
            .flatMap((owner) => (owner ? [owner.displayName] : []))
            .join(', ') || t('noOwner')}
        </Text>
        <Text block>
          {d('fieldResponsibility')}:{' '}
          {risk.responsibility
            ? d(RESPONSIBILITY_KEYS[risk.responsibility])
            : d('responsibilityUnknown')}
          {risk.responsibility === 'external' && risk.externalParty && ` (${risk.externalParty})`}
        </Text>
        <Text block>
          {d('fieldLastReview')}: {risk.lastReview ?? d('noDate')} · {d('fieldNextReview')}:{' '}
          {risk.nextReview ?? d('noDate')}
        </Text>
      </Section>
      <Section title={d('sectionControls')}>
        {linked.length === 0 ? (
          <Text block>{d('noControls')}</Text>
        ) : (
          <ul className={styles.list}>
            {linked.map((control) => (
              <li key={control.key}>{control.title}</li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={d('sectionActions')}>
        {own.length === 0 ? (
          <Text block>{d('noActions')}</Text>
        ) : (
          <ul className={styles.list}>
            {own.map((action) => (
              <li key={action.key}>
                {action.title} ({d(action.status === 'done' ? 'actionDone' : 'actionOpen')})
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
