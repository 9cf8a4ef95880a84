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

	it('cuts a line longer than the width with an ellipsis, keeping the id whole', () => {
		for (const width of [40, 60]) {
			const lines = renderEventLines(bundled.timeline, {width, style: plain});
			expect(lines).toHaveLength(bundled.timeline.events.length);
			for (const [index, line] of lines.entries()) {
				expect(displayWidth(line)).toBeLessThanOrEqual(width);
				expect(line.startsWith(bundled.timeline.events[index]?.id ?? '?')).toBe(true);
			}
			expect(lines.some(line => line.endsWith('…'))).toBe(true);
		}
	});

	it('lets a very long id push its own line rather than squeezing every headline', () => {
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
