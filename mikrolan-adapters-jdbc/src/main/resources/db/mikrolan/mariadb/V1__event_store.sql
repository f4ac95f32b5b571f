-- mikrolan event store, idempotency, CPR protection and read models (MariaDB).
-- ${prefix} is the host's table prefix (default mikrolan_).
-- Binary collation: ids and idempotency keys that differ only in letter case are different.

CREATE TABLE ${prefix}events (
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
  CONSTRAINT ${prefix}events_stream_version UNIQUE (stream_type, stream_id, stream_version)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE ${prefix}idempotency (
  client          VARCHAR(120) NOT NULL,
  idem_key        VARCHAR(200) NOT NULL,
  fingerprint     VARCHAR(200) NOT NULL,
  result_body     LONGTEXT         NOT NULL,
  recorded_at     DATETIME(6) NOT NULL,
  CONSTRAINT ${prefix}idempotency_pk PRIMARY KEY (client, idem_key)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE ${prefix}participants (
  participant_id  VARCHAR(64)  NOT NULL,
  cpr_hmac        VARCHAR(64)  NOT NULL,
  cpr_encrypted   VARCHAR(200) NOT NULL,
  cpr_key_id      VARCHAR(40)  NOT NULL,
  CONSTRAINT ${prefix}participants_pk PRIMARY KEY (participant_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ${prefix}participants_hmac ON ${prefix}participants (cpr_hmac);

CREATE TABLE ${prefix}cpr_access_log (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  participant_id  VARCHAR(64)  NOT NULL,
  actor           VARCHAR(120) NOT NULL,
  purpose         VARCHAR(200) NOT NULL,
  correlation_id  VARCHAR(120) NOT NULL,
  accessed_at     DATETIME(6) NOT NULL
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE ${prefix}rm_cases (
  case_id            VARCHAR(64) NOT NULL,
  municipality_code  VARCHAR(3)  NOT NULL,
  stage              VARCHAR(40) NOT NULL,
  cohort_id          VARCHAR(64),
  advisor_id         VARCHAR(64),
  participant_id     VARCHAR(64) NOT NULL,
  referred_on        DATE        NOT NULL,
  last_position      BIGINT      NOT NULL,
  CONSTRAINT ${prefix}rm_cases_pk PRIMARY KEY (case_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ${prefix}rm_cases_stage ON ${prefix}rm_cases (municipality_code, stage);
CREATE INDEX ${prefix}rm_cases_cohort ON ${prefix}rm_cases (cohort_id, stage);
CREATE INDEX ${prefix}rm_cases_advisor ON ${prefix}rm_cases (advisor_id);

CREATE TABLE ${prefix}rm_loans (
  case_id            VARCHAR(64) NOT NULL,
  status             VARCHAR(40) NOT NULL,
  disbursed_ore      BIGINT      NOT NULL,
  outstanding_ore    BIGINT      NOT NULL,
  written_off_ore    BIGINT      NOT NULL,
  next_due_date      DATE,
  last_position      BIGINT      NOT NULL,
  CONSTRAINT ${prefix}rm_loans_pk PRIMARY KEY (case_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE ${prefix}rm_loan_instalments (
  case_id            VARCHAR(64) NOT NULL,
  instalment_no      INTEGER     NOT NULL,
  due_date           DATE        NOT NULL,
  remaining_ore      BIGINT      NOT NULL,
  CONSTRAINT ${prefix}rm_loan_instalments_pk PRIMARY KEY (case_id, instalment_no)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ${prefix}rm_loan_instalments_due ON ${prefix}rm_loan_instalments (due_date, case_id);
