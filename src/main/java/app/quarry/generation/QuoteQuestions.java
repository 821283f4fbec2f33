package app.quarry.generation;

import app.quarry.bank.QuestionFormat;
import app.quarry.bank.BankQuestion;
import app.quarry.corpus.Sentence;
import app.quarry.generation.extract.QuoteFact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.regex.Pattern;

/**
 * "Who said: “...”?" with the speaker's canonical name as the answer. A whole statement
 * (five words or more, opening with a capital) is asked as it stands; a shorter quote or
 * one taken from the middle of a sentence ("a secret double life") is asked as words the
 * speaker used. A speaker the text describes without a name ("a senior official") is only
 * shown on a card. Labels in quotation marks ("Back to the Mac"), and quotes of one or
 * two words, do not identify a speaker fairly and are not asked.
 */
final class QuoteQuestions {

	private static final Pattern CLOSING_MARKS = Pattern.compile("[,.;:]+$");

	private static final int MIN_WORDS = 2;

	/** Two apostrophes after a blank and before a word: wire copy opening a quotation. */
	private static final Pattern OPENING_APOSTROPHES = Pattern.compile("(?:^|[\\s(])''[\\p{L}\\d]");

	private static final int STATEMENT_WORDS = 5;

	/** The short words a title leaves in lower case: "Gone with the Wind". */
	private static final java.util.Set<String> TITLE_SMALL_WORDS = java.util.Set.of("a", "an", "the", "of", "in", "on",
			"at", "to", "by", "for", "and", "or", "nor", "but", "as", "up", "via", "per", "off", "out", "vs", "de",
			"la", "le", "von", "van", "der", "del", "da", "di", "du", "is", "be", "its", "it");

	private QuoteQuestions() {
	}

	static List<BankQuestion> of(FactSite site, QuoteFact fact, DistractorPool pool) {
		String quote = fact.quote();
		String speaker = fact.speaker();
		boolean utterance = isUtterance(site, fact);
		if (speaker == null || quote == null || !utterance && (Prose.words(quote) < MIN_WORDS || titleLike(quote))) {
			return List.of();
		}
		String words = CLOSING_MARKS.matcher(quote.strip()).replaceAll("").strip();
		boolean statement = Prose.words(words) >= STATEMENT_WORDS && Character.isUpperCase(words.charAt(0));
		if (!statement && Prose.words(words) < STATEMENT_WORDS && usedElsewhere(site, words)) {
			return List.of(); // a term the document also uses in its own voice
		}
		String prompt = statement ? "Who said: “" + words + "”?" : "Who used the words “" + words + "”?";
		List<String> accepted = DistractorPool.nameVariants(speaker);
		if (accepted.stream().anyMatch(name -> Prose.mentions(words, name))) {
			return List.of();
		}
		if (!Character.isUpperCase(speaker.charAt(0))) {
			// "a senior official": a speaker described, not named, is no answer to type
			// or
			// to pick among names; a card still tells who it was
			String described = Prose.capitalize(speaker);
			BankQuestion card = site.question(QuestionFormat.FLASHCARD, prompt, described, speaker, List.of(described),
					List.of(), quote);
			return card == null ? List.of() : List.of(card);
		}
		List<BankQuestion> questions = new ArrayList<>();
		List<String> others = pool.speakers(speaker, site.seed());
		if (others.size() == 3) {
			List<String> options = Stream.concat(Stream.of(speaker), others.stream())
				.sorted(Comparator.naturalOrder())
				.toList();
			questions
				.add(site.question(QuestionFormat.MULTIPLE_CHOICE, prompt, speaker, speaker, accepted, options, quote));
		}
		questions.add(site.question(QuestionFormat.TYPED, prompt, speaker, speaker, accepted, List.of(), quote));
		questions.add(site.question(QuestionFormat.FLASHCARD, prompt, speaker, speaker, accepted, List.of(), quote));
		return questions.stream().filter(q -> q != null).toList();
	}

	/**
	 * Whether a quotation is its whole sentence: '“It's over.”' after an attributed one.
	 */
	static boolean isWholeSentence(QuoteFact quote, Sentence sentence) {
		return quote.speaker() != null && quote.start() <= sentence.start() + 1 && quote.end() >= sentence.end() - 1;
	}

