-- A published snapshot is the award's record: refuse any change or removal once it is published.
CREATE TRIGGER `publications_immutable_update` BEFORE UPDATE ON `publications`
WHEN OLD.published_at IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'published snapshots are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `publications_immutable_delete` BEFORE DELETE ON `publications`
WHEN OLD.published_at IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'published snapshots are immutable');
END;
