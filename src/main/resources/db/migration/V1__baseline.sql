-- Schema baseline; each feature adds its own migrations after this one.
CREATE TABLE quarry_schema_note (id INT PRIMARY KEY, note VARCHAR(200) NOT NULL);
