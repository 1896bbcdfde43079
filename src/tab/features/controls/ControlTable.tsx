/** The table of controls: level, covered risks, responsibility and an edit button per row. */
import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import type { Control } from '../../../domain/model';
import { useLocale, useMessages } from '../../i18n/messages';
import { controlTitle, levelLabel } from './controlLabels';
import { useControlStyles } from './controlStyles';
import { controlMessages } from './messages';

/** Props of ControlTable. */
export interface ControlTableProps {
  controls: readonly Control[];
  /** Keys of the risks in the register; a link to a deleted risk is not counted. */
  riskKeys: ReadonlySet<string>;
  onEdit: (control: Control) => void;
}

function Responsible({ control }: { control: Control }) {
  const t = useMessages(controlMessages);
  const person = control.responsible?.displayName ?? t('responsibleNobody');
  if (control.responsibility === 'internal')
    return <>{`${t('responsibilityInternal')}: ${person}`}</>;
  if (control.responsibility === 'external') {
    const party = control.externalParty?.trim() || t('responsibleNobody');
    return <>{`${t('responsibilityExternal')}: ${party} (${person})`}</>;
  }
  return <>{t('responsibilityNone')}</>;
}

/** Lists the controls: measures of question 16 in their order first, then own controls by title. */
export function ControlTable({ controls, riskKeys, onEdit }: ControlTableProps) {
  const t = useMessages(controlMessages);
  const locale = useLocale();
  const styles = useControlStyles();

  return (
    <Table aria-label={t('tableLabel')} size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.titleColumn}>{t('columnTitle')}</TableHeaderCell>
          <TableHeaderCell>{t('columnLevel')}</TableHeaderCell>
          <TableHeaderCell>{t('columnRisks')}</TableHeaderCell>
          <TableHeaderCell>{t('columnResponsible')}</TableHeaderCell>
          <TableHeaderCell>{t('columnActions')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {controls.map((control) => {
          const title = controlTitle(control, locale);
          const linked = control.riskKeys.filter((key) => riskKeys.has(key)).length;
          return (
            <TableRow key={control.key}>
              <TableCell className={styles.titleCell}>
                {title}{' '}
                <Text size={200} className={styles.muted}>
                  ({control.measureKey ? t('measureOf16') : t('ownMeasure')})
                </Text>
              </TableCell>
              <TableCell>{levelLabel(control.level, locale) ?? t('levelNone')}</TableCell>
              <TableCell>{linked > 0 ? t('riskCount', { count: linked }) : t('noRisks')}</TableCell>
              <TableCell>
                <Responsible control={control} />
              </TableCell>
              <TableCell>
                <Button
                  size="small"
                  aria-label={t('editLabel', { title })}
                  onClick={() => onEdit(control)}
                >
                  {t('edit')}
                </Button>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
