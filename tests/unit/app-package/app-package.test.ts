// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { AppPackageError, buildAppPackage } from '../../../appPackage/tools/app-package';
import {
  fillJsonTemplate,
  MissingVariablesError,
  parseEnvFile,
} from '../../../appPackage/tools/placeholders';
import { readZip, writeZip } from '../../../appPackage/tools/zip';
import { APP_PACKAGE_DIR, TEST_VARIABLES, variablesWithout } from './fixtures';

describe('buildAppPackage', () => {
  it('zips the manifest, icons and localization', () => {
    const { zip } = buildAppPackage(APP_PACKAGE_DIR, TEST_VARIABLES);

    expect(readZip(zip).map((entry) => entry.name)).toEqual([
      'manifest.json',
      'color.png',
      'outline.png',
      'en.json',
    ]);
  });

  it('fills in every placeholder', () => {
    const { zip } = buildAppPackage(APP_PACKAGE_DIR, TEST_VARIABLES);
    const manifest = readZip(zip)[0]?.data.toString('utf8') ?? '';

    expect(manifest).not.toContain('${{');
    expect(JSON.parse(manifest).id).toBe(TEST_VARIABLES.TEAMS_APP_ID);
  });

  it('gives identical bytes for identical input', () => {
    const first = buildAppPackage(APP_PACKAGE_DIR, TEST_VARIABLES).zip;
    const second = buildAppPackage(APP_PACKAGE_DIR, TEST_VARIABLES).zip;

    expect(first.equals(second)).toBe(true);
  });

  it('names every missing variable', () => {
    const rest = variablesWithout('TAB_DOMAIN', 'TEAMS_APP_ID');

    expect(() => buildAppPackage(APP_PACKAGE_DIR, rest)).toThrow(MissingVariablesError);
    expect(() => buildAppPackage(APP_PACKAGE_DIR, rest)).toThrow(
      'missing values for TEAMS_APP_ID, TAB_DOMAIN',
    );
  });

  it('rejects a client id that is not a GUID', () => {
    const variables = { ...TEST_VARIABLES, AAD_APP_CLIENT_ID: 'not-a-guid' };

    expect(() => buildAppPackage(APP_PACKAGE_DIR, variables)).toThrow(AppPackageError);
  });

  it('rejects a domain with a path', () => {
    const variables = { ...TEST_VARIABLES, TAB_DOMAIN: 'risicoradar.example.be/tab' };

    expect(() => buildAppPackage(APP_PACKAGE_DIR, variables)).toThrow(/brk-multihub:\/\/<host>/);
  });
});

describe('placeholders', () => {
  it('escape quotes in values', () => {
    const filled = fillJsonTemplate('{"name": "${{NAME}}"}', { NAME: 'Stad "Aalst" \\ OCMW' });

    expect(JSON.parse(filled)).toEqual({ name: 'Stad "Aalst" \\ OCMW' });
  });

  it('treat an empty value as missing', () => {
    expect(() => fillJsonTemplate('"${{ NAME }}"', { NAME: '' })).toThrow(MissingVariablesError);
  });

  it('parse env files with comments and quotes', () => {
    const text = '# comment\nTAB_DOMAIN=a.example.be\nDEVELOPER_NAME="Stad Gent"\nEMPTY=\n';

    expect(parseEnvFile(text)).toEqual({
      TAB_DOMAIN: 'a.example.be',
      DEVELOPER_NAME: 'Stad Gent',
      EMPTY: '',
    });
  });
});

describe('zip', () => {
  it('reads back what it writes', () => {
    const entries = [
      { name: 'manifest.json', data: Buffer.from('{"a":1}') },
      { name: 'één.txt', data: Buffer.alloc(1000, 'x') },
    ];

    expect(readZip(writeZip(entries))).toEqual(entries);
  });

  it('detects a corrupted entry', () => {
    const archive = writeZip([{ name: 'a.txt', data: Buffer.from('aaaa') }]);
    archive.writeUInt32LE(0, 14);
    archive.writeUInt32LE(0, archive.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 16);

    expect(() => readZip(archive)).toThrow('[zip] a.txt: CRC-32 mismatch');
  });
});
