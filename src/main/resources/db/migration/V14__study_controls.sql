-- Study controls: a learner may suspend a card (it leaves every queue until unsuspended) or
-- flag it (a bad question, shown to whoever reviews the bank), and may cap the reviews of a
-- study day as they already cap its new cards. Anki's default cap is 200 reviews a day.

ALTER TABLE srs_card ADD COLUMN suspended BOOLEAN DEFAULT FALSE NOT NULL;

ALTER TABLE srs_card ADD COLUMN flagged BOOLEAN DEFAULT FALSE NOT NULL;

ALTER TABLE srs_settings ADD COLUMN reviews_per_day INTEGER DEFAULT 200 NOT NULL;

ALTER TABLE srs_settings ADD CONSTRAINT ck_srs_settings_reviews CHECK (reviews_per_day BETWEEN 0 AND 9999);
