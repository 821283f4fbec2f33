package app.quarry.study;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.quarry.base.PureCore;

/**
 * Keys joined into groups: the keys of one card ({@link app.quarry.bank.Siblings#keysOf})
 * join, and so do the groups they were in. Which card of a fact is kept depends only on
 * the cards of its group: most groups are one sentence, and a role that a later story
 * asks again joins the sentences that ask it.
 */
@PureCore
final class KeyGroups {

	/** A key's parent towards its group's key; a key not here is a group of its own. */
	private final Map<String, String> parent = new HashMap<>();

	/** Joins the keys, and the groups they are in, into one group. */
	void join(List<String> keys) {
		String group = groupOf(keys.get(0));
		for (String key : keys.subList(1, keys.size())) {
			String other = groupOf(key);
			if (!other.equals(group)) {
				this.parent.put(other, group);
			}
		}
	}

	/** The key that names the key's group. */
	String groupOf(String key) {
		String group = key;
		for (String up = this.parent.get(group); up != null; up = this.parent.get(group)) {
			group = up;
		}
		// every key walked now points at the group at once: later look-ups take one step
		for (String walked = key; !walked.equals(group);) {
			walked = this.parent.put(walked, group);
		}
		return group;
	}

	/**
	 * The group of every key joined to another, as a map that changes no more: a key not
	 * in it is a group of its own.
	 */
	Map<String, String> frozen() {
		Map<String, String> groups = new HashMap<>();
		for (String key : List.copyOf(this.parent.keySet())) {
			groups.put(key, groupOf(key));
		}
		return Map.copyOf(groups);
	}

}
