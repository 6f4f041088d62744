PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actor_id` text,
	`action` text NOT NULL,
	`subject_type` text NOT NULL,
	`subject_id` text NOT NULL,
	`details` text,
	`at` integer NOT NULL,
	`prev_hash` text,
	`hash` text
);
--> statement-breakpoint
INSERT INTO `__new_audit_log`("id", "actor_id", "action", "subject_type", "subject_id", "details", "at", "prev_hash", "hash") SELECT "id", "actor_id", "action", "subject_type", "subject_id", "details", "at", NULL, NULL FROM `audit_log`;--> statement-breakpoint
DROP TABLE `audit_log`;--> statement-breakpoint
ALTER TABLE `__new_audit_log` RENAME TO `audit_log`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `audit_log_subject_idx` ON `audit_log` (`subject_type`,`subject_id`);--> statement-breakpoint
CREATE INDEX `audit_log_actor_idx` ON `audit_log` (`actor_id`);--> statement-breakpoint
CREATE INDEX `audit_log_action_idx` ON `audit_log` (`action`);--> statement-breakpoint
ALTER TABLE `publications` ADD `snapshot_hash` text;--> statement-breakpoint
-- The rows copied above have no hashes yet: SQLite has no SHA-256 in SQL, so the first
-- openDatabase after this migration seals them in id order (sealUnchainedRecords), and the snapshots
-- published before it too. From then on writeAudit chains every entry as it is written.
-- The log is append-only: an entry may only be sealed once, never changed or removed.
CREATE TRIGGER `audit_log_append_only_update` BEFORE UPDATE ON `audit_log`
WHEN OLD.hash IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.actor_id IS NOT OLD.actor_id OR NEW.action IS NOT OLD.action
  OR NEW.subject_type IS NOT OLD.subject_type OR NEW.subject_id IS NOT OLD.subject_id OR NEW.details IS NOT OLD.details
  OR NEW.at IS NOT OLD.at
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_append_only_delete` BEFORE DELETE ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
--> statement-breakpoint
-- Published snapshots stay immutable; the one change allowed is recording the hash of a snapshot
-- published before hashes were kept, once.
DROP TRIGGER `publications_immutable_update`;
--> statement-breakpoint
CREATE TRIGGER `publications_immutable_update` BEFORE UPDATE ON `publications`
WHEN OLD.published_at IS NOT NULL AND NOT (
  OLD.snapshot_hash IS NULL AND NEW.snapshot_hash IS NOT NULL AND NEW.id IS OLD.id
  AND NEW.competition_id IS OLD.competition_id AND NEW.stage IS OLD.stage AND NEW.snapshot IS OLD.snapshot
  AND NEW.override_reason IS OLD.override_reason AND NEW.prepared_by_id IS OLD.prepared_by_id
  AND NEW.prepared_at IS OLD.prepared_at AND NEW.published_by_id IS OLD.published_by_id
  AND NEW.published_at IS OLD.published_at
)
BEGIN
  SELECT RAISE(ABORT, 'published snapshots are immutable');
END;
