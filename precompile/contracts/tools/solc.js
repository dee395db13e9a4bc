#!/usr/bin/env node
// A native-solc look-alike around solc-js, so Foundry can compile offline with the
// compiler pinned in package.json. It answers `--version` like native solc and serves
// `--standard-json` (input on stdin, output on stdout). It exits only after stdout has
// drained: a large JSON output must not be cut off at the pipe.
'use strict';
const fs = require('fs');
const path = require('path');
// The compiler comes from the calling Foundry project's node_modules (forge runs this
// in the project root), so every project of Parley's pins its own.
const solc = require(require.resolve('solc', { paths: [process.cwd(), __dirname] }));

const args = process.argv.slice(2);

if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(
    'solc, the solidity compiler commandline interface\nVersion: ' + solc.version() + '\n',
    () => process.exit(0));
} else if (args.includes('--standard-json')) {
  const chunks = [];
  process.stdin.on('data', (c) => chunks.push(c));
  process.stdin.on('end', () => {
    const input = Buffer.concat(chunks).toString('utf8');
    const roots = [process.cwd()];
    for (let i = 0; i < args.length; i++) {
      if ((args[i] === '--base-path' || args[i] === '--include-path') && args[i + 1]) roots.push(args[i + 1]);
      if (args[i] === '--allow-paths' && args[i + 1]) roots.push(...args[i + 1].split(','));
    }
    const findImports = (p) => {
      for (const r of roots) {
        const f = path.resolve(r, p);
        if (fs.existsSync(f)) return { contents: fs.readFileSync(f, 'utf8') };
      }
      return { error: 'File not found: ' + p };
    };
    const output = solc.compile(input, { import: findImports });
    process.stdout.write(output, () => process.exit(0));
  });
} else {
  process.stderr.write('solc.js: only --version and --standard-json are supported\n');
  process.exit(2);
}
