// A question with a list of answers. The start screen also says what the wizard found
// (the key, the base URL, the service behind it) before the first question. What fits a
// short window is decided by layoutMenu (frame-layout.ts); the list scrolls.
import {projectEnvName} from '../../project-env.js';
import {Box} from 'ink';
import {variableName} from '../../checks/key-present.js';
import {isAgentApp} from '../../deepseek/facts.js';
import {wizardText} from '../../messages/wizard.js';
import {inFull} from '../../providers/naming.js';
import {cleanSentence} from '../../text/safe.js';
import {rememberedFacts, type RememberedFact} from '../../tree/remembered.js';
import type {Known, MenuNode, View} from '../../tree/types.js';
import type {CheckRowState} from '../check-row-state.js';
import {noticeColour, type Notice} from '../notice.js';
import {CheckList} from '../check-list.js';
import {useClocks} from '../clock.js';
import {layoutMenu, type FactKind} from '../frame-layout.js';
import {wrappedHeight} from '../layout.js';
import {displayWidth} from '../../text/width.js';
import {Question} from '../question.js';
import {Select} from '../select.js';
import {Wrapped} from '../text-blocks.js';

/** `appNote`: one agent app's other key (one such line per app, or one for them all). */
type Fact = {kind: FactKind; text: string; short?: string | undefined; color?: string; bold?: boolean; appNote?: true};

/** Which key the checks would send, or why none, in one row of `width` where it can. */
function keyFact(known: Known, width: number): string {
	const start = wizardText.start;
	if (known.key) return start.key(known.key.masked, known.key.source, known.dotenvFiles?.key ?? projectEnvName);
	if (known.envKeyBlank) return start.blankEnvKey;
	if (known.dotenvUtf16) return start.noKeyUtf16(known.dotenvUtf16);
	if (known.dotenvFullWidth) return start.noKeyFullWidth(known.dotenvFullWidth);
	const elsewhere = known.keyElsewhere;
	if (elsewhere?.source) return start.noKeyInApp({app: elsewhere.source, masked: elsewhere.masked});
	if (elsewhere) return start.noKeyElsewhere({variable: variableName(elsewhere), masked: elsewhere.masked});
	if (!known.keySavedIn) return start.noKey;
	// The start-up file by its name alone where its path would wrap the line (fish's).
	const saidWhole = start.noKeySaved({saved: known.keySavedIn, short: false});
	return displayWidth(saidWhole) <= width ? saidWhole : start.noKeySaved({saved: known.keySavedIn, short: true});
}

/**
 * The base URL the checks call and where it comes from; not "DeepSeek's default" where another tool's variable
 * (OPENAI_BASE_URL…, in the environment or a dotenv file) or an agent app's settings (Claude Code's…) send that tool's
 * calls elsewhere: its default is not in use there. A variable first: the shell's tools read it.
 */
function baseUrlFact(known: Known): string {
	const start = wizardText.start;
	const others = known.baseUrlSource === 'default' ? known.otherBaseUrls : [];
	const variable = others.find(other => !isAgentApp(other.source));
	if (variable?.deepSeekKeyTo) return start.baseUrlKeyToVendor({url: known.baseUrl, vendor: variable.deepSeekKeyTo.vendor});
	if (variable) return start.baseUrlOtherVariable({url: known.baseUrl, variable: variable.name});
	const app = others.map(other => other.source).find(isAgentApp);
	return app ? start.baseUrlOtherApp({url: known.baseUrl, app}) : start.baseUrl(known.baseUrl, known.baseUrlSource, known.dotenvFiles?.baseUrl ?? projectEnvName);
}

/**
 * The agent apps that send other keys than the one in use (check's key_present warns): a line per app, or, `together`,
 * one line naming them all (where the window has no room for a line per app).
 */
function appNotes(known: Known, together: boolean): Fact[] {
	// A key from the shell (inEnvironment) is named by its variable, not as the app's settings'.
	const apps = (known.otherAppKeys ?? []).map(({source, masked, name, inEnvironment}) => ({app: source, masked, ...(inEnvironment ? {variable: name} : {})}));
	const start = wizardText.start;
	const texts = together && apps.length > 1 ? [start.otherKeysInApps({apps})] : apps.map(app => start.otherKeyInApp(app));
	return texts.map(text => ({kind: 'keyNote', text, color: 'yellow', appNote: true}));
}

/** Each remembered fact's place in a short window's order (frame-layout.ts). */
const factKinds = {diagnosis: 'lastTime', balance: 'lastBalance', alert: 'remembered'} as const satisfies Record<RememberedFact['what'], FactKind>;

