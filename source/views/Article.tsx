/** The article pane: the selected event's source, wrapped, the cited passage marked; only visible lines are painted. */
import type {Style} from '../core/style.js';
import {paintArticle, type ArticleLayout, type ArticleMarks} from '../core/article.js';
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
	return <Lines lines={paintArticle(layout, from, to, marks, style)} width={width} height={height} />;
}
