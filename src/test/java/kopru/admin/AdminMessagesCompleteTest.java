package kopru.admin;

import kopru.i18n.BundleCompleteness;

/** Every string of the admin interface exists in Turkish (the interface) and in Kazakh (adm_kk.properties). */
class AdminMessagesCompleteTest extends BundleCompleteness {
    AdminMessagesCompleteTest() {
        super(AdminMessages.class, "adm_kk.properties");
    }
}
