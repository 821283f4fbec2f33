-- An attempt keeps a copy of each question it showed. Its answer columns held 1000
-- characters while a question's answer may hold 2000 (QuestionLimits.ANSWER), so a
-- question with a long answer could be saved but never started in a quiz. A student's
-- typed response may be as long as the answer it is graded against.
ALTER TABLE classroom_attempt_item ALTER COLUMN answer SET DATA TYPE VARCHAR(2000);
ALTER TABLE classroom_attempt_item ALTER COLUMN answer_value SET DATA TYPE VARCHAR(2000);
ALTER TABLE classroom_attempt_item ALTER COLUMN response SET DATA TYPE VARCHAR(2000);
