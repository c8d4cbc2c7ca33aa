package kopru.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every string a reader sees. The Turkish text is here; Kazakh is in messages/msg_kk.properties.
 * MessagesCompleteTest fails when a key is missing in either language.
 */
@MessageBundle(value = "msg", locale = "tr")
public interface Messages {
    @Message("Köprü")
    String siteName();

    @Message("Türkiye ve Kazakistan'dan haberler, basın bültenleri ve açıklamalar")
    String siteTagline();

    @Message("Ana sayfa")
    String home();

    @Message("Son haberler")
    String latest();

    @Message("Haber")
    String kindNews();

    @Message("Basın bülteni")
    String kindPressRelease();

    @Message("Açıklama")
    String kindStatement();

    @Message("Haberler")
    String kindNewsPlural();

    @Message("Basın bültenleri")
    String kindPressReleasePlural();

    @Message("Açıklamalar")
    String kindStatementPlural();

    @Message("Ara")
    String search();

    @Message("Etiketler")
    String tags();

    @Message("Etiket: {label}")
    String tagTitle(String label);

    @Message("Bu etikette henüz bu dilde yayımlanmış haber yok.")
    String tagEmpty();

    @Message("Henüz yayımlanmış haber yok.")
    String homeEmpty();

    @Message("Yayımlandı")
    String published();

    @Message("Güncellendi")
    String updated();

    @Message("Devamını oku")
    String readMore();

    @Message("Sonraki sayfa")
    String nextPage();

    @Message("Önceki sayfa")
    String previousPage();

    @Message("Sayfa {page} / {pages}")
    String pageOf(int page, int pages);

    @Message("Sayfalar")
    String pagination();

    @Message("İçeriğe geç")
    String skipToContent();

    @Message("Dil")
    String language();

    @Message("Türkçe")
    String langTr();

    @Message("Kazakça")
    String langKk();

    @Message("Bu haberin Kazakça sürümü")
    String otherVersion();

    @Message("Kazakça ana sayfa")
    String otherHome();

    @Message("Hemen yayımlanmak üzere")
    String forImmediateRelease();

    @Message("{date} tarihine kadar ambargolu")
    String embargoedUntil(String date);

    @Message("Yazar")
    String author();

    @Message("Akış (RSS)")
    String feed();

    @Message("Sayfa bulunamadı")
    String notFoundTitle();

    @Message("Aradığınız sayfa yok ya da taşınmış olabilir.")
    String notFoundText();

    @Message("Dosya kaldırıldı")
    String goneTitle();

    @Message("Bu dosya yayından kaldırıldı ve artık sunulmuyor.")
    String goneText();

    @Message("Geçersiz istek")
    String badRequestTitle();

    @Message("Sayfa numarası geçersiz: 1 veya daha büyük bir tam sayı olmalı.")
    String badPage();

    @Message("İstek anlaşılamadı.")
    String badRequestText();

    @Message("Bir hata oluştu")
    String serverErrorTitle();

    @Message("Sunucuda beklenmeyen bir hata oluştu. Hata kodu: {requestId}")
    String serverErrorText(String requestId);

    @Message("Ana sayfaya dön")
    String backHome();

    @Message("Ana gezinme")
    String mainNavigation();

    // Search (kopru.search)
    @Message("Arama")
    String searchTitle();

    @Message("Haberlerde ara")
    String searchLabel();

    @Message("“{query}” için {total} sonuç")
    String searchResults(String query, long total);

    @Message("“{query}” için yaklaşık {total} sonuç")
    String searchResultsAbout(String query, long total);

    @Message("“{query}” için sonuç bulunamadı.")
    String searchNoResults(String query);

    @Message("Sözcüklerin hepsini içeren haber yok; herhangi birini içerenler gösteriliyor.")
    String searchFallback();

    @Message("Bunu mu demek istediniz:")
    String searchDidYouMean();

    @Message("Aramak istediğiniz sözcükleri yazın. \"Tırnak içinde\" yazılanlar birlikte aranır, -sözcük hariç tutulur, OR iki sözcükten birini arar.")
    String searchHelp();

    @Message("Tür")
    String searchFacetKind();

    @Message("Yıl")
    String searchFacetYear();

    @Message("Tümü")
    String searchAnyValue();

    @Message("Diğer dilde:")
    String searchAlsoIn();

    @Message("Arama sözcüğü gerekli (q).")
    String searchQueryMissing();

    @Message("Arama en fazla {max} karakter olabilir.")
    String searchTooLong(int max);

    @Message("Arama aynı anda çok fazla kelime ve ad içeriyor; lütfen kısaltın.")
    String searchTooComplex();

    @Message("Tırnak işaretleri eşleşmiyor: açılan her \" kapatılmalı.")
    String searchUnbalancedQuote();

    @Message("Dil tr, kk ya da all olmalı.")
    String searchBadLang();

    @Message("Sayfa boyutu 1 ile {max} arasında bir tam sayı olmalı.")
    String searchBadSize(int max);

    @Message("Yalnızca ilk {max} sonuç sayfalanabilir. Aramanızı daraltın: sözcük ekleyin ya da dil, etiket, tür veya yıl seçin.")
    String searchTooDeep(int max);

    @Message("Tür news, press-release ya da statement olmalı.")
    String searchBadKind();

    @Message("Yıl dört haneli bir sayı olmalı.")
    String searchBadYear();

    @Message("Etiket geçersiz.")
    String searchBadTag();

    @Message("İstek geçerli UTF-8 ile kodlanmamış.")
    String searchBadEncoding();

    @Message("Basın iletişim")
    String mediaContacts();

    @Message("Hakkında")
    String aboutHeading();

    @Message("Ekler")
    String attachments();

    @Message("Telefon")
    String phone();

    @Message("E-posta")
    String email();
}
