/**
 * Printed output from hostile files (test/fixtures/hostile): text and Markdown hold no control
 * character from the data, only our own colour codes when colour is forced; JSON keeps every
 * string exactly, with nothing raw that a terminal would act on; error messages that quote the
 * input (file names, ids, options, values) are one inert line.
 */
import {describe, expect, it} from 'vitest';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {runCli} from '../helpers/run-cli.js';
import {hostileDir, payloadFixtures} from './fixtures.js';
import {strayControls} from './support.js';

const all = path.join(hostileDir, 'all-payloads.json');

/** Every printed command with a text or Markdown form, on a file whose every field is hostile. */
const printed: Array<[label: string, args: string[]]> = [
	['summary', ['summary']],
	['events', ['events']],
	['show (with citations)', ['show', 'first']],
	['show (with a body)', ['show', 'second']],
	['search', ['search', 'Headline']],
	['diff', ['diff']],
];

describe('text and Markdown output from hostile data', () => {
	const cases = printed.flatMap(
		([label, args]) =>
			[
				[`${label} as text`, [...args, '-w', '60'], {}],
				[`${label} as text, colour forced`, [...args, '-w', '60'], {FORCE_COLOR: '1'}],
				[`${label} as Markdown`, [...args, '--format', 'markdown'], {}],
			] as const,
	);
	cases.push(['export as Markdown', ['export', '--format', 'markdown'], {}]);

	it.each(cases)('%s holds no control character from the data', (_label, args, env) => {
		const result = runCli([...args, '--data', all], {env});
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(strayControls(result.stdout, {allowSgr: 'FORCE_COLOR' in env})).toEqual([]);
		// The payload is shown, inert: a screen clear reads as text.
		expect(result.stdout.replace(/\\/g, '')).toContain('^[[2J');
	});

	it.each(['csv', 'tsv'])('export --format %s keeps tabs and line breaks in cells, and no other control character from the data', format => {
		const result = runCli(['export', '--format', format, '--data', all]);
		expect(result.code).toBe(0);
		// Tabs and line breaks are a cell's own text (quoted); they move the cursor, nothing more.
		expect(strayControls(result.stdout.replace(/[\t\r]/g, ' '))).toEqual([]);
		expect(result.stdout).toContain('^[[2J');
	});

	it('forced colour brings our own colour codes and nothing else', () => {
		const result = runCli(['show', 'first', '--data', all], {env: {FORCE_COLOR: '1'}});
		expect(result.stdout).toMatch(/\u001B\[1m/);
		expect(strayControls(result.stdout, {allowSgr: true})).toEqual([]);
	});

	it.each(payloadFixtures)('%s: show and summary print its headline as "%s"', (file, shown) => {
		const show = runCli(['show', 'first', '-w', '400', '--data', path.join(hostileDir, file)], {env: {FORCE_COLOR: '1'}});
		expect(strayControls(show.stdout, {allowSgr: true})).toEqual([]);
		expect(show.stdout.replace(/\u001B\[[\d;]*m/g, '')).toContain(shown);
		const markdown = runCli(['summary', '--format', 'markdown', '--data', path.join(hostileDir, file)]);
		expect(strayControls(markdown.stdout)).toEqual([]);
		expect(markdown.code).toBe(0);
	});
});

describe('JSON output from hostile data', () => {
	it.each(payloadFixtures)('%s: summary --format json gives back every string exactly', file => {
		const original = JSON.parse(readFileSync(path.join(hostileDir, file), 'utf8')) as object;
		const result = runCli(['summary', '--format', 'json', '--data', path.join(hostileDir, file)]);
		expect(result.code).toBe(0);
		expect(JSON.parse(result.stdout)).toMatchObject(original);
	});

	it.each([
		['summary', ['summary']],
		['events', ['events']],
		['show', ['show', 'first']],
		['search', ['search', 'Headline']],
		['diff', ['diff']],
		['export (json)', ['export', '--format', 'json']],
		['export (timelinejs)', ['export', '--format', 'timelinejs']],
	])('%s --format json writes nothing raw a terminal would act on (C1, DEL, bidi controls are \\u escapes)', (_label, args) => {
		const result = runCli([...args, ...(args[0] === 'export' ? [] : ['--format', 'json']), '--data', all]);
		expect(result.code).toBe(0);
		expect(() => JSON.parse(result.stdout)).not.toThrow();
		expect(strayControls(result.stdout.replace(/\t/g, ''))).toEqual([]);
	});

	it('show --format json keeps the exact headline, summary and quote', () => {
		const original = JSON.parse(readFileSync(all, 'utf8')) as {events: Array<{headline: string; summary: string; citations: Array<{quote: string}>}>};
		const shown = JSON.parse(runCli(['show', 'first', '--format', 'json', '--data', all]).stdout) as (typeof original.events)[number];
		const [first] = original.events;
		expect(shown.headline).toBe(first?.headline);
		expect(shown.summary).toBe(first?.summary);
		expect(shown.citations[0]?.quote).toBe(first?.citations[0]?.quote);
	});
});

describe('error messages that quote hostile input', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'sc-hostile-'));
	const evilName = path.join(dir, 'evil\u001B]0;title\u0007\u001B[2J\u009B31m\u202E\nname.json');
	writeFileSync(evilName, '{"format": "sc-timeline/1", "title": 5, "events": []}');

	it.each([
		['a file name full of escapes (bad content)', ['events', '--data', evilName], 1, 'evil^[]0;title^G^[[2J<U+009B>31m<U+202E>^Jname.json:1:38: title: expected string, got 5'],
		['a missing file name full of escapes', ['events', '--data', `${evilName}.missing`], 1, 'name.json.missing: cannot read: no such file'],
		['an unknown field named with OSC 52', ['events', '--data', path.join(hostileDir, 'error-unknown-key-osc52.json')], 1, 'events[0]["^[]52;c;aGk=^G"]: unknown field'],
		['a wrong-typed value holding CSI', ['events', '--data', path.join(hostileDir, 'error-wrong-type-csi.json')], 1, 'expected Array, got "^[[2J^[[31m'],
		['a raw 8-bit CSI in the JSON', ['events', '--data', path.join(hostileDir, 'error-raw-c1-token.json')], 1, "Unexpected token '<U+009B>'"],
		['a show id with OSC 52', ['show', '\u001B]52;c;aGk=\u0007', '--data', all], 1, 'no event with id "^[]52;c;aGk=^G"'],
		['a search with no match for a hostile query', ['search', '\u001B]0;x\u0007zzzz', '--data', all], 1, 'no match'],
		['a diff with a hostile statement id', ['diff', '\u001B]0;x\u0007', 's2011', '--data', all], 1, '^[]0;x^G'],
		['an unknown command with CSI', ['\u001B[2Jcmd', '--data', all], 2, 'unknown command "^[[2Jcmd"'],
		['a --format value with CSI', ['events', '--format', '\u001B[2J', '--data', all], 2, 'got "^[[2J"'],
		['a --width value with 8-bit CSI', ['events', '--width', '\u009B5', '--data', all], 2, 'got "<U+009B>5"'],
		['an unknown option with ESC', ['events', '--\u001Bx', '--data', all], 2, 'unknown option --^['],
	])('%s: one inert line on stderr', (_label, args, code, quoted) => {
		const result = runCli(args);
		expect(result.code).toBe(code);
		expect(result.stdout).toBe('');
		expect(result.stderr.endsWith('\n')).toBe(true);
		expect(result.stderr.trimEnd()).not.toContain('\n');
		expect(strayControls(result.stderr)).toEqual([]);
		expect(result.stderr).toContain(quoted);
	});
});
