CREATE TABLE `reminders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`competition_id` integer NOT NULL,
	`round` text NOT NULL,
	`juror_id` text NOT NULL,
	`batch_key` text NOT NULL,
	`sent_by_id` text,
	`sent_at` integer NOT NULL,
	FOREIGN KEY (`competition_id`) REFERENCES `competitions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`juror_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`sent_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `reminders_competition_round_juror` ON `reminders` (`competition_id`,`round`,`juror_id`,`sent_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `reminders_batch_juror` ON `reminders` (`batch_key`,`juror_id`);