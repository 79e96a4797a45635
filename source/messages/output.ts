// When the tool's own output cannot be written (en).

export const outputMessages = {
	stdoutFailed: (p: {code: string}) => `deepseek-fix: could not write its output (${p.code}); check where the output goes (a full disk, a closed file).`,
};
