/**
 * The rules above and below the body, and between stacked panes: the two panes' names and the
 * article's position while browsing; otherwise the mode's title above and its scroll position below.
 */
import type {Style} from '../core/text/style.js';
import {positionLabel} from '../core/screen/viewport.js';
import {overlayHeight, selectedDetail, type State} from '../state/state.js';
import {detailTitle} from '../core/screen/detail-lines.js';
import {paneRule, plainRule} from './rules.js';

export type Frame = {top: string; middle: string; bottom: string};

const paneNames = {timeline: 'Timeline'} as const;

/** The frame of a mode other than browsing: its `title`, and where in its `lineCount` lines the view is (none for a mode without lines). */
export function modeFrame(state: State, style: Style, title: string, lineCount: number | undefined): Frame {
	const {columns} = state.layout;
	const position = lineCount === undefined ? '' : positionLabel(state.overlayTop, overlayHeight(state), lineCount);
	return {top: paneRule(title, columns, true, style), middle: '', bottom: plainRule(columns, style, position)};
}

/** The frame while browsing: each pane named, the focused one heavy, the article's position (and search match) below it. */
export function panesFrame(state: State, style: Style): Frame {
	const {layout, focus} = state;
	if (layout.kind !== 'panes') return {top: '', middle: '', bottom: ''};
	const {columns} = layout;
	const view = selectedDetail(state);
	const {matches} = state;
	// After `n`/`N`, which search match is on screen: `match 3/9`.
	const matchLabel =
		view?.article !== undefined && matches !== undefined && matches.content === view.article.content && matches.current >= 0 ? `match ${matches.current + 1}/${matches.ranges.length} · ` : '';
	const articlePosition = view === undefined ? '' : matchLabel + positionLabel(state.articleTop, view.height, view.total);
	const timelineRule = paneRule(paneNames.timeline, layout.timeline.width, focus === 'timeline', style);
	const articleRule = paneRule(detailTitle(view, layout.article.width - 4), layout.article.width, focus === 'article', style);
	switch (layout.arrangement) {
		case 'side':
			return {
				top: `${timelineRule}${style.dim('┬')}${articleRule}`,
				middle: '',
				bottom: `${plainRule(layout.timeline.width, style)}${style.dim('┴')}${plainRule(layout.article.width, style, articlePosition)}`,
			};
		case 'stacked':
			return {top: timelineRule, middle: articleRule, bottom: plainRule(columns, style, articlePosition)};
		case 'single': {
			const other = focus === 'timeline' ? 'event' : 'timeline';
			return {
				top: paneRule(focus === 'timeline' ? paneNames.timeline : detailTitle(view, columns - 14), columns, true, style, `⇥ ${other}`),
				middle: '',
				bottom: plainRule(columns, style, focus === 'article' ? articlePosition : ''),
			};
		}
	}
}
