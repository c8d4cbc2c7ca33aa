package kopru.media;

import java.util.Optional;

/**
 * Who may see a media file: the public once a story using it is public, else only signed-in staff. Implemented where
 * stories are known (kopru.story.MediaUsages), so that this package does not depend on them.
 */
public interface MediaAudience {
    /** The stored item of this hash with its withdrawal state, if there is one. */
    Optional<MediaItem> item(String hash);

    /** Whether an article the public can see now uses the item. */
    boolean isPublic(MediaItem item);
}
