package app.quarry.decks;

import app.quarry.bank.BankQuestion;
import app.quarry.bank.QuestionFormat;
import app.quarry.bank.Source;
import app.quarry.base.PureCore;
import app.quarry.decks.exchange.Cloze;
import app.quarry.decks.exchange.PortableCard;
import java.util.List;

/**
 * Portable cards as questions of a private deck and back. A basic card is a flashcard
 * (type {@code card}); a cloze card is a cloze question whose source sentence is the note
 * text with its {@code {{cN::...}}} markup, so the note can be written out again. Any
 * other question (a generated one, or a cloze card edited since) leaves as a basic card:
 * its prompt and answer.
 */
@PureCore
public final class DeckCards {

	/** The question type of cards written or imported rather than generated. */
	public static final String TYPE = "card";

	private DeckCards() {
	}

	/** The line a note takes in its deck's text, which its cards point back at. */
	public static String line(PortableCard card) {
		String line = (card.kind() == PortableCard.Kind.CLOZE) ? card.front() : card.front() + " \u2014 " + card.back();
		return line.replace('\n', ' ').replace('\r', ' ');
	}

	public static BankQuestion question(String id, PortableCard card, Source source) {
		if (card.kind() == PortableCard.Kind.CLOZE) {
			String answer = Cloze.answer(card.front(), card.ordinal());
			return new BankQuestion(id, TYPE, QuestionFormat.CLOZE.bankName(),
					Cloze.prompt(card.front(), card.ordinal()), answer, answer, List.of(answer), List.of(),
					card.back().isBlank() ? null : card.back(), source, List.of(source));
		}
		return new BankQuestion(id, TYPE, QuestionFormat.FLASHCARD.bankName(), card.front(), card.back(), card.back(),
				List.of(card.back()), List.of(), null, source, List.of(source));
	}

	public static PortableCard portable(BankQuestion q) {
		String note = q.source().sentence();
		if (TYPE.equals(q.type()) && QuestionFormat.CLOZE.names(q.format())) {
			for (int n : Cloze.ordinals(note)) {
				if (Cloze.prompt(note, n).equals(q.prompt()) && Cloze.answer(note, n).equals(q.answer())) {
					return PortableCard.cloze(note, q.quote() == null ? "" : q.quote(), n);
				}
			}
		}
		return PortableCard.basic(q.prompt(), q.answer());
	}

}
