// SIGTERM and SIGHUP (kill, systemd, a closed terminal) end the wizard as Ctrl+C does: the
// checks in flight aborted, one last line, the plain commands' ("Stopped (SIGTERM).") and
// their exit code (143, 129); settings writes finish first.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import process from 'node:process';
import {setLanguage} from '../../source/messages/language.js';
import {loadSettings} from '../../source/settings/index.js';
import {leftOnTerminal, pasteModes, session, waitUntil, walk402, world, openKeyField} from './helpers.js';

test('SIGTERM at the start: exit 143, and the last frame is one "Stopped (SIGTERM)." line; in Chinese, its Chinese', async () => {
	await session(await world('ok'), async app => {
		process.emit('SIGTERM');
		assert.equal(await app.exited, 143);
		assert.equal(leftOnTerminal(app), 'Stopped (SIGTERM).');
	});
	await session(await world('ok'), async app => {
		await app.press('L');
		await app.waitFor('遇到了什么情况');
		process.emit('SIGTERM');
		assert.equal(await app.exited, 143);
		assert.equal(leftOnTerminal(app), '已停止（SIGTERM）。');
	}).finally(() => setLanguage('en'));
});

test('SIGTERM or SIGHUP on a text field: the wizard ends with bracketed paste off, as it asked for it there', async () => {
	for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
		await session(
			await world('ok', {key: undefined}),
			async app => {
				await app.choose('Check my balance');
				await openKeyField(app);
				process.emit(signal);
				assert.equal(await app.exited, signal === 'SIGTERM' ? 143 : 129);
				assert.deepEqual(pasteModes(app), [true, false], signal);
			},
			{},
			{columns: 100, rows: 40, tty: true},
		);
	}
});

test('SIGHUP while checks run: exit 129, "Stopped (SIGHUP)." instead of the spinners, the requests aborted', async () => {
	const w = await world('slow');
	await session(w, async app => {
		await walk402(app);
		await app.waitFor(/running…/);
		process.emit('SIGHUP');
		assert.equal(await app.exited, 129);
		assert.equal(leftOnTerminal(app), 'Stopped (SIGHUP).');
		await waitUntil(() => w.activity.some(entry => entry.outcome === 'aborted'), 'the fake sees the requests aborted');
	});
});

test('SIGTERM at a result, once the settings were written (conf\'s atomic writer then raises the signal again): still one line and 143, the settings whole', async () => {
	const w = await world('zero_balance');
	await session(w, async app => {
		await walk402(app);
		await app.waitFor('Your DeepSeek balance is empty');
		await waitUntil(() => loadSettings(w.env).settings.lastDiagnosis !== undefined, 'the diagnosis is remembered');
		assert.ok(process.rawListeners('SIGTERM').some(listener => 'listener' in listener), 'conf\'s exit hook listens');
		// As kill does: the signal itself, so that the exit hook's echo is a real one too.
		process.kill(process.pid, 'SIGTERM');
		assert.equal(await app.exited, 143);
		assert.equal(leftOnTerminal(app), 'Stopped (SIGTERM).');
		assert.equal(loadSettings(w.env).settings.lastDiagnosis?.verdict, 'insufficient_balance');
	});
});
