// A leaf: what was found (one line), why and what to do, and the fixes with their links
// (clickable where the terminal supports it, the plain URL otherwise).
import React from 'react';
import {Box, Text} from 'ink';
import Link from 'ink-link';
import {wizardText} from '../messages/wizard.js';
import type {LeafTone} from '../tree/types.js';
import type {Fix} from '../verdict.js';

const tones: Record<LeafTone, {icon: string; color: string}> = {
	good: {icon: '✔', color: 'green'},
	bad: {icon: '✖', color: 'red'},
	warn: {icon: '⚠', color: 'yellow'},
	info: {icon: 'ℹ', color: 'cyan'},
};

export function LeafTitle({tone, title}: {tone: LeafTone; title: string}) {
	const {icon, color} = tones[tone];
	return (
		<Text bold color={color}>
			{icon} {title}
		</Text>
	);
}

export function Paragraph({text}: {text: string}) {
	return (
		<Box paddingLeft={2}>
			<Text>{text}</Text>
		</Box>
	);
}

export function FixHeading() {
	return <Text bold>{wizardText.ui.fixHeading}</Text>;
}

export function FixLine({fix}: {fix: Fix}) {
	return (
		<Box flexDirection="column" paddingLeft={2}>
			<Text>→ {fix.title}</Text>
			{fix.url ? (
				<Box paddingLeft={2}>
					<Link url={fix.url} fallback={false}>
						<Text color="blue">{fix.url}</Text>
					</Link>
				</Box>
			) : null}
		</Box>
	);
}
