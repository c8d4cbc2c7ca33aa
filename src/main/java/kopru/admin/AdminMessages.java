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

    @Message("Medya")
    String media();

    @Message("Dosya yükle")
    String mediaUpload();

    @Message("Görseller (JPEG, PNG, GIF, WebP) ve PDF belgeler, en çok {max}. Türü dosyanın içeriğinden anlaşılır. Görseller her iki dilde alternatif metin ister.")
    String mediaUploadHelp(String max);

    @Message("Dosya")
    String mediaFile();

    @Message("Alternatif metin (Türkçe)")
    String altTr();

    @Message("Alternatif metin (Kazakça)")
    String altKk();

    @Message("Yükle")
    String mediaUploadButton();

    @Message("Medya kütüphanesi")
    String mediaLibrary();

    @Message("Dosya seçilmedi.")
    String mediaNoFile();

    @Message("Dosya boş.")
    String mediaEmptyFile();

    @Message("Dosya çok büyük: en çok {max} yüklenebilir.")
    String mediaTooLarge(String max);

    @Message("Bu dosya türü kabul edilmiyor ya da dosya bozuk. JPEG, PNG, GIF, WebP görseller ve PDF belgeler yüklenebilir.")
    String mediaUnknownType();

    @Message("Görselin boyutları çok büyük (en çok 12000 piksel genişlik veya yükseklik ve 40 megapiksel).")
    String mediaTooManyPixels();

    @Message("Görseller kullanılmadan önce Türkçe ve Kazakça alternatif metin gerekir.")
    String mediaMissingAlt();

    @Message("Metin çok uzun (en çok 300 karakter).")
    String mediaTextTooLong();

    @Message("Böyle bir medya dosyası yok.")
    String mediaNoSuch();

    @Message("Böyle bir haber ya da bu dilde bir sürümü yok.")
    String storyMissing();

    @Message("İşlem yapılamadı")
    String refused();

    @Message("Geri dön")
    String back();

    @Message("Yalnızca açıklamalar onaya gönderilir.")
    String approvalNotAStatement();

    @Message("Onay vermek için editör yetkisi gerekir.")
    String approvalNeedsEditor();

    @Message("Bu açıklamanın güncel sürümünü yayımlamak ya da zamanlamak için başka bir editörün onayı gerekir. Her yeni kayıt önceki onayları geçersiz kılar.")
    String approvalMissing();

    @Message("Onayla")
    String approve();

    @Message("Basın bülteni alanları")
    String pressFields();

    @Message("Her basın iletişim kişisinin bir adı olmalı.")
    String pressNameMissing();

    @Message("E-posta adresi geçerli değil.")
    String pressBadEmail();

    @Message("Telefon numarası yalnızca rakam, boşluk ve + ( ) - . / içerebilir.")
    String pressBadPhone();

    @Message("Her ekin Türkçe ve Kazakça başlığı olmalı.")
    String pressTitleMissing();

    @Message("Bu alanlar siz formu açtıktan sonra başka biri tarafından değiştirildi. Yazdıklarınız aşağıda; sayfayı yeniden açıp tekrar kaydedin.")
    String pressStale();

    @Message("Satır {row}: {problem}")
    String pressRow(int row, String problem);

    @Message("Basın iletişim")
    String pressContacts();

    @Message("Ad soyad")
    String contactName();

    @Message("Görev (Türkçe)")
    String contactRoleTr();

    @Message("Görev (Kazakça)")
    String contactRoleKk();

    @Message("Telefon")
    String contactPhone();

    @Message("E-posta")
    String contactEmail();

    @Message("Hakkında metni (Türkçe, Markdown)")
    String aboutTr();

    @Message("Hakkında metni (Kazakça, Markdown)")
    String aboutKk();

    @Message("Ekler")
    String pressAttachments();

    @Message("Dosya (medya kütüphanesinden)")
    String attachmentFile();

    @Message("Başlık (Türkçe)")
    String attachmentTitleTr();

    @Message("Başlık (Kazakça)")
    String attachmentTitleKk();

    @Message("Bu dilde sürüm yok.")
    String noArticleInLang();

    @Message("Boş bırakılan satırlar kaydedilmez; bir satırı silmek için alanlarını boşaltın.")
    String pressHelp();
}
