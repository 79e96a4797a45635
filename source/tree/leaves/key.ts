// The key's results: none set, refused (a 401, read with the key's echo and shape), accepted, and found in files
// it should not be in (key_exposed).
import {projectEnvName} from '../../project-env.js';
import {assignmentShell, typedFullWidth} from '../../checks/key-format.js';
import {isPlaceholderTail} from '../../deepseek/error-body.js';
import {fixes} from '../../fixes.js';
import {checkMessages} from '../../messages/checks.js';
import {fixMessages} from '../../messages/fixes.js';
import {wizardText} from '../../messages/wizard.js';
import {sanitize} from '../../text/safe.js';
import {currentShell} from '../../text/shell.js';
import * as facts from '../facts.js';
import type {LeafContent, LeafNode, View} from '../types.js';
import {keysToVendorFixes, refusedKeyIsTheirs, withKeysToVendor, type KeysToVendor} from '../../diagnose/app-fixes.js';
import {isOtherKeyEnvVar} from '../../deepseek/facts.js';
import {checkFirst, defined, leaf, uniqueFixes, withDiagnosisFixes} from './shared.js';

/** What sends a DeepSeek key to its vendor's own API, as the wizard found it at its start (check's key_present finds the same). */
const keysToVendorKnown = ({known}: View): KeysToVendor => ({apps: known.appKeysToVendor ?? [], variables: known.variableKeysToVendor ?? []});

export const noKeyLeaf = (): LeafNode =>
	leaf('leaf.no_key', wizardText.leaves.noKey.crumb, view => ({
		tone: 'info',
		title: wizardText.leaves.noKey.title,
		lines: [...wizardText.leaves.noKey.lines, wizardText.leaves.noKey.giveToProgram({command: fixMessages.setKeyCommand({shell: currentShell()})})],
		fixes: [fixes.createKey(), fixes.topUp()],
		verdict: 'no_key',
		// "I don't have a key" picked while a key is set (and no check found it missing): the user's answer, not a finding.
		...(view.known.key !== undefined && facts.status(view.results, 'key_present') !== 'fail' ? {answerOnly: true as const} : {}),
	}));

export const invalidKeyLeaf = (): LeafNode =>
	leaf('leaf.invalid_key', wizardText.leaves.invalidKey.crumb, invalidKeyContent);

export const keyOkLeaf = (): LeafNode =>
	leaf('leaf.key_ok', wizardText.leaves.keyOk.crumb, view => {
		// This folder's .env sets a key that was not the one checked: the likeliest "another key".
		const checkedFromFile = (view.choices.keyChoice ?? view.known.key?.source) === 'dotenv';
		const inFile = checkedFromFile ? undefined : view.known.projectEnvKey;
		return {
			tone: 'good',
			title: wizardText.leaves.keyOk.title(facts.lastFours(view.results).sent ?? ''),
			// Its row then says the fact in one row; the line below says what it means here.
			...(inFile && facts.status(view.results, 'key_present') === 'warn' ? {restates: 'key_present' as const} : {}),
			lines: inFile ? [wizardText.leaves.keyOk.otherInProjectEnv(inFile, view.known.dotenvFiles?.key ?? projectEnvName)] : [...wizardText.leaves.keyOk.lines],
			// DeepSeek accepts the key, but an agent app or a tool's variable sends its DeepSeek key to its vendor's own API: the likeliest 401.
			fixes: [...keysToVendorFixes(keysToVendorKnown(view)), fixes.findKey()],
			verdict: 'ok',
		};
	});

export const keyExposedLeaf = (): LeafNode =>
	leaf('leaf.key_exposed', wizardText.leaves.keyExposed.crumb, view => {
		const found = facts.findings(view.results);
		// Where first, in one line: in a short window the first line is the one that stays.
		const shown = found.find(item => item.masked !== '') ?? found[0];
		// Places besides the one shown: a committed .env is a finding of its own (line 0), but no other place than the key's line in it.
		const more = found.filter(item => item !== shown && (item.file !== shown?.file || item.line > 0)).length;
		const scanned = facts.scannedFiles(view.results);
		return {
			tone: 'bad',
			title: wizardText.leaves.keyExposed.title,
			// The first line says where, as the Leaked keys row does: the row gives what the scan covered instead.
			...(shown ? {restates: 'key_exposure' as const, ...(scanned === undefined ? {} : {restatedAs: wizardText.leaves.keyExposed.scanned({files: scanned})})} : {}),
			lines: defined([
				shown ? wizardText.leaves.keyExposed.where({file: shown.file, line: shown.line, masked: shown.masked, more}) : undefined,
				wizardText.leaves.keyExposed.advice,
				wizardText.leaves.drain.rotate,
			]),
			fixes: withDiagnosisFixes(view, [fixes.rotateKey(), fixes.usage()]),
			verdict: 'key_exposed',
		};
	});

