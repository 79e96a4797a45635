// The build's rewrite of static imports of Node's built-ins (scripts/builtin-imports.mjs).
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {builtinImportCount, withoutBuiltinFacades} from '../../scripts/builtin-imports.mjs';

const get = (name: string) => `globalThis.process.getBuiltinModule("${name}")`;

test('each form of import esbuild writes becomes a read of the built-in, minified or not', () => {
	const cases: Array<[string, string]> = [
		['import{readFileSync as a,statSync as b}from"node:fs";', `const {readFileSync: a,statSync: b} = ${get('node:fs')};`],
		['import { parseArgs } from "node:util";', `const { parseArgs } = ${get('node:util')};`],
		['import os from"node:os";', `const os = ${get('node:os')};`],
		['import*as fs from"node:fs";', `const fs = ${get('node:fs')};`],
		['import path,{join as j}from"node:path";', `const path = ${get('node:path')};const {join: j} = ${get('node:path')};`],
		['import{setTimeout as sleep}from"node:timers/promises";', `const {setTimeout: sleep} = ${get('node:timers/promises')};`],
		// node:process is the global itself, also when the file binds its own `process`.
		['import process from "node:process";', 'const process = globalThis.process;'],
		['import{env as e}from"node:process";', 'const {env: e} = globalThis.process;'],
	];
	for (const [statement, expected] of cases) assert.deepEqual(withoutBuiltinFacades(statement), {text: expected, count: 1}, statement);
});

test('imports of the bundle\'s own chunks and other text stay as they are', () => {
	const text = 'import{a as b}from"./chunk-ABC.js";import"./chunk-DEF.js";const s="node:fs";export{b};';
	assert.deepEqual(withoutBuiltinFacades(text), {text, count: 0});
});

test('the count the build checks against: static imports of built-ins in the metafile, nothing else', () => {
	const imports = [
		{path: 'node:fs', kind: 'import-statement', external: true},
		{path: 'node:tls', kind: 'dynamic-import', external: true},
		{path: 'dist/chunks/chunk-ABC.js', kind: 'import-statement'},
		{path: 'node:util', kind: 'import-statement', external: true},
	];
	assert.equal(builtinImportCount({imports}), 2);
});
