CREATE TABLE `ranking_entries` (
	`case_id` integer PRIMARY KEY NOT NULL,
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
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`competition_id`) REFERENCES `competitions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`category_id`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ranking_entries_category_rank` ON `ranking_entries` (`category_id`,`rank`);--> statement-breakpoint
ALTER TABLE `competitions` ADD `ranking_method` text DEFAULT 'mean' NOT NULL;