ALTER TABLE `juror_invitations` ADD `replaced_token_hash` text;--> statement-breakpoint
CREATE INDEX `juror_invitations_replaced_idx` ON `juror_invitations` (`replaced_token_hash`);