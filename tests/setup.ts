// The library's source loads compromise with a bare `require` (the build turns it into a lazy
// call inside the bundle: src/english/nlp.ts). Under vitest the source runs as ESM, so Node's
// require is provided here.
import { createRequire } from 'node:module';

(globalThis as { require?: NodeRequire }).require ??= createRequire(import.meta.url);
