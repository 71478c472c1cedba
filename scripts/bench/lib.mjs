// Helpers the benchmark sections share: sizes, tables, child processes, a local server.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { basePath } from '../../src/lib/deploy.ts';

/** This Node, for child scripts; `node` from PATH (npm puts the pinned one first) if its binary was replaced meanwhile. */
export const nodeBin = () => (existsSync(process.execPath) ? process.execPath : 'node');

/** Gzip at zlib's default level (6), what most static hosts use when they compress on the fly. */
export const gzipSize = (data) => gzipSync(data).length;

/** The p-th percentile (0–100) of a list of numbers, nearest rank. */
export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
export const median = (values) => percentile(values, 50);

export const kb = (bytes) => (bytes == null ? '–' : `${(bytes / 1024).toFixed(1)} KB`);
export const seconds = (ms) => (ms == null ? '–' : `${(ms / 1000).toFixed(1)} s`);
export const ratio = (value) => (value == null || !Number.isFinite(value) ? '–' : `${value.toFixed(2)}×`);

/** One line of a section's verdict: a target and what was measured. `pass` is null when there is nothing to judge. */
export function check(name, target, measured, pass) {
  return { name, target, measured, pass };
}

export const mark = (pass) => (pass === true ? '✓' : pass === false ? '✗' : '–');

/** Prints rows (arrays of cells) under headers; numbers-looking cells are right-aligned. */
export function printTable(headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map((cell) => String(cell ?? '–')));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => [...(row[i] ?? '')].length)));
  const numeric = (text) => /^[-–\d.,]+\s?(KB|MB|s|ms|×|%)?$/.test(text);
  const line = (row) =>
    row
      .map((cell, i) => (numeric(cell) && i > 0 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  console.log(line(cells[0]));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of cells.slice(1)) console.log(line(row));
}

export function printChecks(checks) {
  printTable(
    ['check', 'target', 'measured', ''],
    checks.map((c) => [c.name, c.target, c.measured, mark(c.pass)]),
  );
}

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux architecture Node supports

/**
 * CPU time (user + system) of a process and all its descendants, sampled from /proc while they run: helper
 * binaries such as Pagefind's are included even when nobody waits for them. A busy machine inflates wall time
 * far more than CPU time. Linux only; `stop()` returns milliseconds, or null elsewhere.
 */
function cpuSampler(rootPid) {
  if (!existsSync('/proc/self/stat')) return { stop: () => null };
  const ticks = new Map();
  const sample = () => {
    const parents = new Map();
    const own = new Map();
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      let stat;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        continue; // exited meanwhile
      }
      // Fields after the command name (which may contain spaces): state ppid … utime(14) stime(15).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(pid), Number(fields[1]));
      own.set(Number(pid), Number(fields[11]) + Number(fields[12]));
    }
    const inTree = (pid) => {
      for (let p = pid, hops = 0; p > 1 && hops < 64; p = parents.get(p) ?? 0, hops += 1) if (p === rootPid) return true;
      return false;
    };
    for (const [pid, used] of own) if (inTree(pid)) ticks.set(pid, used);
  };
  sample();
  const timer = setInterval(sample, 200);
  return {
    stop() {
      clearInterval(timer);
      return ([...ticks.values()].reduce((sum, t) => sum + t, 0) / CLOCK_TICKS_PER_SECOND) * 1000;
    },
  };
}

/**
 * Runs a command and collects its output. `onLine` sees each output line as it arrives (for timing phases);
 * `echo` mirrors the output to this terminal; `cpu` also measures the CPU time of the command and its
 * descendants. Resolves with { code, output, ms, cpuMs } (cpuMs null when not measured); never rejects on a
 * non-zero exit.
 */
export function runCommand(command, args, { cwd, env, echo = false, onLine, cpu = false } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env } });
    const sampler = cpu && child.pid ? cpuSampler(child.pid) : { stop: () => null };
    let output = '';
    let pending = '';
    const take = (chunk) => {
      const text = chunk.toString();
      output += text;
      if (echo) process.stdout.write(text);
      if (!onLine) return;
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) onLine(line, performance.now() - started);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', (error) => {
      sampler.stop();
      reject(error);
    });
    child.on('close', (code) => {
      const ms = performance.now() - started;
      const cpuMs = sampler.stop();
      if (onLine && pending) onLine(pending, ms);
      resolve({ code, output, ms, cpuMs });
    });
  });
}

/** Last lines of a command's output, for error messages. */
export const tail = (output, lines = 15) => output.trim().split('\n').slice(-lines).join('\n');

/** Every file under a folder, as paths relative to it. */
export function walk(dir, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? walk(dir, path) : [path];
  });
}

export const folderBytes = (dir) => walk(dir).reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);

/** Starts scripts/serve.mjs on a port (serving `dir`) and resolves once it answers. */
export async function serve(root, dir, port) {
  const child = spawn(nodeBin(), [join(root, 'scripts/serve.mjs'), '--port', String(port), '--dir', dir], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = basePath();
  const url = `http://localhost:${port}${base}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`the static server exited (port ${port} in use?)`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, stop: () => child.kill() };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`the static server did not answer on port ${port}`);
}
