import Mocha from 'mocha';

/**
 * Entry point the extension host loads (`--extensionTestsPath`): runs the suite
 * inside a real VS Code, resolving when every test passed.
 */
export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: true, timeout: 30_000 });
  // The test files are bundled with this one, so mocha's globals are set up by
  // hand before they load instead of by mocha.addFile.
  mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, 'outreach-suite', mocha);
  await import('./trust.test.js');
  // Early, while the workspace is as a user would see it.
  await import('./screenshot.test.js');
  await import('./drafts.test.js');
  await import('./quick-fixes.test.js');
  await import('./settings.test.js');
  await import('./snippets.test.js');
  await import('./commands.test.js');

  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} of the extension's tests failed in VS Code`);
}
