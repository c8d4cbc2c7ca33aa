package kopru.content;

import java.util.List;

/** What a content folder holds, plus every problem found while reading it. */
public record ContentFolder(List<TagFile> tags, List<StoryFile> stories, List<MediaFile> media, List<AccountFile> accounts,
        List<ContentProblem> problems) {
}
