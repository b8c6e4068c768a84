#!/usr/bin/env node
// Loads the built CLI and nothing else (see src/cli/main.ts).
import '../dist/cli.js';
