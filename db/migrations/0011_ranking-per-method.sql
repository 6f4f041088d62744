ALTER TABLE `ranking_entries` ADD `rank_mean` integer;--> statement-breakpoint
ALTER TABLE `ranking_entries` ADD `score_mean` real;--> statement-breakpoint
ALTER TABLE `ranking_entries` ADD `rank_median` integer;--> statement-breakpoint
ALTER TABLE `ranking_entries` ADD `score_median` real;--> statement-breakpoint
ALTER TABLE `ranking_entries` ADD `rank_trimmed` integer;--> statement-breakpoint
ALTER TABLE `ranking_entries` ADD `score_trimmed` real;--> statement-breakpoint
ALTER TABLE `ranking_entries` ADD `rank_normalised` integer;--> statement-breakpoint
ALTER TABLE `ranking_entries` ADD `score_normalised` real;--> statement-breakpoint
CREATE INDEX `ranking_entries_competition_round` ON `ranking_entries` (`competition_id`,`round`,`score_normalised`);