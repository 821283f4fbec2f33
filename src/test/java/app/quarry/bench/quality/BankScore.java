package app.quarry.bench.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static app.quarry.bench.quality.PythonText.str;
import static app.quarry.bench.quality.PythonText.truthy;
import static app.quarry.bench.quality.ScoringRules.normText;
import static app.quarry.bench.quality.ScoringRules.overlaps;
import static app.quarry.bench.quality.ScoringRules.quoteSim;
import static app.quarry.bench.quality.ScoringRules.speakerOk;
import static app.quarry.bench.quality.ScoringRules.valueEq;

/**
 * Recall and precision of a bank ({@code quarry-bank/1}, read as plain JSON values)
 * against a gold fact list, by exactly the rules of the project's {@code score_bank.py}:
 * a gold fact is hit by a question of its kind whose value equals the gold value and
 * whose source sentence overlaps the gold sentence (quotes: similar quote and the gold
 * speaker; who-is-who: the prompt, answer or value names the subject or value); precision
 * judges the questions whose sentence carries gold facts of their kind, true/false ones
 * are left unjudged. Also keeps which facts were missed and which questions were wrong,
 * for the benchmark to explain.
 */
record BankScore(int questions, Map<String, Recall> recall, Map<String, Precision> precision,
		List<Map<String, Object>> missed, List<Wrong> wrong) {

	private static final Map<String, String> KIND = Map.of("date", "date", "count", "count", "quote", "quote", "person",
			"entity", "entity", "entity", "letter", "metadata", "metadata", "metadata");

	private static final List<String> RECALL_KINDS = List.of("date", "count", "quote", "entity", "metadata");

	private static final List<String> PRECISION_KINDS = List.of("date", "count", "quote");

	/** Gold facts of one kind, and how many were hit. */
	record Recall(int hit, int total) {
	}

	/** Judged questions of one kind. */
	record Precision(int right, int wrong, int unjudged) {
	}

	/** A question judged wrong, with the gold facts it was judged against. */
	record Wrong(String kind, Map<String, Object> question, List<Map<String, Object>> gold) {
	}

	@SuppressWarnings("unchecked")
	static BankScore of(Map<String, Object> bank, List<Map<String, Object>> gold) {
		List<Map<String, Object>> questions = (List<Map<String, Object>>) bank.getOrDefault("questions", List.of());
		Map<String, List<Map<String, Object>>> byKind = new LinkedHashMap<>();
		for (Map<String, Object> q : questions) {
			String kind = q.get("type") instanceof String type ? KIND.get(type) : null;
			if (kind != null) {
				byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(q);
			}
		}
		List<Map<String, Object>> missed = new ArrayList<>();
		Map<String, Recall> recall = new LinkedHashMap<>();
		for (String kind : RECALL_KINDS) {
			List<Map<String, Object>> facts = ofKind(gold, kind);
			if (kind.equals("quote")) {
				facts = facts.stream().filter(f -> truthy(f.get("speaker"))).toList();
			}
			int hit = 0;
			for (Map<String, Object> fact : facts) {
				if (byKind.getOrDefault(kind, List.of()).stream().anyMatch(q -> hits(kind, q, fact))) {
					hit++;
				}
				else {
					missed.add(fact);
				}
			}
			recall.put(kind, new Recall(hit, facts.size()));
		}
		List<Wrong> wrong = new ArrayList<>();
		Map<String, Precision> precision = new LinkedHashMap<>();
		for (String kind : PRECISION_KINDS) {
			List<Map<String, Object>> facts = ofKind(gold, kind);
			int ok = 0;
			int bad = 0;
			int unknown = 0;
			for (Map<String, Object> q : byKind.getOrDefault(kind, List.of())) {
				if ("true_false".equals(q.get("format"))) {
					unknown++; // its value is true/false, not the fact's value
					continue;
				}
				List<Map<String, Object>> judges = kind.equals("quote")
						? facts.stream()
							.filter(f -> quoteSim(q.getOrDefault("quote", ""), required(f, "quote")) >= 0.8)
							.toList()
						: facts.stream().filter(f -> overlaps(sentence(q), required(f, "sentence"))).toList();
				if (judges.isEmpty()) {
					unknown++;
				}
				else if (judges.stream().anyMatch(f -> right(kind, q, f))) {
					ok++;
				}
				else {
					bad++;
					wrong.add(new Wrong(kind, q, judges));
				}
			}
			precision.put(kind, new Precision(ok, bad, unknown));
		}
		return new BankScore(questions.size(), recall, precision, missed, wrong);
	}

	/** Whether question {@code q} hits gold fact {@code fact} of {@code kind}. */
	static boolean hits(String kind, Map<String, Object> q, Map<String, Object> fact) {
		if (kind.equals("quote")) {
			return quoteSim(q.getOrDefault("quote", ""), required(fact, "quote")) >= 0.8
					&& speakerOk(q.get("value"), fact);
		}
		if (kind.equals("date") || kind.equals("count")) {
			return overlaps(sentence(q), required(fact, "sentence"))
					&& valueEq(kind, q.get("value"), fact.get("value"));
		}
		String v = normText(fact.getOrDefault("value", ""));
		String subject = normText(fact.getOrDefault("subject", ""));
		String text = normText(
				String.join(" ", text(q, "prompt"), text(q, "answer"), str(q.getOrDefault("value", ""))));
		return overlaps(sentence(q), required(fact, "sentence")) && !v.isEmpty()
				&& (text.contains(v) || (!subject.isEmpty() && text.contains(subject)));
	}

	private static boolean right(String kind, Map<String, Object> q, Map<String, Object> f) {
		if (!kind.equals("quote")) {
			return valueEq(kind, q.get("value"), f.get("value"));
		}
		if (truthy(f.get("speaker"))) {
			return speakerOk(q.get("value"), f);
		}
		return truthy(f.get("attributed_to")) && speakerOk(q.get("value"), Map.of("speaker", f.get("attributed_to")));
	}

	/** {@code (q.get("source") or {}).get("sentence", "")}. */
	@SuppressWarnings("unchecked")
	static Object sentence(Map<String, Object> q) {
		Object source = q.get("source");
		return truthy(source) && source instanceof Map<?, ?> map
				? ((Map<String, Object>) map).getOrDefault("sentence", "") : "";
	}

	private static List<Map<String, Object>> ofKind(List<Map<String, Object>> gold, String kind) {
		return gold.stream().filter(f -> kind.equals(required(f, "type"))).toList();
	}

	private static Object required(Map<String, Object> fact, String field) {
		if (!fact.containsKey(field)) {
			throw new IllegalArgumentException("gold fact " + fact.get("id") + " has no \"" + field + "\"");
		}
		return fact.get(field);
	}

	private static String text(Map<String, Object> q, String field) {
		if (q.getOrDefault(field, "") instanceof String s) {
			return s;
		}
		throw new IllegalArgumentException("question " + q.get("id") + ": \"" + field + "\" is not text");
	}

	/** The report lines of {@code score_bank.py}, character for character. */
	List<String> lines() {
		List<String> lines = new ArrayList<>();
		lines.add("questions: " + this.questions);
		this.recall.forEach((kind, r) -> lines
			.add(String.format("recall %-9s %4d/%-4d %5s%%", kind, r.hit(), r.total(), percent(r.hit(), r.total()))));
		this.precision
			.forEach((kind, p) -> lines.add(String.format("precision %-6s right %4d wrong %4d unjudged %4d  %5s%%",
					kind, p.right(), p.wrong(), p.unjudged(), percent(p.right(), p.right() + p.wrong()))));
		return lines;
	}

	/**
	 * {@code f"{100.0 * part / max(1, whole):.1f}"}: the exact double, rounded half even.
	 */
	static String percent(int part, int whole) {
		double value = 100.0 * part / Math.max(1, whole);
		return new BigDecimal(value).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
	}

}