/**
 * Why the key was refused, most certain first: the server got another key than this tool
 * sent (something in between replaced it), the key's shape (quotes, another vendor's),
 * or the very key refused (deleted, another account).
 */
function invalidKeyContent(view: View): LeafContent {
	const content = invalidKeyFinding(view);
	// What to do first is check's, from the same results (diagnose/key.ts invalidKey): one source for
	// both; the leaf's own steps follow it.
	const list = checkFirst(view, 'invalid_key', content.fixes);
	// After "also check my DeepSeek account" the key was picked for this check: the tool sends its calls (and a key)
	// to the service in between, so "check which key your tool sends" is no step here; finding the account's key is.
	const own = view.choices.calls ? uniqueFixes([...content.fixes, ...list.filter(fix => fix.id !== 'check_key_in_tool')]) : list;
	// The apps that send a DeepSeek key to their vendor's own API: placed as check's list places them (diagnose/app-fixes.ts),
	// where that list already carries them too.
	const to = keysToVendorKnown(view);
	const keyChoice = view.choices.keyChoice;
	const variable = keyChoice !== undefined && isOtherKeyEnvVar(keyChoice) ? keyChoice : undefined;
	return {...content, fixes: withKeysToVendor(to, refusedKeyIsTheirs(to, variable ? 'variable' : keyChoice, variable, facts.checkedKey(view.results)), own)};
}

function invalidKeyFinding(view: View): LeafContent {
	const text = wizardText.leaves.invalidKey;
	const {sent, echoed} = facts.lastFours(view.results);
	const shape = facts.keyShapeProblem(view.results);
	const base = {tone: 'bad', title: text.title, verdict: 'invalid_key'} as const;
	// The first line says why as the key check's row does: that row is cut to one row under it.
	const restatesAuth = {restates: 'auth'} as const;
	if (sent && echoed && echoed !== sent && !isPlaceholderTail(echoed)) {
		return {...base, ...restatesAuth, lines: [text.otherKey(echoed, sent), text.mislabel], fixes: [fixes.network('proxy'), fixes.findKey()]};
	}
	if (shape?.kind === 'non_ascii') {
		// Nothing was sent, so nothing was refused: the key's own characters are the finding, as check says.
		const characters = shape.characters.map(character => sanitize(character));
		const line = shape.around ? text.shape.aroundKey({characters}) : typedFullWidth(characters) ? text.shape.fullWidth({characters}) : text.shape.nonAscii({characters});
		return {...base, title: text.titleUnsendable, crumb: text.crumbUnsendable, restates: 'key_format', lines: [line], fixes: [fixes.copyKeyAgain()]};
	}
	if (shape) {
		const line = shape.kind === 'foreign' ? text.shape.foreign(sanitize(shape.vendor))
			: shape.kind === 'length' ? text.shape.length({length: shape.length})
			: shape.kind === 'assignment' ? text.shape.assignment({prefix: sanitize(shape.prefix), line: checkMessages.keyFormat.wholeLine[assignmentShell(shape.prefix)]})
			: text.shape[shape.kind];
		// The key format row says it too: one row under the line, as the 401's row.
		const fix = shape.kind === 'foreign' ? fixes.createKey() : shape.kind === 'bearer' || shape.kind === 'quoted' || shape.kind === 'assignment' ? fixes.unwrapKey(shape.kind) : fixes.checkKeyInTool();
		return {...base, ...restatesAuth, restatesAlso: 'key_format', lines: [line, text.mislabel], fixes: [fix]};
	}
	const same = sent !== undefined && echoed === sent;
	return {
		...base,
		...(same ? restatesAuth : {}),
		lines: defined([same ? text.sameKey(sent) : undefined, text.advice, text.mislabel]),
		fixes: [fixes.findKey()],
	};
}
