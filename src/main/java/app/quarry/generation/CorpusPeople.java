package app.quarry.generation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import app.quarry.generation.extract.people.RulersByGivenName;

/**
 * The people of a corpus as wrong answers and as a check on right ones: who else holds a
 * role, who else bears a name. Every question ranks the whole corpus' people by a hash of
 * its sentence, so that part stays a pass over an array; what looks for words (roles,
 * names) goes through indexes by word instead of comparing every person's strings.
 */
final class CorpusPeople {

	/** People by key (normalized name without spaces), in key order. */
	private final TreeMap<String, PoolPerson> byKey = new TreeMap<>();

	private PoolPerson[] ordered = new PoolPerson[0];

	/** People by a word of one of their normalized roles. */
	private final Map<String, List<PoolPerson>> byRoleWord = new HashMap<>();

	/** People by a word of one of their roles without its article. */
	private final Map<String, List<PoolPerson>> byArticlelessRoleWord = new HashMap<>();

	/** People by a word of their normalized name. */
	private final Map<String, List<PoolPerson>> byNameWord = new HashMap<>();

	void add(String name, String role) {
		PoolPerson person = this.byKey.computeIfAbsent(DistractorPool.key(name), k -> new PoolPerson(name));
		if (role != null && !role.isBlank()) {
			person.addRole(role);
		}
	}

	/** Who said something somewhere in the corpus: people, as nothing else speaks. */
	void addSpeaker(String name) {
		// "King Kassem" is the "Kassem" the people found: one person, not two of a name
		String known = RulersByGivenName.withoutTitle(name);
		this.byKey.computeIfAbsent(DistractorPool.key(known), k -> new PoolPerson(name)).speaks = true;
	}

	/** Builds the order and the indexes, once every person is added. */
	void index() {
		this.ordered = this.byKey.values().toArray(PoolPerson[]::new);
		for (int i = 0; i < this.ordered.length; i++) {
			PoolPerson p = this.ordered[i];
			p.ordinal = i;
			WordIndex.add(this.byNameWord, p.normalized, p);
			p.normalizedRoles.forEach(r -> WordIndex.add(this.byRoleWord, r, p));
			p.rolesWithoutArticle.forEach(r -> WordIndex.add(this.byArticlelessRoleWord, r, p));
		}
	}

	/**
	 * Up to three other people who could have said the words: other speakers first, then
	 * people with a role; never a product, a place or a label the name finder took for a
	 * name, and never another form of the answer's name ("Jane Roe", "Jane M. Roe").
	 */
	List<String> speakers(String answer, String seed) {
		// people who may be chosen at all, in the order of the ranking, taken only until
		// three other speakers are found
		List<String> answerWords = List.of(Prose.normalize(answer).split(" "));
		List<PoolPerson> speaking = new ArrayList<>();
		List<PoolPerson> withRole = new ArrayList<>();
		// a heap, not a sorted list: the first few in order are all that is read
		PriorityQueue<Ranked> queue = new PriorityQueue<>(CorpusPeople::byRank);
		queue.addAll(ranked(answer, null, seed, p -> (p.speaks || !p.roles.isEmpty()) && !p.singleWord()));
		while (speaking.size() < 3 && !queue.isEmpty()) {
			PoolPerson p = queue.poll().person();
			List<PoolPerson> into = p.speaks ? speaking : withRole;
			if (into.size() < 3 && !NameForms.sameName(p.nameWords, answerWords)
					&& speaking.stream().noneMatch(other -> NameForms.sameName(other.nameWords, p.nameWords))
					&& withRole.stream().noneMatch(other -> NameForms.sameName(other.nameWords, p.nameWords))) {
				into.add(p);
			}
		}
		List<String> chosen = new ArrayList<>();
		speaking.forEach(p -> chosen.add(p.name));
		withRole.forEach(p -> chosen.add(p.name));
		return chosen.stream().limit(3).toList();
	}

