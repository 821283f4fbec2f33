package app.quarry.decks;

import app.quarry.account.Account;
import app.quarry.bank.QuestionId;
import app.quarry.bank.PersonalBank;
import app.quarry.study.CardEditor;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The owner of a private deck edits its cards on the deck's page, opened on the card;
 * asked before the bank's editor, so a teacher's own cards open there too, never in the
 * shared question editor (which does not show them).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DeckCardEditor implements CardEditor {

	private final PersonalBank bank;

	DeckCardEditor(PersonalBank bank) {
		this.bank = bank;
	}

	@Override
	public Optional<String> editorRoute(Account who, String questionId) {
		return this.bank.find(who.id(), QuestionId.of(questionId))
			.map(card -> "decks/" + card.question().source().document() + "/" + questionId);
	}

}
