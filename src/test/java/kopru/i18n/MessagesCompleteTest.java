package kopru.i18n;

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

/** Every reader-visible string exists in Turkish (the interface) and in Kazakh (msg_kk.properties). */
class MessagesCompleteTest {
    private static final Path KAZAKH = Path.of("src/main/resources/messages/msg_kk.properties");
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    private static Properties kazakh() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(KAZAKH, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<Method> messageMethods() {
        return Arrays.stream(Messages.class.getDeclaredMethods())
                .filter(m -> !m.isSynthetic() && !Modifier.isStatic(m.getModifiers()))
                .collect(Collectors.toSet());
    }

    @Test
    void shouldHaveAKazakhTextForEveryMessage() throws IOException {
        Properties kk = kazakh();
        Set<String> missing = messageMethods().stream().map(Method::getName).filter(name -> !kk.containsKey(name))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(missing.isEmpty(), () -> "missing in " + KAZAKH + ": " + missing);
    }

    @Test
    void shouldHaveNoKazakhKeyWithoutAMessage() throws IOException {
        Set<String> methods = messageMethods().stream().map(Method::getName).collect(Collectors.toSet());
        Set<String> extra = kazakh().stringPropertyNames().stream().filter(key -> !methods.contains(key))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(extra.isEmpty(), () -> "keys in " + KAZAKH + " without a method in Messages: " + extra);
    }

    @Test
    void shouldHaveATurkishTextOnEveryMessage() {
        for (Method method : messageMethods()) {
            Message message = method.getAnnotation(Message.class);
            assertTrue(message != null && !message.value().isBlank(), () -> method.getName() + " has no Turkish text");
        }
    }

    @Test
    void shouldUseTheSameParametersInBothLanguages() throws IOException {
        Properties kk = kazakh();
        for (Method method : messageMethods()) {
            Set<String> turkish = parameters(method.getAnnotation(Message.class).value());
            Set<String> declared = Arrays.stream(method.getParameters()).map(p -> p.getName()).collect(Collectors.toSet());
            assertEquals(declared, turkish, () -> method.getName() + ": Turkish text and method parameters differ");
            assertEquals(turkish, parameters(kk.getProperty(method.getName(), "")),
                    () -> method.getName() + ": Kazakh text uses other parameters than Turkish");
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
