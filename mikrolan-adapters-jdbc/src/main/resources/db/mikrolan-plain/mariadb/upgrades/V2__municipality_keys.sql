-- mikrolan schema version 2 (MariaDB): municipalities kept apart.
-- Streams keyed by a case or a cohort start with the municipality's code (kommunekode), so two
-- municipalities that use the same case id on one server have two cases: case/2026-0042 becomes
-- case/751:2026-0042 (likewise loan/ and cohort/), and a participant's de minimis record
-- de-minimis/participant-P-1 becomes de-minimis/participant-751-P-1. Payloads are unchanged. The
-- read models and the participants carry the code, and the idempotency table is indexed for its
-- purge. Take a backup first: not every database runs DDL in one transaction.
-- Written with the default table prefix mikrolan_ (replace it with the host's); record it as
-- version 2 in <prefix>schema_history. SchemaTest keeps it equal to the migration.

CREATE TABLE mikrolan_v2_stream_keys (
  stream_type  VARCHAR(40)  NOT NULL,
  old_id       VARCHAR(120) NOT NULL,
  new_id       VARCHAR(120) NOT NULL,
  CONSTRAINT mikrolan_v2_stream_keys_pk PRIMARY KEY (stream_type, old_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- A case's municipality is in its referral, case.Referred, as "municipalityCode":"NNN"; its loan
-- account has the case's id.
INSERT INTO mikrolan_v2_stream_keys (stream_type, old_id, new_id)
  SELECT 'case', stream_id, CONCAT(SUBSTRING(payload, LOCATE('"municipalityCode":"', payload) + 20, 3), CONCAT(':', stream_id))
  FROM mikrolan_events
  WHERE stream_type = 'case' AND event_type = 'case.Referred' AND LOCATE('"municipalityCode":"', payload) > 0;
INSERT INTO mikrolan_v2_stream_keys (stream_type, old_id, new_id)
  SELECT 'loan', old_id, new_id FROM mikrolan_v2_stream_keys WHERE stream_type = 'case';
-- A cohort's municipality is in its first event, cohort.CohortPlanned, likewise.
INSERT INTO mikrolan_v2_stream_keys (stream_type, old_id, new_id)
  SELECT 'cohort', stream_id, CONCAT(SUBSTRING(payload, LOCATE('"municipalityCode":"', payload) + 20, 3), CONCAT(':', stream_id))
  FROM mikrolan_events
  WHERE stream_type = 'cohort' AND event_type = 'cohort.CohortPlanned' AND LOCATE('"municipalityCode":"', payload) > 0;
-- A participant's de minimis record takes the municipality that granted its aid
-- ("grantingAuthority":"NNN"): participant ids are the municipality's own. A record holding grants
-- of two municipalities cannot be split by SQL: its two rows break this table's key and stop the
-- migration, for the DBA to resolve, rather than filing one municipality's aid under the other.
INSERT INTO mikrolan_v2_stream_keys (stream_type, old_id, new_id)
  SELECT DISTINCT 'de-minimis', stream_id, CONCAT('participant-', CONCAT(SUBSTRING(payload, LOCATE('"grantingAuthority":"', payload) + 21, 3), CONCAT('-', SUBSTRING(stream_id, 13))))
  FROM mikrolan_events
  WHERE stream_type = 'de-minimis' AND stream_id LIKE 'participant-%'
    AND event_type = 'aid.AidGranted' AND LOCATE('"grantingAuthority":"', payload) > 0;
UPDATE mikrolan_events SET stream_id = (
    SELECT k.new_id FROM mikrolan_v2_stream_keys k
    WHERE k.stream_type = mikrolan_events.stream_type AND k.old_id = mikrolan_events.stream_id)
  WHERE stream_type IN ('case', 'loan', 'cohort', 'de-minimis') AND EXISTS (
    SELECT 1 FROM mikrolan_v2_stream_keys k
    WHERE k.stream_type = mikrolan_events.stream_type AND k.old_id = mikrolan_events.stream_id);
DROP TABLE mikrolan_v2_stream_keys;

ALTER TABLE mikrolan_rm_cases DROP PRIMARY KEY;
ALTER TABLE mikrolan_rm_cases ADD PRIMARY KEY (municipality_code, case_id);
DROP INDEX mikrolan_rm_cases_cohort ON mikrolan_rm_cases;
CREATE INDEX mikrolan_rm_cases_cohort ON mikrolan_rm_cases (municipality_code, cohort_id, stage);
DROP INDEX mikrolan_rm_cases_advisor ON mikrolan_rm_cases;
CREATE INDEX mikrolan_rm_cases_advisor ON mikrolan_rm_cases (municipality_code, advisor_id);

ALTER TABLE mikrolan_rm_loans ADD COLUMN municipality_code VARCHAR(3);
UPDATE mikrolan_rm_loans SET municipality_code = (
  SELECT c.municipality_code FROM mikrolan_rm_cases c WHERE c.case_id = mikrolan_rm_loans.case_id);
ALTER TABLE mikrolan_rm_loans MODIFY municipality_code VARCHAR(3) NOT NULL;
ALTER TABLE mikrolan_rm_loans DROP PRIMARY KEY;
ALTER TABLE mikrolan_rm_loans ADD PRIMARY KEY (municipality_code, case_id);

ALTER TABLE mikrolan_rm_loan_instalments ADD COLUMN municipality_code VARCHAR(3);
UPDATE mikrolan_rm_loan_instalments SET municipality_code = (
  SELECT c.municipality_code FROM mikrolan_rm_cases c WHERE c.case_id = mikrolan_rm_loan_instalments.case_id);
ALTER TABLE mikrolan_rm_loan_instalments MODIFY municipality_code VARCHAR(3) NOT NULL;
ALTER TABLE mikrolan_rm_loan_instalments DROP PRIMARY KEY;
ALTER TABLE mikrolan_rm_loan_instalments ADD PRIMARY KEY (municipality_code, case_id, instalment_no);
DROP INDEX mikrolan_rm_loan_instalments_due ON mikrolan_rm_loan_instalments;
CREATE INDEX mikrolan_rm_loan_instalments_due ON mikrolan_rm_loan_instalments (municipality_code, due_date, case_id);

-- A participant id is the municipality's: one row per municipality that referred the participant.
-- A row no case names is not deleted: the NOT NULL below then stops the migration instead.
ALTER TABLE mikrolan_participants ADD COLUMN municipality_code VARCHAR(3);
ALTER TABLE mikrolan_participants DROP PRIMARY KEY;
INSERT INTO mikrolan_participants (participant_id, cpr_hmac, cpr_encrypted, cpr_key_id, municipality_code)
  SELECT DISTINCT p.participant_id, p.cpr_hmac, p.cpr_encrypted, p.cpr_key_id, c.municipality_code
  FROM mikrolan_participants p JOIN mikrolan_rm_cases c ON c.participant_id = p.participant_id
  WHERE p.municipality_code IS NULL;
DELETE FROM mikrolan_participants WHERE municipality_code IS NULL AND participant_id IN (
  SELECT participant_id FROM (SELECT participant_id FROM mikrolan_participants WHERE municipality_code IS NOT NULL) copied);
ALTER TABLE mikrolan_participants MODIFY municipality_code VARCHAR(3) NOT NULL;
ALTER TABLE mikrolan_participants ADD PRIMARY KEY (municipality_code, participant_id);

-- An earlier reading of a CPR number belongs to the participant's municipality when there is one;
-- a participant of several municipalities leaves it open (NULL) rather than guess.
ALTER TABLE mikrolan_cpr_access_log ADD COLUMN municipality_code VARCHAR(3);
UPDATE mikrolan_cpr_access_log SET municipality_code = (
  SELECT CASE WHEN COUNT(DISTINCT c.municipality_code) = 1 THEN MIN(c.municipality_code) END
  FROM mikrolan_rm_cases c WHERE c.participant_id = mikrolan_cpr_access_log.participant_id);

CREATE INDEX mikrolan_idempotency_recorded ON mikrolan_idempotency (recorded_at);
