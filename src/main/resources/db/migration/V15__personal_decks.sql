-- Learners' own decks. A document or question with an owner is private to that account:
-- no list, search, study queue or quiz picker shows it to anyone else. NULL is the shared
-- corpus and bank, as before.
ALTER TABLE document ADD COLUMN owner_id BIGINT;
ALTER TABLE question ADD COLUMN owner_id BIGINT;
CREATE INDEX ix_document_owner ON document (owner_id);
CREATE INDEX ix_question_owner ON question (owner_id);
