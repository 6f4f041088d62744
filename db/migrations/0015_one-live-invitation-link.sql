ALTER TABLE `juror_invitations` ADD `kind` text DEFAULT 'sent' NOT NULL;--> statement-breakpoint
ALTER TABLE `juror_invitations` ADD `replaced_at` integer;--> statement-breakpoint
ALTER TABLE `juror_invitations` ADD `replaced_by_id` integer REFERENCES juror_invitations(id) ON DELETE SET NULL;--> statement-breakpoint
-- Hand-written: existing rows get the replaced-by chain, so the unique index below can be built even
-- where the old re-send left two live links for one address. The newest link of an address is the one
-- with the latest expiry (every link lives 14 days from when it was sent); each older unaccepted link
-- is replaced by the next newer one, at the time that one was sent.
UPDATE `juror_invitations` SET `replaced_by_id` = (
  SELECT `k`.`id` FROM `juror_invitations` AS `k`
  WHERE `k`.`email` = `juror_invitations`.`email`
    AND (`k`.`expires_at` > `juror_invitations`.`expires_at`
      OR (`k`.`expires_at` = `juror_invitations`.`expires_at` AND `k`.`id` > `juror_invitations`.`id`))
  ORDER BY `k`.`expires_at`, `k`.`id` LIMIT 1
) WHERE `accepted_at` IS NULL;--> statement-breakpoint
UPDATE `juror_invitations` SET `replaced_at` = (
  SELECT `k`.`expires_at` - 1209600000 FROM `juror_invitations` AS `k` WHERE `k`.`id` = `juror_invitations`.`replaced_by_id`
) WHERE `replaced_by_id` IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `juror_invitations_one_live_idx` ON `juror_invitations` (`email`) WHERE accepted_at IS NULL AND revoked_at IS NULL AND replaced_at IS NULL;
