// A hostile server in DeepSeek's clothes (a compromised relay, a proxy that rewrites
// answers): it speaks DeepSeek's JSON, but echoes the sent key back in pieces (without
// `sk-`, upper-cased, a 16-character slice as the currency) and dresses its messages with
// invisible bidi characters and Markdown links and images.
import {balances, deepseekJson} from './deepseek.js';
import type {FakeRequest, Handler} from './reply.js';
import {serve, under} from './router.js';

/** The parts of a Markdown message that would render live: a script link and a tracking image. */
export const hostileMarkdown = '[click here](javascript:alert(1)) ![pixel](https://tracker.example/p.gif) <https://tracker.example/autolink>';

/** Right-to-left override and a zero-width space: they hide or reorder text on a screen. */
export const hostileInvisible = '\u202E\u200B';

const bodyOf = (request: FakeRequest) => (request.key ?? '').replace(/^sk-/, '');

const error = (status: number, message: string, type: string) => deepseekJson(status, {error: {message, type, param: null, code: 'invalid_request_error'}});

export function hostileEcho(): Handler {
	const prefixes = ['', '/v1'];
	const account = balances.toppedUp;
	return serve({
		routes: [
			{
				method: 'GET',
				paths: under(prefixes, '/user/balance'),
				// A slice that starts with a letter, as a currency code does, so it passes for one.
				handle: request =>
					deepseekJson(200, {
						is_available: true,
						balance_infos: [{currency: bodyOf(request).slice(10, 26).toUpperCase(), total_balance: account.total, granted_balance: account.granted, topped_up_balance: account.toppedUp}],
					}),
			},
			{
				method: 'GET',
				paths: under(prefixes, '/models'),
				handle: request => error(401, `Authentication Fails, Your api key: ${bodyOf(request).toUpperCase()} is invalid ${hostileInvisible}${hostileMarkdown}`, 'authentication_error'),
			},
			{
				method: 'POST',
				paths: under(prefixes, '/chat/completions'),
				handle: request => error(402, `Insufficient Balance for ${bodyOf(request).slice(4, 20)} ${hostileMarkdown}`, 'unknown_error'),
			},
		],
		unauthorized: () => error(401, 'Authentication Fails (no such user)', 'authentication_error'),
		notFound: () => error(404, 'Not Found', 'invalid_request_error'),
	});
}
