package kopru.content;

/** One entry of tags.yaml. */
public record TagFile(String key, String tr, String kk) {
}