	/**
	 * Up to three other people, those with roles most like the answer's first; nobody
	 * whose role matches {@code askedRole}, so no distractor is also right.
	 */
	List<String> people(String answer, String askedRole, String seed) {
		// a name the corpus gives no role and no words is as likely an era, a law or a
		// firm the people finder took for a person ("Iron Age", "Harbor Trust"): no
		// option among people; nor is a one-word speaker the corpus gives no role:
		// "Norland predicted", "Acme said" speak as often as a surname does
		List<Ranked> ranked = ranked(answer, askedRole, seed, p -> !p.roles.isEmpty() || p.speaks && !p.singleWord());
		// never two forms of one name among the options ("Jane M. Roe", "Jane Mary Roe"),
		// nor one of the answer's: a question with two right answers
		List<String> answerWords = List.of(Prose.normalize(answer).split(" "));
		ranked.removeIf(r -> NameForms.sameName(r.person().nameWords, answerWords));
		// the three first by the ranking, kept in order, without sorting the whole
		// corpus' people
		Ranked[] first = new Ranked[3];
		int size = 0;
		for (Ranked r : ranked) {
			if (size == 3 && byRank(r, first[2]) >= 0) {
				continue;
			}
			int twin = twinAmong(first, size, r.person());
			if (twin >= 0) {
				if (byRank(r, first[twin]) >= 0) {
					continue;
				}
				// the better ranked form takes its twin's place
				System.arraycopy(first, twin + 1, first, twin, size - twin - 1);
				size--;
			}
			int at = size < 3 ? size++ : 2;
			while (at > 0 && byRank(r, first[at - 1]) < 0) {
				first[at] = first[at - 1];
				at--;
			}
			first[at] = r;
		}
		List<String> names = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			names.add(first[i].person().name);
		}
		return List.copyOf(names);
	}

	/** Where among the first {@code size} a form of the person's name stands, or -1. */
	private static int twinAmong(Ranked[] first, int size, PoolPerson person) {
		for (int i = 0; i < size; i++) {
			if (NameForms.sameName(first[i].person().nameWords, person.nameWords)) {
				return i;
			}
		}
		return -1;
	}

	private record Ranked(PoolPerson person, int sharedWords, long order) {
	}

	/**
	 * Most role words shared with the answer first, then by the seed's hash, then name.
	 */
	private static int byRank(Ranked a, Ranked b) {
		if (a.sharedWords() != b.sharedWords()) {
			return Integer.compare(b.sharedWords(), a.sharedWords());
		}
		if (a.order() != b.order()) {
			return Long.compare(a.order(), b.order());
		}
		return a.person().name.compareTo(b.person().name);
	}

	/**
	 * The people other than the answer (in any form of its name) and other than who holds
	 * {@code askedRole}, that {@code eligible} keeps, with what ranks them.
	 */
	private List<Ranked> ranked(String answer, String askedRole, String seed, Predicate<PoolPerson> eligible) {
		String answerKey = DistractorPool.key(answer);
		String answerNormalized = Prose.normalize(answer);
		String answerPadded = " " + answerNormalized + " ";
		boolean answerSingle = !answerNormalized.contains(" ");
		PoolPerson target = this.byKey.get(answerKey);
		int[] shared = target == null || target.roleWords.isEmpty() ? null : sharedRoleWords(target.roleWords);
		boolean[] holding = holders(askedRole == null ? null : Prose.normalize(askedRole));
		// the seed, a whole sentence, is hashed once for all the corpus' people
		long seeded = StableChoice.rank(seed + "|");
		List<Ranked> ranked = new ArrayList<>(this.ordered.length);
		for (PoolPerson p : Arrays.asList(this.ordered)) {
			// who may be chosen at all is asked first: it rules out most of the corpus at
			// the least cost
			if (!eligible.test(p) || p.key.equals(answerKey) || p.mayBeOnePersonWith(answerPadded, answerSingle)
					|| holding != null && holding[p.ordinal]) {
				continue;
			}
			ranked.add(new Ranked(p, shared == null ? 0 : shared[p.ordinal], StableChoice.rank(seeded, p.name)));
		}
		return ranked;
	}

	/**
	 * How many of {@code words} each person's roles hold, by ordinal: counted along the
	 * people filed under each word (a person once a word), where looking up every
	 * person's role words behind every question cost more.
	 */
	private int[] sharedRoleWords(Set<String> words) {
		int[] shared = new int[this.ordered.length];
		for (String word : words) {
			for (PoolPerson p : this.byRoleWord.getOrDefault(word, List.of())) {
				shared[p.ordinal]++;
			}
		}
		return shared;
	}

	/**
	 * Who holds a role that holds {@code asked} or that it holds, by ordinal; null when
	 * nobody is asked. Either way the two share a word, so only the people with a role
	 * word of {@code asked} are compared.
	 */
	private boolean[] holders(String asked) {
		if (asked == null || asked.isEmpty()) {
			return null;
		}
		String padded = " " + asked + " ";
		boolean[] holding = new boolean[this.ordered.length];
		// the lists of all the role's words, each person compared once: a role's "the"
		// or "of" files most of the corpus, and a set of them per question cost more
		// than the comparing
		boolean[] compared = new boolean[this.ordered.length];
		for (String word : asked.split(" ")) {
			for (PoolPerson p : this.byRoleWord.getOrDefault(word, List.of())) {
				if (!compared[p.ordinal]) {
					compared[p.ordinal] = true;
					holding[p.ordinal] = p.holds(padded);
				}
			}
		}
		return holding;
	}

	/**
	 * True when someone else in the corpus holds the role too: "Who is ...?" would have
	 * two answers.
	 */
	boolean othersWithRole(String name, String role) {
		String nameKey = DistractorPool.key(name);
		String normalized = Prose.normalize(name);
		String namePadded = " " + normalized + " ";
		boolean single = !normalized.contains(" ");
		String words = withoutArticle(Prose.normalize(role));
		String asked = " " + words + " ";
		for (PoolPerson p : WordIndex.candidates(this.byArticlelessRoleWord, words, Arrays.asList(this.ordered))) {
			if (p.key.equals(nameKey) || p.mayBeOnePersonWith(namePadded, single)) {
				continue;
			}
			// another "Washington senator" or "former Washington senator" makes the
			// answer ambiguous; a plain "senator" elsewhere does not
			for (String r : p.rolesWithoutArticle) {
				if (r.contains(asked)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * "Wolfowitz" names one person when no one else in the corpus bears the name among
	 * others ("Paul Wolfowitz", "Jane Wolfowitz"): a card may ask who he is by it.
	 */
	boolean onlyPersonCalled(String singleName) {
		String nameKey = DistractorPool.key(singleName);
		String normalized = Prose.normalize(singleName);
		String padded = " " + normalized + " ";
		for (PoolPerson p : WordIndex.candidates(this.byNameWord, normalized, Arrays.asList(this.ordered))) {
			if (!p.key.equals(nameKey) && p.padded.contains(padded)) {
				return false;
			}
		}
		return true;
	}

	/** The person of the pool with this name, or null. */
	PoolPerson get(String name) {
		return this.byKey.get(DistractorPool.key(name));
	}

	/** The words without a leading "the", "a" or "an". */
	static String withoutArticle(String normalized) {
		for (String article : ARTICLES) {
			if (normalized.startsWith(article)) {
				return normalized.substring(article.length());
			}
		}
		return normalized;
	}

	private static final List<String> ARTICLES = List.of("the ", "a ", "an ");

}
