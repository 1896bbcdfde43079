/** The "Actie maken" button of a step, or "Actie bestaat" with a link to the action plan. */
import { Button, Link, Text } from '@fluentui/react-components';
import { TaskListAddRegular } from '@fluentui/react-icons';
import { useMessages } from '../../i18n/messages';
import { useNavigate } from '../../navigation/NavigationContext';
import { typeMessages } from './messages';
import { useTypePageStyles } from './typeStyles';

/** Outcome of the last click, shown beside the button. */
export interface StepNote {
  /** Set after the action was made: the MoSCoW label it got and whether its title was cut. */
  made?: { moscow: string; shortened: boolean };
  /** Sentence that explains why making the action failed. */
  failed?: string;
}

/** Props of StepAction. */
export interface StepActionProps {
  /** Accessible name of the button: which step it makes an action of. */
  label: string;
  exists: boolean;
  busy: boolean;
  /** Set when no action can be made yet, with the reason shown beside the button. */
  blockedReason?: string;
  note?: StepNote;
  onMake: () => void;
}

/** Renders the step's action state; its notes are announced to screen readers. */
export function StepAction({ label, exists, busy, blockedReason, note, onMake }: StepActionProps) {
  const t = useMessages(typeMessages);
  const navigate = useNavigate();
  const styles = useTypePageStyles();
  return (
    <div className={styles.stepActions}>
      {exists ? (
        <>
          <Text weight="semibold">{t('actionExists')}</Text>
          <Link
            href="#/actions"
            onClick={(event) => {
              // The shell keeps the page in the hash itself, so it, not the browser, navigates.
              event.preventDefault();
              navigate('actions');
            }}
          >
            {t('openPlan')}
          </Link>
        </>
      ) : (
        <Button
          icon={<TaskListAddRegular />}
          aria-label={label}
          disabledFocusable={busy || !!blockedReason}
          onClick={onMake}
        >
          {busy ? t('making') : t('makeAction')}
        </Button>
      )}
      {!exists && blockedReason && <Text size={200}>{blockedReason}</Text>}
      <span role="status">
        {note?.made && (
          <Text size={200}>
            {t('actionMade', { moscow: note.made.moscow })}
            {note.made.shortened && ` ${t('titleShortened')}`}
          </Text>
        )}
        {note?.failed && <Text size={200}>{note.failed}</Text>}
      </span>
    </div>
  );
}
