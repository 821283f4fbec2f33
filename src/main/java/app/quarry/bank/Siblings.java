package app.quarry.bank;

import app.quarry.base.PureCore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which questions are cards of one fact ("siblings"): one fact becomes up to five cards
 * (multiple choice, typed, cloze, true/false, flashcard), and seeing one tells the answer
 * of the others. Study buries a card's siblings for the rest of the study day once one is
 * answered, as Anki does, and a quiz draws one card per fact. This is the one place that
 * says what a sibling is.
 * <p>
 * Two questions are siblings when they come from the same sentence (same document and
 * offset), test the same type of fact, and
 * <ul>
 * <li>have the same value (the same fact asked another way), or</li>
 * <li>one of them is true/false (its statement is the fact, as written or altered),
 * or</li>
 * <li>the prompt of one contains the answer of the other (the flashcard "Who is X?"
 * beside the typed "Who is the envoy?").</li>
 * </ul>
 * Across sentences, a flashcard that asks who someone is and the cloze that asks their
 * role again in a later story are siblings too (see {@link RoleCards}).
 */
@PureCore
public final class Siblings {

	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	/** Answers shorter than this ("1", "II") are found in too many prompts to tell. */
	private static final int SHORTEST_TELLING_ANSWER = 3;

	private Siblings() {
	}

	/** What sibling-ness is judged on. */
	public record Card(String id, String type, String format, String value, String answer, String prompt,
			String document, int sentenceStart) {

		public static Card of(BankQuestion question) {
			return new Card(question.id(), question.type(), question.format(), question.value(), question.answer(),
					question.prompt(), question.source().document(), question.source().start());
		}

	}

	public static boolean areSiblings(Card a, Card b) {
		if (a.id().equals(b.id())) {
			return false;
		}
		if (!a.document().equals(b.document()) || a.sentenceStart() != b.sentenceStart()
				|| !a.type().equals(b.type())) {
			return RoleCards.askTheSame(a, b);
		}
		// a true/false card has no value of its own: its statement is the fact
		if (QuestionFormat.TRUE_FALSE.names(a.format()) || QuestionFormat.TRUE_FALSE.names(b.format())) {
			return true;
		}
		return a.value().equals(b.value()) || tells(a.prompt(), b.answer()) || tells(b.prompt(), a.answer());
	}

	/**
	 * The items in order, leaving out each one that is a sibling of one kept before it.
	 */
	public static <T> List<T> onePerFact(List<T> items, Function<T, Card> card) {
		List<T> kept = new ArrayList<>();
		// siblings share a key: compare with the cards kept under the same keys only
		Map<String, List<Card>> keptByKey = new HashMap<>();
		for (T item : items) {
			Card candidate = card.apply(item);
			List<String> keys = keysOf(candidate);
			if (keys.stream()
				.noneMatch(key -> keptByKey.getOrDefault(key, List.of())
					.stream()
					.anyMatch(other -> areSiblings(candidate, other)))) {
				kept.add(item);
				keys.forEach(key -> keptByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(candidate));
			}
		}
		return kept;
	}

	/**
	 * The items in order, leaving out the siblings of the cards already answered; a card
	 * that was itself answered stays (it may be due again).
	 */
	public static <T> List<T> withoutSiblingsOf(Collection<Card> answered, List<T> items, Function<T, Card> card) {
		Set<String> answeredIds = answered.stream().map(Card::id).collect(Collectors.toSet());
		Map<String, List<Card>> answeredByKey = new HashMap<>();
		answered.forEach(each -> keysOf(each)
			.forEach(key -> answeredByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(each)));
		return items.stream().filter(item -> {
			Card candidate = card.apply(item);
			return answeredIds.contains(candidate.id()) || keysOf(candidate).stream()
				.noneMatch(key -> answeredByKey.getOrDefault(key, List.of())
					.stream()
					.anyMatch(other -> areSiblings(candidate, other)));
		}).toList();
	}

	/**
	 * What a card shares with each of its siblings: its sentence and type of fact first,
	 * and for a card that asks someone's role, that role beside the person
	 * ({@link RoleCards}). Cards that share no key are never siblings, so which card is
	 * kept of cards linked by keys depends on those cards only.
	 */
	public static List<String> keysOf(Card card) {
		String sentence = card.document() + "\u0000" + card.sentenceStart() + "\u0000" + card.type();
		List<String> keys = new ArrayList<>(List.of(sentence));
		keys.addAll(RoleCards.keysOf(card));
		return keys;
	}

	/**
	 * The sets of siblings among the items that have more than one member, each in the
	 * items' order (for a teacher's warning).
	 */
	public static <T> List<List<T>> groupsOfSiblings(List<T> items, Function<T, Card> card) {
		List<List<T>> groups = new ArrayList<>();
		List<T> placed = new ArrayList<>();
		for (T item : items) {
			if (placed.contains(item)) {
				continue;
			}
			List<T> group = new ArrayList<>(List.of(item));
			boolean grew = true;
			while (grew) {
				grew = false;
				for (T other : items) {
					if (!placed.contains(other) && !group.contains(other)
							&& group.stream().anyMatch(member -> areSiblings(card.apply(member), card.apply(other)))) {
						group.add(other);
						grew = true;
					}
				}
			}
			placed.addAll(group);
			if (group.size() > 1) {
				groups.add(group);
			}
		}
		return groups;
	}

	private static boolean tells(String prompt, String answer) {
		String plainAnswer = answer.strip().toLowerCase(Locale.ROOT);
		if (plainAnswer.length() < SHORTEST_TELLING_ANSWER) {
			return false;
		}
		String words = NOT_A_WORD.matcher(plainAnswer).replaceAll(" ").strip();
		String lowerPrompt = prompt.toLowerCase(Locale.ROOT);
		// most pairs compared (other facts of one sentence, for every card of the bank
		// when a study session opens) do not share the answer's first word: a plain
		// search settles them without rewriting the prompt
		int space = words.indexOf(' ');
		if (!words.isEmpty() && !lowerPrompt.contains((space < 0) ? words : words.substring(0, space))) {
			return false;
		}
		String plainPrompt = " " + NOT_A_WORD.matcher(lowerPrompt).replaceAll(" ") + " ";
		return plainPrompt.contains(" " + words + " ");
	}

}
