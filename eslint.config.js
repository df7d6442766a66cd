// Lint rules, above all the import boundaries of design.md ("Layout"): the linter keeps the map true.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeOnly = ['node:*', 'fs', 'path', 'crypto', 'os', 'http', 'https', 'child_process', 'url', 'stream', 'zlib'];
const browserOnly = ['react', 'react-dom', 'react-dom/*', 'react-router', 'dexie', 'dexie-react-hooks', 'workbox-window', 'virtual:*'];
const storage = ['drizzle-orm', 'drizzle-orm/*', 'pg', '@electric-sql/pglite', '@electric-sql/pglite/*'];
const fastify = ['fastify', '@fastify/*'];

const features = ['agreements', 'realisations', 'auth', 'settings', 'dashboard', 'review', 'reports', 'evidence', 'conflicts', 'admin'];
const restrict = (patterns, message) => ({ group: patterns, message });

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
        restrict(['**/server/**'], 'The client never imports the server.'),
        restrict([...storage, ...fastify, ...nodeOnly], 'The client runs in the browser.'),
        restrict(['dexie'], 'Only src/client/db imports dexie: go through a repository.'),
      ] }],
    },
  },
  {
    files: ['src/client/db/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        restrict(['**/server/**'], 'The client never imports the server.'),
        restrict([...storage, ...fastify, ...nodeOnly], 'The client runs in the browser.'),
        restrict(['**/features/**', '**/sync/**', '**/ui/**'], 'The data layer sits below features, sync and ui.'),
      ] }],
    },
  },
  {
    // PDF/XLSX generation: plain domain data in, bytes out; features load it with import() on demand.
    files: ['src/client/documents/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        restrict(['**/server/**'], 'The client never imports the server.'),
        restrict([...storage, ...fastify, ...nodeOnly], 'The client runs in the browser.'),
        restrict(['dexie', 'dexie-react-hooks', '**/db/**'], 'Documents take plain domain data: the caller reads the database.'),
        restrict(['**/features/**'], 'Features import documents, never the other way round.'),
      ] }],
    },
  },
  // A feature never imports another feature.
  ...features.map((feature) => ({
    files: [`src/client/features/${feature}/**`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        restrict(['**/server/**'], 'The client never imports the server.'),
        restrict([...storage, ...fastify, ...nodeOnly], 'The client runs in the browser.'),
        restrict(['dexie'], 'Only src/client/db imports dexie: go through a repository.'),
        restrict(features.filter((f) => f !== feature).map((f) => `**/${f}/**`), 'A feature never imports another feature.'),
      ] }],
    },
  })),
  {
    files: ['src/server/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        restrict(['**/client/**'], 'The server never imports the client.'),
        restrict(browserOnly, 'The server runs on Node.'),
        restrict(storage, 'Only src/server/store talks to the database.'),
      ] }],
    },
  },
  {
    files: ['src/server/store/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        restrict(['**/client/**'], 'The server never imports the client.'),
        restrict(browserOnly, 'The server runs on Node.'),
        restrict(['**/routes/**', '**/services/**'], 'The store sits below services and routes.'),
      ] }],
    },
  },
);
