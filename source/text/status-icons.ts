// The symbol and colour of each check status: one table for the text report and the wizard.
import type {CheckStatus} from '../checks/types.js';
import type {Colour} from './style.js';

export const checkStatusIcons: Readonly<Record<CheckStatus, {icon: string; color: Colour}>> = {
	pass: {icon: '✔', color: 'green'},
	fail: {icon: '✖', color: 'red'},
	warn: {icon: '⚠', color: 'yellow'},
	skip: {icon: '○', color: 'gray'},
	error: {icon: '!', color: 'magenta'},
};
