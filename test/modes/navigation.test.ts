import {describe, expect, it} from 'vitest';
import {loadTimeline} from '../../source/core/load/load-timeline.js';
import {calendarSpan, eventSpan} from '../../source/core/model/span.js';
import {citationMarkdown, eventCopyMarkdown} from '../../source/core/session/clipboard.js';
import {createStyle} from '../../source/core/text/style.js';
import type {State} from '../../source/state/state.js';
import {pendingCopy} from '../../source/modes/copy.js';
import {marksOf} from '../../source/modes/mark.js';
import {headerRuler} from '../../source/views/header-ruler.js';
import {act, open, press} from '../helpers/explorer-state.js';

const {timeline: story} = loadTimeline();
const start = (columns = 80, rows = 24) => open(story, columns, rows);
const type = (state: State, text: string) => press(state, ...[...text].map(char => (char === ' ' ? 'space' : char)));
/** The first event whose span ends after the start of `year`-`month`: what a date jump must select. */
const firstFrom = (year: number, month?: number) => story.events.findIndex(event => eventSpan(event).end > calendarSpan(year, month).start);

describe('t: jump to a date', () => {
	it('selects the first event on or after the date typed, in each form', () => {
		for (const [text, year, month] of [
			['2011', 2011],
			['2011-06', 2011, 6],
			['june 2011', 2011, 6],
			['2009', 2009],
		] as const) {
			const state = press(type(press(start(), 't'), text), 'return');
			expect(state.mode, text).toBe('browse');
			expect(state.selected, text).toBe(firstFrom(year, month));
		}
	});

	it('shows the prompt on the status line as typed; Backspace deletes, Esc cancels', () => {
		const typing = press(type(press(start(), 't'), '2011-066'), 'delete');
		expect(typing.mode).toBe('date');
		expect(typing.status?.text).toContain('Go to date: 2011-06▏');
		expect(press(typing, 'escape').mode).toBe('browse');
		expect(press(typing, 'escape').selected).toBe(0);
	});

	it('says so when the text is not a date or no event is that late, and stays', () => {
		const bad = press(type(press(start(), 't'), 'soon'), 'return');
		expect(bad.mode).toBe('date');
		expect(bad.status).toMatchObject({kind: 'error', text: expect.stringContaining('Not a date: "soon"')});
		const late = press(type(press(start(), 't'), '2030'), 'return');
		expect(late.status?.text).toBe('Go to date: 2030▏  No event on or after 2030');
		expect(late.selected).toBe(0);
	});

	it('keeps the prompt and its text beside an error, so the next key edits it: Ctrl-U clears, and 2011 then goes', () => {
		const bad = press(type(press(start(), 't'), 'garbage'), 'return');
		expect(bad.status?.text).toMatch(/^Go to date: garbage▏ {2}Not a date/);
		const edited = press(bad, 'ctrl+u');
		expect(edited.status).toMatchObject({kind: 'info', text: expect.stringMatching(/^Go to date: ▏/)});
		const gone = press(type(edited, '2011'), 'return');
		expect(gone.mode).toBe('browse');
		expect(gone.selected).toBe(firstFrom(2011));
	});

	it('edits with readline keys: ← and Ctrl-A move, Delete takes the character under the cursor, Alt-B a word back', () => {
		const typed = type(press(start(), 't'), 'june 2O11');
		const fixed = type(press(typed, 'left', 'left', 'left', 'deleteForward'), '0');
		expect(fixed.status?.text).toContain('Go to date: june 20▏11');
		const front = type(press(fixed, 'alt+b', 'alt+b', 'ctrl+k'), '2011-06');
		expect(front.status?.text).toContain('Go to date: 2011-06▏');
		expect(press(front, 'return').selected).toBe(firstFrom(2011, 6));
	});

	it('refuses a bidirectional control or a line separator typed or pasted, saying so, the prompt open with its text', () => {
		const typed = type(press(start(), 't'), '2011');
		const refused = act(typed, {type: 'key', name: undefined, input: '\u202E06'});
		expect(refused.mode).toBe('date');
		expect(refused.status).toMatchObject({kind: 'error', text: expect.stringContaining('U+202E')});
		expect(refused.status?.text).toContain('Go to date: 2011▏');
		expect(act(typed, {type: 'key', name: '\u2028', input: '\u2028'}).status?.text).toContain('U+2028');
	});
});

