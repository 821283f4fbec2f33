package app.quarry.generation;

import app.quarry.bank.BankQuestion;
import app.quarry.bank.QuestionFormat;
import app.quarry.generation.extract.DateFact;
import app.quarry.generation.extract.NumberWords;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A year after "the first nine months of", "the last six months of": the text tells of
 * those months, not of the whole year. A blank on the year alone would ask for the year
 * of a span the question still shows, and a question rewritten around it would end in
 * "of?"; the cloze blanks the span ("after averaging 242,000 for _____") and its answer
 * is those months. The count of months stays a count of its own.
 */
final class MonthsOfAYear {

	/** "the first nine months of ", "the final 3 months of " right before the year. */
	private static final Pattern MONTHS_BEFORE = Pattern
		.compile("(?i)\\bthe\\s+(?<side>first|last|final)\\s+(?<n>[a-z]+|\\d{1,2})\\s+months\\s+of\\s+$");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private MonthsOfAYear() {
	}

	/**
	 * The cloze on the months a year's words name, an empty list when the year names no
	 * such months, null when the year is not after such words at all.
	 */
	static List<BankQuestion> of(FactSite site, DateFact fact) {
		if (fact.value() == null || !YEAR.matcher(fact.text()).matches() || !fact.value().equals(fact.text())) {
			return null;
		}
		String sentence = site.text();
		Matcher m = MONTHS_BEFORE.matcher(sentence.substring(0, site.from()));
		if (!m.find()) {
			return null;
		}
		Long n = NumberWords.cardinal(m.group("n"));
		if (n == null || n < 2 || n > 11) {
			return List.of();
		}
		boolean first = m.group("side").equalsIgnoreCase("first");
		int year = Integer.parseInt(fact.value());
		int from = first ? 1 : 13 - n.intValue();
		int to = first ? n.intValue() : 12;
		DateValue date = DateValue.parse(String.format(Locale.ROOT, "%d-%02d/%d-%02d", year, from, year, to));
		if (date == null) {
			return List.of();
		}
		String span = sentence.substring(m.start(), site.to());
		String blanked = Statement
			.withoutCredit((sentence.substring(0, m.start()) + "_____" + sentence.substring(site.to())).strip());
		String written = Statement.plain(span);
		List<String> accepted = Stream.concat(Stream.of(written), date.accepted().stream()).distinct().toList();
		BankQuestion cloze = site.question(QuestionFormat.CLOZE, "Fill in the date: " + blanked, written, date.iso(),
				accepted, List.of(), null);
		return cloze == null ? List.of() : List.of(cloze);
	}

}
