#!/usr/bin/env node
// Centric's command line. The workspace runs TypeScript source directly (no build step), through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
