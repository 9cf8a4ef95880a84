/** The detail pane: the selected event's card, then the article at its current citation; only visible lines are painted. */
import type {Style} from '../core/text/style.js';
import type {HighlightRange} from '../core/screen/article-lines.js';
import type {Timeline} from '../core/model/schema.js';
import {paintDetail, type Detail} from '../core/screen/detail-lines.js';
import {Lines} from './Lines.js';

export type ArticleProps = {
	timeline: Timeline;
	detail: Detail | undefined;
	/** Search matches in the article shown, in reverse video. */
	extra?: readonly HighlightRange[] | undefined;
	top: number;
	width: number;
	height: number;
	style: Style;
};

export function Article({timeline, detail, extra, top, width, height, style}: ArticleProps) {
	const lines = detail === undefined ? [] : paintDetail(timeline, detail, top, height, width, style, extra);
	return <Lines lines={lines} width={width} height={height} />;
}
