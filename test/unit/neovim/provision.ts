import { spawnSync } from 'node:child_process';

/** Where Neovim is, or why the real-client tests cannot run here. */
export type NeovimSetup = { nvim: string; version: string } | { skip: string };

const onPath = (name: string): boolean => spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;

function versionOf(nvim: string): string | undefined {
  const result = spawnSync(nvim, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  return result.status === 0 ? /NVIM v?(\S+)/.exec(result.stdout)?.[1] : undefined;
}

/**
 * Finds Neovim, installing Debian's package first when it is missing and we run
 * as root (as the VS Code runner installs Chromium). Anywhere else the caller
 * skips, naming what to install.
 */
export function provisionNeovim(log: (line: string) => void): NeovimSetup {
  const found = onPath('nvim') ? versionOf('nvim') : undefined;
  if (found) return { nvim: 'nvim', version: found };
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !onPath('apt-get')) {
    return { skip: 'Neovim is not installed and cannot be installed here (needs root and apt-get); install it (Debian: apt-get install -y neovim) to run these tests' };
  }
  log('installing Neovim from Debian (apt-get install -y neovim)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Wait for another apt run to finish instead of failing on its lock.
  const lock = ['-o', 'DPkg::Lock::Timeout=300'];
  const steps = [['update', ...lock], ['install', '-y', '--no-install-recommends', ...lock, 'neovim']];
  for (const args of steps) {
    const result = spawnSync('apt-get', args, { env, encoding: 'utf8', timeout: 600_000 });
    if (result.status !== 0) {
      return { skip: `Neovim could not be installed: apt-get ${args[0]} failed (${result.error?.message ?? `exit ${result.status}`}): ${(result.stderr ?? '').trim().split('\n').slice(-2).join(' ')}` };
    }
  }
  const installed = onPath('nvim') ? versionOf('nvim') : undefined;
  return installed ? { nvim: 'nvim', version: installed } : { skip: 'apt-get installed neovim but nvim does not run' };
}
