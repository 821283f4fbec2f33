package app.quarry.bank;

import app.quarry.base.PureCore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who someone is, asked in two stories: the flashcard "Who is Kim Jong-un?" is kept from
 * the first story that names them, and a later story that says it again asks "Fill in the
 * role: _____ Kim Jong-un shakes hands ...". Both are answered "North Korean leader", so
 * a learner who answered one knows the other, though they come from different sentences
 * and documents: they are cards of one fact.
 * <p>
 * The bank holds no field naming the person of a role card: it is read from the fields
 * there are. A person flashcard asks about the person its prompt names ("Who is ...?")
 * and has the role as its value; a person cloze blanks out the role written beside the
 * person's name. A flashcard and a cloze ask the same when they have the same role as
 * their value and the cloze names the flashcard's person right beside its blank (after
 * it, "_____ Kim Jong-un", or before it, "Kim Yo Jong, _____," or "Kim Yo Jong, the
 * _____,", the article going with the role): a cloze that names them elsewhere in its
 * sentence asks about someone else who holds a role of the same name ("_____ Moon Jae-in
 * met Donald Trump" asks whose title "President" is, not Trump's).
 */
@PureCore
final class RoleCards {

	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern BLANK = Pattern.compile("_{3,}");

	private static final String WHO_IS = "who is ";

	private static final Set<String> ARTICLES = Set.of("the", "a", "an");

	/** Joins the words of a key (no word holds it). */
	private static final String APART = " ";

	private static final String AFTER = "\u0000after\u0000";

	private static final String BEFORE = "\u0000before\u0000";

	private RoleCards() {
	}

	/**
	 * What a card that asks someone's role shares with every card that asks the same: the
	 * role with the first word after the person's name or the blank, and the role with
	 * the last word before it. Empty for other cards. Cards of one key are not all
	 * siblings ({@link #askTheSame} tells), but siblings share a key.
	 */
	static List<String> keysOf(Siblings.Card card) {
		List<String> role = words(card.value());
		if (!QuestionType.PERSON.names(card.type()) || role.isEmpty()) {
			return List.of();
		}
		String asked = "role:" + String.join(APART, role);
		Optional<List<String>> person = subjectOf(card);
		if (person.isPresent()) {
			return List.of(asked + AFTER + person.get().getFirst(), asked + BEFORE + person.get().getLast());
		}
		List<String> keys = new ArrayList<>();
		besideBlank(card).ifPresent(beside -> {
			if (!beside.after().isEmpty()) {
				keys.add(asked + AFTER + beside.after().getFirst());
			}
			if (!beside.before().isEmpty()) {
				keys.add(asked + BEFORE + beside.before().getLast());
			}
		});
		return keys;
	}

	/** Whether the two cards ask one person's role, wherever each comes from. */
	static boolean askTheSame(Siblings.Card a, Siblings.Card b) {
		List<String> role = words(a.value());
		if (!QuestionType.PERSON.names(a.type()) || !QuestionType.PERSON.names(b.type()) || role.isEmpty()
				|| !role.equals(words(b.value()))) {
			return false;
		}
		Optional<List<String>> personA = subjectOf(a);
		Optional<List<String>> personB = subjectOf(b);
		if (personA.isPresent() && personB.isPresent()) {
			return personA.equals(personB);
		}
		if (personA.isPresent()) {
			return namesBesideBlank(b, personA.get());
		}
		return personB.isPresent() && namesBesideBlank(a, personB.get());
	}

	/**
	 * The words of the person a person flashcard asks about ("Who is Kim Jong-un?"),
	 * empty for any other card.
	 */
	private static Optional<List<String>> subjectOf(Siblings.Card card) {
		String prompt = card.prompt().strip();
		if (!QuestionFormat.FLASHCARD.names(card.format()) || !prompt.endsWith("?")
				|| !prompt.toLowerCase(Locale.ROOT).startsWith(WHO_IS)) {
			return Optional.empty();
		}
		List<String> person = words(prompt.substring(WHO_IS.length(), prompt.length() - 1));
		return person.isEmpty() ? Optional.empty() : Optional.of(person);
	}

	/** The words before a cloze's blank and after it. */
	private record Beside(List<String> before, List<String> after) {
	}

	private static Optional<Beside> besideBlank(Siblings.Card card) {
		Matcher blank = BLANK.matcher(card.prompt());
		if (!QuestionFormat.CLOZE.names(card.format()) || !blank.find()) {
			return Optional.empty();
		}
		// the sentence starts after the instruction ("Fill in the role: "), whose words
		// are
		// no neighbours of the blank
		int instructionEnd = card.prompt().indexOf(": ");
		int sentenceStart = instructionEnd >= 0 && instructionEnd < blank.start() ? instructionEnd + 2 : 0;
		List<String> before = new ArrayList<>(words(card.prompt().substring(sentenceStart, blank.start())));
		// "Kim Jong-un, the _____,": the article goes with the role
		if (!before.isEmpty() && ARTICLES.contains(before.getLast())) {
			before.removeLast();
		}
		return Optional.of(new Beside(before, words(card.prompt().substring(blank.end()))));
	}

	private static boolean namesBesideBlank(Siblings.Card cloze, List<String> person) {
		return besideBlank(cloze).filter(beside -> {
			List<String> before = beside.before();
			List<String> after = beside.after();
			return after.size() >= person.size() && after.subList(0, person.size()).equals(person)
					|| before.size() >= person.size()
							&& before.subList(before.size() - person.size(), before.size()).equals(person);
		}).isPresent();
	}

	/**
	 * The words of a text in lower case, without punctuation: "Kim Jong-un" and "Kim Jong
	 * Un" are the same words.
	 */
	private static List<String> words(String text) {
		String plain = NOT_A_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(APART).strip();
		return plain.isEmpty() ? List.of() : Arrays.asList(plain.split(APART));
	}

}
