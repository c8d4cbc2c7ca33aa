package kopru.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every string of the editorial interface. Turkish is here; Kazakh is in messages/adm_kk.properties.
 * AdminMessagesCompleteTest fails when a key is missing in either language.
 */
@MessageBundle(value = "adm", locale = "tr")
public interface AdminMessages {
    @Message("Köprü yazı işleri")
    String title();

    @Message("Giriş")
    String login();

    @Message("Kullanıcı adı")
    String username();

    @Message("Parola")
    String password();

    @Message("Giriş yap")
    String loginButton();

    @Message("Kullanıcı adı veya parola yanlış ya da hesap devre dışı.")
    String loginFailed();

    @Message("Çok fazla hatalı giriş denemesi. Lütfen {seconds} saniye bekleyip yeniden deneyin.")
    String loginThrottled(long seconds);

    @Message("Çıkış")
    String logout();

    @Message("Pano")
    String dashboard();

    @Message("Haberler")
    String stories();

    @Message("Kullanıcılar")
    String users();

    @Message("Denetim kaydı")
    String audit();

    @Message("Hesabım")
    String account();

    @Message("API anahtarları")
    String tokens();

    @Message("Yönetici gezinmesi")
    String navigation();

    @Message("Hoş geldiniz, {name}.")
    String welcome(String name);

    @Message("Parola değiştir")
    String changePassword();

    @Message("Şu anki parola")
    String currentPassword();

    @Message("Yeni parola (en az 10 karakter)")
    String newPassword();

    @Message("Arayüz dili")
    String uiLang();

    @Message("Kaydet")
    String save();

    @Message("Türkçe")
    String langTr();

    @Message("Kazakça")
    String langKk();

    @Message("Kaydedildi.")
    String saved();

    @Message("Yeni kullanıcı")
    String newUser();

    @Message("Rol")
    String role();

    @Message("Yönetici")
    String roleAdmin();

    @Message("Editör")
    String roleEditor();

    @Message("Yazar")
    String roleAuthor();

    @Message("Durum")
    String status();

    @Message("Etkin")
    String active();

    @Message("Devre dışı")
    String inactive();

    @Message("Devre dışı bırak")
    String deactivate();

    @Message("Etkinleştir")
    String activate();

    @Message("Oluştur")
    String create();

    @Message("Oluşturulma")
    String createdAt();

    @Message("Rolü değiştir")
    String changeRole();

    @Message("Kullanıcı adı 2-50 karakter olmalı: küçük harf, rakam, nokta, tire, alt çizgi.")
    String problemBadUsername();

    @Message("Bu kullanıcı adı zaten var.")
    String problemUsernameTaken();

    @Message("Parola en az 10 karakter olmalı.")
    String problemWeakPassword();

    @Message("Şu anki parola yanlış.")
    String problemWrongPassword();

    @Message("Bilinmeyen rol.")
    String problemBadRole();

    @Message("Böyle bir kullanıcı yok.")
    String problemNoSuchAccount();

    @Message("Son etkin yönetici devre dışı bırakılamaz ve yönetici rolünü kaybedemez.")
    String problemLastAdmin();

    @Message("Zaman")
    String when();

    @Message("Kim")
    String who();

    @Message("Ne")
    String what();

    @Message("Konu")
    String subject();

    @Message("Ayrıntı")
    String detail();

    @Message("Kayıt yok.")
    String nothing();

    @Message("Sonraki sayfa")
    String nextPage();

    @Message("Önceki sayfa")
    String previousPage();

    @Message("Etiket")
    String tokenLabel();

    @Message("Tür")
    String tokenScope();

    @Message("Hesap anahtarı (yazma API'si)")
    String tokenScopeAccount();

    @Message("Ortak anahtarı (ortak akışı)")
    String tokenScopePartner();

    @Message("Sahibi")
    String tokenHolder();

    @Message("Hesap")
    String tokenAccount();

    @Message("Ortak kuruluş")
    String partnerName();

    @Message("Oluşturan")
    String createdBy();

    @Message("Son kullanım")
    String lastUsed();

    @Message("Hiç")
    String never();

    @Message("İptal edildi")
    String revoked();

    @Message("İptal et")
    String revoke();

    @Message("Yeni hesap anahtarı")
    String newAccountToken();

    @Message("Yeni ortak anahtarı")
    String newPartnerToken();

    @Message("Anahtar oluşturuldu. Yalnızca şimdi gösteriliyor; güvenli bir yere kaydedin:")
    String tokenCreated();

    @Message("Kullanım: her istekte «Authorization: Bearer ANAHTAR» başlığını gönderin.")
    String tokenUsage();

    @Message("Etiket 1–100 karakter olmalı.")
    String problemBadLabel();

    @Message("Ortak kuruluş adı 1–100 karakter olmalı: harf, rakam, boşluk, nokta, tire, alt çizgi.")
    String problemBadPartner();

    @Message("Bilinmeyen anahtar türü.")
    String problemBadScope();

    @Message("Böyle etkin bir hesap yok.")
    String problemNoActiveAccount();

    @Message("Böyle geçerli bir anahtar yok.")
    String problemNoSuchToken();

    @Message("Web kancaları")
    String webhooks();

    @Message("Adres (URL)")
    String webhookUrl();

    @Message("İmza anahtarı (boş bırakılırsa üretilir)")
    String webhookSecret();

    @Message("Web kancası eklendi. İmza anahtarı yalnızca şimdi gösteriliyor:")
    String webhookCreated();

    @Message("Yeni web kancası")
    String newWebhook();

    @Message("Sil")
    String delete();

    @Message("Teslim kaydı")
    String deliveries();

    @Message("Olay")
    String event();

    @Message("Haber")
    String story();

    @Message("Dil")
    String language();

    @Message("Deneme")
    String attempts();

    @Message("Son sonuç")
    String lastResult();

    @Message("Sonraki deneme")
    String nextAttempt();

    @Message("Teslim zamanı")
    String deliveredAt();

    @Message("Bekliyor")
    String deliveryPending();

    @Message("Teslim edildi")
    String deliveryDelivered();

    @Message("Başarısız")
    String deliveryFailed();

    @Message("Adres http:// veya https:// ile başlayan tam bir URL olmalı (en çok 2000 karakter).")
    String problemBadUrl();

    @Message("İmza anahtarı 16–200 karakter olmalı.")
    String problemBadSecret();

    @Message("Böyle bir web kancası yok.")
    String problemNoSuchWebhook();
}
