package app.quarry.classroom;

/** How far a long import has come, for a page to show. */
@FunctionalInterface
public interface ImportProgress {

	void reached(int done, int total);

}
