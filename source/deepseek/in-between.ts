// Answers made by something between the user and the service, told by their own pages
// (docs/relays.md, "What an error answer means"). Read from the body alone: posted answers
// rarely keep headers.
//
// Cloudflare's own refusal in front of a service: its "Access denied" page (error 1010,
// 1020 …), its managed challenge ("Just a moment..."), or the one line it sends clients
// that are not browsers ("error code: 1010", "Your request was blocked."). The call never
// reached the service behind it, so its words say nothing about the key, the money or the path.

/** `challenge` for the managed challenge, else Cloudflare's error number (`1010`), or `blocked` when the page names none. */
export type EdgeBlock = string;

/** Cloudflare blocks with 403 (a challenge also came as 503 in older pages); other statuses are its 5xx pages, read by status. */
const blockStatuses = new Set([403, 503]);

/** What Cloudflare's block answers say, however an app or gateway wrapped them (the first 4 KiB is plenty). */
export function edgeBlockOf(status: number, text: string): EdgeBlock | undefined {
	if (!blockStatuses.has(status)) return undefined;
	const head = text.slice(0, 4096);
	if (/<title>\s*Just a moment\.\.\.\s*<\/title>/i.test(head) || /_cf_chl_opt\b/.test(head)) return 'challenge';
	if (status !== 403) return undefined;
	const code = /\b(?:error ?code:?|Error reference number:) ?(1\d{3})\b/i.exec(head)?.[1];
	// Its pages' title, their details list (`cferror_details`) or their heading, also as text an app stripped of tags.
	const page = /used Cloudflare to restrict access|<title>Attention Required! \| Cloudflare<\/title>|class="cferror_details"|Sorry, you have been blocked/i.test(head);
	if (page) return code ?? 'blocked';
	// A bare line is Cloudflare's whole answer; anywhere else a number alone proves nothing.
	if (/^\s*error code: 1\d{3}\s*$/i.test(text)) return code;
	return /^\s*Your request was blocked\.\s*$/.test(text) ? 'blocked' : undefined;
}

/**
 * A proxy's own error page, by the marks its templates carry: Squid ends each with
 * `<!-- ERR_ACCESS_DENIED -->` (the error's name) and signs it "Generated … by host
 * (squid/6.10)"; Zscaler's pages load their images from zscaler/zscloud hosts.
 */
export function proxyPageOf(text: string): 'Squid' | 'Zscaler' | undefined {
	if (!text.trimStart().startsWith('<')) return undefined;
	if (/<!-- ERR_[A-Z_]+ -->|\(squid\/[\d.]+\)/.test(text)) return 'Squid';
	return /\bzscaler\b|\.zscloud\.net|\.zscaler\.net/i.test(text) ? 'Zscaler' : undefined;
}

/**
 * An egress proxy's refusal by its policy, in its own JSON words: the sandbox proxy of
 * NVIDIA's OpenShell (NemoClaw) answers 403 `{"error":"connection not allowed by policy"}`
 * for a host not on its allow-list (NVIDIA/NemoClaw#4809) and 403 `{"error":"policy_denied",
 * "detail":"GET host:port/path not permitted by policy"}` for a request its rules leave out
 * (NVIDIA/NemoClaw#4542). Only at 403; the words as quoted, to name in the summary.
 */
export function proxyPolicyRefusalOf(status: number, text: string): string | undefined {
	if (status !== 403) return undefined;
	const head = text.slice(0, 4096);
	return /\bconnection not allowed by policy\b/i.exec(head)?.[0] ?? /\b[A-Z]+ [^\s"']{1,200} not permitted by policy\b/.exec(head)?.[0];
}

/**
 * A service that could not verify the certificate of the service behind it, in the words of
 * the TLS library that refused it (Go's x509, OpenSSL as Python prints it, Node's codes),
 * passed on as its own 5xx: something on its way out intercepts HTTPS (seen: one-api behind
 * the debugging proxy whistle, songquanpeng/one-api#1254). Only at 5xx: the answer came from
 * the service, so it is its own outgoing call that failed, not ours.
 */
export function upstreamCertificateOf(status: number, text: string): boolean {
	return status >= 500 && upstreamCertificateWords.test(text.slice(0, 4096));
}

/** A TLS library's words for a certificate it would not trust (also the error signature's, providers/signatures.ts). */
export const upstreamCertificateWords =
	/certificate signed by unknown authority|failed to verify certificate|self[- ]signed certificate|unable to get local issuer certificate|CERTIFICATE_VERIFY_FAILED|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE/i;

/**
 * A proxy's 5xx saying it could not get its call through to the service behind it, in the
 * words of the HTTP client that failed (Rust's reqwest: "error sending request for url
 * (…)"; a Node router's "fetch connect timeout"): no answer came from that service at all.
 * Seen from proxies on the user's own computer — CC Switch's "connection failed: error
 * sending request for url (https://api.deepseek.com/…)" (SaladDay/cc-switch-cli#242, #251;
 * farion1231/cc-switch#4505), 9router's "[502]: fetch connect timeout" (decolua/9router#2367)
 * — where calls straight to DeepSeek worked. Only at 5xx, as for a certificate.
 */
export function upstreamUnreachableOf(status: number, text: string): string | undefined {
	if (status < 500) return undefined;
	// The client's own words, with the address it could not reach where they name it: what to quote.
	return upstreamUnreachableWords.exec(text.slice(0, 4096))?.[0];
}

/** An HTTP client's words for a call that got no answer at all (also the error signature's, providers/signatures.ts). */
export const upstreamUnreachableWords = /(?:connection failed: )?error sending request for url(?: \([^()\s]{1,200}\))?|\bfetch connect timeout\b/i;

/**
 * A 5xx that says nothing but its status: an empty body, "Unknown error" or the status's own
 * name, also as Codex prints it ("unexpected status 502 Bad Gateway: Unknown error, url: …").
 * From a proxy on this computer such an answer has come from a VPN or system proxy in its way
 * (Codex++: BigPizzaV3/CodexPlusPlus#1567, #670; CC Switch with Clash Verge on,
 * farion1231/cc-switch#770), which no words name.
 */
export function bareFailureOf(status: number, text: string): boolean {
	if (status < 500 || text.length > 1024) return false;
	const said = text.replace(/^\s*unexpected status \d{3}[^:]*:/i, '').replace(/,\s*url:\s*\S+\s*$/i, '').trim();
	return /^(?:unknown error|bad gateway|internal server error|service unavailable|gateway time-?out)?\.?$/i.test(said);
}
