package app.quarry.bank;

import java.util.Comparator;
import java.util.List;

/**
 * The whole question bank as written to {@code questions/bank.json}: documents sorted by
 * id and questions sorted by id, so that the same content always has the same order.
 */
public record Bank(List<BankDocument> documents, List<BankQuestion> questions) {

	/** The value of the file's {@code format} field. */
	public static final String FORMAT = "quarry-bank/1";

	public Bank {
		documents = documents.stream().sorted(Comparator.comparing(BankDocument::id)).toList();
		questions = questions.stream().sorted(Comparator.comparing(BankQuestion::id)).toList();
	}

}
