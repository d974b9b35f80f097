import Mocha from 'mocha';

/**
 * Entry point for the run against the extension installed from outreach-linter.vsix
 * (`npm run test:vsix`); loaded by the Node extension host from the harness folder
 * that prepare-harness.mjs makes.
 */
export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: true, timeout: 30_000 });
  mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, 'outreach-vsix-suite', mocha);
  await import('./installed.test.js');

  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} of the packaged extension's tests failed in VS Code`);
}
