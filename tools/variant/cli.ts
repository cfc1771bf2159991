/**
 * Entry point of the npm scripts that build, test and pack the two variants:
 *
 *   build                 jsii build of the cdktf variant (dist/lib, .jsii)          npm run build
 *   tree                  write the cdktn source tree to .build/cdktn
 *   test [jest args]      type-check the cdktn tree, then the `npm test` suite on it  npm run test:cdktn
 *   synth [--outdir DIR]  the examples (main.ts) synthesized with cdktn               npm run synth:cdktn
 *   tf-verify [args]      tf:verify (real Terraform, mock providers) on the cdktn tree npm run tf:verify:cdktn
 *   package               both tarballs into dist/packages/                          npm run package
 *   jsii-check            can jsii build the cdktn variant yet? (prints, exit 0)     npm run check:cdktn-jsii
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { checkJsiiBuild, jsiiBuild, packageAll } from './package';
import { CDKTN_TREE, ROOT, writeCdktnTree } from './tree';

/** Environment of every process of a cdktn run: child processes refuse cdktf too. */
function cdktnEnv(): NodeJS.ProcessEnv {
  const guard = path.join(ROOT, 'tools', 'variant', 'guard', 'node-guard.js');
  return { ...process.env, VNI_FRAMEWORK: 'cdktn', NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require=${guard}`.trim() };
}

function exec(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): number {
  const r = spawnSync(cmd, args, { cwd, env, stdio: 'inherit' });
  return r.status ?? 1;
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  switch (command) {
    case 'build':
      process.stdout.write(jsiiBuild());
      return 0;
    case 'tree': {
      const r = writeCdktnTree();
      console.log(`cdktn tree: ${r.files} files in ${path.relative(ROOT, CDKTN_TREE)}, ${r.changed} rewritten (${r.edits} edits)`);
      return 0;
    }
    case 'test': {
      const r = writeCdktnTree();
      console.log(`cdktn tree: ${r.files} files, ${r.changed} rewritten (${r.edits} edits); type-checking it against cdktn's types`);
      // ts-jest only transpiles: the type check against cdktn's declarations is this step.
      const tsc = exec(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], CDKTN_TREE, cdktnEnv());
      if (tsc !== 0) return tsc;
      console.log('running the test suite against cdktn');
      // --ci: snapshots are the cdktf ones with the provider pin rewritten; a missing one fails instead of being written.
      return exec(process.execPath, [path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), '--ci', '-c', path.join(CDKTN_TREE, 'jest.config.json'), ...rest], CDKTN_TREE, cdktnEnv());
    }
    case 'synth': {
      const i = rest.indexOf('--outdir');
      const outdir = path.resolve(i >= 0 ? rest[i + 1] : path.join(ROOT, '.build', 'cdktn.out'));
      writeCdktnTree();
      const code = exec(process.execPath, ['-r', 'ts-node/register/transpile-only', 'main.ts'], CDKTN_TREE, { ...cdktnEnv(), CDKTF_OUTDIR: outdir });
      if (code === 0) console.log(`cdktn synthesis written to ${outdir}`);
      return code;
    }
    case 'tf-verify': {
      // The harness itself is rewritten too, so the examples and corpus are synthesized by cdktn.
      writeCdktnTree();
      return exec(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join('tools', 'terraform', 'verify.ts'), ...rest], CDKTN_TREE, cdktnEnv());
    }
    case 'package': {
      for (const t of packageAll()) console.log(path.relative(ROOT, t));
      return 0;
    }
    case 'jsii-check': {
      const r = checkJsiiBuild();
      const first = r.output.split('\n').filter((l) => /error|ERROR|JSII\d/.test(l)).slice(0, 5).join('\n');
      console.log(r.ok
        ? 'cdktn variant: jsii CAN build it now. Switch its build from tsc to jsii (tools/variant/package.ts) and drop the npm override.'
        : `cdktn variant: jsii cannot build it yet (expected while @cdktn/provider-azurerm declares cdktn ^0.23 and only 0.24 is published):\n${first || r.output.slice(0, 800)}`);
      return 0;
    }
    default:
      console.error(`unknown command ${command ?? '(none)'}; see tools/variant/cli.ts`);
      return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
