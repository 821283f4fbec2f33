package app.quarry.generation;

import app.quarry.bank.Bank;
import app.quarry.bank.BankQuestion;
import app.quarry.bank.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * The questions of one added document, taken from a bank generated over the whole corpus
 * (so distractors and canonical names come from every document) and given ids of their
 * own: {@code u-} and 12 hex digits of a hash of the document id and the question's bank
 * id. The committed bank's ids all start with {@code q-}, so a draft can never take the
 * id of a committed question, and the same document gives the same ids when generated
 * again (a resumed job adds nothing twice).
 */
public final class DocumentDrafts {

	private DocumentDrafts() {
	}

	/**
	 * One question of the document: the id the same question has in a bank of the corpus
	 * ({@code bankId}, to tell whether the bank already asks it) and the draft.
	 */
	public record Draft(String bankId, BankQuestion question) {

	}

	/** The questions with a source in {@code documentId}, by bank id. */
	public static List<Draft> of(Bank bank, String documentId) {
		List<Draft> drafts = new ArrayList<>();
		for (BankQuestion q : bank.questions()) {
			List<Source> own = q.sources().stream().filter(s -> s.document().equals(documentId)).toList();
			if (own.isEmpty()) {
				continue;
			}
			List<Source> sources = new ArrayList<>(own);
			q.sources().stream().filter(s -> !own.contains(s)).forEach(sources::add);
			drafts.add(new Draft(q.id(), new BankQuestion(draftId(documentId, q.id()), q.type(), q.format(), q.prompt(),
					q.answer(), q.value(), q.accepted(), q.options(), q.quote(), own.get(0), sources)));
		}
		return drafts;
	}

	/** The id of a draft from an added document. */
	public static String draftId(String documentId, String bankId) {
		return "u-" + StableChoice.sha256Hex(documentId + "|" + bankId).substring(0, 12);
	}

}
