/**
 * A page that drives the real teams-js against the test host and shows what it got back, so a
 * browser test can check the host's side of the protocol. It is a test fixture, not part of the tab.
 */
import type * as TeamsJs from '@microsoft/teams-js';

/** The subPageId that makes the probe respond to Save with notifyFailure. */
const FAIL_SAVE = 'fail-save';

const teams = (window as unknown as { microsoftTeams: typeof TeamsJs }).microsoftTeams;

function show(name: string, value: unknown): void {
  const output = document.querySelector(`output[aria-label="${name}"]`);
  if (output) output.textContent = typeof value === 'string' ? value : JSON.stringify(value);
}

function summarise(context: TeamsJs.app.Context) {
  return {
    theme: context.app.theme,
    locale: context.app.locale,
    clientType: context.app.host.clientType,
    userId: context.user?.id,
    userPrincipalName: context.user?.userPrincipalName,
    loginHint: context.user?.loginHint,
    tenantId: context.user?.tenant?.id,
    groupId: context.team?.groupId,
    channelId: context.channel?.id,
    membershipType: context.channel?.membershipType,
    pageId: context.page.id,
    subPageId: context.page.subPageId,
    frameContext: context.page.frameContext,
  };
}

function registerSave(context: TeamsJs.app.Context): void {
  teams.pages.config.registerOnSaveHandler(async (event) => {
    if (context.page.subPageId === FAIL_SAVE) {
      event.notifyFailure('probe rejected the settings');
      show('save', 'failure');
      return;
    }
    await teams.pages.config.setConfig({
      entityId: 'probe-entity',
      contentUrl: `${location.origin}/index.html`,
      suggestedDisplayName: 'Risicoradar',
    });
    event.notifySuccess();
    show('save', 'success');
  });
  teams.pages.config.setValidityState(true);
}

async function shareAndNavigate(): Promise<void> {
  teams.pages.shareDeepLink({ subPageId: 'risk-42', subPageLabel: 'Risico 42' });
  await teams.pages.currentApp.navigateTo({ pageId: 'risks', subPageId: 'risk-42' });
  show('navigation', 'ok');
}

async function run(): Promise<void> {
  await teams.app.initialize();
  show('initialize', 'ok');

  const context = await teams.app.getContext();
  show('context', summarise(context));
  show('theme', context.app.theme);
  show('supported', {
    pages: teams.pages.isSupported(),
    config: teams.pages.config.isSupported(),
    currentApp: teams.pages.currentApp.isSupported(),
    nestedAppAuth: teams.nestedAppAuth.isNAAChannelRecommended(),
  });

  teams.app.registerOnThemeChangeHandler((theme) => show('theme', theme));
  if (context.page.frameContext === teams.FrameContexts.settings) {
    registerSave(context);
  } else {
    await shareAndNavigate();
  }

  await teams.authentication.getAuthToken().then(
    () => show('unsupported', 'resolved'),
    (error: Error) => show('unsupported', `rejected: ${error.message}`),
  );
}

run().catch((error: Error) => show('initialize', `failed: ${error.message}`));
