-- Several app nodes on one database.

-- ShedLock's table: the nightly personal refit and each generation job run on one node at
-- a time. Times are the database's own (ShedLock's usingDbTime), so the nodes' clocks need
-- not agree; plain TIMESTAMP as ShedLock writes them.
CREATE TABLE shedlock (
    name VARCHAR(64) NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP NOT NULL,
    locked_at TIMESTAMP NOT NULL,
    locked_by VARCHAR(255) NOT NULL
);

-- One row, counted up in every transaction that changes the bank's questions. Each node
-- keeps the bank's questions in memory and compares this number with the one its copy was
-- made at, so a teacher's change on one node reaches every node. Locking the row also
-- keeps two nodes starting together from importing the bundled bank at the same time.
CREATE TABLE bank_revision (
    id INTEGER PRIMARY KEY,
    revision BIGINT NOT NULL
);
INSERT INTO bank_revision (id, revision) VALUES (1, 0);
