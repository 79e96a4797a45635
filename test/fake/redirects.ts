// Base URLs that answer with a redirect instead of the API: a website, a login page put in
// front of a self-hosted relay, an API that moved to another path or to another domain. The fake sends the
// redirect and follows nothing itself.
import type {Answer, FakeRequest, Handler} from './reply.js';

/** nginx's own page for a redirect it makes (`return 301 …;`), byte for byte as it sends it. */
function nginxRedirect(status: 301 | 302 | 307 | 308, location: string): Answer {
	const reason = {301: 'Moved Permanently', 302: 'Found', 307: 'Temporary Redirect', 308: 'Permanent Redirect'}[status];
	const page = `<html>\r\n<head><title>${status} ${reason}</title></head>\r\n<body>\r\n<center><h1>${status} ${reason}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
	return {kind: 'answer', status, headers: {'content-type': 'text/html', server: 'nginx', location}, body: page};
}

/** A website as the base URL (https://deepseek.com): every path is sent to its home page. */
export const redirectToWebsite: Handler = () => nginxRedirect(301, 'https://www.deepseek.com/');

/**
 * Cloudflare Access in front of a self-hosted relay, with its default policy (a person's
 * login): a 302 with no body to the team's login page, naming the app and where to come
 * back to, and a session cookie. API calls carry no such login.
 */
export const redirectToAccessLogin: Handler = (request: FakeRequest) => ({
	kind: 'answer',
	status: 302,
	headers: {
		location: `https://acme.cloudflareaccess.com/cdn-cgi/access/login/ai.acme-corp.example?kid=5f2b1c7e9a0d4b3c8e6f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d&redirect_url=${encodeURIComponent(request.path)}&meta=eyJraWQiOiJhYmMifQ`,
		server: 'cloudflare',
		'cf-ray': '8f1e2d3c4b5a6978-FRA',
		'set-cookie': 'CF_AppSession=n1f2e3d4c5b6a7980; Expires=Sat, 05 Dec 2026 14:00:00 GMT; Path=/; Secure; HttpOnly',
		'cache-control': 'private, max-age=0, no-store, no-cache, must-revalidate, post-check=0, pre-check=0',
	},
	body: '',
});

/** Where the relay's API moved to: its root (the balance under it, as at DeepSeek's root), and its calls under `/v1` there. */
const movedApiRoot = '/api';

/**
 * A relay whose API moved under /api/v1: nginx sends the old paths there with a 301 (a relative Location, as
 * `return 301 /api/v1$uri;` writes it when absolute_redirect is off), and `api` answers under /api, as the moved API does.
 */
export const redirectToNewPath = (api: Handler): Handler => (request: FakeRequest) =>
	request.path.startsWith(`${movedApiRoot}/`) ? api({...request, path: request.path.slice(movedApiRoot.length)}) : nginxRedirect(301, `${movedApiRoot}/v1${request.path}`);

/** The relay's new domain, as its old one names it (never reached: the tool follows no redirect). */
export const movedRelayOrigin = 'https://api.new-relay.example';

/** A relay that moved to a new domain: nginx on the old one sends every path there, unchanged (`return 301 https://…$request_uri;`). */
export const redirectToNewHost: Handler = (request: FakeRequest) => nginxRedirect(301, `${movedRelayOrigin}${request.path}`);
