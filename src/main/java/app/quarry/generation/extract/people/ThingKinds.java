package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Nouns for kinds of things that are neither made things ({@link ArtefactAppositions})
 * nor events: illnesses and substances, living kinds, bodies in the sky, systems of rules
 * or signs, written and recorded works, and laws. As the head of a description they show
 * that a name which shows nothing of itself ("Veltrin, a rare liver disease", "Tarsus is
 * an M-type asteroid") stands for a thing and not for a person: no person is described as
 * a disease, an asteroid or a hash function. Nouns that also name people ("star",
 * "comic", "act", "single") are left out.
 */
final class ThingKinds {

	private static final Set<String> KINDS = NameLexicon.words(
			// illnesses, substances and what the body makes
			"disease", "illness", "infection", "virus", "bacterium", "parasite", "fungus", "disorder", "syndrome",
			"cancer", "tumour", "tumor", "hormone", "neurotransmitter", "enzyme", "protein", "molecule", "compound",
			"chemical", "toxin", "poison", "venom", "substance", "mineral", "metal", "element", "acid", "vitamin",
			"antibiotic", "painkiller", "sedative", "stimulant", "steroid", "narcotic", "opioid", "pesticide",
			"herbicide", "fertiliser", "fertilizer", "alloy",
			// living kinds
			"species", "subspecies", "genus", "predator", "animal", "mammal", "reptile", "amphibian", "bird", "fish",
			"insect", "plant", "tree", "shrub", "flower", "crop", "breed", "shark", "whale", "dolphin", "snake",
			"lizard", "frog", "spider", "beetle", "dinosaur", "fossil", "microbe", "organism", "primate",
			// bodies in the sky
			"planet", "exoplanet", "asteroid", "comet", "galaxy", "meteorite", "nebula", "constellation",
			// systems of rules, signs or belief
			"algorithm", "function", "cipher", "standard", "language", "dialect", "religion", "faith", "sport",
			"technique", "method", "theory", "doctrine", "ideology", "currency", "cryptocurrency", "script",
			// works
			"novel", "album", "song", "film", "movie", "documentary", "musical", "opera", "poem", "painting",
			"sculpture", "sitcom", "journal", "periodical", "publication", "anthology", "manga", "videogame",
			// laws
			"law", "treaty", "ruling", "amendment", "directive", "regulation", "statute", "ordinance");

	private ThingKinds() {
	}

	/** Whether {@code head} names a kind of thing no person is. */
	static boolean kind(String head) {
		return KINDS.contains(head);
	}

}
