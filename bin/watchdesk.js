#!/usr/bin/env node
// Runs the TypeScript sources directly (through tsx), so `npx watchdesk` works right after
// `npm install` with no build step and never runs stale compiled code.
import { register } from 'tsx/esm/api'

register()
await import('../src/cli/main.ts')
