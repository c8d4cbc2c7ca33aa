package kopru.content;

import java.util.List;

/** What a content folder holds, plus every file that could not be read. */
public record ContentFolder(List<TagFile> tags, List<StoryFile> stories, List<ContentProblem> problems) {
}
