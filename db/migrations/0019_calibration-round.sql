CREATE TABLE `calibration_rounds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`competition_id` integer NOT NULL,
	`opened_by_id` text,
	`opened_at` integer NOT NULL,
	`closed_by_id` text,
	`closed_at` integer,
	FOREIGN KEY (`competition_id`) REFERENCES `competitions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`opened_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`closed_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `calibration_rounds_competition_id_unique` ON `calibration_rounds` (`competition_id`);--> statement-breakpoint
CREATE TABLE `calibration_samples` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`position` integer NOT NULL,
	`title` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`service_promise` text DEFAULT '' NOT NULL,
	`anchoring` text DEFAULT '' NOT NULL,
	`realisation` text DEFAULT '' NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `calibration_rounds`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `calibration_samples_round_position` ON `calibration_samples` (`round_id`,`position`);--> statement-breakpoint
CREATE TABLE `calibration_sheets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sample_id` integer NOT NULL,
	`juror_id` text NOT NULL,
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
	FOREIGN KEY (`sample_id`) REFERENCES `calibration_samples`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`juror_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `calibration_sheets_sample_juror` ON `calibration_sheets` (`sample_id`,`juror_id`);