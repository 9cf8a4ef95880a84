/**
 * The hostile and malformed corpus (test/fixtures/hostile): each file and what must happen when
 * it is loaded. Files that load show every escape sequence as inert text and keep the exact
 * strings for JSON; files that do not load fail with one short line naming the file and the place.
 */
import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {loadTimeline, type LoadedTimeline} from '../../source/core/load/load-timeline.js';
import {UserError} from '../../source/core/model/errors.js';
import {dataControl, stringsIn} from './support.js';
import {hostileDir, payloadFixtures, refused} from './fixtures.js';

/** Other files that load, and the first event's headline (or the title, when there are no events). */
const otherLoads: Array<[file: string, shown: string]> = [
	['timelinejs-escapes.json', 'no headline ^? no headline ^? no headline ^? no headline ^? no headline ^? no headlin'],
	// As a browser reads it: `<b <i <<<<` opens a tag (with odd attributes) that is never closed.
	['timelinejs-unclosed-markup.json', 'Unclosed'],
	['empty-events.json', 'T'],
	['duplicate-keys.json', 'Second wins'],
];

function loaded(file: string): LoadedTimeline {
	return loadTimeline(hostileDir + file);
}

describe('hostile fixtures that load', () => {
	it.each([...payloadFixtures, ...otherLoads])('%s loads and reads "%s"', (file, shown) => {
		const {timeline} = loaded(file);
		expect(timeline.events[0]?.headline ?? timeline.title).toBe(shown);
	});

	it.each([...payloadFixtures, ...otherLoads])('%s: no shown string holds a control character', file => {
		const {timeline} = loaded(file);
		expect(stringsIn(timeline).filter(text => dataControl.test(text))).toEqual([]);
	});

	it.each(payloadFixtures)('%s: the raw timeline keeps every string exactly as in the file', file => {
		const original = JSON.parse(readFileSync(hostileDir + file, 'utf8')) as unknown;
		const {raw} = loaded(file);
		// Events are already in date order in these files, so the raw timeline matches field for field.
		expect(raw).toMatchObject(original as object);
	});

	it('imports escapes hidden in TimelineJS entities and markup as inert text, scripts dropped', () => {
		const {timeline, raw} = loaded('timelinejs-escapes.json');
		// `&#x9b;` is read as a browser reads it, as the Windows-1252 character 0x9B stands for (›), so no 8-bit CSI comes of it.
		expect(timeline.title).toBe('Title ^[[2J›31m <U+202E>rev');
		expect(timeline.description).toBe('Intro ^[]52;c;aGk=^G');
		const one = timeline.events.find(event => event.date.value === '2011-06-03');
		expect(one?.id).toBe('one-31m');
		expect(one?.headline).toBe('Head ^[]0;t^G \uFFFD <U+2066>x<U+2069>');
		expect(one?.body).toEqual(['Para one ^[[?1049l', 'Para two^G']);
		expect(one?.group).toBe('grp<U+009B>');
		// The raw import keeps the decoded characters; only display sanitises them.
		expect(raw.events.find(event => event.id === 'one-31m')?.body?.[0]).toBe('Para one \u001B[?1049l');
	});

	it('drops an unclosed script to the end of the text, as a browser would', () => {
		expect(loaded('timelinejs-unclosed-markup.json').timeline.events[0]?.body).toEqual(['Visible']);
	});
});

describe('hostile fixtures that are refused', () => {
	it.each(refused)('%s fails with "%s"', (file, message) => {
		let error: unknown;
		try {
			loaded(file);
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(UserError);
		const text = (error as UserError).message;
		expect(text.startsWith(hostileDir + file)).toBe(true);
		expect(text.slice((hostileDir + file).length)).toContain(message);
		expect(text).not.toContain('\n');
		expect(text).not.toMatch(dataControl);
		expect(text.length).toBeLessThan(hostileDir.length + 200);
	});
});