describe('the jump list and marks', () => {
	it('Ctrl-O goes back over jumps (G, a date) and Tab, which is Ctrl-I, forward again; j and k are not jumps', () => {
		const last = story.events.length - 1;
		const jumped = press(type(press(press(start(), 'j', 'G'), 't'), '2011'), 'return');
		expect(jumped.selected).toBe(firstFrom(2011));
		const back = press(jumped, 'ctrl+o');
		expect(back.selected).toBe(last);
		const back2 = press(back, 'ctrl+o');
		expect(back2.selected).toBe(1);
		expect(press(back2, 'ctrl+o').status?.text).toBe('At the oldest jump');
		const forward = press(back2, 'tab');
		expect(forward.selected).toBe(last);
		expect(forward.focus).toBe('timeline');
		expect(press(forward, 'tab').selected).toBe(firstFrom(2011));
		// At the newest jump Tab moves between the panes again.
		expect(press(forward, 'tab', 'tab').focus).toBe('article');
	});

	it("m and a letter marks the event, ' and the letter returns to it (itself a jump)", () => {
		const marked = press(press(start(), 'j', 'j', 'm'), 'a');
		expect(marksOf(marked)).toEqual({a: story.events[2]!.id});
		expect(marked.status?.text).toBe("Marked 'a");
		const away = press(marked, 'G');
		const returned = press(away, "'", 'a');
		expect(returned.selected).toBe(2);
		expect(press(returned, 'ctrl+o').selected).toBe(story.events.length - 1);
		expect(press(away, "'", 'b').status?.text).toBe("No mark 'b");
		expect(press(away, 'm', 'escape').mode).toBe('browse');
		expect(press(away, 'm', '1').status?.kind).toBe('error');
	});

	it('keys typed together take the mark’s letter one at a time: m then "aG" marks with a and goes to the last event', () => {
		const prompted = press(start(), 'j', 'm');
		const typed = act(prompted, {type: 'key', name: undefined, input: 'aG'});
		expect(marksOf(typed)).toEqual({a: story.events[1]!.id});
		expect(typed.selected).toBe(story.events.length - 1);
		expect(act(press(start(), 'j'), {type: 'key', name: undefined, input: 'maG'}).selected).toBe(story.events.length - 1);
	});

	it('marks read from the state file join those set now', () => {
		const loaded = act(press(press(start(), 'm'), 'a'), {type: 'marksLoaded', marks: {a: 'ignored', b: story.events[5]!.id}});
		expect(marksOf(loaded)).toEqual({a: story.events[0]!.id, b: story.events[5]!.id});
		expect(press(loaded, "'", 'b').selected).toBe(5);
	});

	it('a mark the filter hides is said, not silently ignored', () => {
		const marked = press(press(start(), 'm'), 'a');
		const filtered = press(marked, 'f', 'space', 'return');
		expect(filtered.shown.events.some(event => event.id === story.events[0]!.id)).toBe(false);
		expect(press(filtered, "'", 'a').status?.text).toContain('not in the list shown');
	});

	it('a mark whose event is no longer in the timeline says so, and does not blame a filter', () => {
		const loaded = act(start(), {type: 'marksLoaded', marks: {c: 'an-event-since-renamed'}});
		expect(press(loaded, "'", 'c').status?.text).toBe("Mark 'c is an event no longer in this timeline");
	});
});

describe('y and Y: copying', () => {
	it('y records the citation as Markdown for the clipboard and says what was copied', () => {
		const state = press(start(), 'j', 'y');
		expect(pendingCopy(state)?.text).toBe(citationMarkdown(story, story.events[1]!, 0));
		expect(state.status?.text).toMatch(/^Copied the citation as Markdown \(\d+ lines\)$/);
		const again = press(state, 'y');
		expect(pendingCopy(again)?.serial).toBe(pendingCopy(state)!.serial + 1);
	});

	it('y copies the citation the pane is on: after ], the second one, from the other article', () => {
		const index = story.events.findIndex(event => new Set(event.citations.map(citation => citation.source)).size > 1);
		const state = press(start(), ...Array.from({length: index}, () => 'j'), 'return', ']', 'y');
		const second = citationMarkdown(story, story.events[index]!, 1);
		expect(second).not.toBe(citationMarkdown(story, story.events[index]!, 0));
		expect(pendingCopy(state)?.text).toBe(second);
	});

	it('Y records the whole event as show --format markdown prints it', () => {
		const state = press(start(), 'Y');
		expect(pendingCopy(state)?.text).toBe(eventCopyMarkdown(story, story.events[0]!));
		expect(state.status?.text).toMatch(/^Copied the event as Markdown/);
	});

	it('a copy the terminal cannot take is said on the status line', () => {
		const state = act(press(start(), 'y'), {type: 'copyRefused', reason: 'TERM=dumb'});
		expect(state.status).toEqual({text: 'Not copied: TERM=dumb', kind: 'error'});
	});
});

describe('the time axis in the header', () => {
	const style = createStyle('none');
	it('takes one row at 80×24, two at 160×40, none at 80×14, and marks the selected event', () => {
		expect(headerRuler(start(80, 24), style)).toHaveLength(1);
		expect(headerRuler(start(80, 14), style)).toHaveLength(0);
		const tall = headerRuler(start(160, 40), style);
		expect(tall).toHaveLength(2);
		expect(tall[1]!.indexOf('▲')).toBe(1);
		const last = headerRuler(press(start(160, 40), 'G'), style);
		expect(last[1]!.indexOf('▲')).toBeGreaterThan(150);
	});

	it('follows the filter: the span is that of the events shown', () => {
		const filtered = press(start(160, 40), 'f', 'space', 'return');
		const shown = filtered.shown.events;
		expect(shown.length).toBeLessThan(story.events.length);
		const axis = headerRuler(filtered, style).join('\n');
		expect(axis).not.toBe(headerRuler(start(160, 40), style).join('\n'));
	});
});
