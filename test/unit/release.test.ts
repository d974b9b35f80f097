import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

/**
 * The release workflow runs only on a pushed tag, on GitHub; what can be checked
 * offline is checked here: it parses, it tests before it publishes, and it
 * publishes the package it tested with tokens from repository secrets.
 */
const ROOT = resolve(__dirname, '../..');
const WORKFLOW = resolve(ROOT, '.github/workflows/release.yml');
const manifest = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));

interface Step { name?: string; uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, unknown> }
interface Job { 'runs-on': string; container?: string | { image: string }; needs?: string | string[]; steps: Step[]; permissions?: Record<string, string> }
interface Workflow { on: { push?: { tags?: string[] } }; jobs: Record<string, Job> }

const workflow = parse(readFileSync(WORKFLOW, 'utf8')) as Workflow;
const jobs = Object.entries(workflow.jobs);
/** The job with a step whose command matches, and that step's index. */
function stepRunning(command: RegExp): { job: string; index: number; step: Step } {
  for (const [job, { steps }] of jobs) {
    const index = steps.findIndex((step) => command.test(step.run ?? ''));
    if (index >= 0) return { job, index, step: steps[index] };
  }
  assert.fail(`no step of the release workflow runs ${command}`);
}
const needs = (job: string) => [workflow.jobs[job].needs ?? []].flat();

describe('release workflow (.github/workflows/release.yml)', () => {
  it('runs on a pushed version tag, and only then', () => {
    assert.deepEqual(Object.keys(workflow.on), ['push']);
    assert.deepEqual(workflow.on.push, { tags: ['v*'] });
  });

  it('checks that the tag names the version in package.json', () => {
    const { step } = stepRunning(/GITHUB_REF_NAME.*v\$version/s);
    assert.match(step.run ?? '', /require\('\.\/package\.json'\)\.version/);
  });

  it('installs with npm ci and runs the whole npm test, real-VS-Code suites included, on Linux', () => {
    const install = stepRunning(/^npm ci\b/m);
    const test = stepRunning(/^npm test$/m);
    assert.equal(test.job, install.job);
    assert.ok(install.index < test.index, 'npm ci must come before npm test');
    const job = workflow.jobs[test.job];
    assert.match(job['runs-on'], /ubuntu/);
    // npm test includes the real-VS-Code runs, whose runner installs Chromium and the rest
    // with apt-get as root: a Debian image with the Node version the project supports.
    const image = typeof job.container === 'string' ? job.container : job.container?.image;
    assert.equal(image, `node:${manifest.engines.node.replace(/^>=/, '')}-bookworm`);
    assert.match(manifest.scripts.test, /test:vscode:run/);
    assert.match(manifest.scripts.test, /test:web:run/);
    assert.match(manifest.scripts.test, /test:vsix:run/);
  });

  it('packages with npm run package after the tests pass, and keeps that .vsix for publishing', () => {
    const test = stepRunning(/^npm test$/m);
    const pack = stepRunning(/^npm run package$/m);
    assert.equal(pack.job, test.job);
    assert.ok(test.index < pack.index);
    const upload = workflow.jobs[pack.job].steps.slice(pack.index).find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    assert.equal(upload?.with?.path, 'outreach-linter.vsix');
    assert.match(manifest.scripts.package, /--out outreach-linter\.vsix\b/);
  });

  for (const [tool, command, secret] of [
    ['vsce', /^npx vsce publish --packagePath outreach-linter\.vsix$/m, 'VSCE_PAT'],
    ['ovsx', /^npx ovsx publish --packagePath outreach-linter\.vsix$/m, 'OVSX_PAT'],
  ] as const) {
    it(`publishes the tested .vsix with ${tool}, with ${secret} from the repository secrets`, () => {
      const publish = stepRunning(command);
      assert.deepEqual(publish.step.env, { [secret]: `\${{ secrets.${secret} }}` });
      // Publishing waits for the tests, and takes the package they tested.
      assert.ok(needs(publish.job).includes(stepRunning(/^npm test$/m).job), `${publish.job} must need the job that tests`);
      const steps = workflow.jobs[publish.job].steps;
      const download = steps.findIndex((step) => step.uses?.startsWith('actions/download-artifact@'));
      assert.ok(download >= 0 && download < publish.index, 'the tested .vsix must be downloaded before publishing');
      assert.ok(!steps.some((step) => /npm run package|vsce package/.test(step.run ?? '')), 'the publish job must not package again');
      // npx runs the copy from devDependencies that npm ci installed, not one fetched at release time.
      assert.ok(manifest.devDependencies[tool === 'vsce' ? '@vscode/vsce' : 'ovsx'], `${tool} must be a devDependency`);
      assert.ok(existsSync(resolve(ROOT, 'node_modules/.bin', tool)), `${tool} is not installed`);
      assert.ok(steps.findIndex((step) => /^npm ci\b/m.test(step.run ?? '')) < publish.index);
    });
  }

  it('names no token in the file itself', () => {
    const text = readFileSync(WORKFLOW, 'utf8');
    const secrets = [...text.matchAll(/secrets\.(\w+)/g)].map((match) => match[1]).sort();
    assert.deepEqual(secrets, ['OVSX_PAT', 'VSCE_PAT']);
    assert.doesNotMatch(text, /--pat\b/);
  });
});
