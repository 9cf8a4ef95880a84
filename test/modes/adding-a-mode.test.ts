/** Adding a mode is one new file (fixtures/counter.ts) and one line in the mode table. */
import {describe, expect, it} from 'vitest';
import {createUpdate, initialState} from '../../source/state/update.js';
import {modes} from '../../source/modes/index.js';
import {hintsFor} from '../../source/state/hints.js';
import {helpLines} from '../../source/modes/help.js';
import {createStyle} from '../../source/core/text/style.js';
import {slot, withSlot, type State} from '../../source/state/state.js';
import {makeTimeline} from '../helpers/explorer-fixture.js';
import {counter} from './fixtures/counter.js';

/** The one line: the table with the new mode in it. */
const table = {...modes, counter};
const update = createUpdate(table);
const press = (state: State, ...names: string[]) => names.reduce((next, name) => update(next, {type: 'key', name, input: name}), state);
const start = initialState(makeTimeline({events: 5, paragraphs: 5}), {columns: 80, rows: 24}, 'mono', table);

describe('a mode added by one file and one table line', () => {
	it('opens with its key from anywhere, reduces its own action on its own state, and closes', () => {
		expect(start.slots['counter']).toEqual({count: 0});
		const open = press(start, '+');
		expect(open.mode).toBe('counter');
		expect(press(open, 'j', 'j').slots['counter']).toEqual({count: 2});
		expect(counter.title(press(open, 'j'))).toBe('Counter · 1');
		expect(press(open, 'j', 'escape').mode).toBe('browse');
		// Its keys are its own: j still moves the selection while browsing.
		expect(press(start, 'j').selected).toBe(1);
	});

	it("checks a mode's name and its slot's type where they are written", () => {
		// A misspelt mode name or a slot of the wrong shape does not compile (tsc fails on an unused expectation).
		// @ts-expect-error: no mode is called 'countr'
		expect(slot(start, 'countr')).toBeUndefined();
		// @ts-expect-error: the counter's slot holds a count
		expect(withSlot(start, 'counter', {count: 'one'}).slots.counter).toEqual({count: 'one'});
		expect(slot(start, 'counter')?.count).toBe(0);
	});

	it('shows in the hint bar and the help without any other change', () => {
		expect(hintsFor(start, table).map(hint => hint.keys)).toContain('+');
		expect(hintsFor(press(start, '+'), table).map(hint => hint.label)).toContain('count');
		const help = helpLines(78, createStyle('none'), table).join('\n');
		expect(help).toContain('count one more');
		expect(help).toContain('the counter');
	});
});
