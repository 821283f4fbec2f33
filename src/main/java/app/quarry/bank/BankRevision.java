package app.quarry.bank;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A number in the database that every change to the bank's questions counts up, in the
 * transaction that makes the change. Nodes sharing a database compare it with the number
 * their in-memory copies were made at: a read of one row by its key, cheap enough to do
 * often.
 */
@Component
public class BankRevision {

	private final JdbcTemplate jdbc;

	BankRevision(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The revision as last committed. */
	public long current() {
		Long revision = this.jdbc.queryForObject("SELECT revision FROM bank_revision WHERE id = 1", Long.class);
		return (revision == null) ? 0 : revision;
	}

	/** Counts a change made in the current transaction. */
	void bump() {
		this.jdbc.update("UPDATE bank_revision SET revision = revision + 1 WHERE id = 1");
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
