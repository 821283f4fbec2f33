package app.quarry.decks;

import app.quarry.account.LearnerId;
import app.quarry.account.AccountService;
import app.quarry.corpus.CorpusService;
import app.quarry.corpus.StoredDocument;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The learner a deck call acts for, and the decks that are theirs. */
@Component
class SignedInLearner {

	private final AccountService accounts;

	private final CorpusService corpus;

	SignedInLearner(AccountService accounts, CorpusService corpus) {
		this.accounts = accounts;
		this.corpus = corpus;
	}

	/** The signed-in learner's account id. */
	LearnerId id() {
		return this.accounts.current().orElseThrow(() -> new AccessDeniedException("Log in to use your decks.")).id();
	}

	/**
	 * The learner's deck with this id; refused, as if missing, when it is someone else's.
	 */
	StoredDocument deck(String deckId) {
		long owner = id().value();
		return this.corpus.find(deckId)
			.filter(d -> d.ownerId() != null && d.ownerId() == owner)
			.orElseThrow(() -> new IllegalArgumentException("You have no deck " + deckId + "."));
	}

}
