package app.quarry.decks.exchange;

import app.quarry.base.PureCore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cards back into notes for the formats that store notes: the cloze cards of one text
 * (the same front and extra) are one note; every basic card is a note of its own.
 */
@PureCore
public final class Notes {

	private Notes() {
	}

	/** One note: its kind, front (or cloze text), back (or extra) and its cards. */
	public record Note(PortableCard.Kind kind, String front, String back, List<PortableCard> cards) {
	}

	public static List<Note> of(List<PortableCard> cards) {
		Map<List<Object>, List<PortableCard>> grouped = new LinkedHashMap<>();
		int basic = 0;
		for (PortableCard card : cards) {
			List<Object> key = (card.kind() == PortableCard.Kind.CLOZE) ? List.of("cloze", card.front(), card.back())
					: List.of("basic", basic++);
			grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(card);
		}
		List<Note> notes = new ArrayList<>();
		grouped.values().forEach(group -> {
			PortableCard first = group.get(0);
			notes.add(new Note(first.kind(), first.front(), first.back(), List.copyOf(group)));
		});
		return notes;
	}

}
