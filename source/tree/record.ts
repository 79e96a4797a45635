// What stays on the terminal when the wizard ends: each question with the answer given,
// then the result the walk reached (its headline, its first fix with the link, and the
// command that does the same from a script), so the user can scroll back and copy. Pure.
import {provider} from '../checks/details.js';
import type {AgentApp, OtherKeyEnvVar} from '../deepseek/facts.js';
import {namingFor} from '../providers/naming.js';
import type {Fix} from '../verdict.js';
import {scriptCommand, scriptKeyApp, scriptKeyFile} from './command.js';
import {nodeOf} from './nodes.js';
import {optionsOf, viewOf} from './step.js';
import type {Known, LeafTone, WizardState} from './types.js';

export type WalkRecord = {
	/** A leaf's answer carries the leaf's tone (what it found), a question's does not. */
	answers: Array<{question: string; answer: string; tone?: LeafTone}>;
	/** The last result screen on the walk, if it reached one. */
	result: {tone: LeafTone; title: string; fix: Fix | undefined; command: string | undefined; /** The agent app (or other tool's variable) whose key a script must put in DEEPSEEK_API_KEY. */ keyApp?: AgentApp | OtherKeyEnvVar; /** The dotenv file that holds that variable. */ keyFile?: string; /** When the first fix does not name it. */ traceId?: string} | undefined;
};

export function recordOf(state: WizardState, known: Known): WalkRecord {
	const answers: WalkRecord['answers'] = [];
	let result: WalkRecord['result'];
	state.trail.forEach((step, index) => {
		const upToHere: WizardState = {...state, trail: state.trail.slice(0, index + 1)};
		const node = nodeOf(step.node);
		if (node.kind === 'checks' || node.kind === 'wait') return;
		const view = viewOf(upToHere, known);
		if (node.kind === 'input') {
			if (step.input !== undefined) answers.push({question: node.question(view), answer: step.input});
			return;
		}
		const answer = step.answer === undefined ? undefined : optionsOf(node, view).find(option => option.id === step.answer)?.label;
		if (node.kind === 'menu') {
			if (answer !== undefined) answers.push({question: node.question(view), answer});
			return;
		}
		const content = node.content(view);
		if (answer !== undefined) answers.push({question: content.title, answer, tone: content.tone});
		const first = content.fixes[0];
		// Support needs the trace id after the wizard is gone: kept when the first fix (changing the request, say) does not name it.
		const traceId = content.traceId && !first?.title.includes(content.traceId) ? {traceId: content.traceId} : {};
		const keyApp = scriptKeyApp(view);
		const keyFile = scriptKeyFile(view);
		// As on the result screen: the service in full in the headline, by its short name in the fix under it.
		const name = namingFor(provider(view.results));
		const title = name(content.title);
		const fix = first && {...first, title: name(first.title)};
		result = {tone: content.tone, title, fix, command: scriptCommand(upToHere, view), ...(keyApp ? {keyApp} : {}), ...(keyFile ? {keyFile} : {}), ...traceId};
	});
	return {answers, result};
}
