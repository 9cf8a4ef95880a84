/** The explorer's entry, imported lazily by cli.tsx: owns the terminal while the explorer runs. */
import React from 'react';
import {render, Text, Box, useApp, useInput} from 'ink';
import chalk from 'chalk';
import type {LoadedTimeline} from './core/load.js';

function App({loaded}: {loaded: LoadedTimeline}) {
	const {exit} = useApp();
	useInput(input => {
		if (input === 'q') exit();
	});
	return (
		<Box flexDirection="column">
			<Text bold>{loaded.timeline.title}</Text>
			{loaded.timeline.events.slice(0, 10).map(event => (
				<Text key={event.id}>{event.headline}</Text>
			))}
		</Box>
	);
}

export async function runExplorer({loaded, color}: {loaded: LoadedTimeline; color: boolean}): Promise<number> {
	if (!color) chalk.level = 0;
	const instance = render(<App loaded={loaded} />, {exitOnCtrlC: true});
	await instance.waitUntilExit();
	return 0;
}
