/**
 * Every TimelineJS fixture, whatever its shape: exported, the export read back gives the same
 * model, and exporting that gives the same bytes. Fixtures the loader refuses (no readable
 * event, the TimelineJS2 format) are the ones listed as refused, and nothing else is.
 */
import {describe, expect, it} from 'vitest';
import {readdirSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {parseTimeline, type LoadedTimeline} from '../../../source/core/load/load-timeline.js';
import {toTimelineJs} from '../../../source/core/format/timelinejs-export.js';
import {jsonText} from '../../../source/core/format/output-text.js';

const folder = fileURLToPath(new URL('../../fixtures/timelinejs/', import.meta.url));
const fixtures = readdirSync(folder).filter(name => name.endsWith('.json'));
const refused = new Set(['all-bad.json', 'timelinejs2.json', 'timelinejs2-default.json']);

const exported = (loaded: LoadedTimeline) => jsonText(toTimelineJs(loaded.raw));

describe('TimelineJS round trip over every fixture', () => {
	it('has fixtures to go over', () => {
		expect(fixtures.length).toBeGreaterThan(10);
	});

	it.each(fixtures.filter(name => !refused.has(name)))('%s: the export reads back as the same model, and exports to the same bytes', name => {
		const loaded = parseTimeline(readFileSync(`${folder}${name}`, 'utf8'), name);
		const first = exported(loaded);
		const again = parseTimeline(first, 'export.json');
		expect(again.warnings).toEqual([]);
		expect(again.raw).toEqual(loaded.raw);
		expect(exported(again)).toBe(first);
	});

	it.each([...refused])('%s: refused in one line', name => {
		expect(() => parseTimeline(readFileSync(`${folder}${name}`, 'utf8'), name)).toThrow(/^[^\n]+$/);
	});
});
