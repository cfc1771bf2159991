/**
 * Synthesizes every example scenario as its own stack into cdktf.out/ and prints a short summary
 * per stack (resources, rule checks and their outcomes, where the report and diagram are).
 * Run with `npm run synth` (or `npx cdktf synth` with cdktf-cli installed).
 */
import { App } from 'cdktf';
import { SCENARIOS } from './examples';
import { formatSynthesisSummary, summarizeSynthesis } from './lib/inventory/summary';

const app = new App();
for (const s of SCENARIOS) s.build(app, s.id);
try {
  app.synth();
} finally {
  // Printed on failure too, so the pipeline log points at the reports that explain it.
  console.log(formatSynthesisSummary(summarizeSynthesis(app)));
}
