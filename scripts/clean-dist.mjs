// First step of `npm run build`: remove dist/ before anything can fail. A build that then stops (bad YAML, a
// validation error) leaves no dist/ at all, never the previous complete site looking current: scripts/serve.mjs
// refuses to start without one.
import { rmSync } from 'node:fs';

rmSync(process.argv[2] ?? 'dist', { recursive: true, force: true });
