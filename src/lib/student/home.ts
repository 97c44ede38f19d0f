/** A section as an article's home lists it (SectionList). */
export interface HomeSection {
	id: string;
	number: number;
	heading: string;
	/** The first words. */
	summary: string;
	minutes: number;
	/** How many questions the section asks. */
	questions: number;
}

/** What an article's home shows: the built-in article's from its static files, a module's from its bank. */
export interface HomeData {
	/** The article's slug (`m-<id>` for a module): its progress and its assignments are kept under it. */
	slug: string;
	title: string;
	/** “By author · publisher” (creditOf), or ''. */
	credit: string;
	sections: HomeSection[];
}

/** Where an article's home links. */
export interface HomeLinks {
	section: (n: number) => string;
	/** An assignment this browser opened, by its code. */
	assignment: (code: string) => string;
	/** The reader's progress page, or null when the article has none (a module). */
	progress: string | null;
	/** The review of missed questions (home shows how many are due), or null for none. */
	review?: string | null;
}
