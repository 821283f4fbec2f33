package app.quarry.bank;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.base.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.cache.Cache;

/**
 * A cache made from the bank keeps its value while the bank's revision stays, looks at
 * the revision at most once per check interval, and makes the value again once it moved,
 * also when the change committed while the value was being made.
 */
class RevisionCheckedCachesTest {

	private final AtomicLong committed = new AtomicLong(7);

	private final MovableClock clock = new MovableClock(Instant.parse("2026-01-05T10:00:00Z"));

	private final AtomicInteger made = new AtomicInteger();

	private final AtomicInteger looks = new AtomicInteger();

	private final RevisionCheckedCaches caches = new RevisionCheckedCaches(new BankRevision(null, null) {
		@Override
		public long current() {
			RevisionCheckedCachesTest.this.looks.incrementAndGet();
			return RevisionCheckedCachesTest.this.committed.get();
		}
	}, this.clock, Duration.ofSeconds(2));

	private final Cache cache = this.caches.getCache("cards");

	private String make() {
		return "cards " + this.made.incrementAndGet();
	}

	@Test
	void the_value_is_kept_while_the_revision_stays() {
		assertThat(this.cache.get("all", this::make)).isEqualTo("cards 1");
		this.clock.advance(Duration.ofMinutes(5));
		assertThat(this.cache.get("all", this::make)).isEqualTo("cards 1");
	}

	@Test
	void another_nodes_change_is_seen_once_the_check_interval_passed() {
		this.cache.get("all", this::make);
		this.committed.incrementAndGet();

		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.cache.get("all", this::make)).isEqualTo("cards 1");
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.cache.get("all", this::make)).isEqualTo("cards 2");
	}

	@Test
	void a_change_committed_while_the_value_was_made_is_not_kept_for_good() {
		this.cache.get("all", () -> {
			// another node commits a change while this one reads the old questions
			this.committed.incrementAndGet();
			return make();
		});
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(this.cache.get("all", this::make)).isEqualTo("cards 2");
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(this.cache.get("all", this::make)).isEqualTo("cards 2");
	}

	@Test
	void the_caches_share_one_look_at_the_revision_and_follow_it_together() {
		Cache people = this.caches.getCache("known-people");
		this.cache.get("all", this::make);
		people.get("matcher", () -> "people 1");
		assertThat(this.looks).hasValue(1);

		this.committed.incrementAndGet();
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(this.cache.get("all", this::make)).isEqualTo("cards 2");
		assertThat(people.get("matcher", () -> "people 2")).isEqualTo("people 2");
		assertThat(this.looks).hasValue(2);
	}

	@Test
	void an_eviction_makes_it_again_at_once() {
		this.cache.get("all", this::make);
		this.cache.clear();
		assertThat(this.cache.get("all", this::make)).isEqualTo("cards 2");
	}

}
