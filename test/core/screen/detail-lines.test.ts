import {describe, expect, it} from 'vitest';
import {detailOf, paintDetail, passageContext, passageShown, passageTop} from '../../../source/core/screen/detail-lines.js';
import {unpainted} from '../../../source/core/text/style.js';
import {makeTimeline} from '../../helpers/explorer-fixture.js';

const timeline = makeTimeline();
const plain = unpainted('mono');
const width = 40;
const event = timeline.events.find(item => item.citations.length > 0 && item.citations[0]!.paragraph > 5)!;
const detail = detailOf(timeline, event, width, 0, false, plain);
const rows = (height: number) => {
	const top = passageTop(detail, detail.current, height);
	return {top, lines: paintDetail(timeline, detail, top, height, width, plain)};
};
const firstPassageRow = (lines: string[]) => lines.findIndex(line => line.startsWith('┃'));
const paragraphOpening = `in part ${event.citations[0]!.paragraph}.`;

describe('passageTop: a passage in context', () => {
	it('shows the start of the paragraph when it fits with the passage, under the pinned heading', () => {
		const {lines} = rows(20);
		expect(lines[0]).toContain(detail.layout!.heading.title);
		expect(lines[1]).toContain('The program checks');
		expect(lines.slice(1, firstPassageRow(lines)).join(' ')).toContain(paragraphOpening.split(' ')[0]!);
		expect(firstPassageRow(lines)).toBeGreaterThan(1);
	});

	it('otherwise keeps two lines of the paragraph above the passage, never under the heading', () => {
		const narrow = detailOf(timeline, event, 20, 0, false, plain);
		const lines = paintDetail(timeline, narrow, passageTop(narrow, narrow.current, 8), 8, 20, plain);
		expect(lines[0]).toContain(narrow.layout!.heading.title.slice(0, 10));
		expect(firstPassageRow(lines)).toBe(1 + passageContext);
		expect(lines[1]).not.toBe('');
		expect(lines[2]).not.toBe('');
	});

	it('knows whether the passage shows: not on the card, yes at its own place', () => {
		for (const height of [5, 12, 20]) {
			expect(passageShown(detail, detail.current, 0, height), `height ${height}`).toBe(false);
			expect(passageShown(detail, detail.current, passageTop(detail, detail.current, height), height), `height ${height}`).toBe(true);
		}
	});
});
