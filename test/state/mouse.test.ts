import {describe, expect, it} from 'vitest';
import {parseMouse} from '../../source/state/key-names.js';
import {bodyTop, paneAt} from '../../source/state/mouse.js';
import {selectedDetail, type State} from '../../source/state/state.js';
import {indexTimeline} from '../../source/core/screen/timeline-rows.js';
import type {PanesLayout} from '../../source/core/screen/layout.js';
import {makeTimeline} from '../helpers/explorer-fixture.js';
import {stripVTControlCharacters as strip} from 'node:util';
import {loadTimeline} from '../../source/core/load/load-timeline.js';
import {timelineLines} from '../../source/views/Timeline.js';
import {createStyle} from '../../source/core/text/style.js';
import {timelineWindow} from '../../source/core/screen/timeline-window.js';
import {act, open, press} from '../helpers/explorer-state.js';

const timeline = makeTimeline({events: 60, paragraphs: 30});
const panes = (state: State) => state.layout as PanesLayout;
const click = (state: State, x: number, y: number) => act(state, {type: 'mouse', kind: 'click', x, y});
const wheel = (state: State, x: number, y: number, down = true) => act(state, {type: 'mouse', kind: down ? 'wheelDown' : 'wheelUp', x, y});
/** The screen row (from 0) of event `index`'s first line in the timeline pane (the selected headline may take two lines). */
const rowOf = (state: State, index: number) => {
	const {rows} = timelineWindow({timeline: state.shown, selected: state.selected, top: state.listTop, ...panes(state).timeline, focused: true, style: createStyle('mono')});
	return bodyTop(panes(state)) + rows.indexOf(indexTimeline(state.shown).rowOfEvent[index]!);
};

describe('SGR mouse reports', () => {
	it('read a left press as a click and the wheel either way, at 0-based cells; releases, drags and other buttons are not acted on', () => {
		expect(parseMouse('\u001B[<0;10;5M')).toEqual({kind: 'click', x: 9, y: 4});
		expect(parseMouse('\u001B[<64;1;1M')).toEqual({kind: 'wheelUp', x: 0, y: 0});
		expect(parseMouse('\u001B[<65;80;24M')).toEqual({kind: 'wheelDown', x: 79, y: 23});
		for (const report of ['\u001B[<0;10;5m', '\u001B[<32;10;5M', '\u001B[<2;10;5M', '\u001B[<1;10;5M']) expect(parseMouse(report), report).toBeNull();
		for (const input of ['\u001B[A', 'j', '\u001B[<0;10M']) expect(parseMouse(input), input).toBeUndefined();
	});
});

describe('the mouse in the explorer', () => {
	it('finds the pane under a cell side by side and stacked', () => {
		const side = panes(open(timeline, 100, 30));
		const top = bodyTop(side);
		expect(paneAt(side, 'timeline', 0, top)).toEqual({pane: 'timeline', row: 0});
		expect(paneAt(side, 'timeline', side.timeline.width, top)).toBeUndefined();
		expect(paneAt(side, 'timeline', side.timeline.width + 1, top + 2)).toEqual({pane: 'article', row: 2});
		expect(paneAt(side, 'timeline', 5, top - 1)).toBeUndefined();
		const stacked = panes(open(timeline, 50, 30));
		expect(stacked.arrangement).toBe('stacked');
		expect(paneAt(stacked, 'timeline', 5, bodyTop(stacked) + stacked.timeline.height + 1)).toEqual({pane: 'article', row: 0});
	});

	it('a click on an event selects it; on the article focuses it; on the list again focuses the list', () => {
		const state = open(timeline, 100, 30);
		const selected = click(state, 3, rowOf(state, 4));
		expect(selected.selected).toBe(4);
		const reading = click(selected, 80, 10);
		expect(reading.focus).toBe('article');
		expect(reading.selected).toBe(4);
		const back = click(reading, 3, rowOf(reading, 2));
		expect(back).toMatchObject({focus: 'timeline', selected: 2});
	});

	it('a click selects the event drawn on that line, whichever selected headline above it takes two lines', () => {
		const story = loadTimeline().timeline;
		for (const keys of [['G'], ['g', ...Array<string>(8).fill('j')], ['g', ...Array<string>(14).fill('j')]]) {
			const state = press(open(story, 80, 24), ...keys);
			const layout = panes(state);
			const lines = timelineLines({timeline: state.shown, selected: state.selected, top: state.listTop, ...layout.timeline, focused: true, style: createStyle('mono')}).map(line => strip(line));
			// The selected headline wraps at this width: lines below it are one further down than their rows.
			expect(lines.some(line => line.startsWith(' ') && /^ +\S/.test(line) && !/[A-Z][a-z]{2} \d| [A-Za-z] /.test(line.slice(0, 14)))).toBe(true);
			for (const [index, event] of story.events.entries()) {
				const line = lines.findIndex(text => text.slice(13).startsWith(event.headline.slice(0, 12)));
				if (line === -1) continue;
				expect(click(state, 20, bodyTop(layout) + line).selected, `${event.headline} after ${keys.join('')}`).toBe(index);
			}
		}
	});

	it('the wheel scrolls the article under the pointer, whichever pane has the keyboard, and the list under it', () => {
		const state = open(timeline, 100, 30);
		expect(wheel(state, 80, 10).articleTop).toBe(3);
		expect(wheel(wheel(state, 80, 10), 80, 10, false).articleTop).toBe(0);
		const scrolled = wheel(wheel(wheel(state, 3, 10), 3, 10), 3, 10);
		expect(scrolled.listTop).toBe(9);
		// The selection is kept on screen: the first event shown.
		expect(rowOf(scrolled, scrolled.selected)).toBeGreaterThanOrEqual(bodyTop(panes(state)));
		expect(selectedDetail(scrolled)).toBeDefined();
	});

	it('in an overlay the wheel moves as ↓ ↑ do, and a click outside the body does nothing', () => {
		const help = press(open(timeline, 100, 30), '?');
		expect(wheel(help, 10, 10).overlayTop).toBe(3);
		expect(click(help, 10, 0)).toBe(help);
	});
});
