// What the bundled undici gets for its llhttp WebAssembly (scripts/undici-plugins.mjs): the
// bytes of a file the build writes beside the chunk that holds this module. undici carries
// them as a 72 KB base64 string in its JavaScript, which made a quarter of the chunk every
// run of `check` reads, decodes and keeps, for bytes needed once, at the first connection.
import {readFileSync} from 'node:fs';

/** llhttp's WebAssembly, read from `file` in this module's folder (the build names it). */
export function readLlhttpWasm(file: string): Buffer {
	return readFileSync(new URL(file, import.meta.url));
}
