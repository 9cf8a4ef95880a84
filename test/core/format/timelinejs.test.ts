import {describe, expect, it} from 'vitest';
import {escapeHtml, toTimelineJs} from '../../../source/core/format/timelinejs-export.js';
import {validateTimeline, type LoadedTimeline} from '../../../source/core/load/load-timeline.js';
import {isTimelineJs} from '../../../source/core/load/timelinejs-import.js';
import type {Timeline} from '../../../source/core/model/schema.js';
import {bundled, sample} from './helpers.js';

/** Export, serialise, parse and import again, as a user would with a file in between. */
function roundTrip(loaded: LoadedTimeline): Timeline {
	const text = JSON.stringify(toTimelineJs(loaded.raw));
	const parsed: unknown = JSON.parse(text);
	expect(isTimelineJs(parsed)).toBe(true);
	return validateTimeline(parsed, 'export.json').timeline;
}

describe('toTimelineJs', () => {
	it('round-trips the TimelineJS sample: same events, dates, headlines, text and title', () => {
		const back = roundTrip(sample);
		expect(back.title).toBe(sample.raw.title);
		expect(back.description).toBe(sample.raw.description);
		expect(back.events.map(event => ({id: event.id, date: event.date, headline: event.headline, summary: event.summary, body: event.body, tags: event.tags}))).toEqual(
			sample.raw.events.map(event => ({id: event.id, date: event.date, headline: event.headline, summary: event.summary, body: event.body, tags: event.tags})),
		);
	});

	it('round-trips the bundled story: same ids, dates, headlines and summaries; the quotes travel in the text', () => {
		const back = roundTrip(bundled);
		expect(back.title).toBe(bundled.raw.title);
		expect(back.description).toBe(bundled.raw.description);
		expect(back.events).toHaveLength(bundled.raw.events.length);
		for (const [index, event] of bundled.raw.events.entries()) {
			const again = back.events[index];
			expect(again?.id).toBe(event.id);
			expect(again?.headline).toBe(event.headline);
			expect(again?.summary).toBe(event.summary);
			expect(again?.date.value).toBe(event.date.value);
			// TimelineJS has no "reported by" precision: the day goes out with "by …" as its display date, and comes back as reported.
			expect(again?.date.precision).toBe(event.date.precision);
			// An event's first tag goes out as its TimelineJS group and comes back as its group.
			expect(again?.group).toBe(event.tags[0]);
			for (const citation of event.citations) expect(again?.body).toContain(citation.quote);
		}
	});

	it('keeps an event written with a summary, paragraphs of its own and citations: each comes back, the summary first', () => {
		const event = bundled.raw.events.find(candidate => candidate.citations.length > 0)!;
		const written = {...event, body: ['A paragraph of the event’s own.', 'And a second.']};
		const back = roundTrip({...bundled, raw: {...bundled.raw, events: [written]}});
		const [again] = back.events;
		expect(again?.summary).toBe(event.summary);
		expect(again?.body?.slice(0, 3)).toEqual([event.summary, ...written.body]);
		for (const citation of event.citations) expect(again?.body).toContain(citation.quote);
	});

	it('writes numbers for dates, a "by …" display date for reported ones, and HTML-escaped text', () => {
		const document = toTimelineJs(bundled.raw);
		const reported = bundled.raw.events.findIndex(event => event.date.precision === 'reported');
		expect(document.events[reported]?.start_date).toMatchObject({year: expect.any(Number), month: expect.any(Number), day: expect.any(Number), display_date: expect.stringMatching(/^by /)});
		expect(document.events[0]?.start_date).toEqual({year: 2008, month: 10});
		expect(escapeHtml('a < b & c > d')).toBe('a &lt; b &amp; c &gt; d');
		const sampleDocument = toTimelineJs(sample.raw);
		expect(sampleDocument.title?.text.headline).toBe('City Hall &amp; the <em>Budget</em> Fight');
		expect(sampleDocument.events.find(event => event.unique_id === 'amendment-3')?.text.text).toContain('&lt;kept&gt;');
	});

	it('leaves the title text out when there is no description, so none appears on import', () => {
		const {timeline} = validateTimeline({format: 'sc-timeline/1', title: 'No description', events: []}, 't');
		const document = toTimelineJs(timeline);
		expect(document.title?.text).toEqual({headline: 'No description'});
		expect(validateTimeline(JSON.parse(JSON.stringify(document)), 't').timeline.description).toBeUndefined();
	});
});
