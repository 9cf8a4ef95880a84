import {describe, expect, it} from 'vitest';
import {stripVTControlCharacters as strip} from 'node:util';
import {bindingKeys, helpLines} from '../../source/modes/help.js';
import {fitHints, hintsFor, hintWidth} from '../../source/state/hints.js';
import {keymap} from '../../source/state/keys.js';
import {modes} from '../../source/modes/index.js';
import {createStyle} from '../../source/core/text/style.js';
import {makeTimeline} from '../helpers/explorer-fixture.js';
import {open, press} from '../helpers/explorer-state.js';
import {displayWidth} from '../../source/core/text/width.js';

const mono = createStyle('mono');
const browsing = open(makeTimeline({events: 5, paragraphs: 5}));
const reading = press(browsing, 'return');

describe('help lines', () => {
	it('list every binding of the key table with its keys and description, at any width', () => {
		for (const width of [28, 38, 78, 118]) {
			const text = helpLines(width, mono, modes).map(line => strip(line));
			for (const line of text) expect(displayWidth(line)).toBeLessThanOrEqual(width);
			const joined = text.join('\n').replace(/\s+/g, ' ');
			for (const binding of keymap) {
				expect(joined).toContain(bindingKeys(binding));
				expect(joined).toContain(binding.help);
			}
		}
	});

	it('explain the position markers', () => {
		const text = helpLines(78, mono, modes)
			.map(line => strip(line))
			.join('\n');
		expect(text).toContain('J  joining');
		expect(text).toContain('R  refusing');
		expect(text).toContain('j  no stance stated');
	});
});

describe('hints', () => {
	it("come from the key table: the context's own first, then the global ones", () => {
		const timeline = hintsFor(browsing, modes).map(hint => hint.label);
		expect(timeline.slice(0, 2)).toEqual(['move', 'read']);
		expect(timeline).toEqual(expect.arrayContaining(['pane', 'summary', 'help', 'quit']));
		expect(hintsFor(reading, modes).map(hint => hint.label)).toEqual(expect.arrayContaining(['scroll', 'page', 'citation', 'timeline']));
		expect(hintsFor(press(browsing, '?'), modes).map(hint => hint.label)).not.toContain('pane');
	});

	it('offer each key once, for what it does here: a global binding whose key the context takes is not hinted', () => {
		for (const state of [browsing, reading, press(browsing, 'f'), press(browsing, 's'), press(browsing, '?')]) {
			const hints = hintsFor(state, modes);
			const keys = hints.map(hint => hint.keys);
			expect(new Set(keys).size, `${state.mode}: ${keys.join(' ')}`).toBe(keys.length);
		}
		// In the filter's chooser, / narrows its list: it does not open search.
		expect(
			hintsFor(press(browsing, 'f'), modes)
				.filter(hint => hint.keys === '/')
				.map(hint => hint.label),
		).toEqual(['narrow']);
	});

	it('offer only keys that can act on what is shown: y on an event that cites a source, n/N where a search has matches', () => {
		const plain = makeTimeline({events: 5, paragraphs: 5});
		const uncited = open({...plain, events: plain.events.map(event => ({...event, citations: []}))});
		expect(hintsFor(browsing, modes).map(hint => hint.keys)).toContain('y');
		expect(hintsFor(uncited, modes).map(hint => hint.keys)).not.toContain('y');
		// Pressed all the same, y says why it copies nothing.
		expect(press(uncited, 'y').status?.text).toMatch(/^Nothing to copy/);
		expect(hintsFor(reading, modes).map(hint => hint.keys)).not.toContain('n/N');
	});

	it('keep ? and q when space is short, and stay within the width', () => {
		const hints = hintsFor(reading, modes);
		for (const width of [12, 20, 30, 50, 200]) {
			const shown = fitHints(hints, width);
			const used = shown.reduce((sum, hint, index) => sum + hintWidth(hint) + (index > 0 ? 2 : 0), 0);
			expect(used).toBeLessThanOrEqual(width);
			if (width >= 15) expect(shown.map(hint => hint.keys)).toEqual(expect.arrayContaining(['?', 'q']));
		}
		expect(fitHints(hints, 200)).toEqual(hints);
	});
});
