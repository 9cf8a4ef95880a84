/**
 * The mode table: every mode of the explorer, by name. The reducer, the key resolver, the hint
 * bar, the help overlay and the app all read modes from here and nowhere else.
 *
 * Adding a mode = one new file + one line here:
 *   1. source/modes/<name>.ts exports a `Mode` (state/mode.ts): its bindings, `reduce`, `lines`
 *      or `View`, `title`, and `initial` (its slot in `state.slots`) if it keeps state of its own;
 *      its name and its slot's type, declared by augmenting `ModeSlots` (state/state.ts);
 *      an `opener` binding if a key opens it from everywhere; its own actions, if any, declared in
 *      the same file by augmenting `ActionMap` (`declare module '../state/messages.js'`).
 *   2. A line below. The order is the order of the openers in the hint bar and of the help.
 */
import type {ModeTable} from '../state/mode.js';
import {browse} from './browse.js';
import {article} from './article.js';
import {search} from './search.js';
import {compare} from './compare.js';
import {pick} from './pick.js';
import {summary} from './summary.js';
import {help} from './help.js';
import {facetFind, filter} from './filter.js';
import {date} from './date.js';
import {mark} from './mark.js';
import {copying} from './copy.js';

export const modes: ModeTable = {
	browse,
	article,
	search,
	compare,
	pick,
	summary,
	filter,
	facetFind,
	date,
	mark,
	copy: copying,
	help,
};
