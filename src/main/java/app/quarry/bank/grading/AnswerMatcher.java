package app.quarry.bank.grading;

import app.quarry.base.PureCore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Grades a typed response leniently against an {@link AnswerKey}.
 * <ol>
 * <li>The same words as the answer, its value or an accepted wording, ignoring case,
 * accents, punctuation, quote and dash styles and extra spaces: correct.</li>
 * <li>A date value (ISO 8601, {@link ValueKind#DATE}): the response is read as a date in
 * the usual English formats (see {@link DateReader}); the same date is correct; an
 * ambiguous numeric date that could be the answer, a less or more precise date, a day
 * inside a range answer or a date without its year are "almost".</li>
 * <li>An integer value: the response is read as a number in digits or words, cardinal or
 * ordinal; the same number is correct.</li>
 * <li>A known person's name: variants, titles, and a part of the name shared with no
 * other known person are correct; a part shared by several is "almost".</li>
 * <li>Otherwise a close misspelling (see {@link EditDistance#isCloseMisspelling}) of any
 * accepted wording is "almost"; numbers and dates are never "almost" by spelling, since
 * "28" is one keystroke from "27" and still wrong.</li>
 * </ol>
 */
@PureCore
public final class AnswerMatcher {

	private final NameMatcher names;

	/**
	 * @param knownPeople canonical names of every person the bank mentions, so that a
	 * surname is accepted only when it points at one person
	 */
	public AnswerMatcher(Collection<String> knownPeople) {
		this.names = new NameMatcher(knownPeople);
	}

	public Grade grade(AnswerKey key, String response) {
		if (response == null || TextNormalizer.words(response).isEmpty()) {
			return Grade.wrong("no answer given");
		}
		String typed = TextNormalizer.words(response);
		for (String wording : wordings(key)) {
			if (typed.equals(TextNormalizer.words(wording))) {
				return Grade.correct("the same as “" + wording + "”");
			}
		}
		if (key.kind() == ValueKind.DATE) {
			return DateComparison.grade(key, response);
		}
		if (key.kind() == ValueKind.NUMBER) {
			return number(key, response);
		}
		if (this.names.isKnownPerson(key.value())) {
			Optional<Grade> name = this.names.grade(key.value(), response);
			if (name.isPresent()) {
				return name.get();
			}
		}
		return spelling(key, typed);
	}

	private static Grade number(AnswerKey key, String response) {
		OptionalLong read = NumberWords.read(response);
		if (read.isEmpty()) {
			return Grade.wrong("not read as a number");
		}
		if (read.getAsLong() == Long.parseLong(key.value())) {
			return Grade.correct("read as " + read.getAsLong());
		}
		return Grade.wrong("read as " + read.getAsLong() + ", not " + key.value());
	}

	private static Grade spelling(AnswerKey key, String typed) {
		for (String wording : wordings(key)) {
			if (EditDistance.isCloseMisspelling(typed, TextNormalizer.words(wording))) {
				return Grade.almost("close to the spelling of “" + wording + "”");
			}
		}
		return Grade.wrong("does not match the answer");
	}

	static List<String> wordings(AnswerKey key) {
		List<String> wordings = new ArrayList<>();
		wordings.add(key.answer());
		wordings.add(key.value());
		wordings.addAll(key.accepted());
		return wordings;
	}

}
