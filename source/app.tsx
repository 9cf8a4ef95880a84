/**
 * The explorer's root component: the reducer, the input and resize subscriptions, and the choice
 * of what to draw. Everything it shows is computed from the state by pure functions.
 */
import {useCallback, useEffect, useReducer} from 'react';
import {Box, useApp, useStdout} from 'ink';
import type {Timeline} from './core/schema.js';
import type {Style} from './core/style.js';
import {positionLabel} from './core/viewport.js';
import {update} from './state/update.js';
import {contextOf, initialState, overlayHeight, selectedArticle, type Size, type State} from './state/model.js';
import {overlayLines} from './state/overlays.js';
import {hintsFor} from './state/hints.js';
import {useKeys} from './hooks/use-keys.js';
import {readSize, useResize} from './hooks/use-terminal-size.js';
import {paneRule, plainRule} from './views/rules.js';
import {Header} from './views/Header.js';
import {StatusBar} from './views/StatusBar.js';
import {Panes} from './views/Panes.js';
import {Help} from './views/Help.js';
import {Summary} from './views/Summary.js';
import {Compare} from './views/Compare.js';
import {compareTitle} from './state/compare.js';
import {TooSmall} from './views/TooSmall.js';
import {Search} from './views/Search.js';
import {useSearch} from './hooks/use-search.js';
import {plural} from './core/text.js';

export type AppProps = {
	timeline: Timeline;
	/** `color`, or `mono` when colour is off: reverse video and bold still mark things. */
	style: Style;
};

const paneNames = {timeline: 'Timeline', article: 'Article'} as const;
const overlayNames: Partial<Record<State['mode'], string>> = {help: 'Help', summary: 'Summary'};

/** The rules above and below the body, and between stacked panes. */
function rules(state: State): {top: string; middle: string; bottom: string} {
	const {layout, style, focus} = state;
	if (layout.kind !== 'panes') return {top: '', middle: '', bottom: ''};
	const {columns} = layout;
	if (state.mode === 'search') return {top: paneRule('Search', columns, true, style), middle: '', bottom: plainRule(columns, style)};
	const overlay = state.mode === 'compare' || state.mode === 'pick' ? compareTitle(state) : overlayNames[state.mode];
	if (overlay !== undefined) {
		const position = positionLabel(state.overlayTop, overlayHeight(state), overlayLines(state).length);
		return {top: paneRule(overlay, columns, true, style), middle: '', bottom: plainRule(columns, style, position)};
	}
	const view = selectedArticle(state);
	const {matches} = state;
	// After `n`/`N`, which search match is on screen: `match 3/9`.
	const matchLabel = view !== undefined && matches !== undefined && matches.content === view.article.content && matches.current >= 0 ? `match ${matches.current + 1}/${matches.ranges.length} · ` : '';
	const articlePosition = view === undefined ? '' : matchLabel + positionLabel(state.articleTop, view.height, view.layout.lines.length);
	const timelineRule = paneRule(paneNames.timeline, layout.timeline.width, focus === 'timeline', style);
	const articleRule = paneRule(paneNames.article, layout.article.width, focus === 'article', style);
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
			const other = focus === 'timeline' ? 'article' : 'timeline';
			return {
				top: paneRule(paneNames[focus], columns, true, style, `⇥ ${other}`),
				middle: '',
				bottom: plainRule(columns, style, focus === 'article' ? articlePosition : ''),
			};
		}
	}
}

/**
 * The explorer. Draws a frame of exactly `rows - 1` lines (see core/layout.ts), and ends the app
 * with the state's exit code, which `runExplorer` passes on to cli.tsx.
 */
export function App({timeline, style}: AppProps) {
	const {stdout} = useStdout();
	const {exit} = useApp();
	const [state, dispatch] = useReducer(update, undefined, () => initialState(timeline, readSize(stdout), style));
	useResize(useCallback((size: Size) => dispatch({type: 'resize', ...size}), []));
	useKeys(dispatch);
	const {search} = state;
	useSearch(timeline, state.mode === 'search' ? search.query : undefined, search.answer?.results.length ?? 0, search.picked, search.answer?.total ?? 0, dispatch);
	useEffect(() => {
		if (state.exitCode !== undefined) exit(state.exitCode);
	}, [state.exitCode, exit]);

	const {layout} = state;
	if (layout.kind === 'too-small') return <TooSmall columns={layout.columns} rows={layout.rows} height={layout.frameHeight} />;
	const {columns} = layout;
	const {top, middle, bottom} = rules(state);
	const counts = [plural(timeline.events.length, 'event'), ...(timeline.sources.length > 0 ? [plural(timeline.sources.length, 'source')] : [])].join(' · ');
	const found = search.answer?.total ?? 0;
	const position =
		state.mode === 'search' ? (found === 0 ? '' : `${search.picked + 1}/${found}`) : timeline.events.length === 0 ? '0/0' : `${state.selected + 1}/${timeline.events.length}`;
	const overlay = {lines: overlayLines(state), top: state.overlayTop, width: columns, height: layout.body.height};
	const view = selectedArticle(state);
	let body;
	switch (state.mode) {
		case 'help':
			body = <Help {...overlay} />;
			break;
		case 'summary':
			body = <Summary {...overlay} />;
			break;
		case 'compare':
		case 'pick':
			body = <Compare {...overlay} />;
			break;
		case 'search':
			body = <Search search={search} timeline={timeline} width={columns} height={layout.body.height} style={style} />;
			break;
		case 'browse':
			body = (
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
	return (
		<Box flexDirection="column" width={columns} height={layout.frameHeight}>
			<Header title={timeline.title} counts={counts} width={columns} rule={top} style={style} />
			<Box height={layout.body.height}>{body}</Box>
			<StatusBar rule={bottom} hints={hintsFor(contextOf(state))} position={position} width={columns} style={style} />
		</Box>
	);
}
