// The small node:http the build gives undici (source/deepseek/undici-http.cjs, scripts/undici-plugins.mjs).
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import http from 'node:http';
import {createRequire} from 'node:module';
import {test} from 'node:test';
import {undiciHttpUse} from '../../scripts/undici-plugins.mjs';

const require = createRequire(import.meta.url);
const shimPath = require.resolve('../../source/deepseek/undici-http.cjs');
const undiciHttp = require(shimPath) as {maxHeaderSize: number; IncomingMessage: unknown};

const limitIn = (args: string[], env: NodeJS.ProcessEnv) => Number(execFileSync(process.execPath, [...args, '-p', `require(${JSON.stringify(shimPath)}).maxHeaderSize`], {env: {...process.env, ...env}, encoding: 'utf8'}));

test('the header-size limit is Node\'s own, also when a flag or NODE_OPTIONS changes it', () => {
	assert.equal(undiciHttp.maxHeaderSize, http.maxHeaderSize);
	assert.equal(limitIn(['--max-http-header-size=1000'], {NODE_OPTIONS: ''}), 1000);
	assert.equal(limitIn(['--max-http-header-size', '2000'], {NODE_OPTIONS: ''}), 2000);
	assert.equal(limitIn([], {NODE_OPTIONS: '--max-http-header-size=3000'}), 3000);
	assert.equal(limitIn([], {NODE_OPTIONS: ''}), http.maxHeaderSize);
});

test('no object is an instance of the shim\'s IncomingMessage (this tool sends strings)', () => {
	assert.notEqual(undiciHttp.IncomingMessage, http.IncomingMessage);
});

test('the undici files that load node:http read only what the shim has; anything else stops the build', () => {
	for (const file of ['dispatcher/client.js', 'core/util.js']) {
		assert.equal(undiciHttpUse(readFileSync(require.resolve(`undici/lib/${file}`), 'utf8')), undefined, file);
	}
	assert.equal(undiciHttpUse('const http = require(\'node:http\')\nhttp.maxHeaderSize\nhttp.STATUS_CODES[200]'), 'it uses STATUS_CODES');
	assert.equal(undiciHttpUse('const { IncomingMessage, Agent } = require(\'node:http\')'), 'it uses Agent');
	assert.equal(undiciHttpUse('module.exports = require(\'node:http\')'), 'it is not bound to a name');
});
