// Why `report --out FILE` (and the wizard's saved report) could not be written: the true
// reason for each refusal the system gives, in English and in Chinese, and that nothing is
// lost. Folders, files and links are made for real; the refusals only root or a special disk
// can give (permission denied, a read-only or full disk, /proc's ENOENT in a folder that
// exists) come from a file system that fails as they do, through the same functions the
// command and the wizard use.
import assert from 'node:assert/strict';
import * as fsPromises from 'node:fs/promises';
import {mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import {privateFileProblem, writePrivateFile, type PrivateFileSystem, type Refusal} from '../../source/private-file.js';
import {cliMessages} from '../../source/messages/cli.js';
import {setLanguage} from '../../source/messages/language.js';

const folder = () => mkdtempSync(path.join(os.tmpdir(), 'deepseek-fix-private-file-'));

/** The real file system, but making a file fails with `code`, as the system would. */
const refusingNewFiles = (code: string): PrivateFileSystem => ({
	...fsPromises,
	open: async () => {
		throw Object.assign(new Error(`${code}: refused`), {code});
	},
});

/** The real file system, but the data does not fit (the file is made, writing to it fails). */
const full = (code: string): PrivateFileSystem => ({
	...fsPromises,
	open: async (...args: Parameters<typeof fsPromises.open>) => {
		const handle = await fsPromises.open(...args);
		return Object.assign(handle, {
			writeFile: async () => {
				throw Object.assign(new Error(`${code}: no space left`), {code});
			},
		});
	},
});

/** The sentence `report --out` prints (cli.tsx), in `language`. */
function said(file: string, refused: Refusal, language: 'en' | 'zh-CN'): string {
	setLanguage(language);
	try {
		return cliMessages.reportFailed(file, cliMessages.writeRefusal(refused));
	} finally {
		setLanguage('en');
	}
}

const nothingLost = {en: 'Nothing is lost: deepseek-fix report without --out (or with --out -) prints the report.', 'zh-CN': '报告没有丢失：不加 --out（或用 --out -）运行 deepseek-fix report 即可输出报告。'};

type Case = {name: string; file: (dir: string) => string; fs?: PrivateFileSystem; why: Refusal['why']; code: string; en: string; zh: string};

const cases: Case[] = [
	{name: 'a folder that does not exist', file: dir => path.join(dir, 'missing', 'r.md'), why: 'failed', code: 'ENOENT', en: 'its folder does not exist (ENOENT)', zh: '所在的文件夹不存在（ENOENT）'},
	{name: 'a path under a regular file', file: dir => (writeFileSync(path.join(dir, 'a-file'), 'x'), path.join(dir, 'a-file', 'r.md')), why: 'failed', code: 'ENOTDIR', en: 'a part of the path is not a folder (ENOTDIR)', zh: '路径中有一部分不是文件夹（ENOTDIR）'},
	{name: 'an existing folder as the file', file: dir => (mkdirSync(path.join(dir, 'reports')), path.join(dir, 'reports')), why: 'folder', code: 'EISDIR', en: 'it is a folder (EISDIR)', zh: '它是一个文件夹（EISDIR）'},
	{name: 'a symbolic link', file: dir => (symlinkSync(path.join(dir, 'elsewhere'), path.join(dir, 'link.md')), path.join(dir, 'link.md')), why: 'symlink', code: 'ELOOP', en: 'it is a symbolic link', zh: '它是符号链接'},
	{name: 'a folder that exists but makes no files (/proc)', file: dir => path.join(dir, 'r.md'), fs: refusingNewFiles('ENOENT'), why: 'no_new_files', code: 'ENOENT', en: 'its folder exists but the system makes no new files there (ENOENT; a system folder such as /proc)', zh: '所在的文件夹存在，但系统不允许在那里新建文件（ENOENT'},
	{name: 'permission denied', file: dir => path.join(dir, 'r.md'), fs: refusingNewFiles('EACCES'), why: 'failed', code: 'EACCES', en: 'permission denied (EACCES)', zh: '没有权限（EACCES）'},
	{name: 'not permitted', file: dir => path.join(dir, 'r.md'), fs: refusingNewFiles('EPERM'), why: 'failed', code: 'EPERM', en: 'permission denied (EPERM)', zh: '没有权限（EPERM）'},
	{name: 'a read-only file system', file: dir => path.join(dir, 'r.md'), fs: refusingNewFiles('EROFS'), why: 'failed', code: 'EROFS', en: 'the file system is read-only (EROFS)', zh: '文件系统是只读的（EROFS）'},
];

// Disk full shows only when the text is written (an empty file still fits): the write says it, not the check before.
const writeOnly: Case[] = [
	{name: 'a full disk', file: dir => path.join(dir, 'r.md'), fs: full('ENOSPC'), why: 'failed', code: 'ENOSPC', en: 'the disk is full (ENOSPC)', zh: '磁盘已满（ENOSPC）'},
	{name: 'a used-up disk quota', file: dir => path.join(dir, 'r.md'), fs: full('EDQUOT'), why: 'failed', code: 'EDQUOT', en: 'your disk quota is used up (EDQUOT)', zh: '你的磁盘配额已用完（EDQUOT）'},
];

function saysWhy(refused: Refusal | undefined, file: string, c: Case): void {
	assert.ok(refused, `${c.name}: refused`);
	assert.deepEqual([refused.why, refused.code], [c.why, c.code], c.name);
	const english = said(file, refused, 'en');
	const chinese = said(file, refused, 'zh-CN');
	assert.ok(english.startsWith(`deepseek-fix: could not write ${file}: ${c.en}`), english);
	assert.ok(english.endsWith(nothingLost.en), english);
	assert.ok(chinese.startsWith(`deepseek-fix：无法写入 ${file}：${c.zh}`), chinese);
	assert.ok(chinese.endsWith(nothingLost['zh-CN']), chinese);
}

for (const c of cases) {
	test(`report --out, ${c.name}: the check before the checks run and the write both say why (${c.code}), and that nothing is lost`, async () => {
		const dir = folder();
		const file = c.file(dir);
		const before = readdirSync(dir);
		saysWhy(await privateFileProblem(file, c.fs), file, c);
		const written = await writePrivateFile(file, 'the report\n', c.fs);
		assert.equal(written.ok, false);
		saysWhy(written.ok ? undefined : written, file, c);
		assert.deepEqual(readdirSync(dir), before, 'nothing left behind');
	});
}

for (const c of writeOnly) {
	test(`report --out, ${c.name}: the write says why (${c.code}) and that nothing is lost; no half-written file is left`, async () => {
		const dir = folder();
		const file = c.file(dir);
		assert.equal(await privateFileProblem(file, c.fs), undefined, 'an empty file fits');
		const written = await writePrivateFile(file, 'the report\n', c.fs);
		saysWhy(written.ok ? undefined : written, file, c);
		assert.deepEqual(readdirSync(dir), []);
	});
}

test('the check before the checks run leaves nothing behind when the folder takes the file', async () => {
	const dir = folder();
	assert.equal(await privateFileProblem(path.join(dir, 'r.md')), undefined);
	assert.deepEqual(readdirSync(dir), []);
});
