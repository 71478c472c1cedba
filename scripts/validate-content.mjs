// Helpers' entry point: runs scripts/validate-content.ts on the pinned Node (which strips TypeScript types).
import { spawnSync } from 'node:child_process';
const result = spawnSync(process.execPath, ['scripts/validate-content.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
