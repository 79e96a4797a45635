// The result screens are built in source/tree/leaves/, one module per theme, and listed in source/tree/leaves.ts:
// a leaf written in a module but left out of the list would never be shown, and one listed twice would hide a mistake.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync} from 'node:fs';
import {leaves} from '../../source/tree/leaves.js';
import type {LeafNode} from '../../source/tree/types.js';

const folder = new URL('../../source/tree/leaves/', import.meta.url);

test('every leaf a module of tree/leaves/ builds is in the list once, and the list holds nothing else', async () => {
	const built: string[] = [];
	for (const file of readdirSync(folder).filter(name => name.endsWith('.ts')).sort()) {
		const module = await import(new URL(file, folder).href) as Record<string, unknown>;
		for (const [name, value] of Object.entries(module)) {
			if (!name.endsWith('Leaf') || typeof value !== 'function') continue;
			built.push((value as () => LeafNode)().id);
		}
	}
	const listed = leaves().map(leaf => leaf.id);
	assert.equal(new Set(listed).size, listed.length, 'a leaf listed twice');
	assert.deepEqual([...listed].sort(), [...built].sort());
	assert.ok(listed.length > 30);
});
