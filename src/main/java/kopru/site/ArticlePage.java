package kopru.site;

import java.util.List;

/**
 * One article as the public sees it. {@code releaseLine} is set for press releases only; contacts, the "about"
 * text and attachments are the press-release fields, shown whenever a story has them.
 */
public record ArticlePage(PageMeta meta, String title, String summary, String html, String kind, String kindLabel,
        String dateline, String releaseLine, String author, String publishedDate, String publishedIso, String updatedDate,
        String updatedIso, List<TagLink> tags, List<PressContactView> contacts, String aboutHtml, List<AttachmentLink> attachments) {
}
