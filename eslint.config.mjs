import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const ownScope = (scope) => ({
  sourceTag: `scope:${scope}`,
  onlyDependOnLibsWithTags: [`scope:${scope}`, 'scope:shared', 'type:contracts'],
});

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', '**/generated/**', '**/*.cjs', '**/*.mjs'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:service', 'type:domain', 'type:contracts', 'type:protocol', 'type:platform', 'type:testing'] },
            { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:protocol', 'type:platform', 'type:testing'] },
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:protocol'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', '@nats-io/*', 'pg', 'express', 'ws'],
            },
            {
              sourceTag: 'type:contracts',
              onlyDependOnLibsWithTags: ['type:contracts'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', '@nats-io/*', 'pg', 'express', 'ws'],
            },
            {
              sourceTag: 'type:protocol',
              onlyDependOnLibsWithTags: ['type:protocol', 'type:contracts'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', '@nats-io/*', 'pg'],
            },
            // type:testing is only imported by *.int-spec.ts files and fixtures.
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', 'type:testing'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', 'type:protocol', 'type:domain'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            ownScope('station'),
            ownScope('ocpi'),
            ownScope('credentials'),
            ownScope('directory'),
            ownScope('tariff'),
            ownScope('oicp'),
            { sourceTag: 'scope:all', onlyDependOnLibsWithTags: ['*'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.fixture.ts', '**/__fixtures__/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
