-- Opening a study session reads the learner's own approved questions. With owner_id indexed
-- alone, H2 rated that index no more selective than the one on status (every shared question
-- has the same NULL owner) and read the whole bank through the status index, so an opening
-- cost more the larger the bank. One index on both columns is matched exactly on both engines,
-- and serves the lookups by owner alone as well.
CREATE INDEX ix_question_owner_status ON question (owner_id, status);
DROP INDEX ix_question_owner;
