// The tool's version: inlined by the build (scripts/build.mjs) from package.json; read from
// package.json when running from source (tests via tsx).
import {readFileSync} from 'node:fs';

declare const __DEEPSEEK_FIX_VERSION__: string | undefined;

function fromPackageJson(): string {
	const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string};
	return pkg.version;
}

export const toolName = 'deepseek-fix';
export const toolVersion: string =
	typeof __DEEPSEEK_FIX_VERSION__ === 'string' ? __DEEPSEEK_FIX_VERSION__ : fromPackageJson();
