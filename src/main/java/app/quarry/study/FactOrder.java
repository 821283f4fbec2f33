package app.quarry.study;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import app.quarry.bank.Siblings;
import app.quarry.base.PureCore;

/**
 * The bank's cards in order with the first card of each fact marked, made once per bank
 * snapshot. Keeping one card per fact over the whole bank cost several answers; since
 * siblings always share a key ({@link Siblings#keysOf}) and so a group of joined keys
 * ({@link KeyGroups}), a session opening redoes only the groups holding a card the
 * learner answered today or one of their own cards, or that its filter takes part of, and
 * gets exactly the order {@link StudyQueue#offerOrder} computes.
 */
@PureCore
public final class FactOrder {

	private final List<StudyCard> cards;

	/** The group of each card, by position. */
	private final String[] groups;

	/** The group of every key joined to another key (a key not here is its own group). */
	private final Map<String, String> groupOfKey;

	private final Map<String, Integer> positions;

	/** The positions of each group's cards, in order. */
	private final Map<String, List<Integer>> members;

	/**
	 * The groups whose cards come from more than one document (a role asked again by a
	 * later story): a document's filter takes part of them.
	 */
	private final Set<String> spread = new HashSet<>();

	private final BitSet firstOfFact;

	private FactOrder(List<StudyCard> cards) {
		this.cards = List.copyOf(cards);
		this.groups = new String[this.cards.size()];
		this.positions = new HashMap<>();
		this.members = new HashMap<>();
		KeyGroups joined = new KeyGroups();
		List<List<String>> keys = this.cards.stream().map(card -> Siblings.keysOf(card.fact())).toList();
		keys.forEach(joined::join);
		this.groupOfKey = joined.frozen();
		for (int i = 0; i < this.cards.size(); i++) {
			StudyCard card = this.cards.get(i);
			this.groups[i] = bankGroupOf(keys.get(i).get(0));
			this.positions.putIfAbsent(card.questionId(), i);
			this.members.computeIfAbsent(this.groups[i], group -> new ArrayList<>()).add(i);
		}
		this.members.forEach((group, positions) -> {
			if (positions.stream().map(i -> this.cards.get(i).documentId()).distinct().count() > 1) {
				this.spread.add(group);
			}
		});
		this.firstOfFact = new BitSet(this.cards.size());
		Iterator<StudyCard> kept = Siblings.onePerFact(this.cards, StudyCard::fact).iterator();
		StudyCard next = kept.hasNext() ? kept.next() : null;
		for (int i = 0; i < this.cards.size() && next != null; i++) {
			if (this.cards.get(i) == next) {
				this.firstOfFact.set(i);
				next = kept.hasNext() ? kept.next() : null;
			}
		}
	}

	private String bankGroupOf(String key) {
		return this.groupOfKey.getOrDefault(key, key);
	}

	/** The cards in order (the bank's, as a session draws them). */
	public static FactOrder of(List<StudyCard> cards) {
		return new FactOrder(cards);
	}

	/**
	 * What one session is offered: these cards followed by the learner's own, those the
	 * filter admits, in {@link StudyQueue#offerOrder}'s order for the cards answered
	 * today.
	 */
	public Offer offer(List<StudyCard> own, StudyFilter filter, Collection<String> answeredToday) {
		return new Offer(own, filter, answeredToday);
	}

	/**
	 * The question ids offered, in order, as a set read lazily: a session looks at the
	 * first few, not at the whole bank. Also finds the cards by id.
	 */
	public final class Offer extends AbstractSet<String> {

		private final StudyFilter filter;

		private final Map<String, StudyCard> own = new LinkedHashMap<>();

		private final List<StudyCard> ownInOrder;

		private final SessionGroups groups;

		private final List<Siblings.Card> answered = new ArrayList<>();

		/** The kept ids of each group redone for this session. */
		private final Map<String, Set<String>> redone = new HashMap<>();

		private int size = -1;

