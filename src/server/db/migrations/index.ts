import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation.ts';
import * as m0002 from './0002_customers.ts';
import * as m0003 from './0003_grade_requests.ts';
import * as m0006 from './0006_score_shares.ts';
import * as m0007 from './0007_export_requests.ts';
import * as m0008 from './0008_destruction.ts';
import * as m0009 from './0009_audit_chain_key.ts';
import * as m0010 from './0010_auth_hardening.ts';
import * as m0011 from './0011_tier_history_score.ts';
import * as m0012 from './0012_jobs.ts';
import * as m0013 from './0013_workflow.ts';
import * as m0014 from './0014_calendar.ts';
import * as m0015 from './0015_followup_rules.ts';
import * as m0016 from './0016_followup_tasks.ts';
import * as m0017 from './0017_followup_records.ts';
import * as m0018 from './0018_customer_followups.ts';
import * as m0019 from './0019_followup_attempts.ts';
import * as m0020 from './0020_record_reviews.ts';
import * as m0021 from './0021_record_outcomes.ts';
import * as m0022 from './0022_customer_contact_cap.ts';
import * as m0023 from './0023_imported_history.ts';
import * as m0024 from './0024_task_end_reason_codes.ts';
import * as m0025 from './0025_incremental_generation.ts';
import * as m0026 from './0026_anniversary_day_index.ts';
import * as m0027 from './0027_record_number_last.ts';
import * as m0028 from './0028_generation_customer_index.ts';
import * as m0029 from './0029_more_service_event_kinds.ts';
import * as m0030 from './0030_contact_birthday.ts';
import * as m0031 from './0031_issues.ts';
import * as m0032 from './0032_notifications.ts';
import * as m0033 from './0033_knowledge_base.ts';
import * as m0034 from './0034_issue_links.ts';
import * as m0035 from './0035_issue_attachments.ts';
import * as m0036 from './0036_issue_plans.ts';
import * as m0037 from './0037_breach_board_index.ts';
import * as m0038 from './0038_customer_name_pinyin.ts';
import * as m0039 from './0039_customer_person_and_preferences.ts';
import * as m0040 from './0040_customer_name_grams.ts';
import * as m0041 from './0041_notification_params.ts';
import * as m0042 from './0042_tier_reason_codes.ts';
import * as m0043 from './0043_customer_common_grams.ts';
import * as m0044 from './0044_job_run_import_trigger.ts';
import * as m0045 from './0045_common_gram_ready.ts';

/** Every migration in order; listed by hand so bundling and tsx need no directory scan. */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_customers': m0002,
  '0003_grade_requests': m0003,
  '0006_score_shares': m0006,
  '0007_export_requests': m0007,
  '0008_destruction': m0008,
  '0009_audit_chain_key': m0009,
  '0010_auth_hardening': m0010,
  '0011_tier_history_score': m0011,
  '0012_jobs': m0012,
  '0013_workflow': m0013,
  '0014_calendar': m0014,
  '0015_followup_rules': m0015,
  '0016_followup_tasks': m0016,
  '0017_followup_records': m0017,
  '0018_customer_followups': m0018,
  '0019_followup_attempts': m0019,
  '0020_record_reviews': m0020,
  '0021_record_outcomes': m0021,
  '0022_customer_contact_cap': m0022,
  '0023_imported_history': m0023,
  '0024_task_end_reason_codes': m0024,
  '0025_incremental_generation': m0025,
  '0026_anniversary_day_index': m0026,
  '0027_record_number_last': m0027,
  '0028_generation_customer_index': m0028,
  '0029_more_service_event_kinds': m0029,
  '0030_contact_birthday': m0030,
  '0031_issues': m0031,
  '0032_notifications': m0032,
  '0033_knowledge_base': m0033,
  '0034_issue_links': m0034,
  '0035_issue_attachments': m0035,
  '0036_issue_plans': m0036,
  '0037_breach_board_index': m0037,
  '0038_customer_name_pinyin': m0038,
  '0039_customer_person_and_preferences': m0039,
  '0040_customer_name_grams': m0040,
  '0041_notification_params': m0041,
  '0042_tier_reason_codes': m0042,
  '0043_customer_common_grams': m0043,
  '0044_job_run_import_trigger': m0044,
  '0045_common_gram_ready': m0045,
};
