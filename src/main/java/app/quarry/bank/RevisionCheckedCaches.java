package app.quarry.bank;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.support.SimpleValueWrapper;

/**
 * Caches whose entries are kept while the bank's revision stays where it was when they
 * were made. An event evicts a cache only on the node that published it; a node sharing
 * the database learns of another's change by reading the revision, at most once per
 * {@code checkEvery} for all caches together, so it serves an old copy for that long at
 * most. That is a time-to-live that only costs a reload when the bank really changed.
 *
 * <p>
 * An entry is tagged with the revision known before its value was made: a change that
 * commits while it is being made leaves the tag behind, and the next look at the revision
 * drops it. Hence {@code sync = true} on every {@code @Cacheable} that uses these caches:
 * only then does the cache make the value itself.
 */
final class RevisionCheckedCaches implements CacheManager {

	private final BankRevision revision;

	private final Clock clock;

	private final Duration checkEvery;

	private final Map<String, RevisionCheckedCache> caches = new ConcurrentHashMap<>();

	private volatile @Nullable Seen seen;

	RevisionCheckedCaches(BankRevision revision, Clock clock, Duration checkEvery) {
		this.revision = revision;
		this.clock = clock;
		this.checkEvery = checkEvery;
	}

	@Override
	public Cache getCache(String name) {
		return this.caches.computeIfAbsent(name, RevisionCheckedCache::new);
	}

	@Override
	public Collection<String> getCacheNames() {
		return List.copyOf(this.caches.keySet());
	}

	/** The bank's revision as last read, read again once {@code checkEvery} passed. */
	private long revision() {
		Seen last = this.seen;
		Instant now = this.clock.instant();
		// a clock set back (in tests) counts as time passed
		if (last != null && now.isBefore(last.at().plus(this.checkEvery)) && !now.isBefore(last.at())) {
			return last.revision();
		}
		long current = this.revision.current();
		this.seen = new Seen(current, now);
		return current;
	}

	private record Seen(long revision, Instant at) {
	}

	private record Entry(@Nullable Object value, long revision) {
	}

	private final class RevisionCheckedCache implements Cache {

		private final String name;

		private final Map<Object, Entry> entries = new ConcurrentHashMap<>();

		/** One maker at a time: a second caller waits for the first one's value. */
		private final ReentrantLock making = new ReentrantLock();

		RevisionCheckedCache(String name) {
			this.name = name;
		}

		@Override
		public String getName() {
			return this.name;
		}

		@Override
		public Object getNativeCache() {
			return this.entries;
		}

		@Override
		public @Nullable ValueWrapper get(Object key) {
			Entry entry = current(key, revision());
			return (entry != null) ? new SimpleValueWrapper(entry.value()) : null;
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T> @Nullable T get(Object key, @Nullable Class<T> type) {
			ValueWrapper wrapper = get(key);
			Object value = (wrapper != null) ? wrapper.get() : null;
			if (value != null && type != null && !type.isInstance(value)) {
				throw new IllegalStateException("Cached value is not of required type [" + type.getName() + "]");
			}
			return (T) value;
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T> @Nullable T get(Object key, Callable<T> valueLoader) {
			Entry entry = current(key, revision());
			if (entry != null) {
				return (T) entry.value();
			}
			this.making.lock();
			try {
				// read again: the value may have been made while this caller waited
				long known = revision();
				entry = current(key, known);
				if (entry != null) {
					return (T) entry.value();
				}
				T value = valueLoader.call();
				this.entries.put(key, new Entry(value, known));
				return value;
			}
			catch (Exception ex) {
				throw new ValueRetrievalException(key, valueLoader, ex);
			}
			finally {
				this.making.unlock();
			}
		}

		private @Nullable Entry current(Object key, long known) {
			Entry entry = this.entries.get(key);
			if (entry != null && entry.revision() != known) {
				if (entry.revision() < known) {
					this.entries.remove(key, entry);
				}
				return null;
			}
			return entry;
		}

		@Override
		public void put(Object key, @Nullable Object value) {
			this.entries.put(key, new Entry(value, revision()));
		}

		@Override
		public void evict(Object key) {
			this.entries.remove(key);
		}

		@Override
		public void clear() {
			this.entries.clear();
		}

	}

}
