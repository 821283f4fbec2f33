package app.quarry.bench.quality;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import app.quarry.generation.extract.CountFact;
import app.quarry.generation.extract.DateFact;
import app.quarry.generation.extract.DurationFact;
import app.quarry.generation.extract.EntityFact;
import app.quarry.generation.extract.NamedThingFact;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.PersonFact;
import app.quarry.generation.extract.QuoteFact;
import app.quarry.generation.extract.TimeFact;

import static app.quarry.bench.quality.PythonText.str;
import static app.quarry.bench.quality.ScoringRules.normText;
import static app.quarry.bench.quality.ScoringRules.overlaps;
import static app.quarry.bench.quality.ScoringRules.quoteSim;
import static app.quarry.bench.quality.ScoringRules.speakerOk;
import static app.quarry.bench.quality.ScoringRules.valueEq;

/**
 * Why a gold fact was missed or a question judged wrong: compares the gold with what the
 * extractor found in the gold sentence and with the questions of the bank, so that a miss
 * of the extractor (nothing found, another value, another speaker) is told apart from a
 * miss of the question writer (found but not asked, asked from another sentence).
 */
final class FailureCauses {

	/** A cause: a category to count by, and the detail of this case. */
	record Cause(String category, String detail) {
	}

	/** One document as extracted: its bank id, its text and the extractor's facts. */
	record ExtractedDocument(String id, String text, List<Fact> facts) {
	}

	private final Map<String, ExtractedDocument> byFile;

	private final List<Map<String, Object>> questions;

	/**
	 * @param byFile the documents by file name (the gold's {@code doc})
	 * @param questions the bank's questions
	 */
	FailureCauses(Map<String, ExtractedDocument> byFile, List<Map<String, Object>> questions) {
		this.byFile = byFile;
		this.questions = questions;
	}

	Cause ofMiss(Map<String, Object> gold) {
		String kind = (String) gold.get("type");
		ExtractedDocument document = this.byFile.get(gold.get("doc"));
		if (document == null) {
			return new Cause("document not in the corpus", String.valueOf(gold.get("doc")));
		}
		String sentence = (String) gold.get("sentence");
		int start = document.text().indexOf(sentence);
		if (start < 0) {
			return new Cause("gold sentence not in its document", sentence);
		}
		List<Fact> inSentence = document.facts()
			.stream()
			.filter(f -> f.start() < start + sentence.length() && f.end() > start)
			.toList();
		return switch (kind) {
			case "date", "count" -> valueMiss(kind, gold, document, inSentence);
			case "quote" -> quoteMiss(gold, document);
			default -> entityMiss(gold, document, inSentence);
		};
	}

	private Cause valueMiss(String kind, Map<String, Object> gold, ExtractedDocument document, List<Fact> inSentence) {
		Object value = gold.get("value");
		List<Fact> sameKind = inSentence.stream()
			.filter(f -> kind.equals("date") ? f instanceof DateFact : f instanceof CountFact)
			.toList();
		if (sameKind.stream().noneMatch(f -> valueEq(kind, valueOf(f), value))) {
			if (!sameKind.isEmpty()) {
				return new Cause("extracted with another value", describe(sameKind));
			}
			List<Fact> otherKinds = inSentence.stream()
				.filter(f -> f instanceof DurationFact || f instanceof TimeFact
						|| (kind.equals("date") ? f instanceof CountFact : f instanceof DateFact))
				.toList();
			return otherKinds.isEmpty() ? new Cause("no " + kind + " extracted in that sentence", "")
					: new Cause("extracted only as another kind of fact", describe(otherKinds));
		}
		return notAsked(kind, gold, document, q -> valueEq(kind, q.get("value"), value), "this value");
	}

	private Cause quoteMiss(Map<String, Object> gold, ExtractedDocument document) {
		Object quote = gold.get("quote");
		List<QuoteFact> found = document.facts()
			.stream()
			.filter(f -> f instanceof QuoteFact q && quoteSim(q.quote(), quote) >= 0.8)
			.map(QuoteFact.class::cast)
			.toList();
		if (found.isEmpty()) {
			String sentence = (String) gold.get("sentence");
			int start = document.text().indexOf(sentence);
			List<Fact> near = document.facts()
				.stream()
				.filter(f -> f instanceof QuoteFact && f.start() < start + sentence.length() && f.end() > start)
				.toList();
			return near.isEmpty() ? new Cause("no quote extracted in that sentence", "")
					: new Cause("quote extracted with other bounds", describe(near));
		}
		if (found.stream().allMatch(q -> q.speaker() == null)) {
			return new Cause("quote extracted without a speaker", "");
		}
		if (found.stream().noneMatch(q -> speakerOk(q.speaker(), gold))) {
			return new Cause("quote extracted with another speaker",
					found.stream()
						.map(QuoteFact::speaker)
						.filter(Objects::nonNull)
						.distinct()
						.collect(Collectors.joining(", ")));
		}
		List<Map<String, Object>> asked = ofKind("quote")
			.filter(q -> quoteSim(q.getOrDefault("quote", ""), quote) >= 0.8)
			.toList();
		if (!asked.isEmpty()) {
			return new Cause("question with another speaker than the extractor's",
					asked.stream().map(q -> str(q.get("value"))).distinct().collect(Collectors.joining(", ")));
		}
		return unasked(gold);
	}

