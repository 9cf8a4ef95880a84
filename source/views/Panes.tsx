/** The two panes as the layout arranges them: side by side, stacked, or only the focused one. */
import {Box} from 'ink';
import type {PanesLayout} from '../core/screen/layout.js';
import type {Style} from '../core/text/style.js';
import type {Focus} from '../state/state.js';
import {Timeline, type TimelineProps} from './Timeline.js';
import {Article, type ArticleProps} from './Article.js';
import {Lines} from './Lines.js';

export type PanesProps = {
	layout: PanesLayout;
	focus: Focus;
	timeline: TimelineProps;
	article: ArticleProps;
	/** The rule between stacked panes (see `rules.ts`). */
	middleRule: string;
	style: Style;
};

export function Panes({layout, focus, timeline, article, middleRule, style}: PanesProps) {
	const {body} = layout;
	if (layout.arrangement === 'side') {
		const divider = Array.from({length: body.height}, () => style.dim('│'));
		return (
			<Box flexDirection="row" width={body.width} height={body.height}>
				<Timeline {...timeline} />
				<Lines lines={divider} width={1} height={body.height} />
				<Article {...article} />
			</Box>
		);
	}
	if (layout.arrangement === 'stacked') {
		return (
			<Box flexDirection="column" width={body.width} height={body.height}>
				<Timeline {...timeline} />
				<Lines lines={[middleRule]} width={body.width} height={1} />
				<Article {...article} />
			</Box>
		);
	}
	return focus === 'timeline' ? <Timeline {...timeline} /> : <Article {...article} />;
}
