import {describe, expect, it} from 'vitest';
import {initialState, update} from '../../source/state/update.js';
import {citationTop, contextOf, listHeight, overlayHeight, selectedDetail, type State} from '../../source/state/state.js';
import {indexTimeline} from '../../source/core/screen/timeline-rows.js';
import {linesOf} from '../../source/core/screen/article-lines.js';
import {makeTimeline} from '../helpers/explorer-fixture.js';
import {act, open, overlayLines, press} from '../helpers/explorer-state.js';

const timeline = makeTimeline({events: 60, paragraphs: 30});
const start = (columns = 80, rows = 24) => open(timeline, columns, rows);

/** The selected event's row is inside the list window. */
function selectionVisible(state: State): boolean {
	const row = indexTimeline(state.shown).rowOfEvent[state.selected] ?? -1;
	return row >= state.listTop && row < state.listTop + listHeight(state);
}

/** The first line of the current citation's passage is inside the pane's window. */
function citationVisible(state: State): boolean {
	const view = selectedDetail(state)!;
	const range = view.current;
	if (range === undefined || view.layout === undefined) return true;
	const first = view.articleStart + linesOf(view.layout, range).first;
	return first >= state.articleTop && first < state.articleTop + view.height;
}

describe('opening', () => {
	it("selects the first event, focuses the timeline and opens the pane on the event's card, at its first citation", () => {
		const state = start();
		expect(state).toMatchObject({selected: 0, focus: 'timeline', mode: 'browse', listTop: 0, articleTop: 0, citation: 0, exitCode: undefined});
	});
});

describe('timeline', () => {
	it('j ↓ select the next event and k ↑ the previous one, stopping at both ends', () => {
		expect(press(start(), 'j').selected).toBe(1);
		expect(press(start(), 'down', 'down').selected).toBe(2);
		expect(press(start(), 'j', 'j', 'k').selected).toBe(1);
		expect(press(start(), 'up').selected).toBe(0);
		const first = start();
		expect(press(first, 'k')).toBe(first);
	});

	it('g Home select the first event, G End the last', () => {
		expect(press(start(), 'G').selected).toBe(59);
		expect(press(start(), 'end').selected).toBe(59);
		expect(press(start(), 'G', 'g').selected).toBe(0);
		expect(press(start(), 'G', 'home').selected).toBe(0);
		expect(press(start(), 'G', 'j').selected).toBe(59);
	});

	it('PgDn and PgUp move a page of rows less one', () => {
		const page = listHeight(start()) - 1;
		expect(press(start(), 'pagedown').selected).toBe(page);
		expect(press(start(), 'pagedown', 'pagedown', 'pageup').selected).toBe(page);
		expect(press(start(), 'pageup').selected).toBe(0);
		expect(press(start(), ...Array(10).fill('pagedown')).selected).toBe(59);
	});

	it('keeps the selection on screen, whatever the moves', () => {
		let state = start();
		for (const name of ['G', 'k', 'pageup', 'pageup', 'j', 'g', 'pagedown', 'end', 'home']) {
			state = press(state, name);
			expect(selectionVisible(state), `after ${name}`).toBe(true);
		}
	});

	it('shows the year heading above the first event of a year when scrolling up to it', () => {
		const state = press(start(), 'G', 'g');
		expect(state.listTop).toBe(0);
	});

	it('opens each newly selected event on its card, at its first citation, whatever the one before showed', () => {
		let state = press(start(), 'return', ']', 'G', 'escape');
		for (let step = 0; step < 20; step++) {
			state = press(state, 'j');
			expect(state).toMatchObject({articleTop: 0, citation: 0});
			expect(citationVisible(press(state, 'return', 'c'))).toBe(true);
			expect(press(state, 'return', 'c').articleTop).toBe(citationTop(state));
		}
	});

	it('Enter, l and → focus the article', () => {
		for (const name of ['return', 'l', 'right']) expect(press(start(), name).focus).toBe('article');
	});
});

