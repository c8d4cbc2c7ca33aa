package kopru.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import kopru.admin.Browser;
import kopru.admin.TestAccounts;
import kopru.site.Site;
import org.junit.jupiter.api.Test;

/** Public URLs ignore credentials: a wrong Basic header or an unknown token must not turn a page into a 401. */
@QuarkusTest
class PublicCredentialsTest {

    @Test
    void shouldServePublicUrlsWhateverCredentialsCome() {
        List<String> wrong = new ArrayList<>();
        String[] authorizations = {ApiTokenTest.basic("nobody", "wrong password"), ApiTokenTest.basic("admin", "not the password"),
                "Bearer kopru_unknown", "Bearer garbage", "Basic !!!not-base64"};
        for (String path : new String[] {"/api/v1/search?q=kazakistan", "/tr/", "/rss.xml", "/api/v1/stories?lang=tr"}) {
            for (String authorization : authorizations) {
                int status = Site.get(path, "Authorization", authorization).statusCode();
                if (status != 200) {
                    wrong.add(path + " with " + authorization + ": " + status);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void shouldServePublicPagesToTheSessionOfADeactivatedAccount() {
        String name = TestAccounts.create("editor");
        Browser browser = Browser.loggedIn(name, TestAccounts.PASSWORD);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> Account.findByUsername(name).orElseThrow().active = false);
        assertEquals(200, browser.get("/tr/").statusCode());
        assertEquals(200, browser.get("/api/v1/search?q=kazakistan").statusCode());
        assertEquals(302, browser.get("/admin").statusCode(), "the admin side still ends the session");
    }

    @Test
    void shouldStillAskForCredentialsOnTheWriteApi() {
        assertEquals(401, Browser.apiWith("GET", "/api/v1/admin/stories/x", ApiTokenTest.basic("admin", "not the password"), null).statusCode());
        assertEquals(404, Browser.apiWith("GET", "/api/v1/admin/stories/no-such-story-here",
                ApiTokenTest.basic("admin", TestAccounts.ADMIN_PASSWORD), null).statusCode());
    }
}
