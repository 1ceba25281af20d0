// `npm test`: every suite in turn, then one closing line `N passed, N failed` for CI.
// A suite is a command whose output carries its own counts; a suite that crashes or reports
// no count counts as one failure, so nothing is skipped in silence.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const suites = [
  { name: 'typecheck', cmd: 'npx', args: ['tsc', '--noEmit', '-p', '.'], counts: 'exit' },
  { name: 'build', cmd: 'node', args: ['esbuild.js'], counts: 'exit' },
  { name: 'unit and grammar', cmd: 'npx', args: ['mocha'], counts: 'mocha' },
  ...(process.env.POLICY_LENS_SKIP_E2E ? [] : [{ name: 'end-to-end', cmd: 'node', args: ['test/e2e/run.mjs'], counts: 'line', optional: 'test/e2e/run.mjs' }]),
];

let passed = 0;
let failed = 0;


for (const suite of suites) {
  if (suite.optional && !existsSync(suite.optional)) continue;
  console.log(`\n=== ${suite.name}: ${suite.cmd} ${suite.args.join(' ')}`);
  const { code, output } = await run(suite.cmd, suite.args);
  const counts = countsOf(suite.counts, code, output);
  if (!counts) {
    console.log(`=== ${suite.name}: no test count in its output (exit ${code}); counted as 1 failure`);
    failed += 1;
    continue;
  }
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  console.log(`=== ${suite.name}: ${counts.passed} passed, ${counts.failed} failed`);
  passed += counts.passed;
  failed += counts.failed;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

function countsOf(kind, code, output) {
  if (kind === 'exit') return code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  if (kind === 'mocha') {
    const p = /(\d+) passing/.exec(output);
    const f = /(\d+) failing/.exec(output);
    return p || f ? { passed: p ? Number(p[1]) : 0, failed: f ? Number(f[1]) : 0 } : null;
  }
  const lines = [...output.matchAll(/^(\d+) passed, (\d+) failed\b/gm)];
  const last = lines.at(-1);
  return last ? { passed: Number(last[1]), failed: Number(last[2]) } : null;
}

function run(cmd, args) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const tee = (stream, sink) => stream.on('data', (chunk) => { output += chunk; sink.write(chunk); });
    tee(child.stdout, process.stdout);
    tee(child.stderr, process.stderr);
    child.on('error', (error) => { output += String(error); resolve({ code: 1, output }); });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
