package app.quarry.bank;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Something made from the bank's questions and kept in memory, made again once the bank
 * changed, on this node or on another one sharing the database. The bank's revision is
 * read at most once per {@code checkEvery}, so a busy node does not ask the database on
 * every use.
 *
 * @param <T> what is kept
 */
public final class BankCache<T> {

	private final BankRevision revision;

	private final Clock clock;

	private final Duration checkEvery;

	private final Supplier<T> make;

	private volatile Entry<T> entry;

	public BankCache(BankRevision revision, Clock clock, Duration checkEvery, Supplier<T> make) {
		this.revision = revision;
		this.clock = clock;
		this.checkEvery = checkEvery;
		this.make = make;
	}

	public T get() {
		Entry<T> current = this.entry;
		Instant now = this.clock.instant();
		if (current != null && now.isBefore(current.checked().plus(this.checkEvery))
				&& !now.isBefore(current.checked())) {
			return current.value();
		}
		// read before making: a change committed meanwhile makes the next check make it
		// again
		long seen = this.revision.current();
		T value = (current != null && current.revision() == seen) ? current.value() : this.make.get();
		this.entry = new Entry<>(value, seen, now);
		return value;
	}

	/** Makes it again on the next use, whatever the revision. */
	public void forget() {
		this.entry = null;
	}

	private record Entry<T>(T value, long revision, Instant checked) {
	}

}