/** What the start screen says before its question, in drawing order; `appsTogether`: the apps' other keys in one line. */
function startFacts(known: Known, notice: string | undefined, now: Date, width: number, appsTogether: boolean): Fact[] {
	const start = wizardText.start;
	const facts: Array<Fact | undefined> = [
		{kind: 'title', text: start.title, bold: true},
		{kind: 'key', text: keyFact(known, width)},
		// A program that loads .env may send the file's key, not the variable's (check's key_present warns).
		known.key?.source === 'env' && known.projectEnvKey ? {kind: 'keyNote', text: start.otherKeyInProjectEnv({masked: known.projectEnvKey, file: known.dotenvFiles?.key ?? projectEnvName}), color: 'yellow'} : undefined,
		// A terminal or editor started before the start-up file's key changed (check's key_present warns).
		known.key?.source === 'env' && known.startupKey ? {kind: 'keyNote', text: start.otherKeyInStartup(known.startupKey), color: 'yellow'} : undefined,
		// Agent apps whose calls bill another key's account (check's key_present warns).
		// Agent apps whose calls are refused: their DeepSeek key goes to their vendor's own API (check's key_present warns).
		...(known.appKeysToVendor ?? []).map((sent): Fact => ({kind: 'appRefused', text: start.appKeyToVendor({app: sent.source, host: sent.host}), short: start.appKeyToVendorShort({app: sent.source, host: sent.host}), color: 'yellow'})),
		...appNotes(known, appsTogether),
		{kind: 'baseUrl', text: baseUrlFact(known), short: start.baseUrlShort(known.baseUrl)},
		// A gateway that passes the key on is no other service with money of its own: "not DeepSeek" would mislead.
		known.providerName ? {kind: 'provider', text: inFull(known.providerPassesKeyOn ? start.providerPassesKeyOn(known.providerName) : start.provider(known.providerName)), color: 'yellow'} : undefined,
		// Last time's result, in Chinese, names a service as the line above does (its short line names none).
		...rememberedFacts(known, now).map(({what, text, short}): Fact => ({kind: factKinds[what], text: inFull(text), short})),
		// It names the settings file's path (DEEPSEEK_FIX_CONFIG_DIR): cleaned as every such sentence.
		notice ? {kind: 'notice', text: wizardText.ui.settingsNotice(cleanSentence(notice)), color: 'yellow'} : undefined,
	];
	return facts.filter((fact): fact is Fact => fact !== undefined);
}

/** A fact given fewer rows than it wraps to: its short line where that fits them, else the fact cut. */
function shortWhereCut(fact: Fact, rows: number, width: number): Fact & {rows: number} {
	const cut = wrappedHeight(fact.text, width) > rows;
	return cut && fact.short !== undefined && wrappedHeight(fact.short, width) <= rows ? {...fact, text: fact.short, rows} : {...fact, rows};
}

type MenuScreenProps = {
	node: MenuNode;
	view: View;
	initialId: string | undefined;
	/** Results of the check step just before, shown as the reason for the question. */
	previous: readonly CheckRowState[];
	/** A note about the settings file, shown once on the start screen. */
	settingsNotice: string | undefined;
	/** What a pick that stays here did (remembering the language). */
	notice: Notice | undefined;
	width: number;
	height: number;
	onPick: (id: string) => void;
};

export function MenuScreen({node, view, initialId, previous, settingsNotice, notice, width, height, onPick}: MenuScreenProps) {
	const {now} = useClocks();
	const question = node.question(view);
	const help = node.help?.(view, now()) ?? [];
	const options = node.options(view);
	// A notice under the question (the language was remembered) is always drawn: the rest fits in the rows left.
	const noticeRows = notice ? wrappedHeight(notice.text, width) : 0;
	const laidOut = (facts: Fact[]) => ({facts, layout: layoutMenu({width, height: height - noticeRows, facts, previous, question, help, options: options.map(option => option.label)})});
	const oneLinePerApp = laidOut(node.id === 'start' ? startFacts(view.known, settingsNotice, now(), width, false) : []);
	// No room for a line per app (one would be left out): one line naming them all.
	const appLeftOut = oneLinePerApp.facts.some((fact, index) => fact.appNote && !oneLinePerApp.layout.facts[index]);
	const {facts, layout} = appLeftOut ? laidOut(startFacts(view.known, settingsNotice, now(), width, true)) : oneLinePerApp;
	const shownFacts = facts.flatMap((fact, index) => (layout.facts[index] ? [shortWhereCut(fact, layout.factRows[index] ?? 1, width)] : []));
	return (
		<Box flexDirection="column">
			{shownFacts.length > 0 ? (
				<Box flexDirection="column" marginBottom={layout.factsMargin ? 1 : 0}>
					{shownFacts.map(fact => (
						<Wrapped key={`${fact.kind}:${fact.text}`} text={fact.text} width={width} rows={fact.rows} bold={fact.bold} color={fact.color} />
					))}
				</Box>
			) : null}
			{previous.length > 0 ? <CheckList rows={previous} width={width} modes={layout.previous} /> : null}
			<Question text={question} help={help.filter((_, index) => layout.help[index])} width={width} />
			{notice ? <Wrapped color={noticeColour(notice)} text={notice.text} width={width} /> : null}
			<Select items={options} initialId={initialId} rows={layout.listRows} width={width} onPick={item => onPick(item.id)} />
		</Box>
	);
}
