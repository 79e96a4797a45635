// The symbol and colour of each check status: one table for the text report and the wizard.
import type {CheckStatus} from '../checks/types.js';
import {glyphs} from './glyphs.js';
import type {Colour} from './style.js';

export const checkStatusIcons: Readonly<Record<CheckStatus, {icon: string; color: Colour}>> = {
	pass: {icon: glyphs.tick, color: 'green'},
	fail: {icon: glyphs.cross, color: 'red'},
	warn: {icon: glyphs.warning, color: 'yellow'},
	skip: {icon: glyphs.skip, color: 'gray'},
	error: {icon: glyphs.error, color: 'magenta'},
};
