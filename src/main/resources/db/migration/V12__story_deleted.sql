-- A deleted story is kept (its revisions, and its key and slugs stay reserved) but leaves every public
-- output and the newsroom lists. Set by kopru.story.StoryDeletion together with the change-log rows.
ALTER TABLE story ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
