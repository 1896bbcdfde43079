/** Select options and owner lookup shared by the governance dialogs. */
import type { Person } from '../../../domain/model';
import { pickText, useLocale, useMessages } from '../../i18n/messages';
import { useSession } from '../../shell/StoreContext';
import { governanceMessages } from './messages';

/** Returns a function that turns a vocabulary into select options in the current locale. */
export function useTermOptions() {
  const locale = useLocale();
  return (terms: readonly { key: string; label: { nl: string; en: string } }[]) =>
    terms.map((term) => ({ value: term.key, label: pickText(term.label, locale) }));
}

/** Returns the team's members as options, with a first option for none. */
export function useMemberOptions() {
  const t = useMessages(governanceMessages);
  const { members } = useSession();
  return [
    { value: '', label: t('none') },
    ...members.map((member) => ({ value: member.id, label: member.displayName })),
  ];
}

/** Returns the chosen member, or the current owner when they are chosen but no longer a member. */
export function pickOwner(
  members: Person[],
  ownerId: string,
  current?: Person,
): Person | undefined {
  return (
    members.find((member) => member.id === ownerId) ??
    (current?.id === ownerId ? current : undefined)
  );
}
