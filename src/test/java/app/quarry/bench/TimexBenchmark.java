package app.quarry.bench;

import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.DateFact;
import app.quarry.generation.extract.DateFinder;
import app.quarry.generation.extract.DurationFact;
import app.quarry.generation.extract.ExtractionContext;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.SetFact;
import app.quarry.generation.extract.TimeFact;
import app.quarry.generation.extract.TimeReferenceFact;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores the date, duration and time extraction against TIMEX3 gold, TempEval-3 style:
 * strict span F1 (same offsets), relaxed span F1 (overlapping offsets, one-to-one) and
 * value F1 (relaxed matches whose normalized value equals the gold value). The reference
 * date is each document's creation time. Then it lists misses, wrong values and spurious
 * expressions by category.
 *
 * <p>
 * Usage: {@code TimexBenchmark FOLDER [examples-per-category]}, FOLDER being either a
 * folder of TimeML {@code .tml} files (searched recursively; creation time in
 * {@code <DCT>}, gold in {@code <TEXT>}) or a MEANTIME folder with {@code text/*.txt} and
 * {@code timex/*.json}. The data is read from that path only.
 */
public final class TimexBenchmark {

	/** One TIMEX3 expression: offsets into the document's text, type and value. */
	record Timex(int start, int end, String text, String type, String value) {
	}

	/** A document with its creation time and gold expressions. */
	record GoldDocument(String name, String text, LocalDate created, List<Timex> gold) {
	}

	private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

	private final Map<String, List<String>> misses = new TreeMap<>();

	private final Map<String, List<String>> wrongValues = new TreeMap<>();

	private final Map<String, List<String>> spurious = new TreeMap<>();

	private int gold;

	private int system;

	private int strict;

	private int relaxed;

	private int valued;

	private TimexBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 1) {
			System.err.println("usage: TimexBenchmark FOLDER [examples-per-category]");
			System.exit(2);
		}
		Path folder = Path.of(args[0]);
		int examples = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		List<GoldDocument> documents = Files.isDirectory(folder.resolve("timex")) ? meantime(folder) : timeml(folder);
		TimexBenchmark bench = new TimexBenchmark();
		DateFinder finder = new DateFinder();
		long started = System.nanoTime();
		for (GoldDocument d : documents) {
			bench.score(d, finder.find(DocumentText.of(d.text()), new ExtractionContext(d.name(), d.created())));
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf(Locale.ROOT, "%d documents, %d gold expressions, %d found (%.1f s)%n", documents.size(),
				bench.gold, bench.system, seconds);
		bench.line("strict span", bench.strict);
		bench.line("relaxed span", bench.relaxed);
		bench.line("value", bench.valued);
		print("missed (gold not found), by type:value shape", bench.misses, examples);
		print("wrong value (span found), by gold type:value shape", bench.wrongValues, examples);
		print("spurious (found, not in gold), by kind", bench.spurious, examples);
	}

	private void line(String name, int matched) {
		double p = this.system == 0 ? 0 : 100.0 * matched / this.system;
		double r = this.gold == 0 ? 0 : 100.0 * matched / this.gold;
		double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
		System.out.printf(Locale.ROOT, "%-13s P %5.1f  R %5.1f  F1 %5.1f%n", name, p, r, f);
	}

	private static void print(String title, Map<String, List<String>> byCategory, int examples) {
		System.out.println();
		System.out.println(title + ":");
		byCategory.entrySet()
			.stream()
			.sorted(Comparator.comparingInt((Map.Entry<String, List<String>> e) -> -e.getValue().size())
				.thenComparing(Map.Entry::getKey))
			.forEach(e -> {
				System.out.printf(Locale.ROOT, "  %4d  %s%n", e.getValue().size(), e.getKey());
				e.getValue().stream().limit(examples).forEach(x -> System.out.println("          " + x));
			});
	}

	private void score(GoldDocument d, List<Fact> facts) {
		List<Timex> found = outermost(facts.stream()
			.filter(f -> f instanceof DateFact || f instanceof DurationFact || f instanceof TimeFact
					|| f instanceof SetFact || f instanceof TimeReferenceFact)
			.map(f -> new Timex(f.start(), f.end(), f.text(), kind(f), timeml(f)))
			.toList());
		this.gold += d.gold().size();
		this.system += found.size();
		boolean[] used = new boolean[found.size()];
		for (Timex g : d.gold()) {
			int best = -1;
			for (int i = 0; i < found.size(); i++) {
				Timex s = found.get(i);
				if (!used[i] && s.start() < g.end() && g.start() < s.end()
						&& (best < 0 || s.start() == g.start() && s.end() == g.end())) {
					best = i;
				}
			}
			if (best < 0) {
				add(this.misses, category(g), g.text() + "  [" + g.value() + "]  …" + context(d.text(), g) + "…");
				continue;
			}
			used[best] = true;
			Timex s = found.get(best);
			this.relaxed++;
			if (s.start() == g.start() && s.end() == g.end()) {
				this.strict++;
			}
			if (normalized(g.value()).equals(normalized(s.value()))) {
				this.valued++;
			}
			else {
				add(this.wrongValues, category(g), g.text() + "  gold " + g.value() + "  found " + s.value() + " ("
						+ s.text() + ")  " + d.created() + "  …" + context(d.text(), g) + "…");
			}
		}
		for (int i = 0; i < found.size(); i++) {
			if (!used[i]) {
				Timex s = found.get(i);
				add(this.spurious, s.type(), s.text() + "  [" + s.value() + "]  …" + context(d.text(), s) + "…");
			}
		}
	}

	/** Expressions not inside a longer one: a date inside a date with its time. */
	private static List<Timex> outermost(List<Timex> all) {
		List<Timex> kept = new ArrayList<>();
		for (Timex t : all) {
			boolean inside = all.stream()
				.anyMatch(o -> o != t && o.start() <= t.start() && t.end() <= o.end()
						&& o.end() - o.start() > t.end() - t.start());
			boolean twin = kept.stream().anyMatch(k -> k.start() == t.start() && k.end() == t.end());
			if (!inside && !twin) {
				kept.add(t);
			}
		}
		return kept;
	}

	private static String kind(Fact f) {
		return switch (f) {
			case DateFact d -> d.value() == null ? "DATE:unresolved" : "DATE";
			case TimeFact t -> "TIME";
			case SetFact t -> "SET";
			case TimeReferenceFact t -> "DATE:reference";
			default -> "DURATION";
		};
	}

	/** A fact's value in TimeML's notation where the two differ. */
	private static String timeml(Fact f) {
		String v = switch (f) {
			case DateFact d -> d.value();
			case TimeFact t -> t.value();
			case DurationFact d -> d.value();
			case SetFact t -> t.value();
			case TimeReferenceFact t -> t.value();
			default -> null;
		};
		if (v == null || !v.contains("/")) {
			return v;
		}
		String a = v.substring(0, v.indexOf('/'));
		String b = v.substring(v.indexOf('/') + 1);
		if (a.matches("\\d{4}") && b.matches("\\d{4}")) {
			int from = Integer.parseInt(a);
			int to = Integer.parseInt(b);
			// "the last half of the '80s": TimeML writes the decade, its half in a mod
			if (from % 10 == 0 && to == from + 9 || from % 5 == 0 && to == from + 4) {
				return a.substring(0, 3);
			}
			if (from % 100 == 1 && to == from + 99) {
				return String.format(Locale.ROOT, "%02d", from / 100);
			}
			return v;
		}
		if (a.matches("\\d{4}-\\d{2}") && b.matches("\\d{4}-\\d{2}")) {
			int m1 = Integer.parseInt(a.substring(5));
			int m2 = Integer.parseInt(b.substring(5));
			String year = a.substring(0, 4);
			if (a.substring(0, 4).equals(b.substring(0, 4)) && m2 == m1 + 2 && isSeasonWords(f.text())) {
				// seasons begin in March, June and September, not with a quarter
				String season = switch (m1) {
					case 3 -> "SP";
					case 6 -> "SU";
					case 9 -> "FA";
					default -> null;
				};
				if (season != null) {
					return year + "-" + season;
				}
			}
			if (a.substring(0, 4).equals(b.substring(0, 4)) && m2 == m1 + 2 && m1 % 3 == 1) {
				return year + "-Q" + (m1 + 2) / 3;
			}
			if (m1 == 12 && m2 == 2) {
				return year + "-WI";
			}
			if (m1 == 1 && m2 == 6 || m1 == 7 && m2 == 12) {
				return year + "-H" + (m1 == 1 ? 1 : 2);
			}
			return v;
		}
		if (a.matches("\\d{4}-\\d{2}-\\d{2}") && b.matches("\\d{4}-\\d{2}-\\d{2}")) {
			LocalDate from = LocalDate.parse(a);
			LocalDate to = LocalDate.parse(b);
			String week = String.format(Locale.ROOT, "%d-W%02d", from.get(IsoFields.WEEK_BASED_YEAR),
					from.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
			if (from.getDayOfWeek().getValue() == 1 && to.equals(from.plusDays(6))) {
				return week;
			}
			if (from.getDayOfWeek().getValue() == 6 && to.equals(from.plusDays(1))) {
				return week + "-WE";
			}
		}
		return v;
	}

	private static boolean isSeasonWords(String text) {
		return text.toLowerCase(Locale.ROOT).matches(".*\\b(?:spring|summer|autumn|fall|winter)\\b.*");
	}

	/**
	 * Values compared without TimeML's unspecified-digit marks ("199X" is "199", and
	 * "1949-XX" or "1998-XX-XX" the year) and with week numbers of two digits, as some
	 * gold writes "2000-W7".
	 */
	private static String normalized(String value) {
		if (value == null) {
			return "";
		}
		String v = value.replaceAll("(?:-?X+)+$", "");
		return v.replaceAll("-W(\\d)(?!\\d)", "-W0$1");
	}

	/**
	 * A gold expression's type and the shape of its value: DATE:dddd-Qd, DURATION:PdY.
	 */
	private static String category(Timex t) {
		String shape = t.value() == null ? "null" : t.value().replaceAll("\\d", "d").replaceAll("d+", "d");
		return t.type() + ":" + shape;
	}

	private static String context(String text, Timex t) {
		int a = Math.max(0, t.start() - 40);
		int b = Math.min(text.length(), t.end() + 40);
		return text.substring(a, b).replaceAll("\\s+", " ");
	}

	private static void add(Map<String, List<String>> map, String key, String example) {
		map.computeIfAbsent(key, k -> new ArrayList<>()).add(example);
	}

	/** TempEval-3 TimeML files: the text of {@code <TEXT>} with its TIMEX3 spans. */
	private static List<GoldDocument> timeml(Path folder) throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(folder)) {
			files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
		}
		List<GoldDocument> documents = new ArrayList<>();
		for (Path file : files) {
			String xml = Files.readString(file, StandardCharsets.UTF_8);
			Matcher dct = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*value=\"(\\d{4}-\\d{2}-\\d{2})").matcher(xml);
			LocalDate created = dct.find() ? LocalDate.parse(dct.group(1)) : null;
			int from = xml.indexOf("<TEXT>");
			int to = xml.indexOf("</TEXT>");
			if (from < 0 || to < 0) {
				continue;
			}
			documents.add(stripped(file.getFileName().toString(), xml.substring(from + 6, to), created));
		}
		return documents;
	}

	/** Removes the markup of a TimeML text, keeping the TIMEX3 spans' offsets. */
	private static GoldDocument stripped(String name, String xml, LocalDate created) {
		StringBuilder text = new StringBuilder();
		List<Timex> gold = new ArrayList<>();
		int open = -1;
		Map<String, String> attributes = null;
		int i = 0;
		while (i < xml.length()) {
			char c = xml.charAt(i);
			if (c == '<') {
				int close = xml.indexOf('>', i);
				String tag = xml.substring(i + 1, close);
				if (tag.startsWith("TIMEX3")) {
					open = text.length();
					attributes = new TreeMap<>();
					Matcher a = ATTRIBUTE.matcher(tag);
					while (a.find()) {
						attributes.put(a.group(1), a.group(2));
					}
				}
				else if (tag.equals("/TIMEX3") && attributes != null) {
					gold.add(new Timex(open, text.length(), text.substring(open), attributes.get("type"),
							attributes.get("value")));
					attributes = null;
				}
				i = close + 1;
			}
			else if (c == '&') {
				int semi = xml.indexOf(';', i);
				String entity = semi < 0 ? "" : xml.substring(i + 1, semi);
				String decoded = switch (entity) {
					case "amp" -> "&";
					case "lt" -> "<";
					case "gt" -> ">";
					case "quot" -> "\"";
					case "apos" -> "'";
					default -> null;
				};
				if (decoded != null) {
					text.append(decoded);
					i = semi + 1;
				}
				else {
					text.append(c);
					i++;
				}
			}
			else {
				text.append(c);
				i++;
			}
		}
		return new GoldDocument(name, text.toString(), created, gold);
	}

	/**
	 * MEANTIME: {@code text/NAME.txt} and {@code timex/NAME.json}; the creation time's
	 * own span (the date line) is not scored, as TimeML's {@code <DCT>} is not.
	 */
	private static List<GoldDocument> meantime(Path folder) throws IOException {
		List<Path> files;
		try (Stream<Path> list = Files.list(folder.resolve("timex"))) {
			files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
		}
		tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
		List<GoldDocument> documents = new ArrayList<>();
		for (Path file : files) {
			String name = file.getFileName().toString().replaceAll("\\.json$", "");
			String text = Files.readString(folder.resolve("text").resolve(name + ".txt"), StandardCharsets.UTF_8);
			tools.jackson.databind.JsonNode root = json.readTree(Files.readString(file, StandardCharsets.UTF_8));
			LocalDate created = null;
			List<Timex> gold = new ArrayList<>();
			for (tools.jackson.databind.JsonNode t : root.get("timex")) {
				int start = t.get("span").get(0).asInt();
				int end = t.get("span").get(1).asInt();
				String value = t.get("value").isNull() ? null : t.get("value").asString();
				if ("CREATION_TIME".equals(t.path("function").asString())) {
					// a few creation times are not ISO: the date line then says the date
					created = value != null && value.matches("\\d{4}-\\d{2}-\\d{2}.*")
							? LocalDate.parse(value.substring(0, 10))
							: app.quarry.generation.extract.ReferenceDateFinder.find(DocumentText.of(text));
					continue;
				}
				gold.add(new Timex(start, end, text.substring(start, end), t.get("type").asString(), value));
			}
			documents.add(new GoldDocument(name, annotatedPart(creationLineMasked(text, root)), created, gold));
		}
		return documents;
	}

	/**
	 * The part MEANTIME annotates: its first six sentences (title, date line and four of
	 * the body), which are the first eight lines of the text with their blank lines.
	 * Expressions found further on would count as spurious.
	 */
	private static String annotatedPart(String text) {
		int end = 0;
		for (int line = 0; line < 8 && end >= 0; line++) {
			end = text.indexOf('\n', end + (line == 0 ? 0 : 1));
		}
		return end < 0 ? text : text.substring(0, end);
	}

	/**
	 * The text with the creation time's own line blanked (same length), so that it is not
	 * counted as a found expression: TimeML scores the body only.
	 */
	private static String creationLineMasked(String text, tools.jackson.databind.JsonNode root) {
		char[] chars = text.toCharArray();
		for (tools.jackson.databind.JsonNode t : root.get("timex")) {
			if ("CREATION_TIME".equals(t.path("function").asString())) {
				for (int k = t.get("span").get(0).asInt(); k < t.get("span").get(1).asInt(); k++) {
					chars[k] = ' ';
				}
			}
		}
		return new String(chars);
	}

}
