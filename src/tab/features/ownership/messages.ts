/** Dutch and English texts of the ownership check (sluitend). */
import { defineMessages } from '../../i18n/messages';

/** The ownership view's catalogue. */
export const ownershipMessages = defineMessages(
  {
    heading: 'Sluitend eigenaarschap',
    intro:
      'Elk risico heeft een risico-eigenaar, elke actie een eigenaar en een vervaldatum, elke beheersmaatregel een verantwoordelijke, en al die mensen zijn nog lid van het team. Won’t-have-acties nemen niemands tijd in beslag: ze hoeven geen eigenaar of vervaldatum. Afgewerkte acties en afgesloten risico’s tellen niet mee.',
    complete:
      'Het eigenaarschap is sluitend: geen risico, actie of beheersmaatregel zonder eigenaar, en elke eigenaar is lid van het team.',
    openCount: '{count} open punten.',
    groupRisks: 'Risico’s',
    groupActions: 'Acties',
    groupControls: 'Beheersmaatregelen',
    riskWithoutOwner: 'Geen risico-eigenaar',
    actionWithoutOwner: 'Geen eigenaar',
    actionWithoutDueDate: 'Geen vervaldatum',
    controlWithoutResponsible:
      'Geen verantwoordelijke: kies binnen het bestuur een persoon, of buiten het bestuur een externe partij',
    ownerLeftRiskOwner: 'Risico-eigenaar {name} is geen lid meer van het team',
    ownerLeftActionOwner: 'Actie-eigenaar {name} is geen lid meer van het team',
    ownerLeftActionPlanOwner: 'Eigenaar {name} is geen lid meer van het team',
    ownerLeftResponsible: 'Verantwoordelijke {name} is geen lid meer van het team',
    openRisk: 'Risico openen',
    openAction: 'Actie openen',
    openControl: 'Maatregel openen',
    openLabel: '{open}: {title}',
  },
  {
    heading: 'Complete ownership',
    intro:
      'Every risk has a risk owner, every action an owner and a due date, every control a responsible party, and all those people are still members of the team. Won’t-have actions take no one’s time: they need no owner or due date. Done actions and closed risks are not counted.',
    complete:
      'Ownership is complete: no risk, action or control without an owner, and every owner is a member of the team.',
    openCount: '{count} open points.',
    groupRisks: 'Risks',
    groupActions: 'Actions',
    groupControls: 'Controls',
    riskWithoutOwner: 'No risk owner',
    actionWithoutOwner: 'No owner',
    actionWithoutDueDate: 'No due date',
    controlWithoutResponsible:
      'No responsible party: choose a person inside the bestuur, or an external party outside it',
    ownerLeftRiskOwner: 'Risk owner {name} is no longer a member of the team',
    ownerLeftActionOwner: 'Action owner {name} is no longer a member of the team',
    ownerLeftActionPlanOwner: 'Owner {name} is no longer a member of the team',
    ownerLeftResponsible: 'Responsible person {name} is no longer a member of the team',
    openRisk: 'Open risk',
    openAction: 'Open action',
    openControl: 'Open control',
    openLabel: '{open}: {title}',
  },
);
