// Git Bash's own window is mintty. Unless pseudo console support is on (an opt-in of Git
// for Windows' installer, MSYS=enable_pcon, or ConPTY=on in ~/.minttyrc), mintty gives a
// Windows program such as node.exe pipes for stdin and stdout, not a console: Node sees no
// terminal, and the user, looking at one, does not know why the wizard did not start.

type Env = Readonly<Record<string, string | undefined>>;
/** The run's streams; stdin may be a getter (cli.tsx's), read only when it matters. */
type Streams = {readonly stdin: {isTTY?: boolean | undefined}; readonly stdout: {isTTY?: boolean | undefined}};

/**
 * Whether this run is most likely in mintty without a console: on Windows, mintty named in
 * TERM_PROGRAM (or, from a mintty too old to name itself, Git Bash's MSYSTEM with no
 * TERM_PROGRAM), and neither stdin nor stdout a terminal. A user's own pipe out of that
 * window (`deepseek-fix | cat`) looks the same, since both streams are pipes then too:
 * the sentence this picks is worded to be right in both cases.
 */
export function minttyWithoutConsole(env: Env, platform: NodeJS.Platform, streams: Streams): boolean {
	// Not Windows: no mintty to speak of, and stdin (which loads modules when first read) is left alone.
	if (platform !== 'win32' || streams.stdout.isTTY === true || streams.stdin.isTTY === true) return false;
	const program = env['TERM_PROGRAM'];
	return program === 'mintty' || (program === undefined && Boolean(env['MSYSTEM']));
}
