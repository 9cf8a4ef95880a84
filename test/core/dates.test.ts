import {describe, expect, it} from 'vitest';
import {compareDates, formatDate, formatShortDate, isCalendarDate} from '../../source/core/dates.js';
import type {TimelineDate} from '../../source/core/schema.js';

const d = (value: string, precision: TimelineDate['precision']): TimelineDate => ({value, precision});

describe('dates', () => {
	it('sorts by date, a coarser date before finer ones it contains', () => {
		const dates = [d('2011-06-06', 'day'), d('2010', 'year'), d('2010-12-17', 'day'), d('2010-12', 'month'), d('2008-10', 'month'), d('2010-12-17', 'reported')];
		expect(dates.sort(compareDates).map(date => `${date.value}/${date.precision}`)).toEqual(['2008-10/month', '2010/year', '2010-12/month', '2010-12-17/reported', '2010-12-17/day', '2011-06-06/day']);
	});

	it('shows each date to its precision and never invents a day', () => {
		expect(formatDate(d('2008-10', 'month'))).toBe('October 2008');
		expect(formatDate(d('2013', 'year'))).toBe('2013');
		expect(formatDate(d('2011-06-03', 'day'))).toBe('June 3, 2011');
		expect(formatDate(d('2011-06-06', 'reported'))).toBe('by June 6, 2011');
		expect(formatShortDate(d('2008-10', 'month'))).toBe('Oct');
		expect(formatShortDate(d('2010-12-17', 'day'))).toBe('Dec 17');
	});

	it('rejects days that are not on the calendar', () => {
		expect(isCalendarDate('2011-02-30')).toBe(false);
		expect(isCalendarDate('2012-02-29')).toBe(true);
		expect(isCalendarDate('2011-13')).toBe(false);
		expect(isCalendarDate('0000-02-29')).toBe(true);
		expect(isCalendarDate('0100-02-29')).toBe(false);
	});
});
