-- The quiz attempts whose answers srs recorded as reviews, each written in the transaction
-- that records them. The event publication registry marks a submission's publication
-- completed only after that transaction committed, so a node stopping in between leaves it
-- incomplete and another node delivers the submission again: the attempt's row here tells
-- srs its reviews are there already. The key also stops two nodes retrying at once from both
-- recording: the second insert fails, and its retry finds the row.
CREATE TABLE srs_recorded_attempt (
    attempt_id  BIGINT                   NOT NULL PRIMARY KEY,
    learner_id  BIGINT                   NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
