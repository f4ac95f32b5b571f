-- mikrolan schema version 2 (H2): municipalities kept apart.
-- Streams keyed by a case or a cohort start with the municipality's code (kommunekode), so two
-- municipalities that use the same case id on one server have two cases: case/2026-0042 becomes
-- case/751:2026-0042 (likewise loan/ and cohort/), and a participant's de minimis record
-- de-minimis/participant-P-1 becomes de-minimis/participant-751-P-1. Payloads are unchanged. The
-- read models and the participants carry the code, and the idempotency table is indexed for its
-- purge. Take a backup first: not every database runs DDL in one transaction.
-- ${prefix} is the host's table prefix (default mikrolan_).

CREATE TABLE ${prefix}v2_stream_keys (
  stream_type  VARCHAR(40)  NOT NULL,
  old_id       VARCHAR(120) NOT NULL,
  new_id       VARCHAR(120) NOT NULL,
  CONSTRAINT ${prefix}v2_stream_keys_pk PRIMARY KEY (stream_type, old_id)
);
-- A case's municipality is in its referral, case.Referred, as "municipalityCode":"NNN"; its loan
-- account has the case's id.
INSERT INTO ${prefix}v2_stream_keys (stream_type, old_id, new_id)
  SELECT 'case', stream_id, CONCAT(SUBSTRING(payload, LOCATE('"municipalityCode":"', payload) + 20, 3), CONCAT(':', stream_id))
  FROM ${prefix}events
  WHERE stream_type = 'case' AND event_type = 'case.Referred' AND LOCATE('"municipalityCode":"', payload) > 0;
INSERT INTO ${prefix}v2_stream_keys (stream_type, old_id, new_id)
  SELECT 'loan', old_id, new_id FROM ${prefix}v2_stream_keys WHERE stream_type = 'case';
-- A cohort's municipality is in its first event, cohort.CohortPlanned, likewise.
INSERT INTO ${prefix}v2_stream_keys (stream_type, old_id, new_id)
  SELECT 'cohort', stream_id, CONCAT(SUBSTRING(payload, LOCATE('"municipalityCode":"', payload) + 20, 3), CONCAT(':', stream_id))
  FROM ${prefix}events
  WHERE stream_type = 'cohort' AND event_type = 'cohort.CohortPlanned' AND LOCATE('"municipalityCode":"', payload) > 0;
-- A participant's de minimis record takes the municipality that granted its aid
-- ("grantingAuthority":"NNN"): participant ids are the municipality's own. A record holding grants
-- of two municipalities cannot be split by SQL: its two rows break this table's key and stop the
-- migration, for the DBA to resolve, rather than filing one municipality's aid under the other.
INSERT INTO ${prefix}v2_stream_keys (stream_type, old_id, new_id)
  SELECT DISTINCT 'de-minimis', stream_id, CONCAT('participant-', CONCAT(SUBSTRING(payload, LOCATE('"grantingAuthority":"', payload) + 21, 3), CONCAT('-', SUBSTRING(stream_id, 13))))
  FROM ${prefix}events
  WHERE stream_type = 'de-minimis' AND stream_id LIKE 'participant-%'
    AND event_type = 'aid.AidGranted' AND LOCATE('"grantingAuthority":"', payload) > 0;
UPDATE ${prefix}events SET stream_id = (
    SELECT k.new_id FROM ${prefix}v2_stream_keys k
    WHERE k.stream_type = ${prefix}events.stream_type AND k.old_id = ${prefix}events.stream_id)
  WHERE stream_type IN ('case', 'loan', 'cohort', 'de-minimis') AND EXISTS (
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
ALTER TABLE ${prefix}rm_loan_instalments ADD CONSTRAINT ${prefix}rm_loan_instalments_pk PRIMARY KEY (municipality_code, case_id, instalment_no);
DROP INDEX ${prefix}rm_loan_instalments_due;
CREATE INDEX ${prefix}rm_loan_instalments_due ON ${prefix}rm_loan_instalments (municipality_code, due_date, case_id);

-- A participant id is the municipality's: one row per municipality that referred the participant.
-- A row no case names is not deleted: the NOT NULL below then stops the migration instead.
ALTER TABLE ${prefix}participants ADD COLUMN municipality_code VARCHAR(3);
ALTER TABLE ${prefix}participants DROP CONSTRAINT ${prefix}participants_pk;
INSERT INTO ${prefix}participants (participant_id, cpr_hmac, cpr_encrypted, cpr_key_id, municipality_code)
  SELECT DISTINCT p.participant_id, p.cpr_hmac, p.cpr_encrypted, p.cpr_key_id, c.municipality_code
  FROM ${prefix}participants p JOIN ${prefix}rm_cases c ON c.participant_id = p.participant_id
  WHERE p.municipality_code IS NULL;
DELETE FROM ${prefix}participants WHERE municipality_code IS NULL AND participant_id IN (
  SELECT participant_id FROM (SELECT participant_id FROM ${prefix}participants WHERE municipality_code IS NOT NULL) copied);
ALTER TABLE ${prefix}participants ALTER COLUMN municipality_code SET NOT NULL;
ALTER TABLE ${prefix}participants ADD CONSTRAINT ${prefix}participants_pk PRIMARY KEY (municipality_code, participant_id);

-- An earlier reading of a CPR number belongs to the participant's municipality when there is one;
-- a participant of several municipalities leaves it open (NULL) rather than guess.
ALTER TABLE ${prefix}cpr_access_log ADD COLUMN municipality_code VARCHAR(3);
UPDATE ${prefix}cpr_access_log SET municipality_code = (
  SELECT CASE WHEN COUNT(DISTINCT c.municipality_code) = 1 THEN MIN(c.municipality_code) END
  FROM ${prefix}rm_cases c WHERE c.participant_id = ${prefix}cpr_access_log.participant_id);

CREATE INDEX ${prefix}idempotency_recorded ON ${prefix}idempotency (recorded_at);
