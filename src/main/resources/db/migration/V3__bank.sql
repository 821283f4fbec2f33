-- The question bank. Lists (accepted answers, options, sources) are JSON arrays in text
-- columns: they are always read and written with their question, never queried apart.
-- status is DRAFT, APPROVED or RETIRED. origin GENERATED rows come from bank.json; TEACHER rows are written by teachers and never
-- touched by the import, nor are GENERATED rows a teacher has edited (edited = TRUE).
CREATE TABLE question (
    id VARCHAR(40) PRIMARY KEY,
    type VARCHAR(20) NOT NULL,
    format VARCHAR(20) NOT NULL,
    prompt VARCHAR(4000) NOT NULL,
    answer VARCHAR(2000) NOT NULL,
    answer_value VARCHAR(2000) NOT NULL,
    accepted VARCHAR NOT NULL,
    options VARCHAR NOT NULL,
    quote VARCHAR(4000),
    status VARCHAR(10) NOT NULL,
    origin VARCHAR(10) NOT NULL,
    edited BOOLEAN NOT NULL,
    version INTEGER NOT NULL,
    source_document VARCHAR(200) NOT NULL REFERENCES document (id),
    source_start INTEGER NOT NULL,
    source_end INTEGER NOT NULL,
    source_sentence VARCHAR(4000) NOT NULL,
    sources VARCHAR NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX question_type_format ON question (type, format);
CREATE INDEX question_source_document ON question (source_document);
CREATE INDEX question_status ON question (status);
