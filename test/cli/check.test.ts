import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {runCli} from '../helpers/run-cli.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/check/${name}`, import.meta.url));

/**
 * Each planted problem: its rule, its severity, and an anchor, text that occurs once in the file
 * and starts where the problem is (the value, or the field name of an unknown field). The line
 * and column are worked out here from the file's text, independently of the program.
 */
type Planted = [rule: string, severity: 'error' | 'warning', anchor: string];

const corpus: Record<string, Planted[]> = {
	'three-mistakes.json': [
		['date', 'error', '"2010-13-40"'],
		['quote', 'error', '"voted on Tuesday"'],
		['unknown-field', 'error', '"tagz"'],
	],
	'schema.json': [
		['unknown-field', 'error', '"subtitle"'],
		['schema', 'error', '"Bad Id"'],
		['schema', 'error', '{"id": "no-date"'],
		['schema', 'error', '42'],
		['schema', 'error', '"monthly"'],
		['schema', 'error', '""'],
		['schema', 'error', '"17/12/2010"'],
	],
	'references.json': [
		['duplicate-id', 'error', '"daily", "outlet": "Daily", "headline": "Again"'],
		['unknown-source', 'error', '"weekly"'],
		['paragraph-range', 'error', '7, "quote"'],
		['quote-elsewhere', 'error', '"voted on Monday"'],
		['quote-near-miss', 'error', '"said \\"No\\" to the plan'],
		['quote', 'error', '"nobody said this"'],
		['duplicate-id', 'error', '"vote", "date": {"value": "2011"'],
		['date', 'error', '"2011", "precision"'],
		['date', 'error', '"2011-02-29"'],
		['unknown-topic', 'error', '"reasons"'],
		['unknown-statement', 'error', '"unsaid"'],
	],
	'warnings.json': [
		['unused-source', 'warning', '"never-cited"'],
		['uncited-event', 'warning', '"uncited"'],
		['underived-date', 'warning', '"reported"}'],
		['duplicate-headline', 'warning', '"Council votes", "summary": "S", "citations": [{"source": "cited", "paragraph": 1, "quote": "Monday"'],
	],
	'syntax.json': [
		['syntax', 'error', '"events"'],
		['syntax', 'error', "'single"],
		['javascript-syntax', 'warning', ',}'],
		['javascript-syntax', 'warning', ',\n\t]'],
	],
	'timelinejs.json': [['timelinejs-import', 'warning', '"14"']],
	'comparison.json': [['same-statement', 'error', '"said"]']],
	// A source failing the schema only in its date still has its citations checked; one whose paragraphs fail cannot be, and is not blamed on them either.
	'broken-source.json': [
		['schema', 'error', '"2010-13-45"'],
		['schema', 'error', '7,'],
		['schema', 'error', '42]'],
		['quote', 'error', '"mayor shouted"'],
	],
};

/** Line and column (from 1) where `anchor` starts in the file; it must occur exactly once. */
function place(file: string, anchor: string): {line: number; column: number} {
	const text = readFileSync(fixture(file), 'utf8');
	const offset = text.indexOf(anchor);
	expect(offset, `${anchor} in ${file}`).toBeGreaterThanOrEqual(0);
	expect(text.indexOf(anchor, offset + 1), `${anchor} occurs once in ${file}`).toBe(-1);
	const before = text.slice(0, offset).split('\n');
	return {line: before.length, column: before.at(-1)!.length + 1};
}

