// Waiting for a condition, never for a fixed time.

/**
 * Polls `probe` until it returns a truthy value, and returns that value; throws an error naming
 * `what` (and the last thing `probe` threw) once `timeoutMs` has passed.
 *
 * @example const port = await waitFor('code-server to answer /healthz', () => healthy(url), { timeoutMs: 60_000 });
 */
export async function waitFor(what, probe, { timeoutMs = 20_000, intervalMs = 100 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const cause = lastError ? ` (last error: ${lastError.message ?? lastError})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Rejects with an error naming `what` if `promise` has not settled within `timeoutMs`. */
export function within(what, promise, timeoutMs) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
