// Gets a fresh machine with only Node and npm ready for the README's commands:
// pnpm 12, the workspace's packages and, with --browser, Debian's Chromium.
// Installs what it can; otherwise says exactly what to run. Never downloads a browser.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wantBrowser = process.argv.includes('--browser');
const say = (line) => console.log(`[setup] ${line}`);
const fail = (line) => {
  console.error(`[setup] ${line}`);
  process.exit(1);
};
const run = (cmd) => spawnSync(cmd, { shell: true, stdio: 'inherit' }).status === 0;
const output = (cmd) => {
  try {
    return execSync(cmd, { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return '';
  }
};

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) fail(`Node ${process.versions.node} is too old: install Node 20.19 or newer.`);

if (!/^1[2-9]\./.test(output('pnpm --version'))) {
  say('pnpm 12 not found: npm install -g pnpm@12');
  if (!run('npm install -g pnpm@12 --no-fund --no-audit') || !/^1[2-9]\./.test(output('pnpm --version'))) {
    fail('could not install pnpm. Run: sudo npm install -g pnpm@12   (then try again)');
  }
}

if (!run('pnpm install --frozen-lockfile --prefer-offline --reporter=silent')) fail('pnpm install failed (see above).');
// Generated, not committed: custom-elements.json and the React/Vue typings made from it (the type check needs them).
if (!run('pnpm run --silent manifest')) fail('generating custom-elements.json failed (see above).');

if (wantBrowser) {
  const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(chrome)) {
    const apt = 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium';
    const isRoot = process.getuid?.() === 0;
    const canSudo = !isRoot && output('command -v sudo') && run('sudo -n true 2>/dev/null');
    if (output('command -v apt-get') && (isRoot || canSudo)) {
      say(`Chromium not found at ${chrome}: installing Debian's chromium package`);
      if (!run(isRoot ? apt : `sudo sh -c '${apt}'`) || !existsSync('/usr/bin/chromium')) fail('installing chromium failed (see above).');
      if (process.env.CHROME_PATH && process.env.CHROME_PATH !== '/usr/bin/chromium') {
        fail(`chromium is now at /usr/bin/chromium; unset CHROME_PATH or point it there.`);
      }
    } else {
      fail(
        `The browser tests need Chromium at ${chrome}. Install it with:\n` +
          `  sudo apt-get install -y chromium\n` +
          `or point CHROME_PATH at a Chromium or Chrome binary.`,
      );
    }
  }
}
