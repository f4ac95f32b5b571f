-- mikrolan schema version 2 (MariaDB): municipalities kept apart.
-- Streams keyed by a case or a cohort start with the municipality's code (kommunekode), so two
-- municipalities that use the same case id on one server have two cases: case/2026-0042 becomes
-- case/751:2026-0042 (likewise loan/ and cohort/). Payloads are unchanged. The read models and
-- the participants carry the code, and the idempotency table is indexed for its purge.
-- Written with the default table prefix mikrolan_; SchemaTest keeps it equal to the migration.

CREATE TABLE mikrolan_v2_stream_keys (
  stream_type  VARCHAR(40)  NOT NULL,
  old_id       VARCHAR(120) NOT NULL,
  new_id       VARCHAR(120) NOT NULL
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- A case's municipality is in its read model row, kept in the same transaction as its events.
INSERT INTO mikrolan_v2_stream_keys (stream_type, old_id, new_id)
  SELECT 'case', case_id, CONCAT(municipality_code, ':', case_id) FROM mikrolan_rm_cases;
INSERT INTO mikrolan_v2_stream_keys (stream_type, old_id, new_id)
  SELECT 'loan', case_id, CONCAT(municipality_code, ':', case_id) FROM mikrolan_rm_cases;
-- A cohort's municipality is in its first event, cohort.CohortPlanned, as "municipalityCode":"NNN".
INSERT INTO mikrolan_v2_stream_keys (stream_type, old_id, new_id)
  SELECT 'cohort', stream_id,
         CONCAT(SUBSTRING(payload, LOCATE('"municipalityCode":"', payload) + 20, 3), ':', stream_id)
  FROM mikrolan_events
  WHERE stream_type = 'cohort' AND event_type = 'cohort.CohortPlanned' AND LOCATE('"municipalityCode":"', payload) > 0;
UPDATE mikrolan_events SET stream_id = (
    SELECT k.new_id FROM mikrolan_v2_stream_keys k
    WHERE k.stream_type = mikrolan_events.stream_type AND k.old_id = mikrolan_events.stream_id)
  WHERE EXISTS (
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
ALTER TABLE mikrolan_participants ADD COLUMN municipality_code VARCHAR(3);
ALTER TABLE mikrolan_participants DROP PRIMARY KEY;
INSERT INTO mikrolan_participants (participant_id, cpr_hmac, cpr_encrypted, cpr_key_id, municipality_code)
  SELECT DISTINCT p.participant_id, p.cpr_hmac, p.cpr_encrypted, p.cpr_key_id, c.municipality_code
  FROM mikrolan_participants p JOIN mikrolan_rm_cases c ON c.participant_id = p.participant_id
  WHERE p.municipality_code IS NULL;
DELETE FROM mikrolan_participants WHERE municipality_code IS NULL;
ALTER TABLE mikrolan_participants MODIFY municipality_code VARCHAR(3) NOT NULL;
ALTER TABLE mikrolan_participants ADD PRIMARY KEY (municipality_code, participant_id);

ALTER TABLE mikrolan_cpr_access_log ADD COLUMN municipality_code VARCHAR(3);
UPDATE mikrolan_cpr_access_log SET municipality_code = (
  SELECT MIN(c.municipality_code) FROM mikrolan_rm_cases c WHERE c.participant_id = mikrolan_cpr_access_log.participant_id);

CREATE INDEX mikrolan_idempotency_recorded ON mikrolan_idempotency (recorded_at);
