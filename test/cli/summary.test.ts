import {describe, expect, it} from 'vitest';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {runCli} from '../helpers/run-cli.js';
import {displayWidth} from '../../source/core/text/width.js';

const sample = fileURLToPath(new URL('../fixtures/timelinejs/city-budget.json', import.meta.url));
const bundledFile = JSON.parse(readFileSync(new URL('../../data/secure-communities.json', import.meta.url), 'utf8')) as {title: string; events: Array<{id: string; headline: string}>};

describe('sc-timeline summary', () => {
	it('prints the title, the overview and every event, wrapped to 80 columns in a pipe, exit 0', () => {
		const {code, stdout, stderr} = runCli(['summary']);
		expect(code).toBe(0);
		expect(stderr).toBe('');
		const lines = stdout.split('\n');
		expect(lines[0]).toBe(bundledFile.title);
		expect(stdout).toContain('The decision to join: ');
		expect(stdout).toContain('The reversal, to refuse: ');
		expect(stdout).toContain('Other states: ');
		for (const event of bundledFile.events) expect(stdout).toContain(event.headline);
		for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
		expect(stdout.endsWith('\n')).toBe(true);
	});

	it('wraps to --width', () => {
		const {stdout} = runCli(['summary', '--width', '36']);
		const lines = stdout.trimEnd().split('\n');
		for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(36);
		expect(lines.some(line => displayWidth(line) > 30)).toBe(true);
	});

	it('rejects a --width that is not a whole number above 0, exit 2', () => {
		const {code, stderr} = runCli(['summary', '-w', '0']);
		expect(code).toBe(2);
		expect(stderr).toContain('--width expects a whole number above 0');
	});

	it('--format markdown gives headings and lists', () => {
		const {code, stdout} = runCli(['summary', '--format', 'markdown']);
		expect(code).toBe(0);
		const lines = stdout.split('\n');
		expect(lines[0]).toBe(`# ${bundledFile.title}`);
		expect(lines).toContain('## Events');
		expect(lines.filter(line => line.startsWith('- **')).length).toBeGreaterThanOrEqual(bundledFile.events.length + 2);
	});

	it('--format json gives the structured timeline, strings exactly as in the file', () => {
		const {code, stdout} = runCli(['summary', '-f', 'json']);
		expect(code).toBe(0);
		const json = JSON.parse(stdout) as typeof bundledFile;
		expect(json.title).toBe(bundledFile.title);
		expect(json.events.map(event => event.id).sort()).toEqual(bundledFile.events.map(event => event.id).sort());
		expect(json.events.map(event => event.headline).sort()).toEqual(bundledFile.events.map(event => event.headline).sort());
	});

	it('summarises a TimelineJS file in every format', () => {
		const text = runCli(['--data', sample, 'summary']);
		expect(text.code).toBe(0);
		expect(text.stdout.split('\n').slice(0, 3)).toEqual(['City Hall & the Budget Fight', '', 'How the council’s budget vote unfolded over two years.']);
		expect(text.stdout).toContain('6 events, from 2020 to June 18, 2021, 10h.');
		expect(text.stdout).toMatch(/\nMarch 2021 +Amendment #3 \*fails\* & \[tabled\] again\n/);
		const markdown = runCli(['--data', sample, 'summary', '-f', 'markdown']);
		expect(markdown.stdout).toContain('# City Hall & the Budget Fight\n');
		expect(markdown.stdout).toContain('- **March 2021**: Amendment \\#3 \\*fails\\* & \\[tabled\\] again\n');
		const json = JSON.parse(runCli(['--data', sample, 'summary', '-f', 'json']).stdout) as {title: string; events: unknown[]};
		expect(json.title).toBe('City Hall & the Budget Fight');
		expect(json.events).toHaveLength(6);
	});

	it("shows a link in the title slide's description as every other text field does: label <url> in text, a working link in Markdown", () => {
		const file = fileURLToPath(new URL('../fixtures/timelinejs/html-structure.json', import.meta.url));
		const text = runCli(['--data', file, 'summary', '--width', '200']);
		expect(text.stdout).toContain('Live coverage, updated hourly <https://example.org/elowen>.');
		for (const args of [
			['summary', '-f', 'markdown'],
			['export', '-f', 'markdown'],
		]) {
			expect(runCli(['--data', file, ...args]).stdout).toContain('Live coverage, [updated hourly](https://example.org/elowen).');
		}
	});

	it('wraps by display width: emoji, flags, CJK and plain accented text each take their true columns', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'sc-timeline-wide-'));
		try {
			const file = path.join(dir, 'wide.json');
			const headline = '😀👍🏽🇺🇸👨‍👩‍👧 東京都の予算案 café naïve ½ — “quoted” 1️⃣ ✈️';
			writeFileSync(file, JSON.stringify({format: 'sc-timeline/1', title: 'Wide', events: [{id: 'a', date: {value: '2020', precision: 'year'}, headline, summary: ''}]}));
			for (const width of [10, 17, 24]) {
				const {code, stdout} = runCli(['--data', file, 'summary', '-w', String(width)]);
				expect(code).toBe(0);
				const lines = stdout.trimEnd().split('\n');
				for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
				// Nothing is lost: the headline's characters all come back, in order.
				expect(
					lines
						.slice(lines.indexOf('Events') + 1)
						.join('')
						.replace(/\s/g, ''),
				).toContain(headline.replace(/\s/g, ''));
			}
			const events = runCli(['--data', file, 'events', '-w', '20']).stdout.trimEnd();
			expect(displayWidth(events)).toBeLessThanOrEqual(20);
			expect(events.endsWith('…')).toBe(true);
		} finally {
			rmSync(dir, {recursive: true, force: true});
		}
	});
});
