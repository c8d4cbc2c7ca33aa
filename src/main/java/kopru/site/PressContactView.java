package kopru.site;

/** A media contact on the public page, with the role in the page's language. */
public record PressContactView(String name, String role, String phone, String email) {
}
