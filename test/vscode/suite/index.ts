import Mocha from 'mocha';
import { loadTests } from './tests.js';

/**
 * Entry point the extension host loads (`--extensionTestsPath`): runs the suite
 * inside a real VS Code, resolving when every test passed.
 */
export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: true, timeout: 30_000 });
  // The test files are bundled with this one, so mocha's globals are set up by
  // hand before they load instead of by mocha.addFile.
  mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, 'outreach-suite', mocha);
  await loadTests();

  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} of the extension's tests failed in VS Code`);
}
