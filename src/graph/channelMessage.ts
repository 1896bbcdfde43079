/** Builds the channel message that starts a thread about a risk, with every user text escaped. */

/** Escapes text for Teams' HTML message body, so `<b>`, `&` and quotes arrive as typed. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** A person to @mention: Entra object id and display name. */
export interface MentionedPerson {
  id: string;
  displayName: string;
}

/** The parts of a risk thread's first message; labels come from the tab's catalogue. */
export interface RiskMessageDraft {
  /** The message's opening line, such as "Bespreking van een risico". */
  heading: string;
  title: string;
  /** Labelled lines, such as ["Domein", "Informatiebeveiliging"]. */
  facts: [label: string, value: string][];
  /** The label of the owner line; the owner is @mentioned. */
  ownerLabel: string;
  owner?: MentionedPerson;
  /** Confidential fields the user ticked in, such as the causes; absent unless chosen. */
  confidential?: [label: string, value: string][];
  linkLabel: string;
  deepLink: string;
}

/** A `chatMessage` body as `POST /teams/{id}/channels/{id}/messages` takes it. */
export interface ChannelMessageBody {
  body: { contentType: 'html'; content: string };
  mentions: {
    id: number;
    mentionText: string;
    mentioned: { user: { id: string; displayName: string; userIdentityType: 'aadUser' } };
  }[];
}

function line(label: string, value: string): string {
  return `<p><strong>${escapeHtml(label)}:</strong> ${escapeHtml(value)}</p>`;
}

/** Builds the HTML body with the owner as mention 0 and the deep link as an anchor. */
export function buildRiskMessage(draft: RiskMessageDraft): ChannelMessageBody {
  const parts = [`<p>${escapeHtml(draft.heading)}</p>`, `<h3>${escapeHtml(draft.title)}</h3>`];
  for (const [label, value] of draft.facts) parts.push(line(label, value));
  if (draft.owner) {
    const mention = `<at id="0">${escapeHtml(draft.owner.displayName)}</at>`;
    parts.push(`<p><strong>${escapeHtml(draft.ownerLabel)}:</strong> ${mention}</p>`);
  }
  for (const [label, value] of draft.confidential ?? []) parts.push(line(label, value));
  parts.push(`<p><a href="${escapeHtml(draft.deepLink)}">${escapeHtml(draft.linkLabel)}</a></p>`);

  return {
    body: { contentType: 'html', content: parts.join('') },
    mentions: draft.owner ? [mentionOf(0, draft.owner)] : [],
  };
}

/** Builds a message that @mentions one person, such as a new action's owner. */
export function buildMentionMessage(
  text: string,
  person: MentionedPerson,
  link?: { label: string; url: string },
): ChannelMessageBody {
  const anchor = link ? ` <a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a>` : '';
  return {
    body: {
      contentType: 'html',
      content: `<p><at id="0">${escapeHtml(person.displayName)}</at> ${escapeHtml(text)}${anchor}</p>`,
    },
    mentions: [mentionOf(0, person)],
  };
}

function mentionOf(id: number, person: MentionedPerson): ChannelMessageBody['mentions'][number] {
  return {
    id,
    mentionText: person.displayName,
    mentioned: {
      user: { id: person.id, displayName: person.displayName, userIdentityType: 'aadUser' },
    },
  };
}
