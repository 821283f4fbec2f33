package app.quarry.study.ui;

import app.quarry.bank.QuestionFormat;
import app.quarry.bank.grading.Verdict;
import app.quarry.base.ui.ShortcutHelp;
import app.quarry.study.Feedback;
import app.quarry.study.Rating;
import app.quarry.study.ShownCard;
import java.util.Locale;
import java.util.Optional;

/**
 * What each study key does on the {@link StudyView}, by the stage of the card shown and
 * its format; {@link StudyKeys} decides which key presses reach it.
 */
final class StudyKeyActions implements StudyKeys.Handler {

	private final StudyView view;

	StudyKeyActions(StudyView view) {
		this.view = view;
	}

	/** Lists the keys in the page's shortcut overlay. */
	static void describe(StudyView view) {
		ShortcutHelp.register(view, "Space", "Show a flashcard's answer; continue after answering");
		ShortcutHelp.register(view, "Enter", "Check a typed answer; continue after answering");
		ShortcutHelp.register(view, "1 – 4", "Pick an option; after answering: rate again, hard, good, easy");
		ShortcutHelp.register(view, "T / F", "Answer true or false");
		ShortcutHelp.register(view, "A", "Count an “almost” answer as right");
		ShortcutHelp.register(view, "U / Ctrl + Z", "Undo the last answer");
		ShortcutHelp.register(view, "S", "Suspend the card (it leaves your queue)");
		ShortcutHelp.register(view, "!", "Flag the card as a bad question");
		ShortcutHelp.register(view, "E", "Edit the card's question, where you may");
	}

	@Override
	public void key(String key) {
		if (controlKey(key.toLowerCase(Locale.ROOT))) {
			return;
		}
		Optional<ShownCard> card = this.view.session().current();
		if (card.isEmpty()) {
			return;
		}
		QuestionFormat format = card.get().card().format();
		String lower = key.toLowerCase(Locale.ROOT);
		switch (this.view.session().stage()) {
			case QUESTION -> {
				if (format == QuestionFormat.FLASHCARD && (lower.equals(" ") || lower.equals("enter"))) {
					this.view.reveal();
				}
				else if (format.hasOptions() && lower.matches("[1-4]")) {
					int position = Integer.parseInt(lower) - 1;
					if (position < card.get().options().size()) {
						this.view.choose(position);
					}
				}
				else if (format == QuestionFormat.TRUE_FALSE && (lower.equals("t") || lower.equals("f"))) {
					this.view.choose(card.get().options().indexOf(lower.equals("t") ? "True" : "False"));
				}
			}
			case FEEDBACK -> {
				if (lower.matches("[1-4]")) {
					this.view.rate(Rating.ofNumber(Integer.parseInt(lower)));
				}
				else if (lower.equals("a") && canAcceptAlmost()) {
					this.view.acceptAlmost();
				}
				else if (lower.equals(" ") || lower.equals("enter")) {
					if (format == QuestionFormat.FLASHCARD
							&& this.view.session().feedback().orElseThrow().rating().isEmpty()) {
						this.view.rate(Rating.GOOD);
					}
					else {
						this.view.next();
					}
				}
			}
			case FINISHED -> {
			}
		}
	}

	/** Undo (U, or Z with Ctrl), suspend (S), flag (!) and edit (E), at any stage. */
	private boolean controlKey(String key) {
		switch (key) {
			case "u", "z" -> this.view.undo();
			case "s" -> this.view.suspend();
			case "!" -> this.view.flag();
			case "e" -> this.view.edit();
			default -> {
				return false;
			}
		}
		return true;
	}

	private boolean canAcceptAlmost() {
		Feedback current = this.view.session().feedback().orElseThrow();
		return current.verdict() == Verdict.ALMOST && !current.almostAccepted();
	}

}
