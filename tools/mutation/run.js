#!/usr/bin/env node
// `npm run mutation [-- --scope net,facts] [-- <stryker options>]`: runs Stryker once per scope
// (tools/mutation/scopes.js; all of them by default) with tools/mutation/stryker.config.mjs, then
// prints the combined mutation score from the JSON reports as the last line.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const scopes = require('./scopes');

const root = path.resolve(__dirname, '..', '..');
const args = process.argv.slice(2);
let chosen = Object.keys(scopes);
const at = args.indexOf('--scope');
if (at >= 0) {
  chosen = String(args[at + 1] ?? '').split(',').filter(Boolean);
  args.splice(at, 2);
}
const unknown = chosen.filter((s) => !(s in scopes));
if (unknown.length > 0 || chosen.length === 0) {
  console.error(`--scope takes a comma-separated list of ${Object.keys(scopes).join(', ')}; got ${unknown.join(', ') || 'nothing'}`);
  process.exit(2);
}

const bin = path.join(root, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');
const started = Date.now();
const counts = {};
const survivors = [];
const lines = [];
for (const scope of chosen) {
  const report = path.join(root, 'reports', 'mutation', `${scope}.json`);
  fs.rmSync(report, { force: true });
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [bin, 'run', 'tools/mutation/stryker.config.mjs', ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, MUTATION_SCOPE: scope },
  });
  if (r.status !== 0 || !fs.existsSync(report)) {
    console.error(`stryker failed on scope ${scope} (exit ${r.status})`);
    process.exit(r.status || 1);
  }
  const own = {};
  for (const [file, { mutants }] of Object.entries(JSON.parse(fs.readFileSync(report, 'utf8')).files)) {
    for (const m of mutants) {
      own[m.status] = (own[m.status] ?? 0) + 1;
      counts[m.status] = (counts[m.status] ?? 0) + 1;
      if (m.status === 'Survived' || m.status === 'NoCoverage') {
        const where = `${file}:${m.location.start.line}:${m.location.start.column}`;
        survivors.push(`${where} ${m.mutatorName} ${m.status}${m.replacement !== undefined ? ` -> ${JSON.stringify(m.replacement).slice(0, 100)}` : ''}`);
      }
    }
  }
  lines.push(`${scope}: ${score(own)} (${summary(own)}; ${Math.round((Date.now() - t0) / 1000)} s)`);
}

// Stryker's own definition: detected (killed, timeout) over valid mutants (detected, survived,
// no coverage); mutants that did not compile or crashed the run, and ignored ones, do not count.
function score(c) {
  const detected = (c.Killed ?? 0) + (c.Timeout ?? 0);
  const valid = detected + (c.Survived ?? 0) + (c.NoCoverage ?? 0);
  return `${valid === 0 ? '100.00' : ((100 * detected) / valid).toFixed(2)}%`;
}
function summary(c) {
  return Object.entries(c).map(([k, v]) => `${k} ${v}`).join(', ');
}

fs.writeFileSync(path.join(root, 'reports', 'mutation', 'survivors.txt'), survivors.join('\n') + '\n');
for (const l of lines) console.log(l);
console.log(`survivors: reports/mutation/survivors.txt; total ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`mutation score: ${score(counts)}`);
