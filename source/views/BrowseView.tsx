/** The browse and article modes' view: the two panes, from the state. */
import type {ModeViewProps} from '../state/mode.js';
import {selectedDetail} from '../state/state.js';
import {Panes} from './Panes.js';
import {Lines} from './Lines.js';
import {panesFrame} from './frame.js';

export function BrowseView({state, style}: ModeViewProps) {
	const {layout, shown: timeline} = state;
	if (layout.kind !== 'panes') return <Lines lines={[]} width={layout.columns} height={1} />;
	const detail = selectedDetail(state);
	const middle = panesFrame(state, style).middle;
	// Search matches show while the pane shows the article they were found in.
	const extra = detail?.article !== undefined && state.matches?.content === detail.article.content ? state.matches.ranges : undefined;
	return (
		<Panes
			layout={layout}
			focus={state.focus}
			middleRule={middle}
			style={style}
			timeline={{timeline, selected: state.selected, top: state.listTop, ...layout.timeline, focused: state.focus === 'timeline', style}}
			article={{timeline, detail, extra, top: state.articleTop, ...layout.article, style}}
		/>
	);
}
