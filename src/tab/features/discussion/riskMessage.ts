/** Fills the channel message of a risk from the catalogue and the risk, leaving out what is not ticked. */
import type { Risk } from '../../../domain/model';
import { tryAssessRisk } from '../../../domain/riskScore';
import { buildRiskMessage, type ChannelMessageBody } from '../../../graph/channelMessage';
import { translate, type Locale } from '../../i18n/messages';
import { riskMessages } from '../risks/messages';
import { LEVEL_KEYS } from '../risks/riskLabels';
import { domainLabel } from '../risks/domainLabel';
import { discussionMessages } from './messages';

/** The confidential fields the user ticked in. */
export interface ConfidentialChoice {
  cause: boolean;
  description: boolean;
}

/** Builds the message body for a risk, with its deep link. */
export function riskChannelMessage(
  risk: Risk,
  locale: Locale,
  deepLink: string,
  include: ConfidentialChoice,
): ChannelMessageBody {
  const say = (key: keyof typeof discussionMessages.nl) =>
    translate(discussionMessages, locale, key);
  const assessment = tryAssessRisk(risk.likelihood, risk.impact);
  const level = assessment ? translate(riskMessages, locale, LEVEL_KEYS[assessment.level]) : '–';
  const confidential: [string, string][] = [];
  if (include.cause && risk.cause) confidential.push([say('factCause'), risk.cause]);
  if (include.description && risk.description) {
    confidential.push([say('factDescription'), risk.description]);
  }
  return buildRiskMessage({
    heading: say('messageHeading'),
    title: risk.title,
    facts: [
      [say('factDomain'), domainLabel(risk.domain, locale)],
      [say('factLevel'), level],
    ],
    ownerLabel: say('factOwner'),
    owner: risk.riskOwner && { id: risk.riskOwner.id, displayName: risk.riskOwner.displayName },
    confidential,
    linkLabel: say('linkText'),
    deepLink,
  });
}
