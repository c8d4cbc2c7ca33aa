-- Whether the passing of a story's embargo has been written to the change log (kopru.story.EmbargoWatch).
-- Stories whose embargo already passed (or that have none) count as announced.
ALTER TABLE story ADD COLUMN embargo_announced BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE story SET embargo_announced = TRUE WHERE embargo IS NULL OR embargo <= CURRENT_TIMESTAMP;
