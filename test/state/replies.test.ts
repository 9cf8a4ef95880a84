import {describe, expect, it} from 'vitest';
import {classifyInput, type Classified} from '../../source/state/replies.js';

/** Classifies Ink's raw input events in turn, as the key hook does. */
function run(events: string[]): Classified[] {
	let inString = false;
	return events.map(raw => {
		const result = classifyInput(raw, inString);
		inString = result.inString;
		return result;
	});
}

const kinds = (events: string[]) => run(events).map(result => result.kind);

describe('classifyInput: terminal replies are not keys', () => {
	it('keys and typed text are keys; arrows and other escape sequences are sequences', () => {
		expect(kinds(['j', 'jjj', '\u001B', '\u001B[B', '\u001BOA', '\u001B\u001B[A', '\u001B[5~'])).toEqual(['key', 'key', 'key', 'sequence', 'sequence', 'sequence', 'sequence']);
	});

	it('reports (cursor position, device attributes, focus) are sequences, which have no key name and are dropped', () => {
		expect(kinds(['\u001B[12;40R', '\u001B[?62;22c', '\u001B[I', '\u001B[200~'])).toEqual(['sequence', 'sequence', 'sequence', 'sequence']);
	});

	it('an OSC reply ended by ST is a reply from start to end, and keys after it are keys again', () => {
		expect(kinds(['\u001B]', '11;rgb:0000/0000/0000', '\u001B\\', 'j'])).toEqual(['reply', 'reply', 'reply', 'key']);
	});

	it('an OSC reply ended by BEL ends there; keys that arrived in the same event are kept', () => {
		expect(run(['\u001B]', '11;rgb:ffff/ffff/ffff\u0007jk', 'j'])).toEqual([
			{kind: 'reply', inString: true},
			{kind: 'reply', inString: false, rest: 'jk'},
			{kind: 'key', inString: false},
		]);
	});

	it('a DCS reply split over several reads stays a reply until its terminator', () => {
		expect(kinds(['\u001BP', '1+r544e=78', '7465726d', '\u001B\\', 'q'])).toEqual(['reply', 'reply', 'reply', 'reply', 'key']);
	});

	it('Alt-] followed by a typed key gives the key back', () => {
		expect(kinds(['\u001B]', 'j', 'k'])).toEqual(['reply', 'key', 'key']);
		expect(kinds(['\u001B]', '\u001B[B'])).toEqual(['reply', 'sequence']);
	});
});
