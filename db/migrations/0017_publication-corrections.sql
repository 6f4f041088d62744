CREATE TABLE `publication_corrections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`publication_id` integer NOT NULL,
	`version` integer NOT NULL,
	`snapshot` text NOT NULL,
	`snapshot_hash` text NOT NULL,
	`reason` text NOT NULL,
	`corrected_by_id` text,
	`corrected_at` integer NOT NULL,
	FOREIGN KEY (`publication_id`) REFERENCES `publications`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`corrected_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `publication_corrections_version` ON `publication_corrections` (`publication_id`,`version`);--> statement-breakpoint
-- Hand-written: a correction is the award's record as much as the publication it corrects; a
-- mistake in it takes a further correction, never an edit (ADR 0028).
CREATE TRIGGER `publication_corrections_immutable_update` BEFORE UPDATE ON `publication_corrections`
BEGIN
  SELECT RAISE(ABORT, 'publication corrections are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `publication_corrections_immutable_delete` BEFORE DELETE ON `publication_corrections`
BEGIN
  SELECT RAISE(ABORT, 'publication corrections are immutable');
END;
