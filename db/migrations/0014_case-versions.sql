CREATE TABLE `case_versions` (
	`case_id` integer NOT NULL,
	`number` integer NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`service_promise` text NOT NULL,
	`anchoring` text NOT NULL,
	`realisation` text NOT NULL,
	`category_id` integer NOT NULL,
	`attachment_names` text DEFAULT '[]' NOT NULL,
	`submitted_at` integer NOT NULL,
	`submitted_by_id` text,
	PRIMARY KEY(`case_id`, `number`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`category_id`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`submitted_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
ALTER TABLE `cases` ADD `submitted_version` integer;--> statement-breakpoint
ALTER TABLE `cases` ADD `reopened_at` integer;--> statement-breakpoint
ALTER TABLE `score_sheets` ADD `case_version` integer;--> statement-breakpoint
-- Backfill (ADR 0021): a case standing submitted or disqualified holds the text it was submitted with, which becomes its version 1. Drafts and withdrawn cases once submitted were edited since, so their submitted text is gone and they get no version.
INSERT INTO `case_versions` (`case_id`, `number`, `title`, `summary`, `service_promise`, `anchoring`, `realisation`, `category_id`, `attachment_names`, `submitted_at`, `submitted_by_id`)
SELECT c.`id`, 1, c.`title`, c.`summary`, c.`service_promise`, c.`anchoring`, c.`realisation`, c.`category_id`,
  coalesce((SELECT json_group_array(a.`file_name`) FROM (SELECT `file_name` FROM `attachments` WHERE `case_id` = c.`id` ORDER BY `id`) a), '[]'),
  coalesce(c.`submitted_at`, c.`updated_at`), c.`updated_by_id`
FROM `cases` c WHERE c.`status` IN ('submitted', 'disqualified');--> statement-breakpoint
UPDATE `cases` SET `submitted_version` = 1 WHERE `status` IN ('submitted', 'disqualified');--> statement-breakpoint
UPDATE `score_sheets` SET `case_version` = 1 WHERE `assignment_id` IN (SELECT a.`id` FROM `assignments` a JOIN `cases` c ON c.`id` = a.`case_id` WHERE c.`submitted_version` = 1);
