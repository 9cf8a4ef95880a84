import {describe, expect, it} from 'vitest';
import {renderSummary, summaryMarkdown} from '../../../source/core/format/summary-lines.js';
import {overview} from '../../../source/core/format/overview.js';
import {displayWidth} from '../../../source/core/text/width.js';
import {bundled, color, plain, sample, timelineOf} from './helpers.js';

const esc = '\u001B';

describe('renderSummary', () => {
	it('opens with the title and description, then the overview, then every event on its own dated line', () => {
		const lines = renderSummary(bundled.timeline, {width: 200, style: plain});
		const {timeline} = bundled;
		expect(lines[0]).toBe(timeline.title);
		expect(lines.join(' ')).toContain(timeline.description);
		const list = lines.slice(lines.indexOf('Events') + 1);
		expect(list).toHaveLength(timeline.events.length);
		for (const [index, event] of timeline.events.entries()) expect(list[index]).toContain(event.headline);
		expect(list[0]).toMatch(/^October 2008 +ICE begins/);
	});

	it('tells the story from the data: the decision to join, the reversal, the other states', () => {
		const text = renderSummary(bundled.timeline, {width: 200, style: plain}).join('\n');
		const firstJoining = bundled.timeline.events.find(event => event.stance === 'joining');
		const firstRefusing = bundled.timeline.events.find(event => event.stance === 'refusing');
		expect(text).toContain(`The decision to join: ${firstJoining?.headline}`);
		expect(text).toContain(`The reversal, to refuse: ${firstRefusing?.headline}`);
		for (const event of bundled.timeline.events.filter(item => item.tags.includes('other-states'))) {
			expect(text).toMatch(new RegExp(`Other states: .*${event.headline}`));
		}
		expect(text).toMatch(/\d+ events, from October 2008 to June 6, 2011, drawn from 2 sources\./);
	});

	it('works for a timeline with no stances or tags (a TimelineJS import): title, extent, events', () => {
		const lines = renderSummary(sample.timeline, {width: 80, style: plain});
		expect(lines[0]).toBe('City Hall & the Budget Fight');
		expect(lines).toContain('6 events, from 2020 to June 18, 2021, 10h.');
		expect(lines.join('\n')).not.toMatch(/decision|reversal/i);
		expect(overview(sample.timeline).map(item => item.kind)).toEqual(['extent']);
	});

	it('wraps at word boundaries to the width, continuing a long headline under the headline', () => {
		for (const width of [24, 40, 60, 80]) {
			const lines = renderSummary(bundled.timeline, {width, style: plain});
			for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
			// No word is split except after its hyphen (`immigration-` / `check`): every word of the description survives.
			const words = new Set(
				lines
					.join(' ')
					.replace(/(\w-) +/g, '$1')
					.split(/\s+/),
			);
			for (const word of (bundled.timeline.description ?? '').split(' ')) expect(words.has(word)).toBe(true);
		}
		const narrow = renderSummary(bundled.timeline, {width: 40, style: plain});
		const at = narrow.findIndex(line => line.includes('Administration releases'));
		expect(narrow[at]).toMatch(/^Jun 6, 2011 +Administration releases$/);
		expect(narrow[at + 1]).toMatch(/^ {17}the letter$/);
	});

	it('counts wide characters as two columns when wrapping', () => {
		const timeline = timelineOf({
			description: '東京都の予算案について議会で審議が行われました 😀 and some plain words after it',
			events: [{id: 'a', date: {value: '2020', precision: 'year'}, headline: '予算案 😀 が可決されました、議会で', summary: ''}],
		});
		for (const width of [12, 20, 31]) {
			for (const line of renderSummary(timeline, {width, style: plain})) expect(displayWidth(line)).toBeLessThanOrEqual(width);
		}
	});

	it('holds no esc byte in the plain style, and marks title and stances in colour', () => {
		expect(renderSummary(bundled.timeline, {width: 80, style: plain}).join('\n')).not.toContain(esc);
		const coloured = renderSummary(bundled.timeline, {width: 80, style: color});
		expect(coloured[0]).toContain(esc);
		expect(coloured.find(line => line.includes('The decision to join'))).toContain('\u001B[32m');
		expect(coloured.find(line => line.includes('The reversal'))).toContain('\u001B[31m');
	});

	it('shows a control character from the data as visible text, never as an escape', () => {
		const timeline = timelineOf({title: 'Evil \u001B[2J title', events: [{id: 'a', date: {value: '2020', precision: 'year'}, headline: 'Bell \u0007 here', summary: ''}]});
		const text = renderSummary(timeline, {width: 80, style: plain}).join('\n');
		expect(text).not.toMatch(/[\u0000-\u0008\u000B-\u001F]/);
		expect(text).toContain('Evil ^[[2J title');
	});
});

describe('summaryMarkdown', () => {
	it('gives a title heading, the overview as a list and the events under their own heading', () => {
		const lines = summaryMarkdown(bundled.timeline);
		expect(lines[0]).toBe('# Secure Communities in Massachusetts');
		expect(lines).toContain('## Events');
		expect(lines.filter(line => line.startsWith('- **The decision to join:**'))).toHaveLength(1);
		const events = lines.slice(lines.indexOf('## Events') + 2);
		expect(events).toHaveLength(bundled.timeline.events.length);
		expect(events[0]).toBe('- **October 2008**: ICE begins Secure Communities');
	});

	it('escapes Markdown in the data so it cannot add emphasis, links or headings', () => {
		const lines = summaryMarkdown(sample.timeline);
		expect(lines).toContain('- **March 2021**: Amendment \\#3 \\*fails\\* & \\[tabled\\] again');
	});
});

describe('every printed line fits the width', () => {
	it('for any width from 1 to 120, on the bundled story and the TimelineJS sample', async () => {
		const {renderEvent} = await import('../../../source/core/format/event-card.js');
		const {renderEventLines} = await import('../../../source/core/format/event-list.js');
		const fc = await import('fast-check');
		fc.assert(
			fc.property(fc.integer({min: 1, max: 120}), fc.boolean(), (width, useSample) => {
				const {timeline} = useSample ? sample : bundled;
				const event = timeline.events[width % timeline.events.length];
				if (!event) return;
				const lines = [...renderSummary(timeline, {width, style: color}), ...renderEventLines(timeline, {width, style: color}), ...renderEvent(timeline, event, {width, style: color})];
				for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
			}),
			{numRuns: 150},
		);
	});
});