describe('sc-timeline check', () => {
	it.each(Object.entries(corpus))('%s: reports every planted problem at its line and column, and nothing else', (file, planted) => {
		const {code, stdout} = runCli(['check', fixture(file)]);
		const expected = planted.map(([rule, severity, anchor]) => {
			const {line, column} = place(file, anchor);
			return `${fixture(file)}:${line}:${column}: ${severity} (${rule})`;
		});
		// Every line has the compiler form; the message between severity and rule is checked below.
		const reported = stdout
			.trimEnd()
			.split('\n')
			.map(line => {
				const match = /^(.+:\d+:\d+): (error|warning): .+ \(([a-z-]+)\)$/.exec(line);
				return match ? `${match[1]}: ${match[2]} (${match[3]})` : line;
			});
		expect(reported).toEqual(expected);
		expect(code).toBe(planted.some(([, severity]) => severity === 'error') ? 1 : 0);
	});

	it('--format json carries the same problems as the text lines', () => {
		for (const file of Object.keys(corpus)) {
			const text = runCli(['check', fixture(file)])
				.stdout.trimEnd()
				.split('\n');
			const json = JSON.parse(runCli(['check', fixture(file), '--format', 'json']).stdout) as Array<Record<string, unknown>>;
			expect(json.map(p => `${String(p['file'])}:${String(p['line'])}:${String(p['column'])}: ${String(p['severity'])}: ${String(p['message'])} (${String(p['rule'])})`)).toEqual(text);
		}
	});

	it('checks several files in one run, exit 1 when any has an error', () => {
		const {code, stdout, stderr} = runCli(['check', fixture('warnings.json'), fixture('three-mistakes.json')]);
		expect(code).toBe(1);
		expect(stdout.trimEnd().split('\n')).toHaveLength(7);
		expect(stderr).toBe('sc-timeline: 3 errors and 4 warnings in 2 files\n');
	});

	it('says what to write instead: the paragraph that has the quote, the exact text of a near miss, the field meant', () => {
		const {stdout} = runCli(['check', fixture('references.json')]);
		expect(stdout).toContain('events[2].citations[0].quote: not found verbatim in paragraph 2 of "daily"; it is in paragraph 1 (quote-elsewhere)');
		expect(stdout).toContain('the article has "said “no” to the plan, calling it  rushed" (quotes, spacing or case differ) (quote-near-miss)');
		expect(runCli(['check', fixture('three-mistakes.json')]).stdout).toContain('events[0].tagz: unknown field; did you mean "tags"? (unknown-field)');
	});

	it('the bundled timeline has no problems; a missing file is one problem, not a stack trace', () => {
		const bundled = runCli(['check', fileURLToPath(new URL('../../data/secure-communities.json', import.meta.url))]);
		expect([bundled.code, bundled.stdout]).toEqual([0, '']);
		expect(bundled.stderr).toBe('sc-timeline: no problems in 1 file\n');
		const missing = runCli(['check', 'no-such-file.json']);
		expect([missing.code, missing.stdout]).toEqual([1, 'no-such-file.json:1:1: error: cannot read: no such file (read)\n']);
	});

	it('without a file is a usage error, exit 2', () => {
		const {code, stderr} = runCli(['check']);
		expect(code).toBe(2);
		expect(stderr).toContain('check needs at least one timeline file');
	});
});

describe('loading a file with a problem', () => {
	it('names the line and column of the field, not only its path', () => {
		const file = fileURLToPath(new URL('../fixtures/malformed/unknown-field.json', import.meta.url));
		const {code, stderr} = runCli(['--data', file, 'events']);
		expect(code).toBe(1);
		expect(stderr).toBe(`sc-timeline: ${file}:32:4: events[0].colour: unknown field\n`);
		expect(readFileSync(file, 'utf8').split('\n')[31]!.slice(3)).toMatch(/^"colour"/);
	});
});

describe('check on hostile files', () => {
	it('prints no control character from any file, in text or JSON, and still gives each problem a place', async () => {
		const {readdirSync} = await import('node:fs');
		const {strayControls} = await import('../hardening/support.js');
		const dir = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));
		const files = readdirSync(dir)
			.filter(name => name.endsWith('.json'))
			.map(name => path.join(dir, name));
		for (const format of ['text', 'json']) {
			const {code, stdout, stderr} = runCli(['check', ...files, '--format', format]);
			expect(code).toBe(1);
			// JSON is indented with tabs: those are ours, not the file's.
			expect(strayControls(stdout.replace(/^\t+/gm, ''))).toEqual([]);
			expect(strayControls(stderr)).toEqual([]);
			if (format === 'text') for (const line of stdout.trimEnd().split('\n')) expect(line).toMatch(/^.+\.json:\d+:\d+: (error|warning): .+ \([a-z-]+\)$/);
		}
	});
});

describe('check on text too long to show', () => {
	it('reports the string the loader would refuse, at its place, beside the other problems', async () => {
		const {mkdtempSync, writeFileSync} = await import('node:fs');
		const {tmpdir} = await import('node:os');
		const file = path.join(mkdtempSync(path.join(tmpdir(), 'sc-check-long-')), 'long.json');
		writeFileSync(
			file,
			`{"format": "sc-timeline/1", "title": "T", "events": [\n{"id": "a", "date": {"value": "2010-02-30", "precision": "day"}, "headline": "H",\n"summary": "${'x'.repeat(60_000)}"}]}`,
		);
		const {code, stdout} = runCli(['check', file]);
		expect(code).toBe(1);
		expect(stdout).toBe(
			`${file}:2:31: error: events[0].date.value: 2010-02-30 is not a calendar date (date)\n${file}:3:12: error: events[0].summary: text longer than 50,000 characters (control characters counted as shown) (text-length)\n`,
		);
		await import('node:fs').then(fs => fs.rmSync(path.dirname(file), {recursive: true, force: true}));
	});
});
