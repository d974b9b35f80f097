#!/usr/bin/env node
'use strict';
// The language server over stdio (also `outreach-lint --lsp`).
require('../dist/server.js').startServer();
