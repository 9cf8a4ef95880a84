import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {runCli} from '../helpers/run-cli.js';
import type {EventJson} from '../../source/core/format/events-json.js';

/** The bundled file itself, read here: expectations come from the data, not from the program. */
const data = JSON.parse(readFileSync(new URL('../../data/secure-communities.json', import.meta.url), 'utf8')) as {
	events: Array<{id: string; date: {value: string}; actors?: string[]; tags?: string[]}>;
};
/** Every event in printed (date) order, to order the expectations. */
const order = (JSON.parse(runCli(['events', '--format', 'json']).stdout) as EventJson[]).map(event => event.id);
const expected = (keep: (event: (typeof data.events)[number]) => boolean) => {
	const ids = new Set(data.events.filter(keep).map(event => event.id));
	return order.filter(id => ids.has(id));
};
const printedIds = (args: string[]) => {
	const {code, stdout, stderr} = runCli(args);
	expect(stderr).toBe('');
	expect(code).toBe(0);
	return stdout
		.trimEnd()
		.split('\n')
		.filter(line => line !== '')
		.map(line => line.split(' ')[0]);
};

describe('--filter, --since, --until', () => {
	it('events --filter actor:heffernan prints exactly the events with Heffernan among the actors', () => {
		const want = expected(event => (event.actors ?? []).some(actor => /\bheffernan/i.test(actor)));
		expect(want.length).toBeGreaterThan(3);
		expect(want.length).toBeLessThan(order.length);
		expect(printedIds(['events', '--filter', 'actor:heffernan'])).toEqual(want);
	});

	it('events --since 2011-01-01 prints exactly the events of 2011 on', () => {
		const want = expected(event => event.date.value >= '2011-01-01');
		expect(printedIds(['events', '--since', '2011-01-01'])).toEqual(want);
		expect(printedIds(['events', '--until', 'december 2010'])).toEqual(expected(event => event.date.value < '2011'));
	});

	it('combines the three flags, in JSON as in text', () => {
		const want = expected(event => (event.tags ?? []).includes('decision') && event.date.value >= '2011' && event.date.value <= '2011-06-03');
		expect(want.length).toBeGreaterThan(0);
		const json = JSON.parse(runCli(['events', '--filter', 'tag:decision', '--since', '2011', '--until', '2011-06-03', '-f', 'json']).stdout) as EventJson[];
		expect(json.map(event => event.id)).toEqual(want);
	});

	it('narrows summary and export too', () => {
		const want = expected(event => (event.tags ?? []).includes('other-states'));
		const summary = runCli(['summary', '--filter', 'tag:other-states', '-f', 'json']);
		expect((JSON.parse(summary.stdout) as {events: Array<{id: string}>}).events.map(event => event.id)).toEqual(want);
		const text = runCli(['summary', '--filter', 'tag:other-states', '-w', '100']).stdout;
		expect(text).toContain(`${want.length} events`);
		const exported = JSON.parse(runCli(['export', '--filter', 'tag:other-states']).stdout) as {events: unknown[]};
		expect(exported.events).toHaveLength(want.length);
	});

	it('search applies --since and qualifiers typed in the query: every result belongs to a kept event', () => {
		type Result = {eventId?: string};
		const search = (args: string[]) => JSON.parse(runCli(['search', ...args, '-f', 'json']).stdout) as Result[];
		const since = new Set(expected(event => event.date.value >= '2011'));
		const all = search(['heffernan']);
		const narrowed = search(['heffernan', '--since', '2011']);
		expect(narrowed.length).toBeGreaterThan(0);
		expect(narrowed.length).toBeLessThan(all.length);
		for (const result of narrowed) expect(since.has(result.eventId ?? '')).toBe(true);
		expect(search(['year:2011 heffernan'])).toEqual(narrowed);
		const {code, stderr} = runCli(['search', 'since:someday heffernan']);
		expect(code).toBe(2);
		expect(stderr).toMatch(/^sc-timeline: search: since: expects a date/);
	});

	it('a bad expression or date is one usage line naming the flag; show and diff refuse the flags', () => {
		for (const [args, message] of [
			[['events', '--filter', 'colour:red'], /^sc-timeline: --filter: unknown filter field "colour:"/],
			[['events', '--since', 'someday'], /^sc-timeline: --since: expects a date/],
			[['show', 'letter-wont-sign', '--until', '2011'], /^sc-timeline: --until goes with summary, events, search, export/],
		] as const) {
			const {code, stdout, stderr} = runCli([...args]);
			expect(code).toBe(2);
			expect(stdout).toBe('');
			expect(stderr).toMatch(message);
			expect(stderr.trimEnd().split('\n')).toHaveLength(1);
		}
	});
});
