package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person as one document knows them: the spellings used, the roles given, the gender
 * the text reveals.
 */
final class LocalPerson {

	final String key;

	/** The words the person is known by on their own: not "III" or "Macedon". */
	final String[] parts;

	private final boolean fullName;

	final Map<String, Integer> spellings = new LinkedHashMap<>();

	final List<String> roles = new ArrayList<>();

	Gender gender = Gender.UNKNOWN;

	/** Known only by a description ("the mayor of Leeds"), never by a name. */
	boolean described;

	int mentions;

	/**
	 * The text has written the name after an article ("the Nordic Phone"): a thing's name
	 * more likely than a person's.
	 */
	boolean namedAfterArticle;

	/**
	 * Given an age or a person's apposition before speaking ("Mirwani, 31, says"): a
	 * person, though the text tells neither gender nor role.
	 */
	boolean setOffAsPerson;

	/**
	 * Named in full and then again by one part of the name ("Tomas Zalewski … Zalewski
	 * said"): how a story goes on about a person, not about a thing with a two-word name.
	 */
	boolean calledBySurname;

	/** The text calls this person by the given name alone ("Tomas" for Tomas Ruiz). */
	boolean calledByGivenName;

	/**
	 * The text has called this person by the surname alone while another person of that
	 * surname was known ("Castro" for Raul Castro, with Fidel Castro named beside him).
	 */
	boolean calledBySharedSurname;

	/**
	 * Called by a given name after a ruler's title ("King Kassem"): no one whose surname
	 * that name is.
	 */
	boolean ruler;

	/**
	 * The ruler's title the text gives such a person ("King", "Crown Prince"), or the
	 * peer's title of one known by a single name ("Lord").
	 */
	String rulerTitle;

	/**
	 * The halves of a double surname ("Smith" and "Jones" for Mara Smith-Jones): a story
	 * may shorten it to either.
	 */
	private final List<String> surnameHalves;

	LocalPerson(String key, String firstSpelling) {
		this.key = key;
		String[] words = NameSuffix.knownBy(firstSpelling.trim().split("\\s+"));
		this.parts = NameKey.parts(String.join(" ", words));
		this.fullName = firstSpelling.trim().indexOf(' ') > 0;
		this.surnameHalves = this.fullName ? DoubleSurnames.halves(words[words.length - 1]) : List.of();
	}

	void addSpelling(String spelling) {
		this.spellings.merge(spelling, 1, Integer::sum);
		this.mentions++;
	}

	void addRole(String role) {
		if (role != null && !this.roles.contains(role)) {
			this.roles.add(role);
		}
	}

	/** The most frequent spelling; on a tie, the first one the document used. */
	String name() {
		String best = null;
		int bestCount = 0;
		for (Map.Entry<String, Integer> entry : this.spellings.entrySet()) {
			if (entry.getValue() > bestCount) {
				best = entry.getKey();
				bestCount = entry.getValue();
			}
		}
		return best;
	}

	/**
	 * Whether a name as written, perhaps not resolved to anyone yet, ends with this
	 * person's surname.
	 */
	boolean sharesSurnameWith(String spelling) {
		String[] spelled = NameKey.parts(spelling);
		return spelled.length > 0 && this.parts.length > 0
				&& spelled[spelled.length - 1].equals(this.parts[this.parts.length - 1]);
	}

	boolean hasPart(String partKey) {
		return this.parts[0].equals(partKey) || this.parts[this.parts.length - 1].equals(partKey)
				|| this.surnameHalves.contains(partKey);
	}

	boolean fullName() {
		return this.fullName;
	}

}
