#!/usr/bin/env node
// a committed shim, so package managers can link the command before dist/ is built
import "../dist/cli.js";
