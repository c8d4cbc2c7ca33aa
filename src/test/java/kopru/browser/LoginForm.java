package kopru.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The admin login page, used as a person does: type the name and password, press the button. */
final class LoginForm {
    private LoginForm() {
    }

    /** Logs in at {@code base}/admin/login and waits for the dashboard the login lands on. */
    static void logIn(WebDriver driver, String base, String username, String password) {
        driver.get(base + "/admin/login");
        driver.findElement(By.name("j_username")).sendKeys(username);
        driver.findElement(By.name("j_password")).sendKeys(password);
        driver.findElement(By.cssSelector("form[action='/j_security_check'] button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/admin$"));
    }
}
