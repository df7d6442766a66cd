// Lint rules, above all the import boundaries of design.md ("Layout"): the linter keeps the map true.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';

const nodeOnly = ['node:*', 'fs', 'path', 'crypto', 'os', 'http', 'https', 'child_process', 'url', 'stream', 'zlib'];
const browserOnly = ['react', 'react-dom', 'react-dom/*', 'react-router', 'dexie', 'dexie-react-hooks', 'workbox-window', 'virtual:*'];
const storage = ['drizzle-orm', 'drizzle-orm/*', 'pg', '@electric-sql/pglite', '@electric-sql/pglite/*'];
const fastify = ['fastify', '@fastify/*'];

const restrict = (patterns, message) => ({ group: patterns, message });

// Every folder under features/ is a feature: a new one is kept apart without touching this file.
const features = readdirSync(new URL('./src/client/features', import.meta.url), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
// What every client file keeps to; the folders below add their own rules to these.
const clientBase = [
  restrict(['**/server/**'], 'The client never imports the server.'),
  restrict([...storage, ...fastify, ...nodeOnly], 'The client runs in the browser.'),
];
// What every server file keeps to; store and services add their own rules to these.
const serverBase = [
  restrict(['**/client/**'], 'The server never imports the client.'),
  restrict(browserOnly, 'The server runs on Node.'),
];
// Top to bottom: a folder may import the folders after it, never one before it.
const layers = ['features', 'widgets', 'pwa', 'session', 'lib', 'sync', 'db', 'documents', 'ui', 'i18n'];
const inlineRoleCheck = {
  selector: "BinaryExpression[operator=/^[!=]==$/][right.type='Literal'][right.value=/./] > MemberExpression.left[property.name='role']",
  message: 'Ask src/domain/permissions.ts (canReview, canAdminister, …) instead of comparing a role inline.',
};
const directTableAccess = ['object.object.name', 'object.object.property.name'].map((path) => ({
  selector: `MemberExpression[object.type='MemberExpression'][${path}='db']`,
  message: 'Read and write the device database through db/ (queries.ts, a repository), not db.<table>.',
}));
const layerRule = {
  ui: 'ui is presentational (props in, markup out): it imports only i18n; a part that reads the session, the database or sync state goes in widgets/.',
  documents: 'Documents take plain domain data (the caller reads the database) and never import a feature.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'dev-dist/**', 'test/bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        restrict([...nodeOnly, ...browserOnly, ...storage, ...fastify], 'src/domain is pure: no I/O, React, Dexie, Node or database.'),
        restrict(['**/api/**', '**/client/**', '**/server/**'], 'src/domain imports nothing of the app.'),
      ] }],
    },
  },
  {
    files: ['src/api/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        restrict([...nodeOnly, ...browserOnly, ...storage, ...fastify], 'src/api is the contract: zod and domain only.'),
        restrict(['**/client/**', '**/server/**'], 'src/api imports domain only.'),
      ] }],
    },
  },
  {
    files: ['src/client/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [
        ...clientBase,
        restrict(['dexie'], 'Only src/client/db imports dexie: go through a repository.'),
      ] }],
    },
  },
  // The client's layers, each importing only the layers below it (design.md, "Layout").
  ...layers.slice(1).map((layer, index) => ({
    files: [`src/client/${layer}/**`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        ...clientBase,
        restrict(layer === 'db' ? [] : ['dexie', ...(layer === 'ui' || layer === 'documents' ? ['dexie-react-hooks'] : [])], 'Only src/client/db imports dexie: go through a repository.'),
        restrict(layers.slice(0, index + 1).map((above) => `**/${above}/**`), layerRule[layer] ?? `src/client/${layer} sits below ${layers.slice(0, index + 1).join(', ')}: it never imports them.`),
      ].filter((pattern) => pattern.group.length > 0) }],
    },
  })),
  {
    // Who may do what is decided in src/domain/permissions.ts only, not by comparing roles inline.
    files: ['src/client/**', 'src/server/services/**', 'src/server/routes/**'],
    rules: { 'no-restricted-syntax': ['error', inlineRoleCheck] },
  },
  {
    // Above the data layer, the device's tables are read and written through db/ (queries,
    // repositories), never as db.<table>: a row written beside its outbox entry is invariant 1.
    // (One block per file set: a later block's no-restricted-syntax replaces an earlier one's.)
    files: ['src/client/{features,widgets,pwa,session}/**'],
    rules: { 'no-restricted-syntax': ['error', inlineRoleCheck, ...directTableAccess] },
  },
  // A feature never imports another feature.
  ...features.map((feature) => ({
    files: [`src/client/features/${feature}/**`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        ...clientBase,
        restrict(['dexie'], 'Only src/client/db imports dexie: go through a repository.'),
        restrict(features.filter((f) => f !== feature).map((f) => `**/${f}/**`), 'A feature never imports another feature.'),
      ] }],
    },
  })),
  {
    files: ['src/server/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        ...serverBase,
        restrict(storage, 'Only src/server/store talks to the database.'),
      ] }],
    },
  },
  {
    files: ['src/server/store/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        ...serverBase,
        restrict(['**/routes/**', '**/services/**'], 'The store sits below services and routes.'),
      ] }],
    },
  },
  {
    files: ['src/server/services/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        ...serverBase,
        restrict(storage, 'Only src/server/store talks to the database.'),
        restrict(['**/routes/**'], 'Services sit below the routes: a route calls a service, never the other way round.'),
      ] }],
    },
  },
);
