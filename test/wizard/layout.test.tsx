// The pure layout helpers of the wizard: wrapping, fitting a leaf into a short window,
// and the breadcrumb in a narrow one.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {breadcrumbLine} from '../../source/ui/breadcrumb.js';
import {allot, cutAtWord, wrapLines, wrappedHeight} from '../../source/ui/layout.js';
import {displayWidth} from '../../source/text/width.js';

test('text wraps by words to the width, with no line starting with a space', () => {
	const text = 'Granted (bonus) credit is spent first and expires; topped-up credit does not. New API accounts get no free credit.';
	const lines = wrapLines(text, 30, '  ');
	assert.ok(lines.every(line => displayWidth(line) <= 30), lines.join('\n'));
	assert.ok(lines.every(line => line.startsWith('  ') && !line.startsWith('   ')));
	assert.equal(wrappedHeight(text, 30, '  '), lines.length);
	assert.equal(wrappedHeight('https://platform.deepseek.com/transactions', 20), 3, 'a long URL breaks over rows');
});

test('fitting keeps the most important parts that fit, in their original order', () => {
	const parts = [
		{priority: 5, rows: 2},
		{priority: 0, rows: 3},
		{priority: 1, rows: 4},
		{priority: 2, rows: 1},
	];
	assert.deepEqual(allot(parts, 8), [0, 3, 4, 1]);
	assert.deepEqual(allot(parts, 10), [2, 3, 4, 1]);
	assert.deepEqual(allot(parts, 2), [0, 0, 0, 1], 'a big part that does not fit does not stop smaller ones');
});

test('the breadcrumb keeps the start and the latest steps when it is too wide', () => {
	const crumbs = ['Start', '402', 'Where calls go', 'Key', 'Key check', 'Balance check', 'Empty'];
	assert.equal(breadcrumbLine(crumbs, 100), 'Start › 402 › Where calls go › Key › Key check › Balance check › Empty');
	const narrow = breadcrumbLine(crumbs, 45);
	assert.ok(displayWidth(narrow) <= 45, narrow);
	assert.match(narrow, /^Start › … › .*Empty$/);
	assert.equal(breadcrumbLine(['Start', 'A very long step name that cannot fit at all'], 10), 'Start › A very long step name that cannot fit at all', 'two crumbs are left to the terminal to cut');
});

test('a Chinese row cut at the edge does not end on a character or two after a comma, which reads as a word cut short', () => {
	const text = '调用去向：调用发往 SiliconFlow（api.siliconflow.cn），不是 DeepSeek：它自己的余额适用。';
	assert.equal(cutAtWord(text, 56), '调用去向：调用发往 SiliconFlow（api.siliconflow.cn）…');
	assert.equal(cutAtWord(text, 62), '调用去向：调用发往 SiliconFlow（api.siliconflow.cn）…');
	assert.equal(cutAtWord(text, 74), '调用去向：调用发往 SiliconFlow（api.siliconflow.cn），不是 DeepSeek…');
	// More after the comma still says something: cut there, before a whole word (not “余” of 余额).
	assert.equal(cutAtWord(text, 80), '调用去向：调用发往 SiliconFlow（api.siliconflow.cn），不是 DeepSeek：它自己的…');
});
