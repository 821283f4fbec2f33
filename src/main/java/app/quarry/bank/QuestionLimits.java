package app.quarry.bank;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.List;

/**
 * The longest text each field of a question may hold, declared once. The constraints on
 * {@link BankQuestion} and {@link Source} use these numbers, the forms and the imports
 * check questions with {@link #problems}, and the columns that store a question (the
 * question, its versions and the copy an attempt keeps, widened by V11) hold exactly this
 * much, so a question the editor or an import accepted can always be started in a quiz.
 */
public final class QuestionLimits {

	public static final int ID = 40;

	public static final int TYPE = 20;

	public static final int FORMAT = 20;

	public static final int PROMPT = 4000;

	/**
	 * The answer, its normalized value, each accepted wording, each option and a
	 * student's typed response.
	 */
	public static final int ANSWER = 2000;

	/**
	 * The accepted wordings, or the options, of one question together: an attempt keeps
	 * them one per line in a column of this size.
	 */
	public static final int ANSWER_LINES = 4000;

	public static final int QUOTE = 4000;

	public static final int SENTENCE = 4000;

	public static final int DOCUMENT_ID = 200;

	private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

	private static final Validator VALIDATOR = FACTORY.getValidator();

	private QuestionLimits() {
	}

	/**
	 * What is wrong with this question, one entry per field in words a teacher can act on
	 * ({@code prompt: must be at most 4000 characters (it has 4512)}); empty when it
	 * fits.
	 */
	public static List<String> problems(BankQuestion question) {
		return VALIDATOR.validate(question)
			.stream()
			.sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
			.map(QuestionLimits::describe)
			.toList();
	}

	private static String describe(ConstraintViolation<BankQuestion> violation) {
		String field = violation.getPropertyPath().toString().replace(".<list element>", "");
		boolean size = violation.getConstraintDescriptor().getAnnotation() instanceof Size;
		String found = (size && violation.getInvalidValue() instanceof String text) ? " (it has " + text.length() + ")"
				: "";
		return field + ": " + violation.getMessage() + found;
	}

}
