// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { GRAPH_SCOPES } from '../../../appPackage/tools/graph-scopes';
import { checkManifestRules } from '../../../appPackage/tools/manifest-checks';
import {
  validateLocalizationSchema,
  validateManifestSchema,
} from '../../../appPackage/tools/schema-validation';
import { APP_SCOPES } from '../../../src/local-m365/auth';
import { filledManifest, readText, TEST_VARIABLES } from './fixtures';

const TAB = `https://${TEST_VARIABLES.TAB_DOMAIN}/index.html`;

describe('manifest schema', () => {
  it('accepts the filled-in manifest', () => {
    const manifest = filledManifest();

    expect(manifest.manifestVersion).toBe('1.30');
    expect(validateManifestSchema(manifest)).toEqual([]);
  });

  it('rejects a manifest without id', () => {
    const manifest = filledManifest();
    delete manifest.id;

    expect(validateManifestSchema(manifest)).toContain("/ must have required property 'id'");
  });

  it('rejects a short name of 40 characters', () => {
    const manifest = filledManifest();
    manifest.name.short = 'R'.repeat(40);

    expect(validateManifestSchema(manifest)).toEqual([
      '/name/short must NOT have more than 30 characters',
    ]);
  });

  it('rejects an id that is not a GUID', () => {
    const manifest = filledManifest();
    manifest.id = 'risicoradar';

    expect(validateManifestSchema(manifest)).toHaveLength(1);
  });

  it('rejects a private channel tab context', () => {
    const manifest = filledManifest();
    manifest.configurableTabs[0].context = ['channelTab', 'privateChannelTab'];

    expect(validateManifestSchema(manifest)[0]).toMatch(/^\/configurableTabs\/0\/context\/1 /);
  });

  it('accepts the English localization file', () => {
    const english = JSON.parse(readText('appPackage/en.json'));

    expect(validateLocalizationSchema('1.30', english)).toEqual([]);
  });

  it('rejects a localization file without description', () => {
    const english = JSON.parse(readText('appPackage/en.json'));
    delete english['description.full'];

    expect(validateLocalizationSchema('1.30', english)).toEqual([
      "/ must have required property 'description.full'",
    ]);
  });
});

describe('manifest content', () => {
  it('offers a configurable tab for team channels', () => {
    const [tab] = filledManifest().configurableTabs;

    expect(tab.configurationUrl).toBe(`${TAB}#/config`);
    expect(tab.scopes).toEqual(['team']);
    expect(tab.canUpdateConfiguration).toBe(true);
    expect(tab.context).toEqual(['channelTab']);
  });

  it('supports private and shared channels', () => {
    expect(filledManifest().supportedChannelTypes).toEqual(['privateChannels', 'sharedChannels']);
  });

  it('offers the personal tab Mijn acties', () => {
    const [tab] = filledManifest().staticTabs;

    expect(tab.name).toBe('Mijn acties');
    expect(tab.contentUrl).toBe(`${TAB}#/my-actions`);
    expect(tab.scopes).toEqual(['personal']);
  });

  it('is Dutch by default with English as a second language', () => {
    const { localizationInfo } = filledManifest();

    expect(localizationInfo.defaultLanguageTag).toBe('nl-BE');
    expect(localizationInfo.additionalLanguages).toEqual([{ languageTag: 'en', file: 'en.json' }]);
  });

  it('names the Entra app and the broker redirect', () => {
    const { webApplicationInfo } = filledManifest();

    expect(webApplicationInfo.id).toBe(TEST_VARIABLES.AAD_APP_CLIENT_ID);
    expect(webApplicationInfo.nestedAppAuthInfo).toEqual([
      { redirectUri: `brk-multihub://${TEST_VARIABLES.TAB_DOMAIN}`, scopes: [...GRAPH_SCOPES] },
    ]);
  });

  it('passes the rules beyond the schema', () => {
    expect(checkManifestRules(filledManifest())).toEqual([]);
  });
});

describe('manifest rules', () => {
  it('reject scopes in another order', () => {
    const manifest = filledManifest();
    manifest.webApplicationInfo.nestedAppAuthInfo[0].scopes = [...GRAPH_SCOPES].reverse();

    expect(checkManifestRules(manifest)).toEqual([
      `nestedAppAuthInfo scopes must be, in this order: ${GRAPH_SCOPES.join(', ')}`,
    ]);
  });

  it('reject a broker redirect with a path', () => {
    const manifest = filledManifest();
    manifest.webApplicationInfo.nestedAppAuthInfo[0].redirectUri += '/index.html';

    expect(checkManifestRules(manifest)).toHaveLength(1);
  });

  it('reject a tab URL outside validDomains', () => {
    const manifest = filledManifest();
    manifest.staticTabs[0].contentUrl = 'https://elders.example.com/index.html#/my-actions';

    expect(checkManifestRules(manifest)).toEqual([
      'https://elders.example.com/index.html#/my-actions must be https:// on a host listed in validDomains',
    ]);
  });

  it('reject a version that is not semantic', () => {
    const manifest = filledManifest();
    manifest.version = '1.0';

    expect(checkManifestRules(manifest)).toEqual([
      'version "1.0" must be semantic: MAJOR.MINOR.PATCH',
    ]);
  });
});

describe('graph scopes', () => {
  it('match the scopes of local tokens', () => {
    expect(GRAPH_SCOPES).toEqual(APP_SCOPES);
  });
});
