/** The article pane: the selected event's source, wrapped, the cited passage marked; only visible lines are painted. */
import type {Style} from '../core/style.js';
import {paintArticle, paintHeading, type ArticleLayout, type ArticleMarks} from '../core/article.js';
import {visibleRange} from '../core/viewport.js';
import {Lines} from './Lines.js';

export type ArticleProps = {
	layout: ArticleLayout | undefined;
	marks: ArticleMarks;
	top: number;
	width: number;
	height: number;
	style: Style;
};

export function Article({layout, marks, top, width, height, style}: ArticleProps) {
	if (layout === undefined) return <Lines lines={[]} width={width} height={height} />;
	const {from, to} = visibleRange(top, height, layout.lines.length);
	// Scrolled down in a pane tall enough to spare a row: the heading stays pinned on top.
	const pinned = from > 0 && height >= 6;
	const lines = pinned ? [paintHeading(layout, style), ...paintArticle(layout, from + 1, to, marks, style)] : paintArticle(layout, from, to, marks, style);
	return <Lines lines={lines} width={width} height={height} />;
}
