// Remembers the language the reader last read in, so that "/" sends them back to it.
// The site works the same without it.
document.cookie = "lang=" + document.documentElement.lang + "; path=/; max-age=31536000; SameSite=Lax";
