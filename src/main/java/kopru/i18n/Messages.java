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
}
