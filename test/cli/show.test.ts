import {describe, expect, it} from 'vitest';
import {fileURLToPath} from 'node:url';
import {runCli} from '../helpers/run-cli.js';
import {displayWidth} from '../../source/core/text/width.js';
import type {EventJson, ShowJson} from '../../source/core/format/events-json.js';

const sample = fileURLToPath(new URL('../fixtures/timelinejs/city-budget.json', import.meta.url));
const events = JSON.parse(runCli(['events', '-f', 'json']).stdout) as EventJson[];
/** An event with a derived date and several citations, chosen from the data, not by a fixed id. */
const event = events.find(item => item.citations.length >= 2 && item.date.derivation !== undefined) ?? events[0]!;

describe('sc-timeline show <id>', () => {
	it('prints the event, its date and precision, summary, each cited passage as a quote and its source line', () => {
		const {code, stdout, stderr} = runCli(['show', event.id]);
		expect(code).toBe(0);
		expect(stderr).toBe('');
		expect(stdout.split('\n')[0]).toBe(event.headline);
		expect(stdout).toMatch(new RegExp(`\\nDate +${event.formattedDate} \\(`));
		// Blocks are separated by blank lines; wrapped lines of one block join back with spaces.
		const blocks = stdout
			.trimEnd()
			.split('\n\n')
			.map(block => block.split('\n'));
		const joined = blocks.map(lines => lines.map(line => line.trim()).join(' '));
		expect(joined).toContain(event.summary);
		for (const citation of event.citations) {
			const block = blocks.find(
				lines =>
					lines
						.filter(line => line.startsWith('┃ '))
						.map(line => line.slice(2))
						// A line broken after a hyphen (`immigration-` / `check`) joins back without a space.
						.join('\n')
						.replace(/(\w-)\n/g, '$1')
						.replace(/\n/g, ' ') === citation.quote,
			);
			expect(block).toBeDefined();
			const credit = (block ?? [])
				.filter(line => !line.startsWith('┃ '))
				.map(line => line.trim())
				.join(' ');
			expect(credit).toMatch(new RegExp(`^— WBUR, “[^”]+”, \\w+ \\d+, \\d{4}, paragraph ${citation.paragraph}$`));
		}
		for (const line of stdout.trimEnd().split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
	});

	it('--format markdown quotes each passage as a blockquote with its source', () => {
		const {stdout} = runCli(['show', event.id, '-f', 'markdown']);
		expect(stdout.startsWith(`# `)).toBe(true);
		expect(stdout.match(/^> — WBUR, /gm)).toHaveLength(event.citations.length);
		expect(stdout).toContain(`- **Id:** \`${event.id}\``);
	});

	it('--format json gives the event with its citations resolved to paragraph and article', () => {
		const json = JSON.parse(runCli(['show', event.id, '-f', 'json']).stdout) as ShowJson;
		expect(json).toMatchObject({id: event.id, date: event.date, formattedDate: event.formattedDate, headline: event.headline, summary: event.summary});
		expect(json.citations).toHaveLength(event.citations.length);
		for (const citation of json.citations) {
			expect(citation.passage).toContain(citation.quote);
			expect(citation.article?.outlet).toBe('WBUR');
		}
	});

	it('an unknown id is a one-line error naming it, with the close id it probably meant, exit 1', () => {
		const typo = event.id.slice(0, -1);
		const {code, stdout, stderr} = runCli(['show', typo]);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toBe(`sc-timeline: no event with id "${typo}"; did you mean "${event.id}"? (list them with sc-timeline events)\n`);
		const none = runCli(['show', 'zebra-crossing-lights']);
		expect(none.code).toBe(1);
		expect(none.stderr).toBe('sc-timeline: no event with id "zebra-crossing-lights" (list them with sc-timeline events)\n');
	});

	it('an id with control characters is shown inert in the error', () => {
		const {stderr} = runCli(['show', 'bad\u001B[31mid']);
		expect(stderr).not.toContain('\u001B');
		expect(stderr).toContain('bad^[[31mid');
	});

	it('a missing id, or a second one, is a usage error, exit 2', () => {
		const missing = runCli(['show']);
		expect(missing.code).toBe(2);
		expect(missing.stderr.trim().split('\n')).toHaveLength(1);
		expect(missing.stderr).toContain('show needs an event id');
		const extra = runCli(['show', event.id, 'another']);
		expect(extra.code).toBe(2);
		expect(extra.stderr).toContain('show takes one event id');
	});

	it("shows a TimelineJS event's own text, HTML stripped and entities decoded", () => {
		const {code, stdout} = runCli(['--data', sample, 'show', 'mayor-signs']);
		expect(code).toBe(0);
		expect(stdout).toContain('Mayor signs the budget\n');
		expect(stdout).toMatch(/\nDate +June 18, 2021, 10h \(known to the hour\)\n/);
		expect(stdout).toContain('\nSigned at 10 a.m.\n\nNo ceremony.\n');
		expect(stdout).not.toMatch(/<|alert/);
	});
});
