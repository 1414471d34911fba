import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', data: 'src/data.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'node20',
    platform: 'neutral',
    // franc-min is ESM-only: bundle it so that require() users are not broken.
    noExternal: ['franc-min', 'trigram-utils', 'n-gram', 'collapse-white-space'],
    splitting: false,
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    noExternal: ['franc-min', 'trigram-utils', 'n-gram', 'collapse-white-space'],
    splitting: false,
  },
]);
