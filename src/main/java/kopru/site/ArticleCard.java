package kopru.site;

import java.util.List;

/** A story as listed on home and tag pages. */
public record ArticleCard(String title, String summary, String url, String kind, String kindLabel, String date,
        String isoDate, List<TagLink> tags) {
}
