import {describe, expect, it} from 'vitest';
import {fileURLToPath} from 'node:url';
import {runCli} from '../helpers/run-cli.js';
import {displayWidth} from '../../source/core/text/width.js';
import type {EventJson} from '../../source/core/format/events-json.js';

const sample = fileURLToPath(new URL('../fixtures/timelinejs/city-budget.json', import.meta.url));

describe('sc-timeline events', () => {
	const json = JSON.parse(runCli(['events', '--format', 'json']).stdout) as EventJson[];

	it('prints one line per event, id first, each headline whole into a pipe and cut to --width', () => {
		const {code, stdout, stderr} = runCli(['events']);
		expect(code).toBe(0);
		expect(stderr).toBe('');
		const lines = stdout.trimEnd().split('\n');
		expect(lines).toHaveLength(json.length);
		for (const [index, line] of lines.entries()) {
			expect(line.startsWith(`${json[index]?.id} `)).toBe(true);
			expect(line.endsWith(`  ${json[index]?.headline}`)).toBe(true);
		}
		const cut = runCli(['events', '-w', '80']).stdout.trimEnd().split('\n');
		for (const line of cut) expect(displayWidth(line)).toBeLessThanOrEqual(80);
		expect(cut.some(line => line.endsWith('…'))).toBe(true);
	});

	it('--format json gives every event in date order with its printed date', () => {
		expect(json.length).toBeGreaterThan(10);
		const first = json[0];
		expect(first).toMatchObject({
			id: expect.any(String),
			date: {value: expect.any(String), precision: expect.any(String)},
			formattedDate: expect.any(String),
			headline: expect.any(String),
			stance: null,
		});
		const values = json.map(event => event.date.value);
		expect(values).toEqual([...values].sort());
		expect(json.find(event => event.date.precision === 'reported')?.formattedDate).toMatch(/^by [A-Z][a-z]+ \d+, \d{4}$/);
		expect(json.some(event => event.stance === 'refusing')).toBe(true);
	});

	it('--format markdown gives a list', () => {
		const lines = runCli(['events', '-f', 'markdown']).stdout.trimEnd().split('\n');
		expect(lines).toHaveLength(json.length);
		for (const line of lines) expect(line).toMatch(/^- \*\*.+\*\*: .+ \(`[a-z0-9-]+`\)$/);
	});

	it('lists a TimelineJS file with its partial dates, entities decoded and tags stripped', () => {
		const {code, stdout} = runCli(['--data', sample, 'events', '-w', '120']);
		expect(code).toBe(0);
		const lines = stdout.trimEnd().split('\n');
		expect(lines).toHaveLength(6);
		expect(lines[0]).toMatch(/^budget-talks-open +2020 +Budget talks open$/);
		expect(lines).toContainEqual(expect.stringMatching(/^vote-passes +Jun 15, 2021 +Council passes the budget, 7–2$/));
		expect(lines).toContainEqual(expect.stringMatching(/^mayor-signs +Jun 18, 2021 10h +Mayor signs the budget$/));
		const events = JSON.parse(runCli(['--data', sample, 'events', '-f', 'json']).stdout) as EventJson[];
		expect(events.map(event => event.formattedDate)).toEqual(['2020', 'November 2020', 'March 2021', 'June 15, 2021', 'June 15, 2021', 'June 18, 2021, 10h']);
		expect(events.find(event => event.id === 'mayor-signs')?.body).toEqual(['Signed at 10 a.m.', 'No ceremony.']);
	});
});
