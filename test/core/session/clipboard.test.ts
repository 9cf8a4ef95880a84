import {describe, expect, it} from 'vitest';
import {readdirSync} from 'node:fs';
import path from 'node:path';
import {canCopy, citationMarkdown, clipboardText, copyStatus, eventCopyMarkdown, maxCopyBytes, osc52} from '../../../source/core/session/clipboard.js';
import {eventMarkdown} from '../../../source/core/format/event-card.js';
import {loadTimeline} from '../../../source/core/load/load-timeline.js';
import {hostileDir, payloadFixtures} from '../../hardening/fixtures.js';
import {runCli} from '../../helpers/run-cli.js';

const {timeline} = loadTimeline(undefined);
const event = timeline.events.find(item => item.id === 'letter-wont-sign')!;
/** What a terminal would put on the clipboard for a sequence. */
const decoded = (sequence: string) => Buffer.from(/^\u001B\]52;c;([A-Za-z0-9+/=]*)\u0007$/.exec(sequence)![1]!, 'base64').toString('utf8');
const controls = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028-\u202e\u2066-\u2069]/;

describe('OSC 52', () => {
	it('carries the text as base64 to the clipboard', () => {
		expect(osc52('héllo\nworld')).toBe(`\u001B]52;c;${Buffer.from('héllo\nworld').toString('base64')}\u0007`);
		expect(osc52('x'.repeat(maxCopyBytes + 1))).toBeUndefined();
	});

	it('is sent only to a terminal that is not dumb', () => {
		expect(canCopy({isTTY: true, env: {TERM: 'xterm-256color'}})).toBe(true);
		expect(canCopy({isTTY: true, env: {TERM: 'dumb'}})).toBe(false);
		expect(canCopy({isTTY: false, env: {TERM: 'xterm'}})).toBe(false);
		expect(canCopy({isTTY: undefined, env: {}})).toBe(false);
	});

	it('never carries a control character other than a line break', () => {
		expect(decoded(osc52('a\u001B]52;c;aGk=\u0007b\r\nc\u009b31m')!)).toBe('a^[]52;c;aGk=^Gb\nc<U+009B>31m');
	});
});

describe('what y and Y copy', () => {
	it('y: the current citation, its quote and its source line', () => {
		const first = citationMarkdown(timeline, event, 0)!;
		const [quote, blank, credit] = first.trimEnd().split('\n');
		// The quote word for word (Markdown escapes aside).
		expect(quote!.replaceAll('\\', '')).toBe(`> ${event.citations[0]!.quote}`);
		expect(blank).toBe('>');
		expect(credit).toMatch(/^> — WBUR, “.+”, June 6, 2011, paragraph \d+$/);
		expect(citationMarkdown(timeline, event, 1)).not.toBe(first);
		expect(citationMarkdown(timeline, event, event.citations.length)).toBeUndefined();
		expect(copyStatus('citation', first)).toBe('Copied the citation as Markdown (3 lines)');
	});

	it('Y: the event exactly as show --format markdown prints it', () => {
		const shown = runCli(['show', event.id, '--format', 'markdown']).stdout;
		expect(eventCopyMarkdown(timeline, event)).toBe(shown);
		expect(copyStatus('event', shown)).toBe(`Copied the event as Markdown (${shown.trimEnd().split('\n').length} lines)`);
	});

	const fixtures = readdirSync(hostileDir).filter(name => !name.startsWith('error-') && payloadFixtures.some(([file]) => file === name));
	it.each(fixtures)('with the payloads of %s, only inert text reaches the clipboard', name => {
		const hostile = loadTimeline(path.join(hostileDir, name)).timeline;
		expect(hostile.events.length).toBeGreaterThan(0);
		for (const item of hostile.events) {
			const texts = [eventCopyMarkdown(hostile, item), ...item.citations.map((_, index) => citationMarkdown(hostile, item, index) ?? '')];
			for (const text of texts) {
				expect(decoded(osc52(text)!)).toBe(text);
				expect(text).not.toMatch(controls);
			}
		}
	});

	it('clipboardText keeps line breaks and nothing else that controls a terminal', () => {
		expect(clipboardText('one\r\ntwo\n\u001B[2J')).toBe('one\ntwo\n^[[2J');
		expect(eventMarkdown(timeline, event).length).toBeGreaterThan(3);
	});
});
