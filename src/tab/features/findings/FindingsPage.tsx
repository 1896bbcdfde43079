/** The Zwakke punten page: the active round's findings by building block and by risk domain. */
import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import { buildingBlocks } from '../../../content/buildingBlocks';
import { riskDomains } from '../../../content/domains';
import {
  deriveFindings,
  findingsByBuildingBlock,
  findingsByDomain,
  type Finding,
} from '../../../domain/findings';
import type { Round } from '../../../domain/model';
import { pickText, useLocale, useMessages } from '../../i18n/messages';
import { describeError } from '../../shell/errors';
import { useRoundAnswers } from '../questionnaire/useRoundAnswers';
import { FindingCard } from './FindingCard';
import { findingsMessages } from './messages';
import { useFindingRisks, type FindingRisks } from './useFindingRisks';

const usePageStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  table: { borderCollapse: 'collapse' },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'start',
    verticalAlign: 'top',
  },
});

/** Renders the findings once the answers and the register are loaded. */
export function FindingsPage() {
  const t = useMessages(findingsMessages);
  const locale = useLocale();
  const styles = usePageStyles();
  const answers = useRoundAnswers();
  const risks = useFindingRisks();
  const findings = useMemo(() => deriveFindings(answers.answers), [answers.answers]);
  const failed = answers.state === 'failed' || risks.loadState === 'failed';
  const ready = answers.state === 'ready' && risks.loadState === 'ready' && answers.round;

  return (
    <div className={styles.root}>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {failed && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t('loadFailed')} {describeError(answers.error ?? risks.loadError, locale)}
          </MessageBarBody>
        </MessageBar>
      )}
      {!failed && !ready && <Spinner label={t('loading')} />}
      {!failed && ready && answers.round && (
        <Findings findings={findings} round={answers.round} risks={risks} />
      )}
    </div>
  );
}

function Findings({
  findings,
  round,
  risks,
}: {
  findings: Finding[];
  round: Round;
  risks: FindingRisks;
}) {
  const t = useMessages(findingsMessages);
  const locale = useLocale();
  const styles = usePageStyles();
  const byBlock = useMemo(() => findingsByBuildingBlock(findings), [findings]);
  const byDomain = useMemo(() => findingsByDomain(findings), [findings]);

  if (findings.length === 0) return <p>{t('none')}</p>;
  return (
    <>
      <p>
        {t('summary', { findings: findings.length, blocks: byBlock.size, domains: byDomain.size })}
      </p>
      {buildingBlocks
        .filter((block) => byBlock.has(block.id))
        .map((block) => (
          <section key={block.id} aria-labelledby={`block-${block.id}`} className={styles.block}>
            <h2 id={`block-${block.id}`}>
              {t('buildingBlock', { number: block.number, title: pickText(block.title, locale) })}
            </h2>
            {byBlock.get(block.id)!.map((finding) => (
              <FindingCard
                key={finding.ruleId}
                finding={finding}
                inRegister={risks.inRegister.has(finding.ruleId)}
                addState={risks.addStates.get(finding.ruleId)}
                onAdd={() => void risks.add(finding, round)}
              />
            ))}
          </section>
        ))}
      <section aria-labelledby="findings-by-domain">
        <h2 id="findings-by-domain">{t('byDomain')}</h2>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col" className={styles.cell}>
                {t('domain')}
              </th>
              <th scope="col" className={styles.cell}>
                {t('findingsInDomain')}
              </th>
            </tr>
          </thead>
          <tbody>
            {riskDomains
              .filter((domain) => byDomain.has(domain.id))
              .map((domain) => (
                <tr key={domain.id}>
                  <th scope="row" className={styles.cell}>
                    {pickText(domain.name, locale)}
                  </th>
                  <td className={styles.cell}>
                    {byDomain
                      .get(domain.id)!
                      .map((finding) => pickText(finding.finding, locale))
                      .join(' · ')}
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
