import {describe, expect, it} from 'vitest';
import {eventsMarkdown, renderEventLines} from '../../../source/core/format/event-list.js';
import {mediumDate} from '../../../source/core/format/printed-date.js';
import {displayWidth} from '../../../source/core/text/width.js';
import {bundled, color, plain, sample} from './helpers.js';

describe('renderEventLines', () => {
	it('gives each event exactly one line: id, compact date, headline, in date order', () => {
		const lines = renderEventLines(bundled.timeline, {width: 200, style: plain});
		expect(lines).toHaveLength(bundled.timeline.events.length);
		for (const [index, event] of bundled.timeline.events.entries()) {
			expect(lines[index]).toMatch(new RegExp(`^${event.id} +${mediumDate(event.date).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} +`));
			expect(lines[index]?.endsWith(event.headline)).toBe(true);
		}
	});

	it('keeps ids whole up to nearly half the width, then shortens them in the middle; cuts the headline first; columns aligned at every width', () => {
		for (const width of [40, 47, 60, 80, 100]) {
			const lines = renderEventLines(bundled.timeline, {width, style: plain});
			expect(lines).toHaveLength(bundled.timeline.events.length);
			const column = Math.min(Math.floor(width * 0.45), Math.max(...bundled.timeline.events.map(event => event.id.length)));
			for (const [index, line] of lines.entries()) {
				const event = bundled.timeline.events[index];
				expect(displayWidth(line)).toBeLessThanOrEqual(width);
				const id = line.slice(0, column).trimEnd();
				// The id column and the date column start at the same place on every line.
				expect(line.slice(column, column + 2)).toBe('  ');
				expect(line[column + 2]).not.toBe(' ');
				if (event!.id.length <= column) expect(id).toBe(event!.id);
				else {
					const [head = '', tail = ''] = id.split('…');
					expect(event!.id.startsWith(head) && event!.id.endsWith(tail)).toBe(true);
				}
			}
		}
		// At 80 columns every id is whole, to be given to show as it is.
		expect(renderEventLines(bundled.timeline, {width: 80, style: plain})[0]).toMatch(/^ice-begins-secure-communities +Oct 2008 +ICE begins/);
		expect(renderEventLines(bundled.timeline, {width: 40, style: plain})[0]).toMatch(/^ice-begin…munities +Oct/);
	});

	it('writes every headline whole when nothing limits the width', () => {
		const lines = renderEventLines(bundled.timeline, {width: Number.POSITIVE_INFINITY, style: plain});
		for (const [index, event] of bundled.timeline.events.entries()) expect(lines[index]).toMatch(new RegExp(`^${event.id} +\\S.* {2}${event.headline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
	});

	it('gives a long id no more than a third of the line, so the headlines of the others keep their room', () => {
		const lines = renderEventLines(sample.timeline, {width: 100, style: plain});
		expect(lines.find(line => line.startsWith('vote-passes'))).toMatch(/^vote-passes +Jun 15, 2021 +Council passes the budget, 7–2$/);
		expect(lines.find(line => line.startsWith('residents-'))).toContain('Nov 2020');
	});

	it('marks ids in colour and writes no escape byte in the plain style', () => {
		expect(renderEventLines(bundled.timeline, {width: 80, style: plain}).join('')).not.toContain('\u001B');
		expect(renderEventLines(bundled.timeline, {width: 80, style: color})[0]).toMatch(/^\u001B\[36m/);
	});
});

describe('eventsMarkdown', () => {
	it('lists every event with its long date and id', () => {
		const lines = eventsMarkdown(bundled.timeline);
		expect(lines).toHaveLength(bundled.timeline.events.length);
		expect(lines[0]).toBe('- **October 2008**: ICE begins Secure Communities (`ice-begins-secure-communities`)');
	});
});
