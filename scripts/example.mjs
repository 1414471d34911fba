#!/usr/bin/env node
// Runs an example of examples/ by name: `npm run example` runs basic,
// `npm run example -- english` runs examples/english.ts.
//
// Node 20 cannot run TypeScript, so the example runs under a module hook that
// strips its types with esbuild's transform API (esbuild comes with tsup).
// Nothing is bundled: the example imports 'arabic-diplomatic-ner' exactly as a
// user's code would, and Node resolves that to this package's own dist/
// through the "exports" of package.json (self-reference). Build first:
// `npm run build`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const examples = join(root, 'examples');
const names = readdirSync(examples)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .map((f) => f.slice(0, -3))
  .sort();

const [name = 'basic', ...args] = process.argv.slice(2);
if (name === '--help' || name === '-h' || name === '--list') {
  console.log(`Usage: npm run example [-- <name> [args...]]\n\nExamples: ${names.join(', ')}`);
  process.exit(0);
}
const file = join(examples, `${name.replace(/\.ts$/, '')}.ts`);
if (!existsSync(file)) {
  console.error(`example: no example "${name}"; the examples are: ${names.join(', ')}`);
  process.exit(2);
}
if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('example: the library is not built (dist/index.js is missing): run `npm run build` first');
  process.exit(2);
}

if (typeof nodeModule.register !== 'function') {
  console.error(`example: running the TypeScript examples needs Node 20.6 or later (module.register); this is ${process.version}`);
  process.exit(2);
}

let esbuild;
try {
  esbuild = nodeModule.createRequire(join(root, 'package.json')).resolve('esbuild');
} catch {
  console.error('example: esbuild is missing (it comes with tsup): run `npm install`');
  process.exit(2);
}

// The hook: .ts files are transformed by esbuild (types removed, nothing else).
const hooks = `
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
const { transform } = createRequire(${JSON.stringify(pathToFileURL(esbuild).href)})(${JSON.stringify(esbuild)});
export async function load(url, context, next) {
  if (!url.startsWith('file:') || !/\\.[cm]?ts$/.test(new URL(url).pathname)) return next(url, context);
  const source = await readFile(new URL(url), 'utf8');
  const { code } = await transform(source, { loader: 'ts', format: 'esm', target: 'node20', sourcefile: url, sourcemap: 'inline' });
  return { format: 'module', source: code, shortCircuit: true };
}
`;
// Registers the hook; and \`npm run example -- basic | head\` ends quietly instead of with EPIPE.
const preload = `
import { register } from 'node:module';
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});
process.stdout.on('error', (err) => { if (err.code === 'EPIPE') process.exit(0); throw err; });
`;

const result = spawnSync(
  process.execPath,
  ['--enable-source-maps', '--import', `data:text/javascript,${encodeURIComponent(preload)}`, file, ...args],
  { cwd: root, stdio: 'inherit' },
);
if (result.error) {
  console.error(`example: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
