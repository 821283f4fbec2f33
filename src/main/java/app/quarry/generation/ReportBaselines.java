package app.quarry.generation;

import app.quarry.generation.extract.DateFact;
import java.util.regex.Pattern;

/**
 * "Net rose to $10.5 million in the third quarter from $10.3 million a year earlier": the
 * period a report compares with. Read as that quarter a year back, it is no date a reader
 * would give: some answer with the year, some with the quarter, so it is not asked.
 */
final class ReportBaselines {

	private static final Pattern A_YEAR_BACK = Pattern.compile("(?i)an?\\s+year\\s+(?:ago|earlier|before)");

	/** A span of whole months: a quarter or a half. */
	private static final Pattern MONTHS = Pattern.compile("\\d{4}-\\d{2}/\\d{4}-\\d{2}");

	private ReportBaselines() {
	}

	static boolean is(DateFact fact) {
		return fact.relative() && fact.value() != null && A_YEAR_BACK.matcher(fact.text()).matches()
				&& MONTHS.matcher(fact.value()).matches();
	}

}
