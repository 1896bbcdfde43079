/** The risks a building block controls, as the report words them, each addable to the register. */
import { Button, Text } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { BuildingBlock, CatalogueRisk } from '../../../content/model';
import type { Risk } from '../../../domain/model';
import { pickText, useLocale, useMessages } from '../../i18n/messages';
import { domainLabel } from '../risks/domainLabel';
import { typeMessages } from './messages';
import { ReportText } from './ReportText';
import type { StepNote } from './StepAction';
import { useTypePageStyles } from './typeStyles';

/** Props of ControlledRisks. */
export interface ControlledRisksProps {
  block: BuildingBlock;
  /** The register, to disable the risks already in it. */
  register: readonly Risk[];
  busy: ReadonlySet<string>;
  notes: Readonly<Record<string, StepNote>>;
  onAdd: (risk: CatalogueRisk) => void;
}

/** Lists the block's risks with their domain and an "add" button, disabled once added. */
export function ControlledRisks({ block, register, busy, notes, onAdd }: ControlledRisksProps) {
  const t = useMessages(typeMessages);
  const locale = useLocale();
  const styles = useTypePageStyles();
  const headingId = useId();
  const added = new Set(register.flatMap((risk) => (risk.originRef ? [risk.originRef] : [])));
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.subheading}>
        {t('risksHeading', { number: block.number })}
      </h4>
      <Text block size={200}>
        {t('risksIntro')}
      </Text>
      <ul className={styles.risks}>
        {block.controlledRisks.map((risk) => {
          const inRegister = added.has(risk.id);
          const visible = inRegister
            ? t('riskAdded')
            : busy.has(risk.id)
              ? t('adding')
              : t('addRisk');
          return (
            <li key={risk.id} className={styles.risk}>
              <span>
                <ReportText nl={risk.title.nl} en={risk.title.en} />
                <Text size={200} className={styles.meta}>
                  {domainLabel(risk.domain, locale)}
                </Text>
                <span role="status">
                  {notes[risk.id]?.made?.shortened && (
                    <Text block size={200}>
                      {t('riskTitleShortened')}
                    </Text>
                  )}
                  {notes[risk.id]?.failed && (
                    <Text block size={200}>
                      {notes[risk.id]?.failed}
                    </Text>
                  )}
                </span>
              </span>
              <Button
                className={styles.riskButton}
                icon={<AddRegular />}
                aria-label={`${visible}: ${pickText(risk.title, locale)}`}
                disabledFocusable={inRegister || busy.has(risk.id)}
                onClick={() => onAdd(risk)}
              >
                {visible}
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
