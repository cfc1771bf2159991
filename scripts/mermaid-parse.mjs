// Parses Mermaid diagrams with Mermaid's own parser (mermaid.parse) under jsdom.
// Usage: node scripts/mermaid-parse.mjs file.mmd|file.md ...   (a .md file: every ```mermaid block)
// Prints one JSON line per diagram: {"file", "index", "ok", "diagramType"|"error"}; exits 1 if any fails.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

let failed = false;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  const blocks = file.endsWith('.md') ? [...text.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]) : [text];
  if (blocks.length === 0) {
    failed = true;
    console.log(JSON.stringify({ file, index: -1, ok: false, error: 'no mermaid block' }));
  }
  for (const [index, source] of blocks.entries()) {
    try {
      const r = await mermaid.parse(source);
      console.log(JSON.stringify({ file, index, ok: true, diagramType: r.diagramType }));
    } catch (e) {
      failed = true;
      console.log(JSON.stringify({ file, index, ok: false, error: String(e && e.message ? e.message : e) }));
    }
  }
}
process.exit(failed ? 1 : 0);