		private Offer(List<StudyCard> ownCards, StudyFilter filter, Collection<String> answeredToday) {
			this.filter = filter;
			for (StudyCard card : ownCards) {
				// a card listed twice counts once, where it came first
				if (!FactOrder.this.positions.containsKey(card.questionId())) {
					this.own.putIfAbsent(card.questionId(), card);
				}
			}
			this.ownInOrder = List.copyOf(this.own.values());
			this.groups = new SessionGroups(this.ownInOrder, FactOrder.this::bankGroupOf,
					FactOrder.this.members::containsKey);
			Set<String> touched = new HashSet<>(this.groups.withOwnCards());
			for (String id : answeredToday) {
				StudyCard card = card(id);
				if (card != null) {
					this.answered.add(card.fact());
					Integer position = FactOrder.this.positions.get(id);
					touched.add((position != null) ? this.groups.of(FactOrder.this.groups[position])
							: this.groups.ofOwn(id));
				}
			}
			// all cards admitted, no group is cut
			for (String group : (filter.scope() == StudyFilter.Scope.ALL) ? Set.<String>of() : FactOrder.this.spread) {
				List<Integer> members = FactOrder.this.members.get(group);
				long admitted = members.stream().map(FactOrder.this.cards::get).filter(filter::matches).count();
				if (admitted > 0 && admitted < members.size()) {
					touched.add(this.groups.of(group));
				}
			}
			for (String group : touched) {
				this.redone.put(group, redo(group, answeredToday));
			}
		}

		private Set<String> redo(String group, Collection<String> answeredToday) {
			List<Integer> positions = new ArrayList<>();
			this.groups.bankGroupsIn(group)
				.forEach(part -> positions.addAll(FactOrder.this.members.getOrDefault(part, List.of())));
			positions.sort(null);
			List<StudyCard> cards = new ArrayList<>();
			positions.stream().map(FactOrder.this.cards::get).filter(this.filter::matches).forEach(cards::add);
			this.groups.ownIn(group).stream().filter(this.filter::matches).forEach(cards::add);
			List<Siblings.Card> answeredHere = cards.stream()
				.filter(card -> answeredToday.contains(card.questionId()))
				.map(StudyCard::fact)
				.toList();
			Set<String> kept = new HashSet<>();
			Siblings.onePerFact(Siblings.withoutSiblingsOf(answeredHere, cards, StudyCard::fact), StudyCard::fact)
				.forEach(card -> kept.add(card.questionId()));
			return kept;
		}

		/** The card of this id, the filter aside; null if there is none. */
		public StudyCard card(String questionId) {
			Integer position = FactOrder.this.positions.get(questionId);
			return (position != null) ? FactOrder.this.cards.get(position) : this.own.get(questionId);
		}

		/** The cards answered today, the filter aside. */
		public List<Siblings.Card> answered() {
			return List.copyOf(this.answered);
		}

		@Override
		public boolean contains(Object id) {
			StudyCard card = (id instanceof String questionId) ? card(questionId) : null;
			return card != null && this.filter.matches(card);
		}

		@Override
		public boolean isEmpty() {
			return !iterator().hasNext();
		}

		@Override
		public int size() {
			if (this.size < 0) {
				int counted = 0;
				for (Iterator<String> ids = iterator(); ids.hasNext(); ids.next()) {
					counted++;
				}
				this.size = counted;
			}
			return this.size;
		}

		@Override
		public Iterator<String> iterator() {
			return new Ids();
		}

		private boolean firstOfFact(int index) {
			int bank = FactOrder.this.cards.size();
			StudyCard card = at(index);
			String group = (index < bank) ? this.groups.of(FactOrder.this.groups[index])
					: this.groups.ofOwn(at(index).questionId());
			Set<String> kept = this.redone.get(group);
			return (kept != null) ? kept.contains(card.questionId()) : FactOrder.this.firstOfFact.get(index);
		}

		private StudyCard at(int index) {
			int bank = FactOrder.this.cards.size();
			return (index < bank) ? FactOrder.this.cards.get(index) : this.ownInOrder.get(index - bank);
		}

		/** First every first card of a fact, then the rest, each pass in card order. */
		private final class Ids implements Iterator<String> {

			private final int count = FactOrder.this.cards.size() + Offer.this.ownInOrder.size();

			private boolean firstPass = true;

			private int index;

			private String next;

			@Override
			public boolean hasNext() {
				while (this.next == null && (this.firstPass || this.index < this.count)) {
					if (this.index == this.count) {
						this.firstPass = false;
						this.index = 0;
						continue;
					}
					int current = this.index++;
					StudyCard card = at(current);
					if (Offer.this.filter.matches(card) && firstOfFact(current) == this.firstPass) {
						this.next = card.questionId();
					}
				}
				return this.next != null;
			}

			@Override
			public String next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				String current = this.next;
				this.next = null;
				return current;
			}

		}

	}

}
