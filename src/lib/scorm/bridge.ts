/**
 * A packaged page's link to the LMS: finds the SCORM 1.2 API, resumes the assignment from the LMS's
 * suspend data, reports score and status after every answer, finishes when the page goes. Loaded only
 * by pages of a SCORM package (see the layout); plain TypeScript so its rules have unit tests.
 */
import { findApi, type WindowLike } from './api';
import { readConfig, tally, type PackageConfig } from './config';
import { startSession, type ScormSession, type ScormStatus } from './session';
import { decodeSuspend, encodeSuspend } from './suspend';
import { announceLms, lmsName } from './presence';
import { PROGRESS_EVENT } from '../progress/progress.svelte';
import { isStoredProgress, type StoredProgress } from '../progress/schema';
import { emptyProgress, mergeProgress, type StorageLike } from '../progress/store';

/** What the student is told about the LMS; `warn` when their results may not have arrived. */
export interface LmsNote {
	text: string;
	warn: boolean;
}

export function lmsNote(status: ScormStatus, kept: 'all' | 'browser'): LmsNote {
	if (status.kind === 'none')
		return {
			text: 'This copy of the assignment is not running inside your school’s LMS, so your results are not being sent anywhere. Your answers are kept in this browser.',
			warn: true
		};
	if (status.kind === 'connected')
		return {
			text:
				kept === 'all'
					? 'Your school’s LMS is recording your answers and score as you go.'
					: 'Your school’s LMS is recording your score. Your answers are too many for it to keep, so they are kept in this browser.',
			warn: false
		};
	return {
		text: `Your latest results may not have reached your teacher: your school’s LMS did not accept them. Nothing is lost: your answers are kept in this browser and are sent again with your next answer. If this message stays, tell your teacher. (For your teacher: ${status.detail})`,
		warn: true
	};
}

function readLocal(storage: StorageLike | null, key: string): StoredProgress | null {
	try {
		const parsed: unknown = JSON.parse(storage?.getItem(key) ?? 'null');
		return isStoredProgress(parsed) ? parsed : null;
	} catch {
		return null;
	}
}

export interface Bridge {
	session: ScormSession;
	/** Resolves once the latest report has been sent. */
	settled: () => Promise<void>;
}

/**
 * Starts the bridge for the package's config (the meta's content). `onNote` gets every change of what
 * the student should be told. Returns null when the config is not one (an ordinary page).
 */
export async function startBridge(
	content: string | null,
	onNote: (note: LmsNote) => void,
	win: WindowLike & Window = window,
	storage: StorageLike | null = win.localStorage ?? null
): Promise<Bridge | null> {
	const config: PackageConfig | null = readConfig(content);
	if (!config) return null;
	let kept: 'all' | 'browser' = 'all';
	let status: ScormStatus = { kind: 'none' };
	const tell = () => onNote(lmsNote(status, kept));
	// Known only after LMSInitialize, after the first status.
	let studentName = '';
	const session = startSession(findApi(win), {
		masteryScore: config.mastery,
		onStatus: (s) => {
			status = s;
			tell();
			announceLms(s.kind === 'connected' ? { studentName } : null);
		}
	});
	studentName = lmsName(session.studentName);
	announceLms(session.status.kind === 'connected' ? { studentName } : null);

	// Resume: what the LMS kept joins what this browser has (another computer's work, or this one's).
	let local = readLocal(storage, config.key);
	const fromLms = session.resume ? await decodeSuspend(session.resume) : null;
	if (fromLms) {
		const merged = mergeProgress(local ?? emptyProgress(), fromLms);
		if (merged !== local) {
			try {
				storage?.setItem(config.key, JSON.stringify(merged));
				// The page's progress re-reads on a storage event; this tab's own write sends none.
				win.dispatchEvent(new StorageEvent('storage', { key: config.key }));
			} catch {
				// Blocked or full storage: the page goes on with what it has, and the LMS keeps its copy.
			}
			local = merged;
		}
	}

	// Reports go one at a time, the latest progress winning, so an older one never lands last.
	let latest: StoredProgress = local ?? emptyProgress();
	let sending: Promise<void> = Promise.resolve();
	let queued = false;
	const send = () => {
		if (queued) return sending;
		queued = true;
		sending = sending.then(async () => {
			queued = false;
			const data = latest;
			const suspend = await encodeSuspend(data, config.sections);
			kept = suspend === null ? 'browser' : 'all';
			session.report({ ...tally(data.sections, config), suspend: suspend ?? '' });
		});
		return sending;
	};
	win.addEventListener(PROGRESS_EVENT, (event) => {
		const detail = (event as CustomEvent<{ key: string; data: StoredProgress }>).detail;
		if (detail?.key !== config.key) return;
		latest = detail.data;
		void send();
	});
	win.addEventListener('pagehide', () => session.finish());
	await send();
	return { session, settled: () => sending };
}
