package app.quarry.decks.exchange;

import app.quarry.base.PureCore;
import java.util.ArrayList;
import java.util.List;

/**
 * Quizlet's export text: term and definition separated by a chosen string (tab, comma or
 * custom), cards separated by another (newline, semicolon or custom). The format has no
 * escaping, so on writing a separator inside a term or definition becomes a space; a
 * cloze note is written with its {@code {{cN::...}}} markup as the term.
 */
@PureCore
public final class QuizletText {

	/** The two separators; Quizlet's defaults are a tab and a newline. */
	public record Separators(String betweenTermAndDefinition, String betweenCards) {

		public static final Separators DEFAULT = new Separators("\t", "\n");

		public Separators {
			if (betweenTermAndDefinition.isEmpty() || betweenCards.isEmpty()) {
				throw new IllegalArgumentException("Choose both separators (they cannot be empty).");
			}
			if (betweenTermAndDefinition.equals(betweenCards)) {
				throw new IllegalArgumentException("The two separators must differ.");
			}
		}

	}

	private QuizletText() {
	}

	public static String write(List<PortableCard> cards, Separators separators) {
		StringBuilder out = new StringBuilder();
		for (Notes.Note note : Notes.of(cards)) {
			if (!out.isEmpty()) {
				out.append(separators.betweenCards());
			}
			out.append(clean(note.front(), separators))
				.append(separators.betweenTermAndDefinition())
				.append(clean(note.back(), separators));
		}
		return out.toString();
	}

	public static ImportedDeck read(String text, Separators separators) throws DeckFormatException {
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		String cardSeparator = separators.betweenCards();
		if (cardSeparator.equals("\n")) {
			body = body.replace("\r\n", "\n");
		}
		List<PortableCard> cards = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		int number = 0;
		for (String entry : body.split(java.util.regex.Pattern.quote(cardSeparator), -1)) {
			if (entry.isBlank()) {
				continue;
			}
			number++;
			int at = entry.indexOf(separators.betweenTermAndDefinition());
			String term = (at < 0 ? entry : entry.substring(0, at)).strip();
			String definition = (at < 0) ? ""
					: entry.substring(at + separators.betweenTermAndDefinition().length()).strip();
			if (term.isEmpty() || definition.isEmpty() && !Cloze.isCloze(term)) {
				skipped.add("card " + number + ": " + (at < 0 ? "no separator between term and definition"
						: term.isEmpty() ? "the term is empty" : "the definition is empty"));
				continue;
			}
			cards.addAll(PortableCard.ofNote(term, definition));
		}
		if (cards.isEmpty()) {
			throw new DeckFormatException("No cards found: check the separators between term and definition "
					+ "and between cards match the ones chosen when exporting from Quizlet.");
		}
		return new ImportedDeck("", cards, skipped);
	}

	private static String clean(String text, Separators separators) {
		String out = text.replace(separators.betweenCards(), " ").replace(separators.betweenTermAndDefinition(), " ");
		return out.replace("\r", " ").replace("\n", " ");
	}

}
