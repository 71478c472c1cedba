/** A throw-away copy of the project for tests that build variants of the site (broken content, another deploy base). */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PROJECT_FILES = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * Copies what a build reads into a temp dir. node_modules is a fresh folder of links to the real packages, so
 * each copy keeps its own Astro and Vite caches (node_modules/.astro, node_modules/.vite) and builds can run side by side.
 */
export function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'seller-letters-'));
  for (const name of PROJECT_FILES) cpSync(name, join(dir, name), { recursive: true });
  const modules = realpathSync('node_modules');
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(modules)) {
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    symlinkSync(join(modules, entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

export const removeProject = (dir: string) => rmSync(dir, { recursive: true, force: true });

export interface RunResult {
  code: number | null;
  output: string;
}

/** Runs a command in the copy, without colours, and resolves with its exit code and everything it printed. */
export function run(dir: string, command: string, args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: dir, env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Runs a Node script of the copy (e.g. Astro's CLI) with the Node running the tests (the pinned Node 24). */
export const runNode = (dir: string, args: string[], env: Record<string, string> = {}) => run(dir, process.execPath, args, env);

/** `astro build` in a copy; extra CLI arguments (e.g. ['--outDir', …]) pass through. */
export const astroBuild = (dir: string, args: string[] = [], env: Record<string, string> = {}) =>
  runNode(dir, ['node_modules/astro/bin/astro.mjs', 'build', ...args], env);