describe('article', () => {
	const reading = () => press(start(), 'return', 'g');

	it('j ↓ scroll down a line and k ↑ up, stopping at the top', () => {
		expect(press(reading(), 'j').articleTop).toBe(1);
		expect(press(reading(), 'down', 'down', 'up').articleTop).toBe(1);
		expect(press(reading(), 'k').articleTop).toBe(0);
		expect(press(reading(), 'j').selected).toBe(0);
	});

	it('Space PgDn and b PgUp scroll a page less one line, like less', () => {
		const page = selectedDetail(reading())!.height - 1;
		expect(press(reading(), 'space').articleTop).toBe(page);
		expect(press(reading(), 'pagedown', 'pagedown').articleTop).toBe(2 * page);
		expect(press(reading(), 'space', 'space', 'b').articleTop).toBe(page);
		expect(press(reading(), 'space', 'pageup').articleTop).toBe(0);
	});

	it('Ctrl-F and Ctrl-B scroll a page, Ctrl-D and Ctrl-U half a page, as in less; f and d still open the filter and the comparison', () => {
		const {height} = selectedDetail(reading())!;
		const half = Math.floor(height / 2);
		expect(press(reading(), 'ctrl+f').articleTop).toBe(height - 1);
		expect(press(reading(), 'ctrl+f', 'ctrl+f', 'ctrl+b').articleTop).toBe(height - 1);
		expect(press(reading(), 'ctrl+d').articleTop).toBe(half);
		expect(press(reading(), 'ctrl+d', 'ctrl+d', 'ctrl+u').articleTop).toBe(half);
		expect(press(reading(), 'f').mode).toBe('filter');
		expect(press(reading(), 'd').mode).toBe('compare');
	});

	it('g Home go to the top, G End to the last page, and nothing scrolls past it', () => {
		const view = selectedDetail(reading())!;
		const last = view.total - view.height;
		expect(press(reading(), 'G').articleTop).toBe(last);
		expect(press(reading(), 'end', 'j', 'space').articleTop).toBe(last);
		expect(press(reading(), 'G', 'g').articleTop).toBe(0);
		expect(press(reading(), 'G', 'home').articleTop).toBe(0);
	});

	it('c returns to the cited passage', () => {
		const state = press(start(), 'return', 'G', 'c');
		expect(state.articleTop).toBe(citationTop(state));
		expect(citationVisible(state)).toBe(true);
	});

	it('Esc, h and ← go back to the timeline', () => {
		for (const name of ['escape', 'h', 'left']) expect(press(start(), 'return', name).focus).toBe('timeline');
	});
});

describe('everywhere', () => {
	it('Tab and Shift-Tab move focus between the panes', () => {
		expect(press(start(), 'tab').focus).toBe('article');
		expect(press(start(), 'tab', 'tab').focus).toBe('timeline');
		expect(press(start(), 'shift+tab').focus).toBe('article');
		expect(press(start(), 'return', 'shift+tab').focus).toBe('timeline');
	});

	it('? opens and closes the help; s the summary; each replaces the other', () => {
		expect(press(start(), '?').mode).toBe('help');
		expect(press(start(), '?', '?').mode).toBe('browse');
		expect(press(start(), 's').mode).toBe('summary');
		expect(press(start(), 's', '?').mode).toBe('help');
		expect(contextOf(press(start(), 's'))).toBe('summary');
	});

	it('a paste the terminal marks is text in a prompt, never keys: a control character in it is refused, a line break is a space, none is Enter; outside a prompt it does nothing', () => {
		const searching = press(start(), '/');
		const paste = (state: State, text: string) => act(state, {type: 'paste', text});
		const refused = paste(paste(searching, 'po'), 'hello\u0015world\u0003');
		expect(refused.search.query).toBe('po');
		expect(refused.mode).toBe('search');
		expect(refused.exitCode).toBeUndefined();
		expect(refused.status?.text).toMatch(/^Not typed: the text holds a control character \(U\+0015\)/);
		const lines = paste(searching, 'police\r\nchief\tsaid\n');
		expect(lines.search.query).toBe('police chief said');
		expect(lines.mode).toBe('search');
		const browsing = start();
		expect(paste(browsing, 'qGj')).toBe(browsing);
	});

	it('q closes an open overlay, else quits with exit code 0', () => {
		const closed = press(start(), '?', 'q');
		expect(closed.mode).toBe('browse');
		expect(closed.exitCode).toBeUndefined();
		expect(press(start(), 'q').exitCode).toBe(0);
		expect(press(start(), 'return', 'q').exitCode).toBe(0);
	});

	it('Ctrl-C quits at once with exit code 130, even from an overlay', () => {
		expect(press(start(), 'ctrl+c').exitCode).toBe(130);
		expect(press(start(), '?', 'ctrl+c').exitCode).toBe(130);
	});

	it('ignores everything once quitting', () => {
		const quitting = press(start(), 'q');
		expect(press(quitting, 'j', 'ctrl+c')).toBe(quitting);
	});

	it('applies each key of a run typed faster than the screen (Ink passes it as one input)', () => {
		const state = update(start(), {type: 'key', name: undefined, input: 'jjj'});
		expect(state.selected).toBe(3);
		expect(update(start(), {type: 'key', name: undefined, input: 'jj\u0003'}).exitCode).toBe(130);
	});

	it('ignores keys bound nowhere', () => {
		const state = start();
		expect(press(state, 'x', 'F', 'delete')).toBe(state);
	});
});

