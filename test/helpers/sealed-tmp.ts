// Preloaded into every test process (first, through isolate-git.ts): the scratch folders tests make
// with mkdtemp(os.tmpdir()) — projects, homes, settings folders, runCli's default working folder — are
// made inside one folder of this process's own that holds a `.git` folder. The readers that walk up from
// the folder they run in stop at a repository's root, as the apps they read for do: OpenCode's config
// walk (opencode-config.ts), the dotenv walk (project-env.ts). Outside a repository they would go on up
// to the filesystem's root, and a stray /tmp/opencode.json, /tmp/.opencode/ or /tmp/.env left by
// anything else on the machine would change a test's result. The `.git` folder is empty, so git itself
// finds no repository there (the leaked-key scan still says "not a git repository"). TMPDIR is set for
// this process only: os.tmpdir() reads it at each call, and the CLI children runCli starts get their
// own environment. `realTmpdir` is the machine's, for a test about what lies outside any repository.
import {mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';

export const realTmpdir = os.tmpdir();

/** The sealed folder: the repository root the walks stop at. */
export const sealedTmp = mkdtempSync(path.join(realTmpdir, 'deepseek-fix-tests-'));
mkdirSync(path.join(sealedTmp, '.git'));
process.env.TMPDIR = sealedTmp;
// Windows' os.tmpdir() reads TEMP and TMP instead.
if (process.platform === 'win32') process.env.TEMP = process.env.TMP = sealedTmp;

process.on('exit', () => {
	try {
		rmSync(sealedTmp, {recursive: true, force: true});
	} catch {
		// A file still held open (Windows): left for the system to clear.
	}
});
