-- Counters of failed or repeated attempts (log-in per name and per address, sign-up per
-- address, join codes and password changes per account). They live in the database, not
-- in one node's memory, so that every node of the app counts the same attempts and a
-- restart does not forgive them.
CREATE TABLE rate_limit_counters (
	counter_key VARCHAR(400) NOT NULL,
	attempts INTEGER NOT NULL,
	last_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
	blocked_until TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT pk_rate_limit_counters PRIMARY KEY (counter_key)
);

-- Old counters are swept by age.
CREATE INDEX ix_rate_limit_counters_last ON rate_limit_counters (last_attempt_at);
