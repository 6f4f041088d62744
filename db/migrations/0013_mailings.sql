CREATE TABLE `mailings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`competition_id` integer NOT NULL,
	`audience` text NOT NULL,
	`subject_nb` text NOT NULL,
	`body_nb` text NOT NULL,
	`subject_en` text,
	`body_en` text,
	`idempotency_key` text NOT NULL,
	`recipient_count` integer NOT NULL,
	`queued_by_id` text,
	`queued_at` integer NOT NULL,
	`sent_by_id` text,
	`sent_at` integer,
	FOREIGN KEY (`competition_id`) REFERENCES `competitions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`queued_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`sent_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mailings_idempotency_key_unique` ON `mailings` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `mailings_competition_queued` ON `mailings` (`competition_id`,`queued_at`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_outbox_mails` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`publication_id` integer,
	`mailing_id` integer,
	`to_email` text NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`sent_at` integer,
	`failed_at` integer,
	FOREIGN KEY (`publication_id`) REFERENCES `publications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mailing_id`) REFERENCES `mailings`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "outbox_mails_one_owner" CHECK((`publication_id` IS NULL) <> (`mailing_id` IS NULL))
);
--> statement-breakpoint
INSERT INTO `__new_outbox_mails`("id", "publication_id", "to_email", "subject", "body", "sent_at", "failed_at") SELECT "id", "publication_id", "to_email", "subject", "body", "sent_at", "failed_at" FROM `outbox_mails`;--> statement-breakpoint
DROP TABLE `outbox_mails`;--> statement-breakpoint
ALTER TABLE `__new_outbox_mails` RENAME TO `outbox_mails`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `outbox_mails_publication` ON `outbox_mails` (`publication_id`);--> statement-breakpoint
CREATE INDEX `outbox_mails_publication_state` ON `outbox_mails` (`publication_id`,`sent_at`,`failed_at`);--> statement-breakpoint
CREATE INDEX `outbox_mails_mailing_state` ON `outbox_mails` (`mailing_id`,`sent_at`,`failed_at`);