/** The dialog that lists the catalogue of bijlage 6 by its headings, credited to Audit Vlaanderen. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { riskCatalogue } from '../../../content/riskCatalogue';
import type { CatalogueRisk } from '../../../content/model';
import { pickText, useLocale, useMessages } from '../../i18n/messages';
import { groupCatalogue } from './catalogueDraft';
import { domainLabel } from './domainLabel';
import { riskMessages } from './messages';
import { useRestoreFocus } from './useRestoreFocus';

const useStyles = makeStyles({
  group: { marginBlockStart: tokens.spacingVerticalL },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  list: { listStyleType: 'none', paddingInlineStart: 0, margin: 0 },
  item: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  domain: { display: 'block', color: tokens.colorNeutralForeground3 },
});

/** Props of CataloguePicker. */
export interface CataloguePickerProps {
  /** Catalogue ids already in the register, marked as such. */
  inRegister: ReadonlySet<string>;
  onPick: (risk: CatalogueRisk) => void;
  onClose: () => void;
}

/** Shows every catalogue risk with its domain and a "Toevoegen" button that opens the editor, unless the register has it already. */
export function CataloguePicker({ inRegister, onPick, onClose }: CataloguePickerProps) {
  const t = useMessages(riskMessages);
  useRestoreFocus();
  const locale = useLocale();
  const styles = useStyles();
  const groups = groupCatalogue(riskCatalogue);
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('catalogueTitle')}</DialogTitle>
          <DialogContent>
            <Text block>{t('catalogueIntro')}</Text>
            {groups.length === 0 && <Text block>{t('catalogueEmpty')}</Text>}
            {groups.map((group) => (
              <section key={group.heading.nl} className={styles.group}>
                <h3 className={styles.heading}>{pickText(group.heading, locale)}</h3>
                <ul className={styles.list}>
                  {group.risks.map((risk) => (
                    <li key={risk.id} className={styles.item}>
                      <span>
                        <Text>{pickText(risk.title, locale)}</Text>
                        <Text size={200} className={styles.domain}>
                          {domainLabel(risk.domain, locale)}
                        </Text>
                      </span>
                      {inRegister.has(risk.id) ? (
                        <Text>{t('catalogueAlready')}</Text>
                      ) : (
                        <Button
                          aria-label={t('catalogueAddLabel', {
                            title: pickText(risk.title, locale),
                          })}
                          onClick={() => onPick(risk)}
                        >
                          {t('catalogueAdd')}
                        </Button>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
            <Text block size={200}>
              {t('catalogueCredit', { where: riskCatalogue[0]?.source.where ?? '' })}
            </Text>
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{t('close')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
