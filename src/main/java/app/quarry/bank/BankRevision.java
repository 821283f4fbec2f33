package app.quarry.bank;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A number in the database that every change to the bank's questions counts up, in the
 * transaction that makes the change. Nodes sharing a database compare it with the number
 * their in-memory copies were made at: a read of one row by its key, cheap enough to do
 * often. On this node the change is also announced as {@link QuestionsChanged}, so its
 * copies need not wait for their next look at the number.
 */
@Component
public class BankRevision {

	/** Marks a transaction that already announced its change. */
	private static final Object ANNOUNCED = new Object();

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	BankRevision(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** The revision as last committed. */
	public long current() {
		Long revision = this.jdbc.queryForObject("SELECT revision FROM bank_revision WHERE id = 1", Long.class);
		return (revision == null) ? 0 : revision;
	}

	/**
	 * Counts a change made in the current transaction. A teacher approving a hundred
	 * questions at once makes one announcement, not a hundred.
	 */
	void bump() {
		this.jdbc.update("UPDATE bank_revision SET revision = revision + 1 WHERE id = 1");
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.events.publishEvent(new QuestionsChanged());
			return;
		}
		if (TransactionSynchronizationManager.hasResource(ANNOUNCED)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(ANNOUNCED, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(ANNOUNCED);
			}
		});
		this.events.publishEvent(new QuestionsChanged());
	}

	/**
	 * Holds every other node's bank import (and change) until the current transaction
	 * ends: two nodes starting together on an empty database import one after the other
	 * instead of inserting the same questions twice.
	 */
	void lockForImport() {
		this.jdbc.queryForObject("SELECT revision FROM bank_revision WHERE id = 1 FOR UPDATE", Long.class);
	}

}
