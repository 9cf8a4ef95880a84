/** The browse and article modes' view: the two panes, from the state. */
import type {ModeViewProps} from '../state/mode.js';
import {selectedArticle} from '../state/state.js';
import {Panes} from './Panes.js';
import {Lines} from './Lines.js';
import {panesFrame} from './frame.js';

export function BrowseView({state, style}: ModeViewProps) {
	const {layout, timeline} = state;
	if (layout.kind !== 'panes') return <Lines lines={[]} width={layout.columns} height={1} />;
	const view = selectedArticle(state);
	const middle = panesFrame(state, style).middle;
	return (
		<Panes
			layout={layout}
			focus={state.focus}
			middleRule={middle}
			style={style}
			timeline={{events: timeline.events, selected: state.selected, top: state.listTop, ...layout.timeline, focused: state.focus === 'timeline', style}}
			article={{
				layout: view?.layout,
				// Search matches show while the pane shows the article they were found in.
				marks: {cited: view?.article.cited ?? [], extra: view !== undefined && state.matches?.content === view.article.content ? state.matches.ranges : undefined},
				top: state.articleTop,
				...layout.article,
				style,
			}}
		/>
	);
}
