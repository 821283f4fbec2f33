package app.quarry.bank;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring's cache abstraction for what the features keep in memory: everything kept is
 * made from the bank's questions (study cards, the names answers are matched against), so
 * every cache follows the {@link BankRevision}. A feature marks the method that makes its
 * copy {@code @Cacheable(cacheNames = ..., sync = true)} and evicts it with
 * {@code @CacheEvict} when {@link QuestionsChanged} arrives; other nodes' changes are
 * seen through the revision, read at most once per {@code quarry.bank.revision-check}.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class BankCaching {

	@Bean
	CacheManager cacheManager(BankRevision revision, Clock clock,
			@Value("${quarry.bank.revision-check:PT2S}") Duration checkEvery) {
		return new RevisionCheckedCaches(revision, clock, checkEvery);
	}

}
