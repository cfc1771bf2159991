/**
 * One measurement in a fresh process: `node child.js <scenario> <library|baseline> <n> <outdir>`.
 * Prints one JSON line. Peak RSS is the whole process's, so it includes loading the modules.
 */
import { performance } from 'perf_hooks';

function main(): void {
  const [scenarioName, variant, nText, outdir] = process.argv.slice(2);
  const n = Number(nText);
  const t0 = performance.now();
  // Loaded here, not at the top, so the module load is timed separately from the build.
  const { App, TerraformStack } = require('cdktf') as typeof import('cdktf');
  const { AzurermProvider } = require('@cdktf/provider-azurerm/lib/provider') as typeof import('@cdktf/provider-azurerm/lib/provider');
  const { scenarioByName } = require('./scenarios') as typeof import('./scenarios');
  const scenario = scenarioByName(scenarioName);
  if (variant === 'library') require('../lib');
  const t1 = performance.now();
  const cpu0 = process.cpuUsage();
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'bench');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  if (variant === 'library') scenario.library(stack, n);
  else if (variant === 'baseline') scenario.baseline(stack, n);
  else throw new Error(`variant must be library or baseline, got ${variant}`);
  const t2 = performance.now();
  app.synth();
  const t3 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const ru = process.resourceUsage();
  process.stdout.write(
    JSON.stringify({
      scenario: scenarioName,
      variant,
      n,
      loadMs: t1 - t0,
      buildMs: t2 - t1,
      synthMs: t3 - t2,
      totalMs: t3 - t1,
      // user + system CPU of all threads (main and GC helpers) for build + synth: much less
      // sensitive than wall time to other tenants of a small virtual machine.
      cpuMs: (cpu.user + cpu.system) / 1000,
      userMs: cpu.user / 1000,
      systemMs: cpu.system / 1000,
      maxRssMb: ru.maxRSS / 1024,
    }) + '\n',
  );
}

main();