	/**
	 * '“Hallelujah,” Roe exclaimed', '“Never!” she said': a word that opens its sentence
	 * and ends with its own comma, stop or exclamation is all the speaker said, not a
	 * term or a label.
	 */
	private static boolean isUtterance(FactSite site, QuoteFact fact) {
		String text = fact.text().strip();
		if (fact.start() - site.sentence().start() > 1 || text.length() < 3 || fact.quote() == null
				|| Prose.words(fact.quote()) != 1 || !Character.isUpperCase(fact.quote().strip().charAt(0))) {
			return false;
		}
		return ",.!".indexOf(text.charAt(text.length() - 2)) >= 0;
	}

	/**
	 * A short phrase the document also writes in its own voice, outside quotation marks,
	 * as in its title: "the $5 million “assistance package”" names a thing, it quotes no
	 * one. The speaker using the words again in another quotation makes them no less
	 * theirs.
	 */
	private static boolean usedElsewhere(FactSite site, String words) {
		String text = normalizedText(site.document());
		String phrase = " " + Prose.normalize(words) + " ";
		return text.contains(phrase);
	}

	/** The last document's words, kept so that its short quotes read it once. */
	private static final ThreadLocal<Map.Entry<SourceDocument, String>> LAST_TEXT = new ThreadLocal<>();

	private static String normalizedText(SourceDocument document) {
		Map.Entry<SourceDocument, String> last = LAST_TEXT.get();
		if (last == null || last.getKey() != document) {
			last = Map.entry(document, " " + Prose.normalize(outsideQuotations(document.text())) + " ");
			LAST_TEXT.set(last);
		}
		return last.getValue();
	}

	/**
	 * The text with every quotation left out, line by line: straight marks toggle, curly
	 * marks open and close, and so do the typewriter pairs of wire copy (two backticks or
	 * two apostrophes to open, two apostrophes to close) in a text that opens its
	 * quotations that way.
	 */
	private static String outsideQuotations(String text) {
		StringBuilder own = new StringBuilder(text.length());
		// searched for only in a text with two apostrophes together: tried at every
		// character, the expression was most of the time of leaving quotations out
		boolean typewriter = text.contains("``") || text.contains("''") && OPENING_APOSTROPHES.matcher(text).find();
		boolean inside = false;
		for (int k = 0; k < text.length(); k++) {
			char c = text.charAt(k);
			if (c == '\n') {
				inside = false;
			}
			boolean pair = typewriter && k + 1 < text.length() && (c == '`' || c == '\'') && text.charAt(k + 1) == c;
			if (pair) {
				inside = c == '`' || !inside && opensWithApostrophes(text, k);
				own.append(' ');
				k++;
			}
			else if (c == '"' || c == '“' || c == '”') {
				inside = c == '"' ? !inside : c == '“';
				own.append(' ');
			}
			else if (!inside) {
				own.append(c);
			}
		}
		return own.toString();
	}

	/**
	 * Wire copy that opens some quotations with two apostrophes as well: a pair with a
	 * blank or the line's start before it and a word right after it opens a quotation
	 * ("accusing them of ''fraud''" then "''This is fraud,'' he said").
	 */
	private static boolean opensWithApostrophes(String text, int k) {
		boolean blankBefore = k == 0 || Character.isWhitespace(text.charAt(k - 1)) || text.charAt(k - 1) == '(';
		return blankBefore && k + 2 < text.length() && Character.isLetterOrDigit(text.charAt(k + 2));
	}

	/**
	 * "Back to the Mac", "Steve Jobs 1955-2011": a name, a title or a caption, every word
	 * capitalized or a number except short function words. Words all in lower case ("no
	 * way") are no title, however short.
	 */
	private static boolean titleLike(String quote) {
		if (Prose.words(quote) >= STATEMENT_WORDS + 3) {
			return false;
		}
		boolean named = false;
		for (String word : quote.split("[\\s,.;:!?]+")) {
			// "Where's the bid?": a lower-case word a title would capitalise
			if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))
					&& (word.length() > 3 || !TITLE_SMALL_WORDS.contains(word))) {
				return false;
			}
			named |= !word.isEmpty() && !Character.isLowerCase(word.charAt(0));
		}
		return named;
	}

}
