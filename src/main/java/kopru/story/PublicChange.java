package kopru.story;

import kopru.i18n.Lang;

/** CDI event fired with every change-log row; observe it after commit to refresh derived data. */
public record PublicChange(long changeId, String storyKey, Lang lang) {
}
