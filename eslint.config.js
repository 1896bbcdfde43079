import tseslint from 'typescript-eslint';

// Layers point one way: content and domain are pure, the stand-in never imports the tab, and the tab
// reaches Graph only through src/graph.
const layer = (files, patterns, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.local-m365/**', 'appPackage/build/**'] },
  ...tseslint.configs.recommended,
  layer(
    ['src/content/**'],
    ['**/domain/**', '**/graph/**', '**/tab/**', '**/local-m365/**', 'react', '@fluentui/*'],
    'content is plain data and imports no other layer',
  ),
  layer(
    ['src/domain/**'],
    ['**/graph/**', '**/tab/**', '**/local-m365/**', 'react', '@fluentui/*', '@microsoft/*'],
    'domain logic is pure: no React, no Graph',
  ),
  layer(
    ['src/graph/**'],
    ['**/tab/**', '**/local-m365/**', 'react', '@fluentui/*'],
    'the Graph layer knows nothing of the UI or the stand-in',
  ),
  layer(
    ['src/local-m365/**'],
    ['**/tab/**', '**/graph/**'],
    'the stand-in is independent of the app',
  ),
  layer(
    ['src/tab/**'],
    ['**/local-m365/**'],
    'the tab talks to the stand-in only over HTTP, like Graph',
  ),
);
