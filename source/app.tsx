/**
 * The explorer's root component: the reducer, the input and resize subscriptions, and the choice
 * of what to draw. Everything it shows is computed from the state by pure functions.
 */
import {useCallback, useEffect, useReducer} from 'react';
import {Box, useApp, useStdout} from 'ink';
import type {Timeline} from './core/model/schema.js';
import type {TimelineFile} from './core/load/load-timeline.js';
import type {Style} from './core/text/style.js';
import {initialState, modeLines, update} from './state/update.js';
import {warningStatus, type Size} from './state/state.js';
import {hintsFor} from './state/hints.js';
import {modes} from './modes/index.js';
import {useKeys} from './hooks/use-keys.js';
import {readSize, useResize} from './hooks/use-terminal-size.js';
import {useSearch} from './hooks/use-search.js';
import {useWatch} from './hooks/use-watch.js';
import {useLoad, type PendingLoad} from './hooks/use-load.js';
import {modeFrame, panesFrame} from './views/frame.js';
import {Header} from './views/Header.js';
import {StatusBar} from './views/StatusBar.js';
import {Overlay} from './views/Overlay.js';
import {TooSmall} from './views/TooSmall.js';
import {BrowseView} from './views/BrowseView.js';
import {headerRuler} from './views/header-ruler.js';
import {appliedFilter, headerCounts} from './modes/filter.js';
import {pendingCopy} from './modes/copy.js';
import {useClipboard} from './hooks/use-clipboard.js';
import {useStateFiles, type StateFiles} from './hooks/use-state-files.js';
import {searchHistory} from './modes/search.js';
import {marksOf} from './modes/mark.js';

export type AppProps = {
	timeline: Timeline;
	/** `color`, or `mono` when colour is off: reverse video and bold still mark things. */
	style: Style;
	/** Where the search history and marks are kept between runs; none: nothing is kept (--no-history). */
	stateFiles?: StateFiles;
	/** `--watch`: the file to follow; each good version replaces the one shown. */
	watch?: TimelineFile | undefined;
	/** A large file still to load: `timeline` is empty until it is, and the header shows progress. */
	pending?: PendingLoad | undefined;
	/** The loader's warnings about `timeline` (events skipped…): the status line says so when the explorer opens. */
	warnings?: readonly string[] | undefined;
};

/**
 * The explorer. Draws a frame of exactly `rows - 1` lines (see core/screen/layout.ts), and ends the app
 * with the state's exit code, which `runExplorer` passes on to cli.tsx.
 */
export function App({timeline: initial, style, stateFiles, watch, pending, warnings}: AppProps) {
	const {stdout} = useStdout();
	const {exit} = useApp();
	const [state, dispatch] = useReducer(update, undefined, () => ({
		...initialState(initial, readSize(stdout), style.level),
		progress: pending === undefined ? undefined : 'opening…',
		status: warningStatus(warnings),
	}));
	useResize(useCallback((size: Size) => dispatch({type: 'resize', ...size}), []));
	useKeys(dispatch);
	const {search} = state;
	const earlySearch = useSearch({
		timeline: state.progress === undefined ? state.all : undefined,
		query: state.mode === 'search' ? search.query : undefined,
		loaded: search.answer?.results.length ?? 0,
		picked: search.picked,
		total: search.answer?.total ?? 0,
		scope: appliedFilter(state)?.expression,
		dispatch,
	});
	useLoad({pending, dispatch, search: earlySearch});
	useWatch({target: watch, dispatch});
	useClipboard({copy: pendingCopy(state), dispatch});
	useStateFiles({files: stateFiles, history: searchHistory(state).queries, marks: marksOf(state), dispatch});
	useEffect(() => {
		if (state.exitCode !== undefined) exit(state.exitCode);
	}, [state.exitCode, exit]);

	const {layout} = state;
	if (layout.kind === 'too-small') return <TooSmall columns={layout.columns} rows={layout.rows} height={layout.frameHeight} />;
	const {columns} = layout;
	const mode = modes[state.mode] ?? modes.browse!;
	const lines = modeLines(state, style);
	// Prompts that keep the panes on screen (a date, a mark) keep their frame too.
	const {top, bottom} = mode.View === BrowseView ? panesFrame(state, style) : modeFrame(state, style, mode.title(state), lines?.length);
	const position = (mode.position ?? modes.browse?.position)?.(state) ?? '';
	const body =
		mode.View === undefined ? <Overlay lines={lines ?? []} top={state.overlayTop} width={columns} height={layout.body.height} head={mode.head} /> : <mode.View state={state} style={style} />;
	return (
		<Box flexDirection="column" width={columns} height={layout.frameHeight}>
			<Header
				title={state.shown.title}
				counts={state.progress ?? headerCounts(state)}
				width={columns}
				rule={top}
				ruler={headerRuler(state, style)}
				filtered={appliedFilter(state) !== undefined}
				style={style}
			/>
			<Box height={layout.body.height}>{body}</Box>
			<StatusBar rule={bottom} hints={hintsFor(state, modes)} position={position} status={state.status} width={columns} style={style} />
		</Box>
	);
}
