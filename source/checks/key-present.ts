// Is there a key at all, and where did it come from?
import {envKeyIsBlank} from '../context.js';
import {checkMessages} from '../messages/checks.js';
import type {Check} from './types.js';

export const keyPresent: Check = {
	id: 'key_present',
	get title() {
		return checkMessages.keyPresent.title;
	},
	async run(ctx) {
		if (!ctx.apiKey) {
			const blank = envKeyIsBlank(ctx.env);
			return {status: 'fail', summary: blank ? checkMessages.keyPresent.blankEnv : checkMessages.keyPresent.missing, details: {source: 'none', envBlank: blank}};
		}
		return {status: 'pass', summary: checkMessages.keyPresent.found(ctx.keySource), details: {source: ctx.keySource}};
	},
};
