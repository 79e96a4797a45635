// Whose refusal the answer passes on: the provider behind the service that answered, where the answer
// says so in so many words (DeepSeek's own balance body, OpenRouter's provider_name, an AI SDK error's URL).
import {isLoopbackHost} from '../../deepseek/url.js';
import {oneLine} from '../../text/safe.js';
import {asObject, stringField} from '../balance/fields.js';
import {hostOfBaseUrl, matchHost} from '../host.js';
import {bodyPrefixLength, type SignatureInput} from './types.js';

/** Text with quotes made alike and backslashes and whitespace dropped: escaped, repr'd or terminal-wrapped JSON reads the same. */
function flattened(text: string): string {
	return text.slice(0, bodyPrefixLength).replace(/[\\\s]/g, '').replace(/'/g, '"');
}

/** DeepSeek's own error object, `{"message":"Insufficient Balance","type":"unknown_error",…}`, however it was wrapped. */
const deepSeekBalanceObject = /"message":"InsufficientBalance","type":"unknown_error"/;

/** DeepSeek's words with its type (a relay's own "insufficient balance" has neither), parsed or in the raw text. */
function carriesDeepSeekBalanceBody(input: SignatureInput): boolean {
	const parsed = input.apiError;
	if (parsed && flattened(parsed.message) === 'InsufficientBalance' && flattened(parsed.type ?? '') === 'unknown_error') return true;
	const text = flattened(input.text ?? '');
	return deepSeekBalanceObject.test(text) || namesDeepSeekBalanceRefusal(text);
}

/** DeepSeek's exact message, whole, as an error object's message or an AI SDK error's (`AI_APICallError: Insufficient Balance`). */
const deepSeekBalanceWords = /(?:"message":"|AI_APICallError:)InsufficientBalance(?:"|$)/;
/** Where the answer says it came from DeepSeek: its API's address (an AI SDK error keeps the URL it called) or a DeepSeek model's id. */
const namesDeepSeek = /api\.deepseek\.com|\bdeepseek[-/](?:v\d|chat\b|reasoner\b|coder\b)/i;

/**
 * DeepSeek's exact words without its type, in an answer that names DeepSeek as the API it
 * called or the model it served (Cline's gateway keeping the AI SDK's error with DeepSeek's
 * URL, OpenCode Go's log line for deepseek-v4-pro). The words alone are not enough: a
 * proxy in front of NVIDIA says them too.
 */
function namesDeepSeekBalanceRefusal(text: string): boolean {
	return deepSeekBalanceWords.test(text) && namesDeepSeek.test(text);
}

/**
 * OpenRouter's message for a provider's refusal it passes on, also as a gateway in front of it
 * words it ("Error from provider: Provider returned error", OpenCode Go, anomalyco/opencode#25458).
 */
const providerReturnedError = /^(?:Error from provider(?:\s*\([^)\n]{0,40}\))?:\s*)?Provider returned error\b/i;

/**
 * The provider behind a service whose own answer this is, when the answer says so in so
 * many words: OpenRouter's "Provider returned error" names it in `metadata.provider_name`
 * (with `is_byok` not true: OpenRouter's own account there, not a key the user linked; its
 * own refusals, such as "requires more credits", may name the provider too), and
 * DeepSeek's whole error object (message "Insufficient Balance", type "unknown_error") is
 * DeepSeek's, whoever passed it on — also escaped inside another error, in Python's repr,
 * or wrapped by a terminal — and so are its exact words in an answer that names DeepSeek's
 * API or model. Words alone prove nothing: relays say "insufficient balance" about their
 * own money too.
 */
export function passedOnFrom(input: SignatureInput): string | undefined {
	const apiError = input.apiError;
	const metadata = asObject(apiError?.metadata);
	const named = stringField(metadata?.provider_name);
	const passingOn = apiError !== undefined && providerReturnedError.test(apiError.message);
	// A key the user linked there: the account that cannot pay is the user's own.
	if (passingOn && metadata?.is_byok === true && !linkedByAnotherService(input.askedUrl)) return undefined;
	if (passingOn && named !== undefined && named.trim() !== '') return oneLine(named, 40);
	return aiSdkCalled(input.text ?? '', input.askedUrl) ?? (carriesDeepSeekBalanceBody(input) ? 'DeepSeek' : anthropicCreditWords.test(`${apiError?.message ?? ''}\n${input.text ?? ''}`) ? 'Anthropic' : undefined);
}

/**
 * OpenRouter's `is_byok` says the call used a key linked to the OpenRouter account that
 * answered. Asked at OpenRouter itself, or through a proxy on this computer, that account and
 * its keys are the user's; a service elsewhere that passes OpenRouter's answer on (OpenCode Go,
 * anomalyco/opencode#25458: Moonshot's "suspended due to insufficient balance" with `is_byok`
 * true while the user's plan was paid) linked its own key there, so the account that cannot
 * pay is that service's upstream one.
 */
function linkedByAnotherService(askedUrl: string | undefined): boolean {
	const host = hostOfBaseUrl(askedUrl ?? '');
	return host !== undefined && !isLoopbackHost(host) && matchHost(host)?.row.id !== 'openrouter';
}

/**
 * Anthropic's own refusal for the credit of the account calling it ("Your credit balance is
 * too low to access the Anthropic API"): from a relay, it is the relay's Anthropic account
 * that cannot pay (DMXAPI passing it on as a 500, errs.dmxapi.cn 1759). From Anthropic's own
 * host it is the user's (the diagnosis drops an upstream that is the service itself).
 */
const anthropicCreditWords = /\bcredit balance is too low to access the Anthropic API\b/i;

/** An AI SDK error object, and the address of the API it called (its `url` field: scheme and host). */
const aiSdkError = /\bAI_APICallError\b/;
const calledUrl = /"url"\s*:\s*"(https?:\/\/[^"\s/?#]+)/;

/**
 * The service an AI SDK error says it called, when a gateway passes that error on as its
 * own answer (Vercel's AI Gateway: `"type":"AI_APICallError"` with `"url":"https://api.z.ai/…"`):
 * the provider table's name for that host, else the host. None when it called the very host
 * that answered: that is the calling program's own log of its call (OpenCode's, pasted as the
 * answer), which says nothing of who is behind that host.
 */
function aiSdkCalled(text: string, askedUrl: string | undefined): string | undefined {
	const head = text.slice(0, bodyPrefixLength);
	if (!aiSdkError.test(head)) return undefined;
	const host = hostOfBaseUrl(calledUrl.exec(head)?.[1] ?? '');
	if (host === undefined || host === hostOfBaseUrl(askedUrl ?? '')) return undefined;
	return matchHost(host)?.row.name ?? oneLine(host, 60);
}

/** DeepSeek's own words for a model name it does not serve (see modelWords). */
const deepSeekModelNames = /\bThe\s+supported\s+API\s+model\s+names\s+are\b/;

/**
 * The provider that refused the model name, when the answer is its own refusal passed on:
 * DeepSeek's "The supported API model names are …" from a gateway means the gateway sent
 * the name on unchanged and DeepSeek does not serve it (a name to map there, not a model
 * to open for the key).
 */
export function modelRefusedBy(input: SignatureInput): string | undefined {
	return deepSeekModelNames.test(`${input.apiError?.message ?? ''}\n${(input.text ?? '').slice(0, bodyPrefixLength)}`) ? 'DeepSeek' : undefined;
}
