import mocha from 'mocha/mocha.js';
import { loadTests } from '../suite/tests.js';

/**
 * Entry point the web worker extension host loads (`extensionTestsPath`): the same
 * suite as ../suite/index.ts, run by mocha's browser build, which supports workers.
 */
export async function run(): Promise<void> {
  // A manifest with `main` would put the extension in the Node host; refuse, so a pass
  // always means the web bundle ran in a web worker.
  const scope = globalThis.constructor.name;
  if (scope !== 'DedicatedWorkerGlobalScope' || typeof process !== 'undefined') {
    throw new Error(`the web suite must run in the web worker extension host, not in ${scope} (Node ${typeof process === 'undefined' ? 'absent' : 'present'})`);
  }
  console.log(`      (extension host: ${scope}, no Node)`);
  mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 30_000, color: false });
  await loadTests();

  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} of the extension's tests failed in VS Code's web worker extension host`);
}
