-- mikrolan schema version 2 (H2): municipalities kept apart.
-- Streams keyed by a case or a cohort start with the municipality's code (kommunekode), so two
-- municipalities that use the same case id on one server have two cases: case/2026-0042 becomes
-- case/751:2026-0042 (likewise loan/ and cohort/). Payloads are unchanged. The read models and
-- the participants carry the code, and the idempotency table is indexed for its purge.
-- ${prefix} is the host's table prefix (default mikrolan_).

CREATE TABLE ${prefix}v2_stream_keys (
  stream_type  VARCHAR(40)  NOT NULL,
  old_id       VARCHAR(120) NOT NULL,
  new_id       VARCHAR(120) NOT NULL
);
-- A case's municipality is in its read model row, kept in the same transaction as its events.
INSERT INTO ${prefix}v2_stream_keys (stream_type, old_id, new_id)
  SELECT 'case', case_id, CONCAT(municipality_code, ':', case_id) FROM ${prefix}rm_cases;
INSERT INTO ${prefix}v2_stream_keys (stream_type, old_id, new_id)
  SELECT 'loan', case_id, CONCAT(municipality_code, ':', case_id) FROM ${prefix}rm_cases;
-- A cohort's municipality is in its first event, cohort.CohortPlanned, as "municipalityCode":"NNN".
INSERT INTO ${prefix}v2_stream_keys (stream_type, old_id, new_id)
  SELECT 'cohort', stream_id,
         CONCAT(SUBSTRING(payload, LOCATE('"municipalityCode":"', payload) + 20, 3), ':', stream_id)
  FROM ${prefix}events
  WHERE stream_type = 'cohort' AND event_type = 'cohort.CohortPlanned' AND LOCATE('"municipalityCode":"', payload) > 0;
UPDATE ${prefix}events SET stream_id = (
    SELECT k.new_id FROM ${prefix}v2_stream_keys k
    WHERE k.stream_type = ${prefix}events.stream_type AND k.old_id = ${prefix}events.stream_id)
  WHERE EXISTS (
    SELECT 1 FROM ${prefix}v2_stream_keys k
    WHERE k.stream_type = ${prefix}events.stream_type AND k.old_id = ${prefix}events.stream_id);
DROP TABLE ${prefix}v2_stream_keys;

ALTER TABLE ${prefix}rm_cases DROP CONSTRAINT ${prefix}rm_cases_pk;
ALTER TABLE ${prefix}rm_cases ADD CONSTRAINT ${prefix}rm_cases_pk PRIMARY KEY (municipality_code, case_id);
DROP INDEX ${prefix}rm_cases_cohort;
CREATE INDEX ${prefix}rm_cases_cohort ON ${prefix}rm_cases (municipality_code, cohort_id, stage);
DROP INDEX ${prefix}rm_cases_advisor;
CREATE INDEX ${prefix}rm_cases_advisor ON ${prefix}rm_cases (municipality_code, advisor_id);

ALTER TABLE ${prefix}rm_loans ADD COLUMN municipality_code VARCHAR(3);
UPDATE ${prefix}rm_loans SET municipality_code = (
  SELECT c.municipality_code FROM ${prefix}rm_cases c WHERE c.case_id = ${prefix}rm_loans.case_id);
ALTER TABLE ${prefix}rm_loans ALTER COLUMN municipality_code SET NOT NULL;
ALTER TABLE ${prefix}rm_loans DROP CONSTRAINT ${prefix}rm_loans_pk;
ALTER TABLE ${prefix}rm_loans ADD CONSTRAINT ${prefix}rm_loans_pk PRIMARY KEY (municipality_code, case_id);

ALTER TABLE ${prefix}rm_loan_instalments ADD COLUMN municipality_code VARCHAR(3);
UPDATE ${prefix}rm_loan_instalments SET municipality_code = (
  SELECT c.municipality_code FROM ${prefix}rm_cases c WHERE c.case_id = ${prefix}rm_loan_instalments.case_id);
ALTER TABLE ${prefix}rm_loan_instalments ALTER COLUMN municipality_code SET NOT NULL;
ALTER TABLE ${prefix}rm_loan_instalments DROP CONSTRAINT ${prefix}rm_loan_instalments_pk;
ALTER TABLE ${prefix}rm_loan_instalments
  ADD CONSTRAINT ${prefix}rm_loan_instalments_pk PRIMARY KEY (municipality_code, case_id, instalment_no);
DROP INDEX ${prefix}rm_loan_instalments_due;
CREATE INDEX ${prefix}rm_loan_instalments_due ON ${prefix}rm_loan_instalments (municipality_code, due_date, case_id);

-- A participant id is the municipality's: one row per municipality that referred the participant.
ALTER TABLE ${prefix}participants ADD COLUMN municipality_code VARCHAR(3);
ALTER TABLE ${prefix}participants DROP CONSTRAINT ${prefix}participants_pk;
INSERT INTO ${prefix}participants (participant_id, cpr_hmac, cpr_encrypted, cpr_key_id, municipality_code)
  SELECT DISTINCT p.participant_id, p.cpr_hmac, p.cpr_encrypted, p.cpr_key_id, c.municipality_code
  FROM ${prefix}participants p JOIN ${prefix}rm_cases c ON c.participant_id = p.participant_id
  WHERE p.municipality_code IS NULL;
DELETE FROM ${prefix}participants WHERE municipality_code IS NULL;
ALTER TABLE ${prefix}participants ALTER COLUMN municipality_code SET NOT NULL;
ALTER TABLE ${prefix}participants
  ADD CONSTRAINT ${prefix}participants_pk PRIMARY KEY (municipality_code, participant_id);

ALTER TABLE ${prefix}cpr_access_log ADD COLUMN municipality_code VARCHAR(3);
UPDATE ${prefix}cpr_access_log SET municipality_code = (
  SELECT MIN(c.municipality_code) FROM ${prefix}rm_cases c WHERE c.participant_id = ${prefix}cpr_access_log.participant_id);

CREATE INDEX ${prefix}idempotency_recorded ON ${prefix}idempotency (recorded_at);
