CREATE TABLE `outbox_mails` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`publication_id` integer NOT NULL,
	`to_email` text NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`sent_at` integer,
	`failed_at` integer,
	FOREIGN KEY (`publication_id`) REFERENCES `publications`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `outbox_mails_publication` ON `outbox_mails` (`publication_id`);--> statement-breakpoint
CREATE TABLE `publications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`competition_id` integer NOT NULL,
	`stage` text NOT NULL,
	`snapshot` text NOT NULL,
	`override_reason` text,
	`prepared_by_id` text,
	`prepared_at` integer NOT NULL,
	`published_by_id` text,
	`published_at` integer,
	FOREIGN KEY (`competition_id`) REFERENCES `competitions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`prepared_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`published_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `publications_competition_stage` ON `publications` (`competition_id`,`stage`);--> statement-breakpoint
CREATE TABLE `ranking_entries` (
	`case_id` integer NOT NULL,
	`round` text DEFAULT 'main' NOT NULL,
	`competition_id` integer NOT NULL,
	`category_id` integer NOT NULL,
	`rank` integer,
	`score` real,
	`raw_mean` real,
	`mean_promise` real,
	`mean_anchoring` real,
	`mean_realisation` real,
	`sheet_count` integer NOT NULL,
	`spread` real,
	`too_few_sheets` integer NOT NULL,
	`high_disagreement` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`case_id`, `round`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`competition_id`) REFERENCES `competitions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`category_id`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ranking_entries_category_rank` ON `ranking_entries` (`category_id`,`round`,`rank`);--> statement-breakpoint
DROP INDEX `score_sheets_assignment_id_unique`;--> statement-breakpoint
ALTER TABLE `score_sheets` ADD `round` text DEFAULT 'main' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `score_sheets_assignment_round` ON `score_sheets` (`assignment_id`,`round`);--> statement-breakpoint
ALTER TABLE `competitions` ADD `ranking_method` text DEFAULT 'mean' NOT NULL;--> statement-breakpoint
ALTER TABLE `competitions` ADD `share_feedback` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `competitions` ADD `final_round_opened_at` integer;--> statement-breakpoint
ALTER TABLE `competitions` ADD `final_round_locked_at` integer;