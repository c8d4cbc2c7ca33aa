package kopru.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import kopru.account.Account;
import kopru.account.Roles;
import kopru.media.MediaItem;
import kopru.media.MediaLibrary;
import kopru.media.MediaRejectedException;
import kopru.story.Tag;

/**
 * Tags, media and accounts of a folder, applied inside the caller's transaction; each returns how many it created
 * or changed, and changes nothing that already matches.
 */
@ApplicationScoped
class LibraryRestore {
    /** Cannot match any bcrypt check: an imported account logs in only after an admin resets its password. */
    static final String NO_PASSWORD = "!imported-without-password";

    @Inject
    MediaLibrary media;
    @Inject
    InstantSource clock;

    /** @return the id of every tag by key, for the stories */
    Map<String, Long> tags(List<TagFile> files, Counts counts) {
        for (TagFile file : files) {
            Optional<Tag> existing = Tag.findByKey(file.key());
            Tag tag = existing.orElseGet(Tag::new);
            if (existing.isPresent() && tag.labelTr.equals(file.tr()) && tag.labelKk.equals(file.kk())) {
                continue;
            }
            tag.key = file.key();
            tag.labelTr = file.tr();
            tag.labelKk = file.kk();
            if (existing.isEmpty()) {
                tag.persist();
            }
            counts.tags++;
        }
        return Tag.<Tag>listAll().stream().collect(Collectors.toMap(t -> t.key, t -> t.id));
    }

    /**
     * New files go through the media library's checks (type read from the bytes, sizes, alt texts). A dry run stores
     * them too (named by their hash, unreferenced until applied) so that the stories' attachments are checked against them.
     */
    void medium(MediaFile file, Counts counts) {
        {
            byte[] bytes = read(file);
            if (!sha256(bytes).equals(file.hash())) {
                throw new StoryRestore.Refused(file.file(), null, "the file's SHA-256 is not its name: it was changed or damaged");
            }
            Optional<MediaItem> existing = MediaItem.findByHash(file.hash());
            try {
                if (existing.isEmpty()) {
                    media.add(new MediaLibrary.Upload(bytes, file.originalName(), file.altTr(), file.altKk()), StoryRestore.IMPORTER);
                    counts.media++;
                } else if (!Objects.equals(existing.get().altTr, file.altTr()) || !Objects.equals(existing.get().altKk, file.altKk())) {
                    media.setAltTexts(file.hash(), file.altTr(), file.altKk());
                    counts.media++;
                }
            } catch (MediaRejectedException e) {
                throw new StoryRestore.Refused(file.file(), null, e.getMessage());
            }
        }
    }

    /** New accounts get no usable password; existing ones take the folder's roles, language and active flag. */
    void accounts(List<AccountFile> files, Counts counts) {
        for (AccountFile file : files) {
            Optional<Account> existing = Account.findByUsername(file.username());
            String roles = String.join(",", file.roles().stream().sorted().toList());
            if (existing.isPresent() && Roles.parse(existing.get().roles).equals(Roles.parse(roles))
                    && existing.get().uiLang == file.lang() && existing.get().active == file.active()) {
                continue;
            }
            Account account = existing.orElseGet(Account::new);
            account.username = file.username();
            account.roles = roles;
            account.uiLang = file.lang();
            account.active = file.active();
            if (existing.isEmpty()) {
                account.passwordHash = NO_PASSWORD;
                account.createdAt = clock.instant().atOffset(ZoneOffset.UTC);
                account.persist();
            }
            counts.accounts++;
        }
    }

    /** What an import created or changed besides stories. */
    static final class Counts {
        int tags;
        int media;
        int accounts;
    }

    private static byte[] read(MediaFile file) {
        try {
            return Files.readAllBytes(file.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
