// @vitest-environment node
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GRAPH_SCOPES } from '../../../appPackage/tools/graph-scopes';
import { parseEnvFile, placeholderNames } from '../../../appPackage/tools/placeholders';
import { readText, ROOT } from './fixtures';

interface Action {
  uses: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  writeToEnvironmentFile?: Record<string, string>;
}

interface ProjectFile {
  version: string;
  provision: Action[];
  deploy: Action[];
  publish: Action[];
}

const project = parse(readText('teamsapp.yml')) as ProjectFile;
const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://*.office.com',
  'https://*.microsoft365.com',
];

function action(stage: Action[], uses: string): Action {
  const found = stage.find((step) => step.uses === uses);
  if (!found) throw new Error(`teamsapp.yml has no ${uses} action`);
  return found;
}

function cspDirectives(): Map<string, string[]> {
  const config = JSON.parse(readText('infra/staticwebapp.config.json'));
  const policy: string = config.globalHeaders['Content-Security-Policy'];
  return new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('teamsapp.yml', () => {
  it('provisions in dependency order', () => {
    expect(project.provision.map((step) => step.uses)).toEqual([
      'aadApp/create',
      'teamsApp/create',
      'arm/deploy',
      'azureStaticWebApps/getDeploymentToken',
      'aadApp/update',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ]);
  });

  it('creates the Entra app without secret', () => {
    const create = action(project.provision, 'aadApp/create');

    expect(create.with?.generateClientSecret).toBe(false);
    expect(create.writeToEnvironmentFile?.clientId).toBe('AAD_APP_CLIENT_ID');
  });

  it('points at files that exist', () => {
    const update = action(project.provision, 'aadApp/update');
    const deploy = action(project.provision, 'arm/deploy');
    const templates = deploy.with?.templates as { path: string; parameters: string }[];
    const paths = [
      update.with?.manifestPath,
      action(project.provision, 'teamsApp/validateManifest').with?.manifestPath,
      ...templates.flatMap((template) => [template.path, template.parameters]),
    ];

    for (const path of paths) expect(existsSync(`${ROOT}${path}`), String(path)).toBe(true);
  });

  it('deploys dist with the header config', () => {
    expect(project.deploy.map((step) => step.uses)).toEqual([
      'cli/runNpmCommand',
      'cli/runNpmCommand',
      'cli/runNpxCommand',
    ]);
    const upload = action(project.deploy, 'cli/runNpxCommand');

    expect(upload.with?.args).toMatch(/ deploy \.\/dist /);
    expect(upload.with?.args).toContain('--swa-config-location ./infra');
    expect(upload.with?.args).not.toContain('SECRET_');
    expect(upload.env?.SWA_CLI_DEPLOYMENT_TOKEN).toBe('${{SECRET_TAB_SWA_DEPLOYMENT_TOKEN}}');
  });

  it('publishes to the app catalogue last', () => {
    expect(project.publish.at(-1)?.uses).toBe('teamsApp/publishAppPackage');
  });

  it('uses one zip path everywhere', () => {
    const zipPaths = [...project.provision, ...project.publish]
      .map((step) => step.with?.appPackagePath ?? step.with?.outputZipPath)
      .filter((path) => path !== undefined);

    expect(new Set(zipPaths)).toEqual(
      new Set(['./appPackage/build/appPackage.${{TEAMSFX_ENV}}.zip']),
    );
  });
});

describe('env files', () => {
  const templates = [
    'teamsapp.yml',
    'appPackage/manifest.json',
    'infra/aad.manifest.json',
    'infra/azure.parameters.json',
  ];
  const used = templates.flatMap((file) => placeholderNames(readText(file)));

  for (const env of ['dev', 'prod']) {
    it(`${env} declares every variable`, () => {
      const declared = Object.keys(parseEnvFile(readText(`env/.env.${env}`)));
      const needed = used.filter((name) => !name.startsWith('SECRET_'));

      expect(needed.filter((name) => !declared.includes(name))).toEqual([]);
    });

    it(`${env} contains no secrets`, () => {
      const declared = Object.keys(parseEnvFile(readText(`env/.env.${env}`)));

      expect(declared.filter((name) => name.startsWith('SECRET_'))).toEqual([]);
    });
  }

  it('keep toolkit secret files out of git', () => {
    expect(readText('env/.gitignore').split('\n')).toContain('*.user');
  });
});

describe('Entra app manifest', () => {
  const manifest = JSON.parse(readText('infra/aad.manifest.json'));

  it('registers the broker redirect as SPA', () => {
    expect(manifest.spa.redirectUris).toEqual(['brk-multihub://${{TAB_DOMAIN}}']);
  });

  it('requests the delegated Graph scopes', () => {
    const [graph] = manifest.requiredResourceAccess;

    expect(graph.resourceAppId).toBe('Microsoft Graph');
    expect(graph.resourceAccess).toEqual(GRAPH_SCOPES.map((id) => ({ id, type: 'Scope' })));
  });
});

describe('static hosting', () => {
  const bicep = readText('infra/azure.bicep');

  it('declares a static web app', () => {
    expect(bicep).toMatch(/resource \w+ 'Microsoft\.Web\/staticSites@[\d-]+'/);
    expect(bicep).toContain('output TAB_DOMAIN string');
    expect(bicep).toContain('output AZURE_STATIC_WEB_APPS_RESOURCE_ID string');
  });

  it('has parameters for every Bicep parameter', () => {
    const declared = [...bicep.matchAll(/^param (\w+)/gm)].map((match) => match[1]);
    const parameters = JSON.parse(readText('infra/azure.parameters.json')).parameters;

    expect(Object.keys(parameters).sort()).toEqual(declared.sort());
  });

  it('lets only Microsoft 365 hosts frame the tab', () => {
    expect(cspDirectives().get('frame-ancestors')).toEqual(FRAME_ANCESTORS);
  });

  it('allows scripts from its own origin only', () => {
    expect(cspDirectives().get('script-src')).toEqual(["'self'"]);
    expect(cspDirectives().get('object-src')).toEqual(["'none'"]);
  });

  it('lets the tab call Graph', () => {
    expect(cspDirectives().get('connect-src')).toContain('https://graph.microsoft.com');
  });
});
