// The low-level codes of a connection that could not be opened. Their own module: the
// check rows and the wizard read them (checks/details.ts) without loading the client's failures.

export const dnsCodes: ReadonlySet<string> = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME']);
export const unreachableCodes: ReadonlySet<string> = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'EHOSTDOWN', 'EADDRNOTAVAIL']);
/** Failures to open a connection: through a proxy, the only connection this process opens is to the proxy. */
const connectCodes: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ETIMEDOUT', ...dnsCodes, ...unreachableCodes]);

/** A code of a connection that could not be opened (directly, or to the proxy): nothing answered. */
export const isConnectCode = (code: string | undefined): boolean => code !== undefined && connectCodes.has(code);

/** The code of a 407 from a proxy that offers no Basic login (NTLM, Negotiate): no login in its URL can answer it. */
export const proxyLoginNotBasicCode = 'PROXY_LOGIN_NOT_BASIC';

/** The code of an http:// proxy URL whose port answered as a SOCKS5 server (deepseek/socks-port.ts): write socks5://. */
export const proxySpeaksSocksCode = 'PROXY_SPEAKS_SOCKS5';
