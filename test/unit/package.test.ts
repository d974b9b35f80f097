import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import yauzl from 'yauzl';

/**
 * What the Extensions page shows comes from the .vsix: its manifest, icon, README and
 * changelog. `npm run package` is run here as a user would run it, and the package
 * read back. (test/vscode/vsix/ installs the same package into a real VS Code.)
 */
const ROOT = resolve(__dirname, '../..');
const VSIX = resolve(ROOT, 'outreach-linter.vsix');
const manifest = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
const REPOSITORY: string = manifest.repository.url;

/** Every file in a zip, by name. */
function readZip(file: string): Promise<Map<string, Buffer>> {
  return new Promise((done, fail) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return fail(error);
      const files = new Map<string, Buffer>();
      zip.on('error', fail);
      zip.on('end', () => done(files));
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return fail(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => { files.set(entry.fileName, Buffer.concat(chunks)); zip.readEntry(); });
        });
      });
      zip.readEntry();
    });
  });
}

/** Width and height from a PNG's header chunk, which always comes first. */
function pngSize(png: Buffer): { width: number; height: number } {
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG', 'not a PNG');
  assert.equal(png.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Every address a markdown file links to or loads: links, images, definitions and raw HTML. */
function addressesIn(markdown: string): string[] {
  const addresses: string[] = [];
  visit(fromMarkdown(markdown) as Nodes, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') addresses.push(node.url);
    // Raw HTML is kept as text by the markdown parser; its href and src attributes are
    // the only addresses it can hold.
    if (node.type === 'html') addresses.push(...[...node.value.matchAll(/\b(?:href|src)\s*=\s*["']([^"']*)["']/gi)].map((match) => match[1]));
  });
  return addresses;
}

/**
 * Heading ids as GitHub and the Marketplace give them: lower case, punctuation dropped,
 * spaces to hyphens. Written out because no slugger is a dependency and these headings
 * are plain words; a heading this gets wrong fails the anchor test below, loudly.
 */
const headingIds = (markdown: string) =>
  [...markdown.matchAll(/^#{1,6}\s+(.+?)\s*$/gm)].map((match) => match[1].toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-'));

describe('extension manifest (package.json)', () => {
  it('names the repository once and derives the homepage and issue tracker from it', () => {
    assert.match(REPOSITORY, /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
    assert.equal(manifest.homepage, `${REPOSITORY}#readme`);
    assert.equal(manifest.bugs.url, `${REPOSITORY}/issues`);
  });

  it('has what the Extensions page shows: icon, banner, categories, keywords', () => {
    assert.equal(manifest.icon, 'images/icon.png');
    assert.deepEqual(manifest.categories, ['Linters', 'Snippets', 'Other']);
    assert.match(manifest.galleryBanner.color, /^#[0-9a-f]{6}$/i);
    assert.ok(['dark', 'light'].includes(manifest.galleryBanner.theme));
    // The Marketplace takes at most 30 keywords.
    assert.ok(manifest.keywords.length > 0 && manifest.keywords.length <= 30);
  });

  it('packages with no --allow flag and rewrites the README links', () => {
    assert.doesNotMatch(manifest.scripts.package, /--allow-|--no-rewrite-relative-links/);
  });

  it('has a 128×128 PNG icon rendered from images/icon.svg', () => {
    assert.deepEqual(pngSize(readFileSync(resolve(ROOT, manifest.icon))), { width: 128, height: 128 });
    const check = spawnSync(process.execPath, ['scripts/render-icon.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
  });
});

describe('the packaged extension (npm run package)', function () {
  // A production build and a zip; slow on a busy machine.
  this.timeout(240_000);
  let output = '';
  let files = new Map<string, Buffer>();
  const file = (name: string) => {
    const content = files.get(`extension/${name}`);
    assert.ok(content, `extension/${name} is not in the .vsix; it has ${[...files.keys()].join(', ')}`);
    return content;
  };
  const packaged = () => JSON.parse(file('package.json').toString('utf8'));
  const readme = () => file('readme.md').toString('utf8');

  before(async () => {
    const result = spawnSync('npm', ['run', 'package'], { cwd: ROOT, encoding: 'utf8' });
    output = `${result.stdout}\n${result.stderr}`;
    assert.equal(result.status, 0, output);
    files = await readZip(VSIX);
  });
  // `npm run package` leaves production bundles in dist/; put back what `npm run build` makes.
  after(() => {
    const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
  });

  it('packages with no warnings', () => {
    // npm's own notices about its configuration are not the package's.
    const warnings = output.split('\n').filter((line) => /warn/i.test(line) && !/^npm warn/i.test(line));
    assert.deepEqual(warnings, []);
    assert.match(output, /DONE\s+Packaged: .*outreach-linter\.vsix/);
  });

  it('has the icon, the repository and both entries in its package.json, and their files', () => {
    const shipped = packaged();
    assert.equal(shipped.icon, manifest.icon);
    assert.deepEqual(shipped.repository, manifest.repository);
    assert.equal(shipped.main, './dist/extension.js');
    assert.equal(shipped.browser, './dist/web/extension.js');
    for (const entry of [shipped.main, shipped.browser]) assert.ok(file(entry.replace(/^\.\//, '')).length > 10_000, `${entry} is empty`);
    assert.deepEqual(pngSize(file(shipped.icon)), { width: 128, height: 128 });
    for (const { path } of shipped.contributes.snippets) JSON.parse(file(path.replace(/^\.\//, '')).toString('utf8'));
    assert.match(files.get('extension.vsixmanifest')?.toString('utf8') ?? '', /<Icon>extension\/images\/icon\.png<\/Icon>/);
  });

  it('ships every rule page the extension opens, and nothing the page does not need', () => {
    const pages = [...files.keys()].filter((name) => name.startsWith('extension/docs/rules/'));
    assert.ok(pages.length >= 19, `only ${pages.length} rule pages`);
    for (const page of pages) assert.ok(existsSync(resolve(ROOT, page.replace(/^extension\//, ''))));
    const unexpected = [...files.keys()].filter((name) => /\.(map|ts)$|^extension\/(src|test|node_modules|scripts)\//.test(name) || name.endsWith('quick-fix.png'));
    assert.deepEqual(unexpected, []);
  });

  it('links only to absolute addresses or anchors in its README, so every link works on the Extensions page', () => {
    const addresses = addressesIn(readme());
    assert.ok(addresses.length > 20, `only ${addresses.length} links found`);
    const relative = addresses.filter((address) => !/^(https:\/\/|mailto:|#)/.test(address));
    assert.deepEqual(relative, []);
  });

  it('links to files that exist in the repository, and loads its picture from there', () => {
    const addresses = addressesIn(readme());
    const intoRepository = addresses.filter((address) => address.startsWith(`${REPOSITORY}/`));
    for (const address of intoRepository) {
      const path = /^\/(?:blob|raw)\/HEAD\/(.+)$/.exec(address.slice(REPOSITORY.length))?.[1];
      assert.ok(path, `${address} does not name a file in the repository`);
      assert.ok(existsSync(resolve(ROOT, decodeURI(path))), `${address}: ${path} does not exist`);
    }
    assert.ok(intoRepository.includes(`${REPOSITORY}/raw/HEAD/docs/images/quick-fix.png`), 'the picture is not loaded from the repository');
    assert.ok(intoRepository.includes(`${REPOSITORY}/blob/HEAD/docs/rules/no-job-request.md`), 'the rules table does not link to the rule pages');
  });

  it('has anchors that name a heading of its README', () => {
    const text = readme();
    const ids = headingIds(text);
    const broken = addressesIn(text).filter((address) => address.startsWith('#') && !ids.includes(address.slice(1)));
    assert.deepEqual(broken, []);
  });

  it('has a changelog with a section for this version', () => {
    assert.match(file('changelog.md').toString('utf8'), new RegExp(`^## \\[?${manifest.version.replace(/\./g, '\\.')}\\b`, 'm'));
  });
});
