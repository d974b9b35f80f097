#!/usr/bin/env node
'use strict';
if (process.argv.includes('--lsp')) {
  require('../dist/server.js').startServer();
  return;
}
const { main } = require('../dist/cli.js');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`outreach-lint: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);
