package kopru.admin;

/** Who is looking at an admin page: their name, interface language and what the navigation may offer them. */
public record AdminUser(String username, String lang, boolean admin, boolean editor) {
}
