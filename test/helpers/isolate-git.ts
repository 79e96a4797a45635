// Preloaded into every test process (package.json's test script). Tests make scratch git
// repositories, and the CLI they run lists tracked files with git. When `npm test` itself
// runs under git — a pre-push hook, `git rebase --exec` — git hands its own GIT_DIR,
// GIT_INDEX_FILE… down, and every scratch `git init`/`git commit` would act on the
// enclosing repository instead (it once flipped core.bare there). Each test's git must
// work on its own folder only. It also loads the two preloads every test process needs:
// no container (fake-container.mjs) and no address off this computer (map-hosts.mjs).
import process from 'node:process';
// Scratch folders inside a folder with a .git of its own, first, before any module takes os.tmpdir(): see the file.
import './sealed-tmp.js';

for (const name of Object.keys(process.env)) {
	if (name.startsWith('GIT_')) delete process.env[name];
}

// Container facts (/.dockerenv…) played as "no container" unless TEST_CONTAINER names one: see the file.
import './fake-container.mjs';
// No test reaches an address off this computer, in-process ones included (test-process.mjs first: it tells map-hosts.mjs where it runs).
import './test-process.mjs';
import './map-hosts.mjs';
