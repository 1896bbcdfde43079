import { describe, expect, it } from 'vitest';
import {
  buildLocalLink,
  buildTeamsDeepLink,
  parseHashTarget,
  parseSubPageId,
} from '../../../../src/tab/navigation/deepLinks';

const KEY = 'a1b2c3d4-0000-4000-8000-00000000000a';

describe('sub-page id parsing', () => {
  it('reads a risk id', () => {
    expect(parseSubPageId(`risk-${KEY}`)).toEqual({
      status: 'target',
      target: { kind: 'risk', key: KEY },
    });
  });

  it('reads an action id', () => {
    expect(parseSubPageId('action-abc_1')).toEqual({
      status: 'target',
      target: { kind: 'action', key: 'abc_1' },
    });
  });

  it('reads the subEntityId of a JSON context', () => {
    expect(parseSubPageId(`{"subEntityId":"risk-${KEY}"}`)).toEqual({
      status: 'target',
      target: { kind: 'risk', key: KEY },
    });
  });

  it.each([
    ['unknown kind', 'control-1'],
    ['markup', 'risk-<script>'],
    ['non-ASCII key', 'risk-ï'],
    ['too long key', `risk-${'a'.repeat(65)}`],
    ['context that is not JSON', '{"subEntityId": risk-'],
    ['JSON without an id', '{"channelId":"19:x"}'],
  ])('rejects %s', (_, value) => {
    expect(parseSubPageId(value)).toEqual({ status: 'invalid' });
  });

  it('empty id is no link', () => {
    expect(parseSubPageId(undefined)).toEqual({ status: 'none' });
    expect(parseSubPageId('  ')).toEqual({ status: 'none' });
  });

  it('reads a local hash', () => {
    expect(parseHashTarget(`#/risks/${KEY}`)).toEqual({
      status: 'target',
      target: { kind: 'risk', key: KEY },
    });
    expect(parseHashTarget('#/risks')).toEqual({ status: 'none' });
    expect(parseHashTarget('#/risks/%3Cb%3E')).toEqual({ status: 'invalid' });
  });
});

describe('deep link building', () => {
  const link = buildTeamsDeepLink({
    appId: 'app-1',
    entityId: 'risicoradar',
    target: { kind: 'risk', key: KEY },
    webUrl: `https://tab.example/index.html#/risks/${KEY}`,
    label: `Titel met 'quote' & <b>`,
    channelId: '19:abc@thread.tacv2',
  });

  it('encodes every part', () => {
    expect(link.startsWith('https://teams.microsoft.com/l/entity/app-1/risicoradar?')).toBe(true);
    expect(link).not.toMatch(/['<>#" ]/);
  });

  it('round-trips the context', () => {
    const url = new URL(link);
    expect(JSON.parse(url.searchParams.get('context')!)).toEqual({
      subEntityId: `risk-${KEY}`,
      channelId: '19:abc@thread.tacv2',
    });
    expect(url.searchParams.get('label')).toBe(`Titel met 'quote' & <b>`);
    expect(url.searchParams.get('webUrl')).toBe(`https://tab.example/index.html#/risks/${KEY}`);
  });

  it('builds the local link', () => {
    expect(buildLocalLink('https://localhost:4443', { kind: 'action', key: 'k1' })).toBe(
      'https://localhost:4443/index.html#/actions/k1',
    );
  });
});
