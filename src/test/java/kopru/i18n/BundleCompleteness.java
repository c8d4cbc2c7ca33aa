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

/**
 * The checks every message bundle must pass: each string exists in Turkish (the interface's
 * annotations) and in Kazakh (its properties file), with the same parameters. Each bundle has a
 * test class that extends this one with its interface and file.
 */
public abstract class BundleCompleteness {
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    private final Class<?> bundle;
    private final Path kazakhFile;

    protected BundleCompleteness(Class<?> bundle, String kazakhFile) {
        this.bundle = bundle;
        this.kazakhFile = Path.of("src/main/resources/messages", kazakhFile);
    }

    private Properties kazakh() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(kazakhFile, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private Set<Method> messageMethods() {
        return Arrays.stream(bundle.getDeclaredMethods())
                .filter(m -> !m.isSynthetic() && !Modifier.isStatic(m.getModifiers()))
                .collect(Collectors.toSet());
    }

    @Test
    public void shouldHaveAKazakhTextForEveryMessage() throws IOException {
        Properties kk = kazakh();
        Set<String> missing = messageMethods().stream().map(Method::getName).filter(name -> !kk.containsKey(name))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(missing.isEmpty(), () -> "missing in " + kazakhFile + ": " + missing);
    }

    @Test
    public void shouldHaveNoKazakhKeyWithoutAMessage() throws IOException {
        Set<String> methods = messageMethods().stream().map(Method::getName).collect(Collectors.toSet());
        Set<String> extra = kazakh().stringPropertyNames().stream().filter(key -> !methods.contains(key))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(extra.isEmpty(), () -> "keys in " + kazakhFile + " without a method in " + bundle.getSimpleName() + ": " + extra);
    }

    @Test
    public void shouldHaveATurkishTextOnEveryMessage() {
        for (Method method : messageMethods()) {
            Message message = method.getAnnotation(Message.class);
            assertTrue(message != null && !message.value().isBlank(), () -> method.getName() + " has no Turkish text");
        }
    }

    @Test
    public void shouldUseTheSameParametersInBothLanguages() throws IOException {
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
    public void shouldWriteKazakhInCyrillicNotTurkish() throws IOException {
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
