import assert from 'node:assert/strict';
import test from 'node:test';
import {fixes} from '../../source/fixes.js';
import {setLanguage} from '../../source/messages/language.js';
import {fixMessages} from '../../source/messages/fixes.js';
import {copyCommand, detectShell, setCommand, setShell, shells, type Shell} from '../../source/text/shell.js';

// PSModulePath as Windows stores it (what Command Prompt passes on), and as PowerShell 5.1 and 7 build it at start.
const machineModules = String.raw`C:\Program Files\WindowsPowerShell\Modules;C:\WINDOWS\system32\WindowsPowerShell\v1.0\Modules`;
const profile = String.raw`C:\Users\Mei`;
const windowsPowerShell = String.raw`C:\Users\Mei\Documents\WindowsPowerShell\Modules;${machineModules}`;
const powerShell7 = String.raw`C:\Users\Mei\OneDrive\Documents\PowerShell\Modules;C:\Program Files\PowerShell\Modules;c:\program files\powershell\7\Modules;${machineModules}`;

test('detectShell: on Windows, PowerShell by the user\'s own modules folder in PSModulePath, else Command Prompt', () => {
	assert.equal(detectShell({USERPROFILE: profile, PSModulePath: windowsPowerShell}, 'win32'), 'powershell');
	assert.equal(detectShell({USERPROFILE: `${profile}\\`, PSModulePath: powerShell7}, 'win32'), 'powershell');
	assert.equal(detectShell({USERPROFILE: profile, PSModulePath: machineModules}, 'win32'), 'cmd');
	assert.equal(detectShell({USERPROFILE: profile}, 'win32'), 'cmd');
	// A profile whose name starts another's does not count: C:\Users\Mei is not C:\Users\Meixi.
	assert.equal(detectShell({USERPROFILE: profile, PSModulePath: String.raw`C:\Users\Meixi\Documents\WindowsPowerShell\Modules;${machineModules}`}, 'win32'), 'cmd');
	// Git Bash, MSYS2 and Cygwin set SHELL: their commands are POSIX ones, whatever PowerShell left in the environment.
	assert.equal(detectShell({SHELL: '/usr/bin/bash', USERPROFILE: profile, PSModulePath: windowsPowerShell}, 'win32'), 'sh');
});

test('detectShell: elsewhere, the login shell in SHELL', () => {
	assert.equal(detectShell({SHELL: '/bin/bash'}, 'linux'), 'sh');
	assert.equal(detectShell({SHELL: '/bin/zsh'}, 'darwin'), 'sh');
	assert.equal(detectShell({}, 'linux'), 'sh');
	assert.equal(detectShell({SHELL: '/opt/homebrew/bin/fish'}, 'darwin'), 'fish');
	assert.equal(detectShell({SHELL: '/usr/bin/nu'}, 'linux'), 'nu');
	assert.equal(detectShell({SHELL: '/usr/bin/pwsh'}, 'linux'), 'powershell');
	// PSModulePath means nothing outside Windows.
	assert.equal(detectShell({SHELL: '/bin/bash', PSModulePath: '/home/mei/.local/share/powershell/Modules'}, 'linux'), 'sh');
});

test('setCommand and copyCommand: each shell\'s own syntax', () => {
	const set: Record<Shell, string> = {
		sh: 'export DEEPSEEK_API_KEY=sk-…',
		fish: 'set -gx DEEPSEEK_API_KEY sk-…',
		nu: '$env.DEEPSEEK_API_KEY = "sk-…"',
		powershell: '$env:DEEPSEEK_API_KEY="sk-…"',
		cmd: 'set DEEPSEEK_API_KEY=sk-…',
	};
	const copy: Record<Shell, string> = {
		sh: 'export DEEPSEEK_API_KEY="$OPENAI_API_KEY"',
		fish: 'set -gx DEEPSEEK_API_KEY $OPENAI_API_KEY',
		nu: '$env.DEEPSEEK_API_KEY = $env.OPENAI_API_KEY',
		powershell: '$env:DEEPSEEK_API_KEY=$env:OPENAI_API_KEY',
		cmd: 'set DEEPSEEK_API_KEY=%OPENAI_API_KEY%',
	};
	for (const shell of shells) {
		assert.equal(setCommand('DEEPSEEK_API_KEY', 'sk-…', shell), set[shell]);
		assert.equal(copyCommand('DEEPSEEK_API_KEY', 'OPENAI_API_KEY', shell), copy[shell]);
	}
});

