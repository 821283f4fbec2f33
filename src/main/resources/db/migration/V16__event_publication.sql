-- Spring Modulith's event publication registry (its JPA entity, DefaultJpaEventPublication,
-- table EVENT_PUBLICATION). One row per event and listener, written in the transaction that
-- publishes the event and completed once the listener has run, so an event whose listener
-- failed or whose node stopped is not lost. The schema is made here, not by the library.
-- serialized_event has no length (the JSON of an event grows with its content); nothing
-- indexes it, as PostgreSQL's b-tree indexes refuse long values.
CREATE TABLE event_publication (
    id                     UUID                     NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512)             NOT NULL,
    event_type             VARCHAR(512)             NOT NULL,
    serialized_event       VARCHAR                  NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 VARCHAR(16),
    completion_attempts    INTEGER                  NOT NULL DEFAULT 0,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);
-- the registry looks for the publications not yet completed
CREATE INDEX ix_event_publication_completion ON event_publication (completion_date);
