// Has a key leaked into the current project? Looks at git-tracked files only (what gets
// pushed): committed .env files and key-shaped strings. Findings are shown masked.
import {execFile} from 'node:child_process';
import {open} from 'node:fs/promises';
import path from 'node:path';
import {checkMessages as m} from '../messages/checks.js';
import {maskKey} from '../text/safe.js';
import type {Check} from './types.js';

export type ExposureFinding = {file: string; line: number; masked: string; kind: 'current_key' | 'key_like' | 'env_file'};

/** Bounds so that a huge monorepo cannot make the check slow. */
const limits = {files: 5000, bytesPerFile: 512 * 1024, totalBytes: 64 * 1024 * 1024, findings: 20};
const keyLike = /\b(?:sk-[0-9a-f]{32}|sk-or-v1-[0-9a-f]{64})\b/g;
const envFile = /(?:^|\/)\.env(?:\.(?!example$|sample$|template$|dist$)[\w.-]+)?$/;

function gitTrackedFiles(cwd: string, signal: AbortSignal): Promise<string[] | undefined> {
	return new Promise(resolve => {
		execFile('git', ['ls-files', '-z'], {cwd, signal, maxBuffer: 32 * 1024 * 1024, encoding: 'utf8'}, (error, stdout) => {
			resolve(error ? undefined : stdout.split('\0').filter(Boolean));
		});
	});
}

async function readHead(file: string): Promise<string | undefined> {
	const handle = await open(file, 'r').catch(() => undefined);
	if (!handle) return undefined;
	try {
		const buffer = Buffer.alloc(limits.bytesPerFile);
		const {bytesRead} = await handle.read(buffer, 0, buffer.length, 0);
		const bytes = buffer.subarray(0, bytesRead);
		return bytes.includes(0) ? undefined : bytes.toString('utf8'); // binary files skipped
	} finally {
		await handle.close();
	}
}

/** Pure: key-shaped strings in one file's text. */
export function findKeys(text: string, file: string, currentKey: string | undefined): ExposureFinding[] {
	const found: ExposureFinding[] = [];
	const lines = text.split('\n');
	for (const [index, line] of lines.entries()) {
		if (currentKey && currentKey.length >= 8 && line.includes(currentKey)) {
			found.push({file, line: index + 1, masked: maskKey(currentKey), kind: 'current_key'});
			continue;
		}
		for (const match of line.matchAll(keyLike)) {
			found.push({file, line: index + 1, masked: maskKey(match[0]), kind: 'key_like'});
		}
	}
	return found;
}

export const keyExposure: Check = {
	id: 'key_exposure',
	title: m.keyExposure.title,
	async run(ctx, signal) {
		const files = await gitTrackedFiles(ctx.cwd, signal);
		if (!files) return {status: 'skip', summary: m.keyExposure.notGit, details: {findings: []}};
		const findings: ExposureFinding[] = [];
		let bytes = 0;
		let scanned = 0;
		for (const file of files.slice(0, limits.files)) {
			if (signal.aborted || bytes > limits.totalBytes || findings.length >= limits.findings) break;
			if (envFile.test(file)) findings.push({file, line: 0, masked: '', kind: 'env_file'});
			const text = await readHead(path.join(ctx.cwd, file));
			if (text === undefined) continue;
			bytes += text.length;
			scanned++;
			findings.push(...findKeys(text, file, ctx.apiKey?.trim()));
		}
		const details = {findings: findings.slice(0, limits.findings), scannedFiles: scanned, trackedFiles: files.length};
		if (findings.some(finding => finding.kind === 'current_key')) return {status: 'fail', summary: m.keyExposure.currentKey(findings.length), details};
		if (findings.length > 0) return {status: 'warn', summary: m.keyExposure.suspicious(findings.length), details};
		return {status: 'pass', summary: m.keyExposure.clean(scanned), details};
	},
};
