import assert from 'node:assert/strict';
import {test} from 'node:test';
import {issuerName} from '../../source/deepseek/presented-certificate.js';

test('the issuer a hostile certificate names is shown without its terminal escapes, on one line', () => {
	const shown = issuerName({CN: '\u001B]8;;https://evil.example\u0007Corp \u001B[31mInspection\u001B[0m CA\u001B]8;;\u0007', O: 'Corp\nIT\u202E'} as never);
	assert.ok(shown !== undefined);
	assert.doesNotMatch(shown, /[\u001B\u0007\n\u202E]/);
	assert.match(shown, /^Corp Inspection CA, Corp/);
});

test('the issuer is CN and O, either alone, the same name once, nothing when neither is there', () => {
	assert.equal(issuerName({CN: 'Squid CA', O: 'ACME'} as never), 'Squid CA, ACME');
	assert.equal(issuerName({CN: ['Squid CA', 'other'], O: 'Squid CA'} as never), 'Squid CA');
	assert.equal(issuerName({O: 'ACME'} as never), 'ACME');
	assert.equal(issuerName({} as never), undefined);
	assert.equal(issuerName(undefined), undefined);
});
