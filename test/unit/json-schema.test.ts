// The published JSON Schemas (docs/schema/) against the code's own lists: adding a verdict,
// a check, a status, a provider, a fix id, a language or a key source without the schema fails here.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, test} from 'node:test';
import {checkIds, checkStatuses} from '../../source/checks/types.js';
import {languages} from '../../source/messages/language.js';
import {providerTable} from '../../source/providers/table.js';
import {providerIds} from '../../source/providers/types.js';
import {cleanSample, rememberedKeySources, validate} from '../../source/settings/schema.js';
import {fixIds, verdicts} from '../../source/verdict.js';
import {readSchema, schemaNames, schemaValidators, type JsonSchema} from '../helpers/json-schemas.js';

type Node = Record<string, unknown>;

function at(schema: JsonSchema, pointer: string): Node {
	let node: unknown = schema;
	for (const part of pointer.split('/').filter(Boolean)) node = (node as Node)[part];
	assert.ok(node && typeof node === 'object', `${schema.$id} has ${pointer}`);
	return node as Node;
}

const enumAt = (schema: JsonSchema, pointer: string) => at(schema, pointer).enum;

describe('the JSON Schemas in docs/schema', () => {
	const check = readSchema('check');
	const config = readSchema('config');

	test('each compiles in ajv strict mode, and says what it is', () => {
		schemaValidators();
		for (const name of schemaNames) {
			const schema = readSchema(name);
			assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
			assert.equal(schema.$id, `urn:deepseek-fix:schema:${name}:1`);
			assert.equal(typeof schema.title, 'string');
			assert.equal(typeof schema.description, 'string');
		}
	});

	test('the verdicts are the code\'s, in its order', () => {
		assert.deepEqual(enumAt(check, '$defs/verdict'), [...verdicts]);
	});

	test('the check ids and statuses are the code\'s', () => {
		assert.deepEqual(enumAt(check, '$defs/checkId'), [...checkIds]);
		assert.deepEqual(enumAt(check, '$defs/checkStatus'), [...checkStatuses]);
	});

	test('the provider ids are the code\'s, and every row of the provider table is among them', () => {
		const listed = enumAt(check, '$defs/providerId');
		assert.deepEqual(listed, [...providerIds]);
		for (const row of providerTable) assert.ok((listed as string[]).includes(row.id), row.id);
	});

	test('the fix ids are the code\'s, and source/fixes.ts makes each of them', () => {
		assert.deepEqual(enumAt(check, '$defs/fixId'), [...fixIds]);
		const made = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'source', 'fixes.ts'), 'utf8');
		// `check_proxy` and its siblings are made from the failure's reason (fixes.network).
		const isMade = (id: string) => made.includes(`'${id}'`) || (id.startsWith('check_') && made.includes(`'${id.slice('check_'.length)}'`));
		for (const id of fixIds) assert.ok(isMade(id), `${id} is made in source/fixes.ts`);
	});

	test('the settings\' key sources and languages are the code\'s', () => {
		assert.deepEqual(enumAt(config, '$defs/settings/properties/keySource'), [...rememberedKeySources]);
		assert.deepEqual(enumAt(config, '$defs/language'), [...languages]);
	});

	test('a remembered balance reading with every field the settings file keeps is one the schema allows', () => {
		const full = cleanSample({at: '2026-11-20T09:55:00.000Z', currency: 'CNY', total: '0.00', granted: '0.00', toppedUp: '0.00', account: '0123456789abcdef', unavailable: true});
		assert.ok(full);
		assert.deepEqual(Object.keys(full).sort(), Object.keys(at(config, '$defs/settings/properties/balanceHistory/items/properties')).sort());
	});

	test('a remembered diagnosis with every field the settings file keeps is one the schema allows', () => {
		const full = validate({schemaVersion: 1, lastDiagnosis: {at: '2026-11-20T09:55:00.000Z', verdict: 'ok', summary: 'Sample', path: ['start=balance'], baseUrl: 'https://api.deepseek.com', language: 'en', account: '0123456789abcdef', keySource: 'prompt'}}).settings.lastDiagnosis;
		assert.ok(full);
		assert.deepEqual(Object.keys(full).sort(), Object.keys(at(config, '$defs/settings/properties/lastDiagnosis/properties')).sort());
	});

	test('every object is closed but a check\'s details, which are open on purpose', () => {
		const open: string[] = [];
		const walk = (node: unknown, where: string) => {
			if (Array.isArray(node)) {
				node.forEach((item, index) => walk(item, `${where}/${index}`));
				return;
			}
			if (!node || typeof node !== 'object') return;
			const object = node as Node;
			if (object.type === 'object' || object.properties) {
				if (object.additionalProperties !== false) open.push(where);
				if (object.additionalProperties === true) assert.equal(typeof object.description, 'string', `${where} says why it is open`);
			}
			for (const [key, value] of Object.entries(object)) walk(value, `${where}/${key}`);
		};
		for (const name of schemaNames) walk(readSchema(name), name);
		assert.deepEqual(open, ['check/$defs/checkResult/properties/details']);
	});

	test('every property is described', () => {
		const bare: string[] = [];
		const walk = (node: unknown, where: string) => {
			if (!node || typeof node !== 'object') return;
			const object = node as Node;
			if (object.properties && typeof object.properties === 'object') {
				for (const [key, value] of Object.entries(object.properties as Node)) {
					const property = value as Node;
					const referred = typeof property.$ref === 'string' && property.$ref.startsWith('#/$defs/') ? at(readSchema(where.split('/')[0] as 'check'), property.$ref.slice(2)) : undefined;
					if (typeof property.description !== 'string' && typeof referred?.description !== 'string' && typeof property.$ref !== 'string') bare.push(`${where}/${key}`);
				}
			}
			for (const [key, value] of Object.entries(object)) walk(value, `${where}/${key}`);
		};
		for (const name of schemaNames) walk(readSchema(name), name);
		assert.deepEqual(bare, []);
	});
});
