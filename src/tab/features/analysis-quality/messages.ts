/** Dutch and English texts of the check whether the risk analysis is current and complete. */
import { defineMessages } from '../../i18n/messages';

/** The analysis quality view's catalogue. */
export const analysisMessages = defineMessages(
  {
    heading: 'Is de risicoanalyse actueel en volledig?',
    intro:
      'De zes randvoorwaarden van Audit Vlaanderen voor een goede ICT-risicoanalyse, getoetst aan wat in Risicoradar staat. Een aandeel telt als voldaan bij 100 %, als gedeeltelijk voldaan vanaf 50 %. Wat de app niet kan zien, staat er ook bij.',
    statusMet: 'Voldaan',
    statusPartlyMet: 'Gedeeltelijk voldaan',
    statusNotMet: 'Niet voldaan',
    statusUnknown: 'Niet te beoordelen',
    conditionLabel: 'Randvoorwaarde {number}',
    noRisks: 'Het risicoregister is nog leeg.',
    reviewedInCycle:
      '{count} van {total} risico’s ({percent} %) hebben een volgende herziening die nog niet voorbij is.',
    withoutReviewDate: '{count} risico’s hebben geen datum voor de volgende herziening.',
    reviewOverdue: 'Bij {count} risico’s is de datum van de volgende herziening voorbij.',
    tailoredShare:
      '{count} van {total} risico’s ({percent} %) komen uit de eigen zwakke punten, de stappen van het type, incidenten of eigen invoer.',
    catalogueOnly: '{count} risico’s zijn overgenomen uit de algemene catalogus.',
    originOnly:
      'De app ziet alleen waar een risico vandaan komt; of het register overeenkomt met de reële situatie, beoordeelt het team zelf.',
    goalsYes: 'Vraag 7: er zijn op beleidsniveau doelstellingen voor ICT en digitalisering.',
    goalsNo: 'Vraag 7: er zijn op beleidsniveau geen doelstellingen voor ICT en digitalisering.',
    goalsUnanswered: 'Vraag 7 (doelstellingen voor ICT op beleidsniveau) is niet beantwoord.',
    strategyYes: 'Vraag 8: het managementteam heeft een ICT-strategie besproken en gevalideerd.',
    strategyNo: 'Vraag 8: er is geen ICT-strategie die het managementteam gevalideerd heeft.',
    strategyOther: 'Vraag 8 is beantwoord met "Andere"; de app kan dat antwoord niet beoordelen.',
    strategyUnanswered: 'Vraag 8 (een gevalideerde ICT-strategie) is niet beantwoord.',
    changedRecently: '{count} risico’s zijn de voorbije {days} dagen gewijzigd.',
    notChangedRecently: 'Geen enkel risico is de voorbije {days} dagen gewijzigd.',
    answersNewer:
      'De zelfevaluatie is gewijzigd op {answered}, na de laatste wijziging aan de risico’s ({changed}).',
    outsideChangesUnseen:
      'Wijzigingen aan infrastructuur, werkmethodes of externe partners buiten Risicoradar kan de app niet zien.',
    documentedShare:
      '{count} van {total} risico’s ({percent} %) hebben een beschrijving en een oorzaak.',
    noActions: 'Het actieplan heeft nog geen acties.',
    actionCount: 'Het actieplan heeft {count} acties, elk met een MoSCoW-klasse.',
    moscowUsed: 'Er zijn {count} verschillende MoSCoW-klassen in gebruik.',
    dueDateShare:
      '{count} van {total} acties buiten de Won’t-haves ({percent} %) hebben een vervaldatum.',
    targetDateSet: 'Het actieplan heeft een streefdatum: {date}.',
    targetDateMissing: 'Het actieplan heeft geen streefdatum.',
  },
  {
    heading: 'Is the risk analysis current and complete?',
    intro:
      'Audit Vlaanderen’s six conditions for a good ICT risk analysis, checked against what Risicoradar holds. A share counts as met at 100 %, as partly met from 50 %. What the app cannot see is stated too.',
    statusMet: 'Met',
    statusPartlyMet: 'Partly met',
    statusNotMet: 'Not met',
    statusUnknown: 'Cannot be assessed',
    conditionLabel: 'Condition {number}',
    noRisks: 'The risk register is still empty.',
    reviewedInCycle:
      '{count} of {total} risks ({percent} %) have a next review date that has not passed.',
    withoutReviewDate: '{count} risks have no date for the next review.',
    reviewOverdue: 'For {count} risks the next review date has passed.',
    tailoredShare:
      '{count} of {total} risks ({percent} %) come from the own weak points, the type’s steps, incidents or own input.',
    catalogueOnly: '{count} risks are taken over from the generic catalogue.',
    originOnly:
      'The app only sees where a risk comes from; whether the register matches the actual situation is for the team to judge.',
    goalsYes: 'Question 7: there are policy-level objectives for ICT and digitalisation.',
    goalsNo: 'Question 7: there are no policy-level objectives for ICT and digitalisation.',
    goalsUnanswered: 'Question 7 (policy-level ICT objectives) is not answered.',
    strategyYes: 'Question 8: the management team has discussed and validated an ICT strategy.',
    strategyNo: 'Question 8: there is no ICT strategy validated by the management team.',
    strategyOther: 'Question 8 is answered with "Other"; the app cannot assess that answer.',
    strategyUnanswered: 'Question 8 (a validated ICT strategy) is not answered.',
    changedRecently: '{count} risks were changed in the last {days} days.',
    notChangedRecently: 'No risk was changed in the last {days} days.',
    answersNewer:
      'The self-assessment was changed on {answered}, after the last change to the risks ({changed}).',
    outsideChangesUnseen:
      'The app cannot see changes to infrastructure, working methods or external partners outside Risicoradar.',
    documentedShare: '{count} of {total} risks ({percent} %) have a description and a cause.',
    noActions: 'The action plan has no actions yet.',
    actionCount: 'The action plan has {count} actions, each with a MoSCoW class.',
    moscowUsed: '{count} different MoSCoW classes are in use.',
    dueDateShare:
      '{count} of {total} actions outside the Won’t-haves ({percent} %) have a due date.',
    targetDateSet: 'The action plan has a target date: {date}.',
    targetDateMissing: 'The action plan has no target date.',
  },
);
