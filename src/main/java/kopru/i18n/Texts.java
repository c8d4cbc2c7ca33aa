package kopru.i18n;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Localised strings and dates for Java code; templates use {msg:…} directly. */
public final class Texts {
    private Texts() {
    }

    public static Messages of(Lang lang) {
        return MessageBundles.get(Messages.class, Localized.Literal.of(lang.code()));
    }

    /** "8 Şubat 2023" / "2023 ж. 8 ақпан", in the language's own time zone. */
    public static String date(OffsetDateTime time, Lang lang) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(lang.locale())
                .format(time.atZoneSameInstant(lang.zone()));
    }

    /** "8 Şubat 2023 10:30" / "2023 ж. 8 ақпан, 10:30". */
    public static String dateTime(OffsetDateTime time, Lang lang) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(lang.locale())
                .format(time.atZoneSameInstant(lang.zone()));
    }
}
