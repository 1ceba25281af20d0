// The one workbench the UI specs share, set by the harness before mocha loads them.
let current;

export function useWorkbench(workbench) {
  current = workbench;
}

/** The workbench under test; throws if the harness has not opened one. */
export function workbench() {
  if (!current) throw new Error('no workbench: run the UI specs through test/e2e/run.mjs');
  return current;
}
