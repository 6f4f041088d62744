CREATE TABLE `assignments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`juror_id` text NOT NULL,
	`assigned_by_id` text,
	`assigned_at` integer NOT NULL,
	`conflict_status` text DEFAULT 'unconfirmed' NOT NULL,
	`conflict_reason` text,
	`conflict_answered_at` integer,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`juror_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assigned_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assignments_case_juror_idx` ON `assignments` (`case_id`,`juror_id`);--> statement-breakpoint
CREATE INDEX `assignments_juror_idx` ON `assignments` (`juror_id`);--> statement-breakpoint
CREATE TABLE `juror_invitations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`token_hash` text NOT NULL,
	`invited_by_id` text,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`accepted_at` integer,
	`revoked_at` integer,
	`accepted_user_id` text,
	FOREIGN KEY (`invited_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`accepted_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `juror_invitations_token_hash_unique` ON `juror_invitations` (`token_hash`);--> statement-breakpoint
CREATE INDEX `juror_invitations_email_idx` ON `juror_invitations` (`email`);--> statement-breakpoint
CREATE TABLE `score_sheets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assignment_id` integer NOT NULL,
	`score_promise` integer,
	`score_anchoring` integer,
	`score_realisation` integer,
	`comment_promise` text DEFAULT '' NOT NULL,
	`comment_anchoring` text DEFAULT '' NOT NULL,
	`comment_realisation` text DEFAULT '' NOT NULL,
	`overall_comment` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`finalised_at` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`assignment_id`) REFERENCES `assignments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `score_sheets_assignment_id_unique` ON `score_sheets` (`assignment_id`);--> statement-breakpoint
ALTER TABLE `competitions` ADD `is_blind_judging` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `competitions` ADD `scoring_locked_at` integer;