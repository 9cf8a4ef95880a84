/**
 * The command line's help as a newcomer meets it in an 80-column terminal: every command's own
 * help, mistakes answered with what was meant, and the examples it prints running as written.
 */
import {spawnSync} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import stringWidth from 'string-width';
import {cliPath, runCli} from '../helpers/run-cli.js';
import {commands} from '../../source/commands/index.js';
import {options} from '../../source/options.js';

const names = Object.keys(commands);

describe('sc-timeline COMMAND --help', () => {
	it.each(['', ...names])('fits every line of %s --help in 80 columns', name => {
		const {code, stdout, stderr} = runCli(name === '' ? ['--help'] : [name, '--help']);
		expect(code).toBe(0);
		expect(stderr).toBe('');
		const wide = stdout.split('\n').filter(line => stringWidth(line) > 80);
		expect(wide).toEqual([]);
	});

	it('gives a command its own usage, its options and its examples, not every command', () => {
		const show = runCli(['show', '--help']).stdout;
		expect(show).toContain('$ sc-timeline show <id> [options]');
		expect(show).toContain('--data, -d <file>');
		expect(show).toContain('text (default), markdown or json');
		expect(show).toContain('$ sc-timeline show letter-wont-sign');
		// search's and source's options are not show's.
		expect(show).not.toContain('--limit');
		expect(show).not.toContain('--drop');
		expect(show).not.toContain('diff [a] [b]');
		const search = runCli(['search', '--help']).stdout;
		expect(search).toContain('--limit, -n <n>');
		expect(search).toContain('--filter <expr>');
		expect(runCli(['export', '--help']).stdout).toContain('timelinejs (default), markdown or json');
		// --help after the arguments works too, as it does in git and npm.
		expect(runCli(['show', 'letter-wont-sign', '--help']).stdout).toBe(show);
	});

	it('names only options that exist, and every command has examples', () => {
		for (const [name, entry] of Object.entries(commands)) {
			expect(
				entry.options.filter(option => !(option in options)),
				name,
			).toEqual([]);
			expect(entry.examples.length, name).toBeGreaterThan(0);
			for (const example of entry.examples) expect(example.startsWith(`sc-timeline `), example).toBe(true);
		}
	});

	it("runs each example that needs no file of the reader's own, as written", () => {
		const runnable = Object.values(commands)
			.flatMap(entry => entry.examples)
			.filter(example => !/--data|\b(check|source|init)\b/.test(example));
		expect(runnable.length).toBeGreaterThan(8);
		const directory = mkdtempSync(path.join(tmpdir(), 'sc-timeline-examples-'));
		// jq may not be installed: what reaches it is checked to be JSON instead.
		const jq = "jq() { node -e \"JSON.parse(require('fs').readFileSync(0, 'utf8'))\"; }";
		for (const example of runnable) {
			const script = `set -o pipefail; sc-timeline() { "${process.execPath}" "${cliPath}" "$@"; }; ${jq}; ${example}`;
			const result = spawnSync('bash', ['-c', script], {encoding: 'utf8', cwd: directory});
			expect({example, code: result.status, stderr: result.stderr}).toEqual({example, code: 0, stderr: ''});
		}
	});

	it('answers help for an unknown command with the usage error, not the global help', () => {
		expect(runCli(['frobnicate', '--help'])).toMatchObject({code: 2, stdout: ''});
	});
});

describe('did you mean', () => {
	it('suggests the command or option within two edits, swaps counting as one', () => {
		expect(runCli(['summery'])).toMatchObject({code: 2, stderr: 'sc-timeline: unknown command "summery"; did you mean summary? (see sc-timeline --help)\n'});
		expect(runCli(['evnets'])).toMatchObject({code: 2, stderr: expect.stringContaining('did you mean events?')});
		expect(runCli(['summary', '--widht', '40'])).toMatchObject({code: 2, stderr: 'sc-timeline: unknown option --widht; did you mean --width? (see sc-timeline --help)\n'});
		expect(runCli(['summary', '--no-colour'])).toMatchObject({code: 2, stderr: expect.stringContaining('did you mean --no-color?')});
	});

	it('lists the commands when nothing is close, and suggests nothing for an unrelated option', () => {
		const {stderr} = runCli(['frobnicate']);
		expect(stderr).toContain('commands: summary, events, show');
		expect(stderr).not.toContain('did you mean');
		expect(runCli(['--frobnicate']).stderr).toBe('sc-timeline: unknown option --frobnicate (see sc-timeline --help)\n');
	});
});

describe('diff of a statement with itself', () => {
	it('says the two are the same statement (or article) instead of comparing', () => {
		const same = runCli(['diff', 'statement-2010', 'statement-2010']);
		expect(same.code).toBe(2);
		expect(same.stdout).toBe('');
		expect(same.stderr).toMatch(/^sc-timeline: "statement-2010" and "statement-2010" are the same statement: name two different ones/);
		expect(runCli(['diff', 'wbur-2011-06-06', 'wbur-2011-06-06']).stderr).toContain('are the same article');
	});
});

describe('cite with the quotation marks typed', () => {
	it.each([
		['“', '”'],
		['"', '"'],
		["'", "'"],
		['‘', '’'],
		['«', '»'],
		['„', '“'],
	])('finds %s…%s around the whole quotation when the source has no such marks', (open, close) => {
		const {code, stdout} = runCli(['cite', `${open}the GOVERNOR and I are dubious of the commonwealth${close}`]);
		expect(code).toBe(0);
		expect(JSON.parse(stdout.split('\n')[0]!)).toEqual({source: 'wbur-2011-06-06', paragraph: 7, quote: 'The governor and I are dubious of the Commonwealth'});
	});
});
