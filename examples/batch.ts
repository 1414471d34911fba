/**
 * batch: JSON Lines in, JSON Lines out. Each input line is
 * {"id", "text", "published"}; each output line is {"id", ...result}, or
 * {"id", "line", "error": {"code", "message"}} for a line that cannot be used.
 * Lines are read one at a time (node:readline), so memory stays constant
 * however large the file.
 *
 *   npm run example -- batch                      # examples/articles.jsonl
 *   npm run example -- batch my-articles.jsonl > results.jsonl
 *   cat my-articles.jsonl | npm run -s example -- batch -
 *
 * The command line does the same, with worker threads and a progress line:
 *   npx arabic-diplomatic-ner --jsonl --jobs 4 my-articles.jsonl > results.jsonl
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createExtractor, DiplomaticNerError } from 'arabic-diplomatic-ner';

const input = process.argv[2] ?? new URL('./articles.jsonl', import.meta.url);
const stream = input === '-' ? process.stdin : createReadStream(input);

// Build once, extract many times: the gazetteer is compiled on the first call.
const extractor = createExtractor();

/** The file's lines, then a truncated line, to show what a bad line gives. */
async function* lines(): AsyncGenerator<string> {
  yield* createInterface({ input: stream, crlfDelay: Infinity });
  if (input !== '-' && !process.argv[2]) yield '{"id": "example-broken", "text": "التقى وزير';
}

function processLine(text: string, line: number): object {
  let doc: { id?: unknown; text?: unknown; published?: unknown };
  try {
    doc = JSON.parse(text);
  } catch (err) {
    return { id: null, line, error: { code: 'E_JSON', message: (err as Error).message } };
  }
  const id = doc.id ?? null;
  if (typeof doc.text !== 'string') return { id, line, error: { code: 'E_DOC', message: 'the line has no "text" string' } };
  try {
    const published = typeof doc.published === 'string' ? doc.published : null;
    return { id, ...extractor.extract(doc.text, { publishedAt: published }) };
  } catch (err) {
    // Only bad input gets here (a malformed date, a text over maxLength): report it, go on.
    if (err instanceof DiplomaticNerError) return { id, line, error: { code: err.code, message: err.message } };
    throw err;
  }
}

let line = 0;
let documents = 0;
let failed = 0;
for await (const text of lines()) {
  line++;
  if (!text.trim()) continue;
  const record = processLine(text, line);
  documents++;
  if ('error' in record) failed++;
  process.stdout.write(`${JSON.stringify(record)}\n`);
}
console.error(`batch: ${documents} documents, ${failed} failed`);
// A batch tool should say when lines failed (the demo's own broken line does not count).
if (process.argv[2]) process.exitCode = failed ? 1 : 0;
