package kopru.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.i18n.Message;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every string of the admin interface exists in Turkish (the interface) and in Kazakh (adm_kk.properties). */
class AdminMessagesCompleteTest {
    private static final Path KAZAKH = Path.of("src/main/resources/messages/adm_kk.properties");
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    private static Properties kazakh() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(KAZAKH, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<Method> methods() {
        return Arrays.stream(AdminMessages.class.getDeclaredMethods())
                .filter(m -> !m.isSynthetic() && !Modifier.isStatic(m.getModifiers())).collect(Collectors.toSet());
    }

    @Test
    void shouldHaveAKazakhTextForEveryMessageAndNoOrphans() throws IOException {
        Properties kk = kazakh();
        Set<String> names = methods().stream().map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = names.stream().filter(n -> !kk.containsKey(n)).collect(Collectors.toCollection(TreeSet::new));
        Set<String> extra = kk.stringPropertyNames().stream().filter(k -> !names.contains(k)).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(missing.isEmpty(), () -> "missing in " + KAZAKH + ": " + missing);
        assertTrue(extra.isEmpty(), () -> "keys in " + KAZAKH + " without a method: " + extra);
    }

    @Test
    void shouldUseTheSameParametersInBothLanguages() throws IOException {
        Properties kk = kazakh();
        for (Method method : methods()) {
            Message message = method.getAnnotation(Message.class);
            assertTrue(message != null && !message.value().isBlank(), () -> method.getName() + " has no Turkish text");
            Set<String> turkish = parameters(message.value());
            Set<String> declared = Arrays.stream(method.getParameters()).map(p -> p.getName()).collect(Collectors.toSet());
            assertEquals(declared, turkish, () -> method.getName() + ": Turkish text and parameters differ");
            assertEquals(turkish, parameters(kk.getProperty(method.getName(), "")), () -> method.getName() + ": Kazakh parameters differ");
        }
    }

    @Test
    void shouldWriteKazakhInCyrillicNotTurkish() throws IOException {
        Properties kk = kazakh();
        for (String key : kk.stringPropertyNames()) {
            String value = kk.getProperty(key);
            assertFalse(value.isBlank(), () -> key + " is blank");
            assertFalse(value.matches(".*[şğıİŞĞ].*"), () -> key + " looks Turkish: " + value);
        }
    }

    private static Set<String> parameters(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PARAMETER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
