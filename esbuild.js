// Builds two things:
//  - dist/: the shipped bundles (the extension, with `vscode` external, and the CLI), plus the benchmark's bundle in out/test/bench/;
//  - out/:  every src/ and test/ module transpiled one to one, for mocha and the in-host tests.
// esbuild does not type-check: `npm run typecheck` (tsc --noEmit) is the type gate.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');

function tsFilesUnder(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : tsFilesUnder(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

// The sidecar codec (YAML parser and zod, half the extension's code) stays out of dist/extension.js and is
// loaded from its own bundle the first time a sidecar is read or written: see src/vscode/sidecarCodec.ts.
const sidecarCodecApart = {
  name: 'sidecar-codec-apart',
  setup(build) {
    build.onResolve({ filter: /\/sidecarYaml$/ }, () => ({ path: './sidecarYaml.js', external: true }));
  },
};

async function main() {
  const shared = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: !production, minify: production, logLevel: 'warning' };
  await Promise.all([
    esbuild.build({
      ...shared,
      entryPoints: ['src/extension.ts'],
      outfile: 'dist/extension.js',
      external: ['vscode'],
      plugins: [sidecarCodecApart],
      // import() becomes require(), which the extension host resolves like the bundle's own `vscode` import.
      supported: { 'dynamic-import': false },
    }),
    esbuild.build({ ...shared, entryPoints: ['src/core/sidecarYaml.ts'], outfile: 'dist/sidecarYaml.js' }),
    esbuild.build({ ...shared, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
    // The benchmark is bundled like the CLI, so it times the code a user runs.
    esbuild.build({ ...shared, entryPoints: ['test/bench/scan.bench.ts'], outfile: 'out/test/bench/scan.bundle.js' }),
    esbuild.build({ ...shared, entryPoints: ['test/bench/liveEdit.bench.ts'], outfile: 'out/test/bench/liveEdit.bundle.js' }),
    esbuild.build({
      entryPoints: [...tsFilesUnder('src'), ...tsFilesUnder('test')],
      outdir: 'out',
      outbase: '.',
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      sourcemap: true,
      logLevel: 'warning',
    }),
  ]);
  fs.chmodSync('dist/cli.js', 0o755);
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
