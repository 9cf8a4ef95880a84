import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {loadTimeline} from '../../../source/core/load/load-timeline.js';
import {compareDates} from '../../../source/core/model/dates.js';

const {raw} = loadTimeline();
const seeds = ['000_732e1aff2319cb26.txt', '002_5e67b6bcb5732149.txt'].map(name => readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url), 'utf8'));

describe('the bundled dataset', () => {
	it('has both WBUR articles, every paragraph verbatim from a source capture', () => {
		expect(raw.sources.map(source => source.published).sort()).toEqual(['2010-12-17', '2011-06-06']);
		for (const source of raw.sources) {
			for (const paragraph of source.paragraphs) expect(seeds.some(seed => seed.includes(paragraph))).toBe(true);
		}
	});

	it('keeps the repeated 2010 paragraph once and no page chrome', () => {
		const all = raw.sources.flatMap(source => source.paragraphs);
		expect(all.filter(p => p.startsWith('Secure Communities has drawn fire'))).toHaveLength(1);
		for (const chrome of ['Advertisement', 'More from WBUR', 'Listen Live', 'Close', 'The audio for this program is not available.']) {
			expect(all.some(p => p.includes(chrome))).toBe(false);
		}
	});

	it('backs every event and claim with a quote found verbatim in its paragraph', () => {
		const paragraphs = new Map(raw.sources.map(source => [source.id, source.paragraphs]));
		const citations = [...raw.events.flatMap(event => event.citations), ...raw.statements.flatMap(s => s.claims.flatMap(claim => claim.citations))];
		expect(citations.length).toBeGreaterThan(raw.events.length);
		for (const cite of citations) expect(paragraphs.get(cite.source)?.[cite.paragraph - 1]).toContain(cite.quote);
		for (const event of raw.events) expect(event.citations.length).toBeGreaterThan(0);
	});

	it('holds the developments the articles report, at their honest precision', () => {
		const byText = (text: RegExp) => raw.events.find(event => text.test(`${event.headline} ${event.summary}`));
		expect(byText(/October 2008/)?.date).toMatchObject({value: '2008-10', precision: 'month'});
		expect(byText(/50,600/)).toBeDefined();
		expect(byText(/2013/)).toBeDefined();
		expect(byText(/Cuomo/)).toBeDefined();
		expect(byText(/Quinn/)).toBeDefined();
		expect(byText(/California/)).toBeDefined();
		const letter = raw.events.find(event => event.date.value === '2011-06-03');
		expect(letter?.date.precision).toBe('day');
		expect(letter?.date.derivation).toMatch(/Friday/);
		for (const event of raw.events) if (event.date.precision === 'reported') expect(event.date.derivation).toBeTruthy();
	});

	it('marks the reversal: joining in 2010, refusing in 2011', () => {
		const stances = raw.events.filter(event => event.stance).map(event => [event.date.value.slice(0, 4), event.stance]);
		expect(stances).toContainEqual(['2010', 'joining']);
		expect(stances).toContainEqual(['2011', 'refusing']);
		expect(stances.filter(([year, stance]) => year === '2010' && stance === 'refusing')).toHaveLength(0);
	});

	it('has the two statements split into claims by topic, and the default comparison', () => {
		expect(raw.comparison).toHaveLength(2);
		for (const id of raw.comparison ?? []) {
			const statement = raw.statements.find(s => s.id === id);
			expect(new Set(statement?.claims.map(claim => claim.topic))).toEqual(new Set(['decision', 'mandatory', 'reasons', 'promises']));
		}
	});

	it('lists events in date order', () => {
		for (let i = 1; i < raw.events.length; i++) expect(compareDates(raw.events[i - 1]!.date, raw.events[i]!.date)).toBeLessThanOrEqual(0);
	});
});
