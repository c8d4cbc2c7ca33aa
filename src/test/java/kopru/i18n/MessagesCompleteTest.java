package kopru.i18n;

/** Every reader-visible string exists in Turkish (the interface) and in Kazakh (msg_kk.properties). */
class MessagesCompleteTest extends BundleCompleteness {
    MessagesCompleteTest() {
        super(Messages.class, "msg_kk.properties");
    }
}
