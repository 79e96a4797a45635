// A question in bold with its help lines under it (menus and text fields).
import {Wrapped} from './text-blocks.js';

export function Question({text, help, width}: {text: string; help: readonly string[]; width: number}) {
	return (
		<>
			<Wrapped bold text={text} width={width} />
			{help.map(line => (
				<Wrapped key={line} dimColor text={line} width={width} />
			))}
		</>
	);
}
