CREATE TABLE `throttled_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`action` text NOT NULL,
	`subject` text NOT NULL,
	`client` text NOT NULL,
	`attempted_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `throttled_attempts_subject_idx` ON `throttled_attempts` (`action`,`subject`,`attempted_at`);--> statement-breakpoint
CREATE INDEX `throttled_attempts_client_idx` ON `throttled_attempts` (`action`,`client`,`attempted_at`);--> statement-breakpoint
DROP TABLE `login_failures`;--> statement-breakpoint
-- Edited by hand: SQLite cannot add a NOT NULL column without a default, and the sessions stored so far
-- hold the raw cookie token as their id, which the new code never looks up. Recreating the table ends
-- them all, on purpose: everyone logs in once more.
DROP TABLE `sessions`;--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);