/** Stories, their per-language articles, revisions, slugs, the visibility rule and the change log (outbox). */
package kopru.story;
