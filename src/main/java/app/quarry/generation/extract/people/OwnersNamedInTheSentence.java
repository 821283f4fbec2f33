package app.quarry.generation.extract.people;

import java.util.List;

/**
 * Whom "his" or "her" before a relative stands for when the sentence itself names someone
 * of that gender before it: "On Monday a gunman named Tom Roe shot his father Ivo" is Tom
 * Roe's father, whoever the sentence before was about. Kept apart from
 * {@link RoleOwners}, which reads the pronoun as the text's people are followed across
 * sentences.
 */
final class OwnersNamedInTheSentence {

	/** What the sentence says of the owner the pronoun was read as. */
	enum Reading {

		/** No one else of the pronoun's gender is named in the sentence before it. */
		KEPT,

		/** The one person of its gender the sentence names before it is the owner. */
		CHANGED,

		/** The owner read and someone else of its gender both stand before it. */
		UNSURE

	}

	private OwnersNamedInTheSentence() {
	}

	/**
	 * The gender the text showed for a named person, else the one their given name has.
	 */
	static Gender genderOf(Mention name) {
		return name.person.gender != Gender.UNKNOWN ? name.person.gender
				: GivenNames.recordedSex(name.surface.split(" ")[0].toLowerCase(java.util.Locale.ROOT));
	}

	/**
	 * How the sentence of {@code pronoun} reads its owner; {@code rival} receives the
	 * owner the sentence names instead, when the reading is {@link Reading#CHANGED}.
	 */
	static Reading read(DocumentTokens doc, List<Mention> mentions, Mention pronoun, Mention relative,
			Mention[] rival) {
		int sentence = doc.sentence[pronoun.firstToken];
		boolean ownerHere = false;
		Mention other = null;
		int others = 0;
		for (Mention named : mentions) {
			if (named.kind != Mention.Kind.NAME || named.firstToken >= pronoun.firstToken
					|| doc.sentence[named.firstToken] != sentence || named.person == null
					|| named.person == relative.person) {
				continue;
			}
			if (named.person == pronoun.person) {
				ownerHere = true;
				other = null; // only names after the owner's last mention compete with it
				others = 0;
				continue;
			}
			if (pronoun.gender != Gender.UNKNOWN && genderOf(named) == pronoun.gender) {
				if (other == null || other.person != named.person) {
					others++;
				}
				other = named;
			}
		}
		if (others == 0) {
			return Reading.KEPT;
		}
		if (ownerHere || others > 1 || !other.person.fullName()) {
			return Reading.UNSURE;
		}
		rival[0] = other;
		return Reading.CHANGED;
	}

}
