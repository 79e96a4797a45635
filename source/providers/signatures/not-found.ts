// 404 answers that name no model: DeepSeek's own for a path it does not serve, Go's bare page, an empty one.

/**
 * DeepSeek's own answer to a path it does not serve: 404 {"event_id": "30-…", "error_msg": "Not Found.
 * Please check the configuration."} (its root, /v1/embeddings; as Claude Code printed claude-code-router
 * passing it on, musistudio/claude-code-router#250, where the router had DeepSeek's base URL and wants
 * the whole endpoint URL). Passed on by another service, it says that service reaches DeepSeek at a
 * wrong address. Only at 404.
 */
const deepSeekNotFoundWords = /\bNot\s+Found\.\s+Please\s+check\s+the\s+configuration\b/i;

export function isDeepSeekNotFound(status: number | undefined, words: string | undefined): boolean {
	return status === 404 && words !== undefined && deepSeekNotFoundWords.test(words);
}

/** Go's net/http text for a path it has no handler for, the whole body. */
const goNotFoundPage = /^404 page not found$/i;

/** Go's bare 404 page ("404 page not found", the whole message): it names no model and no path. */
export function isBareNotFoundPage(status: number | undefined, words: string | undefined): boolean {
	return status === 404 && words !== undefined && goNotFoundPage.test(words.trim());
}

/** A 404 with nothing in it: no body, or only the words an OpenAI SDK prints for none. */
export function isEmptyNotFound(words: string): boolean {
	const said = [...new Set(words.split('\n').map(line => line.trim()).filter(Boolean))];
	return said.length === 0 || (said.length === 1 && /^(?:404 )?status code \(no body\)$/i.test(said[0] ?? ''));
}
