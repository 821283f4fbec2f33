package app.quarry.bench.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gold of each development set is well formed: the schema of its facts, every
 * sentence an exact substring of its document standing as a whole sentence, every quote
 * inside its sentence, every date a real ISO 8601 date or range (years before 1 AD in
 * astronomical numbering, as java.time writes them), every count an integer.
 */
class DevelopmentSetFactsTest {

	private static final Set<String> TYPES = Set.of("date", "count", "quote", "entity", "metadata");

	private static final Pattern ISO = Pattern.compile("(-?\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	@ParameterizedTest
	@ValueSource(strings = { "meantime", "genres", "wikinews" })
	@SuppressWarnings("unchecked")
	void every_fact_is_well_formed_and_stands_in_its_document(String set) throws IOException {
		Path folder = Path.of("src/test/resources/devsets", set);
		List<Map<String, Object>> facts = JsonMapper.builder()
			.build()
			.readValue(Files.readString(folder.resolve("facts.json")), List.class);
		Map<String, String> texts = new HashMap<>();
		Set<Object> ids = new HashSet<>();
		List<String> errors = new ArrayList<>();
		for (Map<String, Object> fact : facts) {
			String where = fact.get("id") + " (" + fact.get("doc") + ")";
			if (!ids.add(fact.get("id"))) {
				errors.add(where + ": duplicate id");
			}
			for (String field : List.of("id", "doc", "type", "sentence", "event")) {
				if (!(fact.get(field) instanceof String s) || s.isBlank()) {
					errors.add(where + ": missing " + field);
				}
			}
			if (!TYPES.contains(fact.get("type"))) {
				errors.add(where + ": bad type " + fact.get("type"));
				continue;
			}
			String text = texts.computeIfAbsent(String.valueOf(fact.get("doc")),
					doc -> read(folder.resolve("text/" + doc)));
			String sentence = String.valueOf(fact.get("sentence"));
			if (text == null) {
				errors.add(where + ": document not found");
			}
			else if (!standsAlone(text, sentence)) {
				errors.add(where + ": sentence is not a whole sentence or line of the document");
			}
			errors.addAll(typeErrors(where, fact, sentence));
		}
		assertThat(errors).isEmpty();
		assertThat(texts).isNotEmpty();
	}

	private static List<String> typeErrors(String where, Map<String, Object> fact, String sentence) {
		List<String> errors = new ArrayList<>();
		switch ((String) fact.get("type")) {
			case "date" -> {
				if (!validDate(fact.get("value"))) {
					errors.add(where + ": bad ISO date value " + fact.get("value"));
				}
				if (fact.containsKey("inferred") && !Boolean.TRUE.equals(fact.get("inferred"))) {
					errors.add(where + ": inferred must be true when present");
				}
			}
			case "count" -> {
				if (!(fact.get("value") instanceof Integer || fact.get("value") instanceof Long)) {
					errors.add(where + ": count value must be an integer");
				}
				if (!(fact.get("unit") instanceof String unit) || unit.isBlank()) {
					errors.add(where + ": count needs a unit");
				}
				if (!(fact.get("ordinal") instanceof Boolean)) {
					errors.add(where + ": count needs ordinal true/false");
				}
				if (fact.containsKey("value_max") && !(fact.get("value_max") instanceof Number max
						&& fact.get("value") instanceof Number min && max.longValue() > min.longValue())) {
					errors.add(where + ": value_max must be an integer above value");
				}
			}
			case "quote" -> {
				if (!(fact.get("quote") instanceof String quote) || quote.isEmpty() || !sentence.contains(quote)) {
					errors.add(where + ": quote is not a substring of its sentence");
				}
				if (!fact.containsKey("speaker") || !(fact.get("aliases") instanceof List)) {
					errors.add(where + ": quote needs speaker and aliases");
				}
				if (!List.of("easy", "hard").contains(fact.get("difficulty"))) {
					errors.add(where + ": difficulty must be easy or hard");
				}
				if (Boolean.TRUE.equals(fact.get("phrase")) && fact.get("speaker") != null) {
					errors.add(where + ": phrases take speaker null");
				}
			}
			default -> {
				for (String field : List.of("subject", "relation", "value")) {
					if (!(fact.get(field) instanceof String s) || s.isBlank()) {
						errors.add(where + ": missing " + field);
					}
				}
			}
		}
		return errors;
	}

	/**
	 * Whether the sentence occurs in the text starting a line or after the end of another
	 * sentence, and ending a line or before a space.
	 */
	private static boolean standsAlone(String text, String sentence) {
		for (int at = text.indexOf(sentence); at >= 0; at = text.indexOf(sentence, at + 1)) {
			int end = at + sentence.length();
			boolean starts = at == 0 || text.charAt(at - 1) == '\n' || (Character.isWhitespace(text.charAt(at - 1))
					&& at >= 2 && ".!?\"”)".indexOf(text.charAt(at - 2)) >= 0);
			boolean ends = end == text.length() || Character.isWhitespace(text.charAt(end));
			if (starts && ends && !sentence.isBlank()) {
				return true;
			}
		}
		return false;
	}

	private static boolean validDate(Object value) {
		if (!(value instanceof String s)) {
			return false;
		}
		String[] parts = s.split("/", -1);
		if (parts.length > 2) {
			return false;
		}
		LocalDate first = start(parts[0]);
		LocalDate last = parts.length == 2 ? start(parts[1]) : first;
		return first != null && last != null && !first.isAfter(last);
	}

	/** The first day of an ISO date, month or year, or null when it is not one. */
	private static LocalDate start(String iso) {
		Matcher m = ISO.matcher(iso);
		if (!m.matches()) {
			return null;
		}
		try {
			int year = Integer.parseInt(m.group(1));
			if (m.group(3) != null) {
				return LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
			}
			return m.group(2) != null ? YearMonth.of(year, Integer.parseInt(m.group(2))).atDay(1)
					: LocalDate.of(year, 1, 1);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static String read(Path file) {
		try {
			return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
