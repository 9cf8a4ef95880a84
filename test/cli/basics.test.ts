import {describe, expect, it} from 'vitest';
import {fileURLToPath} from 'node:url';
import {runCli} from '../helpers/run-cli.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

describe('command line basics', () => {
	it('--help prints usage with every command and option, exit 0', () => {
		const {code, stdout, stderr} = runCli(['--help']);
		expect(code).toBe(0);
		expect(stderr).toBe('');
		for (const word of ['Usage', 'summary', 'events', 'show <id>', 'search <query>', 'diff [a] [b]', 'export', '--data', '--format', '--width', '--no-color']) {
			expect(stdout).toContain(word);
		}
	});

	it('--version prints the package version, exit 0', async () => {
		const {readFileSync} = await import('node:fs');
		const {version} = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string};
		const {code, stdout} = runCli(['--version']);
		expect(code).toBe(0);
		expect(stdout.trim()).toBe(version);
	});

	it('an unknown flag is a one-line usage error with a hint, exit 2', () => {
		const {code, stdout, stderr} = runCli(['--frobnicate']);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toBe('sc-timeline: unknown option --frobnicate (see sc-timeline --help)\n');
	});

	it('names an unknown option exactly as typed, also one that differs from a known one only in case', () => {
		for (const option of ['--fooBar', '-x']) {
			const {code, stderr} = runCli([option, '5', 'summary']);
			expect(code).toBe(2);
			expect(stderr).toBe(`sc-timeline: unknown option ${option} (see sc-timeline --help)\n`);
		}
		expect(runCli(['--Width', '5', 'summary'])).toMatchObject({code: 2, stderr: 'sc-timeline: unknown option --Width; did you mean --width? (see sc-timeline --help)\n'});
		expect(runCli(['--width=50', '-n', '2', 'search', 'state']).code).toBe(0);
	});

	it('an option without its value, given twice, or a value for a switch is a one-line usage error, exit 2', () => {
		expect(runCli(['summary', '--width'])).toMatchObject({code: 2, stdout: '', stderr: 'sc-timeline: --width needs a value (see sc-timeline --help)\n'});
		expect(runCli(['summary', '-w', '40', '--width', '50'])).toMatchObject({code: 2, stderr: 'sc-timeline: --width is given twice (see sc-timeline --help)\n'});
		expect(runCli(['summary', '--no-color=yes'])).toMatchObject({code: 2, stderr: 'sc-timeline: --no-color takes no value, got "yes" (see sc-timeline --help)\n'});
		// A switch may still be written out as true or false; the value goes with its option, wherever it stands.
		expect(runCli(['summary', '--color=false', '-w40']).code).toBe(0);
		expect(runCli(['summary', '--color=false', '-w40']).stdout).toBe(runCli(['--width', '40', 'summary', '--no-color']).stdout);
	});

	it('extra arguments and options a command does not take are usage errors, exit 2', () => {
		expect(runCli(['summary', 'extra'])).toMatchObject({code: 2, stderr: 'sc-timeline: summary takes no arguments, got "extra" (see sc-timeline --help)\n'});
		expect(runCli(['export', 'a', 'b'])).toMatchObject({code: 2, stderr: 'sc-timeline: export takes no arguments, got "a b" (see sc-timeline --help)\n'});
		expect(runCli(['events', '--limit', '3'])).toMatchObject({code: 2, stderr: 'sc-timeline: --limit goes with search (see sc-timeline --help)\n'});
	});

	it('an unknown command is a usage error, exit 2', () => {
		const {code, stderr} = runCli(['frobnicate']);
		expect(code).toBe(2);
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).toContain('unknown command "frobnicate"');
	});

	it('a bad --format value is a usage error, exit 2', () => {
		const {code, stderr} = runCli(['summary', '--format', 'yaml']);
		expect(code).toBe(2);
		expect(stderr).toContain('--format expects text, markdown, json');
	});

	it('a missing file is a one-line error naming it, exit 1', () => {
		const {code, stdout, stderr} = runCli(['--data', '/nope/missing.json', 'summary']);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toBe('sc-timeline: /nope/missing.json: cannot read: no such file\n');
	});

	it('invalid JSON is a one-line error with line and column, exit 1, no stack trace', () => {
		const file = fixture('malformed/trailing-comma.json');
		const {code, stderr} = runCli(['-d', file, 'summary']);
		expect(code).toBe(1);
		expect(stderr).toMatch(new RegExp(`^sc-timeline: ${file}:5:1: invalid JSON: [^\\n]+\\n$`));
		expect(stderr).not.toMatch(/\bat .+:\d+:\d+\)/);
	});

	it('without a terminal and without a command, prints the summary instead of the explorer', () => {
		const {code, stdout} = runCli([]);
		expect(code).toBe(0);
		expect(stdout).toContain('Secure Communities in Massachusetts');
		expect(stdout).not.toContain('\u001B[?1049h');
	});
});
