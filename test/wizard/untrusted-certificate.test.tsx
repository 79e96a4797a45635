// The "no connection" result for a certificate this process does not trust: the fake plays
// api.deepseek.com over https with the test certificate, whose CA is never trusted in this
// file (world() with a host would trust it for the whole process, so the fake is started
// here). NODE_EXTRA_CA_CERTS is left out of this process's environment, where Node and
// the sentence read it.
import '../helpers/map-hosts.mjs';
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {startFake, type FakeServer} from '../fake/server.js';
import {startProxy} from '../helpers/connect-proxy.js';
import {startSocks5} from '../helpers/socks5-proxy.js';
import {realTmpdir} from '../helpers/sealed-tmp.js';
import {setLanguage} from '../../source/messages/language.js';
import {drive, firstFixShown, world} from './helpers.js';

const tlsDir = path.join(import.meta.dirname, '..', 'fixtures', 'tls');
const issuer = 'deepseek-fix test CA (fixture, never trust outside tests)';
// Compared without spaces: a wrapped Chinese line leaves one where it broke.
const bare = (text: string) => text.replaceAll(/\s+/g, '');
const general = {en: bare('The secure (TLS) connection failed'), 'zh-CN': bare('安全连接（TLS）失败')} as const;
const precise = {en: bare(`it was issued by "${issuer}"`), 'zh-CN': bare(`出示的证书由“${issuer}”签发`)} as const;

let fake: FakeServer;
const extraCa = process.env.NODE_EXTRA_CA_CERTS;
before(async () => {
	delete process.env.NODE_EXTRA_CA_CERTS;
	process.env.TEST_LOOPBACK_HOSTS = 'api.deepseek.com,openrouter.ai';
	fake = await startFake({scenario: 'ok', tls: {key: readFileSync(path.join(tlsDir, 'server-key.pem')), cert: readFileSync(path.join(tlsDir, 'server.pem'))}});
});
after(async () => {
	if (extraCa !== undefined) process.env.NODE_EXTRA_CA_CERTS = extraCa;
	await fake.close();
});

/** Start › Other errors › Timeouts… at `size`, in `language`, with `env` added, the base URL at `host`: the leaf, without spaces. */
const leafOf = async (...args: Parameters<typeof screenOf>) => bare(await screenOf(...args));

/** The same leaf as drawn. */
async function screenOf(language: 'en' | 'zh-CN', size: {columns: number; rows: number}, env: Record<string, string> = {}, host = 'api.deepseek.com'): Promise<string> {
	setLanguage(language);
	const port = Number(new URL(fake.baseUrl).port);
	const w = await world('ok', {host: null, env: {DEEPSEEK_BASE_URL: `https://${host}:${port}`, ...env}});
	const app = drive(w.props(), size);
	try {
		await app.waitFor(language === 'en' ? 'What is happening?' : '遇到了什么情况？');
		const steps = language === 'en' ? ['They fail with something else', 'Timeouts, connection resets'] : ['调用报了别的错', '超时、连接被重置'];
		for (const step of steps) await app.choose(step);
		return await app.waitFor(language === 'en' ? 'What to do:' : '解决办法：', 8000);
	} finally {
		app.unmount();
		setLanguage('en');
		await w.close();
	}
}

test('a certificate not trusted whose issuer was read (direct): the sentence naming it is the result\'s line, and the general TLS line is not said under it (100×30 English, 60×20 Chinese)', async () => {
	for (const [language, columns, rows] of [['en', 100, 30], ['zh-CN', 60, 20]] as const) {
		const leaf = await leafOf(language, {columns, rows});
		assert.ok(leaf.includes(precise[language]), leaf);
		assert.ok(!leaf.includes(general[language]), leaf);
	}
});

test('a proxy that intercepts HTTPS, its certificate not trusted here: the sentence naming its issuer and the proxy is the result\'s line, not the general TLS line (100×30 English, 60×20 Chinese)', async () => {
	const port = Number(new URL(fake.baseUrl).port);
	const proxy = await startProxy({routes: {[`api.deepseek.com:${port}`]: port, [`127.0.0.1:${port}`]: port}, product: 'squid', bump: 'unverified'});
	try {
		for (const [language, columns, rows, through] of [['en', 100, 30, 'The connection ran through the proxy'], ['zh-CN', 60, 20, '这次连接经过代理']] as const) {
			const leaf = await leafOf(language, {columns, rows}, {HTTPS_PROXY: proxy.url});
			assert.ok(leaf.includes(precise[language]) && leaf.includes(bare(`${through} ${proxy.url}`)), leaf);
			assert.ok(!leaf.includes(general[language]), leaf);
		}
	} finally {
		await proxy.close();
	}
});

test('a certificate not trusted whose issuer could not be read (through a SOCKS proxy, no NODE_EXTRA_CA_CERTS): the general TLS line stays', async () => {
	const port = Number(new URL(fake.baseUrl).port);
	const socks = await startSocks5({routes: {[`api.deepseek.com:${port}`]: port, [`127.0.0.1:${port}`]: port}});
	try {
		for (const [language, columns, rows] of [['en', 100, 30], ['zh-CN', 60, 20]] as const) {
			const leaf = await leafOf(language, {columns, rows}, {HTTPS_PROXY: `socks5://127.0.0.1:${socks.port}`});
			assert.ok(leaf.includes(general[language]), leaf);
			assert.ok(!leaf.includes(precise[language]), leaf);
		}
	} finally {
		await socks.close();
	}
});

