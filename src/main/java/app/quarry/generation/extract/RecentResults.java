package app.quarry.generation.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.Supplier;

import app.quarry.corpus.DocumentText;

/**
 * The last few results of a finder, per thread, by document (the same instance) and
 * context. The letter and count finders run the date and count finders again on the
 * document the extractor has just read; with this, each reads a document once per
 * context.
 */
final class RecentResults<T> {

	private static final int KEPT = 2;

	private final ThreadLocal<Deque<Result<T>>> recent = ThreadLocal.withInitial(ArrayDeque::new);

	T get(DocumentText document, ExtractionContext context, Supplier<T> compute) {
		Deque<Result<T>> results = this.recent.get();
		for (Result<T> r : results) {
			if (r.document() == document && Objects.equals(r.context(), context)) {
				return r.value();
			}
		}
		T value = compute.get();
		if (results.size() == KEPT) {
			results.removeLast();
		}
		results.addFirst(new Result<>(document, context, value));
		return value;
	}

	private record Result<T>(DocumentText document, ExtractionContext context, T value) {
	}

}
