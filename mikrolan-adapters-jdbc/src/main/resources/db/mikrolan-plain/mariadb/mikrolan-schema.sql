-- mikrolan schema for DBAs who run migrations themselves (mariadb): a new installation at schema
-- version 3, the state the Flyway migrations in db/mikrolan/mariadb reach with the default table
-- prefix mikrolan_ (SchemaTest keeps the two equal). Record it as version 3 of mikrolan's schema.
-- An installation at version 1 upgrades with upgrades/V2__municipality_keys.sql and then
-- upgrades/V3__append_lock.sql instead; one at version 2 with the second.
-- Binary collation: ids and idempotency keys that differ only in letter case are different.

CREATE TABLE mikrolan_events (
  global_position      BIGINT AUTO_INCREMENT PRIMARY KEY,
  stream_type     VARCHAR(40)  NOT NULL,
  stream_id       VARCHAR(120) NOT NULL,
  stream_version  BIGINT       NOT NULL,
  event_type      VARCHAR(100) NOT NULL,
  schema_version  INTEGER      NOT NULL,
  payload         LONGTEXT         NOT NULL,
  actor           VARCHAR(120) NOT NULL,
  correlation_id  VARCHAR(120) NOT NULL,
  recorded_at     DATETIME(6) NOT NULL,
  CONSTRAINT mikrolan_events_stream_version UNIQUE (stream_type, stream_id, stream_version)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE mikrolan_idempotency (
  client          VARCHAR(120) NOT NULL,
  idem_key        VARCHAR(200) NOT NULL,
  fingerprint     VARCHAR(200) NOT NULL,
  result_body     LONGTEXT         NOT NULL,
  recorded_at     DATETIME(6) NOT NULL,
  CONSTRAINT mikrolan_idempotency_pk PRIMARY KEY (client, idem_key)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX mikrolan_idempotency_recorded ON mikrolan_idempotency (recorded_at);

CREATE TABLE mikrolan_participants (
  participant_id  VARCHAR(64)  NOT NULL,
  cpr_hmac        VARCHAR(64)  NOT NULL,
  cpr_encrypted   VARCHAR(200) NOT NULL,
  cpr_key_id      VARCHAR(40)  NOT NULL,
  municipality_code  VARCHAR(3)  NOT NULL,
  CONSTRAINT mikrolan_participants_pk PRIMARY KEY (municipality_code, participant_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX mikrolan_participants_hmac ON mikrolan_participants (cpr_hmac);

CREATE TABLE mikrolan_cpr_access_log (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  participant_id  VARCHAR(64)  NOT NULL,
  actor           VARCHAR(120) NOT NULL,
  purpose         VARCHAR(200) NOT NULL,
  correlation_id  VARCHAR(120) NOT NULL,
  accessed_at     DATETIME(6) NOT NULL,
  municipality_code  VARCHAR(3)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE mikrolan_rm_cases (
  case_id            VARCHAR(64) NOT NULL,
  municipality_code  VARCHAR(3)  NOT NULL,
  stage              VARCHAR(40) NOT NULL,
  cohort_id          VARCHAR(64),
  advisor_id         VARCHAR(64),
  participant_id     VARCHAR(64) NOT NULL,
  referred_on        DATE        NOT NULL,
  last_position      BIGINT      NOT NULL,
  CONSTRAINT mikrolan_rm_cases_pk PRIMARY KEY (municipality_code, case_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX mikrolan_rm_cases_stage ON mikrolan_rm_cases (municipality_code, stage);
CREATE INDEX mikrolan_rm_cases_cohort ON mikrolan_rm_cases (municipality_code, cohort_id, stage);
CREATE INDEX mikrolan_rm_cases_advisor ON mikrolan_rm_cases (municipality_code, advisor_id);

CREATE TABLE mikrolan_rm_loans (
  case_id            VARCHAR(64) NOT NULL,
  status             VARCHAR(40) NOT NULL,
  disbursed_ore      BIGINT      NOT NULL,
  outstanding_ore    BIGINT      NOT NULL,
  written_off_ore    BIGINT      NOT NULL,
  next_due_date      DATE,
  last_position      BIGINT      NOT NULL,
  municipality_code  VARCHAR(3)  NOT NULL,
  CONSTRAINT mikrolan_rm_loans_pk PRIMARY KEY (municipality_code, case_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE mikrolan_rm_loan_instalments (
  case_id            VARCHAR(64) NOT NULL,
  instalment_no      INTEGER     NOT NULL,
  due_date           DATE        NOT NULL,
  remaining_ore      BIGINT      NOT NULL,
  municipality_code  VARCHAR(3)  NOT NULL,
  CONSTRAINT mikrolan_rm_loan_instalments_pk PRIMARY KEY (municipality_code, case_id, instalment_no)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX mikrolan_rm_loan_instalments_due ON mikrolan_rm_loan_instalments (municipality_code, due_date, case_id);

-- Appends take turns from updating this row to their commit, so global positions become visible
-- in order (schema version 3).
CREATE TABLE mikrolan_append_lock (
  lock_id   INTEGER NOT NULL,
  appends   BIGINT  NOT NULL,
  CONSTRAINT mikrolan_append_lock_pk PRIMARY KEY (lock_id)
);
INSERT INTO mikrolan_append_lock (lock_id, appends) VALUES (1, 0);
