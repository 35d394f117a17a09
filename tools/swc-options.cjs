// One SWC configuration for the build and for Jest, so tests run the code the build ships.
const path = require('node:path');
const tsconfig = require('../tsconfig.base.json');

const workspaceRoot = path.resolve(__dirname, '..');

/** @param {{ paths?: boolean }} options rewrite the tsconfig path aliases (the build needs it, Jest maps them itself) */
function swcOptions({ paths = false } = {}) {
  return {
    sourceMaps: true,
    module: { type: 'commonjs' },
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
      ...(paths ? { baseUrl: workspaceRoot, paths: tsconfig.compilerOptions.paths } : {}),
    },
  };
}

/** Jest moduleNameMapper entries for the tsconfig path aliases. */
function jestModuleNameMapper() {
  const mapper = {};
  for (const [alias, [target]] of Object.entries(tsconfig.compilerOptions.paths)) {
    const from = '^' + alias.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace('*', '(.*)') + '$';
    mapper[from] = path.join(workspaceRoot, target.replace('*', '$1'));
  }
  return mapper;
}

module.exports = { swcOptions, jestModuleNameMapper, workspaceRoot };
