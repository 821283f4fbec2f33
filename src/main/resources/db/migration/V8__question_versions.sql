-- Every version a question has had: what it asked, answered and accepted, and when and
-- by whom it got that way. Rows are only ever added. question.version is the number of
-- the current one; a new version is made when what a question shows or accepts changes
-- (an edit, or a changed generated question on import), not when only its status does.
-- edited_by is the account id of the teacher who made the version (edited or added the
-- question), null when the bank import did.
CREATE TABLE question_version (
    question_id VARCHAR(40) NOT NULL REFERENCES question (id),
    version INTEGER NOT NULL,
    type VARCHAR(20) NOT NULL,
    format VARCHAR(20) NOT NULL,
    prompt VARCHAR(4000) NOT NULL,
    answer VARCHAR(2000) NOT NULL,
    answer_value VARCHAR(2000) NOT NULL,
    accepted VARCHAR NOT NULL,
    options VARCHAR NOT NULL,
    quote VARCHAR(4000),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    edited_by BIGINT,
    PRIMARY KEY (question_id, version)
);

-- the current version of every question
INSERT INTO question_version (question_id, version, type, format, prompt, answer, answer_value, accepted, options,
        quote, created_at, edited_by)
SELECT id, version, type, format, prompt, answer, answer_value, accepted, options, quote, updated_at, NULL
FROM question;

-- Older versions that attempts showed: until now only the attempt items kept them (one
-- wording per line; options in the order that student saw them). The first item showing
-- each one stands for it, turned into the JSON arrays the question table uses.
INSERT INTO question_version (question_id, version, type, format, prompt, answer, answer_value, accepted, options,
        quote, created_at, edited_by)
SELECT i.question_id, i.question_version, i.question_type, i.question_format, i.prompt, i.answer, i.answer_value,
    CASE WHEN i.accepted = '' THEN '[]'
        ELSE '["' || REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(i.accepted, '\', '\\'), '"', '\"'), CHR(9), '\t'),
            CHR(13), '\r'), CHR(10), '","') || '"]' END,
    CASE WHEN i.options = '' THEN '[]'
        ELSE '["' || REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(i.options, '\', '\\'), '"', '\"'), CHR(9), '\t'),
            CHR(13), '\r'), CHR(10), '","') || '"]' END,
    NULL, a.started_at, NULL
FROM classroom_attempt_item i
JOIN classroom_attempt a ON a.id = i.attempt_id
WHERE i.id = (SELECT MIN(j.id) FROM classroom_attempt_item j
        WHERE j.question_id = i.question_id AND j.question_version = i.question_version)
    AND NOT EXISTS (SELECT 1 FROM question_version v
        WHERE v.question_id = i.question_id AND v.version = i.question_version);

-- an attempt item names the version it showed, and that version is always on record
ALTER TABLE classroom_attempt_item ADD CONSTRAINT fk_attempt_item_question_version
    FOREIGN KEY (question_id, question_version) REFERENCES question_version (question_id, version);