	private Cause entityMiss(Map<String, Object> gold, ExtractedDocument document, List<Fact> inSentence) {
		String subject = normText(gold.get("subject"));
		// a person, an organisation or a place: the gold's who-is-who covers all three
		List<Fact> described = inSentence.stream()
			.filter(f -> f instanceof PersonFact || f instanceof EntityFact || f instanceof NamedThingFact)
			.toList();
		List<Fact> about = described.stream().filter(f -> names(f, subject)).toList();
		if (about.isEmpty()) {
			return described.isEmpty() ? new Cause("no who-is-who fact extracted in that sentence", "")
					: new Cause("who-is-who extracted for others only", describe(described));
		}
		if (about.stream().allMatch(FailureCauses::unsaid)) {
			// a name the extractor found with nothing said of it is a miss of the
			// extractor: no question writer can ask who someone is without the role
			return new Cause("name extracted without a role or description", describe(about));
		}
		String value = normText(gold.get("value"));
		List<Map<String, Object>> fromSentence = ofKind("entity")
			.filter(q -> overlaps(BankScore.sentence(q), gold.get("sentence")))
			.toList();
		if (!fromSentence.isEmpty()) {
			return new Cause("questions from that sentence name neither subject nor value",
					fromSentence.stream()
						.map(q -> str(q.get("prompt")) + " -> " + str(q.get("answer")))
						.distinct()
						.collect(Collectors.joining(" | ")));
		}
		return notAsked("entity", gold, document, q -> {
			String text = normText(str(q.get("prompt")) + " " + str(q.get("answer")) + " " + str(q.get("value")));
			return !value.isEmpty() && text.contains(value) || !subject.isEmpty() && text.contains(subject);
		}, "role " + describe(about));
	}

	/**
	 * The fact was extracted right but no question of its kind from its sentence asks it:
	 * asked from another sentence, only as true/false, or not at all.
	 */
	private Cause notAsked(String kind, Map<String, Object> gold, ExtractedDocument document,
			Predicate<Map<String, Object>> asks, String what) {
		List<Map<String, Object>> elsewhere = ofKind(kind).filter(q -> document.id().equals(documentOf(q)))
			.filter(asks)
			.toList();
		if (!elsewhere.isEmpty()) {
			return new Cause("extracted, but asked from another sentence",
					"source: " + clip(str(BankScore.sentence(elsewhere.getFirst()))));
		}
		List<Map<String, Object>> sameSentence = this.questions.stream()
			.filter(q -> overlaps(BankScore.sentence(q), gold.get("sentence")))
			.toList();
		List<Map<String, Object>> sameKind = sameSentence.stream().filter(q -> kind.equals(kindOf(q))).toList();
		if (!sameKind.isEmpty() && sameKind.stream().allMatch(q -> "true_false".equals(q.get("format")))) {
			return new Cause("extracted, but its sentence is asked only as true/false", "");
		}
		if (!sameKind.isEmpty()) {
			return new Cause("extracted, but its sentence's questions ask other values", what + "; asked: "
					+ sameKind.stream().map(q -> str(q.get("value"))).distinct().collect(Collectors.joining(", ")));
		}
		return unasked(gold);
	}

	private Cause unasked(Map<String, Object> gold) {
		boolean sentenceAsked = this.questions.stream()
			.anyMatch(q -> overlaps(BankScore.sentence(q), gold.get("sentence")));
		return sentenceAsked ? new Cause("extracted, but no question on it (writer refused)", "")
				: new Cause("extracted, but no question from that sentence (sentence filtered or writer refused)", "");
	}

