-- mikrolan schema version 3 (PostgreSQL): appends become visible in the order of their global positions.
-- Every append first updates this table's one row, so appends take turns from that update to their
-- commit: an event's global position is drawn only while no other append is under way, and an
-- event feed that reads after the last position it saw never misses one committed later with a
-- lower position. No existing data changes.
-- ${prefix} is the host's table prefix (default mikrolan_).

CREATE TABLE ${prefix}append_lock (
  lock_id   INTEGER NOT NULL,
  appends   BIGINT  NOT NULL,
  CONSTRAINT ${prefix}append_lock_pk PRIMARY KEY (lock_id)
);
INSERT INTO ${prefix}append_lock (lock_id, appends) VALUES (1, 0);
