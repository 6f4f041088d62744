CREATE TABLE `email_verification_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`email` text NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `email_verification_tokens_token_hash_unique` ON `email_verification_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `email_verification_tokens_user_idx` ON `email_verification_tokens` (`user_id`);--> statement-breakpoint
CREATE TABLE `juror_conflicts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`juror_id` text NOT NULL,
	`source` text NOT NULL,
	`kind` text NOT NULL,
	`organisation_id` integer,
	`org_number` text,
	`organisation_name` text,
	`reason` text DEFAULT '' NOT NULL,
	`created_by_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`juror_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "juror_conflicts_names_a_company" CHECK("juror_conflicts"."organisation_id" IS NOT NULL OR "juror_conflicts"."org_number" IS NOT NULL OR "juror_conflicts"."organisation_name" IS NOT NULL)
);
--> statement-breakpoint
CREATE INDEX `juror_conflicts_juror_idx` ON `juror_conflicts` (`juror_id`);--> statement-breakpoint
CREATE INDEX `juror_conflicts_organisation_idx` ON `juror_conflicts` (`organisation_id`);--> statement-breakpoint
ALTER TABLE `users` ADD `membership` text;--> statement-breakpoint
ALTER TABLE `users` ADD `email_verified_at` integer;--> statement-breakpoint
ALTER TABLE `users` ADD `locale` text DEFAULT 'nb' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `deleted_at` integer;--> statement-breakpoint
-- Accounts made before addresses were proven keep working: they count as verified from their creation.
UPDATE `users` SET `email_verified_at` = `created_at`;--> statement-breakpoint
-- Each company's earliest entrant administers it; colleagues who joined by e-mail domain become members.
UPDATE `users` SET `membership` = CASE
  WHEN `created_at` = (SELECT min(`other`.`created_at`) FROM `users` AS `other` WHERE `other`.`role` = 'entrant' AND `other`.`organisation_id` = `users`.`organisation_id`) THEN 'admin'
  ELSE 'member'
END WHERE `role` = 'entrant';
