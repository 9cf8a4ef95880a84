/**
 * The detail pane on the bundled story: the event card is `show`'s text, `]` and `[` walk the
 * event's citations across its sources, `c` comes back, `i` folds the card, and the hints offer
 * only keys that do something.
 */
import {describe, expect, it} from 'vitest';
import {stripVTControlCharacters as strip} from 'node:util';
import {loadTimeline} from '../../source/core/load/load-timeline.js';
import {show} from '../../source/commands/show.js';
import {cardLines, cardWidth, paintDetail} from '../../source/core/screen/detail-lines.js';
import {linesOf} from '../../source/core/screen/article-lines.js';
import {createStyle} from '../../source/core/text/style.js';
import {articleRect, selectedDetail, type State} from '../../source/state/state.js';
import {hintsFor} from '../../source/state/hints.js';
import {modes} from '../../source/modes/index.js';
import {detailTitle} from '../../source/core/screen/detail-lines.js';
import {open, press} from '../helpers/explorer-state.js';

const loaded = loadTimeline();
const {timeline} = loaded;
const indexOf = (id: string) => timeline.events.findIndex(event => event.id === id);
const at = (id: string, columns = 80, rows = 24) => press(open(timeline, columns, rows), ...Array<string>(indexOf(id)).fill('j'));

/** What `sc-timeline show <id> --width <width>` prints, without colour. */
function shown(id: string, width: number): string[] {
	let text = '';
	show({loaded, args: [id], format: 'text', width, color: false, limit: undefined, out: chunk => (text += chunk), warn: () => {}});
	return text.replace(/\n$/, '').split('\n');
}

/** The passage's first line is inside the pane's window. */
function passageOnScreen(state: State): boolean {
	const view = selectedDetail(state)!;
	const first = view.articleStart + linesOf(view.layout!, view.current!).first;
	return first >= state.articleTop && first < state.articleTop + view.height;
}

/** The sizes the issue asks about. */
const sizes = [
	[80, 24],
	[100, 30],
	[160, 45],
] as const;

const hintKeys = (state: State) => hintsFor(state, modes).map(hint => hint.keys);

describe('the event card', () => {
	it("is show's text, line for line, for every bundled event at every size", () => {
		for (const [columns, rows] of sizes) {
			let state = open(timeline, columns, rows, 'none');
			const width = articleRect(state).width;
			for (const event of timeline.events) {
				const card = selectedDetail(state)!.card.map(line => line.slice(1));
				expect(card).toEqual(shown(event.id, cardWidth(width)));
				// Painted, it is the same text.
				expect(cardLines(timeline, event, width, createStyle('color')).map(line => strip(line))).toEqual(selectedDetail(state)!.card);
				state = press(state, 'j');
			}
		}
	});

	it('leads the pane: the headline, the date with how it was derived, then the article after a rule', () => {
		const state = at('letter-wont-sign');
		const view = selectedDetail(state)!;
		const lines = paintDetail(timeline, view, 0, view.total, articleRect(state).width, createStyle('none')).join('\n');
		expect(lines.startsWith(' Letter: Patrick won')).toBe(true);
		expect(lines).toMatch(/How dated\s+The letter is 'dated\s+Friday/);
		expect(lines.indexOf('How dated')).toBeLessThan(lines.indexOf('─────'));
		expect(lines.indexOf("Mass. Won't Join", lines.indexOf('─────'))).toBeGreaterThan(0);
	});

	it('i folds it to one line and back, keeping the place in the article', () => {
		const reading = press(at('letter-wont-sign'), 'return', 'c');
		expect(reading.articleTop).toBeGreaterThan(selectedDetail(reading)!.articleStart);
		const folded = press(reading, 'i');
		expect(selectedDetail(folded)!.card).toHaveLength(1);
		expect(selectedDetail(folded)!.card[0]).toContain('Letter: Patrick won');
		expect(passageOnScreen(folded)).toBe(true);
		expect(folded.articleTop - selectedDetail(folded)!.articleStart).toBe(reading.articleTop - selectedDetail(reading)!.articleStart);
		// A preference: the next event's card is folded too, until i again.
		expect(selectedDetail(press(folded, 'escape', 'j'))!.card).toHaveLength(1);
		expect(selectedDetail(press(folded, 'i'))!.card).toEqual(selectedDetail(reading)!.card);
	});
});

describe('citations', () => {
	it('] and [ switch between the sources of boston-police-in-program, scrolled to each passage', () => {
		for (const [columns, rows] of sizes) {
			const first = at('boston-police-in-program', columns, rows);
			expect(selectedDetail(first)!.article!.source!.id).toBe('wbur-2010-12-17');
			const second = press(first, 'return', ']');
			const view = selectedDetail(second)!;
			expect(second.citation).toBe(1);
			expect(view.article!.source!.id).toBe('wbur-2011-06-06');
			expect(passageOnScreen(second)).toBe(true);
			expect(view.current).toEqual(expect.objectContaining({paragraph: 4}));
			expect(detailTitle(view, 80)).toBe('citation 2/2 · WBUR, June 6, 2011, ¶5');
			const back = press(second, '[');
			expect(selectedDetail(back)!.article!.source!.id).toBe('wbur-2010-12-17');
			expect(passageOnScreen(back)).toBe(true);
			// Wrapping around: ] from the last citation is the first again.
			expect(press(second, ']').citation).toBe(0);
		}
	});

	it('c comes back to the current citation after scrolling away', () => {
		const state = press(at('boston-police-in-program'), 'return', ']');
		const away = press(state, 'g');
		expect(passageOnScreen(away)).toBe(false);
		expect(press(away, 'c').articleTop).toBe(state.articleTop);
	});

	it('marks every passage the event cites in the article, the current one with the heavy bar', () => {
		const state = press(at('letter-wont-sign', 160, 45), 'return', 'c');
		const view = selectedDetail(state)!;
		const lines = paintDetail(timeline, view, view.articleStart, view.total, articleRect(state).width, createStyle('none'));
		expect(lines.filter(line => line.startsWith('┃ ')).length).toBeGreaterThan(0);
		// Four citations in one article: the three others carry the light bar.
		expect(new Set(lines.filter(line => line.startsWith('╎ ')).map(line => line.slice(2, 12))).size).toBeGreaterThanOrEqual(3);
	});
});

describe('hints', () => {
	it('offer ] [ and c only for an event with an article, d only with something to compare', () => {
		const state = press(open(timeline), 'return');
		expect(hintKeys(state)).toEqual(expect.arrayContaining([']/[', 'c', 'd']));
		const bare = {...timeline, sources: [], statements: [], events: timeline.events.map(event => ({...event, citations: []}))};
		const alone = press(open(bare), 'return');
		expect(hintKeys(alone)).not.toContain(']/[');
		expect(hintKeys(alone)).not.toContain('c');
		expect(hintKeys(alone)).not.toContain('d');
		expect(press(alone, ']', 'c')).toMatchObject({citation: 0, articleTop: 0});
	});
});
