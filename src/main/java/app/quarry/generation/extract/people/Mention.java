package app.quarry.generation.extract.people;

/**
 * One place where a document refers to a person: by name, by pronoun or by description.
 * Filled in two steps (found, then resolved), hence mutable; it never leaves the package.
 */
final class Mention {

	enum Kind {

		NAME, PRONOUN, DESCRIPTION

	}

	final Kind kind;

	/** First and last token (exclusive) of the name, pronoun or description. */
	final int firstToken;

	final int endToken;

	final int start;

	final int end;

	final String surface;

	/**
	 * Where the phrase with its title or role prefix starts ("US President Donald
	 * Trump").
	 */
	int phraseStartToken;

	String role;

	/**
	 * A doctor's title before the name ("Dr. Jane Roe"): a role only when the document
	 * gives the person no other.
	 */
	String doctorTitle;

	/** The apposition after the name, when there is one. */
	String appositionRole;

	/** The last token (exclusive) of an apposition following the name, or endToken. */
	int appositionEndToken;

	boolean possessive;

	/**
	 * The "his" or "her" that owns a role set off before the name ("his predecessor,
	 * Arroyo"), or -1.
	 */
	int ownerToken = -1;

	boolean embedded;

	boolean subject;

	boolean inQuote;

	boolean byline;

	boolean titled;

	/**
	 * A lone title word ("King"): a name only where a person of the document bears it.
	 */
	boolean surnameOnlyIfKnown;

	/**
	 * A surname two people of the document share, used alone where the text does not make
	 * plain which of them it means: its person is a guess, no speaker of a quote.
	 */
	boolean unclearSurname;

	/**
	 * "he" or "she" after another person of that gender was named since the one chosen:
	 * its person is a guess, no speaker of a quote.
	 */
	boolean unclearReferent;

	Gender gender = Gender.UNKNOWN;

	int sentence;

	/**
	 * The person of the document this mention refers to, once resolved; null if
	 * unresolved.
	 */
	LocalPerson person;

	Mention(Kind kind, int firstToken, int endToken, int start, int end, String surface) {
		this.kind = kind;
		this.firstToken = firstToken;
		this.endToken = endToken;
		this.start = start;
		this.end = end;
		this.surface = surface;
		this.phraseStartToken = firstToken;
		this.appositionEndToken = endToken;
	}

	boolean multiWordName() {
		return this.kind == Kind.NAME && this.surface.indexOf(' ') > 0;
	}

	@Override
	public String toString() {
		return this.kind + ":" + this.surface + "@" + this.start + "->"
				+ (this.person == null ? null : this.person.name()) + (this.subject ? " S" : "")
				+ (this.embedded ? " E" : "") + (this.role != null ? " [" + this.role + "]" : "");
	}

}
