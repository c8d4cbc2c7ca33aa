package kopru.search;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import kopru.i18n.Lang;
import kopru.site.SiteUrls;
import kopru.story.Article;
import kopru.story.Story;
import kopru.story.Visibility;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * The Lucene documents of one story: one per article the public may see now ({@link Visibility}),
 * none for drafts, scheduled or embargoed texts. The index holds what hits show, so that a search
 * needs no database round trip.
 */
final class StoryDocuments {
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();
    /**
     * Prefix fields are only asked which documents have a word (prefix matches at a constant score, spelling by
     * document frequency): no positions, frequencies or length norms, which were a large share of the index.
     */
    private static final FieldType PREFIX_TYPE = prefixType();

    private StoryDocuments() {
    }

    static List<Document> of(Story story, List<String> tagKeys, OffsetDateTime now) {
        List<Article> visible = story.articles.stream().filter(a -> Visibility.isPublic(a, now)).toList();
        List<Document> docs = new ArrayList<>(visible.size());
        for (Article article : visible) {
            String translations = visible.stream().filter(other -> other != article)
                    .map(other -> other.lang.code() + " " + SiteUrls.article(other))
                    .collect(Collectors.joining("\n"));
            docs.add(document(story, article, tagKeys, translations));
        }
        return docs;
    }

    private static Document document(Story story, Article article, List<String> tagKeys, String translations) {
        Lang lang = article.lang;
        Document doc = new Document();
        doc.add(new StringField(SearchFields.ID, story.key + "/" + lang.code(), Field.Store.YES));
        doc.add(new StringField(SearchFields.STORY, story.key, Field.Store.YES));
        doc.add(new NumericDocValuesField(SearchFields.STORY_ID, story.id));
        doc.add(new StringField(SearchFields.LANG, lang.code(), Field.Store.YES));
        doc.add(new NumericDocValuesField(SearchFields.LANG_ORD, lang.ordinal()));
        doc.add(new StringField(SearchFields.KIND, story.kind.code(), Field.Store.YES));
        doc.add(new NumericDocValuesField(SearchFields.KIND_ORD, story.kind.ordinal()));
        for (String tag : tagKeys) {
            doc.add(new StringField(SearchFields.TAG, tag, Field.Store.YES));
            doc.add(new SortedSetDocValuesField(SearchFields.TAG, new BytesRef(tag)));
        }
        ZonedDateTime published = article.publishedAt.atZoneSameInstant(lang.zone());
        doc.add(new StringField(SearchFields.YEAR, Integer.toString(published.getYear()), Field.Store.NO));
        doc.add(new NumericDocValuesField(SearchFields.YEAR, published.getYear()));
        doc.add(new NumericDocValuesField(SearchFields.PUBLISHED, article.publishedAt.toEpochSecond()));
        doc.add(new StoredField(SearchFields.PUBLISHED, published.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
        doc.add(new StoredField(SearchFields.URL, SiteUrls.article(article)));
        doc.add(new StoredField(SearchFields.TRANSLATIONS, translations));

        String summary = article.summary == null ? "" : article.summary;
        String body = plainText(article.body);
        addSection(doc, SearchFields.Section.TITLE, lang, article.title);
        addSection(doc, SearchFields.Section.SUMMARY, lang, summary);
        addSection(doc, SearchFields.Section.BODY, lang, body);
        addEmptySections(doc, lang);
        return doc;
    }

    /**
     * The other language's scored fields, empty. A field that only half of the documents have keeps its length
     * norms sparse, and looking a document up in sparse norms was a sixth of a broad query's time; an empty field
     * makes them dense (a zero norm) and changes no statistic (the field's document count only counts documents
     * with terms), so no score either.
     */
    private static void addEmptySections(Document doc, Lang lang) {
        for (Lang other : SearchFields.LANGS) {
            if (other == lang) {
                continue;
            }
            for (SearchFields.Section section : SearchFields.Section.values()) {
                for (SearchFields.Variant variant : List.of(SearchFields.Variant.EXACT, SearchFields.Variant.STEM)) {
                    doc.add(new Field(SearchFields.text(section, other, variant), "", TextField.TYPE_NOT_STORED));
                }
            }
        }
    }

    private static void addSection(Document doc, SearchFields.Section section, Lang lang, String text) {
        doc.add(new StoredField(section.name, text));
        Section tokens = new Section(lang, text);
        for (SearchFields.Variant variant : List.of(SearchFields.Variant.EXACT, SearchFields.Variant.STEM)) {
            doc.add(tokens.field(SearchFields.text(section, lang, variant), variant));
        }
        doc.add(tokens.field(SearchFields.prefix(lang), SearchFields.Variant.PREFIX));
        if (section == SearchFields.Section.TITLE) {
            doc.add(tokens.field(SearchFields.text(section, lang, SearchFields.Variant.PREFIX), SearchFields.Variant.PREFIX));
        }
    }

    /**
     * One section's text, tokenised once, when the first of its fields is indexed (on the indexing thread), for all
     * of its variant fields (see {@link BaseTokens}).
     */
    private static final class Section {
        private final Lang lang;
        private final String text;
        private BaseTokens tokens;

        Section(Lang lang, String text) {
            this.lang = lang;
            this.text = text;
        }

        Field field(String name, SearchFields.Variant variant) {
            return new Field(name, text, variant == SearchFields.Variant.PREFIX ? PREFIX_TYPE : TextField.TYPE_NOT_STORED) {
                @Override
                public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
                    if (tokens == null) {
                        tokens = BaseTokens.of(lang, text);
                    }
                    return SearchAnalyzers.variant(lang, variant, tokens.replay());
                }
            };
        }
    }

    private static FieldType prefixType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    /** The words of a Markdown body without its markup: what snippets are cut from. */
    static String plainText(String markdown) {
        return PLAIN.render(MARKDOWN.parse(markdown == null ? "" : markdown)).strip();
    }
}
