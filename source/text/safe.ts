// Making text safe to show: keys masked, terminal escape sequences removed.
// Everything that reaches a screen, a JSON document, a report or an error goes through here.

/** DeepSeek keys as observed: `sk-` + 32 lowercase hex (see DEEPSEEK.md; a hint, not a rule). */
export const deepseekKeyPattern = /^sk-[0-9a-f]{32}$/;

/** Anything that looks like an API key in free text (sk-…, sk-or-v1-…, bce-v3/ALTAK-…). */
const keyLikeInText = /\b(?:sk-(?:or-v1-)?|bce-v3\/ALTAK-)[A-Za-z0-9_\-./+]{12,}/g;

/** `sk-…abcd`: the only form in which a key is ever shown. */
export function maskKey(key: string): string {
	const trimmed = key.trim();
	if (trimmed.length <= 8) return '…';
	const prefix = trimmed.startsWith('sk-') ? 'sk-' : '';
	return `${prefix}…${trimmed.slice(-4)}`;
}

/** The last four characters of a key (what DeepSeek echoes in a 401). */
export function lastFour(key: string): string {
	return key.trim().slice(-4);
}

// CSI, OSC (ended by BEL or ST), other ESC sequences, and C0/C1 controls except \n and \t.
// eslint-disable-next-line no-control-regex
const terminalEscapes = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u001B[@-Z\\-_]|[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Remove escape sequences and control characters from untrusted (network) text. */
export function stripTerminalEscapes(text: string): string {
	return text.replace(terminalEscapes, '');
}

/**
 * Make text from the network or from errors safe to print: strip escapes, mask the
 * given key wherever it appears (also URL-encoded), and mask anything else key-shaped.
 */
export function sanitize(text: string, key?: string): string {
	let out = stripTerminalEscapes(text);
	const secret = key?.trim();
	if (secret && secret.length >= 8) {
		for (const form of new Set([secret, encodeURIComponent(secret)])) {
			out = out.split(form).join(maskKey(secret));
		}
	}
	return out.replace(keyLikeInText, match => maskKey(match));
}

/** One line, at most `max` characters (for check summaries built from server text). */
export function oneLine(text: string, max = 160): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
