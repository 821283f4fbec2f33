package app.quarry.generation.extract;

import java.util.BitSet;
import java.util.List;

import app.quarry.corpus.DocumentText;

/**
 * Finds dates, durations and times. Absolute dates ("April 1, 2018", "2018-09-10", "1
 * April 2018") are taken as written; partial ones ("Sept. 7", "in June") get their year
 * from "of that year" (the last year named), from a year named in the same sentence (or
 * the previous one when the document has no date), or from the reference date and the
 * sentence's tense (past: the last such date on or before it; future: the next). Relative
 * expressions ("yesterday", "Sunday", "last week") are resolved against the reference
 * date; a week is given as a range Monday/Sunday. "between April 2018 and August 2019"
 * gives two dates. Expressions that cannot be placed keep a null value.
 *
 * <p>
 * A {@link DateRun} reads a document with one expression ({@link DateExpressions}) and
 * hands each match to the reader of its kind: {@link CalendarDates}, {@link Years},
 * {@link RelativeDates} (with {@link CountedDates}), {@link ReportedPeriods},
 * {@link VagueTimes}, {@link RunningDays} and {@link TimesOfDay}; {@link YearChoice} and
 * {@link Tense} place what is written without a year, and {@link DateRevisions} gives the
 * dates found a second look.
 */
public final class DateFinder implements FactFinder {

	/** A document's dates, read once for the finders that build on them. */
	private static final DocumentAnalysis.Kind<List<Fact>> DATES = new DocumentAnalysis.Kind<>("dates");

	/**
	 * Where the date expression matched nothing: that depends on the text alone, so the
	 * pass that looks for the reference date spares the next one trying there again.
	 */
	private static final DocumentAnalysis.Kind<BitSet> NO_DATE_AT = DocumentAnalysis.Kind.ofText("no date at");

	@Override
	public List<Fact> find(DocumentAnalysis document) {
		return document.get(DATES, d -> List.copyOf(run(d).all()));
	}

	/**
	 * A pass over the document in its analysis's context, sparing the places where
	 * another pass over the same text found no date.
	 */
	static DateRun run(DocumentAnalysis document) {
		return new DateRun(document.document(), document.context(), document.get(NO_DATE_AT, a -> new BitSet()));
	}

	/** The dates of a document read on its own. */
	public List<Fact> find(DocumentText document, ExtractionContext context) {
		return find(new DocumentAnalysis(document, context));
	}

}
