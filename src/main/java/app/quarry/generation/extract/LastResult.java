package app.quarry.generation.extract;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Remembers, per thread, the last result of each finder, so that finders building on
 * others (letters on dates and counts) do not repeat their work for the same document.
 */
final class LastResult {

	private record Entry(FactFinder finder, Object document, ExtractionContext context, List<? extends Fact> facts) {
	}

	private static final ThreadLocal<Entry[]> LAST = ThreadLocal.withInitial(() -> new Entry[4]);

	private LastResult() {
	}

	@SuppressWarnings("unchecked")
	static <F extends Fact> List<F> of(FactFinder finder, Object document, ExtractionContext context,
			Supplier<List<F>> compute) {
		Entry[] entries = LAST.get();
		int free = 0;
		for (int i = 0; i < entries.length; i++) {
			Entry e = entries[i];
			if (e == null) {
				free = i;
				continue;
			}
			if (e.finder().getClass() == finder.getClass()) {
				if (e.document() == document && Objects.equals(e.context(), context)) {
					return (List<F>) e.facts();
				}
				free = i;
				break;
			}
		}
		List<F> facts = compute.get();
		entries[free] = new Entry(finder, document, context, facts);
		return facts;
	}

}
