import {describe, expect, it} from 'vitest';
import {loadTimeline} from '../../source/core/load/load-timeline.js';
import {detailTitle, paintDetail} from '../../source/core/screen/detail-lines.js';
import {unpainted} from '../../source/core/text/style.js';
import {articleRect, selectedDetail, type State} from '../../source/state/state.js';
import {open, press} from '../helpers/explorer-state.js';

const {timeline: story} = loadTimeline();
const sizes = [
	[80, 24],
	[100, 30],
] as const;

/** The explorer on the bundled story with event `id` selected. */
function at(id: string, columns: number, rows: number): State {
	const index = story.events.findIndex(event => event.id === id);
	expect(index).toBeGreaterThanOrEqual(0);
	return press(open(story, columns, rows), ...Array.from({length: index}, () => 'j'));
}

/** The detail pane's rows as the reader sees them, without colour. */
function pane(state: State): string[] {
	const view = selectedDetail(state)!;
	return paintDetail(state.shown, view, state.articleTop, view.height, articleRect(state).width, unpainted(state.styleLevel));
}

/** The text of the pane's rows of the current passage (those with the heavy bar). */
const passageRows = (lines: string[]) => lines.filter(line => line.startsWith('┃'));

describe('passages in context', () => {
	it('] on boston-police-in-program shows citation 2 with who is speaking above it', () => {
		for (const [columns, rows] of sizes) {
			const state = press(at('boston-police-in-program', columns, rows), ']', ']');
			expect(state.citation, `${columns}×${rows}`).toBe(1);
			const lines = pane(state);
			expect(lines.join(' '), `${columns}×${rows}`).toContain('Heffernan cited statistics');
			expect(passageRows(lines).length, `${columns}×${rows}`).toBeGreaterThan(0);
			// The pinned heading is the first row; no passage line is under it.
			expect(lines[0], `${columns}×${rows}`).toContain('Mass. Won');
		}
	});

	it('Enter on letter-wont-sign opens its article at the cited passage, the card scrolled above', () => {
		for (const [columns, rows] of sizes) {
			const state = press(at('letter-wont-sign', columns, rows), 'return');
			expect(state.focus).toBe('article');
			const lines = pane(state);
			expect(passageRows(lines).length, `${columns}×${rows}\n${lines.join('\n')}`).toBeGreaterThan(0);
			const quote = story.events[state.selected]!.citations[0]!.quote;
			expect(lines.join(' ').replaceAll(/\s+/g, ' ')).toContain(quote.split(' ').slice(0, 3).join(' '));
		}
	});

	it('Enter keeps a place the reader scrolled to before going back to the list', () => {
		const reading = press(at('letter-wont-sign', 80, 24), 'return', 'j', 'j', 'escape');
		expect(press(reading, 'return').articleTop).toBe(reading.articleTop);
	});

	it('from the card, ] goes to the passage of citation 1 (the one the title names), then on to citation 2', () => {
		const card = at('boston-police-in-program', 80, 24);
		expect(detailTitle(selectedDetail(card), 60)).toContain('1/2');
		const first = press(card, ']');
		expect(first.citation).toBe(0);
		expect(passageRows(pane(first)).length).toBeGreaterThan(0);
		expect(press(first, ']').citation).toBe(1);
	});

	it('wrapping past the last or the first citation says so on the status line', () => {
		const card = at('boston-police-in-program', 80, 24);
		const back = press(card, '[');
		expect(back.citation).toBe(1);
		expect(back.status?.text).toBe('Wrapped around to the last citation, 2/2');
		const around = press(card, ']', ']', ']');
		expect(around.citation).toBe(0);
		expect(around.status?.text).toBe('Wrapped around to the first citation, 1/2');
		expect(press(card, ']', ']').status).toBeUndefined();
	});
});
