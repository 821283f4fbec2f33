package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.DocumentAnalysis;

/**
 * The people a document's pronouns stand for, where a reader can tell: "He said ..."
 * after a sentence about Steve Jobs is Steve Jobs. A question shows one sentence, not the
 * text before it, so the sentence is told with the name in place of the pronoun. Only a
 * pronoun whose person was named shortly before, with no one else of the same gender
 * named in between, is resolved: a wrong name would make a false statement, an unresolved
 * pronoun only a vaguer one.
 */
public final class Referents {

	/** How many sentences back the person must have been named. */
	private static final int WINDOW = 2;

	/** A document without resolved pronouns. */
	public static final Referents NONE = new Referents(List.of());

	private final List<Referent> referents;

	private Referents(List<Referent> referents) {
		this.referents = List.copyOf(referents);
	}

	/**
	 * One pronoun and the person's name to tell it with: "Steve Jobs" for "He" or "he",
	 * "Steve Jobs's" for "his".
	 */
	public record Referent(int start, int end, String pronoun, String name) {

		/** The words to write instead of the pronoun. */
		public String replacement() {
			return this.pronoun.equalsIgnoreCase("his") ? this.name + (this.name.endsWith("s") ? "'" : "'s")
					: this.name;
		}

	}

	public static Referents of(DocumentText document) {
		return of(new DocumentAnalysis(document, null));
	}

	/** The pronouns of a document whose analysis may already know its people. */
	public static Referents of(DocumentAnalysis document) {
		DocumentPeople people = DocumentPeople.of(document);
		List<Referent> found = new ArrayList<>();
		List<Mention> mentions = people.mentions;
		for (int i = 0; i < mentions.size(); i++) {
			Mention mention = mentions.get(i);
			if (mention.kind != Mention.Kind.PRONOUN || mention.person == null || mention.inQuote
					|| mention.unclearReferent || !resolvable(mention)) {
				continue;
			}
			String name = mention.person.name();
			app.quarry.corpus.Sentence sentence = document.document().sentenceAt(mention.start);
			if (sentence != null && DescribedRivals.describedBetween(document.document().text(),
					Math.max(sentence.start(), lastNamed(mentions, i)), mention.start)) {
				continue; // "the assailant ... he": the pronoun may stand for the one
							// described
			}
			if (name != null && namedUnambiguously(mentions, i)) {
				found.add(new Referent(mention.start, mention.end, mention.surface, name));
			}
		}
		return new Referents(found);
	}

	/** Where the pronoun's person was last named before it, or 0. */
	private static int lastNamed(List<Mention> mentions, int pronounIndex) {
		Mention pronoun = mentions.get(pronounIndex);
		for (int j = pronounIndex - 1; j >= 0; j--) {
			Mention earlier = mentions.get(j);
			if (earlier.person == pronoun.person && earlier.kind == Mention.Kind.NAME) {
				return earlier.end;
			}
		}
		return 0;
	}

	/**
	 * "he", "she", "him", "his": "her" may be an object or a possessive, and which one
	 * decides the words written instead.
	 */
	private static boolean resolvable(Mention pronoun) {
		String lower = pronoun.surface.toLowerCase(Locale.ROOT);
		return lower.equals("he") || lower.equals("she") || lower.equals("him") || lower.equals("his");
	}

	/**
	 * The pronoun's person was named within the window before it, and no other person of
	 * a compatible gender was named or referred to after that.
	 */
	private static boolean namedUnambiguously(List<Mention> mentions, int pronounIndex) {
		return unrivalled(mentions, pronounIndex, false);
	}

	/**
	 * No other person of a compatible gender was named within the window before the
	 * pronoun, since its own person was last named. With {@code lenient}: since its
	 * person was last mentioned in any way ("He was born ... his father Philip II ... He
	 * spent ..."), a name in quotation marks is no rival, and a window that ends first
	 * counts as unrivalled (a biography names its subject once, far back).
	 */
	static boolean unrivalled(List<Mention> mentions, int pronounIndex, boolean lenient) {
		Mention pronoun = mentions.get(pronounIndex);
		for (int j = pronounIndex - 1; j >= 0; j--) {
			Mention earlier = mentions.get(j);
			if (earlier.sentence < pronoun.sentence - WINDOW) {
				return lenient;
			}
			if (earlier.person == pronoun.person) {
				if (earlier.kind == Mention.Kind.NAME || lenient) {
					return true;
				}
				continue;
			}
			// a name in quotation marks is mostly how the person is known ("Georges
			// Cuvier") when a role is read, not someone else
			boolean rival = earlier.kind == Mention.Kind.NAME && !earlier.byline && earlier.person != null
					&& earlier.person.gender.agreesWith(pronoun.gender) && !(lenient && earlier.inQuote);
			if (rival) {
				return false;
			}
		}
		return lenient;
	}

	/** The resolved pronouns that stand inside [start, end), in order. */
	public List<Referent> within(int start, int end) {
		// referents are in document order: find the first at or after start, then read on
		int low = 0;
		int high = this.referents.size();
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (this.referents.get(mid).start < start) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		List<Referent> inside = new ArrayList<>();
		for (int i = low; i < this.referents.size() && this.referents.get(i).end <= end; i++) {
			inside.add(this.referents.get(i));
		}
		return inside;
	}

}
