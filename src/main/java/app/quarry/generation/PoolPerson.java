package app.quarry.generation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person of the distractor pool with the forms every comparison needs, computed once
 * rather than per question: the normalized name padded for whole-word containment, its
 * words, and each role normalized, without its article and squashed.
 */
final class PoolPerson {

	final String name;

	final String key;

	final String normalized;

	/** The normalized name between spaces, for whole-word containment. */
	final String padded;

	/** The normalized name's words, for comparing two forms of a name. */
	final List<String> nameWords;

	final Set<String> roles = new TreeSet<>();

	/** Each role normalized and padded with spaces, for whole-word containment. */
	final List<String> normalizedRoles = new ArrayList<>();

	/** Each role normalized, without its article, padded with spaces. */
	final List<String> rolesWithoutArticle = new ArrayList<>();

	/** The longer words of the roles: people sharing them have similar roles. */
	final Set<String> roleWords = new HashSet<>();

	/** The role words as an array: counted for every person behind every question. */
	private String[] roleWordArray = new String[0];

	/** Whether this person said something somewhere in the corpus. */
	boolean speaks;

	/** Asked for every person behind every question, so known once. */
	private final boolean singleWord;

	/** Where this person stands in the pool's order (by key). */
	int ordinal;

	PoolPerson(String name) {
		this.name = name;
		this.normalized = Prose.normalize(name);
		this.key = this.normalized.replace(" ", "");
		this.padded = " " + this.normalized + " ";
		this.nameWords = List.of(this.normalized.split(" "));
		this.singleWord = !this.normalized.contains(" ");
	}

	/** Whether the normalized name is one word. */
	boolean singleWord() {
		return this.singleWord;
	}

	void addRole(String role) {
		if (this.roles.add(role)) {
			String n = Prose.normalize(role);
			String padded = " " + n + " ";
			this.normalizedRoles.add(padded);
			this.rolesWithoutArticle.add(" " + CorpusPeople.withoutArticle(padded.strip()) + " ");
			for (String w : n.split(" ")) {
				if (w.length() > 3) {
					this.roleWords.add(w);
				}
			}
			this.roleWordArray = this.roleWords.toArray(String[]::new);
		}
	}

	/**
	 * Whether one of this person's roles and {@code paddedRole} (normalized, between
	 * spaces) mention each other.
	 */
	boolean holds(String paddedRole) {
		for (String r : this.normalizedRoles) {
			if (r.length() > 2 && paddedRole.contains(r) || r.contains(paddedRole)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "Kim" alone and "Kim Jong Un" may be one person: never offer one against the other.
	 */
	boolean mayBeOnePersonWith(String otherPadded, boolean otherSingleWord) {
		return singleWord() && otherPadded.contains(this.padded)
				|| otherSingleWord && this.padded.contains(otherPadded);
	}

	/** How many of this person's role words are among {@code words}. */
	int sharedRoleWords(Set<String> words) {
		int n = 0;
		for (String w : this.roleWordArray) {
			if (words.contains(w)) {
				n++;
			}
		}
		return n;
	}

}