	Cause ofWrong(BankScore.Wrong wrong) {
		Map<String, Object> q = wrong.question();
		String gold = wrong.gold()
			.stream()
			.map(f -> wrong.kind().equals("quote")
					? str(f.get("speaker") != null ? f.get("speaker")
							: "phrase" + (f.get("attributed_to") != null ? " used by " + f.get("attributed_to") : ""))
					: str(f.get("value")))
			.distinct()
			.collect(Collectors.joining(", "));
		if (wrong.kind().equals("quote")) {
			if (wrong.gold().stream().allMatch(f -> f.get("speaker") == null)) {
				return new Cause("who-said question on a phrase or label",
						"asks " + str(q.get("value")) + "; gold: " + gold);
			}
			return new Cause("wrong speaker", "asks " + str(q.get("value")) + "; gold: " + gold);
		}
		List<Fact> inSource = factsOfSource(q);
		boolean fromFact = inSource.stream().anyMatch(f -> valueEq(wrong.kind(), valueOf(f), q.get("value")));
		if (!fromFact) {
			return new Cause("value not among the facts extracted in its sentence",
					"asks " + str(q.get("value")) + "; gold: " + gold);
		}
		Fact fact = inSource.stream().filter(f -> valueEq(wrong.kind(), valueOf(f), q.get("value"))).findFirst().get();
		String category = fact instanceof DateFact d && d.relative() ? "relative date resolved unlike the gold"
				: "extracted value not in the gold for its sentence";
		return new Cause(category, "asks " + describe(List.of(fact)) + "; gold: " + gold);
	}

	private List<Fact> factsOfSource(Map<String, Object> q) {
		String id = documentOf(q);
		if (!(q.get("source") instanceof Map<?, ?> source) || !(source.get("start") instanceof Integer start)
				|| !(source.get("end") instanceof Integer end)) {
			return List.of();
		}
		return this.byFile.values()
			.stream()
			.filter(d -> d.id().equals(id))
			.flatMap(d -> d.facts().stream())
			.filter(f -> f.start() < end && f.end() > start)
			.toList();
	}

	private java.util.stream.Stream<Map<String, Object>> ofKind(String kind) {
		return this.questions.stream().filter(q -> kind.equals(kindOf(q)));
	}

	private static String kindOf(Map<String, Object> q) {
		Object type = q.get("type");
		return "person".equals(type) ? "entity" : type instanceof String s ? s : null;
	}

	private static String documentOf(Map<String, Object> q) {
		return q.get("source") instanceof Map<?, ?> source ? String.valueOf(source.get("document")) : null;
	}

	/** A person or organisation found by name alone, with no role or description. */
	private static boolean unsaid(Fact described) {
		String said = switch (described) {
			case PersonFact p -> p.role();
			case NamedThingFact n -> n.description();
			default -> ((EntityFact) described).description();
		};
		return said == null || said.isBlank();
	}

	private static boolean names(Fact described, String subject) {
		String name = normText(switch (described) {
			case PersonFact p -> p.value();
			case NamedThingFact n -> n.value();
			default -> ((EntityFact) described).value();
		});
		String text = normText(described.text());
		return !subject.isEmpty()
				&& (!name.isEmpty() && (name.contains(subject) || subject.contains(name)) || text.contains(subject));
	}

	private static Object valueOf(Fact fact) {
		return switch (fact) {
			case DateFact d -> d.value();
			case CountFact c -> c.value();
			case DurationFact d -> d.value();
			case TimeFact t -> t.value();
			case QuoteFact q -> q.speaker();
			case PersonFact p -> p.role();
			case EntityFact e -> e.description();
			case NamedThingFact n -> n.description();
			default -> null;
		};
	}

	/** "«two weeks ago» → 2008-10-06, «Monday» → unresolved" */
	static String describe(List<? extends Fact> facts) {
		return facts.stream().map(f -> switch (f) {
			case QuoteFact q -> "«" + clip(q.quote()) + "» by " + (q.speaker() == null ? "nobody" : q.speaker());
			case PersonFact p -> p.value() + ": " + p.role();
			case EntityFact e -> e.value() + (e.place() ? " (place): " : " (organisation): ") + e.description();
			case NamedThingFact n -> n.value() + " (thing): " + n.description();
			case CountFact c -> "«" + c.text() + "» → " + c.value() + (c.ordinal() ? " (ordinal) " : " ") + c.unit();
			default ->
				"«" + f.text() + "» → " + (valueOf(f) == null ? "unresolved" : valueOf(f)) + " (" + f.type() + ")";
		}).collect(Collectors.joining(", "));
	}

	static String clip(String s) {
		return s.length() <= 160 ? s : s.substring(0, 157) + "...";
	}

}
