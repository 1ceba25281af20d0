// Child processes started in their own process group, so that stopping one stops everything it
// started (code-server forks its extension host and file watcher; chromium forks renderers).
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';

const running = new Set();

process.on('exit', () => {
  for (const child of running) signalGroup(child, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => process.exit(130));
}

/**
 * Starts `command` as the leader of a new process group, its output appended to `logPath`.
 * Returns the child; `stopGroup(child)` ends it and all its descendants.
 */
export function spawnGroup(command, args, { env, cwd, logPath }) {
  const log = createWriteStream(logPath, { flags: 'a' });
  const child = spawn(command, args, { env, cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  child.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  running.add(child);
  child.exited.then(() => running.delete(child));
  return child;
}

/** Sends TERM to the child's process group, then KILL if it has not exited within `graceMs`. */
export async function stopGroup(child, graceMs = 5_000) {
  if (!running.has(child)) return;
  signalGroup(child, 'SIGTERM');
  let timer;
  const killed = new Promise((resolve) => {
    timer = setTimeout(() => {
      signalGroup(child, 'SIGKILL');
      resolve();
    }, graceMs);
  });
  await Promise.race([child.exited, killed]);
  clearTimeout(timer);
  // The leader may be gone while descendants linger in the group: make sure they are too.
  signalGroup(child, 'SIGKILL');
  running.delete(child);
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch (error) {
    if (error.code !== 'ESRCH') throw error;
  }
}

/**
 * Runs `command` to completion in its own process group and resolves with its exit code and
 * output; kills the group if it outlives `timeoutMs`.
 */
export function runToEnd(command, args, { env, cwd, timeoutMs }) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, { env, cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      output += `\n[killed after ${timeoutMs} ms]\n`;
      signalGroup(child, 'SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      running.delete(child);
      resolve({ code: 1, output: output + String(error) });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      running.delete(child);
      resolve({ code: code ?? 1, output });
    });
  });
}
