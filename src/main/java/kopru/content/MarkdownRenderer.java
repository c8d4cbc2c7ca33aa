package kopru.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kopru.i18n.Lang;
import kopru.media.MediaItem;
import kopru.media.MediaLibrary;
import kopru.media.MediaUrls;
import org.commonmark.node.Image;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown to HTML (commonmark), then sanitised (OWASP) whatever the Markdown contained:
 * raw HTML is allowed in Markdown, but scripts, event handlers, frames and javascript: URLs never survive.
 * Images from the media library get their resized copies as srcset, their size, and the language's alt text
 * when the author left it empty; the sanitiser lets through only srcset and sizes values of exactly that shape.
 */
@ApplicationScoped
public class MarkdownRenderer {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

    /** The column of the public page: full width on phones, at most 48rem (see site.css). */
    static final String SIZES = "(max-width: 48rem) 100vw, 48rem";
    private static final String MEDIA_CANDIDATE = "/media/[0-9a-f]{64}(?:-[0-9]{3,4})?\\.(?:jpg|png|gif|webp) [0-9]{1,5}w";

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("pre", "code", "hr", "figure", "figcaption", "sup", "sub", "img")
                    .allowAttributes("start").onElements("ol")
                    .allowAttributes("srcset").matching(Pattern.compile(MEDIA_CANDIDATE + "(?:\\s*,\\s*" + MEDIA_CANDIDATE + ")*")).onElements("img")
                    .allowAttributes("sizes").matching(Pattern.compile(Pattern.quote(SIZES))).onElements("img")
                    .allowAttributes("loading").matching(Pattern.compile("lazy")).onElements("img")
                    // srcset counts as a URL attribute: without a protocol list it is dropped (ours are relative);
                    // the sanitiser writes its commas as " , " before the pattern sees it.
                    .allowStandardUrlProtocols()
                    .toFactory());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).sanitizeUrls(true).build();

    /** Absent when constructed outside CDI (plain unit tests): images are then left as written. */
    @Inject
    MediaLibrary media;

    public String render(String markdown) {
        return POLICY.sanitize(renderer.render(parser.parse(markdown)));
    }

    /** As {@link #render(String)}, with media-library images made responsive and given {@code lang}'s alt text. */
    public String render(String markdown, Lang lang) {
        if (media == null) {
            return render(markdown);
        }
        HtmlRenderer responsive = HtmlRenderer.builder().extensions(EXTENSIONS).sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (node instanceof Image image) {
                        MediaUrls.parseUrl(image.getDestination()).flatMap(name -> media.find(name.hash()))
                                .ifPresent(item -> responsive(item, lang, attributes));
                    }
                }).build();
        return POLICY.sanitize(responsive.render(parser.parse(markdown)));
    }

    private static void responsive(MediaItem item, Lang lang, Map<String, String> attributes) {
        if (!item.isImage()) {
            return;
        }
        String alt = attributes.get("alt");
        if ((alt == null || alt.isBlank()) && item.alt(lang) != null) {
            attributes.put("alt", item.alt(lang));
        }
        if (!item.variantWidths().isEmpty()) {
            StringBuilder srcset = new StringBuilder();
            item.variantWidths().forEach(w -> srcset.append(MediaUrls.variant(item.hash, w, item.ext)).append(' ').append(w).append("w, "));
            srcset.append(item.url()).append(' ').append(item.width).append('w');
            attributes.put("srcset", srcset.toString());
            attributes.put("sizes", SIZES);
        }
        attributes.put("width", String.valueOf(item.width));
        attributes.put("height", String.valueOf(item.height));
        attributes.put("loading", "lazy");
    }
}