test('the general TLS fix at another service (openrouter.ai, through a SOCKS proxy, no NODE_EXTRA_CA_CERTS) names that host, as check\'s fix does, not api.deepseek.com', async () => {
	const port = Number(new URL(fake.baseUrl).port);
	const socks = await startSocks5({routes: {[`openrouter.ai:${port}`]: port}});
	try {
		for (const [language, columns, rows, allow] of [['en', 100, 30, 'allow openrouter.ai or set NODE_EXTRA_CA_CERTS'], ['zh-CN', 60, 20, '放行 openrouter.ai']] as const) {
			const leaf = await leafOf(language, {columns, rows}, {HTTPS_PROXY: `socks5://127.0.0.1:${socks.port}`}, 'openrouter.ai');
			assert.ok(leaf.includes(general[language]), leaf);
			assert.ok(leaf.includes(bare(allow)), leaf);
			assert.ok(!leaf.includes('api.deepseek.com'), leaf);
		}
	} finally {
		await socks.close();
	}
});

// The first fix of a result in a small window is never cut to words that say nothing (ui/leaf-layout.ts
// firstClauseEnd): through a proxy that intercepts HTTPS with an intermediate while REQUESTS_CA_BUNDLE holds only that
// intermediate, both the first line and the first fix are long. The file at a path as short as a real one
// (/etc/ssl/corp.pem): the sealed scratch folder's name alone takes most of a 40-column row.
const chainPem = (name: string) => readFileSync(path.join(tlsDir, `chain-${name}.pem`));
const caFolder = mkdtempSync(path.join(realTmpdir, 'ca-'));
const intermediateOnly = path.join(caFolder, 'i.pem');
writeFileSync(intermediateOnly, chainPem('intermediate'));
after(() => rmSync(caFolder, {recursive: true, force: true}));

/** The leaf through a proxy presenting the chain's leaf and intermediate, REQUESTS_CA_BUNDLE naming the intermediate alone. */
async function chainScreen(language: 'en' | 'zh-CN', size: {columns: number; rows: number}): Promise<string> {
	const port = Number(new URL(fake.baseUrl).port);
	const chainProxy = await startProxy({
		routes: {[`api.deepseek.com:${port}`]: port, [`127.0.0.1:${port}`]: port},
		product: 'squid',
		bump: 'verified',
		bumpTls: {key: chainPem('leaf-key'), cert: Buffer.concat([chainPem('leaf'), chainPem('intermediate')])},
	});
	try {
		return (await screenOf(language, size, {HTTPS_PROXY: chainProxy.url, REQUESTS_CA_BUNDLE: intermediateOnly})).replaceAll(chainProxy.url, 'PROXY');
	} finally {
		await chainProxy.close();
	}
}

const root = 'deepseek-fix test root (fixture, tests only)';

test('at 40×15 the first fix through an intercepting proxy is not cut to words that say nothing: it names the root certificate and who has it (English), or keeps its whole first clause (Chinese); the summary gives way', async () => {
	const en = await chainScreen('en', {columns: 40, rows: 15});
	const enFix = firstFixShown(en).replaceAll(/\s+/g, ' ');
	assert.ok(enFix.startsWith(`Put the certificate of "${root}" (whoever runs the proxy PROXY has it) in one file with those`), en);
	assert.ok(!en.includes('The certificate presented for'), `the summary gave way:\n${en}`);
	// The file's path is whole or left out, never cut ("/tmp/…/i.pe…"); left out here, the other fix is counted.
	for (const [language, screen] of [['en', en]] as const) {
		const paths = screen.split(/\s+/u).filter(word => word.startsWith(caFolder.slice(0, 5)));
		assert.ok(paths.every(word => word.startsWith(intermediateOnly)), `${language}: a path cut:\n${screen}`);
	}
	assert.ok(en.includes('↓ 1 more fix'), `the other fix is counted:\n${en}`);
	const zh = await chainScreen('zh-CN', {columns: 40, rows: 15});
	const zhFix = firstFixShown(zh).replaceAll(/\s+/g, '');
	assert.ok(zhFix.startsWith(`把“${root}”的证书（向代理PROXY的管理员索取）和${intermediateOnly}（REQUESTS_CA_BUNDLE）里的证书放进同一个文件`.replaceAll(/\s+/g, '')), zh);
	assert.ok(zh.includes('↓ 另有 1 条解决办法'), `the other fix is counted:\n${zh}`);
});

test('at 60×20 the same first fix is whole, under the start of the summary, in both languages', async () => {
	for (const [language, tail] of [['en', 'and point NODE_EXTRA_CA_CERTS at that file'], ['zh-CN', '再把NODE_EXTRA_CA_CERTS指向这个文件']] as const) {
		const leaf = await chainScreen(language, {columns: 60, rows: 20});
		assert.ok(firstFixShown(leaf).replaceAll(/\s+/g, language === 'en' ? ' ' : '').endsWith(tail), leaf);
		assert.ok(leaf.includes(language === 'en' ? 'The certificate presented for' : '出示的证书由'), leaf);
	}
});

/** Straight quotes even and curly ones paired in `screen`: no cut row leaves a quote open ("Corp Root / CA…"). */
function quotesClosed(screen: string): boolean {
	const count = (char: string) => screen.split(char).length - 1;
	return count('"') % 2 === 0 && count('“') === count('”');
}

test('at 40×15 (and a row or two either side) a quoted certificate name that a row cut would leave open is kept past its close or left out, in both languages', async () => {
	for (const language of ['en', 'zh-CN'] as const) {
		for (const rows of [13, 14, 15, 16, 17]) {
			const size = {columns: 40, rows};
			for (const screen of [await screenOf(language, size), await chainScreen(language, size)]) assert.ok(quotesClosed(screen), `${language} 40×${rows}:\n${screen}`);
		}
	}
});