describe('overlays', () => {
	it('scroll with j k Space b g G, within their lines', () => {
		const help = press(start(80, 12), '?');
		const total = overlayLines(help).length;
		const height = 7;
		expect(total).toBeGreaterThan(height);
		expect(press(help, 'j').overlayTop).toBe(1);
		expect(press(help, 'j', 'k').overlayTop).toBe(0);
		expect(press(help, 'space').overlayTop).toBe(height - 1);
		expect(press(help, 'space', 'b').overlayTop).toBe(0);
		expect(press(help, 'G').overlayTop).toBe(total - height);
		expect(press(help, 'G', 'j').overlayTop).toBe(total - height);
		expect(press(help, 'G', 'g').overlayTop).toBe(0);
		expect(press(help, 'j').selected).toBe(0);
	});

	it('Esc closes the overlay', () => {
		expect(press(start(), 's', 'escape').mode).toBe('browse');
	});

	it('reopen at their top', () => {
		expect(press(start(80, 12), '?', 'j', '?', '?').overlayTop).toBe(0);
	});
});

describe('resize', () => {
	it('lays out again for the new size and keeps the selection on screen', () => {
		let state = press(start(120, 40), 'G');
		state = act(state, {type: 'resize', columns: 40, rows: 12});
		expect(state.layout).toMatchObject({kind: 'panes', arrangement: 'single', columns: 40});
		expect(selectionVisible(state)).toBe(true);
		expect(state.articleTop).toBe(0);
	});

	it('keeps the card at the top of the pane when the terminal shrinks', () => {
		const state = act(press(start(160, 45), 'j'), {type: 'resize', columns: 80, rows: 24});
		expect(state.articleTop).toBe(0);
	});

	it('keeps the current citation on screen when the pane was at it', () => {
		const state = act(press(start(120, 40), 'G', ']'), {type: 'resize', columns: 40, rows: 12});
		expect(citationVisible(state)).toBe(true);
	});

	it("keeps the reader's place in the article when the width changes", () => {
		const reading = press(start(), 'return', 'g', 'space', 'space');
		const view = selectedDetail(reading)!;
		const topLine = view.layout!.lines[reading.articleTop - view.articleStart]!;
		const wider = act(reading, {type: 'resize', columns: 120, rows: 24});
		const widerView = selectedDetail(wider)!;
		const after = widerView.layout!.lines[wider.articleTop - widerView.articleStart]!;
		expect(after.paragraph).toBe(topLine.paragraph);
		expect(after.offset).toBeLessThanOrEqual(topLine.offset);
	});

	it('goes to "too small" and back without losing the selection', () => {
		const state = press(start(), 'j', 'j');
		const small = act(state, {type: 'resize', columns: 20, rows: 6});
		expect(small.layout.kind).toBe('too-small');
		const back = act(press(small, 'j'), {type: 'resize', columns: 80, rows: 24});
		expect(back.selected).toBe(3);
		expect(selectionVisible(back)).toBe(true);
	});

	it('clamps an overlay scrolled past its new end', () => {
		const state = act(press(start(80, 12), '?', 'G'), {type: 'resize', columns: 80, rows: 40});
		expect(state.overlayTop).toBe(Math.max(0, overlayLines(state).length - overlayHeight(state)));
	});
});

it('an empty timeline opens and answers every key without failing', () => {
	const empty = initialState({...timeline, events: []}, {columns: 80, rows: 24}, 'mono');
	const state = press(empty, 'j', 'G', 'pagedown', 'return', 'j', 'space', 'c', 'G', 'escape', '?', 'j', 'q');
	expect(state.selected).toBe(0);
	expect(press(state, 'q').exitCode).toBe(0);
});
