import type { TimelineEvent } from './types';

/** Events in a row at the same time, under that time once (“Tuesday”: three things said that day). */
export interface TimeGroup {
	when: string;
	events: TimelineEvent[];
}

/** Runs of events with the same time (any case), in the timeline's order. */
export function groupByTime(events: readonly TimelineEvent[]): TimeGroup[] {
	const groups: TimeGroup[] = [];
	for (const event of events) {
		const last = groups.at(-1);
		if (last && last.when.toLowerCase() === event.when.toLowerCase()) last.events.push(event);
		else groups.push({ when: event.when, events: [event] });
	}
	return groups;
}
