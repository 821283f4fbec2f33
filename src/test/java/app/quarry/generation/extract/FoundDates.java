package app.quarry.generation.extract;

import java.time.LocalDate;
import java.util.List;

import app.quarry.corpus.DocumentText;

/**
 * The dates, times and lengths a text gives, written "words=value" for specifications.
 */
final class FoundDates {

	private FoundDates() {
	}

	static List<String> in(String text, String reference) {
		LocalDate ref = reference == null ? null : LocalDate.parse(reference);
		return new DateFinder().find(DocumentText.of(text), new ExtractionContext("t", ref))
			.stream()
			.map(FoundDates::describe)
			.toList();
	}

	/** Only the times of day among them: values with a time, "2011-05-05TMO". */
	static List<String> times(String text, String reference) {
		return in(text, reference).stream().filter(v -> v.matches(".*=.*T.*")).toList();
	}

	private static String describe(Fact f) {
		return switch (f) {
			case DateFact d -> d.text() + "=" + d.value();
			case DurationFact d -> d.text() + "=" + d.value();
			case TimeFact t -> t.text() + "=" + t.value();
			case SetFact t -> t.text() + "=" + t.value();
			case TimeReferenceFact t -> t.text() + "=" + t.value();
			default -> f.text();
		};
	}

}
