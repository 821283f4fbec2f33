package app.quarry.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import app.quarry.bank.Siblings;
import app.quarry.base.PureCore;

/**
 * The bank's groups of cards ({@link FactOrder}) as one session sees them, the learner's
 * own cards joined in: an own card is in the group of every key it shares with the bank's
 * cards (their sentence, or a role the bank asks too), and so may join two of them.
 */
@PureCore
final class SessionGroups {

	/** The group of each bank group or key the own cards joined to another. */
	private final Map<String, String> joined;

	/** The bank groups in each group the own cards joined some to. */
	private final Map<String, List<String>> parts = new HashMap<>();

	private final Map<String, String> ownGroups = new HashMap<>();

	private final Map<String, List<StudyCard>> ownMembers = new HashMap<>();

	/**
	 * @param bankGroupOfKey the bank's group of a key (the key itself when no bank card
	 * has it joined to another)
	 * @param isBankGroup whether a group holds bank cards
	 */
	SessionGroups(List<StudyCard> own, Function<String, String> bankGroupOfKey, Predicate<String> isBankGroup) {
		KeyGroups groups = new KeyGroups();
		List<String> firstKeys = new ArrayList<>();
		Set<String> bankGroupsJoined = new HashSet<>();
		for (StudyCard card : own) {
			List<String> keys = Siblings.keysOf(card.fact()).stream().map(bankGroupOfKey).toList();
			groups.join(keys);
			firstKeys.add(keys.get(0));
			keys.stream().filter(isBankGroup).forEach(bankGroupsJoined::add);
		}
		this.joined = groups.frozen();
		bankGroupsJoined
			.forEach(bankGroup -> this.parts.computeIfAbsent(of(bankGroup), group -> new ArrayList<>()).add(bankGroup));
		for (int i = 0; i < own.size(); i++) {
			String group = of(firstKeys.get(i));
			this.ownGroups.put(own.get(i).questionId(), group);
			this.ownMembers.computeIfAbsent(group, key -> new ArrayList<>()).add(own.get(i));
		}
	}

	/** The session's group of a bank group. */
	String of(String bankGroup) {
		return this.joined.getOrDefault(bankGroup, bankGroup);
	}

	/** The session's group of an own card. */
	String ofOwn(String questionId) {
		return this.ownGroups.get(questionId);
	}

	/** The bank groups a session's group holds. */
	List<String> bankGroupsIn(String group) {
		return this.parts.getOrDefault(group, List.of(group));
	}

	/** The own cards of a session's group, in order. */
	List<StudyCard> ownIn(String group) {
		return this.ownMembers.getOrDefault(group, List.of());
	}

	/** The groups holding an own card. */
	Set<String> withOwnCards() {
		return this.ownMembers.keySet();
	}

}