/** The fixes' titles with `shell` chosen, in `language`; the tool's defaults after. */
function titlesIn(shell: Shell, language: 'en' | 'zh-CN') {
	setShell(shell);
	setLanguage(language);
	try {
		return {
			setKey: fixes.setKey().title,
			setKeyFrom: fixes.setKeyFrom({name: 'OPENAI_API_KEY', masked: 'sk-…cdef', inProjectEnv: false}).title,
			systemCa: fixes.trustInterceptor({issuer: 'Contoso Inspection CA', proxy: null, extraCaFile: null, systemTrusted: true}).title,
			otherCa: fixes.trustOtherToolsCa('REQUESTS_CA_BUNDLE', String.raw`C:\certs\corp.pem`).title,
			otherProxy: fixes.throughOtherToolsProxy('ALL_PROXY', 'http://127.0.0.1:7890', false).title,
		};
	} finally {
		setShell('sh');
		setLanguage('en');
	}
}

test('fixes: the commands are the detected shell\'s, named by it; POSIX shells read as before', () => {
	const sh = titlesIn('sh', 'en');
	assert.equal(sh.setKey, 'Set it for your tool, e.g. export DEEPSEEK_API_KEY=sk-… (or paste it in the wizard)');
	assert.equal(sh.setKeyFrom, 'Set DEEPSEEK_API_KEY to the key in OPENAI_API_KEY (sk-…cdef), e.g. export DEEPSEEK_API_KEY="$OPENAI_API_KEY"; or pick it in the wizard');
	assert.match(sh.systemCa, /^Run again with NODE_USE_SYSTEM_CA=1, so that Node trusts/);
	assert.match(sh.otherProxy, /^Run again with HTTPS_PROXY=http:\/\/127\.0\.0\.1:7890, /);

	const powershell = titlesIn('powershell', 'en');
	assert.equal(powershell.setKey, 'Set it for your tool, e.g. in PowerShell: $env:DEEPSEEK_API_KEY="sk-…"; setx DEEPSEEK_API_KEY sk-… keeps it for windows opened later, not this one (or paste it in the wizard)');
	assert.match(powershell.setKeyFrom, /e\.g\. in PowerShell: \$env:DEEPSEEK_API_KEY=\$env:OPENAI_API_KEY; or pick/);
	assert.match(powershell.systemCa, /^In PowerShell, run \$env:NODE_USE_SYSTEM_CA="1", then run again, so that Node trusts/);
	assert.match(powershell.otherCa, /^In PowerShell, run \$env:NODE_EXTRA_CA_CERTS="C:\\certs\\corp\.pem", then run again: /);
	assert.match(powershell.otherProxy, /^In PowerShell, run \$env:HTTPS_PROXY="http:\/\/127\.0\.0\.1:7890", then run again, /);

	const cmd = titlesIn('cmd', 'en');
	assert.match(cmd.setKey, /e\.g\. in Command Prompt: set DEEPSEEK_API_KEY=sk-…; setx /);
	assert.match(cmd.systemCa, /^In Command Prompt, run set NODE_USE_SYSTEM_CA=1, then run again/);
	assert.match(cmd.setKeyFrom, /set DEEPSEEK_API_KEY=%OPENAI_API_KEY%/);

	// fish and Nushell set a variable for one command as sh does: "Run again with" stays; only the commands change.
	const fish = titlesIn('fish', 'en');
	assert.match(fish.setKey, /e\.g\. in fish: set -gx DEEPSEEK_API_KEY sk-… \(or paste/);
	assert.match(fish.systemCa, /^Run again with NODE_USE_SYSTEM_CA=1/);
	assert.match(titlesIn('nu', 'en').setKeyFrom, /in Nushell: \$env\.DEEPSEEK_API_KEY = \$env\.OPENAI_API_KEY/);
});

test('fixes: the same commands in Chinese, with no space between Chinese characters', () => {
	const sh = titlesIn('sh', 'zh-CN');
	assert.equal(sh.setKey, '在你的工具中设置这个 key，例如 export DEEPSEEK_API_KEY=sk-…（或在向导里粘贴）');
	assert.match(sh.systemCa, /^加上 NODE_USE_SYSTEM_CA=1 再运行一次，让 Node/);
	const powershell = titlesIn('powershell', 'zh-CN');
	assert.equal(powershell.setKey, '在你的工具中设置这个 key，例如在 PowerShell 中执行 $env:DEEPSEEK_API_KEY="sk-…"；用 setx DEEPSEEK_API_KEY sk-… 设置的只对之后打开的窗口生效，当前窗口不生效（或在向导里粘贴）');
	assert.match(powershell.setKeyFrom, /例如在 PowerShell 中执行 \$env:DEEPSEEK_API_KEY=\$env:OPENAI_API_KEY；/);
	assert.match(powershell.systemCa, /^在 PowerShell 中先执行 \$env:NODE_USE_SYSTEM_CA="1"，再运行一次，让 Node/);
	assert.match(titlesIn('cmd', 'zh-CN').otherProxy, /^在命令提示符中先执行 set HTTPS_PROXY=http:\/\/127\.0\.0\.1:7890，再运行一次/);
});

test('the wizard\'s "no key" line gives the same command as the fix', () => {
	for (const shell of shells) {
		assert.ok(fixMessages.setKey({shell}).includes(fixMessages.setKeyCommand({shell})), shell);
	}
});
