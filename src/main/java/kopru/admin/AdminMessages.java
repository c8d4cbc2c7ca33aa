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

    @Message("Kullanıcı adı en fazla {max} karakter olabilir.")
    String loginNameTooLong(int max);

    @Message("Bu istek yönetim sayfalarından gelmedi (güvenlik anahtarı eksik). Sayfayı yenileyip yeniden deneyin.")
    String csrfMissing();

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

    @Message("Yeni parola (en az 12 karakter)")
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

    @Message("Parola en az 12 karakter olmalı.")
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
    // The newsroom editor: story list, editor, revisions, dashboard.

    @Message("Tümü")
    String all();

    @Message("Yazar")
    String authorField();

    @Message("Metin (Markdown)")
    String body();

    @Message("Vazgeç")
    String cancel();

    @Message("Seçilen iki sürümü karşılaştır")
    String compare();

    @Message("Eski")
    String compareFrom();

    @Message("Yeni")
    String compareTo();

    @Message("Yer satırı")
    String dateline();

    @Message("Bu haber silinsin mi? Siteden, aramadan ve akışlardan kalkar; anahtarı ve adresleri bir daha kullanılmaz.")
    String deleteConfirm();

    @Message("Evet, sil")
    String deleteYes();

    @Message("Haber silindi.")
    String deleted();

    @Message("Farklar")
    String diff();

    @Message("Taslaklar")
    String drafts();

    @Message("Haberi düzenle")
    String editStory();

    @Message("Ambargo (İstanbul saati)")
    String embargo();

    @Message("Süz")
    String filter();

    @Message("İncelemedekiler")
    String inReview();

    @Message("Anahtar")
    String key();

    @Message("Tür")
    String kind();

    @Message("Haber")
    String kindNews();

    @Message("Basın bülteni")
    String kindPressRelease();

    @Message("Açıklama")
    String kindStatement();

    @Message("Son değişiklik")
    String lastChange();

    @Message("KAÇIRILDI")
    String missed();

    @Message("Kaçırılan zamanlama: {count} makalenin yayım zamanı geçti ama yayımlanmadı. Zamanlayıcıyı denetleyin ve elle yayımlayın.")
    String missedSchedule(long count);

    @Message("Çeviri bekleyenler")
    String needsTranslation();

    @Message("Yeni haber")
    String newStory();

    @Message("Bu iki sürümün metni aynı.")
    String noChange();

    @Message("Böyle bir haber, dil sürümü veya sürüm yok.")
    String noSuchStory();

    @Message("Bulunamadı")
    String notFound();

    @Message("Özgün dil")
    String original();

    @Message("Önizleme")
    String preview();

    @Message("Anahtar 1-80 karakter olmalı: küçük harf (a-z), rakam ve tire.")
    String problemBadKey();

    @Message("Tür seçin: haber, basın bülteni veya açıklama.")
    String problemBadKind();

    @Message("Özgün dil Türkçe veya Kazakça olmalı.")
    String problemBadLang();

    @Message("Adres yalnızca a-z, 0-9 ve tire içerebilir (en çok 120 karakter).")
    String problemBadSlug();

    @Message("Zaman YYYY-AA-GG SS:DD biçiminde olmalı.")
    String problemBadTime();

    @Message("Formdaki sürüm bilgisi bozuk; sayfayı yeniden açın.")
    String problemBadVersion();

    @Message("{field}: izin verilmeyen kontrol karakterleri var.")
    String problemControlChars(String field);

    @Message("Gönderilen bilgi anlaşılamadı.")
    String problemInput();

    @Message("Bu anahtar silinmiş bir habere aitti; yeniden kullanılamaz.")
    String problemKeyUsed();

    @Message("En az bir dilde başlık yazın.")
    String problemNeedLanguage();

    @Message("Zamanlamak için gelecekte bir zaman girin (İstanbul saati).")
    String problemScheduleTime();

    @Message("Bu adres bu dilde başka bir haberde kullanılmış.")
    String problemSlugTaken();

    @Message("Siz düzenlerken başka biri bu metni kaydetti. Sizin metniniz formda duruyor, onun sürümü yanında. Birleştirip yeniden kaydedin.")
    String problemStale();

    @Message("Bu anahtarla bir haber zaten var.")
    String problemStoryExists();

    @Message("Başlık gerekli.")
    String problemTitleRequired();

    @Message("{field}: en çok {max} karakter olabilir.")
    String problemTooLong(String field, int max);

    @Message("Bu durum değişikliği şu anki durumdan yapılamaz.")
    String problemTransition();

    @Message("Rolünüz bu durum değişikliğine izin vermiyor.")
    String problemTransitionRole();

    @Message("Bilinmeyen etiket anahtarı.")
    String problemUnknownTag();

    @Message("Sitede gör")
    String publicLink();

    @Message("Yayım zamanı (İstanbul saati, zamanlamak için)")
    String publishAt();

    @Message("Arama dizinini yeniden oluştur")
    String rebuildIndex();

    @Message("Arama dizini arka planda yeniden oluşturuluyor; arama bu sırada çalışmaya devam eder.")
    String rebuildStarted();

    @Message("Bu sürümü geri yükle")
    String restore();

    @Message("Sürüm geri yüklendi ve yeni bir sürüm olarak kaydedildi.")
    String restored();

    @Message("Sürüm")
    String revision();

    @Message("Sürümler")
    String revisions();

    @Message("Zamanlananlar")
    String scheduled();

    @Message("Zamanlanan yayım: {time}")
    String scheduledFor(String time);

    @Message("Özgün metinde ne değişti")
    String showOriginalChanges();

    @Message("Adres (slug)")
    String slug();

    @Message("Yayından kaldırıldı")
    String statusArchived();

    @Message("Taslak")
    String statusDraft();

    @Message("İncelemede")
    String statusInReview();

    @Message("Henüz yok")
    String statusNone();

    @Message("Yayımlandı")
    String statusPublished();

    @Message("Zamanlandı")
    String statusScheduled();

    @Message("{count} haber")
    String storyCount(int count);

    @Message("Haber bilgileri")
    String storyFields();

    @Message("Özet")
    String summary();

    @Message("Etiket")
    String tag();

    @Message("Etiketler")
    String tags();

    @Message("etiket anahtarları, virgül veya boşlukla ayrılmış")
    String tagsHint();

    @Message("{who} kişisinin kaydettiği sürüm ({when})")
    String theirVersion(String who, String when);

    @Message("Başlık")
    String titleField();

    @Message("Başlıkta ara")
    String titleSearch();

    @Message("Yayından kaldır")
    String toArchived();

    @Message("Taslağa geri al")
    String toDraft();

    @Message("İncelemeye gönder")
    String toInReview();

    @Message("Yayımla")
    String toPublished();

    @Message("Zamanla")
    String toScheduled();

    @Message("Çeviri güncel")
    String translationCurrent();

    @Message("Çeviri yok")
    String translationMissing();

    @Message("Çeviri eskidi")
    String translationOutdated();
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

    @Message("Bu sürümü onaylayanlar: {names}")
    String approvedBy(String names);

    @Message("Bu sürüm henüz onaylanmadı: bir bildiri, yayımlayandan başka bir editörün onayıyla çıkar.")
    String notApproved();

    // The JSON APIs' {"error"} texts (write, read and partner API): field names stay as they are in the JSON.

    @Message("Gövde geçerli JSON değil.")
    String apiNotJson();

    @Message("Gövde bir JSON nesnesi olmalı.")
    String apiNotObject();

    @Message("Gövde, \"to\" alanı olan bir JSON nesnesi olmalı (örneğin \"to\": \"published\").")
    String apiMoveNotObject();

    @Message("\"{field}\" news, press-release veya statement olmalı.")
    String apiKind(String field);

    @Message("\"tags\" etiket anahtarlarından oluşan bir liste olmalı.")
    String apiTags();

    @Message("\"articles\" dile göre (tr, kk) anahtarlanmış bir nesne olmalı.")
    String apiArticles();

    @Message("\"{field}\" bir nesne olmalı.")
    String apiArticleNotObject(String field);

    @Message("\"{field}\" tam sayı olmalı.")
    String apiWholeNumber(String field);

    @Message("\"{field}\" gerekli.")
    String apiRequired(String field);

    @Message("\"{field}\" en çok {max} karakter olabilir.")
    String apiTooLong(String field, int max);

    @Message("İstek çok büyük: bu adrese en çok {max} bayt gönderilebilir. Hiçbir şey kaydedilmedi.")
    String apiBodyTooLarge(String max);

    @Message("\"{field}\" NUL karakteri içeriyor.")
    String apiNul(String field);

    @Message("\"{field}\" metin olmalı.")
    String apiNotString(String field);

    @Message("\"{field}\" içinde bilinmeyen dil \"{code}\" (tr veya kk kullanın).")
    String apiUnknownLang(String code, String field);

    @Message("\"{field}\" saat farkıyla bir ISO-8601 zamanı olmalı, örneğin 2024-03-01T10:00:00+03:00.")
    String apiTime(String field);

    @Message("\"to\" draft, in-review, scheduled, published veya archived olmalı.")
    String apiStatus();

    @Message("Sayfa 1 ile {max} arasında bir tam sayı olmalı.")
    String apiPage(int max);

    @Message("Böyle bir sayfa yok.")
    String apiNoSuchPage();

    @Message("Siz düzenlerken başka biri {lang} sürümünü değiştirdi: güncelini okuyun, değişikliklerinizi birleştirip yeniden kaydedin.")
    String apiStale(String lang);

    @Message("\"scheduled\" için \"at\" gelecekte bir zaman olmalı.")
    String apiScheduleTime();

    @Message("\"page\" 1 veya daha büyük bir tam sayı olmalı.")
    String apiPageFrom1();

    @Message("\"{field}\" true veya false olmalı.")
    String apiTrueOrFalse(String field);

    @Message("\"size\" 1 ile {max} arasında bir tam sayı olmalı.")
    String apiSize(int max);

    @Message("Yedek")
    String backup();

    @Message("Yedekleme ve geri yükleme")
    String backupTitle();

    @Message("Tüm haberler (her dilin durumu, zamanları, eski adresleri, basın alanları), etiketler, medya ve hesaplar (parolasız) okunabilir dosyalar olarak tek bir zip arşivinde.")
    String backupExplain();

    @Message("Yedeği indir")
    String backupDownload();

    @Message("Sürüm geçmişiyle")
    String backupWithHistory();

    @Message("Yedek arşivi (zip)")
    String backupArchive();

    @Message("Yükle ve dene (hiçbir şey değiştirilmez)")
    String backupTry();

    @Message("Deneme: hiçbir şey değiştirilmedi. Uygularsanız:")
    String backupDryRun();

    @Message("İçe aktarıldı:")
    String backupApplied();

    @Message("{created} yeni, {updated} güncellenen, {unchanged} değişmeyen haber; {tags} etiket, {media} medya dosyası, {accounts} hesap yeni ya da değişik.")
    String backupCounts(int created, int updated, int unchanged, int tags, int media, int accounts);

    @Message("Sorunlar var: hiçbir şey içe aktarılmadı. Her sorun dosyası ve satırıyla:")
    String backupProblems();

    @Message("Uygula")
    String backupApply();

    @Message("Yeni hesaplar parolasız gelir: her biri için Kullanıcılar sayfasından parola belirleyin.")
    String backupAccountsNote();

    @Message("Arşiv bir zip dosyası değil ya da boş.")
    String backupNotZip();

    @Message("Arşivdeki \"{entry}\" yolu güvenli değil (mutlak yol, \"..\" ya da izin verilmeyen karakterler).")
    String backupUnsafeName(String entry);

    @Message("Arşivde \"{entry}\" iki kez var.")
    String backupDuplicate(String entry);

    @Message("Arşiv ya da içindeki bir dosya izin verilenden büyük.")
    String backupTooLarge();

    @Message("Arşivde çok fazla dosya var.")
    String backupTooMany();

    @Message("Başka bir içe aktarma sürüyor; biraz sonra yeniden deneyin.")
    String backupBusy();

    @Message("Denenen arşiv artık yok (süresi doldu): yeniden yükleyin.")
    String backupExpired();
    // Live text: changes that wait for an editor, four eyes, withdrawn media.

    @Message("Bu metindeki son değişikliği siz yaptınız: dört göz ilkesi gereği onayı başka bir editör vermeli.")
    String approvalOwnText();

    @Message("Yayımlanmış ya da zamanlanmış bir haberin türünü, ambargosunu ve etiketlerini yalnızca bir editör değiştirebilir. Hiçbir şey kaydedilmedi.")
    String liveStoryFieldsNeedEditor();

    @Message("Yayımlanmış ya da zamanlanmış bir haber açıklamaya çevrilemez: önce incelemeye geri alın; açıklama onaylandıktan sonra yeniden yayımlanır. Hiçbir şey kaydedilmedi.")
    String liveStatementNeedsUnpublished();

    @Message("Bekleyen bir değişikliği yalnızca bir editör yayımlayabilir; yazarı ya da bir editör geri çevirebilir.")
    String livePendingNeedsEditor();

    @Message("Bekleyen böyle bir değişiklik yok: bu arada yayımlanmış, geri çevrilmiş ya da yenisiyle değişmiş olabilir.")
    String liveNoPending();

    @Message("Değişikliğiniz kaydedildi ve bir editörü bekliyor: okurlar, o yayımlayana kadar yayımdaki metni görür.")
    String pendingSaved();

    @Message("{savedBy} kullanıcısının {savedAt} tarihli değişikliği bir editörü bekliyor. Form bu değişikliği gösteriyor; okurlar yayımdaki metni görüyor.")
    String pendingWaits(String savedBy, String savedAt);

    @Message("Yayımdaki metinle farkı göster")
    String pendingDiff();

    @Message("Değişikliği yayımla")
    String pendingPublish();

    @Message("Değişikliği geri çevir")
    String pendingDiscard();

    @Message("Bekleyen değişiklik yayımlandı.")
    String pendingPublished();

    @Message("Bekleyen değişiklik geri çevrildi; yayımdaki metin değişmedi.")
    String pendingDiscarded();

    @Message("bekleyen değişiklik")
    String revisionPending();

    @Message("Editörü bekleyen değişiklikler")
    String waitingChanges();

    @Message("Yayından kaldır")
    String mediaWithdraw();

    @Message("Kaldırılan dosya herkese 410 (kaldırıldı) yanıtı verir ve önbelleklerden silinir; geri alınamaz.")
    String mediaWithdrawHint();

    @Message("{by} tarafından {at} tarihinde yayından kaldırıldı.")
    String mediaWithdrawn(String by, String at);

    @Message("Dosya yayından kaldırıldı.")
    String mediaWithdrawnNotice();

    @Message("\"action\" \"publish\" ya da \"discard\" olmalı.")
    String apiPendingAction();
}
