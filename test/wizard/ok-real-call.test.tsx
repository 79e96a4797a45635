// "No problem found" for someone whose calls fail: none of the free checks is a chat call. With the paid test call
// skipped, the result says so and offers the checks again with it (never what Enter picks); the call then finds what
// the free checks could not (an empty 200 here). With the call made and working, the result says the failing program
// sends something other than what was checked. Through the real wizard against the fake, in both languages.
import {afterEach, test} from 'node:test';
import assert from 'node:assert/strict';
import {setLanguage} from '../../source/messages/language.js';
import {wizardText} from '../../source/messages/wizard.js';
import {assertFits, chatCalls, drive, flat, flatIn, focusedLabel, keys, world} from './helpers.js';

afterEach(() => setLanguage('en'));

const toChecks = () => [wizardText.start.options.failsOther, wizardText.other.unsure, 'DEEPSEEK_API_KEY'];

for (const language of ['en', 'zh-CN'] as const) {
	test(`nothing found with the paid call skipped: the result says only that call shows what one gets, and checks again with it (${language})`, async () => {
		setLanguage(language);
		const w = await world('empty_200');
		const size = {columns: 60, rows: 24};
		const app = drive(w.props(), size);
		try {
			await app.waitFor(wizardText.start.question, 5000);
			for (const step of [...toChecks(), wizardText.probe.no]) await app.choose(step);
			const ok = flatIn(language, await app.waitFor(wizardText.leaves.ok.title, 10_000));
			assert.ok(ok.includes(flatIn(language, wizardText.leaves.ok.noCallMade)), ok);
			assert.ok(!ok.includes(flatIn(language, wizardText.leaves.ok.callWorks)), ok);
			// The free check again is what Enter picks; the paid one is offered right after it.
			assert.equal(focusedLabel(app.lastFrame()), `❯ ${wizardText.actions.checkAgain}`);
			assert.ok(ok.includes(flatIn(language, wizardText.actions.checkAgainWithProbe)), ok);
			assertFits(app, size.columns, size.rows);
			assert.equal(chatCalls(w).length, 0, 'no paid call without the yes');
			await app.choose(wizardText.actions.checkAgainWithProbe);
			const found = flatIn(language, await app.waitFor('HTTP 200', 10_000));
			assert.equal(chatCalls(w).length, 1, 'the one paid call, this time');
			assert.ok(!found.includes(flatIn(language, wizardText.leaves.ok.noCallMade)), found);
			// Checking again from here makes the paid call again, as the label says.
			assert.ok(found.includes(flatIn(language, wizardText.actions.checkAgainPaid)), found);
		} finally {
			app.unmount();
			await w.close();
		}
	});
}

test("nothing found and the paid call worked: the failing program sends another key, base URL or model; Esc back and the permission's answer counts again", async () => {
	const w = await world('ok');
	const app = drive(w.props(), {columns: 100, rows: 30});
	try {
		await app.waitFor(wizardText.start.question, 5000);
		for (const step of [...toChecks(), wizardText.probe.no]) await app.choose(step);
		// The sentences as the window wraps them: waited for by their opening words, compared whole without the wrap.
		await app.waitFor('None of these checks is a chat call', 10_000);
		await app.choose(wizardText.actions.checkAgainWithProbe);
		const worked = flat(await app.waitFor('A real chat call works from here', 10_000));
		assert.ok(worked.includes(wizardText.leaves.ok.callWorks), worked);
		assert.ok(!worked.includes(wizardText.leaves.ok.noCallMade), worked);
		assert.equal(chatCalls(w).length, 1);
		// The paid call was chosen for that check only: back at the permission question, "No" holds again.
		await app.press(keys.escape);
		await app.waitFor(wizardText.probe.questionEverything, 5000);
		await app.choose(wizardText.probe.no);
		await app.waitFor('None of these checks is a chat call', 10_000);
		assert.equal(chatCalls(w).length, 1, 'no second paid call');
	} finally {
		app.unmount();
		await w.close();
	}
});
