// The published JSON Schemas of docs/schema/, loaded into one strict ajv (draft 2020-12):
// what a user's script would validate `check --json`, `balance --json` and `config --json` with.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {Ajv2020, type ErrorObject, type ValidateFunction} from 'ajv/dist/2020.js';

export const schemaDir = path.resolve(import.meta.dirname, '..', '..', 'docs', 'schema');
export const schemaNames = ['check', 'balance', 'config'] as const;
export type SchemaName = (typeof schemaNames)[number];

export type JsonSchema = Record<string, unknown> & {$id: string};

export function readSchema(name: SchemaName): JsonSchema {
	return JSON.parse(readFileSync(path.join(schemaDir, `${name}.schema.json`), 'utf8')) as JsonSchema;
}

/** One validator per document, compiled in strict mode (an unknown keyword or a loose type is an error). */
export function schemaValidators(): Record<SchemaName, ValidateFunction> {
	const ajv = new Ajv2020({strict: true, allErrors: true});
	for (const name of schemaNames) ajv.addSchema(readSchema(name));
	const compiled = (name: SchemaName) => {
		const validate = ajv.getSchema(readSchema(name).$id);
		if (!validate) throw new Error(`${name}.schema.json did not compile`);
		return validate;
	};
	return {check: compiled('check'), balance: compiled('balance'), config: compiled('config')};
}

/** The errors, one line each (where, what), for an assertion message. */
export function describeErrors(errors: readonly ErrorObject[] | null | undefined): string {
	return (errors ?? []).map(error => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`).join('\n');
}
