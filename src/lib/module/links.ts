import { moduleHref } from '../links';
import { moduleAddress } from './address';

// Apart from $lib/links, which every page loads: only the pages that deal with modules need these.

/** A module's assignment page, or one of its sections, as its link gives it to students. */
export const moduleAssignmentHref = (link: string, code: string, section: number | null = null) =>
	moduleAddress(moduleHref(), link, section, code);
