package app.quarry.bank;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * A list of wordings an attempt keeps one per line in a column of {@code max} characters:
 * no wording may hold a line break (it would come back as two), and all of them, one per
 * line, must fit.
 */
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OnePerLine.Check.class)
public @interface OnePerLine {

	int max();

	String message() default "must be one line each and at most {max} characters together";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks a list of wordings against {@link OnePerLine}. */
	class Check implements ConstraintValidator<OnePerLine, List<String>> {

		private int max;

		@Override
		public void initialize(OnePerLine annotation) {
			this.max = annotation.max();
		}

		@Override
		public boolean isValid(List<String> wordings, ConstraintValidatorContext context) {
			if (wordings == null) {
				return true;
			}
			return wordings.stream().noneMatch(w -> w.indexOf('\n') >= 0 || w.indexOf('\r') >= 0)
					&& String.join("\n", wordings).length() <= this.max;
		}

	}

}
