import { describe, expect, it } from 'vitest';
import type { HostInfo, TeamsHostContext } from '../../../../src/tab/shell/host';
import { chooseTokenSource } from '../../../../src/tab/shell/tokenSource';

const ORIGIN = 'https://localhost:4443';
const context: TeamsHostContext = {
  groupId: 'group-1',
  userPrincipalName: 'griet@zonnedorp.example',
  locale: 'nl-BE',
  theme: 'default',
  hostName: 'Teams',
};
const recommended = () => true;
const notRecommended = () => false;

function teams(tenant: 'local' | 'microsoft'): HostInfo {
  return { kind: 'teams', context, config: { tenant } };
}

describe('token source choice', () => {
  it('local mode uses the chosen demo user', () => {
    expect(chooseTokenSource({ kind: 'local' }, 'an@demo.local', notRecommended, ORIGIN)).toEqual({
      kind: 'local',
      userPrincipalName: 'an@demo.local',
      graphBaseUrl: `${ORIGIN}/`,
    });
  });

  it('Teams host on the stand-in uses the context user', () => {
    expect(chooseTokenSource(teams('local'), undefined, notRecommended, ORIGIN)).toEqual({
      kind: 'local',
      userPrincipalName: 'griet@zonnedorp.example',
      graphBaseUrl: `${ORIGIN}/`,
    });
  });

  it('Teams with NAA uses MSAL and Graph', () => {
    expect(chooseTokenSource(teams('microsoft'), undefined, recommended, ORIGIN)).toEqual({
      kind: 'nestedAppAuth',
      graphBaseUrl: 'https://graph.microsoft.com/',
    });
  });

  it('host without NAA is unavailable', () => {
    expect(chooseTokenSource(teams('microsoft'), undefined, notRecommended, ORIGIN)).toEqual({
      kind: 'unavailable',
      hostName: 'Teams',
    });
  });

  it('no host and no stand-in is unavailable', () => {
    expect(chooseTokenSource({ kind: 'none' }, undefined, recommended, ORIGIN)).toEqual({
      kind: 'unavailable',
    });
  });
});
