// A tiny router shared by the fake services: exact paths, Bearer-key checks, and each
// service's own answers for a missing key, an unknown path and a wrong method.
import type {FakeRequest, Handler} from './reply.js';

export type Route = {
	method: 'GET' | 'POST';
	paths: readonly string[];
	/** Answered without a key (e.g. one-api's /api/status, OpenRouter's model list). */
	public?: boolean;
	handle: Handler;
};

export type Service = {
	routes: readonly Route[];
	/** Whether the sent key is accepted; by default only the fake's valid key is. */
	accepts?: (request: FakeRequest) => boolean;
	unauthorized: Handler;
	notFound: Handler;
	/** A known path asked with another method; the service's 404 when not given. */
	methodNotAllowed?: Handler;
};

/** Every path under every prefix: `under(['/v1', ''], '/models')` → `['/v1/models', '/models']`. */
export function under(prefixes: readonly string[], ...paths: string[]): string[] {
	return prefixes.flatMap(prefix => paths.map(path => prefix + path));
}

export function hasValidKey(request: FakeRequest): boolean {
	return request.key !== undefined && request.key === request.validKey;
}

export function serve(service: Service): Handler {
	const accepts = service.accepts ?? hasValidKey;
	return request => {
		const onPath = service.routes.filter(route => route.paths.includes(request.path));
		const route = onPath.find(candidate => candidate.method === request.method);
		if (!route) {
			const wrongMethod = onPath.length > 0 && service.methodNotAllowed;
			return wrongMethod ? wrongMethod(request) : service.notFound(request);
		}
		if (!route.public && !accepts(request)) return service.unauthorized(request);
		return route.handle(request);
	};
}
