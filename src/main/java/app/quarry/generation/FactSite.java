package app.quarry.generation;

import app.quarry.bank.BankQuestion;
import app.quarry.bank.QuestionFormat;
import app.quarry.bank.Source;
import app.quarry.corpus.Sentence;
import app.quarry.generation.extract.CountFact;
import app.quarry.generation.extract.Fact;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A fact where it stands: its document and its sentence, and how questions cite it. The
 * sentence as told and the seed are worked out once per fact: every question on it reads
 * them several times.
 */
final class FactSite {

	/**
	 * "an _____ law": "an" tells that the blank is said with a vowel first ("an 1887
	 * law", "an August speech"), so it is written "a(n)".
	 */
	private static final Pattern AN_BEFORE_BLANK = Pattern.compile("\\b([Aa])n(\\s+_____)");

	/** The dash of wire agencies: an underscore between spaces. */
	private static final Pattern WIRE_DASH = Pattern.compile("(?<=\\s)_(?=\\s)");

	/** The blank of a cloze question, as {@link #AN_BEFORE_BLANK} reads it. */
	private static final String BLANK = "_____";

	private final SourceDocument document;

	private final Sentence sentence;

	private final Fact fact;

	private ToldSentence told;

	private String seed;

	/** Texts of this fact's questions, normalized. */
	private final Map<String, String> normalized = new HashMap<>();

	FactSite(SourceDocument document, Sentence sentence, Fact fact) {
		this.document = document;
		this.sentence = sentence;
		this.fact = fact;
	}

	SourceDocument document() {
		return this.document;
	}

	Sentence sentence() {
		return this.sentence;
	}

	Fact fact() {
		return this.fact;
	}

	Source source() {
		return new Source(this.document.document().id(), this.sentence.start(), this.sentence.end(),
				this.sentence.text());
	}

	/**
	 * The sentence as a question shows it: its pronouns told by name where the document
	 * makes clear whom they stand for ("He said" becomes "Steve Jobs said"), without
	 * residue of the page it was taken from.
	 */
	String text() {
		return told().text();
	}

	/** The fact's offsets inside the sentence as told. */
	int from() {
		return told().from();
	}

	int to() {
		return told().to();
	}

	private ToldSentence told() {
		if (this.told == null) {
			this.told = ToldSentence.of(this.sentence, this.fact, this.document.referents());
		}
		return this.told;
	}

	/** The sentence with the fact's words replaced by a blank. */
	String blanked() {
		return replaced("_____");
	}

	/**
	 * The sentence with the fact's words replaced by others, without a photo credit that
	 * ends a caption: the credit is not part of what the sentence states.
	 */
	String replaced(String words) {
		String s = text();
		return Statement.withoutCredit((s.substring(0, from()) + words + s.substring(to())).strip());
	}

	/** A seed for stable choices: what this fact says, wherever it stands. */
	String seed() {
		if (this.seed == null) {
			this.seed = this.fact.type() + "|" + Prose.normalize(this.fact.text()) + "|"
					+ Prose.normalize(this.sentence.text());
		}
		return this.seed;
	}

	/**
	 * The text normalized, once per fact: its questions share their value and often their
	 * prompt (typed and flashcard).
	 */
	private String normalized(String text) {
		return this.normalized.computeIfAbsent(text, Prose::normalize);
	}

	/**
	 * A question built from its parts, with its stable id; null when the prompt would
	 * give the answer away.
	 */
	/**
	 * The name asked by {@code prompt} among three others of its kind, in alphabetical
	 * order so that the answer's place tells nothing; none while fewer than three are
	 * known.
	 */
	BankQuestion nameAmongOthers(String prompt, String name, List<String> accepted, List<String> others) {
		if (others.size() != 3) {
			return null;
		}
		List<String> options = Stream.concat(Stream.of(name), others.stream()).sorted().toList();
		return question(QuestionFormat.MULTIPLE_CHOICE, prompt, name, name, accepted, options, null);
	}

	/**
	 * The name asked by {@code prompt} twice: typed, and among three others of its kind
	 * where three are known.
	 */
	List<BankQuestion> nameAskedBy(String prompt, String name, List<String> accepted, List<String> others) {
		return Stream
			.of(nameAmongOthers(prompt, name, accepted, others),
					question(QuestionFormat.TYPED, prompt, name, name, accepted, List.of(), null))
			.filter(q -> q != null)
			.toList();
	}

	BankQuestion question(QuestionFormat format, String written, String answer, String value, List<String> accepted,
			List<String> options, String quote) {
		// a wire story's dash is a lone underscore ("take action _ such as"): in a prompt
		// it would read as one more blank; "an" before a blank tells how the answer
		// sounds
		String prompt = withAnBeforeBlankMarked(withWireDashes(written));
		String promptWords = normalized(prompt);
		String checked = this.fact instanceof CountFact count
				? Prose.normalize(CountQuestions.withoutOtherAmounts(count.ordinal()
						// "the _____ attack on SHA-1": a name's digits tell no rank
						? NamesWithNumbers.aside(Scores.aside(DaysOfMonth.aside(prompt)))
						: count.countsTime() ? Scores.aside(DaysOfMonth.aside(prompt)) : DaysOfMonth.aside(prompt)))
				: promptWords;
		if (Prose.mentionsAnyIn(checked, answer, value)) {
			return null;
		}
		String id = StableChoice.questionIdOfWords(this.fact.type(), format.bankName(), normalized(value), promptWords);
		// answers are shown as text: never with the markup a document may carry
		Source source = source();
		return new BankQuestion(id, this.fact.type(), format.bankName(), prompt, Statement.plain(answer), value,
				Statement.plain(accepted), Statement.plain(options), quote, source, List.of(source));
	}

	/**
	 * The wire agencies' dashes of a prompt as dashes. Most prompts have none: the
	 * expression, tried at every character of every prompt, runs only on the few with an
	 * underscore between whitespace.
	 */
	private static String withWireDashes(String written) {
		for (int at = written.indexOf('_'); at >= 0; at = written.indexOf('_', at + 1)) {
			if (at > 0 && at + 1 < written.length() && isRegexSpace(written.charAt(at - 1))
					&& isRegexSpace(written.charAt(at + 1))) {
				return WIRE_DASH.matcher(written).replaceAll("—");
			}
		}
		return written;
	}

	/**
	 * "an _____" as "a(n) _____". The expression runs only on prompts where a blank
	 * follows "an" and whitespace, a few among all the prompts it was tried on.
	 */
	private static String withAnBeforeBlankMarked(String prompt) {
		for (int at = prompt.indexOf(BLANK); at >= 0; at = prompt.indexOf(BLANK, at + 1)) {
			int before = at;
			while (before > 0 && isRegexSpace(prompt.charAt(before - 1))) {
				before--;
			}
			if (before < at && before >= 2 && prompt.charAt(before - 1) == 'n'
					&& (prompt.charAt(before - 2) == 'a' || prompt.charAt(before - 2) == 'A')) {
				return AN_BEFORE_BLANK.matcher(prompt).replaceAll("$1(n)$2");
			}
		}
		return prompt;
	}

	/** A character {@code \s} matches (without the Unicode flag). */
	private static boolean isRegexSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

}
