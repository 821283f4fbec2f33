package app.quarry.generation.extract.people;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whose role a possessive role is: "Her husband Pierre Roe" is not "husband" but "Marie
 * Roe's husband", "her daughter Irène and son-in-law Frédéric" makes Frédéric her
 * son-in-law too, and "Jane Roe leaves behind a son, Mark Roe" makes Mark her son.
 */
final class RoleOwners {

	private static final Set<String> OWNERS = NameLexicon.words("his", "her");

	private final List<Mention> mentions;

	private final Map<Integer, Mention> pronounAt;

	private final DocumentTokens doc;

	RoleOwners(DocumentTokens doc, List<Mention> mentions, Map<Integer, Mention> pronounAt) {
		this.doc = doc;
		this.mentions = mentions;
		this.pronounAt = pronounAt;
	}

	/**
	 * The role of a resolved name with the person the determiner before it stands for in
	 * front ("Marie Roe's husband"); the role as it was when nothing owns it, and null
	 * when its owner is no one the text names.
	 */
	String withOwner(Mention name) {
		int before = name.ownerToken >= 0 ? name.ownerToken : name.phraseStartToken - 1;
		if (name.role == null || name.ownerToken < 0 && (name.phraseStartToken == name.firstToken || before < 0
				|| this.doc.boundaryBefore(name.phraseStartToken))) {
			return name.role;
		}
		Mention determiner = this.pronounAt.containsKey(before) ? this.pronounAt.get(before)
				: name.ownerToken >= 0 ? subjectOwning(name) : ownerOfCoordinated(before);
		if (determiner == null && name.ownerToken < 0) {
			// "Tom Hale was charged with attacking cellmate Dan Brodie": no determiner,
			// and the relation's other end is the sentence's subject
			determiner = RelationsOwnedBySubject.owner(this.doc, this.mentions, name);
		}
		if (determiner == null
				|| determiner.kind == Mention.Kind.PRONOUN
						&& !OWNERS.contains(determiner.surface.toLowerCase(java.util.Locale.ROOT))
				|| determiner.person == null || determiner.person == name.person || !determiner.person.fullName()
				|| determiner.kind == Mention.Kind.PRONOUN
						&& (rivalNounBefore(determiner) || rivalNamedAround(determiner))) {
			// "his predecessor" of no one the text names is no role to ask
			return name.ownerToken >= 0 ? null : name.role;
		}
		if (determiner.kind == Mention.Kind.PRONOUN) {
			// "a gunman named Tom Roe shot his father Ivo": the sentence's own man
			Mention[] rival = new Mention[1];
			OwnersNamedInTheSentence.Reading reading = OwnersNamedInTheSentence.read(this.doc, this.mentions,
					determiner, name, rival);
			if (reading == OwnersNamedInTheSentence.Reading.UNSURE) {
				return name.ownerToken >= 0 ? null : name.role;
			}
			determiner = reading == OwnersNamedInTheSentence.Reading.CHANGED ? rival[0] : determiner;
		}
		// an owner whose gender the text showed: a place or a firm is no "her"
		String owner = determiner.person.name();
		return owner + (owner.endsWith("s") ? "' " : "'s ") + name.role;
	}

	/**
	 * "revoke the boy's parole if his great-uncle, Tom Roe,": a noun for someone of the
	 * pronoun's gender ("boy", "mother") stands between the pronoun and the last mention
	 * of the person it was read as, and may be whom it stands for.
	 */
	private boolean rivalNounBefore(Mention pronoun) {
		Set<String> rivals = pronoun.surface.equalsIgnoreCase("his") ? NameLexicon.MALE_WORDS
				: NameLexicon.FEMALE_WORDS;
		int from = 0;
		for (Mention earlier : this.mentions) {
			if (earlier.endToken <= pronoun.firstToken && earlier.person == pronoun.person) {
				from = Math.max(from, earlier.endToken);
			}
		}
		for (int t = from; t < pronoun.firstToken; t++) {
			if (rivals.contains(this.doc.get(t).lower())) {
				return true;
			}
		}
		// "a request from Tom Roe to shift Mara's custody from his uncle": an owner
		// named since in the same sentence, not of the other gender, may be whom "his"
		// stands for
		Gender other = pronoun.gender == Gender.MALE ? Gender.FEMALE : Gender.MALE;
		int sentence = this.doc.sentence[pronoun.firstToken];
		for (Mention between : this.mentions) {
			if (between.kind == Mention.Kind.NAME && between.possessive && between.firstToken >= from
					&& this.doc.sentence[between.firstToken] == sentence && between.firstToken < pronoun.firstToken
					&& between.person != null && between.person != pronoun.person && between.person.gender != other) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "Tom Roe died on Monday. His brother, Jim Roe, said ... His partner, Ann Lee,
	 * said": once the person "his" was read as was named a sentence or more before,
	 * another of that gender named just before them, or since, may as well be whom it
	 * stands for.
	 */
	private boolean rivalNamedAround(Mention pronoun) {
		int at = this.doc.sentence[pronoun.firstToken];
		int last = -1;
		for (Mention earlier : this.mentions) {
			if (earlier.endToken <= pronoun.firstToken && earlier.person == pronoun.person) {
				last = Math.max(last, this.doc.sentence[earlier.firstToken]);
			}
		}
		if (last < 0 || at - last <= 1) {
			return false;
		}
		for (Mention other : this.mentions) {
			int sentence = this.doc.sentence[other.firstToken];
			if (other.kind == Mention.Kind.NAME && sentence >= last - 1 && other.firstToken < pronoun.firstToken
					&& other.person != null && other.person != pronoun.person && other.person.fullName()
					&& pronoun.gender != Gender.UNKNOWN && OwnersNamedInTheSentence.genderOf(other) == pronoun.gender) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "her daughter Irène Roe and son-in-law Frédéric Roe": the determiner that owns the
	 * role of the name before "and" owns this one too.
	 */
	private Mention ownerOfCoordinated(int and) {
		if (and < 1 || !this.doc.get(and).lower().equals("and")) {
			return null;
		}
		for (Mention previous : this.mentions) {
			if (previous.kind == Mention.Kind.NAME && previous.endToken == and && previous.role != null
					&& previous.phraseStartToken < previous.firstToken) {
				return this.pronounAt.get(previous.phraseStartToken - 1);
			}
		}
		return null;
	}

	/**
	 * "Jane Roe leaves behind a son, Mark Roe": the name that opens the sentence, its
	 * verb the only words between it and the relative.
	 */
	private Mention subjectOwning(Mention relative) {
		for (Mention subject : this.mentions) {
			if (subject.kind != Mention.Kind.NAME || subject.phraseStartToken != relative.ownerToken
					|| subject.person == null) {
				continue;
			}
			for (int t = subject.endToken; t < relative.phraseStartToken - 3; t++) {
				Token token = this.doc.get(t);
				if (!token.word() || token.capitalized()) {
					return null;
				}
			}
			return relative.phraseStartToken - 3 - subject.endToken <= 3 ? subject : null;
		}
		return null;
	}

}
